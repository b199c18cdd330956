"""A piece rate: what a batch pays for each task (``0.04 EUR per task``), exact :class:`~coopclient.core.money.Money`
that is never negative, read from the forms a member types.

Pure: standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Self

from coopclient.core.money import ISO_4217, Money, MoneyError, _parse_number, _reject_float, _split_money

_PER_TASK = re.compile(r"(?P<money>.+?)(?:\s*/\s*|\s+per\s+)task", re.IGNORECASE)
_PIECE_RATE_FORM = "'0.04 EUR per task'"


@dataclass(frozen=True, slots=True)
class PieceRate:
    """What a batch pays for each task, e.g. ``0.04 EUR per task``. Never negative."""

    amount: Money

    def __post_init__(self) -> None:
        """Refuse anything but a non-negative Money."""
        if not isinstance(self.amount, Money):
            _reject_float(self.amount)
            raise TypeError(f"a piece rate is Money, not {type(self.amount).__name__}")
        if self.amount.amount < 0:
            raise MoneyError(f"a piece rate cannot be negative: {self.amount}")

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``"0.04 EUR per task"``, ``"0.04 EUR/task"`` or ``"EUR 0.04 per task"``.

        Anything else, or a negative rate, raises :class:`MoneyError` naming the text and the accepted
        form.
        """
        if not isinstance(text, str):
            raise TypeError(f"PieceRate.parse takes a str, not {type(text).__name__}")
        match = _PER_TASK.fullmatch(text.strip())
        parts = None if match is None else _split_money(match["money"])
        if parts is None:
            raise MoneyError(f"cannot read {text!r} as a piece rate; expected the form {_PIECE_RATE_FORM}")
        number, code = parts
        if code.upper() not in ISO_4217:
            raise MoneyError(
                f"cannot read {text!r} as a piece rate: unknown currency {code!r} (not an ISO 4217 code);"
                f" expected the form {_PIECE_RATE_FORM}"
            )
        amount = Money(_parse_number(number, text), code)
        if amount.amount < 0:
            raise MoneyError(f"piece rate {text!r} is negative; expected the form {_PIECE_RATE_FORM}")
        return cls(amount)

    def __str__(self) -> str:
        """``"0.04 EUR per task"``."""
        return f"{self.amount} per task"
