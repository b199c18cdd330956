"""What the work timer keeps and answers (:mod:`coopclient.services.timer`): its error, the live session's
in-memory state, what a heartbeat changed and the counted time read for the clocks; and the helpers the live
and the manual timer share to write sessions and spans (a session row, the gap to the last span and the part
of it session time bridges, a new session's readings after a clock set back).
"""

from __future__ import annotations

from dataclasses import dataclass

from coopclient.core.categories import Category
from coopclient.core.clock import Clock, Instant
from coopclient.core.timer import Span, SpanState
from coopclient.storage.timing import SessionRow, SpanRow, TimingRepo


class TimerError(RuntimeError):
    """A timer command that cannot be done now (e.g. a manual timer is already running)."""


@dataclass
class _Live:
    """The in-memory state of the running live session."""

    session_id: str
    span_id: int
    span: Span
    prev: Instant
    seq: int
    category: Category
    task_id: int | None
    project_id: int | None
    platform: str | None
    started_mono: int = 0


@dataclass(frozen=True)
class Beat:
    """What one heartbeat changed, for the UI to react to."""

    idle: bool
    idle_ended: bool
    jumped: bool


@dataclass(frozen=True)
class Recorded:
    """Counted time in the store, for the window's clocks, read together with the live state it goes with.

    Attributes:
        task_id: the task whose time ``task_ms`` is (None: no task).
        task_ms: the task's counted time in the store (active, plus idle kept), open span to its last beat.
        session_ms: the live session's counted time in the store, the same way (0 when none runs).
        live: the live session as it was when the sums were read (None when none ran).
        manual: the running manual timer, if any.
    """

    task_id: int | None
    task_ms: int
    session_ms: int
    live: _Live | None
    manual: SessionRow | None


def open_session(
    clock: Clock,
    session_id: str,
    manual: bool,
    platform: str | None,
    category: Category,
    at_ms: int,
    note: str | None = None,
) -> SessionRow:
    """A session row as it is when the timer starts (committed at once)."""
    tz = clock.tz_name
    return SessionRow(session_id, manual, platform, category.value, at_ms, tz, at_ms, None, None, "open", note)


def not_before_last_span(repo: TimingRepo, now: Instant) -> Instant:
    """Readings for a new session, moved after the last recorded span if the clock was set back."""
    last = repo.last_span_end()
    return now if last is None or now.wall_ms >= last else Instant(last, now.mono_ms)


def gap_to(repo: TimingRepo, start_ms: int) -> int | None:
    """The gap from the last recorded span to ``start_ms`` (None before the first span; never negative)."""
    last = repo.last_span_end()
    return None if last is None else max(0, start_ms - last)


def bridged(category: Category, gap: int | None, session_gap_ms: int) -> int:
    """The part of a gap counted in session time: gaps up to the session gap G, before session work."""
    if gap is None or gap <= 0 or gap > session_gap_ms or not category.in_session_time:
        return 0
    return gap


def counted(row: SpanRow) -> int:
    """A stored span's counted time: active, or idle that the member kept."""
    return row.end_ms - row.start_ms if row.state == SpanState.ACTIVE.value or row.idle_decision == "keep" else 0


def active_ms(span: Span) -> int:
    """An in-memory span's counted time (idle in memory is still pending: not counted)."""
    return span.duration_ms if span.state is SpanState.ACTIVE else 0


def hhmm(wall_ms: int, clock: Clock) -> str:
    """A wall-clock time as the member's local ``YYYY-MM-DD HH:MM``, for messages."""
    from datetime import datetime

    return datetime.fromtimestamp(wall_ms / 1000, tz=clock.tz).strftime("%Y-%m-%d %H:%M")
