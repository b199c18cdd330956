"""Exchange rates by date, and converting :class:`~coopclient.core.money.Money` with them.

A :class:`Rate` says that on a day one unit of ``base`` was worth ``rate`` units of ``quote``. An
:class:`FxTable` holds such rates and converts with the newest one on or before the requested day; when it
has to fall back on an older day (the app was offline) the :class:`Conversion` says so (``stale``), and
when only the opposite pair is known it divides by that rate and says so too (``inverted``). There are no
cross rates through a third currency: a missing pair is an error, not a guess.

Precision: conversions keep full ``Decimal`` precision, 28 significant digits rounded half-even (the
same fixed context as :mod:`coopclient.core.money`); nothing is rounded to minor units here, call
:meth:`Money.rounded` on the result for display.

:func:`parse_rates_csv` reads rates from CSV text (the caller reads the file); its errors name the source,
the line and the field.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow

from coopclient.core.money import Money, MoneyError, check_currency

__all__ = ["Conversion", "FxError", "FxTable", "Rate", "parse_rates_csv"]

_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
_COLUMNS = ("date", "base", "quote", "rate")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class FxError(ValueError):
    """A bad exchange rate, a missing one, or unreadable rates text."""


def _check_day(value: object, what: str) -> date:
    """Return ``value`` if it is a calendar date (a ``datetime`` is refused: it is not a day)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")
    return value


def _fx_currency(code: str, field: str) -> str:
    """:func:`check_currency`, but raising :class:`FxError` that names the field."""
    try:
        return check_currency(code)
    except MoneyError:
        raise FxError(f"{field}: unknown currency {code!r}") from None


@dataclass(frozen=True, slots=True)
class Rate:
    """On day ``on``, 1 ``base`` = ``rate`` ``quote``. Codes are stored upper-case; ``rate`` > 0."""

    on: date
    base: str
    quote: str
    rate: Decimal

    def __post_init__(self) -> None:
        """Check the day, both currencies and the rate (a Decimal or an int, never a float)."""
        _check_day(self.on, "Rate.on")
        base = _fx_currency(self.base, "base")
        quote = _fx_currency(self.quote, "quote")
        if base == quote:
            raise FxError(f"a rate needs two different currencies, got {base}->{quote}")
        value: object = self.rate
        if isinstance(value, float):
            raise TypeError(f"use Decimal, not float ({value!r}): an exchange rate must be exact")
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            raise TypeError(f"Rate.rate must be a Decimal, not {type(value).__name__}")
        if not value.is_finite() or value <= 0:
            raise FxError(f"rate: {base}->{quote} rate must be a number greater than zero, not {value}")
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "rate", value)


@dataclass(frozen=True, slots=True)
class Conversion:
    """The outcome of :meth:`FxTable.convert`, with what it was based on."""

    result: Money
    rate: Decimal
    """The rate applied: 1 source unit = ``rate`` target units (1 for the identity)."""
    rate_date: date | None
    """The day of the rate used; None when no rate was needed (same currency)."""
    stale: bool
    """True when the rate's day is before the requested day (the last known rate was used)."""
    inverted: bool
    """True when only the opposite pair was known and 1/rate was applied."""


class _Series:
    """The rates of one (base, quote) pair, kept sorted by day, one rate per day."""

    __slots__ = ("days", "rates")

    def __init__(self) -> None:
        self.days: list[date] = []
        self.rates: list[Rate] = []

    def put(self, rate: Rate) -> None:
        """Insert ``rate``; a rate for a day already present replaces it."""
        index = bisect.bisect_left(self.days, rate.on)
        if index < len(self.days) and self.days[index] == rate.on:
            self.rates[index] = rate
        else:
            self.days.insert(index, rate.on)
            self.rates.insert(index, rate)

    def newest_until(self, day: date) -> Rate | None:
        """The rate with the latest day that is on or before ``day``, if any."""
        index = bisect.bisect_right(self.days, day)
        return self.rates[index - 1] if index else None


class FxTable:
    """Exchange rates by pair and day. Adding a rate for a pair and day already known replaces it."""

    def __init__(self, rates: Iterable[Rate] = ()) -> None:
        """A table holding ``rates``."""
        self._series: dict[tuple[str, str], _Series] = {}
        for rate in rates:
            self.add(rate)

    def add(self, rate: Rate) -> None:
        """Add one rate (replacing any rate of the same pair and day)."""
        if not isinstance(rate, Rate):
            raise TypeError(f"FxTable.add takes a Rate, not {type(rate).__name__}")
        self._series.setdefault((rate.base, rate.quote), _Series()).put(rate)

    def __len__(self) -> int:
        """Number of rates held."""
        return sum(len(series.rates) for series in self._series.values())

    def rates(self) -> list[Rate]:
        """All rates, ordered by day, then base, then quote."""
        every = [rate for series in self._series.values() for rate in series.rates]
        return sorted(every, key=lambda rate: (rate.on, rate.base, rate.quote))

    def _newest(self, base: str, quote: str, day: date) -> Rate | None:
        """The newest rate of the exact pair base->quote on or before ``day``."""
        series = self._series.get((base, quote))
        return None if series is None else series.newest_until(day)

    def convert(self, money: Money, to: str, on: date) -> Conversion:
        """Convert ``money`` into currency ``to`` with the rate for day ``on``.

        Same currency: the identity. Otherwise the newest ``money.currency->to`` rate dated on or before
        ``on``; failing that, the newest ``to->money.currency`` rate, dividing by it (``inverted``).
        Neither: :class:`FxError`. The result keeps 28 significant digits and is not rounded.
        """
        if not isinstance(money, Money):
            raise TypeError(f"FxTable.convert takes Money, not {type(money).__name__}")
        target = check_currency(to)
        day = _check_day(on, "on")
        source = money.currency
        if source == target:
            return Conversion(money, Decimal(1), None, stale=False, inverted=False)
        direct = self._newest(source, target, day)
        if direct is not None:
            result = Money(_CONTEXT.multiply(money.amount, direct.rate), target)
            return Conversion(result, direct.rate, direct.on, stale=direct.on < day, inverted=False)
        opposite = self._newest(target, source, day)
        if opposite is not None:
            result = Money(_CONTEXT.divide(money.amount, opposite.rate), target)
            applied = _CONTEXT.divide(Decimal(1), opposite.rate)
            return Conversion(result, applied, opposite.on, stale=opposite.on < day, inverted=True)
        raise FxError(f"no exchange rate {source}->{target} on or before {day.isoformat()}")


def _parse_date(value: str) -> date:
    """A ``YYYY-MM-DD`` day, or FxError saying what is wrong (without location)."""
    if _ISO_DATE.fullmatch(value) is None:
        raise FxError(f"date: {value!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FxError(f"date: {value!r} is not a valid calendar date") from None


def _parse_rate(value: str) -> Decimal:
    """A positive decimal number, or FxError saying what is wrong (without location)."""
    if _NUMBER.fullmatch(value) is None:
        raise FxError(f"rate: {value!r} is not a number")
    number = Decimal(value)
    if number <= 0:
        raise FxError(f"rate: {value!r} must be greater than zero")
    return number


def _header_indexes(header: list[str], where: str) -> dict[str, int]:
    """Map each needed column name to its index in ``header`` (names case-insensitive, order free)."""
    names = [name.strip().lower() for name in header]
    indexes: dict[str, int] = {}
    for column in _COLUMNS:
        positions = [i for i, name in enumerate(names) if name == column]
        if not positions:
            raise FxError(f"{where}: missing column {column!r}")
        if len(positions) > 1:
            raise FxError(f"{where}: column {column!r} appears more than once")
        indexes[column] = positions[0]
    return indexes


def _parse_row(row: list[str], indexes: dict[str, int]) -> Rate:
    """One data row as a Rate, or FxError ``"{field}: {what is wrong}"``."""
    values = {column: (row[i].strip() if i < len(row) else "") for column, i in indexes.items()}
    for column in _COLUMNS:
        if not values[column]:
            raise FxError(f"{column}: missing value")
    on = _parse_date(values["date"])
    base = _fx_currency(values["base"], "base")
    quote = _fx_currency(values["quote"], "quote")
    if base == quote:
        raise FxError(f"quote: same currency as base ({quote})")
    return Rate(on, base, quote, _parse_rate(values["rate"]))


def parse_rates_csv(text: str, source: str = "<rates>") -> list[Rate]:
    """Read rates from CSV text with a header row ``date,base,quote,rate``, in file order.

    Header names are case-insensitive and may come in any order; other columns are ignored, and so are
    blank lines. Errors raise :class:`FxError` as ``"{source}:{line}: {field}: {what is wrong}"``, e.g.
    ``"rates.csv:4: rate: '1,2x' is not a number"``. Two rows for the same pair and day that disagree
    are an error too.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_rates_csv takes the CSV text as a str, not {type(text).__name__}")
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    indexes: dict[str, int] | None = None
    rates: list[Rate] = []
    seen: dict[tuple[date, str, str], tuple[Decimal, int]] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if indexes is None:
                indexes = _header_indexes(row, f"{source}:{line}")
                continue
            try:
                rate = _parse_row(row, indexes)
            except FxError as error:
                raise FxError(f"{source}:{line}: {error}") from None
            key = (rate.on, rate.base, rate.quote)
            if key in seen and seen[key][0] != rate.rate:
                raise FxError(
                    f"{source}:{line}: rate: {rate.base}->{rate.quote} on {rate.on.isoformat()} is"
                    f" {rate.rate} here but {seen[key][0]} on line {seen[key][1]}"
                )
            seen.setdefault(key, (rate.rate, line))
            rates.append(rate)
    except csv.Error as error:
        raise FxError(f"{source}:{reader.line_num}: {error}") from None
    if indexes is None:
        raise FxError(f"{source}:1: missing header row 'date,base,quote,rate'")
    return rates
