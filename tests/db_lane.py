"""Database lanes for tests: one proves that network work hands every database step to its :data:`DbCall`,
another dies at a chosen step (the kill tests).

``GuardedLane`` runs each piece of database work on its own thread (as the app's database lane does) and
installs a SQLite authorizer that refuses, and records, any statement prepared on another thread. Wrapping a
transport's handler with :meth:`GuardedLane.network` records any request sent on the database lane, while
database work is in progress, or while a transaction is open.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

import httpx
import sqlite_utils

T = TypeVar("T")


class GuardedLane:
    """A :data:`DbCall` on a thread of its own; ``violations`` lists every rule broken while it was installed."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="db-lane")
        self._thread = self._pool.submit(threading.get_ident).result()
        self._busy = False
        self.calls = 0
        self.requests = 0
        self.violations: list[str] = []

    def __call__(self, work: Callable[[], T], /) -> T:
        self.calls += 1
        return self._pool.submit(self._run, work).result()

    def network(self, handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
        """A transport that checks each request is sent off the lane, with no transaction open."""

        def handle(request: httpx.Request) -> httpx.Response:
            self.requests += 1
            where = f"{request.method} {request.url.path}"
            if threading.get_ident() == self._thread or self._busy:
                self.violations.append(f"{where} sent from inside database work")
            if self._db.conn.in_transaction:
                self.violations.append(f"{where} sent while a transaction was open")
            return handler(request)

        return httpx.MockTransport(handle)

    def __enter__(self) -> GuardedLane:
        self._db.conn.set_authorizer(self._authorize)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._db.conn.set_authorizer(None)
        self._pool.shutdown()

    def _run(self, work: Callable[[], T]) -> T:
        self._busy = True
        try:
            return work()
        finally:
            self._busy = False

    def _authorize(self, action: int, *args: Any) -> int:
        if threading.get_ident() != self._thread:
            self.violations.append(f"SQL outside the database lane (action {action}, {args})")
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


class Killed(BaseException):
    """The process died here (a BaseException: no ``except Exception`` in the relay catches it)."""


def dying_db(at: int | None) -> Callable[[Callable[[], T]], T]:
    """A database lane on which the process dies before its ``at``-th step (a step never starts half done)."""
    calls = [0]

    def db(work: Callable[[], T]) -> T:
        calls[0] += 1
        if calls[0] == at:
            raise Killed
        return work()

    return db
