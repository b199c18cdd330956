"""Names for what a screen reader reaches but Qt leaves unnamed.

A scroll area (and a chart, which is a graphics view) takes keyboard focus, and so does what Qt exposes as
its viewport; unnamed, a screen reader lands on them and says nothing. Both get the same name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def name_scroll_area(area: QAbstractScrollArea, name: str) -> None:
    """Name the area and its viewport, so that a screen reader says what the member has reached."""
    area.setAccessibleName(name)
    viewport = area.viewport()
    if viewport is not None:
        viewport.setAccessibleName(name)
