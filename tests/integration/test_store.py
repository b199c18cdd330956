"""The store: migrations from a real old file, the copy taken first, refusal of newer files, atomicity."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from coopclient.storage.db import DB_FILENAME, StoreError, open_database, schema_version
from coopclient.storage.migrations import SCHEMA_VERSION
from coopclient.storage.settings import SettingsError, SettingsRepo

V1 = Path(__file__).parent.parent / "data" / "coopclient-v1.sqlite3"


def test_an_old_database_migrates_keeping_its_data_and_a_copy(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    shutil.copy(V1, path)
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == 2
        assert db.execute("SELECT result_id FROM results").fetchone()[0] == "r-1"
        # The rollups introduced by migration 2 are filled from the old rows.
        rollup = dict(db.execute("SELECT bucket, ms FROM time_rollup WHERE ms != 0").fetchall())
        assert rollup == {"annotating": 42_000, "~pending": 18_000}
        money = db.execute("SELECT kind, currency, micros FROM money_rollup").fetchall()
        assert money == [("piece_rate", "EUR", 40_000)]
    finally:
        db.close()
    copies = list(tmp_path.glob(f"{DB_FILENAME}.v1-*.bak"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT count(*) FROM tasks").fetchone()[0] == 2
    old.close()
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600


def test_a_new_database_is_private_and_needs_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "sub" / DB_FILENAME
    db = open_database(path)
    db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob("*.bak"))
    db = open_database(path)  # reopening runs no migration and takes no copy
    db.close()
    assert not list(path.parent.glob("*.bak"))


def test_wal_and_full_sync(tmp_path: Path) -> None:
    db = open_database(tmp_path / DB_FILENAME)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        db.close()


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer than this coopclient"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_text("hello, not sqlite" * 100)
    with pytest.raises(StoreError, match=str(path)):
        open_database(path)


def test_a_failed_migration_leaves_the_old_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopclient.storage import db as dbmod
    from coopclient.storage.migrations import MIGRATIONS

    path = tmp_path / DB_FILENAME
    shutil.copy(V1, path)
    broken = (MIGRATIONS[0], MIGRATIONS[1] + "\nCREATE TABLE tasks (x);")
    monkeypatch.setattr(dbmod, "MIGRATIONS", broken)
    with pytest.raises(StoreError):
        open_database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "time_rollup" not in tables


def test_settings_are_typed_and_declared(tmp_path: Path) -> None:
    db = open_database(tmp_path / DB_FILENAME)
    try:
        settings = SettingsRepo(db)
        assert settings.get("idle_threshold_s") == 180
        settings.set("idle_threshold_s", 300)
        assert settings.get("idle_threshold_s") == 300
        with pytest.raises(SettingsError, match="expected int"):
            settings.set("idle_threshold_s", "soon")
        with pytest.raises(SettingsError, match="unknown setting"):
            settings.get("idle_treshold_s")
    finally:
        db.close()


def test_migration_7_leaves_old_batches_unflagged_and_checks_who_flagged(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    shutil.copy(V1, path)
    db = open_database(path)
    try:
        assert {r[0] for r in db.execute("SELECT content_warning IS NULL AND flagged_by IS NULL FROM batches")} == {1}
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE batches SET content_warning = 'x', flagged_by = 'someone'")
    finally:
        db.close()
