"""The timer's questions to the member, and the start-up that may raise one.

At start-up, one background op recovers a session a crash left open, reads the manual timer and the theme,
and whether any task exists; then the theme is applied, the window learns what it needs (:class:`Started`),
and spans recovered after a crash are shown once for the member to confirm. When the member comes back
after being idle, :meth:`TimerQuestions.ask_idle` asks whether to keep, discard or move the idle time.
Kept apart from the window, which is layout and wiring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coopclient.ui.theme import apply_theme

if TYPE_CHECKING:
    from coopclient.core.categories import Category
    from coopclient.core.timer import IdleDecision
    from coopclient.services.timer import SpanRow
    from coopclient.ui.dialogs.idle import IdleDialog
    from coopclient.ui.port import WindowPort


@dataclass(frozen=True)
class Started:
    """What the start-up op found, for the window: whether any task exists, the manual timer running."""

    has_tasks: bool
    manual_running: tuple[str, int] | None  # (category, started wall ms)


class TimerQuestions(QObject):
    """Start-up (recovery, theme) and the recovered and idle dialogs.

    Args:
        port: the window's port.
        decide_idle: records the member's idle decision (the annotation flow's, which knows the task).

    Signals:
        started(object): the start-up op is done: its :class:`Started`.
    """

    started = Signal(object)

    def __init__(
        self, port: WindowPort, decide_idle: Callable[[list[SpanRow], IdleDecision, Category | None], None]
    ) -> None:
        super().__init__(port)
        self.port = port
        self._decide_idle = decide_idle
        self.idle_dialog: IdleDialog | None = None

    def start(self) -> None:
        """Run the start-up op in the background."""
        self.port.ops.run(self._startup_op, success=self._started)

    def _startup_op(self) -> tuple[list[SpanRow], bool, tuple[str, int] | None, str]:
        services = self.port.services
        timer = services.timer
        timer.recover()
        manual = timer.manual_status()
        running = (manual.category, manual.started_ms) if manual else None
        theme = str(services.settings.get("theme"))
        return timer.unconfirmed_recovered(), services.batches.has_tasks(), running, theme

    def _started(self, found: tuple[list[SpanRow], bool, tuple[str, int] | None, str]) -> None:
        recovered, has_tasks, running, theme = found
        apply_theme(theme)
        self.started.emit(Started(has_tasks, running))
        if recovered:
            self.confirm_recovered(recovered)

    def confirm_recovered(self, spans: list[SpanRow]) -> None:
        """Show spans recovered after a crash once, for the member to confirm."""
        from coopclient.ui.dialogs.recovered import RecoveredDialog

        services = self.port.services
        dialog = RecoveredDialog(spans, services.clock.tz, self.port.parent_widget)
        timer, ids, ops = services.timer, [s.id for s in spans], self.port.ops
        dialog.finished.connect(lambda _c: ops.run(lambda: timer.confirm_recovered(ids, dialog.accepted_keep())))
        dialog.open()

    def ask_idle(self, spans: list[SpanRow]) -> None:
        """The member came back after being idle: keep, discard or move the idle time."""
        from coopclient.ui.dialogs.idle import IdleDialog

        start, end = min(s.start_ms for s in spans), max(s.end_ms for s in spans)
        dialog = IdleDialog(start, end, self.port.services.clock.tz, self.port.parent_widget)
        self.idle_dialog = dialog

        def finished(_code: int) -> None:
            choice = dialog.decision()
            if choice is not None:
                self._decide_idle(spans, choice[0], choice[1])

        dialog.finished.connect(finished)
        dialog.open()
