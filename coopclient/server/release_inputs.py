"""What a release commits to, and its re-derivation from the log (docs/ledger.md, "Re-deriving a release").

The noisy figures cannot be recomputed: OpenDP's noise cannot be seeded, and a seed that could replay it
would let whoever holds it subtract the noise. What can be recomputed is everything before the noise: the
capped member-cell rows (`aggregates.cap_cells`) the mechanisms were given. A release states

    "inputs": {"log_size": N, "rows_sha256": sha256(salt ‖ canonical(rows)) in hex, "salt": "ledger_meta"}

where N is the tree size the projections were read at (in the same snapshot as the query) and the salt is 32
random bytes kept in the database (`ledger_meta`, key `release_salt:<month>`), never published: a bare hash
of exact inputs would let someone who knows every member's month but one test guesses about the last one,
which the noise exists to prevent. :func:`verify_release` rebuilds the rows from the `stats.day` entries
below N alone (not from the projection tables), with the policy the release states, and compares the hash.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from coopclient.server.aggregates import (
    MemberMonth,
    Policy,
    ReleaseError,
    cap_cells,
    month_days,
)
from coopclient.server.commitment import release_salt as release_salt
from coopclient.server.commitment import rows_digest as rows_digest
from coopclient.server.db import Database
from coopclient.server.month_sums import sum_days
from coopclient.server.projections import derive, log_days

_MICROS = Decimal(1_000_000)


def log_rows(database: Database, month: str, policy: Policy, log_size: int) -> list[MemberMonth]:
    """The member-month rows of `month` from the log's first `log_size` entries, as a release reads them.

    Summed by `month_sums.sum_days`, the function that keeps the sums a release reads (`stat_member_months`),
    so the rows come out the same (earnings exact, each day tested against the floor as the release query
    tests it); one member's entries at a time.
    """
    month_days(month)  # a bad month is named before anything is read
    members = [
        str(r[0]) for r in database.fetchall("SELECT DISTINCT signer_key_id FROM entries WHERE kind = 'stats.day'")
    ]
    out: list[MemberMonth] = []
    for member in sorted(members):
        entries = database.fetchall(
            "SELECT seq, body FROM entries WHERE signer_key_id = ? AND kind = 'stats.day' AND seq < ? ORDER BY seq",
            (member, log_size),
        )
        days = [d for d in log_days(derive(entries), member) if d.day[:7] == month]
        for row in sum_days(days, policy):
            _, _, platform, kind, active, unpaid, done, rejected, micros, below, missing, _ = row
            if active + unpaid == 0:
                continue  # as the release: a cell without hours is not read, whatever its currencies
            if missing is not None:
                last = month_days(month)[1].isoformat()
                raise ReleaseError(
                    f"fx: no exchange rate for {missing} in force on {last}; a policy.fx entry must give one"
                )
            out.append(MemberMonth(member, platform, kind, active, unpaid, done, rejected, micros / _MICROS, below))
    return out


def stated_policy(data: Mapping[str, Any]) -> Policy:
    """The floor and rates a release says it used."""
    settings = data["settings"]
    fx = {code: Decimal(rate) for code, rate in settings["fx"].items()}
    return Policy(Decimal(settings["floor"]["hourly"]), settings["floor"]["currency"], fx)


def verify_release(database: Database, data: Mapping[str, Any]) -> list[str]:
    """Re-derive a release's inputs from the log and compare them with its commitment; the problems found."""
    month = str(data.get("month"))
    inputs = data.get("inputs")
    if not isinstance(inputs, Mapping) or not isinstance(inputs.get("log_size"), int):
        return [f"release {month}: states no inputs (released before releases committed to them)"]
    row = database.fetchone("SELECT value FROM ledger_meta WHERE key = ?", (f"release_salt:{month}",))
    if row is None:
        return [f"release {month}: its salt is not in this database (ledger_meta release_salt:{month})"]
    try:
        rows = log_rows(database, month, stated_policy(data), int(inputs["log_size"]))
    except (ReleaseError, KeyError, TypeError, ArithmeticError) as exc:
        return [f"release {month}: cannot be re-derived: {exc}"]
    digest = rows_digest(cap_cells(rows, int(data["settings"]["max_cells"])), bytes.fromhex(str(row[0])))
    if digest != inputs.get("rows_sha256"):
        return [
            f"release {month}: its inputs are not the log's: the member-month rows re-derived from the first "
            f"{inputs['log_size']} entries hash to {digest}, the release states {inputs.get('rows_sha256')}"
        ]
    return []
