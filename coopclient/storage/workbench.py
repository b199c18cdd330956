"""SQL for the workbench's read model: the account tree's counts, the task table's pages, the sync counts.

Read-only. A task's outbox rows are found by its result's version keys (``<result_id>:v<n>``,
:mod:`coopclient.core.outbox_codec`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import sqlite_utils

# The outbox rows of a task's result: their keys start with the result id and ':' (outbox_codec.key_range).
_RESULT_ROWS = "JOIN outbox o ON o.idempotency_key LIKE r.result_id || ':%'"


class SummaryRow(NamedTuple):
    """What a row of the task table shows, as stored."""

    task_id: int
    seq: int
    status: str
    project: str
    payload: str
    unsupported_reason: str | None
    platform: str
    project_id: int


class WorkbenchRepo:
    """Queries of the workbench."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def status_counts(self) -> list[tuple[int, str, int]]:
        """(batch id, status, how many tasks)."""
        return self._db.execute("SELECT batch_id, status, count(*) FROM tasks GROUP BY batch_id, status").fetchall()

    def batches(self) -> list[tuple[int, int, str]]:
        """(batch id, project id, source) of every batch, oldest first."""
        return self._db.execute("SELECT id, project_id, source FROM batches ORDER BY id").fetchall()

    def accounts(self) -> list[tuple[int, str, str]]:
        """(account id, platform, name) of every account, oldest first."""
        return self._db.execute("SELECT id, platform, name FROM accounts ORDER BY id").fetchall()

    def sync_counts(self) -> tuple[int, int, int]:
        """Outbox rows (queued, parked, delivered), the ledger's included."""
        row = self._db.execute(
            "SELECT coalesce(sum(acked_ms IS NULL AND parked = 0), 0), "
            "coalesce(sum(acked_ms IS NULL AND parked = 1), 0), coalesce(sum(acked_ms IS NOT NULL), 0) FROM outbox"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def task_ids(self, batch_id: int | None, project_id: int | None, status: str | None, unsynced: bool) -> list[int]:
        """Task ids in import order, of a batch and/or project, with a status, or with a result not delivered."""
        where: list[str] = ["1"]
        params: list[object] = []
        if batch_id is not None:
            where.append("t.batch_id = ?")
            params.append(batch_id)
        if project_id is not None:
            where.append("b.project_id = ?")
            params.append(project_id)
        if status is not None:
            where.append("t.status = ?")
            params.append(status)
        if unsynced:
            where.append(
                f"EXISTS (SELECT 1 FROM results r {_RESULT_ROWS} WHERE r.task_id = t.id AND o.acked_ms IS NULL)"
            )
        sql = (
            "SELECT t.id FROM tasks t JOIN batches b ON b.id = t.batch_id "
            f"WHERE {' AND '.join(where)} ORDER BY t.batch_id, t.seq"
        )
        return [r[0] for r in self._db.execute(sql, params).fetchall()]

    def active_ms(self, ids: Sequence[int]) -> dict[int, int]:
        """Counted time (active, and idle kept) by task."""
        return dict(
            self._db.execute(
                f"SELECT task_id, sum(end_ms - start_ms) FROM activity_spans WHERE task_id IN ({_marks(ids)}) AND "
                "(state = 'active' OR idle_decision = 'keep') GROUP BY task_id",
                list(ids),
            ).fetchall()
        )

    def earned(self, ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """(micros, currency) earned by task (the last currency when a task has several)."""
        return {
            t: (m, c)
            for t, m, c in self._db.execute(
                f"SELECT task_id, sum(amount_micros), currency FROM earnings WHERE task_id IN ({_marks(ids)}) "
                "GROUP BY task_id, currency",
                list(ids),
            ).fetchall()
        }

    def sync_states(self, ids: Sequence[int]) -> dict[int, str]:
        """'parked', 'sent' or 'queued' by task, for the tasks whose result has outbox rows."""
        return dict(
            self._db.execute(
                f"SELECT r.task_id, CASE WHEN max(o.parked) = 1 THEN 'parked' WHEN min(o.acked_ms IS NOT NULL) = 1 "
                f"THEN 'sent' ELSE 'queued' END FROM results r {_RESULT_ROWS} "
                f"WHERE r.task_id IN ({_marks(ids)}) GROUP BY r.task_id",
                list(ids),
            ).fetchall()
        )

    def summaries(self, ids: Sequence[int]) -> list[SummaryRow]:
        """The stored columns of some tasks' rows (in no particular order)."""
        rows = self._db.execute(
            "SELECT t.id, t.seq, t.status, p.name, t.payload, t.unsupported_reason, a.platform, p.id "
            "FROM tasks t JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
            f"JOIN accounts a ON a.id = p.account_id WHERE t.id IN ({_marks(ids)})",
            list(ids),
        ).fetchall()
        return [SummaryRow(*r) for r in rows]

    def payload(self, task_id: int) -> str:
        """A task's stored payload, as text.

        Raises:
            KeyError: no such task.
        """
        row = self._db.execute("SELECT payload FROM tasks WHERE id = ?", [task_id]).fetchone()
        if row is None:
            raise KeyError(task_id)
        return str(row[0])


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))
