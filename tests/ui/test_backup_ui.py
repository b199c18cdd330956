"""*File → Back up…* and *File → Restore…* in the real window, driven by the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.services.container import Services
from coopclient.storage.copies import apply_pending_restore, pending_restore
from coopclient.storage.credentials import MemoryStore, service_name
from coopclient.ui.dialogs.backup import BackupDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock

PASSPHRASE = "a long walk on the beach"
TOKEN = "ls-pat-ui-backup-token-4242"
SENTIMENT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Iterator[tuple[MainWindow, Services, MemoryStore]]:
    keyring = MemoryStore(persistent=True)
    s = build(tmp_path / "data", clock=clock, ids=counting_ids(), credentials=keyring)
    s.batches.import_demo()
    s.db.execute(
        "INSERT INTO accounts (platform, name, url, created_ms) VALUES ('label-studio', 'me', 'https://ls.test', 0)"
    )
    keyring.set(service_name("label-studio", "https://ls.test"), "me", TOKEN)
    w = MainWindow(s, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w, s, keyring
    w.close()
    s.close()


def _dialog(qtbot: QtBot, window: MainWindow, name: str) -> BackupDialog:
    window.actions_by_name[name].trigger()
    dialog = window.files.backups.dialog if window.files.backups else None
    assert isinstance(dialog, BackupDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_back_up_then_restore_from_the_file_menu(
    qtbot: QtBot, window: tuple[MainWindow, Services, MemoryStore], tmp_path: Path
) -> None:
    w, s, keyring = window
    out = tmp_path / "mine.coopbackup"

    dialog = _dialog(qtbot, w, "Back up…")
    dialog.file_edit.setText(str(out))
    assert _focused() is dialog.passphrase
    qtbot.keyClicks(_focused(), PASSPHRASE)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), PASSPHRASE + "x")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # the two passphrases differ: said beside the field, nothing written
    assert dialog.error_label.text() == "The two passphrases differ."
    assert not out.exists()
    qtbot.keyClick(_focused(), Qt.Key.Key_Backspace)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: out.exists())
    assert "Backup written to" in w.statusBar().currentMessage()

    keyring.delete(service_name("label-studio", "https://ls.test"), "me")  # as on a new computer
    dialog = _dialog(qtbot, w, "Restore…")
    dialog.file_edit.setText(str(out))
    qtbot.keyClicks(_focused(), PASSPHRASE)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Backup restored: quit and start" in w.statusBar().currentMessage())
    assert keyring.get(service_name("label-studio", "https://ls.test"), "me") == TOKEN
    data = s.data_dir
    assert (pending_restore(data) / "coopclient.sqlite3").is_file()  # beside the folder in use, untouched
    s.results.submit(1, SENTIMENT)  # work after the backup: kept aside at the next start, never deleted
    w.close()
    s.close()

    kept = apply_pending_restore(data)  # the next start, before the store is opened

    assert kept == data.with_name("data.before-restore-1")
    assert not pending_restore(data).exists()
    restored = build(data, credentials=keyring)
    try:
        assert restored.db.execute("SELECT count(*) FROM results").fetchone()[0] == 0
    finally:
        restored.close()
    assert (kept / "coopclient.sqlite3").is_file()


def test_a_wrong_passphrase_in_the_app_is_a_readable_error(
    qtbot: QtBot, window: tuple[MainWindow, Services, MemoryStore], tmp_path: Path
) -> None:
    w, s, _keyring = window
    out = tmp_path / "mine.coopbackup"
    s.backup.write(out, PASSPHRASE, log2_n=15)
    dialog = _dialog(qtbot, w, "Restore…")
    dialog.file_edit.setText(str(out))
    qtbot.keyClicks(_focused(), "not it")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(w, "error_box", None) is not None)
    assert "wrong passphrase" in w.error_box.text()
    assert "Traceback" not in w.error_box.text()
    assert not pending_restore(s.data_dir).exists()
    w.error_box.close()
