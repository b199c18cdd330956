"""What sharing shows the member: its state, the entries the next sync would send, the log of what was sent.

Plain frozen data, apart from the service (:mod:`coopclient.coop.sharing`, which pulls in the ledger's
crypto), so the desktop views and the tests' fake import the very same types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class SharingStatus:
    """Where sharing stands; ``warning`` is what the last sync found wrong with the ledger, if anything.

    ``session_only`` is true when there is no usable keyring, so a ledger key could not outlive the app.
    """

    enrolled: bool
    server_url: str | None
    pseudonym: str | None
    consented: bool
    paused: bool
    queued: int
    sent: int
    last_checkpoint_size: int
    warning: str | None
    session_only: bool = False


@dataclass(frozen=True)
class PendingShare:
    """One entry the next sync would send: its ``data`` exactly, and as pretty JSON."""

    day: date
    platform: str
    task_kind: str
    data: dict[str, Any]
    text: str
    supersedes: str | None = None  # set when it corrects an entry already shared


@dataclass(frozen=True)
class SharedPayload:
    """One entry in the "What I share" log: the exact body (pretty-printed), and what became of it."""

    entry_id: str
    day: date
    platform: str
    task_kind: str
    text: str
    sent: bool
    leaf_index: int | None
    verified: bool


@dataclass
class SyncReport:
    """What one sync did and found."""

    sent: int = 0
    verified_size: int = 0
    policy_updates: int = 0
    warnings: list[str] = field(default_factory=list)
