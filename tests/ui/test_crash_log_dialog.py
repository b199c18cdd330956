"""The crash log offered at the next start: shown once with Copy and Close; the ops' names feed its trail."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopclient.system.crashlog import CrashLog, Trail
from coopclient.ui.dialogs.crash_log import CrashLogDialog, offer_crash_log
from coopclient.ui.ops import ImmediateExecutor, Ops


def _crash(tmp_path: Path) -> CrashLog:
    return CrashLog(tmp_path, "1.2.3", Trail(), now=lambda: datetime(2026, 3, 2, 12, tzinfo=UTC))


def test_the_log_is_shown_once_with_copy_and_close(qtbot: QtBot, tmp_path: Path) -> None:
    crash = _crash(tmp_path)
    crash.write(RuntimeError, None, "MainThread")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ops = Ops(ImmediateExecutor())

    offer_crash_log(window, ops, crash)

    dialogs = window.findChildren(CrashLogDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "coopclient 1.2.3: unhandled exception" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert crash.unseen() is None

    offer_crash_log(window, ops, crash)  # the next start: nothing new to offer
    assert len([d for d in window.findChildren(CrashLogDialog) if d.isVisible()]) == 0
    ops.shutdown()


def test_nothing_is_offered_without_a_log(qtbot: QtBot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ops = Ops(ImmediateExecutor())
    offer_crash_log(window, ops, _crash(tmp_path))
    assert window.findChildren(CrashLogDialog) == []
    assert QApplication.activeModalWidget() is None
    ops.shutdown()


def test_the_ops_helper_notes_each_ops_code_name_never_its_data(qtbot: QtBot) -> None:
    trail = Trail()
    ops = Ops(ImmediateExecutor(), trail=trail.note)
    secret_text = "Confidential memo about the Quokka merger"

    def save_result(text: str) -> int:
        return len(text)

    ops.run(lambda: save_result(secret_text))
    ops.run_aside(_decode_image)
    assert trail.names() == [
        f"{__name__}.test_the_ops_helper_notes_each_ops_code_name_never_its_data.<locals>.<lambda>",
        f"{__name__}._decode_image",
    ]
    assert all("Quokka" not in name for name in trail.names())
    ops.shutdown()


def _decode_image() -> None:
    return None
