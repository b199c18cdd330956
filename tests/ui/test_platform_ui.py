"""The platform commands in the real window: add an account, pull tasks, annotate, sync, the outbox.

The window runs on a real store built by ``build(...)`` with the in-memory Label Studio as its transport, a
session-only credential store and a hand-driven clock; ops run inline, so nothing waits or sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.core.lanes import DbCall, inline
from coopclient.platforms.labelstudio.model import REFUSED
from coopclient.relays.platform import RelayReport
from coopclient.services.container import Services
from coopclient.storage.credentials import NO_KEYRING_WARNING, MemoryStore, service_name
from coopclient.storage.db import DB_FILENAME
from coopclient.ui.dialogs.account import AccountDialog
from coopclient.ui.dialogs.outbox import OutboxDialog
from coopclient.ui.dialogs.pull import PullDialog, project_ref
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.platform_commands import SYNC_CHUNK
from tests.fakes import FakeClock
from tests.unit.test_labelstudio_adapter import PAT, FakeLabelStudio

URL = "https://ls.test"
NAME = "annot@example.com"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def server() -> FakeLabelStudio:
    s = FakeLabelStudio()
    s.add_project(3, "Reviews")
    s.add_tasks(3, [{"text": f"review {i}"} for i in range(30)])
    return s


class Network:
    """The in-memory server behind a switch: ``down`` makes every connection fail."""

    def __init__(self, server: FakeLabelStudio) -> None:
        self.server, self.down = server, False

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        return self.server.handle(request)


@pytest.fixture
def network(server: FakeLabelStudio) -> Network:
    return Network(server)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock, network: Network, store: MemoryStore) -> Iterator[Services]:
    transport = httpx.MockTransport(network.handle)
    s = build(
        tmp_path / "data", clock=clock, ids=counting_ids(), transport=transport, credentials=store, wait=clock.wait
    )
    yield s
    s.close()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def active(qtbot: QtBot, dialog: QWidget) -> None:
    """Wait until ``dialog`` is the active window, so keys go to it as they would for the member."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def type_into(qtbot: QtBot, text: str) -> None:
    """Type where the focus is."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def add_account(qtbot: QtBot, window: MainWindow, token: str = PAT, url: str = URL) -> AccountDialog:
    """Accounts → Add a platform account…, filled in by keyboard and confirmed with Enter."""
    window.actions_by_name["Add a platform account…"].trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, AccountDialog)
    active(qtbot, dialog)
    dialog.platform_combo.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Tab)  # Label Studio is the first platform: on to the URL
    type_into(qtbot, url)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, NAME)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, token)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    return dialog


def pull(qtbot: QtBot, window: MainWindow, project: str = "3", count: int = 5) -> None:
    """Platforms → Pull tasks…: the project number, Tab, the count, Enter."""
    window.actions_by_name["Pull tasks…"].trigger()
    dialog = window.platform_commands.dialog
    assert isinstance(dialog, PullDialog)
    active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.project_edit
    type_into(qtbot, project)
    qtbot.keyClick(dialog.project_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.count_spin
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_A, CTRL)
    type_into(qtbot, str(count))
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def annotate_one(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """The first choice's digit, then Ctrl+Enter, with think time on the clock."""
    active(qtbot, window)  # back from a dialog (offscreen, Qt does not reactivate the window by itself)
    window.pane.setFocus()
    clock.advance(4_000)
    qtbot.keyClick(QApplication.focusWidget() or window, "1")
    clock.advance(1_000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    window.work.heartbeat()


def sync_now(qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S, CTRL | SHIFT)


def side_panel(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """The side panel's tree as text: account -> project -> batches."""
    model = window.sidebar.model()

    def children(parent: QModelIndex) -> list[QModelIndex]:
        return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]

    return {a.data(): {p.data(): [b.data() for b in children(p)] for p in children(a)} for a in children(QModelIndex())}


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def ready(qtbot: QtBot, window: MainWindow, clock: FakeClock, tasks: int = 5) -> None:
    """An account, ``tasks`` pulled tasks and one of them annotated."""
    add_account(qtbot, window)
    pull(qtbot, window, count=tasks)
    annotate_one(qtbot, window, clock)
    assert window.status.sync.text() == "Sync: 1 queued"


# -- accounts --------------------------------------------------------------------------------------------


def test_adding_an_account_keeps_the_token_out_of_the_database(
    qtbot: QtBot, window: MainWindow, services: Services, store: MemoryStore
) -> None:
    dialog = add_account(qtbot, window)
    assert NO_KEYRING_WARNING in [label.text() for label in dialog.findChildren(QLabel)]
    assert store.get(service_name("label-studio", URL), NAME) == PAT
    assert [(a.name, a.url) for a in services.platforms.accounts()] == [(NAME, URL)]
    assert f"Account {NAME} added" in message(window)
    assert NO_KEYRING_WARNING in message(window)  # this store lasts one session: the member is told
    assert PAT not in message(window)
    assert f"{NAME} (label-studio)" in side_panel(window)
    services.db.execute("PRAGMA wal_checkpoint(FULL)")
    files = list(services.data_dir.glob(DB_FILENAME + "*"))
    assert files
    assert all(PAT.encode() not in f.read_bytes() for f in files)


def test_a_refused_token_is_said_plainly_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, services: Services, store: MemoryStore
) -> None:
    wrong = "wrong-token-123456"
    add_account(qtbot, window, token=wrong)
    box = window.error_box
    assert box.isVisible()
    assert box.text() == f"The account was not added: {REFUSED}"
    assert wrong not in box.text()
    box.close()
    assert services.platforms.accounts() == []
    assert store.get(service_name("label-studio", URL), NAME) is None


def test_an_unreachable_server_is_said_plainly(
    qtbot: QtBot, window: MainWindow, services: Services, network: Network
) -> None:
    network.down = True
    add_account(qtbot, window)
    text = window.error_box.text()
    assert text == (
        "The account was not added: the server could not be reached (https://ls.test: cannot connect); "
        "check the address and your connection"
    )
    assert PAT not in text
    window.error_box.close()
    assert services.platforms.accounts() == []
    again = window.commands.dialog  # issue 11.9: what was typed is put back, not forgotten
    assert isinstance(again, AccountDialog) and again.isVisible()
    assert again.values() == ("label-studio", URL, NAME, PAT)
    again.reject()


# -- pull, annotate, sync --------------------------------------------------------------------------------


def test_pull_annotate_and_sync_by_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services, server: FakeLabelStudio, clock: FakeClock
) -> None:
    add_account(qtbot, window)
    pull(qtbot, window, count=5)
    assert message(window) == "Pulled 5 tasks from Reviews"
    [batch] = side_panel(window)[f"{NAME} (label-studio)"]["Reviews"]
    assert batch.endswith("· 5 to do")
    assert window.sidebar.current_batch() is not None  # the pulled batch is open
    assert window.work.current is not None
    assert window.work.current.task.platform_ref == "1001"

    annotate_one(qtbot, window, clock)
    assert window.status.sync.text() == "Sync: 1 queued"
    assert server.annotations == []
    assert window.platform_commands.soon.isActive()  # an automatic sync is due shortly

    sync_now(qtbot, window)
    [annotation] = server.annotations
    [result_id] = services.db.execute("SELECT result_id FROM results").fetchone()
    assert annotation["unique_id"] == result_id
    assert annotation["task"] == 1001
    assert annotation["lead_time"] > 0
    assert annotation["result"][0]["value"]["choices"] == ["Positive"]
    assert message(window) == "Sync: 1 sent, 0 to retry later, 0 parked"
    assert window.status.sync.text() == "Sync: 1 result sent"
    assert side_panel(window)[f"{NAME} (label-studio)"]["Reviews"] == [batch.replace("5 to do", "4 to do")]


def test_pull_needs_an_account_first(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name["Pull tasks…"].trigger()
    assert window.platform_commands.dialog is None
    assert "Add a Label Studio account first" in message(window)


def test_an_unknown_project_is_said_plainly(qtbot: QtBot, window: MainWindow, server: FakeLabelStudio) -> None:
    add_account(qtbot, window)
    pull(qtbot, window, project="99")
    assert window.error_box.text().startswith("No tasks were pulled: Label Studio has no project 99")
    window.error_box.close()
    assert server.drafts == {}


def test_automatic_sync_runs_only_when_rows_are_due_and_never_twice_at_once(
    qtbot: QtBot, window: MainWindow, server: FakeLabelStudio, clock: FakeClock
) -> None:
    commands = window.platform_commands
    assert commands.every.isActive()
    assert commands.every.interval() == 60_000
    add_account(qtbot, window)
    pull(qtbot, window)
    requests = len(server.requests)
    commands.sync_quietly()  # nothing due: no request at all
    assert len(server.requests) == requests

    annotate_one(qtbot, window, clock)
    message_before = message(window)
    commands._syncing = True  # another sync is running
    commands.sync_quietly()
    assert server.annotations == []
    commands._syncing = False
    commands.sync_quietly()  # what the timers call
    assert len(server.annotations) == 1
    assert message(window) == message_before  # quietly: only the sync state changes
    assert window.status.sync.text() == "Sync: 1 result sent"


def test_a_long_outbox_is_sent_in_chunks(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    server: FakeLabelStudio,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_account(qtbot, window)
    pull(qtbot, window, count=SYNC_CHUNK + 3)
    window.platform_commands.every.stop()
    for _ in range(SYNC_CHUNK + 3):
        annotate_one(qtbot, window, clock)
    assert window.status.sync.text() == f"Sync: {SYNC_CHUNK + 3} queued"
    platforms = services.platforms
    chunks: list[int] = []
    real_sync = platforms.sync

    def sync(max_items: int | None = None, *, db: DbCall = inline, budget_s: float = 0.0) -> RelayReport:
        report = real_sync(max_items, db=db, budget_s=budget_s)
        chunks.append(report.delivered)
        return report

    monkeypatch.setattr(platforms, "sync", sync)
    sync_now(qtbot, window)
    assert len(server.annotations) == SYNC_CHUNK + 3
    assert chunks == [SYNC_CHUNK, 3]  # one background op per chunk: other work can go in between
    assert message(window) == f"Sync: {SYNC_CHUNK + 3} sent, 0 to retry later, 0 parked"


def test_a_refused_token_on_sync_keeps_the_row_queued(
    qtbot: QtBot, window: MainWindow, services: Services, server: FakeLabelStudio, clock: FakeClock
) -> None:
    ready(qtbot, window, clock)
    server.pat_revoked = True
    server.access.clear()
    sync_now(qtbot, window)
    assert message(window) == "Label Studio refused the token: add the account again"
    assert server.annotations == []
    assert window.status.sync.text() == "Sync: 1 queued"
    assert [e.state for e in services.platforms.outbox()] == ["queued"]
    requests = len(server.requests)
    window.platform_commands.sync_quietly()  # automatic sync waits for the member now
    assert len(server.requests) == requests

    server.pat_revoked = False
    add_account(qtbot, window)  # a new token: what waited goes at once
    assert len(server.annotations) == 1
    assert window.status.sync.text() == "Sync: 1 result sent"


def test_an_unreachable_server_leaves_the_row_waiting(
    qtbot: QtBot, window: MainWindow, services: Services, network: Network, clock: FakeClock
) -> None:
    ready(qtbot, window, clock)
    network.down = True  # for the whole of the sync's budget (its waits move the test's clock)
    sync_now(qtbot, window)
    assert message(window) == "Server unreachable: working offline, will retry"
    assert [e.state for e in services.platforms.outbox()] == ["waiting"]
    assert window.status.sync.text() == "Sync: 1 queued"


def test_a_blip_is_waited_out_within_the_sync_s_budget(
    qtbot: QtBot, window: MainWindow, services: Services, server: FakeLabelStudio, clock: FakeClock
) -> None:
    ready(qtbot, window, clock)
    server.faults = ["connect"]  # one refused connection, then the server answers
    sync_now(qtbot, window)
    assert message(window) == "Sync: 1 sent, 0 to retry later, 0 parked"
    assert [e.state for e in services.platforms.outbox(include_done=True)] == ["done"]


def test_a_refused_result_is_parked_with_its_reason_and_retry_sends_it(
    qtbot: QtBot, window: MainWindow, services: Services, server: FakeLabelStudio, clock: FakeClock
) -> None:
    ready(qtbot, window, clock)
    server.faults = ["400"]
    with qtbot.waitSignal(window.port.notice) as notice:  # a desktop notification when the window is behind
        sync_now(qtbot, window)
    assert notice.args == [
        "Results parked",
        "1 result was refused by the platform and waits in the outbox, which says why.",
    ]
    assert message(window) == "Sync: 0 sent, 0 to retry later, 1 parked (see the outbox)"
    assert "1 parked" in window.status.sync.text()

    window.actions_by_name["Outbox…"].trigger()
    dialog = window.platform_commands.outbox_dialog
    assert isinstance(dialog, OutboxDialog)
    active(qtbot, dialog)
    table = dialog.table
    assert table.rowCount() == 1
    assert cell(table, 0, 0) == "Reviews #1"
    assert cell(table, 0, 1) == "Result"
    assert cell(table, 0, 2).startswith("Parked: refused by the server (400): Validation error")
    assert "1 parked" in dialog.summary.text()
    assert dialog.retry_button.isEnabled()  # the parked row is selected

    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: len(server.annotations) == 1)  # a mnemonic "animates" the click for 100 ms
    assert table.rowCount() == 0
    assert dialog.summary.text() == "Nothing waits to be sent."
    assert window.status.sync.text() == "Sync: 1 result sent"
    dialog.show_done.setChecked(True)  # the sent row, on demand
    assert [cell(table, 0, 2)] == ["Sent"]
    assert not dialog.retry_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the dialogs alone -----------------------------------------------------------------------------------


def test_pull_dialog_checks_the_project_and_bounds_the_count(qtbot: QtBot) -> None:
    dialog = PullDialog([(1, "me — https://ls.test"), (2, "work — https://other.test")])
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    assert dialog.count_spin.minimum() == 1
    assert dialog.count_spin.maximum() == 500
    qtbot.keyClick(dialog.project_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.project_error.isHidden()
    dialog.project_edit.setText("https://ls.test/projects/12/data?tab=4")
    assert dialog.project_error.isHidden()
    dialog.account_combo.setCurrentIndex(1)
    assert dialog.values() == (2, "12", 50)
    assert (project_ref(" 7 "), project_ref("seven")) == ("7", None)
    qtbot.keyClick(dialog.project_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_new_dialogs_name_every_control(qtbot: QtBot, window: MainWindow) -> None:
    pull = PullDialog([(1, "me")], window)
    outbox = OutboxDialog(window.services.clock.tz, window)
    for dialog in (pull, outbox):
        qtbot.addWidget(dialog)
        dialog.show()
        controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QSpinBox) for w in dialog.findChildren(kind)]
        unnamed = [
            w
            for w in controls
            if w.isVisible()
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not isinstance(w.parent(), QSpinBox)  # a spin box's own editor is named by the spin box
        ]
        assert unnamed == [], dialog
        dialog.close()


def test_a_pulled_image_task_shows_its_offline_copy_and_boxes_sync(
    qtbot: QtBot, window: MainWindow, server: FakeLabelStudio, services: Services
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding refuses bytes (ValueError) and takes a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    server.media["/data/upload/9/car.png"] = bytes(data.data())
    server.add_project(
        9,
        "Cars",
        '<View><Image name="image" value="$image"/><RectangleLabels name="label" '
        'toName="image"><Label value="Car" hotkey="c"/></RectangleLabels></View>',
    )
    server.add_tasks(9, [{"image": "/data/upload/9/car.png"}])
    add_account(qtbot, window)
    pull(qtbot, window, project="9", count=1)
    window.sidebar.select_batch(window.sidebar.first_batch() or 0)
    for batch in range(1, 5):
        if window.sidebar.select_batch(batch) and window.work.current and window.work.current.project == "Cars":
            break
    view = window.work.current
    assert view is not None
    assert view.project == "Cars"
    assert view.media is not None
    assert view.media["image"] is not None  # the local copy, fetched with the token at pull time
    shown = " ".join(label.text() for label in window.pane.findChildren(type(window.status.sync)))
    assert "not available offline" not in shown
    assert "can't be opened" not in shown
    box = [
        {
            "id": "b1",
            "from_name": "label",
            "to_name": "image",
            "type": "rectanglelabels",
            "original_width": 40,
            "original_height": 30,
            "image_rotation": 0,
            "value": {"x": 10.0, "y": 10.0, "width": 50.0, "height": 50.0, "rotation": 0, "rectanglelabels": ["Car"]},
        }
    ]
    assert view.config is not None
    window.pane.show_task(view.config, view.task.data, box, media=view.media)  # as if drawn
    assert window.work.submit()
    window.platform_commands.sync()
    (stored,) = server.annotations
    assert stored["result"][0]["value"]["rectanglelabels"] == ["Car"]
