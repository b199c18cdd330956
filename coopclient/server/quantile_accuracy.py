"""How many members a cell needs before its DP wage quartiles say something (a data-independent rule).

The quartiles come from OpenDP's private quantile: an exponential-mechanism-style selection among
``candidates`` evenly spaced wages, where a candidate whose rank is ``g`` members away from the wanted
quantile is chosen with weight at most ``exp(-g · ε / (2 · max(α, 1 - α)))`` relative to the best one (the
scale OpenDP calibrates for an unknown-size dataset at one record per member; its privacy map is checked in
the aggregates tests). With a small ε per quantile the weight of a far candidate is not small, and every
candidate above (or below) all the data weighs as much as the next: measured at the defaults (ε 1/12 per
quantile, 501 candidates over [0, 37.50]), a cell of 300 members paid about 3.10 €/h had its q3 drawn above
6.25 €/h in 74 % of releases, and a cell of 30 had its median there in 92 %. A figure that is mostly noise
must not be published as a wage.

The rule: publish a cell's quartiles only when, for every quartile, the chance that the drawn candidate's
rank is more than ``tolerance · n`` members worse than the best candidate's is at most ``miss``, whatever
the data. By the union bound over the other ``candidates - 1`` candidates that needs
``(candidates - 1) · exp(-tolerance · n · ε / (2 · max(α, 1 - α))) ≤ miss``. The bound is tight for some data
(40 % of wages at one end and 60 % at the other leave every middle candidate exactly 10 % of n off), so it
is the honest worst case. It reads only public settings and the noisy count, so it costs no privacy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal

__all__ = ["min_members_for_quantiles"]


def min_members_for_quantiles(
    epsilon: Decimal, alphas: Iterable[float], candidates: int, tolerance: Decimal, miss: Decimal
) -> int:
    """The smallest member count at which every quantile in ``alphas`` meets the rule above."""
    if candidates < 2:
        return 0  # one candidate is always the best one
    if not (0 < tolerance <= 1 and 0 < miss < 1 and epsilon > 0):
        raise ValueError(f"need 0 < tolerance ≤ 1, 0 < miss < 1, ε > 0; not {tolerance}, {miss}, {epsilon}")
    needed = math.log((candidates - 1) / float(miss))
    widest = max(max(alpha, 1 - alpha) for alpha in alphas)
    return math.ceil(needed * 2 * widest / (float(tolerance) * float(epsilon)))
