"""The settings dialog from the window: saved settings in effect at once (the timer's rules, the window's beat),
the floor as people write it and first, one Enter to save."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from coopclient.core.money import Money
from coopclient.services.container import Services
from coopclient.ui.dialogs.settings import SettingsDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.theme import apply_theme


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    apply_theme("system")  # the style hints are the application's: leave them as found


def opened(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """The window's settings dialog, opened as the member opens it, active."""
    window.commands.settings()
    dialog = window.commands.dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_saved_settings_take_effect_without_a_restart(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.commands.settings()
    dialog = window.commands.dialog
    assert dialog is not None
    heartbeat, idle, theme = (dialog.editors[key] for key in ("heartbeat_s", "idle_threshold_s", "theme"))  # type: ignore[attr-defined]
    assert isinstance(heartbeat, QSpinBox) and isinstance(idle, QSpinBox) and isinstance(theme, QComboBox)
    heartbeat.setValue(5)
    idle.setValue(60)
    theme.setCurrentIndex(theme.findData("dark"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.timer.rules.heartbeat_ms == 5_000
    assert services.timer.rules.idle_threshold_ms == 60_000
    assert window.beat.interval() == 5_000
    assert services.settings.get("theme") == "dark"  # (the offscreen platform ignores a colour scheme hint)


def test_the_floor_reads_as_written_and_comes_first(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.earnings.set_floor(Money("12.5", "EUR"))  # stored as 12.500000
    dialog = opened(qtbot, window)
    assert (dialog.floor_amount.text(), dialog.floor_currency.text()) == ("12.50", "EUR")
    assert QApplication.focusWidget() is dialog.floor_amount
    dialog.reject()


def test_one_enter_in_the_currency_field_saves(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    dialog = opened(qtbot, window)
    dialog.floor_amount.setText("13")
    dialog.floor_currency.setFocus()
    qtbot.keyClicks(dialog.floor_currency, "eu")  # the completer offers EUR as it is typed
    qtbot.keyClick(dialog.floor_currency, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.earnings.floors()[-1].hourly == Money("13", "EUR")
