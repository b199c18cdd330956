"""The editor of a ``<TextArea>`` control: a plain-text box.

With ``maxSubmissions="1"`` the whole text is one submission; otherwise each non-blank line is one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.regions import Region, value_of
from coopclient.ui.annotation.style import TASK_TEXT_POINT_SIZE, humanize, set_point_size

VISIBLE_LINES = 4
DOCUMENT_MARGIN = 8
_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnswerEdit(QPlainTextEdit):
    """A plain-text box that leaves Ctrl+Enter to the window (submitting) and Tab to focus moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """A box about four lines high, in the task text's size."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        set_point_size(self, TASK_TEXT_POINT_SIZE - 1)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * VISIBLE_LINES + 2 * int(self.document().documentMargin()) + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ignore Ctrl+Enter so it reaches the window; type everything else."""
        if event.key() in _SUBMIT_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()
            return
        super().keyPressEvent(event)


class TextAreaEditor(ControlEditor):
    """A text box; while it has the focus, keys type text instead of acting as hotkeys."""

    merge_changes = True

    def __init__(self, control: Control, keys: Mapping[int, str], parent: QWidget | None = None) -> None:
        """Build the text box with the config's placeholder.

        Args:
            control: the ``<TextArea>`` control.
            keys: unused (a text area has no hotkeys); kept for a uniform constructor.
            parent: the parent widget.
        """
        super().__init__(control, keys, parent)
        self._loading = False
        self.edit = AnswerEdit(self)
        self.edit.setPlaceholderText(control.placeholder or "")
        self.edit.setAccessibleName(self.tr("{name} text").format(name=humanize(control.name)))
        self.body.addWidget(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)

    def texts(self) -> list[str]:
        """The submissions: the whole text, or its non-blank lines; stripped, blanks left out."""
        text = self.edit.toPlainText()
        parts = [text] if self.control.max_submissions == 1 else text.splitlines()
        return [part.strip() for part in parts if part.strip()]

    def regions(self) -> list[Region]:
        """One ``textarea`` region with the submissions, or none when the box is blank."""
        texts = self.texts()
        return [self.single_region({"text": texts})] if texts else []

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Show the texts of the first region, one per line."""
        self.remember_region_id(regions)
        texts = value_of(regions[0]).get("text") if regions else None
        lines = [text for text in texts if isinstance(text, str)] if isinstance(texts, list) else []
        self._loading = True
        try:
            self.edit.setPlainText("\n".join(lines))
            self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        finally:
            self._loading = False

    def activate(self, index: int) -> None:
        """A text area has no option keys."""

    def _on_text_changed(self) -> None:
        """The member typed."""
        if not self._loading:
            self.changed.emit()
