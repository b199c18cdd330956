"""The editor of a ``<Rating>`` control: a row of star buttons, 1..maxRating."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

from coopclient.core.labeling import Control
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.regions import Region, value_of
from coopclient.ui.annotation.style import STAR_COLOUR, muted_colour, plain_label, set_text_colour

STAR_SIZE = 30


def star_polygon(rect: QRectF) -> QPolygonF:
    """A five-pointed star filling ``rect``, point up."""
    centre = rect.center()
    outer = min(rect.width(), rect.height()) / 2
    points = []
    for step in range(10):
        radius = outer if step % 2 == 0 else outer * 0.45
        angle = -math.pi / 2 + step * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


class StarButton(QAbstractButton):
    """One star: filled when the rating reaches it; checked when it is the rating."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """A focusable, checkable star."""
        super().__init__(parent)
        self.filled = False
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        """A comfortable click target."""
        return QSize(STAR_SIZE, STAR_SIZE)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the star, and a focus ring when focused."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5))
            painter.drawRoundedRect(box, 5, 5)
        outline = STAR_COLOUR.darker(130) if self.filled else muted_colour(self.palette())
        painter.setPen(QPen(outline, 1.4))
        painter.setBrush(STAR_COLOUR if self.filled else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(star_polygon(box.adjusted(4, 4, -4, -4)))
        painter.end()


class RatingEditor(ControlEditor):
    """Stars 1..max; a click, Space on a star, or its digit sets the rating (there is no clearing)."""

    def __init__(self, control: Control, keys: Mapping[int, str], parent: QWidget | None = None) -> None:
        """Build the stars, the current value and the key hint.

        Args:
            control: the ``<Rating>`` control.
            keys: the key of each star index (0-based) that has one.
            parent: the parent widget.
        """
        super().__init__(control, keys, parent)
        self.value: int | None = None
        row = QHBoxLayout()
        row.setSpacing(2)
        self._stars = [self._make_star(number) for number in range(1, control.max_rating + 1)]
        for star in self._stars:
            row.addWidget(star)
        row.addSpacing(12)
        self._shown = plain_label("", self)
        self._shown.setWordWrap(False)
        set_text_colour(self._shown, muted_colour(self.palette()))
        row.addWidget(self._shown)
        row.addStretch(1)
        self.body.addLayout(row)
        self._refresh()

    def _make_star(self, number: int) -> StarButton:
        """The star for rating ``number``."""
        star = StarButton(self)
        star.setAccessibleName(self.tr("Rating {n} of {max}").format(n=number, max=self.control.max_rating))
        key = self.keys.get(number - 1)
        tip = self.tr("{n} of {max}").format(n=number, max=self.control.max_rating)
        star.setToolTip(tip if key is None else self.tr("{tip} (key {key})").format(tip=tip, key=key))
        star.clicked.connect(lambda _checked=False, n=number: self._set_by_member(n))
        return star

    def regions(self) -> list[Region]:
        """One ``rating`` region, or none when not rated."""
        return [] if self.value is None else [self.single_region({"rating": self.value})]

    def load(self, regions: Sequence[Mapping[str, object]]) -> None:
        """Show the rating of the first region (a value outside 1..max is dropped)."""
        self.remember_region_id(regions)
        rating = value_of(regions[0]).get("rating") if regions else None
        valid = isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= self.control.max_rating
        self.value = rating if valid and isinstance(rating, int) else None
        self._refresh()

    def activate(self, index: int) -> None:
        """The key of star ``index`` (0-based) sets the rating to ``index + 1``."""
        self._set_by_member(index + 1)

    def _set_by_member(self, number: int) -> None:
        """Set the rating to ``number`` and signal the change."""
        changed = number != self.value
        self.value = number
        self._refresh()
        if changed:
            self.changed.emit()

    def _refresh(self) -> None:
        """Fill the stars up to the rating; check the star of the rating; say the value in words."""
        for number, star in enumerate(self._stars, start=1):
            star.filled = self.value is not None and number <= self.value
            star.setChecked(number == self.value)
            star.update()
        self._shown.setText(self._summary())

    def _summary(self) -> str:
        """``"3 of 5 · keys 1–5"``, ``"Not rated · keys 1–5"``…"""
        maximum = self.control.max_rating
        state = (
            self.tr("Not rated") if self.value is None else self.tr("{n} of {max}").format(n=self.value, max=maximum)
        )
        keys = [self.keys[index] for index in sorted(self.keys)]
        if not keys:
            return state
        shown = keys[0] if len(keys) == 1 else f"{keys[0]}–{keys[-1]}"
        return self.tr("{state}   ·   keys {keys}").format(state=state, keys=shown)
