"""The ledger server's HTTP API (docs/ledger.md, "HTTP API"): a FastAPI app over a `LedgerStore`.

`create_app(store, log_key, settings, today=..., rng=...)` builds the app; every collaborator comes in
through it (the clock of the rate limits is in `settings`), so tests drive dates, randomness and time.

Order of the checks on a request:
1. the guard middleware: the client address's token bucket (429), then the body size (413, before any
   parsing: the body is read up to the limit and no further), all of it within the body deadline (408,
   `Limits.body_timeout_s`), then its nesting depth (422);
2. the signed-request dependency (401), the caller's key bucket (429), then the role (403);
3. the body's schema (422, with `{"detail": "<field>: <what is wrong>"}`).
Entries in a batch are checked one by one; a bad entry is `rejected` with its reason, the batch goes on.

Endpoints are plain `def`s: FastAPI runs them in its thread pool, where blocking store calls belong. No
access log is written anywhere (uvicorn's is off): it would record when members work.

The pieces: `app_settings` (the settings and constants), `app_guard` (the middleware, step 1),
`app_errors` (the error answers), `app_endpoints` (the signed-request dependency and the endpoints); this
module puts them together and maps the routes.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from coopclient.protocol.signing import SigningKey
from coopclient.server.app_endpoints import _Api
from coopclient.server.app_errors import _install_error_handlers
from coopclient.server.app_guard import _Guard
from coopclient.server.app_settings import Rng, ServerSettings, Today, utc_today
from coopclient.server.models import (
    AUTH_ERRORS,
    BASE_ERRORS,
    CheckpointResponse,
    EnrollResponse,
    EntriesResponse,
    EntryListResponse,
    ErrorResponse,
    InfoResponse,
    InvitesResponse,
    ProofResponse,
    ReleaseConflict,
    ReleaseResponse,
)
from coopclient.server.store import LedgerStore
from coopclient.server.witness import Witness, WitnessStore, witness_router

# --- assembly -----------------------------------------------------------------------------------------------


def _routes(app: FastAPI, api: _Api) -> None:
    public, signed = BASE_ERRORS, AUTH_ERRORS
    route = app.add_api_route
    route("/v1/info", api.get_info, methods=["GET"], response_model=InfoResponse, responses=public)
    route("/v1/checkpoint", api.get_checkpoint, methods=["GET"], response_model=CheckpointResponse, responses=public)
    enroll_errors = {**public, 403: {"model": ErrorResponse, "description": "invite unknown, used or expired"}}
    route("/v1/enroll", api.enroll, methods=["POST"], response_model=EnrollResponse, responses=enroll_errors)
    route("/v1/invites", api.create_invites, methods=["POST"], response_model=InvitesResponse, responses=signed)
    route("/v1/entries", api.post_entries, methods=["POST"], response_model=EntriesResponse, responses=signed)
    route("/v1/entries/mine", api.get_mine, methods=["GET"], response_model=EntryListResponse, responses=signed)
    route("/v1/policy", api.get_policy, methods=["GET"], response_model=EntryListResponse, responses=signed)
    route("/v1/releases", api.get_releases, methods=["GET"], response_model=EntryListResponse, responses=signed)
    route(
        "/v1/proofs/consistency", api.get_consistency, methods=["GET"], response_model=ProofResponse, responses=signed
    )
    release_errors = {**signed, 409: {"model": ReleaseConflict, "description": "that month was already released"}}
    route("/v1/releases", api.post_release, methods=["POST"], response_model=ReleaseResponse, responses=release_errors)


def create_app(
    store: LedgerStore,
    log_key: SigningKey,
    settings: ServerSettings | None = None,
    today: Today = utc_today,
    rng: Rng = os.urandom,
) -> FastAPI:
    """The ledger's ASGI app over an initialised `store`, checkpoints signed with `log_key`."""
    settings = settings or ServerSettings()
    api = _Api(store, log_key, settings, today, rng)
    app = FastAPI(
        title="coop ledger",
        version="1",
        description="The co-op's append-only ledger (docs/ledger.md).",
        docs_url=None,
        redoc_url=None,
    )
    app.state.api = api  # for the signed-request dependency; per app, not a global
    _install_error_handlers(app)
    _routes(app, api)
    if settings.witness_logs is not None:
        witness = Witness(WitnessStore(store.database), log_key, api.info.origin, settings.witness_logs)
        app.include_router(witness_router(witness, BASE_ERRORS))
    app.add_middleware(_Guard, limiter=api.limiter)
    return app
