"""The editor of a ``<Labels>`` control on a ``<Text>``: named-entity spans.

The member selects text in the task text view (mouse or Shift+arrows) and presses a label's key (or clicks
it in the legend): the selection, trimmed of surrounding whitespace, becomes a span with that label and
replaces any span it overlaps. Clicking inside a span, or Delete/Backspace at it, removes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.legend import LabelLegend
from coopclient.ui.annotation.regions import (
    Region,
    id_of,
    make_region,
    option_index,
    region_id,
    result_name,
    value_of,
)
from coopclient.ui.annotation.spans import Span, place, span_at, trim
from coopclient.ui.annotation.style import label_colour, muted_colour, plain_label, set_text_colour
from coopclient.ui.annotation.text_view import Highlight, TaskTextView

SUMMARY_SEPARATOR = "   ·   "


class NerEditor(ControlEditor):
    """Labelled spans of one task text view, with a legend of the labels."""

    def __init__(
        self,
        control: Control,
        keys: Mapping[int, str],
        view: TaskTextView,
        parent: QWidget | None = None,
    ) -> None:
        """Build the legend and hints; watch clicks in ``view``.

        Args:
            control: the ``<Labels>`` control.
            keys: the key of each label index that has one.
            view: the text view of the control's ``<Text>`` object.
            parent: the parent widget.
        """
        super().__init__(control, keys, parent)
        self.view = view
        self.spans: list[Span] = []
        self._colours = [label_colour(option, index) for index, option in enumerate(control.options)]
        legend = LabelLegend(control.options, self.keys, self._colours, self)
        legend.picked.connect(self.activate)
        self.body.addWidget(legend)
        hint = plain_label(
            self.tr("Select text (mouse or Shift+arrows), then press a label key. Click a highlight to remove it."),
            self,
        )
        self._summary = plain_label("", self)
        self._summary.setAccessibleName(self.tr("Marked spans"))
        for label in (hint, self._summary):
            set_text_colour(label, muted_colour(self.palette()))
            self.body.addWidget(label)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self._refresh()

    # --- ControlEditor --------------------------------------------------------------------------------

    def regions(self) -> list[Region]:
        """One ``labels`` region per span: start, end, text and labels."""
        text = self.view.task_text()
        return [
            make_region(
                self.control,
                {"start": span.start, "end": span.end, "text": text[span.start : span.end], "labels": [*span.labels]},
                span.region_id,
            )
            for span in self.spans
        ]

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Show the spans of ``regions``; regions that are not a valid span of this text are dropped."""
        loaded = (self._span_of(region) for region in regions)
        self.spans = [span for span in loaded if span is not None]
        self._refresh()

    def activate(self, index: int) -> None:
        """Turn the selected text into a span with label ``index``; nothing happens without a selection."""
        selection = self.view.selection()
        bounds = trim(self.view.task_text(), *selection) if selection else None
        if bounds is None:
            return
        start, end = bounds
        label = result_name(self.control.options[index])
        self.spans = place(self.spans, Span(start, end, (label,), region_id(self.control.name, start, end)))
        self.view.collapse_selection(end)
        self._changed()

    # --- removing -------------------------------------------------------------------------------------------

    def remove_at_cursor(self, backwards: bool) -> bool:
        """Remove the spans in the selection, or the span at the cursor (Delete/Backspace).

        Args:
            backwards: Backspace (look at the character before the cursor first) rather than Delete.

        Returns:
            Whether a span was removed.
        """
        selection = self.view.selection()
        if selection is not None:
            doomed = [span for span in self.spans if span.overlaps(*selection)]
        else:
            index = self.view.cursor_index()
            order = (index - 1, index) if backwards else (index, index - 1)
            found = next((span for i in order if (span := span_at(self.spans, i)) is not None), None)
            doomed = [found] if found else []
        return self._remove(doomed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A plain click (no selection made) inside a span removes it."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and watched is self._viewport
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.view.textCursor().hasSelection()
        ):
            self._remove_at_point(event.position().toPoint())
        return False

    def _remove_at_point(self, point: QPoint) -> None:
        """Remove the span under the viewport point ``point``, if any."""
        cursor = self.view.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.view.cursorRect(cursor).x() and position > 0:
            position -= 1  # the click was on the character left of the nearest caret position
        span = span_at(self.spans, self.view.offsets.to_text(position))
        self._remove([span] if span else [])

    def _remove(self, doomed: list[Span]) -> bool:
        """Remove ``doomed`` spans; whether there were any."""
        if not doomed:
            return False
        self.spans = [span for span in self.spans if span not in doomed]
        self._changed()
        return True

    # --- helpers --------------------------------------------------------------------------------------------

    def _span_of(self, region: Mapping[str, object]) -> Span | None:
        """The span a result region describes, or None when it is not a valid span of the text."""
        value = value_of(region)
        start, end, labels = value.get("start"), value.get("end"), value.get("labels")
        if not (_is_int(start) and _is_int(end) and isinstance(labels, list)):
            return None
        if not 0 <= start < end <= len(self.view.task_text()):
            return None
        known = tuple(label for label in labels if isinstance(label, str) and self.control.accepts(label))
        if not known:
            return None
        return Span(start, end, known, id_of(region) or region_id(self.control.name, start, end))

    def _changed(self) -> None:
        """Redraw and tell the pane the member changed the spans."""
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Highlight the spans in the text and list them under the legend."""
        self.view.set_highlights(self.control.name, [Highlight(s.start, s.end, self._colour(s)) for s in self.spans])
        text = self.view.task_text()
        items = [f"{span.labels[0]}: {text[span.start : span.end]}" for span in self.spans]
        self._summary.setText(SUMMARY_SEPARATOR.join(items) if items else self.tr("No spans marked yet."))

    def _colour(self, span: Span) -> QColor:
        """The colour of a span: that of its first label."""
        index = option_index(self.control.options, span.labels[0])
        return self._colours[index or 0]


def _is_int(value: object) -> TypeGuard[int]:
    """A whole number (``bool`` is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)
