"""The outbox relay: delivers the member's results to their platforms, exactly once, one request at a time.

``ResultService`` writes an outbox row in the same transaction as each result version. The relay sends the
due rows in ``seq`` order and, for each, one of:

- delivered (or already there: the platform de-duplicates on ``unique_id``): ``acked_ms`` is set, and
  ``remote_id`` to the platform's annotation id when it tells it;
- an edit of a result whose earlier version was delivered: sent as an update of that annotation (a PATCH,
  idempotent by nature) when its id is known; otherwise, or for a skip after an answer, parked;
- :class:`Unreachable`: tried again later, after full-jitter backoff or the server's ``Retry-After``; within
  a run's time budget (:class:`~coopclient.relays.backoff.Budget`) the run waits for that and goes on, past it
  the rows stay due for the next run;
- :class:`Rejected` (4xx) or :class:`TaskGone`: parked with the reason shown to the member, never retried
  until they edit the result (a new version is a new row) or ask for it with :meth:`OutboxRelay.unpark`;
- :class:`AuthFailed`: the run stops for that account until the member gives a new token.

Rows of one result (same ``unique_id``) go in order; a row never sent, or parked, is superseded by a newer
version of its result. "Never sent" is known: ``attempts`` is counted up and committed *before* each request,
so a kill after the server stored a row but before its ack leaves ``attempts`` above 0 and the row is sent
again (answered 409, which the adapter turns into an update to the version being sent). Other results never
wait behind a failing one. Each row update is its own
transaction, so a crash mid-run loses nothing: at worst a row is sent again and the platform de-duplicates.

Database and network work never mix: every read and write goes through the :data:`DbCall` a run is given
(read the due rows → send, with no transaction open → record the answer), so the app can run the sends on a
network thread while the database stays on its own lane (``coopclient.core.lanes``).

What the relay reports and the reasons it gives are in :mod:`coopclient.relays.outbox_records`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

import sqlite_utils

from coopclient.core.clock import Clock
from coopclient.core.lanes import DbCall, inline
from coopclient.core.outbox_codec import key_range
from coopclient.core.platform import (
    AuthFailed,
    KeepsAnswers,
    PlatformAdapter,
    PlatformError,
    Rejected,
    ServerAnswer,
    Submission,
    TaskGone,
    Unreachable,
)
from coopclient.relays.backoff import MAX_WAIT_MS, Budget, delay_ms
from coopclient.relays.outbox_records import (
    _BAD_ID_PARKED,
    ALREADY_DELIVERED,
    ANNOTATION_GONE,
    CORRUPT,
    GONE,
    MAX_FAILURES_PER_RUN,
    NO_TASK,
    SUPERSEDED,
    DestinationStatus,
    OutboxEntry,
    RelayReport,
    _Answer,
    _Item,
    _Outcome,
    _Plan,
    _result_of,
    _submission,
    _text,
)
from coopclient.storage.outbox import OutboxRepo, VersionRow

# The relay's answers stay importable from here: the outbox dialog and the sync commands read them.
__all__ = ["DestinationStatus", "OutboxEntry", "OutboxRelay", "RelayReport"]

logger = logging.getLogger(__name__)


class OutboxRelay:
    """Delivers outbox rows through platform adapters.

    Args:
        db: the local store.
        adapters: the adapter for an account id (as text), doing any database reads through the given
            :data:`DbCall`; raising :class:`AuthFailed` if it has no token.
        clock: wall time decides what is due.
        rng: returns floats in [0, 1) for the backoff jitter, e.g. ``random.Random().random``.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        adapters: Callable[[str, DbCall], PlatformAdapter],
        clock: Clock,
        rng: Callable[[], float],
    ) -> None:
        self._outbox = OutboxRepo(db)
        self._adapters = adapters
        self._clock = clock
        self._rng = rng
        self._paused_until: dict[str, int] = {}  # account -> wall ms, from a Retry-After
        self._sending: tuple[int, str] | None = None
        self._repaired = False

    def run_once(
        self, max_items: int | None = None, *, db: DbCall = inline, budget: Budget | None = None
    ) -> RelayReport:
        """Send every due row, in ``seq`` order, sequentially; at most ``max_items`` rows are handled.

        Without a ``budget`` (or with an empty one) each row is tried once at most. Within one, the run waits
        until the next row is due again (a ``Retry-After``, a backoff delay) and goes on, as long as that wait
        fits; an account that refused the token is not waited for. Every database step runs through ``db``,
        never while a request is in flight.
        """
        report = RelayReport()
        if not self._repaired:
            db(self._repair_bad_ids)
            self._repaired = True
        handled = self._pass(max_items, 0, report, db)
        while budget is not None and (max_items is None or handled < max_items):
            due_ms = db(lambda: self._next_due_ms(report))
            if due_ms is None:
                break
            if not budget.pause(due_ms - self._clock.now().wall_ms):
                report.out_of_time = True
                break
            handled = self._pass(max_items, handled, report, db)
        return report

    def _pass(self, max_items: int | None, handled: int, report: RelayReport, db: DbCall) -> int:
        """One pass over the live rows, each due one sent once; returns the rows handled so far in the run."""
        waiting: set[str] = set()  # results whose earlier row is not delivered yet
        halted: set[str] = set(report.auth_failed)
        failures: Counter[str] = Counter()
        for item in db(lambda: self._live(report)):
            if max_items is not None and handled >= max_items:
                break
            now = self._clock.now().wall_ms
            key = item.submission.unique_id if item.submission else f"#{item.seq}"
            if key in waiting or not self._due(item, now, halted):
                waiting.add(key)
                continue
            handled += 1
            outcome = self._deliver(item, now, report, db)
            dest = item.destination or ""
            failures[dest] = failures[dest] + 1 if outcome is _Outcome.RETRY else 0
            if outcome is not _Outcome.DONE:
                waiting.add(key)
            if outcome is _Outcome.STOP or failures[dest] >= MAX_FAILURES_PER_RUN:
                halted.add(dest)
        return handled

    def _next_due_ms(self, report: RelayReport) -> int | None:
        """When the earliest row that may go next is due (wall ms); None when there is none.

        Only the oldest unsent version of each result may go next (the others wait behind it), and accounts
        that refused the token are left out: waiting will not bring a new token.
        """
        first: dict[str, int] = {}
        for row in self._outbox.due_keys():
            dest = _text(row.account_id)
            if dest is None or dest in report.auth_failed:
                continue
            first.setdefault(_result_of(row.key), max(row.next_attempt_ms, self._paused_until.get(dest, 0)))
        return min(first.values()) if first else None

    def unpark(self, seq: int) -> bool:
        """Try a parked row again at the next run; False if it is not parked."""
        return self._outbox.unpark(seq)

    def entries(self, include_done: bool = False) -> list[OutboxEntry]:
        """The outbox rows for display, oldest first: unfinished ones, or all."""
        now = self._clock.now().wall_ms
        return [
            OutboxEntry(
                r.seq,
                r.task_id,
                r.kind,
                r.destination,
                self._state(r.seq, r.parked, r.acked_ms, r.next_attempt_ms, r.last_error, now),
                r.attempts,
                r.next_attempt_ms,
                r.last_error,
            )
            for r in self._outbox.entries(include_done)
        ]

    def status(self) -> list[DestinationStatus]:
        """Per account: queued, sending, parked (with reasons), done and superseded rows."""
        parked: dict[str, list[tuple[int, str]]] = {}
        for entry in self.entries():
            if entry.state == "parked":
                parked.setdefault(entry.destination, []).append((entry.seq, entry.last_error or ""))
        result = []
        for row in self._outbox.destinations(SUPERSEDED):
            dest = row.destination
            sending = int(self._sending is not None and self._sending[1] == dest)
            reasons = tuple(parked.get(dest, ()))
            counts = (row.queued - sending, sending, row.parked, row.done, row.superseded)
            result.append(DestinationStatus(dest, row.platform, row.account, *counts, row.next_attempt_ms, reasons))
        return result

    # -- one row -------------------------------------------------------------------------------------

    def _deliver(self, item: _Item, now: int, report: RelayReport, db: DbCall) -> _Outcome:
        """One row: plan it (db) → send it (network, no transaction open) → record the answer (db)."""
        plan = db(lambda: self._plan(item, report))
        if isinstance(plan, _Outcome):
            return plan
        assert item.submission is not None and item.destination is not None  # _plan parked the others
        self._sending = (item.seq, item.destination)
        try:
            answer = self._send(item.destination, item.submission, plan, db)
        finally:
            self._sending = None
        return db(lambda: self._record(item, plan, answer, now, report))

    def _plan(self, item: _Item, report: RelayReport) -> _Plan | _Outcome:
        """Park what cannot be sent; otherwise whether to create or update the annotation (database only)."""
        if item.submission is None:
            return self._park(item, CORRUPT, report)
        if item.destination is None:
            return self._park(item, NO_TASK, report)
        delivered, remote_id = self._delivered_before(item.seq, item.submission.unique_id)
        if delivered and item.submission.cancelled:
            return self._park(item, ALREADY_DELIVERED, report)  # taking an answer back is the member's call
        # Committed before the request: from now on the row may be on the server, whatever happens next.
        self._update(item.seq, attempts=item.attempts + 1)
        # With no annotation id known, the row is posted: the server answers 409 and the adapter updates the
        # annotation that holds the earlier version.
        return _Plan(delivered, remote_id)

    def _send(self, destination: str, submission: Submission, plan: _Plan, db: DbCall) -> _Answer:
        """The request (network only); an error is returned, to be recorded in the database step."""
        adapter: PlatformAdapter | None = None
        try:
            adapter = self._adapters(destination, db)
            _answers(adapter)  # what the adapter heard before (a pull) is not this row's
            if plan.remote_id is not None:
                adapter.update(plan.remote_id, submission)
                return _Answer(plan.remote_id, server=_answers(adapter))
            return _Answer(adapter.submit(submission) or None, server=_answers(adapter))
        except Exception as exc:  # every error is an answer to record; a bug must not poison the queue
            return _Answer(error=exc, server=_answers(adapter))

    def _record(self, item: _Item, plan: _Plan, answer: _Answer, now: int, report: RelayReport) -> _Outcome:
        """Store what the server said about one row (database only)."""
        exc, dest = answer.error, item.destination or ""
        self._outbox.add_answers(item.seq, self._clock.now().wall_ms, answer.server, answer.remote_id)
        if exc is None:
            self._update(item.seq, acked_ms=self._clock.now().wall_ms, last_error=None, remote_id=answer.remote_id)
            report.delivered += 1
            report.settled(item.seq)
            report.unreachable.pop(dest, None)  # it answers again
            return _Outcome.DONE
        if isinstance(exc, AuthFailed):  # refused before anything was stored: the attempt does not count
            self._update(item.seq, attempts=item.attempts, last_error=str(exc))
            report.auth_failed[dest] = str(exc)
            return _Outcome.STOP
        if isinstance(exc, TaskGone):
            return self._park(item, ANNOTATION_GONE if plan.delivered_before else GONE, report)
        if isinstance(exc, Rejected):
            return self._park(item, f"refused by the server ({exc.status}): {exc}", report)
        if isinstance(exc, Unreachable):
            return self._retry(item, now, str(exc), exc.retry_after_s, report)
        if isinstance(exc, PlatformError):
            return self._retry(item, now, str(exc), None, report)
        logger.error("outbox row %d: unexpected error while sending", item.seq, exc_info=exc)
        return self._retry(item, now, f"unexpected error ({type(exc).__name__})", None, report)

    def _retry(self, item: _Item, now: int, error: str, retry_after_s: float | None, report: RelayReport) -> _Outcome:
        attempts = item.attempts + 1
        if retry_after_s is not None:
            wait = min(int(retry_after_s * 1000), MAX_WAIT_MS)
            self._paused_until[item.destination or ""] = now + wait
        else:
            wait = delay_ms(attempts, rng=self._rng)
        self._update(item.seq, attempts=attempts, next_attempt_ms=now + wait, last_error=error)
        if item.seq not in report.retried:  # a row retried twice within a budget waits once
            report.retried.add(item.seq)
            report.retrying += 1
        report.unreachable[item.destination or ""] = error
        return _Outcome.STOP if retry_after_s is not None else _Outcome.RETRY

    def _park(self, item: _Item, reason: str, report: RelayReport) -> _Outcome:
        self._update(item.seq, parked=1, last_error=reason)
        report.parked += 1
        report.settled(item.seq)
        return _Outcome.DONE

    def _repair_bad_ids(self) -> None:
        """Forget annotation ids that are not numbers and send again the rows parked because of one."""
        self._outbox.forget_bad_remote_ids(_BAD_ID_PARKED)

    def _update(self, seq: int, **values: Any) -> None:
        """Change one row, in its own transaction."""
        self._outbox.update(seq, **values)

    # -- reading -------------------------------------------------------------------------------------

    def _live(self, report: RelayReport) -> list[_Item]:
        """Unacked, unparked rows in ``seq`` order, after retiring the versions a newer one supersedes."""
        live = []
        for row in self._outbox.pending():
            submission = _submission(row)
            item = _Item(row.seq, row.attempts, row.next_attempt_ms, row.parked, submission, _text(row.account_id))
            if submission and (row.parked or not row.attempts) and self._newer_version(row.seq, submission.unique_id):
                self._update(row.seq, acked_ms=self._clock.now().wall_ms, last_error=SUPERSEDED)
                report.superseded += 1
            elif not row.parked:
                live.append(item)
        return live

    def _versions(self, unique_id: str) -> list[VersionRow]:
        """The rows of one result, oldest first (their keys share the result's prefix, ``outbox_codec``)."""
        return self._outbox.versions(*key_range(unique_id))

    def _newer_version(self, seq: int, unique_id: str) -> bool:
        return any(v.seq > seq for v in self._versions(unique_id))

    def _delivered_before(self, seq: int, unique_id: str) -> tuple[bool, str | None]:
        """Whether an earlier version of the result reached the platform, and the annotation id it got there.

        Every delivered version of a result is the same annotation (an edit updates it), so the latest known
        id is the one.
        """
        delivered = [
            v.remote_id
            for v in self._versions(unique_id)
            if v.seq < seq and v.acked_ms is not None and v.last_error != SUPERSEDED
        ]
        known = [remote for remote in delivered if remote]
        return bool(delivered), (known[-1] if known else None)

    def _due(self, item: _Item, now: int, halted: set[str]) -> bool:
        dest = item.destination or ""
        return dest not in halted and item.next_attempt_ms <= now and self._paused_until.get(dest, 0) <= now

    def _state(self, seq: int, parked: bool, acked: int | None, next_ms: int, error: str | None, now: int) -> str:
        if acked is not None:
            return "superseded" if error == SUPERSEDED else "done"
        if parked:
            return "parked"
        if self._sending is not None and self._sending[0] == seq:
            return "sending"
        return "waiting" if next_ms > now else "queued"


def _answers(adapter: PlatformAdapter | None) -> list[ServerAnswer]:
    """The answers the adapter kept since last asked (none when it keeps none)."""
    return adapter.take_answers() if isinstance(adapter, KeepsAnswers) else []
