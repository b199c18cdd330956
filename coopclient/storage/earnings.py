"""SQL for earnings entries, exchange rates and wage floors. Callers hold the transaction (``db.atomic()``).

Amounts are integer micro-units beside their ISO 4217 code, so sums in SQL are exact; the per-day totals of
``money_rollup`` follow the entries by trigger (:mod:`coopclient.storage.migrations`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

import sqlite_utils

from coopclient.core.fx import Rate
from coopclient.core.money import Money
from coopclient.core.wages import WageFloor


@dataclass(frozen=True)
class EarningRow:
    """An earnings entry as stored (``amount_micros`` signed)."""

    entry_id: str
    kind: str
    amount_micros: int
    currency: str
    day: str
    task_id: int | None
    project_id: int | None
    platform: str | None
    note: str | None
    created_ms: int


_ROW_COLUMNS = tuple(f.name for f in fields(EarningRow))  # the ``earnings`` columns, named as the row's fields


@dataclass(frozen=True)
class PieceRate:
    """A task's piece-rate earning."""

    amount: Money
    platform: str | None


class RateText(NamedTuple):
    """A rate as stored: its day (ISO), the pair, and the rate's text as published (kept digit for digit)."""

    day: str
    base: str
    quote: str
    rate: str


class EarningsRepo:
    """Earnings entries, exchange rates and wage floors."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- entries -----------------------------------------------------------------------------------------

    def insert(self, row: EarningRow) -> None:
        """Record an entry."""
        self._insert("INSERT", row)

    def add_piece_rate(self, row: EarningRow) -> None:
        """Record a task's piece rate, unless it has one already (one per task, whatever the versions)."""
        self._insert("INSERT OR IGNORE", replace(row, kind="piece_rate", note=None))

    def _insert(self, verb: str, row: EarningRow) -> None:
        self._db.execute(
            f"{verb} INTO earnings ({', '.join(_ROW_COLUMNS)}) VALUES ({', '.join('?' * len(_ROW_COLUMNS))})",
            [getattr(row, name) for name in _ROW_COLUMNS],
        )

    def remove_piece_rate(self, task_id: int) -> None:
        """Take back a task's piece rate (the task was skipped)."""
        self._db.execute("DELETE FROM earnings WHERE task_id = ? AND kind = 'piece_rate'", [task_id])

    def piece_rate(self, task_id: int) -> PieceRate | None:
        """A task's piece-rate earning, if it has one."""
        row = self._db.execute(
            "SELECT amount_micros, currency, platform FROM earnings WHERE task_id = ? AND kind = 'piece_rate'",
            [task_id],
        ).fetchone()
        return None if row is None else PieceRate(Money.from_micros(row[0], row[1]), row[2])

    # -- exchange rates ----------------------------------------------------------------------------------

    def upsert_rates(self, rates: Iterable[RateText], source: str) -> None:
        """Store rates (a rate already known for its day and pair is replaced)."""
        self._db.conn.executemany(
            "INSERT INTO fx_rates (day, base, quote, rate, source) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET rate = excluded.rate, source = excluded.source",
            [(*rate, source) for rate in rates],
        )

    def remove_rates_from(self, source: str) -> None:
        """Forget the rates that came from ``source``."""
        self._db.execute("DELETE FROM fx_rates WHERE source = ?", [source])

    def rates(self) -> list[Rate]:
        """Every known rate."""
        rows = self._db.execute("SELECT day, base, quote, rate FROM fx_rates").fetchall()
        return [Rate(date.fromisoformat(d), b, q, Decimal(r)) for d, b, q, r in rows]

    # -- wage floors -------------------------------------------------------------------------------------

    def upsert_floor(self, floor: WageFloor, now_ms: int) -> None:
        """Store the floor in force from its date (one per date: a new one replaces it)."""
        self._db.execute(
            "INSERT INTO wage_floors (effective, hourly_micros, currency, regional_factors, source, "
            "created_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (effective) DO UPDATE SET hourly_micros = "
            "excluded.hourly_micros, currency = excluded.currency, regional_factors = "
            "excluded.regional_factors, source = excluded.source, created_ms = excluded.created_ms",
            [
                floor.effective.isoformat(),
                floor.hourly.to_micros(),
                floor.hourly.currency,
                json.dumps({k: str(v) for k, v in floor.regional_factors.items()}),
                floor.source,
                now_ms,
            ],
        )

    def remove_floors_from(self, source: str) -> None:
        """Forget the floors that came from ``source``."""
        self._db.execute("DELETE FROM wage_floors WHERE source = ?", [source])

    def floors(self) -> list[WageFloor]:
        """Every floor recorded, oldest first."""
        rows = self._db.execute(
            "SELECT effective, hourly_micros, currency, regional_factors, source FROM wage_floors ORDER BY effective"
        ).fetchall()
        return [
            WageFloor(
                Money.from_micros(m, c),
                date.fromisoformat(e),
                {k: Decimal(v) for k, v in json.loads(f).items()},
                s,
            )
            for e, m, c, f, s in rows
        ]
