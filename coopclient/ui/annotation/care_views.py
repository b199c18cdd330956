"""The pane's care around distressing content: the reveal key, and a task text collapsed behind its warning.

The images of a flagged batch are shown softened (grey and blurred); the member sees one clearly only while
holding :data:`REVEAL_KEY` (F2: no annotation key, no window shortcut) or the left mouse button on it. The
key is watched application-wide while the pane's window is active, so it works wherever the focus is in the
window (the task table, an answer box), and a window left while the key is held blurs again. A flagged
task's text waits behind a one-line warning until the member presses *Show* (Tab reaches it; it takes the
pane's focus when it stands first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QWidget

from coopclient.ui.annotation.style import muted_colour, plain_label, set_text_colour

REVEAL_KEY = Qt.Key.Key_F2
"""Held to see the images of distressing work clearly."""


class RevealKey(QObject):
    """Calls ``reveal(True)`` while the reveal key is held in ``owner``'s window, ``reveal(False)`` on release."""

    def __init__(self, owner: QWidget, reveal: Callable[[bool], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._reveal = reveal
        self.held = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the reveal key (its auto-repeats are ignored) and the window losing the focus."""
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if event.key() != REVEAL_KEY or not self._owner.window().isActiveWindow():
                return False
            if not event.isAutoRepeat():
                self._set(kind == QEvent.Type.KeyPress)
            return True  # the key is the reveal's: not an item view's "edit"
        if kind == QEvent.Type.ApplicationDeactivate or (kind == QEvent.Type.WindowDeactivate and self.held):
            self._set(False)  # the release may never come to this window
        return False

    def _set(self, held: bool) -> None:
        if held != self.held:
            self.held = held
            self._reveal(held)


class CollapsedText(QFrame):
    """A task text kept out of sight: one line of warning and a *Show* button.

    Signals:
        shown(): the member asked to see the text.
    """

    shown = Signal()

    def __init__(self, warning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Hidden text"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.label = plain_label(
            self.tr("Hidden: this batch may be distressing ({warning})").format(warning=warning), self
        )
        set_text_colour(self.label, muted_colour(self.palette()))
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Sho&w"), self)
        self.button.setAccessibleName(self.tr("Show the text"))
        self.button.clicked.connect(self.shown)
        layout.addWidget(self.button)
