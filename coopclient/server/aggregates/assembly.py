"""Step 4 of a monthly release: the glue (:func:`compute_release`: the query, the release, and the settings
the release states, :func:`describe_settings`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

from coopclient.server.aggregates.inputs import _EPSILON_STEP, Policy, ReleaseSettings
from coopclient.server.aggregates.mechanisms import Noise, _release_capped
from coopclient.server.aggregates.query import cap_cells, member_month_rows, summed_rows

if TYPE_CHECKING:
    from coopclient.server.db import Database

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
