"""Settings saved from the dialog are in effect at once: the timer's rules and the window's beat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox

from coopclient.services.container import Services
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.theme import apply_theme


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    apply_theme("system")  # the style hints are the application's: leave them as found


def test_saved_settings_take_effect_without_a_restart(qtbot, window: MainWindow, services: Services) -> None:
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
