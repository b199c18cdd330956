"""The task list: a table model that holds task ids and loads rows a page at a time, off the GUI thread.

Like Anki's browser model, it knows only ids up front (cheap even for 100,000 tasks); a row is fetched with
its page the first time the view asks for it. Until then the cells show a placeholder. ``refresh`` reloads
rows whose figures changed (after a submit, a heartbeat) with ``dataChanged``, never a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coopclient.core.i18n import trans_late
from coopclient.ui.labels import marked
from coopclient.ui.locale_numbers import money_text
from coopclient.ui.ops import Ops

if TYPE_CHECKING:
    from coopclient.readmodels.workbench import TaskSummary

PAGE = 200
COLUMNS = (  # marked for lupdate; headerData translates them
    trans_late("TaskTableModel", "#"),
    trans_late("TaskTableModel", "Status"),
    trans_late("TaskTableModel", "Task"),
    trans_late("TaskTableModel", "Time"),
    trans_late("TaskTableModel", "Earned"),
    trans_late("TaskTableModel", "Sync"),
)
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
SummaryRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def duration_text(ms: int) -> str:
    """Milliseconds as m:ss or h:mm:ss."""
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class TaskTableModel(QAbstractTableModel):
    """Rows of tasks; columns: number, status, text preview, time spent, earning, sync state."""

    def __init__(self, ops: Ops, fetch: Callable[[list[int]], dict[int, TaskSummary]], parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: dict[int, TaskSummary] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self._live: tuple[int, int] | None = None  # (task, ms): the timed task's time, as its clock shows it

    # -- contents -------------------------------------------------------------------------------------

    def first_page(self, ids: list[int]) -> dict[int, TaskSummary]:
        """The summaries of the first page of ``ids``, read on the database lane with the ids themselves, so
        that ``set_ids`` shows the rows at once instead of asking for them on the first paint."""
        return self._fetch(ids[:PAGE])

    def set_ids(self, ids: list[int], first_page: dict[int, TaskSummary] | None = None) -> None:
        """Show these tasks (a new batch or filter): the only reset; ``first_page`` from :meth:`first_page`."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = {task_id: row for row, task_id in enumerate(self._ids)}
        self._cache.clear()
        self._requested.clear()
        if first_page is not None:
            self._cache.update(first_page)
            self._requested.add(0)
        self.endResetModel()

    def task_id(self, row: int) -> int | None:
        """The task shown in a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, task_id: int) -> int | None:
        """The row showing a task, if it is in the list."""
        return self._rows.get(task_id)

    def summary(self, task_id: int) -> TaskSummary | None:
        """A loaded row's figures."""
        return self._cache.get(task_id)

    def refresh(self, task_ids: Iterable[int]) -> None:
        """Reload some rows (their status, time or earnings changed)."""
        wanted = [t for t in task_ids if t in self._rows]
        if wanted:
            self._load(wanted)

    def set_live_time(self, task_id: int | None, ms: int | None) -> None:
        """Show the timed task's time as its clock shows it (each tick), over its last stored figure."""
        live = (task_id, ms) if task_id is not None and ms is not None else None
        if live == self._live:
            return
        changed = {t for t in (self._live, live) if t is not None}
        self._live = live
        for task, _ms in changed:
            row = self._rows.get(task)
            if row is not None:
                self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def update_summary(self, summary: TaskSummary) -> None:
        """Show new figures for a row at once (e.g. optimistic status after a submit)."""
        row = self._rows.get(summary.id)
        if row is None:
            return
        self._cache[summary.id] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model interface -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return marked("TaskTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        task_id = self._ids[index.row()]
        if role == IdRole:
            return task_id
        summary = self._cache.get(task_id)
        if summary is None:
            self._request_page(index.row())
            summary = self._cache.get(task_id)
        if role == SummaryRole:
            return summary
        if summary is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 2 else None
        return self._cell(summary, index.column(), role)

    def _cell(self, s: TaskSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, column)
        if role == SortRole:
            return (s.seq, s.status, s.preview, s.active_ms, s.earning.amount if s.earning else 0, s.sync)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self._display(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, s: TaskSummary, column: int) -> str:
        if column == 0:
            return str(s.seq)
        if column == 1:
            status = {"todo": self.tr("To do"), "done": self.tr("Done"), "skipped": self.tr("Skipped")}[s.status]
            return status + (self.tr(" · unsupported") if s.unsupported else "")
        if column == 2:
            return self.tr("Hidden: may be distressing") if s.hidden else s.preview
        if column == 3:
            ms = self._live[1] if self._live is not None and self._live[0] == s.id else s.active_ms
            return duration_text(ms) if ms else ""
        if column == 4:
            return money_text(s.earning) if s.earning else ""
        return {
            "local": self.tr("Local"),
            "queued": self.tr("Queued"),
            "sent": self.tr("Sent"),
            "parked": self.tr("Parked"),
        }.get(s.sync, s.sync)

    # -- loading -----------------------------------------------------------------------------------------

    def _request_page(self, row: int) -> None:
        page = row // PAGE
        if page in self._requested:
            return
        self._requested.add(page)
        self._load(self._ids[page * PAGE : (page + 1) * PAGE])

    def _load(self, ids: list[int]) -> None:
        generation = self._generation
        fetch = self._fetch
        self._ops.run(lambda: fetch(ids), success=lambda rows: self._loaded(generation, rows))

    def _loaded(self, generation: int, rows: dict[int, TaskSummary]) -> None:
        if generation != self._generation:
            return  # the list changed meanwhile
        self._cache.update(rows)
        touched = sorted(self._rows[t] for t in rows if t in self._rows)
        for start, end in _runs(touched):
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped into (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
