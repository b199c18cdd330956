"""Importing statements (the treasurer's) and earnings records (the member's) through the one engine.

The treasurer's side stores the lines for the reconciliation; the member's side stores them too (so a second
import of an overlapping export is recognised line by line) and turns each into earnings entries
(:mod:`coopclient.core.statements.records`), matched to the member's manual-timer sessions by platform and day
so the four wages cover web work. Each import is one transaction: a file that cannot be read at all, or that
goes over the limits, leaves the store as it was; a bad row is reported and left out, the good rows are kept.
Reads the file on the caller's thread: the desktop calls it on its worker, never on the GUI thread.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import sqlite_utils

from coopclient.core.clock import Clock, local_day
from coopclient.core.statement_line import StatementLine
from coopclient.core.statements import (
    BUILTIN,
    ColumnMapping,
    Limits,
    Outcome,
    Preset,
    RowError,
    StatementError,
    mapping_from_json,
    mapping_to_json,
    read_lines,
)
from coopclient.core.statements.records import HISTORY_DAYS, Reminder, earnings_of, reminders
from coopclient.storage.statements import StatementsRepo, Stored

__all__ = [
    "MEMBER_PRESETS",
    "TREASURER_PRESETS",
    "DayMatch",
    "ImportSummary",
    "StatementImportError",
    "StatementService",
]

TREASURER_PRESETS = ("generic", "paypal", "bank")
MEMBER_PRESETS = ("paypal", "mturk", "prolific", "generic")
CHUNK = 10_000  # lines stored per executemany


class StatementImportError(ValueError):
    """A file or a preset that cannot be used: nothing was imported; the message names the file."""


@dataclass(frozen=True, slots=True)
class DayMatch:
    """A day of imported work on a platform, and the time the manual timer recorded for it (0: none)."""

    platform: str
    day: date
    entries: int
    timed_ms: int


@dataclass
class ImportSummary:
    """What one import did."""

    file: str
    preset: str
    source: str
    lines: int = 0  # good lines read
    added: int = 0
    updated: int = 0  # already stored, and the statement now says otherwise (a status moved)
    skipped: int = 0  # rows that are no payment
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)
    earnings_added: int = 0
    earnings_updated: int = 0
    days: list[DayMatch] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        """Good lines already stored as they are (importing the same statement twice: all of them)."""
        return self.lines - self.added - self.updated

    @property
    def untimed_days(self) -> list[DayMatch]:
        """Days of imported work with no time recorded for them: their wages have money but no hours."""
        return [d for d in self.days if d.timed_ms == 0]

    def to_json(self) -> dict[str, Any]:
        """The summary as plain JSON values (``coopclient ... import --json``)."""
        return {
            "file": self.file,
            "preset": self.preset,
            "source": self.source,
            "lines": self.lines,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "bad_rows": self.error_count,
            "errors": [
                {"line": e.line_no, "where": e.where, "field": e.column, "reason": e.message, "text": str(e)}
                for e in self.errors
            ],
            "earnings_added": self.earnings_added,
            "earnings_updated": self.earnings_updated,
            "days": [
                {"platform": d.platform, "day": d.day.isoformat(), "entries": d.entries, "timed_ms": d.timed_ms}
                for d in self.days
            ],
        }


def _chunks(lines: Iterator[StatementLine], size: int) -> Iterator[list[StatementLine]]:
    while chunk := list(islice(lines, size)):
        yield chunk


class StatementService:
    """Imports statements and earnings records; remembers column mappings by name."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, limits: Limits | None = None) -> None:
        self._db = db
        self._repo = StatementsRepo(db)
        self._clock = clock
        self._limits = limits or Limits()

    # -- presets and mappings ------------------------------------------------------------------------------

    def preset(self, name: str) -> Preset:
        """A built-in preset, or ``mapping:NAME`` for a saved mapping."""
        if name.startswith("mapping:"):
            spec = self._repo.mapping(name.removeprefix("mapping:"))
            if spec is None:
                known = ", ".join(self._repo.mapping_names()) or "none saved"
                raise StatementImportError(f"no mapping named {name.removeprefix('mapping:')!r} ({known})")
            return mapping_from_json(spec).preset()
        if name not in BUILTIN:
            raise StatementImportError(f"unknown preset {name!r}: expected {', '.join(BUILTIN)} or mapping:NAME")
        return BUILTIN[name]

    def save_mapping(self, mapping: ColumnMapping) -> None:
        """Remember a mapping by its name (replacing one of that name)."""
        with self._db.atomic():
            self._repo.save_mapping(mapping.name, mapping_to_json(mapping), self._clock.now().wall_ms)

    def mapping(self, name: str) -> ColumnMapping | None:
        """A saved mapping, or None."""
        spec = self._repo.mapping(name)
        return None if spec is None else mapping_from_json(spec)

    def mapping_names(self) -> list[str]:
        """The saved mappings' names."""
        return self._repo.mapping_names()

    # -- imports ------------------------------------------------------------------------------------------

    def _read(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            if size > self._limits.max_bytes:
                raise StatementImportError(
                    f"{path}: {size:,} bytes, over the limit of {self._limits.max_bytes:,} for one import"
                )
            return path.read_bytes()
        except OSError as exc:
            raise StatementImportError(f"{path}: cannot read: {exc.strerror or exc}") from None

    def import_statement(self, path: Path, preset: str, source: str | None = None) -> ImportSummary:
        """The treasurer's side: store a statement's lines (for the reconciliation)."""
        return self._import(path, preset, source, "treasurer", None)

    def import_records(
        self, path: Path, preset: str, source: str | None = None, platform: str | None = None
    ) -> ImportSummary:
        """The member's side: store an earnings record's lines and make them earnings entries.

        Args:
            platform: the platform of every line, when the file does not say (a generic sheet, a mapping).
        """
        return self._import(path, preset, source, "member", platform)

    def _import(self, path: Path, name: str, source: str | None, side: str, platform: str | None) -> ImportSummary:
        chosen = self.preset(name)
        data = self._read(path)
        summary = ImportSummary(str(path), name, source or name)
        outcome = Outcome()
        now = self._clock.now().wall_ms
        work_days: Counter[tuple[str, date]] = Counter()
        lines = read_lines(data, chosen, summary.source, outcome, self._limits)
        if platform:
            lines = (dataclasses.replace(line, platform=platform) for line in lines)
        try:
            with self._db.atomic():
                for chunk in _chunks(lines, CHUNK):
                    summary.lines += len(chunk)
                    _add(summary, self._repo.upsert_lines(side, chunk, now), "")
                    if side == "member":
                        made = [e for line in chunk for e in earnings_of(line, chosen.tasks)]
                        _add(summary, self._repo.upsert_earnings(made, now), "earnings_")
                        if chosen.tasks:
                            work_days.update((line.platform, line.paid_on) for line in chunk)
        except StatementError as exc:
            raise StatementImportError(f"{path}: {exc}; nothing was imported") from None
        summary.skipped, summary.error_count, summary.errors = outcome.skipped, outcome.error_count, outcome.errors
        if work_days:
            summary.days = self._matched(work_days)
        return summary

    def _matched(self, work_days: Counter[tuple[str, date]]) -> list[DayMatch]:
        platforms = sorted({p for p, _ in work_days})
        timed = self._repo.manual_time(platforms, min(d for _, d in work_days), max(d for _, d in work_days))
        return [DayMatch(p, d, n, timed.get((p, d), 0)) for (p, d), n in sorted(work_days.items())]

    # -- the history windows -----------------------------------------------------------------------------

    def reminders(self) -> list[Reminder]:
        """Platforms whose history the member should export soon, before timed work leaves its window."""
        today = local_day(self._clock.now().wall_ms, self._clock.tz)
        since = today - timedelta(days=max(HISTORY_DAYS.values()))
        worked = self._repo.manual_days(sorted(HISTORY_DAYS), since)
        return reminders(worked, self._repo.covered_until("member"), today)


def _add(summary: ImportSummary, stored: Stored, prefix: str) -> None:
    setattr(summary, f"{prefix}added", getattr(summary, f"{prefix}added") + stored.added)
    setattr(summary, f"{prefix}updated", getattr(summary, f"{prefix}updated") + stored.updated)
