"""The pull dialog: which account, which project and how many tasks to lock for offline work.

The dialog only collects the choice; the window pulls in the background. The project is its number on the
platform; a pasted project address (``…/projects/3/data``) is taken too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.dialogs._form import FieldError, grow_to_fit, stacked

MAX_COUNT = 500
DEFAULT_COUNT = 50
_PROJECT_IN_URL = re.compile(r"/projects/(\d+)(?:[/?#]|$)")


def project_ref(text: str) -> str | None:
    """The project number in ``text`` (a number, or a project's web address), or None."""
    text = text.strip()
    if text.isdigit():
        return str(int(text))
    found = _PROJECT_IN_URL.search(text)
    return found.group(1) if found else None


class PullDialog(QDialog):
    """Choose the account, the project and the number of tasks to pull.

    Args:
        accounts: ``(account id, label)`` for each platform account, in the order to show them.
        parent: the window.
        count: the number of tasks offered at first.
    """

    def __init__(
        self, accounts: Sequence[tuple[int, str]], parent: QWidget | None = None, count: int = DEFAULT_COUNT
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pull tasks for offline work"))
        self.account_combo = QComboBox(self)
        self.account_combo.setAccessibleName(self.tr("Account"))
        for account_id, label in accounts:
            self.account_combo.addItem(label, account_id)
        self.project_edit = QLineEdit(self)
        self.project_edit.setAccessibleName(self.tr("Project number"))
        self.project_edit.setPlaceholderText(self.tr("e.g. 3, or the project's address"))
        self.project_edit.textChanged.connect(self._recheck)
        self.project_error = FieldError(self.project_edit, self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(max(1, min(MAX_COUNT, count)))
        self.count_spin.setAccessibleName(self.tr("Number of tasks"))
        self.count_spin.setAccessibleDescription(self.tr("From 1 to {n}").format(n=MAX_COUNT))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.pull_button = self.buttons.addButton(self.tr("&Pull tasks"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pull_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._checked_once = False
        self._lay_out()
        self.project_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[int, str, int]:
        """``(account id, project number, count)``; the project is ``""`` when not valid."""
        account_id = self.account_combo.currentData()
        return int(account_id), project_ref(self.project_edit.text()) or "", self.count_spin.value()

    def error(self) -> str | None:
        """What is wrong with the project field now, or None."""
        text = self.project_edit.text().strip()
        if not text:
            return self.tr("Enter the project's number, shown in its address on the platform.")
        if project_ref(text) is None:
            return self.tr("“{text}” is not a project number or a project's address.").format(text=text)
        return None

    def accept(self) -> None:
        """Close with *Pull tasks* only when the project is valid; otherwise say what is wrong."""
        self._checked_once = True
        if self._show_error() is None:
            super().accept()
            return
        self.project_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Account"), self.account_combo),
            (self.tr("P&roject"), stacked(self, self.project_edit, self.project_error)),
            (self.tr("&Number of tasks"), self.count_spin),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(self.project_edit if field.isAncestorOf(self.project_edit) else field)
            form.addRow(label, field)
        note = QLabel(self.tr("The tasks are locked to you on the platform until you submit or skip them."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _show_error(self) -> str | None:
        message = self.error()
        self.project_error.show_error(message)
        grow_to_fit(self)
        return message

    def _recheck(self) -> None:
        if self._checked_once:
            self._show_error()
