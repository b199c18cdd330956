"""Sharing with the co-op ledger, the member's side, against the ledger app in this process.

What is shared (closed days only, per day × platform type × kind of task, only the whitelisted fields and
none of the member's names, projects, accounts or texts), the consent gate, pausing, corrections that
supersede, enrollment checks, the invite code, and the policy pulled into the local floors and rates.
"""

from __future__ import annotations

import base64
import json
import math
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from coopclient.app import build
from coopclient.coop.checks import RECHECK_PER_SYNC, Findings, LedgerChecks
from coopclient.coop.ledger_client import LedgerClient, ProvedEntry
from coopclient.coop.sharing import (
    KEYRING_SERVICE,
    Invite,
    SharingError,
    invite_code,
    key_account,
    parse_invite,
    platform_type,
    task_kind,
)
from coopclient.core.categories import UNPAID_CATEGORIES
from coopclient.core.ids import counting_ids, seeded_uuids
from coopclient.core.money import Money
from coopclient.protocol.canonical import canonical
from coopclient.protocol.checkpoint import Checkpoint
from coopclient.protocol.entries import make_body
from coopclient.protocol.merkle import MemoryTree
from coopclient.protocol.signing import SigningKey, b64, key_id
from coopclient.services.container import Services
from coopclient.services.earnings import EarningKind
from coopclient.storage.credentials import MemoryStore
from coopclient.storage.db import open_memory_database
from tests.fakes import T0, FakeClock
from tests.integration.ledger_server import (
    ACCOUNT,
    ACCOUNT_URL,
    PLATFORM_PROJECT_REF,
    PLATFORM_REF_BASE,
    SECRETS,
    InProcessLedger,
    annotate,
    import_tasks,
    manual,
    platform_tasks,
)

DAY = 86_400_000
DATA_KEYS = {"day", "platform", "task_kind", "active_s", "unpaid_s", "tasks_done", "rejections", "earnings"}


@pytest.fixture
def ledger(tmp_path: Path, clock: FakeClock) -> Iterator[InProcessLedger]:
    made = InProcessLedger.start(tmp_path / "ledger.sqlite3", clock)
    yield made
    made.stop()


@pytest.fixture
def keyring() -> MemoryStore:
    return MemoryStore(persistent=True)  # stands for the keyring: enrolling refuses a session-only store


@pytest.fixture
def member(tmp_path: Path, clock: FakeClock, ledger: InProcessLedger, keyring: MemoryStore) -> Iterator[Services]:
    s = build(tmp_path / "data", clock=clock, ids=counting_ids(), transport=ledger.transport, credentials=keyring)
    yield s
    s.close()


@pytest.fixture
def enrolled(member: Services, ledger: InProcessLedger) -> Services:
    member.sharing.enroll(ledger.treasurer.invite())
    return member


def a_day_of_work(s: Services, clock: FakeClock, folder: Path) -> None:
    """Monday: two batch tasks (7 min), one platform task (90 s), 10 min searching on Prolific, a bonus."""
    tasks = import_tasks(s, folder)
    annotate(s, clock, tasks[0], 300)
    annotate(s, clock, tasks[1], 120)
    annotate(s, clock, platform_tasks(s)[0], 90)
    manual(s, clock, "searching", "Prolific", 600)
    manual(s, clock, "break", None, 900)
    s.earnings.add(EarningKind.BONUS, Money(Decimal("1.25"), "EUR"), platform="file", task_id=tasks[0])
    s.earnings.add(EarningKind.FEE, Money(Decimal("0.30"), "EUR"), platform="file")  # fees are not shared


def server_entries(ledger: InProcessLedger) -> list[dict[str, Any]]:
    rows = ledger.store.database.fetchall("SELECT body FROM entries WHERE kind = 'stats.day' ORDER BY seq")
    return [json.loads(bytes(r[0])) for r in rows]


# -- what is shared ---------------------------------------------------------------------------------------


def test_preview_shows_closed_days_only_with_the_whitelisted_figures(
    enrolled: Services, clock: FakeClock, tmp_path: Path
) -> None:
    a_day_of_work(enrolled, clock, tmp_path)
    assert enrolled.sharing.preview() == []  # Monday is not over yet
    clock.advance(DAY)
    annotate(enrolled, clock, import_tasks(enrolled, tmp_path, project="Tuesday")[0], 60)  # today: not shared

    shown = {(p.day.isoformat(), p.platform, p.task_kind): p for p in enrolled.sharing.preview()}
    unpaid_zero = {c.value: 0 for c in UNPAID_CATEGORIES}
    assert {k: v.data for k, v in shown.items()} == {
        ("2026-03-02", "file", "choices"): {
            "day": "2026-03-02", "platform": "file", "task_kind": "choices", "active_s": 420,
            "unpaid_s": unpaid_zero, "tasks_done": 2, "rejections": 0, "earnings": {"EUR": "1.330000"},
        },
        ("2026-03-02", "label-studio", "choices"): {
            "day": "2026-03-02", "platform": "label-studio", "task_kind": "choices", "active_s": 90,
            "unpaid_s": unpaid_zero, "tasks_done": 1, "rejections": 0, "earnings": {"USD": "0.050000"},
        },
        ("2026-03-02", "prolific", "other"): {
            "day": "2026-03-02", "platform": "prolific", "task_kind": "other", "active_s": 0,
            "unpaid_s": {**unpaid_zero, "searching": 600}, "tasks_done": 0, "rejections": 0, "earnings": {},
        },
    }  # fmt: skip
    for share in shown.values():
        assert set(share.data) == DATA_KEYS
        assert json.loads(share.text) == share.data and share.supersedes is None
        for secret in SECRETS:
            assert secret.lower() not in share.text.lower()


def test_nothing_outside_the_whitelist_reaches_the_server(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    a_day_of_work(enrolled, clock, tmp_path)
    clock.advance(DAY)
    enrolled.sharing.consent()
    assert enrolled.sharing.sync().sent == 3
    envelopes = server_entries(ledger)
    assert len(envelopes) == 3
    for envelope in envelopes:
        assert set(envelope) == {"v", "entry_id", "kind", "signer", "supersedes", "data"}
        assert set(envelope["data"]) == DATA_KEYS
        assert set(envelope["data"]["unpaid_s"]) == {c.value for c in UNPAID_CATEGORIES}
        text = json.dumps(envelope)
        for secret in (*SECRETS, ACCOUNT, ACCOUNT_URL, str(PLATFORM_REF_BASE + 1), PLATFORM_PROJECT_REF):
            assert secret not in text


def test_entries_take_their_ids_from_the_id_source(
    tmp_path: Path, clock: FakeClock, ledger: InProcessLedger, keyring: MemoryStore
) -> None:
    """No uuid4() outside the id source: the entry ids the member signs are the composition root's."""
    s = build(
        tmp_path / "data", clock=clock, ids=counting_ids(), transport=ledger.transport, credentials=keyring,
        entry_ids=seeded_uuids(7),
    )  # fmt: skip
    try:
        s.sharing.enroll(ledger.treasurer.invite())
        a_day_of_work(s, clock, tmp_path)
        clock.advance(DAY)
        s.sharing.consent()
        assert s.sharing.sync().sent == 3
        expected = seeded_uuids(7)
        ids = {expected() for _ in range(10)}  # entries and the batch key, in the order they were made
        assert {e["entry_id"] for e in server_entries(ledger)} <= ids
    finally:
        s.close()


def test_sharing_waits_for_consent(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    a_day_of_work(enrolled, clock, tmp_path)
    clock.advance(DAY)
    assert enrolled.sharing.queue_due() == 0
    report = enrolled.sharing.sync()  # checks the ledger, sends nothing
    assert (report.sent, report.warnings) == (0, [])
    assert server_entries(ledger) == []
    status = enrolled.sharing.consent()
    assert status.consented and status.queued == 0
    assert enrolled.sharing.sync().sent == 3
    status = enrolled.sharing.status()
    assert (status.sent, status.queued, status.last_checkpoint_size, status.warning) == (3, 0, 3, None)
    shared = enrolled.sharing.shared()
    assert [(s.sent, s.verified) for s in shared] == [(True, True)] * 3
    assert sorted(s.leaf_index for s in shared if s.leaf_index is not None) == [0, 1, 2]  # all three, none None
    assert enrolled.sharing.preview() == []


def test_pause_holds_back_queued_and_due_days_until_resume(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    a_day_of_work(enrolled, clock, tmp_path)
    clock.advance(DAY)
    enrolled.sharing.consent()
    assert enrolled.sharing.queue_due() == 3
    enrolled.sharing.pause()
    assert enrolled.sharing.queue_due() == 0
    assert enrolled.sharing.sync().sent == 0
    assert server_entries(ledger) == []
    assert enrolled.sharing.status().queued == 3
    assert len(enrolled.sharing.preview()) == 3  # queued, not yet sent: still what the next sync sends
    status = enrolled.sharing.resume()
    assert not status.paused
    assert enrolled.sharing.sync().sent == 3
    assert len(server_entries(ledger)) == 3


def test_a_changed_day_is_sent_again_as_a_correction(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    a_day_of_work(enrolled, clock, tmp_path)
    clock.advance(DAY)
    enrolled.sharing.consent()
    enrolled.sharing.sync()
    before = {(e["data"]["platform"], e["data"]["task_kind"]): e["entry_id"] for e in server_entries(ledger)}
    # A rejection reverses Monday's piece rate of the first batch task (recorded on Monday).
    task = enrolled.db.execute("SELECT task_id FROM earnings WHERE kind = 'piece_rate' ORDER BY id").fetchone()[0]
    enrolled.earnings.add(
        EarningKind.REJECTION, Money(Decimal("0.04"), "EUR"), date(2026, 3, 2), platform="file", task_id=task
    )
    (correction,) = enrolled.sharing.preview()
    assert correction.supersedes == before[("file", "choices")]
    assert correction.data["rejections"] == 1 and correction.data["earnings"] == {"EUR": "1.290000"}
    assert enrolled.sharing.sync().sent == 1
    latest = server_entries(ledger)[-1]
    assert latest["supersedes"] == before[("file", "choices")]
    assert latest["data"] == correction.data
    assert enrolled.sharing.preview() == []  # the correction is now the latest; nothing more to send
    stat = ledger.store.database.fetchone(
        "SELECT rejections FROM stat_days WHERE day = '2026-03-02' AND platform = 'file' AND task_kind = 'choices'"
    )
    assert stat is not None and stat[0] == 1  # the server's projection took the correction


def test_a_day_that_lost_its_figures_is_corrected_to_zero(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    manual(enrolled, clock, "qualification", "toloka", 1200)
    clock.advance(DAY)
    enrolled.sharing.consent()
    enrolled.sharing.sync()
    enrolled.db.execute("DELETE FROM activity_spans")  # e.g. the member deleted the wrongly timed work
    (correction,) = enrolled.sharing.preview()
    assert correction.data["unpaid_s"]["qualification"] == 0 and correction.supersedes is not None


def test_days_before_the_month_of_enrollment_are_not_shared(
    member: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    manual(member, clock, "searching", "toloka", 600)  # 2026-03-02
    clock.advance(31 * DAY)  # enrolled on 2026-04-02
    member.sharing.enroll(ledger.treasurer.invite())
    manual(member, clock, "searching", "toloka", 300)
    clock.advance(DAY)
    assert [p.day for p in member.sharing.preview()] == [date(2026, 4, 2)]


# -- the figures ------------------------------------------------------------------------------------------


@given(st.lists(st.integers(min_value=-(10**12), max_value=10**12), min_size=1, max_size=6))
def test_earnings_are_exact_sums_with_six_decimals(amounts: list[int]) -> None:
    from coopclient.coop.share_figures import CellFigures, cell_data

    cell = CellFigures()
    for micros in amounts:
        cell.micros["EUR"] += micros
        cell.currencies.add("EUR")
    shared = cell_data(("2026-03-02", "file", "choices"), cell)["earnings"]["EUR"]
    assert Decimal(shared) == Decimal(max(0, sum(amounts))) / 1_000_000  # clawbacks beyond the pay: 0
    assert len(shared.split(".")[1]) == 6


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_seconds_are_whole_and_within_a_day(ms: int) -> None:
    from coopclient.coop.share_figures import CellFigures, cell_data

    cell = CellFigures(active_ms=ms)
    assert cell_data(("2026-03-02", "file", "choices"), cell)["active_s"] == min(86_400, max(0, ms // 1000))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("label-studio", "label-studio"), ("Prolific", "prolific"), ("Amazon MTurk", "mturk"),
     ("", "other"), (None, "other"), ("https://x.example", "other"), ("a" * 33, "other"), ("toloka_ai", "toloka"),
     ("Wanjiru Kamau", "other"), ("wanjiru-kamau", "other"), ("Scale AI", "remotasks")],
)  # fmt: skip
def test_platform_types(raw: str | None, expected: str) -> None:
    assert platform_type(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("choices", "choices"), ("choices+textarea", "choices-textarea"), ("unsupported", "other"), (None, "other")],
)
def test_task_kinds(raw: str | None, expected: str) -> None:
    assert task_kind(raw) == expected


# -- enrollment and the invite ----------------------------------------------------------------------------


def test_enrollment_keeps_the_key_in_the_keyring_only(
    member: Services, ledger: InProcessLedger, keyring: MemoryStore, tmp_path: Path
) -> None:
    status = member.sharing.enroll(ledger.treasurer.invite())
    secret = keyring.get(KEYRING_SERVICE, key_account(ledger.url))
    assert secret is not None
    key = SigningKey.from_seed(base64.b64decode(secret))
    assert status.pseudonym == f"m-{key_id(key.public)}"
    dump = "\n".join(member.db.conn.iterdump())
    assert secret not in dump and key.seed.hex() not in dump
    with pytest.raises(SharingError, match="already enrolled"):
        member.sharing.enroll(ledger.treasurer.invite())


def test_enrollment_is_refused_when_the_key_would_last_this_session_only(
    tmp_path: Path, clock: FakeClock, ledger: InProcessLedger
) -> None:
    """No usable keyring (a session-only store): the key would be lost when the app closes, and with it the
    member's own entries, so enrolling is refused before the server sees the one-time invite."""
    session_only = MemoryStore()
    s = build(tmp_path / "data", clock=clock, transport=ledger.transport, credentials=session_only)
    code = ledger.treasurer.invite()
    try:
        assert s.sharing.status().session_only
        with pytest.raises(SharingError, match="no usable keyring") as caught:
            s.sharing.enroll(code)
        assert parse_invite(code).token not in str(caught.value)
        assert not s.sharing.status().enrolled
        assert session_only.get(KEYRING_SERVICE, key_account(ledger.url)) is None
    finally:
        s.close()
    kept = build(tmp_path / "kept", clock=clock, transport=ledger.transport, credentials=MemoryStore(persistent=True))
    try:
        assert not kept.sharing.status().session_only
        assert kept.sharing.enroll(code).enrolled  # the refused attempt did not use the invite up
    finally:
        kept.close()


def test_a_ledger_that_reports_a_gap_in_its_leaves_is_an_integrity_warning(
    enrolled: Services, ledger: InProcessLedger, clock: FakeClock, tmp_path: Path
) -> None:
    enrolled.sharing.consent()
    a_day_of_work(enrolled, clock, tmp_path)
    clock.advance(86_400_000)
    assert enrolled.sharing.sync().warnings == []
    assert ledger.store.size() > 0
    columns = "entry_id, kind, signer_key_id, body, signature, leaf_hash, prev_hash, entry_hash"
    size = ledger.store.size()
    ledger.store.database.execute(  # a row past a missing one, as in a damaged database
        f"INSERT INTO entries (seq, {columns}) SELECT ?, ?, kind, signer_key_id, body, signature, leaf_hash, "
        "prev_hash, entry_hash FROM entries WHERE seq = ?",
        (size + 1, "00000000-0000-4000-8000-000000000001", size - 1),
    )
    report = enrolled.sharing.sync()
    assert [w for w in report.warnings if w.startswith("the ledger server reports its history is damaged")]
    (stored,) = enrolled.db.execute("SELECT warning FROM ledger_state").fetchone()
    assert stored is not None and "ledger integrity: merkle_nodes" in stored  # kept as an integrity problem


def test_a_server_that_does_not_match_the_invite_is_refused(member: Services, ledger: InProcessLedger) -> None:
    good = parse_invite(ledger.treasurer.invite())
    forged = invite_code(Invite(good.url, good.token, good.origin, SigningKey.generate().public, good.treasurer_key))
    with pytest.raises(SharingError, match="another log_key than the invite"):
        member.sharing.enroll(forged)
    assert not member.sharing.status().enrolled
    member.sharing.enroll(invite_code(good))  # the invite was not used up by the refused attempt
    assert member.sharing.status().enrolled


def test_a_used_invite_is_refused_by_the_server(
    member: Services, ledger: InProcessLedger, tmp_path: Path, clock: FakeClock, keyring: MemoryStore
) -> None:
    from coopclient.core.platform import AuthFailed

    code = ledger.treasurer.invite()
    member.sharing.enroll(code)
    other = build(tmp_path / "other", clock=clock, transport=ledger.transport, credentials=MemoryStore(persistent=True))
    try:
        with pytest.raises(AuthFailed, match="invite") as caught:
            other.sharing.enroll(code)
        assert parse_invite(code).token not in str(caught.value)
        assert not other.sharing.status().enrolled
    finally:
        other.close()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("hello", "must start with 'coopledger:'"),
        ("coopledger:%%%", "damaged"),
        ("coopledger:" + base64.urlsafe_b64encode(b'{"url":"http://x"}').decode(), "missing"),
    ],
)
def test_bad_invite_codes_say_what_is_wrong(code: str, message: str) -> None:
    with pytest.raises(SharingError, match=message):
        parse_invite(code)


def test_an_invite_round_trips_and_never_shows_its_token() -> None:
    keys = [SigningKey.generate().public for _ in range(3)]
    invite = Invite(
        "https://ledger.example/", "s3cret-token", "coop/abc", keys[0], keys[1], "https://w.example", keys[2]
    )
    parsed = parse_invite(invite_code(invite))
    assert parsed == Invite(
        "https://ledger.example", "s3cret-token", "coop/abc", keys[0], keys[1], "https://w.example", keys[2]
    )
    assert "s3cret-token" not in repr(parsed)


def test_a_missing_key_is_a_clear_error(enrolled: Services, keyring: MemoryStore, ledger: InProcessLedger) -> None:
    keyring.delete(KEYRING_SERVICE, key_account(ledger.url))
    enrolled.sharing.consent()
    with pytest.raises(SharingError, match="not in the keyring"):
        enrolled.sharing.sync()


def test_commands_before_enrollment_say_so(member: Services, clock: FakeClock) -> None:
    assert not member.sharing.status().enrolled
    manual(member, clock, "searching", "toloka", 600)
    clock.advance(DAY)
    assert [p.data["unpaid_s"]["searching"] for p in member.sharing.preview()] == [600]  # seen before joining
    for action in (member.sharing.consent, member.sharing.pause, member.sharing.sync):
        with pytest.raises(SharingError, match="not enrolled"):
            action()
    assert member.sharing.queue_due() == 0


# -- the treasurer's policy -------------------------------------------------------------------------------


def test_policy_is_pulled_into_the_floor_and_rates(enrolled: Services, ledger: InProcessLedger) -> None:
    treasury = ledger.treasurer.service
    first = treasury.publish_floor(
        ledger.url, Money(Decimal("12.50"), "EUR"), date(2026, 1, 1), {"PT": Decimal("0.80")}
    )
    treasury.publish_fx(ledger.url, "EUR", {"USD": Decimal("1.0800"), "GBP": Decimal("0.8600")}, date(2026, 3, 1))
    treasury.publish_ratecard(
        ledger.url, date(2026, 3, 1), "label-studio", "co-op reviews", "choices", "task", Money(Decimal("0.05"), "EUR")
    )
    enrolled.earnings.set_floor(Money(Decimal("9"), "EUR"), date(2025, 6, 1))  # the member's own stays
    report = enrolled.sharing.sync()
    assert (report.policy_updates, report.warnings) == (3, [])
    floors = [(str(f.effective), f.hourly, f.source, dict(f.regional_factors)) for f in enrolled.earnings.floors()]
    assert floors == [
        ("2025-06-01", Money(Decimal("9"), "EUR"), "set by the member", {}),
        ("2026-01-01", Money(Decimal("12.50"), "EUR"), "co-op ledger", {"PT": Decimal("0.80")}),
    ]
    rates = enrolled.db.execute("SELECT day, base, quote, rate, source FROM fx_rates ORDER BY quote").fetchall()
    assert rates == [
        ("2026-03-01", "EUR", "GBP", "0.8600", "co-op ledger"),
        ("2026-03-01", "EUR", "USD", "1.0800", "co-op ledger"),
    ]
    assert enrolled.sharing.rate_cards()[0]["rate"] == "0.05"
    # A correction of the floor replaces it.
    treasury.publish_floor(ledger.url, Money(Decimal("13.00"), "EUR"), date(2026, 1, 1), supersedes=first.entry_id)
    assert enrolled.sharing.sync().policy_updates == 1
    assert [f.hourly for f in enrolled.earnings.floors()] == [
        Money(Decimal("9"), "EUR"),
        Money(Decimal("13.00"), "EUR"),
    ]
    assert enrolled.sharing.sync().policy_updates == 0


def test_policy_not_signed_by_the_treasurer_is_not_taken(
    enrolled: Services, ledger: InProcessLedger, keyring: MemoryStore
) -> None:
    """A member cannot slip a floor in: the server refuses it (and the app would not apply it anyway)."""
    key = SigningKey.from_seed(base64.b64decode(keyring.get(KEYRING_SERVICE, key_account(ledger.url)) or ""))
    data = {"effective": "2026-01-01", "hourly": "99", "currency": "EUR"}
    body = make_body("policy.floor", data, key.public, str(uuid.uuid4()))
    with LedgerClient(ledger.url, key, enrolled.clock, ledger.transport) as client:
        answer = client.append([{"body": body.decode(), "signature": b64(key.sign(body))}], str(uuid.uuid4()), 0)
    assert answer.results[0]["status"] == "rejected"
    assert enrolled.sharing.sync().policy_updates == 0
    assert enrolled.earnings.floors() == []


def test_days_are_the_members_local_days(tmp_path: Path, ledger: InProcessLedger, keyring: MemoryStore) -> None:
    """In Auckland, 08:00 UTC is 21:00 on Monday: work until after local midnight splits into two days, and
    only Monday is over at Tuesday noon."""
    clock = FakeClock(T0, tz="Pacific/Auckland")
    s = build(tmp_path / "nz", clock=clock, transport=ledger.transport, credentials=keyring)
    try:
        s.sharing.enroll(ledger.treasurer.invite())
        manual(s, clock, "searching", "toloka", 4 * 3600)  # 21:00 to 01:00
        clock.advance(11 * 3_600_000)  # Tuesday 12:00 local
        (monday,) = s.sharing.preview()
        assert (monday.day, monday.data["unpaid_s"]["searching"]) == (date(2026, 3, 2), 3 * 3600)
        clock.advance(DAY)
        assert [p.data["unpaid_s"]["searching"] for p in s.sharing.preview()] == [3 * 3600, 3600]
    finally:
        s.close()


# -- re-checking the member's own entries (LedgerChecks.check_mine) -----------------------------------------


class ServerRows:
    """The server's side of ``GET /v1/entries/mine``: a tree, the stored bodies (which an operator may alter
    without the hashes), and what each call listed. Other members' leaves sit between ours."""

    def __init__(self) -> None:
        self.tree = MemoryTree()
        self.bodies: dict[int, bytes] = {}
        self.signatures: dict[int, bytes] = {}
        self.calls: list[tuple[int, int, int]] = []  # (size, after, entries listed)

    def mine(self, size: int, after: int = 0) -> list[ProvedEntry]:
        listed = [
            ProvedEntry(i, body, self.signatures[i], self.tree.inclusion_proof(i, size))
            for i, body in sorted(self.bodies.items())
            if after <= i < size
        ]
        self.calls.append((size, after, len(listed)))
        return listed

    def checkpoint(self) -> Checkpoint:
        return Checkpoint("test-origin", self.tree.size, self.tree.root())


MEMBER_KEY = SigningKey.from_seed(bytes(32))


def link(db: sqlite_utils.Database) -> None:
    """The member's enrollment as the checks read it: their public key, and a ledger state to mark."""
    db.execute(
        "INSERT OR IGNORE INTO ledger_link (id, server_url, pseudonym, public_key, origin, log_key, treasurer_key, "
        "enrolled_day) VALUES (1, 'https://ledger.test', 'm-1', ?, 'test-origin', 'x', 'y', '2026-01-01')",
        [b64(MEMBER_KEY.public)],
    )
    db.execute("INSERT OR IGNORE INTO ledger_state (id) VALUES (1)")


def share(db: sqlite_utils.Database, server: ServerRows, count: int, start: int = 0) -> list[str]:
    """``count`` entries sent and appended (each after a leaf of another member); returns their ids."""
    key = MEMBER_KEY
    link(db)
    ids = []
    for n in range(start, start + count):
        entry_id = str(uuid.UUID(int=n + 1))
        body = make_body(
            "policy.floor", {"effective": "2026-01-01", "hourly": str(n + 1), "currency": "EUR"}, key.public, entry_id
        )
        server.tree.append(b"another member's entry %d" % n)
        index = server.tree.append(body)
        server.bodies[index] = body
        server.signatures[index] = key.sign(body)
        db.execute(
            "INSERT INTO ledger_shares (entry_id, day, platform, task_kind, kind, body, created_ms, sent_ms, "
            "leaf_index) VALUES (?, ?, 'survey', 'other', 'stats.day', ?, ?, ?, ?)",
            [entry_id, f"day-{n:05d}", body.decode(), n, n, index],
        )
        ids.append(entry_id)
    return ids


def check(checks: LedgerChecks, server: ServerRows) -> Findings:
    found = Findings()
    checks.check_mine(cast(LedgerClient, server), server.checkpoint(), found)
    return found


def alter(server: ServerRows, index: int) -> None:
    """The operator rewrites the stored body at ``index``; the tree's hashes stay as they were."""
    body = json.loads(server.bodies[index])
    body["data"]["hourly"] = "1000"
    server.bodies[index] = canonical(body)


def unverified(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM ledger_shares WHERE verified = 0").fetchone()[0])


def test_a_sync_without_new_entries_fetches_no_more_than_the_window() -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, 700)
    assert check(checks, server).integrity == []
    assert server.calls[-1][2] == 700 and unverified(db) == 0  # the first sync checks everything
    assert check(checks, server).integrity == []
    assert server.calls[-1][2] <= RECHECK_PER_SYNC


def test_new_entries_are_checked_each_sync() -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, 700)
    check(checks, server)
    new = share(db, server, 5, start=700)
    assert unverified(db) == 5
    assert check(checks, server).integrity == []
    assert unverified(db) == 0
    assert server.calls[-1][2] <= RECHECK_PER_SYNC + len(new)
    share(db, server, 2, start=705)
    alter(server, max(server.bodies))  # a new entry altered before its first check is found at once
    found = check(checks, server)
    assert found.integrity == [f"the ledger server changed your shared figures for day-{706:05d} (survey, other)"]
    assert unverified(db) == 1


@pytest.mark.parametrize("where", [0.0, 0.3, 0.5, 1.0])  # how far along the member's entries
@pytest.mark.parametrize("count", [301, 700])
def test_an_altered_old_body_is_found_within_a_few_syncs(where: float, count: int) -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, count)
    check(checks, server)
    for _ in range(3):
        check(checks, server)  # the window has moved on: it may or may not cover the entry altered below
    target = sorted(server.bodies)[round(where * (count - 1))]
    alter(server, target)
    syncs = next(
        (n for n in range(1, 2 * math.ceil(count / RECHECK_PER_SYNC) + 3) if check(checks, server).integrity), None
    )
    assert syncs is not None and syncs <= math.ceil(count / RECHECK_PER_SYNC) + 1
    bad = db.execute("SELECT leaf_index FROM ledger_shares WHERE verified = 0").fetchall()
    assert bad == [(target,)]


def slip_in(server: ServerRows) -> int:
    """An entry under the member's key the app never sent, with a made-up signature."""
    data = {"effective": "2026-01-01", "hourly": "0.01", "currency": "EUR"}
    body = make_body("policy.floor", data, MEMBER_KEY.public, str(uuid.uuid4()))
    index = server.tree.append(body)
    server.bodies[index] = body
    server.signatures[index] = bytes(64)
    return index


def test_an_entry_listed_under_the_members_key_that_they_did_not_sign_is_found_every_sync() -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, 5)
    assert check(checks, server).integrity == []
    forged = slip_in(server)
    share(db, server, 2, start=5)
    warning = (
        f"the ledger holds an entry under your key at leaf {forged} (policy.floor) that you did not sign: "
        "its signature does not verify (a forged entry)"
    )
    assert check(checks, server).integrity == [warning]
    assert check(checks, server).integrity == [warning]  # still there: the scanned mark stopped before it
    assert server.calls[-1][1] <= forged


def test_after_a_clean_sync_only_the_entries_since_are_listed() -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, 3)
    check(checks, server)
    size = server.tree.size
    signed_elsewhere = slip_in(server)
    server.signatures[signed_elsewhere] = MEMBER_KEY.sign(server.bodies[signed_elsewhere])  # the key, stolen
    found = check(checks, server)
    assert server.calls[-1][1] <= size
    assert found.integrity == [
        f"the ledger holds an entry under your key at leaf {signed_elsewhere} (policy.floor) that this app never "
        "sent: your key was used elsewhere"
    ]


def test_fewer_entries_than_the_window_are_all_rechecked_every_sync() -> None:
    db, server = open_memory_database(), ServerRows()
    checks = LedgerChecks(db)
    share(db, server, RECHECK_PER_SYNC)
    check(checks, server)
    alter(server, min(server.bodies))
    assert len(check(checks, server).integrity) == 1
    assert server.calls[-1][1] == min(server.bodies)
