"""Backup and restore (issue 16, point 5): a week of work, Label Studio rows in the outbox and an enrolled
ledger identity survive a move to a fresh data folder and a fresh keyring, and the next ledger sync verifies;
a wrong passphrase, a cut file or one changed byte is a clear error that changes nothing; no secret is in
the file in clear.

The ledger is the real server app in this process (:class:`InProcessLedger`), dated by the test's clock.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopclient import cli
from coopclient.app import Environment, build
from coopclient.coop.invites import KEYRING_SERVICE, key_account
from coopclient.core.ids import counting_ids
from coopclient.protocol.signing import unb64
from coopclient.services.backup import BackupError, restore
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore, service_name
from coopclient.storage.db import DB_FILENAME
from coopclient.storage.sealed import CHUNK, LOWEST_LOG2_N
from tests.fakes import FakeClock
from tests.integration.ledger_server import (
    ACCOUNT,
    ACCOUNT_URL,
    TASK_TEXT,
    InProcessLedger,
    annotate,
    import_tasks,
    manual,
    platform_tasks,
)

DAY = 86_400_000
TOKEN = "ls-pat-0f9e8d7c6b5a49382716qwertyuiopZX"  # the Label Studio token kept in the keyring
PASSPHRASE = "correct horse battery staple"
MEDIA_BYTES = os.urandom(2_500_000)  # three chunks of the sealed file, so a middle one can be damaged
PART_2_ENDS = 35 + (4 + 20 + 16) + 2 * (4 + CHUNK + 16)  # header, the passphrase check, two full parts


@dataclass
class Member:
    services: Services
    keyring: MemoryStore
    ledger: InProcessLedger
    clock: FakeClock
    data: Path


def a_week_of_work(s: Services, clock: FakeClock, folder: Path) -> None:
    """Seven days: batch-file tasks, Label Studio tasks (their results wait in the outbox), off-app time."""
    tasks, pulled = import_tasks(s, folder, count=14), platform_tasks(s, count=7)
    for day in range(7):
        annotate(s, clock, tasks[2 * day], 180 + 15 * day)
        annotate(s, clock, pulled[day], 120)
        manual(s, clock, "searching", "prolific", 600)
        clock.advance(DAY)


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Member]:
    clock = FakeClock()
    ledger = InProcessLedger.start(tmp_path / "ledger.sqlite3", clock)
    keyring = MemoryStore(persistent=True)
    data = tmp_path / "old-laptop"
    s = build(data, clock=clock, ids=counting_ids(), transport=ledger.transport, credentials=keyring)
    try:
        s.sharing.enroll(ledger.treasurer.invite())
        s.sharing.consent()
        a_week_of_work(s, clock, tmp_path)
        keyring.set(service_name("label-studio", ACCOUNT_URL), ACCOUNT, TOKEN)
        assert s.sharing.sync().warnings == []  # the first days are already on the ledger
        (data / "media" / "account-1").mkdir(parents=True)
        (data / "media" / "account-1" / "cat.png").write_bytes(MEDIA_BYTES)
        yield Member(s, keyring, ledger, clock, data)
    finally:
        s.close()
        ledger.stop()


@pytest.fixture
def backup(member: Member, tmp_path: Path) -> Path:
    out = tmp_path / "week.coopbackup"
    wal = member.data / f"{DB_FILENAME}-wal"
    assert wal.stat().st_size > 0  # the app is running: recent commits are in its WAL (a file copy would miss them)
    done = member.services.backup.write(out, PASSPHRASE, log2_n=LOWEST_LOG2_N)
    assert (done.files, done.secrets) == (2, 2)  # the store and the image; the token and the ledger key
    return out


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a store (sorted: some tables have no rowid)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def test_a_restore_on_a_new_computer_gives_everything_back_and_the_ledger_sync_verifies(
    member: Member, backup: Path, tmp_path: Path
) -> None:
    before = tables(member.data / DB_FILENAME)  # read while the old app still has the store open (WAL)
    assert len(before["results"]) == 14 and len(before["outbox"]) >= 7 and before["ledger_link"]
    assert before["activity_spans"]
    new_keyring, fresh = MemoryStore(persistent=True), tmp_path / "new-laptop"

    done = restore(backup, fresh, PASSPHRASE, new_keyring)

    assert (done.files, done.secrets) == (2, 2)
    assert tables(fresh / DB_FILENAME) == before
    assert (fresh / "media" / "account-1" / "cat.png").read_bytes() == MEDIA_BYTES
    assert new_keyring.get(service_name("label-studio", ACCOUNT_URL), ACCOUNT) == TOKEN
    ledger_key = (KEYRING_SERVICE, key_account(member.ledger.url))
    assert new_keyring.get(*ledger_key) == member.keyring.get(*ledger_key)
    assert (fresh / DB_FILENAME).stat().st_mode & 0o077 == 0
    pseudonym = member.services.sharing.status().pseudonym
    member.services.close()  # the old laptop is gone

    clock = member.clock
    s = build(fresh, clock=clock, ids=counting_ids("moved"), transport=member.ledger.transport, credentials=new_keyring)
    try:
        assert s.sharing.status().pseudonym == pseudonym
        annotate(s, clock, import_tasks(s, tmp_path, count=1, project="After the move")[0], 300)
        clock.advance(DAY)
        report = s.sharing.sync()
        assert report.warnings == []
        assert report.sent >= 1 and report.verified_size > 0
        assert s.sharing.status().queued == 0
    finally:
        s.close()


def _flipped(path: Path, at: int) -> Path:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    damaged = path.with_name(f"flipped-{at}")
    damaged.write_bytes(bytes(data))
    return damaged


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("wrong passphrase", "wrong passphrase"),
        ("cut in the middle", "cut short"),
        ("cut before the end", "cut short"),
        ("cut after a whole part", "cut short"),  # what the last part's mark is there for
        ("flip in the magic", "not a coopclient backup"),
        ("flip in the salt", "wrong passphrase (or the backup's header is damaged)"),
        ("flip in a middle part", "damaged at part 2"),
        ("flip in the last byte", "damaged at part 3"),
    ],
)
def test_a_bad_passphrase_or_a_damaged_file_is_named_and_changes_nothing(
    backup: Path, tmp_path: Path, damage: str, named: str
) -> None:
    size, passphrase, source = backup.stat().st_size, PASSPHRASE, backup
    if damage == "wrong passphrase":
        passphrase = "correct horse battery stapler"
    elif damage.startswith("cut"):
        source = tmp_path / "cut.coopbackup"
        ends = {"cut in the middle": size // 2, "cut before the end": size - 40, "cut after a whole part": PART_2_ENDS}
        source.write_bytes(backup.read_bytes()[: ends[damage]])
    else:
        at = {"flip in the magic": 2, "flip in the salt": 14, "flip in a middle part": 1_200_000}.get(damage, size - 1)
        source = _flipped(backup, at)
    keyring, target = MemoryStore(persistent=True), tmp_path / "new-laptop"
    target.mkdir()  # an empty folder: it stays empty

    with pytest.raises(BackupError) as raised:
        restore(source, target, passphrase, keyring)

    assert named in str(raised.value)
    assert str(source) in str(raised.value)
    assert list(target.iterdir()) == []
    assert repr(keyring) == repr(MemoryStore(persistent=True))  # no secret written
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".new-laptop")) == []  # no staging left


def test_the_backup_holds_no_secret_and_no_task_text_in_clear(member: Member, backup: Path) -> None:
    data = backup.read_bytes()
    seed_b64 = member.keyring.get(KEYRING_SERVICE, key_account(member.ledger.url))
    assert seed_b64 is not None
    for secret in (TOKEN.encode(), seed_b64.encode(), unb64(seed_b64), TASK_TEXT.encode(), ACCOUNT.encode()):
        assert secret not in data
    assert MEDIA_BYTES[:64] not in data


def test_restore_refuses_a_folder_with_work_unless_forced_and_then_keeps_it_aside(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "in-use"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    keyring = MemoryStore(persistent=True)
    with pytest.raises(BackupError, match="not empty"):
        restore(backup, target, PASSPHRASE, keyring)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]

    restore(backup, target, PASSPHRASE, keyring, force=True)

    assert (target / DB_FILENAME).is_file()
    assert (tmp_path / "in-use.before-restore-1" / "notes.txt").read_text() == "mine"


def test_secrets_are_not_restored_into_a_session_only_store(backup: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no usable keyring"):
        restore(backup, tmp_path / "new", PASSPHRASE, MemoryStore())
    assert not (tmp_path / "new").exists()


def _env(keyring: MemoryStore, stdin: str = "", asked: list[str] | None = None) -> Environment:
    answers = iter(asked or [])
    return Environment(
        clock=FakeClock(),
        secrets=lambda: keyring,
        variables={},
        stdin=io.StringIO(stdin),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        ask_secret=lambda _prompt: next(answers),
    )


def test_the_command_line_backs_up_and_restores(member: Member, tmp_path: Path) -> None:
    out, fresh = tmp_path / "cli.coopbackup", tmp_path / "cli-restored"
    source = ["--data-dir", str(member.data)]
    differ = _env(member.keyring, asked=[PASSPHRASE, "something else"])
    assert cli.main(["backup", str(out), *source], differ) == 2
    assert "the two passphrases differ" in differ.stderr.getvalue()  # type: ignore[attr-defined]
    assert not out.exists()

    assert cli.main(["backup", str(out), *source], _env(member.keyring, asked=[PASSPHRASE, PASSPHRASE])) == 0
    keyring = MemoryStore(persistent=True)
    wrong = _env(keyring, stdin="nope\n")
    assert cli.main(["restore", str(out), "--passphrase-stdin", "--data-dir", str(fresh)], wrong) == 2
    assert "wrong passphrase" in wrong.stderr.getvalue()  # type: ignore[attr-defined]
    assert not fresh.exists()

    right = _env(keyring, stdin=PASSPHRASE + "\n")
    assert cli.main(["restore", str(out), "--passphrase-stdin", "--data-dir", str(fresh)], right) == 0
    assert "restored 2 files and 2 secrets" in right.stdout.getvalue()  # type: ignore[attr-defined]
    assert tables(fresh / DB_FILENAME)["results"] == tables(member.data / DB_FILENAME)["results"]
