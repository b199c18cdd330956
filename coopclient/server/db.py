"""A thin database layer under the ledger store: one API over SQLite and PostgreSQL (psycopg 3).

`connect(url)` takes a SQLite path (or `sqlite:///relative`, `sqlite:////absolute`) or a
`postgresql://...` URL. SQL is written once with `?` placeholders; for PostgreSQL they become `%s` (and a
literal `%` becomes `%%`). Blobs are `bytes` both ways. Rows are plain tuples.

Transactions:
- `transaction(append_lock=...)` is a write transaction. SQLite: `BEGIN IMMEDIATE` (the write lock is taken
  at once, so two writers never deadlock upgrading a read lock). PostgreSQL: READ COMMITTED and, with
  `append_lock`, `SELECT pg_advisory_xact_lock(7406)` first, which serialises appends across every process
  sharing the database. READ COMMITTED on purpose: each statement after the lock sees what the previous
  lock holder committed (REPEATABLE READ would have taken its snapshot before the lock was granted).
- `snapshot()` is a read-only, consistent view (SQLite: a deferred `BEGIN`, which WAL readers take without
  blocking writers; PostgreSQL: REPEATABLE READ READ ONLY).
- `execute`/`fetchall`/... called inside either block run in it; called outside, each runs in its own
  short transaction (a write one for `execute`/`executemany`, a snapshot for the fetches).
- Blocks nest by joining the outer one (no savepoints): a write inside a snapshot is refused.

Connections: a small pool per `Database` (default at most 8), handed to a thread for the length of one
block and back to the pool after, so the server's thread pool can run requests in parallel while the
number of PostgreSQL connections stays bounded. The connection of the block in progress is kept in a
thread-local of this `Database` (not a module global), which is how nested calls find it. A PostgreSQL
connection that broke (server restart) is dropped instead of pooled.

SQLite runs in WAL with `synchronous=FULL` (a committed append survives a power loss if the disk honours
flushes) and a 10 s busy timeout; a new database file is created owner-only (0600).

The two engines (how each opens, begins, locks, binds and copies rows) are in `db_engines`; this module
holds the pool, the transactions and the calls.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from coopclient.server.db_engines import Params, Row, _Engine, _Postgres, _SQLite, _sqlite_path

POOL_WAIT_S = 30.0


class DatabaseError(RuntimeError):
    """A database operation failed; wraps the engine's own error (kept as `__cause__`)."""


def connect(url: str, *, max_connections: int = 8) -> Database:
    """Open the database at `url` (see the module docstring); nothing is connected until first use."""
    if max_connections < 1:
        raise ValueError(f"max_connections: must be at least 1, not {max_connections}")
    postgres = url.startswith(("postgresql://", "postgres://"))
    engine: _Engine = _Postgres(url) if postgres else _SQLite(_sqlite_path(url))
    return Database(engine, max_connections)


class _Block:
    """The transaction in progress on one thread: its connection, whether it writes, nesting depth."""

    def __init__(self, conn: Any, write: bool) -> None:
        self.conn = conn
        self.write = write
        self.locked = False
        self.depth = 1


class Database:
    """A pooled connection to one ledger database; see the module docstring. Safe to share across threads."""

    def __init__(self, engine: _Engine, max_connections: int) -> None:
        self._engine = engine
        self._max = max_connections
        self._idle: list[Any] = []
        self._open = 0
        self._closed = False
        self._cond = threading.Condition()
        self._local = threading.local()

    @property
    def engine(self) -> str:
        """The engine's name, "sqlite" or "postgresql", for the rare SQL that differs."""
        return self._engine.name

    @property
    def description(self) -> str:
        """The file or URL (password hidden), for messages."""
        return self._engine.description

    # -- blocks ------------------------------------------------------------------------------------------

    @contextmanager
    def transaction(self, append_lock: bool = False) -> Iterator[None]:
        """A write transaction, committed at the end of the block and rolled back if it raises."""
        with self._block(write=True, append_lock=append_lock):
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read-only transaction: every read in the block sees the same committed state."""
        with self._block(write=False, append_lock=False):
            yield

    @contextmanager
    def _block(self, *, write: bool, append_lock: bool) -> Iterator[None]:
        current: _Block | None = getattr(self._local, "block", None)
        if current is not None:
            yield from self._join(current, write=write, append_lock=append_lock)
            return
        conn = self._acquire()
        block = _Block(conn, write)
        ok = False
        try:
            self._guard(lambda: self._engine.begin(conn, write=write, append_lock=append_lock))
            block.locked = append_lock
            self._local.block = block
            try:
                yield
            finally:
                self._local.block = None
            self._guard(lambda: self._engine.commit(conn))
            ok = True
        finally:
            if not ok:
                self._rollback_quietly(conn)
            self._release(conn)

    def _join(self, block: _Block, *, write: bool, append_lock: bool) -> Iterator[None]:
        if write and not block.write:
            raise DatabaseError("a write transaction cannot start inside a read-only snapshot")
        if append_lock and not block.locked:
            self._guard(lambda: self._engine.lock_appends(block.conn))
            block.locked = True
        block.depth += 1
        try:
            yield
        finally:
            block.depth -= 1

    def _rollback_quietly(self, conn: Any) -> None:
        # The connection is dropped by _release if it is not clean; the original error matters more.
        with suppress(*self._engine.errors):
            self._engine.rollback(conn)

    # -- statements --------------------------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed (the driver's rowcount)."""
        with self._block(write=True, append_lock=False):
            return int(self._run(lambda conn: conn.execute(*self._engine.statement(sql, params)).rowcount))

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for each row of parameters (batched by the driver)."""
        batch = [tuple(r) for r in rows]
        if not batch:
            return
        statement = self._engine.statement(sql, batch[0])[0]
        with self._block(write=True, append_lock=False):
            if len(batch) == 1:  # psycopg's executemany enters pipeline mode: extra round trips for one row
                self._run(lambda conn: conn.execute(statement, batch[0]))
            else:
                self._run(lambda conn: conn.cursor().executemany(statement, batch))

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Insert rows into `table` as fast as the engine allows (plain INSERT: a conflict is an error).

        SQLite: one prepared INSERT run by executemany. PostgreSQL: COPY, a single round trip instead of a
        statement per row (about 2x faster than a pipelined executemany for a batch of 500 entries).
        `table` and `columns` are identifiers from the code, never from input.
        """
        if not rows:
            return
        with self._block(write=True, append_lock=False):
            self._run(lambda conn: self._engine.insert_many(conn, table, columns, rows))

    def insert_with(self, table: str, columns: Sequence[tuple[str, str]], rows: Sequence[Params], clause: str) -> None:
        """`INSERT INTO table (columns) ... clause` for every row, with a clause COPY cannot take (`ON CONFLICT
        ... DO UPDATE`). `columns` are (name, PostgreSQL type) pairs; all of it is SQL from the code.

        SQLite: executemany of the one-row INSERT. PostgreSQL: one statement whatever the number of rows, each
        column sent as one array and turned back into rows by `unnest` (a pipelined executemany of 500
        upserts took 18 ms, as long as the rest of the append; a 500-row VALUES list, with its 5,500
        parameters to bind and plan, 23 ms). No two rows may conflict with each other (PostgreSQL refuses to
        update a row twice in one statement).
        """
        if not rows:
            return
        names = ", ".join(name for name, _ in columns)
        with self._block(write=True, append_lock=False):
            if self.engine != "postgresql":
                marks = ", ".join("?" * len(columns))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) {clause}"
                self._run(lambda conn: conn.cursor().executemany(sql, [tuple(r) for r in rows]))
                return
            arrays = ", ".join(f"%s::{kind}[]" for _, kind in columns)
            sql = f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) {clause}"
            params = [list(column) for column in zip(*rows, strict=True)]
            self._run(lambda conn: conn.execute(sql, params))

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        with self._block(write=False, append_lock=False):
            rows: list[Row] = self._run(
                lambda conn: self._engine.rows(conn.execute(*self._engine.statement(sql, params)))
            )
            return rows

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    def _run(self, action: Any) -> Any:
        block: _Block = self._local.block
        return self._guard(lambda: action(block.conn))

    def _guard(self, action: Any) -> Any:
        try:
            return action()
        except self._engine.errors as exc:
            # psycopg's text adds CONTEXT lines (the trigger's source position); the first line says it all.
            message = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc).strip()
            raise DatabaseError(message) from exc

    # -- pool --------------------------------------------------------------------------------------------

    def _acquire(self) -> Any:
        deadline = time.monotonic() + POOL_WAIT_S
        with self._cond:
            while True:
                if self._closed:
                    raise DatabaseError(f"{self.description}: the database is closed")
                if self._idle:
                    return self._idle.pop()
                if self._open < self._max:
                    self._open += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise DatabaseError(f"{self.description}: no free connection after {POOL_WAIT_S:.0f} s")
                self._cond.wait(left)
        try:
            return self._guard(self._engine.open)
        except DatabaseError as exc:
            with self._cond:
                self._open -= 1
                self._cond.notify()
            raise DatabaseError(f"{self.description}: cannot connect: {exc}") from exc.__cause__
        except BaseException:
            with self._cond:
                self._open -= 1
                self._cond.notify()
            raise

    def _release(self, conn: Any) -> None:
        keep = False
        try:
            keep = self._engine.healthy(conn)
        except self._engine.errors:
            keep = False
        with self._cond:
            if keep and not self._closed:
                self._idle.append(conn)
                conn = None
            else:
                self._open -= 1
            self._cond.notify()
        if conn is not None:
            self._close_quietly(conn)

    def _close_quietly(self, conn: Any) -> None:
        with suppress(*self._engine.errors):
            self._engine.close(conn)

    def close(self) -> None:
        """Close the pooled connections; connections in use are closed when their block ends."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            self._cond.notify_all()
        for conn in idle:
            self._close_quietly(conn)

    def __repr__(self) -> str:
        return f"Database({self.engine}: {self.description})"
