"""The manual timer: off-app work on web platforms, started and stopped by the member (also from the command
line, across processes), so it is measured on the wall clock between the two commands. Refused while
another manual timer or the desktop app's live timer runs. :class:`~coopclient.services.timer.TimerService`
holds one and answers for it.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from coopclient.core.categories import Category
from coopclient.core.clock import Clock, Instant, local_day
from coopclient.core.ids import IdSource
from coopclient.core.timer import Span, SpanState, TimerRules, end_span
from coopclient.services.timer_records import TimerError, bridged, gap_to, hhmm, not_before_last_span, open_session
from coopclient.storage.timing import SessionRow, SpanRow, TimingRepo


class ManualTimer:
    """Starts, reads and stops the one manual session, each in one transaction."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        repo: TimingRepo,
        clock: Clock,
        ids: IdSource,
        rules: Callable[[], TimerRules],
        session_gap_ms: Callable[[], int],
    ) -> None:
        """``rules`` and ``session_gap_ms`` read the timer's settings in force (they change at run time)."""
        self._db = db
        self._repo = repo
        self._clock = clock
        self._ids = ids
        self._rules = rules
        self._session_gap_ms = session_gap_ms

    def start(self, category: Category, platform: str | None, note: str | None = None) -> SessionRow:
        """Start timing off-app work. Refused while another manual timer or the app's timer runs."""
        now = not_before_last_span(self._repo, self._clock.now())
        for session in self._repo.open_sessions():
            if session.manual:
                raise TimerError(
                    f"a manual timer is already running ({session.category}, since "
                    f"{hhmm(session.started_ms, self._clock)}); stop it first"
                )
            if now.wall_ms - session.last_heartbeat_ms <= self._rules().pulse_ms:
                raise TimerError("the desktop app is timing task work right now; stop it there first")
        session = open_session(self._clock, self._ids(), True, platform, category, now.wall_ms, note)
        with self._db.atomic():
            self._repo.insert_session(session)
            row = SpanRow(
                0,
                session.id,
                1,
                SpanState.ACTIVE.value,
                category.value,
                None,
                None,
                platform,
                local_day(now.wall_ms, self._clock.tz).isoformat(),
                now.wall_ms,
                now.wall_ms,
                None,
                0,
            )
            gap = gap_to(self._repo, now.wall_ms)
            self._repo.insert_span(row, gap, bridged(category, gap, self._session_gap_ms()))
        return session

    def status(self) -> SessionRow | None:
        """The running manual timer, if any."""
        sessions = self._repo.open_sessions(manual=True)
        return sessions[0] if sessions else None

    def stop(self) -> tuple[SessionRow, int]:
        """Stop the manual timer at now; returns the session and the milliseconds recorded."""
        session = self.status()
        if session is None:
            raise TimerError("no manual timer is running")
        now = self._clock.now()
        first_row = self._repo.spans(session.id)[0]
        span = Span(
            SpanState.ACTIVE,
            session.started_ms,
            session.started_ms,
            Instant(session.started_ms, 0),
            local_day(session.started_ms, self._clock.tz),
        )
        # A wall clock set back below the start records nothing rather than negative time.
        pieces = end_span(span, max(now.wall_ms, session.started_ms), self._clock.tz)
        with self._db.atomic():
            self._repo.set_span_end(first_row.id, pieces[0].end_ms)
            for seq, piece in enumerate(pieces[1:], start=2):
                row = SpanRow(
                    0,
                    session.id,
                    seq,
                    SpanState.ACTIVE.value,
                    session.category,
                    None,
                    None,
                    session.platform,
                    piece.day.isoformat(),
                    piece.start_ms,
                    piece.end_ms,
                    None,
                    0,
                )
                self._repo.insert_span(row, 0, 0)
            self._repo.close_session(session.id, pieces[-1].end_ms, "user")
        return session, pieces[-1].end_ms - session.started_ms
