"""The *Back up…* and *Restore…* dialogs: a file and a passphrase (twice for a backup). They only collect and
check the values; the window does the work in the background. The passphrase is typed into hidden fields and
never put in a message or an accessible text."""

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
    """Ask where to write a backup, or which backup to restore, and the passphrase.

    Args:
        restoring: a restore (the passphrase once) rather than a backup (the passphrase twice).
        suggested_file: the file field's first value.
        parent: the window.
    """

    def __init__(self, restoring: bool, suggested_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.restoring = restoring
        self.setWindowTitle(self.tr("Restore a backup") if restoring else self.tr("Back up your work"))
        self.file_edit = QLineEdit(suggested_file, self)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
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

    def _browse_button(self) -> QPushButton:
        button = QPushButton(self.tr("Choose…"), self)
        button.setAccessibleName(self.tr("Choose the file"))
        button.setAutoDefault(False)
        button.clicked.connect(self._browse)
        return button

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), self._with_browse(self.file_edit))
        if self.restoring:
            form.addRow(self.tr("&Passphrase:"), stacked(self, self.passphrase, self.error_label))
        else:
            form.addRow(self.tr("&Passphrase:"), self.passphrase)
            form.addRow(self.tr("&Again:"), stacked(self, self.again, self.error_label))
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
                "Your results, time, earnings, settings, media, platform tokens and ledger key come back when "
                "coopclient next starts; the work here now is kept aside in a folder beside it, not deleted. "
                "A wrong passphrase or a damaged file changes nothing."
            )
        return self.tr(
            "The backup holds your results, time, earnings, settings, media, platform tokens and ledger key, "
            "encrypted with this passphrase. Keep it safe: without it the backup cannot be opened."
        )

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        cell = QWidget(self)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(self._browse_button())
        return cell

    def _browse(self) -> None:
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

    def values(self) -> tuple[Path, str]:
        """The backup file and the passphrase."""
        return Path(self.file_edit.text().strip()).expanduser(), self.passphrase.text()
