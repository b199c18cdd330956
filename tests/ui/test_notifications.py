"""Desktop notifications for what a member must not miss while the window is behind another (issue 16.4):
the timer set idle time aside, the co-op ledger failed a check (parked results: tests/ui/test_platform_ui.py).
Driven by the fake clock; the tray keeps the last notice as it is (or, without a system tray, would be) shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock


@pytest.fixture
def window(qtbot: QtBot, demo: Services) -> Iterator[MainWindow]:
    w = MainWindow(demo, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def put_behind(qtbot: QtBot, window: MainWindow) -> QWidget:
    """Another application's window comes to the front (a browser, where web-platform work happens)."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    return other


def idle_through(window: MainWindow, clock: FakeClock) -> None:
    """Heartbeats every 15 s with no input, past the idle threshold."""
    for _ in range(int(window.services.timer.rules.idle_threshold_ms / 15_000) + 2):
        clock.advance(15_000)
        window.work.heartbeat()


def test_idle_time_set_aside_is_notified_once_when_the_window_is_behind(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    assert window.work.current is not None  # a task is timed
    put_behind(qtbot, window)
    idle_through(window, clock)
    assert window.services.timer.is_idle
    assert window.tray.last_notice is not None
    title, text = window.tray.last_notice
    assert title == "Timing paused"
    assert "you decide whether it counts" in text
    window.tray.last_notice = None
    idle_through(window, clock)  # still the same idle stretch: not said again
    assert window.tray.last_notice is None


def test_nothing_is_notified_while_the_window_is_in_front(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    idle_through(window, clock)
    assert window.services.timer.is_idle
    assert window.tray.last_notice is None  # the status bar says "Idle"; the question comes on return


def test_a_failed_ledger_check_is_notified_once(qtbot: QtBot, window: MainWindow) -> None:
    put_behind(qtbot, window)
    window.ledger_commands.show_warning("checkpoint 131 is not consistent with checkpoint 118 seen before")
    assert window.tray.last_notice == (
        "The co-op ledger failed a check",
        "checkpoint 131 is not consistent with checkpoint 118 seen before",
    )
    window.tray.last_notice = None
    window.ledger_commands.show_warning("checkpoint 131 is not consistent with checkpoint 118 seen before")
    assert window.tray.last_notice is None  # the same warning again: the banner shows it, no second notice
