"""The background-operation helper: two lanes, so that no database step ever waits behind the network.

* The **database lane** is one thread: all SQLite work is serialised there, so SQLite sees one writer.
  ``Ops.run(op, success=..., failure=...)`` runs ``op`` on it.
* The **network lane** is a small pool for work that may wait on a server (pulls, syncs, the ledger).
  ``Ops.run_network(op, ...)`` calls ``op(db)``, where ``db`` (a :data:`~coopclient.core.lanes.DbCall`)
  runs one piece of database work on the database lane and blocks the *network* thread until it returns
  (its exception is raised there). A heartbeat therefore never queues behind a request that takes 30 s,
  as in Anki's task manager (one database executor, network elsewhere).

Either way ``success(value)`` or ``failure(error)`` is called back on the GUI thread. Ops receive plain data
or services, never widgets. A failure nobody handles goes to the window's error handler as a readable
message, never a traceback. Long ops take an :class:`OpContext` to report progress and notice cancellation.

The database lane never waits on the network lane; the GUI thread never waits on either. At shutdown the
database lane finishes what is queued (the last heartbeat); network work still waiting on a server is not
waited for: a ``db`` step it asks for afterwards fails with :class:`LaneClosed` instead of blocking. The
network lane's threads are daemon threads (:class:`DaemonPool`), so the process does not wait for them at
exit either: a ``ThreadPoolExecutor``'s workers are joined when the interpreter exits, and a request that
waits 30 s would hold the quit for 30 s. Killing one at exit is safe: it holds no transaction (all SQL runs
on the database lane, which has finished), and what it was sending stays in the outbox for the next run.

Tests inject :class:`ImmediateExecutor`, which runs both lanes inline, so they need no waiting.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from coopclient.core.lanes import DbCall

log = logging.getLogger(__name__)
T = TypeVar("T")

NETWORK_WORKERS = 4  # a pull, a platform sync and a ledger sync can each wait on their own server


class Cancelled(Exception):
    """Raised inside an op when the member cancelled it."""


class LaneClosed(RuntimeError):
    """A network op asked the database lane for work after the window closed."""


@dataclass
class OpContext:
    """Given to long ops: report progress, check for cancellation."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[int, int], None] | None = None

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises :class:`Cancelled` if the member cancelled."""
        self.check()
        if self._progress is not None:
            self._progress(done, total)

    def check(self) -> None:
        """Raise :class:`Cancelled` if the member cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        """Ask the op to stop at its next check."""
        self._cancel.set()


class ImmediateExecutor(Executor):
    """Runs each op at once on the calling thread (tests)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


class DaemonPool(Executor):
    """A pool of daemon threads (the network lane): never joined at interpreter exit, unlike a
    ``ThreadPoolExecutor``'s. Threads start as work arrives, up to ``workers``; idle ones wait for more."""

    def __init__(self, workers: int, prefix: str) -> None:
        self._workers = workers
        self._prefix = prefix
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._idle = 0
        self._closed = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new work after shutdown")
            self._queue.put((future, lambda: fn(*args, **kwargs)))
            if self._idle <= 0 and len(self._threads) < self._workers:
                thread = threading.Thread(target=self._serve, name=f"{self._prefix}_{len(self._threads)}", daemon=True)
                self._threads.append(thread)
                thread.start()
            else:
                self._idle -= 1  # an idle thread takes this work
        return future

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            future, call = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(call())
                except BaseException as exc:
                    future.set_exception(exc)
            with self._lock:
                self._idle += 1

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._queue.put(None)  # after the work already queued: each thread ends when it gets one
        if wait:
            for thread in threads:
                thread.join()


class _Lane:
    """One executor, started with its first op (the window appears before any thread is made)."""

    def __init__(
        self, executor: Executor | None, workers: int, prefix: str, make: Callable[[int, str], Executor]
    ) -> None:
        self._executor = executor
        self._workers = workers
        self._prefix = prefix
        self._make = make
        self._lock = threading.Lock()
        self._here = threading.local()  # set while this lane runs work on the current thread
        self.closed = False

    @property
    def inline(self) -> bool:
        return isinstance(self._executor, ImmediateExecutor)

    def submit(self, work: Callable[[], None]) -> None:
        with self._lock:  # not held while submitting: an inline executor runs (and submits) at once
            if self.closed:
                raise LaneClosed("the window is closing: no more background work")
            if self._executor is None:
                self._executor = self._make(self._workers, self._prefix)
            executor = self._executor
        try:
            executor.submit(self._marked, work)
        except RuntimeError as exc:  # shut down between the check and the submit
            raise LaneClosed("the window is closing: no more background work") from exc

    def _marked(self, work: Callable[[], None]) -> None:
        outer = getattr(self._here, "active", False)  # inline executors nest
        self._here.active = True
        try:
            work()
        finally:
            self._here.active = outer

    @property
    def on_this_thread(self) -> bool:
        """Whether the calling thread is running this lane's work right now."""
        return bool(getattr(self._here, "active", False))

    def shutdown(self, wait: bool) -> None:
        with self._lock:
            self.closed = True
            executor = self._executor
        if executor is not None:
            # Queued work still runs (the last heartbeat is in it); ``wait`` decides whether we see it end.
            executor.shutdown(wait=wait)


class Ops(QObject):
    """Runs ops on the database or network lane and delivers their outcome on the GUI thread.

    Args:
        executor: the database lane (default: one thread, started with the first op).
        parent: the owning Qt object.
        network: the network lane (default: a :class:`DaemonPool` of :data:`NETWORK_WORKERS` threads; inline
            when ``executor`` is an :class:`ImmediateExecutor`).
        trail: told each op's code name as it is submitted (the crash log's last operations), never its data.

    Signals:
        busy_changed(int): the number of ops queued or running.
        error(str): an op failed and had no failure callback: a message for the member.
        progressed(int, int, int): op id, done, total — from long ops.
    """

    busy_changed = Signal(int)
    error = Signal(str)
    progressed = Signal(int, int, int)
    _finished = Signal(int)

    def __init__(
        self,
        executor: Executor | None = None,
        parent: QObject | None = None,
        network: Executor | None = None,
        trail: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._trail = trail
        if network is None and isinstance(executor, ImmediateExecutor):
            network = executor
        self._db = _Lane(executor, 1, "coopclient-db", _thread_pool)
        self._network = _Lane(network, NETWORK_WORKERS, "coopclient-net", DaemonPool)
        self._pending: dict[
            int, tuple[Future[Any], Callable[[Any], None] | None, Callable[[BaseException], None] | None]
        ] = {}
        self._next = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> int:
        """Ops queued or running."""
        return len(self._pending)

    def run(
        self,
        op: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run ``op`` on the database lane; returns an op id."""
        return self._submit(self._db, lambda: op(), success, failure, op)

    def run_network(
        self,
        op: Callable[[DbCall], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run ``op(db)`` on the network lane: it may wait on a server, and hands each database step to ``db``."""
        return self._submit(self._network, lambda: op(self.db), success, failure, op)

    def run_aside(
        self,
        op: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run ``op`` on the network lane's pool: CPU work touching neither store nor server (decoding an
        image), which must not hold up the database lane's heartbeats."""
        return self._submit(self._network, op, success, failure, op)

    def run_long(
        self,
        op: Callable[[OpContext], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> tuple[int, OpContext]:
        """Run a long ``op`` on the database lane that reports progress (``progressed``) and can be cancelled."""
        context = OpContext()
        op_id = self._next + 1
        context._progress = lambda done, total: self.progressed.emit(op_id, done, total)
        return self._submit(self._db, lambda: op(context), success, failure, op), context

    def db(self, work: Callable[[], T], /) -> T:
        """Run ``work`` on the database lane and return its result (a :data:`DbCall`, for network ops).

        Blocks the calling thread until the database lane has run it: call it from the network lane only.
        On the database lane itself (or when that lane is inline) it runs at once, so it can never wait on
        itself.
        """
        if self._db.inline or self._db.on_this_thread:
            return work()
        future: Future[T] = Future()

        def step() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(work())
            except BaseException as exc:
                future.set_exception(exc)

        self._db.submit(step)  # raises LaneClosed once the window closed: never a wait that cannot end
        return future.result()

    def _submit(
        self,
        lane: _Lane,
        call: Callable[[], Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[BaseException], None] | None,
        op: Callable[..., Any] | None = None,
    ) -> int:
        if self._closed:
            raise RuntimeError("ops helper is shut down")
        if self._trail is not None and op is not None:
            from coopclient.system.crashlog import op_name

            self._trail(op_name(op))
        self._next += 1
        op_id = self._next
        future: Future[Any] = Future()
        self._pending[op_id] = (future, success, failure)
        self.busy_changed.emit(len(self._pending))

        def work() -> None:
            try:
                future.set_result(call())
            except BaseException as exc:
                future.set_exception(exc)
            try:
                self._finished.emit(op_id)
            except RuntimeError:  # the window (and this helper) went away while a network op waited
                log.debug("op %d finished after the ops helper was deleted", op_id)

        lane.submit(work)
        return op_id

    def _deliver(self, op_id: int) -> None:
        future, success, failure = self._pending.pop(op_id)
        self.busy_changed.emit(len(self._pending))
        if self._closed:  # the window is gone: its callbacks would act on closed services
            return
        error = future.exception()
        if error is None:
            if success is not None:
                success(future.result())
            return
        if isinstance(error, Cancelled):
            return
        if failure is not None:
            failure(error)
            return
        log.error("background operation failed", exc_info=error)
        self.error.emit(describe(error))

    def shutdown(self, wait_network: bool = False) -> None:
        """Stop both lanes (at window close): the database lane finishes what is queued; outcomes are dropped.

        The network lane is closed first, so no new network op starts. By default the GUI thread does not
        wait for a network op still waiting on a server: it ends on its own (at the client's timeout), and a
        database step it asks for after the database lane closed fails with :class:`LaneClosed` rather than
        waiting (the outbox keeps its rows for the next run). With ``wait_network`` its running ops are
        waited for first, their database steps included (the database lane is open until they end).
        """
        self._closed = True
        self._network.shutdown(wait=wait_network)
        self._db.shutdown(wait=True)


def _thread_pool(workers: int, prefix: str) -> Executor:
    """The database lane: joined at exit, so the last heartbeat is always committed."""
    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix=prefix)


def describe(error: BaseException) -> str:
    """A readable one-line message for a failure (never a traceback)."""
    text = str(error).strip() or type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        text = f"{error.filename or ''}: {error.strerror}".strip(": ")
    return text
