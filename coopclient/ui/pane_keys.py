"""The annotation keys reach the pane wherever the focus rests in the main window.

A list, a tree, a table or a combo box takes every printable key for its own type-to-search: with the focus
in the side panel (where it rests after some starts) or in the task table, "1" searched the list (in the
table it jumped to task 10) instead of choosing the first option of the task shown. This event filter offers
each printable single-key press made in such a widget of the window (the side panel, the task table, the
filter, the pane's list of boxes…) to the pane first; a key the task does not use goes on to the widget as
before. Text fields are left alone: there the member types. Other windows (the dialogs) are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget


class PaneKeys(QObject):
    """Routes printable single-key presses from the window's list, table and combo widgets to the pane.

    An application-wide filter, so that lists made later (a task's list of boxes) are covered too.

    Args:
        use_key: the pane's key handler (``AnnotationPane.handle_key``): True when it used the key.
        window: the main window; keys pressed in other windows go on as usual.
    """

    def __init__(self, use_key: Callable[[QKeyEvent], bool], window: QWidget) -> None:
        super().__init__(window)
        self._use_key = use_key
        self._window = window
        self._key_press = QEvent.Type.KeyPress

    def install(self) -> None:
        """Start routing the keys."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        """Stop routing (the window closes)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A printable key the pane uses stops here; every other event goes on as usual."""
        if event.type() != self._key_press or not isinstance(watched, QAbstractItemView | QComboBox):
            return False
        if watched.window() is not self._window or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QComboBox) and watched.isEditable():
            return False  # its line edit types (the key reaches the combo only if the edit left it)
        return is_label_key(event.text()) and self._use_key(event)


def is_label_key(text: str) -> bool:
    """Whether a key press's text could be an annotation key: one printable, non-blank character."""
    return len(text) == 1 and text.isprintable() and not text.isspace()
