"""The lazy task table model: qtmodeltester, paging, refresh without reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coopclient.core.money import Money
from coopclient.readmodels.workbench import TaskSummary
from coopclient.ui.models.task_table import PAGE, IdRole, TaskTableModel, duration_text
from coopclient.ui.ops import ImmediateExecutor, Ops


def fake_rows(calls: list[list[int]]) -> Callable[[list[int]], dict[int, TaskSummary]]:
    def fetch(ids: list[int]) -> dict[int, TaskSummary]:
        calls.append(list(ids))
        return {
            i: TaskSummary(
                i,
                i,
                "todo" if i % 2 else "done",
                "P",
                f"text {i}",
                i * 1000,
                Money.from_micros(40_000, "EUR") if i % 2 == 0 else None,
                "local",
                False,
            )
            for i in ids
        }

    return fetch


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    calls: list[list[int]] = []
    ops = Ops(ImmediateExecutor())
    model = TaskTableModel(ops, fake_rows(calls))
    model.set_ids(list(range(1, 501)))
    qtmodeltester.check(model)


def test_rows_load_a_page_at_a_time_and_only_once(qtbot: QtBot) -> None:
    calls: list[list[int]] = []
    model = TaskTableModel(Ops(ImmediateExecutor()), fake_rows(calls))
    model.set_ids(list(range(1, 100_001)))
    assert calls == []  # ids only, nothing fetched yet
    assert model.rowCount() == 100_000
    assert model.data(model.index(5, 2)) == "text 6"
    assert model.data(model.index(PAGE - 1, 2)) == f"text {PAGE}"
    assert len(calls) == 1
    assert len(calls[0]) == PAGE
    assert model.data(model.index(99_999, 0)) == "100000"
    assert len(calls) == 2
    assert model.data(model.index(7, 0), IdRole) == 8
    assert model.data(model.index(1, 4)) == "0.04 EUR"
    assert model.data(model.index(2, 3)) == "0:03"


def test_the_first_page_read_with_the_ids_shows_its_rows_without_another_read(qtbot: QtBot) -> None:
    # At start-up the rows came one database op after the ids, queued behind whatever else started meanwhile
    # (the co-op status took 88 ms there): now the first page is read in the op that reads the ids.
    calls: list[list[int]] = []
    model = TaskTableModel(Ops(ImmediateExecutor()), fake_rows(calls))
    ids = list(range(1, 1001))
    first = model.first_page(ids)
    model.set_ids(ids, first)
    assert calls == [ids[:PAGE]]
    assert model.data(model.index(0, 2)) == "text 1"
    assert model.data(model.index(PAGE - 1, 2)) == f"text {PAGE}"
    assert calls == [ids[:PAGE]]  # no second read of the first page
    assert model.data(model.index(PAGE, 2)) == f"text {PAGE + 1}"
    assert calls[1] == ids[PAGE : 2 * PAGE]


def test_refresh_updates_rows_without_reset(qtbot: QtBot) -> None:
    calls: list[list[int]] = []
    model = TaskTableModel(Ops(ImmediateExecutor()), fake_rows(calls))
    model.set_ids([10, 11, 12])
    model.data(model.index(0, 0))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh([11])
    assert resets == []
    assert calls[-1] == [11]


def test_placeholder_until_loaded(qtbot: QtBot) -> None:
    pending: list = []

    class Deferred(ImmediateExecutor):
        # Holds the op instead of running it; Ops never reads the Future an executor returns.
        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
            pending.append((fn, args, kwargs))
            return None

    model = TaskTableModel(Ops(Deferred()), fake_rows([]))
    model.set_ids([1, 2])
    assert model.data(model.index(0, 2)) == "…"
    assert model.data(model.index(0, 0)) is None
    fn, args, kwargs = pending.pop()
    fn(*args, **kwargs)
    assert model.data(model.index(0, 2)) == "text 1"


def test_durations() -> None:
    assert duration_text(0) == "0:00"
    assert duration_text(61_000) == "1:01"
    assert duration_text(3_726_000) == "1:02:06"
