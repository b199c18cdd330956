"""The task table's view: one row per task, fixed row height (smooth with 100,000 rows), the task preview
taking the spare width. The model is :mod:`coopclient.ui.models.task_table`, given by the annotation flow."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

COLUMN_WIDTHS = ((0, 48), (1, 110), (3, 70), (4, 90), (5, 80))
PREVIEW_COLUMN = 2


def task_table(parent: QWidget, name: str) -> QTableView:
    """The table, before it has a model; ``name`` is its accessible name, translated by the window."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab goes on to the annotation; arrows move between rows
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)  # fixed row height: smooth with 100,000 rows
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    return table


def size_columns(table: QTableView) -> None:
    """The task preview takes the spare width; the figures keep theirs (once the table has its columns), or
    their heading's when it is wider ("Sincronización", "Usawazishaji": once cut off)."""
    header = table.horizontalHeader()
    for column, width in COLUMN_WIDTHS:
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setSectionResizeMode(PREVIEW_COLUMN, QHeaderView.ResizeMode.Stretch)
