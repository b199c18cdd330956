"""Activity for the idle detection: any key or mouse input in the app's windows tells the timer the member
is there. An application-wide event filter, cheap (memory only), installed while the window is attached."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

# Built on first use: touching QEvent.Type makes PySide6 build a Python enum of ~170 members, which the window
# need not pay for before it is on screen.
_INPUT_EVENTS: set[QEvent.Type] = set()


def _input_events() -> set[QEvent.Type]:
    if not _INPUT_EVENTS:
        t = QEvent.Type
        _INPUT_EVENTS.update({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel})
    return _INPUT_EVENTS


class ActivityFilter(QObject):
    """Calls ``seen()`` on each key press, click, mouse move or wheel turn anywhere in the application.

    Args:
        seen: the timer's ``input_seen``.
        parent: the owner (the window).
    """

    def __init__(self, seen: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._seen = seen

    def install(self) -> None:
        """Start watching the application's input."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        """Stop watching (the window closes)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input counts as activity; the event goes on as usual."""
        if event.type() in _input_events():
            self._seen()
        return False
