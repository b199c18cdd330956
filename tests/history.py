"""A member's history for the estimate's tests: a batch's tasks finished with given active times, written
as the timer records them (a closed session, its spans, the tasks done)."""

from __future__ import annotations

import sqlite3


def finish_tasks(conn: sqlite3.Connection, batch_id: int, times_s: list[int], idle_s: int = 0) -> None:
    """Mark the batch's tasks done with these active times (and some idle time left undecided on each)."""
    conn.execute(
        "INSERT INTO work_sessions (id, manual, category, started_ms, tz, last_heartbeat_ms, state) "
        "VALUES (?, 0, 'annotating', 0, 'UTC', 0, 'closed')",
        [f"s{batch_id}"],
    )
    ids = [r[0] for r in conn.execute("SELECT id FROM tasks WHERE batch_id = ? ORDER BY seq", [batch_id])]
    start, seq = 1_000_000, 0
    for task_id, seconds in zip(ids, times_s, strict=False):
        spans = [("active", seconds * 1000)] + ([("idle", idle_s * 1000)] if idle_s else [])
        for state, ms in spans:
            seq += 1
            conn.execute(
                "INSERT INTO activity_spans (session_id, seq, state, category, task_id, day, start_ms, end_ms, "
                "idle_decision) VALUES (?, ?, ?, 'annotating', ?, '2026-03-02', ?, ?, ?)",
                [f"s{batch_id}", seq, state, task_id, start, start + ms, "pending" if state == "idle" else None],
            )
            start += ms
        conn.execute("UPDATE tasks SET status = 'done' WHERE id = ?", [task_id])
