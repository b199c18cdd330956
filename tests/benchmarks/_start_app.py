"""Start the app (or a bare QMainWindow) and exit once the window is up, for the cold-start benchmark.

Usage: ``python -m tests.benchmarks._start_app bare`` or ``... app DATA_DIR [select|ready]``. The app starts the
way ``coopclient`` starts it (launcher → run_desktop): window first, store opened in the background.
Prints the milliseconds from interpreter start to the window's first paint (the same measure for both), then
to the services attached (the app usable); with ``select`` it also waits for the first batch's rows; with
``ready`` it prints the first paint and the moment the member can work: rows shown and a task in the pane.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


def _first_paint(app: object, window: object) -> float:
    """Show the window and return the milliseconds (since interpreter start) of its first paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not painted and event.type() == QEvent.Type.Paint:
                painted.append(_ms())
            return False

    watch = Watch()
    window.installEventFilter(watch)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    _spin(app, lambda: bool(painted))
    window.removeEventFilter(watch)  # type: ignore[attr-defined]
    return painted[0]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the start-up benchmark sets xcb, under Xvfb
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1400, 900)
        shown = _first_paint(app, window)
        print(f"{shown:.1f} {shown:.1f}", flush=True)
        os._exit(0)
    from pathlib import Path

    from coopclient.app import build
    from coopclient.ui.main_window import MainWindow

    data_dir = Path(sys.argv[2])
    window = MainWindow(open_services=lambda: build(data_dir))
    shown = _first_paint(app, window)
    _spin(app, lambda: window.attached)
    attached = _ms()
    mode = sys.argv[3] if len(sys.argv) > 3 else ""
    if mode in {"select", "ready"}:
        _spin(app, lambda: _rows_loaded(window))
    if mode == "ready":
        _spin(app, lambda: window.work.current is not None)
        app.processEvents()  # the pane's paint of that task
        print(f"{shown:.1f} {_ms():.1f}", flush=True)
    else:
        print(f"{shown:.1f} {attached:.1f}", flush=True)
    window.close()
    os._exit(0)


def _ms() -> float:
    return (time.perf_counter() - STARTED) * 1000


def _spin(app: object, done: object, limit_s: float = 60) -> None:
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline and not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def _rows_loaded(window: object) -> bool:
    model = window.work.model  # type: ignore[attr-defined]
    return model.rowCount() > 0 and model.summary(model.task_id(0)) is not None


if __name__ == "__main__":
    main()
