"""The add-account dialog: a platform account (server URL, account name, API token) for the member.

The dialog only collects the values. The window saves the token in the credential store and the rest in the
database, in the background. The token is typed into a password field; it is never logged and never put in
a message, a tooltip or an accessible name or description.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.dialogs._form import FieldError, grow_to_fit, stacked
from coopclient.ui.labels import marked

PLATFORMS = ("label-studio", "doccano", "other")
_FIELD_CHARS = 44  # field column width, in average characters: room for an error message on one line


class AccountDialog(QDialog):
    """Add an account on an annotation platform.

    Problems are shown beside their fields once the member presses *Add account*, then as they type.

    Args:
        parent: the window.
        keyring_warning: shown under the token field when tokens cannot be kept in a keyring
            (from ``choose_store``), so the member knows before typing it.
    """

    def __init__(self, parent: QWidget | None = None, keyring_warning: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a platform account"))
        self._checked_once = False
        self.platform_combo = self._make_platform_combo()
        self.url_edit = self._make_edit(self.tr("Server URL"), "https://label.example.org")
        self.name_edit = self._make_edit(self.tr("Account name"), self.tr("user name or e-mail"))
        self.token_edit = self._make_edit(self.tr("API token"), "")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.error_labels = {
            "url": FieldError(self.url_edit, self),
            "name": FieldError(self.name_edit, self),
            "token": FieldError(self.token_edit, self),
        }
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add account"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(keyring_warning)

    # -- results ---------------------------------------------------------------------------------------

    def values(self) -> tuple[str, str, str, str]:
        """``(platform, url, account name, token)``; the URL without spaces or a trailing slash."""
        return (
            str(self.platform_combo.currentData()),
            self.url_edit.text().strip().rstrip("/"),
            self.name_edit.text().strip(),
            self.token_edit.text().strip(),
        )

    def fill(self, platform: str, url: str, name: str, token: str) -> None:
        """Put back what the member typed (the server could not be reached, or refused the token): nothing is
        typed twice."""
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(platform)))
        self.url_edit.setText(url)
        self.name_edit.setText(name)
        self.token_edit.setText(token)

    def errors(self) -> dict[str, str]:
        """What is wrong now, by field (``url``, ``name``, ``token``); messages never quote the token."""
        _, url, name, token = self.values()
        found = {
            "url": self._url_error(url),
            "name": None if name else self.tr("Enter the account name."),
            "token": None if token else self.tr("Paste the API token from the platform's account page."),
        }
        return {key: message for key, message in found.items() if message}

    def accept(self) -> None:
        """Close with *Add account* only when every field is valid; otherwise show what is wrong."""
        self._checked_once = True
        found = self._show_errors()
        if not found:
            super().accept()
            return
        self.error_labels[next(iter(found))].field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------------------

    def _make_platform_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for platform, label in zip(PLATFORMS, ("Label Studio", "doccano", self.tr("Other")), strict=True):
            combo.addItem(label, platform)
        combo.setAccessibleName(self.tr("Platform"))
        return combo

    def _make_edit(self, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._recheck)
        return edit

    def _lay_out(self, keyring_warning: str | None) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Platform"), self.platform_combo)
        self._add_row(form, self.tr("&Server URL"), self.url_edit, self.error_labels["url"])
        self._add_row(form, self.tr("Account &name"), self.name_edit, self.error_labels["name"])
        token_cell = [self.token_edit, self.error_labels["token"]]
        if keyring_warning:
            note = QLabel(marked("AccountDialog", keyring_warning), self)  # marked in storage/credentials.py
            note.setWordWrap(True)
            token_cell.append(note)
        self._add_row(form, self.tr("API &token"), *token_cell)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, *below: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        cell = stacked(self, field, *below)
        cell.setMinimumWidth(self.fontMetrics().averageCharWidth() * _FIELD_CHARS)
        form.addRow(label, cell)

    # -- validation ------------------------------------------------------------------------------------

    def _url_error(self, url: str) -> str | None:
        if not url:
            return self.tr("Enter the server's address, such as https://label.example.org.")
        if not _is_web_url(url):
            return self.tr("“{url}” is not a web address starting with http:// or https://.").format(url=url)
        return None

    def _show_errors(self) -> dict[str, str]:
        found = self.errors()
        for key, label in self.error_labels.items():
            label.show_error(found.get(key))
        grow_to_fit(self)
        return found

    def _recheck(self) -> None:
        """After the first attempt, update the messages as the member types."""
        if self._checked_once:
            self._show_errors()


def _is_web_url(url: str) -> bool:
    """Whether ``url`` is an http or https address with a host (and, if it has one, a valid port)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError when the port is out of range or not a number
    except ValueError:  # also a malformed IPv6 address
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
