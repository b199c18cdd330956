"""The editor of a ``<Choices>`` control: radio buttons (single) or check boxes (multiple)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QRadioButton, QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.regions import Region, option_index, result_name, value_of
from coopclient.ui.annotation.style import with_key

COLUMNS = 4


class ChoicesEditor(ControlEditor):
    """One button per option; a key selects (single) or toggles (multiple) its option."""

    def __init__(self, control: Control, keys: Mapping[int, str], parent: QWidget | None = None) -> None:
        """Build the option buttons, in rows of up to four.

        Args:
            control: the ``<Choices>`` control.
            keys: the key of each option index that has one.
            parent: the parent widget.
        """
        super().__init__(control, keys, parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(not control.multiple)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        for index, option in enumerate(control.options):
            button = self._make_button(with_key(self.keys.get(index), option.value))
            button.setAccessibleName(self.tr("Choice {value}").format(value=option.value))
            self._group.addButton(button, index)
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        grid.setColumnStretch(COLUMNS, 1)
        self.body.addLayout(grid)
        self._group.buttonClicked.connect(self._on_clicked)

    def _make_button(self, text: str) -> QAbstractButton:
        """A check box for a multiple-choice control, a radio button otherwise."""
        return QCheckBox(text, self) if self.control.multiple else QRadioButton(text, self)

    def selected(self) -> list[int]:
        """The indices of the selected options."""
        return [index for index in range(len(self.control.options)) if self._group.button(index).isChecked()]

    def regions(self) -> list[Region]:
        """One ``choices`` region listing the selected options, or none."""
        chosen = [result_name(self.control.options[index]) for index in self.selected()]
        return [self.single_region({"choices": chosen})] if chosen else []

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Select the options named in the first region (unknown names are dropped)."""
        self.remember_region_id(regions)
        items = value_of(regions[0]).get("choices") if regions else None
        wanted = [option_index(self.control.options, item) for item in items] if isinstance(items, list) else []
        indices = {index for index in wanted if index is not None}
        if not self.control.multiple:
            indices = set(sorted(indices)[:1])
        self._set_selected(indices)

    def activate(self, index: int) -> None:
        """Toggle option ``index`` (multiple) or select it (single); signal a change."""
        button = self._group.button(index)
        if button is None:
            return
        if self.control.multiple:
            button.setChecked(not button.isChecked())
        elif button.isChecked():
            return
        else:
            button.setChecked(True)
        self.changed.emit()

    def _set_selected(self, indices: set[int]) -> None:
        """Check exactly the buttons at ``indices``."""
        self._group.setExclusive(False)  # an exclusive group cannot uncheck its checked button
        for index in range(len(self.control.options)):
            self._group.button(index).setChecked(index in indices)
        self._group.setExclusive(not self.control.multiple)

    def _on_clicked(self, _button: QAbstractButton) -> None:
        """The member clicked (or pressed Space on) a button."""
        self.changed.emit()
