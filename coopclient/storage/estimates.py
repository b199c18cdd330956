"""SQL for the wage estimated before a batch is taken: the member's active time on each task of a kind they
finished, and the estimate kept with a batch at its import (issue 15, part 2)."""

from __future__ import annotations

import sqlite_utils

from coopclient.core.estimate import Estimate
from coopclient.core.money import Money
from coopclient.core.piece_rate import PieceRate

# Time counted on a task, as the report counts task time: active, or idle the member kept, in annotating.
_COUNTED = "(s.state = 'active' OR s.idle_decision IN ('keep', 'reassign')) AND s.category = 'annotating'"


class EstimateRepo:
    """Reads the member's pace and keeps each batch's estimate."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def task_times(self, task_type: str) -> list[int]:
        """The counted time (ms) of each finished task of a kind, over all batches (one value per task)."""
        rows = self._db.execute(
            "SELECT sum(s.end_ms - s.start_ms) FROM tasks t JOIN activity_spans s ON s.task_id = t.id "
            f"WHERE t.status = 'done' AND t.task_type = ? AND {_COUNTED} GROUP BY t.id",
            [task_type],
        ).fetchall()
        return [int(ms) for (ms,) in rows]

    def keep(self, batch_id: int, estimate: Estimate, now_ms: int) -> None:
        """Keep the estimate made at a batch's import (inside the import's transaction)."""
        self._db.execute(
            "INSERT OR REPLACE INTO batch_estimates (batch_id, task_type, tasks, median_ms, fast_ms, slow_ms, "
            "rate_micros, rate_currency, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                batch_id,
                estimate.task_type,
                estimate.tasks,
                estimate.median_ms,
                estimate.fast_ms,
                estimate.slow_ms,
                estimate.rate.amount.to_micros(),
                estimate.rate.amount.currency,
                now_ms,
            ],
        )

    def of_batch(self, batch_id: int) -> Estimate | None:
        """The estimate made when a batch was imported, or None (no rate, or too little history then)."""
        row = self._db.execute(
            "SELECT task_type, tasks, median_ms, fast_ms, slow_ms, rate_micros, rate_currency "
            "FROM batch_estimates WHERE batch_id = ?",
            [batch_id],
        ).fetchone()
        if row is None:
            return None
        kind, tasks, median, fast, slow, micros, currency = row
        return Estimate(kind, tasks, median, fast, slow, PieceRate(Money.from_micros(micros, currency)))
