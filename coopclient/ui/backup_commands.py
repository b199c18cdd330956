"""*File → Back up…* and *File → Restore…*: the dialog, then the work on the network lane's pool (the backup
reads the store through a connection of its own, so the database lane's heartbeats never wait behind it).

The running app does not switch to the restored folder: the message says how to start on it
(``coopclient --data-dir FOLDER``); restoring over the folder in use would pull the store from under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coopclient.ui.dialogs.backup import BackupDialog

if TYPE_CHECKING:
    from coopclient.services.backup import BackupSummary
    from coopclient.ui.port import WindowPort


class BackupCommands(QObject):
    """Back up and restore for a window, through its port."""

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self.dialog: BackupDialog | None = None  # kept alive while it is open

    def back_up(self) -> None:
        """Ask for the file and passphrase, then write the backup in the background."""
        data_dir = self.port.services.data_dir
        suggested = str(data_dir.parent / "coopclient.coopbackup")
        self._open(BackupDialog(False, suggested, parent=self.port.parent_widget), self._write)

    def restore(self) -> None:
        """Ask for the backup, the passphrase and an empty folder, then restore in the background."""
        data_dir = self.port.services.data_dir
        suggested = str(data_dir.with_name(f"{data_dir.name}-restored"))
        dialog = BackupDialog(True, str(data_dir.parent / "coopclient.coopbackup"), suggested, self.port.parent_widget)
        self._open(dialog, self._restore)

    def _open(self, dialog: BackupDialog, then: Callable[[BackupDialog], None]) -> None:
        self.dialog = dialog

        def chosen(code: int) -> None:
            if code == BackupDialog.DialogCode.Accepted:
                then(dialog)

        dialog.finished.connect(chosen)
        dialog.open()

    def _write(self, dialog: BackupDialog) -> None:
        path, passphrase, _ = dialog.values()
        backup = self.port.services.backup
        self.port.message(self.tr("Backing up…"))

        def done(summary: BackupSummary) -> None:
            self.port.message(
                self.tr("Backup written to {path} ({size} MB)").format(
                    path=summary.path, size=f"{summary.size / 1e6:.1f}"
                )
            )

        self.port.ops.run_aside(lambda: backup.write(path, passphrase), success=done)

    def _restore(self, dialog: BackupDialog) -> None:
        from coopclient.services.backup import restore

        source, passphrase, target = dialog.values()
        credentials = self.port.services.credentials
        self.port.message(self.tr("Restoring…"))

        def done(summary: BackupSummary) -> None:
            self.port.message(
                self.tr('Restored into {folder}: start coopclient with --data-dir "{folder}" to work there').format(
                    folder=summary.path
                )
            )

        self.port.ops.run_aside(lambda: restore(source, target, passphrase, credentials), success=done)
