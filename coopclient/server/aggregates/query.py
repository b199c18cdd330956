"""Step 1 and 2 of a monthly release: each member's month per cell, read from the projections in one SQL
query (or from the member-month sums kept at ingest), then contribution bounding (:func:`cap_cells`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

from coopclient.server.aggregates.inputs import _FLOOR_TOLERANCE, _MICROS, MemberMonth, Policy, ReleaseError, month_days

if TYPE_CHECKING:
    from coopclient.server.db import Database

# -- (a) the query --------------------------------------------------------------------------------------------

# Shape (measured on PostgreSQL: tests/server/test_bench_aggregates.py): the release needs each day's
# earnings, in the floor's currency, to test the day against the floor. A day paid in one currency (nearly
# all) carries them on its stat_days row (schema version 3), so the month is one index-only range scan of
# stat_days_by_day (a covering index led by the day) feeding a hash aggregate per member-cell — no join, no
# per-day GROUP BY. Only the days marked as paid in several currencies (earn_micros NULL) are joined to their
# stat_earnings rows and summed per day: both sides are small (a partial index lists those days; stat_earnings
# holds nothing else) and read by index-only range scans in the same order, a merge join. PostgreSQL's
# estimate of the per-day groups is far off, so :func:`member_month_rows` turns nested loops and hash joins
# off for this query only (and parallel workers, which each re-read the whole earnings range for a merge join).
# The rates are a CASE over the currency (no join with a VALUES list), so each day's earnings in the floor's
# currency are compared with the floor inside the query: earned_micros × 3600 < floor_micros × seconds. The
# conversion is DOUBLE PRECISION on both engines: a quarter faster than NUMERIC on PostgreSQL, the same
# arithmetic on SQLite (which has no decimal type), and the figures only feed mechanisms that work in f64
# anyway; each member-cell's earnings are rounded back to micros. A day in one currency is micros × rate,
# exactly what the sum over its one stat_earnings row gave before version 3, so releases are unchanged. A rate
# like 1/1.08 is rounded either way, so a day paid exactly the floor in another currency could come out a hair
# below it: the threshold is the floor less a 10^-12 relative tolerance.
# The counters are summed as INTEGER (PostgreSQL sums BIGINT into slow NUMERIC). A currency without a rate
# is reported (the MIN of the unmatched codes) so the caller refuses to release rather than dropping money.
_QUERY = """
WITH days AS (
    SELECT member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections,
           CASE WHEN earn_currency IS NULL THEN CAST(0 AS DOUBLE PRECISION) ELSE earn_micros * {day_rate} END
             AS earned,
           CASE WHEN {day_rate} IS NULL THEN earn_currency END AS missing
    FROM stat_days
    WHERE day >= ? AND day <= ? AND earn_micros IS NOT NULL
    UNION ALL
    SELECT d.member, d.platform, d.task_kind, d.active_s, d.unpaid_s, d.tasks_done, d.rejections,
           COALESCE(SUM(e.micros * {rate}), 0),
           MIN(CASE WHEN {rate} IS NULL THEN e.currency END)
    FROM stat_days d
    LEFT JOIN stat_earnings e
      ON e.day = d.day AND e.member = d.member AND e.platform = d.platform AND e.task_kind = d.task_kind
     AND e.day >= ? AND e.day <= ?
    WHERE d.day >= ? AND d.day <= ? AND d.earn_micros IS NULL
    GROUP BY d.day, d.member, d.platform, d.task_kind, d.active_s, d.unpaid_s, d.tasks_done, d.rejections
)
SELECT member, platform, task_kind, SUM(CAST(active_s AS INTEGER)), SUM(CAST(unpaid_s AS INTEGER)),
       SUM(CAST(tasks_done AS INTEGER)), SUM(CAST(rejections AS INTEGER)), SUM(earned),
       SUM(CASE WHEN earned * 3600 < CAST(? AS DOUBLE PRECISION) * (active_s + unpaid_s)
                THEN CAST(active_s + unpaid_s AS INTEGER) ELSE 0 END),
       MIN(missing)
FROM days
GROUP BY member, platform, task_kind
HAVING SUM(CAST(active_s + unpaid_s AS INTEGER)) > 0
"""

# Per-query planner settings on PostgreSQL (local to the read transaction; see the comment on _QUERY). The
# month's hash tables fit in 64 MB (instead of spilling at the default 4 MB), and a one-off query does not
# repay JIT compilation (~0.3 s once its cost estimate crosses jit_above_cost).
_PG_SETTINGS = (
    ("work_mem", "64MB"),
    ("jit", "off"),
    ("enable_nestloop", "off"),
    ("enable_hashjoin", "off"),
    ("max_parallel_workers_per_gather", "0"),
)


def member_month_rows(database: Database, month: str, floor: Decimal, fx: Mapping[str, Decimal]) -> list[MemberMonth]:
    """Each member's month per cell, with earnings in the floor's currency (one query, both engines).

    ``fx`` maps every currency that may occur to its value in the floor's currency (the floor's own
    currency at 1: :meth:`Policy.rates`). Member-cells without any hours are left out. Raises
    :class:`ReleaseError` if some earnings are in a currency ``fx`` does not know.
    """
    first, last = month_days(month)
    if not fx:
        raise ReleaseError("fx: at least the floor currency's own rate (1) is needed")
    cases = " ".join("WHEN ? THEN CAST(? AS DOUBLE PRECISION)" for _ in fx) + " END"
    rate_params = [p for code, value in sorted(fx.items()) for p in (code, str(value))]
    days = [first.isoformat(), last.isoformat()]
    threshold = floor * _MICROS * (1 - _FLOOR_TOLERANCE)
    one_currency = [*rate_params, *rate_params, *days]
    several = [*rate_params, *rate_params, *days, *days]
    params: list[Any] = [*one_currency, *several, str(threshold)]
    with database.snapshot():
        if database.engine == "postgresql":
            calls = ", ".join("set_config(?, ?, true)" for _ in _PG_SETTINGS)
            database.fetchall(f"SELECT {calls}", [value for pair in _PG_SETTINGS for value in pair])
        rows = database.fetchall(
            _QUERY.format(day_rate=f"CASE earn_currency {cases}", rate=f"CASE e.currency {cases}"), params
        )
    result = []
    for member, platform, task_kind, active, unpaid, done, rejected, earned, below, missing in rows:
        if missing is not None:
            raise ReleaseError(
                f"fx: no exchange rate for {missing} in force on {last.isoformat()}; a policy.fx entry must give one"
            )
        micros = _decimal(earned).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        result.append(
            MemberMonth(
                member=member,
                platform=platform,
                task_kind=task_kind,
                active_s=int(active),
                unpaid_s=int(unpaid),
                tasks_done=int(done),
                rejections=int(rejected),
                earnings=micros / _MICROS,
                below_floor_s=int(below),
            )
        )
    return result


def summed_rows(
    database: Database, month: str, policy: Policy, max_cells: int | None = None
) -> list[MemberMonth] | None:
    """The month's member-cells from ``stat_member_months`` (summed at ingest: coopclient/server/month_sums.py),
    or None when those sums were not made under ``policy`` (the caller then sums the days).

    The same rows as :func:`member_month_rows`, with the earnings exact (see month_sums). With ``max_cells``,
    only the rows :func:`cap_cells` keeps (ranked at ingest: the rows bounding drops are not even read, and
    in a month where members work many cells that is most of them). Raises :class:`ReleaseError` if some
    earnings are in a currency ``policy`` has no rate for.
    """
    _, last = month_days(month)
    with database.snapshot():  # joins the caller's, if any
        stored = database.fetchone("SELECT policy FROM stat_month_policy WHERE month = ?", (month,))
        if stored is None or stored[0] != policy.canonical():
            return None
        missing = database.fetchone(
            "SELECT MIN(missing) FROM stat_member_months WHERE month = ? AND missing IS NOT NULL "
            "AND cell_rank IS NOT NULL",
            (month,),
        )
        # cell_rank is the cell's rank in contribution bounding (NULL without hours), kept at ingest.
        rows = database.fetchall(
            "SELECT member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections, earned_micros, "
            "below_floor_s FROM stat_member_months WHERE month = ? AND cell_rank <= ?",
            (month, max_cells if max_cells is not None else 2**31 - 1),
        )
    if missing is not None and missing[0] is not None:
        raise ReleaseError(
            f"fx: no exchange rate for {missing[0]} in force on {last.isoformat()}; a policy.fx entry must give one"
        )
    # The columns are the schema's (TEXT, BIGINT: str and int on both drivers), so no conversion is needed.
    return [MemberMonth(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] / _MICROS, r[8]) for r in rows]


def _decimal(value: object) -> Decimal:
    """A SQL sum as a Decimal (a float from DOUBLE PRECISION; an int or a Decimal would be exact already)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))  # the shortest repr round-trips the double exactly enough for micros


# -- (b) contribution bounding --------------------------------------------------------------------------------


def cap_cells(rows: Iterable[MemberMonth], max_cells: int) -> list[MemberMonth]:
    """Keep each member's ``max_cells`` cells with the most all-in hours (ties: by platform, then kind).

    Rows without hours are dropped first (they say nothing about a wage). A member appearing twice in one
    cell is an error: the privacy accounting assumes one record per member and cell.
    """
    by_member: dict[str, list[MemberMonth]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row.member, row.platform, row.task_kind)
        if key in seen:
            raise ReleaseError(f"rows: member {row.member} appears twice in cell {row.platform}/{row.task_kind}")
        seen.add(key)
        if row.all_in_s > 0:
            by_member[row.member].append(row)
    kept: list[MemberMonth] = []
    for member_rows in by_member.values():
        member_rows.sort(key=lambda r: (-r.all_in_s, r.platform, r.task_kind))
        kept.extend(member_rows[:max_cells])
    return kept
