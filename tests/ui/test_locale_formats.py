"""Dates, numbers and money in the window as the member's language writes them ("12,50 €" in French and
Spanish), and amounts typed the same way accepted: the wage floor in the settings, a batch's piece rate."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coopclient.core.money import Money
from coopclient.ui.locale_numbers import date_text, money_text, number_text, typed_decimal
from tests.ui.test_earnings_panel import MONDAY, single_day

NBSP, NNBSP = "\u00a0", "\u202f"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    """The language's locale as the default one (as desktop_app sets it), for one test."""
    chosen = QLocale(request.param)
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(ENGLISH)


@pytest.mark.parametrize(
    ("name", "money", "number", "day"),
    [
        ("fr_FR", f"1{NNBSP}234,50{NBSP}€", f"1{NNBSP}234,50", "02/03/2026"),
        ("es_ES", f"1.234,50{NBSP}€", "1.234,50", "2/3/26"),
        ("sw_KE", f"€{NBSP}1,234.50", "1,234.50", "02/03/2026"),
        ("en_US", "1234.50 EUR", "1,234.50", "2026-03-02"),
    ],
)
def test_money_numbers_and_days_are_written_as_the_language_writes_them(
    name: str, money: str, number: str, day: str
) -> None:
    locale = QLocale(name)
    assert money_text(Money("1234.5", "EUR"), locale) == money
    assert number_text(Decimal("1234.5"), 2, locale) == number
    assert date_text(MONDAY, locale) == day
    assert money_text(Money("-0.004", "EUR"), locale).lstrip("-") == money_text(Money("0", "EUR"), locale)


def test_a_currency_without_a_sign_is_written_with_its_code() -> None:
    assert money_text(Money("12.5", "CHF"), QLocale("fr_FR")) == f"12,50{NBSP}CHF"


@pytest.mark.parametrize(
    ("name", "typed", "read"),
    [
        ("fr_FR", "12,50", "12.50"),
        ("fr_FR", f"1{NNBSP}234,5", "1234.5"),
        ("fr_FR", "12.50", "12.50"),  # typed the English way: still read
        ("es_ES", "1.234,50", "1234.50"),
        ("es_ES", "12.50", "12.50"),
        ("sw_KE", "12.50", "12.50"),
        ("en_US", "12.50", "12.50"),
    ],
)
def test_a_number_is_read_as_typed_in_the_language(name: str, typed: str, read: str) -> None:
    assert typed_decimal(typed, QLocale(name)) == read


@pytest.mark.parametrize("locale", ["fr_FR"], indirect=True)
def test_the_earnings_panel_writes_money_in_french(qtbot: QtBot, locale: QLocale) -> None:
    from coopclient.ui.views.earnings_panel import EarningsPanel

    panel = EarningsPanel()
    qtbot.addWidget(panel)
    panel.show_summary(single_day("9.97"))  # one hour: 9.97 EUR/h against 12.00
    assert panel.cell("today", "wage_all_in").text() == f"9,97{NBSP}€/h"
    assert panel.cell("today", "earned").text() == f"9,97{NBSP}€"
    assert panel.cell("today", "shortfall").text() == f"2,03{NBSP}€"
    assert f"2,03{NBSP}€/h" in panel.verdict.text()
    assert "EUR" not in panel.verdict.text()


@pytest.mark.parametrize("locale", ["es_ES"], indirect=True)
def test_the_week_chart_tells_days_and_wages_in_spanish(qtbot: QtBot, locale: QLocale) -> None:
    from coopclient.ui.views.week_chart import WeekChart

    chart = WeekChart()
    qtbot.addWidget(chart)
    tip = chart._tip(date(2026, 3, 2), Money("9.5", "EUR"))
    assert "2/3/26" in tip and f"9,50{NBSP}€" in tip, tip


@pytest.mark.parametrize("locale", ["fr_FR", "es_ES"], indirect=True)
def test_the_floor_typed_with_a_decimal_comma_is_accepted(qtbot: QtBot, locale: QLocale) -> None:
    from coopclient.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog({}, ("12.00", "EUR"))
    qtbot.addWidget(dialog)
    assert dialog.floor_amount.text() == "12,00"  # the stored floor, written the language's way
    dialog.floor_amount.setText("12,50")
    assert dialog.errors() == {}
    dialog.accept()
    assert dialog.floor_change() == Money("12.50", "EUR")


@pytest.mark.parametrize("locale", ["en_US"], indirect=True)
def test_in_english_a_comma_is_not_a_decimal_sign(qtbot: QtBot, locale: QLocale) -> None:
    from coopclient.ui.dialogs.settings import FLOOR_AMOUNT, SettingsDialog

    dialog = SettingsDialog({}, ("12.00", "EUR"))
    qtbot.addWidget(dialog)
    assert dialog.floor_amount.text() == "12.00"
    dialog.floor_amount.setText("12,50")
    assert FLOOR_AMOUNT in dialog.errors()


@pytest.mark.parametrize("locale", ["fr_FR"], indirect=True)
def test_a_piece_rate_typed_the_french_way_is_accepted(qtbot: QtBot, locale: QLocale, tmp_path: Path) -> None:
    from coopclient.ui.import_batch import ImportDialog

    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    assert "0,04" in dialog.rate.placeholderText()
    (tmp_path / "b.jsonl").write_text("{}\n")
    (tmp_path / "b.xml").write_text("<View/>")
    dialog.file.setText(str(tmp_path / "b.jsonl"))
    dialog.config.setText(str(tmp_path / "b.xml"))
    dialog.rate.setText("0,04 EUR")
    dialog._check()
    assert dialog.error.text() == ""
    assert dialog.values()[3] == "0.04 EUR per task"
    dialog.rate.setText("quatre sous")
    dialog._check()
    assert "0,04" in dialog.error.text() and "quatre sous" in dialog.error.text()


@pytest.mark.parametrize("locale", ["fr_FR"], indirect=True)
def test_recovered_time_is_dated_the_french_way(qtbot: QtBot, locale: QLocale) -> None:
    from datetime import UTC

    from coopclient.ui.dialogs._time import clock_range
    from tests.ui.test_dialogs import recovered_dialog

    dialog = recovered_dialog(qtbot)
    first_day = dialog.table.item(0, 0)
    assert first_day is not None
    assert first_day.text() == "02/03/2026"
    start = 1_772_409_000_000  # 2026-03-01 23:50 UTC
    assert clock_range(start, start + 20 * 60_000, UTC) == "01/03/2026 23:50–02/03/2026 00:10"
