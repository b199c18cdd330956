"""Step 3 of a monthly release: the noise (OpenDP's mechanisms calibrated by its own privacy maps, behind the
:class:`Noise` seam) and the noisy, suppressed statistics of each cell (:func:`release`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Protocol

from coopclient.protocol.releases import Decision, Suppression, decide
from coopclient.server.aggregates.inputs import (
    _CENT,
    _SHARE_STEP,
    QUANTILE_ALPHAS,
    MemberMonth,
    Policy,
    ReleaseSettings,
)
from coopclient.server.aggregates.query import cap_cells

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
