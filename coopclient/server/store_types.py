"""The ledger store's vocabulary: roles and statuses, its errors, the results and records it returns
(coopclient/server/store.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from coopclient.protocol.checkpoint import Checkpoint

ZERO_HASH = bytes(32)
PSEUDONYM_PREFIX = {"member": "m-", "treasurer": "t-", "log": "log-"}
Role = Literal["member", "treasurer", "log"]
Status = Literal["accepted", "duplicate", "rejected"]
CheckpointSigner = Callable[[Checkpoint], str]

_ENTRY_COLUMNS = (
    "seq", "entry_id", "kind", "signer_key_id", "body", "signature", "leaf_hash", "prev_hash", "entry_hash",
)  # fmt: skip
_POLICY_KINDS = ("policy.floor", "policy.fx")
_CHUNK = 500  # rows per keyset page, and ids per IN (...) lookup
_MAX_PROBLEMS = 1000


class LedgerError(RuntimeError):
    """The ledger refuses an operation; the message says which value is wrong and why."""


class LedgerConfigError(LedgerError):
    """`init` was given an origin or key other than the one the ledger was created with."""


class InviteError(LedgerError):
    """An invite cannot be redeemed: unknown, already used, expired, or the key is already enrolled."""


class LedgerIntegrityError(LedgerError):
    """The database contradicts itself (a missing tree node, ...): it was damaged or edited."""


@dataclass(frozen=True)
class LedgerInfo:
    origin: str
    log_public: bytes
    treasurer_public: bytes | None


@dataclass(frozen=True)
class Member:
    key_id: str
    public: bytes
    pseudonym: str
    role: str


class KeyHolder(Protocol):
    """What `append` needs of the signer: a `Member`, or any object with these two attributes."""

    @property
    def key_id(self) -> str: ...

    @property
    def public(self) -> bytes: ...


@dataclass(frozen=True)
class AppendResult:
    entry_id: str
    status: Status
    reason: str | None
    leaf_index: int | None


@dataclass(frozen=True)
class StoredEntry:
    leaf_index: int
    body: bytes
    signature: bytes


@dataclass(frozen=True)
class BatchRecord:
    """A request's idempotency record, stored with its entries: `response(results)` makes the stored answer."""

    idempotency_key: str
    key_id: str
    request_sha256: str
    response: Callable[[list[AppendResult]], str]


class BatchExists(LedgerError):
    """The batch's idempotency key is already recorded; nothing was appended. Carries the stored record."""

    def __init__(self, idempotency_key: str, key_id: str, request_sha256: str, response: str) -> None:
        super().__init__(f"Idempotency-Key {idempotency_key}: already used")
        self.key_id = key_id
        self.request_sha256 = request_sha256
        self.response = response
