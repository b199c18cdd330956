"""Earnings entries, exchange rates and the wage floor, as the member records them.

Amounts are stored as integer micro-units beside their ISO 4217 code, so sums in SQL are exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import sqlite_utils

from coopclient.core.clock import Clock, local_day
from coopclient.core.fx import FxError, FxTable, parse_rates_csv
from coopclient.core.ids import IdSource
from coopclient.core.money import Money
from coopclient.core.wages import WageFloor
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.earnings import EarningRow, EarningsRepo, RateText


class EarningKind(StrEnum):
    """Kinds of earnings entries; the sign of each is fixed here, not left to the member."""

    PIECE_RATE = "piece_rate"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"
    REJECTION = "rejection"  # a piece rate reversed: negative
    FEE = "fee"  # worker-side fees (PayPal, bank, FX spread): negative
    PAYOUT = "payout"  # money that reached the member's account
    # Made only by importing the member's own records (core/statements/records.py); shown, never counted in
    # a wage: work awaiting approval (counted once approved, as a piece rate), a reward not paid (rejected or
    # returned work: its time still counts), a payout announced but not arrived, a payout reversed or denied.
    PENDING = "pending"
    UNPAID = "unpaid"
    PAYOUT_PENDING = "payout_pending"
    PAYOUT_VOID = "payout_void"

    @property
    def sign(self) -> int:
        """+1 or -1 for kinds with a fixed sign; 0 for adjustments, which may go either way."""
        return {"rejection": -1, "fee": -1, "adjustment": 0}.get(self.value, 1)


IMPORTED_ONLY = frozenset(
    {EarningKind.PENDING, EarningKind.UNPAID, EarningKind.PAYOUT_PENDING, EarningKind.PAYOUT_VOID}
)
"""Kinds only an import makes (``coopclient earnings add`` does not offer them)."""


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
        self._repo = EarningsRepo(db)
        self._catalog = CatalogRepo(db)
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
            project_id = self._catalog.project_of_task(task_id)
            if project_id is None:
                raise EarningsError(f"--task: no task {task_id}")
        entry = Entry(self._ids(), kind, amount, day)
        row = EarningRow(
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
        )
        with self._db.atomic():
            self._repo.insert(row)
        return entry

    def reject(self, task_id: int, note: str | None = None) -> Entry:
        """Reverse a task's piece rate (its time still counts, in the all-in and session wages)."""
        piece = self._repo.piece_rate(task_id)
        if piece is None:
            raise EarningsError(f"task {task_id} has no piece-rate earning to reverse")
        return self.add(EarningKind.REJECTION, piece.amount, platform=piece.platform, task_id=task_id, note=note)

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
            self._repo.upsert_rates(
                (RateText(r.on.isoformat(), r.base, r.quote, str(r.rate)) for r in rates), str(path)
            )
        return len(rates)

    def fx_table(self) -> FxTable:
        """Every known rate."""
        return FxTable(self._repo.rates())

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
            self._repo.upsert_floor(floor, now)
        return floor

    def floors(self) -> list[WageFloor]:
        """Every floor recorded, oldest first."""
        return self._repo.floors()
