"""The outbox dialog: results waiting to be sent to their platforms, and why a parked one was refused.

The dialog shows the rows it is given and asks the window, by signals, to retry a parked row or to reload
(with or without the rows already sent); it never touches the database or the network itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopclient.relays.platform import OutboxEntry
from coopclient.ui.dialogs._time import local_datetime

SeqRole = Qt.ItemDataRole.UserRole + 1


class OutboxDialog(QDialog):
    """The outbox, one row per result version: task, what it is, its state (with the reason when parked).

    Signals:
        retry_requested(int): the member asked to send this parked row (its ``seq``) again.
        reload_requested(): show the rows again (e.g. *Show sent results* changed); see :attr:`include_done`.

    Args:
        tz: the member's zone, for the time of the next try.
        parent: the window.
    """

    retry_requested = Signal(int)
    reload_requested = Signal()

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._entries: list[OutboxEntry] = []
        self.setWindowTitle(self.tr("Outbox"))
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setWordWrap(True)
        self.table = self._make_table()
        self.summary.setBuddy(self.table)
        self.show_done = QCheckBox(self.tr("Show &sent results"), self)
        self.show_done.toggled.connect(lambda _on: self.reload_requested.emit())
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry the selected result"))
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self._retry)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    @property
    def include_done(self) -> bool:
        """Whether rows already sent are listed too."""
        return self.show_done.isChecked()

    def set_entries(self, entries: Sequence[OutboxEntry], task_names: Mapping[int, str] | None = None) -> None:
        """Show ``entries`` (oldest first), keeping the selected row when it is still there."""
        selected = self.selected_seq()
        if selected is None:  # at first, the first parked row: the one the member may want to retry
            selected = next((e.seq for e in entries if e.state == "parked"), None)
        names = dict(task_names or {})
        self._entries = list(entries)
        table = self.table
        table.clearSelection()
        table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            cells = (self._task_text(entry, names), self._kind_text(entry), self.state_text(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SeqRole, entry.seq)
                item.setToolTip(text)
                table.setItem(row, column, item)
            if entry.seq == selected:
                table.selectRow(row)
        self.summary.setText(self._summary_text())
        self._update_retry()

    def selected_seq(self) -> int | None:
        """The ``seq`` of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(SeqRole)) if rows else None

    def state_text(self, entry: OutboxEntry) -> str:
        """The state as the member reads it: queued, waiting (next try), sending, parked with its reason, sent."""
        if entry.state == "parked":
            return self.tr("Parked: {reason}").format(reason=entry.last_error or self.tr("no reason given"))
        if entry.state == "waiting":
            when = local_datetime(entry.next_attempt_ms, self._tz)
            text = self.tr("Waiting: next try at {time}").format(time=f"{when:%H:%M}")
            return f"{text} ({entry.last_error})" if entry.last_error else text
        labels = {
            "queued": self.tr("Queued"),
            "sending": self.tr("Sending"),
            "done": self.tr("Sent"),
            "superseded": self.tr("Replaced by a newer version"),
        }
        return labels.get(entry.state, entry.state)

    # -- building --------------------------------------------------------------------------------------

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Task"), self.tr("What"), self.tr("State")]
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move between rows
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setAccessibleName(self.tr("Results waiting to be sent"))
        table.itemSelectionChanged.connect(self._update_retry)
        return table

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.show_done)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    # -- behaviour -------------------------------------------------------------------------------------

    def _task_text(self, entry: OutboxEntry, names: Mapping[int, str]) -> str:
        if entry.task_id is None:
            return self.tr("(task missing)")
        return names.get(entry.task_id) or self.tr("Task {id}").format(id=entry.task_id)

    def _kind_text(self, entry: OutboxEntry) -> str:
        return {"result": self.tr("Result"), "skip": self.tr("Skip")}.get(entry.kind, entry.kind)

    def _summary_text(self) -> str:
        pending = [e for e in self._entries if e.state not in ("done", "superseded")]
        parked = sum(e.state == "parked" for e in pending)
        if not pending:
            return self.tr("Nothing waits to be sent.")
        text = self.tr("%n result(s) wait to be sent.", "", len(pending))
        if parked:
            text += " " + self.tr(
                "{p} parked: the server refused them. Fix the result and save it again, or select one and Retry."
            ).format(p=parked)
        return text

    def _selected_entry(self) -> OutboxEntry | None:
        seq = self.selected_seq()
        return next((e for e in self._entries if e.seq == seq), None)

    def _update_retry(self) -> None:
        entry = self._selected_entry()
        self.retry_button.setEnabled(entry is not None and entry.state == "parked")

    def _retry(self) -> None:
        entry = self._selected_entry()
        if entry is not None and entry.state == "parked":
            self.retry_button.setEnabled(False)  # until the reload shows the new state
            self.retry_requested.emit(entry.seq)
