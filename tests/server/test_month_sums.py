"""The member-month sums (`stat_member_months`, schema version 4) give a release exactly what summing the days
gives, through floor changes mid-month, exchange rates, late entries and corrections; the audit finds them
changed; the rebuild and the migration fill them."""

from __future__ import annotations

import re
import tempfile
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.protocol.entries import Entry, make_body, parse_entry, stats_data
from coopclient.protocol.signing import SigningKey
from coopclient.server import projections
from coopclient.server.aggregates import (
    MemberMonth,
    Policy,
    ReleaseError,
    ReleaseSettings,
    cap_cells,
    member_month_rows,
    policy_from_entries,
    release,
    summed_rows,
)
from coopclient.server.commitment import rows_digest
from coopclient.server.release_inputs import log_rows
from coopclient.server.store import LedgerStore
from coopclient.server.store_types import Member
from tests.server.test_aggregates import FakeNoise
from tests.server.test_store import ORIGIN, TODAY, Keys, enrol

MONTH = "2026-10"
FIRST = date(2026, 9, 28)  # a few days of the months around it too
SPAN = 38
PLATFORMS = ("label-studio", "doccano")
KINDS = ("image", "text")
CURRENCIES = ("EUR", "USD")


def day_entry(
    key: SigningKey,
    day: date,
    cell: int = 0,
    *,
    active_s: int = 3600,
    unpaid_s: int = 600,
    earnings: dict[str, Decimal] | None = None,
    supersedes: str | None = None,
) -> tuple[Entry, bytes]:
    data = stats_data(
        day,
        PLATFORMS[cell % 2],
        KINDS[cell // 2 % 2],
        active_s,
        {"searching": unpaid_s},
        7,
        1,
        {"EUR": Decimal("12.00")} if earnings is None else earnings,
    )
    body = make_body("stats.day", data, key.public, str(uuid.uuid4()), supersedes)
    return parse_entry(body), key.sign(body)


def floor_entry(key: SigningKey, effective: date, hourly: str, supersedes: str | None = None) -> tuple[Entry, bytes]:
    data = {"effective": effective.isoformat(), "hourly": hourly, "currency": "EUR"}
    body = make_body("policy.floor", data, key.public, str(uuid.uuid4()), supersedes)
    return parse_entry(body), key.sign(body)


def fx_entry(key: SigningKey, effective: date, rate: str) -> tuple[Entry, bytes]:
    data = {"effective": effective.isoformat(), "base": "EUR", "rates": {"USD": rate}}
    body = make_body("policy.fx", data, key.public, str(uuid.uuid4()))
    return parse_entry(body), key.sign(body)


def log_policy(store: LedgerStore, month: str) -> Policy:
    """The policy a release of `month` uses (as the server's /v1/releases does)."""
    entries = [parse_entry(bytes(s.body)) for s in store.entries_by_kinds(["policy."], store.size())]
    return policy_from_entries(entries, month)


def by_key(rows: list[MemberMonth]) -> list[MemberMonth]:
    return sorted(rows, key=lambda r: (r.member, r.platform, r.task_kind))


def assert_same_release(store: LedgerStore, month: str) -> list[MemberMonth]:
    """The summed rows are the rows summing the days gives, and so are the release and its commitment."""
    policy = log_policy(store, month)
    db = store.database
    try:
        old = by_key(member_month_rows(db, month, policy.floor_hourly, policy.rates()))
    except ReleaseError as exc:
        with pytest.raises(ReleaseError, match=str(exc).replace("(", r"\(").replace(")", r"\)")):
            summed_rows(db, month, policy)
        return []
    new = summed_rows(db, month, policy)
    if new is None:  # only a month no stats.day entry ever gave has no sums (nor policy row)
        assert old == []
        assert db.fetchone("SELECT policy FROM stat_month_policy WHERE month = ?", (month,)) is None
        return []
    assert by_key(new) == old
    # What `ledger verify-release` re-derives from the log alone is these rows too.
    assert by_key(log_rows(db, month, policy, store.size())) == old
    for cells in (1, 2):  # bounding in SQL keeps the rows cap_cells keeps
        assert by_key(summed_rows(db, month, policy, cells) or []) == by_key(cap_cells(old, cells))
    settings_ = ReleaseSettings(min_count=0, min_count_wage=0, wage_miss_probability=None)
    salt = b"s" * 32
    assert rows_digest(cap_cells(new, 4), salt) == rows_digest(cap_cells(old, 4), salt)
    assert release(by_key(new), settings_, policy, noise=FakeNoise()) == release(
        old, settings_, policy, noise=FakeNoise()
    )
    return new


def open_store(url: str, keys: Keys) -> tuple[LedgerStore, Member]:
    store = LedgerStore.open(url)
    store.init(ORIGIN, keys.log.public, keys.treasurer.public, today=TODAY)
    treasurer = store.member_by_key(keys.treasurer.public)
    assert treasurer is not None
    return store, treasurer


# -- the same rows as summing the days ------------------------------------------------------------------------

stats_op = st.tuples(
    st.just("day"),
    st.integers(0, 1),  # member
    st.integers(0, SPAN - 1),  # day
    st.integers(0, 3),  # cell
    st.integers(0, 8 * 3600),  # active
    st.integers(0, 3600),  # unpaid
    st.dictionaries(st.sampled_from(CURRENCIES), st.integers(0, 200_000_000), max_size=2),  # micros
    st.one_of(st.none(), st.integers(0, 30)),  # corrects the n-th earlier stats entry
)
floor_op = st.tuples(st.just("floor"), st.integers(0, SPAN - 1), st.sampled_from(["9.50", "12.50", "14", "30"]))
fx_op = st.tuples(st.just("fx"), st.integers(0, SPAN - 1), st.sampled_from(["1.0800", "1.25", "0.9"]))


@settings(max_examples=30, deadline=None)
@given(
    ops=st.lists(st.one_of(stats_op, stats_op, stats_op, floor_op, fx_op), min_size=3, max_size=40),
    cuts=st.lists(st.integers(1, 40), max_size=6),
)
def test_the_sums_give_the_release_what_summing_the_days_gives(ops: list[tuple[Any, ...]], cuts: list[int]) -> None:
    keys = Keys()
    with tempfile.TemporaryDirectory() as tmp:
        store, treasurer = open_store(str(Path(tmp) / "ledger.sqlite3"), keys)
        try:
            members = [SigningKey.generate() for _ in range(2)]
            holders = [enrol(store, k) for k in members]
            sent: list[tuple[int, Entry]] = []  # the stats entries so far, with their member
            # A floor from before the data, so every month has a release (the ops may change it later).
            batches: list[tuple[int | None, list[tuple[Entry, bytes]]]] = [
                (None, [floor_entry(keys.treasurer, FIRST - timedelta(days=60), "12.50")])
            ]
            for op in ops:
                item, who = _item(op, keys.treasurer, members, sent)
                if not batches or batches[-1][0] != who or len(batches[-1][1]) in cuts:
                    batches.append((who, []))
                batches[-1][1].append(item)
            for who, items in batches:
                store.append(items, treasurer if who is None else holders[who])
            for month in ("2026-09", MONTH, "2026-11"):
                try:
                    log_policy(store, month)
                except ReleaseError:
                    continue  # no floor in force: no release, no sums
                assert_same_release(store, month)
            assert store.verify_integrity() == []
        finally:
            store.close()


def _item(
    op: tuple[Any, ...], treasurer: SigningKey, members: list[SigningKey], sent: list[tuple[int, Entry]]
) -> tuple[tuple[Entry, bytes], int | None]:
    """The signed entry an op stands for, and who appends it (None: the treasurer)."""
    if op[0] == "floor":
        return floor_entry(treasurer, FIRST + timedelta(days=op[1]), op[2]), None
    if op[0] == "fx":
        return fx_entry(treasurer, FIRST + timedelta(days=op[1]), op[2]), None
    _, who, day, cell, active, unpaid, micros, corrects = op
    target = None
    if corrects is not None and sent:
        who, target = sent[corrects % len(sent)]  # a correction is its own member's; it may move the day
    earnings = {code: Decimal(amount).scaleb(-6) for code, amount in micros.items()}
    item = day_entry(
        members[who],
        FIRST + timedelta(days=day),
        cell,
        active_s=active,
        unpaid_s=unpaid,
        earnings=earnings,
        supersedes=None if target is None else target.entry_id,
    )
    sent.append((who, item[0]))
    return item, who


# -- what makes it hard, one at a time (both engines) ---------------------------------------------------------


def test_a_floor_change_mid_month_re_sums_the_month(ledger_url: str) -> None:
    keys = Keys()
    store, treasurer = open_store(ledger_url, keys)
    try:
        key = SigningKey.generate()
        member = enrol(store, key)
        store.append([floor_entry(keys.treasurer, date(2026, 1, 1), "12.50")], treasurer)
        # 12 EUR for an hour all-in: below 12.50; 15 EUR: above it, below 20.
        store.append(
            [day_entry(key, date(2026, 10, d), earnings={"EUR": Decimal(12 + 3 * (d % 2))}) for d in range(1, 11)],
            member,
        )
        (before,) = assert_same_release(store, MONTH)
        assert before.below_floor_s == 5 * 4200
        store.append([floor_entry(keys.treasurer, date(2026, 10, 15), "20")], treasurer)
        (after,) = assert_same_release(store, MONTH)
        assert after.below_floor_s == 10 * 4200
        assert store.verify_integrity() == []
    finally:
        store.close()


def test_a_late_correction_for_a_past_month_updates_its_sums(ledger_url: str) -> None:
    keys = Keys()
    store, treasurer = open_store(ledger_url, keys)
    try:
        key = SigningKey.generate()
        member = enrol(store, key)
        store.append(
            [
                floor_entry(keys.treasurer, date(2026, 1, 1), "12.50"),
                fx_entry(keys.treasurer, date(2026, 1, 1), "1.0800"),
            ],
            treasurer,
        )
        first = day_entry(key, date(2026, 10, 3), earnings={"EUR": Decimal("5"), "USD": Decimal("10")})
        store.append([first, day_entry(key, date(2026, 10, 4))], member)
        store.append([day_entry(key, date(2026, 11, d)) for d in range(1, 5)], member)  # the next month
        late = day_entry(key, date(2026, 10, 30), 1, active_s=7200)
        moved = day_entry(key, date(2026, 10, 5), 2, active_s=60, supersedes=first[0].entry_id)
        store.append([late, moved], member)
        rows = assert_same_release(store, MONTH)
        assert sorted((r.platform, r.task_kind, r.active_s) for r in rows) == [
            ("doccano", "image", 7200),
            ("label-studio", "image", 3600),
            ("label-studio", "text", 60),
        ]
        assert store.verify_integrity() == []
    finally:
        store.close()


def test_a_release_under_another_policy_does_not_use_the_sums(ledger_url: str) -> None:
    keys = Keys()
    store, treasurer = open_store(ledger_url, keys)
    try:
        key = SigningKey.generate()
        member = enrol(store, key)
        store.append([floor_entry(keys.treasurer, date(2026, 1, 1), "12.50")], treasurer)
        store.append([day_entry(key, date(2026, 10, 2))], member)
        other = Policy(floor_hourly=Decimal("30"), currency="EUR")
        assert summed_rows(store.database, MONTH, other) is None
        assert summed_rows(store.database, MONTH, log_policy(store, MONTH)) is not None
    finally:
        store.close()


# -- the audit and the rebuild ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tamper", "found"),
    [
        (
            "UPDATE stat_member_months SET active_s = active_s * 10",
            "stat_member_months (.*): active_s is 36000, the log says 3600",
        ),
        ("UPDATE stat_member_months SET below_floor_s = 0", "below_floor_s is 0, the log says 4200"),
        ("DELETE FROM stat_member_months", "stat_member_months (.*): missing; the log's entries give it"),
        ("UPDATE stat_month_policy SET policy = NULL", r"stat_month_policy \(2026-10\): policy None, the log says"),
    ],
)
def test_tampering_with_the_month_sums_is_found_and_the_rebuild_repairs_it(
    ledger_url: str, tamper: str, found: str
) -> None:
    keys = Keys()
    store, treasurer = open_store(ledger_url, keys)
    try:
        key = SigningKey.generate()
        member = enrol(store, key)
        store.append([floor_entry(keys.treasurer, date(2026, 1, 1), "12.50")], treasurer)
        store.append([day_entry(key, date(2026, 10, 2))], member)
        assert store.verify_integrity() == []
        store.database.execute(tamper)
        problems = store.verify_integrity()
        assert problems and any(re.search(found, p) for p in problems), problems
        store.rebuild_projections()
        assert store.verify_integrity() == []
        assert_same_release(store, MONTH)
    finally:
        store.close()


@given(
    st.decimals(min_value=0, max_value=10**9, places=6, allow_nan=False, allow_infinity=False),
    st.sampled_from(["fixed", "plain", "short"]),
)
def test_micros_read_without_a_decimal_equal_the_decimal_reading(amount: Decimal, spelling: str) -> None:
    # The append reads "12.340000" by its digits (projections._micros); any other spelling goes through Decimal.
    text = {"fixed": f"{amount:.6f}", "plain": str(amount), "short": f"{amount.normalize():f}"}[spelling]
    assert projections._micros(text) == int(Decimal(text).scaleb(6))
