"""The read-only view of a ``<Text>`` object: task text shown as plain text, selectable by keyboard.

Task content is data, not markup: the text goes in with ``setPlainText`` only, so tags, links and image
references in it show literally and nothing is ever fetched.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from coopclient.ui.annotation.spans import OffsetMap
from coopclient.ui.annotation.style import TASK_TEXT_POINT_SIZE, readable_on, set_point_size

MIN_HEIGHT = 90
DOCUMENT_MARGIN = 12
LINE_HEIGHT_PERCENT = 135


@dataclass(frozen=True)
class Highlight:
    """A coloured stretch of the task text, in Python indices."""

    start: int
    end: int
    colour: QColor


class TaskTextView(QTextEdit):
    """Shows one task text, as high as its content up to ``max_fit_height``; owners can highlight spans.

    NER editors highlight their spans through :meth:`set_highlights`.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """Show ``text`` literally.

        Args:
            text: the task text.
            parent: the parent widget.
        """
        super().__init__(parent)
        self._text = text
        self.offsets = OffsetMap(text)
        self._highlights: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.max_fit_height = 400
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setPlainText(text)
        self.setReadOnly(True)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_point_size(self, TASK_TEXT_POINT_SIZE)
        self._space_lines()
        self.fit_height()
        self.setAccessibleName(self.tr("Task text"))
        self._keep_selection_visible()

    def fit_height(self) -> None:
        """Be as high as the wrapped text (at least ``MIN_HEIGHT``, at most ``max_fit_height``)."""
        content = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        self.setFixedHeight(max(MIN_HEIGHT, min(content, self.max_fit_height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit the height when the width (and so the wrapping) changes."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def task_text(self) -> str:
        """The task text exactly as given (Python string)."""
        return self._text

    def selection(self) -> tuple[int, int] | None:
        """The selected part of the task text as Python indices ``(start, end)``, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.to_text(cursor.selectionStart()), self.offsets.to_text(cursor.selectionEnd())

    def select_text(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (Python indices), as the member would."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_document(start))
        cursor.setPosition(self.offsets.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursor_index(self) -> int:
        """The Python index of the text cursor."""
        return self.offsets.to_text(self.textCursor().position())

    def collapse_selection(self, index: int) -> None:
        """Drop the selection and put the cursor at Python index ``index``."""
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_document(index))
        self.setTextCursor(cursor)

    def set_highlights(self, owner: str, highlights: list[Highlight]) -> None:
        """Replace the highlights of ``owner`` (a control name) with ``highlights``."""
        self._highlights[owner] = [self._extra_selection(highlight) for highlight in highlights]
        self.setExtraSelections([selection for group in self._highlights.values() for selection in group])

    def loadResource(self, _kind: int, _name: QUrl | str) -> object:
        """Never load anything (images, style sheets) referenced by the text."""
        return None

    def _extra_selection(self, highlight: Highlight) -> QTextEdit.ExtraSelection:
        """An extra selection painting ``highlight`` with readable text on its colour."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_document(highlight.start))
        cursor.setPosition(self.offsets.to_document(highlight.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(highlight.colour)
        selection.format.setForeground(readable_on(highlight.colour))
        return selection

    def _space_lines(self) -> None:
        """Give the lines of the text some air."""
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)

    def _keep_selection_visible(self) -> None:
        """Show the selection in the active colours even when a legend button has the focus."""
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            active = palette.color(QPalette.ColorGroup.Active, role)
            palette.setColor(QPalette.ColorGroup.Inactive, role, active)
        self.setPalette(palette)
