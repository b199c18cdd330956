"""Opening the local SQLite store: durable settings, schema migrations and a copy taken before migrating.

Durability: WAL with ``synchronous=FULL``: a committed transaction survives a process kill and a power
loss (if the disk honours flushes). Every user-visible change is one transaction (``db.atomic()``).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from coopclient.storage.migrations import MIGRATIONS, SCHEMA_VERSION

DB_FILENAME = "coopclient.sqlite3"


class StoreError(RuntimeError):
    """The store cannot be opened: newer schema, unreadable file. The message says what to do."""


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date."""
    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    if created:
        # Owner-only permissions before any data is written (the file holds the member's earnings).
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    try:
        db = sqlite_utils.Database(conn)
        _refuse_newer(db, path)  # before any pragma writes to the file
        _configure(db)
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return db


def open_memory_database() -> sqlite_utils.Database:
    """An in-memory store with the full schema, for tests of the layers above."""
    db = sqlite_utils.Database(memory=True)
    _configure(db)
    migrate(db, None)
    return db


def _configure(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=10000")


def schema_version(db: sqlite_utils.Database) -> int:
    """The number of the last migration applied."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: Path | None) -> Path | None:
    """Apply pending migrations, after copying the database file. Returns the copy's path, if one was made.

    Raises:
        StoreError: the database was written by a newer coopclient.
    """
    _refuse_newer(db, path)
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        return None
    backup = backup_database(db, path, version) if path is not None and version > 0 else None
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            for statement in _statements(MIGRATIONS[number - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
    return backup


def _statements(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _refuse_newer(db: sqlite_utils.Database, path: Path | None) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: this database has schema version {version}, newer than this coopclient "
            f"understands ({SCHEMA_VERSION}); update coopclient, or use another --data-dir"
        )


def backup_database(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the database (consistently, with SQLite's backup API) beside it, before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    with sqlite3.connect(str(target)) as copy:
        db.conn.backup(copy)
    copy.close()
    return target
