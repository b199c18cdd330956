"""The *File* menu's commands: import the demo batch, import a batch file (with progress and Cancel), export
results as Label Studio JSONL, an evidence pack for the shown task, back up and restore
(:mod:`coopclient.ui.backup_commands`). They see the window
only through its :class:`~coopclient.ui.port.WindowPort`;
new tasks are announced on the port (``tasks_arrived``) and the window decides where to go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

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
        self.warning_box: QMessageBox | None = None  # "this batch may be distressing", while it is asked
        self.save_dialog: QFileDialog | None = None  # where the evidence pack goes, while it is asked

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

        dialog = ImportDialog(self.port.parent_widget, self.port.ops, self.port.services.estimates)
        self.dialog = dialog

        def chosen(code: int) -> None:
            if code != ImportDialog.DialogCode.Accepted:
                return
            port, values = self.port, dialog.values()
            batches = port.services.batches

            def start() -> None:
                self.import_progress = run_import(port.parent_widget, port.ops, batches, values, self._imported)

            def warned(warning: str | None) -> None:
                if warning is None:
                    start()
                else:
                    self._ask_warning(values[0], warning, start)

            # Reading the file's first line is disk work: off the GUI thread, like the import itself.
            port.ops.run(lambda: batches.content_warning(values[0]), success=warned, failure=lambda _e: start())

        dialog.finished.connect(chosen)
        dialog.open()

    def _ask_warning(self, path: Path, warning: str, start: Callable[[], None]) -> None:
        """Tell the member the batch may be distressing before it is imported; they can decline."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("This batch may be distressing"),
            self.tr(
                "{name} warns: {warning}\n\nIts images will be shown grey and blurred (hold F2 to see one "
                "clearly) and time on it counts as exposure. Import it?"
            ).format(name=path.name, warning=warning),
            QMessageBox.StandardButton.NoButton,
            self.port.parent_widget,
        )
        accept = box.addButton(self.tr("&Import it"), QMessageBox.ButtonRole.AcceptRole)
        decline = box.addButton(self.tr("&Don't import"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(decline)  # declining is the safe default
        self.warning_box = box

        def answered(_code: int) -> None:
            self.warning_box = None
            if box.clickedButton() is accept:
                start()
            else:
                self.port.message(self.tr("Not imported: {name}").format(name=path.name))

        box.finished.connect(answered)
        box.open()

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

    def evidence_pack(self, task_id: int | None) -> None:
        """Write the evidence pack of the shown task (asks where); the pack is built on the database lane."""
        if task_id is None:
            self.port.message(self.tr("No task is shown"))
            return
        dialog = QFileDialog(self.port.parent_widget, self.tr("Evidence pack for task {id}").format(id=task_id))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(self.tr("Evidence pack (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(f"evidence-task-{task_id}.zip")
        self.save_dialog = dialog
        evidence = self.port.services.evidence

        def chosen(path: str) -> None:
            self.save_dialog = None
            self.port.ops.run(
                lambda: evidence.build([task_id], Path(path)),
                success=lambda files: self.port.message(
                    self.tr("Evidence pack written: {path} ({n} files, nothing sent)").format(path=path, n=len(files))
                ),
            )

        dialog.fileSelected.connect(chosen)
        dialog.rejected.connect(lambda: setattr(self, "save_dialog", None))
        dialog.open()
