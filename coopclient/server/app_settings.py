"""The ledger server's settings (`ServerSettings`: limits, clock, release, invites, witness mode) and the
constants and collaborator types of its HTTP API (coopclient/server/app.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from coopclient.server.aggregates import ReleaseSettings
from coopclient.server.limits import Clock, Limits

INVITE_BYTES = 32
# The answer when the ledger's database contradicts itself: a status of its own and a machine-readable
# "error", so a member's app reports it as an integrity problem rather than as "server error".
INTEGRITY_STATUS = 503
INTEGRITY_ERROR = "ledger-integrity"

Today = Callable[[], date]
Rng = Callable[[int], bytes]


def utc_today() -> date:
    return datetime.now(UTC).date()


@dataclass(frozen=True)
class ServerSettings:
    """How the server behaves; everything has the documented default."""

    limits: Limits = field(default_factory=Limits)
    # For the token buckets only (dates come from `today`): UTC seconds, shared by every process on the database.
    clock: Clock = time.time
    release: ReleaseSettings = field(default_factory=ReleaseSettings)
    invite_days: int = 30
    # Witness mode: the logs this server cosigns for (origin → log public key); None: not a witness.
    witness_logs: dict[str, bytes] | None = None
