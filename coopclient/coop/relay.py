"""Delivering the member's ledger entries from the durable outbox, and keeping the last verified checkpoint.

``SharingService.queue_due`` writes each signed entry as an outbox row (``kind = 'ledger_entry'``, ``target =
'ledger'``, payload ``{"body", "signature"}``) in the same transaction as its ``ledger_shares`` row. This relay
sends them in batches of up to 200:

- a batch is formed once and kept (``ledger_batches``, ``ledger_batch_rows``) with its ``Idempotency-Key``
  and the ``known_size`` it was sent with, so a retry after a lost answer is byte for byte the same request
  and the server returns the answer it stored instead of appending twice;
- rows are acked only after the answer's checkpoint is signed by the log key pinned at enrollment and a
  consistency proof shows it extends the checkpoint this device verified last (:class:`CheckpointTracker`);
  a checkpoint that fails either check leaves the rows queued and is reported as a warning;
- :class:`Unreachable` (no connection, 429, 5xx) is retried later with the platform relay's full-jitter
  backoff or the server's ``Retry-After``; other refusals (4xx) park the rows with the reason.

Each state change is one transaction, so a crash at any point loses nothing.

Database and network work never mix: a run hands every read and write of the store to the
:data:`~coopclient.core.lanes.DbCall` it is given (read the due rows → send, with no transaction open →
record the answer), so the app sends from a network thread while the store stays on its database lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import sqlite_utils

from coopclient.coop.ledger_client import LedgerClient, LedgerError
from coopclient.core.clock import Clock
from coopclient.core.ids import IdSource, random_ids
from coopclient.core.lanes import DbCall, inline
from coopclient.core.outbox_codec import CorruptPayload, decode_ledger
from coopclient.core.platform import AuthFailed, PlatformError, Rejected, Unreachable
from coopclient.protocol.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from coopclient.protocol.merkle import EMPTY_ROOT, verify_consistency
from coopclient.protocol.signing import b64, unb64
from coopclient.relays.backoff import delay_ms
from coopclient.storage.ledger import LedgerRepo
from coopclient.storage.ledger_shares import KEY_PREFIX as KEY_PREFIX  # re-exported: sharing and tests use them
from coopclient.storage.ledger_shares import SharesRepo
from coopclient.storage.outbox import LEDGER_KIND as LEDGER_KIND

LEDGER_TARGET = "ledger"
BATCH_MAX = 200
MAX_WAIT_MS = 86_400_000
REWRITTEN = "the ledger's history was rewritten"


class IntegrityWarning(LedgerError):
    """A check of what the ledger server showed failed: the message is the warning for the member."""


@dataclass(frozen=True)
class Verified:
    """The last checkpoint this device verified: its note (with any witness line), size and root."""

    note: str | None
    size: int
    root: bytes


class CheckpointTracker:
    """The last verified checkpoint (``ledger_state``) and the checks that move it forward.

    A checkpoint is accepted when it is signed by the pinned log key under the pinned origin and a
    consistency proof shows the tree extends the stored one. An older (smaller) checkpoint is accepted for
    checking an answer against if the stored one provably extends it, but never replaces the stored one.
    """

    def __init__(self, db: sqlite_utils.Database, origin: str, log_key: bytes) -> None:
        self._db = db
        self._ledger = LedgerRepo(db)
        self._origin = origin
        self._log_key = log_key

    def current(self) -> Verified:
        """The stored checkpoint (the empty tree before the first)."""
        row = self._ledger.checkpoint()
        if row is None or row.root is None:
            return Verified(None, 0, EMPTY_ROOT)
        return Verified(row.note, row.size, unb64(row.root))

    def open(self, note: str) -> Checkpoint:
        """The checkpoint in ``note`` if the pinned log key signed it; raises :class:`IntegrityWarning`."""
        try:
            return open_checkpoint(note, self._origin, self._log_key)
        except CheckpointError as exc:
            raise IntegrityWarning(
                f"the ledger's checkpoint is not signed by the log key pinned at enrollment ({exc})"
            ) from None

    def accept(
        self,
        note: str,
        client: LedgerClient,
        proof: list[bytes] | None = None,
        proof_from: int | None = None,
        *,
        db: DbCall = inline,
    ) -> Checkpoint:
        """Verify ``note`` against the stored checkpoint and store it if it is newer.

        Args:
            note: the signed note the server gave.
            client: asked for a consistency proof when ``proof`` is not one from the stored size.
            proof: a consistency proof the server sent along (from ``proof_from`` to the note's size).
            proof_from: the size ``proof`` starts from.
            db: runs the reads and writes of the stored checkpoint (the proof is fetched between them).

        Raises:
            IntegrityWarning: a bad signature, or a history that does not extend the stored one.
        """
        cp = self.open(note)
        old = db(self.current)
        if cp.size >= old.size:
            if proof is None or proof_from != old.size:
                proof = self._proof(client, old.size, cp.size)
            if not verify_consistency(old.size, cp.size, old.root, cp.root, proof):
                raise IntegrityWarning(self._rewritten(cp.size, old.size))
            if cp.size > old.size or old.note is None:
                db(lambda: self.store(note, cp))
        else:
            back = self._proof(client, cp.size, old.size)
            if not verify_consistency(cp.size, old.size, cp.root, old.root, back):
                raise IntegrityWarning(self._rewritten(cp.size, old.size))
        return cp

    def store(self, note: str, cp: Checkpoint) -> None:
        """Record ``note`` as the last verified checkpoint (one transaction)."""
        with self._db.atomic():
            self._ledger.store_checkpoint(note, cp.size, b64(cp.root))

    def _proof(self, client: LedgerClient, old: int, new: int) -> list[bytes]:
        if old == 0 or old == new:
            return []
        try:
            return client.consistency(old, new)
        except Rejected as exc:
            # A server that cannot prove its own history from a size it once signed has lost it.
            raise IntegrityWarning(f"{REWRITTEN}: it cannot prove size {new} extends size {old} ({exc})") from None

    def _rewritten(self, size: int, stored: int) -> str:
        return (
            f"{REWRITTEN}: its checkpoint of size {size} is not consistent with the one of size {stored} "
            "this device verified earlier (the stored checkpoint is kept)"
        )


@dataclass
class LedgerRelayReport:
    """What one run did; ``error`` is why it stopped early (the server unreachable, the key refused)."""

    sent: int = 0
    retrying: int = 0
    parked: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    seq: int
    entry_id: str
    item: dict[str, str] | None  # None: the payload no longer matches its checksum
    attempts: int
    acked: bool
    parked: bool


class LedgerRelay:
    """Sends queued ledger rows through one :class:`LedgerClient`.

    Args:
        db: the local store.
        clock: wall time decides what is due.
        client: the member's client of the ledger server.
        tracker: the last verified checkpoint.
        rng: floats in [0, 1) for the backoff jitter.
        batch_size: rows per request (the server takes up to 500).
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        client: LedgerClient,
        tracker: CheckpointTracker,
        rng: Callable[[], float],
        batch_size: int = BATCH_MAX,
        batch_keys: IdSource = random_ids,
    ) -> None:
        self._db = db
        self._shares = SharesRepo(db)
        self._batch_keys = batch_keys  # uuids: the server keys idempotent retries by them
        self._clock = clock
        self._client = client
        self._tracker = tracker
        self._rng = rng
        self._batch_size = batch_size

    def run_once(self, *, db: DbCall = inline) -> LedgerRelayReport:
        """Send every due row once, batch by batch, oldest first; stop at the first failure to reach it.

        Every database step runs through ``db``, never while a request is in flight.
        """
        report = LedgerRelayReport()
        while (batch := db(self._next_batch)) is not None:
            if not self._send(*batch, report, db):
                break
        return report

    # -- forming batches ---------------------------------------------------------------------------

    def _next_batch(self) -> tuple[str, int] | None:
        """The oldest open batch if it is due; otherwise a new batch of due rows; None when nothing is due."""
        now = self._clock.now().wall_ms
        while True:
            row = self._shares.oldest_open_batch()
            if row is None:
                break
            key, known_size, next_ms = row
            if next_ms is None:  # every row acked or parked: nothing left to send in it
                self._finish(key, now)
                continue
            return (key, known_size) if next_ms <= now else None
        return self._new_batch(now)

    def _new_batch(self, now: int) -> tuple[str, int] | None:
        with self._db.atomic():
            seqs = self._shares.due_unbatched(now, self._batch_size)
            if not seqs:
                return None
            key, known_size = self._batch_keys(), self._tracker.current().size
            self._shares.add_batch(key, known_size, now, seqs)
        return key, known_size

    def _rows(self, key: str) -> list[_Row]:
        rows = self._shares.batch_rows(key)
        return [
            _Row(seq, ikey.removeprefix(KEY_PREFIX), _item(payload, sha), attempts, acked is not None, bool(parked))
            for seq, ikey, payload, sha, attempts, acked, parked in rows
        ]

    # -- sending -----------------------------------------------------------------------------------

    def _send(self, key: str, known_size: int, report: LedgerRelayReport, db: DbCall) -> bool:
        """Send one batch; False when the run should stop. The request goes with no database work open."""
        rows = db(lambda: self._rows(key))
        live = [r for r in rows if not r.acked and not r.parked]
        if any(r.item is None for r in rows):
            db(lambda: self._split_corrupt(key, rows, report))
            return True
        try:
            answer = self._client.append([r.item for r in rows if r.item], key, known_size)
        except Unreachable as exc:
            db(partial(self._retry, live, str(exc), exc.retry_after_s, report))
            return False
        except AuthFailed as exc:
            db(partial(self._note, live, str(exc)))
            report.error = f"the ledger server refused your key: {exc}"
            return False
        except Rejected as exc:
            return db(partial(self._refused, key, live, exc, report))
        except PlatformError as exc:  # an answer outside the protocol: try again later
            db(partial(self._retry, live, str(exc), None, report))
            return False
        try:
            cp = self._tracker.accept(answer.checkpoint, self._client, answer.consistency, known_size, db=db)
        except IntegrityWarning as exc:
            db(partial(self._retry, live, str(exc), None, report))
            report.warnings.append(str(exc))
            return False
        except PlatformError as exc:
            db(partial(self._retry, live, str(exc), None, report))
            return False
        db(lambda: self._settle(key, live, answer.results, cp.size, report))
        return True

    def _refused(self, key: str, live: list[_Row], exc: Rejected, report: LedgerRelayReport) -> bool:
        """A 4xx for the whole batch: park its rows with the reason, except two cases that are not theirs."""
        text = str(exc)
        if exc.status == 422 and "known_size" in text:
            # The server's log is shorter than a checkpoint it signed for this device: its history was cut.
            warning = f"{REWRITTEN}: the server's log is shorter than the checkpoint this device verified ({text})"
            self._retry(live, warning, None, report)
            report.warnings.append(warning)
            return False
        if exc.status == 422 and "Idempotency-Key" in text:
            # The stored batch no longer matches what was sent under its key: send the rows again under a new
            # key (the server de-duplicates entries by id, so nothing is appended twice).
            self._rebatch(key)
            return True
        self._park(key, live, f"refused by the ledger server ({exc.status}): {text}", report)
        return True

    def _settle(
        self, key: str, live: list[_Row], results: list[dict[str, Any]], size: int, report: LedgerRelayReport
    ) -> None:
        """Ack what the server holds, park what it refused, in one transaction."""
        by_id = {str(r.get("entry_id")): r for r in results}
        now = self._clock.now().wall_ms
        missing: list[_Row] = []
        with self._db.atomic():
            for row in live:
                result = by_id.get(row.entry_id)
                status = result.get("status") if result else None
                if result is not None and status in ("accepted", "duplicate"):
                    index = result.get("leaf_index")
                    index = index if isinstance(index, int) and 0 <= index < size else None
                    self._ack(row, index, now)
                    report.sent += 1
                elif result is not None and status == "rejected":
                    reason = f"refused by the ledger server: {result.get('reason') or 'no reason given'}"
                    self._shares.park(row.seq, reason)
                    report.parked += 1
                else:
                    missing.append(row)
            if not missing:
                self._finish(key, now)
        if missing:
            self._retry(missing, "the ledger server's answer did not mention this entry", None, report)

    def _ack(self, row: _Row, index: int | None, now: int) -> None:
        self._shares.ack(row.seq, row.entry_id, index, now)

    def _retry(self, rows: list[_Row], error: str, retry_after_s: float | None, report: LedgerRelayReport) -> None:
        now = self._clock.now().wall_ms
        with self._db.atomic():
            for row in rows:
                attempts = row.attempts + 1
                wait = (
                    min(int(retry_after_s * 1000), MAX_WAIT_MS)
                    if retry_after_s is not None
                    else delay_ms(attempts, rng=self._rng)
                )
                self._shares.retry_at(row.seq, attempts, now + wait, error)
        report.retrying += len(rows)
        report.error = error

    def _note(self, rows: list[_Row], error: str) -> None:
        with self._db.atomic():
            for row in rows:
                self._shares.note_error(row.seq, error)

    def _park(self, key: str, rows: list[_Row], reason: str, report: LedgerRelayReport) -> None:
        now = self._clock.now().wall_ms
        with self._db.atomic():
            for row in rows:
                self._shares.park(row.seq, reason)
            self._finish(key, now)
        report.parked += len(rows)

    def _split_corrupt(self, key: str, rows: list[_Row], report: LedgerRelayReport) -> None:
        """Park rows whose payload changed on disk; the others go again in a new batch."""
        corrupt = [r for r in rows if r.item is None and not r.acked]
        with self._db.atomic():
            for row in corrupt:
                self._shares.park(row.seq, "corrupt: the stored entry no longer matches its checksum")
            self._rebatch(key)
        report.parked += len(corrupt)

    def _rebatch(self, key: str) -> None:
        """Close a batch and free its rows for a new one (the server de-duplicates entries by id, so a batch it
        may already hold is safe to send again under a new key)."""
        with self._db.atomic():
            self._shares.free_batch(key, self._clock.now().wall_ms)

    def _finish(self, key: str, now: int) -> None:
        with self._db.atomic():
            self._shares.finish_batch(key, now)


def _item(payload: str, sha256: str) -> dict[str, str] | None:
    """The ``{"body", "signature"}`` an outbox row holds; None if it does not match its checksum or is malformed."""
    try:
        return decode_ledger(payload, sha256)
    except CorruptPayload:
        return None
