"""The ledger server's endpoints (steps 2 and 3 of the checks): the signed-request dependency and `_Api`,
whose methods answer enrolment, invites, entries, proofs, policy and releases.

Endpoints are plain `def`s: FastAPI runs them in its thread pool, where blocking store calls belong.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import uuid
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request
from fastapi.responses import JSONResponse

from coopclient.protocol.checkpoint import Checkpoint, read_checkpoint, sign_checkpoint
from coopclient.protocol.entries import ENTRY_KINDS, FIRST_DAY, LAST_DAY, Entry, EntryError, make_body, parse_entry
from coopclient.protocol.signing import KEY_BYTES, SigningKey, b64, unb64, unb64_sized, verify
from coopclient.server.aggregates import ReleaseError, compute_release, policy_from_entries
from coopclient.server.app_errors import ApiError
from coopclient.server.app_guard import _path_with_query
from coopclient.server.app_settings import INVITE_BYTES, Rng, ServerSettings, Today
from coopclient.server.auth import (
    ROLE_LOG,
    ROLE_MEMBER,
    ROLE_TREASURER,
    Authenticator,
    Member,
    SignedRequest,
    require_role,
)
from coopclient.server.buckets import DatabaseBuckets
from coopclient.server.limits import RequestLimiter, retry_after_header
from coopclient.server.models import (
    MAX_SIZE,
    UUID_PATTERN,
    CheckpointResponse,
    EnrollRequest,
    EnrollResponse,
    EntriesRequest,
    EntriesResponse,
    EntryIn,
    EntryListResponse,
    EntryResult,
    InfoResponse,
    InvitesRequest,
    InvitesResponse,
    LimitsInfo,
    ProofResponse,
    ReleaseConflict,
    ReleaseRequest,
    ReleaseResponse,
    StoredEntry,
    b64s,
    entry_out,
    entry_result,
    rejected,
    results_json,
)
from coopclient.server.nonces import NonceStore
from coopclient.server.store import LedgerStore
from coopclient.server.store_types import AppendResult, BatchExists, BatchRecord, InviteError
from coopclient.server.store_types import StoredEntry as LedgerEntry

# --- dependencies -------------------------------------------------------------------------------------------


async def _raw_body(request: Request) -> bytes:
    return await request.body()


def _signed_headers(
    x_coop_key: Annotated[str | None, Header(alias="X-Coop-Key", description="base64 Ed25519 public key")] = None,
    x_coop_date: Annotated[str | None, Header(alias="X-Coop-Date", description="UTC date YYYY-MM-DD")] = None,
    x_coop_nonce: Annotated[str | None, Header(alias="X-Coop-Nonce", description="16 random bytes, hex")] = None,
    x_coop_signature: Annotated[
        str | None, Header(alias="X-Coop-Signature", description="base64 signature over the signing text")
    ] = None,
) -> None:
    """Declares the signature headers in OpenAPI; they are checked from the request itself (missing → 401)."""


def _caller(
    request: Request,
    body: Annotated[bytes, Depends(_raw_body)],
    _headers: Annotated[None, Depends(_signed_headers)],
) -> Member:
    """The dependency of signed endpoints: the enrolled key that signed the request."""
    api: _Api = request.app.state.api
    return api.caller(request, body)


# --- the API ------------------------------------------------------------------------------------------------


class _Api:
    """The endpoints, over the collaborators `create_app` was given."""

    def __init__(
        self, store: LedgerStore, log_key: SigningKey, settings: ServerSettings, today: Today, rng: Rng
    ) -> None:
        self.store = store
        self.log_key = log_key
        self.settings = settings
        self.today = today
        self.rng = rng
        # Both kept in the database, so they hold across restarts and every process sharing it.
        self.limiter = RequestLimiter(settings.limits, settings.clock, DatabaseBuckets(store.database))
        self.auth = Authenticator(store, NonceStore(store.database))
        self.release_lock = threading.Lock()
        info = store.info()
        if info.log_public != log_key.public:
            raise ValueError("log key: it is not the key this ledger database was created with")
        if info.treasurer_public is None:
            raise ValueError("treasurer key: the ledger has none yet; start it once with --treasurer-key")
        self.info = InfoResponse(
            origin=info.origin,
            log_key=b64(info.log_public),
            treasurer_key=b64(info.treasurer_public),
            limits=LimitsInfo(
                max_body_bytes=settings.limits.max_body_bytes,
                max_entries=settings.limits.max_entries,
                max_entry_bytes=settings.limits.max_entry_bytes,
            ),
        )

    # -- authentication ---------------------------------------------------------------------------------------

    def caller(self, request: Request, body: bytes) -> Member:
        """The enrolled key that signed this request (401 otherwise; 429 if it is over its rate)."""
        signed = SignedRequest(request.method, _path_with_query(request.scope), request.headers, body)
        member = self.auth.authenticate(signed, self.today())
        wait = self.limiter.take_key(member.key_id)
        if wait is not None:
            raise ApiError(429, "too many requests from this key; try again later", _retry(wait))
        return member

    def sign_checkpoint(self, cp: Checkpoint) -> str:
        return sign_checkpoint(cp, self.log_key)

    def checkpoint(self) -> tuple[str, int]:
        """The latest signed checkpoint and its size."""
        note = self.store.latest_checkpoint(self.sign_checkpoint)
        return note, read_checkpoint(note).size

    # -- public -----------------------------------------------------------------------------------------------

    def get_info(self) -> InfoResponse:
        return self.info

    def get_checkpoint(self) -> CheckpointResponse:
        return CheckpointResponse(checkpoint=self.checkpoint()[0])

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        public = _public_key("public_key", request.public_key)
        try:
            member = self.store.redeem_invite(request.invite, public, self.today())
        except InviteError as exc:
            raise ApiError(403, f"invite: {exc}") from None
        return EnrollResponse(
            pseudonym=member.pseudonym,
            origin=self.info.origin,
            log_key=self.info.log_key,
            treasurer_key=self.info.treasurer_key,
        )

    # -- treasurer --------------------------------------------------------------------------------------------

    def create_invites(self, request: InvitesRequest, who: Annotated[Member, Depends(_caller)]) -> InvitesResponse:
        require_role(who, ROLE_TREASURER)
        tokens = [_token(self.rng(INVITE_BYTES)) for _ in range(request.count)]
        expires = self.today() + timedelta(days=self.settings.invite_days)
        self.store.create_invites(request.count, expires, tokens)
        return InvitesResponse(invites=tokens)

    # -- entries ----------------------------------------------------------------------------------------------

    def post_entries(
        self,
        request: EntriesRequest,
        who: Annotated[Member, Depends(_caller)],
        raw: Annotated[bytes, Depends(_raw_body)],
        idempotency_key: Annotated[
            str, Header(alias="Idempotency-Key", pattern=UUID_PATTERN, description="a fresh uuid per batch")
        ],
    ) -> EntriesResponse:
        require_role(who, ROLE_MEMBER, ROLE_TREASURER)
        limit = self.settings.limits.max_entries
        if len(request.entries) > limit:
            raise ApiError(413, f"entries: {len(request.entries)} entries, over the limit of {limit} a batch")
        size = self.store.size()
        if request.known_size > size:
            raise ApiError(422, f"known_size: {request.known_size} is beyond the log's size {size}")
        key = idempotency_key.lower()
        digest = hashlib.sha256(raw).hexdigest()
        stored = self.store.batch_response(key)
        if stored is not None:
            results = _stored_results(stored, who, digest)
        else:
            try:
                results = self._append(request.entries, who, key, digest)
            except BatchExists as exc:  # the same batch, sent again while the first was being appended
                results = _stored_results((exc.key_id, exc.request_sha256, exc.response), who, digest)
        note, new_size = self.checkpoint()
        proof = self.store.consistency(request.known_size, new_size) if 0 < request.known_size < new_size else []
        return EntriesResponse(results=results, checkpoint=note, consistency=b64s(proof))

    def _append(self, entries: list[EntryIn], who: Member, key: str, digest: str) -> list[EntryResult]:
        """Check each entry, append the good ones and record the batch's answer, in one store transaction."""
        checked = [self._check_entry(item, who) for item in entries]
        valid = [c for c in checked if not isinstance(c, EntryResult)]

        def merged(appended: list[AppendResult]) -> list[EntryResult]:
            results = iter(appended)
            return [c if isinstance(c, EntryResult) else entry_result(next(results)) for c in checked]

        record = BatchRecord(key, who.key_id, digest, lambda appended: results_json(merged(appended)))
        return merged(self.store.append(valid, who, batch=record))

    def _check_entry(self, item: EntryIn, who: Member) -> EntryResult | tuple[Entry, bytes]:
        """The parsed entry and its signature, or why it is rejected."""
        try:
            body = item.body.encode("utf-8")
        except UnicodeEncodeError:
            return rejected(None, "body: not valid Unicode text")
        limit = self.settings.limits.max_entry_bytes
        if len(body) > limit:
            return rejected(None, f"body: {len(body)} bytes, over the limit of {limit} an entry")
        try:
            entry = parse_entry(body)
        except EntryError as exc:
            return rejected(None, str(exc))
        reason = self._entry_refusal(entry, who)
        if reason is None:
            try:
                signature = unb64(item.signature)
            except ValueError as exc:
                return rejected(entry.entry_id, f"signature: {exc}")
            if verify(entry.signer, body, signature):
                return entry, signature
            reason = "signature: does not verify for the entry's signer and body"
        return rejected(entry.entry_id, reason)

    def _entry_refusal(self, entry: Entry, who: Member) -> str | None:
        if entry.signer != who.public:
            return "signer: not the key that signed this request (each key sends only its own entries)"
        role = ENTRY_KINDS[entry.kind]
        if role == ROLE_LOG:
            return f"kind: {entry.kind} entries are published only by the log, through POST /v1/releases"
        if role != who.role:
            return f"kind: {entry.kind} entries are signed by the {role}, not by a {who.role}"
        if entry.kind == "stats.day" and entry.data["day"] > self.today().isoformat():
            return f"data.day: {entry.data['day']} is not over yet; a day is shared once it is over"
        return None

    # -- reading ----------------------------------------------------------------------------------------------

    def _readable_size(self, size: int, name: str = "size") -> int:
        current = self.store.size()
        if size > current:
            raise ApiError(422, f"{name}: {size} is beyond the log's size {current}")
        return size

    def _with_proofs(self, stored: list[LedgerEntry], size: int) -> EntryListResponse:
        proofs = self.store.inclusion_many([s.leaf_index for s in stored], size) if stored else []
        return EntryListResponse(entries=[entry_out(s, p) for s, p in zip(stored, proofs, strict=True)])

    def _entry_out(self, stored: LedgerEntry, size: int) -> StoredEntry:
        return entry_out(stored, self.store.inclusion(stored.leaf_index, size))

    def get_mine(
        self,
        who: Annotated[Member, Depends(_caller)],
        size: Annotated[int, Query(ge=0, le=MAX_SIZE, description="the size of the client's checkpoint")],
        after: Annotated[int, Query(ge=0, le=MAX_SIZE, description="the first leaf index wanted")] = 0,
    ) -> EntryListResponse:
        require_role(who, ROLE_MEMBER, ROLE_TREASURER)
        size = self._readable_size(size)
        return self._with_proofs(self.store.entries_by_signer(who.key_id, after, size), size)

    def get_policy(
        self, who: Annotated[Member, Depends(_caller)], size: Annotated[int, Query(ge=0, le=MAX_SIZE)]
    ) -> EntryListResponse:
        return self._entries_of_kind(who, size, "policy.")

    def get_releases(
        self, who: Annotated[Member, Depends(_caller)], size: Annotated[int, Query(ge=0, le=MAX_SIZE)]
    ) -> EntryListResponse:
        return self._entries_of_kind(who, size, "release.")

    def _entries_of_kind(self, who: Member, size: int, prefix: str) -> EntryListResponse:
        """Every entry whose kind starts with ``prefix`` in the tree of ``size``, with its inclusion proof."""
        require_role(who, ROLE_MEMBER, ROLE_TREASURER)
        size = self._readable_size(size)
        return self._with_proofs(self.store.entries_by_kinds([prefix], size), size)

    def get_consistency(
        self,
        who: Annotated[Member, Depends(_caller)],
        old: Annotated[int, Query(ge=0, le=MAX_SIZE)],
        new: Annotated[int, Query(ge=0, le=MAX_SIZE)],
    ) -> ProofResponse:
        require_role(who, ROLE_MEMBER, ROLE_TREASURER)
        self._readable_size(new, "new")
        if old > new:
            raise ApiError(422, f"old: {old} is larger than new ({new})")
        return ProofResponse(proof=b64s(self.store.consistency(old, new)) if 0 < old < new else [])

    # -- releases ---------------------------------------------------------------------------------------------

    def post_release(
        self, request: ReleaseRequest, who: Annotated[Member, Depends(_caller)]
    ) -> ReleaseResponse | JSONResponse:
        require_role(who, ROLE_TREASURER)
        month = request.month
        if not FIRST_DAY.isoformat()[:7] <= month <= LAST_DAY.isoformat()[:7]:
            raise ApiError(422, f"month: {month} is not a month from {FIRST_DAY:%Y-%m} to {LAST_DAY:%Y-%m}")
        if month >= self.today().isoformat()[:7]:
            raise ApiError(422, f"month: {month} is not over yet; a month is released once, after it ends")
        # One release at a time in this process; across processes the append below re-checks under the lock.
        with self.release_lock:
            existing = self._release_of(month)
            if existing is not None:
                return self._release_conflict(month, existing)
            data = self._compute(month)
            leaf_index = self._append_release(month, data)
            if leaf_index is None:
                return self._release_conflict(month, self._release_of(month))
        note, size = self.checkpoint()
        stored = next(s for s in self.store.entries_by_kinds(["release."], size) if s.leaf_index == leaf_index)
        return ReleaseResponse(**self._entry_out(stored, size).model_dump(), checkpoint=note)

    def _release_of(self, month: str) -> LedgerEntry | None:
        for stored in self.store.entries_by_kinds(["release."], self.store.size()):
            if json.loads(bytes(stored.body))["data"]["month"] == month:
                return stored
        return None

    def _release_conflict(self, month: str, stored: LedgerEntry | None) -> JSONResponse:
        assert stored is not None  # a month once released stays released
        note, size = self.checkpoint()
        entry = self._entry_out(stored, size)
        body = ReleaseConflict(
            **entry.model_dump(), checkpoint=note, detail=f"month: {month} was already released (never re-run)"
        )
        return JSONResponse(body.model_dump(), status_code=409)

    def _compute(self, month: str) -> dict[str, Any]:
        size = self.store.size()
        policy_entries = [parse_entry(bytes(s.body)) for s in self.store.entries_by_kinds(["policy."], size)]
        try:
            policy = policy_from_entries(policy_entries, month)
            return compute_release(self.store.database, month, policy, self.settings.release)
        except ReleaseError as exc:
            raise ApiError(422, str(exc)) from None

    def _append_release(self, month: str, data: dict[str, Any]) -> int | None:
        """Append the release (signed by the log key); None if the month was released meanwhile."""
        entry_id = str(uuid.UUID(bytes=self.rng(16), version=4))
        body = make_body("release.aggregates", data, self.log_key.public, entry_id)
        log_member = self.store.member_by_key(self.log_key.public)
        if log_member is None:
            raise RuntimeError("the log key is not registered in the ledger database")
        with self.store.database.transaction(append_lock=True):
            if self._release_of(month) is not None:
                return None
            (result,) = self.store.append([(parse_entry(body), self.log_key.sign(body))], log_member)
        if result.status != "accepted" or result.leaf_index is None:
            raise RuntimeError(f"the release entry was not appended: {result.status} {result.reason}")
        return int(result.leaf_index)


def _stored_results(stored: tuple[str, str, str], who: Member, digest: str) -> list[EntryResult]:
    """The answer recorded for an Idempotency-Key, if this is the same request by the same key."""
    key_id, request_sha256, response = stored
    if key_id != who.key_id or request_sha256 != digest:
        raise ApiError(422, "Idempotency-Key: already used for a different request; use a new key per batch")
    return [EntryResult(**r) for r in json.loads(response)["results"]]


def _public_key(name: str, text: str) -> bytes:
    try:
        return unb64_sized(text, KEY_BYTES, "Ed25519 public key")
    except ValueError as exc:
        raise ApiError(422, f"{name}: {exc}") from None


def _token(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _retry(wait: float) -> dict[str, str]:
    return {"Retry-After": retry_after_header(wait)}
