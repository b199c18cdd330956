"""Saving the member's results: validated against the labeling config, one transaction each.

A submit writes, together: the result (Label Studio's result JSON, versioned), the task's status, the
task's piece-rate earning (once per task), and — for tasks from a platform — the outbox row that the sync
relay will deliver exactly once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from coopclient.core.clock import Clock, local_day
from coopclient.core.ids import IdSource
from coopclient.core.labeling import LabelingConfig, Problem, parse_config, validate_result
from coopclient.core.offsets import task_texts, to_utf16
from coopclient.core.outbox_codec import ResultPayload, encode, version_key
from coopclient.storage.catalog import FILE_PLATFORM, CatalogRepo, TaskRow
from coopclient.storage.earnings import EarningRow, EarningsRepo
from coopclient.storage.outbox import OutboxRepo
from coopclient.storage.results import ResultRow, ResultsRepo
from coopclient.storage.timing import TimingRepo


class ResultRejected(ValueError):
    """A result that does not fit the labeling config, or a task that cannot take one."""

    def __init__(self, task_id: int, problems: list[Problem] | list[str]) -> None:
        self.task_id = task_id
        self.problems = [str(p) for p in problems]
        super().__init__(f"task {task_id}: " + "; ".join(self.problems))


@dataclass(frozen=True)
class Saved:
    """A stored result."""

    task_id: int
    result_id: str
    version: int
    lead_time_ms: int


class ResultService:
    """Submit, skip and read results."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, ids: IdSource) -> None:
        self._db = db
        self._catalog = CatalogRepo(db)
        self._timing = TimingRepo(db)
        self._outbox = OutboxRepo(db)
        self._results = ResultsRepo(db)
        self._earnings = EarningsRepo(db)
        self._clock = clock
        self._ids = ids
        self._configs: dict[int, LabelingConfig] = {}

    def config_for(self, project_id: int) -> LabelingConfig:
        """The parsed labeling config of a project (cached)."""
        if project_id not in self._configs:
            self._configs[project_id] = parse_config(self._catalog.project(project_id).config_xml)
        return self._configs[project_id]

    def check(self, task: TaskRow, result: Any) -> list[Problem]:
        """Problems of a result for a task ([] when it can be saved)."""
        return validate_result(self.config_for(task.project_id), task.data, result)

    def submit(self, task_id: int, result: list[dict[str, Any]]) -> Saved:
        """Validate and store a result, its earning and its outbox row in one transaction.

        Raises:
            ResultRejected: the result does not fit the config, or the task is unsupported.
        """
        task = self._catalog.task(task_id)
        if task.unsupported_reason:
            raise ResultRejected(task_id, [task.unsupported_reason])
        problems = self.check(task, result)
        if problems:
            raise ResultRejected(task_id, problems)
        return self._store(task, result, cancelled=False)

    def skip(self, task_id: int) -> Saved:
        """Skip a task: no pay; for platform tasks, a cancelled annotation goes back."""
        return self._store(self._catalog.task(task_id), [], cancelled=True)

    def result(self, task_id: int) -> list[dict[str, Any]] | None:
        """The stored result of a task, if any."""
        text = self._results.result_text(task_id)
        return None if text is None else list(json.loads(text))

    def _store(self, task: TaskRow, result: list[dict[str, Any]], cancelled: bool) -> Saved:
        now = self._clock.now().wall_ms
        project = self._catalog.project(task.project_id)
        lead_ms = self._timing.task_active_ms(task.id)
        body = json.dumps(result, ensure_ascii=False, sort_keys=True)
        with self._db.atomic():
            existing = self._results.version(task.id)
            result_id, version = (existing.result_id, existing.version + 1) if existing else (self._ids(), 1)
            self._results.save(ResultRow(task.id, result_id, body, cancelled, lead_ms, version), now)
            self._catalog.set_status(task.id, "skipped" if cancelled else "done", now)
            self._settle_piece_rate(
                task, project.rate_micros, project.rate_currency, project.platform, now, pay=not cancelled
            )
            if project.platform != FILE_PLATFORM:
                self._enqueue(task, project.platform, result_id, version, body, cancelled, lead_ms, now)
        return Saved(task.id, result_id, version, lead_ms)

    def _settle_piece_rate(
        self, task: TaskRow, micros: int | None, currency: str | None, platform: str, now: int, pay: bool
    ) -> None:
        """One piece-rate earning per submitted task; none for a skipped one."""
        if not pay:
            self._earnings.remove_piece_rate(task.id)
            return
        if micros is None or currency is None:
            return
        day = local_day(now, self._clock.tz).isoformat()
        row = EarningRow(
            self._ids(), "piece_rate", micros, currency, day, task.id, task.project_id, platform, None, now
        )
        self._earnings.add_piece_rate(row)

    def _enqueue(
        self,
        task: TaskRow,
        platform: str,
        result_id: str,
        version: int,
        body: str,
        cancelled: bool,
        lead_ms: int,
        now: int,
    ) -> None:
        payload = ResultPayload(
            task_id=task.id,
            platform_ref=task.platform_ref,
            unique_id=result_id,
            # Label Studio counts span offsets in UTF-16 units; the store keeps code points.
            result=to_utf16(json.loads(body), task_texts(self.config_for(task.project_id), task.data)),
            was_cancelled=cancelled,
            lead_time_s=lead_ms / 1000,
        )
        kind = "skip" if cancelled else "result"
        self._outbox.add(version_key(result_id, version), kind, platform, encode(payload), now)
