"""The four wage definitions, the wage floor and the shortfall, computed from totals of time and money.

Definitions (anchors/earnings.md §2; shown side by side, never one without the others):

* **task time** — earned ÷ time on tasks (active annotating time, plus idle time the member kept);
* **session time** — earned ÷ session time: task time plus returned and rejected task time plus the short
  gaps between spans (≤ the session gap G) that Hara et al.'s cluster method bridges;
* **all-in** — (earned − worker-side fees) ÷ (session time + the unpaid categories: searching,
  qualification, communication, payment admin);
* **money received** — payouts that reached the member, in the report currency ÷ all-in time.

"Earned" is piece rates + bonuses + adjustments − rejection reversals. A wage is a ratio of sums.
Time is in milliseconds; money in the report currency. With earned ≥ 0 and fees ≤ 0, the definitions are
ordered: task ≥ session ≥ all-in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coopclient.core.categories import Category
from coopclient.core.money import Money

MS_PER_HOUR = Decimal(3_600_000)


def hours(ms: int) -> Decimal:
    """Milliseconds as an exact Decimal number of hours."""
    return Decimal(ms) / MS_PER_HOUR


@dataclass(frozen=True, slots=True)
class TimeTotals:
    """Counted time in one cell of a report (milliseconds).

    Attributes:
        by_category: time counted in each category: active time, plus idle time kept (in its category) or
            moved to another category by the member.
        bridged_gap_ms: gaps between spans no longer than the session gap, counted in session time.
        pending_idle_ms: idle time awaiting the member's decision: reported, never paid or counted.
        discarded_idle_ms: idle time the member discarded: reported, not counted.
    """

    by_category: Mapping[Category, int] = field(default_factory=dict)
    bridged_gap_ms: int = 0
    pending_idle_ms: int = 0
    discarded_idle_ms: int = 0

    def of(self, category: Category) -> int:
        """Counted time in one category."""
        return self.by_category.get(category, 0)

    @property
    def task_ms(self) -> int:
        """Time on tasks."""
        return self.of(Category.ANNOTATING)

    @property
    def session_ms(self) -> int:
        """Session time: tasks, returned and rejected tasks, and bridged gaps."""
        return sum(self.of(c) for c in Category if c.in_session_time) + self.bridged_gap_ms

    @property
    def unpaid_ms(self) -> int:
        """Logged unpaid work outside sessions (searching, qualification, communication, payment admin)."""
        return sum(self.of(c) for c in Category if c.is_unpaid_work and not c.in_session_time)

    @property
    def all_in_ms(self) -> int:
        """Session time plus the logged unpaid work."""
        return self.session_ms + self.unpaid_ms

    def __add__(self, other: TimeTotals) -> TimeTotals:
        cats = {c: self.of(c) + other.of(c) for c in Category if self.of(c) or other.of(c)}
        return TimeTotals(
            cats,
            self.bridged_gap_ms + other.bridged_gap_ms,
            self.pending_idle_ms + other.pending_idle_ms,
            self.discarded_idle_ms + other.discarded_idle_ms,
        )


@dataclass(frozen=True, slots=True)
class MoneyTotals:
    """Money in one cell, already in the report currency.

    Attributes:
        earned: piece rates + bonuses + adjustments − rejection reversals.
        fees: worker-side fees, as a negative or zero amount.
        received: payouts that reached the member.
    """

    earned: Money
    fees: Money
    received: Money

    @classmethod
    def zero(cls, currency: str) -> MoneyTotals:
        """No money at all."""
        z = Money.zero(currency)
        return cls(z, z, z)

    @property
    def net(self) -> Money:
        """Earned less worker-side fees: the all-in numerator."""
        return self.earned + self.fees

    def __add__(self, other: MoneyTotals) -> MoneyTotals:
        return MoneyTotals(self.earned + other.earned, self.fees + other.fees, self.received + other.received)


def per_hour(money: Money, ms: int) -> Money | None:
    """An hourly rate, or None when no time was worked."""
    if ms <= 0:
        return None
    return money / hours(ms)


@dataclass(frozen=True, slots=True)
class Wages:
    """The four wage definitions for one cell; None where the time is zero."""

    task: Money | None
    session: Money | None
    all_in: Money | None
    received: Money | None


def wages(time: TimeTotals, money: MoneyTotals) -> Wages:
    """The four hourly wages of a cell."""
    return Wages(
        task=per_hour(money.earned, time.task_ms),
        session=per_hour(money.earned, time.session_ms),
        all_in=per_hour(money.net, time.all_in_ms),
        received=per_hour(money.received, time.all_in_ms),
    )


@dataclass(frozen=True, slots=True)
class FloorGap:
    """How far a cell's all-in wage falls below the floor."""

    hours_below: Decimal
    shortfall: Money

    def __add__(self, other: FloorGap) -> FloorGap:
        return FloorGap(self.hours_below + other.hours_below, self.shortfall + other.shortfall)


def floor_gap(time: TimeTotals, money: MoneyTotals, floor_hourly: Money) -> FloorGap:
    """Hours below the floor and the money that would bring them up to it.

    The floor is checked on the all-in wage (unpaid time counts, as the co-op's principles ask). A cell is
    either entirely below the floor (all its all-in hours count) or not at all; the shortfall is
    ``floor × hours − net``.
    """
    zero = FloorGap(Decimal(0), Money.zero(floor_hourly.currency))
    if time.all_in_ms <= 0:
        return zero
    due = floor_hourly * hours(time.all_in_ms)
    if money.net >= due:
        return zero
    return FloorGap(hours(time.all_in_ms), due - money.net)


@dataclass(frozen=True, slots=True)
class WageFloor:
    """The co-op's wage floor from an effective date: an hourly amount, optionally scaled by region."""

    hourly: Money
    effective: date
    regional_factors: Mapping[str, Decimal] = field(default_factory=dict)
    source: str = ""

    def for_region(self, region: str | None) -> Money:
        """The floor for a member's region (the plain floor when the region has no factor)."""
        if region is None or region not in self.regional_factors:
            return self.hourly
        return self.hourly * self.regional_factors[region]


def floor_on(floors: list[WageFloor], day: date) -> WageFloor | None:
    """The floor in force on a day: the one with the latest effective date on or before it."""
    in_force = [f for f in floors if f.effective <= day]
    return max(in_force, key=lambda f: f.effective) if in_force else None
