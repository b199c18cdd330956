"""Tampering with the REAL server's database, and a forked history: each caught on the member's next sync.

The operator (a superuser of the database) drops the append-only triggers and then:
- changes the body of one of the member's entries;
- deletes one of the member's entries;
- rewrites the whole history with a changed entry and every hash recomputed (leaf hashes, the hash chain,
  the tree's nodes), the log key re-signing checkpoints: the database is consistent with itself, but the
  member's stored checkpoint is not on the new history.
And a fork: two copies of the database diverge after a common prefix, each member is shown one, both submit
their checkpoints to one witness: the second is refused with a 409, which the member's app reports.
Every case runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from coopclient import cli
from coopclient.app import build
from coopclient.coop.sharing import KEYRING_SERVICE, SharingService, key_account
from coopclient.core.money import Money
from coopclient.protocol.canonical import canonical
from coopclient.protocol.entries import make_body, parse_entry, stats_data
from coopclient.protocol.merkle import MemoryTree, leaf_hash
from coopclient.protocol.signing import SigningKey, b64, unb64
from coopclient.server.db import Database, connect
from coopclient.server.store import LedgerStore
from coopclient.server.store_types import ZERO_HASH
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore
from coopclient.system.clock import SystemClock
from tests.fakes import FakeClock
from tests.integration.ledger_server import (
    LedgerProcess,
    Treasurer,
    ledger_engine_url,  # noqa: F401  (fixture)
    manual,
)
from tests.server.pg import PostgresCluster

DAY = 86_400_000
REWRITTEN = "the ledger's history was rewritten"


def days_ago(days: int) -> FakeClock:
    today = int(time.time() * 1000) // DAY * DAY
    return FakeClock(today - days * DAY + 8 * 3_600_000)


@dataclass
class Member:
    services: Services
    clock: FakeClock
    keyring: MemoryStore

    @property
    def sharing(self) -> SharingService:
        return self.services.sharing

    def work_days(self, days: int, platform: str = "toloka") -> None:
        for i in range(days):
            manual(self.services, self.clock, "qualification", platform, 600 + 60 * i)
            self.clock.advance(DAY)

    def shares(self) -> list[tuple[str, int]]:
        """(day, leaf index) of the entries sent, oldest first."""
        rows = self.services.db.execute(
            "SELECT day, leaf_index FROM ledger_shares WHERE sent_ms IS NOT NULL ORDER BY leaf_index"
        ).fetchall()
        return [(d, int(i)) for d, i in rows]

    def stored_checkpoint(self) -> tuple[str, int, str]:
        note, size, root = self.services.db.execute("SELECT checkpoint, size, root FROM ledger_state").fetchone()
        return note, size, root


@pytest.fixture
def members(tmp_path: Path) -> Iterator[list[Member]]:
    made: list[Member] = []
    yield made
    for m in made:
        m.services.close()


def new_member(made: list[Member], folder: Path, clock: FakeClock, code: str) -> Member:
    keyring = MemoryStore(persistent=True)
    s = build(folder, clock=clock, credentials=keyring)
    made.append(Member(s, clock, keyring))
    s.sharing.enroll(code)
    s.sharing.consent()
    return made[-1]


@pytest.fixture
def server(ledger_engine_url: str, tmp_path: Path) -> Iterator[LedgerProcess]:  # noqa: F811
    process = LedgerProcess(ledger_engine_url, tmp_path / "server").start()
    yield process
    process.stop()


@pytest.fixture
def sharing_member(server: LedgerProcess, members: list[Member], tmp_path: Path) -> Member:
    """A member whose last four days are on the ledger, verified."""
    clock = days_ago(4)
    code = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key).invite()
    member = new_member(members, tmp_path / "member", clock, code)
    member.work_days(4)
    report = member.sharing.sync()
    assert (report.sent, report.warnings) == (4, [])
    return member


# -- the operator's tools -------------------------------------------------------------------------------------


def open_db(url: str) -> Database:
    return connect(url)


def drop_guards(db: Database) -> None:
    for table in ("entries", "merkle_nodes", "checkpoints"):
        if db.engine == "sqlite":
            db.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            db.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        else:
            db.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            db.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")


def altered(body: bytes) -> bytes:
    """The same entry with more qualification time: still a well-formed canonical entry."""
    obj = json.loads(body)
    obj["data"]["unpaid_s"]["qualification"] += 3600
    return canonical(obj)


def rewrite_history(db: Database, seq_to_change: int) -> None:
    """Replace the log with one where one entry is changed and every hash is recomputed."""
    rows = db.fetchall("SELECT seq, entry_id, kind, signer_key_id, body, signature FROM entries ORDER BY seq")
    tree, prev, new_rows = MemoryTree(), ZERO_HASH, []
    for seq, entry_id, kind, signer, body, signature in rows:
        body = altered(bytes(body)) if seq == seq_to_change else bytes(body)
        leaf = leaf_hash(body)
        entry_hash = hashlib.sha256(prev + body).digest()
        new_rows.append((seq, entry_id, kind, signer, body, bytes(signature), leaf, prev, entry_hash))
        tree.append_leaf(leaf)
        prev = entry_hash
    drop_guards(db)
    with db.transaction():
        db.execute("DELETE FROM checkpoints")  # the server signs fresh ones: the operator has the log key
        db.execute("DELETE FROM merkle_nodes")
        db.execute("DELETE FROM entries")
        db.executemany(
            "INSERT INTO entries (seq, entry_id, kind, signer_key_id, body, signature, leaf_hash, prev_hash, "
            "entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new_rows,
        )
        db.executemany(
            "INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)",
            [(level, idx, h) for (level, idx), h in tree.nodes.items()],
        )


# -- direct edits ---------------------------------------------------------------------------------------------


def test_a_changed_entry_is_detected(server: LedgerProcess, sharing_member: Member) -> None:
    day, seq = sharing_member.shares()[1]
    db = open_db(server.database)
    try:
        drop_guards(db)
        body = bytes(db.fetchone("SELECT body FROM entries WHERE seq = ?", (seq,))[0])  # type: ignore[index]
        assert db.execute("UPDATE entries SET body = ? WHERE seq = ?", (altered(body), seq)) == 1
    finally:
        db.close()
    report = sharing_member.sharing.sync()
    assert report.warnings == [f"the ledger server changed your shared figures for {day} (toloka, other)"]
    assert sharing_member.sharing.status().warning == report.warnings[0]
    assert [x.verified for x in sharing_member.sharing.shared()].count(False) == 1
    assert cli.main(["ledger", "audit", "--database", server.database]) == 2  # the server's own audit agrees


def test_a_deleted_entry_is_detected(server: LedgerProcess, sharing_member: Member) -> None:
    day, seq = sharing_member.shares()[1]
    db = open_db(server.database)
    try:
        drop_guards(db)
        assert db.execute("DELETE FROM entries WHERE seq = ?", (seq,)) == 1
    finally:
        db.close()
    report = sharing_member.sharing.sync()
    assert report.warnings == [f"your shared figures are missing from the ledger for {day} (toloka, other)"]


def test_a_rewritten_history_is_detected_and_the_checkpoint_kept(server: LedgerProcess, sharing_member: Member) -> None:
    before = sharing_member.stored_checkpoint()
    db = open_db(server.database)
    try:
        rewrite_history(db, sharing_member.shares()[0][1])
    finally:
        db.close()
    # The history goes on: the treasurer publishes, the member has a new day to share.
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    treasurer.service.publish_floor(server.url, Money(Decimal("12.50"), "EUR"), date(2026, 1, 1))
    report = sharing_member.sharing.sync()
    assert report.warnings and all(w.startswith(REWRITTEN) for w in report.warnings)
    assert report.policy_updates == 0  # nothing is taken from a ledger that failed the check
    assert sharing_member.stored_checkpoint() == before
    assert REWRITTEN in (sharing_member.sharing.status().warning or "")
    again = sharing_member.sharing.sync()  # still caught next time: the verified checkpoint was not replaced
    assert again.warnings and again.warnings[0].startswith(REWRITTEN)


def test_entries_are_not_acked_on_a_rewritten_history(server: LedgerProcess, sharing_member: Member) -> None:
    db = open_db(server.database)
    try:
        rewrite_history(db, sharing_member.shares()[0][1])
    finally:
        db.close()
    manual(sharing_member.services, sharing_member.clock, "searching", "toloka", 600)
    sharing_member.clock.advance(DAY)
    report = sharing_member.sharing.sync()
    assert report.sent == 0 and report.warnings[0].startswith(REWRITTEN)
    assert sharing_member.sharing.status().queued == 1  # kept in the outbox, not acked


def member_key(member: Member) -> SigningKey:
    """The member's signing key, as the app keeps it in the keyring (the test plays a thief with it)."""
    url = member.services.db.execute("SELECT server_url FROM ledger_link").fetchone()[0]
    return SigningKey.from_seed(unb64(member.keyring.get(KEYRING_SERVICE, key_account(url)) or ""))


def slip_in(database_url: str, public: bytes, day: str, signature: Callable[[bytes], bytes]) -> int:
    """Write a stats.day entry under `public` straight into the database, with its leaf, chain and tree nodes
    computed as an honest append would (the store's append trusts its caller to have checked signatures)."""
    data = stats_data(date.fromisoformat(day), "toloka", "other", 36_000, {}, 900, 0, {"EUR": Decimal("400")})
    body = make_body("stats.day", data, public, str(uuid.uuid4()))
    store = LedgerStore.open(database_url)
    try:
        holder = store.member_by_key(public)
        assert holder is not None
        (result,) = store.append([(parse_entry(body), signature(body))], holder)
        assert result.leaf_index is not None
        return result.leaf_index
    finally:
        store.close()


def test_an_entry_forged_under_the_members_key_is_detected(server: LedgerProcess, sharing_member: Member) -> None:
    """A bad signature but every hash right: the tree proves it is in the log, only the member can say they
    never signed it. Found on the next sync, and on every sync after (it stays in the log)."""
    public = member_key(sharing_member).public
    leaf = slip_in(server.database, public, "2026-01-05", lambda body: bytes(64))
    expected = (
        f"the ledger holds an entry under your key at leaf {leaf} (stats.day for 2026-01-05, toloka, other) "
        "that you did not sign: its signature does not verify (a forged entry)"
    )
    report = sharing_member.sharing.sync()
    assert report.warnings == [expected]
    assert sharing_member.sharing.status().warning == expected  # the red banner's text
    assert sharing_member.sharing.sync().warnings == [expected]
    assert [x.verified for x in sharing_member.sharing.shared()] == [True] * 4  # the member's own are intact


def test_an_entry_signed_with_the_members_key_elsewhere_is_detected(
    server: LedgerProcess, sharing_member: Member
) -> None:
    """A valid signature on an entry this app never queued: the key was used by someone else."""
    key = member_key(sharing_member)
    leaf = slip_in(server.database, key.public, "2026-01-06", key.sign)
    report = sharing_member.sharing.sync()
    assert report.warnings == [
        f"the ledger holds an entry under your key at leaf {leaf} (stats.day for 2026-01-06, toloka, other) "
        "that this app never sent: your key was used elsewhere"
    ]


def test_a_changed_signature_on_the_members_entry_is_detected(server: LedgerProcess, sharing_member: Member) -> None:
    """The tree covers bodies, not signatures: a signature replaced in the database is caught by the member."""
    day, seq = sharing_member.shares()[2]
    db = open_db(server.database)
    try:
        drop_guards(db)
        assert db.execute("UPDATE entries SET signature = ? WHERE seq = ?", (bytes(64), seq)) == 1
    finally:
        db.close()
    report = sharing_member.sharing.sync()
    assert report.warnings == [f"the ledger server changed your shared figures for {day} (toloka, other)"]


# -- a fork, seen by a witness ----------------------------------------------------------------------------------


def copy_database(url: str, folder: Path, cluster: PostgresCluster | None) -> str:
    """A copy of a (stopped) server's database."""
    if not url.startswith("postgresql"):
        target = folder / "fork.sqlite3"
        with sqlite3.connect(url) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
        copy.close()
        return str(target)
    import psycopg

    assert cluster is not None
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}_fork" TEMPLATE "{name}"')
    return cluster.url(f"{name}_fork")


def test_a_fork_is_detected_through_the_witness(
    ledger_engine_url: str,  # noqa: F811
    tmp_path: Path,
    members: list[Member],
    request: pytest.FixtureRequest,
) -> None:
    cluster = request.getfixturevalue("postgres_cluster") if ledger_engine_url.startswith("postgresql") else None
    a = LedgerProcess(ledger_engine_url, tmp_path / "a").start()
    b: LedgerProcess | None = None
    witness: LedgerProcess | None = None
    try:
        origin, log_key = a.info()["origin"], a.log_key.public
        witness = LedgerProcess(str(tmp_path / "witness.sqlite3"), tmp_path / "w", witness_of={origin: log_key})
        witness.start()
        clock = days_ago(2)  # the members sync from yesterday on: the server checks request dates
        treasurer = Treasurer(a.url, SystemClock(), None, key=a.treasurer_key)
        one = new_member(members, tmp_path / "one", clock, treasurer.invite(witness.url, witness.log_key.public))
        two = new_member(members, tmp_path / "two", clock, treasurer.invite(witness.url, witness.log_key.public))
        one.work_days(1, "toloka")
        assert one.sharing.sync().warnings == [] and two.sharing.sync().warnings == []  # the common prefix
        manual(one.services, clock, "searching", "toloka", 600)  # yesterday, both work; shared today
        manual(two.services, clock, "searching", "prolific", 900)
        clock.advance(DAY)

        # The operator copies the database and starts a second server on the copy, same keys and origin.
        a.stop()
        b_url = copy_database(ledger_engine_url, tmp_path, cluster)
        shutil.copytree(tmp_path / "a", tmp_path / "b")
        b = LedgerProcess(b_url, tmp_path / "b", log_key=a.log_key, treasurer_key=a.treasurer_key)
        a.start()
        b.start()
        # Member two is shown the copy from now on (as if one URL served two histories).
        secret = two.keyring.get(KEYRING_SERVICE, key_account(a.url))
        assert secret is not None
        two.keyring.set(KEYRING_SERVICE, key_account(b.url), secret)
        two.services.db.execute("UPDATE ledger_link SET server_url = ?", [b.url])

        assert one.sharing.sync().warnings == []  # history A, cosigned by the witness
        report = two.sharing.sync()  # history B: its own entries verify, but the witness holds A's
        assert report.sent == 1
        assert any(w.startswith("possible fork") and witness.url in w for w in report.warnings), report.warnings
        assert "possible fork" in (two.sharing.status().warning or "")
        assert one.sharing.sync().warnings == []  # member one, on the witnessed history, sees nothing wrong
    finally:
        for process in (a, b, witness):
            if process is not None:
                process.stop()


def test_the_witness_cosignature_is_kept_with_the_checkpoint(tmp_path: Path, members: list[Member]) -> None:
    a = LedgerProcess(str(tmp_path / "a.sqlite3"), tmp_path / "a").start()
    witness = LedgerProcess(str(tmp_path / "w.sqlite3"), tmp_path / "w", witness_of={})
    try:
        witness.witness_of = {a.info()["origin"]: a.log_key.public}
        witness.start()
        clock = days_ago(2)
        treasurer = Treasurer(a.url, SystemClock(), None, key=a.treasurer_key)
        one = new_member(members, tmp_path / "one", clock, treasurer.invite(witness.url, witness.log_key.public))
        one.work_days(1)
        assert one.sharing.sync().warnings == []
        note = one.stored_checkpoint()[0]
        names = [line.split(" ")[1] for line in note.split("\n\n", 1)[1].splitlines()]
        assert names == [a.info()["origin"], witness.info()["origin"]]
        assert b64(witness.log_key.public) == witness.info()["log_key"]
    finally:
        a.stop()
        witness.stop()
