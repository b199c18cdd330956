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

The package: :mod:`.inputs` (the policy, the settings, a member's month), :mod:`.query` (step 1 and
step 2), :mod:`.mechanisms` (step 3: the noise and the release), :mod:`.assembly` (step 4).
"""

from __future__ import annotations

from coopclient.protocol.releases import Decision
from coopclient.server.aggregates.assembly import compute_release, describe_settings
from coopclient.server.aggregates.inputs import (
    QUANTILE_ALPHAS,
    MemberMonth,
    Policy,
    ReleaseError,
    ReleaseSettings,
    month_days,
    policy_from_entries,
)
from coopclient.server.aggregates.mechanisms import Noise, OpenDPNoise, release, suppression
from coopclient.server.aggregates.query import cap_cells, member_month_rows, summed_rows

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
