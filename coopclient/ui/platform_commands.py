"""Window commands for platforms: pull tasks, sync results (on demand, every minute, after each submit) and
the outbox. Every pull, sync and outbox read runs in the background through the ops helper of the window's
:class:`~coopclient.ui.port.WindowPort`, the only part of the window the group sees.

Pulls and syncs wait on a platform's server, so they run on the network lane (``Ops.run_network``) and hand
each database step to the lane's ``db``: a heartbeat, a save or the task list never queue behind a request.
Outbox reads and unparking are database work only and stay on the database lane (``Ops.run``).

A sync runs in chunks of :data:`SYNC_CHUNK` rows, one op each, so a long outbox reports as it goes and a
closing window stops it between chunks. Only one sync runs at a time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from coopclient.core.changes import Changes
from coopclient.relays.platform import RelayReport
from coopclient.ui.ops import describe
from coopclient.ui.port import Arrival

if TYPE_CHECKING:
    from coopclient.core.lanes import DbCall
    from coopclient.readmodels.workbench import Workbench
    from coopclient.relays.platform import OutboxEntry
    from coopclient.services.platform_sync import Account, PlatformSync, PullSummary
    from coopclient.ui.dialogs.outbox import OutboxDialog
    from coopclient.ui.port import WindowPort

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 60_000
AFTER_SUBMIT_MS = 3_000  # submits in quick succession are sent together
SYNC_CHUNK = 10  # outbox rows per background op
# How long one background pull or sync chunk may wait out a 429's Retry-After or a retry's backoff before it
# leaves the rest for the next round (it waits on the network lane: the window and the timer go on).
PULL_BUDGET_S = 60.0
SYNC_BUDGET_S = 20.0
OUTBOX_CHANGED = Changes(outbox=True)
NOTHING_PULLED = Changes(tasks=True)  # the tree is read again all the same (a project may be new)


class PlatformCommands(QObject):
    """Pull, sync and outbox commands of a window, and its automatic sync.

    Automatic sync runs every minute and shortly after each submit, quietly, and only when the outbox has rows
    due. After the platform refuses a token it waits for *Sync now* or a new account (:meth:`resume`).

    Args:
        port: the window's port, with its services attached.
    """

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self.dialog: QDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self._syncing = False
        self._loud = False  # the member asked: report the running sync's outcome
        self._auto_paused = False  # a token was refused: no automatic sync until the member acts
        self._closing = False
        self._total = RelayReport()
        self.every = self._timer(SYNC_EVERY_MS, single_shot=False)
        self.soon = self._timer(AFTER_SUBMIT_MS, single_shot=True)
        port.changed.connect(self._on_changed)
        port.closing.connect(self._close)
        self.every.start()

    @property
    def syncing(self) -> bool:
        """Whether a sync is running."""
        return self._syncing

    def _timer(self, interval_ms: int, single_shot: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single_shot)
        timer.timeout.connect(self.sync_quietly)
        return timer

    @property
    def _platforms(self) -> PlatformSync:
        return self.port.services.platforms

    @property
    def _workbench(self) -> Workbench:
        return self.port.services.workbench

    def _on_changed(self, changes: Changes) -> None:
        """A saved result (or skip) is sent soon; submits in quick succession go together."""
        if changes.results:
            self.soon.start()

    # -- pull ------------------------------------------------------------------------------------------

    def pull(self) -> None:
        """Ask which project and how many tasks, then lock and store them in the background."""
        self.port.ops.run(self._platforms.accounts, success=self._open_pull)

    def _open_pull(self, accounts: list[Account]) -> None:
        from coopclient.ui.dialogs.pull import PullDialog

        if not accounts:
            text = self.tr("Add a Label Studio account first (Accounts → Add a platform account…)")
            self.port.message(text, 10000)
            return
        dialog = PullDialog([(a.id, f"{a.name} — {a.url}") for a in accounts], self.port.parent_widget)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            account_id, project, count = dialog.values()
            platforms = self._platforms
            self.port.message(self.tr("Pulling tasks…"), 0)
            self.port.ops.run_network(
                lambda db: platforms.pull(account_id, project, count, db=db, budget_s=PULL_BUDGET_S),
                success=self._pulled,
                failure=self._pull_failed,
            )

        dialog.finished.connect(finished)
        dialog.open()

    def _pulled(self, summary: PullSummary) -> None:
        self.port.message(self.pull_text(summary), 10000)
        if summary.batch_id is None:
            self.port.changed.emit(NOTHING_PULLED)
        else:  # the window shows the new batch, unless the member is on a task
            self.port.tasks_arrived.emit(Arrival(batch_id=summary.batch_id))

    def pull_text(self, summary: PullSummary) -> str:
        """What a pull did, for the status bar."""
        if summary.tasks == 0:
            text = self.tr("No new tasks from {project}").format(project=summary.project)
        else:
            text = self.tr("Pulled %n task(s) from {project}", "", summary.tasks).format(project=summary.project)
        notes = [summary.note] if summary.note else []
        if summary.unsupported:
            notes.append(self.tr("{n} cannot be shown here").format(n=summary.unsupported))
        if summary.offline_missing:
            notes.append(self.tr("%n media file(s) not available offline", "", summary.offline_missing))
        return f"{text} ({'; '.join(notes)})" if notes else text

    def _pull_failed(self, error: BaseException) -> None:
        self.port.clear_message()
        self.port.error(self.tr("No tasks were pulled: {why}").format(why=describe(error)))

    # -- sync ------------------------------------------------------------------------------------------

    def sync(self) -> None:
        """Sync now: send the due results and say what happened (also resumes automatic sync)."""
        self._auto_paused = False
        self._loud = True
        self.port.message(self.tr("Sending results…"), 0)
        if not self._syncing:
            self._start(only_when_due=False)

    def sync_quietly(self) -> None:
        """Automatic sync: in the background, only when rows are due, never beside another sync."""
        if not (self._syncing or self._closing or self._auto_paused):
            self._start(only_when_due=True)

    def resume(self) -> None:
        """Automatic sync may go on (e.g. a new token was given); sends what is due now."""
        self._auto_paused = False
        self.sync_quietly()

    def _start(self, only_when_due: bool) -> None:
        self._syncing = True
        self._total = RelayReport()
        self._chunk(only_when_due)

    def _chunk(self, only_when_due: bool) -> None:
        platforms = self._platforms

        def op(db: DbCall) -> RelayReport | None:
            if only_when_due and not has_due_rows(db(platforms.outbox)):
                return None
            return platforms.sync(SYNC_CHUNK, db=db, budget_s=SYNC_BUDGET_S)

        self.port.ops.run_network(op, success=self._chunk_done, failure=self._sync_failed)

    def _chunk_done(self, report: RelayReport | None) -> None:
        if report is not None:
            merge_report(self._total, report)
            handled = report.delivered + report.parked + report.retrying
            clean = not (report.auth_failed or report.unreachable)
            if clean and handled >= SYNC_CHUNK and not self._closing:
                self._chunk(only_when_due=False)  # more may be due
                return
        self._finish(touched=report is not None)

    def _finish(self, touched: bool) -> None:
        total, loud = self._total, self._loud
        self._syncing = self._loud = False
        if total.auth_failed and not self._auto_paused:
            self._auto_paused = True
            loud = True  # the member must act: say it even after an automatic sync
        if loud:
            self.port.message(self.report_text(total), 15000)
        if total.parked:
            self.port.notice.emit(
                self.tr("Results parked"),
                self.tr(
                    "%n result(s) were refused by the platform and wait in the outbox, which says why.",
                    "",
                    total.parked,
                ),
            )
        if touched or loud:
            self.port.changed.emit(OUTBOX_CHANGED)
            if self.outbox_dialog is not None and self.outbox_dialog.isVisible():
                self.load_outbox()

    def _sync_failed(self, error: BaseException) -> None:
        loud = self._loud
        self._syncing = self._loud = False
        log.warning("sync failed: %s", describe(error))
        if loud:
            self.port.message(self.tr("Sync failed: {why}").format(why=describe(error)), 15000)

    def report_text(self, report: RelayReport) -> str:
        """What a sync did, for the status bar."""
        if report.auth_failed:
            return self.tr("Label Studio refused the token: add the account again")
        if report.unreachable:
            text = self.tr("Server unreachable: working offline, will retry")
            sent = self.tr("{n} sent").format(n=report.delivered)
            return f"{sent}. {text}" if report.delivered else text
        if not (report.delivered or report.parked or report.retrying):
            return self.tr("Nothing to send now")
        text = self.tr("Sync: {d} sent, {r} to retry later, {p} parked").format(
            d=report.delivered, r=report.retrying, p=report.parked
        )
        return text + self.tr(" (see the outbox)") if report.parked else text

    # -- outbox ----------------------------------------------------------------------------------------

    def outbox(self) -> None:
        """Show the outbox: what waits to be sent, why a parked result was refused, and *Retry*."""
        from coopclient.ui.dialogs.outbox import OutboxDialog

        if self.outbox_dialog is None:
            dialog = OutboxDialog(self.port.services.clock.tz, self.port.parent_widget)
            dialog.retry_requested.connect(self.retry)
            dialog.reload_requested.connect(self.load_outbox)
            self.outbox_dialog = dialog
        self.outbox_dialog.open()
        self.load_outbox()

    def load_outbox(self) -> None:
        """Read the outbox in the background and show it in the outbox dialog."""
        dialog = self.outbox_dialog
        if dialog is None:
            return
        platforms, workbench, include_done = self._platforms, self._workbench, dialog.include_done

        def load() -> tuple[list[OutboxEntry], dict[int, str]]:
            entries = platforms.outbox(include_done)
            return entries, workbench.task_names({e.task_id for e in entries if e.task_id is not None})

        self.port.ops.run(load, success=lambda found: dialog.set_entries(*found))

    def retry(self, seq: int) -> None:
        """Send a parked row again: unpark it, then sync now."""
        platforms = self._platforms

        def unparked(done: bool) -> None:
            if done:
                self.sync()
            else:
                self.load_outbox()

        self.port.ops.run(lambda: platforms.unpark(seq), success=unparked)

    # -- closing ---------------------------------------------------------------------------------------

    def _close(self) -> None:
        """The window closes: stop the automatic sync (the ops helper is shut down after)."""
        self._closing = True
        self.every.stop()
        self.soon.stop()


def has_due_rows(entries: list[OutboxEntry]) -> bool:
    """Whether any outbox row is due to be sent now (queued, not parked, not backing off)."""
    return any(entry.state == "queued" for entry in entries)


def merge_report(total: RelayReport, part: RelayReport) -> None:
    """Add one chunk's report to the run's."""
    total.delivered += part.delivered
    total.retrying += part.retrying
    total.parked += part.parked
    total.superseded += part.superseded
    total.auth_failed.update(part.auth_failed)
    total.unreachable.update(part.unreachable)
