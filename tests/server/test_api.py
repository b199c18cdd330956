"""The ledger server's HTTP API, on SQLite and PostgreSQL (`ledger_url`): enrollment, who may do what,
idempotent batches, limits, checkpoints and releases; plus its parts (log key file, token buckets, serve).

Every request goes through the real app (httpx over ASGI) with signatures made by
`coopclient.protocol.request_signing`, as the member's app makes them; dates and the rate-limit clock are
driven by hand, so nothing here waits on wall time (except the one test that starts a real server).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.protocol.canonical import canonical
from coopclient.protocol.checkpoint import open_checkpoint
from coopclient.protocol.entries import make_body, parse_entry
from coopclient.protocol.merkle import leaf_hash, root_of_leaves, verify_consistency, verify_inclusion
from coopclient.protocol.signing import SigningKey, b64, key_id, unb64, verify
from coopclient.server.app import create_app
from coopclient.server.buckets import DatabaseBuckets
from coopclient.server.keys import LogKeyError, load_log_key, load_or_create_log_key
from coopclient.server.limits import Bucket, Limits, RateLimiter
from coopclient.server.serve import ServeError, ServeOptions, default_origin, main, open_ledger
from coopclient.server.store import LedgerStore
from tests.server.api_helpers import (
    ORIGIN,
    AppClient,
    FakeMonotonic,
    Ledger,
    SignedClient,
    floor_entry,
    ledger,
    make_ledger,
    new_key,
    stats_entry,
)

__all__ = ["ledger"]  # the fixture, imported from api_helpers

ENTRY_WRITES = ("/v1/entries", "/v1/invites", "/v1/releases")


def results(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def statuses(response: httpx.Response) -> list[str]:
    return [r["status"] for r in results(response)]


def checkpoint_of(ledger: Ledger, note: str) -> Any:
    return open_checkpoint(note, ORIGIN, ledger.log_key.public)


# --- info and enrollment -------------------------------------------------------------------------------------


def test_info_is_public_and_names_the_keys_and_limits(ledger: Ledger) -> None:
    info = ledger.client.get("/v1/info").json()
    assert info == {
        "origin": ORIGIN,
        "log_key": b64(ledger.log_key.public),
        "treasurer_key": b64(ledger.treasurer_key.public),
        "limits": {"max_body_bytes": 1024 * 1024, "max_entries": 500, "max_entry_bytes": 8192},
    }


def test_an_invite_enrolls_one_key_once(ledger: Ledger) -> None:
    (invite,) = ledger.invites()
    first, second = new_key(ledger.rng), new_key(ledger.rng)
    answer = ledger.client.post("/v1/enroll", json={"invite": invite, "public_key": b64(first.public)})
    assert answer.status_code == 200, answer.text
    assert answer.json()["pseudonym"].startswith("m-")
    assert answer.json()["log_key"] == b64(ledger.log_key.public)
    reused = ledger.client.post("/v1/enroll", json={"invite": invite, "public_key": b64(second.public)})
    assert reused.status_code == 403
    assert "already used" in reused.json()["detail"]
    assert ledger.signed(first).get("/v1/entries/mine?size=0").status_code == 200
    assert ledger.signed(second).get("/v1/entries/mine?size=0").status_code == 401


def test_unknown_and_expired_invites_are_refused(ledger: Ledger) -> None:
    unknown = ledger.client.post("/v1/enroll", json={"invite": "no-such-invite", "public_key": b64(bytes(32))})
    assert unknown.status_code == 403
    last_day, expired = ledger.invites(2)
    ledger.today.advance(30)  # the last valid day
    key = new_key(ledger.rng)
    ok = ledger.client.post("/v1/enroll", json={"invite": last_day, "public_key": b64(key.public)})
    assert ok.status_code == 200, ok.text
    ledger.today.advance(1)
    late = ledger.client.post("/v1/enroll", json={"invite": expired, "public_key": b64(new_key(ledger.rng).public)})
    assert late.status_code == 403
    assert "expired" in late.json()["detail"]


def test_an_enrolled_key_cannot_enroll_again(ledger: Ledger) -> None:
    member = ledger.enroll()
    again = ledger.client.post("/v1/enroll", json={"invite": ledger.invites()[0], "public_key": b64(member.key.public)})
    assert again.status_code == 403
    treasurer = ledger.client.post(
        "/v1/enroll", json={"invite": ledger.invites()[0], "public_key": b64(ledger.treasurer_key.public)}
    )
    assert treasurer.status_code == 403


@pytest.mark.parametrize("public_key", ["not base64!", b64(bytes(31)), ""])
def test_enroll_with_a_malformed_key_is_422(ledger: Ledger, public_key: str) -> None:
    answer = ledger.client.post("/v1/enroll", json={"invite": ledger.invites()[0], "public_key": public_key})
    assert answer.status_code == 422
    assert answer.json()["detail"].split(":")[0] in ("public_key", "body.public_key")


# --- who may do what -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ENTRY_WRITES)
def test_unauthenticated_writes_are_401(ledger: Ledger, path: str) -> None:
    member = ledger.enroll()
    payloads = {
        "/v1/entries": {"entries": [], "known_size": 0},
        "/v1/invites": {"count": 1},
        "/v1/releases": {"month": "2026-10"},
    }
    extra = {"Idempotency-Key": str(uuid.uuid4())}
    bare = ledger.client.post(path, json=payloads[path], headers=extra)
    assert bare.status_code == 401
    assert bare.json()["detail"].startswith("X-Coop-Key")
    # Valid headers of a member, but for another body: the signature covers the body.
    body = json.dumps(payloads[path]).encode()
    headers = member.headers("POST", path, b"{}") | extra | {"Content-Type": "application/json"}
    assert ledger.client.post(path, content=body, headers=headers).status_code == 401
    assert ledger.store.size() == 0


def test_a_signature_for_another_request_is_401(ledger: Ledger) -> None:
    member = ledger.enroll()
    signed_for = member.headers("GET", "/v1/entries/mine?size=0", b"")
    assert ledger.client.get("/v1/entries/mine?size=0", headers=signed_for).status_code == 200
    other_path = member.headers("GET", "/v1/entries/mine?size=0&after=0", b"")
    assert ledger.client.get("/v1/entries/mine?size=0", headers=other_path).status_code == 401
    bad = dict(member.headers("GET", "/v1/policy?size=0", b""))
    bad["X-Coop-Signature"] = b64(bytes(64))
    answer = ledger.client.get("/v1/policy?size=0", headers=bad)
    assert answer.status_code == 401
    assert answer.json()["detail"].startswith("X-Coop-Signature")


@pytest.mark.parametrize(("offset", "status"), [(-2, 401), (-1, 200), (0, 200), (1, 200), (2, 401)])
def test_only_dates_within_a_day_are_accepted(ledger: Ledger, offset: int, status: int) -> None:
    member = ledger.enroll()
    day = ledger.today() + timedelta(days=offset)
    headers = member.headers("GET", "/v1/entries/mine?size=0", b"", day=day)
    answer = ledger.client.get("/v1/entries/mine?size=0", headers=headers)
    assert answer.status_code == status, answer.text
    if status == 401:
        assert answer.json()["detail"].startswith("X-Coop-Date")


def test_an_unknown_key_and_a_replayed_nonce_are_401(ledger: Ledger) -> None:
    stranger = ledger.signed(new_key(ledger.rng))
    assert stranger.get("/v1/entries/mine?size=0").status_code == 401
    member = ledger.enroll()
    headers = member.headers("GET", "/v1/entries/mine?size=0", b"")
    assert ledger.client.get("/v1/entries/mine?size=0", headers=headers).status_code == 200
    replay = ledger.client.get("/v1/entries/mine?size=0", headers=headers)
    assert replay.status_code == 401
    assert replay.json()["detail"].startswith("X-Coop-Nonce")


class Restarted:
    """Another server process on the same database: its own store, app and clients, nothing in memory shared."""

    def __init__(self, made: Ledger, url: str, address: str = "203.0.113.7") -> None:
        self.store = LedgerStore.open(url)
        self.app = create_app(self.store, made.log_key, made.settings, today=made.today, rng=made.rng.randbytes)
        self.client = AppClient(self.app, address=address)

    def close(self) -> None:
        self.client.close()
        self.store.close()


def test_a_captured_treasurer_request_replayed_after_a_restart_is_401(ledger_url: str) -> None:
    made = make_ledger(ledger_url)
    body = json.dumps({"count": 3}).encode()
    captured = {**made.treasurer.headers("POST", "/v1/invites", body), "Content-Type": "application/json"}
    try:
        assert made.client.post("/v1/invites", content=body, headers=captured).status_code == 200
    finally:
        made.client.close()
        made.store.close()  # the server stops
    for _ in range(2):  # restarted, then a second process beside it
        again = Restarted(made, ledger_url)
        try:
            replay = again.client.post("/v1/invites", content=body, headers=captured)
            assert replay.status_code == 401, replay.text
            assert replay.json()["detail"].startswith("X-Coop-Nonce: already used")
            assert again.store.database.fetchone("SELECT count(*) FROM invites") == (3,)
        finally:
            again.close()


def test_nonces_are_kept_for_their_day_window_then_pruned(ledger: Ledger) -> None:
    member = ledger.enroll()
    headers = member.headers("GET", "/v1/entries/mine?size=0", b"", day=ledger.today() + timedelta(days=1))
    assert ledger.client.get("/v1/entries/mine?size=0", headers=headers).status_code == 200
    days = ledger.store.database.fetchall("SELECT DISTINCT day FROM nonces ORDER BY day")
    assert [d for (d,) in days] == [str(ledger.today()), str(ledger.today() + timedelta(days=1))]
    ledger.today.advance(2)  # a request dated tomorrow is still accepted today, and its nonce still kept
    assert ledger.client.get("/v1/entries/mine?size=0", headers=headers).status_code == 401
    assert member.get("/v1/entries/mine?size=0").status_code == 200
    days = ledger.store.database.fetchall("SELECT DISTINCT day FROM nonces ORDER BY day")
    assert [d for (d,) in days] == [str(ledger.today() - timedelta(days=1)), str(ledger.today())]
    digests = ledger.store.database.fetchall("SELECT digest FROM nonces")
    assert not any(key_id(member.key.public) in d for (d,) in digests)  # which key, on which day: not kept
    ledger.today.advance(2)
    assert member.get("/v1/entries/mine?size=0").status_code == 200
    assert ledger.store.database.fetchall("SELECT DISTINCT day FROM nonces") == [(str(ledger.today()),)]


def test_a_member_cannot_append_for_another_key(ledger: Ledger) -> None:
    alice, bob = ledger.enroll(), ledger.enroll()
    bobs = stats_entry(bob.key, ledger.entry_id())
    (result,) = results(alice.send_entries([bobs]))
    assert result["status"] == "rejected"
    assert result["reason"].startswith("signer:")
    assert ledger.store.size() == 0
    # An entry naming Alice as signer but signed by Bob does not verify.
    forged_body = stats_entry(alice.key, ledger.entry_id())[0]
    (forged,) = results(alice.send_entries([(forged_body, bob.key.sign(forged_body))]))
    assert forged["status"] == "rejected"
    assert forged["reason"].startswith("signature:")


def test_a_member_reads_only_their_own_entries(ledger: Ledger) -> None:
    alice, bob = ledger.enroll(), ledger.enroll()
    assert statuses(alice.send_entries([stats_entry(alice.key, ledger.entry_id())])) == ["accepted"]
    assert statuses(bob.send_entries([stats_entry(bob.key, ledger.entry_id())])) == ["accepted"]
    for client in (alice, bob):
        entries = client.get("/v1/entries/mine?size=2").json()["entries"]
        assert [parse_entry(e["body"].encode()).signer for e in entries] == [client.key.public]


def test_a_member_cannot_publish_policy_or_releases_or_invite(ledger: Ledger) -> None:
    member = ledger.enroll()
    floor = floor_entry(member.key, ledger.entry_id())
    release_body = make_body(
        "release.aggregates", {"month": "2026-10", "cells": []}, member.key.public, ledger.entry_id()
    )
    answer = member.send_entries([floor, (release_body, member.key.sign(release_body))])
    assert statuses(answer) == ["rejected", "rejected"]
    assert all(r["reason"].startswith("kind:") for r in results(answer))
    assert member.post("/v1/releases", {"month": "2026-10"}).status_code == 403
    assert member.post("/v1/invites", {"count": 1}).status_code == 403
    assert ledger.store.size() == 0


def test_the_treasurer_publishes_policy_but_neither_stats_nor_releases_as_entries(ledger: Ledger) -> None:
    treasurer = ledger.treasurer
    stats = stats_entry(ledger.treasurer_key, ledger.entry_id())
    floor = floor_entry(ledger.treasurer_key, ledger.entry_id())
    release = make_body(
        "release.aggregates", {"month": "2026-10", "cells": []}, ledger.treasurer_key.public, ledger.entry_id()
    )
    answer = treasurer.send_entries([stats, floor, (release, ledger.treasurer_key.sign(release))])
    assert statuses(answer) == ["rejected", "accepted", "rejected"]
    member = ledger.enroll()
    policy = member.get("/v1/policy?size=1").json()["entries"]
    assert [e["body"].encode() for e in policy] == [floor[0]]


def test_bad_entries_are_rejected_one_by_one_and_the_rest_is_appended(ledger: Ledger) -> None:
    member = ledger.enroll()
    key = member.key
    good = stats_entry(key, ledger.entry_id())
    body = stats_entry(key, ledger.entry_id())[0]
    pretty = json.dumps(json.loads(body), indent=1).encode()  # same content, not canonical
    future = stats_entry(key, ledger.entry_id(), day=ledger.today() + timedelta(days=1))
    batch = [
        {"body": good[0].decode(), "signature": b64(good[1])},
        {"body": body.decode(), "signature": b64(bytes(64))},
        {"body": pretty.decode(), "signature": b64(key.sign(pretty))},
        {"body": "x" * 9000, "signature": b64(bytes(64))},
        {"body": future[0].decode(), "signature": b64(future[1])},
        {"body": body.decode(), "signature": "not base64"},
        {"body": "{}", "signature": b64(bytes(64))},
    ]
    answer = member.post(
        "/v1/entries", {"entries": batch, "known_size": 0}, extra={"Idempotency-Key": str(uuid.uuid4())}
    )
    got = results(answer)
    assert [r["status"] for r in got] == ["accepted"] + ["rejected"] * 6
    assert [r["reason"].split(":")[0] for r in got[1:]] == [
        "signature",
        "body",
        "body",
        "data.day",
        "signature",
        "data",
    ]
    assert got[0]["leaf_index"] == 0
    assert got[2]["entry_id"] is None
    assert ledger.store.size() == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"earnings": {"EUR": "-5.000000"}}, "data.earnings.EUR: must be a decimal string with at most 6 decimals "
                                              "that is not negative"),
        ({"day": "0001-01-01"}, "data.day: must be a day from 2000-01-01 to 2099-12-31"),
        ({"platform": "wanjiru-kamau"}, "data.platform: must be a platform type of the published list"),
    ],
)  # fmt: skip
def test_entries_with_negative_earnings_old_days_or_free_text_are_rejected_naming_the_field(
    ledger: Ledger, change: dict[str, Any], reason: str
) -> None:
    member = ledger.enroll()
    good, _ = stats_entry(member.key, ledger.entry_id())
    envelope = json.loads(good)
    envelope["data"].update(change)
    body = canonical(envelope)  # signed as a client that skips the checks would
    (result,) = results(member.send_entries([(body, member.key.sign(body))]))
    assert result["status"] == "rejected" and result["reason"].startswith(reason)
    assert ledger.store.size() == 0


def test_a_deeply_nested_entry_body_is_rejected_with_a_clear_reason(ledger: Ledger) -> None:
    member = ledger.enroll()
    deep = '{"a":' + "[" * 1000 + "]" * 1000 + "}"
    answer = member.post("/v1/entries", {"entries": [{"body": deep, "signature": b64(bytes(64))}], "known_size": 0},
                         extra={"Idempotency-Key": ledger.entry_id()})  # fmt: skip
    (result,) = results(answer)
    assert (result["status"], result["reason"]) == ("rejected", "body: canonical JSON: nested deeper than 16 levels")


def test_a_deeply_nested_request_body_is_422(ledger: Ledger) -> None:
    member = ledger.enroll()
    deep = b'{"entries":' + b"[" * 5000 + b"]" * 5000 + b',"known_size":0}'
    headers = {**member.headers("POST", "/v1/entries", deep), "Content-Type": "application/json"}
    answer = ledger.client.post("/v1/entries", content=deep, headers={**headers, "Idempotency-Key": ledger.entry_id()})
    assert answer.status_code == 422
    assert answer.json()["detail"] == "body: nested deeper than 16 levels"


def test_an_entry_over_8_KiB_is_rejected(ledger: Ledger) -> None:
    member = ledger.enroll()
    body = stats_entry(member.key, ledger.entry_id())[0]
    padded = body + b" " * (8193 - len(body))
    (result,) = results(
        member.post(
            "/v1/entries",
            {"entries": [{"body": padded.decode(), "signature": b64(member.key.sign(padded))}], "known_size": 0},
            extra={"Idempotency-Key": str(uuid.uuid4())},
        )
    )
    assert result["status"] == "rejected"
    assert "8192" in result["reason"]


# --- reading, proofs and checkpoints ------------------------------------------------------------------------


def test_checkpoints_verify_and_successive_ones_are_consistent(ledger: Ledger) -> None:
    member = ledger.enroll()
    bodies: list[bytes] = []
    previous = checkpoint_of(ledger, ledger.client.get("/v1/checkpoint").json()["checkpoint"])
    assert previous.size == 0
    for batch_size in (1, 2, 5, 1, 8):
        batch = [stats_entry(member.key, ledger.entry_id(), day=date(2026, 10, 1 + i)) for i in range(batch_size)]
        answer = member.send_entries(batch, known_size=previous.size).json()
        bodies += [body for body, _ in batch]
        current = checkpoint_of(ledger, answer["checkpoint"])
        assert current.size == len(bodies)
        assert current.root == root_of_leaves([leaf_hash(b) for b in bodies])
        proof = [unb64(h) for h in answer["consistency"]]
        assert verify_consistency(previous.size, current.size, previous.root, current.root, proof)
        asked = member.get(f"/v1/proofs/consistency?old={previous.size}&new={current.size}").json()["proof"]
        assert [unb64(h) for h in asked] == proof
        assert checkpoint_of(ledger, ledger.client.get("/v1/checkpoint").json()["checkpoint"]) == current
        previous = current


def test_own_entries_come_with_inclusion_proofs(ledger: Ledger) -> None:
    member = ledger.enroll()
    batch = [stats_entry(member.key, ledger.entry_id(), day=date(2026, 10, 1 + i)) for i in range(6)]
    cp = checkpoint_of(ledger, member.send_entries(batch).json()["checkpoint"])
    entries = member.get(f"/v1/entries/mine?size={cp.size}&after=2").json()["entries"]
    assert [e["leaf_index"] for e in entries] == [2, 3, 4, 5]
    for e in entries:
        body = e["body"].encode()
        assert verify(member.key.public, body, unb64(e["signature"]))
        proof = [unb64(h) for h in e["inclusion"]]
        assert verify_inclusion(leaf_hash(body), e["leaf_index"], cp.size, proof, cp.root)


@pytest.mark.parametrize(
    "path",
    ["/v1/entries/mine?size=5", "/v1/policy?size=1", "/v1/releases?size=9", "/v1/proofs/consistency?old=0&new=3"],
)
def test_reading_beyond_the_log_is_422(ledger: Ledger, path: str) -> None:
    member = ledger.enroll()
    answer = member.get(path)
    assert answer.status_code == 422
    assert "beyond the log" in answer.json()["detail"]


def test_a_known_size_beyond_the_log_is_422_and_appends_nothing(ledger: Ledger) -> None:
    member = ledger.enroll()
    answer = member.send_entries([stats_entry(member.key, ledger.entry_id())], known_size=3)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("known_size")
    assert ledger.store.size() == 0


# --- idempotency ---------------------------------------------------------------------------------------------


def test_the_same_batch_sent_many_times_is_stored_once(ledger: Ledger) -> None:
    member = ledger.enroll()
    batch = [stats_entry(member.key, ledger.entry_id(), day=date(2026, 10, 1 + i)) for i in range(3)]
    key = str(uuid.uuid4())
    first = results(member.send_entries(batch, idempotency_key=key))
    assert [r["status"] for r in first] == ["accepted"] * 3
    for _ in range(4):
        assert results(member.send_entries(batch, idempotency_key=key)) == first
    assert ledger.store.size() == 3
    # Under a new key the same entries are duplicates, with their leaf indexes.
    again = results(member.send_entries(batch))
    assert [(r["status"], r["leaf_index"]) for r in again] == [("duplicate", 0), ("duplicate", 1), ("duplicate", 2)]
    assert ledger.store.size() == 3


def test_a_lost_response_is_answered_again_with_a_fresh_checkpoint(ledger: Ledger) -> None:
    alice, bob = ledger.enroll(), ledger.enroll()
    batch = [stats_entry(alice.key, ledger.entry_id())]
    key = str(uuid.uuid4())
    lost = alice.send_entries(batch, idempotency_key=key)  # committed; the answer never reaches the app
    assert lost.status_code == 200
    assert statuses(bob.send_entries([stats_entry(bob.key, ledger.entry_id())])) == ["accepted"]
    retry = alice.send_entries(batch, known_size=0, idempotency_key=key).json()
    assert retry["results"] == lost.json()["results"]
    assert checkpoint_of(ledger, retry["checkpoint"]).size == 2  # fresh, not the stored one
    assert ledger.store.size() == 2


def test_the_same_batch_sent_concurrently_is_stored_once_and_answered_alike(ledger: Ledger) -> None:
    member = ledger.enroll()
    batch = [stats_entry(member.key, ledger.entry_id(), day=date(2026, 10, 1 + i)) for i in range(4)]
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: member.send_entries(batch, idempotency_key=key), range(6)))
    assert {a.status_code for a in answers} == {200}
    assert all(a.json()["results"] == answers[0].json()["results"] for a in answers)
    assert [r["status"] for r in answers[0].json()["results"]] == ["accepted"] * 4
    assert ledger.store.size() == 4


def test_an_idempotency_key_reused_for_another_request_is_422(ledger: Ledger) -> None:
    alice, bob = ledger.enroll(), ledger.enroll()
    key = str(uuid.uuid4())
    assert statuses(alice.send_entries([stats_entry(alice.key, ledger.entry_id())], idempotency_key=key)) == [
        "accepted"
    ]
    other = alice.send_entries([stats_entry(alice.key, ledger.entry_id())], idempotency_key=key)
    assert other.status_code == 422
    assert other.json()["detail"].startswith("Idempotency-Key")
    stolen = bob.send_entries([stats_entry(bob.key, ledger.entry_id())], idempotency_key=key)
    assert stolen.status_code == 422
    assert ledger.store.size() == 1


def test_a_missing_or_malformed_idempotency_key_is_422(ledger: Ledger) -> None:
    member = ledger.enroll()
    payload = {"entries": [], "known_size": 0}
    assert member.post("/v1/entries", payload).status_code == 422
    assert member.post("/v1/entries", payload, extra={"Idempotency-Key": "batch-1"}).status_code == 422


# --- limits --------------------------------------------------------------------------------------------------


def test_a_body_over_1_MiB_is_413_before_anything_else(ledger: Ledger) -> None:
    member = ledger.enroll()
    padding = "x" * (1024 * 1024)
    answer = member.post("/v1/entries", {"entries": [], "known_size": 0, "pad": padding})
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("body")
    unauthenticated = ledger.client.post("/v1/enroll", content=b"{" + b" " * (1024 * 1024) + b"}")
    assert unauthenticated.status_code == 413


def test_a_batch_over_500_entries_is_413(ledger: Ledger) -> None:
    member = ledger.enroll()
    entry = stats_entry(member.key, ledger.entry_id())
    answer = member.send_entries([entry] * 501)
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("entries")
    assert statuses(member.send_entries([entry] * 500)) == ["accepted"] + ["duplicate"] * 499


def limited_ledger(url: str, burst: int) -> Ledger:
    return make_ledger(url, Limits(requests_per_minute=60, burst=burst))


def test_a_key_over_its_rate_gets_429_with_retry_after(ledger_url: str) -> None:
    made = limited_ledger(ledger_url, burst=4)
    try:
        (invite,) = made.invites()  # the treasurer's first request
        key = new_key(made.rng)
        assert made.client.post("/v1/enroll", json={"invite": invite, "public_key": b64(key.public)}).status_code == 200
        # Each request from another address, so only the key's bucket can run out.
        clients = [AppClient(made.app, address=f"198.51.100.{i}") for i in range(6)]
        try:
            answers = [SignedClient(c, key, made.today, made.rng).get("/v1/entries/mine?size=0") for c in clients]
            assert [a.status_code for a in answers] == [200, 200, 200, 200, 429, 429]
            assert answers[4].headers["Retry-After"] == "1"
            assert answers[4].json()["detail"].startswith("too many requests from this key")
            made.clock.advance(1.0)
            assert SignedClient(clients[5], key, made.today, made.rng).get("/v1/entries/mine?size=0").status_code == 200
        finally:
            for c in clients:
                c.close()
    finally:
        made.client.close()
        made.store.close()


def test_the_rate_limits_hold_across_server_processes_and_restarts(ledger_url: str) -> None:
    made = limited_ledger(ledger_url, burst=4)
    other = Restarted(made, ledger_url)  # the same address, through another process
    try:
        codes = [(made.client if i % 2 else other.client).get("/v1/checkpoint").status_code for i in range(6)]
        assert codes == [200, 200, 200, 200, 429, 429]
        key = made.treasurer_key  # the key's bucket likewise, from addresses that are each new
        signed = [Restarted(made, ledger_url, address=f"198.51.100.{i}") for i in range(6)]
        try:
            answers = [SignedClient(p.client, key, made.today, made.rng).get("/v1/entries/mine?size=0") for p in signed]
            assert [a.status_code for a in answers] == [200, 200, 200, 200, 429, 429]
        finally:
            for p in signed:
                p.close()
    finally:
        other.close()
        made.client.close()
        made.store.close()


def test_an_address_over_its_rate_gets_429_and_others_do_not(ledger_url: str) -> None:
    made = limited_ledger(ledger_url, burst=3)
    other = AppClient(made.app, address="198.51.100.99")
    try:
        codes = [made.client.get("/v1/checkpoint").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        limited = made.client.get("/v1/info")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert other.get("/v1/info").status_code == 200
        made.clock.advance(2.0)  # two tokens back at one a second
        assert [made.client.get("/v1/info").status_code for _ in range(3)] == [200, 200, 429]
    finally:
        other.close()
        made.client.close()
        made.store.close()


@settings(max_examples=200, deadline=None)
@given(
    burst=st.integers(1, 20),
    per_minute=st.integers(1, 600),
    steps=st.lists(st.tuples(st.floats(0, 5, allow_nan=False), st.integers(1, 5)), max_size=40),
)
def test_a_token_bucket_never_allows_more_than_burst_plus_refill(
    burst: int, per_minute: int, steps: list[tuple[float, int]]
) -> None:
    clock = FakeMonotonic()
    bucket = RateLimiter(per_minute, burst, clock, DictBuckets())
    start, allowed = clock.now, 0
    for advance, takes in steps:
        clock.advance(advance)
        for _ in range(takes):
            wait = bucket.take("k")
            if wait is None:
                allowed += 1
            else:
                assert 0 < wait <= 60 / per_minute + 1e-9
    assert allowed <= burst + (clock.now - start) * per_minute / 60 + 1e-9


def test_a_refused_take_says_exactly_when_a_token_is_back(ledger_url: str) -> None:
    clock = FakeMonotonic()
    store = LedgerStore.open(ledger_url)
    try:
        bucket = RateLimiter(per_minute=30, burst=1, clock=clock, store=DatabaseBuckets(store.database))
        assert bucket.take("k") is None
        wait = bucket.take("k")
        assert wait == pytest.approx(2.0)
        clock.advance(1.999)
        assert bucket.take("k") is not None
        clock.advance(0.002)
        assert bucket.take("k") is None
    finally:
        store.close()


def test_buckets_are_stored_hashed_and_forgotten_once_full(ledger_url: str) -> None:
    clock = FakeMonotonic()
    store = LedgerStore.open(ledger_url)
    try:
        bucket = RateLimiter(per_minute=60, burst=5, clock=clock, store=DatabaseBuckets(store.database))
        bucket.take("198.51.100.7")
        (name,) = store.database.fetchone("SELECT name FROM rate_buckets") or ("",)
        assert "198.51" not in name and len(name) == 64  # the address is not kept in clear
        clock.advance(4.9)  # not yet full again: kept
        bucket.take("203.0.113.9")
        assert len(store.database.fetchall("SELECT name FROM rate_buckets")) == 2
        clock.advance(5.0)  # both full again: the next take forgets them
        bucket.take("203.0.113.9")
        assert len(store.database.fetchall("SELECT name FROM rate_buckets")) == 1
    finally:
        store.close()


class DictBuckets:
    """An in-test BucketStore: the bucket arithmetic, without a database."""

    def __init__(self) -> None:
        self.buckets: dict[str, Bucket] = {}

    def update(self, name: str, change: Any) -> Any:
        self.buckets[name], answer = change(self.buckets.get(name))
        return answer

    def prune(self, stamped_before: float) -> None:
        self.buckets = {k: b for k, b in self.buckets.items() if b.stamp >= stamped_before}


# --- releases ------------------------------------------------------------------------------------------------


def test_a_release_is_signed_by_the_log_appended_once_and_never_rerun(ledger: Ledger) -> None:
    assert statuses(ledger.treasurer.send_entries([floor_entry(ledger.treasurer_key, ledger.entry_id())])) == [
        "accepted"
    ]
    for _ in range(3):
        member = ledger.enroll()
        member.send_entries([stats_entry(member.key, ledger.entry_id(), day=date(2026, 10, 5))])
    answer = ledger.treasurer.post("/v1/releases", {"month": "2026-10"})
    assert answer.status_code == 200, answer.text
    release = answer.json()
    body = release["body"].encode()
    entry = parse_entry(body)
    assert (entry.kind, entry.signer, entry.data["month"]) == ("release.aggregates", ledger.log_key.public, "2026-10")
    assert uuid.UUID(entry.entry_id).version == 4
    assert verify(ledger.log_key.public, body, unb64(release["signature"]))
    cp = checkpoint_of(ledger, release["checkpoint"])
    proof = [unb64(h) for h in release["inclusion"]]
    assert verify_inclusion(leaf_hash(body), release["leaf_index"], cp.size, proof, cp.root)

    again = ledger.treasurer.post("/v1/releases", {"month": "2026-10"})
    assert again.status_code == 409
    assert again.json()["body"] == release["body"]
    assert "already released" in again.json()["detail"]
    assert ledger.store.size() == cp.size
    listed = member.get(f"/v1/releases?size={cp.size}").json()["entries"]
    assert [e["body"] for e in listed] == [release["body"]]


@pytest.mark.parametrize(
    ("month", "detail"),
    [
        ("2026-11", "month: 2026-11 is not over"),
        ("2026-13", "body.month"),
        ("2026-10", "policy"),
        ("0001-01", "month: 0001-01 is not a month from 2000-01 to 2099-12"),
        ("1999-12", "month: 1999-12 is not a month from 2000-01"),
    ],
)
def test_a_release_that_cannot_be_made_is_422(ledger: Ledger, month: str, detail: str) -> None:
    answer = ledger.treasurer.post("/v1/releases", {"month": month})  # no floor has been published
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith(detail)
    assert ledger.store.size() == 0


# --- errors --------------------------------------------------------------------------------------------------


def test_validation_errors_are_a_detail_naming_the_field(ledger: Ledger) -> None:
    answer = ledger.treasurer.post("/v1/invites", {"count": 51})
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("body.count:")
    extra = ledger.treasurer.post("/v1/invites", {"count": 1, "names": ["ann"]})
    assert extra.json()["detail"].startswith("body.names:")


class _BrokenStore:
    """A store whose log cannot be read, for the 500 path."""

    def __init__(self, store: LedgerStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def latest_checkpoint(self, signer: Any) -> str:
        raise RuntimeError("database password is hunter2")


def test_unexpected_errors_are_500_without_internals(tmp_path: Path) -> None:
    made = make_ledger(str(tmp_path / "ledger.sqlite3"))
    app = create_app(_BrokenStore(made.store), made.log_key, made.settings)  # type: ignore[arg-type]
    client = AppClient(app, raise_app_exceptions=False)
    try:
        answer = client.get("/v1/checkpoint")
        assert answer.status_code == 500
        assert answer.json() == {"detail": "internal server error"}
    finally:
        client.close()
        made.client.close()
        made.store.close()


def test_a_gap_in_the_leaves_is_answered_as_an_integrity_problem(ledger_url: str) -> None:
    made = make_ledger(ledger_url)
    client = AppClient(made.app, raise_app_exceptions=False)
    try:
        member = made.enroll()
        assert (
            statuses(member.send_entries([stats_entry(member.key, made.entry_id()) for _ in range(3)]))
            == ["accepted"] * 3
        )
        # A row at seq 4 with none at 3, as a damaged or edited database has (INSERT is not refused).
        columns = "entry_id, kind, signer_key_id, body, signature, leaf_hash, prev_hash, entry_hash"
        made.store.database.execute(
            f"INSERT INTO entries (seq, {columns}) SELECT 4, ?, kind, signer_key_id, body, signature, leaf_hash, "
            "prev_hash, entry_hash FROM entries WHERE seq = 2",
            (made.entry_id(),),
        )
        answer = client.get("/v1/checkpoint")
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"] == "ledger-integrity"
        assert answer.json()["detail"].startswith("ledger integrity: merkle_nodes: node (level, idx) ")
    finally:
        client.close()
        made.client.close()
        made.store.close()


def test_the_app_refuses_a_log_key_the_ledger_was_not_created_with(tmp_path: Path) -> None:
    made = make_ledger(str(tmp_path / "ledger.sqlite3"))
    try:
        with pytest.raises(ValueError, match="log key"):
            create_app(made.store, SigningKey.generate(), made.settings)
    finally:
        made.client.close()
        made.store.close()


# --- the log key file ----------------------------------------------------------------------------------------


def test_the_log_key_file_is_made_owner_only_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "log-key"
    made = load_or_create_log_key(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_or_create_log_key(path).public == made.public
    assert load_log_key(path).seed == made.seed


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o620, 0o644])
def test_a_log_key_file_others_can_access_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "log-key"
    load_or_create_log_key(path)
    path.chmod(mode)
    with pytest.raises(LogKeyError, match="accessible to others") as caught:
        load_or_create_log_key(path)
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_a_log_key_is_refused_without_quoting_it(tmp_path: Path) -> None:
    path = tmp_path / "log-key"
    path.write_text("secret-looking garbage\n")
    path.chmod(0o600)
    with pytest.raises(LogKeyError, match="not a log key file") as caught:
        load_log_key(path)
    assert "garbage" not in str(caught.value)


# --- serve ---------------------------------------------------------------------------------------------------


def test_the_first_start_needs_the_treasurer_key_and_later_starts_check_it(tmp_path: Path) -> None:
    treasurer, other = SigningKey.generate(), SigningKey.generate()
    base = ServeOptions(database_url=str(tmp_path / "ledger.sqlite3"), log_key_path=str(tmp_path / "log-key"))
    with pytest.raises(ServeError, match="--treasurer-key: required"):
        open_ledger(base)
    first = replace(base, treasurer_key_b64=b64(treasurer.public))
    store, _ = open_ledger(first)
    info = store.info()
    store.close()
    assert info.origin == default_origin(info.log_public)
    assert info.treasurer_public == treasurer.public
    store, _ = open_ledger(base)  # later starts may leave it out
    store.close()
    with pytest.raises(ServeError, match="treasurer"):
        open_ledger(replace(base, treasurer_key_b64=b64(other.public)))


def test_bad_options_exit_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err
    args = ["--database", str(tmp_path / "l.sqlite3"), "--log-key", str(tmp_path / "k"), "--treasurer-key", "zz"]
    assert main(args) == 2
    assert "--treasurer-key" in capsys.readouterr().err
    assert main([*args[:4], "--treasurer-key", b64(bytes(32)), "--witness-log", "nokey"]) == 2
    assert "--witness-log" in capsys.readouterr().err


def test_a_ratecard_names_only_a_published_platform_type(capsys: pytest.CaptureFixture[str]) -> None:
    from coopclient import cli

    args = ["ledger", "publish-ratecard", "--server", "http://127.0.0.1:9", "--effective", "2026-01-01"]
    args += ["--project", "p", "--task-kind", "image", "--rate", "0.05", "--currency", "EUR"]
    with pytest.raises(SystemExit) as exited:
        cli.main([*args, "--platform", "Wanjiru Kamau"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--platform: not a published platform type; use one of label-studio, file" in err


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_answers_over_http_and_writes_no_access_log(tmp_path: Path) -> None:
    port = _free_port()
    treasurer = SigningKey.generate()
    command = [
        sys.executable, "-m", "coopclient.server.serve", "--database", str(tmp_path / "ledger.sqlite3"),
        "--log-key", str(tmp_path / "log-key"), "--port", str(port), "--treasurer-key", b64(treasurer.public),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        info = _wait_for(f"http://127.0.0.1:{port}/v1/info", server)
        assert info["treasurer_key"] == b64(treasurer.public)
        for _ in range(3):
            assert httpx.get(f"http://127.0.0.1:{port}/v1/checkpoint").status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/v1/invites", json={"count": 1}).status_code == 401
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "/v1/" not in output  # no request line of any kind was logged
    assert (tmp_path / "log-key").stat().st_mode & 0o777 == 0o600


def _wait_for(url: str, server: subprocess.Popen[str]) -> Any:
    """Poll until the server answers (a deadline, not a sleep on a result)."""
    import time

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the server exited: {server.communicate()[0]}")
        try:
            return httpx.get(url, timeout=1).json()
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("the server did not start in 30 s")
