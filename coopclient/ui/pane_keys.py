"""The annotation keys reach the pane wherever the focus rests in the main window.

A list, a tree, a table or a combo box takes every printable key for its own type-to-search: with the focus
in the side panel (where it rests after some starts) or in the task table, "1" searched the list (in the
table it jumped to task 10) instead of choosing the first option of the task shown. This event filter,
installed on those widgets, offers each printable single-key press to the pane first; a key the task does
not use goes on to the widget as before. Text fields are not watched: there the member types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class PaneKeys(QObject):
    """Routes printable single-key presses from list, table and combo widgets to the annotation pane.

    Args:
        use_key: the pane's key handler (``AnnotationPane.handle_key``): True when it used the key.
        parent: the owner (the window).
    """

    def __init__(self, use_key: Callable[[QKeyEvent], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._use_key = use_key

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Offer the keys pressed in ``widgets`` to the pane first."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A printable key the pane uses stops here; every other event goes on as usual."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        return is_label_key(event.text()) and self._use_key(event)


def is_label_key(text: str) -> bool:
    """Whether a key press's text could be an annotation key: one printable, non-blank character."""
    return len(text) == 1 and text.isprintable() and not text.isspace()
