"""Rectangles on an image, in percent of the image, as Label Studio's ``rectanglelabels`` results hold them.

Every function returns a box inside the image (0..100 on both axes) at least :data:`MIN_SIZE` wide and high.

Pure: no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TypeGuard

FULL = 100.0
MIN_SIZE = 0.1
"""The smallest width or height of a box, in percent."""
DECIMALS = 4
"""Coordinates in a result are rounded to this many decimals."""

Corner = tuple[int, int]
"""A corner of a box: ``(0, 0)`` top left, ``(1, 0)`` top right, ``(0, 1)`` bottom left, ``(1, 1)`` bottom right."""
_HUGE = 10**15
CORNERS: tuple[Corner, ...] = ((0, 0), (1, 0), (0, 1), (1, 1))


@dataclass(frozen=True)
class Box:
    """A labelled box: its top-left corner and size in percent of the image; ``region_id`` stays stable."""

    x: float
    y: float
    width: float
    height: float
    label: str
    region_id: str

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        """Whether the point ``(x, y)`` (percent) is inside the box or on its edge."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def corner(self, corner: Corner) -> tuple[float, float]:
        """The point of ``corner``."""
        return (self.right if corner[0] else self.x, self.bottom if corner[1] else self.y)


def _clamp(value: float, low: float, high: float) -> float:
    """``value`` limited to ``low..high``."""
    return max(low, min(high, value))


def _span(start: float, size: float) -> tuple[float, float]:
    """A start and size on one axis, fitted inside ``0..FULL``, the size at least :data:`MIN_SIZE`."""
    size = _clamp(size, MIN_SIZE, FULL)
    return _clamp(start, 0.0, FULL - size), size


def clamped(box: Box) -> Box:
    """``box`` moved (and, if it is larger than the image, shrunk) to lie inside the image."""
    x, width = _span(box.x, box.width)
    y, height = _span(box.y, box.height)
    return replace(box, x=x, y=y, width=width, height=height)


def moved(box: Box, dx: float, dy: float) -> Box:
    """``box`` moved by ``(dx, dy)``, stopping at the edges of the image; its size stays."""
    return clamped(replace(box, x=box.x + dx, y=box.y + dy))


def resized(box: Box, dw: float, dh: float) -> Box:
    """``box`` with its right and bottom edges moved by ``(dw, dh)``; its top-left corner stays."""
    width = _clamp(box.width + dw, MIN_SIZE, FULL - box.x)
    height = _clamp(box.height + dh, MIN_SIZE, FULL - box.y)
    return clamped(replace(box, width=width, height=height))


def spanning(anchor: tuple[float, float], point: tuple[float, float], label: str, region_id: str) -> Box:
    """The box with corners ``anchor`` and ``point`` (in any order), each limited to the image."""
    ax, ay = (_clamp(value, 0.0, FULL) for value in anchor)
    px, py = (_clamp(value, 0.0, FULL) for value in point)
    return clamped(Box(min(ax, px), min(ay, py), abs(px - ax), abs(py - ay), label, region_id))


def with_corner(box: Box, corner: Corner, point: tuple[float, float]) -> Box:
    """``box`` with ``corner`` dragged to ``point``; the opposite corner stays (the box may flip over)."""
    anchor = box.corner((1 - corner[0], 1 - corner[1]))
    return spanning(anchor, point, box.label, box.region_id)


def rounded(value: float) -> float:
    """``value`` rounded as results hold it."""
    return round(value, DECIMALS)


def box_value(box: Box) -> dict[str, object]:
    """The ``value`` of the box's result region; rounding never pushes an edge past the image."""
    x, y = rounded(box.x), rounded(box.y)
    width = min(rounded(box.width), rounded(FULL - x))
    height = min(rounded(box.height), rounded(FULL - y))
    return {"x": x, "y": y, "width": width, "height": height, "rotation": 0, "rectanglelabels": [box.label]}


def box_from_value(value: Mapping[str, object], label: str, region_id: str) -> Box | None:
    """The box a result ``value`` describes, or None when its coordinates are not a box inside the image.

    A box that pokes out of the image by a hair (less than :data:`MIN_SIZE`) is pulled back in.
    """
    numbers = [value.get(key) for key in ("x", "y", "width", "height")]
    floats = [float(number) for number in numbers if _is_number(number)]
    if len(floats) != len(numbers):
        return None
    x, y, width, height = floats
    if not (0 <= x <= FULL and 0 <= y <= FULL and width > 0 and height > 0):
        return None
    if x + width > FULL + MIN_SIZE or y + height > FULL + MIN_SIZE:
        return None
    return clamped(Box(x, y, width, height, label, region_id))


def is_rotated(value: Mapping[str, object]) -> bool:
    """Whether a result ``value`` has a rotation other than 0 (such boxes are kept as they are)."""
    rotation = value.get("rotation", 0)
    return _is_number(rotation) and rotation != 0


def _is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float (``bool`` is not one)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) < _HUGE  # a bigger int would not even convert to a float
    return isinstance(value, float) and math.isfinite(value)
