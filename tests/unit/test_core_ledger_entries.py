"""Ledger entry bodies and the schema of each kind (coopclient.protocol.entries)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.protocol.canonical import canonical, parse_canonical
from coopclient.protocol.entries import (
    ENTRY_KINDS,
    OTHER_PLATFORM,
    PLATFORM_ALIASES,
    PLATFORM_TYPES,
    EntryError,
    make_body,
    parse_entry,
    platform_type,
    stats_data,
    validate_data,
)
from coopclient.protocol.signing import SigningKey, b64

PUB = SigningKey.from_seed(bytes(32)).public
ID1 = "0b0e3b8e-4d7e-4c36-9f0c-7c1f6b2d9b11"
ID2 = "5f1c8a52-9b1e-4f7a-8c3d-2e6b7a9d0c44"


def stats(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "day": "2026-11-20",
        "platform": "label-studio",
        "task_kind": "image",
        "active_s": 5400,
        "unpaid_s": {"searching": 600, "qualification": 0},
        "tasks_done": 42,
        "rejections": 1,
        "earnings": {"EUR": "12.340000"},
    }
    data.update(changes)
    return data


FLOOR = {"effective": "2026-01-01", "hourly": "12.50", "currency": "EUR", "regional_factors": {"PT": "0.80"}}
RATECARD = {
    "effective": "2026-01-01",
    "platform": "label-studio",
    "project": "Birds 2026",
    "task_kind": "choices",
    "unit": "task",
    "rate": "0.050000",
    "currency": "EUR",
}
FX = {"effective": "2026-01-01", "base": "EUR", "rates": {"USD": "1.0800", "GBP": "0.8600"}}
RELEASE = {"month": "2026-10", "cells": [{"platform": "file", "count": 17}], "epsilon": "2.0"}


def test_kinds_and_roles() -> None:
    assert ENTRY_KINDS == {
        "stats.day": "member",
        "policy.floor": "treasurer",
        "policy.ratecard": "treasurer",
        "policy.fx": "treasurer",
        "release.aggregates": "log",
    }


@pytest.mark.parametrize(
    ("kind", "data"),
    [("stats.day", stats()), ("policy.floor", FLOOR), ("policy.ratecard", RATECARD), ("policy.fx", FX),
     ("release.aggregates", RELEASE)],
)  # fmt: skip
def test_make_and_parse_round_trip(kind: str, data: dict[str, Any]) -> None:
    body = make_body(kind, data, PUB, ID1)
    entry = parse_entry(body)
    assert (entry.entry_id, entry.kind, entry.signer, entry.supersedes, entry.data, entry.body) == (
        ID1, kind, PUB, None, data, body
    )  # fmt: skip
    assert json.loads(body) == {"v": 1, "entry_id": ID1, "kind": kind, "signer": b64(PUB), "supersedes": None,
                                "data": data}  # fmt: skip


def test_supersedes_is_carried() -> None:
    assert parse_entry(make_body("stats.day", stats(), PUB, ID2, supersedes=ID1)).supersedes == ID1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (stats(unpaid_s={"searching": -5}), "data.unpaid_s.searching: must be an integer from 0 to 86400, not -5"),
        (stats(unpaid_s={"searching": 86401}), "data.unpaid_s.searching: must be an integer from 0 to 86400"),
        (stats(unpaid_s={"searching": 1.5}), "data.unpaid_s.searching: must be an integer"),
        (stats(unpaid_s={"searching": True}), "data.unpaid_s.searching: must be an integer"),
        (stats(unpaid_s={"annotating": 5}), "data.unpaid_s.annotating: not an unpaid category"),
        (stats(unpaid_s={"break": 5}), "data.unpaid_s.break: not an unpaid category"),
        (stats(unpaid_s=[]), "data.unpaid_s: must be an object"),
        (stats(active_s=90000), "data.active_s: must be an integer from 0 to 86400"),
        (stats(tasks_done=-1), "data.tasks_done: must be an integer from 0"),
        (stats(rejections="1"), "data.rejections: must be an integer"),
        (stats(day="2026-02-30"), "data.day: must be a real calendar date"),
        (stats(day="2026-11-20T10:00"), "data.day: must be a date YYYY-MM-DD"),
        (stats(platform="Label Studio"), "data.platform: must be a platform type"),
        (stats(platform="https://ls.example.org"), "data.platform: must be a platform type"),
        (stats(platform="a" * 33), "data.platform: must be a platform type"),
        (stats(platform="wanjiru-kamau"), r"data.platform: must be a platform type of the published list \(label"),
        (stats(task_kind="Image"), "data.task_kind: must be a task kind"),
        (stats(earnings={"EUR": 12.34}), "data.earnings.EUR: must be a decimal string .* never a float"),
        (stats(earnings={"EUR": "12.3400001"}), "data.earnings.EUR: must be a decimal string with at most 6"),
        (stats(earnings={"EUR": "1e3"}), "data.earnings.EUR: must be a decimal string"),
        (stats(earnings={"EUR": "012.34"}), "data.earnings.EUR: must be a decimal string"),
        (stats(earnings={"EUR": "+1"}), "data.earnings.EUR: must be a decimal string"),
        (stats(earnings={"EUR": "-0.00"}), "data.earnings.EUR: .*not negative"),
        (stats(earnings={"EUR": "1" * 13}), "data.earnings.EUR: must be a decimal string"),
        (stats(earnings={"eur": "1"}), "data.earnings.eur: must be an upper-case ISO 4217"),
        (stats(earnings={"XXX": "1"}), "data.earnings.XXX: must be an upper-case ISO 4217"),
        (stats(task_id="123"), "data.task_id: not a field of this entry"),
        ({k: v for k, v in stats().items() if k != "earnings"}, "data.earnings: missing"),
    ],
)
def test_stats_day_errors_name_the_field(data: dict[str, Any], message: str) -> None:
    with pytest.raises(EntryError, match=message):
        validate_data("stats.day", data)


def test_a_body_nested_1000_deep_is_an_entry_error_not_a_recursion_error() -> None:
    deep = b'{"data":' + b"[" * 1000 + b"]" * 1000 + b"}"
    with pytest.raises(EntryError, match="body: canonical JSON: nested deeper than 16 levels"):
        parse_entry(deep)
    with pytest.raises(EntryError, match="nested deeper than 16 levels"):
        make_body("release.aggregates", {"month": "2026-10", "cells": [[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]}, PUB, ID1)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    body = canonical({"a": "[" * 100, "b": [{"c": "]}" * 50}]})
    assert parse_canonical(body)["a"] == "[" * 100


def test_a_refused_platform_is_not_echoed_in_the_error() -> None:
    # The server keeps its answers (batches.response): a refused free-text name must not be kept there.
    with pytest.raises(EntryError) as caught:
        validate_data("stats.day", stats(platform="wanjiru-kamau"))
    assert "wanjiru" not in str(caught.value)


@pytest.mark.parametrize("platform", PLATFORM_TYPES)
def test_every_published_platform_type_is_accepted_and_maps_to_itself(platform: str) -> None:
    validate_data("stats.day", stats(platform=platform))
    assert platform_type(platform) == platform


def test_the_aliases_name_published_types() -> None:
    assert set(PLATFORM_ALIASES.values()) <= set(PLATFORM_TYPES)
    assert OTHER_PLATFORM in PLATFORM_TYPES


@given(st.text(max_size=40))
def test_any_name_maps_to_a_published_type(name: str) -> None:
    assert platform_type(name) in PLATFORM_TYPES


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (stats(earnings={"EUR": "-3.000000", "USD": "0"}), "data.earnings.EUR: .*not negative, not '-3.000000'"),
        (stats(day="0001-01-01"), "data.day: must be a day from 2000-01-01 to 2099-12-31, not '0001-01-01'"),
        (stats(day="9999-12-31"), "data.day: must be a day from 2000-01-01 to 2099-12-31"),
    ],
)
def test_negative_earnings_and_days_outside_the_century_are_refused(data: dict[str, Any], message: str) -> None:
    with pytest.raises(EntryError, match=message):
        validate_data("stats.day", data)


def test_a_policy_effective_in_year_1_is_refused() -> None:
    with pytest.raises(EntryError, match=r"data\.effective: must be a day from 2000-01-01"):
        validate_data("policy.floor", {"effective": "0001-01-01", "hourly": "12.50", "currency": "EUR"})


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("policy.floor", {**FLOOR, "hourly": "0"}, "data.hourly: .*greater than 0"),
        ("policy.floor", {**FLOOR, "hourly": "-1"}, "data.hourly: .*not negative"),
        ("policy.floor", {**FLOOR, "currency": "EURO"}, "data.currency: must be an upper-case ISO 4217"),
        ("policy.floor", {**FLOOR, "regional_factors": {"pt": "0.8"}}, "data.regional_factors.pt: must be an ISO"),
        ("policy.floor", {**FLOOR, "regional_factors": {"PT": "0"}}, "data.regional_factors.PT: .*greater than 0"),
        ("policy.floor", {**FLOOR, "effective": "2026-13-01"}, "data.effective: must be a real calendar date"),
        ("policy.ratecard", {**RATECARD, "project": ""}, "data.project: must be a printable label"),
        ("policy.ratecard", {**RATECARD, "project": "a\nb"}, "data.project: must be a printable label"),
        ("policy.ratecard", {**RATECARD, "rate": "0.0500001"}, "data.rate: must be a decimal string"),
        ("policy.ratecard", {**RATECARD, "unit": "Task"}, "data.unit: must be a unit"),
        ("policy.fx", {**FX, "rates": {"EUR": "1"}}, "data.rates.EUR: the base currency has no rate to itself"),
        ("policy.fx", {**FX, "rates": {"USD": "0"}}, "data.rates.USD: .*greater than 0"),
        ("policy.fx", {"effective": "2026-01-01", "base": "EUR", "rate": {}}, "data.rates: missing"),
        ("release.aggregates", {"cells": []}, "data.month: missing"),
        ("release.aggregates", {"month": "2026-13", "cells": []}, "data.month: must be a month YYYY-MM"),
        ("release.aggregates", {"month": "2026-10"}, "data.cells: must be a list"),
        ("release.aggregates", {"month": "2026-10", "cells": [{"x": 0.5}]}, "data: .*float is not allowed"),
        ("stats.nightly", {}, "kind: must be one of"),
    ],
)
def test_policy_and_release_errors(kind: str, data: dict[str, Any], message: str) -> None:
    with pytest.raises(EntryError, match=message):
        validate_data(kind, data)


def test_floor_without_regional_factors_is_fine() -> None:
    validate_data("policy.floor", {k: v for k, v in FLOOR.items() if k != "regional_factors"})


def envelope(**changes: Any) -> bytes:
    obj: dict[str, Any] = {"v": 1, "entry_id": ID1, "kind": "stats.day", "signer": b64(PUB), "supersedes": None,
                           "data": stats()}  # fmt: skip
    obj.update(changes)
    return canonical({k: v for k, v in obj.items() if v is not ...})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (envelope(v=2), "v: must be 1"),
        (envelope(v=True), "v: must be 1"),
        (envelope(entry_id="0B0E3B8E-4D7E-4C36-9F0C-7C1F6B2D9B11"), "entry_id: must be a lowercase uuid"),
        (envelope(entry_id="id-1"), "entry_id: must be a lowercase uuid"),
        (envelope(kind="policy.salary"), "kind: must be one of"),
        (envelope(signer="AAAA"), "signer: must be the base64 of a 32-byte public key"),
        (envelope(signer="not base64!"), "signer: must be the base64"),
        (envelope(signer=None), "signer: must be the base64"),
        (envelope(supersedes="x"), "supersedes: must be a lowercase uuid"),
        (envelope(supersedes=ID1), "supersedes: an entry cannot supersede itself"),
        (envelope(supersedes=...), "supersedes: missing"),
        (envelope(extra=1), "extra: not a field of this entry"),
        (envelope(data=stats(active_s=-1)), "data.active_s: must be an integer"),
        (envelope(data=[]), "data: must be an object"),
        (b'{"v": 1}', "body: canonical JSON"),
        (b"[]", "body: canonical JSON: expected an object"),
    ],
)
def test_parse_entry_errors(body: bytes, message: str) -> None:
    with pytest.raises(EntryError, match=message):
        parse_entry(body)


def test_make_body_refuses_bad_signer_and_non_text_id() -> None:
    with pytest.raises(EntryError, match="signer: must be a 32-byte"):
        make_body("stats.day", stats(), PUB[:31], ID1)
    with pytest.raises(EntryError, match="body: entry_id: UUID is not allowed"):
        make_body("stats.day", stats(), PUB, uuid.UUID(ID1))  # type: ignore[arg-type]
    with pytest.raises(EntryError, match=r"data\.active_s"):
        make_body("stats.day", stats(active_s=-1), PUB, ID1)


def test_stats_data_fills_every_unpaid_category_and_formats_money() -> None:
    data = stats_data(
        dt.date(2026, 11, 20), "label-studio", "image", 5400, {Category.SEARCHING: 600, "qualification": 30}, 42, 1,
        {"EUR": Decimal("12.34"), "USD": Decimal("0.5"), "JPY": Decimal(0)},
    )  # fmt: skip
    assert set(data["unpaid_s"]) == {c.value for c in UNPAID_CATEGORIES}
    assert data["unpaid_s"]["searching"] == 600 and data["unpaid_s"]["qualification"] == 30
    assert data["unpaid_s"]["payment_admin"] == 0
    assert data["earnings"] == {"EUR": "12.340000", "USD": "0.500000", "JPY": "0.000000"}
    assert data["day"] == "2026-11-20"


@pytest.mark.parametrize(
    ("unpaid", "earnings", "message"),
    [
        ({"annotating": 5}, {}, "data.unpaid_s.annotating: not an unpaid category"),
        ({}, {"EUR": Decimal("0.0000001")}, "data.earnings.EUR: has more than 6 decimals"),
        ({}, {"EUR": Decimal("1e20")}, "data.earnings.EUR: is too large"),
        ({}, {"EUR": Decimal("NaN")}, "data.earnings.EUR: must be a finite Decimal"),
        ({}, {"EUR": 1.5}, "data.earnings.EUR: must be a finite Decimal"),
        ({"searching": -1}, {}, "data.unpaid_s.searching: must be an integer from 0 to 86400, not -1"),
    ],
)
def test_stats_data_refuses(unpaid: dict[str, int], earnings: dict[str, Decimal], message: str) -> None:
    with pytest.raises(EntryError, match=message):
        stats_data(dt.date(2026, 11, 20), "file", "other", 0, unpaid, 0, 0, earnings)


@given(
    active=st.integers(0, 86400),
    unpaid=st.dictionaries(st.sampled_from([c.value for c in UNPAID_CATEGORIES]), st.integers(0, 86400)),
    done=st.integers(0, 10**6),
    rejections=st.integers(0, 10**6),
    earnings=st.dictionaries(
        st.sampled_from(["EUR", "USD", "GBP", "JPY", "KWD"]),
        st.decimals(min_value=0, max_value=10**11, places=6, allow_nan=False, allow_infinity=False),
    ),
)
def test_stats_data_round_trips_exactly(
    active: int, unpaid: dict[str, int], done: int, rejections: int, earnings: dict[str, Decimal]
) -> None:
    data = stats_data(dt.date(2026, 1, 31), "doccano", "ner", active, unpaid, done, rejections, earnings)
    entry = parse_entry(make_body("stats.day", data, PUB, ID1))
    assert {k: Decimal(v) for k, v in entry.data["earnings"].items()} == earnings
    assert sum(entry.data["unpaid_s"].values()) == sum(unpaid.values())
