"""SQL for the earnings report: sums over the per-day rollups, or over the spans and entries per batch or task.

Sums are taken in SQL down to the dimensions a grouping needs (the floor is checked per day), so a year of
heartbeats gives a few thousand rows, not one per span. Read-only.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlite_utils

_SPAN_BUCKET = (
    "CASE WHEN s.state = 'active' OR s.idle_decision IN ('keep', 'reassign') THEN s.category "
    "WHEN s.idle_decision = 'discard' THEN '~discarded' ELSE '~pending' END"
)


class ReportRowsRepo:
    """The rows a report is built from; days ``lo``..``hi`` are ISO dates, inclusive."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def rollup_time(
        self, lo: str, hi: str, by_project: bool, by_platform: bool
    ) -> Iterator[tuple[str, int, str, str, int]]:
        """(day, project id or 0, platform or '', bucket, ms), streamed from the time rollup."""
        project = "project_id" if by_project else "0"
        platform = "platform" if by_platform else "''"
        return iter(
            self._db.execute(
                f"SELECT day, {project}, {platform}, bucket, sum(ms) FROM time_rollup WHERE day BETWEEN ? AND ? "
                "AND ms != 0 GROUP BY 1, 2, 3, 4",
                [lo, hi],
            )
        )

    def rollup_money(
        self, lo: str, hi: str, by_project: bool, by_platform: bool
    ) -> list[tuple[str, int, str, str, str, int]]:
        """(day, project id or 0, platform or '', kind, currency, micros) from the money rollup."""
        project = "project_id" if by_project else "0"
        platform = "platform" if by_platform else "''"
        return self._db.execute(
            f"SELECT day, {project}, {platform}, kind, currency, sum(micros) FROM money_rollup "
            "WHERE day BETWEEN ? AND ? AND entries != 0 GROUP BY 1, 2, 3, 4, 5",
            [lo, hi],
        ).fetchall()

    def span_time(self, lo: str, hi: str, by_task: bool) -> list[tuple[str, int | None, str, int, int]]:
        """(day, task or batch id, bucket, ms, bridged gap ms) from the spans."""
        key = "s.task_id" if by_task else "t.batch_id"
        return self._db.execute(
            f"SELECT s.day, {key}, {_SPAN_BUCKET}, sum(s.end_ms - s.start_ms), sum(s.bridged_ms) "
            "FROM activity_spans s LEFT JOIN tasks t ON t.id = s.task_id "
            "WHERE s.day BETWEEN ? AND ? GROUP BY 1, 2, 3",
            [lo, hi],
        ).fetchall()

    def entry_money(self, lo: str, hi: str, by_task: bool) -> list[tuple[str, int | None, str, str, int]]:
        """(day, task or batch id, kind, currency, micros) from the earnings entries."""
        key = "e.task_id" if by_task else "t.batch_id"
        return self._db.execute(
            f"SELECT e.day, {key}, e.kind, e.currency, sum(e.amount_micros) FROM earnings e "
            "LEFT JOIN tasks t ON t.id = e.task_id WHERE e.day BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
            [lo, hi],
        ).fetchall()
