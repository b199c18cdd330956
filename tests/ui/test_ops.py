"""The background-operation helper with its real worker thread: results and errors come back on the GUI
thread; long ops report progress and can be cancelled; shutdown leaves no thread behind."""

from __future__ import annotations

import threading

import pytest

from coopclient.ui.ops import Cancelled, OpContext, Ops


@pytest.fixture
def ops(qtbot):
    helper = Ops()
    yield helper
    helper.shutdown()


def test_success_runs_on_the_gui_thread(qtbot, ops: Ops) -> None:
    seen: list[tuple[int, bool]] = []
    worker_threads: list[str] = []

    def op() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    ops.run(op, success=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [(42, True)]
    assert worker_threads[0].startswith("coopclient-db")


def test_failure_goes_to_the_callback_or_becomes_a_readable_message(qtbot, ops: Ops) -> None:
    failures: list[BaseException] = []
    ops.run(lambda: 1 / 0, failure=failures.append)
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], ZeroDivisionError)
    with qtbot.waitSignal(ops.error) as blocker:
        ops.run(lambda: (_ for _ in ()).throw(OSError(28, "No space left on device", "/data/x.sqlite3")))
    assert blocker.args == ["/data/x.sqlite3: No space left on device"]


def test_long_ops_report_progress_and_can_be_cancelled(qtbot, ops: Ops) -> None:
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


def test_ops_run_in_order_on_one_worker(qtbot, ops: Ops) -> None:
    order: list[int] = []
    for i in range(20):
        ops.run(lambda i=i: i, success=order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))
