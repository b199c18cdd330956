"""The status bar: the current task's clock, the session's clock, idle state and sync state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from coopclient.ui.models.task_table import duration_text


class StatusPanel:
    """Labels added to the window's status bar."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        self.task = _label(parent, parent.tr("Time on this task"))
        self.session = _label(parent, parent.tr("Time this session"))
        self.idle = _label(parent, parent.tr("Activity"))
        self.sync = _label(parent, parent.tr("Sync state"))
        for label in (self.task, self.session, self.idle, self.sync):
            bar.addPermanentWidget(label)
        self._parent = parent

    def show_clocks(self, task_ms: int | None, session_ms: int | None) -> None:
        """Show the two clocks ("—" when not timing)."""
        tr = self._parent.tr
        self.task.setText(tr("Task {time}").format(time=duration_text(task_ms) if task_ms is not None else "—"))
        self.session.setText(
            tr("Session {time}").format(time=duration_text(session_ms) if session_ms is not None else "—")
        )

    def show_idle(self, idle: bool, running: bool) -> None:
        """Show whether the timer counts (active), is set aside (idle) or is stopped."""
        tr = self._parent.tr
        self.idle.setText(tr("Idle — not counted") if idle else (tr("Active") if running else tr("Timer stopped")))

    def show_sync(self, text: str) -> None:
        """Show the sync state."""
        self.sync.setText(text)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setContentsMargins(8, 0, 8, 0)
    return label
