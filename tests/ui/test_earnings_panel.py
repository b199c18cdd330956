"""The earnings panel and its week chart render report rows built by the real core functions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from coopclient.core.fx import FxTable
from coopclient.core.money import Money
from coopclient.core.report import MoneyRow, Report, ReportRow, TimeRow, build_report
from coopclient.core.wages import WageFloor
from coopclient.readmodels.workbench import EarningsSummary
from coopclient.ui.views.earnings_panel import EarningsPanel, Standing, floor_standing
from coopclient.ui.views.week_chart import WeekChart

MONDAY = date(2026, 3, 2)
FLOOR = Money("12.00", "EUR")
MINUTE = 60_000


def day_rows(
    day: date,
    *,
    annotating_min: int,
    earned: str,
    searching_min: int = 0,
    fee: str = "0",
    payout: str = "0",
    idle_min: int = 0,
) -> tuple[list[TimeRow], list[MoneyRow]]:
    """Time and money rows of one day, grouped by the day's ISO date (as the week report groups them)."""
    group = day.isoformat()
    time = [TimeRow(group, day, "annotating", annotating_min * MINUTE)]
    if searching_min:
        time.append(TimeRow(group, day, "searching", searching_min * MINUTE))
    if idle_min:
        time.append(TimeRow(group, day, "~pending", idle_min * MINUTE))
    money = [MoneyRow(group, day, "piece_rate", Money(earned, "EUR"))]
    if fee != "0":
        money.append(MoneyRow(group, day, "fee", Money(fee, "EUR")))
    if payout != "0":
        money.append(MoneyRow(group, day, "payout", Money(payout, "EUR")))
    return time, money


def report_of(days: list[tuple[list[TimeRow], list[MoneyRow]]], floor: Money | None = FLOOR) -> Report:
    """Build the week's report with the real core function, the floor in force since January."""
    floors = [WageFloor(floor, date(2026, 1, 1))] if floor is not None else []
    time = [t for ts, _ in days for t in ts]
    money = [m for _, ms in days for m in ms]
    return build_report(time, money, currency="EUR", fx=FxTable(), floors=floors, group_by="day")


def summary_of(report: Report, today: date, batch: ReportRow | None = None) -> EarningsSummary:
    """The panel's summary, assembled the way Workbench.earnings assembles it."""
    by_day = {row.key: row for row in report.rows}
    week_days = [(MONDAY + timedelta(days=i), by_day.get((MONDAY + timedelta(days=i)).isoformat())) for i in range(7)]
    return EarningsSummary("EUR", batch, by_day.get(today.isoformat()), report.totals, week_days, report)


def realistic_week() -> EarningsSummary:
    """Mon–Fri worked: most days below a 12 EUR/h floor, Thursday above it; Saturday and Sunday off."""
    report = report_of(
        [
            day_rows(MONDAY, annotating_min=190, searching_min=35, earned="31.20", fee="-1.10"),
            day_rows(MONDAY + timedelta(1), annotating_min=240, searching_min=20, earned="44.80", payout="40.00"),
            day_rows(MONDAY + timedelta(2), annotating_min=150, searching_min=45, earned="27.30", fee="-0.80"),
            day_rows(MONDAY + timedelta(3), annotating_min=210, searching_min=10, earned="58.10"),
            day_rows(MONDAY + timedelta(4), annotating_min=125, searching_min=25, earned="26.40", idle_min=12),
        ]
    )
    batch = report_of([day_rows(MONDAY + timedelta(4), annotating_min=95, searching_min=5, earned="21.50")]).totals
    return summary_of(report, MONDAY + timedelta(4), batch)


def single_day(earned: str, floor: Money | None = FLOOR) -> EarningsSummary:
    """One hour of annotating on Monday earning ``earned``; that Monday is today."""
    report = report_of([day_rows(MONDAY, annotating_min=60, earned=earned)], floor)
    return summary_of(report, MONDAY)


@pytest.fixture
def panel(qtbot: QtBot) -> EarningsPanel:
    widget = EarningsPanel()
    qtbot.addWidget(widget)
    return widget


def texts(panel: EarningsPanel, period: str, *keys: str) -> list[str]:
    return [panel.cell(period, key).text() for key in keys]


def test_shows_the_four_wages_floor_and_gap_of_a_day_below_the_floor(panel: EarningsPanel) -> None:
    # 2 h annotating + 30 min searching; 25.00 earned, 1.00 fee, 20.00 received.
    report = report_of(
        [day_rows(MONDAY, annotating_min=120, searching_min=30, earned="25.00", fee="-1.00", payout="20")]
    )
    panel.show_summary(summary_of(report, MONDAY))

    wages = texts(panel, "today", "wage_task", "wage_session", "wage_all_in", "wage_received")
    assert wages == ["12.50 EUR/h", "12.50 EUR/h", "9.60 EUR/h", "8.00 EUR/h"]
    assert texts(panel, "today", "hours_task", "hours_session", "hours_all_in") == [
        "2:00:00",
        "2:00:00",
        "2:30:00",
    ]
    assert texts(panel, "today", "earned", "fees", "received") == ["25.00 EUR", "-1.00 EUR", "20.00 EUR"]
    # Below the floor: all 2.5 all-in hours count; 12 × 2.5 − 24 = 6.00 short.
    assert texts(panel, "today", "floor", "hours_below", "shortfall") == ["12.00 EUR/h", "2:30:00", "6.00 EUR"]
    assert texts(panel, "week", "wage_all_in", "shortfall") == ["9.60 EUR/h", "6.00 EUR"]
    assert panel.cell("today", "standing").text() == "below the floor"


def test_each_wage_is_labelled_and_carries_its_formula(panel: EarningsPanel) -> None:
    panel.show_summary(realistic_week())

    cell = panel.cell("today", "wage_all_in")
    assert cell.accessibleName() == "All-in wage today"
    assert "session time + unpaid work" in cell.toolTip()
    assert "earned ÷ time on tasks" in panel.cell("week", "wage_task").toolTip()
    assert "÷ session time" in panel.cell("batch", "wage_session").toolTip()
    assert "÷ all-in time" in panel.cell("batch", "wage_received").toolTip()
    assert panel.cell("batch", "wage_received").accessibleName() == "Money-received wage this batch"


@pytest.mark.parametrize(
    ("earned", "standing", "word"),
    [
        ("11.99", Standing.BELOW, "below the floor"),
        ("12.00", Standing.NEAR, "near the floor"),  # exactly at the floor
        ("12.60", Standing.NEAR, "near the floor"),  # 5 % above it
        ("13.20", Standing.ABOVE, "above the floor"),  # 10 % above it
        ("20.00", Standing.ABOVE, "above the floor"),
    ],
)
def test_the_all_in_wage_is_classified_against_the_floor_by_colour_and_word(
    panel: EarningsPanel, earned: str, standing: Standing, word: str
) -> None:
    panel.show_summary(single_day(earned))

    wage = panel.cell("today", "wage_all_in")
    assert wage.text() == f"{Money(earned, 'EUR').rounded()}/h"
    assert wage.property("standing") == standing.value
    assert "background-color" in wage.styleSheet()
    assert panel.cell("today", "standing").text() == word
    assert floor_standing(Money(earned, "EUR"), FLOOR) is standing


def test_no_time_shows_a_dash_with_a_reason(panel: EarningsPanel) -> None:
    panel.show_summary(single_day("12.00"))  # no batch: the batch column is empty

    for key in ("wage_task", "wage_session", "wage_all_in", "wage_received"):
        cell = panel.cell("batch", key)
        assert cell.text() == "—"
        assert "no time recorded yet" in cell.toolTip()
    assert panel.cell("batch", "wage_all_in").property("standing") == ""
    assert "background-color" not in panel.cell("batch", "wage_all_in").styleSheet()


def test_a_day_with_money_but_no_time_has_no_wage(panel: EarningsPanel) -> None:
    report = report_of([([], [MoneyRow(MONDAY.isoformat(), MONDAY, "bonus", Money("2.00", "EUR"))])])
    panel.show_summary(summary_of(report, MONDAY))

    assert panel.cell("today", "earned").text() == "2.00 EUR"
    assert panel.cell("today", "wage_all_in").text() == "—"
    assert "no time recorded yet" in panel.cell("today", "wage_all_in").toolTip()
    assert panel.cell("today", "standing").text() == "—"


def test_without_a_floor_nothing_is_coloured(panel: EarningsPanel) -> None:
    panel.show_summary(single_day("9.00", floor=None))

    assert panel.cell("today", "wage_all_in").text() == "9.00 EUR/h"
    assert panel.cell("today", "wage_all_in").property("standing") == ""
    assert panel.cell("today", "floor").text() == "—"
    assert "no wage floor set" in panel.cell("today", "floor").toolTip()
    assert panel.chart.floor_points() == []


def test_idle_awaiting_a_decision_shows_only_when_there_is_some(panel: EarningsPanel) -> None:
    panel.show_summary(single_day("12.00"))
    assert panel.cell("today", "hours_idle").isHidden()

    panel.show_summary(realistic_week())
    assert not panel.cell("today", "hours_idle").isHidden()
    assert panel.cell("today", "hours_idle").text() == "12:00"


def test_clear_empties_every_figure(panel: EarningsPanel) -> None:
    panel.show_summary(realistic_week())
    panel.clear()

    assert all(panel.cell(p, "wage_all_in").text() == "—" for p in ("batch", "today", "week"))
    assert panel.chart.bar_values() == [0.0] * 7


def test_the_week_chart_has_seven_days_a_bar_per_worked_day_and_the_floor_line(qtbot: QtBot) -> None:
    summary = realistic_week()
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.set_days(summary.week_days, FLOOR, "EUR")

    assert chart.categories() == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    values = chart.bar_values()
    assert len(values) == 7
    assert values[5:] == [0.0, 0.0]  # the weekend: no time, no bar
    thursday = summary.week_days[3][1]
    assert thursday is not None and thursday.wages.all_in is not None
    assert values[3] == pytest.approx(float(thursday.wages.all_in.rounded().amount))
    assert values[3] > 12 > values[0]
    points = chart.floor_points()
    assert [y for _, y in points] == [12.0, 12.0]
    assert points[0][0] <= -0.5 and points[-1][0] >= 6.5  # across the whole week
    assert "EUR" in chart.axis_title()
    names = [marker.label() for marker in chart.chart().legend().markers()]
    assert names == ["All-in per hour", "Wage floor"]


def test_the_panel_feeds_its_chart(panel: EarningsPanel) -> None:
    summary = realistic_week()
    panel.show_summary(summary)

    assert panel.chart.floor_points()[0][1] == 12.0
    assert sum(1 for v in panel.chart.bar_values() if v > 0) == 5
    assert panel.cell("week", "hours_below").text() != "0:00"
    assert summary.week.gap.hours_below > Decimal(0)


def test_one_line_says_today_s_wage_against_the_floor(qtbot: QtBot, panel: EarningsPanel) -> None:
    """Issue 11.10: the verdict at a glance, the details below it."""
    panel.resize(1200, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.verdict.text() == "No work timed yet today or this week."
    panel.show_summary(single_day("9.97"))  # one hour: 9.97 EUR/h against 12.00
    assert panel.verdict.text() == "Today 9.97 EUR/h all-in — 2.03 EUR/h below the floor; 2.03 EUR short"
    assert panel.verdict.property("standing") == "below"
    panel.show_summary(single_day("13.20"))
    assert panel.verdict.text() == "Today 13.20 EUR/h all-in — 1.20 EUR/h above the floor"
    panel.show_summary(single_day("13.20", floor=None))
    assert panel.verdict.text() == "Today 13.20 EUR/h all-in — set the wage floor to see how it compares"
    assert panel.verdict.width() >= panel.verdict.sizeHint().width()  # its new words are not cut (once they were)
    week = realistic_week()
    panel.show_summary(EarningsSummary(week.currency, None, None, week.week, week.week_days, week.report))
    assert panel.verdict.text().startswith("This week ")


def seconds_of_work(earned: str, seconds: int = 10) -> EarningsSummary:
    """A few seconds of annotating on Monday earning ``earned``; that Monday is today."""
    time = [TimeRow(MONDAY.isoformat(), MONDAY, "annotating", seconds * 1000)]
    money = [MoneyRow(MONDAY.isoformat(), MONDAY, "piece_rate", Money(earned, "EUR"))]
    return summary_of(report_of([(time, money)]), MONDAY)


def test_times_under_an_hour_show_their_seconds(panel: EarningsPanel) -> None:
    """Issue 11.10: whole minutes showed "0 h 00 min" beside a wage of 19.99 EUR/h."""
    panel.show_summary(seconds_of_work("0.0555", seconds=10))  # 19.98 EUR/h

    assert texts(panel, "today", "hours_task", "hours_all_in", "wage_task") == ["0:10", "0:10", "19.98 EUR/h"]
    panel.show_summary(realistic_week())
    assert panel.cell("week", "hours_all_in").text() == "17:30:00"  # h:mm:ss past an hour, as the clocks


def test_below_the_floor_never_shows_beside_a_shortfall_of_nothing(panel: EarningsPanel) -> None:
    """Ten seconds at 11.88 EUR/h owe 0.0003 EUR: "below the floor" beside "0.00 EUR" short read as nonsense."""
    panel.show_summary(seconds_of_work("0.033"))

    assert panel.cell("today", "shortfall").text() == "under 0.01 EUR"  # it was "0.00 EUR": owed, if barely
    assert panel.cell("today", "standing").text() != "below the floor"
    assert panel.cell("today", "wage_all_in").property("standing") != "below"
    assert "below" not in panel.verdict.text()
    panel.show_summary(single_day("11.99"))  # an hour at 11.99 owes a cent: that is below
    assert panel.cell("today", "standing").text() == "below the floor"
    assert panel.cell("today", "shortfall").text() == "0.01 EUR"


def test_the_first_seconds_at_nothing_an_hour_are_below_the_floor_not_near_it(panel: EarningsPanel) -> None:
    """A second at 0.00 an hour owes 0.003 EUR against a 12.00 floor: it once read "near the floor"."""
    panel.show_summary(seconds_of_work("0", seconds=1))

    assert panel.cell("today", "wage_all_in").text() == "0.00 EUR/h"
    assert panel.cell("today", "standing").text() == "below the floor"
    assert panel.cell("today", "shortfall").text() == "under 0.01 EUR"  # never "below" beside "0.00"
    assert panel.verdict.text() == "Today 0.00 EUR/h all-in — 12.00 EUR/h below the floor; under 0.01 EUR short"
