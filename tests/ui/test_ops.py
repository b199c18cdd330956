"""The background-operation helper with its real threads: results and errors come back on the GUI thread;
long ops report progress and can be cancelled; shutdown leaves no thread behind. Network ops run on their
own lane and hand each database step to the database lane, so database ops never wait behind a server; the
process quits while a network op still waits on its server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from coopclient.core.lanes import DbCall
from coopclient.ui.ops import Cancelled, ImmediateExecutor, LaneClosed, OpContext, Ops


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Ops]:
    helper = Ops()
    yield helper
    helper.shutdown(wait_network=True)  # every test here lets its network ops end


def test_success_runs_on_the_gui_thread(qtbot: QtBot, ops: Ops) -> None:
    seen: list[tuple[int, bool]] = []
    worker_threads: list[str] = []

    def op() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    ops.run(op, success=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [(42, True)]
    assert worker_threads[0].startswith("coopclient-db")


def test_failure_goes_to_the_callback_or_becomes_a_readable_message(qtbot: QtBot, ops: Ops) -> None:
    failures: list[BaseException] = []
    ops.run(lambda: 1 / 0, failure=failures.append)
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], ZeroDivisionError)
    with qtbot.waitSignal(ops.error) as blocker:
        ops.run(lambda: (_ for _ in ()).throw(OSError(28, "No space left on device", "/data/x.sqlite3")))
    assert blocker.args == ["/data/x.sqlite3: No space left on device"]


def test_long_ops_report_progress_and_can_be_cancelled(qtbot: QtBot, ops: Ops) -> None:
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def long(ctx: OpContext) -> str:
        ctx.progress(1, 3)
        started.set()
        release.wait(10)
        ctx.progress(2, 3)  # raises Cancelled: the member cancelled meanwhile
        return "finished"

    progress: list[tuple[int, int, int]] = []
    ops.progressed.connect(lambda *a: progress.append(a))
    _, context = ops.run_long(long, success=outcome.append, failure=lambda e: outcome.append(type(e).__name__))
    assert started.wait(10)
    context.cancel()
    release.set()
    qtbot.waitUntil(lambda: ops.busy == 0)
    assert outcome == []  # a cancelled op is neither a success nor an error
    assert progress and progress[0][1:] == (1, 3)
    with pytest.raises(Cancelled):
        context.check()


def test_ops_run_in_order_on_one_worker(qtbot: QtBot, ops: Ops) -> None:
    order: list[int] = []
    for i in range(20):
        ops.run(_returning(i), success=order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


# -- two lanes: the database lane never waits behind the network --------------------------------------------


def _returning(i: int) -> Callable[[], int]:
    return lambda: i


def _lane_threads(prefix: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(prefix)]


def test_a_network_op_hands_its_database_steps_to_the_database_lane(qtbot: QtBot, ops: Ops) -> None:
    seen: list[tuple[str, str, str]] = []

    def op(db: DbCall) -> tuple[str, str, str]:
        here = threading.current_thread().name
        there = db(lambda: threading.current_thread().name)
        with pytest.raises(ZeroDivisionError):  # a database step's error is raised in the network op
            db(lambda: 1 / 0)
        return here, there, threading.current_thread().name

    ops.run_network(op, success=seen.append)
    qtbot.waitUntil(lambda: seen != [])
    here, there, after = seen[0]
    assert here.startswith("coopclient-net") and after == here
    assert there.startswith("coopclient-db")


def test_database_ops_complete_while_a_network_op_waits_on_its_server(qtbot: QtBot, ops: Ops) -> None:
    server = threading.Event()
    outcome: list[str] = []

    def stalled(db: DbCall) -> str:
        db(lambda: None)
        server.wait(60)  # the request that takes minutes
        return db(lambda: "acked")

    ops.run_network(stalled, success=outcome.append)
    done: list[int] = []
    for i in range(5):
        ops.run(_returning(i), success=done.append)
    qtbot.waitUntil(lambda: done == [0, 1, 2, 3, 4])  # the old single worker would wait behind the request
    assert outcome == [] and ops.busy == 1
    server.set()
    qtbot.waitUntil(lambda: outcome == ["acked"])


def test_a_failed_network_op_goes_to_its_failure_callback(qtbot: QtBot, ops: Ops) -> None:
    failures: list[BaseException] = []
    empty: dict[str, int] = {}
    ops.run_network(lambda db: db(lambda: empty["missing"]), failure=failures.append)
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], KeyError)


def test_db_inside_a_database_op_runs_at_once_instead_of_waiting_on_itself(qtbot: QtBot, ops: Ops) -> None:
    seen: list[str] = []
    ops.run(lambda: ops.db(lambda: "inline"), success=seen.append)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["inline"]


def test_shutdown_while_a_network_op_waits_never_deadlocks(qtbot: QtBot) -> None:
    helper = Ops()
    server, ended = threading.Event(), threading.Event()
    late: list[BaseException] = []
    beats: list[str] = []

    def stalled(db: DbCall) -> None:
        server.wait(60)
        try:
            db(lambda: "ack")
        except LaneClosed as exc:
            late.append(exc)
        finally:
            ended.set()

    helper.run_network(stalled)
    helper.run(lambda: "last heartbeat", success=beats.append)
    helper.shutdown()  # returns with the network op still waiting on its server
    assert not ended.is_set()
    with pytest.raises(RuntimeError):
        helper.run(lambda: None)
    server.set()
    assert ended.wait(10)
    assert [type(e) for e in late] == [LaneClosed]  # the late database step fails instead of blocking
    for thread in _lane_threads("coopclient-"):
        thread.join(10)


def test_immediate_executor_runs_both_lanes_inline(qtbot: QtBot) -> None:
    helper = Ops(ImmediateExecutor())
    seen: list[tuple[str, str]] = []
    helper.run_network(
        lambda db: (threading.current_thread().name, db(lambda: threading.current_thread().name)),
        success=seen.append,
    )
    qtbot.waitUntil(lambda: seen != [])
    main = threading.main_thread().name
    assert seen == [(main, main)]


# A process whose network op waits on a server that never answers, then quits: it must not wait for it.
_QUIT_WHILE_STALLED = """
import threading
from PySide6.QtCore import QCoreApplication
from coopclient.ui.ops import Ops

app = QCoreApplication([])
ops = Ops()
waiting, never = threading.Event(), threading.Event()

def stalled(db):
    waiting.set()
    never.wait(600)  # the server that never answers

ops.run_network(stalled)
ops.run(lambda: 'last heartbeat')
assert waiting.wait(60)
ops.shutdown()
print('shut down')
"""


def test_the_process_quits_while_a_network_op_still_waits_on_its_server() -> None:
    """The network lane is not joined at exit (a ThreadPoolExecutor's workers are: the quit would wait 600 s)."""
    done = subprocess.run(
        [sys.executable, "-c", _QUIT_WHILE_STALLED],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (done.returncode, done.stdout.strip()) == (0, "shut down"), done.stderr
