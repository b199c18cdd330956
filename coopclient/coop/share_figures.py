"""The per-day figures a member shares with the co-op ledger, built from the local store: what may leave
the machine.

One cell per closed day × platform *type* × kind of task, from the per-day rollups and the results only:

- ``active_s``: annotating time plus the short gaps a session bridges; ``unpaid_s``: the unpaid categories
  (searching, qualification, returned, rejected, communication, payment admin), so ``active_s + Σ unpaid_s``
  is the all-in time of the earnings report; breaks and idle time not kept are not shared;
- ``tasks_done``: results submitted that day (skips excluded); ``rejections``: piece rates reversed that day;
- ``earnings``: piece rates, bonuses, adjustments and reversals per currency (fees and payouts stay here).

Never a project name or id, an account name or URL, a task id or text, or a time of day. The platform is
one of the published types (``core.ledger_entries.platform_type``): a manual timer's or an earning's free
text that is not a listed platform is shared as ``other``, never as itself.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlite_utils

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.core.clock import Clock, day_start_ms, local_day, next_midnight_ms
from coopclient.core.report import EARNED_KINDS
from coopclient.protocol.entries import OTHER_PLATFORM, stats_data
from coopclient.protocol.entries import platform_type as platform_type  # re-exported for the sharing service
from coopclient.storage.ledger_shares import SharesRepo

OTHER = OTHER_PLATFORM
_ACTIVE_BUCKETS = frozenset({Category.ANNOTATING.value, "~gap"})
_UNPAID = frozenset(c.value for c in UNPAID_CATEGORIES)
_KIND_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")

Cell = tuple[str, str, str]  # (day, platform type, kind of task)


@dataclass
class CellFigures:
    """One day × platform × kind of task, accumulated from the rollups."""

    active_ms: int = 0
    unpaid_ms: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tasks_done: int = 0
    rejections: int = 0
    micros: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    currencies: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class DueEntry:
    """The ``data`` of one entry due, and the entry it corrects (None when the cell was never shared)."""

    day: date
    platform: str
    task_kind: str
    data: dict[str, Any]
    supersedes: str | None


def task_kind(value: str | None) -> str:
    """The kind of task (``[a-z0-9_-]{1,32}``): the project's task type, ``choices+textarea`` → ``choices-textarea``;
    ``other`` when unknown or unsupported."""
    text = (value or "").strip().lower().replace("+", "-")
    if text in ("", "unsupported") or len(text) > 32 or not set(text) <= _KIND_CHARS:
        return OTHER
    return text


# -- collecting ------------------------------------------------------------------------------------------


def collect_cells(db: sqlite_utils.Database, clock: Clock, first: date, last: date) -> dict[Cell, CellFigures]:
    """Per day × platform type × kind of task, from the rollups and the results; days ``first``..``last``."""
    cells: dict[Cell, CellFigures] = defaultdict(CellFigures)
    _add_time(db, cells, first, last)
    _add_money(db, cells, first, last)
    _add_results(db, clock, cells, first, last)
    return dict(cells)


def _add_time(db: sqlite_utils.Database, cells: dict[Cell, CellFigures], first: date, last: date) -> None:
    for day, platform, task_type, bucket, ms in SharesRepo(db).time_cells(first.isoformat(), last.isoformat()):
        cell = cells[(day, platform_type(platform), task_kind(task_type))]
        if bucket in _ACTIVE_BUCKETS:
            cell.active_ms += ms
        elif bucket in _UNPAID:
            cell.unpaid_ms[bucket] += ms


def _add_money(db: sqlite_utils.Database, cells: dict[Cell, CellFigures], first: date, last: date) -> None:
    kinds = sorted(EARNED_KINDS)
    for day, platform, task_type, kind, currency, micros, entries in SharesRepo(db).money_cells(
        first.isoformat(), last.isoformat(), kinds
    ):
        cell = cells[(day, platform_type(platform), task_kind(task_type))]
        cell.micros[currency] += micros
        cell.currencies.add(currency)
        if kind == "rejection":
            cell.rejections += entries


def _add_results(
    db: sqlite_utils.Database, clock: Clock, cells: dict[Cell, CellFigures], first: date, last: date
) -> None:
    start, end = day_start_ms(first, clock.tz), next_midnight_ms(last, clock.tz)
    for created_ms, platform, task_type in SharesRepo(db).results_between(start, end):
        day = local_day(created_ms, clock.tz).isoformat()
        cells[(day, platform_type(platform), task_kind(task_type))].tasks_done += 1


# -- as entry data ---------------------------------------------------------------------------------------


def cell_data(cell: Cell, acc: CellFigures) -> dict[str, Any]:
    """The ``stats.day`` data of one cell (docs/ledger.md, "Entries")."""
    day, platform, kind = cell
    return stats_data(
        date.fromisoformat(day),
        platform,
        kind,
        _seconds(acc.active_ms),
        {name: _seconds(ms) for name, ms in acc.unpaid_ms.items()},
        max(0, acc.tasks_done),
        max(0, acc.rejections),
        # A day whose clawbacks exceed its pay earned nothing that day; the ledger takes no negative earnings.
        {currency: Decimal(max(0, acc.micros[currency])).scaleb(-6) for currency in sorted(acc.currencies)},
    )


def _seconds(ms: int) -> int:
    """Whole seconds, within what one day can hold (a 25-hour day still shares at most 86,400 s a figure)."""
    return min(86_400, max(0, ms // 1000))


def _empty(data: dict[str, Any]) -> bool:
    counts = (data["active_s"], *data["unpaid_s"].values(), data["tasks_done"], data["rejections"])
    return not any(counts) and not data["earnings"]


# -- what is due -----------------------------------------------------------------------------------------


def due_entries(db: sqlite_utils.Database, clock: Clock, first: date, today: date) -> list[DueEntry]:
    """Closed days from ``first`` whose figures differ from the latest entry shared for them (or were never
    shared)."""
    last = today - timedelta(days=1)
    if last < first:
        return []
    current = {cell: cell_data(cell, acc) for cell, acc in collect_cells(db, clock, first, last).items()}
    latest = _latest_shares(db, first, last)
    due = []
    for cell in sorted(set(current) | set(latest)):
        day, platform, kind = cell
        data = current.get(cell) or cell_data(cell, CellFigures())
        previous = latest.get(cell)
        if previous is None and _empty(data):
            continue
        if previous is not None and previous[1] == data:
            continue
        due.append(DueEntry(date.fromisoformat(day), platform, kind, data, previous[0] if previous else None))
    return due


def _latest_shares(db: sqlite_utils.Database, first: date, last: date) -> dict[Cell, tuple[str, dict[str, Any]]]:
    """Per cell, the id and data of the entry shared last (the one no other entry supersedes)."""
    rows = SharesRepo(db).latest(first.isoformat(), last.isoformat())
    # An entry shared before the platform list existed may name a free-text platform: its cell is corrected
    # as `other`, so the correction supersedes it without repeating the name.
    return {(d, platform_type(p), k): (entry_id, json.loads(body)["data"]) for entry_id, d, p, k, body in rows}
