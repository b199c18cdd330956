"""Copies of the member's store for a backup: a consistent snapshot of a live store, the check of a copy, and
the restore the app leaves beside its folder for its next start.

The snapshot and the check open connections of their own, so they can run off the database lane while the
app writes (WAL lets a reader see the last committed state without holding the writer up). The app cannot
restore over the folder it has open: it restores into :func:`pending_restore`, and
:func:`apply_pending_restore` swaps that in at the next start, before the store is opened.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DB_FILENAME = "coopclient.sqlite3"  # as storage.db's, without importing sqlite_utils at start-up


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


def set_aside_name(folder: Path) -> Path:
    """A free name beside ``folder`` to keep it under: ``<name>.before-restore-N``."""
    n = 1
    while (aside := folder.with_name(f"{folder.name}.before-restore-{n}")).exists():
        n += 1
    return aside


def pending_restore(data_dir: Path) -> Path:
    """Where the app restores a backup, to be swapped in for ``data_dir`` at its next start."""
    return data_dir.with_name(f"{data_dir.name}.restore-pending")


def apply_pending_restore(data_dir: Path) -> Path | None:
    """Put a restore the app left beside ``data_dir`` in its place; the folder it replaces is kept beside it.

    Call it before anything opens ``data_dir`` (the store, the crash log). Returns where the replaced folder
    was kept, or None when there was nothing to swap in (or the data folder was empty).
    """
    pending = pending_restore(data_dir)
    if not (pending / DB_FILENAME).is_file():
        return None
    aside = None
    if data_dir.is_dir() and any(data_dir.iterdir()):
        aside = set_aside_name(data_dir)
        data_dir.rename(aside)
    elif data_dir.is_dir():
        data_dir.rmdir()
    pending.rename(data_dir)
    return aside
