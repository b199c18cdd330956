"""The status bar: the current task's clock, the session's clock, idle state and sync state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from coopclient.core.categories import Category
from coopclient.ui.models.task_table import duration_text

_CATEGORIES = {c.value for c in Category}

# StatusPanel is no QObject, so it has no tr(): its strings name their context, "StatusPanel", literally, as
# lupdate reads it from the call (an alias such as parent.tr would file them under "parent", which no lookup
# at run time ever asks for).


class StatusPanel:
    """Labels added to the window's status bar."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        self.task = _label(parent, QCoreApplication.translate("StatusPanel", "Time on this task"))
        self.session = _label(parent, QCoreApplication.translate("StatusPanel", "Time this session"))
        self.idle = _label(parent, QCoreApplication.translate("StatusPanel", "Activity"))
        self.sync = _label(parent, QCoreApplication.translate("StatusPanel", "Sync state"))
        for label in (self.task, self.session, self.idle, self.sync):
            bar.addPermanentWidget(label)

    def show_clocks(self, task_ms: int | None, session_ms: int | None) -> None:
        """Show the two clocks ("—" when not timing)."""
        task = duration_text(task_ms) if task_ms is not None else "—"
        session = duration_text(session_ms) if session_ms is not None else "—"
        self.task.setText(QCoreApplication.translate("StatusPanel", "Task {time}").format(time=task))
        self.session.setText(QCoreApplication.translate("StatusPanel", "Session {time}").format(time=session))

    def show_state(self, state: str, manual: str | None = None) -> None:
        """Show what the timer does: counts (active), sets time aside (idle), runs manually, or is stopped.

        Args:
            state: "active", "idle", "manual" or "stopped" (see ``WorkController.timer_state``).
            manual: the manual timer's category, when one runs.
        """
        if state == "manual":
            text = QCoreApplication.translate("StatusPanel", "Manual timer: {what}").format(
                what=Category(manual).label if manual in _CATEGORIES else manual
            )
        elif state == "idle":
            text = QCoreApplication.translate("StatusPanel", "Idle — not counted")
        elif state == "active":
            text = QCoreApplication.translate("StatusPanel", "Active")
        else:
            text = QCoreApplication.translate("StatusPanel", "Timer stopped")
        self.idle.setText(text)

    def show_sync(self, text: str) -> None:
        """Show the sync state."""
        self.sync.setText(text)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setContentsMargins(8, 0, 8, 0)
    return label
