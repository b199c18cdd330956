"""Tests of coopclient.core.money: exact Money, ISO 4217 codes, micro-units and piece rates."""

from __future__ import annotations

import dataclasses
import functools
import operator
import re
from collections.abc import Callable
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.core.money import ISO_4217, CurrencyMismatch, Money, MoneyError, check_currency, minor_units, sum_money
from coopclient.core.piece_rate import PieceRate

# No example database on disk (keeps the work tree clean), no deadline (CI machines vary in speed).
PROPERTY = settings(database=None, deadline=None, max_examples=200)

CURRENCIES = st.sampled_from(sorted(ISO_4217))
# Amounts with 0..6 decimal places and |amount| <= 10**12: what the app stores, never a float.
AMOUNTS = st.integers(min_value=0, max_value=6).flatmap(
    lambda places: st.decimals(
        min_value=Decimal(-(10**12)),
        max_value=Decimal(10**12),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )
)
FLOATS = st.floats(allow_nan=True, allow_infinity=True)


@st.composite
def same_currency(draw: st.DrawFn, count: int) -> list[Money]:
    """``count`` Money values sharing one randomly drawn currency."""
    currency = draw(CURRENCIES)
    return [Money(draw(AMOUNTS), currency) for _ in range(count)]


@st.composite
def two_currencies(draw: st.DrawFn) -> tuple[Money, Money]:
    """Two Money values in different currencies."""
    first, second = draw(st.lists(CURRENCIES, min_size=2, max_size=2, unique=True))
    return Money(draw(AMOUNTS), first), Money(draw(AMOUNTS), second)


def eur(text: str) -> Money:
    """Shorthand for a euro amount."""
    return Money(Decimal(text), "EUR")


# -- ISO 4217 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "units"),
    [
        ("EUR", 2), ("USD", 2), ("GBP", 2), ("JPY", 0), ("KWD", 3), ("KES", 2), ("INR", 2), ("NGN", 2),
        ("PHP", 2), ("VES", 2), ("CLF", 4), ("BHD", 3), ("KRW", 0), ("XOF", 0), ("ZWG", 2), ("XCG", 2),
    ],
)  # fmt: skip
def test_iso_4217_minor_units(code: str, units: int) -> None:
    assert ISO_4217[code] == units
    assert minor_units(code.lower()) == units


def test_iso_4217_is_the_full_list_of_three_letter_codes() -> None:
    assert 150 <= len(ISO_4217) <= 185
    assert all(re.fullmatch("[A-Z]{3}", code) for code in ISO_4217)
    assert set(ISO_4217.values()) <= {0, 2, 3, 4}


@pytest.mark.parametrize("withdrawn", ["DEM", "FRF", "HRK", "VEF", "SLL", "ZWL", "EUX", "XXX"])
def test_iso_4217_leaves_out_withdrawn_and_non_currency_codes(withdrawn: str) -> None:
    assert withdrawn not in ISO_4217


def test_iso_4217_is_read_only() -> None:
    with pytest.raises(TypeError):
        ISO_4217["EUX"] = 2  # type: ignore[index]


@pytest.mark.parametrize(("text", "code"), [("EUR", "EUR"), ("eur", "EUR"), ("Kes", "KES"), (" usd ", "USD")])
def test_check_currency_returns_upper_case(text: str, code: str) -> None:
    assert check_currency(text) == code


def test_check_currency_names_an_unknown_code() -> None:
    with pytest.raises(MoneyError, match=re.escape("unknown currency 'EUX' (not an ISO 4217 code)")):
        check_currency("EUX")


@pytest.mark.parametrize("bad", ["", "EURO", "E", "12E", "€"])
def test_check_currency_refuses_non_codes(bad: str) -> None:
    with pytest.raises(MoneyError, match=re.escape(repr(bad))):
        check_currency(bad)


# -- construction ----------------------------------------------------------------------------------------


def test_money_keeps_decimal_and_upper_cases_the_currency() -> None:
    money = Money(Decimal("0.04"), "eur")
    assert money.amount == Decimal("0.04")
    assert isinstance(money.amount, Decimal)
    assert money.currency == "EUR"


def test_money_converts_int_exactly() -> None:
    money = Money(12345678901234567890123, "JPY")
    assert isinstance(money.amount, Decimal)
    assert money.amount == Decimal("12345678901234567890123")


def test_money_accepts_a_decimal_string() -> None:
    assert Money("1.0", "EUR") == Money("1.00", "EUR") == eur("1")


def test_money_refuses_float() -> None:
    with pytest.raises(TypeError, match="use Decimal, not float"):
        Money(0.1, "EUR")  # type: ignore[arg-type]


def test_money_refuses_bool_and_other_types() -> None:
    with pytest.raises(TypeError, match="not bool"):
        Money(True, "EUR")
    with pytest.raises(TypeError, match="not list"):
        Money([1], "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Inf"), Decimal("-Inf")])
def test_money_refuses_nan_and_infinity(value: Decimal) -> None:
    with pytest.raises(MoneyError, match="finite"):
        Money(value, "EUR")


def test_money_refuses_a_bad_amount_string() -> None:
    with pytest.raises(MoneyError, match=re.escape("'1,5' is not a decimal amount")):
        Money("1,5", "EUR")


def test_money_refuses_unknown_currency() -> None:
    with pytest.raises(MoneyError, match=re.escape("unknown currency 'EUX'")):
        Money(1, "EUX")


def test_money_is_frozen() -> None:
    money = eur("1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.amount = Decimal(2)  # type: ignore[misc]


def test_negative_zero_becomes_zero() -> None:
    assert str(Money(Decimal("-0.00"), "EUR")) == "0.00 EUR"
    assert not (-Money.zero("EUR")).amount.is_signed()


def test_zero() -> None:
    zero = Money.zero("kwd")
    assert zero == Money(0, "KWD")
    assert str(zero) == "0.000 KWD"


def test_replace_runs_the_checks() -> None:
    assert dataclasses.replace(eur("1"), currency="usd") == Money(1, "USD")
    with pytest.raises(TypeError, match="use Decimal, not float"):
        dataclasses.replace(eur("1"), amount=1.0)  # type: ignore[arg-type]


# -- parsing ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("0.04 EUR", "0.04", "EUR"),
        ("EUR 0.04", "0.04", "EUR"),
        ("-1.5 usd", "-1.5", "USD"),
        ("1,234.50 EUR", "1234.50", "EUR"),
        ("  12 jpy  ", "12", "JPY"),
        ("KES -1,000,000", "-1000000", "KES"),
        ("+3 GBP", "3", "GBP"),
    ],
)
def test_parse_accepts(text: str, amount: str, currency: str) -> None:
    assert Money.parse(text) == Money(Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "", "EUR", "0.04", "0.04EUR", "0,04 EUR", "1,2345 EUR", "12,34.5 EUR", ".5 EUR", "1. EUR",
        "1e3 EUR", "NaN EUR", "Infinity EUR", "0.04 EUR EUR", "EUR 0.04 EUR", "€0.04", "0.04 €",
        "1 000 EUR", "--1 EUR", "٣ EUR",
    ],
)  # fmt: skip
def test_parse_refuses_and_names_the_text(text: str) -> None:
    with pytest.raises(MoneyError, match=re.escape(repr(text))):
        Money.parse(text)


def test_parse_names_an_unknown_currency_and_the_text() -> None:
    expected = "unknown currency 'EUX' (not an ISO 4217 code) in '0.04 EUX'"
    with pytest.raises(MoneyError, match=re.escape(expected)):
        Money.parse("0.04 EUX")


def test_parse_refuses_non_text() -> None:
    with pytest.raises(TypeError):
        Money.parse(0.04)  # type: ignore[arg-type]


# -- arithmetic ------------------------------------------------------------------------------------------


def test_add_sub_neg() -> None:
    assert eur("0.1") + eur("0.2") == eur("0.3")
    assert eur("0.3") - eur("0.1") == eur("0.2")
    assert -eur("0.04") == eur("-0.04")
    assert abs(eur("-0.04")) == eur("0.04")


def test_add_refuses_other_types() -> None:
    with pytest.raises(TypeError):
        eur("1") + Decimal(1)  # type: ignore[operator]
    with pytest.raises(TypeError):
        eur("1") - 1  # type: ignore[operator]


def test_add_beyond_28_significant_digits_rounds_half_even() -> None:
    assert eur("1e25") + eur("0.001") == eur("1e25")
    assert eur("999999999999999.999999") + eur("0.000001") == eur("1000000000000000")  # storage scale: exact


@pytest.mark.parametrize("operation", [operator.add, operator.sub])
def test_mixing_currencies_names_both(operation: Callable[[Money, Money], object]) -> None:
    with pytest.raises(CurrencyMismatch, match="EUR and USD"):
        operation(eur("1"), Money(1, "USD"))


def test_currency_mismatch_is_a_money_error() -> None:
    assert issubclass(CurrencyMismatch, MoneyError)
    assert issubclass(MoneyError, ValueError)


def test_multiply_by_decimal_and_int() -> None:
    assert eur("0.04") * 3 == eur("0.12")
    assert 3 * eur("0.04") == eur("0.12")
    assert eur("0.04") * Decimal("2.5") == eur("0.1")
    assert Decimal("2.5") * eur("0.04") == eur("0.1")


def test_multiply_refuses_money_and_non_finite() -> None:
    with pytest.raises(TypeError):
        eur("1") * eur("2")  # type: ignore[operator]
    with pytest.raises(MoneyError):
        eur("1") * Decimal("Infinity")


def test_divide_by_number_gives_money() -> None:
    assert eur("1") / 4 == eur("0.25")
    assert eur("1") / Decimal("0.5") == eur("2")


def test_divide_money_by_money_gives_a_ratio() -> None:
    ratio = eur("1") / eur("4")
    assert isinstance(ratio, Decimal)
    assert ratio == Decimal("0.25")


def test_divide_money_by_money_of_another_currency_raises() -> None:
    with pytest.raises(CurrencyMismatch, match="EUR and KES"):
        eur("1") / Money(1, "KES")


def test_divide_by_zero_raises() -> None:
    with pytest.raises(ZeroDivisionError):
        eur("1") / 0
    with pytest.raises(ZeroDivisionError):
        eur("1") / eur("0")


def test_division_keeps_28_significant_digits_whatever_the_callers_context() -> None:
    expected = Decimal("0." + "3" * 28)
    assert (eur("1") / 3).amount == expected
    with localcontext() as context:
        context.prec = 5
        assert (eur("1") / 3).amount == expected
        assert eur("1") / eur("3") == expected


def test_comparisons() -> None:
    assert eur("0.04") < eur("0.05")
    assert eur("0.04") <= eur("0.040")
    assert eur("0.05") > eur("0.04")
    assert eur("0.05") >= eur("0.05")
    assert not eur("0.05") < eur("0.05")
    assert sorted([eur("3"), eur("-1"), eur("2")]) == [eur("-1"), eur("2"), eur("3")]


@pytest.mark.parametrize("operation", [operator.lt, operator.le, operator.gt, operator.ge])
def test_comparing_currencies_raises(operation: Callable[[Money, Money], object]) -> None:
    with pytest.raises(CurrencyMismatch, match="EUR and USD"):
        operation(eur("1"), Money(2, "USD"))


def test_comparing_with_a_number_raises() -> None:
    with pytest.raises(TypeError):
        operator.lt(eur("1"), Decimal(2))


def test_equality_by_value_and_currency() -> None:
    assert Money(Decimal("1.0"), "EUR") == Money(Decimal("1.00"), "EUR")
    assert hash(Money(Decimal("1.0"), "EUR")) == hash(Money(Decimal("1.00"), "EUR"))
    assert Money(1, "EUR") != Money(1, "USD")
    assert eur("1") != Decimal(1)
    assert len({eur("1.0"), eur("1.00"), eur("1")}) == 1


# -- rounding and display --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0.125", "EUR", "0.12"),
        ("0.135", "EUR", "0.14"),
        ("-0.125", "EUR", "-0.12"),
        ("2.5", "JPY", "2"),
        ("3.5", "JPY", "4"),
        ("1.0005", "KWD", "1.000"),
        ("1.0015", "KWD", "1.002"),
        ("0.004", "EUR", "0.00"),
        ("7", "EUR", "7.00"),
    ],
)
def test_rounded_is_half_even_to_minor_units(amount: str, currency: str, expected: str) -> None:
    rounded = Money(Decimal(amount), currency).rounded()
    assert rounded == Money(Decimal(expected), currency)
    assert str(rounded.amount) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("0.04", "EUR", "0.04 EUR"),
        ("0.004", "EUR", "0.004 EUR"),
        ("0.040", "EUR", "0.04 EUR"),
        ("5", "EUR", "5.00 EUR"),
        ("1E+3", "USD", "1000.00 USD"),
        ("-1.5", "USD", "-1.50 USD"),
        ("1500", "JPY", "1500 JPY"),
        ("1.5", "JPY", "1.5 JPY"),
        ("1", "KWD", "1.000 KWD"),
        ("0.00000001", "EUR", "0.00000001 EUR"),
    ],
)
def test_str(amount: str, currency: str, text: str) -> None:
    assert str(Money(Decimal(amount), currency)) == text


# -- micro-units -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "micros"),
    [
        ("0.04", 40_000), ("-1.5", -1_500_000), ("0.000001", 1), ("0", 0), ("0.00000000", 0),
        ("1E+2", 100_000_000), ("0.1000000", 100_000),
    ],
)  # fmt: skip
def test_to_micros(amount: str, micros: int) -> None:
    assert eur(amount).to_micros() == micros


def test_to_micros_refuses_more_than_six_places() -> None:
    with pytest.raises(MoneyError, match=re.escape("0.0000001 EUR has more than 6 decimal places")):
        eur("0.0000001").to_micros()


def test_to_micros_is_exact_for_huge_amounts() -> None:
    assert eur("123456789012345678901234567890.123456").to_micros() == 123456789012345678901234567890123456


def test_from_micros() -> None:
    assert Money.from_micros(40_000, "eur") == eur("0.04")
    assert Money.from_micros(-1, "EUR") == eur("-0.000001")
    with pytest.raises(TypeError, match="use Decimal, not float"):
        Money.from_micros(40000.0, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.from_micros("40000", "EUR")  # type: ignore[arg-type]


# -- sum_money -------------------------------------------------------------------------------------------


def test_sum_money() -> None:
    assert sum_money([eur("0.1")] * 10, "EUR") == eur("1")
    assert sum_money([], "eur") == Money.zero("EUR")
    assert sum_money(iter([eur("0.01"), eur("0.02")]), "EUR") == eur("0.03")


def test_sum_money_names_a_stray_currency() -> None:
    with pytest.raises(CurrencyMismatch, match="EUR and USD"):
        sum_money([eur("1"), Money(1, "USD")], "EUR")


def test_sum_money_refuses_non_money() -> None:
    with pytest.raises(TypeError, match="use Decimal, not float"):
        sum_money([eur("1"), 0.5], "EUR")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not Decimal"):
        sum_money([Decimal(1)], "EUR")  # type: ignore[list-item]


def test_sum_money_refuses_unknown_currency() -> None:
    with pytest.raises(MoneyError, match="'EUX'"):
        sum_money([], "EUX")


# -- piece rates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["0.04 EUR per task", "0.04 EUR/task", "EUR 0.04 per task", "0.04 eur / task", " 0.04 EUR  per  Task "],
)
def test_piece_rate_parse(text: str) -> None:
    rate = PieceRate.parse(text)
    assert rate == PieceRate(eur("0.04"))
    assert str(rate) == "0.04 EUR per task"


def test_piece_rate_str_keeps_sub_cent_digits() -> None:
    assert str(PieceRate.parse("0.004 USD per task")) == "0.004 USD per task"
    assert str(PieceRate(Money(3, "JPY"))) == "3 JPY per task"


def test_piece_rate_may_be_zero() -> None:
    assert PieceRate.parse("0 EUR per task").amount == Money.zero("EUR")


@pytest.mark.parametrize(
    "text",
    [
        "", "0.04 EUR", "0.04 per task", "EUR per task", "per task", "0.04 EUR per hour",
        "0.04 EUR per task!", "0,04 EUR per task", "abc", "0.04 EUR pertask", "0.04 EUR per task per task",
    ],
)  # fmt: skip
def test_piece_rate_parse_names_the_text_and_the_form(text: str) -> None:
    expected = f"cannot read {text!r} as a piece rate; expected the form '0.04 EUR per task'"
    with pytest.raises(MoneyError, match=re.escape(expected)):
        PieceRate.parse(text)


def test_piece_rate_parse_refuses_negative() -> None:
    expected = "piece rate '-0.04 EUR per task' is negative; expected the form '0.04 EUR per task'"
    with pytest.raises(MoneyError, match=re.escape(expected)):
        PieceRate.parse("-0.04 EUR per task")


def test_piece_rate_parse_names_an_unknown_currency() -> None:
    expected = r"'0\.04 EUX per task'.*unknown currency 'EUX'.*'0\.04 EUR per task'"
    with pytest.raises(MoneyError, match=expected):
        PieceRate.parse("0.04 EUX per task")


def test_piece_rate_constructor_checks() -> None:
    with pytest.raises(MoneyError, match="negative"):
        PieceRate(eur("-0.01"))
    with pytest.raises(TypeError, match="use Decimal, not float"):
        PieceRate(0.04)  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------------------


@PROPERTY
@given(same_currency(3))
def test_addition_is_associative_commutative_and_exact(values: list[Money]) -> None:
    a, b, c = values
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a
    # Exact: the sum agrees with integer arithmetic on micro-units.
    assert (a + b).to_micros() == a.to_micros() + b.to_micros()
    assert (a - b).to_micros() == a.to_micros() - b.to_micros()


@PROPERTY
@given(same_currency(2))
def test_subtract_then_add_back(values: list[Money]) -> None:
    a, b = values
    assert a - b + b == a
    assert a + (-b) == a - b


@PROPERTY
@given(st.integers(min_value=0, max_value=30).flatmap(same_currency))
def test_sum_money_equals_pairwise_sum(values: list[Money]) -> None:
    currency = values[0].currency if values else "EUR"
    pairwise = functools.reduce(operator.add, values, Money.zero(currency))
    total = sum_money(values, currency)
    assert total == pairwise
    assert total.to_micros() == sum(value.to_micros() for value in values)


@PROPERTY
@given(AMOUNTS, CURRENCIES)
def test_micros_round_trip(amount: Decimal, currency: str) -> None:
    money = Money(amount, currency)
    micros = money.to_micros()
    assert isinstance(micros, int)
    assert Money.from_micros(micros, currency) == money


@PROPERTY
@given(st.integers(min_value=-(10**40), max_value=10**40), CURRENCIES)
def test_from_micros_round_trip(micros: int, currency: str) -> None:
    assert Money.from_micros(micros, currency).to_micros() == micros


@PROPERTY
@given(two_currencies())
def test_mixing_currencies_always_raises(pair: tuple[Money, Money]) -> None:
    a, b = pair
    message = re.escape(f"{a.currency} and {b.currency}")
    with pytest.raises(CurrencyMismatch, match=message):
        a + b
    with pytest.raises(CurrencyMismatch, match=message):
        a - b
    with pytest.raises(CurrencyMismatch, match=message):
        operator.lt(a, b)
    with pytest.raises(CurrencyMismatch, match=message):
        operator.ge(a, b)
    with pytest.raises(CurrencyMismatch, match=message):
        a / b
    with pytest.raises(CurrencyMismatch, match=message):
        sum_money([a, b], a.currency)
    assert a != b


@PROPERTY
@given(AMOUNTS, CURRENCIES)
def test_rounding_moves_at_most_half_a_minor_unit(amount: Decimal, currency: str) -> None:
    money = Money(amount, currency)
    rounded = money.rounded()
    half_unit = Decimal(5).scaleb(-ISO_4217[currency] - 1)
    assert abs(rounded.amount - money.amount) <= half_unit
    assert rounded.rounded() == rounded
    exponent = rounded.amount.as_tuple().exponent
    assert isinstance(exponent, int)
    assert exponent >= -ISO_4217[currency]


@PROPERTY
@given(AMOUNTS, CURRENCIES)
def test_str_parses_back(amount: Decimal, currency: str) -> None:
    money = Money(amount, currency)
    assert Money.parse(str(money)) == money
    assert str(PieceRate.parse(f"{abs(money)} per task")) == f"{abs(money)} per task"


@PROPERTY
@given(AMOUNTS, st.integers(min_value=-(10**6), max_value=10**6), CURRENCIES)
def test_multiplying_by_an_int_is_repeated_addition(amount: Decimal, factor: int, currency: str) -> None:
    money = Money(amount, currency)
    assert (money * factor).to_micros() == money.to_micros() * factor
    assert factor * money == money * factor


@PROPERTY
@given(FLOATS, CURRENCIES)
def test_a_float_anywhere_raises_type_error(value: float, currency: str) -> None:
    money = Money(1, currency)
    with pytest.raises(TypeError, match="not float"):
        Money(value, currency)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not float"):
        money * value  # type: ignore[operator]
    with pytest.raises(TypeError, match="not float"):
        value * money  # type: ignore[operator]
    with pytest.raises(TypeError, match="not float"):
        money / value  # type: ignore[operator]
    with pytest.raises(TypeError, match="not float"):
        Money.from_micros(value, currency)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not float"):
        sum_money([money, value], currency)  # type: ignore[list-item]
    with pytest.raises(TypeError):
        money + value  # type: ignore[operator]
    with pytest.raises(TypeError):
        operator.lt(money, value)
