"""The earnings repository writes every column of a row; a piece rate is written once (storage.earnings)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from coopclient.storage.db import DB_FILENAME, open_database
from coopclient.storage.earnings import EarningRow, EarningsRepo

ROW = EarningRow("e-1", "bonus", -1_500_000, "EUR", "2026-03-02", None, 4, "labelstudio", "a note", 1_000)


def _stored(db: sqlite_utils.Database, entry_id: str) -> tuple[object, ...]:
    return tuple(
        db.execute(
            "SELECT entry_id, kind, amount_micros, currency, day, task_id, project_id, platform, note, created_ms "
            "FROM earnings WHERE entry_id = ?",
            [entry_id],
        ).fetchone()
    )


def test_insert_keeps_every_field_and_refuses_a_known_entry(tmp_path: Path) -> None:
    db = open_database(tmp_path / DB_FILENAME)
    try:
        repo = EarningsRepo(db)
        repo.insert(ROW)
        assert _stored(db, "e-1") == ("e-1", "bonus", -1_500_000, "EUR", "2026-03-02", None, 4, "labelstudio",
                                      "a note", 1_000)  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError):
            repo.insert(replace(ROW, amount_micros=1))
    finally:
        db.close()


def test_a_piece_rate_is_kind_piece_rate_without_a_note_and_written_once(tmp_path: Path) -> None:
    db = open_database(tmp_path / DB_FILENAME)
    try:
        repo = EarningsRepo(db)
        repo.add_piece_rate(replace(ROW, entry_id="p-1", amount_micros=40_000))
        repo.add_piece_rate(replace(ROW, entry_id="p-1", amount_micros=99))  # already there: ignored
        assert _stored(db, "p-1") == ("p-1", "piece_rate", 40_000, "EUR", "2026-03-02", None, 4, "labelstudio",
                                      None, 1_000)  # fmt: skip
    finally:
        db.close()
