"""SQL for work sessions and activity spans. Callers wrap writes in ``db.atomic()``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class SpanRow:
    """An activity span as stored."""

    id: int
    session_id: str
    seq: int
    state: str
    category: str
    task_id: int | None
    project_id: int | None
    platform: str | None
    day: str
    start_ms: int
    end_ms: int
    idle_decision: str | None
    recovered: int  # 0: no; 1: closed by crash recovery, not yet confirmed; 2: confirmed


@dataclass(frozen=True)
class SessionRow:
    """A work session as stored."""

    id: str
    manual: bool
    platform: str | None
    category: str
    started_ms: int
    tz: str
    last_heartbeat_ms: int
    ended_ms: int | None
    end_reason: str | None
    state: str
    note: str | None


_SPAN_COLUMNS = (
    "id, session_id, seq, state, category, task_id, project_id, platform, day, start_ms, end_ms, "
    "idle_decision, recovered"
)
_SESSION_COLUMNS = (
    "id, manual, platform, category, started_ms, tz, last_heartbeat_ms, ended_ms, end_reason, state, note"
)


def _span(row: Any) -> SpanRow:
    return SpanRow(*row)


def _session(row: Any) -> SessionRow:
    values = list(row)
    values[1] = bool(values[1])
    return SessionRow(*values)


class TimingRepo:
    """Sessions and spans."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def insert_session(self, session: SessionRow) -> None:
        """Record a session (committed when the timer starts, so a crash right after keeps it)."""
        self.db.execute(
            f"INSERT INTO work_sessions ({_SESSION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                session.id,
                int(session.manual),
                session.platform,
                session.category,
                session.started_ms,
                session.tz,
                session.last_heartbeat_ms,
                session.ended_ms,
                session.end_reason,
                session.state,
                session.note,
            ],
        )

    def insert_span(self, span: SpanRow, gap_before_ms: int | None, bridged_ms: int) -> int:
        """Record a span; returns its row id."""
        cursor = self.db.execute(
            "INSERT INTO activity_spans (session_id, seq, state, category, task_id, project_id, platform, "
            "day, start_ms, end_ms, gap_before_ms, bridged_ms, idle_decision, recovered) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                span.session_id,
                span.seq,
                span.state,
                span.category,
                span.task_id,
                span.project_id,
                span.platform,
                span.day,
                span.start_ms,
                span.end_ms,
                gap_before_ms,
                bridged_ms,
                span.idle_decision,
                span.recovered,
            ],
        )
        return int(cursor.lastrowid or 0)

    def set_span_end(self, span_id: int, end_ms: int) -> None:
        """Move a span's end (a heartbeat extends it in place, or an idle cut shortens it)."""
        self.db.execute("UPDATE activity_spans SET end_ms = ? WHERE id = ?", [end_ms, span_id])

    def heartbeat(self, session_id: str, at_ms: int) -> None:
        """Record the session's last durable heartbeat."""
        self.db.execute("UPDATE work_sessions SET last_heartbeat_ms = ? WHERE id = ?", [at_ms, session_id])

    def close_session(self, session_id: str, ended_ms: int, reason: str, state: str = "closed") -> None:
        """End a session."""
        self.db.execute(
            "UPDATE work_sessions SET ended_ms = ?, end_reason = ?, state = ?, last_heartbeat_ms = "
            "max(last_heartbeat_ms, ?) WHERE id = ?",
            [ended_ms, reason, state, ended_ms, session_id],
        )

    def session(self, session_id: str) -> SessionRow | None:
        """One session."""
        row = self.db.execute(f"SELECT {_SESSION_COLUMNS} FROM work_sessions WHERE id = ?", [session_id]).fetchone()
        return None if row is None else _session(row)

    def open_sessions(self, manual: bool | None = None) -> list[SessionRow]:
        """Sessions still open (a running manual timer, or sessions a crash left open)."""
        sql = f"SELECT {_SESSION_COLUMNS} FROM work_sessions WHERE state = 'open'"
        params: list[Any] = []
        if manual is not None:
            sql += " AND manual = ?"
            params.append(int(manual))
        return [_session(r) for r in self.db.execute(sql + " ORDER BY started_ms", params).fetchall()]

    def spans(self, session_id: str) -> list[SpanRow]:
        """A session's spans in order."""
        rows = self.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM activity_spans WHERE session_id = ? ORDER BY seq", [session_id]
        ).fetchall()
        return [_span(r) for r in rows]

    def last_span_end(self) -> int | None:
        """The end of the latest span recorded, for the gap before a new one."""
        row = self.db.execute("SELECT max(end_ms) FROM activity_spans").fetchone()
        return None if row[0] is None else int(row[0])

    def mark_recovered(self, session_id: str) -> None:
        """Flag a crashed session's spans, so the member is asked once to confirm them."""
        self.db.execute(
            "UPDATE activity_spans SET recovered = 1 WHERE session_id = ? AND seq = "
            "(SELECT max(seq) FROM activity_spans WHERE session_id = ?)",
            [session_id, session_id],
        )

    def pending_idle(self) -> list[SpanRow]:
        """Idle spans awaiting the member's decision, oldest first."""
        rows = self.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM activity_spans WHERE idle_decision = 'pending' ORDER BY start_ms"
        ).fetchall()
        return [_span(r) for r in rows]

    def decide_idle(self, span_ids: list[int], decision: str, category: str | None) -> int:
        """Record the member's decision on pending idle spans; returns how many changed."""
        marks = ",".join("?" * len(span_ids))
        cursor = self.db.execute(
            f"UPDATE activity_spans SET idle_decision = ?, category = coalesce(?, category) "
            f"WHERE idle_decision = 'pending' AND id IN ({marks})",
            [decision, category, *span_ids],
        )
        return int(cursor.rowcount)

    def unconfirmed_recovered(self) -> list[SpanRow]:
        """Spans closed by crash recovery that the member has not confirmed yet."""
        rows = self.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM activity_spans WHERE recovered = 1 ORDER BY start_ms"
        ).fetchall()
        return [_span(r) for r in rows]

    def confirm_recovered(self, span_ids: list[int]) -> None:
        """The member has seen the recovered spans (recovered = 2: confirmed)."""
        marks = ",".join("?" * len(span_ids))
        self.db.execute(f"UPDATE activity_spans SET recovered = 2 WHERE id IN ({marks})", span_ids)

    def delete_span(self, span_id: int) -> None:
        """Drop a span (an empty one: it counts nothing)."""
        self.db.execute("DELETE FROM activity_spans WHERE id = ?", [span_id])

    def discard(self, span_ids: list[int]) -> None:
        """Make spans idle time the member discarded."""
        marks = ",".join("?" * len(span_ids))
        self.db.execute(
            f"UPDATE activity_spans SET state = 'idle', idle_decision = 'discard' WHERE id IN ({marks})", span_ids
        )

    def active_ms_by_task(self) -> dict[int, int]:
        """Counted time (active, and idle kept) of every task that has some."""
        return dict(
            self.db.execute(
                "SELECT task_id, sum(end_ms - start_ms) FROM activity_spans WHERE task_id IS NOT NULL AND "
                "(state = 'active' OR idle_decision = 'keep') GROUP BY task_id"
            ).fetchall()
        )

    def task_active_ms(self, task_id: int) -> int:
        """Counted time on a task: active time plus idle time the member kept."""
        row = self.db.execute(
            "SELECT coalesce(sum(end_ms - start_ms), 0) FROM activity_spans WHERE task_id = ? AND "
            "(state = 'active' OR idle_decision = 'keep')",
            [task_id],
        ).fetchone()
        return int(row[0])
