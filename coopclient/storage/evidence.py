"""SQL for evidence packs and the rejection tracker: a task's stored records as plain rows (the task as
received, its result's outbox rows and the server's answers to them, its time records, its earnings, the
day's co-op ledger entries and the last verified checkpoint), and the rejections with what they took.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils

from coopclient.storage.outbox import LEDGER_KIND

Row = dict[str, Any]


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class EvidenceRepo:
    """Reads only: what a pack or the tracker holds."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def task(self, task_id: int) -> Row | None:
        """The task as received, with its batch, project and account (None: no such task)."""
        rows = _rows(
            self._db.execute(
                "SELECT t.id, t.batch_id, t.seq, t.platform_ref, t.payload, t.task_type, t.status, t.updated_ms, "
                "b.source AS batch_source, b.source_sha256 AS batch_sha256, p.name AS project, "
                "p.platform_ref AS project_ref, a.platform, a.name AS account, a.url "
                "FROM tasks t JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
                "LEFT JOIN accounts a ON a.id = p.account_id WHERE t.id = ?",
                [task_id],
            )
        )
        return rows[0] if rows else None

    def batch_tasks(self, batch_id: int) -> list[int]:
        """The ids of a batch's tasks, in order."""
        return [int(r[0]) for r in self._db.execute("SELECT id FROM tasks WHERE batch_id = ? ORDER BY seq", [batch_id])]

    def outbox_rows(self, task_id: int) -> list[Row]:
        """Every outbox row of the task's result (each version), oldest first, payload bytes as stored."""
        return _rows(
            self._db.execute(
                "SELECT seq, idempotency_key, kind, target, payload, payload_sha256, created_ms, attempts, "
                "next_attempt_ms, last_error, parked, acked_ms, remote_id FROM outbox "
                f"WHERE kind != '{LEDGER_KIND}' AND json_valid(payload) "
                "AND json_extract(payload, '$.task_id') = ? ORDER BY seq",
                [task_id],
            )
        )

    def answers(self, seqs: list[int]) -> list[Row]:
        """The server's answers to the given outbox rows, oldest first."""
        if not seqs:
            return []
        marks = ", ".join("?" for _ in seqs)
        return _rows(
            self._db.execute(
                "SELECT outbox_seq, at_ms, method, path, status, server_date, body_sha256, remote_id "
                f"FROM outbox_responses WHERE outbox_seq IN ({marks}) ORDER BY id",
                seqs,
            )
        )

    def spans(self, task_id: int) -> list[Row]:
        """The task's time records (activity spans), oldest first."""
        return _rows(
            self._db.execute(
                "SELECT s.id, s.session_id, s.seq, s.state, s.category, s.day, s.start_ms, s.end_ms, "
                "s.idle_decision, s.recovered, w.tz FROM activity_spans s JOIN work_sessions w ON w.id = s.session_id "
                "WHERE s.task_id = ? ORDER BY s.start_ms, s.id",
                [task_id],
            )
        )

    def earnings(self, task_id: int) -> list[Row]:
        """The task's earnings entries (its piece rate, a rejection), oldest first."""
        return _rows(
            self._db.execute(
                "SELECT entry_id, kind, amount_micros, currency, day, platform, note, created_ms FROM earnings "
                "WHERE task_id = ? ORDER BY created_ms, id",
                [task_id],
            )
        )

    def ledger_entries(self, day: str) -> list[Row]:
        """The member's co-op ledger entries of a day (their signed bodies and where they are in the log)."""
        return _rows(
            self._db.execute(
                "SELECT entry_id, day, platform, task_kind, kind, body, sent_ms, leaf_index, verified, proof "
                "FROM ledger_shares WHERE day = ? ORDER BY created_ms, entry_id",
                [day],
            )
        )

    def ledger_link(self) -> Row | None:
        """The ledger the member is enrolled with: its origin and log key (None: not enrolled)."""
        rows = _rows(self._db.execute("SELECT server_url, origin, log_key FROM ledger_link LIMIT 1"))
        return rows[0] if rows else None

    def checkpoint(self) -> Row | None:
        """The last verified checkpoint of the co-op ledger (None: never synced)."""
        rows = _rows(self._db.execute("SELECT checkpoint, size, root FROM ledger_state WHERE id = 1"))
        return rows[0] if rows and rows[0]["checkpoint"] else None

    def rejections(self) -> list[Row]:
        """Every rejection entry, with its task's project, batch and active time (ms) on the task."""
        return _rows(
            self._db.execute(
                "SELECT e.task_id, e.amount_micros, e.currency, e.day, "
                "coalesce(e.platform, a.platform, '') AS platform, "
                "coalesce(p.name, '') AS project, t.batch_id, "
                "(SELECT coalesce(sum(s.end_ms - s.start_ms), 0) FROM activity_spans s "
                " WHERE s.task_id = e.task_id AND s.state = 'active') AS active_ms "
                "FROM earnings e LEFT JOIN tasks t ON t.id = e.task_id LEFT JOIN batches b ON b.id = t.batch_id "
                "LEFT JOIN projects p ON p.id = b.project_id LEFT JOIN accounts a ON a.id = p.account_id "
                "WHERE e.kind = 'rejection' ORDER BY e.day, e.id"
            )
        )

    def batch_done_counts(self) -> dict[int, int]:
        """Per batch, the tasks with a piece rate (the work that could be rejected)."""
        rows = self._db.execute(
            "SELECT t.batch_id, count(*) FROM earnings e JOIN tasks t ON t.id = e.task_id "
            "WHERE e.kind = 'piece_rate' GROUP BY t.batch_id"
        ).fetchall()
        return {int(batch): int(n) for batch, n in rows}
