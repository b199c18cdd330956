"""Per member-month sums (`stat_member_months`): a release's inputs summed at ingest (schema version 4).

A release reads each member's month per cell (aggregates.MemberMonth). Summing those from `stat_days` at
release time read every day of the month (1,000,000 rows for a big month: seconds); here they are kept
summed, one row per member, month, platform and kind of task, so a release reads ~40,000 rows.

What makes it hard, and how it is met:
- The counters (active, unpaid, tasks, rejections) and the earnings per currency are linear: sums of the
  days. The earnings in the floor's currency are Σ over currencies of (that currency's micros) × rate,
  exact in Decimal, rounded half-even to micros — the exact value the release query approximates in
  double precision (they agree to the micro unless that double sum ends within ~10⁻⁶ micro of a half micro).
- The below-floor seconds are not linear: each day is tested against the floor in force on the month's
  *last* day (aggregates.policy_from_entries), with that day's rates, so a floor or rate published later
  (a change mid-month, a late correction of the policy) changes the test of days already summed. The sums
  are therefore kept *under a policy*: `stat_month_policy` holds, per month, the canonical text of the
  policy in force (`Policy.canonical`, NULL when none is) and the sums were computed under it. Appending a
  `policy.*` entry recomputes the policy of every month and re-sums the months whose policy changed; a
  release given another policy than the stored one does not use these sums (aggregates.compute_release
  falls back to summing the days). A month without a policy has no sums.
- Late entries and corrections for a past month re-sum that member-month from its `stat_days` rows in the
  append transaction, on SQLite and PostgreSQL alike, so the sums are always those of the projection.
- The day test is the release query's arithmetic, in the same double-precision operations
  (day's earnings × 3600 < threshold × seconds), so it decides every day the same way.

One Python function (:func:`sum_days`) computes the sums for the append, the rebuild, the migration and the
audit (which recomputes them from the log and names every difference: :class:`MonthSumsAudit`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, NamedTuple

from coopclient.protocol.entries import Entry, EntryError, parse_entry
from coopclient.server.aggregates import Policy, ReleaseError, month_days, policy_from_entries
from coopclient.server.aggregates.inputs import _FLOOR_TOLERANCE
from coopclient.server.db import Database
from coopclient.server.row_audit import column_value, compare_rows

MemberMonthKey = tuple[str, str]  # member, month (YYYY-MM)
_MICROS = Decimal(1_000_000)
_POLICY_KINDS = ("policy.floor", "policy.fx")
SUM_COLUMNS = (
    "active_s",
    "unpaid_s",
    "tasks_done",
    "rejections",
    "earned_micros",
    "below_floor_s",
    "missing",
    "cell_rank",
)
"""The columns of a `stat_member_months` row after its key (member, month, platform, task_kind)."""
_TYPES = tuple(
    (name, "text" if name in ("member", "month", "platform", "task_kind", "missing") else "bigint")
    for name in ("member", "month", "platform", "task_kind", *SUM_COLUMNS)
)


class Day(NamedTuple):
    """One `stat_days` row with its earnings by currency (micros)."""

    member: str
    day: str
    platform: str
    task_kind: str
    active_s: int
    unpaid_s: int
    tasks_done: int
    rejections: int
    earnings: Mapping[str, int]


# -- the arithmetic --------------------------------------------------------------------------------------------


def sum_days(days: Iterable[Day], policy: Policy) -> list[tuple[Any, ...]]:
    """The `stat_member_months` rows of these days under `policy` (keys sorted).

    `missing` is the first currency (in code order) of the member-month's earnings that `policy` has no
    rate for: a release refuses such a month, as the release query does. `cell_rank` is the cell's rank in
    contribution bounding (see :func:`_rank`).
    """
    rates = policy.rates()
    floats = {code: float(str(value)) for code, value in rates.items()}
    threshold = float(str(policy.floor_hourly * _MICROS * (1 - _FLOOR_TOLERANCE)))
    cells: dict[tuple[str, str, str, str], list[Any]] = {}
    for d in days:
        acc = cells.setdefault((d.member, d.day[:7], d.platform, d.task_kind), [0, 0, 0, 0, defaultdict(int), 0])
        seconds = d.active_s + d.unpaid_s
        earned = 0.0  # the day's earnings in the floor's currency, as the release query computes them
        for code, micros in sorted(d.earnings.items()):
            acc[4][code] += micros
            if code in floats:
                earned += micros * floats[code]
        if earned * 3600 < threshold * seconds:
            acc[5] += seconds
        acc[0] += d.active_s
        acc[1] += d.unpaid_s
        acc[2] += d.tasks_done
        acc[3] += d.rejections
    out = []
    for key, (active, unpaid, done, rejected, by_currency, below) in sorted(cells.items()):
        missing = min((code for code in by_currency if code not in rates), default=None)
        exact = sum((micros * rates[c] for c, micros in by_currency.items() if c in rates), Decimal(0))
        earned_micros = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        out.append([*key, active, unpaid, done, rejected, earned_micros, below, missing, None])
    _rank(out)
    return [tuple(row) for row in out]


def _rank(rows: list[list[Any]]) -> None:
    """Number each member-month's cells with hours as contribution bounding ranks them (aggregates.cap_cells:
    most all-in seconds first, then platform and kind); cells without hours keep None. A release keeps the
    rows ranked up to its ``max_cells``, so it reads only those, without sorting the month."""
    by_member_month: dict[tuple[str, str], list[list[Any]]] = defaultdict(list)
    for row in rows:
        if row[4] + row[5] > 0:
            by_member_month[(row[0], row[1])].append(row)
    for cells in by_member_month.values():
        cells.sort(key=lambda r: (-(r[4] + r[5]), r[2], r[3]))
        for rank, row in enumerate(cells, start=1):
            row[-1] = rank


# -- the policy of each month --------------------------------------------------------------------------------


def log_policies(db: Database, months: Iterable[str]) -> dict[str, Policy | None]:
    """The policy in force for each month according to the log's `policy.*` entries (None: no floor yet)."""
    entries = _policy_entries(db, ())
    return {month: _policy_of(entries, month) for month in months}


def _policy_entries(db: Database, skip: Collection[int]) -> list[Entry]:
    """The log's `policy.*` entries in log order (those in `skip`, or that do not parse, left out)."""
    # `kind <> 'stats.day'` lets SQLite use the partial index entries_by_kind (schema.py, version 5).
    rows = db.fetchall(
        "SELECT seq, body FROM entries WHERE kind IN (?, ?) AND kind <> 'stats.day' ORDER BY seq", _POLICY_KINDS
    )
    entries = []
    for seq, body in rows:
        if seq in skip:
            continue
        try:
            entries.append(parse_entry(bytes(body)))
        except EntryError:
            continue
    return entries


def _policy_of(entries: list[Entry], month: str) -> Policy | None:
    try:
        return policy_from_entries(entries, month)
    except ReleaseError:
        return None


def _stored_policies(db: Database, months: Collection[str]) -> dict[str, str | None]:
    ordered = sorted(months)
    marks = ", ".join("?" * len(ordered))
    rows = db.fetchall(f"SELECT month, policy FROM stat_month_policy WHERE month IN ({marks})", ordered)
    return {str(r[0]): (None if r[1] is None else str(r[1])) for r in rows}


def _text(policy: Policy | None) -> str | None:
    return None if policy is None else policy.canonical()


# -- reading the days ----------------------------------------------------------------------------------------


def _read_days(db: Database, member: str | None, month: str) -> list[Day]:
    """The month's `stat_days` rows (of one member, or all), with their earnings."""
    first, last = (d.isoformat() for d in month_days(month))
    where = "day >= ? AND day <= ?" + (" AND member = ?" if member is not None else "")
    params: list[Any] = [first, last] + ([member] if member is not None else [])
    several: dict[tuple[str, str, str, str], dict[str, int]] = defaultdict(dict)
    for r in db.fetchall(
        f"SELECT member, day, platform, task_kind, currency, micros FROM stat_earnings WHERE {where}", params
    ):
        several[(str(r[0]), str(r[1]), str(r[2]), str(r[3]))][str(r[4])] = int(r[5])
    days = []
    for r in db.fetchall(
        "SELECT member, day, platform, task_kind, active_s, unpaid_s, tasks_done, rejections, earn_currency, "
        f"earn_micros FROM stat_days WHERE {where}",
        params,
    ):
        key = (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        if r[9] is None:
            earnings: Mapping[str, int] = several.get(key, {})
        else:
            earnings = {str(r[8]): int(r[9])} if r[8] is not None else {}
        days.append(Day(*key, int(r[4]), int(r[5]), int(r[6]), int(r[7]), earnings))
    return days


# -- keeping the sums --------------------------------------------------------------------------------------


def refresh(db: Database, member_months: Collection[MemberMonthKey]) -> None:
    """Re-sum these member-months from `stat_days` under their month's policy (in the caller's transaction).

    A month seen for the first time gets its policy from the log.
    """
    if not member_months:
        return
    months = {month for _, month in member_months}
    stored = _stored_policies(db, months)
    new = months - stored.keys()
    if new:
        found = log_policies(db, new)
        db.executemany(
            "INSERT INTO stat_month_policy (month, policy) VALUES (?, ?)", [(m, _text(found[m])) for m in sorted(new)]
        )
        stored.update({m: _text(p) for m, p in found.items()})
    policies = {m: Policy.from_canonical(text) for m, text in stored.items() if text is not None}
    db.executemany(
        "DELETE FROM stat_member_months WHERE member = ? AND month = ?",
        sorted(member_months),
    )
    rows: list[tuple[Any, ...]] = []
    for member, month in sorted(member_months):
        if month in policies:
            rows.extend(sum_days(_read_days(db, member, month), policies[month]))
    _insert(db, rows)


def policy_changed(db: Database) -> None:
    """After a `policy.*` entry: recompute every month's policy and re-sum the months whose policy changed."""
    months = [str(r[0]) for r in db.fetchall("SELECT month FROM stat_month_policy")]
    if not months:
        return
    found = log_policies(db, months)
    stored = _stored_policies(db, months)
    for month in sorted(months):
        text = _text(found[month])
        if text != stored.get(month):
            store_month(db, month, found[month])


def store_month(db: Database, month: str, policy: Policy | None) -> None:
    """Re-sum the whole month under `policy` and record it as the month's policy (None: no sums)."""
    db.execute("DELETE FROM stat_month_policy WHERE month = ?", (month,))
    db.execute("INSERT INTO stat_month_policy (month, policy) VALUES (?, ?)", (month, _text(policy)))
    db.execute("DELETE FROM stat_member_months WHERE month = ?", (month,))
    if policy is not None:
        _insert(db, sum_days(_read_days(db, None, month), policy))


def rebuild(db: Database) -> None:
    """Recompute every month's policy and sums from `stat_days` and the log (migration, rebuild)."""
    db.execute("DELETE FROM stat_member_months")
    db.execute("DELETE FROM stat_month_policy")
    months = sorted({str(r[0])[:7] for r in db.fetchall("SELECT DISTINCT day FROM stat_days")})
    for month, policy in log_policies(db, months).items():
        store_month(db, month, policy)


def _insert(db: Database, rows: list[tuple[Any, ...]]) -> None:
    db.insert_with("stat_member_months", _TYPES, rows, "")


# -- the audit -----------------------------------------------------------------------------------------------


class MonthSumsAudit:
    """Recomputes the month policies and sums from the log, one member at a time, and names every difference.

    `skip` are the seqs of entries that are not honest (left out, as from the other projections).
    """

    def __init__(self, db: Database, skip: Collection[int], problem: Callable[[str], None]) -> None:
        self.db = db
        self.problem = problem
        self.entries = _policy_entries(db, skip)
        self.policies: dict[str, Policy | None] = {}
        self.months: set[str] = set()

    def members(self) -> set[str]:
        """The members the sums table has rows for (the caller audits them with the log's)."""
        return {str(r[0]) for r in self.db.fetchall("SELECT DISTINCT member FROM stat_member_months")}

    def member(self, member: str, days: list[Day]) -> None:
        """Compare `member`'s rows with the sums of `days`, the member's days as the log gives them."""
        by_month: dict[str, list[Day]] = defaultdict(list)
        for d in days:
            by_month[d.day[:7]].append(d)
        want_rows: list[tuple[Any, ...]] = []
        for month, month_days_ in sorted(by_month.items()):
            self.months.add(month)
            policy = self._policy(month)
            if policy is not None:
                want_rows.extend(sum_days(month_days_, policy))
        _compare(self.db, member, want_rows, self.problem)

    def finish(self) -> None:
        """Compare `stat_month_policy` with the policy the log puts in force for each month."""
        stored = {str(r[0]): r[1] for r in self.db.fetchall("SELECT month, policy FROM stat_month_policy")}
        for month in sorted(self.months | stored.keys()):
            want = _text(self._policy(month))
            if month not in stored:
                self.problem(f"stat_month_policy ({month}): missing; the month has stats.day entries")
            elif stored[month] != want:
                self.problem(f"stat_month_policy ({month}): policy {stored[month]}, the log says {want}")

    def _policy(self, month: str) -> Policy | None:
        if month not in self.policies:
            self.policies[month] = _policy_of(self.entries, month)
        return self.policies[month]


def _compare(db: Database, member: str, want_rows: list[tuple[Any, ...]], problem: Callable[[str], None]) -> None:
    want = {tuple(r[:4]): tuple(r[4:]) for r in want_rows}
    have = {
        (str(r[0]), str(r[1]), str(r[2]), str(r[3])): tuple(column_value(v) for v in r[4:])
        for r in db.fetchall(
            f"SELECT member, month, platform, task_kind, {', '.join(SUM_COLUMNS)} FROM stat_member_months "
            "WHERE member = ?",
            (member,),
        )
    }
    compare_rows(
        "stat_member_months",
        SUM_COLUMNS,
        want,
        have,
        problem,
        unknown="no stats.day entry in the log (under its month's policy) gives this row",
        missing=lambda _: "the log's entries give it",
        log=lambda _: "the log",
    )
