"""The member's ledger sync against the REAL server (a subprocess), on SQLite and on PostgreSQL.

The whole flow: the treasurer invites, the member enrolls, works, previews, consents and syncs; the entries
are verified in the tree; the treasurer's floor and rates are pulled into the local store; a release is
published and read back. A response lost after the server committed: the retry reuses the batch's
Idempotency-Key and the same bytes, and the server holds each entry once. And the CLI's ledger commands.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from coopclient import cli, cli_ledger
from coopclient.app import Environment, build
from coopclient.coop.relay import LEDGER_KIND
from coopclient.coop.sharing import KEYRING_SERVICE
from coopclient.core.ids import counting_ids
from coopclient.core.money import Money
from coopclient.protocol.signing import b64
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore
from coopclient.system.clock import SystemClock
from coopclient.treasury.service import treasurer_account
from tests.fakes import FakeClock
from tests.integration.ledger_server import (
    LedgerProcess,
    RecordingTransport,
    Treasurer,
    annotate,
    import_tasks,
    ledger_engine_url,  # noqa: F401  (fixture)
    manual,
    platform_tasks,
)

DAY = 86_400_000


def days_ago(days: int) -> FakeClock:
    """A hand-driven clock at 08:00 UTC ``days`` days before today: the real server checks request dates
    against the real day, so the simulated work ends no later than today."""
    today = int(time.time() * 1000) // DAY * DAY
    return FakeClock(today - days * DAY + 8 * 3_600_000)


@pytest.fixture
def server(ledger_engine_url: str, tmp_path: Path) -> Iterator[LedgerProcess]:  # noqa: F811
    process = LedgerProcess(ledger_engine_url, tmp_path / "server").start()
    yield process
    process.stop()


def stats_count(server: LedgerProcess) -> int:
    from coopclient.server.store import LedgerStore

    store = LedgerStore.open(server.database)
    try:
        row = store.database.fetchone("SELECT count(*) FROM entries WHERE kind = 'stats.day'")
        return int(row[0]) if row else 0
    finally:
        store.close()


def two_days_of_work(s: Services, clock: FakeClock, folder: Path) -> None:
    tasks = import_tasks(s, folder)
    annotate(s, clock, tasks[0], 300)
    annotate(s, clock, platform_tasks(s)[0], 120)
    manual(s, clock, "searching", "prolific", 900)
    clock.advance(DAY)
    annotate(s, clock, tasks[1], 240)
    manual(s, clock, "payment_admin", None, 300)
    clock.advance(DAY)


def test_the_whole_flow(server: LedgerProcess, tmp_path: Path) -> None:
    clock = days_ago(2)
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    s = build(tmp_path / "member", clock=clock, ids=counting_ids(), credentials=MemoryStore(persistent=True))
    try:
        status = s.sharing.enroll(treasurer.invite())
        assert status.enrolled and status.pseudonym and status.pseudonym.startswith("m-")
        two_days_of_work(s, clock, tmp_path)
        assert len(s.sharing.preview()) == 5  # Monday: file, label-studio, prolific; Tuesday: file, other
        s.sharing.consent()
        report = s.sharing.sync()
        assert (report.sent, report.verified_size, report.warnings) == (5, 5, [])
        assert [(x.sent, x.verified) for x in s.sharing.shared()] == [(True, True)] * 5
        assert s.sharing.status().queued == 0

        treasury = treasurer.service
        treasury.publish_floor(server.url, Money(Decimal("12.50"), "EUR"), date(2026, 1, 1), {"PT": Decimal("0.80")})
        treasury.publish_fx(server.url, "EUR", {"USD": Decimal("1.0800")}, date(2026, 1, 1))
        report = s.sharing.sync()
        assert (report.sent, report.policy_updates, report.warnings) == (0, 2, [])
        floors = s.db.execute("SELECT effective, hourly_micros, currency, source FROM wage_floors").fetchall()
        assert floors == [("2026-01-01", 12_500_000, "EUR", "co-op ledger")]
        assert s.db.execute("SELECT rate, source FROM fx_rates").fetchall() == [("1.0800", "co-op ledger")]

        month = _last_month()
        release = treasury.request_release(server.url, month)
        assert release["month"] == month
        assert s.sharing.sync().warnings == []
        assert s.sharing.releases() == [release]
        assert s.sharing.status().last_checkpoint_size == 8
    finally:
        s.close()
    assert cli.main(["ledger", "audit", "--database", server.database]) == 0


def test_a_lost_response_is_retried_with_the_same_key_and_bytes(server: LedgerProcess, tmp_path: Path) -> None:
    clock = days_ago(2)
    recorder = RecordingTransport(httpx.HTTPTransport())
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    s = build(tmp_path / "member", clock=clock, transport=recorder, credentials=MemoryStore(persistent=True))
    try:
        s.sharing.enroll(treasurer.invite())
        two_days_of_work(s, clock, tmp_path)
        s.sharing.consent()
        lost = {"left": 1}

        def drop(request: httpx.Request) -> bool:
            if request.url.path == "/v1/entries" and lost["left"]:
                lost["left"] -= 1
                return True
            return False

        recorder.drop = drop
        report = s.sharing.sync()
        assert report.sent == 0 and any("waits in the outbox" in w for w in report.warnings)
        assert stats_count(server) == 5  # the server committed the batch; its answer was lost
        assert s.sharing.status().queued == 5
        assert s.sharing.sync().sent == 0  # not due yet: backing off
        clock.advance(2_000)
        report = s.sharing.sync()
        assert (report.sent, report.warnings) == (5, [])
        assert stats_count(server) == 5  # not appended twice
        posts = [c for c in recorder.sent if c.url.endswith("/v1/entries")]
        assert len(posts) == 2
        keys = [dict(c.headers)["idempotency-key"] for c in posts]
        assert keys[0] == keys[1] and posts[0].body == posts[1].body
        assert [(x.sent, x.verified) for x in s.sharing.shared()] == [(True, True)] * 5
        outbox = s.db.execute("SELECT count(*) FROM outbox WHERE kind = ? AND acked_ms IS NULL", [LEDGER_KIND])
        assert outbox.fetchone()[0] == 0
    finally:
        s.close()
        recorder.shutdown()


def test_an_unreachable_server_keeps_everything_queued(tmp_path: Path) -> None:
    """The sync reports the server down; the entries wait in the outbox; nothing else changes."""
    from tests.integration.ledger_server import InProcessLedger

    clock = days_ago(2)
    ledger = InProcessLedger.start(tmp_path / "ledger.sqlite3", clock)
    down = {"on": False}

    class Switch(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if down["on"]:
                raise httpx.ConnectError("connection refused (test)")
            return ledger.transport.handle_request(request)

    s = build(tmp_path / "member", clock=clock, transport=Switch(), credentials=MemoryStore(persistent=True))
    try:
        s.sharing.enroll(ledger.treasurer.invite())
        two_days_of_work(s, clock, tmp_path)
        s.sharing.consent()
        down["on"] = True
        report = s.sharing.sync()
        assert report.sent == 0 and any("cannot connect" in w for w in report.warnings)
        assert s.sharing.status().queued == 5 and s.sharing.status().warning is None
        down["on"] = False
        clock.advance(2_000)
        assert s.sharing.sync().sent == 5
    finally:
        s.close()
        ledger.stop()


# -- the command line -------------------------------------------------------------------------------------


class KeptStore(MemoryStore):
    """A memory keyring the CLI takes for a persistent one (it lives across the test's CLI calls)."""

    persistent = True


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[LedgerProcess]:
    """The CLI is engine-independent: one engine is enough for it."""
    process = LedgerProcess(str(tmp_path / "cli-ledger.sqlite3"), tmp_path / "cli-server").start()
    yield process
    process.stop()


def test_the_ledger_commands(sqlite_server: LedgerProcess, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = sqlite_server
    store = KeptStore()
    store.set(KEYRING_SERVICE, treasurer_account(server.url), b64(server.treasurer_key.seed))
    data = str(tmp_path / "member")

    def run(*args: str) -> int:  # the real clock: the server checks the requests' signed times against its own
        return cli.main(["--data-dir", data, "ledger", *args], Environment(secrets=lambda: store))

    assert run("treasurer-key", "--server", server.url) == 0
    assert capsys.readouterr().out.strip() == server.info()["treasurer_key"]
    assert run("invite", "--server", server.url, "--count", "2") == 0
    codes = capsys.readouterr().out.split()
    assert len(codes) == 2 and all(c.startswith("coopledger:") for c in codes)

    clock = days_ago(1)
    s = build(Path(data), clock=clock)  # yesterday's work, recorded with a hand-driven clock
    manual(s, clock, "qualification", "toloka", 1800)
    s.close()

    assert run("status") == 0 and "not enrolled" in capsys.readouterr().out
    assert run("sync") == 2 and "not enrolled" in capsys.readouterr().err
    assert run("enroll", codes[0]) == 0
    assert "enrolled with" in capsys.readouterr().out
    assert run("share", "--preview") == 0
    out = capsys.readouterr().out
    assert '"qualification": 1800' in out and "1 entry would be sent" in out
    assert run("sync") == 0
    assert "sent 0" in capsys.readouterr().out  # no consent yet
    assert run("share", "--consent") == 0
    assert run("sync") == 0
    assert "sent 1" in capsys.readouterr().out
    assert run("shared") == 0
    assert "verified, leaf 0" in capsys.readouterr().out
    assert run("share", "--pause") == 0 and run("status") == 0
    assert "sharing paused" in capsys.readouterr().out
    assert run("publish-floor", "--server", server.url, "--hourly", "12.50", "--currency", "EUR",
               "--effective", "2026-01-01", "--factor", "PT=0.8") == 0  # fmt: skip
    assert run("publish-fx", "--server", server.url, "--base", "EUR", "--rate", "USD=1.08", "--effective",
               "2026-01-01") == 0  # fmt: skip
    assert run("sync") == 0
    assert "2 policy update(s)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["enroll", "not-a-code"], "must start with 'coopledger:'"),
        (["publish-floor", "--server", "http://127.0.0.1:9", "--hourly", "abc", "--currency", "EUR",
          "--effective", "2026-01-01"], "abc"),
        (["publish-floor", "--server", "http://127.0.0.1:9", "--hourly", "12", "--currency", "EUR",
          "--effective", "2026-01-01", "--factor", "PT"], "--factor 'PT'"),
        (["invite", "--server", "ftp://x"], "ledger server URL"),
        (["treasurer-key", "--server", "http://127.0.0.1:9"], "no usable keyring"),
        (["share", "--consent"], "not enrolled"),
        (["audit", "--database", "/nonexistent/ledger.sqlite3"], "no such file"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_a_clear_message(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = Environment(secrets=MemoryStore)  # a session-only store: no keyring for the treasurer's key
    assert cli.main(["--data-dir", str(tmp_path / "d"), "ledger", *args], env) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "code", "written"),
    [
        (["status"], 0, ("not enrolled in a co-op ledger\n", "")),
        # The code typed on the terminal (the environment's ask_secret) is checked before anything else.
        (["enroll"], 2, ("", "coopclient: error: invite code: must start with 'coopledger:'\n")),
        (["audit", "--database", "/nonexistent/x.sqlite3"], 2,
         ("", "coopclient: error: --database /nonexistent/x.sqlite3: no such file (opening it would create an "
              "empty ledger)\n")),
    ],
)  # fmt: skip
def test_the_ledger_command_line_on_its_own_runs_on_the_environment_it_is_given(
    args: list[str], code: int, written: tuple[str, str], tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(secrets=KeptStore, ask_secret=lambda prompt: "not-a-code", stdout=out, stderr=err, variables={})
    assert cli_ledger.main(["--data-dir", str(tmp_path / "d"), *args], env) == code
    assert (out.getvalue(), err.getvalue()) == written


def test_serve_without_the_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_fastapi(name: str, *args: Any, **kwargs: Any) -> ModuleType:
        if name.startswith("coopclient.server") or name == "fastapi":
            raise ModuleNotFoundError("No module named 'fastapi'", name="fastapi")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_fastapi)
    assert cli.main(["ledger", "serve", "--port", "0"]) == 2
    assert "pip install coopclient[ledger]" in capsys.readouterr().err


def _last_month() -> str:
    today = datetime.now(UTC).date()
    first = today.replace(day=1)
    previous = date.fromordinal(first.toordinal() - 1)
    return previous.isoformat()[:7]
