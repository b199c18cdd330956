"""Issue 11.9: the idle question comes with the member's return; the outbox and the comparison read well.

The real window on a real store with a hand-driven clock; ops run inline.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock
from tests.ui.test_main_window import Keyboard


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_idle_question_comes_with_the_first_input_after_idle(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    """It came with the next heartbeat, seconds after the member was back at work."""
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    for _ in range(16):  # four minutes away, heartbeats every 15 s
        clock.advance(15_000)
        window.work.heartbeat()
    assert services.timer.is_idle
    assert getattr(window.questions, "idle_dialog", None) is None

    kb.press(Qt.Key.Key_Shift, think_ms=1_000)  # back: no heartbeat in between
    dialog = window.questions.idle_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert [s.state for s in services.timer.pending_idle()] == ["idle"]


def test_a_mouse_move_while_working_asks_nothing(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    for _ in range(5):
        kb.press(Qt.Key.Key_Shift, think_ms=20_000)  # input every 20 s: never idle
    assert getattr(window.questions, "idle_dialog", None) is None
