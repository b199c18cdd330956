"""*What I share*: every payload sent (or queued) to the co-op ledger, and the exact text of the selected one.

A table of payloads (day, platform, kind of task, state: queued, sent, verified in the ledger) over a model
that loads a page at a time: when the view scrolls to the end, the model asks for the next page by a signal
and the window reads it in the background. Below it, the exact text that was signed and sent. Above it, the
state of sharing, with *Pause sharing* / *Resume sharing* and *Sync now*.

The view does no I/O: it shows what it is given and asks by signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopclient.coop.sharing_models import SharedPayload, SharingStatus
from coopclient.ui.screen_fit import resize_within_screen

PAGE_SIZE = 200
COLUMNS = ("day", "platform", "task_kind", "state")
AnyIndex = QModelIndex | QPersistentModelIndex


class SharedModel(QAbstractTableModel):
    """Shared payloads, a page at a time.

    Signals:
        more_requested(int): the view wants the page starting at this offset; answer with :meth:`add_page`.
    """

    more_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[SharedPayload] = []
        self._complete = False
        self._loading = False
        self._headers = (self.tr("Day"), self.tr("Platform"), self.tr("Kind of task"), self.tr("State"))

    # -- loading ---------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every row; the next page asked for is the first."""
        self.beginResetModel()
        self._rows = []
        self._complete = self._loading = False
        self.endResetModel()

    def add_page(self, page: Sequence[SharedPayload]) -> None:
        """Append a page read at the offset last asked for; a short page means there are no more."""
        self._loading = False
        self._complete = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def page_failed(self) -> None:
        """The page could not be read: stop asking until :meth:`reset` (no request loop on a dead server)."""
        self._loading = False
        self._complete = True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's default argument)
        """More pages may exist and none is being read."""
        return not parent.isValid() and not (self._complete or self._loading)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page (once at a time)."""
        if self.canFetchMore(parent):
            self._loading = True
            self.more_requested.emit(len(self._rows))

    # -- the model -------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Day, platform, kind of task, state."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text (display, tooltip and accessible text)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        payload = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "state":
            return self.state_text(payload)
        return str(getattr(payload, column))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self._headers[section]
        return None

    def payload(self, row: int) -> SharedPayload | None:
        """The payload on ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def state_text(self, payload: SharedPayload) -> str:
        """Queued, sent, or verified in the ledger (with its entry number)."""
        if payload.verified and payload.leaf_index is not None:
            return self.tr("In the ledger, verified (entry {n})").format(n=payload.leaf_index)
        if payload.verified:
            return self.tr("In the ledger, verified")
        if payload.sent:
            return self.tr("Sent, not yet verified")
        return self.tr("Queued")


class SharingView(QDialog):
    """The member's view of what they share with the co-op ledger.

    Signals:
        pause_requested(): the member asked to pause sharing.
        resume_requested(): the member asked to resume it.
        sync_requested(): the member asked to sync now.

    Args:
        parent: the window.
    """

    pause_requested = Signal()
    resume_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What I share with the co-op"))
        self._paused = False
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SharedModel(self)
        self.table = self._make_table()
        self.empty = QLabel(self.tr("Nothing shared yet."), self)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.text = self._make_text()
        self.pause_button = QPushButton(self.tr("&Pause sharing"), self)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.sync_button = QPushButton(self.tr("S&ync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync with the co-op ledger now"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in (self.pause_button, self.sync_button):
            button.setAutoDefault(False)
        self._lay_out()
        self.model.modelReset.connect(self._rows_changed)
        self.model.rowsInserted.connect(self._rows_changed)

    # -- public interface ------------------------------------------------------------------------------

    def set_status(self, status: SharingStatus) -> None:
        """Show the state of sharing and offer *Pause* or *Resume* to match it."""
        self._paused = status.paused
        self.summary.setText(self.status_text(status))
        self.pause_button.setText(self.tr("&Resume sharing") if status.paused else self.tr("&Pause sharing"))
        self.pause_button.setEnabled(status.enrolled)
        self.sync_button.setEnabled(status.enrolled and not status.paused)

    def status_text(self, status: SharingStatus) -> str:
        """The state of sharing in words."""
        if not status.enrolled:
            return self.tr("You have not joined the co-op ledger: nothing is shared (Co-op → Join the co-op ledger…).")
        parts = [
            self.tr("Sharing as {pseudonym} with {server}.").format(
                pseudonym=status.pseudonym or "?", server=status.server_url or "?"
            ),
            self.tr("{sent} sent, {queued} waiting to be sent.").format(sent=status.sent, queued=status.queued),
        ]
        if status.last_checkpoint_size:  # 0 before the first verified checkpoint
            parts.append(self.tr("The ledger was last checked at %Ln entry(ies).", "", status.last_checkpoint_size))
        if status.paused:
            parts.append(self.tr("Sharing is paused: nothing is sent until you resume it."))
        elif not status.consented:
            parts.append(self.tr("Nothing is sent until you agree to what would be sent (at the first sync)."))
        if status.warning:
            parts.append(self.tr("Warning: {warning}").format(warning=status.warning))
        return " ".join(parts)

    def selected(self) -> SharedPayload | None:
        """The payload selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.payload(rows[0].row()) if rows else None

    def shown_text(self) -> str:
        """The payload text on screen now."""
        return self.text.toPlainText()

    # -- building --------------------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Payloads shared with the co-op ledger"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the text: arrows move between rows
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 110), (1, 130), (2, 120)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _make_text(self) -> QPlainTextEdit:
        edit = payload_text_edit(self)
        edit.setAccessibleName(self.tr("Exact text sent for the selected payload"))
        edit.setPlaceholderText(self.tr("Select a payload to see exactly what was sent."))
        return edit

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.sync_button)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.details)
        column.addWidget(self.text, 1)
        upper = QWidget(self)
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Shared payloads"), self)
        label.setBuddy(self.table)
        upper_column.addWidget(label)
        upper_column.addWidget(self.table, 1)
        upper_column.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 300])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 820, 680)

    # -- behaviour -------------------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        if not has_rows:
            self._show(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, payload: SharedPayload | None) -> None:
        if payload is None:
            self.details.setText("")
            self.text.setPlainText("")
            return
        self.details.setText(
            self.tr("Entry {id} — {state}").format(id=payload.entry_id, state=self.model.state_text(payload))
        )
        self.text.setPlainText(payload.text)

    def _toggle_pause(self) -> None:
        if self._paused:
            self.resume_requested.emit()
        else:
            self.pause_requested.emit()


def payload_text_edit(parent: QWidget) -> QPlainTextEdit:
    """A read-only, selectable, unwrapped monospace view of a payload's exact JSON (also the consent dialog's)."""
    edit = QPlainTextEdit(parent)
    edit.setReadOnly(True)
    edit.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return edit
