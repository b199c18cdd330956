"""Helpers for the ledger server's HTTP tests: a ledger app on a fresh database, and a signed-request client.

`make_ledger(url)` initialises a store, builds the app with hand-driven dates (`FakeToday`), a hand-driven
monotonic clock for the rate limits (`FakeMonotonic`) and seeded randomness, and wraps it in `AppClient`
(httpx over the ASGI app, synchronous; Starlette's TestClient warns that it wants httpx2, which the
project does not install). `SignedClient` signs every request with `coopclient.protocol.request_signing`, as
the member's app does. The `ledger` fixture is imported by the test modules (conftest.py belongs to the storage tests).
"""

from __future__ import annotations

import functools
import json
import random
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import anyio.from_thread
import httpx
import pytest

from coopclient.protocol.entries import make_body, stats_data
from coopclient.protocol.request_signing import sign_request
from coopclient.protocol.signing import SigningKey, b64
from coopclient.server.app import create_app
from coopclient.server.app_settings import ServerSettings
from coopclient.server.limits import Limits
from coopclient.server.store import LedgerStore

ORIGIN = "coop-ledger.test/abc"
START_DAY = date(2026, 11, 20)
# Rate limits the ordinary tests never reach; the limit tests set their own.
ROOMY = Limits(requests_per_minute=1_000_000, burst=1_000_000)


class FakeToday:
    """Today's UTC date, moved by hand."""

    def __init__(self, day: date = START_DAY) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


class FakeMonotonic:
    """A monotonic clock in seconds, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class AppClient:
    """A synchronous httpx client over an ASGI app, its event loop in a background thread."""

    def __init__(self, app: Any, address: str = "203.0.113.7", raise_app_exceptions: bool = True) -> None:
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        transport = httpx.ASGITransport(app=app, client=(address, 50000), raise_app_exceptions=raise_app_exceptions)
        self._client = httpx.AsyncClient(transport=transport, base_url="http://ledger.test")

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(functools.partial(self._client.request, method, path, **kwargs))

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def close(self) -> None:
        self._portal.call(self._client.aclose)
        self._portal_cm.__exit__(None, None, None)


class SignedClient:
    """Sends requests signed with one key (fresh nonce each time, dated by the ledger's `today`)."""

    def __init__(self, client: AppClient, key: SigningKey, today: FakeToday, rng: random.Random) -> None:
        self.client = client
        self.key = key
        self.today = today
        self._rng = rng

    def headers(self, method: str, path: str, body: bytes, day: date | None = None) -> dict[str, str]:
        nonce = self._rng.randbytes(16).hex()
        return sign_request(self.key, method, path, body, day or self.today(), nonce)

    def request(
        self, method: str, path: str, payload: Any = None, *, extra: Mapping[str, str] | None = None
    ) -> httpx.Response:
        body = b"" if payload is None else json.dumps(payload).encode("utf-8")
        headers = self.headers(method, path, body)
        if payload is not None:
            headers["Content-Type"] = "application/json"
        headers.update(extra or {})
        return self.client.request(method, path, content=body, headers=headers)

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def post(self, path: str, payload: Any, *, extra: Mapping[str, str] | None = None) -> httpx.Response:
        return self.request("POST", path, payload, extra=extra)

    def send_entries(
        self, entries: list[tuple[bytes, bytes]], known_size: int = 0, idempotency_key: str | None = None
    ) -> httpx.Response:
        payload = {
            "entries": [{"body": body.decode("utf-8"), "signature": b64(sig)} for body, sig in entries],
            "known_size": known_size,
        }
        key = idempotency_key or str(uuid.UUID(bytes=self._rng.randbytes(16), version=4))
        return self.post("/v1/entries", payload, extra={"Idempotency-Key": key})


@dataclass
class Ledger:
    """A ledger app on a fresh database, with its keys and hand-driven clocks."""

    store: LedgerStore
    app: Any
    log_key: SigningKey
    treasurer_key: SigningKey
    client: AppClient
    today: FakeToday
    clock: FakeMonotonic
    rng: random.Random
    settings: ServerSettings
    _ids: Iterator[int] = field(default_factory=lambda: iter(range(1, 10**9)))

    def signed(self, key: SigningKey) -> SignedClient:
        return SignedClient(self.client, key, self.today, self.rng)

    @property
    def treasurer(self) -> SignedClient:
        return self.signed(self.treasurer_key)

    def invites(self, count: int = 1) -> list[str]:
        response = self.treasurer.post("/v1/invites", {"count": count})
        assert response.status_code == 200, response.text
        return list(response.json()["invites"])

    def enroll(self, key: SigningKey | None = None) -> SignedClient:
        """A new member, enrolled with a fresh invite."""
        key = key or new_key(self.rng)
        response = self.client.post("/v1/enroll", json={"invite": self.invites()[0], "public_key": b64(key.public)})
        assert response.status_code == 200, response.text
        return self.signed(key)

    def entry_id(self) -> str:
        return str(uuid.UUID(bytes=self.rng.randbytes(16), version=4))


def new_key(rng: random.Random) -> SigningKey:
    return SigningKey.from_seed(rng.randbytes(32))


def make_ledger(
    url: str, limits: Limits = ROOMY, seed: int = 7, *, witness_own_log: bool = False, **settings: Any
) -> Ledger:
    """A ledger app on the (empty) database at `url`; `settings` are more ServerSettings fields."""
    rng = random.Random(seed)
    log_key, treasurer_key = new_key(rng), new_key(rng)
    if witness_own_log:
        settings["witness_logs"] = {ORIGIN: log_key.public}
    today, clock = FakeToday(), FakeMonotonic()
    store = LedgerStore.open(url)
    store.init(ORIGIN, log_key.public, treasurer_key.public, today=today())
    server_settings = ServerSettings(limits=limits, clock=clock, **settings)
    app = create_app(store, log_key, server_settings, today=today, rng=random.Random(seed + 1).randbytes)
    client = AppClient(app)
    return Ledger(store, app, log_key, treasurer_key, client, today, clock, rng, server_settings)


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    made = make_ledger(ledger_url)
    yield made
    made.client.close()
    made.store.close()


def stats_entry(
    key: SigningKey,
    entry_id: str,
    day: date = date(2026, 11, 19),
    *,
    platform: str = "label-studio",
    task_kind: str = "image",
    active_s: int = 5400,
    earnings: str = "12.340000",
    supersedes: str | None = None,
) -> tuple[bytes, bytes]:
    """A signed stats.day entry (body, signature)."""
    data = stats_data(day, platform, task_kind, active_s, {"searching": 600}, 42, 1, {"EUR": Decimal(earnings)})
    body = make_body("stats.day", data, key.public, entry_id, supersedes)
    return body, key.sign(body)


def floor_entry(
    key: SigningKey, entry_id: str, hourly: str = "12.50", effective: str = "2026-01-01"
) -> tuple[bytes, bytes]:
    """A signed policy.floor entry."""
    data = {"effective": effective, "hourly": hourly, "currency": "EUR"}
    body = make_body("policy.floor", data, key.public, entry_id)
    return body, key.sign(body)
