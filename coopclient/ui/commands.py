"""Window commands that open a dialog, then do the work in the background: settings, accounts, the manual
timer (also from the tray icon). Kept apart so the main window stays layout and wiring; they see the window
only through its :class:`~coopclient.ui.port.WindowPort`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from coopclient.core.categories import Category
from coopclient.core.changes import Changes
from coopclient.core.platform import Unreachable
from coopclient.ui.labels import marked
from coopclient.ui.models.task_table import duration_text
from coopclient.ui.ops import describe
from coopclient.ui.theme import apply_theme

if TYPE_CHECKING:
    from coopclient.core.money import Money
    from coopclient.services.settings import Applied
    from coopclient.ui.port import WindowPort

# Saved settings may change the floor (the wage against it); a new account appears in the side panel's tree.
SETTINGS_SAVED = Changes(earnings=True)
MANUAL_STOPPED = Changes(time=True)
ACCOUNT_ADDED = Changes(tasks=True)


class Commands(QObject):
    """Settings, accounts and the manual timer for a window.

    Signals:
        heartbeat_changed(int): saved settings set a new heartbeat interval (ms) for the window's beat.
        manual_changed(): the manual timer started or stopped (the task shown is timed again once it stops).
        account_added(): a platform account was added (results held back by a refused token may go now).
    """

    heartbeat_changed = Signal(int)
    manual_changed = Signal()
    account_added = Signal()

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self._store_warning: str | None = None
        self.dialog: QDialog | None = None
        self.manual_running: tuple[str, int] | None = None  # (category, started wall ms), shown in the tray

    # -- settings --------------------------------------------------------------------------------------

    def settings(self) -> None:
        """Open the settings; save what changed in the background."""
        s = self.port.services

        def load() -> tuple[dict[str, object], tuple[str, str] | None]:
            floors = s.earnings.floors()
            # As written for people ("12.50", not the stored "12.500000"): at least the currency's minor units.
            floor = None
            if floors:
                amount, currency = str(floors[-1].hourly).rsplit(" ", 1)
                floor = (amount, currency)
            return s.settings.values(), floor

        self.port.ops.run(load, success=lambda found: self._open_settings(*found))

    def _open_settings(self, values: dict[str, object], floor: tuple[str, str] | None) -> None:
        from coopclient.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(values, floor, self.port.parent_widget)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            changes, floor_change = dialog.changes(), dialog.floor_change()
            self.port.ops.run(lambda: self._save_settings(changes, floor_change), success=self._applied)

        dialog.finished.connect(finished)
        dialog.open()

    def _save_settings(self, changes: dict[str, object], floor: Money | None) -> Applied:
        """On the database lane: apply the settings (validated, stored, in effect), then the floor."""
        s = self.port.services
        applied = s.settings.apply(changes)
        if floor is not None:
            s.earnings.set_floor(floor)
        return applied

    def _applied(self, applied: Applied) -> None:
        """In the window: what the services cannot put in effect themselves (the beat, the theme)."""
        self.heartbeat_changed.emit(applied.rules.heartbeat_ms)
        if "theme" in applied.changed:
            apply_theme(str(applied.changed["theme"]))
        self.port.message(QCoreApplication.translate("Commands", "Settings saved"), 5000)
        self.port.changed.emit(SETTINGS_SAVED)

    # -- accounts --------------------------------------------------------------------------------------

    def add_account(self) -> None:
        """Add a platform account: the server checks the token first, then it goes to the OS keyring (or,
        without one, this run only), never to the database."""
        s = self.port.services
        # The first read of the warning may probe the keyring: off the GUI thread.
        self.port.ops.run(lambda: s.credentials_warning, success=self._open_account)

    def _open_account(self, warning: str | None, typed: tuple[str, str, str, str] | None = None) -> None:
        """The add-account dialog; ``typed`` (platform, url, name, token) puts back what a failed try had."""
        from coopclient.ui.dialogs.account import AccountDialog

        self._store_warning = warning
        dialog = AccountDialog(self.port.parent_widget, keyring_warning=warning)
        if typed is not None:
            dialog.fill(*typed)
        self.dialog = dialog  # keep it alive while it is open

        def finished(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            platform, url, name, token = dialog.values()
            platforms = self.port.services.platforms
            self.port.message(
                QCoreApplication.translate("Commands", "Checking the token with {url}…").format(url=url), 0
            )
            self.port.ops.run(
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
        self.port.message(
            QCoreApplication.translate("Commands", "Account {name} added").format(name=name) + note, 10000
        )
        self.port.changed.emit(ACCOUNT_ADDED)
        self.account_added.emit()

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
        self.port.clear_message()
        box = self.port.error(
            QCoreApplication.translate("Commands", "The account was not added: {why}").format(why=why)
        )
        warning = self._store_warning
        box.finished.connect(lambda _code: self._open_account(warning, typed))  # once it is read

    # -- the manual timer ----------------------------------------------------------------------------------

    def start_manual(self) -> None:
        """Start timing off-app work (pauses task timing: the two never overlap)."""
        from coopclient.ui.dialogs.manual_timer import ManualTimerDialog

        dialog = ManualTimerDialog(self.port.parent_widget)
        self.dialog = dialog  # keep it alive while it is open
        self.port.ops.run(self.port.services.estimates.floor, success=dialog.set_floor)  # the store: not here

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self._begin_manual(*dialog.values())

        dialog.finished.connect(finished)
        dialog.open()

    def start_break(self) -> None:
        """Time a break now (the manual timer's Break category, never paid): the break prompt's button."""
        self._begin_manual(Category.BREAK, None, None)

    def _begin_manual(self, category: Category, platform: str | None, note: str | None) -> None:
        timer = self.port.services.timer

        def start() -> tuple[str, int]:
            if timer.running:
                timer.stop("manual_timer")
            session = timer.start_manual(category, platform, note)
            return session.category, session.started_ms

        def started(running: tuple[str, int]) -> None:
            self.manual_running = running
            self.manual_changed.emit()
            self.port.message(
                QCoreApplication.translate("Commands", "Manual timer started: {what}").format(what=category.label)
            )

        self.port.ops.run(start, success=started)

    def stop_manual(self) -> None:
        """Stop the manual timer."""
        timer = self.port.services.timer

        def stopped(found: tuple[object, int]) -> None:
            self.manual_running = None
            self.manual_changed.emit()
            self.port.message(
                QCoreApplication.translate("Commands", "Manual timer stopped: {time} recorded").format(
                    time=duration_text(found[1])
                )
            )
            self.port.changed.emit(MANUAL_STOPPED)

        self.port.ops.run(timer.stop_manual, success=stopped)

    def found_running(self, running: tuple[str, int] | None) -> None:
        """The manual timer the start-up found running (category, started wall ms), or None."""
        self.manual_running = running

    def manual_text(self) -> str | None:
        """The running manual timer for the tray's tooltip, or None (memory only)."""
        running = self.manual_running
        if running is None:
            return None
        category, started_ms = running
        elapsed = max(0, self.port.services.clock.now().wall_ms - started_ms)
        return f"{category} {duration_text(elapsed)}"
