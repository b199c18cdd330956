"""The manual timer dialog: time work done outside coopclient (searching, qualifications, other platforms).

The member picks what the time is for, optionally the platform and a note. The window starts the timer.
For a web platform's task, the announced reward and expected minutes give the hourly wage before it is taken,
against the floor (issue 15, part 2); the window hands the floor in (:meth:`ManualTimerDialog.set_floor`).
"""

from __future__ import annotations

import re
from decimal import Decimal

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

from coopclient.core.categories import Category
from coopclient.core.estimate import announced_hourly
from coopclient.core.money import Money, MoneyError
from coopclient.ui.estimate_words import announced_words, show
from coopclient.ui.labels import category_text
from coopclient.ui.locale_numbers import number_text, typed_decimal

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
        self._floor: Money | None = None
        self.reward_edit = QLineEdit(self)
        self.reward_edit.setPlaceholderText(
            self.tr("optional, e.g. {amount} GBP").format(amount=number_text(Decimal("1.50")))
        )
        self.reward_edit.setAccessibleName(self.tr("Announced reward"))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSpecialValueText(self.tr("not announced"))
        self.minutes_spin.setAccessibleName(self.tr("Expected minutes"))
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate.setAccessibleName(self.tr("Estimated pay"))
        self.estimate.hide()
        self.reward_edit.textChanged.connect(self._show_estimate)
        self.minutes_spin.valueChanged.connect(self._show_estimate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(self.tr("&Start timer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_form())
        layout.addWidget(self.estimate)
        layout.addWidget(buttons)

    def set_floor(self, floor: Money | None) -> None:
        """The floor in force (read by the window in the background) to judge the announced pay against."""
        self._floor = floor
        self._show_estimate()

    def announced(self) -> Money | None:
        """The hourly wage the announced reward and minutes make, or None until both are given."""
        typed = self.reward_edit.text().strip()
        if not typed or not self.minutes_spin.value():
            return None
        text = re.sub(r"\d[\d.,\u00a0\u202f ]*", lambda m: typed_decimal(m.group()) + " ", typed, count=1).strip()
        try:
            reward = Money.parse(text)
        except MoneyError:
            return None
        if reward.amount < 0:
            return None
        return announced_hourly(reward, Decimal(self.minutes_spin.value()))

    def _show_estimate(self) -> None:
        wage = self.announced()
        show(self.estimate, ("", None) if wage is None else announced_words(wage, self._floor))

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
            (self.tr("Announced &reward"), self.reward_edit),
            (self.tr("E&xpected minutes"), self.minutes_spin),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        return form
