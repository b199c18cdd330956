"""The inputs of a monthly release: the policy in force (floor and exchange rates), the release settings
(ε, thresholds, bounds), and one member's month in one cell (:class:`MemberMonth`).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from coopclient.server.quantile_accuracy import min_members_for_quantiles

if TYPE_CHECKING:
    from coopclient.protocol.entries import Entry


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
