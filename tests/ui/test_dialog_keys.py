"""Every dialog of the app, by keyboard alone (issue 11: "every dialog reachable and operable without a mouse").

Each dialog is opened as the member opens it (through the window's commands, on a real store with the
co-op ledger faked) or, for those the timer opens on its own, built as the window builds them. Checked for
each: a sensible control has the focus on open; Tab visits every control that takes the focus and comes
back to the first (a table does not trap it); Enter clicks the default button only when it is enabled
and visible; Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.storage.timing import SpanRow
from coopclient.ui.dialogs.idle import IdleDialog
from coopclient.ui.dialogs.pull import PullDialog
from coopclient.ui.dialogs.recovered import RecoveredDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.fakes import T0
from tests.ui.fake_sharing import FakeSharing

pytestmark = pytest.mark.qt_log_ignore(
    # Qt's offscreen platform (headless tests) cannot resize or raise native windows; harmless there.
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)

TZ = timezone(timedelta(hours=1))
MINUTE = 60_000
MAX_TABS = 60
Opener = Callable[[MainWindow, FakeSharing], QWidget | None]


@pytest.fixture
def fake() -> FakeSharing:
    return FakeSharing()


@pytest.fixture
def window(qtbot: QtBot, demo: Services, fake: FakeSharing) -> Iterator[MainWindow]:
    demo.make_sharing = lambda: fake  # type: ignore[assignment,return-value]  # the fake takes the real service's place
    w = MainWindow(demo, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    for widget in QApplication.topLevelWidgets():
        if widget is not w and widget.isVisible():
            widget.close()
    w.close()


def _consent(window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = True
    window.ledger_commands.sync()


def _compare(window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = True
    fake.shared_days(3)
    window.ledger_commands.compare()


def _empty_answer(window: MainWindow, fake: FakeSharing) -> None:
    del fake
    window.sidebar.select_batch(next(b for b in _batches(window) if "entities" in b[1])[0])
    window.work.submit()  # no span: the question before an empty answer is saved


def _batches(window: MainWindow) -> list[tuple[int, str]]:
    rows = window.services.db.execute("SELECT id, source FROM batches").fetchall()
    return [(int(i), str(n)) for i, n in rows]


def _recovered(window: MainWindow, fake: FakeSharing) -> QWidget:
    del fake
    start = T0 + 10 * MINUTE
    spans = [
        SpanRow(1, "s1", 1, "active", "annotating", 1, None, None, "2026-03-02", start, start + 5 * MINUTE, None, 1)
    ]
    return RecoveredDialog(spans, TZ, task_names={1: "Task 1"}, parent=window)


DIALOGS: dict[str, Opener] = {
    "settings": lambda w, f: w.commands.settings(),
    "shortcuts (F1)": lambda w, f: w.menus.show_shortcuts(),
    "outbox": lambda w, f: w.platform_commands.outbox(),
    "import a batch": lambda w, f: w.files.import_file(),
    "add an account": lambda w, f: w.commands.add_account(),
    "manual timer": lambda w, f: w.commands.start_manual(),
    "join the ledger": lambda w, f: w.ledger_commands.enroll(),
    "consent to share": _consent,
    "what I share": lambda w, f: w.ledger_commands.show_shared(),
    "compare platforms": _compare,
    "compare before joining": lambda w, f: w.ledger_commands.compare(),
    "save with no answer": _empty_answer,
    "error": lambda w, f: w.show_error("The server could not be reached."),
    "recovered time": _recovered,
    "idle": lambda w, f: IdleDialog(T0 + 62 * MINUTE, T0 + 74 * MINUTE, TZ, arm_delay_ms=0, parent=w),
    "pull tasks": lambda w, f: PullDialog([(1, "Acme — https://label.example.org")], w),
}

FIRST_FOCUS = {  # what the member acts on first: the first field, the list to read, or the answer asked for
    "settings": "Wage floor, amount per hour",
    "shortcuts (F1)": "Keyboard shortcuts",  # the table: arrows and Page Down scroll it at once
    "outbox": "Results waiting to be sent",
    "import a batch": "Batch file",
    "add an account": "Platform",
    "manual timer": "Category",
    "join the ledger": "Invite code",
    "consent to share": "Payloads that would be sent",
    "what I share": "Payloads shared with the co-op ledger",
    "compare platforms": "Month",
    "compare before joining": "&Join the co-op ledger…",
    "save with no answer": "&Save with no answer",
    "error": "OK",
    "recovered time": "OK, keep them",
    "idle": "Keep the time as work",
    "pull tasks": "Project number",
}


def open_dialog(qtbot: QtBot, window: MainWindow, fake: FakeSharing, name: str) -> QWidget:
    """Open the dialog ``name`` and wait until it is the active window."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    made = DIALOGS[name](window, fake)
    if isinstance(made, QWidget):
        qtbot.addWidget(made)
        made.show()
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    dialogs = [w for w in opened if isinstance(w, QDialog)]
    assert len(dialogs) == 1, (name, opened)
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def takes_tab(widget: QWidget, dialog: QWidget) -> bool:
    """Whether Tab should stop at ``widget``: a visible, enabled control of ``dialog`` that takes the focus."""
    if not (widget.isVisibleTo(dialog) and widget.isEnabled() and widget.window() is dialog):
        return False
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
        return False
    parent = widget.parentWidget()
    # A combo box's or a spin box's own line edit is part of it; a scroll area's viewport is not a stop.
    return not isinstance(parent, QComboBox | QAbstractSpinBox) and widget.focusProxy() is None


CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_control_has_the_focus_and_tab_visits_every_control(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing, name: str
) -> None:
    dialog = open_dialog(qtbot, window, fake, name)
    trapping = [v for v in dialog.findChildren(QTableView) if v.tabKeyNavigation()]
    assert not trapping, (name, "Tab would move between the cells of", [v.accessibleName() for v in trapping])
    first = focus()
    assert first.window() is dialog, (name, first)
    assert isinstance(first, CONTROLS), (name, first)  # not a label, a frame or the dialog itself
    assert FIRST_FOCUS[name] in (first.accessibleName(), getattr(first, "text", str)()), (name, describe(first))
    seen: list[QWidget] = [first]
    for _ in range(MAX_TABS):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        if focus() is first:
            break
        seen.append(focus())
    assert focus() is first, (name, "Tab never came back", [type(w).__name__ for w in seen])
    controls = {w for w in dialog.findChildren(QWidget) if takes_tab(w, dialog)}
    missed = controls - set(seen)
    assert not missed, (name, [(type(w).__name__, w.accessibleName() or getattr(w, "text", str)()) for w in missed])
    assert len(seen) == len(set(seen)), (name, "a control took Tab for itself", [type(w).__name__ for w in seen])
    # Read from the top, the dialog's own buttons (OK, Cancel, Close) come last, after what they act on.
    places = [reading_place(w, dialog) for w in seen]
    top = places.index(min(places))
    cycle = seen[top:] + seen[:top]
    boxed = [isinstance(w.parentWidget(), QDialogButtonBox) for w in cycle]
    assert boxed == sorted(boxed), (name, "Tab reaches the dialog's buttons too early", [describe(w) for w in cycle])


def reading_place(widget: QWidget, dialog: QWidget) -> tuple[int, int]:
    """Where a control is read: its top, then its left edge."""
    corner = widget.mapTo(dialog, widget.rect().topLeft())
    return corner.y(), corner.x()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}[{widget.accessibleName() or text}]"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_clicks_the_default_button_only_when_it_can_be_used(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing, name: str
) -> None:
    dialog = open_dialog(qtbot, window, fake, name)
    start = focus()
    if isinstance(start, QPlainTextEdit | QTextEdit) and not start.isReadOnly():
        pytest.skip("Enter types a new line in a text box")  # none of the dialogs has one today
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(defaults) <= 1, (name, [b.text() for b in defaults])
    clicked: list[QAbstractButton] = []
    for button in dialog.findChildren(QAbstractButton):
        button.clicked.connect(lambda _=False, b=button: clicked.append(b))
    usable = [b for b in defaults if b.isVisible() and b.isEnabled()]
    qtbot.keyClick(start, Qt.Key.Key_Return)
    if isinstance(start, QAbstractButton) and not isinstance(start, QPushButton):
        return  # a check box or a radio button: Enter is not theirs to take
    assert clicked == usable, (name, [b.text() for b in clicked], [b.text() for b in defaults])


@pytest.mark.parametrize("name", list(DIALOGS))
def test_escape_closes(qtbot: QtBot, window: MainWindow, fake: FakeSharing, name: str) -> None:
    dialog = open_dialog(qtbot, window, fake, name)
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert not dialog.isVisible(), name


def test_tab_leaves_the_task_table(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert focus() is not window.table  # it moved between the cells of one row


@pytest.mark.parametrize("name", list(DIALOGS))
def test_fits_the_screen(qtbot: QtBot, window: MainWindow, fake: FakeSharing, name: str) -> None:
    """Compare platforms opened 820 pixels high: its Close button was below the edge of a 768-pixel screen."""
    dialog = open_dialog(qtbot, window, fake, name)
    free = dialog.screen().availableGeometry()
    size = dialog.frameGeometry().size()
    assert size.width() <= free.width() and size.height() <= free.height(), (name, size, free)
