"""The monthly differentially private aggregates that let members compare platforms (docs/ledger.md, Aggregates).

One release covers one month and is published once (never re-run). It is built in four steps:

1. :func:`summed_rows` — each member's month per platform × kind of task ("cell"), read from
   ``stat_member_months``, where the append keeps it summed under the month's policy (earnings in the floor's
   currency, the hours of the days whose all-in wage was below the floor, the cell's rank in contribution
   bounding: coopclient/server/month_sums.py). Under another policy, :func:`member_month_rows` sums the days
   instead: one SQL query over the projection ``stat_days`` (and ``stat_earnings`` for the days paid in
   several currencies; SQLite and PostgreSQL alike).
2. :func:`cap_cells` — contribution bounding: each member keeps only their ``max_cells`` cells with the
   most hours, so one member-month changes at most ``max_cells`` cells, each by one record.
3. :func:`release` — the noisy statistics, through OpenDP 0.16: a discrete Laplace count per cell, the
   exponential-mechanism quartiles of the clamped all-in wage, and the three shares as Laplace sums of
   per-member ratios divided by the noisy count; then suppression (count < ``min_count`` drops the cell,
   < ``min_count_wage`` withholds the wage).
4. :func:`compute_release` — glue: the query, the release, and the settings the release states.

Privacy accounting. The privacy unit is the member-month, and the ε of the settings are per member-month
(the anchors' budget: count 0.5 + wage 1.0 + shares 0.5 = 2). Since a member-month reaches up to
``max_cells`` cells, every per-cell mechanism gets ``ε / max_cells`` (and the wage and share budgets are
further split evenly over their three statistics): by basic composition the member-month's total loss is
exactly the stated ε. Each mechanism's scale is found with OpenDP's own privacy map, never by a formula of
ours. What DP does not hide: which cells exist at all (a suppressed cell is named, as the contract asks, so
its existence — at least one member worked there — is public).

Noise seam. OpenDP's noise cannot be seeded, so :func:`release` draws all noise through a :class:`Noise`
object: :class:`OpenDPNoise` in production, a deterministic fake in tests of the suppression logic.

Numbers. The policy (floor, rates) and each member-cell's earnings are ``Decimal``; the query converts
currencies in double precision (see the comment on ``_QUERY``) and the mechanisms take f64, as OpenDP does.
The published figures are decimal strings and ints only — canonical JSON refuses floats.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, Protocol

from coopclient.protocol.releases import Decision, Suppression, decide
from coopclient.server.quantile_accuracy import min_members_for_quantiles

if TYPE_CHECKING:
    from coopclient.protocol.entries import Entry
    from coopclient.server.db import Database

__all__ = [
    "QUANTILE_ALPHAS",
    "Decision",
    "MemberMonth",
    "Noise",
    "OpenDPNoise",
    "Policy",
    "ReleaseError",
    "ReleaseSettings",
    "cap_cells",
    "compute_release",
    "describe_settings",
    "member_month_rows",
    "month_days",
    "policy_from_entries",
    "release",
    "summed_rows",
    "suppression",
]

QUANTILE_ALPHAS = (0.25, 0.5, 0.75)
"""q1, median and q3 of the all-in wage, in this order everywhere."""

_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
_MICROS = Decimal(1_000_000)
_SECONDS_PER_HOUR = Decimal(3600)
_CENT = Decimal("0.01")
_SHARE_STEP = Decimal("0.001")
_EPSILON_STEP = Decimal("0.000001")
_FLOOR_TOLERANCE = Decimal("1e-12")


class ReleaseError(ValueError):
    """The release cannot be computed as asked: a bad month, a missing policy or exchange rate."""


# -- inputs -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """The treasurer's policy a release uses: the floor in force and the exchange rates to its currency.

    ``fx[c]`` is the value of one unit of currency ``c`` in the floor's currency (``fx`` need not list the
    floor's currency itself: it is 1).
    """

    floor_hourly: Decimal
    currency: str
    fx: Mapping[str, Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Check the floor and every rate are positive Decimals."""
        if not isinstance(self.floor_hourly, Decimal) or not self.floor_hourly.is_finite() or self.floor_hourly <= 0:
            raise ReleaseError(f"policy.floor_hourly: must be a positive Decimal, not {self.floor_hourly!r}")
        for code, rate in self.fx.items():
            if not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
                raise ReleaseError(f"policy.fx.{code}: must be a positive Decimal, not {rate!r}")

    def rates(self) -> dict[str, Decimal]:
        """Every currency's rate to the floor currency, the floor currency included (rate 1)."""
        return {**self.fx, self.currency: Decimal(1)}

    def canonical(self) -> str:
        """This policy as text, exactly (Decimal strings): how `stat_month_policy` records it."""
        fx = {code: str(rate) for code, rate in sorted(self.fx.items())}
        return json.dumps({"currency": self.currency, "floor": str(self.floor_hourly), "fx": fx}, sort_keys=True)

    @classmethod
    def from_canonical(cls, text: str) -> Policy:
        """The policy :meth:`canonical` wrote."""
        data = json.loads(text)
        fx = {code: Decimal(rate) for code, rate in data["fx"].items()}
        return cls(floor_hourly=Decimal(data["floor"]), currency=data["currency"], fx=fx)


@dataclass(frozen=True)
class ReleaseSettings:
    """The published privacy parameters (defaults from the anchors, §7). ε are per member-month."""

    epsilon_count: Decimal = Decimal("0.5")
    epsilon_wage: Decimal = Decimal("1.0")
    epsilon_shares: Decimal = Decimal("0.5")
    min_count: int = 15
    min_count_wage: int = 30
    wage_bounds_factors: tuple[Decimal, Decimal] = (Decimal(0), Decimal(3))
    """The wage is clamped to [floor × low, floor × high]. The low factor is 0: a platform paying a quarter of
    the floor must show a median a quarter of the floor (a bound at the floor would publish it *at* the floor,
    hiding the very thing members compare platforms for). The high factor only limits a few high earners'
    pull on the noise."""
    max_cells: int = 4
    quantile_candidates: int = 501
    """How many evenly spaced candidate wages the quantile mechanism chooses from (bounds included)."""
    wage_rank_tolerance: Decimal = Decimal("0.1")
    wage_miss_probability: Decimal | None = Decimal("0.05")
    """A cell's quartiles are published only from the member count at which each lands within
    ``wage_rank_tolerance`` × n ranks of the best candidate but with this probability, whatever the data
    (:mod:`coopclient.server.quantile_accuracy`); ``None`` leaves only ``min_count_wage``."""

    def __post_init__(self) -> None:
        """Refuse settings that would make the release meaningless or its accounting wrong."""
        for name in ("epsilon_count", "epsilon_wage", "epsilon_shares"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
                raise ReleaseError(f"settings.{name}: must be a positive Decimal, not {value!r}")
        if self.max_cells < 1:
            raise ReleaseError(f"settings.max_cells: must be at least 1, not {self.max_cells}")
        if not 0 <= self.min_count <= self.min_count_wage:
            raise ReleaseError("settings.min_count: must be ≥ 0 and ≤ min_count_wage")
        low, high = self.wage_bounds_factors
        if not 0 <= low < high:
            raise ReleaseError(f"settings.wage_bounds_factors: need 0 ≤ low < high, not {low}, {high}")
        if self.quantile_candidates < 2:
            raise ReleaseError("settings.quantile_candidates: must be at least 2")
        if not 0 < self.wage_rank_tolerance <= 1:
            raise ReleaseError(f"settings.wage_rank_tolerance: need 0 < t ≤ 1, not {self.wage_rank_tolerance}")
        miss = self.wage_miss_probability
        if miss is not None and not 0 < miss < 1:
            raise ReleaseError(f"settings.wage_miss_probability: need 0 < p < 1 or None, not {miss}")

    def wage_min_count(self) -> int:
        """The noisy member count from which a cell's wage is published: the set minimum or the accuracy rule's."""
        if self.wage_miss_probability is None:
            return self.min_count_wage
        _, eps_quantile, _ = self.per_cell_epsilons()
        tolerance, miss = self.wage_rank_tolerance, self.wage_miss_probability
        accurate = min_members_for_quantiles(eps_quantile, QUANTILE_ALPHAS, self.quantile_candidates, tolerance, miss)
        return max(self.min_count_wage, accurate)

    def wage_bounds(self, floor_hourly: Decimal) -> tuple[Decimal, Decimal]:
        """The clamping bounds of the all-in wage for this floor."""
        low, high = self.wage_bounds_factors
        return floor_hourly * low, floor_hourly * high

    def per_cell_epsilons(self) -> tuple[Decimal, Decimal, Decimal]:
        """ε of one cell's count, of one of its quantiles and of one of its shares.

        A member-month reaches at most ``max_cells`` cells, so splitting each budget over them (and over
        the three quantiles, the three shares) keeps the member-month's total at the stated ε.
        """
        per_stat = len(QUANTILE_ALPHAS) * self.max_cells
        return self.epsilon_count / self.max_cells, self.epsilon_wage / per_stat, self.epsilon_shares / per_stat


@dataclass(frozen=True, slots=True)
class MemberMonth:
    """One member's month in one cell (platform × kind of task); earnings in the floor's currency."""

    member: str
    platform: str
    task_kind: str
    active_s: int
    unpaid_s: int
    tasks_done: int
    rejections: int
    earnings: Decimal
    below_floor_s: int
    """All-in seconds of the days (in this cell) whose all-in wage was below the floor."""

    @property
    def all_in_s(self) -> int:
        """Active plus unpaid seconds."""
        return self.active_s + self.unpaid_s

    @property
    def cell(self) -> tuple[str, str]:
        """(platform, task_kind)."""
        return self.platform, self.task_kind

    def wage(self) -> Decimal:
        """All-in hourly wage in the floor's currency (0 without hours: such rows are never released)."""
        return self.earnings * _SECONDS_PER_HOUR / self.all_in_s if self.all_in_s else Decimal(0)

    def unpaid_share(self) -> Decimal:
        """Unpaid share of the all-in time."""
        return Decimal(self.unpaid_s) / self.all_in_s if self.all_in_s else Decimal(0)

    def rejection_rate(self) -> Decimal:
        """Rejections / (tasks done + rejections); 0 when nothing was submitted (nothing was rejected)."""
        submitted = self.tasks_done + self.rejections
        return Decimal(self.rejections) / submitted if submitted else Decimal(0)

    def below_floor_share(self) -> Decimal:
        """Share of the all-in time spent on days below the floor."""
        return Decimal(self.below_floor_s) / self.all_in_s if self.all_in_s else Decimal(0)

    def as_floats(self) -> tuple[float, float, float, float]:
        """Wage, unpaid share, rejection rate, below-floor share as the f64 the mechanisms take.

        The same definitions as the Decimal methods, in float arithmetic: a release turns 10,000 member-cells
        into mechanism inputs, and going through Decimal first only to convert back cost a noticeable share
        of its time. The mechanisms clamp what they are given, so the float rounding is immaterial.
        """
        seconds = self.all_in_s
        if not seconds:
            return 0.0, 0.0, self._rejection_float(), 0.0
        return (
            float(self.earnings) * 3600 / seconds,
            self.unpaid_s / seconds,
            self._rejection_float(),
            self.below_floor_s / seconds,
        )

    def _rejection_float(self) -> float:
        submitted = self.tasks_done + self.rejections
        return self.rejections / submitted if submitted else 0.0


# -- the policy in force --------------------------------------------------------------------------------------


def month_days(month: str) -> tuple[date, date]:
    """First and last day of ``YYYY-MM``; raises :class:`ReleaseError` naming the field."""
    match = _MONTH.fullmatch(month) if isinstance(month, str) else None
    if match is None:
        raise ReleaseError(f"month: must be YYYY-MM, not {month!r}")
    year, number = int(match[1]), int(match[2])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def policy_from_entries(entries: Iterable[Entry], month: str) -> Policy:
    """The floor and exchange rates in force on the month's last day, from the log's ``policy.*`` entries.

    ``entries`` are in log order. An entry superseded by a later one is ignored. The floor is the
    ``policy.floor`` with the latest ``effective`` day on or before the month's last day (the later in the
    log on a tie); regional factors are not used (the server knows no member's region). Exchange rates are
    taken per currency from the ``policy.fx`` entries in force, the latest winning; an entry whose base is
    not the floor's currency is used through its rate for the floor's currency, or not at all.
    """
    _, last = month_days(month)
    cutoff = last.isoformat()
    entries = [e for e in entries if e.kind in ("policy.floor", "policy.fx")]
    superseded = {e.supersedes for e in entries if e.supersedes}
    live = [(e.data["effective"], i, e) for i, e in enumerate(entries) if e.entry_id not in superseded]
    in_force = sorted((eff, i, e) for eff, i, e in live if eff <= cutoff)
    floors = [e for _, _, e in in_force if e.kind == "policy.floor"]
    if not floors:
        raise ReleaseError(f"policy.floor: no floor is in force on {cutoff}; the treasurer must publish one")
    floor = floors[-1].data
    currency = floor["currency"]
    fx: dict[str, Decimal] = {}
    for _, _, entry in in_force:
        if entry.kind == "policy.fx":
            fx.update(_rates_to(currency, entry.data["base"], entry.data["rates"]))
    fx.pop(currency, None)
    return Policy(floor_hourly=Decimal(floor["hourly"]), currency=currency, fx=fx)


def _rates_to(currency: str, base: str, rates: Mapping[str, str]) -> dict[str, Decimal]:
    """One ``policy.fx`` entry (1 base = rate quote) as values of one unit of each currency in ``currency``."""
    quotes = {code: Decimal(rate) for code, rate in rates.items()}
    if base == currency:
        return {code: 1 / rate for code, rate in quotes.items()}
    if currency in quotes:
        base_value = quotes[currency]  # 1 base = this many floor units
        return {base: base_value} | {code: base_value / rate for code, rate in quotes.items() if code != currency}
    return {}


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


# -- (c) noise and the release ---------------------------------------------------------------------------------


class Noise(Protocol):
    """Where the noise comes from (OpenDP in production, a fake in tests)."""

    def counts(self, true_counts: Sequence[int]) -> list[int]:
        """Noisy member counts of every cell (one vector, one mechanism)."""
        ...

    def quantiles(self, wages: Sequence[float]) -> list[float]:
        """The noisy quantiles at :data:`QUANTILE_ALPHAS` of one cell's wages (clamped inside)."""
        ...

    def ratio_sum(self, ratios: Sequence[float]) -> float:
        """The noisy sum of one cell's per-member ratios (clamped to [0, 1] inside)."""
        ...


def enable_opendp() -> Any:
    """OpenDP's prelude with the ``contrib`` features on (OpenDP keeps that switch process-wide).

    Called where the mechanisms are built rather than at import, so importing this module changes nothing.
    """
    import opendp.prelude as dp

    dp.enable_features("contrib")
    return dp


class OpenDPNoise:
    """The mechanisms of one release, built once with OpenDP and checked against their privacy maps."""

    def __init__(self, settings: ReleaseSettings, wage_bounds: tuple[Decimal, Decimal]) -> None:
        """Build the count, quantile and ratio-sum measurements for these settings and wage bounds."""
        dp = enable_opendp()
        _, eps_quantile, eps_share = (float(e) for e in settings.per_cell_epsilons())
        low, high = float(wage_bounds[0]), float(wage_bounds[1])
        steps = settings.quantile_candidates - 1
        candidates = [low + (high - low) * i / steps for i in range(steps)] + [high]
        floats = dp.vector_domain(dp.atom_domain(T=float, nan=False)), dp.symmetric_distance()

        # Counts: a member-month changes up to max_cells cell counts by one each (L1 distance max_cells),
        # and the whole vector is one discrete Laplace mechanism whose map is checked at that distance.
        count_space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
        self._count = _calibrated(
            dp,
            lambda s: dp.m.make_laplace(*count_space, s),
            d_in=settings.max_cells,
            epsilon=float(settings.epsilon_count),
        )

        # Within one cell a member-month is one record: symmetric distance 1.
        def quantile(alpha: float) -> Callable[[float], Any]:
            return lambda s: (
                floats
                >> dp.t.then_clamp((low, high))
                >> dp.m.then_private_quantile(dp.max_divergence(), candidates, alpha, s)
            )

        self._quantiles = [_calibrated(dp, quantile(a), d_in=1, epsilon=eps_quantile) for a in QUANTILE_ALPHAS]
        # One composed measurement runs the three on the same data: the wages cross into OpenDP once.
        self._quartiles = dp.c.make_composition(self._quantiles)
        self._ratio_sum = _calibrated(
            dp,
            lambda s: floats >> dp.t.then_clamp((0.0, 1.0)) >> dp.t.then_sum() >> dp.m.then_laplace(s),
            d_in=1,
            epsilon=eps_share,
        )

        self._max_cells = settings.max_cells

    def member_month_epsilons(self) -> dict[str, float]:
        """The privacy loss of one member-month per statistic, from OpenDP's maps (basic composition).

        The count vector is charged at L1 distance ``max_cells``; each cell's quantiles and shares at one
        record, times the ``max_cells`` cells a member-month can reach.
        """
        cells = self._max_cells
        return {
            "count": float(self._count.map(cells)),
            "wage": cells * float(self._quartiles.map(1)),
            "shares": cells * 3 * float(self._ratio_sum.map(1)),
        }

    def counts(self, true_counts: Sequence[int]) -> list[int]:
        """Discrete Laplace noise on every cell's count at once."""
        return [int(c) for c in self._count(list(true_counts))] if true_counts else []

    def quantiles(self, wages: Sequence[float]) -> list[float]:
        """Exponential-mechanism quartiles over the candidate grid."""
        return [float(q) for q in self._quartiles(list(wages))]

    def ratio_sum(self, ratios: Sequence[float]) -> float:
        """Laplace sum of ratios clamped to [0, 1]."""
        return float(self._ratio_sum(list(ratios)))


def _calibrated(dp: Any, make: Callable[[float], Any], *, d_in: int, epsilon: float) -> Any:
    """A measurement whose privacy map at ``d_in`` is at most ``epsilon``, with (nearly) the least noise.

    The privacy loss of every mechanism here is inversely proportional to its noise scale (up to OpenDP's
    float-rounding slack), so the scale is read off the map at scale 1 and widened by a millionth: two
    constructions instead of the ~50 of a binary search (which is the fallback). OpenDP's map is the judge.
    """
    measurement = make(make(1.0).map(d_in) / epsilon * (1 + 1e-6))
    if measurement.map(d_in) > epsilon:
        measurement = make(dp.binary_search_param(make, d_in=d_in, d_out=epsilon))
    if measurement.map(d_in) > epsilon:  # binary_search_param promises this; a release must not rely on hope
        raise RuntimeError(f"OpenDP calibration failed: ε {measurement.map(d_in)} > {epsilon}")
    return measurement


def release(
    rows: Iterable[MemberMonth],
    settings: ReleaseSettings,
    policy: Policy,
    *,
    noise: Noise | None = None,
) -> dict[str, Any]:
    """The noisy cells and the suppressed ones, from the uncapped member-month rows (capped here).

    Returns ``{"cells": [...], "suppressed": [...]}``, sorted by platform then kind; every number is an int
    or a decimal string.
    """
    return _release_capped(cap_cells(rows, settings.max_cells), settings, policy, noise)


def _release_capped(
    capped: Sequence[MemberMonth], settings: ReleaseSettings, policy: Policy, noise: Noise | None
) -> dict[str, Any]:
    """:func:`release` of rows already bounded by :func:`cap_cells` (which the release's commitment hashes too)."""
    bounds = settings.wage_bounds(policy.floor_hourly)
    noise = noise if noise is not None else OpenDPNoise(settings, bounds)
    cells: dict[tuple[str, str], list[MemberMonth]] = defaultdict(list)
    for row in capped:
        cells[row.cell].append(row)
    keys = sorted(cells)
    noisy_counts = noise.counts([len(cells[k]) for k in keys])
    published: list[dict[str, Any]] = []
    suppressed: list[dict[str, Any]] = []
    for key, noisy in zip(keys, noisy_counts, strict=True):
        decision = suppression(noisy, settings)
        if decision.code is not None:
            suppressed.append(Suppression(key[0], key[1], decision.code, decision.threshold).to_json())
        if not decision.cell:
            continue
        wages, unpaid, rejected, below = zip(*(m.as_floats() for m in cells[key]), strict=True)
        published.append(
            {
                "platform": key[0],
                "task_kind": key[1],
                "members_noisy": noisy,
                "wage": _wage_quantiles(noise, wages, bounds, policy.currency) if decision.wage else None,
                "unpaid_share": _share(noise, unpaid, noisy),
                "rejection_rate": _share(noise, rejected, noisy),
                "below_floor_share": _share(noise, below, noisy),
            }
        )
    return {"cells": published, "suppressed": suppressed}


def suppression(noisy_count: int, settings: ReleaseSettings) -> Decision:
    """The suppression rule (the core's :func:`~coopclient.protocol.releases.decide`) with this release's thresholds."""
    return decide(noisy_count, settings.min_count, settings.wage_min_count())


def _wage_quantiles(
    noise: Noise, wages: Sequence[float], bounds: tuple[Decimal, Decimal], currency: str
) -> dict[str, str]:
    """Noisy q1, median, q3 as cents; sorted, since three independent draws may come out of order."""
    drawn = noise.quantiles(wages)
    low, high = bounds
    q1, median, q3 = sorted(min(max(_to_decimal(v), low), high).quantize(_CENT, ROUND_HALF_EVEN) for v in drawn)
    return {"q1": str(q1), "median": str(median), "q3": str(q3), "currency": currency}


def _share(noise: Noise, ratios: Sequence[float], noisy_count: int) -> str:
    """Noisy mean of per-member ratios: a noisy sum over the (already published) noisy count, in [0, 1]."""
    total = _to_decimal(noise.ratio_sum(ratios))
    mean = min(max(total / noisy_count, Decimal(0)), Decimal(1))
    return str(mean.quantize(_SHARE_STEP, ROUND_HALF_EVEN))


def _to_decimal(value: float) -> Decimal:
    """A mechanism's float output as a Decimal (via its shortest repr, so 0.1 stays 0.1)."""
    return Decimal(repr(float(value)))


# -- (d) glue ------------------------------------------------------------------------------------------------


def describe_settings(settings: ReleaseSettings, policy: Policy) -> dict[str, Any]:
    """What a release states about how it was made: ε, thresholds, bounds, max_cells, floor, fx."""
    eps_count, eps_quantile, eps_share = settings.per_cell_epsilons()
    low, high = settings.wage_bounds(policy.floor_hourly)
    total = settings.epsilon_count + settings.epsilon_wage + settings.epsilon_shares
    miss = settings.wage_miss_probability
    return {
        "privacy_unit": "member-month",
        "epsilon": {
            "count": _text(settings.epsilon_count),
            "wage": _text(settings.epsilon_wage),
            "shares": _text(settings.epsilon_shares),
            "total": _text(total),
        },
        "epsilon_per_cell": {
            "count": _eps(eps_count),
            "wage_quantile": _eps(eps_quantile),
            "share": _eps(eps_share),
        },
        "mechanisms": {
            "count": "discrete Laplace",
            "wage": f"exponential mechanism over {settings.quantile_candidates} candidates (OpenDP private_quantile)",
            "shares": "Laplace sum of per-member ratios divided by the noisy count",
        },
        "min_count": settings.min_count,
        "min_count_wage": settings.wage_min_count(),
        "wage_rank_tolerance": _text(settings.wage_rank_tolerance),
        "wage_miss_probability": "none" if miss is None else _text(miss),
        "wage_bounds": [_text(low), _text(high)],
        "share_bounds": ["0", "1"],
        "max_cells": settings.max_cells,
        "floor": {"hourly": _text(policy.floor_hourly), "currency": policy.currency},
        "fx": {code: _text(rate) for code, rate in sorted(policy.fx.items())},
    }


def _eps(value: Decimal) -> str:
    return _text(value.quantize(_EPSILON_STEP, ROUND_HALF_EVEN).normalize())


def _text(value: Decimal) -> str:
    """A decimal string without exponent ("10", never "1E+1")."""
    return format(value, "f")


def compute_release(
    database: Database,
    month: str,
    policy: Policy,
    settings: ReleaseSettings,
    *,
    noise: Noise | None = None,
    salt: bytes | None = None,
) -> dict[str, Any]:
    """The ``data`` of the month's ``release.aggregates`` entry: month, settings, inputs, cells, suppressed.

    ``inputs`` commits to the capped rows the noise was added to, at the tree size they were read at
    (``release_inputs``: a salted hash, so the commitment leaks nothing; ``salt`` defaults to the month's
    stored salt, made once).
    """
    from coopclient.server.commitment import release_salt, rows_digest

    with database.snapshot():  # the size and the rows from one state of the log
        size_row = database.fetchone("SELECT COALESCE(MAX(seq) + 1, 0) FROM entries")
        rows = summed_rows(database, month, policy, settings.max_cells)
        if rows is None:  # the month's sums are under another policy (or none): sum its days
            rows = member_month_rows(database, month, policy.floor_hourly, policy.rates())
    log_size = int(size_row[0]) if size_row else 0
    capped = cap_cells(rows, settings.max_cells)  # once: a month of a big co-op is 40,000 member-cells
    digest = rows_digest(capped, release_salt(database, month, salt))
    return {
        "month": month,
        "settings": describe_settings(settings, policy),
        "inputs": {"log_size": log_size, "rows_sha256": digest, "salt": "ledger_meta"},
        **_release_capped(capped, settings, policy, noise),
    }
