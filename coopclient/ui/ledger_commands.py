"""Window commands for the co-op ledger: join, consent, sync, pause and resume sharing, *What I share* and
*Compare platforms*, and the warning shown when the ledger failed a check (tampered with, or forked).

Built once the window's services are attached, on the window's :class:`~coopclient.ui.port.WindowPort`: the
group makes a *Co-op* menu, a warning banner (:mod:`coopclient.ui.banners`) and a note for the status
bar while the member shares, and the window places them (the menu before *Help*, the banner above the
tasks); :meth:`LedgerCommands.start` then begins. Every call to the sharing service runs in the background
through the port's ops helper; the GUI thread never waits.
Joining and syncing talk to the ledger server, so they run on the network lane (``Ops.run_network``) and hand
each database step to its ``db``; the status, the preview, the shared log and the releases are read from
the store only, on the database lane. Consent is asked, with the exact payloads, before the first sync: no
sync sends anything before the member pressed *Share*.

Once the member shares, the app syncs by itself at start-up and every hour (a day is shared once it is over,
so nothing is urgent); only one sync runs at a time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from coopclient.ui.banners import LedgerBanner
from coopclient.ui.ops import describe

if TYPE_CHECKING:
    from coopclient.coop.sharing import SharingService
    from coopclient.coop.sharing_models import SharingStatus, SyncReport
    from coopclient.ui.dialogs.enroll import EnrollDialog
    from coopclient.ui.dialogs.share_consent import ShareConsentDialog
    from coopclient.ui.port import WindowPort
    from coopclient.ui.views.compare_view import CompareView
    from coopclient.ui.views.sharing_view import SharingView

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 3_600_000


class LedgerCommands(QObject):
    """The co-op ledger's commands, menu, warning banner and automatic sync for a window.

    Args:
        port: the window's port, with its services attached.
    """

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self.dialog: EnrollDialog | ShareConsentDialog | None = None
        self.sharing_view: SharingView | None = None
        self.compare_view: CompareView | None = None
        self.status: SharingStatus | None = None
        self._syncing = False
        self._loud = False
        self._closing = False
        self._page_generation = 0
        self._dismissed_warning: str | None = None
        self._notified_warning: str | None = None  # the warning a desktop notification was sent for
        self.menu, self.actions = self._make_menu()
        self.banner = LedgerBanner(port.parent_widget, self.show_shared, self._dismiss_warning)
        self.banner_text = self.banner.text
        self.status_label = self._make_status_label()
        self.every = QTimer(self)
        self.every.setInterval(SYNC_EVERY_MS)
        self.every.timeout.connect(self.sync_quietly)
        port.closing.connect(self._close)

    def start(self) -> None:
        """Once the window placed the menu, banner and note: the hourly sync, and a first quiet one now."""
        self.every.start()
        self.sync_quietly()  # reads the status; syncs only when the member shares

    @property
    def syncing(self) -> bool:
        """Whether a sync with the co-op ledger is running."""
        return self._syncing

    @property
    def _sharing(self) -> SharingService:
        # Read inside the ops only: the service is built on first use (services.Services.sharing), and its
        # imports must not run on the GUI thread.
        return self.port.services.sharing

    def _message(self, text: str, timeout_ms: int = 10_000) -> None:
        self.port.message(text, timeout_ms)

    # -- building ----------------------------------------------------------------------------------------

    def _make_menu(self) -> tuple[QMenu, dict[str, QAction]]:
        """The *Co-op* menu and its actions by key (the window lists them in the shortcuts sheet too)."""
        parent = self.port.parent_widget
        menu = QMenu(self.tr("&Co-op"), parent)
        entries = (
            (
                "join",
                self.tr("&Join the co-op ledger…"),
                self.enroll,
                self.tr("Join with an invite from the treasurer"),
            ),
            ("shared", self.tr("&What I share"), self.show_shared, self.tr("Everything sent to the co-op ledger")),
            ("pause", self.tr("&Pause sharing"), self.pause, self.tr("Send nothing until you resume")),
            ("resume", self.tr("&Resume sharing"), self.resume, self.tr("Send your finished days again")),
            ("compare", self.tr("&Compare platforms"), self.compare, self.tr("The co-op's published monthly figures")),
            (
                "sync",
                self.tr("&Sync with the co-op ledger"),
                self.sync,
                self.tr("Send finished days and check the ledger"),
            ),
        )
        actions: dict[str, QAction] = {}
        for key, text, slot, tip in entries:
            action = QAction(text, parent)
            action.setProperty("menu", menu.title().replace("&", ""))
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            actions[key] = action
        actions["resume"].setEnabled(False)
        return menu, actions

    def _make_status_label(self) -> QLabel:
        label = QLabel(self.port.parent_widget)
        label.setAccessibleName(self.tr("Co-op sharing"))
        label.setContentsMargins(8, 0, 8, 0)
        label.setVisible(False)
        return label

    # -- status ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the state of sharing in the background and show it (menu, banner, status bar, open views)."""
        self.port.ops.run(lambda: self._sharing.status(), success=self.show_status, failure=self._status_failed)

    def show_status(self, status: SharingStatus) -> None:
        """Bring the menu, the banner, the status bar and an open *What I share* in line with ``status``."""
        self.status = status
        self.actions["join"].setEnabled(not status.enrolled)
        self.actions["pause"].setEnabled(status.enrolled and not status.paused)
        self.actions["resume"].setEnabled(status.enrolled and status.paused)
        self.status_label.setVisible(status.enrolled)
        self.status_label.setText(self.status_text(status))
        self.show_warning(status.warning)
        if self.sharing_view is not None:
            self.sharing_view.set_status(status)

    def status_text(self, status: SharingStatus) -> str:
        """The status bar's note."""
        if not status.enrolled:
            return ""
        if status.paused:
            return self.tr("Co-op: sharing paused")
        if not status.consented:
            return self.tr("Co-op: joined, nothing shared yet")
        if status.queued:
            return self.tr("Co-op: {n} waiting to be shared").format(n=status.queued)
        return self.tr("Co-op: sharing")

    def show_warning(self, warning: str | None) -> None:
        """Show the ledger warning in the banner (until the member hides it; a new warning shows again)."""
        if not warning:
            self.banner.setVisible(False)
            self._dismissed_warning = self._notified_warning = None
            return
        self.banner_text.setText(
            self.tr(
                "Warning — the co-op ledger failed a check: {warning}. The server may have changed or hidden "
                "entries it had already shown. Your own figures stay on this computer; tell the co-op's treasurer."
            ).format(warning=warning)
        )
        self.banner.setVisible(warning != self._dismissed_warning)
        if warning != self._notified_warning:
            self._notified_warning = warning
            self.port.notice.emit(self.tr("The co-op ledger failed a check"), warning)

    def _dismiss_warning(self) -> None:
        self._dismissed_warning = self.status.warning if self.status else None
        self.banner.setVisible(False)

    def _status_failed(self, error: BaseException) -> None:
        log.warning("co-op sharing status unavailable: %s", describe(error))

    # -- join --------------------------------------------------------------------------------------------

    def enroll(self) -> None:
        """Ask for the invite code, join in the background, then ask consent with the exact payloads."""
        self.port.ops.run(lambda: self._sharing.status(), success=self._open_enroll)

    def _open_enroll(self, status: SharingStatus) -> None:
        from coopclient.ui.dialogs.enroll import EnrollDialog

        self.show_status(status)
        if status.enrolled:
            self._message(self.tr("You have already joined the co-op ledger as {p}").format(p=status.pseudonym))
            return
        dialog = EnrollDialog(self.port.parent_widget, session_only=status.session_only)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            invite = dialog.code()
            dialog.code_edit.clear()  # the code is a one-time secret: do not keep it in the widget
            self.port.message(self.tr("Joining the co-op ledger…"), 0)
            self.port.ops.run_network(
                lambda db: self._sharing.enroll(invite, db=db),
                success=self._enrolled,
                failure=lambda error: self._enroll_failed(error, invite),
            )

        dialog.finished.connect(finished)
        dialog.open()

    def _enrolled(self, status: SharingStatus) -> None:
        self.show_status(status)
        self._message(self.tr("Joined the co-op ledger as {p}").format(p=status.pseudonym))
        self.ask_consent()

    def _enroll_failed(self, error: BaseException, invite: str) -> None:
        why = describe(error).replace(invite, "********") if invite else describe(error)
        self.port.clear_message()
        self.port.error(self.tr("You did not join the co-op ledger: {why}").format(why=why))

    # -- consent and sync ----------------------------------------------------------------------------------

    def ask_consent(self) -> None:
        """Show exactly what a sync would send; on *Share*, record consent and sync."""
        self.port.ops.run(
            lambda: (self._sharing.status(), self._sharing.preview()), success=lambda found: self._open_consent(*found)
        )

    def _open_consent(self, status: SharingStatus, shares: list[Any]) -> None:
        from coopclient.ui.dialogs.share_consent import ShareConsentDialog

        self.show_status(status)
        dialog = ShareConsentDialog(shares, status.server_url or "", status.pseudonym or "", self.port.parent_widget)
        self.dialog = dialog

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                self._message(self.tr("Nothing was shared. Co-op → Sync with the co-op ledger asks again."))
                return
            self.port.ops.run(lambda: self._sharing.consent(), success=lambda _none: self._run_sync(loud=True))

        dialog.finished.connect(finished)
        dialog.open()

    def sync(self) -> None:
        """Sync now: after checking the member joined, shares and agreed (asking consent the first time)."""
        if self._syncing:
            self._message(self.tr("A sync with the co-op ledger is already running"))
            return
        self.port.ops.run(lambda: self._sharing.status(), success=self._sync_checked)

    def _sync_checked(self, status: SharingStatus) -> None:
        self.show_status(status)
        if not status.enrolled:
            self._message(self.tr("Join the co-op ledger first: Co-op → Join the co-op ledger…"))
        elif status.paused:
            self._message(self.tr("Sharing is paused: Co-op → Resume sharing to send again"))
        elif not status.consented:
            self.ask_consent()
        else:
            self._run_sync(loud=True)

    def sync_quietly(self) -> None:
        """Automatic sync: read the status; sync only when the member joined, agreed and did not pause."""
        if self._syncing or self._closing:
            return

        def checked(status: SharingStatus) -> None:
            self.show_status(status)
            if status.enrolled and status.consented and not status.paused and not self._closing:
                self._run_sync(loud=False)

        self.port.ops.run(lambda: self._sharing.status(), success=checked, failure=self._status_failed)

    def _run_sync(self, loud: bool) -> None:
        if self._syncing:
            return
        self._syncing, self._loud = True, loud
        if loud:
            self.port.message(self.tr("Syncing with the co-op ledger…"), 0)
        # The sync queues the days now due itself (through db) before sending them.
        self.port.ops.run_network(lambda db: self._sharing.sync(db=db), success=self._synced, failure=self._sync_failed)

    def _synced(self, report: SyncReport) -> None:
        loud = self._loud
        self._syncing = self._loud = False
        # The banner follows the status (integrity problems the service keeps); the report's warnings also
        # hold passing notes, such as an unreachable server, which belong in the status bar only.
        if loud or report.warnings:
            self._message(self.report_text(report), 15_000)
        self.refresh()
        self._reload_shared()

    def _sync_failed(self, error: BaseException) -> None:
        loud = self._loud
        self._syncing = self._loud = False
        log.warning("co-op ledger sync failed: %s", describe(error))
        if loud:
            self._message(self.tr("Sync with the co-op ledger failed: {why}").format(why=describe(error)), 15_000)

    def report_text(self, report: SyncReport) -> str:
        """What a sync did, for the status bar."""
        if report.sent:
            text = self.tr("Co-op ledger: {n} shared").format(n=report.sent)
        else:
            text = self.tr("Co-op ledger: nothing new to share")
        if report.verified_size:
            text += self.tr("; ledger checked at %Ln entry(ies)", "", report.verified_size)
        if report.policy_updates:
            text += self.tr("; %n policy update(s) received", "", report.policy_updates)
        if report.warnings:
            text += self.tr("; warning: {w}").format(w="; ".join(report.warnings))
        return text

    # -- pause and resume ----------------------------------------------------------------------------------

    def pause(self) -> None:
        """Pause sharing: nothing is sent until the member resumes."""
        self.port.ops.run(lambda: self._sharing.pause(), success=lambda _none: self._paused(True))

    def resume(self) -> None:
        """Resume sharing (what is due is sent at the next sync)."""
        self.port.ops.run(lambda: self._sharing.resume(), success=lambda _none: self._paused(False))

    def _paused(self, paused: bool) -> None:
        if paused:
            self._message(self.tr("Sharing paused: nothing is sent to the co-op ledger until you resume it"))
        else:
            self._message(self.tr("Sharing resumed"))
        self.refresh()

    # -- What I share --------------------------------------------------------------------------------------

    def show_shared(self) -> None:
        """Open *What I share* (or bring it to the front) and load its first page."""
        from coopclient.ui.views.sharing_view import SharingView

        if self.sharing_view is None:
            view = SharingView(self.port.parent_widget)
            view.model.more_requested.connect(self._load_page)
            view.pause_requested.connect(self.pause)
            view.resume_requested.connect(self.resume)
            view.sync_requested.connect(self.sync)
            self.sharing_view = view
        self.sharing_view.show()
        self.sharing_view.raise_()
        self.sharing_view.activateWindow()
        if self.status is not None:
            self.sharing_view.set_status(self.status)
        self.refresh()
        self._reload_shared()

    def _reload_shared(self) -> None:
        view = self.sharing_view
        if view is None or not view.isVisible():
            return
        self._page_generation += 1
        view.model.reset()
        view.model.fetchMore(QModelIndex())  # the first page now; the table asks for the next as it scrolls

    def _load_page(self, offset: int) -> None:
        view, generation = self.sharing_view, self._page_generation
        if view is None:
            return
        limit = view.model.page_size

        def loaded(page: list[Any]) -> None:
            if generation == self._page_generation:  # a page read before a reload is dropped
                view.model.add_page(page)

        def failed(error: BaseException) -> None:
            if generation == self._page_generation:
                view.model.page_failed()
            self._message(self.tr("What you shared could not be read: {why}").format(why=describe(error)))

        self.port.ops.run(lambda: self._sharing.shared(limit, offset), success=loaded, failure=failed)

    # -- Compare platforms ---------------------------------------------------------------------------------

    def compare(self) -> None:
        """Open *Compare platforms* and load the published releases in the background."""
        from coopclient.ui.views.compare_view import CompareView

        if self.compare_view is None:
            # The service is looked up at each read: the window attaches its services after it opens.
            self.compare_view = CompareView(
                self.port.parent_widget,
                ops=self.port.ops,
                rate_cards=lambda: self._sharing.rate_cards(),
            )
        view = self.compare_view
        view.show()
        view.raise_()
        view.activateWindow()

        def checked(status: SharingStatus) -> None:
            self.show_status(status)
            if not status.enrolled:
                view.show_not_joined(
                    self.tr("join the co-op ledger first (Co-op → Join the co-op ledger…)"), self.enroll
                )
                return
            self.port.ops.run(
                lambda: self._sharing.releases(),
                success=view.set_releases,
                failure=lambda error: view.show_failure(describe(error)),
            )

        self.port.ops.run(
            lambda: self._sharing.status(), success=checked, failure=lambda error: view.show_failure(describe(error))
        )

    # -- closing -------------------------------------------------------------------------------------------

    def _close(self) -> None:
        """The window closes: stop the automatic sync (the ops helper is shut down after)."""
        self._closing = True
        self.every.stop()
