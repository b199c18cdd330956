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
from coopclient.storage.credentials import MemoryStore, service_name
from coopclient.ui.dialogs.backup import BackupDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock

PASSPHRASE = "a long walk on the beach"
TOKEN = "ls-pat-ui-backup-token-4242"


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
    w, _s, keyring = window
    out, target = tmp_path / "mine.coopbackup", tmp_path / "restored"

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
    dialog.folder_edit.setText(str(target))
    qtbot.keyClicks(_focused(), PASSPHRASE)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Restored into" in w.statusBar().currentMessage())
    assert (target / "coopclient.sqlite3").is_file()
    assert keyring.get(service_name("label-studio", "https://ls.test"), "me") == TOKEN


def test_a_wrong_passphrase_in_the_app_is_a_readable_error(
    qtbot: QtBot, window: tuple[MainWindow, Services, MemoryStore], tmp_path: Path
) -> None:
    w, s, _keyring = window
    out = tmp_path / "mine.coopbackup"
    s.backup.write(out, PASSPHRASE, log2_n=15)
    dialog = _dialog(qtbot, w, "Restore…")
    dialog.file_edit.setText(str(out))
    dialog.folder_edit.setText(str(tmp_path / "restored"))
    qtbot.keyClicks(_focused(), "not it")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(w, "error_box", None) is not None)
    assert "wrong passphrase" in w.error_box.text()
    assert "Traceback" not in w.error_box.text()
    assert not (tmp_path / "restored").exists()
    w.error_box.close()
