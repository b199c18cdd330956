"""How big the main window opens: its designed size, or the screen's free area when that is smaller.

The window was designed at 1400×900; on the 1366×768 laptops many members use, that size ran past the screen's
right and bottom edges (the "Set the floor" button, the Sync column and the earnings panel cut off). The window
opens at the designed size where it fits, otherwise at the available area less a margin for the window
frame, and the earnings panel keeps its share of the height (340 of 900).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

DESIGNED = QSize(1400, 900)
EARNINGS_SHARE = 340 / 900  # of the window's height, for the docked earnings panel
FRAME_MARGIN = QSize(16, 40)  # the window manager's frame and title bar, outside the client area


def window_size(available: QRect | None, designed: QSize = DESIGNED) -> QSize:
    """A window's first size on a screen whose free area (without panels and docks) is ``available``: its
    ``designed`` size, or what fits."""
    if available is None:
        return QSize(designed)
    room = available.size() - FRAME_MARGIN
    return QSize(min(designed.width(), room.width()), min(designed.height(), room.height()))


def placed(available: QRect | None, size: QSize) -> QRect | None:
    """Where a window of ``size`` opens: centred on the free area (None: where the window manager puts it)."""
    if available is None:
        return None
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(available.center())
    return frame


def earnings_height(window_height: int) -> int:
    """The docked earnings panel's height in a window ``window_height`` pixels high."""
    return round(window_height * EARNINGS_SHARE)
