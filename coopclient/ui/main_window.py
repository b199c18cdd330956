"""The main window: layout and wiring only.

Side panel (accounts, projects, batches) | task table over the annotation pane | earnings panel; a status bar
with the task's clock, the session's clock, idle state and sync state. The annotation flow is
:mod:`coopclient.ui.work`, background work :mod:`coopclient.ui.ops`; the command groups (commands,
platform_commands, ledger_commands, file_commands) see the window only through a
:class:`~coopclient.ui.port.WindowPort`; menus: :mod:`~coopclient.ui.actions`; refreshes on what a write
changed: :mod:`~coopclient.ui.refresh`; start-up and the timer's dialogs: :mod:`~coopclient.ui.startup`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
)

from coopclient.core.i18n import trans_late
from coopclient.ui.ops import Ops
from coopclient.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from coopclient.services.container import Services
    from coopclient.ui.port import Arrival
    from coopclient.ui.startup import Started

TICK_MS = 1_000
WINDOW_SIZE = (1400, 900)
FILTERS = (  # marked for lupdate; the filter box translates them
    ("all", trans_late("MainWindow", "All tasks")),
    ("todo", trans_late("MainWindow", "To do")),
    ("done", trans_late("MainWindow", "Done")),
    ("skipped", trans_late("MainWindow", "Skipped")),
    ("unsynced", trans_late("MainWindow", "Not yet synced")),
)


class MainWindow(QMainWindow):
    """The member's workbench.

    Start-up is in two steps so the window appears at once: the frame (side panel, task table, menus,
    status bar) is built and shown first; the store is opened off the GUI thread and the rest (annotation
    pane, earnings panel, timers, command groups) is attached when it is ready. Tests pass ``services`` to
    attach at once.
    """

    def __init__(
        self,
        services: Services | None = None,
        ops: Ops | None = None,
        open_services: Callable[[], Services] | None = None,
    ) -> None:
        super().__init__()
        self.ops = ops or Ops(parent=self)
        self.attached = False
        # Start-up work the first task does not need (the ledger's status, the figures, the sync state),
        # held until the first task is in the pane so that the rows' reads are not queued behind it on the
        # database lane; None once it ran.
        self._held: list[Callable[[], None]] | None = []
        self.setWindowTitle(self.tr("coopclient — fair pay for annotation work"))
        # At most the screen's free area: at 1400 × 900 on a 1366 × 768 screen the status bar (the clocks) was
        # below its edge.
        resize_within_screen(self, *WINDOW_SIZE)
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
        from coopclient.ui.actions import WindowActions
        from coopclient.ui.views.status import StatusPanel

        self._build_layout()
        self.status = StatusPanel(self.statusBar(), self)
        self.menus = WindowActions(self, self.table, self.sidebar, self.earnings_dock)
        self.actions_by_name = self.menus.by_name

    def attach(self, services: Services) -> None:
        """Bring in the services and everything built on them."""
        self._build_frame()
        from coopclient.ui.actions import Attached
        from coopclient.ui.annotation import AnnotationPane
        from coopclient.ui.annotation.image_loader import ImageLoader
        from coopclient.ui.annotation.object_views import load_image
        from coopclient.ui.task_view import size_columns
        from coopclient.ui.views.earnings_panel import EarningsPanel
        from coopclient.ui.work import WorkController

        self.services = services
        self.workbench = services.workbench
        self.pane = AnnotationPane(self, images=ImageLoader(load_image, self.ops.run_aside, self))
        placeholder = self.split.replaceWidget(1, self.pane)
        if placeholder is not None:
            placeholder.deleteLater()
        self.earnings = EarningsPanel(self)
        self.earnings_dock.setWidget(self.earnings)
        self.work = WorkController(services, self.workbench, self.ops, self.table, self.pane, self)
        size_columns(self.table)  # the table has its columns once the controller gave it its model
        self._attach_groups(services)
        self._wire()
        self._timers()
        self.attached = True
        self.menus.attached = Attached(self.work, self.pane, self.commands, self.platform_commands, self.files)
        self.statusBar().clearMessage()
        self.after_first_task(self.ledger_commands.start)
        self.questions.start()

    def _attach_groups(self, services: Services) -> None:
        """The port, the command groups on it, and what they built placed in the window."""
        from coopclient.ui.activity import ActivityFilter
        from coopclient.ui.commands import Commands
        from coopclient.ui.file_commands import FileCommands
        from coopclient.ui.ledger_commands import LedgerCommands
        from coopclient.ui.pane_keys import PaneKeys
        from coopclient.ui.platform_commands import PlatformCommands
        from coopclient.ui.port import WindowPort
        from coopclient.ui.refresh import ViewRefresh
        from coopclient.ui.startup import TimerQuestions
        from coopclient.ui.tray import TrayIcon

        self.port = port = WindowPort(self.ops, services, self, self.statusBar(), self.show_error)
        self.views = ViewRefresh(port, self.work, self.sidebar, self.status, self.earnings, self.banner_floor)
        self.commands = Commands(port)
        self.views.care.take_break = self.commands.start_break  # the break prompt's "Take the break now"
        self.platform_commands = PlatformCommands(port)
        self.ledger_commands = ledger = LedgerCommands(port)
        self.files = FileCommands(port)
        self.questions = TimerQuestions(port, self.work.decide_idle)
        self.tray = TrayIcon(self)
        self.activity = ActivityFilter(self.work.input_seen, self)
        self.pane_keys = PaneKeys(self.pane.handle_key, self)
        self.menus.add_menu(ledger.menu, list(ledger.actions.values()))
        self.column.insertWidget(0, ledger.banner)  # above everything: the ledger failed a check
        self.statusBar().addPermanentWidget(ledger.status_label)

    # -- layout ----------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        from coopclient.ui.window_layout import lay_out

        frame = lay_out(self, FILTERS, full_size=self.height() >= WINDOW_SIZE[1])
        self.sidebar, self.filter, self.table, self.column = frame.sidebar, frame.filter, frame.table, frame.column
        self.banner, self.banner_floor, self.split = frame.banner, frame.banner_floor, frame.split
        self.earnings_dock = frame.earnings_dock

    # -- wiring ------------------------------------------------------------------------------------------

    def _wire(self) -> None:
        work, commands, tray = self.work, self.commands, self.tray
        self.sidebar.batch_selected.connect(lambda b: work.open_batch(b))
        self.sidebar.activated.connect(lambda _i: self.pane.setFocus())
        self.table.activated.connect(lambda _i: self.pane.setFocus())
        self.sidebar.project_selected.connect(lambda p: work.open_batch(None, p))
        self.filter.currentIndexChanged.connect(lambda _i: work.set_filter(self.filter.currentData()))
        work.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        work.changed.connect(self.port.changed)  # the views and the groups refresh on what a write changed
        work.idle_returned.connect(self.questions.ask_idle)
        work.clocks_changed.connect(self.views.refresh_figures)  # read with the clocks' reading: the same base
        work.clocks_changed.connect(self.update_clocks)
        work.batch_opened.connect(lambda _b: self.after_first_task(self.views.refresh_figures))
        work.task_shown.connect(lambda _v: self._release_held())
        commands.manual_changed.connect(work.manual_changed)
        self.port.tasks_arrived.connect(self._arrived)
        self.questions.started.connect(self._started)
        self.banner.demo.clicked.connect(lambda: self.files.import_demo())
        self.files.demo_started.connect(lambda: self.banner.demo.setEnabled(False))
        self.banner_floor.button.clicked.connect(commands.settings)
        commands.heartbeat_changed.connect(lambda ms: self.beat.setInterval(ms))
        commands.account_added.connect(self.platform_commands.resume)  # results a refused token held back
        tray.start_manual_requested.connect(commands.start_manual)
        tray.stop_manual_requested.connect(commands.stop_manual)
        tray.show_window_requested.connect(self.showNormal)
        tray.quit_requested.connect(self.close)
        tray.show()
        self.port.notice.connect(self.notify_member)
        work.went_idle.connect(
            lambda: self.port.notice.emit(
                self.tr("Timing paused"),
                self.tr(
                    "No input for a while: that time is set aside. When you come back, you decide whether it counts."
                ),
            )
        )
        self.activity.install()
        self.pane_keys.install()  # the type-to-search of the lists and the table ate the label keys

    def _timers(self) -> None:
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.update_clocks)
        self.tick.start()
        self.beat = QTimer(self)
        self.beat.setInterval(self.services.timer.rules.heartbeat_ms)
        self.beat.timeout.connect(self.work.heartbeat)
        self.beat.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the window's actions do not take go to the annotation pane (choice digits, label keys)."""
        if not (self.attached and self.pane.handle_key(event)):
            super().keyPressEvent(event)

    def _started(self, started: Started) -> None:
        """The start-up op is done: offer the demo on a first run, show the manual timer, fill the views."""
        self.commands.found_running(started.manual_running)
        self.banner.offer(first_run=not started.has_tasks)
        self.after_first_task(self.views.refresh_figures)
        self.after_first_task(self.views.refresh_sync_state)
        self.views.refresh_tree(select_first=True, shown=self._tree_shown)

    def after_first_task(self, step: Callable[[], None]) -> None:
        """Run ``step`` now, or once the first task is in the pane if the window is still starting (once)."""
        if self._held is None:
            step()
        elif step not in self._held:
            self._held.append(step)

    def _tree_shown(self, selected: bool) -> None:
        # No batch to open (a first run): no task will be shown, so nothing waits for one.
        if not selected:
            self._release_held()

    def _release_held(self) -> None:
        held, self._held = self._held, None
        for step in held or ():
            step()

    def _arrived(self, arrival: Arrival) -> None:
        """New tasks are stored (an import, a pull): the first run is over; show them."""
        self.banner.setVisible(False)
        if arrival.focus_pane:
            self.pane.setFocus()
        self.views.show_batch(arrival.batch_id, arrival.select_first)

    def update_clocks(self) -> None:
        """Once a second, and when the recorded time was read again: the clocks and the timer's state (no I/O)."""
        self.status.show_clocks(self.work.task_clock_ms(), self.work.session_clock_ms())
        self.status.show_state(*self.work.timer_state())
        self.work.show_task_time()
        self.earnings.show_gain(*self.work.gained_ms())
        self.tray.set_running(self.commands.manual_text())

    def notify_member(self, title: str, text: str) -> None:
        """Something the member must not miss: a desktop notification when the window is not in front."""
        if not self.isActiveWindow() or self.isMinimized():
            self.tray.notify(title, text)

    def show_error(self, message: str) -> QMessageBox:
        """A failure in the background, in a box (kept: the last one is ``error_box``)."""
        from coopclient.ui.port import open_error_box

        self.error_box = open_error_box(self, message)
        return self.error_box

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop timing (a last durable heartbeat) and finish background work before closing."""
        if self.attached:
            self.port.closing.emit()  # the groups stop their automatic syncs
            self.tick.stop()
            self.beat.stop()
            timer = self.services.timer
            if timer.running:
                self.ops.run(lambda: timer.stop("shutdown"))
            self.activity.remove()
            self.pane_keys.remove()
        self.ops.shutdown()
        super().closeEvent(event)
