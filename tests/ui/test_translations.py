"""The catalogues: each shipped .qm is its compiled .ts, each .ts is complete, every string sits under a
context that a lookup at run time asks for, plurals read right in each language, and the real main window
comes up in French (Qt's buttons too). English has a catalogue of its plural forms only."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from coopclient.core.categories import LABEL_CONTEXT as CATEGORY_CONTEXT
from coopclient.core.categories import Category
from coopclient.services.container import Services
from coopclient.services.platform_sync import PullSummary
from coopclient.ui.application import install_translator
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "coopclient" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["fr", "es", "sw"]  # the complete catalogues; "en" holds only the English plural forms
PACKAGE = ROOT / "coopclient"  # lupdate reads it all: labels declared outside the UI are marked with trans_late
LUPDATE_ALIAS = ("-tr-function-alias", "QT_TRANSLATE_NOOP+=trans_late")  # as the README's lupdate command


def _tool(name: str) -> str:
    """A Qt Linguist tool of the venv's PySide6 (next to the interpreter), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} nor on PATH (it comes with PySide6)"
    return found


def _run(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{args[0]} failed: {done.stderr or done.stdout}"


def _menu(action: QAction) -> QMenu:
    menu = action.menu()
    assert isinstance(menu, QMenu)  # typed QObject: QAction lives in QtGui, QMenu in QtWidgets
    return menu


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """Each message of a .ts with the name of its context."""
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


@pytest.mark.parametrize("language", [*LANGUAGES, "en", "qtbase_sw"])
def test_shipped_qm_is_the_compiled_catalogue(tmp_path: Path, language: str) -> None:
    # lrelease's output is deterministic (same .ts, same bytes), so a .qm left stale after a .ts edit differs.
    # (qtbase_sw: Qt's standard buttons in Swahili, as Qt ships no catalogue for it.)
    name = language if "_" in language else f"coopclient_{language}"
    ts, qm = I18N / f"{name}.ts", I18N / f"{name}.qm"
    fresh = tmp_path / qm.name
    _run(_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh))
    assert qm.exists(), f"{qm} is missing: compile it with pyside6-lrelease"
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm} is stale: recompile {ts.name} with pyside6-lrelease"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_catalogue_has_no_unfinished_or_obsolete_entries(language: str) -> None:
    ts = I18N / f"coopclient_{language}.ts"
    messages = _messages(ts)
    assert len(messages) > (400 if language != "en" else 15)  # the whole UI (its plurals for English)
    left = [
        (context, msg.findtext("source"), None if translation is None else translation.get("type"))
        for context, msg in messages
        if (translation := msg.find("translation")) is None
        or translation.get("type") in {"unfinished", "obsolete", "vanished"}
        or not "".join(translation.itertext()).strip()
        or any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    ]
    assert not left, f"{ts.name}: entries not finished or no longer in the sources: {left}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_tags(language: str) -> None:
    """A translation keeps every {name} and %n of its source, and its HTML tags (a lost {why} shows nothing)."""
    import re

    ts = I18N / f"coopclient_{language}.ts"
    marks = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?n|%\d|</?[a-z]+[^>]*>")
    wrong = []
    for context, msg in _messages(ts):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or ["".join(translation.itertext())]
        needed = sorted(set(marks.findall(source)) - ({"%n", "%Ln"} if msg.get("numerus") else set()))
        wrong += [(context, source, form) for form in forms if sorted(set(marks.findall(form)) & set(needed)) != needed]
    assert not wrong, f"{ts.name}: translations that lose a placeholder or tag: {wrong}"


def test_every_string_is_filed_under_a_ui_class(tmp_path: Path) -> None:
    """lupdate files ``self.tr`` under the enclosing class, which PySide6's tr() looks up (it walks the class's
    MRO); an alias (``tr = self.tr``, ``parent.tr``) is filed under "", "parent" or "self.w", never found."""
    sources = sorted(UI.rglob("*.py"))
    classes = {
        node.name
        for path in sources
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ClassDef)
    }
    extracted = tmp_path / "extracted.ts"
    _run(_tool("pyside6-lupdate"), *LUPDATE_ALIAS, *map(str, sorted(PACKAGE.rglob("*.py"))), "-ts", str(extracted))
    asked = classes | {CATEGORY_CONTEXT}  # the labels of the core's categories are looked up there by name
    contexts = {context for context, _ in _messages(extracted)}
    assert {"MainWindow", "EarningsPanel", "StatusPanel", CATEGORY_CONTEXT} <= contexts
    assert contexts <= asked, f"strings filed under contexts no lookup asks for: {sorted(contexts - asked)}"
    for language in (*LANGUAGES, "en"):
        ts = I18N / f"coopclient_{language}.ts"
        shipped = {context for context, _ in _messages(ts)}
        assert shipped <= asked, f"{ts.name} has contexts no lookup asks for: {sorted(shipped - asked)}"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_tr_gets_a_literal() -> None:
    """``self.tr(variable)`` is never translated (lupdate sees no text): text declared elsewhere is marked with
    ``trans_late`` there and shown with ``ui.labels.marked``."""
    found = []
    for path in sorted(set(UI.rglob("*.py")) - {UI / "labels.py"}):  # marked() itself: the one sanctioned call
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            texts = node.args[:1] if name == "tr" else node.args[:2] if name == "translate" else []
            if any(not _literal(arg) for arg in texts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not found, "tr/translate without a literal (mark the text where declared, show it with marked()):\n" + (
        "\n".join(found)
    )


def _extracted(tmp_path: Path, *options: str) -> set[tuple[str, str | None]]:
    extracted = tmp_path / "extracted.ts"
    _run(
        _tool("pyside6-lupdate"),
        *LUPDATE_ALIAS,
        *options,
        *map(str, sorted(PACKAGE.rglob("*.py"))),
        "-ts",
        str(extracted),
    )
    return {(context, msg.findtext("source")) for context, msg in _messages(extracted)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path, language: str) -> None:
    """ "Fully translated" means every string the UI can show, the settings' labels too, is in the catalogue
    (the other tests check that each entry there is translated)."""
    ts = I18N / f"coopclient_{language}.ts"
    found = _extracted(tmp_path)
    shipped = {(context, msg.findtext("source")) for context, msg in _messages(ts)}
    assert ("SettingsDialog", "Time zone of your days (empty: this computer's)") in found  # the labels' marker is read
    missing = sorted(found - shipped)
    assert not missing, f"{ts.name} lacks strings of the sources (run the README's lupdate command): {missing}"


def test_english_catalogue_holds_every_plural_of_the_sources(tmp_path: Path) -> None:
    found = _extracted(tmp_path, "-pluralonly")
    assert ("PlatformCommands", "Pulled %n task(s) from {project}") in found
    ts = I18N / "coopclient_en.ts"
    shipped = {(context, msg.findtext("source")) for context, msg in _messages(ts)}
    missing = sorted(found - shipped)
    assert not missing, f"{ts.name} lacks plural strings (lupdate -pluralonly ... -ts {ts.name}): {missing}"


def _summary(tasks: int) -> PullSummary:
    return PullSummary(1, 1, "Reviews", tasks, 0, "text", tasks, None, 0)


PAIRS = "{month}: %n platform and kind-of-task pair(s) published."


@pytest.mark.parametrize(
    ("locale", "one", "two"),
    [
        (
            "en_US",
            ("Pulled 1 task from Reviews", "2026-03: 1 platform and kind-of-task pair published."),
            ("Pulled 2 tasks from Reviews", "2026-03: 2 platform and kind-of-task pairs published."),
        ),
        (
            "de_DE",
            ("Pulled 1 task from Reviews", "2026-03: 1 platform and kind-of-task pair published."),
            ("Pulled 2 tasks from Reviews", "2026-03: 2 platform and kind-of-task pairs published."),
        ),
        (
            "fr_FR",
            ("1 tâche récupérée depuis Reviews", "2026-03\u00a0: 1 paire plateforme et type de tâche publiée."),
            ("2 tâches récupérées depuis Reviews", "2026-03\u00a0: 2 paires plateforme et type de tâche publiées."),
        ),
    ],
)
def test_counts_read_right_in_the_singular_and_the_plural(
    qtbot: QtBot, services: Services, qapp: QApplication, locale: str, one: tuple[str, str], two: tuple[str, str]
) -> None:
    """ "1 paires", "1 tasks" once; English has its plural forms even under a locale with no catalogue."""
    installed = install_translator(qapp, QLocale(locale))
    try:
        window = MainWindow(services, ops=Ops(ImmediateExecutor()))
        qtbot.addWidget(window)
        source = PAIRS[:-1] + (
            ". Figures are estimates with random noise added, so that no member's own figures can be worked out "
            "from them."
        )
        for n, (pulled, pairs) in ((1, one), (2, two)):
            assert window.platform_commands.pull_text(_summary(n)) == pulled
            text = QCoreApplication.translate("CompareView", source, "", n).format(month="2026-03")
            assert text.startswith(pairs[:-1]), text
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French catalogues installed for one test, then removed (the other tests run in English)."""
    installed = install_translator(qapp, QLocale("fr_FR"))
    assert [Path(t.filePath()).name for t in installed] == ["coopclient_en.qm", "qtbase_fr.qm", "coopclient_fr.qm"]
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_main_window_speaks_french(qtbot: QtBot, services: Services, french: None) -> None:
    window = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert {"&Fichier", "&Tâche", "&Affichage", "&Comptes"} <= set(menus), menus

    labels = {label.text() for label in window.earnings.findChildren(QLabel)}
    assert {"Temps sur les tâches", "Temps tout compris", "Manque à gagner"} <= labels, labels

    status = window.status
    assert status.task.accessibleName() == "Temps sur cette tâche"
    status.show_state("stopped")
    assert status.idle.text() == "Chronomètre arrêté"
    status.show_clocks(None, None)
    assert status.task.text() == "Tâche —"

    # Qt's own strings come from qtbase_fr.qm.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, window)
    assert [b.text() for b in buttons.buttons()] == ["Annuler"]
    window.close()


def test_labels_declared_outside_the_ui_speak_french(qtbot: QtBot, services: Services, french: None) -> None:
    """The task table's headers, the filter, the time categories and the keyring note: once left in English."""
    from coopclient.storage.credentials import NO_KEYRING_WARNING
    from coopclient.ui.dialogs.account import AccountDialog
    from coopclient.ui.labels import category_text

    window = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    model = window.table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["#", "État", "Tâche", "Temps", "Gagné", "Synchro"]
    filters = [window.filter.itemText(i) for i in range(window.filter.count())]
    assert filters == ["Toutes les tâches", "À faire", "Faites", "Passées", "Pas encore synchronisées"]
    assert category_text(Category.SEARCHING) == "Recherche de travail"
    assert category_text("from-a-newer-version") == "from-a-newer-version"
    dialog = AccountDialog(keyring_warning=NO_KEYRING_WARNING)
    qtbot.addWidget(dialog)
    assert any(label.text().startswith("Aucun trousseau utilisable") for label in dialog.findChildren(QLabel))
    window.close()


def test_settings_dialog_speaks_french(qtbot: QtBot, french: None) -> None:
    from coopclient.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog({}, ("12.50", "EUR"))
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert "Fuseau horaire de vos journées (vide\u00a0: celui de cet ordinateur)" in labels, labels
    assert "Thème" in labels, labels
    heartbeat = dialog.editors["heartbeat_s"]
    heartbeat.setValue(30)  # type: ignore[union-attr]
    assert "Doit être" in dialog.error_labels["heartbeat_s"].text()


def test_without_a_catalogue_the_window_stays_english(qtbot: QtBot, services: Services, qapp: QApplication) -> None:
    """A locale with no coopclient catalogue (German) installs Qt's only; the app's strings stay English."""
    installed = install_translator(qapp, QLocale("de_DE"))
    try:
        assert "coopclient_de.qm" not in [Path(t.filePath()).name for t in installed]
        window = MainWindow(services, ops=Ops(ImmediateExecutor()))
        qtbot.addWidget(window)
        assert "&File" in [action.text() for action in window.menuBar().actions()]
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_week_chart_s_axis_title_is_not_cut_in_french(qtbot: QtBot, french: None) -> None:
    """At 1366 × 768 "EUR par heure" was cut to "EUR par heu…" beside the week's chart (about its least height)."""
    from PySide6.QtCharts import QChartView

    from coopclient.ui.views.week_chart import WeekChart

    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.set_days([], None, "EUR")
    chart.resize(chart.minimumSize())
    chart.show()
    qtbot.waitExposed(chart)
    view = chart.findChild(QChartView)
    assert view is not None
    axis = next(axis for axis in view.chart().axes() if axis.titleText())
    needed = QFontMetrics(axis.titleFont()).horizontalAdvance(chart.axis_title())
    assert needed < view.chart().plotArea().height() * 0.8, (chart.axis_title(), needed, view.chart().plotArea())


@pytest.mark.parametrize(
    ("language", "menus", "status"),
    [
        ("es", {"&Archivo", "&Tarea", "&Ver", "C&uentas"}, "Cronómetro detenido"),
        ("sw", {"&Faili", "&Kazi", "M&wonekano", "&Akaunti"}, "Kipima muda kimesimama"),
    ],
)
def test_the_language_setting_starts_the_window_in_its_language(
    qtbot: QtBot, services: Services, qapp: QApplication, language: str, menus: set[str], status: str
) -> None:
    from coopclient.ui.application import locale_for

    locale = locale_for(language)
    installed = install_translator(qapp, locale)
    try:
        assert f"coopclient_{language}.qm" in [Path(t.filePath()).name for t in installed]
        window = MainWindow(services, ops=Ops(ImmediateExecutor()))
        qtbot.addWidget(window)
        assert menus <= {action.text() for action in window.menuBar().actions()}
        window.status.show_state("stopped")
        assert window.status.idle.text() == status
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_system_follows_the_computer_and_the_languages_are_offered_by_their_own_names(
    qtbot: QtBot, french: None
) -> None:
    from coopclient.ui.application import locale_for
    from coopclient.ui.dialogs.settings import SettingsDialog

    assert locale_for("system") == QLocale.system()
    assert locale_for("from-a-newer-version") == QLocale.system()
    assert [locale_for(code).name() for code in ("en", "fr", "es", "sw")] == ["en_US", "fr_FR", "es_ES", "sw_KE"]
    dialog = SettingsDialog({"language": "es"}, ("12.50", "EUR"))
    qtbot.addWidget(dialog)
    combo = dialog.editors["language"]
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Système", "English", "Français", "Español", "Kiswahili"]
    assert combo.currentData() == "es"


def test_qt_s_own_buttons_speak_swahili(qtbot: QtBot, qapp: QApplication) -> None:
    """Qt ships no Swahili catalogue: ours gives its standard buttons (OK, Cancel, …) in Swahili."""
    from coopclient.ui.application import locale_for

    installed = install_translator(qapp, locale_for("sw"))
    try:
        assert "qtbase_sw.qm" in [Path(t.filePath()).name for t in installed]
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        qtbot.addWidget(buttons)
        assert sorted(b.text() for b in buttons.buttons()) == ["Ghairi", "Sawa"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


# Sources each language writes the same as English (cognates, units, names): reviewed, so that a text copied
# from English unchanged is caught rather than counted as translated.
SAME_AS_ENGLISH = {
    "fr": {"Annotation", "Communication", "Image", "Note", "&Note", "EUR", "Action", "Session {time}", "Local", "&OK"},
    "es": {"{minutes} min", "{hours} h {minutes:02d} min", "EUR", "Local", " min"},
    "sw": {"Ctrl+Enter"},  # the key's name, as Swahili keyboards print it
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_english_copied_unchanged(language: str) -> None:
    import re

    ts = I18N / f"coopclient_{language}.ts"
    same = set()
    for _context, msg in _messages(ts):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        words = re.sub(r"\{[^}]*\}|coopclient", "", source)
        if source in forms and re.search(r"[A-Za-z]{2}", words):
            same.add(source)
    assert same == SAME_AS_ENGLISH[language], f"{ts.name}: the same as English: {sorted(same)}"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_each_menu_s_keys_are_distinct_in_every_language(
    qtbot: QtBot, services: Services, qapp: QApplication, language: str
) -> None:
    """Alt+letter reaches one menu, and one item of a menu: a translation must not give two the same letter."""
    import re

    from coopclient.ui.application import locale_for

    def clashes(texts: list[str]) -> dict[str, list[str]]:
        keys: dict[str, list[str]] = {}
        for text in texts:
            if found := re.search(r"&(\w)", text):
                keys.setdefault(found.group(1).lower(), []).append(text)
        return {key: same for key, same in keys.items() if len(same) > 1}

    installed = install_translator(qapp, locale_for(language))
    try:
        window = MainWindow(services, ops=Ops(ImmediateExecutor()))
        qtbot.addWidget(window)
        menus = window.menuBar().actions()
        found = {"menu bar": clashes([a.text() for a in menus])}
        found |= {a.text(): clashes([item.text() for item in _menu(a).actions()]) for a in menus}
        assert not {menu: c for menu, c in found.items() if c}
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
