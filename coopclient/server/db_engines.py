"""The two engines under the ledger's database layer (coopclient/server/db.py): SQLite and PostgreSQL behind
one small interface: how each opens a connection, begins a transaction (and takes the append lock), binds
`?` placeholders, reads blobs and inserts many rows; and the reading of a SQLite url.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

Row = tuple[Any, ...]
Params = Sequence[Any]

APPEND_LOCK_KEY = 7406
BUSY_TIMEOUT_S = 10.0
_SMALL_INSERT = 16  # rows up to which PostgreSQL inserts use one INSERT statement rather than COPY


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
