"""A restore made in the app waits beside the data folder and is swapped in at the next start."""

from __future__ import annotations

from pathlib import Path

from coopclient.storage import copies, db
from coopclient.storage.copies import apply_pending_restore, pending_restore


def test_the_file_name_is_the_stores() -> None:
    assert copies.DB_FILENAME == db.DB_FILENAME  # kept apart so the start does not import sqlite_utils


def test_nothing_to_swap_in_leaves_the_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "coopclient.sqlite3").write_text("today")
    pending_restore(data).mkdir()  # an interrupted restore's leftovers: no store in it
    assert apply_pending_restore(data) is None
    assert (data / "coopclient.sqlite3").read_text() == "today"


def test_the_restore_replaces_the_folder_which_is_kept_beside_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "coopclient.sqlite3").write_text("today")
    tmp_path.joinpath("data.before-restore-1").mkdir()  # an earlier one: not overwritten
    pending_restore(data).mkdir()
    (pending_restore(data) / "coopclient.sqlite3").write_text("restored")

    kept = apply_pending_restore(data)

    assert kept == tmp_path / "data.before-restore-2"
    assert (kept / "coopclient.sqlite3").read_text() == "today"
    assert (data / "coopclient.sqlite3").read_text() == "restored"
    assert not pending_restore(data).exists()


def test_a_missing_data_folder_simply_becomes_the_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    pending_restore(data).mkdir()
    (pending_restore(data) / "coopclient.sqlite3").write_text("restored")
    assert apply_pending_restore(data) is None
    assert (data / "coopclient.sqlite3").read_text() == "restored"
