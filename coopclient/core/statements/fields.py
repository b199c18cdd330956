"""Reading one cell of a statement: amounts, dates, currencies and statuses, each failing with a
:class:`FieldError` that names the column, so the engine can say ``line 7: field 'Gross': not an amount: 'abc'``.

Amounts are read into :class:`~decimal.Decimal` from text only (never through a float): a sign, optionally a
currency symbol (``$``, ``£``, ``€``), digits with optional group separators and a decimal separator chosen by
the preset (``1,234.56`` by default; ``1.234,56`` or ``1 234,56`` with a decimal comma). At most six decimals
(the store keeps micro-units). Dates are read by a small set of named formats; times of day are ignored.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coopclient.core.money import ISO_4217

__all__ = ["SYMBOLS", "DateFormat", "FieldError", "parse_amount", "parse_currency", "parse_date"]

SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
"""Currency symbols an amount may carry, and the code each means (``$`` is read as US dollars)."""

MAX_DECIMALS = 6


class FieldError(ValueError):
    """A cell that cannot be read; ``column`` names the column as the file's header writes it."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


class DateFormat(StrEnum):
    """The date formats a statement may use (a time after the date, ``2026-03-01 14:05``, is ignored)."""

    ISO = "YYYY-MM-DD"
    US = "MM/DD/YYYY"  # PayPal's US export
    EUROPEAN = "DD/MM/YYYY"
    DOTTED = "DD.MM.YYYY"  # German and Swiss banks


_POINT = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_COMMA = re.compile(r"(?:[0-9]{1,3}(?:[. \u00a0\u202f][0-9]{3})+|[0-9]+)(?:,[0-9]+)?")


def parse_amount(column: str, text: str, decimal_comma: bool = False) -> tuple[Decimal, str | None]:
    """The amount in ``text`` and the currency its symbol names (None without a symbol).

    Raises:
        FieldError: not an amount, or more than six decimals.
    """
    raw = text.strip()
    body = raw
    sign = ""
    if body[:1] in "+-":
        sign, body = body[:1], body[1:].lstrip()
    symbol_code = None
    for symbol in ("US$", "$", "£", "€"):
        if body.startswith(symbol):
            symbol_code, body = SYMBOLS[symbol], body[len(symbol) :].lstrip()
            break
        if body.endswith(symbol):
            symbol_code, body = SYMBOLS[symbol], body[: -len(symbol)].rstrip()
            break
    if body[:1] in "+-" and not sign:
        sign, body = body[:1], body[1:]
    pattern = _COMMA if decimal_comma else _POINT
    if not body or pattern.fullmatch(body) is None:
        raise FieldError(column, f"not an amount: {text!r}")
    if decimal_comma:
        whole, _, frac = body.partition(",")
        digits = whole.replace(".", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    else:
        whole, _, frac = body.partition(".")
        digits = whole.replace(",", "")
    if len(frac) > MAX_DECIMALS:
        raise FieldError(column, f"more than {MAX_DECIMALS} decimals: {text!r}")
    return Decimal(f"{sign}{digits}.{frac}" if frac else f"{sign}{digits}"), symbol_code


def parse_currency(column: str, text: str) -> str:
    """An ISO 4217 code (any case), or a :class:`FieldError` naming it."""
    code = text.strip().upper()
    if code not in ISO_4217:
        raise FieldError(column, f"unknown currency: {text!r} (not an ISO 4217 code)")
    return code


_DATE_PARTS = {
    DateFormat.ISO: (re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"), (1, 2, 3)),
    DateFormat.US: (re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})"), (3, 1, 2)),
    DateFormat.EUROPEAN: (re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})"), (3, 2, 1)),
    DateFormat.DOTTED: (re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})"), (3, 2, 1)),
}


def parse_date(column: str, text: str, fmt: DateFormat) -> date:
    """The date at the start of ``text`` in ``fmt`` (what follows it — a time, a zone — is ignored)."""
    pattern, (y, m, d) = _DATE_PARTS[fmt]
    found = pattern.match(text.strip())
    rest = text.strip()[found.end() :] if found else ""
    if found is None or (rest and rest[0] not in " T,"):
        raise FieldError(column, f"not a date ({fmt.value}): {text!r}")
    try:
        return date(int(found[y]), int(found[m]), int(found[d]))
    except ValueError:
        raise FieldError(column, f"no such day: {text!r}") from None
