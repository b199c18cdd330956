"""The join dialog: the member pastes the invite code the treasurer gave them, to join the co-op ledger.

The dialog only collects the code; the window enrolls in the background. An invite code is a one-time
secret: it is typed into a hidden field and never put in a message, a tooltip or an accessible text.

Without a usable keyring the key joining makes would last this session only (and the member could never
read their own entries again), so the dialog says so first and takes no code: enrolling would be refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.dialogs._form import FieldError, grow_to_fit, stacked

_FIELD_CHARS = 40  # the code field's width, in average characters


class EnrollDialog(QDialog):
    """Ask for the invite code, and say what joining does and does not share.

    Args:
        parent: the window.
        session_only: there is no usable keyring (``SharingStatus.session_only``): explain, and take no code.
    """

    def __init__(self, parent: QWidget | None = None, session_only: bool = False) -> None:
        super().__init__(parent)
        self.session_only = session_only
        self.setWindowTitle(self.tr("Join the co-op ledger"))
        self._checked_once = False
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Invite code"))
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code_edit.textChanged.connect(self._recheck)
        self.code_error = FieldError(self.code_edit, self)
        self.show_code = QCheckBox(self.tr("Sho&w the code"), self)
        self.show_code.toggled.connect(self._toggle_echo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keyring_note = self._keyring_note()
        self._lay_out()
        self.code_edit.setEnabled(not session_only)
        self.show_code.setEnabled(not session_only)
        self.join_button.setEnabled(not session_only)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def code(self) -> str:
        """The invite code as typed, without surrounding spaces."""
        return self.code_edit.text().strip()

    def error(self) -> str | None:
        """What is wrong with the code now, or None (the message never quotes the code)."""
        code = self.code()
        if not code:
            return self.tr("Paste the invite code the co-op's treasurer gave you.")
        if any(c.isspace() for c in code):
            return self.tr("An invite code has no spaces inside: check that it was pasted whole.")
        return None

    def accept(self) -> None:
        """Close with *Join* only when a code is there (and a keyring can keep the key); else say what is missing."""
        if self.session_only:
            return
        self._checked_once = True
        if self._show_error() is None:
            super().accept()
            return
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------------------

    def _keyring_note(self) -> QLabel | None:
        if not self.session_only:
            return None
        note = QLabel(
            self.tr(
                "You cannot join yet: this computer has no usable keyring, so the key joining makes would be "
                "lost when the app closes, and you could never read your own shared figures again. Unlock or "
                "install a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), "
                "restart the app, then join with your invite code; it stays valid until then."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("keyringNote")
        return note

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Joining lets you compare what each platform really pays co-op members, from figures members "
                "share. Your app makes a key on this computer (kept in your system's keyring); the co-op's "
                "ledger knows you only by a pseudonym made from it, never by your name, e-mail or platform "
                "accounts."
            ),
            self,
        )
        intro.setWordWrap(True)
        later = QLabel(
            self.tr("Nothing is shared when you join: first you will see exactly what would be sent, and decide."),
            self,
        )
        later.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("&Invite code"), self)
        label.setBuddy(self.code_edit)
        cell = stacked(self, self.code_edit, self.code_error, self.show_code)
        cell.setMinimumWidth(self.fontMetrics().averageCharWidth() * _FIELD_CHARS)
        form.addRow(label, cell)
        layout = QVBoxLayout(self)
        if self.keyring_note is not None:
            layout.addWidget(self.keyring_note)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    # -- behaviour -------------------------------------------------------------------------------------

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.code_edit.setEchoMode(mode)

    def _show_error(self) -> str | None:
        message = self.error()
        self.code_error.show_error(message)
        grow_to_fit(self)
        return message

    def _recheck(self) -> None:
        if self._checked_once:
            self._show_error()
