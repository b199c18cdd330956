"""The recovered-time dialog: spans that crash recovery closed at their last heartbeat, to keep or discard.

Recovered time is real work up to the last saved heartbeat, so keeping it is the default: Enter, Escape and
closing the window all keep it. Only an explicit click on *Discard them* (or Alt+D) drops it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopclient.services.timer import SpanRow
from coopclient.ui.dialogs._time import clock_range
from coopclient.ui.labels import category_text
from coopclient.ui.locale_numbers import date_text
from coopclient.ui.models.task_table import duration_text


class RecoveredDialog(QDialog):
    """List recovered spans and ask whether to keep them.

    A table widget is enough here: a crash closes a handful of spans, never thousands.

    Args:
        spans: the spans closed by crash recovery.
        tz: the member's zone, for the clock times shown.
        parent: the window.
        task_names: a short name per task id, for spans recorded on a task (optional).
    """

    def __init__(
        self,
        spans: Sequence[SpanRow],
        tz: tzinfo,
        parent: QWidget | None = None,
        *,
        task_names: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._spans = tuple(spans)
        self._task_names = dict(task_names or {})
        self._discard = False
        self.setWindowTitle(self.tr("Time recovered after a crash"))
        self.table = self._make_table(tz)
        self.buttons = QDialogButtonBox(self)
        self.keep_button = self._add_button(self.tr("&OK, keep them"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self._add_button(self.tr("&Discard them"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.setDefault(True)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keep_button.clicked.connect(lambda: self._choose(True))
        self.discard_button.clicked.connect(lambda: self._choose(False))
        self._lay_out()

    def accepted_keep(self) -> bool:
        """Whether the spans are kept: True unless the member chose *Discard them*."""
        return not self._discard

    def _choose(self, keep: bool) -> None:
        self._discard = not keep
        self.accept()

    def _add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "coopclient stopped while the timer was running. This time was saved up to the last "
                "heartbeat before the stop. Keep it as recorded, or discard it?"
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    # -- the table -------------------------------------------------------------------------------------

    def _make_table(self, tz: tzinfo) -> QTableWidget:
        headers = [self.tr("Day"), self.tr("Time"), self.tr("Duration"), self.tr("Task or category")]
        table = QTableWidget(len(self._spans), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move between rows
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(self.tr("Recovered time"))
        for row, span in enumerate(self._spans):
            duration = duration_text(span.end_ms - span.start_ms)
            day = date_text(date.fromisoformat(span.day))  # "02/03/2026" in French
            cells = (day, clock_range(span.start_ms, span.end_ms, tz), duration, self._what(span))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        return table

    def _what(self, span: SpanRow) -> str:
        """What the span was spent on: the task's name (if any) and the category, marked if idle."""
        category = category_text(span.category)
        if span.task_id is not None:
            task = self._task_names.get(span.task_id) or self.tr("Task {id}").format(id=span.task_id)
            category = self.tr("{task} ({category})").format(task=task, category=category)
        if span.state == "idle":
            category = self.tr("{what}, idle (pending)").format(what=category)
        return category
