"""Issue 15, part 2, as the member meets it: the import dialog says what the batch is estimated to pay once a
config and a rate are chosen (read on the database lane, never the GUI thread), in words and the floor's
colour; or that there is not enough history yet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopclient.core.money import Money
from coopclient.core.piece_rate import PieceRate
from coopclient.services.batches import read_config
from coopclient.services.container import Services
from coopclient.services.earnings import EarningKind
from coopclient.services.estimates import EstimateService, Quote
from coopclient.ui.import_batch import ImportDialog
from coopclient.ui.ops import Ops
from coopclient.ui.views.earnings_panel import EarningsPanel
from tests.history import finish_tasks

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
TIMES_S = [20, 22, 24, 25, 30, 30, 35, 40, 45, 60, 30, 28]  # median 30 s


class Recording(EstimateService):
    """The real estimates, noting the thread each quote is read on."""

    def __init__(self, inner: EstimateService) -> None:
        self._inner = inner
        self.threads: list[threading.Thread] = []

    def quote_file(self, config_path: Path, rate: PieceRate) -> Quote:
        self.threads.append(threading.current_thread())
        return self._inner.quote_file(config_path, rate)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.xml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.fixture
def lanes() -> Iterator[Ops]:
    ops = Ops()  # real lanes: the estimate is read on the database lane
    yield ops
    ops.shutdown()


def _history(services: Services, tmp_path: Path, config: Path) -> None:
    batch = tmp_path / "done.jsonl"
    batch.write_text("".join(f'{{"text": "t{i}"}}\n' for i in range(len(TIMES_S))), encoding="utf-8")
    imported = services.batches.import_file(batch, read_config(config))
    with services.db.conn:
        finish_tasks(services.db.conn, imported.batch_id, TIMES_S)


def _dialog(qtbot: QtBot, lanes: Ops, estimates: EstimateService) -> ImportDialog:
    dialog = ImportDialog(None, lanes, estimates)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_estimate_shows_below_the_floor_in_its_colour(
    qtbot: QtBot, services: Services, lanes: Ops, tmp_path: Path, config: Path
) -> None:
    _history(services, tmp_path, config)
    services.earnings.set_floor(Money("12", "EUR"), date(2020, 1, 1))
    estimates = Recording(services.estimates)
    dialog = _dialog(qtbot, lanes, estimates)
    assert dialog.estimate.isHidden()
    dialog.config.setText(str(config))
    dialog.rate.setText("0.04 EUR")
    qtbot.waitUntil(lambda: dialog.estimate.isVisible())
    assert dialog.estimate.text() == (
        "About 4.80 EUR/h (3.97 EUR/h to 5.82 EUR/h for half your tasks, from your pace on 12 tasks)"
        " — 7.20 EUR/h below the floor"
    )
    assert dialog.estimate.property("standing") == "below"
    label = dialog.estimate  # its two or three lines all shown: once, only the first was
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5
    assert estimates.threads and threading.main_thread() not in estimates.threads
    reads = len(estimates.threads)
    dialog.rate.setText("0.08 EUR")  # another rate, the same kind of task: the pace is not read again
    assert dialog.estimate.text().startswith("About 9.60 EUR/h (7.94 EUR/h to 11.64 EUR/h")
    assert len(estimates.threads) == reads


def test_above_the_floor_is_said_and_coloured_so(
    qtbot: QtBot, services: Services, lanes: Ops, tmp_path: Path, config: Path
) -> None:
    _history(services, tmp_path, config)
    services.earnings.set_floor(Money("4", "EUR"), date(2020, 1, 1))
    dialog = _dialog(qtbot, lanes, services.estimates)
    dialog.config.setText(str(config))
    dialog.rate.setText("0.04 EUR per task")
    qtbot.waitUntil(lambda: "above the floor" in dialog.estimate.text())
    assert dialog.estimate.text().endswith("— 0.80 EUR/h above the floor")
    assert dialog.estimate.property("standing") == "above"


def test_without_enough_history_it_says_so_and_without_a_rate_it_says_nothing(
    qtbot: QtBot, services: Services, lanes: Ops, config: Path
) -> None:
    dialog = _dialog(qtbot, lanes, services.estimates)
    dialog.config.setText(str(config))
    dialog.rate.setText("0.04 EUR")
    qtbot.waitUntil(lambda: dialog.estimate.isVisible())
    assert dialog.estimate.text() == "No estimate: not enough history yet (0 of 10 tasks of this kind finished)."
    assert dialog.estimate.property("standing") == ""
    dialog.rate.setText("")
    assert dialog.estimate.isHidden()


def test_the_manual_timer_turns_an_announced_reward_and_minutes_into_a_wage_against_the_floor(qtbot: QtBot) -> None:
    from coopclient.ui.dialogs.manual_timer import ManualTimerDialog

    dialog = ManualTimerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reward_edit.setText("1.50 EUR")
    assert dialog.estimate.isHidden()  # no minutes yet: no wage
    dialog.minutes_spin.setValue(10)
    assert dialog.estimate.text() == "About 9.00 EUR/h as announced — set the wage floor to see how it compares"
    dialog.set_floor(Money("12", "EUR"))  # read by the window in the background
    assert dialog.estimate.text() == "About 9.00 EUR/h as announced — 3.00 EUR/h below the floor"
    assert dialog.estimate.property("standing") == "below"
    dialog.minutes_spin.setValue(5)
    assert dialog.estimate.text() == "About 18.00 EUR/h as announced — 6.00 EUR/h above the floor"
    assert dialog.estimate.property("standing") == "above"
    dialog.reward_edit.setText("lots")
    assert dialog.estimate.isHidden()


def test_this_batch_compares_what_it_paid_with_the_estimate_made_at_its_import(
    qtbot: QtBot, services: Services, tmp_path: Path, config: Path
) -> None:
    _history(services, tmp_path, config)
    services.earnings.set_floor(Money("12", "EUR"), date(2020, 1, 1))
    batch = tmp_path / "new.jsonl"
    batch.write_text("".join(f'{{"text": "n{i}"}}\n' for i in range(5)), encoding="utf-8")
    rate = PieceRate.parse("0.04 EUR per task")
    imported = services.batches.import_file(batch, read_config(config), "New", rate)
    with services.db.conn:
        finish_tasks(services.db.conn, imported.batch_id, [40] * 5)  # slower than the history's 30 s
    for (task_id,) in services.db.execute("SELECT id FROM tasks WHERE batch_id = ?", [imported.batch_id]):
        services.earnings.add(EarningKind.PIECE_RATE, rate.amount, date(2026, 3, 2), task_id=task_id)
    summary = services.workbench.earnings(date(2026, 3, 2), imported.batch_id)
    panel = EarningsPanel()
    qtbot.addWidget(panel)
    panel.show_summary(summary)
    tip = panel.cell("batch", "wage_all_in").toolTip()
    assert "Estimated at import: 4.80 EUR/h (3.97 EUR/h to 5.82 EUR/h); paid so far: 3.60 EUR/h all-in." in tip
    assert "Estimated at import" in panel.cell("batch", "standing").toolTip()
    assert "Estimated at import" not in panel.cell("today", "wage_all_in").toolTip()
