"""What the desktop app reads: the side panel's tree, task ids for a filter, rows of the task table,
one task with its config and result, and the earnings figures for the panel.

Everything here runs on the app's background database worker, never on the GUI thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from coopclient.core.care import ContentCare, Exposure, exposure_of
from coopclient.core.estimate import Estimate
from coopclient.core.labeling import ConfigError, LabelingConfig
from coopclient.core.money import Money
from coopclient.core.report import Report, ReportRow
from coopclient.core.settings import care_rules
from coopclient.services.platform_sync import MEDIA_KEY, REMOTE_STATE_KEY, remote_note
from coopclient.services.reports import ReportService
from coopclient.services.results import ResultService
from coopclient.storage.care import CareRepo
from coopclient.storage.catalog import CatalogRepo, TaskRow
from coopclient.storage.estimates import EstimateRepo
from coopclient.storage.settings import SettingsRepo
from coopclient.storage.timing import TimingRepo
from coopclient.storage.workbench import WorkbenchRepo

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
    hidden: bool = False  # a task of a flagged batch whose text the member keeps hidden: no preview


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
    care: ContentCare | None = None  # the task's batch is flagged "may be distressing": how to show it


@dataclass(frozen=True)
class EarningsSummary:
    """The panel's figures: the current batch, today, this week and the week's days."""

    currency: str
    batch: ReportRow | None
    today: ReportRow | None
    week: ReportRow
    week_days: list[tuple[date, ReportRow | None]]
    report: Report
    exposure: Exposure | None = None  # time on distressing work today (None: none today)
    batch_estimate: Estimate | None = None  # the wage estimated when the batch was imported (issue 15)


class Workbench:
    """Read models for the desktop app."""

    def __init__(self, db: sqlite_utils.Database, results: ResultService, reports: ReportService) -> None:
        self._db = db
        self._catalog = CatalogRepo(db)
        self._timing = TimingRepo(db)
        self._rows = WorkbenchRepo(db)
        self._care = CareRepo(db)
        self._estimates = EstimateRepo(db)
        self._settings = SettingsRepo(db)
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
        for batch_id, status, n in self._rows.status_counts():
            counts.setdefault(batch_id, {})[status] = n
        batches: dict[int, list[BatchNode]] = {}
        for bid, pid, source in self._rows.batches():
            c = counts.get(bid, {})
            label = source.rsplit("/", 1)[-1]
            batches.setdefault(pid, []).append(
                BatchNode(bid, label, c.get("todo", 0), c.get("done", 0), c.get("skipped", 0))
            )
        accounts: dict[int, AccountNode] = {}
        for aid, platform, name in self._rows.accounts():
            accounts[aid] = AccountNode(platform, name)
        for p in self._catalog.projects():
            accounts[p.account_id].projects.append(ProjectNode(p.id, p.name, p.task_type, batches.get(p.id, [])))
        return list(accounts.values())

    def sync_counts(self) -> tuple[int, int, int]:
        """Outbox rows (queued, parked, delivered) — what the status bar shows about syncing."""
        return self._rows.sync_counts()

    def task_ids(self, batch_id: int | None = None, project_id: int | None = None, status: str = "all") -> list[int]:
        """Task ids in order for a batch or project and a filter (all, todo, done, skipped, unsynced)."""
        if status not in FILTERS:
            raise ValueError(f"unknown filter {status!r}")
        by_status = status if status in ("todo", "done", "skipped") else None
        return self._rows.task_ids(batch_id, project_id, by_status, unsynced=status == "unsynced")

    def summaries(self, ids: list[int]) -> dict[int, TaskSummary]:
        """Rows of the task table for some ids (a page)."""
        if not ids:
            return {}
        active = self._rows.active_ms(ids)
        earned = self._rows.earned(ids)
        sync = self._rows.sync_states(ids)
        rows = self._rows.summaries(ids)
        hidden = self._care.flagged_tasks(ids) if self._settings.get("care_hide_text") else set()
        out = {}
        for tid, seq, status, project, payload, unsupported, platform, pid in rows:
            money = earned.get(tid)
            out[tid] = TaskSummary(
                tid,
                seq,
                status,
                project,
                "" if tid in hidden else self._preview(pid, payload),
                int(active.get(tid, 0)),
                Money.from_micros(money[0], money[1]) if money else None,
                "local" if platform == "file" else sync.get(tid, "—"),
                unsupported is not None,
                tid in hidden,
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
        active = self._timing.task_active_ms(task_id)
        stored = json.loads(self._rows.payload(task_id))
        media = stored.get(MEDIA_KEY) if isinstance(stored, dict) else None  # only a pull records media
        note = remote_note(stored.get(REMOTE_STATE_KEY)) if isinstance(stored, dict) else None
        result = self._results.result(task_id)
        return TaskView(task, project.name, config, error, result, int(active), media, note, self.care(task.batch_id))

    def care(self, batch_id: int) -> ContentCare | None:
        """How tasks of this batch are shown when it is flagged "may be distressing" (None: it is not)."""
        warning = self._care.warning(batch_id)
        if warning is None:
            return None
        settings = self._settings
        return ContentCare(warning, bool(settings.get("care_blur")), bool(settings.get("care_hide_text")))

    def earnings(self, today: date, batch_id: int | None, now_ms: int | None = None) -> EarningsSummary:
        """The panel's figures for the batch, today and this week (Monday to Sunday), and today's exposure to
        distressing work at ``now_ms`` (None: as of the last recorded span)."""
        monday = today - timedelta(days=today.weekday())
        week = self._reports.report(monday, monday + timedelta(days=6), by="day")
        by_day = {r.key: r for r in week.rows}
        batch_row = None
        if batch_id is not None:
            batch_report = self._reports.report(by="batch")
            batch_row = next((r for r in batch_report.rows if r.key == f"batch {batch_id}"), None)
        days = [(monday + timedelta(days=i), by_day.get((monday + timedelta(days=i)).isoformat())) for i in range(7)]
        summary = EarningsSummary(week.currency, batch_row, by_day.get(today.isoformat()), week.totals, days, week)
        estimated = self._estimates.of_batch(batch_id) if batch_id is not None else None
        return replace(summary, exposure=self.exposure(today, now_ms), batch_estimate=estimated)

    def exposure(self, today: date, now_ms: int | None = None) -> Exposure | None:
        """Today's exposure to distressing work, its advice under the member's settings; None when there is none."""
        spans = self._care.day_spans(today.isoformat())
        if not any(s.flagged and s.counted for s in spans):
            return None
        now = now_ms if now_ms is not None else max(s.end_ms for s in spans)
        return exposure_of(spans, now, care_rules(self._settings.values()))
