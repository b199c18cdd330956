"""SQL for the member's results: one row per task, its version counted up on each save.

Callers hold the transaction: a result is written with the task's status, its earning and its outbox row.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class ResultRow:
    """A result as stored (``result``: the JSON text, offsets in code points)."""

    task_id: int
    result_id: str
    result: str
    was_cancelled: bool
    lead_time_ms: int
    version: int


@dataclass(frozen=True)
class ResultVersion:
    """Which result a task holds and its latest version."""

    result_id: str
    version: int


class ResultsRepo:
    """Results, by task."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def result_text(self, task_id: int) -> str | None:
        """The stored result JSON of a task, if any."""
        row = self._db.execute("SELECT result FROM results WHERE task_id = ?", [task_id]).fetchone()
        return None if row is None else str(row[0])

    def version(self, task_id: int) -> ResultVersion | None:
        """The result id and latest version of a task's result, if it has one."""
        row = self._db.execute("SELECT result_id, version FROM results WHERE task_id = ?", [task_id]).fetchone()
        return None if row is None else ResultVersion(str(row[0]), int(row[1]))

    def save(self, row: ResultRow, now_ms: int) -> None:
        """Store a task's result (a new one, or a new version of the one it has)."""
        self._db.execute(
            "INSERT INTO results (task_id, result_id, result, was_cancelled, lead_time_ms, version, "
            "created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET "
            "result = excluded.result, was_cancelled = excluded.was_cancelled, lead_time_ms = "
            "excluded.lead_time_ms, version = excluded.version, updated_ms = excluded.updated_ms",
            [
                row.task_id,
                row.result_id,
                row.result,
                int(row.was_cancelled),
                row.lead_time_ms,
                row.version,
                now_ms,
                now_ms,
            ],
        )
