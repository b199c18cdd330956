"""The monthly DP aggregates (coopclient/server/aggregates.py).

- Pure parts: the per-member ratios, contribution bounding (`cap_cells`), the suppression rule, the release's
  shape and arithmetic with a deterministic noise seam (`FakeNoise`: injected noisy counts), the policy in
  force from treasurer entries, and the settings a release states.
- The privacy accounting: OpenDP's own maps add up to the stated ε per member-month.
- Statistics of the real mechanisms (OpenDP noise cannot be seeded, so bounds are loose enough never to
  flake): DP quartiles near the truth at n = 300, a 9-member cell suppressed as often as the Laplace tail says.
- The query on SQLite and PostgreSQL (`ledger_url`): against a Python reference on rows written straight
  into the projections, and end to end from signed `stats.day` entries appended through `LedgerStore`.
"""

from __future__ import annotations

import math
import random
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.protocol.canonical import canonical
from coopclient.protocol.entries import Entry, make_body, parse_entry, stats_data, validate_data
from coopclient.protocol.signing import SigningKey, key_id
from coopclient.server.aggregates import (
    QUANTILE_ALPHAS,
    MemberMonth,
    OpenDPNoise,
    Policy,
    ReleaseError,
    ReleaseSettings,
    cap_cells,
    compute_release,
    describe_settings,
    member_month_rows,
    policy_from_entries,
    release,
    suppression,
)
from coopclient.server.db import Database, connect
from coopclient.server.projections import day_earnings
from coopclient.server.quantile_accuracy import min_members_for_quantiles
from coopclient.server.schema import ensure_schema
from coopclient.server.store import LedgerStore

EUR_POLICY = Policy(floor_hourly=Decimal("12.50"), currency="EUR", fx={"USD": 1 / Decimal("1.08")})
DEFAULTS = ReleaseSettings()
SETTINGS = ReleaseSettings(wage_miss_probability=None)
"""The arithmetic's settings: the defaults with the fixed thresholds only (15 members, wages from 30), so the
injected noisy counts of the tests below stay small. The accuracy rule of the defaults has its own tests."""


# -- helpers -------------------------------------------------------------------------------------------------


def row(
    member: str = "m-1",
    platform: str = "label-studio",
    task_kind: str = "image",
    *,
    active_s: int = 3600,
    unpaid_s: int = 0,
    tasks_done: int = 10,
    rejections: int = 0,
    earnings: str = "20",
    below_floor_s: int = 0,
) -> MemberMonth:
    return MemberMonth(
        member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections, Decimal(earnings), below_floor_s
    )


@dataclass
class FakeNoise:
    """Deterministic noise: injected noisy counts (or the true ones), fixed quantiles, exact ratio sums."""

    noisy_counts: list[int] | None = None
    quantile_values: tuple[float, float, float] = (20.0, 15.0, 30.0)  # out of order on purpose
    sum_offset: float = 0.0
    true_counts: list[int] = field(default_factory=list)
    quantile_calls: list[int] = field(default_factory=list)

    def counts(self, true_counts: Sequence[int]) -> list[int]:
        self.true_counts = list(true_counts)
        return list(self.noisy_counts) if self.noisy_counts is not None else list(true_counts)

    def quantiles(self, wages: Sequence[float]) -> list[float]:
        self.quantile_calls.append(len(wages))
        return list(self.quantile_values)

    def ratio_sum(self, ratios: Sequence[float]) -> float:
        return sum(min(max(r, 0.0), 1.0) for r in ratios) + self.sum_offset


def floats_in(value: object, path: str = "data") -> list[str]:
    """Paths of every float in a JSON-like structure."""
    if isinstance(value, float):
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in floats_in(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in floats_in(v, f"{path}[{i}]")]
    return []


def policy_entry(key: SigningKey, kind: str, data: dict[str, Any], supersedes: str | None = None) -> Entry:
    return parse_entry(make_body(kind, data, key.public, str(uuid.uuid4()), supersedes))


@pytest.fixture(scope="module")
def opendp_noise() -> OpenDPNoise:
    """The real mechanisms for the default settings and the EUR floor (built once: ~0.2 s)."""
    return OpenDPNoise(SETTINGS, SETTINGS.wage_bounds(EUR_POLICY.floor_hourly))


# -- per-member ratios -----------------------------------------------------------------------------------------


def test_member_month_ratios() -> None:
    r = row(active_s=5400, unpaid_s=1800, tasks_done=30, rejections=10, earnings="30", below_floor_s=3600)
    assert r.all_in_s == 7200
    assert r.wage() == Decimal(15)
    assert r.unpaid_share() == Decimal("0.25")
    assert r.rejection_rate() == Decimal("0.25")
    assert r.below_floor_share() == Decimal("0.5")


def test_ratios_without_hours_or_tasks_are_zero() -> None:
    r = row(active_s=0, unpaid_s=0, tasks_done=0, rejections=0, earnings="5")
    assert (r.wage(), r.unpaid_share(), r.rejection_rate(), r.below_floor_share()) == (Decimal(0),) * 4


@given(
    active=st.integers(0, 31 * 86400),
    unpaid=st.integers(0, 31 * 86400),
    done=st.integers(0, 10**6),
    rejected=st.integers(0, 10**6),
    below_fraction=st.fractions(0, 1),
)
def test_ratios_are_shares(active: int, unpaid: int, done: int, rejected: int, below_fraction: Fraction) -> None:
    below = math.floor((active + unpaid) * below_fraction)
    r = row(active_s=active, unpaid_s=unpaid, tasks_done=done, rejections=rejected, below_floor_s=below)
    exact = (r.wage(), r.unpaid_share(), r.rejection_rate(), r.below_floor_share())
    for ratio in exact[1:]:
        assert 0 <= ratio <= 1
    # What the mechanisms get: the same definitions in f64.
    assert r.as_floats() == pytest.approx([float(x) for x in exact], rel=1e-12)


# -- contribution bounding -------------------------------------------------------------------------------------


def test_cap_cells_keeps_each_members_cells_with_most_hours() -> None:
    rows = [row("m-1", f"p{i}", active_s=600 * (i + 1)) for i in range(6)] + [row("m-2", "p0")]
    kept = cap_cells(rows, 4)
    assert sorted(r.platform for r in kept if r.member == "m-1") == ["p2", "p3", "p4", "p5"]
    assert [r.platform for r in kept if r.member == "m-2"] == ["p0"]


def test_cap_cells_breaks_ties_by_cell_and_drops_rows_without_hours() -> None:
    rows = [row("m-1", p) for p in ("c", "a", "b")] + [row("m-1", "z", active_s=0, earnings="9")]
    assert [r.platform for r in cap_cells(rows, 2)] == ["a", "b"]
    assert [r.platform for r in cap_cells(rows, 9)] == ["a", "b", "c"]


def test_cap_cells_refuses_a_member_twice_in_a_cell() -> None:
    with pytest.raises(ReleaseError, match=r"member m-1 appears twice in cell label-studio/image"):
        cap_cells([row(), row()], 4)


cells_strategy = st.lists(
    st.tuples(st.sampled_from(["m-1", "m-2", "m-3"]), st.sampled_from("abcdefg"), st.integers(0, 10_000)),
    unique_by=lambda t: (t[0], t[1]),
)


@given(cells=cells_strategy, max_cells=st.integers(1, 5))
def test_cap_cells_bounds_every_member(cells: list[tuple[str, str, int]], max_cells: int) -> None:
    rows = [row(m, p, active_s=s) for m, p, s in cells]
    kept = cap_cells(rows, max_cells)
    by_member: dict[str, list[MemberMonth]] = defaultdict(list)
    for r in kept:
        by_member[r.member].append(r)
    for member, member_rows in by_member.items():
        assert len(member_rows) <= max_cells
        dropped = [r for r in rows if r.member == member and r not in member_rows and r.all_in_s > 0]
        if dropped:  # a member loses cells only beyond max_cells, and only ones with no more hours than kept ones
            assert len(member_rows) == max_cells
            assert max(r.all_in_s for r in dropped) <= min(r.all_in_s for r in member_rows)
    assert all(r.all_in_s > 0 for r in kept)
    assert {r.member for r in kept} == {m for m, _, s in cells if s > 0}


# -- suppression and the release's arithmetic ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noisy", "cell", "wage"),
    [(-3, False, False), (14, False, False), (15, True, False), (29, True, False), (30, True, True)],
)
def test_suppression_thresholds(noisy: int, cell: bool, wage: bool) -> None:
    decision = suppression(noisy, SETTINGS)
    assert (decision.cell, decision.wage) == (cell, wage)
    assert (decision.code is None) == (cell and wage)
    assert decision.threshold == (None if wage else 15 if not cell else 30)


def three_cells() -> list[MemberMonth]:
    """Cell a: 3 members, b: 4, c: 5 (the noisy counts are injected, so small is fine)."""
    return [row(f"m-{i}", p) for p, n in (("a", 3), ("b", 4), ("c", 5)) for i in range(n)]


def test_release_drops_and_withholds_by_the_injected_noisy_counts() -> None:
    noise = FakeNoise(noisy_counts=[14, 15, 30])
    published = release(three_cells(), SETTINGS, EUR_POLICY, noise=noise)

    assert noise.true_counts == [3, 4, 5]
    assert [(c["platform"], c["members_noisy"]) for c in published["cells"]] == [("b", 15), ("c", 30)]
    assert published["cells"][0]["wage"] is None
    assert published["cells"][1]["wage"] == {"q1": "15.00", "median": "20.00", "q3": "30.00", "currency": "EUR"}
    assert published["suppressed"] == [
        {"platform": "a", "task_kind": "image", "code": "few-members", "threshold": 15},
        {"platform": "b", "task_kind": "image", "code": "few-members-for-wage", "threshold": 30},
    ]
    # No mechanism ever ran on a withheld wage: only cell c's 5 wages went to the quantile mechanism.
    assert noise.quantile_calls == [5]


def test_release_shares_are_noisy_sums_over_the_noisy_count() -> None:
    rows = [
        row("m-1", "a", active_s=3000, unpaid_s=1000, tasks_done=4, rejections=1, below_floor_s=4000),
        row("m-2", "a", active_s=4000, unpaid_s=0, tasks_done=10, rejections=0, below_floor_s=0),
    ]
    cell = release(rows, SETTINGS, EUR_POLICY, noise=FakeNoise(noisy_counts=[40]))["cells"][0]
    # sums 0.25, 0.2 and 1.0 over the noisy count 40, not the true 2
    assert (cell["unpaid_share"], cell["rejection_rate"], cell["below_floor_share"]) == ("0.006", "0.005", "0.025")


@pytest.mark.parametrize(("offset", "expected"), [(1000.0, "1.000"), (-1000.0, "0.000")])
def test_release_shares_are_clamped_to_zero_one(offset: float, expected: str) -> None:
    cell = release([row()], SETTINGS, EUR_POLICY, noise=FakeNoise(noisy_counts=[30], sum_offset=offset))["cells"][0]
    assert cell["unpaid_share"] == cell["rejection_rate"] == cell["below_floor_share"] == expected


def test_release_wage_quantiles_are_clamped_to_the_bounds_and_sorted() -> None:
    noise = FakeNoise(noisy_counts=[30], quantile_values=(99.0, -3.0, 21.456))
    wage = release([row()], SETTINGS, EUR_POLICY, noise=noise)["cells"][0]["wage"]
    assert wage == {"q1": "0.00", "median": "21.46", "q3": "37.50", "currency": "EUR"}


def test_a_wage_under_the_floor_is_released_as_it_is() -> None:
    """The lower bound is 0, not the floor: a quantile drawn at 3.13 stays 3.13 (it used to become 12.50)."""
    noise = FakeNoise(noisy_counts=[30], quantile_values=(2.5, 3.125, 3.75))
    wage = release([row(earnings="3.125")], SETTINGS, EUR_POLICY, noise=noise)["cells"][0]["wage"]
    assert wage == {"q1": "2.50", "median": "3.12", "q3": "3.75", "currency": "EUR"}


def test_a_platform_paying_a_quarter_of_the_floor_is_released_well_below_it(opendp_noise: OpenDPNoise) -> None:
    """The real mechanisms at the default settings: 300 members paid 3.125 €/h ± 20 % (the floor is 12.50).

    With the wage clamped from the floor up, the median came out at 12.50 every time: the one thing the
    comparison exists to show, hidden. Now it comes out near 3.1 (the median of 100 medians within 0.3 of
    the truth) and under half the floor in all but a few releases. Not all: OpenDP's noise cannot be seeded,
    and at ε 1/12 per quantile the exponential mechanism over 501 candidates in [0, 37.50] puts two of the
    three draws far above the data about once in 750 releases (measured: 4 medians over 6.25 in 3000). This
    test asked "every one of 20" and failed CI once (a median of 16.80). At that rate, more than 5 of 100
    releases over half the floor has a probability under 1e-8; a floor-clamped wage makes all 100 fail.
    """
    rng = random.Random(4)
    earnings = [3.125 * rng.uniform(0.8, 1.2) for _ in range(300)]
    rows = [row(f"m-{i}", "cheap", earnings=f"{e:.2f}") for i, e in enumerate(earnings)]
    medians = [
        Decimal(release(rows, SETTINGS, EUR_POLICY, noise=opendp_noise)["cells"][0]["wage"]["median"])
        for _ in range(100)
    ]
    above_half_floor = [m for m in medians if m >= EUR_POLICY.floor_hourly / 2]
    assert len(above_half_floor) <= 5, above_half_floor
    assert float(statistics.median(medians)) == pytest.approx(statistics.median(earnings), abs=0.3)


def test_release_bounds_each_members_contribution_before_counting() -> None:
    rows = [row("m-1", f"p{i}", active_s=100 + i) for i in range(6)] + [row("m-2", "p0")]
    noise = FakeNoise()
    release(rows, SETTINGS, EUR_POLICY, noise=noise)
    # m-1 keeps p2..p5 (most hours); p0 has only m-2, p1 nobody any more.
    assert noise.true_counts == [1, 1, 1, 1, 1]


def test_a_release_has_no_float_and_is_a_valid_entry(opendp_noise: OpenDPNoise) -> None:
    rng = random.Random(5)
    rows = [
        row(f"m-{i}", p, k, active_s=rng.randrange(1, 90_000), unpaid_s=rng.randrange(0, 9000),
            tasks_done=rng.randrange(0, 500), rejections=rng.randrange(0, 20),
            earnings=str(Decimal(rng.randrange(-1000, 2_000_000)) / 1000), below_floor_s=0)
        for p, k, n in (("label-studio", "image", 200), ("doccano", "text", 40), ("file", "other", 3))
        for i in range(n)
    ]  # fmt: skip
    data = {
        "month": "2026-11",
        "settings": describe_settings(SETTINGS, EUR_POLICY),
        **release(rows, SETTINGS, EUR_POLICY, noise=opendp_noise),
    }
    assert floats_in(data) == []
    canonical(data)  # raises on a float, NaN or a non-JSON type
    validate_data("release.aggregates", data)
    make_body("release.aggregates", data, SigningKey.generate().public, str(uuid.uuid4()))


# -- the settings a release states, and the privacy accounting -------------------------------------------------


def test_settings_state_epsilon_thresholds_bounds_floor_and_fx() -> None:
    stated = describe_settings(SETTINGS, EUR_POLICY)
    assert stated["privacy_unit"] == "member-month"
    assert stated["epsilon"] == {"count": "0.5", "wage": "1.0", "shares": "0.5", "total": "2.0"}
    assert stated["epsilon_per_cell"] == {"count": "0.125", "wage_quantile": "0.083333", "share": "0.041667"}
    assert (stated["min_count"], stated["min_count_wage"], stated["max_cells"]) == (15, 30, 4)
    assert stated["wage_bounds"] == ["0.00", "37.50"]
    assert stated["floor"] == {"hourly": "12.50", "currency": "EUR"}
    assert Decimal(stated["fx"]["USD"]) * Decimal("1.08") == pytest.approx(Decimal(1), abs=Decimal("1e-20"))


def test_the_mechanisms_spend_exactly_the_stated_budget(opendp_noise: OpenDPNoise) -> None:
    spent = opendp_noise.member_month_epsilons()
    for name, budget in (("count", 0.5), ("wage", 1.0), ("shares", 0.5)):
        assert spent[name] <= budget, name  # never more than stated...
        assert spent[name] >= budget * 0.999, name  # ...and not wastefully less


@pytest.mark.parametrize(
    ("field_name", "value", "message"),
    [
        ("epsilon_count", Decimal(0), "settings.epsilon_count"),
        ("max_cells", 0, "settings.max_cells"),
        ("min_count", 40, "settings.min_count"),
        ("wage_bounds_factors", (Decimal(3), Decimal(1)), "settings.wage_bounds_factors"),
        ("wage_bounds_factors", (Decimal(-1), Decimal(3)), "settings.wage_bounds_factors"),
        ("wage_rank_tolerance", Decimal(0), "settings.wage_rank_tolerance"),
        ("wage_miss_probability", Decimal(1), "settings.wage_miss_probability"),
    ],
)
def test_bad_settings_are_refused(field_name: str, value: object, message: str) -> None:
    with pytest.raises(ReleaseError, match=message):
        ReleaseSettings(**{field_name: value})  # type: ignore[arg-type]


# -- statistics of the real mechanisms ---------------------------------------------------------------------------


def test_dp_quartiles_land_near_the_truth_at_n_300(opendp_noise: OpenDPNoise) -> None:
    """Median absolute error over 100 releases, per quartile, within twice the anchors' figure.

    Anchors §7: a DP median at n = 300 errs by 0.17 €/h (median) at ε 0.5, roughly ∝ 1/ε. Here each quartile
    gets ε 1.0 / (3 × 4 cells) = 1/12, six times less: ≈ 1.0 €/h; the bound is twice that. Measured over 400
    releases with the bounds [0, 3 × floor]: q1 0.80, median 0.32, q3 1.03. Over 20 releases the q3 figure
    went past the bound about once in a hundred runs (the noise is the OS's, not seeded); over 100 its
    spread (1.7 at the 99.9th percentile, resampled) stays under it.
    """
    rng = random.Random(300)
    wages = [Decimal(str(round(rng.lognormvariate(3.0, 0.3), 2))) for _ in range(300)]
    rows = [row(f"m-{i}", earnings=str(w)) for i, w in enumerate(wages)]  # one hour each: earnings = wage
    clamped = [float(min(max(w, Decimal(0)), Decimal("37.50"))) for w in wages]
    truth = statistics.quantiles(clamped, n=4, method="inclusive")
    errors: list[list[float]] = [[], [], []]
    for _ in range(100):
        wage = release(rows, SETTINGS, EUR_POLICY, noise=opendp_noise)["cells"][0]["wage"]
        for i, name in enumerate(("q1", "median", "q3")):
            errors[i].append(abs(float(wage[name]) - truth[i]))
    tolerance = 2 * 0.17 * (0.5 / (1.0 / 12))
    assert [statistics.median(e) for e in errors] == [pytest.approx(0, abs=tolerance)] * 3


# -- the accuracy rule: a wage is published only where the quartiles are not noise ------------------------------


def test_at_the_defaults_a_cells_wage_waits_for_1658_members() -> None:
    """ε 1/12 per quartile over 501 candidates: each quartile within ±10 % of n ranks with probability 95 %
    needs ln(500 / 0.05) · 2 · 0.75 / (0.1 / 12) = 1657.9 members (the median alone 1106)."""
    assert DEFAULTS.wage_min_count() == 1658
    assert replace(DEFAULTS, max_cells=1).wage_min_count() == 415  # ε 1/3 per quartile
    assert replace(DEFAULTS, wage_miss_probability=None).wage_min_count() == 30
    stated = describe_settings(DEFAULTS, EUR_POLICY)
    assert (stated["min_count_wage"], stated["wage_rank_tolerance"], stated["wage_miss_probability"]) == (
        1658,
        "0.1",
        "0.05",
    )
    assert describe_settings(SETTINGS, EUR_POLICY)["wage_miss_probability"] == "none"


def test_a_300_member_cell_paying_3_euros_is_not_published_as_if_it_paid_20() -> None:
    """Measured before the rule (CI, 2026-12): this cell's q3 came out above half the floor in 74 % of
    releases, drawn nearly uniformly up to 37.50; at 30 members (the old threshold) its median did in 92 %.
    Now the count and shares are published and the wage is withheld, with the threshold stated."""
    rng = random.Random(4)
    rows = [row(f"m-{i}", "cheap", earnings=f"{3.125 * rng.uniform(0.8, 1.2):.2f}") for i in range(300)]
    data = release(rows, DEFAULTS, EUR_POLICY)
    (cell,) = data["cells"]
    assert cell["wage"] is None
    assert data["suppressed"] == [
        {"platform": "cheap", "task_kind": "image", "code": "few-members-for-wage", "threshold": 1658}
    ]


def test_from_the_rules_count_the_quartiles_of_a_cheap_platform_are_where_the_members_are() -> None:
    """2000 members paid 3.125 €/h ± 20 %: over 50 real releases every quartile stays under half the floor
    (the rule allows a miss in 5 %; the measured q3 rate at 1000 members was 0.1 %)."""
    rng = random.Random(6)
    rows = [row(f"m-{i}", "cheap", earnings=f"{3.125 * rng.uniform(0.8, 1.2):.2f}") for i in range(2000)]
    noise = OpenDPNoise(DEFAULTS, DEFAULTS.wage_bounds(EUR_POLICY.floor_hourly))
    off = 0
    for _ in range(50):
        cells = release(rows, DEFAULTS, EUR_POLICY, noise=noise)["cells"]
        wage = cells[0]["wage"]
        assert wage is not None  # the count's noise (scale 8) would need to take 342 members off
        off += any(Decimal(wage[q]) >= EUR_POLICY.floor_hourly / 2 for q in ("q1", "median", "q3"))
    assert off <= 2


def test_the_rule_reads_opendps_scale(opendp_noise: OpenDPNoise) -> None:
    """The rule assumes OpenDP weighs a candidate g ranks off by exp(-g · ε / (2 · max(α, 1 - α))). With half
    the members at 2.96 and half at 3.04, candidate 3.00 (the grid steps by 0.075) is the exact median and
    every other candidate n/2 ranks off, so the median is drawn off 3.00 with probability 500 w / (1 + 500 w),
    w = exp(-ε n / 2): 10.7 % at n = 200, ε = 1/12, an upper bound (measured: 6.0 % over 2000 draws, 0.15 %
    at n = 300 against 0.19 %: OpenDP's selection does a little better than the plain exponential mechanism
    the rule assumes). If OpenDP changed its scale (a sized domain halves it: ~0 %; doubled: 88 %), the rate
    would move far outside the bounds below."""
    w = math.exp(-(1 / 12) * 200 / 2)
    expected = 500 * w / (1 + 500 * w)
    draws = 600
    wages = [2.96] * 100 + [3.04] * 100
    off = sum(abs(opendp_noise.quantiles(wages)[1] - 3.0) > 1e-9 for _ in range(draws))
    # binomial sd at 600 draws and 6 %: 1.0 point; both bounds are more than 4 sd away
    assert expected == pytest.approx(0.107, abs=0.001)
    assert 0.02 < off / draws < 0.17


@given(
    epsilon=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10), places=3),
    candidates=st.integers(min_value=2, max_value=5000),
    tolerance=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1), places=2),
    miss=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("0.5"), places=3),
)
def test_the_rules_count_is_the_first_that_meets_its_bound(
    epsilon: Decimal, candidates: int, tolerance: Decimal, miss: Decimal
) -> None:
    n = min_members_for_quantiles(epsilon, QUANTILE_ALPHAS, candidates, tolerance, miss)

    def bound(members: int) -> float:  # the worst quartile (α 0.25 / 0.75) at this member count
        return (candidates - 1) * math.exp(-float(tolerance) * members * float(epsilon) / (2 * 0.75))

    assert bound(n) <= float(miss) * (1 + 1e-9)
    assert n == 0 or bound(n - 1) > float(miss) * (1 - 1e-9)


def pass_probability(true_count: int, threshold: int, scale: float) -> float:
    """P(true + Z ≥ threshold) for discrete Laplace Z with this scale: e^{-k/s} / (1 + e^{-1/s}), k = gap."""
    gap = threshold - true_count
    return math.exp(-gap / scale) / (1 + math.exp(-1 / scale))


@pytest.mark.parametrize("max_cells", [4, 1])
def test_a_cell_of_nine_members_is_suppressed_as_the_laplace_tail_says(max_cells: int) -> None:
    """Default settings (noise scale max_cells / ε = 8): a 9 passes 15 with p ≈ 0.25. One cell per member
    (scale 2, the anchors' setting): p ≈ 0.03, suppressed nearly always. 400 trials, ±5 standard deviations."""
    settings = ReleaseSettings(max_cells=max_cells)
    noise = OpenDPNoise(settings, settings.wage_bounds(EUR_POLICY.floor_hourly))
    rows = [row(f"m-{i}") for i in range(9)]
    trials = 400
    passed = sum(bool(release(rows, settings, EUR_POLICY, noise=noise)["cells"]) for _ in range(trials))
    p = pass_probability(9, 15, max_cells / 0.5)
    margin = 5 * math.sqrt(p * (1 - p) / trials)
    assert passed / trials == pytest.approx(p, abs=margin)
    if max_cells == 1:
        assert passed / trials < 0.07


# -- the policy in force ------------------------------------------------------------------------------------------


@pytest.fixture
def treasurer() -> SigningKey:
    return SigningKey.generate()


RATECARD = {
    "effective": "2026-11-01", "platform": "file", "project": "x", "task_kind": "text", "unit": "task", "rate": "1",
    "currency": "EUR",
}  # fmt: skip


def test_policy_takes_the_latest_floor_and_rates_in_force_on_the_last_day(treasurer: SigningKey) -> None:
    entries = [
        policy_entry(treasurer, "policy.floor", {"effective": "2026-01-01", "hourly": "11.00", "currency": "EUR"}),
        policy_entry(treasurer, "policy.fx", {"effective": "2026-01-01", "base": "EUR", "rates": {"USD": "1.2500"}}),
        policy_entry(treasurer, "policy.floor", {"effective": "2026-11-30", "hourly": "12.50", "currency": "EUR"}),
        policy_entry(treasurer, "policy.fx", {"effective": "2026-06-01", "base": "EUR", "rates": {"GBP": "0.8000"}}),
        policy_entry(treasurer, "policy.floor", {"effective": "2026-12-01", "hourly": "99.00", "currency": "EUR"}),
        policy_entry(treasurer, "policy.fx", {"effective": "2026-12-01", "base": "EUR", "rates": {"USD": "2.0000"}}),
        policy_entry(treasurer, "policy.ratecard", RATECARD),
    ]
    policy = policy_from_entries(entries, "2026-11")
    assert (policy.floor_hourly, policy.currency) == (Decimal("12.50"), "EUR")
    assert policy.fx == {"USD": Decimal("0.8"), "GBP": Decimal("1.25")}
    assert policy.rates()["EUR"] == 1


def test_policy_ignores_superseded_entries(treasurer: SigningKey) -> None:
    first = policy_entry(treasurer, "policy.floor", {"effective": "2026-01-01", "hourly": "15.00", "currency": "EUR"})
    fixed = policy_entry(
        treasurer, "policy.floor", {"effective": "2025-01-01", "hourly": "12.00", "currency": "EUR"}, first.entry_id
    )
    assert policy_from_entries([first, fixed], "2026-11").floor_hourly == Decimal("12.00")


def test_policy_converts_rates_whose_base_is_another_currency(treasurer: SigningKey) -> None:
    entries = [
        policy_entry(treasurer, "policy.floor", {"effective": "2026-01-01", "hourly": "12.50", "currency": "EUR"}),
        # 1 USD = 0.9 EUR = 0.75 GBP: a GBP is worth 0.9 / 0.75 = 1.2 EUR.
        policy_entry(
            treasurer, "policy.fx", {"effective": "2026-01-01", "base": "USD", "rates": {"EUR": "0.9", "GBP": "0.75"}}
        ),
        # Rates that never mention EUR cannot be linked to the floor: ignored, not guessed.
        policy_entry(treasurer, "policy.fx", {"effective": "2026-01-01", "base": "CHF", "rates": {"JPY": "170"}}),
    ]
    assert policy_from_entries(entries, "2026-11").fx == {"USD": Decimal("0.9"), "GBP": Decimal("1.2")}


def test_policy_without_a_floor_in_force_is_an_error(treasurer: SigningKey) -> None:
    late = policy_entry(treasurer, "policy.floor", {"effective": "2026-12-01", "hourly": "12.50", "currency": "EUR"})
    with pytest.raises(ReleaseError, match=r"policy.floor: no floor is in force on 2026-11-30"):
        policy_from_entries([late], "2026-11")


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "26-11", "2026-11-01", ""])
def test_a_bad_month_is_refused(month: str, treasurer: SigningKey) -> None:
    with pytest.raises(ReleaseError, match=r"month: must be YYYY-MM"):
        policy_from_entries([], month)


# -- the query, on both engines -------------------------------------------------------------------------------------


@pytest.fixture
def database(ledger_url: str) -> Iterator[Database]:
    db = connect(ledger_url)
    ensure_schema(db)
    yield db
    db.close()


StatRow = tuple[str, str, str, str, int, int, int, int, dict[str, int]]  # member, day, platform, kind, ..., earnings


def insert(db: Database, rows: Sequence[StatRow]) -> None:
    """The rows as the projection stores them: one currency (or none) on the day row, several in stat_earnings."""
    db.executemany(
        "INSERT INTO stat_days (member, day, platform, task_kind, seq, active_s, unpaid_s, tasks_done, rejections, "
        "earn_currency, earn_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(m, d, p, k, i, a, u, t, r, *day_earnings(money)) for i, (m, d, p, k, a, u, t, r, money) in enumerate(rows)],
    )
    several = [
        (m, d, p, k, c, micros) for m, d, p, k, *_, money in rows if len(money) > 1 for c, micros in money.items()
    ]
    if several:
        db.executemany(
            "INSERT INTO stat_earnings (member, day, platform, task_kind, currency, micros) VALUES (?, ?, ?, ?, ?, ?)",
            several,
        )


EXACT_RATES = {"EUR": Fraction(1), "USD": 1 / Fraction("1.08")}  # what EUR_POLICY's rounded 1/1.08 stands for


def reference(rows: Sequence[StatRow], month: str, floor: Fraction) -> dict[tuple[str, str, str], MemberMonth]:
    """The spec, in exact fractions: sums per member-cell, days below the floor by their own all-in wage."""
    rates = EXACT_RATES
    sums: dict[tuple[str, str, str], list[Any]] = {}
    for member, day, platform, kind, active, unpaid, done, rejected, money in rows:
        if not day.startswith(month + "-"):
            continue
        earned = sum((Fraction(micros, 10**6) * rates[c] for c, micros in money.items()), Fraction(0))
        below = active + unpaid if earned * 3600 < floor * (active + unpaid) else 0
        acc = sums.setdefault((member, platform, kind), [0, 0, 0, 0, Fraction(0), 0])
        for i, value in enumerate((active, unpaid, done, rejected, earned, below)):
            acc[i] += value
    return {
        key: MemberMonth(*key, a, u, d, r, Decimal(round(e * 10**6)) / 10**6, b)
        for key, (a, u, d, r, e, b) in sums.items()
        if a + u > 0
    }


def random_rows(seed: int, members: int = 12) -> list[StatRow]:
    rng = random.Random(seed)
    rows: list[StatRow] = []
    for m in range(members):
        for day in rng.sample(range(-3, 33), 12):  # some in October and December
            when = (date(2026, 11, 1) + timedelta(days=day)).isoformat()
            for platform, kind in rng.sample([("label-studio", "image"), ("doccano", "text"), ("file", "other")], 2):
                money = {"EUR": rng.randrange(-2_000_000, 60_000_000)}
                if rng.random() < 0.3:
                    money["USD"] = rng.randrange(0, 30_000_000)
                elif rng.random() < 0.15:
                    money = {}  # a day without pay
                elif rng.random() < 0.15:
                    money = {"USD": rng.randrange(0, 30_000_000)}
                active = rng.choice([0, rng.randrange(60, 30_000)])
                rows.append(
                    (f"m-{m}", when, platform, kind, active, rng.randrange(0, 4000), 20, rng.randrange(3), money)
                )
    return rows


def test_the_query_matches_the_reference(database: Database) -> None:
    rows = random_rows(11)
    # Crafted days: exactly the floor in USD (13.50 USD = 12.50 EUR, not below), a cent under it (below),
    # and a member-cell with no hours at all (left out, whatever it earned).
    rows += [
        ("m-x", "2026-11-05", "file", "audio", 3600, 0, 1, 0, {"USD": 13_500_000}),
        ("m-x", "2026-11-06", "file", "audio", 1800, 1800, 1, 0, {"EUR": 12_490_000}),
        ("m-y", "2026-11-30", "file", "audio", 0, 0, 0, 0, {"EUR": 5_000_000}),
    ]
    insert(database, rows)
    got = {
        (r.member, r.platform, r.task_kind): r
        for r in member_month_rows(database, "2026-11", Decimal("12.50"), EUR_POLICY.rates())
    }
    want = reference(rows, "2026-11", Fraction("12.50"))
    assert got.keys() == want.keys()
    for key, expected in want.items():
        actual = got[key]
        assert abs(actual.earnings - expected.earnings) <= Decimal("0.000001"), key
        assert actual == replace(expected, earnings=actual.earnings), key
    assert got["m-x", "file", "audio"].below_floor_s == 3600  # only the day a cent under the floor


@pytest.mark.parametrize("money", [{"EUR": 1_000_000, "GBP": 1}, {"GBP": 0}], ids=["several", "one"])
def test_the_query_refuses_earnings_in_a_currency_without_a_rate(database: Database, money: dict[str, int]) -> None:
    insert(database, [("m-1", "2026-11-30", "file", "text", 3600, 0, 1, 0, money)])
    with pytest.raises(ReleaseError, match=r"fx: no exchange rate for GBP in force on 2026-11-30"):
        member_month_rows(database, "2026-11", Decimal("12.50"), EUR_POLICY.rates())
    # The same currency in another month does not matter.
    assert member_month_rows(database, "2026-10", Decimal("12.50"), EUR_POLICY.rates()) == []


def test_a_release_from_signed_entries(ledger_url: str) -> None:
    """Members' signed stats.day entries appended through the store, then the release with injected noise."""
    store = LedgerStore.open(ledger_url)
    try:
        store.init("coop-ledger.test/agg", SigningKey.generate().public, SigningKey.generate().public,
                   today=date(2026, 12, 2))  # fmt: skip
        members = [SigningKey.generate() for _ in range(3)]
        for n, key in enumerate(members):
            token = uuid.uuid4().hex
            store.create_invites(1, date(2027, 1, 1), [token])
            member = store.redeem_invite(token, key.public, date(2026, 12, 2))
            days = [
                stats_data(date(2026, 11, 10 + d), "label-studio", "image", 3000, {"searching": 600}, 9, 1,
                           {"EUR": Decimal(10 * (n + 1))})
                for d in range(2)
            ]  # fmt: skip
            store.append([_signed(key, data) for data in days], member)
        data = compute_release(store.database, "2026-11", EUR_POLICY, SETTINGS, noise=FakeNoise(noisy_counts=[30]))
    finally:
        store.close()

    # Wages 10, 20, 30 €/h; the first member is below the floor on both days (10 €/h < 12.50).
    assert data["month"] == "2026-11"
    assert data["suppressed"] == []
    (cell,) = data["cells"]
    assert (cell["platform"], cell["task_kind"], cell["members_noisy"]) == ("label-studio", "image", 30)
    assert cell["unpaid_share"] == str((Decimal(3) * Decimal(600) / 3600 / 30).quantize(Decimal("0.001")))
    assert cell["rejection_rate"] == "0.010"  # 3 × 0.1 / 30
    assert cell["below_floor_share"] == "0.033"  # 1 / 30
    validate_data("release.aggregates", data)
    assert all(key_id(k.public) not in str(data) for k in members)  # the projections' member ids stay inside


def _signed(key: SigningKey, data: dict[str, Any]) -> tuple[Entry, bytes]:
    body = make_body("stats.day", data, key.public, str(uuid.uuid4()))
    return parse_entry(body), key.sign(body)


# -- re-deriving a release from the log (coopclient/server/release_inputs.py) ------------------------------------


def _ledger_with_a_month(ledger_url: str) -> tuple[LedgerStore, SigningKey]:
    """Three members' November on the ledger, some days paid in USD; returns the store and the log key."""
    store = LedgerStore.open(ledger_url)
    log = SigningKey.generate()
    store.init("coop-ledger.test/agg", log.public, SigningKey.generate().public, today=date(2026, 12, 2))
    for n in range(3):
        key = SigningKey.generate()
        token = uuid.uuid4().hex
        store.create_invites(1, date(2027, 1, 1), [token])
        member = store.redeem_invite(token, key.public, date(2026, 12, 2))
        days = [
            stats_data(date(2026, 11, 10 + d), "label-studio", "image", 3000 + 7 * d, {"searching": 600}, 9, 1,
                       {"EUR": Decimal(f"{10 * (n + 1)}.37"), **({"USD": Decimal("3.333333")} if d % 2 else {})})
            for d in range(4)
        ]  # fmt: skip
        store.append([_signed(key, data) for data in days], member)
    return store, log


def test_a_release_commits_to_its_inputs_and_verifies_against_the_log(ledger_url: str) -> None:
    from coopclient import cli
    from coopclient.server.release_inputs import verify_release

    store, log = _ledger_with_a_month(ledger_url)
    try:
        data = compute_release(store.database, "2026-11", EUR_POLICY, SETTINGS, noise=FakeNoise(noisy_counts=[30]))
        assert data["inputs"]["log_size"] == store.size() == 12
        assert verify_release(store.database, data) == []
        log_member = store.member_by_key(log.public)
        assert log_member is not None
        body = make_body("release.aggregates", data, log.public, str(uuid.uuid4()))
        store.append([(parse_entry(body), log.sign(body))], log_member)
    finally:
        store.close()
    assert cli.main(["ledger", "verify-release", "--database", ledger_url, "--month", "2026-11"]) == 0


def test_a_release_computed_from_rewritten_projections_does_not_verify(ledger_url: str) -> None:
    """Someone multiplies stat_days.active_s by 10 before the release: the release (computed from the tables)
    states a hash of rows the log does not give, and verify-release says so."""
    from coopclient.server.release_inputs import verify_release

    store, _ = _ledger_with_a_month(ledger_url)
    try:
        store.database.execute("UPDATE stat_days SET active_s = active_s * 10")
        data = compute_release(store.database, "2026-11", EUR_POLICY, SETTINGS, noise=FakeNoise(noisy_counts=[30]))
        (problem,) = verify_release(store.database, data)
        assert problem.startswith("release 2026-11: its inputs are not the log's: the member-month rows re-derived "
                                  "from the first 12 entries hash to ")  # fmt: skip
        assert "stat_days" in " ".join(store.verify_integrity())  # and the audit names the rows
    finally:
        store.close()


def test_the_commitment_is_salted_and_the_salt_kept_once_per_month(ledger_url: str) -> None:
    from coopclient.server.release_inputs import release_salt, rows_digest

    store, _ = _ledger_with_a_month(ledger_url)
    try:
        salt = release_salt(store.database, "2026-11", bytes(32))
        assert release_salt(store.database, "2026-11", b"\x01" * 32) == salt == bytes(32)
        rows = [row()]
        assert rows_digest(rows, salt) != rows_digest(rows, b"\x01" * 32)
        data = compute_release(store.database, "2026-11", EUR_POLICY, SETTINGS, noise=FakeNoise(noisy_counts=[30]))
        assert str(salt.hex()) not in str(data)
    finally:
        store.close()


_MEMBER_MONTHS = st.builds(
    MemberMonth,
    member=st.text(min_size=1, max_size=20),
    platform=st.text(max_size=12),
    task_kind=st.sampled_from(["image", "text", "choices"]),
    active_s=st.integers(0, 10**7),
    unpaid_s=st.integers(0, 10**7),
    tasks_done=st.integers(0, 10**5),
    rejections=st.integers(0, 10**5),
    earnings=st.integers(-(10**12), 10**12).map(lambda micros: Decimal(micros) / 1_000_000),
    below_floor_s=st.integers(0, 10**7),
)


@given(st.lists(_MEMBER_MONTHS, max_size=20), st.binary(min_size=32, max_size=32))
def test_the_commitment_hashes_the_canonical_bytes_of_the_rows(rows: list[MemberMonth], salt: bytes) -> None:
    """rows_digest encodes without canonical()'s per-value walk; its bytes must still be canonical()'s."""
    import hashlib

    from coopclient.server.release_inputs import rows_digest

    items = sorted(
        [r.member, r.platform, r.task_kind, r.active_s, r.unpaid_s, r.tasks_done, r.rejections,
         int(r.earnings * 1_000_000), r.below_floor_s]
        for r in rows
    )  # fmt: skip
    assert rows_digest(rows, salt) == hashlib.sha256(salt + canonical(items)).hexdigest()
