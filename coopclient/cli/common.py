"""What the member's commands share: the error of bad input (exit code 2), its report, and the date type of
the options.
"""

from __future__ import annotations

import argparse
from datetime import date

from coopclient.app import Environment


class UsageError(Exception):
    """Bad input: reported on stderr with exit code 2."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _fail(env: Environment, message: str) -> int:
    env.err(f"coopclient: error: {message}")
    return 2
