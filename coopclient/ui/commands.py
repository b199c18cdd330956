"""Window commands that open a dialog, then do the work in the background: settings, accounts, the manual
timer (also from the tray icon). Kept apart so the main window stays layout and wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from coopclient.core.platform import Unreachable
from coopclient.ui.labels import marked
from coopclient.ui.models.task_table import duration_text
from coopclient.ui.ops import describe
from coopclient.ui.theme import apply_theme

if TYPE_CHECKING:
    from coopclient.core.money import Money
    from coopclient.services.settings import Applied
    from coopclient.ui.main_window import MainWindow


class Commands:
    """Settings, accounts and the manual timer for a window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._store_warning: str | None = None
        self.dialog: QDialog | None = None

    # -- settings --------------------------------------------------------------------------------------

    def settings(self) -> None:
        """Open the settings; save what changed in the background."""
        s = self.w.services

        def load() -> tuple[dict[str, object], tuple[str, str] | None]:
            floors = s.earnings.floors()
            # As written for people ("12.50", not the stored "12.500000"): at least the currency's minor units.
            floor = None
            if floors:
                amount, currency = str(floors[-1].hourly).rsplit(" ", 1)
                floor = (amount, currency)
            return s.settings.values(), floor

        self.w.ops.run(load, success=lambda found: self._open_settings(*found))

    def _open_settings(self, values: dict[str, object], floor: tuple[str, str] | None) -> None:
        from coopclient.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(values, floor, self.w)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            changes, floor_change = dialog.changes(), dialog.floor_change()
            self.w.ops.run(lambda: self._save_settings(changes, floor_change), success=self._applied)

        dialog.finished.connect(finished)
        dialog.open()

    def _save_settings(self, changes: dict[str, object], floor: Money | None) -> Applied:
        """On the database lane: apply the settings (validated, stored, in effect), then the floor."""
        s = self.w.services
        applied = s.settings.apply(changes)
        if floor is not None:
            s.earnings.set_floor(floor)
        return applied

    def _applied(self, applied: Applied) -> None:
        """In the window: what the services cannot put in effect themselves (the beat, the theme)."""
        self.w.beat.setInterval(applied.rules.heartbeat_ms)
        if "theme" in applied.changed:
            apply_theme(str(applied.changed["theme"]))
        self.w.statusBar().showMessage(QCoreApplication.translate("Commands", "Settings saved"), 5000)
        self.w.refresh_figures()

    # -- accounts --------------------------------------------------------------------------------------

    def add_account(self) -> None:
        """Add a platform account: the server checks the token first, then it goes to the OS keyring (or,
        without one, this run only), never to the database."""
        s = self.w.services
        # The first read of the warning may probe the keyring: off the GUI thread.
        self.w.ops.run(lambda: s.credentials_warning, success=self._open_account)

    def _open_account(self, warning: str | None, typed: tuple[str, str, str, str] | None = None) -> None:
        """The add-account dialog; ``typed`` (platform, url, name, token) puts back what a failed try had."""
        from coopclient.ui.dialogs.account import AccountDialog

        self._store_warning = warning
        dialog = AccountDialog(self.w, keyring_warning=warning)
        if typed is not None:
            dialog.fill(*typed)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            platform, url, name, token = dialog.values()
            platforms = self.w.services.platforms
            self.w.statusBar().showMessage(
                QCoreApplication.translate("Commands", "Checking the token with {url}…").format(url=url)
            )
            self.w.ops.run(
                lambda: platforms.add_account(platform, url, token, name),
                success=lambda _id: self._account_added(name),
                failure=lambda error: self._account_failed(error, (platform, url, name, token)),
            )

        dialog.finished.connect(finished)
        dialog.open()

    def _account_added(self, name: str) -> None:
        # The keyring warning is shown in the account dialog too: the same context finds the same translation.
        warning = self._store_warning
        note = " — " + marked("AccountDialog", warning) if warning else ""
        self.w.statusBar().showMessage(
            QCoreApplication.translate("Commands", "Account {name} added").format(name=name) + note, 10000
        )
        self.w.refresh_tree()
        self.w.platform_commands.resume()  # results held back by a refused token can go now

    def _account_failed(self, error: BaseException, typed: tuple[str, str, str, str]) -> None:
        """A refused token, an unreachable server or a keyring failure: nothing was stored. The dialog opens
        again with what was typed (the token too: it stays in memory only), so the member corrects, not
        retypes."""
        token = typed[3]
        why = describe(error).replace(token, "********") if token else describe(error)
        if isinstance(error, Unreachable):
            why = QCoreApplication.translate(
                "Commands", "the server could not be reached ({why}); check the address and your connection"
            ).format(why=why)
        self.w.statusBar().clearMessage()
        self.w.show_error(QCoreApplication.translate("Commands", "The account was not added: {why}").format(why=why))
        warning = self._store_warning
        self.w.error_box.finished.connect(lambda _code: self._open_account(warning, typed))  # once it is read

    # -- the manual timer ----------------------------------------------------------------------------------

    def start_manual(self) -> None:
        """Start timing off-app work (pauses task timing: the two never overlap)."""
        from coopclient.ui.dialogs.manual_timer import ManualTimerDialog

        dialog = ManualTimerDialog(self.w)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            category, platform, note = dialog.values()
            timer = self.w.services.timer

            def start() -> tuple[str, int]:
                if timer.running:
                    timer.stop("manual_timer")
                session = timer.start_manual(category, platform, note)
                return session.category, session.started_ms

            def started(running: tuple[str, int]) -> None:
                self.w.manual_running = running
                self.w.work.manual_changed()
                self.w.statusBar().showMessage(
                    QCoreApplication.translate("Commands", "Manual timer started: {what}").format(what=category.label),
                    8000,
                )

            self.w.ops.run(start, success=started)

        dialog.finished.connect(finished)
        dialog.open()

    def stop_manual(self) -> None:
        """Stop the manual timer."""
        timer = self.w.services.timer

        def stopped(found: tuple[object, int]) -> None:
            self.w.manual_running = None
            self.w.work.manual_changed()
            self.w.statusBar().showMessage(
                QCoreApplication.translate("Commands", "Manual timer stopped: {time} recorded").format(
                    time=duration_text(found[1])
                ),
                8000,
            )
            self.w.refresh_figures()

        self.w.ops.run(timer.stop_manual, success=stopped)

    def manual_text(self) -> str | None:
        """The running manual timer for the tray's tooltip, or None (memory only)."""
        running = self.w.manual_running
        if running is None:
            return None
        category, started_ms = running
        elapsed = max(0, self.w.services.clock.now().wall_ms - started_ms)
        return f"{category} {duration_text(elapsed)}"
