"""The window's command groups see a narrow port, not the window; its actions call typed targets.

Issue 10 ("One house"): the groups held the window and reached into its status bar, timers, banners and
layout, and the window dispatched its actions by dotted strings that mypy could not check.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QStatusBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopclient.core.changes import Changes
from coopclient.services.container import Services
from coopclient.ui.commands import Commands
from coopclient.ui.file_commands import FileCommands
from coopclient.ui.ledger_commands import LedgerCommands
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.platform_commands import PlatformCommands
from coopclient.ui.port import Arrival, WindowPort

UI = Path(__file__).resolve().parents[2] / "coopclient" / "ui"
# The window and the modules that build its actions and command groups.
WIRING = (
    "main_window.py",
    "actions.py",
    "port.py",
    "commands.py",
    "platform_commands.py",
    "ledger_commands.py",
    "file_commands.py",
    "startup.py",
    "refresh.py",
)


class Bare:
    """A port over a plain widget with a status bar: no main window anywhere."""

    def __init__(self, qtbot: QtBot, services: Services) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.bar = QStatusBar(self.widget)
        QVBoxLayout(self.widget).addWidget(self.bar)
        self.errors: list[str] = []
        self.ops = Ops(ImmediateExecutor())
        self.port = WindowPort(self.ops, services, self.widget, self.bar, self._error)
        self.changes: list[Changes] = []
        self.port.changed.connect(self.changes.append)

    def _error(self, text: str) -> QMessageBox:
        self.errors.append(text)
        return QMessageBox(self.widget)


@pytest.fixture
def bare(qtbot: QtBot, services: Services) -> Iterator[Bare]:
    port = Bare(qtbot, services)
    yield port
    port.port.closing.emit()
    port.ops.shutdown()


def test_the_command_groups_work_on_a_port_over_a_bare_widget(bare: Bare) -> None:
    platforms = PlatformCommands(bare.port)
    Commands(bare.port)
    FileCommands(bare.port)
    ledger = LedgerCommands(bare.port)
    platforms.pull()  # no account yet: said in the port's status bar
    assert bare.bar.currentMessage().startswith("Add a Label Studio account first")
    assert ledger.banner.parentWidget() is bare.widget  # built, not placed: the window places it
    layout = bare.widget.layout()
    assert layout is not None
    assert layout.indexOf(ledger.banner) == -1


def test_a_saved_result_is_sent_soon_and_a_sync_says_the_outbox_changed(bare: Bare) -> None:
    platforms = PlatformCommands(bare.port)
    bare.port.changed.emit(Changes(time=True))  # a heartbeat: nothing to send
    assert not platforms.soon.isActive()
    bare.port.changed.emit(Changes(results=True, outbox=True))
    assert platforms.soon.isActive()
    platforms.sync()  # the member asked: the sync state is read again whatever was sent
    assert Changes(outbox=True) in bare.changes


def test_the_demo_import_announces_its_tasks_on_the_port(bare: Bare) -> None:
    files = FileCommands(bare.port)
    arrivals: list[Arrival] = []
    bare.port.tasks_arrived.connect(arrivals.append)
    files.import_demo()
    assert bare.bar.currentMessage().startswith("Demo batch imported")
    assert arrivals == [Arrival(select_first=True, focus_pane=True)]


def test_before_the_store_is_attached_the_actions_do_nothing(qtbot: QtBot) -> None:
    window = MainWindow(ops=Ops(ImmediateExecutor()), open_services=None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.actions_by_name))  # the frame and its menus, without a store
    keep = {"Quit", "Keyboard shortcuts", "Show the earnings panel"}  # the window's own: they work at once
    for name, action in window.actions_by_name.items():
        if name not in keep:
            action.trigger()  # an exception in a slot fails the test (pytest-qt)
    assert not window.attached
    assert window.findChildren(QMessageBox) == []
    window.close()


def computed_lookups(source: str) -> list[int]:
    """Lines calling getattr with a name computed at run time (a string dispatch mypy cannot check)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and len(node.args) >= 2
        and not isinstance(node.args[1], ast.Constant)
    ]


def test_computed_lookups_are_found() -> None:
    assert computed_lookups("def f(t, name):\n    return getattr(t, name)()\n") == [2]
    assert computed_lookups("getattr(t, 'tasks', 0)") == []


def test_the_window_and_its_groups_never_dispatch_by_name() -> None:
    found = {name: computed_lookups((UI / name).read_text(encoding="utf-8")) for name in WIRING}
    assert {name: lines for name, lines in found.items() if lines} == {}
