"""SQL for care around distressing content: which batches are flagged, and the day's spans on them.

A batch is flagged by its batch file's content warning (``flagged_by = 'file'``) or by the member
(``'member'``); ``content_warning`` NULL means not flagged. Callers wrap writes in ``db.atomic()``.
"""

from __future__ import annotations

import sqlite_utils

from coopclient.core.care import TimedSpan, counts


class CareRepo:
    """Flags on batches, and the spans exposure is computed from."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def set_flag(self, batch_id: int, warning: str | None, by: str = "member") -> None:
        """Flag a batch (``warning`` is what the member is told) or, with None, unflag it."""
        self._db.execute(
            "UPDATE batches SET content_warning = ?, flagged_by = ? WHERE id = ?",
            [warning, None if warning is None else by, batch_id],
        )

    def warning(self, batch_id: int) -> str | None:
        """The batch's content warning, or None when it is not flagged."""
        row = self._db.execute("SELECT content_warning FROM batches WHERE id = ?", [batch_id]).fetchone()
        return None if row is None else row[0]

    def flagged_batches(self) -> dict[int, str]:
        """Every flagged batch: id -> its warning."""
        rows = self._db.execute("SELECT id, content_warning FROM batches WHERE content_warning IS NOT NULL")
        return {int(i): str(w) for i, w in rows.fetchall()}

    def flagged_tasks(self, task_ids: list[int]) -> set[int]:
        """Those of ``task_ids`` whose batch is flagged."""
        if not task_ids:
            return set()
        marks = ", ".join("?" * len(task_ids))
        rows = self._db.execute(
            f"SELECT t.id FROM tasks t JOIN batches b ON b.id = t.batch_id "
            f"WHERE b.content_warning IS NOT NULL AND t.id IN ({marks})",
            list(task_ids),
        ).fetchall()
        return {int(r[0]) for r in rows}

    def day_spans(self, day: str) -> list[TimedSpan]:
        """The day's recorded spans, each with whether it counts as worked time and whether its task is flagged."""
        rows = self._db.execute(
            "SELECT s.start_ms, s.end_ms, s.state, s.idle_decision, b.content_warning IS NOT NULL "
            "FROM activity_spans s LEFT JOIN tasks t ON t.id = s.task_id LEFT JOIN batches b ON b.id = t.batch_id "
            "WHERE s.day = ?",
            [day],
        ).fetchall()
        return [TimedSpan(int(a), int(b), counts(state, decision), bool(f)) for a, b, state, decision, f in rows]
