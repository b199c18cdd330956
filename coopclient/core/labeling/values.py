"""Small helpers of the labeling checks: number tests and short, safe reprs of values for messages.

Pure: standard library only.
"""

from __future__ import annotations

import math
import reprlib
from typing import TypeGuard

# --- small helpers --------------------------------------------------------------------------------------


def _is_int(value: object) -> TypeGuard[int]:
    """A whole number (``bool`` is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float (``bool`` is not one)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


_REPR = reprlib.Repr()
_REPR.maxstring = 80
_REPR.maxother = 80
_REPR.maxlist = 6
_REPR.maxdict = 4
_REPR.maxlevel = 3


def _show(value: object) -> str:
    """A short, safe repr of ``value`` for messages."""
    try:
        return _REPR.repr(value)
    except Exception:  # e.g. an int too long to print: fall back to its type
        return f"<{type(value).__name__}>"


def _got(value: object) -> str:
    """``got <type> <value>`` for messages, e.g. ``got str 'abc'`` or ``got None``."""
    if value is None:
        return "got None"
    return f"got {type(value).__name__} {_show(value)}"
