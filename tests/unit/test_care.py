"""Exposure to distressing content (issue 15): properties of the pure rules in coopclient/core/care.py.

Exposure is worked time on flagged tasks: never more than the worked time, inside it moment for moment, all
of it when every span is flagged; the exposure since the last rest is part of the day's; the advice follows
the cap and the break rule.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.care import (
    MINUTE_MS,
    Advice,
    CareRules,
    TimedSpan,
    active_intervals,
    advice,
    exposure_intervals,
    exposure_ms,
    exposure_since_rest,
    hours_minutes,
    total_ms,
)


@st.composite
def spans(draw: st.DrawFn) -> TimedSpan:
    start = draw(st.integers(0, 10 * 3_600_000))
    length = draw(st.integers(0, 2 * 3_600_000))
    return TimedSpan(start, start + length, draw(st.booleans()), draw(st.booleans()))


days = st.lists(spans(), max_size=30)


def inside(moment: float, intervals: list[tuple[int, int]]) -> bool:
    return any(start <= moment < end for start, end in intervals)


@given(days)
def test_exposure_is_never_more_than_the_active_time(day: list[TimedSpan]) -> None:
    assert 0 <= exposure_ms(day) <= total_ms(active_intervals(day))


@given(days, st.floats(0, 12 * 3_600_000))
def test_every_moment_of_exposure_is_a_moment_of_active_time(day: list[TimedSpan], moment: float) -> None:
    if inside(moment, exposure_intervals(day)):
        assert inside(moment, active_intervals(day))


@given(days)
def test_exposure_moments_are_those_of_counted_flagged_spans(day: list[TimedSpan]) -> None:
    for span in day:
        if span.end_ms > span.start_ms:
            middle = (span.start_ms + span.end_ms) / 2
            if span.counted and span.flagged:
                assert inside(middle, exposure_intervals(day))


@given(days)
def test_when_everything_is_flagged_all_active_time_is_exposure(day: list[TimedSpan]) -> None:
    flagged = [TimedSpan(s.start_ms, s.end_ms, s.counted, True) for s in day]
    assert exposure_ms(flagged) == total_ms(active_intervals(flagged))


@given(days)
def test_overlapping_spans_count_once(day: list[TimedSpan]) -> None:
    assert exposure_ms(day + day) == exposure_ms(day)


@given(days, st.integers(0, 13 * 3_600_000), st.integers(1, 60 * MINUTE_MS))
def test_exposure_since_the_last_rest_is_part_of_the_day_s(day: list[TimedSpan], now: int, rest: int) -> None:
    assert 0 <= exposure_since_rest(day, max(now, *(s.end_ms for s in day), 0), rest) <= exposure_ms(day)


def test_a_rest_long_enough_starts_the_count_again() -> None:
    ten = 10 * MINUTE_MS
    day = [
        TimedSpan(0, 30 * MINUTE_MS, True, True),
        TimedSpan(30 * MINUTE_MS, 41 * MINUTE_MS, True, False),  # 11 minutes of other work: a rest
        TimedSpan(41 * MINUTE_MS, 61 * MINUTE_MS, True, True),
        TimedSpan(63 * MINUTE_MS, 70 * MINUTE_MS, True, True),  # 2 minutes away: no rest
    ]
    assert exposure_ms(day) == 57 * MINUTE_MS
    assert exposure_since_rest(day, 70 * MINUTE_MS, ten) == 27 * MINUTE_MS
    assert exposure_since_rest(day, 80 * MINUTE_MS, ten) == 0  # resting right now


def test_idle_time_not_kept_is_no_exposure() -> None:
    assert exposure_ms([TimedSpan(0, MINUTE_MS, False, True)]) == 0


def test_the_advice_follows_the_cap_then_the_break_rule() -> None:
    rules = CareRules()  # 4 h a day; a 10-minute break after 50 minutes
    assert advice(rules, 49 * MINUTE_MS, 49 * MINUTE_MS) is Advice.NONE
    assert advice(rules, 50 * MINUTE_MS, 50 * MINUTE_MS) is Advice.BREAK
    assert advice(rules, 240 * MINUTE_MS, 0) is Advice.CAPPED
    assert advice(CareRules(cap_ms=0, break_after_ms=0), 900 * MINUTE_MS, 900 * MINUTE_MS) is Advice.NONE
    assert hours_minutes(80 * MINUTE_MS) == "1:20"
