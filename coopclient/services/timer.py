"""The work timer as a service: runs the core's rules and writes each heartbeat in one transaction.

Two kinds of sessions:

* **live** sessions, driven by the desktop app: heartbeats every ``rules.heartbeat_ms`` extend the open
  span in place; durations come from the monotonic clock; a crash loses at most one heartbeat interval,
  because :meth:`TimerService.recover` closes a left-open session at its last durable heartbeat;
* **manual** sessions, for off-app work on web platforms: started and stopped by the member (also from the
  command line, across processes), so they are measured on the wall clock between the two commands.

Threads. In the app the GUI thread reads the live timer (is it running, which task, how long idle) and notes
input, while the database lane writes heartbeats; a settings change may replace the rules from either. The
in-memory state is therefore **guarded by a lock**, chosen over "one thread only" because the GUI needs its
answers at once and must never queue behind a heartbeat's disk write. The lock covers only reading or
replacing references (the live session, the last input, the rules), never disk work, so no thread waits on
disk for it. The live session is an immutable-in-practice snapshot: a change (start, focus, heartbeat, stop)
works on a copy and publishes it only after its transaction committed, so a reader never sees a half-made
change and a failed write leaves memory as durable as the store. Those changes are serialised among
themselves by a second lock, which only database work takes. Each reader takes the snapshot once (reading
``_live`` twice, as ``current_task`` once did, could see it vanish in between).

The manual timer is :class:`~coopclient.services.timer_manual.ManualTimer`, held by the service; what both
timers keep and the helpers they share to write spans are in :mod:`coopclient.services.timer_records`.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import sqlite_utils

from coopclient.core.categories import Category
from coopclient.core.clock import Clock, Instant, local_day
from coopclient.core.ids import IdSource
from coopclient.core.timer import Advance, IdleDecision, Span, SpanState, TimerRules, advance, start_span
from coopclient.services.timer_manual import ManualTimer
from coopclient.services.timer_records import (
    Beat,
    Recorded,
    TimerError,
    _Live,
    active_ms,
    bridged,
    counted,
    gap_to,
    not_before_last_span,
    open_session,
)
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.timing import SessionRow, SpanRow, TimingRepo

__all__ = ["Beat", "Recorded", "SessionRow", "SpanRow", "TimerError", "TimerService"]  # the rows it returns, for the UI


class TimerService:
    """Times the member's work. One live session at a time."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        ids: IdSource,
        rules: TimerRules | None = None,
        session_gap_ms: int = 60_000,
    ) -> None:
        self._db = db
        self._repo = TimingRepo(db)
        self._catalog = CatalogRepo(db)
        self._clock = clock
        self._ids = ids
        self._gap_ms = session_gap_ms
        self._state = threading.Lock()  # guards the three references below; never held during disk work
        self._rules = rules or TimerRules()
        self._live: _Live | None = None  # a snapshot, replaced whole after each committed change
        self._last_input_mono = clock.now().mono_ms
        self._writing = threading.RLock()  # serialises changes of the live session (database work only)
        self._manual = ManualTimer(db, self._repo, clock, ids, lambda: self.rules, lambda: self.session_gap_ms)

    # -- shared state ------------------------------------------------------------------------------

    @property
    def rules(self) -> TimerRules:
        """The rules in force (the next heartbeat uses them)."""
        with self._state:
            return self._rules

    def set_rules(self, rules: TimerRules, session_gap_ms: int | None = None) -> None:
        """Replace the rules (and the session gap, when given: a setting changed); safe from any thread, in
        force from the next heartbeat.

        A heartbeat already under way finishes with the rules it started with.
        """
        with self._state:
            self._rules = rules
            if session_gap_ms is not None:
                self._gap_ms = session_gap_ms

    def _snapshot(self) -> _Live | None:
        with self._state:
            return self._live

    def _publish(self, live: _Live | None) -> None:
        with self._state:
            self._live = live

    @property
    def session_gap_ms(self) -> int:
        """The longest gap between work that session time bridges."""
        with self._state:
            return self._gap_ms

    # -- crash recovery ---------------------------------------------------------------------------

    def recover(self) -> list[SessionRow]:
        """Close live sessions a crash left open, at their last durable heartbeat; flag them.

        Never extends a session to "now" and never drops it: the member confirms recovered spans once.
        """
        recovered = []
        with self._db.atomic():
            for session in self._repo.open_sessions(manual=False):
                self._repo.close_session(session.id, session.last_heartbeat_ms, "crash_recovered", "recovered")
                self._repo.mark_recovered(session.id)
                recovered.append(session)
        return recovered

    def unconfirmed_recovered(self) -> list[SpanRow]:
        """Spans closed by crash recovery that the member has not confirmed yet."""
        return self._repo.unconfirmed_recovered()

    def confirm_recovered(self, span_ids: list[int], keep: bool = True) -> None:
        """The member saw the recovered spans: keep them, or discard them (as idle time discarded)."""
        with self._db.atomic():
            if not keep:
                self._repo.discard(span_ids)
            self._repo.confirm_recovered(span_ids)

    # -- the live timer ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a live session is open in this process (memory only: safe on the GUI thread)."""
        return self._snapshot() is not None

    def session_ms(self) -> int | None:
        """Time since the live session started (memory only: safe on the GUI thread), or None."""
        live = self._snapshot()
        return None if live is None else self._clock.now().mono_ms - live.started_mono

    def recorded(self, task_id: int | None) -> Recorded:
        """The counted time of a task and of the live session in the store, with the live state it goes with.

        The clocks show this plus :meth:`gained_ms`, so they show what the store holds (and what is paid),
        never a separate count that drifts from it. Database work: call it on the database lane.
        """
        with self._writing:  # no heartbeat between the sums and the snapshot they go with
            live = self._snapshot()
            task_ms = self._repo.task_active_ms(task_id) if task_id is not None else 0
            session_ms = sum(counted(s) for s in self._repo.spans(live.session_id)) if live is not None else 0
            return Recorded(task_id, task_ms, session_ms, live, self.manual_status())

    def gained_ms(self, recorded: Recorded) -> int:
        """Counted time the open span gained since ``recorded`` was read: what a heartbeat now would add.

        Memory only (safe on the GUI thread). It runs the heartbeat's own rules on the snapshot read with the
        sums, so a member gone idle stops gaining at their last input, and idle time pending a decision
        never counts, exactly as the store will have it.
        """
        live = recorded.live
        if live is None:
            return 0
        now = self._clock.now()
        with self._state:
            last_input, rules = self._last_input_mono, self._rules
        outcome = advance(live.span, live.prev, now, last_input, rules, self._clock.tz)
        pieces = (*outcome.finished, outcome.current)
        return max(0, sum(active_ms(p) for p in pieces) - active_ms(live.span))

    @property
    def current_task(self) -> int | None:
        """The task being timed, if any (memory only: safe on the GUI thread)."""
        live = self._snapshot()
        return None if live is None else live.task_id

    def idle_ms(self) -> int:
        """How long since the member's last input (reads memory only: safe on the GUI thread)."""
        now = self._clock.now().mono_ms
        with self._state:
            return now - self._last_input_mono

    @property
    def is_idle(self) -> bool:
        """Whether the member has been away longer than the idle threshold."""
        return self.idle_ms() >= self.rules.idle_threshold_ms

    def input_seen(self) -> None:
        """The member pressed a key or moved the mouse in the window."""
        now = self._clock.now().mono_ms
        with self._state:
            self._last_input_mono = now

    def start(
        self, task_id: int | None = None, category: Category = Category.ANNOTATING, platform: str | None = None
    ) -> str:
        """Start a live session (committed at once, so a crash right after still keeps it)."""
        with self._writing:
            return self._start(task_id, category, platform)

    def _start(self, task_id: int | None, category: Category, platform: str | None) -> str:
        if self._snapshot() is not None:
            raise TimerError("the timer is already running")
        now = not_before_last_span(self._repo, self._clock.now())
        with self._state:
            self._last_input_mono = now.mono_ms
        session_id = self._ids()
        project_id, task_platform = self._task_context(task_id)
        platform = platform or task_platform
        with self._db.atomic():
            gap = gap_to(self._repo, now.wall_ms)
            self._repo.insert_session(open_session(self._clock, session_id, False, platform, category, now.wall_ms))
            live = _Live(
                session_id,
                0,
                start_span(now, self._clock.tz),
                now,
                0,
                category,
                task_id,
                project_id,
                platform,
                now.mono_ms,
            )
            live.span_id = self._insert(live, live.span, gap_before=gap)
        self._publish(live)
        return session_id

    def focus_task(self, task_id: int | None, category: Category = Category.ANNOTATING) -> None:
        """The member now works on another task (or none): end the current span, open one for it."""
        with self._writing:
            current = self._snapshot()
            if current is None:
                self._start(task_id, category, None)
                return
            if current.task_id == task_id and current.category is category:
                return
            self.input_seen()
            now = self._clock.now()
            live = replace(current)  # changed in memory only once the transaction committed
            with self._db.atomic():
                self._beat(live, now)
                cut = live.span.end_ms
                project_id, platform = self._task_context(task_id)
                live.task_id, live.category, live.project_id = task_id, category, project_id
                live.platform = platform or live.platform
                live.span = Span(SpanState.ACTIVE, cut, cut, Instant(cut, now.mono_ms), local_day(cut, self._clock.tz))
                live.span_id = self._insert(live, live.span, gap_before=0)
            self._publish(live)

    def heartbeat(self) -> Beat:
        """Extend the open span to now, durably. Call at least every ``rules.heartbeat_ms``."""
        with self._writing:
            live = replace(self._require_live())
            now = self._clock.now()
            with self._db.atomic():
                outcome = self._beat(live, now)
            self._publish(live)
        return Beat(live.span.state is SpanState.IDLE, outcome.idle_ended, outcome.jumped)

    def stop(self, reason: str = "user") -> str:
        """End the live session at now; returns its id."""
        with self._writing:
            live = replace(self._require_live())
            now = self._clock.now()
            with self._db.atomic():
                self._beat(live, now)
                self._drop_if_empty(live.span_id, live.span)
                self._repo.close_session(live.session_id, live.span.end_ms, reason)
            self._publish(None)
        return live.session_id

    def _beat(self, live: _Live, now: Instant) -> Advance:
        """Advance ``live`` (a copy: the caller publishes it after the commit) to ``now``, in the store too."""
        with self._state:  # one consistent reading of the input time and the rules for this beat
            last_input, rules = self._last_input_mono, self._rules
        outcome = advance(live.span, live.prev, now, last_input, rules, self._clock.tz)
        if outcome.continues_current:
            self._repo.set_span_end(live.span_id, outcome.current.end_ms)
        else:
            first, *rest = outcome.finished
            self._repo.set_span_end(live.span_id, first.end_ms)
            self._drop_if_empty(live.span_id, first)
            for piece in rest:
                self._insert(live, piece, gap_before=0)
            gap = outcome.current.start_ms - outcome.finished[-1].end_ms
            live.span_id = self._insert(live, outcome.current, gap_before=gap)
        live.span, live.prev = outcome.current, now
        self._repo.heartbeat(live.session_id, outcome.current.end_ms)
        return outcome

    def _insert(self, live: _Live, span: Span, gap_before: int | None) -> int:
        live.seq += 1
        idle = span.state is SpanState.IDLE
        row = SpanRow(
            0,
            live.session_id,
            live.seq,
            span.state.value,
            live.category.value,
            live.task_id,
            live.project_id,
            live.platform,
            span.day.isoformat(),
            span.start_ms,
            span.end_ms,
            IdleDecision.PENDING.value if idle else None,
            0,
        )
        return self._repo.insert_span(row, gap_before, bridged(live.category, gap_before, self.session_gap_ms))

    def _drop_if_empty(self, span_id: int, span: Span) -> None:
        if span.end_ms == span.start_ms:
            self._repo.delete_span(span_id)

    def _require_live(self) -> _Live:
        live = self._snapshot()
        if live is None:
            raise TimerError("the timer is not running")
        return live

    def _task_context(self, task_id: int | None) -> tuple[int | None, str | None]:
        """The project and platform of a task, for grouping its time."""
        if task_id is None:
            return None, None
        context = self._catalog.task_context(task_id)
        if context is None:
            raise TimerError(f"no task {task_id}")
        return context

    # -- idle decisions -----------------------------------------------------------------------------

    def pending_idle(self) -> list[SpanRow]:
        """Idle stretches waiting for the member's decision."""
        return self._repo.pending_idle()

    def decide_idle(self, span_ids: list[int], decision: IdleDecision, category: Category | None = None) -> int:
        """Keep, discard, or move idle spans to a category. One transaction; returns spans changed."""
        if decision is IdleDecision.PENDING:
            raise TimerError("choose keep, discard or reassign")
        if (decision is IdleDecision.REASSIGN) != (category is not None):
            raise TimerError("a category is needed to reassign idle time, and only then")
        with self._db.atomic():
            return self._repo.decide_idle(span_ids, decision.value, category.value if category else None)

    # -- the manual timer (its own class: off-app work, measured on the wall clock) ---------------------

    def start_manual(self, category: Category, platform: str | None, note: str | None = None) -> SessionRow:
        """Start timing off-app work. Refused while another manual timer or the app's timer runs."""
        return self._manual.start(category, platform, note)

    def manual_status(self) -> SessionRow | None:
        """The running manual timer, if any."""
        return self._manual.status()

    def stop_manual(self) -> tuple[SessionRow, int]:
        """Stop the manual timer at now; returns the session and the milliseconds recorded."""
        return self._manual.stop()
