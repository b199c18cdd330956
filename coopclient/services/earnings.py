"""Earnings entries, exchange rates and the wage floor, as the member records them.

Amounts are stored as integer micro-units beside their ISO 4217 code, so sums in SQL are exact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import sqlite_utils

from coopclient.core.clock import Clock, local_day
from coopclient.core.fx import FxError, FxTable, Rate, parse_rates_csv
from coopclient.core.ids import IdSource
from coopclient.core.money import Money
from coopclient.core.wages import WageFloor


class EarningKind(StrEnum):
    """Kinds of earnings entries; the sign of each is fixed here, not left to the member."""

    PIECE_RATE = "piece_rate"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"
    REJECTION = "rejection"  # a piece rate reversed: negative
    FEE = "fee"  # worker-side fees (PayPal, bank, FX spread): negative
    PAYOUT = "payout"  # money that reached the member's account

    @property
    def sign(self) -> int:
        """+1 or -1 for kinds with a fixed sign; 0 for adjustments, which may go either way."""
        return {"rejection": -1, "fee": -1, "adjustment": 0}.get(self.value, 1)


class EarningsError(ValueError):
    """An entry that cannot be recorded."""


@dataclass(frozen=True)
class Entry:
    """A recorded earnings entry."""

    entry_id: str
    kind: EarningKind
    amount: Money
    day: date


class EarningsService:
    """Record earnings, rates and floors."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock, ids: IdSource) -> None:
        self._db = db
        self._clock = clock
        self._ids = ids

    def add(
        self,
        kind: EarningKind,
        amount: Money,
        day: date | None = None,
        platform: str | None = None,
        task_id: int | None = None,
        note: str | None = None,
    ) -> Entry:
        """Record an entry. Fees and rejections are stored negative whatever sign was typed.

        Raises:
            EarningsError: a negative amount for a kind that is money received (a bonus, a piece rate, a
                payout): it was stored positive without a word, once; a correction is an ``adjustment``.
        """
        if kind.sign > 0 and amount.amount < 0:
            raise EarningsError(
                f"a {kind.value} is money received: {amount} cannot be one; record a correction as an adjustment"
            )
        if kind.sign:
            amount = Money(abs(amount.amount) * kind.sign, amount.currency)
        now = self._clock.now().wall_ms
        day = day or local_day(now, self._clock.tz)
        project_id = None
        if task_id is not None:
            row = self._db.execute(
                "SELECT b.project_id FROM tasks t JOIN batches b ON b.id = t.batch_id WHERE t.id = ?",
                [task_id],
            ).fetchone()
            if row is None:
                raise EarningsError(f"--task: no task {task_id}")
            project_id = row[0]
        entry = Entry(self._ids(), kind, amount, day)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO earnings (entry_id, kind, amount_micros, currency, day, task_id, project_id, "
                "platform, note, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    entry.entry_id,
                    kind.value,
                    amount.to_micros(),
                    amount.currency,
                    day.isoformat(),
                    task_id,
                    project_id,
                    platform,
                    note,
                    now,
                ],
            )
        return entry

    def reject(self, task_id: int, note: str | None = None) -> Entry:
        """Reverse a task's piece rate (its time still counts, in the all-in and session wages)."""
        row = self._db.execute(
            "SELECT amount_micros, currency, platform FROM earnings WHERE task_id = ? AND kind = 'piece_rate'",
            [task_id],
        ).fetchone()
        if row is None:
            raise EarningsError(f"task {task_id} has no piece-rate earning to reverse")
        return self.add(
            EarningKind.REJECTION,
            Money.from_micros(row[0], row[1]),
            platform=row[2],
            task_id=task_id,
            note=note,
        )

    # -- exchange rates ------------------------------------------------------------------------------

    def import_rates(self, path: Path) -> int:
        """Import a CSV of dated exchange rates (date,base,quote,rate); all or nothing."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise EarningsError(f"{path}: not UTF-8 text (byte {exc.start + 1})") from None
        except OSError as exc:
            raise EarningsError(f"{path}: cannot read: {exc.strerror or exc}") from None
        try:
            rates = parse_rates_csv(text, source=str(path))
        except FxError as exc:
            raise EarningsError(str(exc)) from None
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT INTO fx_rates (day, base, quote, rate, source) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO UPDATE SET rate = excluded.rate, source = excluded.source",
                [(r.on.isoformat(), r.base, r.quote, str(r.rate), str(path)) for r in rates],
            )
        return len(rates)

    def fx_table(self) -> FxTable:
        """Every known rate."""
        rows = self._db.execute("SELECT day, base, quote, rate FROM fx_rates").fetchall()
        return FxTable(Rate(date.fromisoformat(d), b, q, Decimal(r)) for d, b, q, r in rows)

    # -- the wage floor ------------------------------------------------------------------------------

    def set_floor(
        self,
        hourly: Money,
        effective: date | None = None,
        factors: dict[str, Decimal] | None = None,
        source: str = "set by the member",
    ) -> WageFloor:
        """Record the floor from a date (today by default); earlier floors stay for earlier days."""
        if hourly.amount <= 0:
            raise EarningsError(f"the floor must be positive, not {hourly}")
        now = self._clock.now().wall_ms
        floor = WageFloor(hourly, effective or local_day(now, self._clock.tz), factors or {}, source)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO wage_floors (effective, hourly_micros, currency, regional_factors, source, "
                "created_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (effective) DO UPDATE SET hourly_micros = "
                "excluded.hourly_micros, currency = excluded.currency, regional_factors = "
                "excluded.regional_factors, source = excluded.source, created_ms = excluded.created_ms",
                [
                    floor.effective.isoformat(),
                    hourly.to_micros(),
                    hourly.currency,
                    json.dumps({k: str(v) for k, v in floor.regional_factors.items()}),
                    source,
                    now,
                ],
            )
        return floor

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
