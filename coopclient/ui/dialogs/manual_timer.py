"""The manual timer dialog: time work done outside coopclient (searching, qualifications, other platforms).

The member picks what the time is for, optionally the platform and a note. The window starts the timer.
"""

from __future__ import annotations

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

from coopclient.core.categories import Category
from coopclient.ui.labels import category_text

PLATFORM_SUGGESTIONS = ("prolific", "mturk", "toloka", "appen", "other")
NOTE_MAX_LENGTH = 500


class ManualTimerDialog(QDialog):
    """Start a manual timer.

    Args:
        parent: the window.
        category: the category selected at first.
    """

    def __init__(self, parent: QWidget | None = None, category: Category = Category.ANNOTATING) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a manual timer"))
        self.category_combo = self._make_category_combo(category)
        self.platform_combo = self._make_platform_combo()
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(self.tr("&Start timer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_form())
        layout.addWidget(buttons)

    def values(self) -> tuple[Category, str | None, str | None]:
        """``(category, platform, note)``; platform (lower case) and note are None when left empty."""
        platform = self.platform_combo.currentText().strip().lower()
        note = self.note_edit.text().strip()
        return Category(self.category_combo.currentData()), platform or None, note or None  # Qt returns a str

    def _make_category_combo(self, selected: Category) -> QComboBox:
        combo = QComboBox(self)
        for category in Category:
            combo.addItem(category_text(category), category)
        combo.setCurrentIndex(combo.findData(selected))
        combo.setAccessibleName(self.tr("Category"))
        return combo

    def _make_platform_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(PLATFORM_SUGGESTIONS))
        combo.setCurrentIndex(-1)
        edit = combo.lineEdit()
        assert edit is not None  # an editable combo box always has its line edit
        edit.setPlaceholderText(self.tr("optional, e.g. prolific"))
        combo.setAccessibleName(self.tr("Platform"))
        edit.setAccessibleName(self.tr("Platform"))  # the field a screen reader lands in is the line edit
        return combo

    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("C&ategory"), self.category_combo),
            (self.tr("&Platform"), self.platform_combo),
            (self.tr("&Note"), self.note_edit),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        return form
