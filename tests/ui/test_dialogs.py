"""The small dialogs and the tray icon, driven as the member would: keys, clicks, typed text.

No dialog is run with a blocking ``exec()``: each is shown, driven, and its result read.
"""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSystemTrayIcon,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.core.money import Money
from coopclient.core.settings import SETTINGS
from coopclient.core.timer import IdleDecision
from coopclient.storage.timing import SpanRow
from coopclient.ui.dialogs.account import AccountDialog
from coopclient.ui.dialogs.idle import IdleDialog
from coopclient.ui.dialogs.manual_timer import ManualTimerDialog
from coopclient.ui.dialogs.recovered import RecoveredDialog
from coopclient.ui.dialogs.settings import SettingsDialog
from coopclient.ui.dialogs.shortcuts import ShortcutsDialog, plain_text
from coopclient.ui.tray import IDLE_COLOUR, RUNNING_COLOUR, TrayIcon, draw_icon, tooltip_text
from tests.fakes import T0

pytestmark = pytest.mark.qt_log_ignore(
    # Qt's offscreen platform warns on every top-level show(); the warning is about the platform plugin.
    r"^This plugin does not support propagateSizeHints\(\)$"
)

TZ = timezone(timedelta(hours=1))  # T0 is 08:00 UTC, 09:00 here
MINUTE = 60_000
TOKEN = "tok-9f8e7d6c5b4a"
D = TypeVar("D", bound=QDialog)


def shown(qtbot: QtBot, dialog: D) -> D:
    """Show ``dialog`` as the active window, so its shortcuts and mnemonics work."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def cell(table: QTableWidget, row: int, column: int) -> str:
    """A table cell's text ("" for an empty cell)."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


# -- idle ----------------------------------------------------------------------------------------------


def idle_dialog(qtbot: QtBot, arm_delay_ms: int = 0) -> IdleDialog:
    dialog = IdleDialog(T0 + 62 * MINUTE, T0 + 74 * MINUTE, TZ, arm_delay_ms=arm_delay_ms)
    shown(qtbot, dialog)
    return dialog


def test_idle_dialog_says_how_long_and_when(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot)
    assert dialog.message.text() == "You were away for 12 min (10:02–10:14)."
    assert dialog.decision() is None


@pytest.mark.parametrize(
    ("key", "expected"),
    [(Qt.Key.Key_K, (IdleDecision.KEEP, None)), (Qt.Key.Key_D, (IdleDecision.DISCARD, None))],
)
def test_idle_keep_and_discard_by_key(qtbot: QtBot, key: Qt.Key, expected: tuple[IdleDecision, None]) -> None:
    dialog = idle_dialog(qtbot)
    qtbot.keyClick(dialog, key)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.decision() == expected


def test_idle_move_to_a_category_by_key(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot)
    dialog.category_combo.setFocus()
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_End)  # the last entry: a break
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_M)
    assert dialog.decision() == (IdleDecision.REASSIGN, Category.BREAK)


def test_idle_mnemonic_and_enter(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.decision() is not None)  # a mnemonic "animates" the click for 100 ms
    assert dialog.decision() == (IdleDecision.DISCARD, None)
    enter = idle_dialog(qtbot)
    qtbot.keyClick(enter.focusWidget(), Qt.Key.Key_Return)  # the default button keeps: nothing is lost
    assert enter.decision() == (IdleDecision.KEEP, None)


def test_idle_escape_decides_later(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.decision() is None


def test_idle_keys_typed_as_it_appears_decide_nothing(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot, arm_delay_ms=150)
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    assert dialog.decision() is None
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.keep_button.isEnabled)
    qtbot.keyClick(dialog, Qt.Key.Key_K)
    assert dialog.decision() == (IdleDecision.KEEP, None)


def test_idle_move_targets_are_unpaid_work_and_break(qtbot: QtBot) -> None:
    dialog = idle_dialog(qtbot)
    combo = dialog.category_combo
    targets = [combo.itemData(i) for i in range(combo.count())]
    assert targets == [*UNPAID_CATEGORIES, Category.BREAK]
    assert Category.ANNOTATING not in targets


# -- recovered ------------------------------------------------------------------------------------------


def span(seq: int, category: str, task_id: int | None = None, state: str = "active") -> SpanRow:
    start = T0 + seq * 10 * MINUTE
    return SpanRow(
        seq, "s1", seq, state, category, task_id, None, None, "2026-03-02", start, start + 5 * MINUTE, None, 1
    )


def recovered_dialog(qtbot: QtBot) -> RecoveredDialog:
    spans = [span(1, "annotating", task_id=7), span(2, "searching")]
    dialog = RecoveredDialog(spans, TZ, task_names={7: "Tweet 7"})
    shown(qtbot, dialog)
    return dialog


def test_recovered_lists_spans(qtbot: QtBot) -> None:
    dialog = recovered_dialog(qtbot)
    table = dialog.table
    cells = [[cell(table, row, col) for col in range(table.columnCount())] for row in range(table.rowCount())]
    assert cells == [
        ["2026-03-02", "09:10–09:15", "5:00", "Tweet 7 (Annotating)"],
        ["2026-03-02", "09:20–09:25", "5:00", "Searching for work"],
    ]


@pytest.mark.parametrize(("button", "keep"), [("keep_button", True), ("discard_button", False)])
def test_recovered_keep_or_discard(qtbot: QtBot, button: str, keep: bool) -> None:
    dialog = recovered_dialog(qtbot)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_keep() is keep


def test_recovered_escape_keeps_nothing_is_dropped_silently(qtbot: QtBot) -> None:
    dialog = recovered_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.accepted_keep()


# -- settings ------------------------------------------------------------------------------------------


def settings_dialog(qtbot: QtBot, floor: tuple[str, str] | None = ("12.50", "EUR")) -> SettingsDialog:
    dialog = SettingsDialog({"idle_threshold_s": 180, "theme": "system"}, floor)
    shown(qtbot, dialog)
    return dialog


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_settings_form_is_generated_from_settings(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    assert QApplication.focusWidget() is dialog.floor_amount  # the floor first, fields before the buttons
    offered = {key: setting for key, setting in SETTINGS.items() if not setting.internal}
    assert set(dialog.editors) == set(offered)
    assert "first_run_done" not in offered  # the app's own, not the member's
    for key, setting in offered.items():
        expected = QComboBox if setting.choices else {int: QSpinBox, bool: QCheckBox, str: QLineEdit}[setting.type]
        assert isinstance(dialog.editors[key], expected), key
        assert dialog.editors[key].accessibleName()
    theme = dialog.editors["theme"]
    assert isinstance(theme, QComboBox)
    assert [theme.itemData(i) for i in range(theme.count())] == ["system", "light", "dark"]


def test_settings_valid_changes_are_returned(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    idle, theme, currency = (
        dialog.editors["idle_threshold_s"],
        dialog.editors["theme"],
        dialog.editors["report_currency"],
    )
    assert isinstance(idle, QSpinBox) and isinstance(theme, QComboBox) and isinstance(currency, QLineEdit)
    idle.setValue(300)
    theme.setCurrentIndex(theme.findData("dark"))
    currency.setText("usd")
    dialog.floor_amount.setText("14.00")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes() == {"idle_threshold_s": 300, "theme": "dark", "report_currency": "USD"}
    assert dialog.floor_change() == Money("14.00", "EUR")


def test_settings_unchanged_returns_nothing(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes() == {}
    assert dialog.floor_change() is None


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("idle_threshold_s", 10, "from 30 to 3600 seconds, not 10"),
        ("heartbeat_s", 30, "from 5 to 15 seconds, not 30"),
        ("session_gap_s", 601, "from 0 to 600 seconds, not 601"),
    ],
)
def test_settings_range_errors_shown_and_no_changes(qtbot: QtBot, key: str, value: int, message: str) -> None:
    dialog = settings_dialog(qtbot)
    spin = dialog.editors[key]
    assert isinstance(spin, QSpinBox)
    spin.setValue(value)
    error = dialog.error_labels[key]
    assert not error.isHidden()
    assert message in error.text()
    assert message in spin.accessibleDescription()
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.changes() == {}
    assert dialog.floor_change() is None
    assert QApplication.focusWidget() is spin
    spin.setValue(INT_OK[key])
    assert error.isHidden()


INT_OK = {"idle_threshold_s": 30, "heartbeat_s": 15, "session_gap_s": 0}


def test_settings_floor_currency_rejected_naming_it(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    dialog.floor_amount.setText("15")
    dialog.floor_currency.setText("EUX")
    error = dialog.error_labels["floor_currency"]
    assert not error.isHidden()
    assert "EUX" in error.text()
    press_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.changes() == {}
    assert dialog.floor_change() is None


def test_settings_errors_make_room_for_themselves(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    zone, heartbeat = dialog.editors["timezone"], dialog.editors["heartbeat_s"]
    assert isinstance(zone, QLineEdit) and isinstance(heartbeat, QSpinBox)
    heartbeat.setValue(30)
    zone.setText("Mars/Olympus")
    dialog.floor_currency.setText("EUX")
    buttons_top = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
    for key in ("heartbeat_s", "timezone", "floor_currency"):
        error = dialog.error_labels[key]
        assert error.height() >= error.heightForWidth(error.width()), key  # no line cut off
        assert error.mapTo(dialog, error.rect().bottomLeft()).y() < buttons_top, key


@pytest.mark.parametrize(
    ("amount", "message"),
    [("abc", "“abc” is not an amount"), ("-3", "more than zero"), ("", "Enter the floor's amount")],
)
def test_settings_floor_amount_errors(qtbot: QtBot, amount: str, message: str) -> None:
    dialog = settings_dialog(qtbot)
    dialog.floor_amount.setText(amount)
    assert message in dialog.error_labels["floor_amount"].text()
    press_ok(qtbot, dialog)
    assert dialog.floor_change() is None


def test_settings_other_text_errors(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    zone, currency = dialog.editors["timezone"], dialog.editors["report_currency"]
    assert isinstance(zone, QLineEdit) and isinstance(currency, QLineEdit)
    zone.setText("Mars/Olympus")
    currency.setText("XYZ")
    assert set(dialog.errors()) == {"timezone", "report_currency"}
    assert "Mars/Olympus" in dialog.error_labels["timezone"].text()
    assert "XYZ" in dialog.error_labels["report_currency"].text()


def test_settings_first_floor_is_returned(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot, floor=None)
    assert dialog.errors() == {}
    dialog.floor_amount.setText("13.20")
    dialog.floor_currency.setText("gbp")
    press_ok(qtbot, dialog)
    assert dialog.floor_change() == Money("13.20", "GBP")


# -- account -------------------------------------------------------------------------------------------


def fill_account(dialog: AccountDialog, url: str) -> None:
    dialog.url_edit.setText(url)
    dialog.name_edit.setText("ana")
    dialog.token_edit.setText(TOKEN)


@pytest.mark.parametrize("url", ["ftp://ls.example.org", "ls.example.org", "https://", "http://ls.example.org:99999"])
def test_account_rejects_bad_urls(qtbot: QtBot, url: str) -> None:
    dialog = shown(qtbot, AccountDialog())
    assert isinstance(dialog, AccountDialog)
    fill_account(dialog, url)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.error_labels["url"]
    assert not error.isHidden()
    assert url in error.text()
    assert "http://" in error.text()


def test_account_accepts_https_url_and_returns_values(qtbot: QtBot) -> None:
    dialog = shown(qtbot, AccountDialog())
    assert isinstance(dialog, AccountDialog)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("doccano"))
    fill_account(dialog, " https://dc.example.org/ ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("doccano", "https://dc.example.org", "ana", TOKEN)


def test_account_errors_appear_only_after_trying(qtbot: QtBot) -> None:
    dialog = shown(qtbot, AccountDialog())
    assert isinstance(dialog, AccountDialog)
    assert all(label.isHidden() for label in dialog.error_labels.values())
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors()) == {"url", "name", "token"}
    assert not dialog.error_labels["token"].isHidden()
    dialog.token_edit.setText(TOKEN)
    assert dialog.error_labels["token"].isHidden()


def test_account_token_is_hidden_and_never_described(qtbot: QtBot) -> None:
    dialog = shown(qtbot, AccountDialog(keyring_warning="No usable keyring"))
    assert isinstance(dialog, AccountDialog)
    fill_account(dialog, "not a url")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Password
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts = (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.whatsThis())
        assert all(TOKEN not in text for text in texts), widget
    assert all(TOKEN not in message for message in dialog.errors().values())


# -- shortcuts -----------------------------------------------------------------------------------------


def action(text: str, keys: str | None, menu: str | None) -> QAction:
    item = QAction(text)
    if keys:
        item.setShortcut(QKeySequence(keys))
    if menu:
        item.setProperty("menu", menu)
    return item


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_shortcuts_sheet_lists_actions_grouped_by_menu(qtbot: QtBot) -> None:
    separator = QAction()
    separator.setSeparator(True)
    actions = [
        action("&Import batch…", "Ctrl+O", "File"),
        action("Start &timer", "Ctrl+T", "Timer"),
        action("&Help", "F1", None),
        separator,
        action("&Quit", "Ctrl+Q", "File"),
        action("Q&&A notes", None, "Timer"),
    ]
    dialog = ShortcutsDialog(actions)
    shown(qtbot, dialog)
    assert dialog.entries == [
        ("File", "Import batch…", native("Ctrl+O")),
        ("File", "Quit", native("Ctrl+Q")),
        ("Timer", "Start timer", native("Ctrl+T")),
        ("Timer", "Q&A notes", ""),
        ("Other", "Help", native("F1")),
    ]
    table = dialog.table
    rows = [(cell(table, row, 0), cell(table, row, 1)) for row in range(table.rowCount())]
    assert ("Quit", native("Ctrl+Q")) in rows
    assert ("File", "") in rows  # the heading row
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_shortcuts_without_menus_have_no_headings(qtbot: QtBot) -> None:
    actions = [action("&Save", "Ctrl+S", None), action("Find", "Ctrl+F", None)]
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    assert dialog.entries == [("", "Save", native("Ctrl+S")), ("", "Find", native("Ctrl+F"))]
    assert dialog.table.rowCount() == 2


def test_plain_text_drops_mnemonics_keeps_ampersands() -> None:
    assert plain_text("&Save") == "Save"
    assert plain_text("Q&&A") == "Q&A"


# -- manual timer --------------------------------------------------------------------------------------


def test_manual_timer_defaults(qtbot: QtBot) -> None:
    dialog = ManualTimerDialog()
    qtbot.addWidget(dialog)
    assert dialog.values() == (Category.ANNOTATING, None, None)
    combo = dialog.category_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(Category)
    assert combo.itemText(1) == Category.SEARCHING.label


def test_manual_timer_values(qtbot: QtBot) -> None:
    dialog = ManualTimerDialog(category=Category.QUALIFICATION)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.platform_combo, "Prolific ")
    qtbot.keyClicks(dialog.note_edit, "  screener for study 12 ")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == (Category.QUALIFICATION, "prolific", "screener for study 12")


# -- tray ----------------------------------------------------------------------------------------------


def test_tooltip_text() -> None:
    assert tooltip_text("searching 0:12:30") == "coopclient — searching 0:12:30"
    assert tooltip_text(None) == "coopclient — no timer running"


def test_tray_set_running_tooltip(qtbot: QtBot) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("no system tray on this platform (e.g. offscreen); test_tooltip_text covers the text")
    tray = TrayIcon()
    tray.set_running("searching 0:12:30")
    assert tray.available
    assert tray._tray is not None
    assert tray._tray.toolTip() == "coopclient — searching 0:12:30"


def test_inert_tray_keeps_state_and_signals(qtbot: QtBot) -> None:
    tray = TrayIcon(available=False)
    assert not tray.available
    assert tray.tooltip() == "coopclient — no timer running"
    assert tray.start_action.isEnabled() and not tray.stop_action.isEnabled()
    tray.set_running("searching 0:12:30")
    assert tray.tooltip() == "coopclient — searching 0:12:30"
    assert tray.stop_action.isEnabled() and not tray.start_action.isEnabled()
    signals = {
        tray.start_action: tray.start_manual_requested,
        tray.stop_action: tray.stop_manual_requested,
        tray.show_action: tray.show_window_requested,
        tray.quit_action: tray.quit_requested,
    }
    tray.set_running(None)
    for menu_action, signal in signals.items():
        menu_action.setEnabled(True)
        with qtbot.waitSignal(signal, timeout=1000):
            menu_action.trigger()


@pytest.mark.parametrize(("running", "colour"), [(True, RUNNING_COLOUR), (False, IDLE_COLOUR)])
def test_tray_icon_colours(qtbot: QtBot, running: bool, colour: object) -> None:
    image = draw_icon(running).pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(20, 44) == colour  # inside the circle, away from the hands
    assert image.pixelColor(0, 0).alpha() == 0  # the corners are transparent


# -- import --------------------------------------------------------------------------------------------


def test_import_labels_show_no_ampersand_and_their_keys_reach_the_fields(qtbot: QtBot) -> None:
    """Issue 11.9: "&Batch file" showed its ampersand, and Alt+B went nowhere."""
    from coopclient.ui.import_batch import ImportDialog

    dialog = shown(qtbot, ImportDialog())
    captions = {label.text(): label for label in dialog.findChildren(QLabel) if label.text()}
    assert captions["&Batch file (JSONL or CSV)"].buddy() is dialog.file  # drawn as an underlined B
    assert captions["Labeling &config (XML)"].buddy() is dialog.config
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.config
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.file


def test_import_path_fields_show_a_readable_path(qtbot: QtBot) -> None:
    """Seen under Xvfb: the path fields were ~125 px wide, showing a folder's first letters only."""
    from coopclient.ui.import_batch import ImportDialog

    dialog = shown(qtbot, ImportDialog())
    path = "/home/member/batches/2026-12/reviews-sentiment.jsonl"  # 51 characters
    for field in (dialog.file, dialog.config):
        assert field.width() >= field.fontMetrics().horizontalAdvance(path[:40]), field.width()


def test_import_file_field_takes_any_typing(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 11.9: typing "/" raised a ValueError (an empty name has no suffix) on every keystroke."""
    from coopclient.ui.import_batch import ImportDialog

    dialog = shown(qtbot, ImportDialog())
    (tmp_path / "reviews.xml").write_text("<View/>", encoding="utf-8")
    for typed in ("/", ".", "..", " ", str(tmp_path) + "/"):
        dialog.file.setText(typed)  # an exception in the slot would fail the test (pytest-qt)
    assert dialog.config.text() == ""
    dialog.file.setText(str(tmp_path / "reviews.jsonl"))
    assert dialog.config.text() == str(tmp_path / "reviews.xml")


def test_a_range_within_one_minute_shows_its_seconds() -> None:
    """Issue 11.9: the idle dialog said "(03:09–03:09)"."""
    from datetime import UTC

    from coopclient.ui.dialogs._time import clock_range

    start = T0 - T0 % 60_000 + 10_000  # hh:mm:10
    assert clock_range(start, start + 40_000, UTC).count(":") == 4  # hh:mm:10–hh:mm:50
    assert clock_range(start, start + 40_000, UTC).endswith(":50")
    assert clock_range(start, start + 120_000, UTC).count(":") == 2  # different minutes: hh:mm–hh:mm
