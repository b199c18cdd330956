"""The settings dialog, generated from ``SETTINGS`` (each setting declared once, in the core), plus the floor.

An int setting becomes a spin box, a bool a check box, a text with choices a combo box, other text a line
edit. Values are checked as they are typed and again on OK by the same check the services apply
(:func:`coopclient.services.settings.check`); each problem is shown beside its field in the member's
language, naming what is wrong, and OK does nothing until all are fixed. The dialog stores nothing: the
window reads :meth:`SettingsDialog.changes` and :meth:`SettingsDialog.floor_change` and applies them in the
background.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopclient.core.money import ISO_4217, Money, MoneyError, check_currency
from coopclient.core.settings import LABEL_CONTEXT, MINUTES, SETTINGS, Problem, Rule, Setting, normalised
from coopclient.services.settings import check
from coopclient.ui.dialogs._form import FieldError, grow_to_fit, stacked
from coopclient.ui.labels import marked
from coopclient.ui.locale_numbers import number_text, typed_decimal

FLOOR_AMOUNT = "floor_amount"
FLOOR_CURRENCY = "floor_currency"
_AMOUNT_CHECK_CURRENCY = "EUR"
_SPIN_LIMIT = 86_400  # spin boxes accept more than is valid, so a wrong value gets a message, not a silent clamp
_FIELD_CHARS = 44  # field column width, in average characters: room for an error message on one line
_RESERVED_MNEMONICS = {"o", "c", "w"}  # OK, Cancel, Wage floor

Editor = QSpinBox | QCheckBox | QComboBox | QLineEdit


class SettingsDialog(QDialog):
    """Edit the member's settings and the wage floor.

    Args:
        values: current setting values by key; a missing key shows the setting's default.
        floor: the current floor as (amount, currency code) text, e.g. ``("12.50", "EUR")``, or None.
        parent: the window.
    """

    def __init__(
        self, values: Mapping[str, object], floor: tuple[str, str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial = {key: values.get(key, setting.default) for key, setting in SETTINGS.items()}
        self._initial_floor = floor
        self.editors: dict[str, Editor] = {}
        self.error_labels: dict[str, FieldError] = {}
        form = self._build_form()  # first, so the fields come first in the tab order
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.validate()

    # -- results ---------------------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        """The settings the member changed, by key; empty unless the dialog was accepted with valid values."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {}
        current = {key: normalised(key, _value(editor)) for key, editor in self.editors.items()}
        return {key: value for key, value in current.items() if value != self._initial[key]}

    def floor_change(self) -> Money | None:
        """The new hourly wage floor, or None when it did not change (or the dialog was not accepted)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        floor = self._floor_value()
        return floor if floor is not None and floor != _money(self._initial_floor) else None

    def errors(self) -> dict[str, str]:
        """What is wrong now, by setting key (``floor_amount`` and ``floor_currency`` for the floor)."""
        found = {key: self._setting_error(key, _value(editor)) for key, editor in self.editors.items()}
        found.update(self._floor_errors())
        return {key: message for key, message in found.items() if message}

    def validate(self) -> bool:
        """Show each field's problem beside it; True when there is none."""
        found = self.errors()
        for key, label in self.error_labels.items():
            label.show_error(found.get(key))
        grow_to_fit(self)
        return not found

    def accept(self) -> None:
        """Close with OK only when every value is valid; otherwise focus the first wrong field."""
        if self.validate():
            super().accept()
            return
        first = next(label for label in self.error_labels.values() if not label.isHidden())
        first.field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------------------

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        taken = set(_RESERVED_MNEMONICS)
        self._add_floor_row(form)  # first: the figure every verdict of the app is measured against
        for setting in SETTINGS.values():
            if not setting.internal:  # e.g. whether the welcome was shown: the app's to keep, not the member's
                self._add_setting_row(form, setting, taken)
        return form

    def _add_setting_row(self, form: QFormLayout, setting: Setting, taken: set[str]) -> None:
        # The labels are declared (and marked for lupdate) in core/settings.py under this class's context.
        text = _with_mnemonic(marked(LABEL_CONTEXT, setting.label), taken)
        editor = self._make_editor(setting)
        editor.setAccessibleName(text.replace("&", ""))
        self.editors[setting.key] = editor
        error = self._error_label(setting.key, editor)
        if isinstance(editor, QCheckBox):
            editor.setText(text)
            form.addRow(stacked(self, editor, error))
            return
        label = QLabel(text, self)
        label.setBuddy(editor)
        form.addRow(label, self._field_cell(editor, error))

    def _make_editor(self, setting: Setting) -> Editor:
        value = self._initial[setting.key]
        if setting.choices:
            return self._choice_combo(setting, str(value))
        if setting.type is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            box.toggled.connect(self.validate)
            return box
        if setting.type is int:
            return self._spin_box(setting, value)
        edit = QLineEdit(str(value), self)
        edit.textChanged.connect(self.validate)
        return edit

    def _spin_box(self, setting: Setting, value: object) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, _SPIN_LIMIT)
        minutes = setting.unit == MINUTES  # the care settings count minutes; the timer's, seconds
        spin.setSuffix(self.tr(" min") if minutes else self.tr(" s"))
        spin.setValue(value if isinstance(value, int) else setting.default)
        low, high = setting.low or 0, setting.high or _SPIN_LIMIT
        if minutes:
            spin.setToolTip(self.tr("From {low} to {high} minutes").format(low=low, high=high))
        else:
            spin.setToolTip(self.tr("From {low} to {high} seconds").format(low=low, high=high))
        spin.valueChanged.connect(self.validate)
        return spin

    def _choice_combo(self, setting: Setting, value: str) -> QComboBox:
        combo = QComboBox(self)
        names = self._choice_names()
        for choice in setting.choices:
            combo.addItem(names.get(choice, choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _choice_names(self) -> dict[str, str]:
        """The choices' names in the member's language (the themes); each language by its own name."""
        themes = {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        return themes | {"en": "English", "fr": "Français", "es": "Español", "sw": "Kiswahili"}

    def _add_floor_row(self, form: QFormLayout) -> None:
        amount, currency = self._initial_floor or ("", "")
        self.floor_amount = QLineEdit(_shown_amount(amount), self)  # "12,50" in French
        self.floor_amount.setPlaceholderText(self.tr("e.g. 12.50"))
        self.floor_amount.setAccessibleName(self.tr("Wage floor, amount per hour"))
        self.floor_currency = QLineEdit(currency, self)
        self.floor_currency.setMaxLength(3)
        self.floor_currency.setPlaceholderText(self.tr("EUR"))
        self.floor_currency.setAccessibleName(self.tr("Wage floor, currency code (ISO 4217)"))
        # The completer takes Enter for itself (to accept "EUR" for "eu"), so OK needed a second Enter: inline
        # completion (no popup to pick from), and eventFilter passes Enter on to OK.
        completer = QCompleter(sorted(ISO_4217), self.floor_currency)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.floor_currency.setCompleter(completer)
        self.floor_currency.installEventFilter(self)  # after the completer's filter, so it runs first
        row = QHBoxLayout()
        row.addWidget(self.floor_amount, 3)
        row.addWidget(self.floor_currency, 1)
        fields = QWidget(self)
        fields.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        errors = (
            self._error_label(FLOOR_AMOUNT, self.floor_amount),
            self._error_label(FLOOR_CURRENCY, self.floor_currency),
        )
        label = QLabel(self.tr("&Wage floor (per hour)"), self)
        label.setBuddy(self.floor_amount)
        form.addRow(label, self._field_cell(fields, *errors))
        for edit in (self.floor_amount, self.floor_currency):
            edit.textChanged.connect(self.validate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the currency field is OK, as in every other field (its completer would take it)."""
        if (
            watched is self.floor_currency
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _field_cell(self, *widgets: QWidget) -> QWidget:
        """A field with its error messages under it, wide enough for a message on one line."""
        cell = stacked(self, *widgets)
        cell.setMinimumWidth(self.fontMetrics().averageCharWidth() * _FIELD_CHARS)
        return cell

    def _error_label(self, key: str, field: QWidget) -> FieldError:
        label = FieldError(field, self)
        self.error_labels[key] = label
        return label

    # -- validation ------------------------------------------------------------------------------------

    def _setting_error(self, key: str, value: object) -> str | None:
        found = check(key, normalised(key, value))
        return None if found is None else self._problem_text(found)

    def _problem_text(self, problem: Problem) -> str:
        """A problem in the member's language (the command line prints :meth:`Problem.english`)."""
        setting, value = problem.setting, problem.value
        if problem.rule is Rule.RANGE and setting is not None and setting.unit == MINUTES:
            return self.tr("Must be from {low} to {high} minutes, not {value}.").format(
                low=setting.low, high=setting.high, value=value
            )
        if problem.rule is Rule.RANGE and setting is not None:
            return self.tr("Must be from {low} to {high} seconds, not {value}.").format(
                low=setting.low, high=setting.high, value=value
            )
        if problem.rule is Rule.CURRENCY:
            return self._currency_text(str(value))
        if problem.rule is Rule.ZONE:
            return self.tr("“{name}” is not a time zone name, such as Europe/Berlin.").format(name=value)
        return self.tr("“{value}” is not a valid value here.").format(value=value)

    def _currency_error(self, code: str) -> str | None:
        try:
            check_currency(code)
        except MoneyError:
            return self._currency_text(code)
        return None

    def _currency_text(self, code: str) -> str:
        return self.tr("“{code}” is not an ISO 4217 currency code, such as EUR.").format(code=code.strip())

    def _floor_errors(self) -> dict[str, str | None]:
        amount, code = self.floor_amount.text().strip(), self.floor_currency.text().strip()
        if not amount and not code:
            removed = self._initial_floor is not None
            return {FLOOR_AMOUNT: self.tr("The floor can be changed but not removed.") if removed else None}
        if not code:
            return {FLOOR_CURRENCY: self.tr("Enter the floor's currency code, such as EUR.")}
        return {FLOOR_AMOUNT: self._amount_error(amount), FLOOR_CURRENCY: self._currency_error(code)}

    def _amount_error(self, text: str) -> str | None:
        if not text:
            return self.tr("Enter the floor's amount per hour.")
        try:
            # How an amount is written does not depend on its currency, so any valid code checks it.
            value = Money(typed_decimal(text), _AMOUNT_CHECK_CURRENCY)  # "12,50" in French and Spanish too
            value.to_micros()
        except MoneyError:
            return self.tr("“{text}” is not an amount, such as 12.50.").format(text=text)
        if value.amount <= 0:
            return self.tr("The floor must be more than zero.")
        return None

    def _floor_value(self) -> Money | None:
        """The floor as typed, or None when it is empty or invalid."""
        return _money((typed_decimal(self.floor_amount.text()), self.floor_currency.text()))


def _value(editor: Editor) -> object:
    """An editor's current value, as the setting's type (text is stripped; currency codes upper-cased)."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    return editor.text().strip()


def _shown_amount(amount: str) -> str:
    """A stored amount ("12.50") as the member's language writes it ("12,50"), without group separators."""
    try:
        value = Decimal(amount.strip())
    except InvalidOperation:
        return amount
    places = max(0, -int(value.as_tuple().exponent))
    return number_text(value, places).replace(QLocale().groupSeparator(), "")


def _money(floor: tuple[str, str] | None) -> Money | None:
    """A floor given as (amount, code) text as Money, or None when empty or not valid."""
    if floor is None:
        return None
    try:
        return Money(floor[0].strip(), floor[1])
    except MoneyError:
        return None


def _with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not yet used as a mnemonic (which is then taken)."""
    if "&" in text:
        taken.add(text[text.index("&") + 1].lower())
        return text
    for index, char in enumerate(text):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{text[:index]}&{text[index:]}"
    return text
