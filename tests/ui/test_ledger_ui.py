"""The co-op ledger in the real window: join, consent with the exact payloads, sync, pause and resume,
*What I share*, *Compare platforms* and the warning when the ledger failed a check.

The window runs on a real store with :class:`~tests.ui.fake_sharing.FakeSharing` as its sharing service; ops
run inline (one test runs them on the real worker thread to show the window never waits on a sync).

Run this module as a script to write the screenshots in docs/screenshots/:
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.test_ledger_ui``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.protocol.releases import ReleaseError, SuppressionCode, parse_release
from coopclient.services.container import Services
from coopclient.ui.dialogs.enroll import EnrollDialog
from coopclient.ui.dialogs.share_consent import ShareConsentDialog
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.views.compare_view import CompareView
from coopclient.ui.views.sharing_view import SharedModel, SharingView
from tests.fakes import FakeClock
from tests.server.test_aggregates import FakeNoise
from tests.ui.fake_sharing import (
    FEW_FOR_WAGE_30,
    FEW_MEMBERS_15,
    INVITE,
    PSEUDONYM,
    RATE_CARDS,
    RELEASES,
    SERVER,
    SETTINGS,
    UNREACHABLE,
    FakeSharing,
)

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester  # importable only once pytest-qt chose its Qt binding

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
FORK = "checkpoint 131 is not consistent with checkpoint 118 seen before (a fork)"

pytestmark = pytest.mark.qt_log_ignore(
    # Qt's offscreen platform (headless tests) cannot resize or raise native windows; harmless there.
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)


@pytest.fixture
def fake() -> FakeSharing:
    return FakeSharing()


def open_window(qtbot: QtBot, services: Services, fake: FakeSharing, ops: Ops | None = None) -> MainWindow:
    services.make_sharing = lambda: fake  # type: ignore[assignment,return-value]  # the fake takes the real service's place
    w = MainWindow(services, ops=ops or Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot: QtBot, services: Services, fake: FakeSharing) -> Iterator[MainWindow]:
    w = open_window(qtbot, services, fake)
    yield w
    w.close()


def active(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until ``widget`` is the active window, so keys go to it as they would for the member."""
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def trigger(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()


def consent_dialog(qtbot: QtBot, window: MainWindow) -> ShareConsentDialog:
    dialog = window.ledger_commands.dialog
    assert isinstance(dialog, ShareConsentDialog)
    assert dialog.isVisible()
    active(qtbot, dialog)
    return dialog


# -- the menu ---------------------------------------------------------------------------------------------


def test_the_co_op_menu_sits_before_help_and_its_commands_are_in_the_shortcuts_sheet(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Co-op", "&Help"]
    menu = window.ledger_commands.menu
    assert [a.text() for a in menu.actions()] == [
        "&Join the co-op ledger…",
        "&What I share",
        "&Pause sharing",
        "&Resume sharing",
        "&Compare platforms",
        "&Sync with the co-op ledger",
    ]
    mnemonics = [a.text().split("&")[1][0] for a in menu.actions()]
    assert len(set(mnemonics)) == len(mnemonics)  # every entry reachable by one letter
    for action in menu.actions():
        assert window.actions_by_name[action.text().replace("&", "")] is action
        assert action.property("menu") == "Co-op"
    assert window.ledger_commands.actions["join"].isEnabled()
    assert not window.ledger_commands.actions["pause"].isEnabled()  # not joined: nothing to pause
    assert not window.ledger_commands.status_label.isVisible()


# -- join and consent -------------------------------------------------------------------------------------


def test_join_then_consent_shows_exactly_what_is_sent_and_share_syncs(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    trigger(window, "Join the co-op ledger…")
    enroll = window.ledger_commands.dialog
    assert isinstance(enroll, EnrollDialog)
    active(qtbot, enroll)
    assert focused() is enroll.code_edit
    assert enroll.code_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # nothing typed: said beside the field, not sent
    assert enroll.isVisible()
    assert not enroll.code_error.isHidden()
    qtbot.keyClicks(focused(), INVITE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not enroll.isVisible()
    assert enroll.code_edit.text() == ""  # the one-time code is not kept in the widget
    assert fake.calls.count("enroll") == 1
    assert "sync" not in fake.calls

    dialog = consent_dialog(qtbot, window)
    assert dialog.labels() == [f"{p.day} · {p.platform} · {p.task_kind}" for p in fake.pending]
    assert dialog.shown_text() == fake.pending[0].text
    assert json.loads(dialog.shown_text()) == fake.pending[0].data
    assert SERVER in dialog.summary.text()
    assert PSEUDONYM in dialog.summary.text()
    assert "5 payloads" in dialog.summary.text()
    assert focused() is dialog.list
    shown = [dialog.shown_text()]
    for row in range(1, len(fake.pending)):  # the member reads every payload with the arrow keys
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        assert dialog.shown_text() == fake.pending[row].text
        shown.append(dialog.shown_text())
    never = " ".join(w.text() for w in dialog.findChildren(type(dialog.summary)))
    for words in ("your name", "task texts", "times of day", "fees and payouts"):
        assert words in never

    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter alone never shares
    assert dialog.isVisible()
    assert "consent" not in fake.calls
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic "animates" the click for a moment
    calls = [c for c in fake.calls if c in ("preview", "consent", "queue_due", "sync")]
    assert calls[:4] == ["preview", "consent", "sync", "queue_due"]  # shown, agreed, then sent (queued by the sync)
    sent = [json.loads(p.text)["data"] for p in reversed(fake.payloads)]
    assert sent == [json.loads(text) for text in shown]  # what was shown is what went
    assert message(window) == "Co-op ledger: 5 shared; ledger checked at 112 entries; 1 policy update received"
    assert window.ledger_commands.status_label.text() == "Co-op: sharing"
    assert not window.ledger_commands.actions["join"].isEnabled()
    assert window.ledger_commands.actions["pause"].isEnabled()


def test_without_a_keyring_the_join_dialog_says_so_and_takes_no_code(
    qtbot: QtBot, services: Services, fake: FakeSharing
) -> None:
    fake.session_only = True
    window = open_window(qtbot, services, fake)
    try:
        trigger(window, "Join the co-op ledger…")
        enroll = window.ledger_commands.dialog
        assert isinstance(enroll, EnrollDialog)
        active(qtbot, enroll)
        assert enroll.keyring_note is not None and enroll.keyring_note.isVisible()
        assert "no usable keyring" in enroll.keyring_note.text()
        assert not enroll.code_edit.isEnabled()
        assert not enroll.join_button.isEnabled()
        enroll.accept()  # even called directly, Join does nothing without a keyring
        assert enroll.isVisible()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the focus is on Cancel: closes without joining
        assert not enroll.isVisible()
        assert enroll.result() == QDialog.DialogCode.Rejected
        assert "enroll" not in fake.calls
    finally:
        window.close()


def test_with_a_keyring_the_join_dialog_has_no_keyring_note(qtbot: QtBot) -> None:
    dialog = EnrollDialog()
    qtbot.addWidget(dialog)
    assert dialog.keyring_note is None
    assert dialog.code_edit.isEnabled() and dialog.join_button.isEnabled()


def test_not_now_sends_nothing_and_the_next_sync_asks_again(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = True
    trigger(window, "Sync with the co-op ledger")
    dialog = consent_dialog(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not ({"consent", "queue_due", "sync"} & set(fake.calls))
    assert message(window) == "Nothing was shared. Co-op → Sync with the co-op ledger asks again."
    assert window.ledger_commands.status_label.text() == "Co-op: joined, nothing shared yet"

    trigger(window, "Sync with the co-op ledger")
    again = consent_dialog(qtbot, window)
    qtbot.keyClick(again, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert "sync" not in fake.calls


def test_consent_with_nothing_due_yet_shows_what_a_day_holds(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = True
    fake.pending = []
    trigger(window, "Sync with the co-op ledger")
    dialog = consent_dialog(qtbot, window)
    assert "No finished day is waiting" in dialog.summary.text()
    assert not dialog.list.isVisible()
    assert "never a time of day" in dialog.shown_text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert fake.consented
    assert message(window).startswith("Co-op ledger: nothing new to share")


def test_a_refused_invite_is_said_without_the_code(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    code = "coopledger:WRONG0000"
    fake.fail_with = PermissionError(f"403 invite {code} is used, unknown or expired")  # even if one did echo it
    trigger(window, "Join the co-op ledger…")
    enroll = window.ledger_commands.dialog
    assert isinstance(enroll, EnrollDialog)
    active(qtbot, enroll)
    qtbot.keyClicks(focused(), code)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    box = window.error_box
    assert box.isVisible()
    assert box.text() == "You did not join the co-op ledger: 403 invite ******** is used, unknown or expired"
    assert code not in message(window)
    box.close()
    assert window.ledger_commands.actions["join"].isEnabled()
    assert window.ledger_commands.dialog is enroll  # no consent asked


# -- sync, pause and resume -------------------------------------------------------------------------------


def test_start_up_syncs_quietly_only_when_the_member_shares(
    qtbot: QtBot, services: Services, fake: FakeSharing
) -> None:
    w = open_window(qtbot, services, fake)  # not joined: status only
    assert fake.calls == ["status"]
    w.close()
    fake.enrolled = fake.consented = True
    fake.calls.clear()
    w = open_window(qtbot, services, fake)
    assert fake.calls[:3] == ["status", "sync", "queue_due"]
    assert len(fake.payloads) == 5
    assert "Co-op" not in message(w)  # quietly
    assert w.ledger_commands.every.interval() == 3_600_000
    assert w.ledger_commands.every.isActive()
    w.close()
    assert not w.ledger_commands.every.isActive()


def test_pausing_calls_pause_and_nothing_is_sent_until_resumed(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    commands = window.ledger_commands
    commands.refresh()
    fake.calls.clear()
    trigger(window, "Pause sharing")
    assert fake.calls.count("pause") == 1
    assert fake.paused
    assert message(window) == "Sharing paused: nothing is sent to the co-op ledger until you resume it"
    assert commands.status_label.text() == "Co-op: sharing paused"
    assert not commands.actions["pause"].isEnabled()
    assert commands.actions["resume"].isEnabled()

    fake.calls.clear()
    commands.sync_quietly()  # what the hourly timer calls
    trigger(window, "Sync with the co-op ledger")
    assert "sync" not in fake.calls
    assert message(window) == "Sharing is paused: Co-op → Resume sharing to send again"

    trigger(window, "Resume sharing")
    assert "resume" in fake.calls
    assert not fake.paused
    assert message(window) == "Sharing resumed"
    assert commands.actions["pause"].isEnabled()
    trigger(window, "Sync with the co-op ledger")
    assert "sync" in fake.calls


def test_a_sync_runs_in_the_background_and_the_window_keeps_working(
    qtbot: QtBot, services: Services, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    gate = threading.Event()
    fake.gate = gate
    w = open_window(qtbot, services, fake, ops=Ops())  # the real worker thread
    try:
        commands = w.ledger_commands
        qtbot.waitUntil(lambda: commands.syncing)  # the start-up sync, held by the "network"
        trigger(w, "Sync with the co-op ledger")
        assert message(w) == "A sync with the co-op ledger is already running"
        w.filter.setCurrentIndex(1)  # the GUI thread answers while the sync waits
        assert w.filter.currentData() == "todo"
        gate.set()
        qtbot.waitUntil(lambda: not commands.syncing)
        qtbot.waitUntil(lambda: commands.status_label.text() == "Co-op: sharing")
        assert len(fake.payloads) == 5
    finally:
        gate.set()
        w.close()


def test_a_failed_sync_is_said_when_asked_for_and_logged_otherwise(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    fake.fail_with = ConnectionError("https://ledger.coop.example: cannot connect")
    window.ledger_commands.sync_quietly()
    assert message(window) == ""
    trigger(window, "Sync with the co-op ledger")
    assert message(window) == "Sync with the co-op ledger failed: https://ledger.coop.example: cannot connect"
    assert not window.ledger_commands.syncing


# -- the warning ------------------------------------------------------------------------------------------


def test_a_tampered_ledger_shows_a_warning_banner(qtbot: QtBot, services: Services, fake: FakeSharing) -> None:
    fake.enrolled = fake.consented = True
    fake.warning = FORK
    w = open_window(qtbot, services, fake)
    try:
        commands = w.ledger_commands
        assert commands.banner.isVisible()
        assert FORK in commands.banner_text.text()
        assert commands.banner_text.text().startswith("Warning — the co-op ledger failed a check")
        top_of_table = w.table.mapTo(w, w.table.rect().topLeft()).y()
        assert commands.banner.mapTo(w, commands.banner.rect().bottomLeft()).y() < top_of_table  # above the tasks
        buttons = [b.text() for b in commands.banner.findChildren(QAbstractButton)]
        assert buttons == ["What I sha&re…", "Hide &warning"]
        active(qtbot, w)
        qtbot.keyClick(w, Qt.Key.Key_W, ALT)  # hidden by keyboard
        qtbot.waitUntil(lambda: not commands.banner.isVisible())
        commands.refresh()  # the same warning stays hidden once the member read it
        assert not commands.banner.isVisible()
        fake.integrity_problem = "the log's signature on checkpoint 140 does not verify"
        trigger(w, "Sync with the co-op ledger")  # a new one shows again
        assert commands.banner.isVisible()
        assert "checkpoint 140" in commands.banner_text.text()
        assert "warning: the log's signature" in message(w)
    finally:
        w.close()


def test_an_unreachable_server_is_a_message_not_a_tamper_warning(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    fake.sync_notes = [UNREACHABLE]
    trigger(window, "Sync with the co-op ledger")
    assert message(window).endswith(f"warning: {UNREACHABLE}")
    assert not window.ledger_commands.banner.isVisible()


def test_the_warning_is_in_what_i_share_too(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = fake.consented = True
    fake.warning = FORK
    trigger(window, "What I share")
    view = window.ledger_commands.sharing_view
    assert view is not None
    assert f"Warning: {FORK}" in view.summary.text()


# -- What I share -----------------------------------------------------------------------------------------


def test_what_i_share_lists_every_payload_by_pages_and_shows_the_exact_text(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    fake.shared_days(450)
    trigger(window, "What I share")
    view = window.ledger_commands.sharing_view
    assert isinstance(view, SharingView)
    active(qtbot, view)
    model = view.model
    assert model.rowCount() == 200
    assert "shared(200,0)" in fake.calls
    assert "Sharing as m-3f9a1c0b7d2e4a61 with https://ledger.coop.example. 450 sent, 0 waiting" in view.summary.text()
    first = fake.payloads[0]
    row = [model.index(0, c).data() for c in range(4)]
    assert row == ["2026-11-17", "label-studio", "image", "Sent, not yet verified"]
    assert view.shown_text() == first.text  # the first row is selected

    view.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert view.selected() is fake.payloads[1]
    assert view.shown_text() == fake.payloads[1].text
    for _ in range(3):  # to the end, page after page, as the member scrolls
        qtbot.keyClick(focused(), Qt.Key.Key_End, CTRL)
    assert model.rowCount() == 450
    assert [c for c in fake.calls if c.startswith("shared(")] == ["shared(200,0)", "shared(200,200)", "shared(200,400)"]
    assert model.index(449, 3).data() == "In the ledger, verified (entry 11)"
    assert view.shown_text() == fake.payloads[449].text
    assert not model.canFetchMore()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is view.text  # Tab reaches the text, then moves on (it never types a tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is not view.text
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_what_i_share_pauses_resumes_and_syncs_from_its_buttons(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    trigger(window, "What I share")
    view = window.ledger_commands.sharing_view
    assert view is not None
    active(qtbot, view)
    assert view.empty.isVisible()
    assert view.pause_button.text() == "&Pause sharing"
    qtbot.keyClick(view, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: fake.paused)
    assert view.pause_button.text() == "&Resume sharing"
    assert "Sharing is paused" in view.summary.text()
    assert not view.sync_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not fake.paused)
    assert "resume" in fake.calls
    qtbot.keyClick(view, Qt.Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: model_rows(view) == 5)  # synced, and the list reloaded
    assert view.shown_text() == fake.payloads[0].text


def model_rows(view: SharingView) -> int:
    return view.model.rowCount()


def test_the_shared_model_passes_qt_s_model_tester(qtmodeltester: ModelTester, fake: FakeSharing) -> None:
    fake.shared_days(7)
    model = SharedModel(page_size=5)
    model.more_requested.connect(lambda offset: model.add_page(fake.shared(5, offset)))
    model.fetchMore()
    assert model.rowCount() == 5
    model.reset()
    assert model.rowCount() == 0
    assert model.canFetchMore()
    model.fetchMore()
    qtmodeltester.check(model)  # it fetches more too: the second, short page
    assert model.rowCount() == 7
    assert not model.canFetchMore()


# -- Compare platforms ------------------------------------------------------------------------------------


def test_compare_platforms_draws_the_cells_and_says_what_was_suppressed(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    fake.enrolled = fake.consented = True
    trigger(window, "Compare platforms")
    view = window.ledger_commands.compare_view
    assert isinstance(view, CompareView)
    active(qtbot, view)
    assert focused() is view.month_combo
    assert view.month() == "2026-10"  # the newest first
    assert view.wage_boxes() == [
        ("label-studio · choices", 12.5, 14.3, 19.2),
        ("label-studio · image", 13.4, 17.1, 22.9),
        ("prolific · survey", 12.5, 12.9, 16.4),
    ]  # doccano · ner has no published wage: no box
    assert view.floor_points() == [(-0.5, 12.5), (2.5, 12.5)]
    assert view.share_categories() == [
        "doccano · ner",
        "label-studio · choices",
        "label-studio · image",
        "prolific · survey",
    ]
    bars = view.share_bars()
    assert bars["Unpaid time"] == pytest.approx([27, 21, 16, 34])
    assert bars["Rejected tasks"] == pytest.approx([11, 8, 5, 3])
    assert bars["Hours below the floor"] == pytest.approx([41, 36, 19, 52])
    assert view.withheld_texts() == [
        "doccano · audio: not published — fewer than 15 members (counted with noise)",
        "doccano · ner: wage not published — fewer than 30 members (counted with noise)",
    ]
    words = view.words.text()
    for said in (
        "2026-10: 4 platform and kind-of-task pairs published",
        "ε = 2.0 per member-month (count 0.5, wage 1.0, shares 0.5); the smaller ε, the more noise",
        "a member's month counts in: at most 4, so each pair gets a share of the budget: count ε 0.125, "
        "wage_quantile ε 0.0833, share ε 0.0417",
        "published only when its member count, with noise, is 15 or more",
        "Members a pair needs before its wage is published: 30.",
        "Wages count as they are from 0 up, so a platform paying under the floor shows under it; "
        "a wage above 37.50 EUR an hour counts as 37.50.",
        "The co-op's wage floor: 12.50 EUR an hour",
        "1 GBP = 1.1628 EUR, 1 USD = 0.9259 EUR",
        "count: discrete Laplace",
    ):
        assert said in words
    assert "median 17.10 EUR/h" in view.wage_view.accessibleDescription()
    assert "about 44 members" in view.wage_view.accessibleDescription()

    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the month before, by keyboard
    assert view.month() == "2026-09"
    assert [box[0] for box in view.wage_boxes()] == ["label-studio · image", "prolific · survey"]
    assert view.withheld_texts() == ["doccano · ner: not published — fewer than 15 members (counted with noise)"]
    qtbot.keyClick(view, Qt.Key.Key_N, ALT)
    assert focused() is view.withheld
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_compare_platforms_lists_the_rate_cards(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = True
    trigger(window, "Compare platforms")
    view = window.ledger_commands.compare_view
    assert isinstance(view, CompareView)
    assert fake.calls.index("rate_cards") > fake.calls.index("releases")  # once the member is known to have joined
    assert view.rate_card_rows() == [
        ["doccano", "Medical NER", "ner", "14.50 EUR per hour", "2026-11-01"],
        ["label-studio", "Reviews sentiment", "choices", "0.05 EUR per task", "2026-09-15"],
        ["label-studio", "Street signs", "image", "0.08 EUR per task", "2026-10-01"],
    ]
    assert view.rate_table.isVisible()
    assert not view.rate_note.isVisible()
    view.close()

    fake.rate_cards_data = []  # none published: said in a line, no empty table
    trigger(window, "Compare platforms")
    assert view.rate_card_rows() == []
    assert not view.rate_table.isVisible()
    assert view.rate_note.isVisible()
    assert view.rate_note.text() == "No rate cards published yet"


def test_rate_cards_that_cannot_be_read_are_said_so(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = True
    fake.rate_cards_error = OSError("disk unreadable")
    trigger(window, "Compare platforms")
    view = window.ledger_commands.compare_view
    assert view is not None
    assert view.rate_card_rows() == []
    assert view.rate_note.text().startswith("The rate cards could not be loaded: ")
    assert "disk unreadable" in view.rate_note.text()
    assert view.month() == "2026-10"  # the releases are shown all the same


def test_a_rate_is_shown_with_two_places_at_least(qtbot: QtBot) -> None:
    view = CompareView()  # no window: nothing is read, the cards are given
    qtbot.addWidget(view)
    odd = {**RATE_CARDS[0], "rate": "0.012500", "currency": "GBP", "project": "", "effective": None}
    view.set_rate_cards([odd, {**RATE_CARDS[1], "rate": "not a number"}])
    assert view.rate_card_rows() == [
        ["label-studio", "Reviews sentiment", "choices", "not a number EUR per task", "2026-09-15"],
        ["label-studio", "—", "image", "0.0125 GBP per task", "—"],
    ]


def test_compare_before_joining_says_to_join_first(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    trigger(window, "Compare platforms")
    view = window.ledger_commands.compare_view
    assert view is not None
    assert "releases" not in fake.calls
    assert "rate_cards" not in fake.calls
    assert view.rate_note.text() == "No rate cards published yet"
    assert view.words.text() == (
        "The published figures could not be loaded: join the co-op ledger first (Co-op → Join the co-op ledger…)"
    )
    assert view.wage_boxes() == []
    assert not view.month_combo.isEnabled()


def test_compare_before_joining_explains_what_joining_shares_and_offers_to_join(
    qtbot: QtBot, window: MainWindow, fake: FakeSharing
) -> None:
    """Issue 11.9: two empty charts with one small line of explanation, before joining."""
    trigger(window, "Compare platforms")
    view = window.ledger_commands.compare_view
    assert view is not None
    assert view.pages.currentWidget() is view.intro  # no empty charts
    assert view.figures.isHidden()
    words = " ".join(label.text() for label in view.intro.findChildren(QLabel))
    assert "Joining shares, for each finished day" in words
    assert "Never shared" in words
    assert view.join_button.isVisible()
    # The few paragraphs at their own size: at the figures' 1120x820 two thirds of the window stayed empty.
    assert view.width() < 900 and view.height() < 600, view.size()
    assert view.intro.sizeHint().height() <= view.pages.height() + 4
    view.join_button.click()
    assert not view.isVisible()
    enroll = window.ledger_commands.dialog
    assert isinstance(enroll, EnrollDialog)
    assert enroll.isVisible()
    enroll.reject()


def test_a_release_that_cannot_be_read_is_named_and_the_others_shown(qtbot: QtBot) -> None:
    bad = json.loads(json.dumps(RELEASES[1]))
    bad["month"] = "2026-11"
    bad["cells"][1]["wage"]["median"] = "seventeen"
    with pytest.raises(ReleaseError, match=r"2026-11: cells\[1\]\.wage\.median: 'seventeen' is not a decimal"):
        parse_release(bad)
    view = CompareView()
    qtbot.addWidget(view)
    view.set_releases([RELEASES[0], bad])
    assert view.month() == "2026-09"
    assert "2026-11: cells[1].wage.median" in view.words.text()
    with pytest.raises(ReleaseError, match=r"cells\[0\]\.unpaid_share: expected a decimal string, got 0.2"):
        parse_release({**RELEASES[0], "cells": [{**RELEASES[0]["cells"][0], "unpaid_share": 0.2}]})


def test_the_fake_releases_state_what_the_real_aggregates_state() -> None:
    """The fake's settings and suppressions are those of coopclient.server.aggregates, so the view is tested on
    them; the older English reason reads as the same suppression."""
    from decimal import Decimal

    from coopclient.server.aggregates import MemberMonth, Policy, ReleaseSettings, describe_settings, release

    policy = Policy(Decimal("12.50"), "EUR", {"GBP": Decimal("1.1628"), "USD": Decimal("0.9259")})
    settings = ReleaseSettings(wage_miss_probability=None)
    assert describe_settings(settings, policy) == SETTINGS
    rows = [MemberMonth(f"m-{i}", "doccano", "ner", 3600, 0, 10, 0, Decimal("20"), 0) for i in range(3)]
    for noisy, expected in ((9, FEW_MEMBERS_15), (22, FEW_FOR_WAGE_30)):
        published = release(rows, settings, policy, noise=FakeNoise(noisy_counts=[noisy]))
        assert published["suppressed"] == [{"platform": "doccano", "task_kind": "ner", **expected}]
    legacy = parse_release(RELEASES[0]).suppressed[0]
    assert (legacy.code, legacy.threshold) == (SuppressionCode.CELL, 15)


def test_a_platform_paying_a_quarter_of_the_floor_is_drawn_below_the_floor(qtbot: QtBot) -> None:
    """A real release (OpenDP noise, default settings) of 2000 members paid 3.125 €/h on one platform and
    25 €/h on another (enough for the accuracy rule to publish their wages): the first box sits under the
    floor line, as low as it was released, and the view says why smaller cells show no wage."""
    import random
    from decimal import Decimal

    from coopclient.server.aggregates import MemberMonth, Policy, ReleaseSettings, describe_settings, release

    policy, settings, rng = Policy(Decimal("12.50"), "EUR"), ReleaseSettings(), random.Random(7)

    def member(i: int, platform: str, wage: float) -> MemberMonth:
        earned = Decimal(f"{wage * rng.uniform(0.8, 1.2):.2f}")
        return MemberMonth(f"m-{platform}-{i}", platform, "image", 3600, 0, 10, 0, earned, 3600 * (earned < 12.5))

    rows = [member(i, p, w) for p, w in (("cheap", 3.125), ("fair", 25.0)) for i in range(2000)]
    data = {"month": "2026-11", "settings": describe_settings(settings, policy), **release(rows, settings, policy)}
    view = CompareView()
    qtbot.addWidget(view)
    view.set_releases([data])
    (cheap, fair) = view.wage_boxes()
    floor = view.floor_points()[0][1]
    assert (cheap[0], floor) == ("cheap · image", 12.5)
    assert cheap[2] < floor / 2 < floor < fair[2]
    assert "a platform paying under the floor shows under it" in view.words.text()
    assert "Members a pair needs before its wage is published: 1658." in view.words.text()
    assert (
        "From there, each quartile is within 10 % of the members of where it belongs, except in 5 % of "
        "releases; below it, the noise would outweigh the wages."
    ) in view.words.text()


def test_an_unknown_reason_is_shown_as_given(qtbot: QtBot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    odd = {**RELEASES[0], "suppressed": [{"platform": "file", "task_kind": "other", "reason": "treasurer's hold"}]}
    view.set_releases([odd])
    assert view.withheld_texts() == ["file · other: not published — treasurer's hold"]
    later = {**RELEASES[0], "suppressed": [{"platform": "file", "task_kind": "other", "code": "embargo"}]}
    view.set_releases([later])  # a code a later server may add
    assert view.withheld_texts() == ["file · other: not published — embargo"]


def test_an_empty_month_and_no_release_are_said_plainly(qtbot: QtBot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.set_releases([])
    assert view.words.text().startswith("No month has been published yet, or none was fetched")
    view.set_releases([{"month": "2026-08", "settings": {}, "cells": [], "suppressed": []}])
    assert view.wage_boxes() == []
    assert view.floor_points() == []
    assert view.withheld_texts() == ["Every cell with members this month was published."]


# -- accessibility and screenshots ------------------------------------------------------------------------


def test_every_control_of_the_ledger_windows_is_named(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    fake.enrolled = True
    fake.shared_days(3)
    commands = window.ledger_commands
    trigger(window, "Join the co-op ledger…")  # joined: a message, no dialog
    assert "already joined" in message(window)
    dialogs: list[QWidget] = [EnrollDialog(window)]
    trigger(window, "Sync with the co-op ledger")
    dialogs.append(consent_dialog(qtbot, window))
    trigger(window, "What I share")
    trigger(window, "Compare platforms")
    dialogs += [commands.sharing_view, commands.compare_view]  # type: ignore[list-item]
    for dialog in dialogs:
        dialog.show()
        kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
        controls = [w for kind in kinds for w in dialog.findChildren(kind)]
        unnamed = [
            w
            for w in controls
            if w.isVisible()
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and w.parent().__class__.__name__ not in ("QTableView", "QComboBox")  # their own parts
        ]
        assert unnamed == [], dialog
        dialog.close()


def save_screenshots(qtbot: QtBot | None, window: MainWindow, fake: FakeSharing, folder: Path) -> list[Path]:
    """Grab the consent dialog, *What I share* and *Compare platforms* with the fake's data into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    commands = window.ledger_commands
    fake.enrolled = True
    commands.sync()
    consent = commands.dialog
    assert isinstance(consent, ShareConsentDialog)
    consent.list.setCurrentRow(4)
    shots: list[tuple[QWidget, str]] = [(consent, "ledger-consent.png")]
    fake.consented = True
    fake.shared_days(60)
    commands.refresh()
    commands.show_shared()
    view = commands.sharing_view
    assert view is not None
    view.table.selectRow(2)
    shots.append((view, "ledger-what-i-share.png"))
    commands.compare()
    compare = commands.compare_view
    assert compare is not None
    shots.append((compare, "ledger-compare.png"))
    paths = []
    for widget, name in shots:
        widget.show()
        if qtbot is not None:
            qtbot.waitExposed(widget)
        QApplication.processEvents()
        path = folder / name
        assert widget.grab().save(str(path))
        paths.append(path)
    consent.reject()
    return paths


def test_screenshots_of_the_ledger_windows(qtbot: QtBot, window: MainWindow, fake: FakeSharing) -> None:
    paths = save_screenshots(qtbot, window, fake, ARTIFACTS)
    assert [p.name for p in paths] == ["ledger-consent.png", "ledger-what-i-share.png", "ledger-compare.png"]
    assert all(p.stat().st_size > 10_000 for p in paths)


def _write_docs_screenshots() -> None:  # pragma: no cover - run by hand, see the module docstring
    import tempfile

    from coopclient.app import build
    from coopclient.core.ids import counting_ids
    from coopclient.storage.credentials import MemoryStore
    from tests.fakes import FakeClock

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = build(Path(folder) / "data", clock=FakeClock(), ids=counting_ids(), credentials=MemoryStore())
        fake = FakeSharing()
        services.make_sharing = lambda: fake  # type: ignore[assignment,return-value]
        window = MainWindow(services, ops=Ops(ImmediateExecutor()))
        window.show()
        for path in save_screenshots(None, window, fake, ROOT / "docs" / "screenshots"):
            print(path)
        window.close()
        services.close()
    del app


if __name__ == "__main__":
    _write_docs_screenshots()


# -- the real sharing service, against the ledger server in this process -------------------------------------


def test_the_real_service_join_consent_share_and_pause_by_keyboard(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    """The window with the real SharingService and the real ledger app (in process): nothing is faked."""
    from decimal import Decimal

    from coopclient.app import build
    from coopclient.core.categories import Category
    from coopclient.core.ids import counting_ids
    from coopclient.core.money import Money
    from coopclient.services.earnings import EarningKind
    from coopclient.storage.credentials import MemoryStore
    from tests.integration.ledger_server import InProcessLedger

    ledger = InProcessLedger.start(tmp_path / "ledger.sqlite", clock)
    services = build(
        tmp_path / "data",
        clock=clock,
        ids=counting_ids(),
        transport=ledger.transport,
        credentials=MemoryStore(persistent=True),
    )
    w: MainWindow | None = None
    try:
        services.timer.start_manual(Category.SEARCHING, "prolific")  # a day's work, then the day is over
        clock.advance(30 * 60_000)
        services.timer.stop_manual()
        services.earnings.add(EarningKind.BONUS, Money(Decimal("5"), "EUR"), platform="prolific")
        clock.advance(24 * 3_600_000)
        w = MainWindow(services, ops=Ops(ImmediateExecutor()))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert not w.ledger_commands.status_label.isVisible()

        trigger(w, "Join the co-op ledger…")
        enroll = w.ledger_commands.dialog
        assert isinstance(enroll, EnrollDialog)
        active(qtbot, enroll)
        qtbot.keyClicks(focused(), ledger.treasurer.invite())
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        pseudonym = services.sharing.status().pseudonym
        assert pseudonym is not None
        assert pseudonym.startswith("m-")

        dialog = consent_dialog(qtbot, w)
        preview = services.sharing.preview()
        assert dialog.labels() == ["2026-03-02 · prolific · other"]
        assert dialog.shown_text() == preview[0].text
        assert json.loads(dialog.shown_text())["unpaid_s"]["searching"] == 1800
        assert pseudonym in dialog.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        status = services.sharing.status()
        assert (status.consented, status.sent, status.warning) == (True, 1, None)
        assert message(w).startswith("Co-op ledger: 1 shared; ledger checked at ")

        trigger(w, "What I share")
        view = w.ledger_commands.sharing_view
        assert view is not None
        assert view.model.rowCount() == 1
        assert view.model.index(0, 0).data() == "2026-03-02"
        assert json.loads(view.shown_text())["data"] == json.loads(preview[0].text)
        assert view.model.index(0, 3).data() == "In the ledger, verified (entry 0)"  # the first leaf
        active(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_P, ALT)
        qtbot.waitUntil(lambda: services.sharing.status().paused)
        assert w.ledger_commands.status_label.text() == "Co-op: sharing paused"
        view.close()

        trigger(w, "Compare platforms")  # nothing published yet: said plainly
        compare = w.ledger_commands.compare_view
        assert compare is not None
        assert compare.words.text().startswith("No month has been published yet")
    finally:
        if w is not None:
            w.close()
        services.close()
        ledger.stop()
