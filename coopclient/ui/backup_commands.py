"""*File → Back up…* and *File → Restore…*: the dialog, then the work on the network lane's pool (the backup
reads the store through a connection of its own, so the database lane's heartbeats never wait behind it).

The running app cannot restore over the folder it has open: it restores beside it
(``storage.copies.pending_restore``), and the next start swaps that in before opening the store, keeping the
folder it replaces as ``<name>.before-restore-N``; the message says to quit and start again.
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
        self.restored: BackupSummary | None = None  # the last restore, waiting for the next start

    def back_up(self) -> None:
        """Ask for the file and passphrase, then write the backup in the background."""
        data_dir = self.port.services.data_dir
        suggested = str(data_dir.parent / "coopclient.coopbackup")
        self._open(BackupDialog(False, suggested, parent=self.port.parent_widget), self._write)

    def restore(self) -> None:
        """Ask for the backup and its passphrase, then restore it, to be swapped in at the next start."""
        data_dir = self.port.services.data_dir
        dialog = BackupDialog(True, str(data_dir.parent / "coopclient.coopbackup"), self.port.parent_widget)
        self._open(dialog, self._restore)

    def _open(self, dialog: BackupDialog, then: Callable[[BackupDialog], None]) -> None:
        self.dialog = dialog

        def chosen(code: int) -> None:
            if code == BackupDialog.DialogCode.Accepted:
                then(dialog)

        dialog.finished.connect(chosen)
        dialog.open()

    def _write(self, dialog: BackupDialog) -> None:
        path, passphrase = dialog.values()
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
        from coopclient.services.backup import pending_restore, restore

        source, passphrase = dialog.values()
        credentials, target = self.port.services.credentials, pending_restore(self.port.services.data_dir)
        self.port.message(self.tr("Restoring…"))

        def done(summary: BackupSummary) -> None:
            self.restored = summary
            self.port.message(self.tr("Backup restored: quit and start coopclient again to work on it"))

        self.port.ops.run_aside(lambda: restore(source, target, passphrase, credentials, force=True), success=done)
