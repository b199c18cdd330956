"""Sizing a window to the screen it opens on: its preferred size, at most the screen's free area.

A fixed size larger than a 1366 × 768 screen put the main window's status bar (the clocks) and the Close
button of *Compare platforms* below the screen's edge.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_ROOM = (16, 48)
"""Pixels left around a window for the window manager's frame and title bar (width, height)."""


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less where its screen's free area is smaller.

    Args:
        widget: a top-level window (its screen is the primary one until it is shown elsewhere).
        width: the preferred width in pixels.
        height: the preferred height in pixels.
    """
    free = widget.screen().availableGeometry()
    widget.resize(min(width, free.width() - FRAME_ROOM[0]), min(height, free.height() - FRAME_ROOM[1]))
