"""The four wage definitions, the floor gap and report assembly: examples and properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.categories import Category, parse_category
from coopclient.core.fx import FxTable, Rate
from coopclient.core.money import Money
from coopclient.core.report import MoneyRow, TimeRow, build_report
from coopclient.core.wages import MoneyTotals, TimeTotals, WageFloor, floor_gap, floor_on, wages

EUR = "EUR"
MIN = 60_000


def eur(x: str) -> Money:
    return Money(Decimal(x), EUR)


def test_the_four_wages_on_a_worked_example() -> None:
    # 100 tasks at 0.04 EUR in 30 min of task time; 6 min returned work and 4 min of bridged gaps;
    # 20 min searching and 10 min payment admin; a 0.50 EUR PayPal fee; 3 EUR received.
    time = TimeTotals(
        {
            Category.ANNOTATING: 30 * MIN,
            Category.RETURNED: 6 * MIN,
            Category.SEARCHING: 20 * MIN,
            Category.PAYMENT_ADMIN: 10 * MIN,
            Category.BREAK: 15 * MIN,
        },
        bridged_gap_ms=4 * MIN,
        pending_idle_ms=7 * MIN,
    )
    money = MoneyTotals(eur("4.00"), eur("-0.50"), eur("3.00"))
    w = wages(time, money)
    assert time.session_ms == 40 * MIN
    assert time.all_in_ms == 70 * MIN
    assert w.task == eur("8")
    assert w.session == eur("6")
    assert w.all_in == eur("3.50") / (Decimal(70) / 60)
    assert w.received is not None
    assert w.received.rounded() == eur("2.57")
    gap = floor_gap(time, money, eur("12"))
    assert gap.hours_below == Decimal(70) / 60
    assert gap.shortfall == eur("12") * (Decimal(70) / 60) - eur("3.50")


def test_no_time_means_no_wage_not_a_division_error() -> None:
    w = wages(TimeTotals(), MoneyTotals(eur("1"), eur("0"), eur("0")))
    assert (w.task, w.session, w.all_in, w.received) == (None, None, None, None)
    assert floor_gap(TimeTotals(), MoneyTotals.zero(EUR), eur("10")).hours_below == 0


def test_floor_in_force_and_regional_factor() -> None:
    floors = [WageFloor(eur("10"), date(2026, 1, 1)), WageFloor(eur("12"), date(2026, 7, 1), {"KE": Decimal("0.5")})]
    assert floor_on(floors, date(2025, 12, 31)) is None
    june = floor_on(floors, date(2026, 6, 30))
    assert june is not None
    assert june.hourly == eur("10")
    july = floor_on(floors, date(2026, 7, 1))
    assert july is not None
    assert july.for_region("KE") == eur("6")
    assert july.for_region("FR") == eur("12")
    assert july.for_region(None) == eur("12")


def test_category_names() -> None:
    assert parse_category("payment-admin") is Category.PAYMENT_ADMIN
    assert Category.BREAK.is_work is False
    assert Category.SEARCHING.is_unpaid_work and not Category.SEARCHING.in_session_time
    assert Category.REJECTED.in_session_time


ms = st.integers(min_value=0, max_value=10 * 3_600_000)
cents = st.integers(min_value=0, max_value=1_000_000).map(lambda c: Money(Decimal(c) / 100, EUR))


@st.composite
def cells(draw: st.DrawFn) -> tuple[TimeTotals, MoneyTotals]:
    time = TimeTotals({c: draw(ms) for c in Category}, draw(ms), draw(ms), draw(ms))
    return time, MoneyTotals(draw(cents), -draw(cents), draw(cents))


@given(cells())
def test_property_wage_definitions_are_ordered(cell: tuple[TimeTotals, MoneyTotals]) -> None:
    """With earnings ≥ 0 and fees ≤ 0: task ≥ session ≥ all-in, as the time widens and fees come off."""
    time, money = cell
    w = wages(time, money)
    assert time.task_ms <= time.session_ms <= time.all_in_ms
    if w.task is not None and w.session is not None:
        assert w.task >= w.session
    if w.session is not None and w.all_in is not None:
        assert w.session >= w.all_in


@given(cells(), st.integers(min_value=1, max_value=10_000).map(lambda c: Money(Decimal(c) / 100, EUR)))
def test_property_shortfall_brings_the_cell_exactly_to_the_floor(
    cell: tuple[TimeTotals, MoneyTotals], floor: Money
) -> None:
    time, money = cell
    gap = floor_gap(time, money, floor)
    assert gap.shortfall >= Money.zero(EUR)
    if gap.hours_below:
        # Equal up to the 28-digit rounding of derived amounts.
        assert abs((money.net + gap.shortfall - floor * gap.hours_below).amount) < Decimal("1e-18")
        all_in = wages(time, money).all_in
        assert all_in is not None
        assert all_in < floor
    else:
        assert gap.shortfall == Money.zero(EUR)
        all_in = wages(time, money).all_in
        if time.all_in_ms == 0:
            assert all_in is None  # no time worked: no hourly wage, so none below the floor
        else:
            assert all_in is not None
            assert all_in >= floor


day_strategy = st.integers(min_value=0, max_value=60).map(lambda n: date(2026, 3, 1) + timedelta(days=n))


@given(
    st.lists(
        st.tuples(st.sampled_from("abc"), day_strategy, st.sampled_from([c.value for c in Category] + ["~gap"]), ms),
        max_size=30,
    ),
    st.lists(
        st.tuples(
            st.sampled_from("abc"),
            day_strategy,
            st.sampled_from(["piece_rate", "bonus", "fee", "payout"]),
            cents,
            st.booleans(),
        ),
        max_size=30,
    ),
)
def test_property_report_totals_are_the_sum_of_rows_and_convert_by_day(
    time_rows: list[tuple[str, date, str, int]], money_rows: list[tuple[str, date, str, Money, bool]]
) -> None:
    fx = FxTable(
        [Rate(date(2026, 3, 1), "USD", EUR, Decimal("0.9")), Rate(date(2026, 4, 1), "USD", EUR, Decimal("0.8"))]
    )
    trows = [TimeRow(g, d, b, m) for g, d, b, m in time_rows]
    mrows = [MoneyRow(g, d, k, Money(a.amount, "USD") if usd else a) for g, d, k, a, usd in money_rows]
    report = build_report(
        trows, mrows, currency=EUR, fx=fx, floors=[WageFloor(eur("10"), date(2026, 1, 1))], group_by="group"
    )
    total_ms = sum(r.time.all_in_ms for r in report.rows)
    assert report.totals.time.all_in_ms == total_ms
    assert report.totals.money.earned == sum((r.money.earned for r in report.rows), Money.zero(EUR))
    assert report.totals.gap.shortfall == sum((r.gap.shortfall for r in report.rows), Money.zero(EUR))
    expected = Money.zero(EUR)
    for _, d, kind, a, usd in money_rows:
        if kind in ("piece_rate", "bonus"):
            rate = Decimal(1) if not usd else (Decimal("0.8") if d >= date(2026, 4, 1) else Decimal("0.9"))
            expected += Money(a.amount * rate, EUR)
    assert report.totals.money.earned == expected
    assert report.unconverted == []


def test_a_missing_rate_is_reported_not_guessed() -> None:
    rows = [MoneyRow("total", date(2026, 3, 5), "bonus", Money(Decimal(5), "KES"))]
    report = build_report([], rows, currency=EUR, fx=FxTable(), floors=[])
    assert report.totals.money.earned == eur("0")
    assert report.unconverted == ["5.00 KES on 2026-03-05: no exchange rate KES->EUR on or before 2026-03-05"]
    assert any("no wage floor" in n for n in report.notes)


def test_a_stale_rate_is_used_and_said() -> None:
    fx = FxTable([Rate(date(2026, 1, 1), "USD", EUR, Decimal("0.5"))])
    rows = [MoneyRow("total", date(2026, 3, 5), "payout", Money(Decimal(10), "USD"))]
    report = build_report([], rows, currency=EUR, fx=fx, floors=[])
    assert report.totals.money.received == eur("5")
    (used,) = report.rates_used
    assert used.stale
    assert used.rate_date == date(2026, 1, 1)
