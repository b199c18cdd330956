"""The window's actions: every command with its shortcut, in a menu, and listed in the shortcuts sheet.

Each action calls a typed target (a bound method, or a lambda on :class:`Attached` that mypy checks), never a
name looked up at call time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from coopclient.ui.annotation import AnnotationPane
    from coopclient.ui.commands import Commands
    from coopclient.ui.file_commands import FileCommands
    from coopclient.ui.platform_commands import PlatformCommands
    from coopclient.ui.work import WorkController


@dataclass(frozen=True)
class Spec:
    """One action: its menu, text, shortcuts and what it does."""

    menu: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    slot: Callable[[], object]
    tip: str = ""


def build_actions(window: QMainWindow, specs: list[Spec]) -> dict[str, QAction]:
    """Create the actions and menus; returns the actions by their text (without '&')."""
    actions: dict[str, QAction] = {}
    menus: dict[str, object] = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        action = QAction(spec.text, window)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setProperty("menu", spec.menu.replace("&", ""))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.triggered.connect(lambda _checked=False, slot=spec.slot: slot())
        menus[spec.menu].addAction(action)  # type: ignore[attr-defined]
        window.addAction(action)  # shortcuts work wherever the focus is in the window
        actions[spec.text.replace("&", "")] = action
    return actions


@dataclass(frozen=True)
class Attached:
    """What the window has once its services are attached: the targets of most actions."""

    work: WorkController
    pane: AnnotationPane
    commands: Commands
    platforms: PlatformCommands
    files: FileCommands


class WindowActions(QObject):
    """The window's menus and shortcuts, built with the frame, before the services are attached.

    Each action that needs the services calls a typed target on :class:`Attached` (checked by mypy); until
    :attr:`attached` is set, it does nothing.

    Args:
        window: the window the menus and shortcuts belong to.
        table: the task table (*Go to the task list*).
        sidebar: the side panel (*Go to the batches*).
        earnings_dock: the earnings panel's dock (*Show the earnings panel*).
    """

    def __init__(self, window: QMainWindow, table: QWidget, sidebar: QWidget, earnings_dock: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.attached: Attached | None = None
        toggle = lambda: earnings_dock.setVisible(not earnings_dock.isVisible())  # noqa: E731
        self.by_name = build_actions(window, self._specs(table.setFocus, sidebar.setFocus, toggle))

    def _on(self, target: Callable[[Attached], object]) -> Callable[[], object]:
        """A slot calling ``target`` with what is attached; before the services are attached, nothing."""
        return lambda: target(self.attached) if self.attached is not None else None

    def _specs(
        self, to_table: Callable[[], object], to_sidebar: Callable[[], object], toggle_earnings: Callable[[], object]
    ) -> list[Spec]:
        on = self._on
        return [
            Spec(self.tr("&File"), self.tr("&Import a batch file…"), ("Ctrl+O",), on(lambda a: a.files.import_file())),
            Spec(self.tr("&File"), self.tr("Import the &demo batch"), (), on(lambda a: a.files.import_demo())),
            Spec(self.tr("&File"), self.tr("&Export results…"), ("Ctrl+E",), on(lambda a: a.files.export_results())),
            Spec(
                self.tr("&File"),
                self.tr("&Back up…"),
                (),
                on(lambda a: a.files.back_up()),
                self.tr("Write an encrypted backup of your work, media, tokens and ledger key"),
            ),
            Spec(self.tr("&File"), self.tr("&Restore…"), (), on(lambda a: a.files.restore())),
            Spec(self.tr("&File"), self.tr("&Quit"), ("Ctrl+Q",), self.window.close),
            Spec(
                self.tr("&Task"),
                self.tr("&Submit"),
                ("Ctrl+Return", "Ctrl+Enter"),
                on(lambda a: a.work.submit()),
                self.tr("Validate and save this task, then go to the next"),
            ),
            Spec(
                self.tr("&Task"),
                self.tr("S&kip"),
                ("Ctrl+K",),
                on(lambda a: a.work.skip()),
                self.tr("Skip this task (not paid)"),
            ),
            Spec(self.tr("&Task"), self.tr("&Previous task"), ("Alt+Left", "Ctrl+PgUp"), on(lambda a: a.work.move(-1))),
            Spec(self.tr("&Task"), self.tr("&Next task"), ("Alt+Right", "Ctrl+PgDown"), on(lambda a: a.work.move(+1))),
            Spec(self.tr("&Task"), self.tr("&Undo"), ("Ctrl+Z",), on(lambda a: a.work.undo())),
            Spec(
                self.tr("&Task"),
                self.tr("&Evidence pack for this task…"),
                (),
                on(lambda a: a.files.evidence_pack(a.work.current.task.id if a.work.current else None)),
                self.tr("A zip of this task's records as received, sent and answered, hashed; nothing is sent"),
            ),
            Spec(
                self.tr("&Task"),
                self.tr("Mark this batch as &distressing (or unmark it)"),
                (),
                on(lambda a: a.work.toggle_distressing()),
                self.tr("Its images grey and blurred (hold F2 to see one), its time counted as exposure"),
            ),
            Spec(
                self.tr("T&imer"),
                self.tr("&Start a manual timer…"),
                ("Ctrl+T",),
                on(lambda a: a.commands.start_manual()),
                self.tr("Time work outside the app (a web platform, searching, payment admin)"),
            ),
            Spec(
                self.tr("T&imer"),
                self.tr("S&top the manual timer"),
                ("Ctrl+Shift+T",),
                on(lambda a: a.commands.stop_manual()),
            ),
            Spec(self.tr("&Accounts"), self.tr("&Add a platform account…"), (), on(lambda a: a.commands.add_account())),
            Spec(
                self.tr("&Platforms"),
                self.tr("&Pull tasks…"),
                (),
                on(lambda a: a.platforms.pull()),
                self.tr("Lock tasks of a platform project to you and bring them here for offline work"),
            ),
            Spec(
                self.tr("&Platforms"),
                self.tr("&Sync now"),
                ("Ctrl+Shift+S",),
                on(lambda a: a.platforms.sync()),
                self.tr("Send your results to their platforms now"),
            ),
            Spec(self.tr("&Platforms"), self.tr("&Outbox…"), (), on(lambda a: a.platforms.outbox())),
            Spec(self.tr("&Settings"), self.tr("&Preferences…"), ("Ctrl+,",), on(lambda a: a.commands.settings())),
            Spec(self.tr("&View"), self.tr("Show the &earnings panel"), ("Ctrl+Shift+E",), toggle_earnings),
            Spec(self.tr("&View"), self.tr("Go to the &task list"), ("Ctrl+L",), to_table),
            Spec(self.tr("&View"), self.tr("Go to the &batches"), ("Ctrl+B",), to_sidebar),
            Spec(self.tr("&View"), self.tr("Go to the &annotation"), ("Ctrl+J",), on(lambda a: a.pane.setFocus())),
            Spec(self.tr("&Help"), self.tr("&Keyboard shortcuts"), ("F1", "?"), self.show_shortcuts),
        ]

    def add_menu(self, menu: QMenu, actions: list[QAction]) -> None:
        """A command group's menu, before *Help* (kept last); its actions work anywhere in the window and are
        listed in the shortcuts sheet."""
        bar = self.window.menuBar()
        existing = bar.actions()
        if existing:
            bar.insertMenu(existing[-1], menu)
        else:
            bar.addMenu(menu)
        for action in actions:
            self.window.addAction(action)
            self.by_name[action.text().replace("&", "")] = action

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts sheet (with the annotation keys of this task, once attached)."""
        from coopclient.ui.dialogs.shortcuts import ShortcutsDialog

        keys = self.attached.pane.key_sheet() if self.attached is not None else []
        ShortcutsDialog(list(self.by_name.values()), self.window, keys=keys).open()
