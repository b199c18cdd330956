"""The side panel: accounts, their projects and batches, with what is left to do in each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QWidget

if TYPE_CHECKING:
    from coopclient.readmodels.workbench import AccountNode

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class Sidebar(QTreeView):
    """A tree of accounts > projects > batches.

    Signals:
        batch_selected(int): a batch was chosen.
        project_selected(int): a project was chosen (all its batches).
    """

    batch_selected = Signal(int)
    project_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Accounts, projects and batches"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._restoring = False
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.selectionModel().currentChanged.connect(self._on_current)

    def set_tree(self, accounts: list[AccountNode], select_batch: int | None = None) -> None:
        """Show the tree, keeping (or setting) the selected batch."""
        current = select_batch if select_batch is not None else self.current_batch()
        self._restoring = True  # rebuilding is not the member choosing a batch
        try:
            self._fill(accounts)
            if current is not None:
                self.select_batch(current)
        finally:
            self._restoring = False
        if select_batch is not None:
            self.batch_selected.emit(select_batch)

    def _fill(self, accounts: list[AccountNode]) -> None:
        self._model.clear()
        # The header is hidden, but a screen reader still reads the column's name (Qt's default: "1").
        self._model.setHorizontalHeaderLabels([self.tr("Accounts, projects and batches")])
        for account in accounts:
            label = self.tr("Batch files") if account.platform == "file" else f"{account.name} ({account.platform})"
            top = _item(label, "account", 0)
            for project in account.projects:
                p_item = _item(project.name, "project", project.id)
                for batch in project.batches:
                    text = self.tr("{label} · {todo} to do").format(label=batch.label, todo=batch.todo)
                    b_item = _item(text, "batch", batch.id)
                b_item.setToolTip(
                    self.tr("{label}: {todo} to do, {done} done, {skipped} skipped").format(
                        label=batch.label, todo=batch.todo, done=batch.done, skipped=batch.skipped
                    )
                )
                p_item.appendRow(b_item)
                top.appendRow(p_item)
            self._model.appendRow(top)
        self.expandAll()

    def select_batch(self, batch_id: int) -> bool:
        """Select a batch's row; returns whether it exists."""
        for index in self._walk(QModelIndex()):
            if index.data(KindRole) == "batch" and index.data(IdRole) == batch_id:
                self.setCurrentIndex(index)
                return True
        return False

    def current_batch(self) -> int | None:
        """The selected batch, if a batch is selected."""
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() and index.data(KindRole) == "batch" else None

    def first_batch(self) -> int | None:
        """The first batch in the tree."""
        return next((i.data(IdRole) for i in self._walk(QModelIndex()) if i.data(KindRole) == "batch"), None)

    def _walk(self, parent: QModelIndex) -> list[QModelIndex]:
        found = []
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, 0, parent)
            found.append(index)
            found.extend(self._walk(index))
        return found

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        kind = current.data(KindRole)
        if kind == "batch":
            self.batch_selected.emit(current.data(IdRole))
        elif kind == "project":
            self.project_selected.emit(current.data(IdRole))


def _item(text: str, kind: str, ident: int) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KindRole)
    item.setData(ident, IdRole)
    item.setToolTip(text)
    return item
