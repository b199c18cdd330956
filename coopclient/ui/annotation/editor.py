"""The base of the control editors: a caption, the editor itself, and a line for its problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.regions import Region, id_of, make_region, region_id
from coopclient.ui.annotation.style import (
    CAPTION_POINT_SIZE,
    humanize,
    plain_label,
    problem_colour,
    set_point_size,
    set_text_colour,
)


class ControlEditor(QWidget):
    """Edits the value of one control tag; subclasses add their widgets to ``self.body``.

    Programmatic changes (:meth:`load`) never emit ``changed``; the member's changes do.

    Signals:
        changed: the member changed this control's value.
    """

    changed = Signal()

    merge_changes = False
    """Whether consecutive changes make one undo step (typing)."""

    def __init__(self, control: Control, keys: Mapping[int, str], parent: QWidget | None = None) -> None:
        """Build the caption and the problem line around an empty body.

        Args:
            control: the control tag edited.
            keys: the key of each option (or star) index that has one.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.control = control
        self.keys = dict(keys)
        self._region_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = plain_label(humanize(control.name), self)
        set_point_size(self.caption, CAPTION_POINT_SIZE, QFont.Weight.DemiBold)
        layout.addWidget(self.caption)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)
        self.problem: QLabel = plain_label("", self)
        set_text_colour(self.problem, problem_colour(self.palette()))
        self.problem.setAccessibleName(self.tr("Problem with {name}").format(name=humanize(control.name)))
        self.problem.hide()
        layout.addWidget(self.problem)

    # --- what subclasses implement -------------------------------------------------------------------

    def regions(self) -> list[Region]:
        """The result regions of the current value (none when there is no value)."""
        raise NotImplementedError

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Show the value held by ``regions`` (this control's regions of a result); no signal."""
        raise NotImplementedError

    def activate(self, index: int) -> None:
        """React to the key of option (or star) ``index``, as the member pressed it."""
        raise NotImplementedError

    # --- shared ------------------------------------------------------------------------------------------

    def merge_key(self) -> str | None:
        """The key under which the last change merges with the changes before it into one undo step.

        None: the change is a step of its own. By default, all changes merge when ``merge_changes`` is set.
        """
        return self.control.name if self.merge_changes else None

    def set_problem(self, message: str | None) -> None:
        """Show ``message`` under the control, or hide the problem line when None."""
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    def has_problem(self) -> bool:
        """Whether a problem is shown."""
        return not self.problem.isHidden()

    def contains_focus(self) -> bool:
        """Whether the keyboard focus is on this editor or inside it."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def remember_region_id(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Keep the id of the first loaded region, so an edited region keeps its id."""
        self._region_id = next((rid for rid in map(id_of, regions) if rid), None)

    def single_region(self, value: Mapping[str, object]) -> Region:
        """This control's one region holding ``value``."""
        return make_region(self.control, value, self._region_id or region_id(self.control.name))
