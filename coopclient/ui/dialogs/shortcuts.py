"""The keyboard shortcuts sheet: every action's name and shortcut, grouped by menu.

The window opens it with F1 or ``?`` and passes its actions. An action's group is its ``menu`` property
(``action.setProperty("menu", "File")``); actions without one are listed under *Other*, or without any
heading when no action has a menu.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")
MIN_ACTION_WIDTH = 320
FRAME_ROOM = 48  # the table's frame and the dialog's margins, in pixels
BUTTONS_ROOM = 90  # the Close button's row and the margins
SCREEN_SHARE = 0.85  # of the screen's free area, at most
ROW_PADDING = 8  # pixels above and below a row's words: 30-pixel rows showed 19 of 50 at 768 pixels high


def plain_text(text: str) -> str:
    """An action's text without mnemonic markers: ``"&Save"`` -> ``"Save"``, ``"&Q&&A"`` -> ``"Q&A"``."""
    return _MNEMONIC.sub(r"\1", text)


def shortcut_text(action: QAction) -> str:
    """All of an action's shortcuts as the platform writes them (``"Ctrl+S"``), comma separated."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


class ShortcutsDialog(QDialog):
    """A read-only table of actions and their shortcuts.

    Args:
        actions: the window's actions; separators and actions without text are left out.
        keys: rows shown first, (group, what, keys): the annotation pane's keys (digits, labels, boxes, spans).
        parent: the window.

    Attributes:
        entries: the rows shown, as (group, action text, shortcut text); the group is "" when no action has
            a menu, the shortcut text "" for an action without one.
    """

    def __init__(
        self,
        actions: Sequence[QAction],
        parent: QWidget | None = None,
        keys: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = [*keys, *self._entries(actions)]  # the task's keys first: the ones used all day
        self.table = self._make_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setDefault(True)  # Enter closes, from the table too
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows and Page Down read on at once
        first = next((r for r in range(self.table.rowCount()) if self.table.columnSpan(r, 0) == 1), None)
        if first is not None:
            self.table.setCurrentCell(first, 0)  # on a key, not on a heading
        self._fit()

    def _fit(self) -> None:
        """As wide as the longest row's words and as tall as the rows, within the screen (1366 × 768 too).

        It was cramped at 460 × 420, then too tall for a 768-pixel-high screen at a fixed 640 × 600.
        """
        table = self.table
        table.resizeColumnToContents(1)
        words = max((table.sizeHintForColumn(0), MIN_ACTION_WIDTH))
        width = words + table.columnWidth(1) + table.verticalScrollBar().sizeHint().width() + FRAME_ROOM
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        height = rows + table.horizontalHeader().sizeHint().height() + BUTTONS_ROOM
        screen = self.screen().availableGeometry()
        self.resize(min(width, int(screen.width() * SCREEN_SHARE)), min(height, int(screen.height() * SCREEN_SHARE)))

    def _entries(self, actions: Sequence[QAction]) -> list[tuple[str, str, str]]:
        groups: dict[str, list[tuple[str, str]]] = {}
        for action in actions:
            if action.isSeparator() or not action.text():
                continue
            row = (plain_text(action.text()), shortcut_text(action))
            groups.setdefault(str(action.property("menu") or ""), []).append(row)
        ungrouped = groups.pop("", [])
        if ungrouped:
            groups.setdefault(self.tr("Other") if groups else "", []).extend(ungrouped)
        return [(group, text, keys) for group, rows in groups.items() for text, keys in rows]

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)  # the row the arrows are on shows
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab goes on to Close; arrows and Page Up/Down scroll
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + ROW_PADDING)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        group = ""
        for entry_group, text, keys in self.entries:
            if entry_group != group:
                group = entry_group
                self._add_heading(table, group)
            self._add_row(table, QTableWidgetItem(text), QTableWidgetItem(keys))
        return table

    def _add_heading(self, table: QTableWidget, group: str) -> None:
        item = QTableWidgetItem(group)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        row = self._add_row(table, item)
        table.setSpan(row, 0, 1, 2)

    @staticmethod
    def _add_row(table: QTableWidget, *items: QTableWidgetItem) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for column, item in enumerate(items):
            table.setItem(row, column, item)
        return row
