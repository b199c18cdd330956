"""The *File* menu's commands: import the demo batch, import a batch file (with progress and Cancel), export
results as Label Studio JSONL, back up and restore (:mod:`coopclient.ui.backup_commands`). They see the window
only through its :class:`~coopclient.ui.port.WindowPort`;
new tasks are announced on the port (``tasks_arrived``) and the window decides where to go."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from coopclient.ui.port import Arrival

if TYPE_CHECKING:
    from coopclient.services.batches import Imported
    from coopclient.ui.backup_commands import BackupCommands
    from coopclient.ui.import_batch import ImportDialog
    from coopclient.ui.port import WindowPort


class FileCommands(QObject):
    """Import and export for a window.

    Signals:
        demo_started(): the demo batch is being imported (its button is not pressed twice).
    """

    demo_started = Signal()

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self.dialog: ImportDialog | None = None  # kept alive while it is open
        self.import_progress: QProgressDialog | None = None
        self.backups: BackupCommands | None = None  # made when first used

    def _backups(self) -> BackupCommands:
        if self.backups is None:
            from coopclient.ui.backup_commands import BackupCommands

            self.backups = BackupCommands(self.port)
        return self.backups

    def back_up(self) -> None:
        """Write an encrypted backup of this data folder (asks where, and the passphrase twice)."""
        self._backups().back_up()

    def restore(self) -> None:
        """Restore a backup into an empty folder (asks which, the passphrase and the folder)."""
        self._backups().restore()

    def import_demo(self) -> None:
        """Import the bundled demo batch in the background, then show it and annotate."""

        def done(imported: list[Imported]) -> None:
            self.port.message(self.tr("Demo batch imported: %n project(s)", "", len(imported)))
            self.port.tasks_arrived.emit(Arrival(select_first=True, focus_pane=True))

        self.demo_started.emit()
        self.port.ops.run(self.port.services.batches.import_demo, success=done)

    def import_file(self) -> None:
        """Ask for a batch file and import it in the background, with progress and Cancel."""
        from coopclient.ui.import_batch import ImportDialog, run_import

        dialog = ImportDialog(self.port.parent_widget)
        self.dialog = dialog

        def chosen(code: int) -> None:
            if code == ImportDialog.DialogCode.Accepted:
                port = self.port
                self.import_progress = run_import(
                    port.parent_widget, port.ops, port.services.batches, dialog.values(), self._imported
                )

        dialog.finished.connect(chosen)
        dialog.open()

    def _imported(self, imported: Imported) -> None:
        self.port.message(self.tr("Imported %n task(s)", "", imported.tasks))
        self.port.tasks_arrived.emit(Arrival())

    def export_results(self) -> None:
        """Export results as Label Studio JSONL (asks where)."""
        path, _ = QFileDialog.getSaveFileName(
            self.port.parent_widget, self.tr("Export results"), "results.jsonl", "JSON Lines (*.jsonl)"
        )
        if path:
            batches = self.port.services.batches
            self.port.ops.run(
                lambda: batches.export_results(Path(path)),
                success=lambda n: self.port.message(self.tr("Exported %n result(s)", "", n)),
            )
