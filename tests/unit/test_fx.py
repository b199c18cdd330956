"""Tests of coopclient.core.fx: dated exchange rates, conversions and the rates CSV."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, timedelta
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.core.fx import Conversion, FxError, FxTable, Rate, parse_rates_csv
from coopclient.core.money import ISO_4217, Money, MoneyError

# No example database on disk (keeps the work tree clean), no deadline (CI machines vary in speed).
PROPERTY = settings(database=None, deadline=None, max_examples=200)

DAY = date(2026, 3, 1)
CURRENCIES = st.sampled_from(sorted(ISO_4217))
AMOUNTS = st.decimals(
    min_value=Decimal(-(10**12)), max_value=Decimal(10**12), places=6, allow_nan=False, allow_infinity=False
)
# Rates with up to 12 decimal places: products with 19-digit amounts overflow 28 digits, so rounding happens.
RATES = st.decimals(
    min_value=Decimal("0.000001"), max_value=Decimal(10**6), places=12, allow_nan=False, allow_infinity=False
)
# Tolerance of a round trip: two roundings to 28 significant digits, each off by at most half a unit in
# the 28th digit (5e-28 relative), plus one more when 1/rate is itself rounded. 2e-27 covers them all.
ROUND_TRIP_TOLERANCE = Decimal("2e-27")


def rate(on: date, base: str, quote: str, value: str) -> Rate:
    """Shorthand for a Rate."""
    return Rate(on, base, quote, Decimal(value))


def eur(text: str) -> Money:
    """Shorthand for a euro amount."""
    return Money(Decimal(text), "EUR")


def csv_error(text: str) -> str:
    """The message of the FxError that parsing ``text`` as ``rates.csv`` raises."""
    with pytest.raises(FxError) as caught:
        parse_rates_csv(text, "rates.csv")
    return str(caught.value)


# -- Rate ------------------------------------------------------------------------------------------------


def test_rate_stores_upper_case_codes() -> None:
    assert rate(DAY, "eur", "kes", "150.5") == Rate(DAY, "EUR", "KES", Decimal("150.5"))


def test_rate_converts_int() -> None:
    value = Rate(DAY, "EUR", "JPY", 160).rate  # type: ignore[arg-type]
    assert isinstance(value, Decimal)
    assert value == 160


@pytest.mark.parametrize("value", ["0", "-1.5", "NaN", "Infinity"])
def test_rate_must_be_positive_and_finite(value: str) -> None:
    with pytest.raises(FxError, match="greater than zero"):
        rate(DAY, "EUR", "KES", value)


def test_rate_refuses_float() -> None:
    with pytest.raises(TypeError, match="use Decimal, not float"):
        Rate(DAY, "EUR", "KES", 150.5)  # type: ignore[arg-type]


def test_rate_refuses_unknown_currency() -> None:
    with pytest.raises(FxError, match=re.escape("base: unknown currency 'EUX'")):
        rate(DAY, "EUX", "KES", "1")
    with pytest.raises(FxError, match=re.escape("quote: unknown currency 'KSH'")):
        rate(DAY, "EUR", "KSH", "1")


def test_rate_refuses_the_same_currency_twice() -> None:
    with pytest.raises(FxError, match="EUR->EUR"):
        rate(DAY, "EUR", "eur", "1")


def test_rate_refuses_datetime_and_text_days() -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        rate(datetime(2026, 3, 1, 12), "EUR", "KES", "1")  # noqa: DTZ001
    with pytest.raises(TypeError, match=r"datetime\.date"):
        Rate("2026-03-01", "EUR", "KES", Decimal(1))  # type: ignore[arg-type]


def test_fx_error_is_a_value_error() -> None:
    assert issubclass(FxError, ValueError)


# -- FxTable.convert -------------------------------------------------------------------------------------


def test_same_currency_is_the_identity() -> None:
    conversion = FxTable().convert(eur("0.04"), "eur", DAY)
    assert conversion == Conversion(eur("0.04"), Decimal(1), None, stale=False, inverted=False)


def test_direct_rate_on_the_day() -> None:
    table = FxTable([rate(DAY, "EUR", "KES", "150")])
    conversion = table.convert(eur("0.04"), "KES", DAY)
    assert conversion.result == Money(Decimal("6"), "KES")
    assert conversion.rate == Decimal(150)
    assert conversion.rate_date == DAY
    assert not conversion.stale
    assert not conversion.inverted


def test_the_newest_rate_on_or_before_the_day_is_used_and_marked_stale() -> None:
    table = FxTable(
        [
            rate(date(2026, 2, 20), "EUR", "KES", "140"),
            rate(date(2026, 2, 27), "EUR", "KES", "150"),
            rate(date(2026, 3, 5), "EUR", "KES", "999"),  # after the day: never used for it
        ]
    )
    conversion = table.convert(eur("1"), "KES", DAY)
    assert conversion.result == Money(150, "KES")
    assert conversion.rate_date == date(2026, 2, 27)
    assert conversion.stale


def test_inverse_pair_is_divided_by() -> None:
    table = FxTable([rate(DAY, "KES", "EUR", "0.008")])
    conversion = table.convert(eur("1"), "KES", DAY)
    assert conversion.result == Money(125, "KES")
    assert conversion.rate == Decimal(125)
    assert conversion.inverted
    assert not conversion.stale
    assert conversion.rate_date == DAY


def test_inverse_keeps_28_digits() -> None:
    table = FxTable([rate(DAY, "USD", "EUR", "3")])
    conversion = table.convert(eur("1"), "USD", DAY)
    assert conversion.result.amount == Decimal("0." + "3" * 28)
    assert conversion.rate == Decimal("0." + "3" * 28)


def test_conversion_is_independent_of_the_callers_decimal_context() -> None:
    table = FxTable([rate(DAY, "USD", "EUR", "3")])
    with localcontext() as context:
        context.prec = 3
        assert table.convert(eur("1"), "USD", DAY).result.amount == Decimal("0." + "3" * 28)


def test_direct_pair_is_preferred_to_the_inverse() -> None:
    table = FxTable([rate(DAY, "EUR", "KES", "150"), rate(DAY, "KES", "EUR", "0.008")])
    conversion = table.convert(eur("1"), "KES", DAY)
    assert conversion.result == Money(150, "KES")
    assert not conversion.inverted


def test_result_is_not_rounded() -> None:
    table = FxTable([rate(DAY, "EUR", "JPY", "160.123")])
    assert table.convert(eur("0.04"), "JPY", DAY).result == Money(Decimal("6.40492"), "JPY")


def test_no_rate_names_the_pair_and_day() -> None:
    table = FxTable([rate(date(2026, 3, 2), "EUR", "KES", "150"), rate(DAY, "EUR", "USD", "1.1")])
    with pytest.raises(FxError, match=re.escape("no exchange rate EUR->KES on or before 2026-03-01")):
        table.convert(eur("1"), "KES", DAY)


def test_no_cross_rates_through_a_third_currency() -> None:
    table = FxTable([rate(DAY, "EUR", "USD", "1.1"), rate(DAY, "USD", "KES", "130")])
    with pytest.raises(FxError, match=re.escape("no exchange rate EUR->KES on or before 2026-03-01")):
        table.convert(eur("1"), "KES", DAY)


def test_convert_checks_its_arguments() -> None:
    table = FxTable([rate(DAY, "EUR", "KES", "150")])
    with pytest.raises(MoneyError, match="'KSH'"):
        table.convert(eur("1"), "KSH", DAY)
    with pytest.raises(TypeError, match="Money"):
        table.convert(Decimal(1), "KES", DAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        table.convert(eur("1"), "KES", datetime(2026, 3, 1))  # noqa: DTZ001


def test_conversion_is_frozen() -> None:
    conversion = FxTable().convert(eur("1"), "EUR", DAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        conversion.stale = True  # type: ignore[misc]


# -- FxTable bookkeeping ---------------------------------------------------------------------------------


def test_len_and_rates_in_order() -> None:
    later = rate(date(2026, 3, 2), "EUR", "KES", "151")
    earlier = rate(DAY, "USD", "KES", "130")
    first = rate(DAY, "EUR", "USD", "1.1")
    table = FxTable([later, earlier])
    table.add(first)
    assert len(table) == 3
    assert table.rates() == [first, earlier, later]
    assert len(FxTable()) == 0
    assert FxTable().rates() == []


def test_adding_a_rate_for_the_same_pair_and_day_replaces_it() -> None:
    table = FxTable([rate(DAY, "EUR", "KES", "150")])
    table.add(rate(DAY, "EUR", "KES", "151"))
    assert len(table) == 1
    assert table.convert(eur("1"), "KES", DAY).result == Money(151, "KES")


def test_add_refuses_non_rates() -> None:
    with pytest.raises(TypeError, match="Rate"):
        FxTable().add((DAY, "EUR", "KES", Decimal(1)))  # type: ignore[arg-type]


# -- parse_rates_csv -------------------------------------------------------------------------------------


def test_parse_rates_csv() -> None:
    text = "date,base,quote,rate\n2026-03-01,EUR,KES,150.25\n2026-03-02,usd,kes,129\n"
    assert parse_rates_csv(text) == [
        rate(DAY, "EUR", "KES", "150.25"),
        rate(date(2026, 3, 2), "USD", "KES", "129"),
    ]


def test_parse_rates_csv_header_any_case_and_order_extra_columns_ignored() -> None:
    text = "\ufeffSource, RATE ,Quote,DATE,Base\r\necb,0.0067,EUR,2026-03-01,KES\r\n\r\n"
    assert parse_rates_csv(text) == [rate(DAY, "KES", "EUR", "0.0067")]


def test_parse_rates_csv_skips_blank_lines_and_counts_them() -> None:
    text = "\ndate,base,quote,rate\n\n2026-03-01,EUR,KES,150\n,,,\n2026-03-01,EUR,USD,x\n"
    assert csv_error(text) == "rates.csv:6: rate: 'x' is not a number"


def test_parse_rates_csv_header_only() -> None:
    assert parse_rates_csv("date,base,quote,rate\n") == []


def test_parse_rates_csv_quoted_rate_with_comma() -> None:
    text = 'date,base,quote,rate\n2026-03-01,EUR,KES,150\n2026-03-01,EUR,USD,1.1\n2026-03-01,EUR,GBP,"1,2x"\n'
    assert csv_error(text) == "rates.csv:4: rate: '1,2x' is not a number"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2026-03-01,EUX,KES,1", "rates.csv:2: base: unknown currency 'EUX'"),
        ("2026-03-01,EUR,kesh,1", "rates.csv:2: quote: unknown currency 'kesh'"),
        ("2026-03-01,EUR,KES,0", "rates.csv:2: rate: '0' must be greater than zero"),
        ("2026-03-01,EUR,KES,-150", "rates.csv:2: rate: '-150' must be greater than zero"),
        ("2026-03-01,EUR,KES,NaN", "rates.csv:2: rate: 'NaN' is not a number"),
        ("2026-03-01,EUR,KES,Infinity", "rates.csv:2: rate: 'Infinity' is not a number"),
        ("2026-03-01,EUR,KES,1_000", "rates.csv:2: rate: '1_000' is not a number"),
        ("2026-03-01,EUR,KES,", "rates.csv:2: rate: missing value"),
        ("2026-03-01,EUR,KES", "rates.csv:2: rate: missing value"),
        (",EUR,KES,1", "rates.csv:2: date: missing value"),
        ("01/03/2026,EUR,KES,1", "rates.csv:2: date: '01/03/2026' is not a date in the form YYYY-MM-DD"),
        ("20260301,EUR,KES,1", "rates.csv:2: date: '20260301' is not a date in the form YYYY-MM-DD"),
        ("2026-02-30,EUR,KES,1", "rates.csv:2: date: '2026-02-30' is not a valid calendar date"),
        ("2026-03-01,EUR,EUR,1", "rates.csv:2: quote: same currency as base (EUR)"),
    ],
)
def test_parse_rates_csv_errors_name_source_line_and_field(row: str, message: str) -> None:
    assert csv_error(f"date,base,quote,rate\n{row}\n") == message


@pytest.mark.parametrize("missing", ["date", "base", "quote", "rate"])
def test_parse_rates_csv_missing_column(missing: str) -> None:
    header = ",".join(column for column in ("date", "base", "quote", "rate", "note") if column != missing)
    assert csv_error(f"{header}\n") == f"rates.csv:1: missing column {missing!r}"


def test_parse_rates_csv_missing_column_on_the_header_line() -> None:
    assert csv_error("\n\ndate,base,rate\n2026-03-01,EUR,1\n") == "rates.csv:3: missing column 'quote'"


def test_parse_rates_csv_duplicate_column() -> None:
    assert csv_error("date,base,quote,rate,Rate\n") == "rates.csv:1: column 'rate' appears more than once"


def test_parse_rates_csv_empty_text() -> None:
    assert csv_error("  \n") == "rates.csv:1: missing header row 'date,base,quote,rate'"


def test_parse_rates_csv_conflicting_duplicate_rows() -> None:
    text = "date,base,quote,rate\n2026-03-01,EUR,KES,150\n2026-03-01,eur,KES,151\n"
    assert csv_error(text) == "rates.csv:3: rate: EUR->KES on 2026-03-01 is 151 here but 150 on line 2"


def test_parse_rates_csv_identical_duplicate_rows_are_fine() -> None:
    text = "date,base,quote,rate\n2026-03-01,EUR,KES,150\n2026-03-01,EUR,KES,150.0\n"
    assert len(parse_rates_csv(text)) == 2


def test_parse_rates_csv_malformed_csv() -> None:
    assert csv_error('date,base,quote,rate\n2026-03-01,EUR,KES,"150\n') == "rates.csv:2: unexpected end of data"


def test_parse_rates_csv_default_source_and_text_only() -> None:
    with pytest.raises(FxError, match=re.escape("<rates>:1: missing column 'rate'")):
        parse_rates_csv("date,base,quote\n")
    with pytest.raises(TypeError):
        parse_rates_csv(b"date,base,quote,rate\n")  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------------------


@st.composite
def two_currencies(draw: st.DrawFn) -> tuple[str, str]:
    """Two different currency codes."""
    first, second = draw(st.lists(CURRENCIES, min_size=2, max_size=2, unique=True))
    return first, second


def within_round_trip_tolerance(back: Decimal, original: Decimal) -> bool:
    """``back`` equals ``original`` up to the 28-digit rounding of two or three operations."""
    with localcontext() as context:
        context.prec = 100
        return abs(back - original) <= abs(original) * ROUND_TRIP_TOLERANCE


@PROPERTY
@given(two_currencies(), AMOUNTS, RATES)
def test_round_trip_through_the_inverse_of_one_entry(pair: tuple[str, str], amount: Decimal, r: Decimal) -> None:
    source, target = pair
    table = FxTable([Rate(DAY, source, target, r)])
    there = table.convert(Money(amount, source), target, DAY)
    back = table.convert(there.result, source, DAY)
    assert not there.inverted
    assert back.inverted
    assert back.result.currency == source
    assert within_round_trip_tolerance(back.result.amount, amount)


@PROPERTY
@given(two_currencies(), AMOUNTS, RATES)
def test_round_trip_through_an_explicit_inverse_entry(pair: tuple[str, str], amount: Decimal, r: Decimal) -> None:
    source, target = pair
    with localcontext() as context:
        context.prec = 28
        inverse = Decimal(1) / r
    table = FxTable([Rate(DAY, source, target, r), Rate(DAY, target, source, inverse)])
    there = table.convert(Money(amount, source), target, DAY)
    back = table.convert(there.result, source, DAY)
    assert not back.inverted
    assert back.rate == inverse
    assert within_round_trip_tolerance(back.result.amount, amount)


@PROPERTY
@given(
    two_currencies(),
    st.decimals(min_value=-(10**12), max_value=10**12, places=6, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(1000), places=6),
)
def test_conversion_is_exact_when_the_product_fits_28_digits(
    pair: tuple[str, str], amount: Decimal, r: Decimal
) -> None:
    # |amount| <= 10**12 with 6 places times a rate <= 1000 with 6 places: at most 28 digits, no rounding.
    source, target = pair
    table = FxTable([Rate(DAY, source, target, r)])
    with localcontext() as context:
        context.prec = 100
        exact = amount * r
    assert table.convert(Money(amount, source), target, DAY).result.amount == exact


# A random history of EUR/KES rates in both directions: (day offset, direction, rate).
HISTORY = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=40),
        st.booleans(),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2),
    ),
    max_size=25,
)


@PROPERTY
@given(HISTORY, st.integers(min_value=-5, max_value=45), AMOUNTS)
def test_conversion_picks_the_newest_rate_on_or_before_the_day(
    history: list[tuple[int, bool, Decimal]], offset: int, amount: Decimal
) -> None:
    start = date(2026, 1, 1)
    table = FxTable()
    # Brute force model: the last rate added for a (pair, day) wins; pick the newest day <= the query.
    model: dict[tuple[bool, date], Decimal] = {}
    for days, eur_to_kes, value in history:
        on = start + timedelta(days=days)
        base, quote = ("EUR", "KES") if eur_to_kes else ("KES", "EUR")
        table.add(Rate(on, base, quote, value))
        model[eur_to_kes, on] = value
    assert len(table) == len(model)
    query = start + timedelta(days=offset)
    money = Money(amount, "EUR")

    direct = [on for (forward, on) in model if forward and on <= query]
    inverse = [on for (forward, on) in model if not forward and on <= query]
    if not direct and not inverse:
        with pytest.raises(FxError, match=f"no exchange rate EUR->KES on or before {query.isoformat()}"):
            table.convert(money, "KES", query)
        return
    conversion = table.convert(money, "KES", query)
    if direct:
        chosen = max(direct)
        assert not conversion.inverted
        assert conversion.rate == model[True, chosen]
        assert conversion.result.amount == amount * model[True, chosen]
    else:
        chosen = max(inverse)
        assert conversion.inverted
        with localcontext() as context:
            context.prec = 28
            assert conversion.result.amount == amount / model[False, chosen]
    assert conversion.rate_date == chosen
    assert conversion.stale == (chosen < query)
    assert conversion.result.currency == "KES"


@PROPERTY
@given(st.lists(st.tuples(st.integers(0, 400), two_currencies(), RATES), max_size=20))
def test_rates_csv_round_trip(rows: list[tuple[int, tuple[str, str], Decimal]]) -> None:
    start = date(2025, 1, 1)
    unique: dict[tuple[date, str, str], Rate] = {}
    for days, (base, quote), value in rows:
        on = start + timedelta(days=days)
        unique.setdefault((on, base, quote), Rate(on, base, quote, value))
    rates = list(unique.values())
    lines = ["rate,quote,base,date"] + [f"{r.rate},{r.quote},{r.base},{r.on.isoformat()}" for r in rates]
    assert parse_rates_csv("\n".join(lines)) == rates


@PROPERTY
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_float_rate_raises_type_error(value: float) -> None:
    with pytest.raises(TypeError, match="not float"):
        Rate(DAY, "EUR", "KES", value)  # type: ignore[arg-type]
