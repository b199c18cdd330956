"""The timer's pure rules: extending spans, idle cuts, clock jumps, midnight splits."""

from __future__ import annotations

import itertools
from datetime import date
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.clock import Instant, local_day
from coopclient.core.timer import Span, SpanState, TimerRules, advance, end_span, is_clock_jump, start_span

UTC = ZoneInfo("UTC")
RULES = TimerRules(heartbeat_ms=15_000, idle_threshold_ms=180_000)
T0 = Instant(1_772_438_400_000, 5_000_000)  # 2026-03-02 08:00 UTC


def at(ms: int, wall_extra: int = 0) -> Instant:
    return Instant(T0.wall_ms + ms + wall_extra, T0.mono_ms + ms)


def test_heartbeat_extends_the_span_by_monotonic_time() -> None:
    span = start_span(T0, UTC)
    out = advance(span, T0, at(15_000), last_input_mono=at(14_000).mono_ms, rules=RULES, tz=UTC)
    assert out.continues_current
    assert out.current.start_ms == T0.wall_ms
    assert out.current.duration_ms == 15_000
    assert not out.jumped and not out.idle_ended


def test_small_wall_drift_is_not_a_jump_but_durations_follow_the_monotonic_clock() -> None:
    span = start_span(T0, UTC)
    out = advance(span, T0, at(15_000, wall_extra=1_500), at(15_000).mono_ms, RULES, UTC)
    assert not out.jumped
    assert out.current.duration_ms == 15_000


def test_suspend_ends_the_span_at_its_last_heartbeat() -> None:
    span = start_span(T0, UTC)
    first = advance(span, T0, at(15_000), at(15_000).mono_ms, RULES, UTC).current
    # Eight hours of suspend: the wall clock runs, the monotonic clock does not.
    woke = Instant(at(15_000).wall_ms + 8 * 3_600_000, at(15_000).mono_ms + 10)
    out = advance(first, at(15_000), woke, woke.mono_ms, RULES, UTC)
    assert out.jumped
    assert out.finished == (first,)
    assert out.finished[0].end_ms == T0.wall_ms + 15_000
    assert out.current.start_ms == woke.wall_ms and out.current.duration_ms == 0


def test_clock_set_back_is_a_jump_and_never_negative_time() -> None:
    span = start_span(T0, UTC)
    back = Instant(T0.wall_ms - 3_600_000, T0.mono_ms + 15_000)
    out = advance(span, T0, back, back.mono_ms, RULES, UTC)
    assert out.jumped
    assert all(s.duration_ms >= 0 for s in (*out.finished, out.current))


def test_a_gap_longer_than_the_pulse_time_is_a_jump() -> None:
    assert RULES.pulse_ms == 45_000
    assert is_clock_jump(at(0), at(45_001), RULES)
    assert not is_clock_jump(at(0), at(45_000), RULES)


def test_going_idle_cuts_the_active_span_at_the_last_input() -> None:
    span = start_span(T0, UTC)
    last_input = at(20_000).mono_ms
    beats = [at(ms) for ms in range(15_000, 195_001, 15_000)]
    prev = T0
    for beat in beats[:-1]:
        out = advance(span, prev, beat, last_input, RULES, UTC)
        assert out.continues_current
        span, prev = out.current, beat
    out = advance(span, prev, at(200_000), last_input, RULES, UTC)
    (active,) = out.finished
    assert active.state is SpanState.ACTIVE and active.end_ms == T0.wall_ms + 20_000
    assert out.current.state is SpanState.IDLE
    assert out.current.start_ms == T0.wall_ms + 20_000 and out.current.end_ms == T0.wall_ms + 200_000


def test_coming_back_ends_the_idle_span_at_the_input_and_asks() -> None:
    idle = start_span(T0, UTC, SpanState.IDLE)
    out = advance(idle, T0, at(15_000), last_input_mono=at(10_000).mono_ms, rules=RULES, tz=UTC)
    assert out.idle_ended
    (finished,) = out.finished
    assert finished.state is SpanState.IDLE and finished.end_ms == T0.wall_ms + 10_000
    assert out.current.state is SpanState.ACTIVE
    assert (out.current.start_ms, out.current.end_ms) == (T0.wall_ms + 10_000, T0.wall_ms + 15_000)


def test_a_span_is_split_at_local_midnight() -> None:
    nairobi = ZoneInfo("Africa/Nairobi")  # UTC+3: local midnight is 21:00 UTC
    before = Instant(1_772_485_195_000, 0)  # 2026-03-02 20:59:55 UTC = 23:59:55 in Nairobi
    span = start_span(before, nairobi)
    assert span.day == date(2026, 3, 2)
    after = Instant(before.wall_ms + 15_000, 15_000)
    out = advance(span, before, after, after.mono_ms, RULES, nairobi)
    (old,) = out.finished
    assert old.end_ms == 1_772_485_200_000 and old.day == date(2026, 3, 2)
    assert out.current.start_ms == old.end_ms and out.current.day == date(2026, 3, 3)
    assert out.current.end_ms == after.wall_ms


def test_end_span_splits_a_long_manual_span_by_day() -> None:
    span = start_span(T0, UTC)
    pieces = end_span(span, T0.wall_ms + 2 * 86_400_000, UTC)
    assert [p.day for p in pieces] == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]
    assert sum(p.duration_ms for p in pieces) == 2 * 86_400_000
    assert all(local_day(p.start_ms, UTC) == p.day for p in pieces)


events = st.lists(
    st.tuples(
        st.sampled_from(["beat", "beat", "beat", "input", "suspend", "clock_back", "stall"]),
        st.integers(min_value=0, max_value=15_000),
    ),
    max_size=60,
)


@given(events, st.sampled_from(["UTC", "Africa/Nairobi", "America/Caracas", "Asia/Manila", "Europe/Paris"]))
def test_spans_are_contiguous_except_at_jumps_and_match_monotonic_time(
    script: list[tuple[str, int]], zone: str
) -> None:
    """Property: spans never overlap; without a jump their total equals the monotonic time elapsed."""
    tz = ZoneInfo(zone)
    now = Instant(1_772_485_000_000, 0)
    span, prev, last_input = start_span(now, tz), now, 0
    spans: list[Span] = []
    jumps, counted_mono = 0, 0
    for kind, ms in script:
        if kind == "input":
            last_input = now.mono_ms
            continue
        if kind == "suspend":
            now = Instant(now.wall_ms + 3_600_000 + ms, now.mono_ms + ms % 100)
        elif kind == "clock_back":
            now = Instant(now.wall_ms - 600_000, now.mono_ms + ms)
        elif kind == "stall":
            now = Instant(now.wall_ms + 60_000 + ms, now.mono_ms + 60_000 + ms)
        else:
            now = Instant(now.wall_ms + ms, now.mono_ms + ms)
        out = advance(span, prev, now, last_input, RULES, tz)
        if out.jumped:
            jumps += 1
        else:
            counted_mono += now.mono_ms - prev.mono_ms
        spans.extend(out.finished)
        span, prev = out.current, now
    spans.append(span)
    assert all(s.end_ms >= s.start_ms for s in spans)
    assert all(local_day(s.start_ms, tz) == s.day for s in spans if s.end_ms > s.start_ms)
    assert sum(s.duration_ms for s in spans) == counted_mono
    for a, b in itertools.pairwise(spans):
        assert b.start_ms >= a.end_ms  # ordered, never overlapping
        if not jumps:
            assert b.start_ms == a.end_ms  # and contiguous while the clocks agree
