"""The one background-operation helper: disk and network work off the GUI thread.

``Ops.run(op, success=..., failure=...)`` runs ``op`` on a single worker thread (all database work is
serialised there, so SQLite sees one writer) and calls ``success(value)`` or ``failure(error)`` back on the
GUI thread. Ops receive plain data or services, never widgets. A failure nobody handles goes to the
window's error handler as a readable message, never a traceback. Long ops take an :class:`OpContext` to
report progress and notice cancellation.

Tests inject :class:`ImmediateExecutor`, which runs ops inline, so they need no waiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside an op when the member cancelled it."""


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


class Ops(QObject):
    """Runs ops on the worker and delivers their outcome on the GUI thread.

    Signals:
        busy_changed(int): the number of ops queued or running.
        error(str): an op failed and had no failure callback: a message for the member.
        progressed(int, int, int): op id, done, total — from long ops.
    """

    busy_changed = Signal(int)
    error = Signal(str)
    progressed = Signal(int, int, int)
    _finished = Signal(int)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor  # the worker thread is started with the first op
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
        """Run ``op`` in the background; returns an op id."""
        return self._submit(lambda: op(), success, failure)

    def run_long(
        self,
        op: Callable[[OpContext], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> tuple[int, OpContext]:
        """Run a long ``op`` that reports progress (``progressed``) and can be cancelled."""
        context = OpContext()
        op_id = self._next + 1
        context._progress = lambda done, total: self.progressed.emit(op_id, done, total)
        return self._submit(lambda: op(context), success, failure), context

    def _submit(
        self,
        call: Callable[[], Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[BaseException], None] | None,
    ) -> int:
        if self._closed:
            raise RuntimeError("ops helper is shut down")
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
            self._finished.emit(op_id)

        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coopclient-db")
        self._executor.submit(work)
        return op_id

    def _deliver(self, op_id: int) -> None:
        future, success, failure = self._pending.pop(op_id)
        self.busy_changed.emit(len(self._pending))
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

    def shutdown(self) -> None:
        """Finish queued ops, then stop the worker thread (at window close)."""
        self._closed = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)


def describe(error: BaseException) -> str:
    """A readable one-line message for a failure (never a traceback)."""
    text = str(error).strip() or type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        text = f"{error.filename or ''}: {error.strerror}".strip(": ")
    return text
