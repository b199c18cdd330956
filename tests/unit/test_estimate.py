"""The wage estimated before a batch is taken (core/estimate.py): on synthetic histories the wage of new
work drawn from the same pace falls within the stated spread at the stated rate; no estimate without enough
history, and it says how much there is."""

from __future__ import annotations

import math
import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.core.estimate import (
    COVERAGE,
    MIN_TASKS,
    Estimate,
    NotEnoughHistory,
    announced_hourly,
    batch_wage,
    estimate,
    quartiles,
)
from coopclient.core.money import Money
from coopclient.core.piece_rate import PieceRate

RATE = PieceRate.parse("0.04 EUR per task")


def _times(rng: random.Random, n: int, median_s: float, sigma: float) -> list[int]:
    """Active times per task (ms) from a lognormal pace: a median and a spread, as people's times are."""
    return [max(1, round(rng.lognormvariate(math.log(median_s * 1000), sigma))) for _ in range(n)]


def test_quartiles_interpolate_like_statistics_inclusive() -> None:
    assert quartiles([10, 20, 30, 40, 50]) == (20, 30, 40)
    assert quartiles([1, 2, 3, 4]) == (2, 2, 3)  # 1.75, 2.5, 3.25 rounded half to even
    assert quartiles([7]) == (7, 7, 7)


@given(have=st.integers(min_value=0, max_value=MIN_TASKS - 1), seed=st.integers(0, 2**32))
def test_no_estimate_below_the_minimum_says_how_many(have: int, seed: int) -> None:
    times = _times(random.Random(seed), have, 30, 0.4)
    result = estimate("sentiment", times, RATE)
    assert result == NotEnoughHistory("sentiment", have, MIN_TASKS)


def test_untimed_tasks_do_not_count_towards_the_minimum() -> None:
    result = estimate("ner", [0] * 5 + [30_000] * (MIN_TASKS - 1), RATE)
    assert result == NotEnoughHistory("ner", MIN_TASKS - 1)
    assert isinstance(estimate("ner", [30_000] * MIN_TASKS, RATE), Estimate)


def test_the_estimate_is_the_rate_over_the_median_time() -> None:
    times = [20_000, 22_000, 24_000, 40_000, 60_000, 30_000, 25_000, 35_000, 30_000, 45_000]
    result = estimate("sentiment", times, RATE)
    assert isinstance(result, Estimate)
    assert result.median_ms == 30_000
    assert result.median == Money("4.80", "EUR")  # 0.04 EUR every 30 s
    assert result.low < result.median < result.high
    assert result.low == Money("0.04", "EUR") / (Decimal(result.slow_ms) / 3_600_000)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    seed=st.integers(0, 2**32),
    median_s=st.floats(min_value=5, max_value=600),
    sigma=st.floats(min_value=0.1, max_value=1.2),
)
def test_a_new_tasks_wage_falls_within_the_spread_about_half_the_time(seed: int, median_s: float, sigma: float) -> None:
    rng = random.Random(seed)
    result = estimate("sentiment", _times(rng, 300, median_s, sigma), RATE)
    assert isinstance(result, Estimate)
    new = _times(rng, 1000, median_s, sigma)
    within = sum(result.covers(RATE.amount / (Decimal(t) / 3_600_000)) for t in new) / len(new)
    assert abs(Decimal(str(within)) - COVERAGE) < Decimal("0.15"), within


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    seed=st.integers(0, 2**32),
    median_s=st.floats(min_value=5, max_value=600),
    sigma=st.floats(min_value=0.1, max_value=0.6),
)
def test_a_new_batchs_real_wage_falls_within_the_spread(seed: int, median_s: float, sigma: float) -> None:
    """A whole batch averages its tasks out: its wage lands inside the quartiles' spread (a pace as steady
    as people's on one kind of task: sigma up to 0.6, a slow task about twice a fast one's time)."""
    rng = random.Random(seed)
    result = estimate("sentiment", _times(rng, 200, median_s, sigma), RATE)
    assert isinstance(result, Estimate)
    batch = _times(rng, 100, median_s, sigma)
    paid = batch_wage(RATE, len(batch), sum(batch))
    assert paid is not None
    assert result.covers(paid), (result, paid)


def test_a_short_history_covers_less_reliably_but_still_brackets_its_median() -> None:
    """With the minimum history the spread is wide and noisy; the median is always inside it."""
    rng = random.Random(7)
    for _ in range(200):
        result = estimate("sentiment", _times(rng, MIN_TASKS, 40, 0.5), RATE)
        assert isinstance(result, Estimate)
        assert result.low <= result.median <= result.high


def test_an_announced_reward_over_expected_minutes() -> None:
    assert announced_hourly(Money("1.50", "GBP"), Decimal(10)) == Money("9.00", "GBP")
    assert announced_hourly(Money("1.50", "GBP"), Decimal(0)) is None


def test_a_batchs_wage_is_its_piece_rates_over_its_active_time() -> None:
    assert batch_wage(RATE, 100, 3_600_000) == Money("4.00", "EUR")
    assert batch_wage(RATE, 3, 0) is None
