"""What the desktop app reads: the side panel's tree, task ids for a filter, rows of the task table,
one task with its config and result, and the earnings figures for the panel.

Everything here runs on the app's background database worker, never on the GUI thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from coopclient.core.labeling import ConfigError, LabelingConfig
from coopclient.core.money import Money
from coopclient.core.report import Report, ReportRow
from coopclient.services.platform_sync import MEDIA_KEY, REMOTE_STATE_KEY, remote_note
from coopclient.services.reports import ReportService
from coopclient.services.results import ResultService
from coopclient.storage.catalog import CatalogRepo, TaskRow

FILTERS = ("all", "todo", "done", "skipped", "unsynced")


@dataclass(frozen=True)
class BatchNode:
    id: int
    label: str
    todo: int
    done: int
    skipped: int


@dataclass(frozen=True)
class ProjectNode:
    id: int
    name: str
    task_type: str
    batches: list[BatchNode] = field(default_factory=list)


@dataclass(frozen=True)
class AccountNode:
    platform: str
    name: str
    projects: list[ProjectNode] = field(default_factory=list)


@dataclass(frozen=True)
class TaskSummary:
    """One row of the task table."""

    id: int
    seq: int
    status: str
    project: str
    preview: str
    active_ms: int
    earning: Money | None
    sync: str  # "local" (file batch), "queued", "sent", "parked"
    unsupported: bool


@dataclass(frozen=True)
class TaskView:
    """Everything the annotation pane needs for one task."""

    task: TaskRow
    project: str
    config: LabelingConfig | None
    config_error: str | None
    result: list[dict[str, Any]] | None
    active_ms: int
    # Pulled tasks: data key -> local copy (None: not available offline). None for a task from a batch file,
    # whose images are the member's own files (an absolute path or a file:// URL) and are read as they are.
    media: dict[str, str | None] | None = None
    remote_note: str | None = None  # what the platform said about the task at the last check, if notable


@dataclass(frozen=True)
class EarningsSummary:
    """The panel's figures: the current batch, today, this week and the week's days."""

    currency: str
    batch: ReportRow | None
    today: ReportRow | None
    week: ReportRow
    week_days: list[tuple[date, ReportRow | None]]
    report: Report


class Workbench:
    """Read models for the desktop app."""

    def __init__(self, db: sqlite_utils.Database, results: ResultService, reports: ReportService) -> None:
        self._db = db
        self._catalog = CatalogRepo(db)
        self._results = results
        self._reports = reports

    def task_names(self, task_ids: set[int]) -> dict[int, str]:
        """``"<project> #<seq>"`` for each task id still in the store."""
        projects = {p.id: p.name for p in self._catalog.projects()}
        names: dict[int, str] = {}
        for task_id in sorted(task_ids):
            try:
                task = self._catalog.task(task_id)
            except KeyError:
                continue
            names[task_id] = f"{projects.get(task.project_id, '?')} #{task.seq}"
        return names

    def tree(self) -> list[AccountNode]:
        """Accounts, their projects and batches, with task counts."""
        counts: dict[int, dict[str, int]] = {}
        for batch_id, status, n in self._db.execute(
            "SELECT batch_id, status, count(*) FROM tasks GROUP BY batch_id, status"
        ).fetchall():
            counts.setdefault(batch_id, {})[status] = n
        batches: dict[int, list[BatchNode]] = {}
        for bid, pid, source in self._db.execute("SELECT id, project_id, source FROM batches ORDER BY id").fetchall():
            c = counts.get(bid, {})
            label = source.rsplit("/", 1)[-1]
            batches.setdefault(pid, []).append(
                BatchNode(bid, label, c.get("todo", 0), c.get("done", 0), c.get("skipped", 0))
            )
        accounts: dict[int, AccountNode] = {}
        for aid, platform, name in self._db.execute("SELECT id, platform, name FROM accounts ORDER BY id").fetchall():
            accounts[aid] = AccountNode(platform, name)
        for p in self._catalog.projects():
            accounts[p.account_id].projects.append(ProjectNode(p.id, p.name, p.task_type, batches.get(p.id, [])))
        return list(accounts.values())

    def sync_counts(self) -> tuple[int, int, int]:
        """Outbox rows (queued, parked, delivered) — what the status bar shows about syncing."""
        row = self._db.execute(
            "SELECT coalesce(sum(acked_ms IS NULL AND parked = 0), 0), "
            "coalesce(sum(acked_ms IS NULL AND parked = 1), 0), coalesce(sum(acked_ms IS NOT NULL), 0) FROM outbox"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def task_ids(self, batch_id: int | None = None, project_id: int | None = None, status: str = "all") -> list[int]:
        """Task ids in order for a batch or project and a filter (all, todo, done, skipped, unsynced)."""
        if status not in FILTERS:
            raise ValueError(f"unknown filter {status!r}")
        where: list[str] = ["1"]
        params: list[object] = []
        if batch_id is not None:
            where.append("t.batch_id = ?")
            params.append(batch_id)
        if project_id is not None:
            where.append("b.project_id = ?")
            params.append(project_id)
        if status in ("todo", "done", "skipped"):
            where.append("t.status = ?")
            params.append(status)
        elif status == "unsynced":
            where.append(
                "EXISTS (SELECT 1 FROM results r JOIN outbox o ON o.idempotency_key LIKE r.result_id || ':%' "
                "WHERE r.task_id = t.id AND o.acked_ms IS NULL)"
            )
        sql = (
            "SELECT t.id FROM tasks t JOIN batches b ON b.id = t.batch_id "
            f"WHERE {' AND '.join(where)} ORDER BY t.batch_id, t.seq"
        )
        return [r[0] for r in self._db.execute(sql, params).fetchall()]

    def summaries(self, ids: list[int]) -> dict[int, TaskSummary]:
        """Rows of the task table for some ids (a page)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        active = dict(
            self._db.execute(
                f"SELECT task_id, sum(end_ms - start_ms) FROM activity_spans WHERE task_id IN ({marks}) AND "
                "(state = 'active' OR idle_decision = 'keep') GROUP BY task_id",
                ids,
            ).fetchall()
        )
        earned = {
            t: (m, c)
            for t, m, c in self._db.execute(
                f"SELECT task_id, sum(amount_micros), currency FROM earnings WHERE task_id IN ({marks}) "
                "GROUP BY task_id, currency",
                ids,
            ).fetchall()
        }
        sync = dict(
            self._db.execute(
                f"SELECT r.task_id, CASE WHEN max(o.parked) = 1 THEN 'parked' WHEN min(o.acked_ms IS NOT NULL) = 1 "
                "THEN 'sent' ELSE 'queued' END FROM results r "
                "JOIN outbox o ON o.idempotency_key LIKE r.result_id || ':%' "
                f"WHERE r.task_id IN ({marks}) GROUP BY r.task_id",
                ids,
            ).fetchall()
        )
        rows = self._db.execute(
            "SELECT t.id, t.seq, t.status, p.name, t.payload, t.unsupported_reason, a.platform, p.id "
            "FROM tasks t JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
            f"JOIN accounts a ON a.id = p.account_id WHERE t.id IN ({marks})",
            ids,
        ).fetchall()
        out = {}
        for tid, seq, status, project, payload, unsupported, platform, pid in rows:
            money = earned.get(tid)
            out[tid] = TaskSummary(
                tid,
                seq,
                status,
                project,
                self._preview(pid, payload),
                int(active.get(tid, 0)),
                Money.from_micros(money[0], money[1]) if money else None,
                "local" if platform == "file" else sync.get(tid, "—"),
                unsupported is not None,
            )
        return out

    def _preview(self, project_id: int, payload: str) -> str:
        from coopclient.storage.catalog import task_data

        data = task_data(payload)
        try:
            objects = self._results.config_for(project_id).objects
        except ConfigError:
            objects = ()
        value = data.get(objects[0].value_key) if objects else None
        if not isinstance(value, str):
            value = next((v for v in data.values() if isinstance(v, str)), "")
        return " ".join(value.split())[:120]

    def task_view(self, task_id: int) -> TaskView:
        """One task, its parsed config (or why it cannot be parsed), its result and its time so far."""
        task = self._catalog.task(task_id)
        project = self._catalog.project(task.project_id)
        try:
            config, error = self._results.config_for(task.project_id), None
        except ConfigError as exc:
            config, error = None, str(exc)
        active = self._db.execute(
            "SELECT coalesce(sum(end_ms - start_ms), 0) FROM activity_spans WHERE task_id = ? AND "
            "(state = 'active' OR idle_decision = 'keep')",
            [task_id],
        ).fetchone()[0]
        payload = self._db.execute("SELECT payload FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
        stored = json.loads(payload)
        media = stored.get(MEDIA_KEY) if isinstance(stored, dict) else None  # only a pull records media
        note = remote_note(stored.get(REMOTE_STATE_KEY)) if isinstance(stored, dict) else None
        result = self._results.result(task_id)
        return TaskView(task, project.name, config, error, result, int(active), media, note)

    def earnings(self, today: date, batch_id: int | None) -> EarningsSummary:
        """The panel's figures for the batch, today and this week (Monday to Sunday)."""
        monday = today - timedelta(days=today.weekday())
        week = self._reports.report(monday, monday + timedelta(days=6), by="day")
        by_day = {r.key: r for r in week.rows}
        batch_row = None
        if batch_id is not None:
            batch_report = self._reports.report(by="batch")
            batch_row = next((r for r in batch_report.rows if r.key == f"batch {batch_id}"), None)
        days = [(monday + timedelta(days=i), by_day.get((monday + timedelta(days=i)).isoformat())) for i in range(7)]
        return EarningsSummary(week.currency, batch_row, by_day.get(today.isoformat()), week.totals, days, week)
