"""SQL for what the member shares with the co-op ledger: the entries kept byte for byte (``ledger_shares``),
the per-day figures they are built from, and the batches their outbox rows are sent in.

A shared entry's outbox row has ``kind = 'ledger_entry'`` and the key ``ledger:<entry_id>``; the rows of a batch
go in one request under the batch's key. Callers hold the transaction (``db.atomic()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import sqlite_utils

from coopclient.storage.outbox import LEDGER_KIND

KEY_PREFIX = "ledger:"  # outbox.idempotency_key of a ledger row: "ledger:<entry_id>"


class ShareRow(NamedTuple):
    """An entry to keep as shared (``body``: the exact signed text)."""

    entry_id: str
    day: str
    platform: str
    task_kind: str
    kind: str
    body: str
    supersedes: str | None
    created_ms: int


class ShareToCheck(NamedTuple):
    """A sent entry to check against the ledger."""

    entry_id: str
    day: str
    platform: str
    task_kind: str
    body: str
    leaf_index: int | None


class SharedRow(NamedTuple):
    """An entry shared or queued, for the member's log."""

    entry_id: str
    day: str
    platform: str
    task_kind: str
    body: str
    sent_ms: int | None
    leaf_index: int | None
    verified: int


class LatestShare(NamedTuple):
    """The entry shared last for a cell (no other entry supersedes it)."""

    entry_id: str
    day: str
    platform: str
    task_kind: str
    body: str


class BatchRow(NamedTuple):
    """An outbox row of a batch."""

    seq: int
    key: str
    payload: str
    payload_sha256: str
    attempts: int
    acked_ms: int | None
    parked: int


class SharesRepo:
    """Shared entries, the figures behind them and their batches."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- shared entries ------------------------------------------------------------------------------

    def add(self, row: ShareRow) -> None:
        """Keep an entry as shared (its outbox row is written with it)."""
        self._db.execute(
            "INSERT INTO ledger_shares (entry_id, day, platform, task_kind, kind, body, supersedes, created_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            list(row),
        )

    def entry_ids(self) -> set[str]:
        """The id of every entry this app queued."""
        return {str(r[0]) for r in self._db.execute("SELECT entry_id FROM ledger_shares").fetchall()}

    def sent_count(self) -> int:
        """How many entries reached the ledger."""
        return int(self._db.execute("SELECT count(*) FROM ledger_shares WHERE sent_ms IS NOT NULL").fetchone()[0])

    def to_check(self, size: int, window: int) -> list[ShareToCheck]:
        """The sent entries to check against a checkpoint of ``size``: the unverified, then the re-check window.

        The window takes the least recently re-checked first, newest first among equals.
        """
        fresh = self._db.execute(
            "SELECT entry_id, day, platform, task_kind, body, leaf_index FROM ledger_shares "
            "WHERE sent_ms IS NOT NULL AND (verified = 0 OR leaf_index IS NULL) "
            "AND (leaf_index IS NULL OR leaf_index < ?) ORDER BY day, created_ms",
            [size],
        ).fetchall()
        recheck = self._db.execute(
            "SELECT entry_id, day, platform, task_kind, body, leaf_index FROM ledger_shares "
            "WHERE sent_ms IS NOT NULL AND verified = 1 AND leaf_index IS NOT NULL AND leaf_index < ? "
            "ORDER BY rechecked, leaf_index DESC LIMIT ?",
            [size, window],
        ).fetchall()
        return [ShareToCheck(*r) for r in fresh + recheck]

    def mark_checked(
        self, good: Sequence[tuple[int, str]], bad: Iterable[str], proofs: Mapping[str, str] | None = None
    ) -> None:
        """Mark the (leaf index, entry id) found intact as verified by a new re-check turn; ``bad`` unverified.

        ``proofs``: the inclusion proof each verified entry was checked with (JSON text, kept for evidence
        packs); an entry without one keeps the proof it had.
        """
        proofs = proofs or {}
        turn = int(self._db.execute("SELECT coalesce(max(rechecked), 0) + 1 FROM ledger_shares").fetchone()[0])
        self._db.conn.executemany(
            "UPDATE ledger_shares SET verified = 1, leaf_index = ?, rechecked = ?, proof = coalesce(?, proof) "
            "WHERE entry_id = ?",
            [(index, turn, proofs.get(entry_id), entry_id) for index, entry_id in good],
        )
        self._db.conn.executemany(
            "UPDATE ledger_shares SET verified = 0 WHERE entry_id = ? AND sent_ms IS NOT NULL", [(e,) for e in bad]
        )

    def page(self, limit: int, offset: int) -> list[SharedRow]:
        """Entries shared or queued, newest day first."""
        rows = self._db.execute(
            "SELECT entry_id, day, platform, task_kind, body, sent_ms, leaf_index, verified FROM ledger_shares "
            "ORDER BY day DESC, created_ms DESC, entry_id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()
        return [SharedRow(*r) for r in rows]

    def latest(self, first: str, last: str) -> list[LatestShare]:
        """Per cell of days ``first``..``last``, the entry shared last, oldest first."""
        rows = self._db.execute(
            "SELECT s.entry_id, s.day, s.platform, s.task_kind, s.body FROM ledger_shares s WHERE s.day BETWEEN ? "
            "AND ? AND NOT EXISTS (SELECT 1 FROM ledger_shares n WHERE n.supersedes = s.entry_id) "
            "ORDER BY s.created_ms",
            [first, last],
        ).fetchall()
        return [LatestShare(*r) for r in rows]

    def queued(self) -> list[tuple[str, str | None]]:
        """The (body, supersedes) of the entries queued and not sent yet, in queue order."""
        rows = self._db.execute(
            "SELECT s.body, s.supersedes FROM ledger_shares s JOIN outbox o ON o.idempotency_key = ? || s.entry_id "
            "WHERE o.acked_ms IS NULL AND o.parked = 0 ORDER BY o.seq",
            [KEY_PREFIX],
        ).fetchall()
        return [(str(body), supersedes) for body, supersedes in rows]

    def queued_count(self) -> int:
        """How many ledger rows wait to be sent (parked ones left out)."""
        return int(
            self._db.execute(
                "SELECT count(*) FROM outbox WHERE kind = ? AND acked_ms IS NULL AND parked = 0", [LEDGER_KIND]
            ).fetchone()[0]
        )

    # -- the figures shared --------------------------------------------------------------------------

    def time_cells(self, first: str, last: str) -> list[tuple[str, str, str | None, str, int]]:
        """(day, platform, task type, bucket, ms) from the time rollup, days ``first``..``last``."""
        return self._db.execute(
            "SELECT r.day, coalesce(a.platform, r.platform), p.task_type, r.bucket, sum(r.ms) FROM time_rollup r "
            "LEFT JOIN projects p ON p.id = r.project_id LEFT JOIN accounts a ON a.id = p.account_id "
            "WHERE r.day BETWEEN ? AND ? AND r.ms != 0 GROUP BY 1, 2, 3, 4",
            [first, last],
        ).fetchall()

    def money_cells(
        self, first: str, last: str, kinds: Sequence[str]
    ) -> list[tuple[str, str, str | None, str, str, int, int]]:
        """(day, platform, task type, kind, currency, micros, entries) of the given kinds from the money rollup."""
        return self._db.execute(
            "SELECT m.day, coalesce(a.platform, m.platform), p.task_type, m.kind, m.currency, sum(m.micros), "
            "sum(m.entries) FROM money_rollup m LEFT JOIN projects p ON p.id = m.project_id "
            "LEFT JOIN accounts a ON a.id = p.account_id "
            f"WHERE m.day BETWEEN ? AND ? AND m.entries != 0 AND m.kind IN ({', '.join('?' * len(kinds))}) "
            "GROUP BY 1, 2, 3, 4, 5",
            [first, last, *kinds],
        ).fetchall()

    def results_between(self, start_ms: int, end_ms: int) -> list[tuple[int, str, str]]:
        """(created ms, platform, task type) of the results submitted (not skipped) in ``[start_ms, end_ms)``."""
        return self._db.execute(
            "SELECT r.created_ms, a.platform, p.task_type FROM results r JOIN tasks t ON t.id = r.task_id "
            "JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
            "JOIN accounts a ON a.id = p.account_id WHERE r.was_cancelled = 0 AND r.created_ms >= ? "
            "AND r.created_ms < ?",
            [start_ms, end_ms],
        ).fetchall()

    # -- batches -------------------------------------------------------------------------------------

    def oldest_open_batch(self) -> tuple[str, int, int | None] | None:
        """(key, known size, when its next row is due: None when every row is acked or parked) of the oldest
        batch not done."""
        row = self._db.execute(
            "SELECT b.batch_key, b.known_size, min(CASE WHEN o.acked_ms IS NULL AND o.parked = 0 "
            "THEN o.next_attempt_ms END) FROM ledger_batches b JOIN ledger_batch_rows r USING (batch_key) "
            "JOIN outbox o ON o.seq = r.outbox_seq WHERE b.done_ms IS NULL GROUP BY b.batch_key "
            "ORDER BY min(b.rowid) LIMIT 1"
        ).fetchone()
        return None if row is None else (str(row[0]), int(row[1]), row[2])

    def due_unbatched(self, now_ms: int, limit: int) -> list[int]:
        """The seq of up to ``limit`` due ledger rows in no batch, oldest first."""
        rows = self._db.execute(
            "SELECT o.seq FROM outbox o WHERE o.kind = ? AND o.acked_ms IS NULL AND o.parked = 0 "
            "AND o.next_attempt_ms <= ? AND NOT EXISTS (SELECT 1 FROM ledger_batch_rows r "
            "WHERE r.outbox_seq = o.seq) ORDER BY o.seq LIMIT ?",
            [LEDGER_KIND, now_ms, limit],
        ).fetchall()
        return [int(seq) for (seq,) in rows]

    def add_batch(self, key: str, known_size: int, now_ms: int, seqs: Iterable[int]) -> None:
        """Record a batch of outbox rows, sent under ``key`` against a tree of ``known_size``."""
        self._db.execute(
            "INSERT INTO ledger_batches (batch_key, known_size, created_ms) VALUES (?, ?, ?)", [key, known_size, now_ms]
        )
        self._db.conn.executemany(
            "INSERT INTO ledger_batch_rows (batch_key, outbox_seq) VALUES (?, ?)", [(key, s) for s in seqs]
        )

    def batch_rows(self, key: str) -> list[BatchRow]:
        """The outbox rows of a batch, oldest first."""
        rows = self._db.execute(
            "SELECT o.seq, o.idempotency_key, o.payload, o.payload_sha256, o.attempts, o.acked_ms, o.parked "
            "FROM ledger_batch_rows r JOIN outbox o ON o.seq = r.outbox_seq WHERE r.batch_key = ? ORDER BY o.seq",
            [key],
        ).fetchall()
        return [BatchRow(*r) for r in rows]

    def finish_batch(self, key: str, now_ms: int) -> None:
        """A batch is done: nothing of it is left to send."""
        self._db.execute("UPDATE ledger_batches SET done_ms = ? WHERE batch_key = ?", [now_ms, key])

    def free_batch(self, key: str, now_ms: int) -> None:
        """Close a batch and free its rows for a new one."""
        self._db.execute("DELETE FROM ledger_batch_rows WHERE batch_key = ?", [key])
        self.finish_batch(key, now_ms)

    # -- a row's delivery ----------------------------------------------------------------------------

    def ack(self, seq: int, entry_id: str, leaf_index: int | None, now_ms: int) -> None:
        """The ledger holds the entry of row ``seq`` (at ``leaf_index`` when it said)."""
        self._db.execute("UPDATE outbox SET acked_ms = ?, last_error = NULL WHERE seq = ?", [now_ms, seq])
        self._db.execute(
            "UPDATE ledger_shares SET sent_ms = coalesce(sent_ms, ?), leaf_index = coalesce(?, leaf_index) "
            "WHERE entry_id = ?",
            [now_ms, leaf_index, entry_id],
        )

    def park(self, seq: int, reason: str) -> None:
        """Row ``seq`` is not sent again (until the member asks)."""
        self._db.execute("UPDATE outbox SET parked = 1, last_error = ? WHERE seq = ?", [reason, seq])

    def retry_at(self, seq: int, attempts: int, next_attempt_ms: int, error: str) -> None:
        """Row ``seq`` failed ``attempts`` times; it is due again at ``next_attempt_ms``."""
        self._db.execute(
            "UPDATE outbox SET attempts = ?, next_attempt_ms = ?, last_error = ? WHERE seq = ?",
            [attempts, next_attempt_ms, error, seq],
        )

    def note_error(self, seq: int, error: str) -> None:
        """Show why row ``seq`` waits, without counting an attempt."""
        self._db.execute("UPDATE outbox SET last_error = ? WHERE seq = ?", [error, seq])
