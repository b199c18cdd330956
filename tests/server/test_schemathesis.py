"""Schemathesis against the ledger's own OpenAPI (on SQLite): no 5xx, responses as documented, and no
unauthenticated write ever succeeds.

Schemathesis cannot sign requests, so a small ASGI shim in front of the app signs those the test marks
(`X-Test-Signer: member|treasurer`) over the exact bytes schemathesis sends, as the member's app would;
unmarked requests keep whatever X-Coop-* headers schemathesis generated. Each operation is fuzzed three
ways: unsigned, as a member, as the treasurer; signed cases are steered into what the schema cannot state
(sizes within the log, months that are over), so the success paths are fuzzed and checked as well. The app
is also a witness, so `/v1/witness` is fuzzed too. Positive and negative cases are mixed.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from coopclient.protocol.request_signing import HEADERS, sign_request
from coopclient.protocol.signing import SigningKey
from tests.server.api_helpers import ORIGIN, Ledger, floor_entry, make_ledger, stats_entry

MARK = "x-test-signer"
EXAMPLES = 20  # per operation and signer: about 10 s for the three runs
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class SigningShim:
    """ASGI in front of the app: signs requests marked with `X-Test-Signer` (fresh nonce, today's date)."""

    def __init__(self, app: Any, keys: dict[str, SigningKey], ledger: Ledger) -> None:
        self._app = app
        self._keys = keys
        self._ledger = ledger
        self._rng = random.Random(11)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k != MARK.encode()]
        signer = dict(scope["headers"]).get(MARK.encode())
        if signer is None:
            await self._app(scope, receive, send)
            return
        body = await _read(receive)
        path = scope["raw_path"].decode("latin-1")
        if scope.get("query_string"):
            path += "?" + scope["query_string"].decode("latin-1")
        signed = sign_request(
            self._keys[signer.decode()],
            scope["method"],
            path,
            body,
            self._ledger.today(),
            self._rng.randbytes(16).hex(),
        )
        own = {h.lower().encode() for h in HEADERS}
        headers = [(k, v) for k, v in headers if k not in own]
        headers += [(k.lower().encode(), v.encode()) for k, v in signed.items()]
        await self._app({**scope, "headers": headers}, _replay(body), send)


async def _read(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes) -> Any:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Ledger, Any]]:
    """A ledger (also a witness of itself) with an enrolled member, a floor and 50 entries, behind the shim.

    One for the module: the fuzzing only adds to it, as clients would (and its setup is most of the cost).
    """
    made = make_ledger(str(tmp_path_factory.mktemp("fuzz") / "ledger.sqlite3"), witness_own_log=True)
    member = made.enroll()
    floor = made.treasurer.send_entries(
        [floor_entry(made.treasurer_key, made.entry_id(), effective="2000-01-01")]
    )  # FIRST_DAY: in force for every month a release may name
    assert floor.json()["results"][0]["status"] == "accepted"  # so that releases can be made
    # A log of some size, so that entry lists and proofs are not trivial.
    days = [date(2026, 10, 1) + timedelta(days=i) for i in range(50)]
    member.send_entries([stats_entry(member.key, made.entry_id(), day) for day in days])
    keys = {"member": member.key, "treasurer": made.treasurer_key}
    yield made, schemathesis.openapi.from_asgi("/openapi.json", SigningShim(made.app, keys, made))
    made.client.close()
    made.store.close()


OPERATIONS = [
    ("GET", "/v1/info"),
    ("GET", "/v1/checkpoint"),
    ("POST", "/v1/enroll"),
    ("POST", "/v1/invites"),
    ("POST", "/v1/entries"),
    ("GET", "/v1/entries/mine"),
    ("GET", "/v1/policy"),
    ("GET", "/v1/releases"),
    ("POST", "/v1/releases"),
    ("GET", "/v1/proofs/consistency"),
    ("POST", "/v1/witness"),
]


def no_unauthenticated_write_succeeds(ctx: Any, response: Any, case: Any) -> bool | None:
    """An unsigned POST answered 2xx is a hole (enroll excepted: a valid invite, which schemathesis cannot guess)."""
    if case.method.upper() == "POST" and case.path != "/v1/enroll" and 200 <= response.status_code < 300:
        raise AssertionError(f"POST {case.path} succeeded ({response.status_code}) without a valid signature")
    return None


def test_every_operation_is_fuzzed(fuzzed: tuple[Ledger, Any]) -> None:
    _, schema = fuzzed
    found = {(r.ok().method.upper(), r.ok().path) for r in schema.get_all_operations()}
    assert found == set(OPERATIONS)


def steer(case: Any, log_size: int, pick: int) -> None:
    """Move a case into the valid range the schema cannot state: sizes within the log, a month that is over,
    a fresh Idempotency-Key."""
    query = case.query if isinstance(case.query, dict) else {}
    for name in ("size", "after", "old", "new"):
        if isinstance(query.get(name), int):
            query[name] %= log_size + 1
    if isinstance(query.get("old"), int) and isinstance(query.get("new"), int) and query["old"] > query["new"]:
        query["old"], query["new"] = query["new"], query["old"]
    body = case.body if isinstance(case.body, dict) else {}
    if isinstance(body.get("known_size"), int) and not isinstance(body["known_size"], bool):
        body["known_size"] %= log_size + 1  # a size beyond the log is a plain 422 (test_api.py)
    if case.path == "/v1/releases" and isinstance(case.body, dict) and isinstance(case.body.get("month"), str):
        case.body["month"] = f"{2000 + pick % 26}-{pick % 12 + 1:02d}"
    # Generated keys repeat (the minimal uuid above all), and a key reused for another body, or by another
    # member, is rightly a 422: a well-formed key becomes a fresh one, as a real client's would be.
    key = case.headers.get("Idempotency-Key") if case.headers is not None else None  # a mapping, not always a dict
    if isinstance(key, str) and _UUID.fullmatch(key):
        case.headers["Idempotency-Key"] = str(uuid.uuid4())


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


# Signed operations that cannot succeed (for that role, or without a secret); every other must reach a 2xx.
UNREACHABLE = {
    ("POST", "/v1/enroll"),  # needs a valid invite
    ("POST", "/v1/witness"),  # needs a checkpoint signed by the log
    ("POST", "/v1/invites", "member"),
    ("POST", "/v1/releases", "member"),
}


# (Not schemathesis's pytest plugin: its lazy loader reads pytest internals that pytest 9 no longer has.)
@pytest.mark.parametrize("signer", [None, "member", "treasurer"])
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_fuzzed_requests(fuzzed: tuple[Ledger, Any], method: str, path: str, signer: str | None) -> None:
    made, schema = fuzzed
    operation = schema[path][method]
    headers = {MARK: signer} if signer else None
    checks = CHECKS if signer else [*CHECKS, no_unauthenticated_write_succeeds]
    cases = st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    )
    seen: set[int] = set()
    log_size = made.store.size()

    @FUZZ
    @given(case=cases, pick=st.integers(0, 2**16))
    def run(case: Any, pick: int) -> None:
        if signer:  # (sizes beyond the log are a plain 422, tested in test_api.py)
            steer(case, log_size, pick)
        seen.add(case.call_and_validate(headers=headers, checks=checks).status_code)

    run()
    if signer and (method, path) not in UNREACHABLE and (method, path, signer) not in UNREACHABLE:
        assert any(200 <= code < 300 for code in seen), f"never succeeded: {sorted(seen)}"


def test_the_custom_check_fails_an_unsigned_write_that_succeeds() -> None:
    write = SimpleNamespace(method="POST", path="/v1/entries")
    with pytest.raises(AssertionError, match="without a valid signature"):
        no_unauthenticated_write_succeeds(None, SimpleNamespace(status_code=200), write)
    assert no_unauthenticated_write_succeeds(None, SimpleNamespace(status_code=401), write) is None
    enroll = SimpleNamespace(method="POST", path="/v1/enroll")
    assert no_unauthenticated_write_succeeds(None, SimpleNamespace(status_code=200), enroll) is None


def test_the_schema_declares_the_signature_headers(fuzzed: tuple[Ledger, Any]) -> None:
    """The fuzzing above can only send what the OpenAPI declares: check it declares the auth headers."""
    made, _ = fuzzed
    document = made.client.get("/openapi.json").json()
    post = document["paths"]["/v1/entries"]["post"]
    names = {p["name"] for p in post["parameters"] if p["in"] == "header"}
    assert names == {*HEADERS, "Idempotency-Key"}
    assert {"401", "403", "413", "422", "429"} <= set(post["responses"])
    assert made.client.get("/v1/info").json()["origin"] == ORIGIN
