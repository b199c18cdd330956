"""Exact money: amounts as :class:`~decimal.Decimal` tagged with an ISO 4217 currency.

Nothing here touches a float. An amount is a ``Decimal`` (an ``int`` or a decimal string is converted
exactly); a ``float`` is refused with ``TypeError`` wherever it shows up, because ``0.1`` as a float is
not one tenth and a worker's pay must add up to the cent.

Precision. Arithmetic runs in a fixed context of its own (28 significant digits, ROUND_HALF_EVEN) and
never in the caller's thread context, so results do not depend on what other code did to
``decimal.getcontext()``:

* addition, subtraction, negation and :func:`sum_money` are exact; should a result ever need more than
  28 significant digits they raise :class:`MoneyError` instead of rounding silently;
* multiplication and division keep full precision, that is 28 significant digits, rounded half-even;
* nothing is rounded to the currency's minor units unless asked: :meth:`Money.rounded`.

Storage keeps micro-units (``amount * 10**6``) as integers, so a SQL ``SUM`` stays exact:
:meth:`Money.to_micros` and :meth:`Money.from_micros`.

A piece rate (money per task) is :class:`coopclient.core.piece_rate.PieceRate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from types import MappingProxyType
from typing import Self, overload

__all__ = [
    "ISO_4217",
    "MICROS_PER_UNIT",
    "CurrencyMismatch",
    "Money",
    "MoneyError",
    "check_currency",
    "minor_units",
    "sum_money",
]


class MoneyError(ValueError):
    """An amount or a currency that cannot be used; the message names the offending text."""


class CurrencyMismatch(MoneyError):
    """Two currencies were mixed where no exchange rate was given; the message names both codes."""


# ISO 4217 list one as published on 2026-01-01: alphabetic code -> number of minor-unit digits.
# Left out on purpose: precious metals (XAU, XAG, XPT, XPD), bond-market and accounting units (XBA..XBD,
# XDR, XSU, XUA, XAD) and the testing / no-currency codes (XTS, XXX). Withdrawn codes (BGN, ANG, CUC,
# ZWL, HRK, SLL, VEF, ...) are not active and are not listed.
ISO_4217: Mapping[str, int] = MappingProxyType({
    "AED": 2, "AFN": 2, "ALL": 2, "AMD": 2, "AOA": 2, "ARS": 2, "AUD": 2, "AWG": 2, "AZN": 2, "BAM": 2,
    "BBD": 2, "BDT": 2, "BHD": 3, "BIF": 0, "BMD": 2, "BND": 2, "BOB": 2, "BOV": 2, "BRL": 2, "BSD": 2,
    "BTN": 2, "BWP": 2, "BYN": 2, "BZD": 2, "CAD": 2, "CDF": 2, "CHE": 2, "CHF": 2, "CHW": 2, "CLF": 4,
    "CLP": 0, "CNY": 2, "COP": 2, "COU": 2, "CRC": 2, "CUP": 2, "CVE": 2, "CZK": 2, "DJF": 0, "DKK": 2,
    "DOP": 2, "DZD": 2, "EGP": 2, "ERN": 2, "ETB": 2, "EUR": 2, "FJD": 2, "FKP": 2, "GBP": 2, "GEL": 2,
    "GHS": 2, "GIP": 2, "GMD": 2, "GNF": 0, "GTQ": 2, "GYD": 2, "HKD": 2, "HNL": 2, "HTG": 2, "HUF": 2,
    "IDR": 2, "ILS": 2, "INR": 2, "IQD": 3, "IRR": 2, "ISK": 0, "JMD": 2, "JOD": 3, "JPY": 0, "KES": 2,
    "KGS": 2, "KHR": 2, "KMF": 0, "KPW": 2, "KRW": 0, "KWD": 3, "KYD": 2, "KZT": 2, "LAK": 2, "LBP": 2,
    "LKR": 2, "LRD": 2, "LSL": 2, "LYD": 3, "MAD": 2, "MDL": 2, "MGA": 2, "MKD": 2, "MMK": 2, "MNT": 2,
    "MOP": 2, "MRU": 2, "MUR": 2, "MVR": 2, "MWK": 2, "MXN": 2, "MXV": 2, "MYR": 2, "MZN": 2, "NAD": 2,
    "NGN": 2, "NIO": 2, "NOK": 2, "NPR": 2, "NZD": 2, "OMR": 3, "PAB": 2, "PEN": 2, "PGK": 2, "PHP": 2,
    "PKR": 2, "PLN": 2, "PYG": 0, "QAR": 2, "RON": 2, "RSD": 2, "RUB": 2, "RWF": 0, "SAR": 2, "SBD": 2,
    "SCR": 2, "SDG": 2, "SEK": 2, "SGD": 2, "SHP": 2, "SLE": 2, "SOS": 2, "SRD": 2, "SSP": 2, "STN": 2,
    "SVC": 2, "SYP": 2, "SZL": 2, "THB": 2, "TJS": 2, "TMT": 2, "TND": 3, "TOP": 2, "TRY": 2, "TTD": 2,
    "TWD": 2, "TZS": 2, "UAH": 2, "UGX": 0, "USD": 2, "USN": 2, "UYI": 0, "UYU": 2, "UYW": 4, "UZS": 2,
    "VED": 2, "VES": 2, "VND": 0, "VUV": 0, "WST": 2, "XAF": 0, "XCD": 2, "XCG": 2, "XOF": 0, "XPF": 0,
    "YER": 2, "ZAR": 2, "ZMW": 2, "ZWG": 2,
})  # fmt: skip

MICROS_PER_UNIT = 10**6
"""Storage scale: one currency unit is a million micro-units."""

_MICRO_PLACES = 6

# Rounding arithmetic (multiplication, division): 28 significant digits, half-even.
_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
# Addition and subtraction use the same context. Amounts at storage scale (6 decimals, below 10**21) always
# add exactly; derived amounts (an hourly wage, a floor times fractional hours) already carry 28 digits, and
# adding two of different magnitude must round rather than fail.
_EXACT = _CONTEXT

_NUMBER = r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_AMOUNT_FIRST = re.compile(rf"(?P<amount>{_NUMBER})\s+(?P<currency>[A-Za-z]{{3}})")
_CODE_FIRST = re.compile(rf"(?P<currency>[A-Za-z]{{3}})\s+(?P<amount>{_NUMBER})")


def check_currency(code: str) -> str:
    """Return ``code`` as an upper-case ISO 4217 code, or raise :class:`MoneyError` naming it.

    Lower case and surrounding blanks are accepted: ``check_currency(" eur")`` is ``"EUR"``.
    """
    if not isinstance(code, str):
        raise TypeError(f"a currency code must be a str, not {type(code).__name__}")
    upper = code.strip().upper()
    if upper not in ISO_4217:
        raise MoneyError(f"unknown currency {code!r} (not an ISO 4217 code)")
    return upper


def minor_units(currency: str) -> int:
    """Number of decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3)."""
    return ISO_4217[check_currency(currency)]


def _finite_number(value: object, verb: str) -> Decimal | None:
    """``value`` as a finite Decimal; None when it is no ``Decimal`` or ``int`` (the operator's NotImplemented).

    Raises:
        MoneyError: ``value`` is an infinite or NaN Decimal (``cannot <verb> money by ...``).
    """
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        return None
    number = Decimal(value)
    if not number.is_finite():
        raise MoneyError(f"cannot {verb} money by {value!r}")
    return number


def _reject_float(value: object) -> None:
    """Raise ``TypeError`` if ``value`` is a float: money never goes through binary floating point."""
    if isinstance(value, float):
        raise TypeError(f"use Decimal, not float ({value!r}): a float cannot hold money exactly")


def _as_decimal(value: object, what: str) -> Decimal:
    """Convert a ``Decimal`` or ``int`` (not ``bool``, not ``float``) to ``Decimal`` exactly."""
    _reject_float(value)
    if isinstance(value, bool):
        raise TypeError(f"{what} must be a Decimal or an int, not bool")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError(f"{what} must be a Decimal or an int, not {type(value).__name__}")


def _decimal_places(value: Decimal) -> int:
    """Number of digits after the decimal point that the value needs (trailing zeros do not count)."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # only ever called on finite values
    if exponent >= 0 or not any(digits):
        return 0
    places = -exponent
    for digit in reversed(digits):
        if digit != 0 or places == 0:
            break
        places -= 1
    return places


def _mismatch(left: str, right: str, verb: str) -> CurrencyMismatch:
    """Build the error for mixing two currencies."""
    return CurrencyMismatch(f"cannot {verb} {left} and {right} without an exchange rate")


def _exact(operation: str, left: Decimal, right: Decimal) -> Decimal:
    """``left + right`` or ``left - right``: exact at storage scale, else rounded to 28 significant digits."""
    return _EXACT.add(left, right) if operation == "+" else _EXACT.subtract(left, right)


@dataclass(frozen=True, slots=True, init=False)
class Money:
    """An exact amount of one currency: ``Money(Decimal("0.04"), "EUR")``.

    ``amount`` may be given as a ``Decimal``, an ``int`` or a decimal string such as ``"0.04"``; it is
    stored as a ``Decimal`` with its digits untouched (a negative zero becomes zero). ``currency`` is any
    case of an ISO 4217 code and is stored upper-case. Equality is by value: ``Money("1.0", "EUR") ==
    Money("1.00", "EUR")``, and equal values hash equally.
    """

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal | int | str, currency: str) -> None:
        """Check and store the amount and currency (see the class docstring)."""
        value = _parse_number(amount, amount) if isinstance(amount, str) else _as_decimal(amount, "an amount")
        if not value.is_finite():
            raise MoneyError(f"a money amount must be a finite number, not {amount!r}")
        if value.is_zero() and value.is_signed():
            value = value.copy_abs()
        object.__setattr__(self, "amount", value)
        object.__setattr__(self, "currency", check_currency(currency))

    # -- construction ---------------------------------------------------------------------------------

    @classmethod
    def zero(cls, currency: str) -> Self:
        """Zero of ``currency``."""
        return cls(Decimal(0), currency)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``"0.04 EUR"``, ``"EUR 0.04"``, ``"-1.5 usd"`` or ``"1,234.50 EUR"``.

        The amount uses a dot for decimals and optionally commas between groups of three digits; the
        currency is an ISO 4217 code in any case, before or after the amount. Anything else raises
        :class:`MoneyError` naming the text.
        """
        if not isinstance(text, str):
            raise TypeError(f"Money.parse takes a str, not {type(text).__name__}")
        parts = _split_money(text)
        if parts is None:
            raise MoneyError(f"cannot read {text!r} as money: expected an amount and an ISO 4217 code, like '0.04 EUR'")
        number, code = parts
        if code.upper() not in ISO_4217:
            raise MoneyError(f"unknown currency {code!r} (not an ISO 4217 code) in {text!r}")
        return cls(_parse_number(number, text), code)

    @classmethod
    def from_micros(cls, micros: int, currency: str) -> Self:
        """The amount ``micros / 10**6`` of ``currency``, exactly (inverse of :meth:`to_micros`)."""
        _reject_float(micros)
        if not isinstance(micros, int) or isinstance(micros, bool):
            raise TypeError(f"micros must be an int, not {type(micros).__name__}")
        sign, digits, _ = Decimal(micros).as_tuple()
        return cls(Decimal((sign, digits, -_MICRO_PLACES)), currency)

    # -- conversion -----------------------------------------------------------------------------------

    def to_micros(self) -> int:
        """``amount * 10**6`` as an exact int; :class:`MoneyError` if the amount has over 6 decimals."""
        if _decimal_places(self.amount) > _MICRO_PLACES:
            raise MoneyError(f"{self} has more than {_MICRO_PLACES} decimal places and cannot be stored in micro-units")
        sign, digits, exponent = self.amount.as_tuple()
        assert isinstance(exponent, int)
        coefficient = int("".join(map(str, digits))) if digits else 0
        shift = exponent + _MICRO_PLACES
        magnitude: int = coefficient * 10**shift if shift >= 0 else coefficient // 10**-shift
        return -magnitude if sign else magnitude

    def rounded(self) -> Money:
        """The amount quantized to the currency's minor units, rounding half to even."""
        quantum = Decimal(1).scaleb(-ISO_4217[self.currency])
        return Money(self.amount.quantize(quantum, rounding=ROUND_HALF_EVEN, context=_CONTEXT), self.currency)

    def __str__(self) -> str:
        """``"0.04 EUR"``: at least the currency's minor units, more if the amount needs them."""
        places = max(ISO_4217[self.currency], _decimal_places(self.amount))
        return f"{self.amount:.{places}f} {self.currency}"

    # -- arithmetic -----------------------------------------------------------------------------------

    def _same_currency(self, other: Money, verb: str) -> None:
        """Raise :class:`CurrencyMismatch` unless ``other`` is in this currency."""
        if other.currency != self.currency:
            raise _mismatch(self.currency, other.currency, verb)

    def __add__(self, other: Money) -> Money:
        """Exact sum of two amounts of the same currency."""
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "add")
        return Money(_exact("+", self.amount, other.amount), self.currency)

    def __sub__(self, other: Money) -> Money:
        """Exact difference of two amounts of the same currency."""
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "subtract")
        return Money(_exact("-", self.amount, other.amount), self.currency)

    def __neg__(self) -> Money:
        """The opposite amount."""
        return Money(self.amount.copy_negate(), self.currency)

    def __abs__(self) -> Money:
        """The amount without its sign."""
        return Money(self.amount.copy_abs(), self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        """The amount times a ``Decimal`` or ``int`` (28 significant digits); a float raises TypeError."""
        _reject_float(factor)
        number = _finite_number(factor, "multiply")
        if number is None:
            return NotImplemented
        return Money(_CONTEXT.multiply(self.amount, number), self.currency)

    def __rmul__(self, factor: Decimal | int) -> Money:
        """``factor * money``, the same as ``money * factor``."""
        return self.__mul__(factor)

    @overload
    def __truediv__(self, other: Money) -> Decimal: ...

    @overload
    def __truediv__(self, other: Decimal | int) -> Money: ...

    def __truediv__(self, other: Money | Decimal | int) -> Money | Decimal:
        """Money / number -> Money; Money / Money (same currency) -> their ratio as a Decimal.

        Both keep 28 significant digits; dividing by zero raises ``ZeroDivisionError``.
        """
        _reject_float(other)
        if isinstance(other, Money):
            self._same_currency(other, "divide")
            return _CONTEXT.divide(self.amount, other.amount)
        divisor = _finite_number(other, "divide")
        if divisor is None:
            return NotImplemented
        return Money(_CONTEXT.divide(self.amount, divisor), self.currency)

    # -- ordering (equality and hashing come from the dataclass: by amount value and currency) --------

    def _key(self, other: object) -> tuple[Decimal, Decimal] | None:
        """The two amounts to compare, or None when ``other`` is not Money; raises on mixed currencies."""
        if not isinstance(other, Money):
            return None
        self._same_currency(other, "compare")
        return self.amount, other.amount

    def __lt__(self, other: Money) -> bool:
        """Less than, same currency only."""
        key = self._key(other)
        if key is None:
            return NotImplemented
        return key[0] < key[1]

    def __le__(self, other: Money) -> bool:
        """Less than or equal, same currency only."""
        key = self._key(other)
        if key is None:
            return NotImplemented
        return key[0] <= key[1]

    def __gt__(self, other: Money) -> bool:
        """Greater than, same currency only."""
        key = self._key(other)
        if key is None:
            return NotImplemented
        return key[0] > key[1]

    def __ge__(self, other: Money) -> bool:
        """Greater than or equal, same currency only."""
        key = self._key(other)
        if key is None:
            return NotImplemented
        return key[0] >= key[1]


def _split_money(text: str) -> tuple[str, str] | None:
    """Split ``"1,234.50 EUR"`` or ``"EUR 1,234.50"`` into ``("1234.50", "EUR")``; None if neither."""
    stripped = text.strip()
    match = _AMOUNT_FIRST.fullmatch(stripped) or _CODE_FIRST.fullmatch(stripped)
    if match is None:
        return None
    return match["amount"].replace(",", ""), match["currency"]


def _parse_number(number: str, text: str) -> Decimal:
    """Read a plain decimal number (``"-1234.50"``); :class:`MoneyError` naming ``text`` otherwise."""
    if re.fullmatch(r"\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*", number) is None:
        raise MoneyError(f"{text!r} is not a decimal amount")
    return Decimal(number.strip())


def sum_money(items: Iterable[Money], currency: str) -> Money:
    """The exact total of ``items``, all in ``currency`` (zero if empty); a stray currency raises."""
    code = check_currency(currency)
    total = Decimal(0)
    for item in items:
        if not isinstance(item, Money):
            _reject_float(item)
            raise TypeError(f"sum_money adds Money, not {type(item).__name__}")
        if item.currency != code:
            raise _mismatch(code, item.currency, "add")
        total = _exact("+", total, item.amount)
    return Money(total, code)
