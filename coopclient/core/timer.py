"""The rules of the work timer, as pure functions over clock readings.

A running timer has one open *span* (active or idle). Every heartbeat moves the span's end forward by the
*monotonic* time elapsed, as ActivityWatch merges heartbeats. The rules here decide, for one heartbeat,
which spans end and which span is open afterwards:

* a wall-clock jump (suspend, clock change) or a gap longer than the pulse time ends the span at its last
  heartbeat; a fresh span starts at the new reading, so unverifiable time is never paid;
* after the idle threshold without input, the active span is cut at the last input and an *idle* span holds
  the rest: it is set aside for the member's decision (keep, discard or move to a category);
* input after an idle stretch ends the idle span at that input and opens a new active span;
* a span never crosses local midnight: it is split there, so every span belongs to exactly one day.

The caller (the timer service) writes the result in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo
from enum import StrEnum

from coopclient.core.clock import Instant, local_day, next_midnight_ms


class SpanState(StrEnum):
    """Whether the member was active during a span or idle."""

    ACTIVE = "active"
    IDLE = "idle"


class IdleDecision(StrEnum):
    """What the member decided about an idle stretch. Pending idle time is never paid."""

    PENDING = "pending"
    KEEP = "keep"
    DISCARD = "discard"
    REASSIGN = "reassign"


@dataclass(frozen=True, slots=True)
class TimerRules:
    """The timer's parameters, in milliseconds.

    ``heartbeat_ms`` is how often the running timer writes durably (the issue caps it at 15 s); the pulse
    time (ActivityWatch's rule: twice the interval plus 15 s) is the longest gap a span may bridge.
    """

    heartbeat_ms: int = 15_000
    idle_threshold_ms: int = 180_000
    jump_tolerance_ms: int = 2_000

    @property
    def pulse_ms(self) -> int:
        """The longest gap between two heartbeats that still continues the same span."""
        return 2 * self.heartbeat_ms + 15_000


@dataclass(frozen=True, slots=True)
class Span:
    """A span as the timer sees it.

    ``anchor`` is a clock reading at a known wall time inside the span; the span's end is always computed as
    ``anchor.wall_ms + (mono_now - anchor.mono_ms)`` so durations come from the monotonic clock.
    """

    state: SpanState
    start_ms: int
    end_ms: int
    anchor: Instant
    day: date

    @property
    def duration_ms(self) -> int:
        """The span's length."""
        return self.end_ms - self.start_ms

    def wall_at(self, mono_ms: int) -> int:
        """The wall time, on this span's timeline, of a monotonic reading (never before the start)."""
        return max(self.start_ms, self.anchor.wall_ms + (mono_ms - self.anchor.mono_ms))


@dataclass(frozen=True, slots=True)
class Advance:
    """The outcome of one heartbeat.

    Attributes:
        finished: spans that ended, in time order. When not empty, the first one is the span that was open
            before the heartbeat (same start), with its final end; the others are new, already closed.
        current: the span open after the heartbeat (the same span extended, or a new one).
        idle_ended: an idle stretch just ended because the member came back: ask for a decision.
        jumped: the clocks disagreed (suspend, clock change): the time between was not counted.
    """

    finished: tuple[Span, ...]
    current: Span
    idle_ended: bool = False
    jumped: bool = False

    @property
    def continues_current(self) -> bool:
        """Whether ``current`` is the same span that was open before (only extended)."""
        return not self.finished


def start_span(now: Instant, tz: tzinfo, state: SpanState = SpanState.ACTIVE) -> Span:
    """A new span starting at a clock reading."""
    return Span(state, now.wall_ms, now.wall_ms, now, local_day(now.wall_ms, tz))


def is_clock_jump(prev: Instant, now: Instant, rules: TimerRules) -> bool:
    """Whether the clocks moved inconsistently between two readings, or too much time passed unseen.

    Linux's monotonic clock stops during suspend, so a suspend shows up as the wall clock running ahead; a
    clock change moves the wall clock alone; a frozen process shows a gap beyond the pulse time.
    """
    d_wall = now.wall_ms - prev.wall_ms
    d_mono = now.mono_ms - prev.mono_ms
    if d_mono < 0 or d_mono > rules.pulse_ms:
        return True
    return abs(d_wall - d_mono) > rules.jump_tolerance_ms


def advance(span: Span, prev: Instant, now: Instant, last_input_mono: int, rules: TimerRules, tz: tzinfo) -> Advance:
    """Apply one heartbeat to the open span.

    Args:
        span: the open span, as of the previous heartbeat ``prev``.
        prev: the clock reading of the previous heartbeat (or of the span's start).
        now: the clock reading of this heartbeat.
        last_input_mono: monotonic time of the member's last keyboard or mouse input.
        rules: the timer's parameters.
        tz: the member's zone, for splitting at midnight.
    """
    idle_now = now.mono_ms - last_input_mono >= rules.idle_threshold_ms
    if is_clock_jump(prev, now, rules):
        state = SpanState.IDLE if idle_now else SpanState.ACTIVE
        # A clock set back must not start a span inside time already recorded: spans never overlap.
        fresh = start_span(Instant(max(now.wall_ms, span.end_ms), now.mono_ms), tz, state)
        return Advance((span,), fresh, idle_ended=span.state is SpanState.IDLE, jumped=True)
    finished: list[Span] = []
    current, idle_ended = _change_state(span, now, idle_now, last_input_mono, tz, finished)
    current = _extend(current, current.wall_at(now.mono_ms), tz, finished)
    return Advance(tuple(finished), current, idle_ended=idle_ended)


def _change_state(
    span: Span, now: Instant, idle_now: bool, last_input_mono: int, tz: tzinfo, finished: list[Span]
) -> tuple[Span, bool]:
    """Cut the span at the member's last input when they went idle or came back.

    Returns the span open after the cut (or ``span`` unchanged) and whether an idle stretch ended.
    """
    going_idle = span.state is SpanState.ACTIVE and idle_now
    coming_back = span.state is SpanState.IDLE and not idle_now
    if not (going_idle or coming_back):
        return span, False
    cut = min(span.wall_at(last_input_mono), span.wall_at(now.mono_ms))
    finished.append(_extend(span, cut, tz, finished))
    anchor = Instant(cut, span.anchor.mono_ms + (cut - span.anchor.wall_ms))
    new_state = SpanState.IDLE if going_idle else SpanState.ACTIVE
    return Span(new_state, cut, cut, anchor, local_day(cut, tz)), coming_back


def _extend(span: Span, end_ms: int, tz: tzinfo, finished: list[Span]) -> Span:
    """Move a span's end to ``end_ms``, splitting it at each local midnight it crosses.

    Pieces before a midnight are closed and appended to ``finished``; the last piece is returned open.
    """
    current = replace(span, end_ms=max(end_ms, span.start_ms))
    while True:
        midnight = next_midnight_ms(current.day, tz)
        if current.end_ms <= midnight:
            return current
        finished.append(replace(current, end_ms=midnight))
        anchor = Instant(midnight, current.anchor.mono_ms + (midnight - current.anchor.wall_ms))
        current = Span(current.state, midnight, current.end_ms, anchor, current.day + timedelta(days=1))


def end_span(span: Span, end_ms: int, tz: tzinfo) -> tuple[Span, ...]:
    """A span ended at ``end_ms``, as one piece per local day (the first piece keeps the span's start)."""
    finished: list[Span] = []
    last = _extend(span, end_ms, tz, finished)
    return (*finished, last)
