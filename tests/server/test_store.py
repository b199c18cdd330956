"""The ledger store on SQLite and PostgreSQL (`ledger_url` runs each test on both engines).

Appends and reads, dense leaf indexes and roots against the RFC's MTH, proofs, idempotency, rejected reuse
of an entry id, supersedes and the projections, the append-only triggers, concurrent appends from threads
and processes, one-time invites, checkpoints, and the integrity audit after a superuser-style edit.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coopclient.protocol import merkle
from coopclient.protocol.checkpoint import Checkpoint, open_checkpoint, sign_checkpoint
from coopclient.protocol.entries import PLATFORM_TYPES, Entry, make_body, parse_entry, stats_data
from coopclient.protocol.signing import SigningKey, key_id
from coopclient.server.aggregates import ReleaseSettings, compute_release, policy_from_entries
from coopclient.server.db import DatabaseError, connect
from coopclient.server.schema import SCHEMA_VERSION, SchemaError, stored_version
from coopclient.server.store import LedgerStore
from coopclient.server.store_types import AppendResult, BatchExists, BatchRecord, InviteError, LedgerConfigError, Member
from tests.server.pg import free_port
from tests.server.test_aggregates import FakeNoise

ORIGIN = "coop-ledger.test/abc"
TODAY = date(2026, 11, 21)
REPO = Path(__file__).resolve().parents[2]


# -- helpers -------------------------------------------------------------------------------------------------


class Keys:
    def __init__(self) -> None:
        self.log = SigningKey.generate()
        self.treasurer = SigningKey.generate()


@pytest.fixture
def keys() -> Keys:
    return Keys()


@pytest.fixture
def store(ledger_url: str, keys: Keys) -> Iterator[LedgerStore]:
    s = LedgerStore.open(ledger_url)
    s.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    yield s
    s.close()


def enrol(store: LedgerStore, key: SigningKey) -> Member:
    token = uuid.uuid4().hex
    store.create_invites(1, TODAY + timedelta(days=30), [token])
    return store.redeem_invite(token, key.public, TODAY)


def stats(
    key: SigningKey,
    day: date = date(2026, 11, 20),
    *,
    active_s: int = 3600,
    earnings: dict[str, Decimal] | None = None,
    supersedes: str | None = None,
    platform: str = "label-studio",
    entry_id: str | None = None,
) -> tuple[Entry, bytes]:
    data = stats_data(
        day,
        platform,
        "choices",
        active_s,
        {"searching": 600},
        10,
        1,
        {"EUR": Decimal("12.34")} if earnings is None else earnings,
    )
    body = make_body("stats.day", data, key.public, entry_id or str(uuid.uuid4()), supersedes)
    return parse_entry(body), key.sign(body)


def floor_policy(key: SigningKey, hourly: str = "12.50", supersedes: str | None = None) -> tuple[Entry, bytes]:
    data = {"effective": "2026-01-01", "hourly": hourly, "currency": "EUR"}
    body = make_body("policy.floor", data, key.public, str(uuid.uuid4()), supersedes)
    return parse_entry(body), key.sign(body)


def fx_policy(key: SigningKey, supersedes: str | None = None) -> tuple[Entry, bytes]:
    data = {"effective": "2026-01-01", "base": "EUR", "rates": {"USD": "1.0800"}}
    body = make_body("policy.fx", data, key.public, str(uuid.uuid4()), supersedes)
    return parse_entry(body), key.sign(body)


def statuses(results: list[AppendResult]) -> list[str]:
    return [r.status for r in results]


def all_leaves(store: LedgerStore) -> list[bytes]:
    rows = store.database.fetchall("SELECT body FROM entries ORDER BY seq")
    return [merkle.leaf_hash(r[0]) for r in rows]


def signer_for(key: SigningKey) -> Any:
    return lambda cp: sign_checkpoint(cp, key)


# -- appending and reading -----------------------------------------------------------------------------------


def test_append_and_read_back(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    items = [stats(key, date(2026, 11, d)) for d in (18, 19, 20)]

    results = store.append(items, member)

    assert results == [AppendResult(e.entry_id, "accepted", None, i) for i, (e, _) in enumerate(items)]
    assert store.size() == 3
    stored = store.entries_by_signer(member.key_id, 0, 3)
    assert [(s.leaf_index, s.body, s.signature) for s in stored] == [
        (i, e.body, sig) for i, (e, sig) in enumerate(items)
    ]
    assert all(type(s.body) is bytes and type(s.signature) is bytes for s in stored)
    assert [s.leaf_index for s in store.entries_by_signer(member.key_id, 1, 2)] == [1]
    assert store.entries_by_signer("0000000000000000", 0, 3) == []


def test_entries_by_kinds_selects_policies_below_size(store: LedgerStore, keys: Keys) -> None:
    treasurer = store.member_by_key(keys.treasurer.public)
    assert treasurer is not None and treasurer.role == "treasurer"
    member_key = SigningKey.generate()
    store.append([stats(member_key)], enrol(store, member_key))
    store.append([floor_policy(keys.treasurer), fx_policy(keys.treasurer)], treasurer)

    assert [s.leaf_index for s in store.entries_by_kinds(("policy.",), 3)] == [1, 2]
    assert [s.leaf_index for s in store.entries_by_kinds(("policy.",), 2)] == [1]
    assert [s.leaf_index for s in store.entries_by_kinds(("policy.fx",), 3)] == [2]
    assert store.entries_by_kinds(("release.",), 3) == []


def test_sequence_is_dense_and_roots_match_the_rfc_tree(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    # Batch sizes crossing power-of-two boundaries in every way (1, 2, 3 leaves past 2^k, ...).
    for count in (1, 1, 2, 3, 1, 8, 5, 11, 1, 16, 4):
        start = store.size()
        results = store.append([stats(key, active_s=start + i) for i in range(count)], member)
        assert [r.leaf_index for r in results] == list(range(start, start + count))
    leaves = all_leaves(store)
    assert len(leaves) == store.size() == 53
    seqs = [r[0] for r in store.database.fetchall("SELECT seq FROM entries ORDER BY seq")]
    assert seqs == list(range(53))
    for size in range(54):
        assert store.root(size) == merkle.root_of_leaves(leaves[:size]), size
    assert store.verify_integrity() == []


def test_inclusion_and_consistency_proofs_verify(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    store.append([stats(key, active_s=i) for i in range(21)], member)
    leaves = all_leaves(store)
    for size in (1, 2, 3, 7, 8, 13, 16, 21):
        root = store.root(size)
        proofs = store.inclusion_many(range(size), size)
        for index in range(size):
            assert proofs[index] == store.inclusion(index, size)
            assert merkle.verify_inclusion(leaves[index], index, size, proofs[index], root)
        if size > 1:  # in a one-leaf tree, leaf 0 at index size - 1 is the right leaf, rightly verified
            assert not merkle.verify_inclusion(leaves[0], size - 1, size, proofs[-1], root)
        for old in range(size + 1):
            proof = store.consistency(old, size)
            assert merkle.verify_consistency(old, size, store.root(old), root, proof), (old, size)
    with pytest.raises(ValueError, match="size: 22 is not a tree size"):
        store.inclusion(0, 22)
    with pytest.raises(ValueError, match="new: 30 is not a tree size"):
        store.consistency(3, 30)


# -- idempotency and rejection -------------------------------------------------------------------------------


def test_the_same_entries_sent_many_times_are_stored_once(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    batch = [stats(key, date(2026, 11, d)) for d in (1, 2, 3)]
    first = store.append(batch, member)

    for _ in range(5):
        again = store.append(batch, member)
        assert again == [AppendResult(r.entry_id, "duplicate", None, r.leaf_index) for r in first]
    # A batch repeating an entry of itself, and mixing old and new ones.
    new = stats(key, date(2026, 11, 4))
    mixed = store.append([new, batch[1], new], member)

    assert statuses(mixed) == ["accepted", "duplicate", "duplicate"]
    assert [r.leaf_index for r in mixed] == [3, 1, 3]
    assert store.size() == 4
    assert store.verify_integrity() == []


def test_an_entry_id_reused_for_other_content_is_rejected(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    original = stats(key, active_s=100)
    store.append([original], member)
    forged = stats(key, active_s=999, entry_id=original[0].entry_id)

    results = store.append([forged, stats(key, date(2026, 11, 1))], member)

    assert results[0] == AppendResult(
        original[0].entry_id, "rejected", "entry id already used for different content", None
    )
    assert results[1].status == "accepted" and results[1].leaf_index == 1
    assert store.entries_by_signer(member.key_id, 0, 2)[0].body == original[0].body


def test_append_refuses_entries_of_another_signer(store: LedgerStore) -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    member = enrol(store, key)
    with pytest.raises(ValueError, match="signer is not the key"):
        store.append([stats(other)], member)
    assert store.size() == 0


# -- supersedes and projections ------------------------------------------------------------------------------


def _day_rows(store: LedgerStore) -> list[tuple[Any, ...]]:
    return store.database.fetchall(
        "SELECT member, day, platform, task_kind, seq, active_s, unpaid_s, tasks_done, rejections, earn_currency, "
        "earn_micros FROM stat_days ORDER BY day, platform"
    )


def _earning_rows(store: LedgerStore) -> list[tuple[Any, ...]]:
    return store.database.fetchall(
        "SELECT member, day, platform, currency, micros FROM stat_earnings ORDER BY day, platform, currency"
    )


def test_supersedes_replaces_the_projection(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    first = stats(key, active_s=3600, earnings={"EUR": Decimal("10"), "USD": Decimal("1.5")})
    store.append([first], member)
    # Two currencies: the day row carries the marker (no currency, micros NULL), the amounts are stat_earnings.
    day = (member.key_id, "2026-11-20", "label-studio", "choices")
    assert _day_rows(store) == [(*day, 0, 3600, 600, 10, 1, None, None)]
    assert _earning_rows(store) == [
        (member.key_id, "2026-11-20", "label-studio", "EUR", 10_000_000),
        (member.key_id, "2026-11-20", "label-studio", "USD", 1_500_000),
    ]

    correction = stats(key, active_s=7200, earnings={"EUR": Decimal("20.000001")}, supersedes=first[0].entry_id)
    assert statuses(store.append([correction], member)) == ["accepted"]

    # One currency: on the day row, and the two stat_earnings rows are gone.
    assert _day_rows(store) == [(*day, 1, 7200, 600, 10, 1, "EUR", 20_000_001)]
    assert _earning_rows(store) == []

    back = stats(key, earnings={"EUR": Decimal("1"), "GBP": Decimal("2")}, supersedes=correction[0].entry_id)
    nothing = stats(key, date(2026, 11, 21), earnings={})
    store.append([back, nothing], member)
    assert _day_rows(store) == [
        (*day, 2, 3600, 600, 10, 1, None, None),
        (member.key_id, "2026-11-21", "label-studio", "choices", 3, 3600, 600, 10, 1, None, 0),
    ]
    assert [r[3:] for r in _earning_rows(store)] == [("EUR", 1_000_000), ("GBP", 2_000_000)]
    assert store.verify_integrity() == []


def test_a_correction_to_another_day_moves_the_row(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    wrong_day = stats(key, date(2026, 11, 19))
    keep = stats(key, date(2026, 11, 18), platform="file")
    # The entry and its correction in one batch, and again across batches.
    fixed = stats(key, date(2026, 11, 20), supersedes=wrong_day[0].entry_id)
    store.append([keep, wrong_day, fixed], member)
    assert [(r[1], r[4]) for r in _day_rows(store)] == [("2026-11-18", 0), ("2026-11-20", 2)]
    moved = stats(key, date(2026, 11, 17), supersedes=fixed[0].entry_id)
    store.append([moved], member)

    assert [(r[1], r[4], r[9], r[10]) for r in _day_rows(store)] == [
        ("2026-11-17", 3, "EUR", 12_340_000),
        ("2026-11-18", 0, "EUR", 12_340_000),
    ]


def test_without_supersedes_the_later_entry_wins(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    store.append([stats(key, active_s=100), stats(key, active_s=200)], member)
    store.append([stats(key, active_s=300)], member)
    assert [(r[4], r[5]) for r in _day_rows(store)] == [(2, 300)]


def test_supersedes_must_name_an_earlier_entry_of_the_same_signer_and_kind(store: LedgerStore, keys: Keys) -> None:
    key, other_key = SigningKey.generate(), SigningKey.generate()
    member, other = enrol(store, key), enrol(store, other_key)
    treasurer = store.member_by_key(keys.treasurer.public)
    assert treasurer is not None
    others_entry = stats(other_key)
    store.append([others_entry], other)
    floor = floor_policy(keys.treasurer)
    store.append([floor], treasurer)

    unknown = stats(key, supersedes=str(uuid.uuid4()))
    foreign = stats(key, supersedes=others_entry[0].entry_id)
    results = store.append([unknown, foreign], member)
    wrong_kind = store.append([fx_policy(keys.treasurer, supersedes=floor[0].entry_id)], treasurer)
    right_kind = store.append([floor_policy(keys.treasurer, "13.00", supersedes=floor[0].entry_id)], treasurer)

    assert statuses(results) == ["rejected", "rejected"]
    assert all(r.reason is not None and r.reason.startswith("supersedes: no earlier stats.day") for r in results)
    assert statuses(wrong_kind) == ["rejected"]
    assert statuses(right_kind) == ["accepted"]
    assert store.size() == 3


def test_rebuilt_projections_equal_the_incremental_ones(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    a = stats(key, date(2026, 11, 1))
    b = stats(key, date(2026, 11, 2), earnings={"GBP": Decimal("3")})
    c = stats(key, date(2026, 11, 4), earnings={"GBP": Decimal("3"), "EUR": Decimal("1")})
    store.append([a, b, c], member)
    store.append([stats(key, date(2026, 11, 3), supersedes=a[0].entry_id)], member)
    store.append([stats(key, date(2026, 11, 2), active_s=1, supersedes=b[0].entry_id)], member)
    days, earnings = _day_rows(store), _earning_rows(store)

    store.rebuild_projections()

    assert (_day_rows(store), _earning_rows(store)) == (days, earnings)
    assert [r[1] for r in days] == ["2026-11-02", "2026-11-03", "2026-11-04"]
    assert [(r[1], r[3]) for r in earnings] == [("2026-11-04", "EUR"), ("2026-11-04", "GBP")]


# -- idempotency records -------------------------------------------------------------------------------------


def test_a_batch_record_is_stored_with_its_entries_and_a_replay_appends_nothing(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)
    record = BatchRecord("k-1", member.key_id, "sha-1", lambda results: f"{len(results)} results")

    store.append([stats(key)], member, batch=record)
    with pytest.raises(BatchExists) as caught:
        store.append([stats(key)], member, batch=record)

    assert (caught.value.key_id, caught.value.request_sha256, caught.value.response) == (
        member.key_id,
        "sha-1",
        "1 results",
    )
    assert store.batch_response("k-1") == (member.key_id, "sha-1", "1 results")
    assert store.batch_response("k-2") is None
    assert store.size() == 1
    assert store.save_batch("k-2", member.key_id, "sha-2", "{}") is True
    assert store.save_batch("k-2", member.key_id, "sha-other", "{}") is False
    assert store.batch_response("k-2") == (member.key_id, "sha-2", "{}")


def test_a_failed_response_rolls_the_whole_append_back(store: LedgerStore) -> None:
    key = SigningKey.generate()
    member = enrol(store, key)

    def broken(results: list[AppendResult]) -> str:
        raise RuntimeError("response could not be built")

    with pytest.raises(RuntimeError, match="could not be built"):
        store.append([stats(key)], member, batch=BatchRecord("k", member.key_id, "sha", broken))
    assert store.size() == 0
    assert store.database.fetchall("SELECT * FROM merkle_nodes") == []
    assert _day_rows(store) == []


# -- append-only ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE entries SET kind = 'x'",
        "DELETE FROM entries",
        "UPDATE merkle_nodes SET hash = hash",
        "DELETE FROM merkle_nodes WHERE level = 0",
        "UPDATE checkpoints SET note = 'forged'",
        "DELETE FROM checkpoints",
    ],
)
def test_updates_and_deletes_of_the_log_are_refused(store: LedgerStore, keys: Keys, sql: str) -> None:
    key = SigningKey.generate()
    store.append([stats(key), stats(key)], enrol(store, key))
    store.latest_checkpoint(signer_for(keys.log))
    before = store.database.fetchall("SELECT seq, body FROM entries ORDER BY seq")

    with pytest.raises(DatabaseError, match="ledger is append-only"):
        store.database.execute(sql)

    assert store.database.fetchall("SELECT seq, body FROM entries ORDER BY seq") == before
    assert store.verify_integrity() == []


def test_truncate_is_refused_on_postgresql(postgres_url: str, keys: Keys) -> None:
    # SQLite has no TRUNCATE (its DELETE is covered above); PostgreSQL's row triggers would miss it.
    store = LedgerStore.open(postgres_url)
    try:
        store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
        key = SigningKey.generate()
        store.append([stats(key)], enrol(store, key))
        for table in ("entries", "merkle_nodes", "checkpoints"):
            with pytest.raises(DatabaseError, match="ledger is append-only: TRUNCATE"):
                store.database.execute(f"TRUNCATE {table}")
        assert store.size() == 1
    finally:
        store.close()


def test_verify_integrity_finds_a_body_changed_behind_the_triggers(store: LedgerStore) -> None:
    key = SigningKey.generate()
    store.append([stats(key, active_s=i) for i in range(5)], enrol(store, key))
    assert store.verify_integrity() == []
    forged = stats(key, active_s=99999 % 86400)[0].body
    # What a superuser can do: drop the trigger and rewrite a row.
    if store.database.engine == "sqlite":
        store.database.execute("DROP TRIGGER entries_no_update")
    else:
        store.database.execute("DROP TRIGGER entries_append_only ON entries")
    store.database.execute("UPDATE entries SET body = ? WHERE seq = 2", (forged,))

    problems = store.verify_integrity()

    guard = "entries_no_update" if store.database.engine == "sqlite" else "entries_append_only"
    assert f"append-only trigger {guard} is missing or disabled" in problems
    assert "entries seq 2: leaf_hash does not match the body (the body or hash was changed)" in problems
    assert "entries seq 2: entry_hash is not sha256(prev_hash ‖ body)" in problems
    assert "entries seq 2: entry_id, kind or signer_key_id columns do not match the body" in problems
    assert "entries seq 2: the signature does not verify" in problems


def test_verify_integrity_finds_a_forged_node_and_checkpoint(store: LedgerStore, keys: Keys) -> None:
    key = SigningKey.generate()
    store.append([stats(key, active_s=i) for i in range(6)], enrol(store, key))
    store.checkpoint_note(4, signer_for(keys.log))
    triggers = (
        ["merkle_nodes_no_update", "checkpoints_no_update"]
        if store.database.engine == "sqlite"
        else ["merkle_nodes_append_only ON merkle_nodes", "checkpoints_append_only ON checkpoints"]
    )
    for trigger in triggers:
        store.database.execute(f"DROP TRIGGER {trigger}")
    store.database.execute("UPDATE merkle_nodes SET hash = ? WHERE level = 1 AND idx = 2", (bytes(32),))
    other = sign_checkpoint(Checkpoint(ORIGIN, 4, bytes(32)), SigningKey.generate())
    store.database.execute("UPDATE checkpoints SET note = ? WHERE size = 4", (other,))

    problems = store.verify_integrity()

    assert "merkle_nodes (1, 2): not the hash of its two children" in problems
    assert "merkle_nodes (2, 1): not the hash of its two children" not in problems  # (2, 1) needs 8 leaves
    assert f"checkpoints size 4: note: no signature by the log key of {ORIGIN!r}" in problems


def test_the_audit_recomputes_the_projections_from_the_log(store: LedgerStore) -> None:
    """stat_days and stat_earnings are ordinary tables (corrections replace rows) and releases are computed
    from them: multiplying active_s by 10, changing earnings or inventing a row is named by the audit."""
    key = SigningKey.generate()
    member = enrol(store, key)
    first = stats(key, date(2026, 11, 1))
    store.append([first, stats(key, date(2026, 11, 2), earnings={"GBP": Decimal("3")})], member)
    store.append([stats(key, date(2026, 11, 3), supersedes=first[0].entry_id)], member)
    store.append([stats(key, date(2026, 11, 4), earnings={"GBP": Decimal("3"), "EUR": Decimal("1")})], member)
    store.append([stats(key, date(2026, 11, 5), earnings={"GBP": Decimal("3")})], member)
    assert store.verify_integrity() == []
    kid, db = member.key_id, store.database

    assert db.execute("UPDATE stat_days SET active_s = active_s * 10 WHERE day = '2026-11-02'") == 1
    # The day's earnings on its row (one currency), the amount and the currency; and a stat_earnings row.
    assert db.execute("UPDATE stat_days SET earn_micros = 1 WHERE day = '2026-11-03'") == 1
    assert db.execute("UPDATE stat_days SET earn_currency = 'EUR' WHERE day = '2026-11-05'") == 1
    assert db.execute("UPDATE stat_earnings SET micros = 7 WHERE day = '2026-11-04' AND currency = 'EUR'") == 1
    db.execute(
        "INSERT INTO stat_days (member, day, platform, task_kind, seq, active_s, unpaid_s, tasks_done, rejections) "
        "VALUES (?, '2026-11-01', 'label-studio', 'choices', 0, 3600, 600, 10, 1)",
        (kid,),
    )
    problems = store.verify_integrity()

    assert problems == [
        f"stat_days ({kid}, 2026-11-01, label-studio, choices): no entry in the log gives this row",
        f"stat_days ({kid}, 2026-11-02, label-studio, choices): active_s is 36000, the log (entry seq 1) says 3600",
        f"stat_days ({kid}, 2026-11-03, label-studio, choices): earn_micros is 1, the log (entry seq 2) says 12340000",
        f"stat_days ({kid}, 2026-11-05, label-studio, choices): earn_currency is EUR, the log (entry seq 4) says GBP",
        f"stat_earnings ({kid}, 2026-11-04, label-studio, choices): micros EUR 7, GBP 3000000 in the table, "
        "the log says EUR 1000000, GBP 3000000",
    ]
    store.rebuild_projections()
    assert store.verify_integrity() == []


def test_the_projection_of_the_log_leaves_forged_entries_out(store: LedgerStore) -> None:
    """An entry appended with a signature that does not verify (the store trusts its caller; the operator can
    call it) is in the projections the append wrote; the audit names both the signature and its row."""
    key = SigningKey.generate()
    member = enrol(store, key)
    entry, _ = stats(key, date(2026, 11, 9), active_s=36_000)
    store.append([(entry, bytes(64))], member)

    problems = store.verify_integrity()

    assert problems == [
        "entries seq 0: the signature does not verify",
        f"stat_days ({member.key_id}, 2026-11-09, label-studio, choices): no entry in the log gives this row",
    ]
    store.rebuild_projections()
    assert _day_rows(store) == []


# -- checkpoints ---------------------------------------------------------------------------------------------


def test_checkpoints_are_signed_once_and_stored(store: LedgerStore, keys: Keys) -> None:
    key = SigningKey.generate()
    store.append([stats(key, active_s=i) for i in range(3)], enrol(store, key))
    calls: list[Checkpoint] = []

    def signer(cp: Checkpoint) -> str:
        calls.append(cp)
        return sign_checkpoint(cp, keys.log)

    note = store.latest_checkpoint(signer)
    assert store.latest_checkpoint(signer) == note
    assert store.checkpoint_note(3, signer) == note
    assert len(calls) == 1
    cp = open_checkpoint(note, ORIGIN, keys.log.public)
    assert (cp.size, cp.root) == (3, store.root(3))
    empty = open_checkpoint(store.checkpoint_note(0, signer), ORIGIN, keys.log.public)
    assert empty.root == merkle.EMPTY_ROOT
    with pytest.raises(ValueError, match="size: 4 is not a tree size"):
        store.checkpoint_note(4, signer)


# -- identity and invites ------------------------------------------------------------------------------------


def test_init_is_idempotent_and_refuses_other_keys(ledger_url: str, keys: Keys) -> None:
    store = LedgerStore.open(ledger_url)
    try:
        store.init(ORIGIN, keys.log.public, None, today=TODAY)
        assert store.info().treasurer_public is None
        store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
        store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
        store.init(ORIGIN, keys.log.public, None, today=TODAY)  # None keeps the treasurer
        with pytest.raises(LedgerConfigError, match="treasurer key: this ledger was created with treasurer_key"):
            store.init(ORIGIN, keys.log.public, SigningKey.generate().public, today=TODAY)
        with pytest.raises(LedgerConfigError, match="--log-key: this ledger was created with log_key"):
            store.init(ORIGIN, SigningKey.generate().public, keys.treasurer.public, today=TODAY)
        with pytest.raises(LedgerConfigError, match="--origin"):
            store.init("elsewhere.example/x", keys.log.public, keys.treasurer.public, today=TODAY)
        with pytest.raises(LedgerConfigError, match="must differ from the log key"):
            store.init(ORIGIN, keys.log.public, keys.log.public, today=TODAY)
    finally:
        store.close()
    reopened = LedgerStore.open(ledger_url)
    try:
        assert reopened.info() == type(reopened.info())(ORIGIN, keys.log.public, keys.treasurer.public)
        log = reopened.member_by_key(keys.log.public)
        treasurer = reopened.member_by_key(keys.treasurer.public)
        assert log == Member(key_id(keys.log.public), keys.log.public, f"log-{key_id(keys.log.public)}", "log")
        assert treasurer is not None and treasurer.pseudonym == f"t-{treasurer.key_id}"
        assert reopened.member_by_key(SigningKey.generate().public) is None
    finally:
        reopened.close()


def test_invites_are_one_time(store: LedgerStore) -> None:
    store.create_invites(3, date(2026, 12, 1), ["tok-a", "tok-b", "tok-c"])
    key = SigningKey.generate()

    member = store.redeem_invite("tok-a", key.public, TODAY)

    assert member == Member(key_id(key.public), key.public, f"m-{key_id(key.public)}", "member")
    assert store.member_by_key(key.public) == member
    with pytest.raises(InviteError, match=r"^invite already used$"):
        store.redeem_invite("tok-a", SigningKey.generate().public, TODAY)
    with pytest.raises(InviteError, match=r"^unknown invite$"):
        store.redeem_invite("tok-z", SigningKey.generate().public, TODAY)
    with pytest.raises(InviteError, match=r"^invite expired on 2026-12-01$"):
        store.redeem_invite("tok-b", SigningKey.generate().public, date(2026, 12, 2))
    with pytest.raises(InviteError, match="already enrolled"):
        store.redeem_invite("tok-c", key.public, TODAY)
    # The refused attempts used nothing up: tok-b is still good on its last day, tok-c too.
    store.redeem_invite("tok-b", SigningKey.generate().public, date(2026, 12, 1))
    store.redeem_invite("tok-c", SigningKey.generate().public, TODAY)
    tokens = store.database.fetchall("SELECT token_sha256 FROM invites")
    assert all(len(t[0]) == 64 and not t[0].startswith("tok") for t in tokens)


def test_one_invite_redeemed_concurrently_enrols_one_key(store: LedgerStore) -> None:
    store.create_invites(1, date(2026, 12, 1), ["shared"])
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def redeem() -> None:
        barrier.wait()
        try:
            store.redeem_invite("shared", SigningKey.generate().public, TODAY)
            outcomes.append("enrolled")
        except InviteError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=redeem) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["enrolled"] + ["invite already used"] * 3
    assert store.database.fetchone("SELECT COUNT(*) FROM members WHERE role = 'member'") == (1,)


# -- concurrency ---------------------------------------------------------------------------------------------


def _append_from_threads(url: str, threads: int, batches: int, per_batch: int) -> None:
    stores = [LedgerStore.open(url, max_connections=2) for _ in range(2)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads)

    def work(n: int) -> None:
        key = SigningKey.generate()
        member = Member(key_id(key.public), key.public, f"m-{key_id(key.public)}", "member")
        target = stores[n % 2]
        barrier.wait()
        try:
            for b in range(batches):
                items = [stats(key, active_s=b * per_batch + i) for i in range(per_batch)]
                assert statuses(target.append(items, member)) == ["accepted"] * per_batch
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    try:
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    finally:
        for s in stores:
            s.close()
    assert errors == []


_WORKER = textwrap.dedent(
    """
    import sys, uuid, datetime
    from decimal import Decimal
    from coopclient.protocol.entries import make_body, parse_entry, stats_data
    from coopclient.protocol.signing import SigningKey, key_id
    from coopclient.server.store import LedgerStore, Member
    url, batches, per_batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    key = SigningKey.generate()
    member = Member(key_id(key.public), key.public, "m-" + key_id(key.public), "member")
    store = LedgerStore.open(url)
    sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()
    for b in range(batches):
        items = []
        for i in range(per_batch):
            data = stats_data(datetime.date(2026, 11, 20), "file", "other", b * per_batch + i, {}, 1, 0,
                              {"EUR": Decimal("1")})
            body = make_body("stats.day", data, key.public, str(uuid.uuid4()))
            items.append((parse_entry(body), key.sign(body)))
        assert [r.status for r in store.append(items, member)] == ["accepted"] * per_batch
    store.close()
    """
)


def test_concurrent_appends_keep_a_dense_sequence_and_a_valid_tree(store: LedgerStore, ledger_url: str) -> None:
    # Two processes (each its own connections) and four threads over two more stores, all at once.
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, ledger_url, "10", "5"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline() == "ready\n"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        _append_from_threads(ledger_url, threads=4, batches=15, per_batch=4)
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.communicate()

    total = 2 * 10 * 5 + 4 * 15 * 4
    assert store.size() == total
    seqs = [r[0] for r in store.database.fetchall("SELECT seq FROM entries ORDER BY seq")]
    assert seqs == list(range(total))
    assert store.root(total) == merkle.root_of_leaves(all_leaves(store))
    assert store.verify_integrity() == []


# -- schema and urls -----------------------------------------------------------------------------------------


def test_a_newer_schema_is_refused(ledger_url: str) -> None:
    LedgerStore.open(ledger_url).close()
    db = connect(ledger_url)
    try:
        db.execute("UPDATE ledger_meta SET value = '99' WHERE key = 'schema_version'")
    finally:
        db.close()
    with pytest.raises(SchemaError, match=f"schema version 99 is newer than this server's {SCHEMA_VERSION}"):
        LedgerStore.open(ledger_url)


def _back_to_version_4(url: str) -> None:
    """Turn a current database into what version 4 had: every entry in the kind index."""
    db = connect(url)
    try:
        with db.transaction():
            db.execute("DROP INDEX entries_by_kind")
            db.execute("CREATE INDEX entries_by_kind ON entries (kind, seq)")
            db.execute("UPDATE ledger_meta SET value = '4' WHERE key = 'schema_version'")
    finally:
        db.close()


def _back_to_version_3(url: str) -> None:
    """Turn a current database into what version 3 had: no member-month sums."""
    _back_to_version_4(url)
    db = connect(url)
    try:
        with db.transaction():
            db.execute("DROP TABLE stat_member_months")
            db.execute("DROP TABLE stat_month_policy")
            db.execute("UPDATE ledger_meta SET value = '3' WHERE key = 'schema_version'")
    finally:
        db.close()


def _back_to_version_2(url: str) -> None:
    """Turn a current database into what version 2 had: no earnings on the day rows, every day's earnings
    (one currency or several) in stat_earnings, the version 1 index."""
    _back_to_version_3(url)
    db = connect(url)
    try:
        with db.transaction():
            db.execute(
                "INSERT INTO stat_earnings (member, day, platform, task_kind, currency, micros) "
                "SELECT member, day, platform, task_kind, earn_currency, earn_micros FROM stat_days "
                "WHERE earn_currency IS NOT NULL"
            )
            db.execute("DROP INDEX stat_days_in_currencies")
            db.execute("DROP INDEX stat_days_by_day")
            db.execute("ALTER TABLE stat_days DROP COLUMN earn_currency")
            db.execute("ALTER TABLE stat_days DROP COLUMN earn_micros")
            db.execute(
                "CREATE INDEX stat_days_by_day ON stat_days "
                "(day, member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections)"
            )
            db.execute("UPDATE ledger_meta SET value = '2' WHERE key = 'schema_version'")
    finally:
        db.close()


def test_a_version_2_ledger_gets_each_days_earnings_on_its_row(ledger_url: str, keys: Keys) -> None:
    store = LedgerStore.open(ledger_url)
    store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    key = SigningKey.generate()
    member = enrol(store, key)
    store.append(
        [
            stats(key, date(2026, 11, 1)),
            stats(key, date(2026, 11, 2), earnings={"EUR": Decimal("1"), "USD": Decimal("2.5")}),
            stats(key, date(2026, 11, 3), earnings={}),
            stats(key, date(2026, 11, 4), earnings={"GBP": Decimal("0")}),
        ],
        member,
    )
    days, earnings = _day_rows(store), _earning_rows(store)
    store.close()
    _back_to_version_2(ledger_url)
    db = connect(ledger_url)
    try:
        assert len(db.fetchall("SELECT day FROM stat_earnings")) == 4  # rows for the migration to move
    finally:
        db.close()

    store = LedgerStore.open(ledger_url)
    try:
        assert stored_version(store.database) == SCHEMA_VERSION == 5
        assert (_day_rows(store), _earning_rows(store)) == (days, earnings)
        assert [r[9:] for r in days] == [("EUR", 12_340_000), (None, None), (None, 0), ("GBP", 0)]
        assert [r[1] for r in earnings] == ["2026-11-02", "2026-11-02"]
        assert store.verify_integrity() == []
    finally:
        store.close()


def _month_sums(store: LedgerStore) -> tuple[list[Any], list[Any]]:
    db = store.database
    return (
        db.fetchall("SELECT * FROM stat_month_policy ORDER BY month"),
        db.fetchall("SELECT * FROM stat_member_months ORDER BY member, month, platform, task_kind"),
    )


def test_a_version_3_ledger_gets_its_member_month_sums(ledger_url: str, keys: Keys) -> None:
    store = LedgerStore.open(ledger_url)
    store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    treasurer = store.member_by_key(keys.treasurer.public)
    assert treasurer is not None
    key = SigningKey.generate()
    member = enrol(store, key)
    store.append([floor_policy(keys.treasurer), fx_policy(keys.treasurer)], treasurer)
    store.append(
        [
            stats(key, date(2026, 10, 31)),
            stats(key, date(2026, 11, 1)),
            stats(key, date(2026, 11, 2), earnings={"EUR": Decimal("1"), "USD": Decimal("2.5")}),
            stats(key, date(2026, 11, 3), platform="doccano", earnings={}),
        ],
        member,
    )
    sums = _month_sums(store)
    store.close()
    _back_to_version_3(ledger_url)

    store = LedgerStore.open(ledger_url)
    try:
        assert stored_version(store.database) == SCHEMA_VERSION == 5
        assert _month_sums(store) == sums
        assert [r[0] for r in sums[0]] == ["2026-10", "2026-11"]
        assert [(r[1], r[2], r[4]) for r in sums[1]] == [
            ("2026-10", "label-studio", 3600),
            ("2026-11", "doccano", 3600),
            ("2026-11", "label-studio", 7200),
        ]
        assert store.verify_integrity() == []
    finally:
        store.close()


def _kind_index_is_partial(store: LedgerStore) -> bool:
    if store.database.engine == "sqlite":
        row = store.database.fetchone("SELECT sql FROM sqlite_master WHERE name = 'entries_by_kind'")
    else:
        row = store.database.fetchone("SELECT indexdef FROM pg_indexes WHERE indexname = 'entries_by_kind'")
    assert row is not None
    return "WHERE" in str(row[0]).upper() and "stats.day" in str(row[0])


def _release_of(store: LedgerStore, month: str) -> dict[str, Any]:
    # Under the log's own policy, so the release reads the member-month sums (kept under that policy).
    policy = policy_from_entries(
        [parse_entry(s.body) for s in store.entries_by_kinds(["policy."], store.size())], month
    )
    settings = ReleaseSettings(min_count=0, min_count_wage=0, wage_miss_probability=None)
    return compute_release(store.database, month, policy, settings, noise=FakeNoise(), salt=b"s" * 32)


def test_a_version_4_ledger_keeps_its_tree_and_releases_with_the_partial_kind_index(
    ledger_url: str, keys: Keys
) -> None:
    store = LedgerStore.open(ledger_url)
    store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    treasurer = store.member_by_key(keys.treasurer.public)
    assert treasurer is not None
    store.append([floor_policy(keys.treasurer), fx_policy(keys.treasurer)], treasurer)
    key = SigningKey.generate()
    member = enrol(store, key)
    days = [date(2026, 10, 30) + timedelta(days=i) for i in range(5)]
    store.append(
        [stats(key, d, active_s=600 * (i + 1), earnings={"EUR": Decimal(i)}) for i, d in enumerate(days)], member
    )
    store.checkpoint_note(5, signer_for(keys.log))
    size = store.size()
    tree = (store.root(size), store.inclusion_many(range(size), size), store.consistency(3, size))
    releases = [_release_of(store, month) for month in ("2026-10", "2026-11")]
    store.close()
    _back_to_version_4(ledger_url)

    store = LedgerStore.open(ledger_url)
    try:
        assert stored_version(store.database) == SCHEMA_VERSION == 5
        assert _kind_index_is_partial(store)
        assert (store.root(size), store.inclusion_many(range(size), size), store.consistency(3, size)) == tree
        assert [_release_of(store, month) for month in ("2026-10", "2026-11")] == releases
        assert store.verify_integrity() == []
    finally:
        store.close()


def test_a_version_1_ledger_is_migrated_and_keeps_its_entries(ledger_url: str, keys: Keys) -> None:
    store = LedgerStore.open(ledger_url)
    store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    key = SigningKey.generate()
    store.append([stats(key)], enrol(store, key))
    store.close()
    _back_to_version_2(ledger_url)
    db = connect(ledger_url)  # back to what version 1 had
    try:
        db.execute("DROP TABLE nonces")
        db.execute("DROP TABLE rate_buckets")
        db.execute("UPDATE ledger_meta SET value = '1' WHERE key = 'schema_version'")
    finally:
        db.close()

    store = LedgerStore.open(ledger_url)
    try:
        assert stored_version(store.database) == SCHEMA_VERSION
        assert store.database.fetchall("SELECT day, digest FROM nonces") == []
        assert store.database.fetchall("SELECT name FROM rate_buckets") == []
        assert store.size() == 1 and store.verify_integrity() == []
        assert store.database.fetchall("SELECT earn_currency, earn_micros FROM stat_days") == [("EUR", 12_340_000)]
    finally:
        store.close()


def test_opening_twice_keeps_the_data(ledger_url: str, keys: Keys) -> None:
    first = LedgerStore.open(ledger_url)
    first.init(ORIGIN, keys.log.public, None, today=TODAY)
    second = LedgerStore.open(ledger_url)
    try:
        assert second.info().origin == ORIGIN
    finally:
        first.close()
        second.close()


def test_nested_blocks_join_and_a_write_inside_a_snapshot_is_refused(ledger_url: str) -> None:
    store = LedgerStore.open(ledger_url)
    db = store.database
    try:
        with db.transaction(append_lock=True), db.transaction():
            db.execute("INSERT INTO ledger_meta (key, value) VALUES ('a', '1')")

        def insert_then_fail() -> None:
            with db.transaction():
                db.execute("INSERT INTO ledger_meta (key, value) VALUES ('b', '1')")
                raise RuntimeError("rolled back inside")

        with pytest.raises(RuntimeError, match="inside"):
            insert_then_fail()
        with pytest.raises(DatabaseError, match="read-only snapshot"), db.snapshot(), db.transaction():
            pass
        assert db.fetchall("SELECT key FROM ledger_meta WHERE key IN ('a', 'b')") == [("a",)]
        assert db.fetchone("SELECT value FROM ledger_meta WHERE key = ?", ("percent%?",)) is None
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (":memory:", "in-memory SQLite database cannot be shared"),
        ("sqlite:/x", "sqlite:///relative or sqlite:////absolute"),
        ("mysql://host/db", "expected a SQLite path"),
    ],
)
def test_bad_database_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        connect(url)


def test_sqlite_urls_and_file_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for url, path in (("sqlite:///rel.db", tmp_path / "rel.db"), (f"sqlite:///{tmp_path}/abs.db", tmp_path / "abs.db")):
        LedgerStore.open(url).close()
        assert path.exists() and path.stat().st_mode & 0o777 == 0o600
    db = connect(str(tmp_path / "abs.db"))
    try:
        assert db.fetchone("PRAGMA journal_mode") == ("wal",)
        assert db.fetchone("PRAGMA synchronous") == (2,)  # FULL
    finally:
        db.close()


# -- benchmark -----------------------------------------------------------------------------------------------


def _bench_entry(key: SigningKey, n: int, workload: str) -> tuple[Entry, bytes]:
    if workload == "one day":  # every entry for the same day and cell: one projection row per batch
        return stats(key, active_s=n % 86400)
    # As a member's backlog is: each entry a day and platform of its own, so each writes its projection row.
    return stats(key, date(2024, 1, 1) + timedelta(days=n // 10), platform=PLATFORM_TYPES[n % 10], active_s=n)


@pytest.mark.benchmark
@pytest.mark.parametrize("workload", ["one day", "distinct days"])
def test_bench_append_against_a_bare_insert_loop(store: LedgerStore, workload: str) -> None:
    """Entries/s through `append` (batches of 500: hashes, tree nodes, projections) vs bare INSERTs."""
    key = SigningKey.generate()
    member = enrol(store, key)
    batches = [[_bench_entry(key, b * 500 + i, workload) for i in range(500)] for b in range(12)]
    db = store.database
    blob = "BYTEA" if db.engine == "postgresql" else "BLOB"
    db.execute(f"CREATE TABLE bare (entry_id TEXT PRIMARY KEY, body {blob} NOT NULL, signature {blob} NOT NULL)")

    # The baseline writes the same rows the way the append writes on that engine: on PostgreSQL one COPY per
    # 500 (db.insert_many, the append's own method; a row-at-a-time loop flattered the ratio 4×), on SQLite
    # a plain INSERT loop in one transaction (sqlite3's executemany is the same loop in C). Interleaved batch
    # by batch, so both see the same machine load (on a shared machine, one after the other differed 1.5×).
    samples, bare = [], []
    for batch in batches:
        started = time.perf_counter()
        store.append(batch, member)
        samples.append(len(batch) / (time.perf_counter() - started))
        same_rows = [(e.entry_id, e.body, sig) for e, sig in batch]
        started = time.perf_counter()
        with db.transaction():
            if db.engine == "postgresql":
                db.insert_many("bare", ("entry_id", "body", "signature"), same_rows)
            else:
                for row in same_rows:
                    db.execute("INSERT INTO bare (entry_id, body, signature) VALUES (?, ?, ?)", row)
        bare.append(len(batch) / (time.perf_counter() - started))

    ours, base = sorted(samples)[len(samples) // 2], sorted(bare)[len(bare) // 2]
    method = "bare COPY" if db.engine == "postgresql" else "bare INSERT loop"
    print(
        f"\nBENCH ledger append ({db.engine}, {workload}) | median {ours:,.0f} entries/s in batches of 500 "
        f"| {method} {base:,.0f} rows/s | ratio {ours / base:.2f}"
        + (" | test cluster: fsync off" if db.engine == "postgresql" else " | WAL, synchronous=FULL"),
        flush=True,
    )
    assert store.verify_integrity() == []
    assert ours > 1000


def test_an_unreachable_server_is_named_in_the_error() -> None:
    url = f"postgresql://postgres:secret@127.0.0.1:{free_port()}/nowhere"
    with pytest.raises(DatabaseError, match=r"postgres:\*\*\*@127\.0\.0\.1:\d+/nowhere: cannot connect") as caught:
        LedgerStore.open(url)
    assert "secret" not in str(caught.value)
