"""The editor of a ``<RectangleLabels>`` control on an ``<Image>``: labelled boxes.

The boxes are drawn and edited in the :class:`~coopclient.ui.annotation.image_view.ImageView` of the image.
This editor adds the legend of the labels (a label key or click relabels the selected box; the label chosen
last is used for new boxes), a hint, and the list of boxes (which also selects a box from the keyboard), and
turns the boxes into Label Studio result regions and back.

Rotated boxes (drawn in Label Studio) cannot be shown here; they are kept in the result as they are.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.boxes import Box, box_from_value, box_value, is_rotated
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.image_view import ImageView
from coopclient.ui.annotation.legend import LabelLegend, swatch
from coopclient.ui.annotation.regions import Region, id_of, region_id, result_name, value_of
from coopclient.ui.annotation.style import label_colour, muted_colour, plain_label, set_text_colour

LIST_ROWS = 5
"""The list of boxes grows up to this many rows, then scrolls."""


def percent(value: float) -> str:
    """A coordinate as the member reads it: ``10``, ``12.5`` (one decimal at most)."""
    return f"{round(value, 1):g}"


class RectangleEditor(ControlEditor):
    """Labelled boxes on one image view, with a legend of the labels and a list of the boxes."""

    def __init__(
        self,
        control: Control,
        keys: Mapping[int, str],
        view: ImageView,
        parent: QWidget | None = None,
    ) -> None:
        """Build the legend, hint and list; draw the boxes in ``view``.

        Args:
            control: the ``<RectangleLabels>`` control.
            keys: the key of each label index that has one.
            view: the view of the control's ``<Image>`` object.
            parent: the parent widget.
        """
        super().__init__(control, keys, parent)
        self.view = view
        self._kept: list[Region] = []
        self._merge_key: str | None = None
        colours = [label_colour(option, index) for index, option in enumerate(control.options)]
        view.colours = {
            name: colour
            for option, colour in zip(control.options, colours, strict=True)
            for name in (option.value, option.alias)
            if name
        }
        view.id_seed = control.name
        tip = self.tr("Give the selected box, and the boxes you draw next, the label {value}")
        self._legend = LabelLegend(control.options, self.keys, colours, self, tip=tip, checkable=True)
        self._legend.picked.connect(self._on_picked)
        self.body.addWidget(self._legend)
        hint = plain_label(
            self.tr(
                "Drag on the image to draw a box. Click a box to select it, then drag it or its corners, or use the "
                "arrow keys (Shift: finer, Alt: resize). A label key relabels it; Delete removes it."
            ),
            self,
        )
        self._empty = plain_label(self.tr("No boxes drawn yet."), self)
        self._kept_note = plain_label("", self)
        for label in (hint, self._empty, self._kept_note):
            set_text_colour(label, muted_colour(self.palette()))
        self._list = self._make_list()
        for widget in (hint, self._list, self._empty, self._kept_note):
            self.body.addWidget(widget)
        view.edited.connect(self._on_edited)
        view.selection_changed.connect(self._show_selection)
        self._set_current(0)
        self._refresh()

    def _make_list(self) -> QListWidget:
        """The list of boxes: selecting a row selects its box; a click or Enter goes to the image."""
        boxes = QListWidget(self)
        boxes.setAccessibleName(self.tr("Boxes"))
        boxes.setFrameShape(QFrame.Shape.StyledPanel)
        boxes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        boxes.currentRowChanged.connect(self._on_row)
        boxes.itemClicked.connect(lambda _item: self.view.setFocus())
        boxes.itemActivated.connect(lambda _item: self.view.setFocus())
        return boxes

    # --- ControlEditor --------------------------------------------------------------------------------

    def regions(self) -> list[Region]:
        """One ``rectanglelabels`` region per box, then the rotated boxes kept as they were."""
        size = self.view.image_size
        shown = [
            {
                "id": box.region_id,
                "from_name": self.control.name,
                "to_name": self.control.to_name,
                "type": self.control.kind,
                "original_width": size.width(),
                "original_height": size.height(),
                "image_rotation": 0,
                "value": box_value(box),
            }
            for box in self.view.boxes
        ]
        return [*shown, *copy.deepcopy(self._kept)]

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Show the boxes of ``regions``; regions that are no box inside the image, or have no known label, drop."""
        boxes: list[Box] = []
        self._kept = []
        for index, region in enumerate(regions):
            value = value_of(region)
            label = self._known_label(value.get("rectanglelabels"))
            rid = id_of(region) or region_id(self.control.name, "region", index)
            if rid in {box.region_id for box in boxes}:
                rid = region_id(self.control.name, rid, index)
            box = box_from_value(value, label, rid) if label else None
            if box is not None and is_rotated(value):
                self._kept.append(copy.deepcopy(dict(region)))
            elif box is not None:
                boxes.append(box)
        self._merge_key = None
        self.view.set_boxes(boxes)
        self._refresh()

    def _known_label(self, labels: object) -> str | None:
        """The first of ``labels`` (a result's list) that is a label of this control, or None."""
        items = labels if isinstance(labels, list) else []
        return next((item for item in items if isinstance(item, str) and self.control.accepts(item)), None)

    def activate(self, index: int) -> None:
        """The key of label ``index``: relabel the selected box; new boxes get this label too."""
        self._set_current(index)
        box = self.view.selected_box()
        name = result_name(self.control.options[index])
        if box is not None and box.label != name:
            self.view.replace_box(replace(box, label=name), "label")

    def merge_key(self) -> str | None:
        """Nudges of one box with the keys in a row make one undo step; other changes are a step each."""
        return self._merge_key

    # --- reacting -------------------------------------------------------------------------------------

    def _on_edited(self, kind: str) -> None:
        """The member changed the boxes in the view."""
        nudged = self.view.selected if kind == "nudge" else None
        self._merge_key = f"{self.control.name}/{nudged}" if nudged else None
        self._refresh()
        self.changed.emit()

    def _on_picked(self, index: int) -> None:
        """A click on a legend button: as its key, then back to the image."""
        self.activate(index)
        self.view.setFocus()

    def _on_row(self, row: int) -> None:
        """The member selected a row of the list: select its box."""
        if 0 <= row < len(self.view.boxes):
            self.view.select(self.view.boxes[row].region_id)

    def _set_current(self, index: int) -> None:
        """Make label ``index`` the one for new boxes."""
        self.view.new_label = result_name(self.control.options[index])
        self._legend.set_current(index)

    # --- showing ----------------------------------------------------------------------------------------

    def describe(self, number: int, box: Box) -> str:
        """``"Box 1: Car at 10 %, 20 %"``: what the list shows and a screen reader says."""
        return self.tr("Box {n}: {label} at {x} %, {y} %").format(
            n=number, label=box.label, x=percent(box.x), y=percent(box.y)
        )

    def _refresh(self) -> None:
        """Rebuild the list of boxes and the notes from the view's boxes."""
        boxes = self.view.boxes
        self._list.blockSignals(True)
        self._list.clear()
        for number, box in enumerate(boxes, start=1):
            item = QListWidgetItem(swatch(self.view.colour(box.label)), self.describe(number, box))
            item.setToolTip(
                self.tr("{width} % wide, {height} % high").format(width=percent(box.width), height=percent(box.height))
            )
            self._list.addItem(item)
        self._list.blockSignals(False)
        rows = min(len(boxes), LIST_ROWS)
        self._list.setFixedHeight(self._list.sizeHintForRow(0) * rows + 2 * self._list.frameWidth() if rows else 0)
        self._list.setVisible(bool(boxes))
        self._empty.setVisible(not boxes)
        kept = len(self._kept)
        self._kept_note.setText(
            self.tr("%n rotated box(es) from the platform are kept as they are (they can't be shown here).", "", kept)
        )
        self._kept_note.setVisible(bool(kept))
        self._show_selection()

    def _show_selection(self) -> None:
        """Mark the selected box's row and tell screen readers which box is selected."""
        boxes = self.view.boxes
        row = next((i for i, box in enumerate(boxes) if box.region_id == self.view.selected), -1)
        self._list.blockSignals(True)
        self._list.setCurrentRow(row)
        if row < 0:
            self._list.clearSelection()
        self._list.blockSignals(False)
        if row >= 0:
            self.view.setAccessibleDescription(
                self.tr("Selected: {box}").format(box=self.describe(row + 1, boxes[row]))
            )
        else:
            self.view.setAccessibleDescription(self.tr("%n box(es); none selected", "", len(boxes)))
