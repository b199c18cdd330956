"""Views refresh on what a write changed, not on every tick: the side panel's tree on ``tasks``, the earnings
panel on ``time`` or ``earnings``, the status bar's sync state on ``outbox``
(:class:`~coopclient.core.changes.Changes`, emitted on the window's port). Every read runs in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coopclient.ui.care_prompt import CarePrompt

if TYPE_CHECKING:
    from collections.abc import Callable

    from coopclient.core.changes import Changes
    from coopclient.readmodels.workbench import AccountNode, EarningsSummary
    from coopclient.ui.banners import FloorBanner
    from coopclient.ui.port import WindowPort
    from coopclient.ui.views.earnings_panel import EarningsPanel
    from coopclient.ui.views.sidebar import Sidebar
    from coopclient.ui.views.status import StatusPanel
    from coopclient.ui.work import WorkController


class ViewRefresh(QObject):
    """Reads what the side panel, the sync state and the earnings panel show, when it may have changed.

    Args:
        port: the window's port; its ``changed`` signal drives :meth:`refresh_for`.
        work: the annotation flow (its batch scopes the figures; its task is never pulled from the member).
        sidebar, status, earnings, floor_banner: the views it fills.
    """

    def __init__(
        self,
        port: WindowPort,
        work: WorkController,
        sidebar: Sidebar,
        status: StatusPanel,
        earnings: EarningsPanel,
        floor_banner: FloorBanner,
    ) -> None:
        super().__init__(port)
        self.port, self.work, self.sidebar, self.status = port, work, sidebar, status
        self.earnings, self.floor_banner = earnings, floor_banner
        self.care = CarePrompt(port)  # breaks and the soft cap, from the exposure the figures carry
        port.changed.connect(self.refresh_for)

    def refresh_for(self, changes: Changes) -> None:
        """Refresh what a write changed."""
        if changes.figures:
            self.refresh_figures()
        if changes.outbox:
            self.refresh_sync_state()
        if changes.tasks:
            self.refresh_tree()

    def refresh_tree(self, select_first: bool = False, shown: Callable[[bool], None] | None = None) -> None:
        """Reload the side panel (task counts change as the member works).

        ``shown`` is told, once the panel is filled, whether a batch is selected.
        """

        def filled(tree: list[AccountNode]) -> None:
            self.sidebar.set_tree(tree)
            if select_first and self.sidebar.current_batch() is None:
                first = self.sidebar.first_batch()
                if first is not None:
                    self.sidebar.select_batch(first)
            if shown is not None:
                shown(self.sidebar.current_batch() is not None)

        self.port.ops.run(self.port.services.workbench.tree, success=filled)

    def show_batch(self, batch_id: int | None, select_first: bool = False) -> None:
        """Reload the side panel and select ``batch_id``, unless the member is on a task (never pulled away)."""
        if batch_id is None or self.work.current is not None:
            self.refresh_tree(select_first)
            return
        sidebar = self.sidebar
        self.port.ops.run(
            self.port.services.workbench.tree, success=lambda tree: sidebar.set_tree(tree, select_batch=batch_id)
        )

    def refresh_sync_state(self) -> None:
        """Show what waits to be sent to platforms (queued, parked with a reason) in the status bar."""
        self.port.ops.run(self.port.services.workbench.sync_counts, success=self._show_sync)

    def _show_sync(self, counts: tuple[int, int, int]) -> None:
        queued, parked, sent = counts
        if not (queued or parked or sent):
            text = self.tr("Offline: results are kept on this computer")
        elif parked:
            text = self.tr("Sync: {q} queued, {p} parked (see the outbox)").format(q=queued, p=parked)
        elif queued:
            text = self.tr("Sync: {q} queued").format(q=queued)
        else:
            text = self.tr("Sync: all %n result(s) sent", "", sent)
        self.status.show_sync(text)

    def refresh_figures(self) -> None:
        """Reload the earnings panel in the background."""
        from coopclient.core.clock import local_day

        services = self.port.services
        now = services.clock.now().wall_ms
        today = local_day(now, services.clock.tz)
        batch, workbench = self.work.batch, services.workbench
        self.port.ops.run(lambda: workbench.earnings(today, batch, now), success=self._show_figures)

    def _show_figures(self, summary: EarningsSummary) -> None:
        self.floor_banner.setVisible(summary.week.floor is None and not summary.report.floors)
        self.earnings.show_summary(summary)
        self.earnings.show_gain(*self.work.gained_ms())
        self.care.consider(summary.exposure)
