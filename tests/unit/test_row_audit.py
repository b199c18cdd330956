"""The audit's row comparison shared by the ``stat_days`` and ``stat_member_months`` checks (server.row_audit)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from coopclient.server.row_audit import column_value, compare_rows


def _report(want: dict[tuple[str, ...], tuple[Any, ...]], have: dict[tuple[str, ...], tuple[Any, ...]]) -> list[str]:
    found: list[str] = []
    compare_rows(
        "t",
        ("seq", "n"),
        want,
        have,
        found.append,
        unknown="no entry gives it",
        missing=lambda row: f"entry {row[0]} gives it",
        log=lambda row: f"the log (seq {row[0]})",
    )
    return found


def test_equal_tables_report_nothing_and_numbers_compare_as_ints() -> None:
    assert _report({("a", "b"): (1, 5)}, {("a", "b"): (Decimal(1), Decimal(5))}) == []


def test_each_difference_is_one_line_in_key_order() -> None:
    want: dict[tuple[str, ...], tuple[Any, ...]] = {("a",): (1, 5), ("c",): (3, 7)}
    have: dict[tuple[str, ...], tuple[Any, ...]] = {("a",): (1, 6), ("b",): (2, 0)}
    assert _report(want, have) == [
        "t (a): n is 6, the log (seq 1) says 5",
        "t (b): no entry gives it",
        "t (c): missing; entry 3 gives it",
    ]


def test_column_value_keeps_text_and_null() -> None:
    assert column_value(None) is None
    assert column_value("EUR") == "EUR"
    assert column_value(Decimal("12")) == 12
