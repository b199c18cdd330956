"""The *Back up…* and *Restore…* dialogs: a file, a passphrase (twice for a backup) and, for a restore, the
empty folder to restore into. They only collect and check the values; the window does the work in the
background. The passphrase is typed into hidden fields and never put in a message or an accessible text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.dialogs._form import FieldError, grow_to_fit, stacked

BACKUP_FILTER = "coopclient backup (*.coopbackup)"
_WIDTH_CHARS = 90


class BackupDialog(QDialog):
    """Ask where to write a backup, or which backup to restore and where, and the passphrase.

    Args:
        restoring: a restore (one passphrase, a target folder) rather than a backup (the passphrase twice).
        suggested_file: the file field's first value.
        suggested_folder: the restore's target folder's first value.
        parent: the window.
    """

    def __init__(
        self, restoring: bool, suggested_file: str, suggested_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.restoring = restoring
        self.setWindowTitle(self.tr("Restore a backup") if restoring else self.tr("Back up your work"))
        self.file_edit = QLineEdit(suggested_file, self)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.folder_edit = QLineEdit(suggested_folder, self)
        self.folder_edit.setAccessibleName(self.tr("Restore into the folder"))
        self.passphrase = self._hidden(self.tr("Passphrase"))
        self.again = self._hidden(self.tr("The same passphrase again"))
        self.error_label = FieldError(self.again if not restoring else self.passphrase, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        text = self.tr("&Restore") if restoring else self.tr("&Back up")
        self.ok_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_CHARS)  # room for a whole path
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hidden(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
        return edit

    def _browse_button(self, pick_folder: bool) -> QPushButton:
        button = QPushButton(self.tr("Choose…"), self)
        button.setAccessibleName(self.tr("Choose the folder") if pick_folder else self.tr("Choose the file"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._browse(pick_folder))
        return button

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), self._with_browse(self.file_edit, False))
        if self.restoring:
            form.addRow(self.tr("Restore &into (an empty folder):"), self._with_browse(self.folder_edit, True))
            form.addRow(self.tr("&Passphrase:"), stacked(self, self.passphrase, self.error_label))
        else:
            form.addRow(self.tr("&Passphrase:"), self.passphrase)
            form.addRow(self.tr("&Again:"), stacked(self, self.again, self.error_label))
        self.folder_edit.setVisible(self.restoring)
        self.again.setVisible(not self.restoring)
        note = QLabel(self._note(), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _note(self) -> str:
        if self.restoring:
            return self.tr(
                "Your results, time, earnings, settings, media, platform tokens and ledger key come back into "
                "the folder chosen, which must be empty. A wrong passphrase or a damaged file changes nothing."
            )
        return self.tr(
            "The backup holds your results, time, earnings, settings, media, platform tokens and ledger key, "
            "encrypted with this passphrase. Keep it safe: without it the backup cannot be opened."
        )

    def _with_browse(self, edit: QLineEdit, pick_folder: bool) -> QWidget:
        cell = QWidget(self)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(self._browse_button(pick_folder))
        return cell

    def _browse(self, pick_folder: bool) -> None:
        if pick_folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Restore into"), self.folder_edit.text())
            if chosen:
                self.folder_edit.setText(chosen)
            return
        if self.restoring:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup file"), self.file_edit.text(), BACKUP_FILTER)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Backup file"), self.file_edit.text(), BACKUP_FILTER)
        if chosen:
            self.file_edit.setText(chosen)

    def error(self) -> str | None:
        """What is missing or wrong now, or None (never quotes the passphrase)."""
        if not self.file_edit.text().strip():
            return self.tr("Choose the backup file.")
        if self.restoring and not self.folder_edit.text().strip():
            return self.tr("Choose an empty folder to restore into.")
        if not self.passphrase.text():
            return self.tr("Type the passphrase.")
        if not self.restoring and self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return None

    def accept(self) -> None:
        """Close with OK only when the values are complete; else say what is missing."""
        problem = self.error()
        self.error_label.show_error(problem)
        grow_to_fit(self)
        if problem is None:
            super().accept()

    def values(self) -> tuple[Path, str, Path]:
        """The backup file, the passphrase and the restore's target folder."""
        file, folder = self.file_edit.text().strip(), self.folder_edit.text().strip()
        return Path(file).expanduser(), self.passphrase.text(), Path(folder).expanduser()
