"""Building an earnings report from per-day totals: hours by category, money, the four wages, the floor.

The floor is checked per day (and per group when the report is grouped): a day whose all-in wage is below
the floor in force that day counts all its all-in hours as below the floor, and its shortfall is the money
that would bring it up. Money is converted into the report currency at the rate of its day (the last known
rate on or before it); the report lists every rate it used, and any amount it could not convert.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coopclient.core.categories import Category
from coopclient.core.fx import Conversion, FxError, FxTable
from coopclient.core.money import Money
from coopclient.core.wages import (
    FloorGap,
    MoneyTotals,
    TimeTotals,
    WageFloor,
    Wages,
    floor_gap,
    floor_on,
    wages,
)

EARNED_KINDS = frozenset({"piece_rate", "bonus", "adjustment", "rejection"})
FEE_KINDS = frozenset({"fee"})
RECEIVED_KINDS = frozenset({"payout"})


@dataclass(frozen=True, slots=True)
class TimeRow:
    """Milliseconds of one bucket (a category, or ``~gap``, ``~pending``, ``~discarded``) on one day."""

    group: str
    day: date
    bucket: str
    ms: int


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """An amount of one kind of earnings on one day, in its original currency."""

    group: str
    day: date
    kind: str
    amount: Money


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One group's figures (or the totals)."""

    key: str
    time: TimeTotals
    money: MoneyTotals
    wages: Wages
    floor: Money | None
    gap: FloorGap
    original: dict[str, dict[str, Money]]  # kind -> currency -> amount before conversion


@dataclass(frozen=True, slots=True)
class RateUsed:
    """An exchange rate the report applied."""

    source: str
    target: str
    rate: Decimal
    rate_date: date
    stale: bool
    inverted: bool


@dataclass(frozen=True, slots=True)
class Report:
    """An earnings report for a period."""

    start: date | None
    end: date | None
    currency: str
    group_by: str | None
    rows: list[ReportRow]
    totals: ReportRow
    rates_used: list[RateUsed]
    unconverted: list[str]
    floors: list[WageFloor]
    session_gap_ms: int
    notes: list[str] = field(default_factory=list)


@dataclass
class _Cell:
    """Accumulates one (group, day)."""

    time: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    money: list[MoneyRow] = field(default_factory=list)


def time_totals(buckets: dict[str, int]) -> TimeTotals:
    """Bucketed milliseconds as TimeTotals (unknown buckets are ignored)."""
    categories = {c: buckets.get(c.value, 0) for c in Category if buckets.get(c.value)}
    return TimeTotals(categories, buckets.get("~gap", 0), buckets.get("~pending", 0), buckets.get("~discarded", 0))


class _Converter:
    """Converts into the report currency, remembering the rates used and what could not be converted."""

    def __init__(self, fx: FxTable, currency: str) -> None:
        self.fx, self.currency = fx, currency
        self.used: dict[tuple[str, date], RateUsed] = {}
        self.unconverted: list[str] = []

    def convert(self, amount: Money, day: date) -> Money | None:
        if amount.currency == self.currency:
            return amount
        try:
            conversion = self.fx.convert(amount, self.currency, day)
        except FxError as exc:
            self.unconverted.append(f"{amount} on {day.isoformat()}: {exc}")
            return None
        self._remember(amount.currency, conversion)
        return conversion.result

    def _remember(self, source: str, conversion: Conversion) -> None:
        if conversion.rate_date is None:
            return
        key = (source, conversion.rate_date)
        self.used.setdefault(
            key,
            RateUsed(
                source,
                self.currency,
                conversion.rate,
                conversion.rate_date,
                conversion.stale,
                conversion.inverted,
            ),
        )


def build_report(
    time_rows: Iterable[TimeRow],
    money_rows: Iterable[MoneyRow],
    *,
    currency: str,
    fx: FxTable,
    floors: list[WageFloor],
    region: str | None = None,
    group_by: str | None = None,
    start: date | None = None,
    end: date | None = None,
    session_gap_ms: int = 60_000,
) -> Report:
    """Assemble the report. Rows are grouped by their ``group`` label; the floor is checked per day."""
    cells: dict[tuple[str, date], _Cell] = defaultdict(_Cell)
    for t in time_rows:
        cells[(t.group, t.day)].time[t.bucket] += t.ms
    for m in money_rows:
        cells[(m.group, m.day)].money.append(m)
    converter = _Converter(fx, currency)
    groups: dict[str, list[tuple[date, _Cell]]] = defaultdict(list)
    for (group, day), cell in sorted(cells.items()):
        groups[group].append((day, cell))
    rows = [_group_row(key, days, converter, floors, region) for key, days in groups.items()]
    totals = _sum_rows("total", rows, currency)
    notes = []
    if not floors:
        notes.append("no wage floor set: set one with 'coopclient floor set AMOUNT CURRENCY'")
    return Report(
        start,
        end,
        currency,
        group_by,
        rows,
        totals,
        sorted(converter.used.values(), key=lambda r: (r.source, r.rate_date)),
        converter.unconverted,
        floors,
        session_gap_ms,
        notes,
    )


def _group_row(
    key: str,
    days: list[tuple[date, _Cell]],
    converter: _Converter,
    floors: list[WageFloor],
    region: str | None,
) -> ReportRow:
    currency = converter.currency
    time_sum, money_sum = TimeTotals(), MoneyTotals.zero(currency)
    gap = FloorGap(Decimal(0), Money.zero(currency))
    original: dict[str, dict[str, Money]] = defaultdict(dict)
    last_floor: Money | None = None
    for day, cell in days:
        time = time_totals(cell.time)
        money = _cell_money(cell.money, day, converter, original)
        floor = _floor_for(floors, day, region, converter)
        if floor is not None:
            gap = gap + floor_gap(time, money, floor)
            last_floor = floor
        time_sum, money_sum = time_sum + time, money_sum + money
    return ReportRow(key, time_sum, money_sum, wages(time_sum, money_sum), last_floor, gap, dict(original))


def _cell_money(
    rows: list[MoneyRow], day: date, converter: _Converter, original: dict[str, dict[str, Money]]
) -> MoneyTotals:
    zero = Money.zero(converter.currency)
    earned, fees, received = zero, zero, zero
    for row in rows:
        by_currency = original[row.kind]
        by_currency[row.amount.currency] = (
            by_currency.get(row.amount.currency, Money.zero(row.amount.currency)) + row.amount
        )
        converted = converter.convert(row.amount, day)
        if converted is None:
            continue
        if row.kind in EARNED_KINDS:
            earned += converted
        elif row.kind in FEE_KINDS:
            fees += converted
        elif row.kind in RECEIVED_KINDS:
            received += converted
    return MoneyTotals(earned, fees, received)


def _floor_for(floors: list[WageFloor], day: date, region: str | None, converter: _Converter) -> Money | None:
    policy = floor_on(floors, day)
    if policy is None:
        return None
    return converter.convert(policy.for_region(region), day)


def empty_row(key: str, currency: str, floor: Money | None = None) -> ReportRow:
    """A group with nothing recorded: no time, no money, no wage; ``floor`` the floor in force, if any.

    The earnings panel shows a day with nothing saved yet as this, so the running timer counts from zero.
    """
    row = _sum_rows(key, [], currency)
    return ReportRow(key, row.time, row.money, row.wages, floor, row.gap, row.original)


def _sum_rows(key: str, rows: list[ReportRow], currency: str) -> ReportRow:
    time, money = TimeTotals(), MoneyTotals.zero(currency)
    gap = FloorGap(Decimal(0), Money.zero(currency))
    original: dict[str, dict[str, Money]] = defaultdict(dict)
    for row in rows:
        time, money, gap = time + row.time, money + row.money, gap + row.gap
        for kind, amounts in row.original.items():
            for cur, amount in amounts.items():
                original[kind][cur] = original[kind].get(cur, Money.zero(cur)) + amount
    floor = next((r.floor for r in reversed(rows) if r.floor is not None), None)
    return ReportRow(key, time, money, wages(time, money), floor, gap, dict(original))
