"""No minute lost behind the network: the window with its real lanes while every server stalls.

The issue's reproduction: on one worker, a heartbeat queued behind a slow request arrived past the pulse time
and the span was cut as a clock jump (150 s worked, 90 s recorded), and the task list stayed empty while a
sync held the worker. Here a platform sync and a ledger sync stall on a transport that answers only when the
test says so (an event, never a sleep), while the test drives the timer on a fake clock: every heartbeat
completes in its rhythm, the 150 s worked are recorded whole, the task list loads, and the window closes at
once. Then the servers answer and the stalled work ends without a thread left behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import Ops
from tests.fakes import FakeClock
from tests.integration.ledger_server import InProcessLedger
from tests.unit.test_labelstudio_adapter import PAT, SENTIMENT, FakeLabelStudio

URL = "https://ls.test"
HB = 15_000  # the app's heartbeat interval
WORKED_MS = 150_000  # the reproduction
STALL_LIMIT_S = 120  # a safety net only: the test releases the servers itself


class StalledNetwork(httpx.BaseTransport):
    """Routes to the platform or the ledger; while ``stalled``, each request waits for ``release``."""

    def __init__(self, platform: FakeLabelStudio, ledger: InProcessLedger) -> None:
        self.platform, self.ledger = platform, ledger
        self.stalled = False
        self.release = threading.Event()
        self.waiting: list[str] = []  # every request that reached a server while it was stalled
        self.in_flight = 0  # those still waiting for their answer
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.stalled:
            with self._lock:
                self.waiting.append(f"{request.url.host} {request.method} {request.url.path}")
                self.in_flight += 1
            try:
                if not self.release.wait(STALL_LIMIT_S):
                    raise httpx.ReadTimeout("the test never released the server", request=request)
            finally:
                with self._lock:
                    self.in_flight -= 1
        if request.url.host == "ledger.test":
            return self.ledger.transport.handle_request(request)
        return httpx.MockTransport(self.platform.handle).handle_request(request)

    def hosts_waiting(self) -> set[str]:
        with self._lock:
            return {entry.split(" ")[0] for entry in self.waiting}


@pytest.fixture
def ledger(tmp_path: Path, clock: FakeClock) -> Iterator[InProcessLedger]:
    made = InProcessLedger.start(tmp_path / "ledger.sqlite3", clock)
    yield made
    made.stop()


@pytest.fixture
def network(ledger: InProcessLedger) -> Iterator[StalledNetwork]:
    platform = FakeLabelStudio()
    platform.add_project(3, "Reviews")
    platform.add_tasks(3, [{"text": f"review {i}"} for i in range(10)])
    made = StalledNetwork(platform, ledger)
    yield made
    made.release.set()  # whatever happened, nothing waits on the servers after the test


@pytest.fixture
def member(tmp_path: Path, clock: FakeClock, network: StalledNetwork, ledger: InProcessLedger) -> Iterator[Services]:
    """Five pulled tasks, one result waiting to be sent, and a member of the co-op ledger who shares."""
    s = build(
        tmp_path / "data",
        clock=clock,
        ids=counting_ids(),
        transport=network,
        credentials=MemoryStore(persistent=True),
        wait=clock.wait,
    )
    account = s.platforms.add_account("label-studio", URL, PAT)
    pulled = s.platforms.pull(account, "3", 5)
    first = s.db.execute("SELECT min(id) FROM tasks WHERE batch_id = ?", [pulled.batch_id]).fetchone()[0]
    s.results.submit(first, SENTIMENT)
    s.sharing.enroll(ledger.treasurer.invite())
    s.sharing.consent()
    yield s
    s.close()


def _network_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("coopclient-net")]


def _active_ms(s: Services) -> int:
    row = s.db.execute("SELECT coalesce(sum(end_ms - start_ms), 0) FROM activity_spans WHERE state = 'active'")
    return int(row.fetchone()[0])


def _active_ms_now(qtbot: QtBot, window: MainWindow, s: Services) -> int:
    """The active time stored, read on the database lane (the window's own reads may be running)."""
    found: list[int] = []
    window.ops.run(lambda: _active_ms(s), success=found.append)
    qtbot.waitUntil(lambda: found != [])
    return found[0]


def test_heartbeats_the_task_list_and_quitting_never_wait_behind_a_stalled_server(
    qtbot: QtBot, member: Services, clock: FakeClock, network: StalledNetwork
) -> None:
    network.stalled = True
    window = MainWindow(member, ops=Ops())  # the real lanes: one database thread, the network pool
    qtbot.addWidget(window)
    try:
        window.beat.stop()  # the test drives the heartbeats, on its clock
        window.show()
        # Opening the window starts the ledger's automatic sync, which now waits on the ledger server.
        qtbot.waitUntil(lambda: network.hosts_waiting() == {"ledger.test"})
        window.platform_commands.sync()  # Sync now: waits on Label Studio too
        qtbot.waitUntil(lambda: network.hosts_waiting() == {"ledger.test", "ls.test"})
        assert window.platform_commands.syncing and window.ledger_commands.syncing

        # The task list loads and the first task to do is shown and timed, with both syncs stalled.
        work = window.work
        qtbot.waitUntil(lambda: work.model.rowCount() == 5 and member.timer.running)
        worked_from = _active_ms_now(qtbot, window, member)

        for _ in range(WORKED_MS // HB):
            clock.advance(HB)
            member.timer.input_seen()  # the member is working
            with qtbot.waitSignal(work.changed, timeout=5_000):  # the heartbeat came back, in its rhythm
                work.heartbeat()
        assert _active_ms_now(qtbot, window, member) - worked_from == WORKED_MS  # whole: no beat late, no jump

        work.set_filter("done")  # the task list reloads while the syncs still wait
        qtbot.waitUntil(lambda: work.model.rowCount() == 1)
        work.set_filter("all")
        qtbot.waitUntil(lambda: work.model.rowCount() == 5)
        assert window.platform_commands.syncing and window.ledger_commands.syncing

        window.close()  # the last heartbeat is committed; the syncs are not waited for
        assert network.in_flight == 2  # closed while both requests still wait on their servers
        assert not member.timer.running
        session = member.db.execute("SELECT end_reason FROM work_sessions").fetchall()
        assert session == [("shutdown",)]
        assert _active_ms(member) - worked_from == WORKED_MS
    finally:
        network.release.set()  # on a failure too: nothing may wait on the servers at teardown
    # The servers answered (above); the stalled syncs end without the window, and no thread is left.
    for thread in _network_threads():
        thread.join(30)
    assert _network_threads() == []
