"""The main window: layout and wiring only.

Side panel (accounts, projects, batches) | task table over the annotation pane | earnings panel; a status bar
with the task's clock, the session's clock, idle state and sync state. The annotation flow lives in
:mod:`coopclient.ui.work`; background work goes through :mod:`coopclient.ui.ops`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopclient.core.i18n import trans_late
from coopclient.ui.labels import marked
from coopclient.ui.ops import Ops
from coopclient.ui.theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

    from coopclient.core.changes import Changes
    from coopclient.readmodels.workbench import AccountNode, EarningsSummary, Workbench
    from coopclient.services.batches import Imported
    from coopclient.services.container import Services
    from coopclient.services.timer import SpanRow
    from coopclient.ui.actions import Spec
    from coopclient.ui.annotation import AnnotationPane
    from coopclient.ui.commands import Commands
    from coopclient.ui.tray import TrayIcon
    from coopclient.ui.views.earnings_panel import EarningsPanel
    from coopclient.ui.work import WorkController

TICK_MS = 1_000
FILTERS = (  # marked for lupdate; the filter box translates them
    ("all", trans_late("MainWindow", "All tasks")),
    ("todo", trans_late("MainWindow", "To do")),
    ("done", trans_late("MainWindow", "Done")),
    ("skipped", trans_late("MainWindow", "Skipped")),
    ("unsynced", trans_late("MainWindow", "Not yet synced")),
)

# Built on first use: touching QEvent.Type makes PySide6 build a Python enum of ~170 members, which the window
# need not pay for before it is on screen.
_INPUT_EVENTS: set[QEvent.Type] = set()


def _input_events() -> set[QEvent.Type]:
    if not _INPUT_EVENTS:
        t = QEvent.Type
        _INPUT_EVENTS.update({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel})
    return _INPUT_EVENTS


class MainWindow(QMainWindow):
    """The member's workbench.

    Start-up is in two steps so the window appears at once: the frame (side panel, task table, menus,
    status bar) is built and shown first; the store is opened off the GUI thread and the rest (annotation
    pane, earnings panel, timers) is attached when it is ready. Tests pass ``services`` to attach at once.
    """

    def __init__(
        self,
        services: Services | None = None,
        ops: Ops | None = None,
        open_services: Callable[[], Services] | None = None,
    ) -> None:
        super().__init__()
        self.ops = ops or Ops(parent=self)
        self.manual_running: tuple[str, int] | None = None
        self.attached = False
        self.setWindowTitle(self.tr("coopclient — fair pay for annotation work"))
        self.resize(1400, 900)
        self.actions_by_name: dict[str, QAction] = {}
        self.ops.error.connect(self.show_error)
        if services is not None:
            self._build_frame()
            self.attach(services)
            return
        # Progressive start: the window appears at once (title, status bar: "Opening your work…"); its frame
        # (side panel, task table, menus) is built one event-loop turn later, and the store is opened in the
        # background after that. Building the frame first made PySide6 create dozens of Qt class bindings and
        # large enums before anything was on screen.
        self.statusBar().showMessage(self.tr("Opening your work…"))
        self._open_services = open_services  # once the first frame is painted (paintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first frame is on screen: build the rest of the window, then open the store."""
        super().paintEvent(event)
        if not hasattr(self, "_open_services"):
            return
        open_services = self._open_services
        del self._open_services
        QTimer.singleShot(0, self._build_frame)
        if open_services is not None:
            QTimer.singleShot(0, lambda: self.ops.run(open_services, success=self.attach))

    def _build_frame(self) -> None:
        """The side panel, task table, placeholders, status panel and menus."""
        if hasattr(self, "table"):
            return
        from coopclient.ui.views.status import StatusPanel

        self._build_layout()
        self.status = StatusPanel(self.statusBar(), self)
        self._build_actions()

    def _build_actions(self) -> None:
        from coopclient.ui.actions import build_actions

        if not self.actions_by_name:
            self.actions_by_name = build_actions(self, self._action_specs())

    def attach(self, services: Services) -> None:
        """Bring in the services and everything built on them."""
        self._build_frame()
        from coopclient.ui.annotation import AnnotationPane
        from coopclient.ui.annotation.image_loader import ImageLoader
        from coopclient.ui.annotation.object_views import load_image
        from coopclient.ui.commands import Commands
        from coopclient.ui.ledger_commands import LedgerCommands
        from coopclient.ui.platform_commands import PlatformCommands
        from coopclient.ui.tray import TrayIcon
        from coopclient.ui.views.earnings_panel import EarningsPanel
        from coopclient.ui.work import WorkController

        self._build_actions()
        self.services = services
        self.workbench: Workbench = services.workbench
        self.pane: AnnotationPane = AnnotationPane(self, images=ImageLoader(load_image, self.ops.run, self))
        placeholder = self.split.replaceWidget(1, self.pane)
        if placeholder is not None:
            placeholder.deleteLater()
        self.earnings: EarningsPanel = EarningsPanel(self)
        self.earnings_dock.setWidget(self.earnings)
        self.work: WorkController = WorkController(services, self.workbench, self.ops, self.table, self.pane, self)
        self._size_columns()  # the table has its columns once the controller gave it its model
        self.commands: Commands = Commands(self)
        self.platform_commands = PlatformCommands(self)
        self.ledger_commands = LedgerCommands(self)
        self.tray: TrayIcon = TrayIcon(self)
        self._wire()
        self._timers()
        self.attached = True
        self.statusBar().clearMessage()
        self.ops.run(self._startup_op, success=self._started)

    # -- layout ----------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        from PySide6.QtCore import Qt  # here: the first use of Qt builds ~120 Python enums

        from coopclient.ui.views.sidebar import Sidebar

        self.sidebar = Sidebar(self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show tasks"))
        for key, label in FILTERS:
            self.filter.addItem(marked("MainWindow", label), key)
        self.table = self._task_table()
        placeholder = QLabel(self.tr("Opening your work…"), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = self._first_run_banner()
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.banner)
        self.banner_floor = self._floor_banner()
        column.addWidget(self.banner_floor)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter)
        top.addStretch(1)
        column.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(placeholder)
        split.setSizes([260, 560])
        self.split = split
        column.addWidget(split, 1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.sidebar)
        main.addWidget(centre)
        main.setSizes([300, 1100])
        self.setCentralWidget(main)
        dock = QDockWidget(self.tr("Earnings against the floor"), self)
        dock.setObjectName("earnings")
        dock.setWidget(QLabel(self.tr("Loading…"), self))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [340], Qt.Orientation.Vertical)
        self.earnings_dock = dock

    def _task_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Tasks"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)  # fixed row height: smooth with 100,000 rows
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        return table

    def _size_columns(self) -> None:
        """The task preview takes the spare width; the figures keep theirs."""
        header = self.table.horizontalHeader()
        for column, width in ((0, 48), (1, 110), (3, 70), (4, 90), (5, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _first_run_banner(self) -> QWidget:
        banner = QWidget(self)
        row = QHBoxLayout(banner)
        text = QLabel(
            self.tr("No tasks yet. Try the demo batch — 44 short tasks, no account or network needed."), banner
        )
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Try the &demo batch"), banner)
        demo.setAccessibleName(self.tr("Try the demo batch"))
        demo.clicked.connect(self.import_demo)
        row.addWidget(text, 1)
        row.addWidget(demo)
        banner.setVisible(False)
        self.demo_button = demo
        return banner

    def _floor_banner(self) -> QWidget:
        banner = QWidget(self)
        row = QHBoxLayout(banner)
        text = QLabel(self.tr("No wage floor set yet: set the co-op's floor to see which hours fall below it."), banner)
        text.setWordWrap(True)
        button = QPushButton(self.tr("Set the &floor…"), banner)
        button.clicked.connect(lambda: self.commands.settings())
        row.addWidget(text, 1)
        row.addWidget(button)
        banner.setVisible(False)
        return banner

    def _later(self, name: str, *args: object) -> Callable[[], object]:
        """A slot calling ``self.<name>`` (dotted), once the services are attached; before that, nothing."""

        def call() -> object:
            if not self.attached:
                return None
            target: object = self
            for part in name.split("."):
                target = getattr(target, part)
            return target(*args)  # type: ignore[operator]

        return call

    def _action_specs(self) -> list[Spec]:
        from coopclient.ui.actions import Spec

        later = self._later
        return [
            Spec(self.tr("&File"), self.tr("&Import a batch file…"), ("Ctrl+O",), later("import_file")),
            Spec(self.tr("&File"), self.tr("Import the &demo batch"), (), later("import_demo")),
            Spec(self.tr("&File"), self.tr("&Export results…"), ("Ctrl+E",), later("export_results")),
            Spec(self.tr("&File"), self.tr("&Quit"), ("Ctrl+Q",), self.close),
            Spec(
                self.tr("&Task"),
                self.tr("&Submit"),
                ("Ctrl+Return", "Ctrl+Enter"),
                later("work.submit"),
                self.tr("Validate and save this task, then go to the next"),
            ),
            Spec(
                self.tr("&Task"),
                self.tr("S&kip"),
                ("Ctrl+K",),
                later("work.skip"),
                self.tr("Skip this task (not paid)"),
            ),
            Spec(self.tr("&Task"), self.tr("&Previous task"), ("Alt+Left", "Ctrl+PgUp"), later("work.move", -1)),
            Spec(self.tr("&Task"), self.tr("&Next task"), ("Alt+Right", "Ctrl+PgDown"), later("work.move", +1)),
            Spec(self.tr("&Task"), self.tr("&Undo"), ("Ctrl+Z",), later("work.undo")),
            Spec(
                self.tr("T&imer"),
                self.tr("&Start a manual timer…"),
                ("Ctrl+T",),
                later("commands.start_manual"),
                self.tr("Time work outside the app (a web platform, searching, payment admin)"),
            ),
            Spec(
                self.tr("T&imer"), self.tr("S&top the manual timer"), ("Ctrl+Shift+T",), later("commands.stop_manual")
            ),
            Spec(self.tr("&Accounts"), self.tr("&Add a platform account…"), (), later("commands.add_account")),
            Spec(
                self.tr("&Platforms"),
                self.tr("&Pull tasks…"),
                (),
                later("platform_commands.pull"),
                self.tr("Lock tasks of a platform project to you and bring them here for offline work"),
            ),
            Spec(
                self.tr("&Platforms"),
                self.tr("&Sync now"),
                ("Ctrl+Shift+S",),
                later("platform_commands.sync"),
                self.tr("Send your results to their platforms now"),
            ),
            Spec(self.tr("&Platforms"), self.tr("&Outbox…"), (), later("platform_commands.outbox")),
            Spec(self.tr("&Settings"), self.tr("&Preferences…"), ("Ctrl+,",), later("commands.settings")),
            Spec(self.tr("&View"), self.tr("Show the &earnings panel"), ("Ctrl+Shift+E",), self._toggle_earnings),
            Spec(self.tr("&View"), self.tr("Go to the &task list"), ("Ctrl+L",), self.table.setFocus),
            Spec(self.tr("&View"), self.tr("Go to the &batches"), ("Ctrl+B",), self.sidebar.setFocus),
            Spec(self.tr("&View"), self.tr("Go to the &annotation"), ("Ctrl+J",), later("pane.setFocus")),
            Spec(self.tr("&Help"), self.tr("&Keyboard shortcuts"), ("F1", "?"), self.show_shortcuts),
        ]

    # -- wiring ------------------------------------------------------------------------------------------

    def _wire(self) -> None:
        self.sidebar.batch_selected.connect(lambda b: self.work.open_batch(b))
        self.sidebar.activated.connect(lambda _i: self.pane.setFocus())
        self.table.activated.connect(lambda _i: self.pane.setFocus())
        self.sidebar.project_selected.connect(lambda p: self.work.open_batch(None, p))
        self.filter.currentIndexChanged.connect(lambda _i: self.work.set_filter(self.filter.currentData()))
        self.work.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.work.changed.connect(self.refresh_for)
        self.work.saved.connect(lambda _t: self.refresh_tree())
        self.work.idle_returned.connect(self.ask_idle)
        self.work.clocks_changed.connect(self.refresh_figures)  # read with the clocks' reading: the same base
        self.work.clocks_changed.connect(self.update_clocks)
        self.work.batch_opened.connect(lambda _b: self.refresh_figures())
        self.tray.start_manual_requested.connect(self.commands.start_manual)
        self.tray.stop_manual_requested.connect(self.commands.stop_manual)
        self.tray.show_window_requested.connect(self.showNormal)
        self.tray.quit_requested.connect(self.close)
        self.tray.show()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _timers(self) -> None:
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.update_clocks)
        self.tick.start()
        self.beat = QTimer(self)
        self.beat.setInterval(self.services.timer.rules.heartbeat_ms)
        self.beat.timeout.connect(self.work.heartbeat)
        self.beat.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key or mouse input in the app's windows counts as activity (cheap: memory only)."""
        if event.type() in _input_events():
            self.work.input_seen()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the window's actions do not take go to the annotation pane (choice digits, label keys)."""
        if not (self.attached and self.pane.handle_key(event)):
            super().keyPressEvent(event)

    # -- start-up and refreshes --------------------------------------------------------------------------

    def _startup_op(self) -> tuple[list[SpanRow], bool, tuple[str, int] | None, str]:
        timer = self.services.timer
        timer.recover()
        manual = timer.manual_status()
        running = (manual.category, manual.started_ms) if manual else None
        theme = str(self.services.settings.get("theme"))
        return timer.unconfirmed_recovered(), self.services.batches.has_tasks(), running, theme

    def _started(self, found: tuple[list[SpanRow], bool, tuple[str, int] | None, str]) -> None:
        recovered, has_tasks, self.manual_running, theme = found
        apply_theme(theme)
        self.banner.setVisible(not has_tasks)
        if not has_tasks:
            self.demo_button.setDefault(True)
            self.demo_button.setFocus()  # Enter tries the demo
        self.refresh_tree(select_first=True)
        self.refresh_figures()
        self.refresh_sync_state()
        if recovered:
            self.confirm_recovered(recovered)

    def refresh_tree(self, select_first: bool = False) -> None:
        """Reload the side panel (task counts change as the member works)."""

        def shown(tree: list[AccountNode]) -> None:
            self.sidebar.set_tree(tree)
            if select_first and self.sidebar.current_batch() is None:
                first = self.sidebar.first_batch()
                if first is not None:
                    self.sidebar.select_batch(first)

        self.ops.run(self.workbench.tree, success=shown)

    def refresh_sync_state(self) -> None:
        """Show what waits to be sent to platforms (queued, parked with a reason) in the status bar."""
        self.ops.run(self.workbench.sync_counts, success=self._show_sync)

    def _show_sync(self, counts: tuple[int, int, int]) -> None:
        queued, parked, sent = counts
        if not (queued or parked or sent):
            text = self.tr("Offline: results are kept on this computer")
        elif parked:
            text = self.tr("Sync: {q} queued, {p} parked (see the outbox)").format(q=queued, p=parked)
        elif queued:
            text = self.tr("Sync: {q} queued").format(q=queued)
        else:
            text = self.tr("Sync: all {n} results sent").format(n=sent)
        self.status.show_sync(text)

    def refresh_for(self, changes: Changes) -> None:
        """Refresh what a write changed: the earnings panel for time or money, the sync state for the outbox."""
        if changes.figures:
            self.refresh_figures()
        if changes.outbox:
            self.refresh_sync_state()

    def refresh_figures(self) -> None:
        """Reload the earnings panel in the background."""
        from coopclient.core.clock import local_day

        today = local_day(self.services.clock.now().wall_ms, self.services.clock.tz)
        batch = self.work.batch
        self.ops.run(lambda: self.workbench.earnings(today, batch), success=self._show_figures)

    def _show_figures(self, summary: EarningsSummary) -> None:
        self.banner_floor.setVisible(summary.week.floor is None and not summary.report.floors)
        self.earnings.show_summary(summary)
        self.earnings.show_gain(*self.work.gained_ms())

    def update_clocks(self) -> None:
        """Once a second, and when the recorded time was read again: the clocks and the timer's state (no I/O)."""
        self.status.show_clocks(self.work.task_clock_ms(), self.work.session_clock_ms())
        self.status.show_state(*self.work.timer_state())
        self.work.show_task_time()
        self.earnings.show_gain(*self.work.gained_ms())
        self.tray.set_running(self.commands.manual_text())

    # -- commands ----------------------------------------------------------------------------------------

    def import_demo(self) -> None:
        """Import the bundled demo batch in the background, then show it."""
        self.demo_button.setEnabled(False)

        def done(imported: list[Imported]) -> None:
            self.banner.setVisible(False)
            self.pane.setFocus()
            self.statusBar().showMessage(self.tr("Demo batch imported: {n} projects").format(n=len(imported)), 8000)
            self.refresh_tree(select_first=True)

        self.ops.run(self.services.batches.import_demo, success=done)

    def import_file(self) -> None:
        """Ask for a batch file and import it in the background, with progress and Cancel."""
        from coopclient.ui.import_batch import ImportDialog, run_import

        dialog = ImportDialog(self)

        def chosen(code: int) -> None:
            if code == ImportDialog.DialogCode.Accepted:
                self.import_progress = run_import(
                    self, self.ops, self.services.batches, dialog.values(), self._imported
                )

        dialog.finished.connect(chosen)
        dialog.open()

    def _imported(self, imported: object) -> None:
        self.banner.setVisible(False)
        self.statusBar().showMessage(self.tr("Imported {n} tasks").format(n=getattr(imported, "tasks", 0)), 8000)
        self.refresh_tree()

    def export_results(self) -> None:
        """Export results as Label Studio JSONL (asks where)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results"), "results.jsonl", "JSON Lines (*.jsonl)")
        if path:
            from pathlib import Path

            self.ops.run(
                lambda: self.services.batches.export_results(Path(path)),
                success=lambda n: self.statusBar().showMessage(self.tr("Exported {n} results").format(n=n), 8000),
            )

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts sheet."""
        from coopclient.ui.dialogs.shortcuts import ShortcutsDialog

        keys = self.pane.key_sheet() if self.attached else []
        ShortcutsDialog(list(self.actions_by_name.values()), self, keys=keys).open()

    def ask_idle(self, spans: list[SpanRow]) -> None:
        """The member came back after being idle: keep, discard or move the idle time."""
        from coopclient.ui.dialogs.idle import IdleDialog

        dialog = IdleDialog(min(s.start_ms for s in spans), max(s.end_ms for s in spans), self.services.clock.tz, self)
        self.idle_dialog = dialog

        def finished(_code: int) -> None:
            choice = dialog.decision()
            if choice is not None:
                self.work.decide_idle(spans, choice[0], choice[1])

        dialog.finished.connect(finished)
        dialog.open()

    def confirm_recovered(self, spans: list[SpanRow]) -> None:
        """Show spans recovered after a crash once, for the member to confirm."""
        from coopclient.ui.dialogs.recovered import RecoveredDialog

        dialog = RecoveredDialog(spans, self.services.clock.tz, self)
        timer, ids = self.services.timer, [s.id for s in spans]
        dialog.finished.connect(lambda _c: self.ops.run(lambda: timer.confirm_recovered(ids, dialog.accepted_keep())))
        dialog.open()

    def show_error(self, message: str) -> None:
        """A failure in the background: a readable message, never a traceback."""
        from PySide6.QtCore import Qt  # here: the first use of Qt builds ~120 Python enums

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Something went wrong"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.error_box = box
        box.open()  # not exec(): the window keeps working (and tests never block)

    def _toggle_earnings(self) -> None:
        self.earnings_dock.setVisible(not self.earnings_dock.isVisible())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop timing (a last durable heartbeat) and finish background work before closing."""
        if self.attached:
            self.tick.stop()
            self.beat.stop()
            timer = self.services.timer
            if timer.running:
                self.ops.run(lambda: timer.stop("shutdown"))
        self.ops.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)


def run(open_services: Callable[[], Services]) -> int:
    """Start the desktop app: the window first, the store opened in the background; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("coopclient")
    app.setOrganizationName("coop")
    _install_translator(app)
    from coopclient.ui.session_end import SessionEnd

    assert isinstance(app, QApplication)  # the window needs widgets, not a core application
    ending = SessionEnd(app)  # SIGTERM, log-out: a clean close, never a crash to recover from
    window = MainWindow(open_services=open_services)
    window.show()
    code = int(app.exec())
    del ending
    if window.attached:
        window.services.close()
    return code


def _install_translator(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the UI's translation for ``locale`` (default: the system's), when one is compiled
    (resources/i18n/coopclient_<locale>.qm), and Qt's own (qtbase_<locale>.qm, for the standard buttons and
    dialogs) when PySide6 ships it; returns the translators installed, so that they can be removed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from coopclient.resources_path import resources_dir

    locale = locale if locale is not None else QLocale.system()
    catalogues = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("coopclient", str(resources_dir() / "i18n")),
    )
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        # load() tries coopclient_fr_FR, then coopclient_fr, ...; False when none exists (English: no file).
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
