"""The witness (docs/ledger.md, "Witness"): cosigns a log's checkpoints only along one linear history.

A witness follows known logs (origin → log public key). For each it keeps the latest checkpoint it
cosigned, in `witness_state(origin, size, root)` in the server's own database, and cosigns a new checkpoint
only if the log's signature verifies and a consistency proof shows it extends the one it holds. Anything
else about the history is a 409 that states what the witness holds: a member's app that gets one has seen
a fork (or must first catch up from that size).

The state advances in a transaction under the database's append lock, so two requests (or two server
processes) can never both move the same origin from the same state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from coopclient.protocol.checkpoint import CheckpointError, add_signature, open_checkpoint
from coopclient.protocol.merkle import EMPTY_ROOT, HASH_BYTES, verify_consistency
from coopclient.protocol.signing import SigningKey, b64, unb64, unb64_sized
from coopclient.server.db import Database
from coopclient.server.refused import Refused

MAX_PROOF_HASHES = 64  # a consistency proof of a tree below 2^62 leaves has fewer than 2·62 hashes
MAX_NOTE_CHARS = 8192

_TABLE = """CREATE TABLE IF NOT EXISTS witness_state (
    origin TEXT PRIMARY KEY,
    size {bigint} NOT NULL,
    root {blob} NOT NULL)"""


@dataclass(frozen=True)
class WitnessState:
    size: int
    root: bytes


class WitnessRefused(Refused):
    """Not cosigned: `status` (403 note or signature bad, 404 unknown log, 422 malformed proof) and why."""


class WitnessConflict(Exception):
    """Not cosigned: the checkpoint does not extend what the witness holds (which is `state`)."""

    def __init__(self, detail: str, state: WitnessState) -> None:
        super().__init__(detail)
        self.detail = detail
        self.state = state


class WitnessStore:
    """The latest cosigned (size, root) per origin."""

    def __init__(self, database: Database) -> None:
        self._db = database
        types = {"bigint": "BIGINT", "blob": "BYTEA"} if database.engine == "postgresql" else {"bigint": "INTEGER"}
        types.setdefault("blob", "BLOB")
        with database.transaction(append_lock=True):
            database.execute(_TABLE.format(**types))

    def latest(self, origin: str) -> WitnessState:
        """What the witness holds for `origin` (the empty tree if nothing yet)."""
        row = self._db.fetchone("SELECT size, root FROM witness_state WHERE origin = ?", (origin,))
        return WitnessState(0, EMPTY_ROOT) if row is None else WitnessState(int(row[0]), bytes(row[1]))

    def advance(self, origin: str, expected: WitnessState, new: WitnessState) -> WitnessState:
        """Move `origin` from `expected` to `new`; raises WitnessConflict if it holds something else now."""
        with self._db.transaction(append_lock=True):
            current = self.latest(origin)
            if current != expected:
                raise WitnessConflict(f"checkpoint: the witness now holds size {current.size}", current)
            if current.size == 0 and current.root == EMPTY_ROOT:
                self._db.execute(
                    "INSERT INTO witness_state (origin, size, root) VALUES (?, ?, ?) "
                    "ON CONFLICT (origin) DO UPDATE SET size = excluded.size, root = excluded.root",
                    (origin, new.size, new.root),
                )
            else:
                self._db.execute(
                    "UPDATE witness_state SET size = ?, root = ? WHERE origin = ?", (new.size, new.root, origin)
                )
        return new


class Witness:
    """Checks and cosigns checkpoints of the logs it follows."""

    def __init__(self, state: WitnessStore, key: SigningKey, name: str, logs: Mapping[str, bytes]) -> None:
        self._state = state
        self._key = key
        self._name = name
        self._logs = dict(logs)

    @property
    def name(self) -> str:
        return self._name

    def cosign(self, old_size: int, proof: list[bytes], note: str) -> str:
        """The note with this witness's signature line added; raises WitnessRefused or WitnessConflict."""
        origin = note.split("\n", 1)[0]
        public = self._logs.get(origin)
        if public is None:
            raise WitnessRefused(404, f"checkpoint: this witness does not follow the log {origin[:100]!r}")
        try:
            checkpoint = open_checkpoint(note, origin, public)
        except CheckpointError as exc:
            raise WitnessRefused(403, f"checkpoint: {exc}") from None
        held = self._state.latest(origin)
        if old_size != held.size:
            raise WitnessConflict(f"old_size: the witness holds size {held.size}, not {old_size}", held)
        if checkpoint.size < held.size:
            # An older checkpoint, or a log rolled back: either way not one to cosign; the client compares.
            raise WitnessConflict(
                f"checkpoint: size {checkpoint.size} is below the size {held.size} the witness holds", held
            )
        if not verify_consistency(held.size, checkpoint.size, held.root, checkpoint.root, proof):
            raise WitnessConflict(
                f"proof: size {checkpoint.size} is not consistent with the size {held.size} the witness holds", held
            )
        new = WitnessState(checkpoint.size, checkpoint.root)
        if new != held:
            self._state.advance(origin, held, new)
        return add_signature(note, self._key, self._name)


# --- HTTP --------------------------------------------------------------------------------------------------


class WitnessRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    old_size: Annotated[int, Field(ge=0, le=2**62, description="the size of the checkpoint the witness holds")]
    proof: Annotated[
        list[Annotated[str, Field(max_length=64)]],
        Field(max_length=MAX_PROOF_HASHES, description="consistency proof from old_size, base64 hashes"),
    ]
    checkpoint: Annotated[str, Field(min_length=1, max_length=MAX_NOTE_CHARS, description="the signed note")]


class WitnessResponse(BaseModel):
    cosigned: str = Field(description="the note with the witness's signature line added")


class WitnessConflictResponse(BaseModel):
    detail: str
    size: int = Field(description="the size of the latest checkpoint the witness cosigned for this origin")
    root: str = Field(description="its root, base64")


class WitnessError(BaseModel):
    detail: str


def _hashes(texts: list[str]) -> list[bytes]:
    out = []
    for i, text in enumerate(texts):
        try:
            out.append(unb64_sized(text, HASH_BYTES, "SHA-256 hash"))
        except ValueError as exc:
            raise WitnessRefused(422, f"proof.{i}: {exc}") from None
    return out


def witness_router(witness: Witness, error_responses: dict[int | str, dict[str, object]]) -> APIRouter:
    """The `POST /v1/witness` route (public: the log's signature and the proof are the authentication)."""
    router = APIRouter()

    def add_checkpoint(request: WitnessRequest) -> WitnessResponse | JSONResponse:
        try:
            cosigned = witness.cosign(request.old_size, _hashes(request.proof), request.checkpoint)
        except WitnessRefused as exc:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status)
        except WitnessConflict as exc:
            body = {"detail": exc.detail, "size": exc.state.size, "root": b64(exc.state.root)}
            return JSONResponse(body, status_code=409)
        return WitnessResponse(cosigned=cosigned)

    router.add_api_route(
        "/v1/witness",
        add_checkpoint,
        methods=["POST"],
        response_model=WitnessResponse,
        summary="Cosign a checkpoint that extends the one this witness holds",
        responses={
            **error_responses,
            403: {"model": WitnessError, "description": "the log's signature does not verify"},
            404: {"model": WitnessError, "description": "this witness does not follow that log"},
            409: {"model": WitnessConflictResponse, "description": "not consistent with what the witness holds"},
        },
    )
    return router


def parse_witness_logs(pairs: list[str]) -> dict[str, bytes]:
    """`ORIGIN=BASE64KEY` options → {origin: public key}; raises ValueError naming the bad one."""
    logs: dict[str, bytes] = {}
    for pair in pairs:
        # The first '=': an origin is a host and path, while a base64 key may end in '=' padding.
        origin, sep, key_text = pair.partition("=")
        try:
            public = unb64(key_text)
        except ValueError as exc:
            raise ValueError(f"--witness-log {pair!r}: the key: {exc}") from None
        if not sep or not origin or len(public) != 32:
            raise ValueError(f"--witness-log {pair!r}: expected ORIGIN=KEY with the log's base64 public key")
        logs[origin] = public
    return logs
