"""The pay known before the work is taken (issue 15, part 2): an hourly wage estimated before a batch is taken.

From the member's own history on a kind of task (the active time of each task they finished, in ms) and the
batch's piece rate: the median wage (the rate over the median time per task) and a spread, the wages at the
slow and the fast quartile of their times (the interquartile range: about half of their tasks paid within
it). With fewer than :data:`MIN_TASKS` finished tasks of that kind there is no estimate, and it says how many
there are. A web platform's announced reward and expected minutes give an estimate without history.

Pure: standard library and the core only. Money is exact; time in milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from coopclient.core.money import Money
from coopclient.core.piece_rate import PieceRate
from coopclient.core.wages import hours

MIN_TASKS = 10
"""Finished tasks of a kind needed before their pace says anything about the next batch."""

COVERAGE = Decimal("0.5")
"""The share of tasks whose wage falls within an estimate's spread (the interquartile range)."""


@dataclass(frozen=True, slots=True)
class NotEnoughHistory:
    """No estimate: only ``have`` finished tasks of the kind, ``need`` are needed."""

    task_type: str
    have: int
    need: int = MIN_TASKS


@dataclass(frozen=True, slots=True)
class Estimate:
    """An hourly wage estimated from the member's pace on a kind of task and a piece rate.

    Attributes:
        task_type: the kind of task the history is of.
        tasks: how many finished tasks the pace is read from.
        median_ms: the median active time per task.
        fast_ms: the first quartile of the times (a fast task).
        slow_ms: the third quartile (a slow task).
        rate: the piece rate.
    """

    task_type: str
    tasks: int
    median_ms: int
    fast_ms: int
    slow_ms: int
    rate: PieceRate

    @property
    def median(self) -> Money:
        """The estimated hourly wage: the rate over the median time per task."""
        return _hourly(self.rate.amount, self.median_ms)

    @property
    def low(self) -> Money:
        """The spread's low end: the wage of a slow task (third quartile of the times)."""
        return _hourly(self.rate.amount, self.slow_ms)

    @property
    def high(self) -> Money:
        """The spread's high end: the wage of a fast task (first quartile of the times)."""
        return _hourly(self.rate.amount, self.fast_ms)

    def covers(self, wage: Money) -> bool:
        """Whether a wage falls within the spread (both ends included)."""
        return self.low <= wage <= self.high


def _hourly(amount: Money, ms: int) -> Money:
    return amount / hours(max(ms, 1))


def quartiles(times_ms: Sequence[int]) -> tuple[int, int, int]:
    """The first quartile, median and third quartile of some times (linear interpolation between the
    sorted values, as ``statistics.quantiles(method="inclusive")``), rounded to whole milliseconds."""
    ordered = sorted(times_ms)
    if not ordered:
        raise ValueError("no times to take quartiles of")

    def at(q: Fraction) -> int:
        position = q * (len(ordered) - 1)
        below = int(position)
        above = min(below + 1, len(ordered) - 1)
        value = ordered[below] + (position - below) * (ordered[above] - ordered[below])
        return round(value)

    return at(Fraction(1, 4)), at(Fraction(1, 2)), at(Fraction(3, 4))


def estimate(task_type: str, times_ms: Sequence[int], rate: PieceRate) -> Estimate | NotEnoughHistory:
    """The estimated wage from the active times of the member's finished tasks of a kind, or why there is none.

    Tasks with no recorded time (finished without the timer) say nothing of the pace and are left out.
    """
    timed = [t for t in times_ms if t > 0]
    if len(timed) < MIN_TASKS:
        return NotEnoughHistory(task_type, len(timed))
    fast, median, slow = quartiles(timed)
    return Estimate(task_type, len(timed), median, fast, slow, rate)


def announced_hourly(reward: Money, minutes: Decimal) -> Money | None:
    """A web task's announced reward over its expected minutes, per hour; None without a positive time."""
    if minutes <= 0:
        return None
    return reward * (Decimal(60) / minutes)


def batch_wage(rate: PieceRate, tasks: int, active_ms: int) -> Money | None:
    """What a batch really paid per hour of active time on its tasks (the piece rates over the time)."""
    if active_ms <= 0:
        return None
    return rate.amount * tasks / hours(active_ms)
