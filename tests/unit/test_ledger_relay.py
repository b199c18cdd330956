"""The ledger relay's failure paths, against the ledger app in this process with a transport that can misbehave:
an entry the server refuses is parked with its reason (the rest go), a corrupt row is parked, 429 waits for
Retry-After, a batch whose stored request no longer matches its key is sent again under a new key, a server
whose log shrank is a warning (rows kept), and the platform relay leaves ledger rows alone. Run on a network
thread, enrolling and syncing hand every database step to the database lane, none while a request is out."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from coopclient.app import build
from coopclient.coop.relay import LEDGER_KIND
from coopclient.core.money import Money
from coopclient.relays.platform import OutboxRelay
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore
from tests.db_lane import GuardedLane
from tests.fakes import FakeClock
from tests.integration.ledger_server import InProcessLedger, manual

DAY = 86_400_000


class Flaky(httpx.BaseTransport):
    """Forwards to the ledger, unless ``answer`` gives a response for the request."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.answer: Callable[[httpx.Request], httpx.Response | None] = lambda _request: None
        self.posts: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/entries":
            request.read()
            self.posts.append(request)
        return self.answer(request) or self.inner.handle_request(request)


@pytest.fixture
def ledger(tmp_path: Path, clock: FakeClock) -> Iterator[InProcessLedger]:
    made = InProcessLedger.start(tmp_path / "ledger.sqlite3", clock)
    yield made
    made.stop()


@pytest.fixture
def flaky(ledger: InProcessLedger) -> Flaky:
    return Flaky(ledger.transport)


@pytest.fixture
def member(tmp_path: Path, clock: FakeClock, ledger: InProcessLedger, flaky: Flaky) -> Iterator[Services]:
    s = build(tmp_path / "data", clock=clock, transport=flaky, credentials=MemoryStore(persistent=True))
    s.sharing.enroll(ledger.treasurer.invite())
    s.sharing.consent()
    for platform in ("toloka", "prolific", "appen"):
        manual(s, clock, "searching", platform, 600)
    clock.advance(DAY)
    yield s
    s.close()


def outbox(s: Services) -> list[tuple[int, int, str | None]]:
    """(acked, parked, last_error) of the ledger rows."""
    rows = s.db.execute(
        "SELECT acked_ms IS NOT NULL, parked, last_error FROM outbox WHERE kind = ? ORDER BY seq", [LEDGER_KIND]
    ).fetchall()
    return [(int(a), int(p), e) for a, p, e in rows]


def test_an_entry_the_server_refuses_is_parked_and_the_rest_go(member: Services) -> None:
    member.sharing.queue_due()
    # The second row now claims to correct an entry the server never had: the server rejects that one entry.
    seq, payload = member.db.execute(
        "SELECT seq, payload FROM outbox WHERE kind = ? ORDER BY seq LIMIT 1 OFFSET 1", [LEDGER_KIND]
    ).fetchone()
    _rewrite_row(member, seq, payload, supersedes="00000000-0000-4000-8000-000000000000")
    assert member.sharing.sync().sent == 2
    rows = outbox(member)
    assert [r[:2] for r in rows] == [(1, 0), (0, 1), (1, 0)]
    assert "refused by the ledger server" in (rows[1][2] or "") and "supersedes" in (rows[1][2] or "")
    assert member.sharing.status().queued == 0


def test_a_corrupt_row_is_parked_and_the_others_sent(member: Services) -> None:
    member.sharing.queue_due()
    member.db.execute("UPDATE outbox SET payload = payload || ' ' WHERE seq = (SELECT min(seq) FROM outbox)")
    assert member.sharing.sync().sent == 2
    assert [r[:2] for r in outbox(member)] == [(0, 1), (1, 0), (1, 0)]
    assert "corrupt" in (outbox(member)[0][2] or "")


def test_too_many_requests_waits_for_retry_after(member: Services, flaky: Flaky, clock: FakeClock) -> None:
    busy = {"on": True}
    flaky.answer = lambda r: (
        httpx.Response(429, headers={"Retry-After": "120"}, json={"detail": "too many requests"})
        if busy["on"] and r.url.path == "/v1/entries"
        else None
    )
    report = member.sharing.sync()
    assert report.sent == 0 and any("too many requests" in w for w in report.warnings)
    due = member.db.execute("SELECT min(next_attempt_ms) FROM outbox WHERE kind = ?", [LEDGER_KIND]).fetchone()[0]
    assert due == clock.now().wall_ms + 120_000
    busy["on"] = False
    clock.advance(119_000)
    assert member.sharing.sync().sent == 0 and len(flaky.posts) == 1
    clock.advance(1_000)
    assert member.sharing.sync().sent == 3


def test_a_batch_whose_key_no_longer_matches_is_sent_again_under_a_new_key(
    member: Services, flaky: Flaky, clock: FakeClock, ledger: InProcessLedger
) -> None:
    lost = {"left": 1}

    def lose_answer(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/v1/entries" and lost["left"]:
            lost["left"] -= 1
            ledger.transport.handle_request(request)  # the server commits; the answer is lost
            raise httpx.ReadError("lost (test)")
        return None

    flaky.answer = lose_answer
    assert member.sharing.sync().sent == 0
    member.db.execute("UPDATE ledger_batches SET known_size = 1")  # the stored request no longer matches
    clock.advance(2_000)
    assert member.sharing.sync().sent == 3
    keys = [p.headers["Idempotency-Key"] for p in flaky.posts]
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]  # lost; refused (422); sent under a new key
    count = ledger.store.database.fetchone("SELECT count(*) FROM entries WHERE kind = 'stats.day'")
    assert count is not None and count[0] == 3


def test_a_server_whose_log_shrank_is_a_warning_and_rows_stay(member: Services, clock: FakeClock) -> None:
    assert member.sharing.sync().sent == 3
    member.db.execute("UPDATE ledger_state SET size = 99")  # as if this device had verified a longer log
    manual(member, clock, "qualification", "toloka", 300)
    clock.advance(DAY)
    report = member.sharing.sync()
    assert report.sent == 0
    assert report.warnings and report.warnings[0].startswith("the ledger's history was rewritten")
    assert member.sharing.status().queued == 1


def test_the_platform_relay_leaves_ledger_rows_alone(member: Services) -> None:
    member.sharing.queue_due()
    relay = OutboxRelay(
        member.db, lambda account, db: pytest.fail("no platform adapter is needed"), member.clock, lambda: 0
    )
    report = relay.run_once()
    assert (report.delivered, report.parked, report.retrying) == (0, 0, 0)
    assert relay.entries() == [] and relay.status() == []
    assert [r[:2] for r in outbox(member)] == [(0, 0)] * 3


def guard_requests(flaky: Flaky, lane: GuardedLane) -> None:
    """Every request to the ledger is checked by ``lane``: sent off the database lane, no transaction open."""
    checked = lane.network(flaky.inner.handle_request)
    flaky.answer = checked.handle_request


def test_a_sync_touches_the_store_only_through_its_db_lane_and_never_while_sending(
    member: Services, flaky: Flaky, ledger: InProcessLedger, clock: FakeClock
) -> None:
    """The sync on a network thread: sends, retries, checks and the policy pull all hand the store to the lane."""
    treasury = ledger.treasurer.service
    treasury.publish_floor(ledger.url, Money(Decimal("12.50"), "EUR"), date(2026, 1, 1))
    treasury.publish_fx(ledger.url, "EUR", {"USD": Decimal("1.0800")}, date(2026, 1, 1))
    down = {"on": True}
    with GuardedLane(member.db) as lane:
        guard_requests(flaky, lane)
        inner = flaky.answer
        flaky.answer = lambda r: (
            httpx.Response(503, json={"detail": "down"}) if down["on"] and r.url.path == "/v1/entries" else inner(r)
        )
        failed = member.sharing.sync(db=lane)  # queued, refused by a 503 (retry recorded); policy pulled, applied
        down["on"] = False
        clock.advance(DAY)  # past any backoff
        report = member.sharing.sync(db=lane)  # sent, and the member's entries checked in the tree
    assert lane.violations == []
    assert (failed.sent, failed.policy_updates) == (0, 2)  # the checks and the policy pull went on
    assert failed.warnings == [
        "not everything could be sent (it waits in the outbox): POST http://ledger.test/v1/entries: "
        "server error (503): down"
    ]
    assert (report.sent, report.verified_size, report.warnings) == (3, 5, [])
    assert lane.requests == 10  # each sync: entries, checkpoint, mine, policy, releases
    floors = member.db.execute("SELECT hourly_micros, source FROM wage_floors").fetchall()
    assert floors == [(12_500_000, "co-op ledger")]
    assert [(x.sent, x.verified) for x in member.sharing.shared()] == [(True, True)] * 3
    flaky.answer = lambda _request: None
    with GuardedLane(member.db) as lane, pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        member.sharing.sync()  # the guard is not blind: without the lane, the first read is refused
    assert lane.violations


def test_enrolling_touches_the_store_only_through_its_db_lane(
    tmp_path: Path, clock: FakeClock, ledger: InProcessLedger, flaky: Flaky
) -> None:
    s = build(tmp_path / "other", clock=clock, transport=flaky, credentials=MemoryStore(persistent=True))
    try:
        with GuardedLane(s.db) as lane:
            guard_requests(flaky, lane)
            status = s.sharing.enroll(ledger.treasurer.invite(), db=lane)
        assert lane.violations == []
        assert status.enrolled and (lane.requests, lane.calls) == (3, 2)  # info, checkpoint, enroll; read, store
    finally:
        s.close()


def _rewrite_row(s: Services, seq: int, payload: str, *, supersedes: str) -> None:
    """Re-sign one queued entry with another ``supersedes`` (as a buggy app might have queued it)."""
    import base64
    import hashlib

    from coopclient.coop.sharing import KEYRING_SERVICE, key_account
    from coopclient.protocol.canonical import canonical
    from coopclient.protocol.signing import SigningKey, b64

    url = s.sharing.status().server_url or ""
    key = SigningKey.from_seed(base64.b64decode(s.credentials.get(KEYRING_SERVICE, key_account(url)) or ""))
    body = json.loads(json.loads(payload)["body"])
    body["supersedes"] = supersedes
    raw = canonical(body)
    new = json.dumps({"body": raw.decode(), "signature": b64(key.sign(raw))}, sort_keys=True)
    s.db.execute(
        "UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE seq = ?",
        [new, hashlib.sha256(new.encode()).hexdigest(), seq],
    )
