"""The real main window, driven by the keyboard alone, on a real store with a hand-driven clock.

Ops run inline (ImmediateExecutor), so every step is deterministic and nothing waits on wall time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopclient.core.categories import Category
from coopclient.core.labeling import validate_result
from coopclient.core.timer import IdleDecision
from coopclient.services.container import Services
from coopclient.storage.catalog import CatalogRepo
from coopclient.ui.dialogs.shortcuts import ShortcutsDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import FakeClock

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


class Keyboard:
    """Presses keys where the focus is, as a member would."""

    def __init__(self, qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
        self.qtbot, self.window, self.clock = qtbot, window, clock

    def press(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, think_ms: int = 3_000
    ) -> None:
        self.clock.advance(think_ms)  # the member reads and thinks; the timer sees the time pass
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifier)

    def type(self, text: str) -> None:
        self.clock.advance(5_000)
        self.qtbot.keyClicks(QApplication.focusWidget(), text)

    def submit(self) -> None:
        self.press(Qt.Key.Key_Return, CTRL, think_ms=1_000)
        self.window.work.heartbeat()

    def open_batch(self, name: str) -> None:
        """Ctrl+B to the batches, arrows down to the batch, Enter to work on it."""
        self.press(Qt.Key.Key_B, CTRL, think_ms=500)
        sidebar = self.window.sidebar
        for _ in range(20):
            if sidebar.current_batch() is not None and name in sidebar.currentIndex().data():
                break
            self.press(Qt.Key.Key_Down, think_ms=200)
        assert name in sidebar.currentIndex().data()
        self.press(Qt.Key.Key_Return, think_ms=200)


def current_project(w: MainWindow) -> str:
    assert w.work.current is not None
    return w.work.current.project


def test_first_run_then_a_day_of_work_by_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    kb = Keyboard(qtbot, window, clock)
    assert window.banner.isVisible()
    kb.press(Qt.Key.Key_Return)  # the first run's focus is on "Try the demo batch"
    assert not window.banner.isVisible()
    assert current_project(window) == "Demo · Sentiment"
    window.pane.setFocus()

    # Sentiment (single Choices): ten tasks with the digit keys.
    for i in range(10):
        kb.press("123"[i % 3])
        kb.submit()
    kb.press(Qt.Key.Key_K, CTRL)  # skip the eleventh
    kb.press(Qt.Key.Key_Left, ALT)  # back to it...
    kb.press(Qt.Key.Key_Left, ALT)  # ...and to the tenth, to change it
    assert window.work.current is not None
    assert window.work.current.task.seq == 10
    kb.press("3")
    kb.submit()

    # Summaries (TextArea): Tab into the answer box, type, Ctrl+Enter.
    kb.open_batch("summaries")
    assert current_project(window) == "Demo · Summaries"
    for i in range(10):
        kb.press(Qt.Key.Key_Tab)
        kb.type(f"Summary number {i + 1}.")
        kb.submit()
        kb.press(Qt.Key.Key_J, CTRL, think_ms=100)

    # Named entities (Labels on Text): select a word with the keyboard, press the label's key.
    kb.open_batch("entities")
    for _ in range(10):
        kb.press(Qt.Key.Key_Home, CTRL, think_ms=500)
        kb.press(Qt.Key.Key_Right, CTRL | SHIFT)  # select the first word
        kb.press(Qt.Key.Key_L)  # LOC (a wrong label is still a valid result)
        kb.submit()
        kb.press(Qt.Key.Key_J, CTRL, think_ms=100)

    # Ratings (Rating + multiple Choices).
    kb.open_batch("ratings")
    for i in range(10):
        kb.press(str(1 + i % 5))
        if i % 2:
            kb.press(Qt.Key.Key_W)  # "Factual error"
        kb.submit()
    window.work.heartbeat()

    check_results(services)
    grab(window, "main-window.png")


def check_results(services: Services) -> None:
    db = services.db
    catalog = CatalogRepo(db)
    rows = db.execute(
        "SELECT r.task_id, r.result, r.was_cancelled, p.name FROM results r JOIN tasks t ON t.id = r.task_id "
        "JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id"
    ).fetchall()
    by_project: dict[str, list] = {}
    for task_id, result, cancelled, project in rows:
        by_project.setdefault(project, []).append((task_id, json.loads(result), cancelled))
    assert {p: len(v) for p, v in by_project.items()} == {
        "Demo · Sentiment": 11,
        "Demo · Summaries": 10,
        "Demo · Named entities": 10,
        "Demo · Ratings": 10,
    }
    assert sum(c for _, _, c in by_project["Demo · Sentiment"]) == 1  # the skip
    for project, items in by_project.items():
        for task_id, result, cancelled in items:
            if cancelled:
                continue
            task = catalog.task(task_id)
            config = services.results.config_for(task.project_id)
            assert validate_result(config, task.data, result) == [], (project, result)
    tenth = db.execute("SELECT result, version FROM results WHERE task_id = 10").fetchone()
    assert json.loads(tenth[0])[0]["value"]["choices"] == ["Neutral"]  # changed on the way back
    assert tenth[1] == 2
    summaries = [r for _, r, _ in by_project["Demo · Summaries"]]
    assert summaries[0][0]["value"]["text"] == ["Summary number 1."]
    entity = by_project["Demo · Named entities"][0][1][0]["value"]
    assert entity["labels"] == ["LOC"]
    assert entity["start"] == 0
    timed = db.execute(
        "SELECT count(DISTINCT task_id) FROM activity_spans WHERE task_id IS NOT NULL AND end_ms > start_ms"
    ).fetchone()[0]
    assert timed >= 41
    lead = db.execute("SELECT min(lead_time_ms) FROM results WHERE was_cancelled = 0").fetchone()[0]
    assert lead > 0


@pytest.mark.parametrize(
    ("key", "decision", "category"),
    [
        (Qt.Key.Key_K, IdleDecision.KEEP, None),
        (Qt.Key.Key_D, IdleDecision.DISCARD, None),
        (Qt.Key.Key_M, IdleDecision.REASSIGN, Category.SEARCHING),
    ],
)
def test_idle_past_the_threshold_asks_and_records_the_decision(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    clock: FakeClock,
    key: Qt.Key,
    decision: IdleDecision,
    category: Category | None,
) -> None:
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    for _ in range(16):  # four minutes without input, heartbeats every 15 s
        clock.advance(15_000)
        window.work.heartbeat()
    assert window.services.timer.is_idle
    window.update_clocks()
    assert "Idle" in window.status.idle.text()
    kb.press(Qt.Key.Key_1, think_ms=1_000)  # back: this key press is input
    window.work.heartbeat()
    dialog = window.questions.idle_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.arm()  # the dialog ignores keys for a moment after it appears; the member waited
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    if category is not None:
        combo = dialog.category_combo
        index = next(i for i in range(combo.count()) if combo.itemData(i) == category)
        combo.setCurrentIndex(index)
    qtbot.keyClick(dialog, key)
    assert not dialog.isVisible()
    spans = services.db.execute(
        "SELECT idle_decision, category, end_ms - start_ms FROM activity_spans WHERE state = 'idle'"
    ).fetchall()
    assert len(spans) == 1
    assert spans[0][0] == decision.value
    assert spans[0][1] == (category.value if category else "annotating")
    assert spans[0][2] >= services.timer.rules.idle_threshold_ms


def test_an_invalid_submit_shows_the_reason_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    window.pane.setFocus()
    kb.submit()  # nothing chosen: the sentiment is required
    assert services.db.execute("SELECT count(*) FROM results").fetchone()[0] == 0
    assert window.work.current is not None
    assert window.work.current.task.seq == 1
    assert "problem" in window.statusBar().currentMessage()
    kb.press("1")
    kb.submit()  # issue 11.8: the message about task 1 went on showing beside task 2
    assert window.work.current is not None
    assert window.work.current.task.seq == 2
    assert "problem" not in window.statusBar().currentMessage()


def test_an_empty_answer_is_asked_about_before_it_is_saved(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    """Issue 11.7: a second Ctrl+Enter saved the next entity task with no span, paid, without a word."""
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    kb.open_batch("entities")
    window.pane.setFocus()
    assert window.work.current is not None
    first = window.work.current.task.id

    def results() -> int:
        return services.db.execute("SELECT count(*) FROM results").fetchone()[0]

    kb.submit()  # no span selected
    box = window.work.empty_box
    assert box is not None and box.isVisible()
    assert "has no answer yet" in box.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)  # the question has the keyboard
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)  # the second Ctrl+Enter: still asking, nothing saved
    assert box.isVisible()
    assert results() == 0
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the task
    assert not box.isVisible()
    assert window.work.current is not None
    assert results() == 0 and window.work.current.task.id == first
    window.activateWindow()  # as the window manager does when the question closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    kb.submit()
    box = window.work.empty_box
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # one key to confirm
    assert services.db.execute("SELECT task_id, result FROM results").fetchall() == [(first, "[]")]
    assert window.work.current is not None
    assert window.work.current.task.id != first


def test_shortcuts_sheet_lists_every_action(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.show_shortcuts()
    sheets = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
    assert sheets
    texts = {entry[1] for entry in sheets[0].entries}
    assert {"Submit", "Skip", "Undo", "Keyboard shortcuts"} <= texts
    sheets[0].close()


def test_shortcuts_sheet_lists_the_annotation_keys_and_this_task_s(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Issue 11.11: F1 left out the digits, the labels' keys, Tab, Shift+arrows and Delete."""
    Keyboard(qtbot, window, clock).press(Qt.Key.Key_Return)  # the demo: sentiment, keys 1–3
    window.menus.show_shortcuts()
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    rows = {(group, text): keys for group, text, keys in sheet.entries}
    assert rows[("This task", "Sentiment: Positive")] == "1"
    assert any("Shift+arrows" in keys for (group, _), keys in rows.items() if group == "Annotating")
    assert rows[("Annotating", "Remove the entity at the cursor")] == "Delete, Backspace"
    assert rows[("Annotating", "Go to the next or the previous field")] == "Tab, Shift+Tab"
    assert rows[("Annotating", "Save this task and go to the next")] == "Ctrl+Enter"
    assert rows[("Annotating", "Move the selected box")] == "Arrows (with Shift: finer)"
    assert rows[("Annotating", "Choose a box to change")] == "Tab to the list of boxes, then arrows"
    sheet.close()


def test_the_window_fits_the_screen(window: MainWindow) -> None:
    """At 1400 × 900 on a 1366 × 768 screen the status bar, with the clocks, was below the screen's edge."""
    free = window.screen().availableGeometry()  # offscreen: 800 × 800, narrower than the window's least width
    assert window.width() <= max(free.width(), window.minimumSizeHint().width())
    assert window.height() <= free.height()
    assert window.mapToGlobal(window.statusBar().geometry().bottomLeft()).y() <= free.bottom()


def test_the_shortcuts_sheet_fits_the_screen_and_cuts_no_words(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Issue 11.11: F1 was cramped (460 × 420), then as tall as a 768-pixel-high screen (a fixed 640 × 600)."""
    Keyboard(qtbot, window, clock).press(Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sheet)
    assert QApplication.focusWidget() is sheet.table  # the arrows scroll the keys at once
    current = sheet.table.item(sheet.table.currentRow(), 0)
    assert current is not None
    assert current.text() == "Sentiment: Positive"  # a key, not a heading
    free = sheet.screen().availableGeometry()
    assert sheet.frameGeometry().height() <= free.height() and sheet.frameGeometry().width() <= free.width()
    table = sheet.table
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or table.columnSpan(row, column) > 1:
                continue
            needed = table.fontMetrics().horizontalAdvance(item.text())
            assert needed < table.columnWidth(column), (item.text(), needed, table.columnWidth(column))
    sheet.close()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextEdit

    window.files.import_demo()
    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QAbstractItemView)
        for w in window.findChildren(kind)
    ]
    unnamed = [
        w
        for w in controls
        if w.isVisible()
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and w.parent().__class__.__name__ != "QTableView"  # a view's own header is named by the view
    ]
    assert unnamed == []


def grab(window: MainWindow, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    window.views.refresh_figures()
    assert window.grab().save(str(ARTIFACTS / name))


def test_the_window_shows_first_and_attaches_the_store_after(qtbot: QtBot, services: Services) -> None:
    opened: list[int] = []

    def open_services() -> Services:
        opened.append(1)
        return services

    w = MainWindow(ops=Ops(ImmediateExecutor()), open_services=open_services)
    qtbot.addWidget(w)
    w.show()
    assert not w.attached  # on screen before the store is opened
    assert opened == []
    qtbot.waitUntil(lambda: w.attached)
    assert opened == [1]
    qtbot.waitUntil(w.banner.isVisible)  # first run: the demo is offered
    w.close()


def test_the_status_bar_says_what_waits_to_be_synced(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    Keyboard(qtbot, window, clock).press(Qt.Key.Key_Return)
    assert "Offline" in window.status.sync.text()
    services.db.execute("UPDATE accounts SET platform = 'label-studio'")
    window.pane.setFocus()
    kb = Keyboard(qtbot, window, clock)
    kb.press("1")
    kb.submit()
    assert window.status.sync.text() == "Sync: 1 queued"
    services.db.execute("UPDATE outbox SET parked = 1, last_error = 'task deleted on the server'")
    window.views.refresh_sync_state()
    assert "1 parked" in window.status.sync.text()


def test_a_heartbeat_does_not_reread_the_sync_state_a_save_does(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    """Writes say what they changed: the sync state is read again after a save, not on every heartbeat."""
    kb = Keyboard(qtbot, window, clock)
    kb.press(Qt.Key.Key_Return)
    services.db.execute("UPDATE accounts SET platform = 'label-studio'")
    window.pane.setFocus()
    kb.press("1")
    kb.submit()
    assert window.status.sync.text() == "Sync: 1 queued"
    services.db.execute("UPDATE outbox SET parked = 1, last_error = 'task deleted on the server'")
    clock.advance(15_000)
    window.work.heartbeat()
    assert window.status.sync.text() == "Sync: 1 queued"  # a heartbeat does not touch the outbox
    kb.press("2")
    kb.submit()
    assert "1 parked" in window.status.sync.text()


class SteppedExecutor(ImmediateExecutor):
    """The database lane, one op at a time when the test says: what is queued, and in what order."""

    def __init__(self) -> None:
        self.queued: list[tuple[Future, Callable[[], object]]] = []
        self.inline = False  # at once, as ImmediateExecutor (for the window's closing)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self.inline:
            return super().submit(fn, *args, **kwargs)
        future: Future[Any] = Future()
        self.queued.append((future, lambda: fn(*args, **kwargs)))
        return future

    def step(self) -> None:
        future, work = self.queued.pop(0)
        future.set_result(work())


def test_the_first_task_is_read_before_the_ledger_status_and_the_figures(qtbot: QtBot, demo: Services) -> None:
    """Issue 11: at start-up the rows' and the first task's reads are not queued behind what they do not need."""
    lane = SteppedExecutor()
    w = MainWindow(demo, ops=Ops(lane))
    qtbot.addWidget(w)
    while w.work.current is None:
        assert lane.queued, "the database lane ran dry before a task was shown"
        lane.step()
        qtbot.waitUntil(lambda: w.ops.busy == len(lane.queued))  # the op's outcome delivered
    assert w.work.model.rowCount() > 0
    assert w.ledger_commands.status is None  # not read yet
    assert w.banner_floor.isHidden()  # the figures (no floor set: the banner asks for one) not read yet
    assert w.status.sync.text() == ""
    while lane.queued:
        lane.step()
        qtbot.waitUntil(lambda: w.ops.busy == len(lane.queued))
    assert w.ledger_commands.status is not None  # read after the first task, not never
    assert not w.banner_floor.isHidden()
    assert "Offline" in w.status.sync.text()
    lane.inline = True
    w.close()


def test_a_first_run_with_no_task_still_reads_the_ledger_status_and_the_figures(
    qtbot: QtBot, services: Services
) -> None:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    assert w.work.current is None
    assert w.ledger_commands.status is not None
    assert not w.banner_floor.isHidden()
    w.close()
