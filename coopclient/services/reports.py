"""Earnings reports over a period, from the store's per-day totals (fast over years of heartbeats)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import sqlite_utils

from coopclient.core.categories import Category
from coopclient.core.money import Money
from coopclient.core.report import MoneyRow, Report, ReportRow, TimeRow, build_report
from coopclient.core.wages import hours
from coopclient.services.earnings import EarningsService
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.reports import ReportRowsRepo
from coopclient.storage.settings import SettingsRepo

GROUPINGS = ("day", "week", "month", "project", "platform", "batch", "task")
DEFAULT_CURRENCY = "EUR"


class ReportService:
    """Builds reports."""

    def __init__(self, db: sqlite_utils.Database, earnings: EarningsService, settings: SettingsRepo) -> None:
        self._rows = ReportRowsRepo(db)
        self._catalog = CatalogRepo(db)
        self._earnings = earnings
        self._settings = settings

    def report(self, start: date | None = None, end: date | None = None, by: str | None = None) -> Report:
        """A report for days ``start``..``end`` (inclusive; open ends take everything)."""
        if by is not None and by not in GROUPINGS:
            raise ValueError(f"--by: unknown grouping {by!r}; use one of: {', '.join(GROUPINGS)}")
        floors = self._earnings.floors()
        currency = self._settings.get("report_currency") or (floors[-1].hourly.currency if floors else DEFAULT_CURRENCY)
        lo, hi = (start or date.min).isoformat(), (end or date.max).isoformat()
        labels = self._labeller(by)
        if by in ("batch", "task"):
            time_rows, money_rows = self._task_rows(by, lo, hi, labels)
        else:
            time_rows, money_rows = self._rollup_rows(by, lo, hi, labels)
        return build_report(
            time_rows,
            money_rows,
            currency=currency,
            fx=self._earnings.fx_table(),
            floors=floors,
            region=self._settings.get("region") or None,
            group_by=by,
            start=start,
            end=end,
            session_gap_ms=self._settings.get("session_gap_s") * 1000,
        )

    def _rollup_rows(
        self, by: str | None, lo: str, hi: str, label: Any
    ) -> tuple[Iterator[TimeRow], Iterator[MoneyRow]]:
        by_project, by_platform = by == "project", by == "platform"
        times = (
            TimeRow(label(d, p, pl), date.fromisoformat(d), b, ms)
            for d, p, pl, b, ms in self._rows.rollup_time(lo, hi, by_project, by_platform)
        )
        money = (
            MoneyRow(label(d, p, pl), date.fromisoformat(d), k, Money.from_micros(m, c))
            for d, p, pl, k, c, m in self._rows.rollup_money(lo, hi, by_project, by_platform)
        )
        return times, money

    def _task_rows(self, by: str, lo: str, hi: str, label: Any) -> tuple[Iterator[TimeRow], Iterator[MoneyRow]]:
        by_task = by == "task"

        def times() -> Iterator[TimeRow]:
            for d, k, b, ms, gap in self._rows.span_time(lo, hi, by_task):
                yield TimeRow(label(k), date.fromisoformat(d), b, ms)
                if gap:
                    yield TimeRow(label(k), date.fromisoformat(d), "~gap", gap)

        money = (
            MoneyRow(label(k), date.fromisoformat(d), kind, Money.from_micros(m, c))
            for d, k, kind, c, m in self._rows.entry_money(lo, hi, by_task)
        )
        return times(), money

    def _labeller(self, by: str | None) -> Any:
        """A function from a row's keys to its group label."""
        if by is None:
            return lambda *_: "total"
        if by == "day":
            return lambda d, *_: d
        if by == "week":
            return lambda d, *_: "{}-W{:02d}".format(*date.fromisoformat(d).isocalendar()[:2])
        if by == "month":
            return lambda d, *_: d[:7]
        if by == "platform":
            return lambda d, p, pl: pl or "(no platform)"
        if by == "project":
            names = self._catalog.project_names()
            return lambda d, p, pl: names.get(p, "(no project)")
        if by == "batch":
            return lambda k: f"batch {k}" if k is not None else "(no batch)"
        return lambda k: f"task {k}" if k is not None else "(no task)"


# -- serialisation ---------------------------------------------------------------------------------


def _h(ms: int) -> str:
    return str(hours(ms).quantize(Decimal("0.0001")))


def _money(m: Money | None, places: str = "0.01") -> dict[str, str] | None:
    if m is None:
        return None
    return {"amount": str(m.amount.quantize(Decimal(places))), "currency": m.currency}


def row_json(row: ReportRow) -> dict[str, Any]:
    """One report row as JSON-ready data (Decimals as strings, never floats)."""
    t = row.time
    return {
        "key": row.key,
        "hours": {
            "by_category": {c.value: _h(t.of(c)) for c in Category},
            "task_time": _h(t.task_ms),
            "session_time": _h(t.session_ms),
            "all_in": _h(t.all_in_ms),
            "bridged_gaps": _h(t.bridged_gap_ms),
            "idle_pending_decision": _h(t.pending_idle_ms),
            "idle_discarded": _h(t.discarded_idle_ms),
        },
        "earnings": {
            "earned": _money(row.money.earned),
            "fees": _money(row.money.fees),
            "net": _money(row.money.net),
            "received": _money(row.money.received),
            "by_kind_original_currency": {
                kind: {cur: str(m.amount) for cur, m in amounts.items()} for kind, amounts in row.original.items()
            },
        },
        "wages_per_hour": {
            "task_time": _money(row.wages.task),
            "session_time": _money(row.wages.session),
            "all_in": _money(row.wages.all_in),
            "money_received": _money(row.wages.received),
        },
        "floor_per_hour": _money(row.floor),
        "hours_below_floor": str(row.gap.hours_below.quantize(Decimal("0.0001"))),
        "shortfall": _money(row.gap.shortfall),
    }


def report_json(report: Report) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    return {
        "period": {
            "from": report.start.isoformat() if report.start else None,
            "to": report.end.isoformat() if report.end else None,
        },
        "currency": report.currency,
        "group_by": report.group_by,
        "definitions": {
            "task_time": "earned / time on tasks (active, plus idle time kept)",
            "session_time": "earned / (task time + returned and rejected tasks + gaps up to the session gap)",
            "all_in": "(earned - fees) / (session time + unpaid work: searching, qualification, "
            "communication, payment admin)",
            "money_received": "payouts received / all-in time",
            "floor_check": "per day (and group): all-in wage below the floor in force that day",
            "session_gap_seconds": report.session_gap_ms // 1000,
        },
        "totals": row_json(report.totals),
        "rows": [row_json(r) for r in report.rows] if report.group_by else [],
        "floors": [
            {
                "effective": f.effective.isoformat(),
                "hourly": _money(f.hourly),
                "source": f.source,
                "regional_factors": {k: str(v) for k, v in f.regional_factors.items()},
            }
            for f in report.floors
        ],
        "exchange_rates_used": [
            {
                "from": r.source,
                "to": r.target,
                "rate": str(r.rate),
                "rate_date": r.rate_date.isoformat(),
                "stale": r.stale,
                "inverted": r.inverted,
            }
            for r in report.rates_used
        ],
        "unconverted": report.unconverted,
        "notes": report.notes,
    }
