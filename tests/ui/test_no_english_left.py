"""In each language shipped, no text of the real window is left in English: the window starts with the demo
imported, every dialog and screen reachable from the menus (and the ones events open: idle, recovered time,
share consent) is opened, and every widget is walked (window titles, labels, buttons, group boxes, tabs,
headers, combo and list items, menus and actions, tool tips, placeholders, accessible names, chart titles,
axes and series). A text that is an English source of the catalogue (placeholders standing for anything) and
not one of the language's translations fails the test, named with where it was found. Task content (the demo's
texts and labels) is not a source, so it never matches; Qt's own buttons are checked against Qt's catalogue.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractAxis, QAbstractBarSeries, QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.ui.application import install_translator, locale_for
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from tests.ui.fake_sharing import FakeSharing

pytestmark = pytest.mark.qt_log_ignore(
    # Qt's offscreen platform (headless tests) cannot resize or raise native windows; harmless there.
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ["fr", "es", "sw"]
_PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?n|%\d")
# Placeholders that stand for a count or a figure match only digits (else "{n} of {max}" matches any prose).
_COUNTS = {"n", "max", "q", "p", "d", "r", "sent", "queued", "id", "seconds", "minutes", "hours", "low", "high",
           "x", "y", "width", "height", "tolerance", "miss", "todo", "done", "skipped"}  # fmt: skip
_COUNT = r"[\d.,\u00a0\u202f ]+"
# Names the same in every language: a text that is exactly one of them is not English left over.
PROPER_NOUNS = {"Label Studio", "coopclient", "doccano", "Prolific", "JSONL", "CSV", "XML", "EUR"}
# Qt's own standard buttons (QDialogButtonBox), translated by qtbase_<language>.qm under this context.
QT_CONTEXT = "QPlatformTheme"
QT_BUTTONS = ("OK", "Save", "Open", "&Yes", "&No", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
              "Help", "Apply", "Reset", "Restore Defaults", "Save All", "Yes to &All", "N&o to All")  # fmt: skip
# Menu actions that would change the store, quit, or reach the network: not opened (their texts are walked).
NOT_TRIGGERED = [
    ("WindowActions", s)
    for s in ("&Quit", "&Submit", "S&kip", "&Previous task", "&Next task", "&Undo", "&Sync now",
              "S&top the manual timer", "Import the &demo batch", "&Export results…", "Show the &earnings panel",
              "Go to the &task list", "Go to the &batches", "Go to the &annotation")
] + [("LedgerCommands", s) for s in ("&Sync with the co-op ledger", "&Pause sharing", "&Resume sharing")]  # fmt: skip


def _plain(text: str) -> str:
    """A text as read: mnemonics, HTML tags and surrounding space removed."""
    text = re.sub(r"<[^>]+>", "", html.unescape(text)) if "<" in text else text
    return re.sub(r"&(?=\S)", "", text).replace("&&", "&").strip()


def _pattern(text: str) -> re.Pattern[str] | None:
    """A catalogue text as a pattern (each placeholder matches anything); None when only placeholders have
    letters (such as "{figure} {period}"), since they would match any text."""
    plain = _plain(text)
    if not re.search(r"[^\W\d_]", _PLACEHOLDER.sub("", plain)):
        return None
    pattern, at = "", 0
    for mark in _PLACEHOLDER.finditer(plain):
        name = mark.group().strip("{}%L").split(":")[0]
        pattern += re.escape(plain[at : mark.start()]) + (_COUNT if name in _COUNTS else ".+?")
        at = mark.end()
    return re.compile(r"\s*" + pattern + re.escape(plain[at:]) + r"\s*", re.DOTALL)


@dataclass(frozen=True)
class Catalogue:
    """The English sources (as patterns) and one language's translations (as patterns)."""

    english: list[tuple[str, re.Pattern[str]]]
    translated: list[re.Pattern[str]]
    phrases: list[tuple[str, re.Pattern[str]]]  # sources of three words or more, found inside a longer text

    @classmethod
    def of(cls, language: str) -> Catalogue:
        root = ET.parse(I18N / f"coopclient_{language}.ts").getroot()
        english, translated = [], []
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            if (pattern := _pattern(source)) is not None:
                english.append((source, pattern))
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            translated += [p for form in forms if (p := _pattern(form)) is not None]
        for button in QT_BUTTONS:
            shown = QCoreApplication.translate(QT_CONTEXT, button)
            english.append((button, re.compile(re.escape(_plain(button)))))
            translated.append(re.compile(re.escape(_plain(shown))))
        phrases = [
            (source, re.compile(r"(?<!\w)" + re.escape(_plain(source)) + r"(?!\w)"))
            for source, _ in english
            if not _PLACEHOLDER.search(source) and len(_plain(source).split()) >= 3
        ]
        return cls(english, translated, phrases)

    def english_left(self, text: str) -> str | None:
        """The English source ``text`` is, when it is one and no translation reads the same; else None."""
        plain = _plain(text)
        if not plain or plain in PROPER_NOUNS or any(p.fullmatch(plain) for p in self.translated):
            return None
        whole = next((source for source, p in self.english if p.fullmatch(plain)), None)
        # A text made of parts ("{figure} {period}": "Hours below the floor today") can hide English in a part.
        return whole or next((source for source, p in self.phrases if p.search(plain)), None)


def _model_texts(model: QAbstractItemModel | None, rows: int = 60) -> Iterator[str]:
    if model is None:
        return
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)  # a list's is private
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    stack = [model.index(r, c) for r in range(min(rows, model.rowCount(top))) for c in range(columns)]
    while stack:  # items and their children (a tree's batches under their project)
        index = stack.pop()
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            value = index.data(role)
            if isinstance(value, str):
                yield value
        stack += [model.index(r, 0, index) for r in range(min(rows, model.rowCount(index)))]


def _axis_texts(axis: QAbstractAxis) -> Iterator[str]:
    yield axis.titleText()
    if isinstance(axis, QBarCategoryAxis):
        yield from axis.categories()


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every text that ``widget`` shows or tells a screen reader (its children are walked separately)."""
    yield widget.windowTitle() if widget.isWindow() or widget.inherits("QDockWidget") else ""
    yield from (widget.toolTip(), widget.statusTip(), widget.whatsThis())
    yield from (widget.accessibleName(), widget.accessibleDescription())
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield widget.placeholderText()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QSpinBox):
        yield from (widget.prefix(), widget.suffix())
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget.model())
    if isinstance(widget, QMenu):
        yield widget.title()
    for action in widget.actions():
        yield from (action.text(), action.toolTip(), action.statusTip(), action.iconText())
        menu = action.menu()
        if menu is not None:
            assert isinstance(menu, QMenu)  # typed QObject: QAction lives in QtGui, QMenu in QtWidgets
            yield menu.title()
    if isinstance(widget, QChartView):
        chart = widget.chart()
        yield chart.title()
        for axis in chart.axes():
            yield from _axis_texts(axis)
        for series in chart.series():
            yield series.name()
            if isinstance(series, QAbstractBarSeries):
                yield from (bars.label() for bars in series.barSets())


def english_left(root: QWidget, catalogue: Catalogue, where: str) -> set[str]:
    """``where: source`` for each text of ``root`` and its children still in English."""
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_texts(widget):
            if text and (source := catalogue.english_left(text)) is not None:
                found.add(f"{where} / {type(widget).__name__} {widget.objectName()}: {text!r} (source {source!r})")
    return found


def _new_windows(before: set[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]


OPENED: list[str] = []  # the windows the last walk opened, by class (the test checks it reached them all)


def _walk_windows_opened_by(qtbot: QtBot, action: QAction, catalogue: Catalogue, before: set[QWidget]) -> set[str]:
    action.trigger()
    opened = _new_windows(before)
    found: set[str] = set()
    for window in opened:
        OPENED.append(type(window).__name__)
        found |= english_left(window, catalogue, f"{action.text()} → {type(window).__name__}")
        window.close()
    return found


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """One language's catalogues installed and its locale the default one, for one test."""
    locale = locale_for(request.param)
    installed = install_translator(qapp, locale)
    names = [Path(t.filePath()).name for t in installed]
    assert f"coopclient_{request.param}.qm" in names and f"qtbase_{request.param}.qm" in names, names
    QLocale.setDefault(locale)
    yield request.param
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in installed:
        qapp.removeTranslator(translator)


def _event_dialogs(window: MainWindow, services: Services) -> list[QDialog]:
    """The dialogs that events open (coming back from idle, time recovered after a crash, the consent)."""
    from coopclient.ui.dialogs.idle import IdleDialog
    from coopclient.ui.dialogs.recovered import RecoveredDialog
    from coopclient.ui.dialogs.share_consent import ShareConsentDialog

    tz = services.clock.tz
    now = services.clock.now().wall_ms
    return [
        IdleDialog(now - 300_000, now, tz, window),
        RecoveredDialog([], tz, window),
        ShareConsentDialog([], "https://ledger.example.org", "quiet-otter-42", window),
    ]


def _walk_the_menus(qtbot: QtBot, window: MainWindow, catalogue: Catalogue, where: str) -> set[str]:
    """Open every dialog and screen the menus reach (but the actions that change or send), walking each."""
    found: set[str] = set()
    before = set(QApplication.topLevelWidgets())
    skipped = {QCoreApplication.translate(context, source).replace("&", "") for context, source in NOT_TRIGGERED}
    assert len(skipped) == len(NOT_TRIGGERED)
    for name, action in sorted(window.menus.by_name.items()):
        if name not in skipped:
            found |= {f"{where}: {text}" for text in _walk_windows_opened_by(qtbot, action, catalogue, before)}
    return found


def test_no_text_is_left_in_english(qtbot: QtBot, demo: Services, language: str) -> None:
    catalogue = Catalogue.of(language)
    sharing = FakeSharing()
    demo.sharing = sharing  # type: ignore[assignment]  # the co-op ledger, in memory and realistic
    window = MainWindow(demo, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.views.refresh_figures()
    window.status.show_state("stopped")
    found = english_left(window, catalogue, "main window")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        found |= english_left(menu, catalogue, f"menu {menu.title()}")
    found |= _walk_the_menus(qtbot, window, catalogue, "not joined")  # joining, compare before joining
    sharing.enrolled = sharing.consented = True
    found |= _walk_the_menus(qtbot, window, catalogue, "joined")  # what I share, compare's charts
    reached = {"SettingsDialog", "ShortcutsDialog", "OutboxDialog", "ImportDialog", "AccountDialog",
               "ManualTimerDialog", "EnrollDialog", "CompareView", "SharingView"}  # fmt: skip
    assert reached <= set(OPENED), sorted(set(OPENED))
    OPENED.clear()
    for dialog in _event_dialogs(window, demo):
        dialog.show()
        found |= english_left(dialog, catalogue, type(dialog).__name__)
        dialog.close()
    window.close()
    assert not found, f"{len(found)} texts left in English in {language}:\n" + "\n".join(sorted(found))


def test_no_heading_of_the_task_table_is_cut(qtbot: QtBot, demo: Services, language: str) -> None:
    """At 1366×768 the Sync column once cut "Sincronización" and "Usawazishaji" to "incronizació"."""
    window = MainWindow(demo, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    header = window.table.horizontalHeader()
    model = window.table.model()
    cut = [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(model.columnCount())
        if header.sectionSize(column) < header.sectionSizeHint(column)
    ]
    assert not cut, cut
    window.close()
