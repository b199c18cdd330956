"""Issue 11.3: what the window's clocks show is what the store records (and pays), through a member's day.

The real window on a real store with a hand-driven clock; ops run inline. Each check reads the clocks as
the status bar shows them, then lets a heartbeat write the open span and compares with the store: the
clocks must show what is recorded, within their resolution (one second).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopclient.core.categories import Category
from coopclient.services.container import Services
from coopclient.ui.dialogs.manual_timer import ManualTimerDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock
from tests.ui.test_main_window import Keyboard

IDLE_AWAY_MS = 4 * 60_000


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def seconds(text: str) -> int:
    """The seconds of a clock label such as "Task 1:05" or "Session 1:02:03"."""
    value = text.split(" ", 1)[1]
    assert value != "—", text
    total = 0
    for part in value.split(":"):
        total = total * 60 + int(part)
    return total


def recorded_s(services: Services, task_id: int) -> tuple[int, int]:
    """The task's and the live session's counted seconds in the store (active, plus idle kept)."""
    db = services.db
    counted = "(s.state = 'active' OR s.idle_decision = 'keep')"
    task = db.execute(
        f"SELECT coalesce(sum(end_ms - start_ms), 0) FROM activity_spans s WHERE task_id = ? AND {counted}", [task_id]
    ).fetchone()[0]
    session = db.execute(
        f"SELECT coalesce(sum(s.end_ms - s.start_ms), 0) FROM activity_spans s JOIN work_sessions w "
        f"ON w.id = s.session_id WHERE w.state = 'open' AND w.manual = 0 AND {counted}"
    ).fetchone()[0]
    return task // 1000, session // 1000


def shown_s(window: MainWindow) -> tuple[int, int]:
    window.update_clocks()  # the once-a-second tick
    task = seconds(window.status.task.text())
    work = window.work
    assert work.current is not None
    row = work.model.row_of(work.current.task.id)
    assert row is not None
    in_table = work.model.index(row, 3).data()  # the task's row in the table agrees (blank: no time yet)
    if in_table:
        assert seconds(f"x {in_table}") == task
    else:
        assert task == 0
    return task, seconds(window.status.session.text())


def state(window: MainWindow) -> str:
    window.update_clocks()
    return window.status.idle.text()


def assert_shown_is_recorded(window: MainWindow, services: Services) -> tuple[int, int]:
    """What the clocks show now is what the next heartbeat records (no time passes in between)."""
    shown = shown_s(window)
    window.work.heartbeat()
    assert window.work.current is not None
    recorded = recorded_s(services, window.work.current.task.id)
    assert all(abs(a - b) <= 1 for a, b in zip(shown, recorded, strict=True)), (shown, recorded)
    assert shown_s(window) == shown  # and the write changed nothing on the clocks
    return shown


def work(kb: Keyboard, window: MainWindow, seconds_of_work: int) -> None:
    """Key presses every 3 s (input), heartbeats every 15 s."""
    for i in range(seconds_of_work // 3):
        kb.press(Qt.Key.Key_Shift, think_ms=3_000)
        if i % 5 == 4:
            window.work.heartbeat()


def start_manual(window: MainWindow) -> None:
    window.commands.start_manual()
    dialog = window.commands.dialog
    assert isinstance(dialog, ManualTimerDialog)
    combo = dialog.category_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == Category.SEARCHING))
    dialog.accept()


def test_the_clocks_show_what_is_recorded_through_a_day(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)  # the demo batch; its first task is shown and timed
    window.pane.setFocus()
    work(kb, window, 60)
    kb.press(Qt.Key.Key_Shift, think_ms=7_000)  # seven seconds since the last heartbeat
    assert state(window) == "Active"
    panel = [window.earnings.cell(period, "hours_task") for period in ("batch", "today", "week")]
    task_clock = window.status.task.text().split(" ", 1)[1]
    assert [cell.text() for cell in panel] == [task_clock] * 3  # the only task worked today: the same time
    first = assert_shown_is_recorded(window, services)
    assert first[0] >= 66
    assert [cell.text() for cell in panel] == [task_clock] * 3  # the heartbeat recorded what they showed

    # A manual timer: task time stops being recorded, so the task clock stops too; the status bar says so.
    start_manual(window)
    assert "Manual timer" in state(window)
    clock.advance(90_000)
    task_s, session_s = shown_s(window)
    assert window.work.current is not None
    assert task_s == recorded_s(services, window.work.current.task.id)[0] == first[0]
    assert session_s == 90  # the manual timer's own time

    # Stopped: the task shown is timed again, and its clock counts only what is recorded.
    window.commands.stop_manual()
    assert state(window) == "Active"
    work(kb, window, 30)
    after_manual = assert_shown_is_recorded(window, services)
    assert after_manual[0] >= first[0] + 29

    # Away past the idle threshold, back, idle time discarded: the clocks never counted it.
    for _ in range(IDLE_AWAY_MS // 15_000):
        clock.advance(15_000)
        window.work.heartbeat()
    assert state(window).startswith("Idle")
    assert shown_s(window)[0] <= after_manual[0] + 1  # stopped at the last input
    kb.press(Qt.Key.Key_Shift, think_ms=1_000)  # back
    window.work.heartbeat()
    dialog = window.questions.idle_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.arm()
    qtbot.keyClick(dialog, Qt.Key.Key_D)  # discard
    assert not dialog.isVisible()
    work(kb, window, 15)
    discarded = assert_shown_is_recorded(window, services)
    assert discarded[0] <= after_manual[0] + 17  # not the four minutes away

    # Away again, back, idle time kept: now it counts, on the clocks as in the store.
    for _ in range(IDLE_AWAY_MS // 15_000):
        clock.advance(15_000)
        window.work.heartbeat()
    kb.press(Qt.Key.Key_Shift, think_ms=1_000)
    window.work.heartbeat()
    dialog = window.questions.idle_dialog
    assert dialog is not None
    dialog.arm()
    qtbot.keyClick(dialog, Qt.Key.Key_K)  # keep
    kept = assert_shown_is_recorded(window, services)
    assert kept[0] >= discarded[0] + IDLE_AWAY_MS // 1000 - 15

    # Submit: the next task's clock starts from what is recorded for it; the session goes on.
    window.pane.setFocus()
    kb.press("1")
    kb.submit()
    second = assert_shown_is_recorded(window, services)
    assert second[0] <= 2
    assert second[1] >= kept[1]
    work(kb, window, 12)
    assert_shown_is_recorded(window, services)

    # Back to the first task (a task switch): its clock resumes from its recorded time, not from zero.
    kb.press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, think_ms=1_000)
    back = assert_shown_is_recorded(window, services)
    assert back[0] >= kept[0]


def test_this_batch_shows_the_opened_batch_at_once(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    """Issue 11.10: "This batch" showed the batch left behind after a switch, and "—" for 15 s at start."""
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)  # the demo; its first batch
    window.pane.setFocus()
    work(kb, window, 60)
    window.work.heartbeat()
    batch_time = window.earnings.cell("batch", "hours_task")
    first, first_batch = batch_time.text(), window.work.batch
    assert first_batch is not None
    assert seconds(f"x {first}") >= 59

    kb.open_batch("summaries")  # no heartbeat since: the figures must follow the batch at once
    assert batch_time.text() == "0:00"  # its first task is timed from now: nothing recorded on it yet
    assert window.sidebar.select_batch(first_batch)  # back, as a click on it
    assert window.work.batch == first_batch
    assert batch_time.text() == first

    window.close()  # the next start: the batch opened first shows its figures before any heartbeat
    again = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(again)
    again.show()
    assert again.work.batch is not None
    assert again.earnings.cell("batch", "hours_task").text() == first
    again.close()


def test_today_counts_from_the_first_second_as_the_clocks_do(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    """Issue 11: "Today" showed "—" and "No work timed yet" while "This week" and the clocks counted 0:10."""
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)  # the demo; its first task is shown and timed, nothing saved yet
    window.pane.setFocus()
    kb.press(Qt.Key.Key_Shift, think_ms=10_000)
    window.update_clocks()  # the once-a-second tick, no heartbeat yet
    task_clock = window.status.task.text().split(" ", 1)[1]
    assert seconds(f"x {task_clock}") >= 10
    panel = window.earnings
    assert panel.cell("today", "hours_task").text() == task_clock
    assert panel.cell("today", "hours_all_in").text() == panel.cell("week", "hours_all_in").text()
    assert panel.verdict.text() == "Timing today; the wage shows at the next save."

    window.work.heartbeat()  # saved: now today has a wage, and the verdict says it
    assert panel.cell("today", "hours_task").text() == task_clock
    assert panel.verdict.text().startswith("Today ")
