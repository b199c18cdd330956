"""Start the app (or a bare QMainWindow) and exit as soon as the window is shown, for the cold-start benchmark.

Usage: ``python -m tests.benchmarks._start_app bare`` or ``... app DATA_DIR [select]``. With ``select`` the
first batch is opened and the process stays until its rows are visible (the 100,000-task memory check).
Prints the milliseconds from interpreter start to the first shown window.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1400, 900)
    else:
        from pathlib import Path

        from coopclient.app import build
        from coopclient.ui.main_window import MainWindow

        window = MainWindow(build(Path(sys.argv[2])))
    window.show()
    app.processEvents()
    shown = (time.perf_counter() - STARTED) * 1000
    if len(sys.argv) > 3 and sys.argv[3] == "select":
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline and not _rows_loaded(window):
            app.processEvents()
    print(f"{shown:.1f}", flush=True)
    if hasattr(window, "ops"):
        window.close()
    os._exit(0)


def _rows_loaded(window: object) -> bool:
    model = window.work.model  # type: ignore[attr-defined]
    return model.rowCount() > 0 and model.summary(model.task_id(0)) is not None


if __name__ == "__main__":
    main()
