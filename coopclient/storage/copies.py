"""Copies of the member's store for a backup: a consistent snapshot of a live store, and the check of a copy.

Both open connections of their own, so they can run off the database lane while the app writes (WAL lets a
reader see the last committed state without holding the writer up).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def snapshot(source: Path, target: Path) -> None:
    """Copy the store at ``source`` to a new owner-only file ``target`` with SQLite's online backup API."""
    fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def integrity_problem(path: Path) -> str | None:
    """What SQLite's integrity check finds wrong with the store at ``path``, or None when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        verdict = str(exc)
    finally:
        conn.close()
    return None if verdict == "ok" else verdict
