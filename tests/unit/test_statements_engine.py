"""The pure import engine: each preset on a realistic file, and malformed files row by row."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus
from coopclient.core.statements import (
    BUILTIN,
    ColumnMapping,
    DateFormat,
    Limits,
    StatementError,
    mapping_from_json,
    mapping_to_json,
    read_statement,
)
from coopclient.core.statements.fields import FieldError, parse_amount

PAYPAL_HEADER = (
    '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address",'
    '"To Email Address","Transaction ID","Shipping Address","Address Status","Item Title","Item ID",'
    '"Reference Txn ID","Receipt ID","Balance"'
)


def paypal_row(day: str, name: str, kind: str, status: str, cur: str, gross: str, fee: str, to: str, txn: str) -> str:
    net = str(Decimal(gross.replace(",", "")) + Decimal(fee.replace(",", "") or "0"))
    return (
        f'"{day}","10:15:02","PST","{name}","{kind}","{status}","{cur}","{gross}","{fee}","{net}",'
        f'"payments@prolific.com","{to}","{txn}","","","","","","","1,000.00"'
    )


def paypal_file() -> bytes:
    rows = [
        PAYPAL_HEADER,
        paypal_row("03/01/2026", "Prolific Academic Ltd", "Mass Pay Payment", "Completed", "GBP", "1,234.56",
                   "-0.20", "amina@example.org", "8AB12345CD678901E"),
        paypal_row("03/02/2026", "Amazon Mechanical Turk", "Payment Received", "Pending", "USD", "12.00", "0.00",
                   "amina@example.org", "9AB12345CD678901F"),
        paypal_row("03/03/2026", "", "General Currency Conversion", "Completed", "GBP", "-1,234.56", "", "", "1CC"),
        paypal_row("03/04/2026", "Toloka AG", "Payment Received", "Reversed", "USD", "-5.00", "0.00",
                   "amina@example.org", "2DD"),
        paypal_row("03/05/2026", "Client", "Payment Received", "Denied", "EUR", "40.00", "0.00", "coop@example.org",
                   "3EE"),
    ]  # fmt: skip
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode()


def test_paypal_activity_csv() -> None:
    read = read_statement(paypal_file(), BUILTIN["paypal"], "paypal:amina")
    assert read.outcome.errors == [] and read.outcome.skipped == 1  # the currency conversion
    first, pending, reversed_, denied = read.lines
    assert first.amount == Money(Decimal("1234.56"), "GBP") and first.fee == Money(Decimal("0.20"), "GBP")
    assert first.paid_on == date(2026, 3, 1) and first.platform == "prolific" and first.status is LineStatus.PAID
    assert first.payee == "amina@example.org" and first.reference == "8AB12345CD678901E" and first.line_no == 2
    assert (pending.status, pending.platform, pending.fee) == (LineStatus.PENDING, "mturk", None)
    assert (reversed_.status, reversed_.amount) == (LineStatus.REVERSED, Money(Decimal("-5.00"), "USD"))
    assert (denied.status, denied.platform, denied.line_no) == (LineStatus.REJECTED, "other", 6)


def test_generic_sheet() -> None:
    text = (
        "date,payee,platform,amount,currency,reference,status\n"
        "2026-03-01,worker-17,prolific,1204.50,GBP,P-1,paid\n"
        "2026-03-02,worker-18,Toloka,3.10,usd,T-9,pending\n"
    )
    read = read_statement(text.encode(), BUILTIN["generic"], "sheet")
    assert [(x.payee, x.platform, x.amount, x.status) for x in read.lines] == [
        ("worker-17", "prolific", Money(Decimal("1204.50"), "GBP"), LineStatus.PAID),
        ("worker-18", "toloka", Money(Decimal("3.10"), "USD"), LineStatus.PENDING),
    ]


def test_bank_csv() -> None:
    text = (
        "Date,Counterparty,Description,Amount,Currency,Reference\n"
        "2026-03-05,Appen Butler Hill,Invoice 2026-02,830.00,EUR,BK-001\n"
        "2026-03-06,Office rent,March,-450.00,EUR,BK-002\n"
    )
    read = read_statement(text.encode(), BUILTIN["bank"], "bank:coop")
    assert [(x.platform, x.amount.amount) for x in read.lines] == [("appen", Decimal("830.00")), ("other", -450)]


def mturk_file() -> bytes:
    return (
        b"HITId,Requester,Title,Reward,Status,Date\n"
        b"3XH7ZX2A1,Cognition Lab,Rate images,$0.50,Approved,2026-03-01T14:05:00Z\n"
        b"3XH7ZX2A2,Cognition Lab,Rate images,$0.50,Pending,2026-03-01T14:09:00Z\n"
        b'3XH7ZX2A3,"Lab, Inc",Survey,1.25,Rejected,2026-03-02\n'
        b"3XH7ZX2A4,Cognition Lab,Broken HIT,$0.10,Returned,2026-03-02\n"
    )


def test_mturk_hit_history() -> None:
    read = read_statement(mturk_file(), BUILTIN["mturk"], "mturk")
    assert read.outcome.errors == []
    assert [(x.reference, x.amount, x.status, x.paid_on) for x in read.lines] == [
        ("3XH7ZX2A1", Money(Decimal("0.50"), "USD"), LineStatus.PAID, date(2026, 3, 1)),
        ("3XH7ZX2A2", Money(Decimal("0.50"), "USD"), LineStatus.PENDING, date(2026, 3, 1)),
        ("3XH7ZX2A3", Money(Decimal("1.25"), "USD"), LineStatus.REJECTED, date(2026, 3, 2)),
        ("3XH7ZX2A4", Money(Decimal("0.10"), "USD"), LineStatus.RETURNED, date(2026, 3, 2)),
    ]


def prolific_file() -> bytes:
    return (
        "Study\tReward\tStatus\tCompleted\n"
        "Attention and memory\t£1.50\tAPPROVED\t01/03/2026, 14:05\n"
        "Food choices survey\t$2.00\tAWAITING REVIEW\t02/03/2026, 09:40\n"
        "Screener\t0.30 GBP\tRETURNED\t2026-03-02\n"
        "Long task\t£4.00\tREJECTED\t03/03/2026\n"
    ).encode()


def test_prolific_submissions_as_copied() -> None:
    read = read_statement(prolific_file(), BUILTIN["prolific"], "prolific")
    assert read.outcome.errors == []
    assert [(x.amount, x.status, x.paid_on) for x in read.lines] == [
        (Money(Decimal("1.50"), "GBP"), LineStatus.PAID, date(2026, 3, 1)),
        (Money(Decimal("2.00"), "USD"), LineStatus.PENDING, date(2026, 3, 2)),
        (Money(Decimal("0.30"), "GBP"), LineStatus.RETURNED, date(2026, 3, 2)),
        (Money(Decimal("4.00"), "GBP"), LineStatus.REJECTED, date(2026, 3, 3)),
    ]
    again = read_statement(prolific_file(), BUILTIN["prolific"], "prolific")
    assert [x.reference for x in again.lines] == [x.reference for x in read.lines]  # derived, stable


def test_column_mapping_with_decimal_comma_and_an_old_encoding() -> None:
    mapping = ColumnMapping(
        name="sparkasse",
        date="Buchungstag",
        amount="Betrag",
        fixed_currency="EUR",
        payee="Empfänger",
        reference="Referenz",
        date_format=DateFormat.DOTTED,
        decimal_comma=True,
        delimiter=";",
        encoding="cp1252",
    )
    assert mapping_from_json(mapping_to_json(mapping)) == mapping
    text = "Buchungstag;Empfänger;Betrag;Referenz\n05.03.2026;Müller GmbH;1.234,56;R1\n06.03.2026;Café;-7,5;R2\n"
    read = read_statement(text.encode("cp1252"), mapping.preset(), "bank:sparkasse")
    assert [(x.paid_on, x.payee, x.amount) for x in read.lines] == [
        (date(2026, 3, 5), "Müller GmbH", Money(Decimal("1234.56"), "EUR")),
        (date(2026, 3, 6), "Café", Money(Decimal("-7.5"), "EUR")),
    ]


def test_json_list() -> None:
    common = {"date": "2026-03-01", "payee": "w1", "platform": "prolific", "currency": "EUR"}
    items = [{**common, "amount": 12.5, "reference": "a"}, {**common, "reference": "b"}]
    read = read_statement(json.dumps(items).encode(), BUILTIN["generic"], "json")
    assert [x.amount for x in read.lines] == [Money(Decimal("12.5"), "EUR")]
    assert [str(e) for e in read.outcome.errors] == ["item 2: field 'amount': missing"]


GENERIC = "date,payee,platform,amount,currency,reference\n"


def errors_of(text: str | bytes, preset: str = "generic") -> tuple[list[str], list[str]]:
    data = text.encode() if isinstance(text, str) else text
    read = read_statement(data, BUILTIN[preset], "t")
    return [x.reference for x in read.lines], [str(e) for e in read.outcome.errors]


def test_bad_encoding_names_the_line_and_keeps_the_others() -> None:
    data = (GENERIC + "2026-03-01,w1,prolific,1.00,EUR,r1\n").encode() + b"2026-03-01,M\xfcller,x,2.00,EUR,r2\n"
    data += b"2026-03-01,w3,prolific,3.00,EUR,r3\n"
    assert errors_of(data) == (["r1", "r3"], ["line 3: not UTF-8 text (byte 0xfc); fix the file's encoding"])


def test_missing_columns_are_named() -> None:
    with pytest.raises(StatementError, match=r"missing columns: 'currency', 'reference' \(the header has: 'date'"):
        read_statement(b"date,payee,platform,amount\n2026-03-01,a,b,1\n", BUILTIN["generic"], "t")


def test_negative_absurd_unknown_currency_duplicate_and_short_rows() -> None:
    text = GENERIC + (
        "2026-03-01,w1,prolific,1.00,EUR,r1\n"
        "2026-03-01,w1,prolific,-1.00,EUR,r2\n"
        '2026-03-01,w1,prolific,"9,999,999.00",EUR,r3\n'
        "2026-03-01,w1,prolific,1.00,EUX,r4\n"
        "2026-03-01,w1,prolific,2.00,EUR,r1\n"
        "2026-03-01,w1,prolific\n"
        "2026-02-30,w1,prolific,1.00,EUR,r7\n"
        "2026-03-01,w1,prolific,1.0000001,EUR,r8\n"
        "2026-03-01,w1,prolific,1.00,EUR,r9\n"
    )
    assert errors_of(text) == (
        ["r1", "r9"],
        [
            "line 3: field 'amount': negative amount not allowed: -1.00 EUR",
            "line 4: field 'amount': absurd amount: 9999999.00 EUR (over 1,000,000 here)",
            "line 5: field 'currency': unknown currency: 'EUX' (not an ISO 4217 code)",
            "line 6: field 'reference': duplicate reference 'r1' (first on line 2)",
            "line 7: 3 cells where the header has 6",
            "line 8: field 'date': no such day: '2026-02-30'",
            "line 9: field 'amount': more than 6 decimals: '1.0000001'",
        ],
    )


def test_a_negative_reward_is_refused_by_the_task_presets() -> None:
    text = "HITId,Reward,Status,Date\nH1,-0.50,Approved,2026-03-01\nH2,$20000.00,Approved,2026-03-01\n"
    assert errors_of(text, "mturk") == (
        [],
        [
            "line 2: field 'Reward': negative amount not allowed: -0.50 USD",
            "line 3: field 'Reward': absurd amount: 20000.00 USD (over 10,000 here)",
        ],
    )


def test_unknown_status_is_a_row_error() -> None:
    assert errors_of("HITId,Reward,Status,Date\nH1,0.50,Lost,2026-03-01\n", "mturk")[1] == [
        "line 2: field 'Status': unknown status: 'Lost' (expected one of Abandoned, Approved, Paid, Pending, "
        "Rejected, Returned, Submitted)"
    ]


def test_size_limits_refuse_the_whole_file() -> None:
    data = (GENERIC + "2026-03-01,w,p,1.00,EUR,r1\n2026-03-01,w,p,1.00,EUR,r2\n").encode()
    with pytest.raises(StatementError, match="more than 1 rows"):
        read_statement(data, BUILTIN["generic"], "t", Limits(max_rows=1))
    with pytest.raises(StatementError, match=f"the file has {len(data)} bytes: over the limit of 10"):
        read_statement(data, BUILTIN["generic"], "t", Limits(max_bytes=10))


def test_a_quoted_cell_over_several_lines_keeps_the_line_numbers() -> None:
    text = GENERIC + '2026-03-01,"w1\nsecond line",prolific,1.00,EUR,r1\n2026-03-01,w2,prolific,x,EUR,r2\n'
    assert errors_of(text) == (["r1"], ["line 4: field 'amount': not an amount: 'x'"])


def test_hundred_thousand_rows_with_three_bad_ones() -> None:
    bad = {20_000: "abc", 55_555: "-4.00", 99_999: "7.00,EUR"}
    rows = [GENERIC.rstrip("\n")]
    for n in range(2, 100_002):
        amount = bad.get(n, f"{n % 977}.{n % 100:02d}")
        rows.append(f"2026-03-{1 + n % 28:02d},worker-{n % 2000},prolific,{amount},EUR,ref-{n}")
    read = read_statement(("\n".join(rows) + "\n").encode(), BUILTIN["generic"], "big")
    assert len(read.lines) == 99_997
    assert [(e.line_no, e.column) for e in read.outcome.errors] == [
        (20_000, "amount"),
        (55_555, "amount"),
        (99_999, None),
    ]
    assert {line.line_no for line in read.lines}.isdisjoint(bad) and read.outcome.error_count == 3


@given(
    st.decimals(min_value=Decimal("-999999.99"), max_value=Decimal("999999.99"), places=2, allow_nan=False),
    st.booleans(),
)
def test_amounts_read_exactly_as_decimal(amount: Decimal, decimal_comma: bool) -> None:
    grouped = f"{amount:,.2f}"
    text = grouped.translate(str.maketrans(",.", ".,")) if decimal_comma else grouped
    value, symbol = parse_amount("amount", text, decimal_comma)
    assert isinstance(value, Decimal) and value == amount and symbol is None
    assert parse_amount("amount", f"-${abs(amount)}")[0] == -abs(amount)


@given(st.text(alphabet="0123456789,.-+ $x", max_size=12))
def test_any_text_is_an_amount_or_a_field_error(text: str) -> None:
    error: FieldError | None = None
    value = Decimal(0)
    try:
        value, _ = parse_amount("Gross", text)
    except FieldError as exc:
        error = exc
    if error is not None:
        assert error.column == "Gross"
    else:
        assert value == Decimal(text.replace(",", "").replace("$", "").replace(" ", ""))
