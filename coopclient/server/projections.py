"""The ledger's projections: per member-day figures derived from the `stats.day` entries (docs/ledger.md).

`stat_days` (and `stat_earnings`, and the sums of `stat_member_months`: coopclient/server/month_sums.py) are
what releases are computed from, so they must be exactly what the log
says. They are written in the append transaction (:class:`Projection`), rebuilt from the log on demand
(`LedgerStore.rebuild_projections`), and checked against the log by the audit (:func:`audit_projections`):
the tables are ordinary, updatable rows (corrections replace them), so nothing but a recomputation can tell
that someone multiplied a column by ten.

A day's earnings in one currency are kept on its `stat_days` row (`earn_currency`, `earn_micros`; none is
NULL and 0); only a day paid in several currencies has `stat_earnings` rows, and `earn_micros` NULL on its
row as the marker (schema version 3). In memory, :class:`Projection` keeps every day's earnings by currency.

The projection of the log is the one an honest server would have built: entries whose signature does not
verify are left out (the HTTP layer refuses them; one in the log was written behind the server's back).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from decimal import Decimal
from typing import Any

from coopclient.protocol.entries import Entry, EntryError, parse_entry
from coopclient.protocol.signing import key_id
from coopclient.server.db import Database
from coopclient.server.month_sums import Day, MonthSumsAudit
from coopclient.server.row_audit import compare_rows

StatKey = tuple[str, str, str, str]  # member, day, platform, task_kind
_MICROS = 6
_MEMBERS_PER_QUERY = 500


def stat_key(member: str, data: dict[str, Any]) -> StatKey:
    return (member, str(data["day"]), str(data["platform"]), str(data["task_kind"]))


class Projection:
    """Pending stat_days / stat_earnings changes of one transaction, written with a few executemany calls.

    Only the latest entry of each key is kept while entries are added; its row is built once, when the rows
    are first read (`days`, `earnings`, `flush`): a batch of a member's entries for one day builds one row,
    not one per entry (the append's ingest benchmark, tests/server/test_store.py).
    """

    def __init__(self) -> None:
        self._latest: dict[StatKey, tuple[int, dict[str, Any]]] = {}  # key -> (seq, data) of its winning entry
        self._days: dict[StatKey, tuple[Any, ...]] = {}
        self._earnings: dict[StatKey, list[tuple[Any, ...]]] = {}
        self._built = True
        self.removals: list[tuple[StatKey, int]] = []
        self.member_months: set[tuple[str, str]] = set()
        """(member, YYYY-MM) of every day added or removed: the month sums to redo (month_sums.refresh)."""

    def add(self, entry: Entry, seq: int, member: str, superseded: tuple[int, StatKey] | None) -> StatKey:
        """Project a stats.day entry at `seq`; `superseded` is the (seq, key) of the entry it replaces."""
        data = entry.data
        key = stat_key(member, data)
        if superseded is not None and superseded[1] != key:
            # A correction moved to another day/platform/kind: the old row goes, if it is still that entry's.
            old_seq, old_key = superseded
            pending = self._latest.get(old_key)
            if pending is not None and pending[0] == old_seq:
                del self._latest[old_key]
            self.removals.append((old_key, old_seq))
            self.member_months.add((old_key[0], old_key[1][:7]))
        self.member_months.add((member, key[1][:7]))
        self._latest[key] = (seq, data)
        self._built = False
        return key

    @property
    def days(self) -> dict[StatKey, tuple[Any, ...]]:
        """The stat_days rows: key columns, then DAY_COLUMNS."""
        self._build()
        return self._days

    @property
    def earnings(self) -> dict[StatKey, list[tuple[Any, ...]]]:
        """Each day's earnings as stat_earnings rows (key columns, currency, micros), by key."""
        self._build()
        return self._earnings

    def _build(self) -> None:
        if self._built:
            return
        days, earnings = {}, {}
        for key, (seq, data) in self._latest.items():
            unpaid = sum(map(int, data["unpaid_s"].values()))
            micros = {cur: _micros(amount) for cur, amount in sorted(data["earnings"].items())}
            days[key] = (
                *key,
                seq,
                data["active_s"],
                unpaid,
                data["tasks_done"],
                data["rejections"],
                *day_earnings(micros),
            )
            earnings[key] = [(*key, cur, amount) for cur, amount in micros.items()]
        self._days, self._earnings, self._built = days, earnings, True

    def flush(self, db: Database) -> None:
        for key, old_seq in self.removals:
            db.execute(
                "DELETE FROM stat_earnings WHERE member = ? AND day = ? AND platform = ? AND task_kind = ? "
                "AND EXISTS (SELECT 1 FROM stat_days d WHERE d.member = ? AND d.day = ? AND d.platform = ? "
                "AND d.task_kind = ? AND d.seq = ?)",
                (*key, *key, old_seq),
            )
            db.execute(
                "DELETE FROM stat_days WHERE member = ? AND day = ? AND platform = ? AND task_kind = ? AND seq = ?",
                (*key, old_seq),
            )
        if not self.days:
            return
        # Replayed or older entries never win: the update applies only to a higher seq.
        # One key per row (self.days is keyed by it), so no statement updates a row twice.
        db.insert_with(
            "stat_days",
            _DAY_TYPES,
            list(self.days.values()),
            "ON CONFLICT (member, day, platform, task_kind) DO UPDATE SET "
            "seq = excluded.seq, active_s = excluded.active_s, unpaid_s = excluded.unpaid_s, "
            "tasks_done = excluded.tasks_done, rejections = excluded.rejections, "
            "earn_currency = excluded.earn_currency, earn_micros = excluded.earn_micros "
            "WHERE excluded.seq > stat_days.seq",
        )
        # Earnings follow their day row: replaced for the keys whose row now carries this transaction's seq
        # (always the case in append and rebuild, whose seqs only grow; the guards keep replays harmless).
        # Only days paid in several currencies have stat_earnings rows, so only the keys that have some are
        # deleted from: one query finds them, instead of a DELETE per day of the batch.
        with_rows = _keys_with_earnings(db, {key[0] for key in self.days})
        current = [(*key, row[4]) for key, row in self.days.items() if key in with_rows]
        db.executemany(
            "DELETE FROM stat_earnings WHERE member = ? AND day = ? AND platform = ? AND task_kind = ? "
            "AND EXISTS (SELECT 1 FROM stat_days d WHERE d.member = stat_earnings.member "
            "AND d.day = stat_earnings.day AND d.platform = stat_earnings.platform "
            "AND d.task_kind = stat_earnings.task_kind AND d.seq = ?)",
            current,
        )
        rows = [r for key, row in self.days.items() if row[_EARN_MICROS] is None for r in self.earnings[key]]
        if rows:
            db.executemany(
                "INSERT INTO stat_earnings (member, day, platform, task_kind, currency, micros) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                rows,
            )
        self._latest.clear()
        self._days, self._earnings = {}, {}
        self.removals.clear()


def _keys_with_earnings(db: Database, members: Collection[str]) -> set[StatKey]:
    """The keys of these members' days that have stat_earnings rows (their days in several currencies)."""
    found: set[StatKey] = set()
    ordered = sorted(members)
    for start in range(0, len(ordered), _MEMBERS_PER_QUERY):
        chunk = ordered[start : start + _MEMBERS_PER_QUERY]
        rows = db.fetchall(
            "SELECT DISTINCT member, day, platform, task_kind FROM stat_earnings "
            f"WHERE member IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        found.update((str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows)
    return found


def day_earnings(micros: dict[str, int]) -> tuple[str | None, int | None]:
    """`(earn_currency, earn_micros)` of a day's row: its one currency, (None, 0) without earnings, and the
    marker (None, None) for several currencies (whose amounts are the day's `stat_earnings` rows)."""
    if not micros:
        return None, 0
    if len(micros) == 1:
        ((code, amount),) = micros.items()
        return code, amount
    return None, None


def _micros(amount: str) -> int:
    # Validated entries have at most 6 decimals, so this is exact. They are written with exactly 6
    # ("12.340000", protocol.entries.stats_data): the digits without the point are the micros, read without a
    # Decimal (a third of the append's Python time); any other spelling takes the Decimal path.
    whole, point, fraction = amount.partition(".")
    if point and len(fraction) == _MICROS and whole.isascii() and whole.isdigit() and fraction.isdigit():
        return int(whole + fraction)
    return int(Decimal(amount).scaleb(_MICROS))


# -- deriving and checking ----------------------------------------------------------------------------------

DAY_COLUMNS = ("seq", "active_s", "unpaid_s", "tasks_done", "rejections", "earn_currency", "earn_micros")
"""The columns of a `stat_days` row after its key, in the order `Projection` keeps them."""
_EARN_MICROS = 4 + DAY_COLUMNS.index("earn_micros")  # in a row of Projection.days (after the 4 key columns)
# A stat_days row's columns and their PostgreSQL types (Database.insert_with).
_DAY_TYPES = tuple(
    (name, "text" if name in ("member", "day", "platform", "task_kind", "earn_currency") else "bigint")
    for name in ("member", "day", "platform", "task_kind", *DAY_COLUMNS)
)


def derive(entries: Iterable[tuple[int, bytes]], skip: Collection[int] = ()) -> Projection:
    """The projection of these `(seq, body)` entries (in seq order), leaving out the seqs in `skip`.

    Only `stats.day` entries count; one that does not parse is left out (the audit names it elsewhere).
    """
    projection = Projection()
    keys: dict[str, tuple[int, StatKey]] = {}  # entry_id -> (seq, key), for supersedes
    for seq, body in entries:
        if seq in skip:
            continue
        try:
            entry = parse_entry(bytes(body))
        except EntryError:
            continue
        if entry.kind != "stats.day":
            continue
        target = keys.get(entry.supersedes) if entry.supersedes else None
        keys[entry.entry_id] = (seq, projection.add(entry, seq, key_id(entry.signer), target))
    return projection


def audit_projections(db: Database, skip: Collection[int], problem: Callable[[str], None]) -> None:
    """Recompute the projections from the log, one member at a time, and name every difference.

    `skip` are the seqs of entries that are not honest (a signature that does not verify). Each member's
    entries are read by the `entries_by_signer` index, so memory stays at one member's rows.
    """
    sums = MonthSumsAudit(db, skip, problem)
    members = {str(r[0]) for r in db.fetchall("SELECT DISTINCT member FROM stat_days")} | sums.members()
    members |= {str(r[0]) for r in db.fetchall("SELECT DISTINCT member FROM stat_earnings")}
    members |= {str(r[0]) for r in db.fetchall("SELECT DISTINCT signer_key_id FROM entries WHERE kind = 'stats.day'")}
    for member in sorted(members):
        rows = db.fetchall(
            "SELECT seq, body FROM entries WHERE signer_key_id = ? AND kind = 'stats.day' ORDER BY seq", (member,)
        )
        expected = derive(rows, skip)
        _compare_days(db, member, expected, problem)
        _compare_earnings(db, member, expected, problem)
        sums.member(member, log_days(expected, member))
    sums.finish()


def log_days(projection: Projection, member: str) -> list[Day]:
    """`member`'s days in a derived projection, with their earnings by currency (for month_sums)."""
    return [
        Day(*key, int(row[5]), int(row[6]), int(row[7]), int(row[8]), {r[4]: r[5] for r in projection.earnings[key]})
        for key, row in sorted(projection.days.items())
        if key[0] == member
    ]


def _compare_days(db: Database, member: str, expected: Projection, problem: Callable[[str], None]) -> None:
    want = {key: row[4:] for key, row in expected.days.items() if key[0] == member}
    have = {
        (r[0], r[1], r[2], r[3]): tuple(r[4:])
        for r in db.fetchall(
            f"SELECT member, day, platform, task_kind, {', '.join(DAY_COLUMNS)} FROM stat_days WHERE member = ?",
            (member,),
        )
    }
    compare_rows(
        "stat_days",
        DAY_COLUMNS,
        want,
        have,
        problem,
        unknown="no entry in the log gives this row",
        missing=lambda row: f"the log's entry at seq {row[0]} gives it",
        log=lambda row: f"the log (entry seq {row[0]})",
    )


def _compare_earnings(db: Database, member: str, expected: Projection, problem: Callable[[str], None]) -> None:
    # Only the days paid in several currencies have stat_earnings rows (the others' are on the day row).
    want: dict[StatKey, dict[str, int]] = {
        key: {row[4]: row[5] for row in rows}
        for key, rows in expected.earnings.items()
        if key[0] == member and len(rows) > 1
    }
    have: dict[StatKey, dict[str, int]] = {}
    for r in db.fetchall(
        "SELECT member, day, platform, task_kind, currency, micros FROM stat_earnings WHERE member = ?", (member,)
    ):
        have.setdefault((r[0], r[1], r[2], r[3]), {})[str(r[4])] = int(r[5])
    for key in sorted(want.keys() | have.keys()):
        if have.get(key, {}) != want.get(key, {}):
            problem(
                f"stat_earnings ({', '.join(key)}): micros {_money(have.get(key, {}))} in the table, "
                f"the log says {_money(want.get(key, {}))}"
            )


def _money(amounts: dict[str, int]) -> str:
    return ", ".join(f"{code} {micros}" for code, micros in sorted(amounts.items())) or "none"
