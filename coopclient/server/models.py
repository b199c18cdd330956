"""The ledger API's wire models (docs/ledger.md, "HTTP API"): the Pydantic requests and responses, the error
responses every route documents in OpenAPI, and the conversions from the store's records to responses.

Requests are strict: JSON types as declared (no ``"5"`` for 5) and unknown fields are errors. The class names
are the schema names in ``/openapi.json``, which the schemathesis tests run against: renaming one changes the
published API.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coopclient.protocol.signing import b64
from coopclient.server.store_types import AppendResult
from coopclient.server.store_types import StoredEntry as LedgerEntry

MAX_SIZE = 2**62  # tree sizes and indexes beyond this cannot exist; bounds the ints the API accepts
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"


# --- requests and responses ----------------------------------------------------------------------------------


class _Request(BaseModel):
    # Strict: JSON types as declared (no "5" for 5); unknown fields are errors, not silently dropped.
    model_config = ConfigDict(extra="forbid", strict=True)


class ErrorResponse(BaseModel):
    detail: str = Field(description="what is wrong, starting with the field or header it is about")


class LimitsInfo(BaseModel):
    max_body_bytes: int
    max_entries: int
    max_entry_bytes: int


class InfoResponse(BaseModel):
    origin: str = Field(description="the log's origin, first line of its checkpoints")
    log_key: str = Field(description="the log's public key, base64")
    treasurer_key: str = Field(description="the treasurer's public key, base64")
    limits: LimitsInfo


class InvitesRequest(_Request):
    count: Annotated[int, Field(ge=1, le=50, description="how many one-time invites to make")]


class InvitesResponse(BaseModel):
    invites: list[str] = Field(description="one-time invite tokens, valid for 30 days")


class EnrollRequest(_Request):
    invite: Annotated[str, Field(min_length=1, max_length=200)]
    public_key: Annotated[str, Field(min_length=1, max_length=200, description="base64 Ed25519 public key")]


class EnrollResponse(BaseModel):
    pseudonym: str
    origin: str
    log_key: str
    treasurer_key: str


class EntryIn(_Request):
    body: str = Field(description="the entry's canonical JSON text")
    signature: str = Field(description="the signer's Ed25519 signature over the body's UTF-8 bytes, base64")


class EntriesRequest(_Request):
    entries: list[EntryIn]
    known_size: Annotated[int, Field(ge=0, le=MAX_SIZE, description="the size of the client's last checkpoint")] = 0


class EntryResult(BaseModel):
    entry_id: str | None = Field(description="the entry's id; null if the body could not be parsed")
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None
    leaf_index: int | None


class EntriesResponse(BaseModel):
    results: list[EntryResult] = Field(description="one per entry sent, in the same order")
    checkpoint: str = Field(description="a signed note of the log after the batch")
    consistency: list[str] = Field(description="consistency proof from known_size to the checkpoint's size")


class CheckpointResponse(BaseModel):
    checkpoint: str


class ProofResponse(BaseModel):
    proof: list[str]


class StoredEntry(BaseModel):
    leaf_index: int
    body: str
    signature: str
    inclusion: list[str] = Field(description="inclusion proof of the leaf in the tree of the asked size")


class EntryListResponse(BaseModel):
    entries: list[StoredEntry]


class ReleaseRequest(_Request):
    month: Annotated[str, Field(pattern=MONTH_PATTERN, description="a month that is over, YYYY-MM")]


class ReleaseResponse(StoredEntry):
    checkpoint: str = Field(description="a signed note whose size the inclusion proof is for")


class ReleaseConflict(ReleaseResponse):
    detail: str


# --- responses documented in OpenAPI ------------------------------------------------------------------------

_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
BASE_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorResponse, "description": "body or batch too large"},
    422: {"model": ErrorResponse, "description": "malformed request"},
    429: {"model": ErrorResponse, "description": "too many requests", "headers": _RETRY_AFTER},
    503: {"model": ErrorResponse, "description": 'the ledger is damaged: also has "error": "ledger-integrity"'},
}
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    **BASE_ERRORS,
    401: {"model": ErrorResponse, "description": "not signed by an enrolled key"},
    403: {"model": ErrorResponse, "description": "the key's role may not do this"},
}


# --- from the store's records ------------------------------------------------------------------------------


def entry_result(r: AppendResult) -> EntryResult:
    """One entry's outcome in a batch, as the API reports it."""
    return EntryResult(entry_id=r.entry_id, status=r.status, reason=r.reason, leaf_index=r.leaf_index)


def rejected(entry_id: str | None, reason: str) -> EntryResult:
    """An entry refused before it reached the store."""
    return EntryResult(entry_id=entry_id, status="rejected", reason=reason, leaf_index=None)


def results_json(results: list[EntryResult]) -> str:
    """A batch's results as recorded for its Idempotency-Key (compact JSON)."""
    return json.dumps({"results": [r.model_dump() for r in results]}, separators=(",", ":"))


def entry_out(stored: LedgerEntry, inclusion: list[bytes]) -> StoredEntry:
    """A stored entry with its inclusion proof."""
    return StoredEntry(
        leaf_index=stored.leaf_index,
        body=bytes(stored.body).decode("utf-8"),
        signature=b64(bytes(stored.signature)),
        inclusion=b64s(inclusion),
    )


def b64s(hashes: list[bytes]) -> list[str]:
    """Hashes (proof steps) as base64."""
    return [b64(h) for h in hashes]
