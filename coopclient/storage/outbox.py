"""SQL for the outbox of results: the rows the platform relay delivers, exactly once, in ``seq`` order.

The row format (payload, checksum, version key) is :mod:`coopclient.core.outbox_codec`'s; this module only
stores and finds rows. The co-op ledger's rows share the table (``kind = 'ledger_entry'``) and are left to
:mod:`coopclient.storage.ledger_shares`. :meth:`OutboxRepo.add` writes in the caller's
transaction (a row is written with what it delivers); the relay's updates are each their own transaction (nested
in the caller's when there is one), so a crash mid-run loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from coopclient.core.outbox_codec import TASK_ID_FIELD, Encoded
from coopclient.core.platform import ServerAnswer

LEDGER_KIND = "ledger_entry"  # the co-op ledger's rows, delivered by coopclient.coop.relay
NOT_LEDGER = f"o.kind != '{LEDGER_KIND}'"
_TASK_JOIN = f"""LEFT JOIN tasks t
  ON t.id = CASE WHEN json_valid(o.payload) THEN json_extract(o.payload, '$.{TASK_ID_FIELD}') END
LEFT JOIN batches b ON b.id = t.batch_id LEFT JOIN projects p ON p.id = b.project_id"""
# The columns the relay changes as a row goes (attempted, answered, parked, superseded).
_MUTABLE = frozenset({"attempts", "next_attempt_ms", "last_error", "acked_ms", "parked", "remote_id"})


@dataclass(frozen=True)
class DueKey:
    """An unsent, unparked row: its version key, when it is due, and its account (None: task gone)."""

    key: str
    next_attempt_ms: int
    account_id: int | None


@dataclass(frozen=True)
class PendingRow:
    """An unacked row with what sending it needs: its payload and the stored task's payload (for the lock)."""

    seq: int
    payload: str
    payload_sha256: str
    attempts: int
    next_attempt_ms: int
    parked: bool
    account_id: int | None
    task_payload: str | None


@dataclass(frozen=True)
class VersionRow:
    """One row of a result's versions."""

    seq: int
    acked_ms: int | None
    last_error: str | None
    remote_id: str | None


@dataclass(frozen=True)
class EntryRow:
    """One row for display."""

    seq: int
    task_id: int | None
    kind: str
    destination: str
    parked: bool
    acked_ms: int | None
    attempts: int
    next_attempt_ms: int
    last_error: str | None


@dataclass(frozen=True)
class DestinationRow:
    """The rows of one account, counted (``done`` leaves out the superseded ones)."""

    destination: str
    platform: str
    account: str
    queued: int
    parked: int
    done: int
    superseded: int
    next_attempt_ms: int | None


class OutboxRepo:
    """The result rows of the outbox."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def add(self, key: str, kind: str, target: str, payload: Encoded, now_ms: int) -> int:
        """Queue a row (in the caller's transaction: it is written with what it delivers); returns its seq."""
        cursor = self._db.execute(
            "INSERT INTO outbox (idempotency_key, kind, target, payload, payload_sha256, created_ms) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [key, kind, target, payload.text, payload.sha256, now_ms],
        )
        return int(cursor.lastrowid or 0)

    def due_keys(self) -> list[DueKey]:
        """Every unsent, unparked result row, in ``seq`` order."""
        rows = self._db.execute(
            "SELECT o.idempotency_key, o.next_attempt_ms, p.account_id FROM outbox o "
            f"{_TASK_JOIN} WHERE o.acked_ms IS NULL AND o.parked = 0 AND {NOT_LEDGER} ORDER BY o.seq"
        ).fetchall()
        return [DueKey(str(key), int(next_ms), account) for key, next_ms, account in rows]

    def pending(self) -> list[PendingRow]:
        """Every unacked result row (parked ones too), in ``seq`` order."""
        rows = self._db.execute(
            "SELECT o.seq, o.payload, o.payload_sha256, o.attempts, o.next_attempt_ms, o.parked, p.account_id, "
            f"t.payload FROM outbox o {_TASK_JOIN} WHERE o.acked_ms IS NULL AND {NOT_LEDGER} ORDER BY o.seq"
        ).fetchall()
        return [
            PendingRow(seq, payload, sha, attempts, next_ms, bool(parked), account, task_payload)
            for seq, payload, sha, attempts, next_ms, parked, account, task_payload in rows
        ]

    def versions(self, lo: str, hi: str) -> list[VersionRow]:
        """The rows whose key is in ``[lo, hi)`` (a result's versions, ``outbox_codec.key_range``), oldest first."""
        rows = self._db.execute(
            "SELECT seq, acked_ms, last_error, remote_id FROM outbox "
            "WHERE idempotency_key >= ? AND idempotency_key < ? ORDER BY seq",
            [lo, hi],
        ).fetchall()
        return [VersionRow(int(seq), acked, error, remote) for seq, acked, error, remote in rows]

    def entries(self, include_done: bool) -> list[EntryRow]:
        """The result rows for display, oldest first: unfinished ones, or all."""
        where = f"WHERE {NOT_LEDGER}" + ("" if include_done else " AND o.acked_ms IS NULL")
        rows = self._db.execute(
            "SELECT o.seq, t.id, o.kind, coalesce(p.account_id, o.target), o.parked, o.acked_ms, o.attempts, "
            f"o.next_attempt_ms, o.last_error FROM outbox o {_TASK_JOIN} {where} ORDER BY o.seq"
        ).fetchall()
        return [
            EntryRow(seq, task, kind, str(dest), bool(parked), acked, tries, nxt, error)
            for seq, task, kind, dest, parked, acked, tries, nxt, error in rows
        ]

    def destinations(self, superseded_mark: str) -> list[DestinationRow]:
        """Per account, the result rows counted; rows acked with ``superseded_mark`` as error are superseded."""
        rows = self._db.execute(
            "SELECT coalesce(p.account_id, o.target), coalesce(a.platform, o.target), coalesce(a.name, ''), "
            "sum(o.acked_ms IS NULL AND o.parked = 0), sum(o.acked_ms IS NULL AND o.parked != 0), "
            "sum(o.acked_ms IS NOT NULL AND coalesce(o.last_error, '') != ?), "
            "sum(o.acked_ms IS NOT NULL AND o.last_error = ?), "
            "min(CASE WHEN o.acked_ms IS NULL AND o.parked = 0 THEN o.next_attempt_ms END) "
            f"FROM outbox o {_TASK_JOIN} LEFT JOIN accounts a ON a.id = p.account_id WHERE {NOT_LEDGER} "
            "GROUP BY 1, 2, 3 ORDER BY 1",
            [superseded_mark, superseded_mark],
        ).fetchall()
        return [
            DestinationRow(str(dest), platform, account, queued, parked, done, superseded, next_ms)
            for dest, platform, account, queued, parked, done, superseded, next_ms in rows
        ]

    def unpark(self, seq: int) -> bool:
        """Make a parked, unacked row due now; False if it is not parked."""
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE outbox SET parked = 0, next_attempt_ms = 0 WHERE seq = ? AND parked = 1 AND acked_ms IS NULL",
                [seq],
            )
        return cursor.rowcount == 1

    def forget_bad_remote_ids(self, parked_reason_like: str) -> None:
        """Forget annotation ids that are not numbers, and make due again the rows parked because of one."""
        not_ledger = NOT_LEDGER.replace("o.", "")
        with self._db.atomic():
            # Annotation ids are numbers on the platforms spoken to (Label Studio); anything else is an error id.
            self._db.execute(
                "UPDATE outbox SET remote_id = NULL "
                f"WHERE (remote_id GLOB '*[^0-9]*' OR remote_id = '') AND {not_ledger}"
            )
            self._db.execute(
                "UPDATE outbox SET parked = 0, next_attempt_ms = 0, last_error = NULL "
                f"WHERE parked = 1 AND acked_ms IS NULL AND last_error LIKE ? AND {not_ledger}",
                [parked_reason_like],
            )

    def update(self, seq: int, **values: object) -> None:
        """Change one row's delivery columns, in its own transaction.

        Raises:
            ValueError: a column that is not a delivery column (the payload and key never change).
        """
        unknown = set(values) - _MUTABLE
        if unknown:
            raise ValueError(f"outbox columns {sorted(unknown)} cannot be changed")
        columns = ", ".join(f"{name} = ?" for name in values)
        with self._db.atomic():
            self._db.execute(f"UPDATE outbox SET {columns} WHERE seq = ?", [*values.values(), seq])

    def add_answers(self, seq: int, at_ms: int, answers: list[ServerAnswer], remote_id: str | None) -> None:
        """Keep the server's answers to one row's requests (evidence), in their own transaction."""
        if not answers:
            return
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT INTO outbox_responses (outbox_seq, at_ms, method, path, status, server_date, body_sha256, "
                "remote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(seq, at_ms, a.method, a.path, a.status, a.date, a.body_sha256, remote_id) for a in answers],
            )
