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
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

Row = tuple[Any, ...]
Params = Sequence[Any]

APPEND_LOCK_KEY = 7406
BUSY_TIMEOUT_S = 10.0
POOL_WAIT_S = 30.0
_SMALL_INSERT = 16  # rows up to which PostgreSQL inserts use one INSERT statement rather than COPY


class DatabaseError(RuntimeError):
    """A database operation failed; wraps the engine's own error (kept as `__cause__`)."""


def connect(url: str, *, max_connections: int = 8) -> Database:
    """Open the database at `url` (see the module docstring); nothing is connected until first use."""
    if max_connections < 1:
        raise ValueError(f"max_connections: must be at least 1, not {max_connections}")
    postgres = url.startswith(("postgresql://", "postgres://"))
    engine: _Engine = _Postgres(url) if postgres else _SQLite(_sqlite_path(url))
    return Database(engine, max_connections)


def _sqlite_path(url: str) -> Path:
    # SQLAlchemy's convention: three slashes and a relative path, four slashes and an absolute one.
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    elif url.startswith("sqlite:"):
        raise ValueError(f"database url {url!r}: a SQLite url is sqlite:///relative or sqlite:////absolute")
    elif "://" in url:
        raise ValueError(f"database url {url!r}: expected a SQLite path, sqlite:///path or postgresql://...")
    if not url or url == ":memory:":
        # Each pooled connection would get its own empty in-memory database.
        raise ValueError("database url: an in-memory SQLite database cannot be shared; give a file path")
    return Path(url)


@functools.lru_cache(maxsize=512)
def _to_pyformat(sql: str) -> str:
    """`?` placeholders → `%s`, `%` → `%%`; a `?` inside a quoted literal or identifier is left alone."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if ch == "%":
            out.append("%%")
            continue
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


class _Engine(ABC):
    """What differs between SQLite and PostgreSQL: connecting, beginning, SQL dialect, errors."""

    name: str
    description: str  # for messages; never contains a password
    errors: tuple[type[BaseException], ...]

    @abstractmethod
    def open(self) -> Any: ...

    @abstractmethod
    def begin(self, conn: Any, *, write: bool, append_lock: bool) -> None: ...

    @abstractmethod
    def lock_appends(self, conn: Any) -> None:
        """Take the append lock inside a write transaction that began without it."""

    @abstractmethod
    def commit(self, conn: Any) -> None: ...

    @abstractmethod
    def rollback(self, conn: Any) -> None: ...

    @abstractmethod
    def statement(self, sql: str, params: Params) -> tuple[str, tuple[Any, ...] | None]:
        """The SQL and parameters in the driver's style."""

    @abstractmethod
    def healthy(self, conn: Any) -> bool:
        """May this connection go back to the pool (after a commit or a rollback)?"""

    def rows(self, rows: Iterable[Row]) -> list[Row]:
        return list(rows)

    def insert_many(self, conn: Any, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        marks = ", ".join("?" * len(columns))
        sql, _ = self.statement(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows[0])
        conn.cursor().executemany(sql, [tuple(r) for r in rows])

    @staticmethod
    def close(conn: Any) -> None:
        conn.close()


class _SQLite(_Engine):
    name = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = str(path)

    def open(self) -> sqlite3.Connection:
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Owner-only before anything is written (O_EXCL-free: another process may create it first).
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        except BaseException:
            conn.close()
            raise
        return conn

    def begin(self, conn: Any, *, write: bool, append_lock: bool) -> None:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")

    def lock_appends(self, conn: Any) -> None:
        pass  # BEGIN IMMEDIATE already holds the database's only write lock

    def commit(self, conn: Any) -> None:
        conn.execute("COMMIT")

    def rollback(self, conn: Any) -> None:
        if conn.in_transaction:
            conn.execute("ROLLBACK")

    def statement(self, sql: str, params: Params) -> tuple[str, tuple[Any, ...] | None]:
        return sql, tuple(params)

    def healthy(self, conn: Any) -> bool:
        return not conn.in_transaction


_BYTEA_OID = 17  # PostgreSQL's type oid of bytea (pg_type)


class _Postgres(_Engine):
    name = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg  # the ledger extra; imported here so SQLite-only use does not need it

        self._psycopg = psycopg
        self.url = url
        self.description = _redact(url)
        self.errors = (psycopg.Error,)

    def open(self) -> Any:
        return self._psycopg.connect(self.url, autocommit=False)

    def begin(self, conn: Any, *, write: bool, append_lock: bool) -> None:
        # With autocommit off, psycopg sends BEGIN (with these characteristics) before the first statement.
        level = self._psycopg.IsolationLevel.READ_COMMITTED if write else self._psycopg.IsolationLevel.REPEATABLE_READ
        if conn.isolation_level != level:
            conn.isolation_level = level
        if conn.read_only != (not write):
            conn.read_only = not write
        if append_lock:
            self.lock_appends(conn)

    def lock_appends(self, conn: Any) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK_KEY,))

    def commit(self, conn: Any) -> None:
        conn.commit()

    def rollback(self, conn: Any) -> None:
        if not conn.closed:
            conn.rollback()

    def statement(self, sql: str, params: Params) -> tuple[str, tuple[Any, ...] | None]:
        # Without parameters psycopg does not parse placeholders at all, so the SQL goes as written.
        return (_to_pyformat(sql), tuple(params)) if params else (sql, None)

    def healthy(self, conn: Any) -> bool:
        idle = self._psycopg.pq.TransactionStatus.IDLE
        return not conn.closed and not conn.broken and conn.info.transaction_status == idle

    def insert_many(self, conn: Any, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        names = ", ".join(columns)
        if len(rows) <= _SMALL_INSERT:
            # COPY costs two round trips; a few rows go faster as one multi-row INSERT.
            values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(rows))
            conn.execute(f"INSERT INTO {table} ({names}) VALUES {values}", [v for row in rows for v in row])
            return
        with conn.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def rows(self, rows: Iterable[Row]) -> list[Row]:
        # One fetchall loads every row in psycopg's C loop (iterating the cursor loads them one by one: a
        # release's 40,000 rows took 0.3 s more). psycopg loads bytea as bytes; a custom loader could give
        # memoryview, so the bytea columns (and only those: the per-value check cost as much as the fetch)
        # are normalised to be sure.
        cursor: Any = rows
        if cursor.description is None:
            return []
        fetched: list[Row] = cursor.fetchall()
        blobs = [i for i, column in enumerate(cursor.description) if column.type_code == _BYTEA_OID]
        if not blobs:
            return fetched
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in fetched]


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


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
