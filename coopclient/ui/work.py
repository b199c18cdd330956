"""The annotation flow: which task is shown, submitting and skipping, moving between tasks, and timing.

Kept out of the main window so the window stays layout and wiring. Every database call goes through the
ops helper; the GUI thread only validates (pure, fast) and renders. To make "submit → next task" take less
than a frame, the next task is fetched ahead and shown at once, while the submit commits in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QTableView

from coopclient.core.categories import Category
from coopclient.core.changes import HEARTBEAT, IDLE_DECIDED, RESULT_SAVED
from coopclient.core.labeling import validate_result
from coopclient.core.timer import IdleDecision
from coopclient.readmodels.workbench import TaskSummary, TaskView, Workbench
from coopclient.services.container import Services
from coopclient.services.timer import Beat, Recorded, SpanRow
from coopclient.ui.annotation import AnnotationPane
from coopclient.ui.models.task_table import TaskTableModel
from coopclient.ui.ops import Ops, describe


class WorkController(QObject):
    """Drives the task table, the annotation pane and the timer together.

    Signals:
        task_shown(object): the TaskView now displayed (None when nothing is).
        saved(int): a task's result or skip was committed.
        message(str): something the member should read (an error, a confirmation).
        idle_returned(list): the member came back from idle: the pending spans to decide on.
        changed(object): a write finished: its :class:`~coopclient.core.changes.Changes` (views refresh on
            the kinds they show, not on every tick).
        batch_opened(object): a batch (its id, or None for a project) is opened: its figures are due now.
        clocks_changed(): the recorded time behind the clocks was read again: show the clocks now.
    """

    task_shown = Signal(object)
    saved = Signal(int)
    message = Signal(str)
    idle_returned = Signal(list)
    went_idle = Signal()  # a heartbeat found the member idle (once per idle stretch)
    changed = Signal(object)
    clocks_changed = Signal()
    batch_opened = Signal(object)

    def __init__(
        self,
        services: Services,
        workbench: Workbench,
        ops: Ops,
        table: QTableView,
        pane: AnnotationPane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._s = services
        self._wb = workbench
        self._ops = ops
        self._table = table
        self._pane = pane
        self.model = TaskTableModel(ops, workbench.summaries, self)
        table.setModel(self.model)
        table.selectionModel().currentRowChanged.connect(self._on_row)
        self.current: TaskView | None = None
        self._ahead: dict[int, TaskView] = {}
        self._idle_told = False  # went_idle was emitted for the idle stretch the last beat saw
        self._batch: int | None = None
        self._project: int | None = None
        self._filter = "all"
        self._recorded: Recorded | None = None  # what the clocks count from (see task_clock_ms)
        self._suppress_row = False
        self._idle_pending = False
        self._problems_said = False  # the status bar says the current task was not saved
        self.empty_box: QMessageBox | None = None  # the "save with no answer?" question, once asked

    # -- choosing what to show ------------------------------------------------------------------------

    def open_batch(
        self, batch_id: int | None, project_id: int | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """Show a batch's (or project's) tasks, and its first task to do."""
        self._batch, self._project = batch_id, project_id
        self._reload(select_first_todo=True, then=then)
        # "This batch" once showed the batch left behind (or "—" at start) until the next heartbeat.
        self.batch_opened.emit(batch_id)

    def set_filter(self, name: str) -> None:
        """Show all tasks, or only to-do, done, skipped or not-yet-synced ones."""
        self._filter = name
        self._reload(select_first_todo=False)

    def _reload(self, select_first_todo: bool, then: Callable[[], None] | None = None) -> None:
        wb, batch, project, status = self._wb, self._batch, self._project, self._filter

        model = self.model

        def load() -> tuple[list[int], dict[int, TaskSummary], int | None]:
            ids = wb.task_ids(batch, project, status)
            todo = wb.task_ids(batch, project, "todo")[:1] if select_first_todo else []
            return ids, model.first_page(ids), (todo[0] if todo else (ids[0] if ids else None))

        def loaded(found: tuple[list[int], dict[int, TaskSummary], int | None]) -> None:
            ids, rows, first = found
            self._ahead.clear()
            model.set_ids(ids, rows)
            if first is not None:
                self.show_task(first)
            else:
                self._display(None)
            if then is not None:
                then()

        self._ops.run(load, success=loaded)

    def show_task(self, task_id: int) -> None:
        """Show a task (from the look-ahead if it is there) and time it."""
        view = self._ahead.pop(task_id, None)
        if view is not None:
            self._display(view)
        else:
            self._ops.run(lambda: self._wb.task_view(task_id), success=self._display)

    def _display(self, view: TaskView | None) -> None:
        self.current = view
        self._pane.clear_problems()
        if view is None:
            self._pane.clear()
            self.task_shown.emit(None)
            return
        if view.task.unsupported_reason or view.config is None:
            self._pane.show_unsupported(view.task.unsupported_reason or view.config_error or "")
        else:
            self._pane.show_task(
                view.config, view.task.data, view.result, media=view.media, notice=view.remote_note, care=view.care
            )
        self._select_row(view.task.id)
        timer, task_id = self._s.timer, view.task.id

        def focus() -> Recorded:
            if timer.manual_status() is None:  # a manual timer's time and task time never overlap
                timer.focus_task(task_id)
            return timer.recorded(task_id)

        self._ops.run(focus, success=self._on_recorded)
        self._look_ahead(view.task.id)
        self.task_shown.emit(view)

    def _select_row(self, task_id: int) -> None:
        row = self.model.row_of(task_id)
        if row is None:
            return
        self._suppress_row = True
        try:
            self._table.selectRow(row)
            self._table.scrollTo(self.model.index(row, 0))
        finally:
            self._suppress_row = False

    def _on_row(self, current: Any, _previous: Any) -> None:
        if self._suppress_row or not current.isValid():
            return
        task_id = self.model.task_id(current.row())
        if task_id is not None and (self.current is None or self.current.task.id != task_id):
            self.show_task(task_id)

    def _look_ahead(self, task_id: int) -> None:
        """Fetch the next task's view so moving on needs no wait."""
        row = self.model.row_of(task_id)
        following = self.model.task_id(row + 1) if row is not None else None
        if following is None or following in self._ahead:
            return
        wb = self._wb
        self._ops.run(lambda: wb.task_view(following), success=lambda v: self._ahead_ready(following, v))

    def _ahead_ready(self, task_id: int, view: TaskView) -> None:
        """Keep the next task's view, and have its images decoded before it is shown."""
        self._ahead[task_id] = view
        if view.config is not None and not view.task.unsupported_reason:
            soft = view.care is not None and view.care.blur  # a flagged image is prepared softened
            self._pane.prefetch(view.config, view.task.data, view.media, soft)

    # -- acting on the current task --------------------------------------------------------------------

    def submit(self) -> bool:
        """Validate and save the current annotation, then move on.

        False when nothing was saved: the reasons are shown, or (an empty answer) the member is asked first.
        """
        view = self.current
        if view is None or view.config is None or view.task.unsupported_reason:
            return False
        result = self._pane.result()
        problems = validate_result(view.config, view.task.data, result)
        if problems:
            self._pane.show_problems(problems)
            self.message.emit(self.tr("Not saved: %n problem(s) shown beside the fields", "", len(problems)))
            self._problems_said = True
            return False
        if not result:
            self._confirm_empty(view)
            return False
        self._save(view, lambda: self._s.results.submit(view.task.id, result), "done")
        return True

    def _confirm_empty(self, view: TaskView) -> None:
        """Ask before an empty answer is saved as done (and paid): Enter saves it, Escape goes back to the task.

        A second Ctrl+Enter, or an image task with no box, once saved an empty answer without a word; a task
        may truly have nothing to mark (no entity, no car), so it is asked, not refused.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save with no answer?"),
            self.tr("Task {n} has no answer yet. Save it as done with no answer?").format(n=view.task.seq),
            QMessageBox.StandardButton.NoButton,
            self._pane.window(),
        )
        save = box.addButton(self.tr("&Save with no answer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Go back to the task"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)  # Enter: one key to confirm; Ctrl+Enter again does not (the dialog's rule)
        self.empty_box = box

        def answered(_code: int) -> None:
            if box.clickedButton() is save and self.current is view:
                self._save(view, lambda: self._s.results.submit(view.task.id, []), "done")
            else:
                self._pane.setFocus()

        box.finished.connect(answered)
        box.open()

    def _timed(self, op: Callable[[], object]) -> Callable[[], object]:
        """``op`` after a heartbeat, so the result's lead time includes the seconds since the last one."""
        timer = self._s.timer

        def run() -> object:
            if timer.running and timer.current_task is not None:
                beat = timer.heartbeat()
                if beat.idle_ended:
                    self._idle_pending = True
            return op()

        return run

    def skip(self) -> None:
        """Skip the current task (no pay) and move on."""
        view = self.current
        if view is not None:
            self._save(view, lambda: self._s.results.skip(view.task.id), "skipped")

    def _save(self, view: TaskView, op: Callable[[], object], status: str) -> None:
        if self._problems_said:  # "Not saved: …" is about the task left behind, not the next one
            self._problems_said = False
            self.message.emit("")
        summary = self.model.summary(view.task.id)
        if summary is not None:
            self.model.update_summary(replace(summary, status=status))
        task_id = view.task.id

        def failed(error: BaseException) -> None:
            self.message.emit(self.tr("Task {n} was not saved: {why}").format(n=view.task.seq, why=describe(error)))
            self.model.refresh([task_id])
            self.show_task(task_id)

        def done(_: object) -> None:
            if self._idle_pending:
                self._idle_pending = False
                self._on_beat(Beat(idle=False, idle_ended=True, jumped=False))
            self.model.refresh([task_id])
            self.saved.emit(task_id)
            self.changed.emit(RESULT_SAVED)

        self._ops.run(self._timed(op), success=done, failure=failed)
        self.move(+1)

    def move(self, step: int) -> None:
        """Show the next (+1) or previous (-1) task in the list."""
        if self.current is None:
            return
        row = self.model.row_of(self.current.task.id)
        target = self.model.task_id(row + step) if row is not None else None
        if target is not None:
            self.show_task(target)

    def toggle_distressing(self) -> None:
        """Mark the shown task's batch as possibly distressing, or unmark it; the task is shown again at once
        (softened or not), keeping the answer so far."""
        view = self.current
        if view is None:
            return
        batches, batch_id, flagged = self._s.batches, view.task.batch_id, view.care is not None
        warning = None if flagged else self.tr("marked by you")
        said = self.tr("This batch is no longer marked") if flagged else self.tr("This batch is marked as distressing")

        def done(_: object) -> None:
            self._ahead.clear()
            self.message.emit(said)
            if self.current is view:
                answer = self._pane.result()
                self._ops.run(
                    lambda: self._wb.task_view(view.task.id), lambda v: self._display(replace(v, result=answer))
                )

        self._ops.run(lambda: batches.set_flag(batch_id, warning), success=done)

    def undo(self) -> None:
        """Undo the last change to the current annotation."""
        if not self._pane.undo():
            self.message.emit(self.tr("Nothing to undo"))

    # -- timing ------------------------------------------------------------------------------------------

    def input_seen(self) -> None:
        """The member pressed a key or moved the mouse (memory only, on every input event).

        The first input after an idle stretch beats at once, so the idle question comes with the member's
        return: waiting for the next heartbeat showed it seconds later, over work already begun.
        """
        timer = self._s.timer
        was_idle = timer.running and timer.is_idle
        timer.input_seen()
        if was_idle:
            self.heartbeat()

    def heartbeat(self) -> None:
        """Save the running timer durably (called every heartbeat interval)."""
        timer = self._s.timer
        if timer.running:
            self._ops.run(timer.heartbeat, success=self._on_beat)

    def _on_beat(self, beat: Beat) -> None:
        if beat.idle and not self._idle_told:
            self.went_idle.emit()
        self._idle_told = beat.idle
        if beat.idle_ended:
            self._ops.run(self._s.timer.pending_idle, success=self._ask_idle)
        self.refresh_clocks()
        self.changed.emit(HEARTBEAT)

    def manual_changed(self) -> None:
        """A manual timer started or stopped: once it stopped, time the task shown again; re-read the clocks.

        Stopping a manual timer once left the task shown untimed while its clock went on counting.
        """
        timer = self._s.timer
        task_id = self.current.task.id if self.current is not None else None

        def resume() -> Recorded:
            if task_id is not None and not timer.running and timer.manual_status() is None:
                timer.focus_task(task_id)
            return timer.recorded(task_id)

        self._ops.run(resume, success=self._on_recorded)
        self.changed.emit(HEARTBEAT)

    def refresh_clocks(self) -> None:
        """Read again the recorded time the clocks count from (after any write to the spans)."""
        timer = self._s.timer
        task_id = self.current.task.id if self.current is not None else None
        self._ops.run(lambda: timer.recorded(task_id), success=self._on_recorded)

    def _on_recorded(self, recorded: Recorded) -> None:
        self._recorded = recorded
        self.clocks_changed.emit()

    def _ask_idle(self, spans: list[SpanRow]) -> None:
        if spans:
            self.idle_returned.emit(spans)

    def decide_idle(self, spans: list[SpanRow], decision: IdleDecision, category: Category | None) -> None:
        """Record the member's decision on idle spans."""
        ids = [s.id for s in spans]
        self._ops.run(
            lambda: self._s.timer.decide_idle(ids, decision, category),
            success=lambda _: self._decided(),
        )

    def _decided(self) -> None:
        self.refresh_clocks()  # time kept now counts; time discarded never did
        self.changed.emit(IDLE_DECIDED)

    def _reading(self) -> Recorded | None:
        """The recorded time for the task shown (None until it is read: no clock guesses meanwhile)."""
        recorded = self._recorded
        shown = self.current.task.id if self.current is not None else None
        return recorded if recorded is not None and recorded.task_id == shown else None

    def task_clock_ms(self) -> int | None:
        """Time on the current task: its recorded time plus what the open span gained since (no I/O).

        Derived from the same spans the store holds (and pays), so the clock never shows time that will
        not be recorded: a manual timer, idle time or a discarded stretch stop it as they stop the record.
        """
        recorded = self._reading()
        if recorded is None or self.current is None:
            return None
        live = recorded.live
        timed_here = live is not None and live.task_id == recorded.task_id
        return recorded.task_ms + (self._s.timer.gained_ms(recorded) if timed_here else 0)

    def show_task_time(self) -> None:
        """Show the task clock in the task's row too (each tick; memory only), so the table agrees with it."""
        ms = self.task_clock_ms()
        self.model.set_live_time(self.current.task.id if self.current is not None else None, ms)

    def session_clock_ms(self) -> int | None:
        """Time this session: the live session's recorded time plus its gain, or the manual timer's (no I/O)."""
        recorded = self._recorded
        if recorded is None:
            return None
        if recorded.manual is not None:  # measured on the wall clock, as stop_manual records it
            return max(0, self._s.clock.now().wall_ms - recorded.manual.started_ms)
        if recorded.live is None:
            return None
        return recorded.session_ms + self._s.timer.gained_ms(recorded)

    def gained_ms(self) -> tuple[int, bool]:
        """What the open span gained since the recorded time was read, and whether it counts for the batch
        shown (memory only): the earnings panel adds it to the time it read with the same reading."""
        recorded = self._recorded
        if recorded is None or recorded.live is None:
            return 0, False
        current = self.current
        in_batch = (
            current is not None
            and recorded.live.task_id == current.task.id
            and self._batch is not None
            and current.task.batch_id == self._batch
        )
        return self._s.timer.gained_ms(recorded), in_batch

    def timer_state(self) -> tuple[str, str | None]:
        """What the timer does now, for the status bar: ("manual", its category), ("idle" | "active" |
        "stopped", None). Memory only."""
        recorded = self._recorded
        if recorded is not None and recorded.manual is not None:
            return "manual", recorded.manual.category
        timer = self._s.timer
        if not timer.running:
            return "stopped", None
        return ("idle" if timer.is_idle else "active"), None

    @property
    def batch(self) -> int | None:
        """The batch being shown, if one is."""
        return self._batch
