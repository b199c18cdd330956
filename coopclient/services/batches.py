"""Importing batch files (and the bundled demo batch) and exporting the member's results.

An import is all or nothing: the tasks are streamed into one transaction, and the first bad line rolls it
back, with a message naming the file, line and field.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import sqlite_utils

from coopclient.core.clock import Clock, utc_datetime
from coopclient.core.estimate import Estimate, estimate
from coopclient.core.labeling import ConfigError, LabelingConfig, parse_config, unsupported_reason
from coopclient.core.money import MoneyError
from coopclient.core.offsets import task_texts, to_utf16
from coopclient.core.piece_rate import PieceRate
from coopclient.platforms.batchfile.reader import (
    BatchFileError,
    TaskLine,
    read_content_warning,
    read_tasks,
    write_jsonl,
)
from coopclient.resources_path import demo_manifest
from coopclient.storage.care import CareRepo
from coopclient.storage.catalog import FILE_PLATFORM, CatalogRepo, task_data
from coopclient.storage.estimates import EstimateRepo
from coopclient.storage.timing import TimingRepo

CHUNK = 2_000


class BatchImportError(ValueError):
    """A batch that cannot be imported; the message names the file, line and field. Nothing was stored."""


@dataclass(frozen=True)
class Imported:
    """What an import stored."""

    project_id: int
    batch_id: int
    project: str
    tasks: int
    unsupported: int
    task_type: str


def read_config(path: Path) -> LabelingConfig:
    """Read and parse a labeling config file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BatchImportError(f"{path}: not UTF-8 text (byte {exc.start + 1})") from None
    except OSError as exc:
        raise BatchImportError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return parse_config(text)
    except ConfigError as exc:
        raise BatchImportError(f"{path}: invalid labeling config: {exc}") from None


def parse_rate(text: str | None) -> PieceRate | None:
    """The --rate option, e.g. "0.04 EUR per task"."""
    if text is None:
        return None
    try:
        return PieceRate.parse(text)
    except MoneyError as exc:
        raise BatchImportError(f"--rate: {exc}") from None


class BatchService:
    """Batch files in and results out."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        self._db = db
        self._catalog = CatalogRepo(db)
        self._timing = TimingRepo(db)
        self._care = CareRepo(db)
        self._estimates = EstimateRepo(db)
        self._clock = clock

    @staticmethod
    def content_warning(path: Path) -> str | None:
        """The content warning a batch file opens with ("may be distressing"), or None: tell the member first."""
        try:
            return read_content_warning(path)
        except BatchFileError as exc:
            raise BatchImportError(str(exc)) from None

    def set_flag(self, batch_id: int, warning: str | None) -> None:
        """The member marks a batch as distressing (``warning``, what to show) or, with None, unmarks it."""
        with self._db.atomic():
            self._care.set_flag(batch_id, warning, "member")

    def flag(self, batch_id: int) -> str | None:
        """The batch's content warning, or None when it is not flagged."""
        return self._care.warning(batch_id)

    def import_file(
        self,
        path: Path,
        config: LabelingConfig,
        project: str | None = None,
        rate: PieceRate | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Imported:
        """Import one JSONL or CSV file as a new batch.

        ``progress`` is called with the number of tasks read after each chunk; an exception it raises (the
        member cancelled) rolls the whole import back.
        """
        name = project or path.stem
        sha = _sha256(path)
        now = self._clock.now().wall_ms
        rate_row = (rate.amount.to_micros(), rate.amount.currency) if rate else None
        with self._db.atomic():
            account = self._catalog.ensure_account(FILE_PLATFORM, "Batch files", "", now)
            project_id = self._catalog.find_project(account, name, config.xml)
            if project_id is not None and self._catalog.batch_with_source(project_id, sha) is not None:
                raise BatchImportError(f"{path}: already imported into project {name!r} (same content)")
            if project_id is None:
                project_id = self._catalog.insert_project(account, name, config.xml, config.task_type, rate_row, now)
            batch_id = self._catalog.insert_batch(project_id, str(path), sha, now)
            if rate is not None:  # the estimate made now, from the pace before this batch, kept to compare later
                made = estimate(config.task_type, self._estimates.task_times(config.task_type), rate)
                if isinstance(made, Estimate):
                    self._estimates.keep(batch_id, made, now)
            warning = self.content_warning(path)
            if warning is not None:
                self._care.set_flag(batch_id, warning, "file")
            lines = _checked(path, config, read_tasks(path))
            task_type = config.task_type  # a computed property: once, not per row
            rows = (
                (batch_id, seq, t.platform_ref, t.payload, task_type, reason)
                for seq, (t, reason) in enumerate(lines, start=1)
            )
            done = 0
            while chunk := list(islice(rows, CHUNK)):
                self._catalog.insert_tasks(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done)
            count = self._catalog.set_batch_count(batch_id)
            if count == 0:
                raise BatchImportError(f"{path}: no tasks in the file")
            unsupported = self._catalog.unsupported_count(batch_id)
        return Imported(project_id, batch_id, name, count, unsupported, config.task_type)

    def import_demo(self) -> list[Imported]:
        """Import the bundled demo batch (four small projects), unless it is already there."""
        manifest_path = demo_manifest()
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        folder = manifest_path.parent
        done = []
        for entry in manifest["projects"]:
            config = read_config(folder / entry["config"])
            try:
                done.append(
                    self.import_file(folder / entry["file"], config, entry["project"], parse_rate(entry.get("rate")))
                )
            except BatchImportError as exc:
                if "already imported" not in str(exc):
                    raise
        return done

    def has_tasks(self) -> bool:
        """Whether any task has been imported or pulled yet (the first-run check)."""
        return self._catalog.has_tasks()

    def export_results(self, out: Path) -> int:
        """Write every result (and skip) as Label Studio task JSONL with annotations; returns the count."""
        return write_jsonl(out, self._export_records())

    def _export_records(self) -> Iterator[dict[str, Any]]:
        lead = self._timing.active_ms_by_task()
        configs: dict[str, LabelingConfig] = {}
        for row in self._catalog.export_rows():
            data = task_data(row.payload)
            if row.config_xml not in configs:
                configs[row.config_xml] = parse_config(row.config_xml)
            yield {
                "id": _ref(row.platform_ref, row.task_id),
                "data": data,
                "meta": {"coopclient_task_id": row.task_id, "project": row.project},
                "annotations": [
                    {
                        "unique_id": row.result_id,
                        # Label Studio counts span offsets in UTF-16 units; the store keeps code points.
                        "result": to_utf16(json.loads(row.result), task_texts(configs[row.config_xml], data)),
                        "was_cancelled": row.was_cancelled,
                        "lead_time": round(lead.get(row.task_id, 0) / 1000, 3),
                        "created_at": utc_datetime(row.created_ms).isoformat().replace("+00:00", "Z"),
                        "updated_at": utc_datetime(row.updated_ms).isoformat().replace("+00:00", "Z"),
                    }
                ],
            }


def _ref(ref: str | None, task_id: int) -> int | str:
    if ref is None:
        return task_id
    return int(ref) if ref.isdigit() else ref


def _checked(path: Path, config: LabelingConfig, lines: Iterator[TaskLine]) -> Iterator[tuple[TaskLine, str | None]]:
    """Each task with its unsupported reason; a task missing the data the config reads is an error."""
    try:
        for line in lines:
            for obj in config.objects:
                value = line.data.get(obj.value_key)
                if not isinstance(value, str) or (obj.tag == "Text" and value == ""):
                    what = "missing" if value is None else f"{type(value).__name__}, not text"
                    raise BatchImportError(
                        f"{path}:{line.line}: field {obj.value_key!r} is {what} "
                        f'(the config\'s <{obj.tag} name="{obj.name}"> reads ${obj.value_key})'
                    )
            yield line, unsupported_reason(config, line.data)
    except BatchFileError as exc:
        raise BatchImportError(str(exc)) from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise BatchImportError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return digest.hexdigest()
