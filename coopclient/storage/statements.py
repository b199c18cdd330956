"""SQL for imported statement lines, the member's imported earnings entries and the saved column mappings.
Callers hold the transaction (``db.atomic()``).

Lines are kept one per ``(source, reference)``: storing a line again changes nothing, unless the statement
now says something else about it (a pending payment completed), and then the row is updated in place. Amounts
are integer micro-units beside their ISO 4217 code, as in :mod:`coopclient.storage.earnings`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus, StatementLine
from coopclient.core.statements.records import ImportedEarning

__all__ = ["StatementsRepo", "Stored"]

_LINE_COLUMNS = (
    "side, source, reference, line_no, paid_on, payee, platform, amount_micros, currency, fee_micros, status, "
    "imported_ms"
)
_COMPARED = "paid_on, payee, platform, amount_micros, currency, fee_micros, status"
_UPSERT_LINE = (
    f"INSERT INTO statement_lines ({_LINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (source, reference) DO UPDATE SET line_no = excluded.line_no, paid_on = excluded.paid_on, "
    "payee = excluded.payee, platform = excluded.platform, amount_micros = excluded.amount_micros, "
    "currency = excluded.currency, fee_micros = excluded.fee_micros, status = excluded.status "
    f"WHERE ({_COMPARED}) IS NOT ({', '.join('excluded.' + c.strip() for c in _COMPARED.split(','))})"
)
_EARNING_COMPARED = ("kind", "amount_micros", "currency", "day", "platform", "note")
_UPSERT_EARNING = (
    "INSERT INTO earnings (entry_id, kind, amount_micros, currency, day, platform, note, created_ms) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _EARNING_COMPARED)
    + f" WHERE ({', '.join(_EARNING_COMPARED)}) IS NOT ({', '.join('excluded.' + c for c in _EARNING_COMPARED)})"
)


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing a batch of rows did: new rows, rows updated (the statement changed its mind)."""

    added: int
    updated: int


class StatementsRepo:
    """Imported lines, imported earnings entries, saved mappings."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def _counted(self, sql: str, rows: Sequence[tuple[object, ...]], count_sql: str, key: Sequence[object]) -> Stored:
        conn = self._db.conn
        before = conn.execute(count_sql, key).fetchone()[0]
        changed = conn.executemany(sql, rows).rowcount  # rows inserted or updated, not the triggers' rows
        added = conn.execute(count_sql, key).fetchone()[0] - before
        return Stored(added, changed - added)

    # -- lines ---------------------------------------------------------------------------------------------

    def upsert_lines(self, side: str, lines: Iterable[StatementLine], now_ms: int) -> Stored:
        """Store lines (all of one ``source``); a line already stored is updated only if it says otherwise."""
        rows = [
            (
                side,
                line.source,
                line.reference,
                line.line_no,
                line.paid_on.isoformat(),
                line.payee,
                line.platform,
                line.amount.to_micros(),
                line.amount.currency,
                None if line.fee is None else line.fee.to_micros(),
                line.status.value,
                now_ms,
            )
            for line in lines
        ]
        if not rows:
            return Stored(0, 0)
        count = "SELECT count(*) FROM statement_lines WHERE source = ?"
        return self._counted(_UPSERT_LINE, rows, count, [rows[0][1]])

    def lines(self, side: str, start: date | None = None, end: date | None = None) -> list[StatementLine]:
        """The stored lines of one side, paid from ``start`` to ``end`` (inclusive), by date and reference."""
        rows = self._db.execute(
            "SELECT source, line_no, paid_on, payee, platform, amount_micros, currency, fee_micros, reference, "
            "status FROM statement_lines WHERE side = ? AND paid_on BETWEEN ? AND ? ORDER BY paid_on, source, "
            "reference",
            [side, (start or date.min).isoformat(), (end or date.max).isoformat()],
        ).fetchall()
        return [
            StatementLine(
                s, n, date.fromisoformat(d), p, pl, Money.from_micros(m, c),
                None if f is None else Money.from_micros(f, c), r, LineStatus(st),
            )
            for s, n, d, p, pl, m, c, f, r, st in rows
        ]  # fmt: skip

    def count_lines(self, side: str) -> int:
        """How many lines one side has stored."""
        return int(self._db.execute("SELECT count(*) FROM statement_lines WHERE side = ?", [side]).fetchone()[0])

    def covered_until(self, side: str) -> dict[str, date]:
        """The latest day each platform's imported lines reach."""
        rows = self._db.execute(
            "SELECT platform, max(paid_on) FROM statement_lines WHERE side = ? GROUP BY platform", [side]
        ).fetchall()
        return {p: date.fromisoformat(d) for p, d in rows}

    # -- the member's imported earnings ---------------------------------------------------------------------

    def upsert_earnings(self, earnings: Iterable[ImportedEarning], now_ms: int) -> Stored:
        """Store imported entries by id: a known id is updated only if its kind, amount or day moved."""
        rows = [
            (e.entry_id, e.kind, e.amount.to_micros(), e.amount.currency, e.day.isoformat(), e.platform, e.note, now_ms)
            for e in earnings
        ]
        count = "SELECT count(*) FROM earnings WHERE entry_id >= ? AND entry_id < ?"
        return self._counted(_UPSERT_EARNING, rows, count, ["import-", "import."])

    def manual_time(self, platforms: Sequence[str], start: date, end: date) -> dict[tuple[str, date], int]:
        """Milliseconds the manual timer recorded per (platform, day) for those platforms, in the period."""
        if not platforms:
            return {}
        rows = self._db.execute(
            "SELECT sp.platform, sp.day, sum(sp.end_ms - sp.start_ms) FROM activity_spans sp "
            "JOIN work_sessions s ON s.id = sp.session_id WHERE s.manual = 1 AND sp.day BETWEEN ? AND ? "
            f"AND sp.platform IN ({', '.join('?' * len(platforms))}) GROUP BY sp.platform, sp.day",
            [start.isoformat(), end.isoformat(), *platforms],
        ).fetchall()
        return {(p, date.fromisoformat(d)): int(ms) for p, d, ms in rows}

    def manual_days(self, platforms: Sequence[str], since: date) -> dict[str, list[date]]:
        """The days since ``since`` on which the manual timer recorded work, per platform."""
        found = self.manual_time(platforms, since, date.max)
        out: dict[str, list[date]] = {}
        for platform, day in sorted(found):
            out.setdefault(platform, []).append(day)
        return out

    # -- column mappings -------------------------------------------------------------------------------------

    def save_mapping(self, name: str, spec: str, now_ms: int) -> None:
        """Remember a mapping by name (a mapping of that name is replaced)."""
        self._db.execute(
            "INSERT INTO column_mappings (name, spec, saved_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, saved_ms = excluded.saved_ms",
            [name, spec, now_ms],
        )

    def mapping(self, name: str) -> str | None:
        """A saved mapping's JSON, or None."""
        row = self._db.execute("SELECT spec FROM column_mappings WHERE name = ?", [name]).fetchone()
        return None if row is None else str(row[0])

    def mapping_names(self) -> list[str]:
        """The saved mappings' names, sorted."""
        return [r[0] for r in self._db.execute("SELECT name FROM column_mappings ORDER BY name").fetchall()]
