"""The narrow port a command group gets instead of the window: the background helper, the services, a parent
for its dialogs, the status bar's message and the error box, and two signals.

A command group (settings, platforms, the co-op ledger, files) used to hold the whole window and reach into
its status bar, timers, banners and layout; it now sees only this, so the window can change its layout
without the groups knowing, and the groups can be built against a bare widget in a test.

Signals:
    changed(object): a write finished: its :class:`~coopclient.core.changes.Changes`. The window refreshes
        the views that show what changed; a group may listen too (a saved result is sent soon).
    tasks_arrived(object): new tasks are here (an import, a pull): an :class:`Arrival` saying where to go.
    closing(): the window is closing: stop timers, start nothing new (the ops helper is shut down after).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

if TYPE_CHECKING:
    from coopclient.services.container import Services
    from coopclient.ui.ops import Ops

MESSAGE_MS = 8_000


@dataclass(frozen=True)
class Arrival:
    """Where to go once new tasks are stored: a batch to show, or the first batch; whether to annotate."""

    batch_id: int | None = None
    select_first: bool = False
    focus_pane: bool = False


def open_error_box(parent: QWidget, text: str) -> QMessageBox:
    """A failure in the background, said in a box: a readable message (plain text), never a traceback. Opened
    with ``open()``, not ``exec()``: the window keeps working, and tests never block."""
    from PySide6.QtCore import Qt  # here: the first use of Qt builds ~120 Python enums

    title = QCoreApplication.translate("MainWindow", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


class WindowPort(QObject):
    """What a command group may use of its window (see the module's docstring).

    Args:
        ops: the background helper (database and network lanes).
        services: the services, attached.
        parent: the widget dialogs are opened over (the window).
        status_bar: where messages are shown.
        show_error: opens the error box for a message and returns it (the window keeps it, for tests).
    """

    changed = Signal(object)
    tasks_arrived = Signal(object)
    closing = Signal()
    notice = Signal(str, str)
    """(title, text) of something the member must not miss; the window shows it as a desktop notification
    when it is not in front (the status bar or a banner says it when it is)."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        parent: QWidget,
        status_bar: QStatusBar,
        show_error: Callable[[str], QMessageBox],
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services = services
        self.parent_widget = parent
        self._bar = status_bar
        self._show_error = show_error

    def message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        """Show ``text`` in the status bar for ``timeout_ms`` (0: until the next message)."""
        self._bar.showMessage(text, timeout_ms)

    def clear_message(self) -> None:
        """Take the status bar's message away (a failure is about to be said in a box)."""
        self._bar.clearMessage()

    def error(self, text: str) -> QMessageBox:
        """Say a failure in a box (not modal: the window keeps working); returns the box."""
        return self._show_error(text)
