"""Statement and earnings-record imports through the service and the command line, on a real store."""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopclient.app import Environment, build
from coopclient.cli import main
from coopclient.core.categories import Category
from coopclient.core.ids import counting_ids
from coopclient.core.money import Money
from coopclient.core.statements import ColumnMapping, Limits
from coopclient.services.container import Services
from coopclient.services.statements import DayMatch, StatementImportError, StatementService
from coopclient.storage.db import DB_FILENAME
from tests.fakes import FakeClock

DAY = 86_400_000
GENERIC = "date,payee,platform,amount,currency,reference,status\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def table(services: Services, name: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in services.db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()]


def test_the_same_statement_twice_changes_nothing_and_a_moved_status_updates_in_place(
    services: Services, tmp_path: Path
) -> None:
    first = write(tmp_path / "s.csv", GENERIC + "2026-03-01,w1,prolific,10.00,EUR,a,pending\n"
                  "2026-03-01,w2,prolific,11.00,EUR,b,paid\n")  # fmt: skip
    summary = services.statements.import_statement(first, "generic", "sheet")
    assert (summary.lines, summary.added, summary.updated, summary.error_count) == (2, 2, 0, 0)
    stored = table(services, "statement_lines")
    again = services.statements.import_statement(first, "generic", "sheet")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert table(services, "statement_lines") == stored
    later = write(tmp_path / "later.csv", GENERIC + "2026-03-01,w2,prolific,11.00,EUR,b,paid\n"
                  "2026-03-01,w1,prolific,10.00,EUR,a,paid\n2026-03-02,w3,mturk,1.00,USD,c,paid\n")  # fmt: skip
    overlap = services.statements.import_statement(later, "generic", "sheet")
    assert (overlap.added, overlap.updated, overlap.unchanged) == (1, 1, 1)
    lines = services.db.execute("SELECT reference, status FROM statement_lines ORDER BY reference").fetchall()
    assert [tuple(r) for r in lines] == [("a", "paid"), ("b", "paid"), ("c", "paid")]


MTURK = "HITId,Title,Reward,Status,Date\n"


def test_member_records_become_earnings_matched_to_the_manual_timer(
    services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    services.settings.apply({"report_currency": "USD"})
    services.timer.start_manual(Category.ANNOTATING, "mturk")
    clock.advance(3_600_000)
    services.timer.stop_manual()
    today = date(2026, 3, 2)  # the fake clock's day
    rows = (
        f"H1,Rate images,$3.00,Approved,{today}\nH2,Survey,$1.00,Pending,{today}\nH3,Long,$0.50,Rejected,{today}\n"
        f"H4,Old,$2.00,Approved,{today - timedelta(days=1)}\n"
    )
    summary = services.statements.import_records(write(tmp_path / "h.csv", MTURK + rows), "mturk")
    assert summary.days == [
        DayMatch("mturk", today - timedelta(days=1), 1, 0),
        DayMatch("mturk", today, 3, 3_600_000),
    ]
    assert [d.day for d in summary.untimed_days] == [today - timedelta(days=1)]
    day = services.reports.report(today, today).totals
    assert day.money.earned == Money(Decimal("3.00"), "USD")  # pending and rejected are not earned
    assert day.wages.task == Money(Decimal("3.00"), "USD")  # per hour: the web work has its hours
    assert day.original["pending"] == {"USD": Money(Decimal("1.00"), "USD")}
    assert day.original["unpaid"] == {"USD": Money(Decimal("0.50"), "USD")}
    earnings = table(services, "earnings")
    again = services.statements.import_records(write(tmp_path / "h.csv", MTURK + rows), "mturk")
    assert (again.earnings_added, again.earnings_updated) == (0, 0) and table(services, "earnings") == earnings
    moved = rows.replace("$1.00,Pending", "$1.00,Approved")
    after = services.statements.import_records(write(tmp_path / "h2.csv", MTURK + moved), "mturk")
    assert (after.earnings_added, after.earnings_updated) == (0, 1)
    assert services.reports.report(today, today).totals.money.earned == Money(Decimal("4.00"), "USD")


PAYPAL = '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","Transaction ID","Balance"\n'


def test_member_paypal_payouts_count_as_money_received_less_fees(services: Services, tmp_path: Path) -> None:
    services.settings.apply({"report_currency": "GBP"})
    text = PAYPAL + (
        '"03/02/2026","09:00:00","GMT","Prolific Academic Ltd","Mass Pay Payment","Completed","GBP","25.00",'
        '"-0.95","24.05","7X1","100.00"\n'
        '"03/02/2026","09:05:00","GMT","Prolific Academic Ltd","Mass Pay Payment","Pending","GBP","5.00",'
        '"0.00","5.00","7X2","100.00"\n'
        '"03/02/2026","10:00:00","GMT","","General Withdrawal","Completed","GBP","-50.00","0.00","-50.00","7X3",'
        '"50.00"\n'
    )
    summary = services.statements.import_records(write(tmp_path / "pp.csv", text), "paypal")
    assert (summary.lines, summary.skipped, summary.earnings_added) == (2, 1, 3)
    money = services.reports.report().totals.money
    assert (money.received, money.fees) == (Money(Decimal("25.00"), "GBP"), Money(Decimal("-0.95"), "GBP"))


def test_the_member_is_reminded_before_mturk_history_leaves_its_window(
    services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    services.timer.start_manual(Category.ANNOTATING, "mturk")
    clock.advance(600_000)
    services.timer.stop_manual()
    clock.advance(37 * DAY)
    assert services.statements.reminders() == []
    clock.advance(DAY)
    (reminder,) = services.statements.reminders()
    assert (reminder.platform, reminder.oldest_unimported, reminder.days_left) == ("mturk", date(2026, 3, 2), 7)
    history = write(tmp_path / "h.csv", MTURK + "H1,Rate images,$3.00,Approved,2026-03-02\n")
    services.statements.import_records(history, "mturk")
    assert services.statements.reminders() == []


def test_a_file_over_the_row_limit_leaves_the_store_as_it_was(services: Services, tmp_path: Path) -> None:
    rows = "".join(f"2026-03-01,w,prolific,1.00,EUR,r{n},paid\n" for n in range(25_000))
    path = write(tmp_path / "big.csv", GENERIC + rows)
    limited = StatementService(services.db, services.clock, Limits(max_rows=20_000))
    with pytest.raises(StatementImportError, match=r"more than 20,000 rows.*nothing was imported"):
        limited.import_statement(path, "generic")
    assert table(services, "statement_lines") == []


def test_unknown_preset_and_mapping_are_refused(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", GENERIC)
    with pytest.raises(StatementImportError, match="unknown preset 'paypall'"):
        services.statements.import_statement(path, "paypall")
    with pytest.raises(StatementImportError, match=r"no mapping named 'wise' \(none saved\)"):
        services.statements.import_statement(path, "mapping:wise")


lines = st.lists(
    st.tuples(
        st.dates(date(2025, 1, 1), date(2026, 12, 31)),
        st.sampled_from(["prolific", "mturk", "toloka"]),
        st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2, allow_nan=False),
        st.sampled_from(["EUR", "USD", "GBP", "KWD"]),
        st.sampled_from(["paid", "pending", "rejected", "returned"]),
    ),
    max_size=30,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=lines, tasks=st.booleans())
def test_importing_twice_is_idempotent_and_amounts_stay_exact(
    rows: list[tuple[date, str, Decimal, str, str]], tasks: bool
) -> None:
    text = GENERIC + "".join(f"{d},w,{p},{a},{c},ref-{n},{s}\n" for n, (d, p, a, c, s) in enumerate(rows))
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "s.csv", text)
        s = build(Path(folder) / "data", clock=FakeClock(), ids=counting_ids())
        try:
            preset = "generic"
            if tasks:
                s.statements.save_mapping(_tasks_mapping())
                preset = "mapping:tasks"
            s.statements.import_records(path, preset)
            before = (table(s, "statement_lines"), table(s, "earnings"), table(s, "money_rollup"))
            again = s.statements.import_records(path, preset)
            assert (again.added, again.updated, again.earnings_added, again.earnings_updated) == (0, 0, 0, 0)
            assert (table(s, "statement_lines"), table(s, "earnings"), table(s, "money_rollup")) == before
            stored = s.db.execute("SELECT amount_micros, currency FROM statement_lines ORDER BY reference").fetchall()
            by_ref = sorted((f"ref-{n}", a, c) for n, (_, _, a, c, _) in enumerate(rows))
            assert [Money.from_micros(m, c) for m, c in stored] == [Money(a, c) for _, a, c in by_ref]
        finally:
            s.close()


def _tasks_mapping() -> ColumnMapping:
    return ColumnMapping(
        "tasks", "date", "amount", currency="currency", platform="platform", reference="reference",
        status="status", tasks=True, allow_negative=False,
    )  # fmt: skip


# -- the command line ---------------------------------------------------------------------------------------


def cli(data: Path, clock: FakeClock, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(clock=clock, ids=counting_ids("cli"), stdout=out, stderr=err, variables={})
    code = main(["--data-dir", str(data), *args], env)
    return code, out.getvalue(), err.getvalue()


def test_cli_keeps_good_rows_lists_bad_ones_and_exits_2(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "data"
    history = write(tmp_path / "h.csv", MTURK + "H1,A,$3.00,Approved,2026-03-02\nH2,B,abc,Approved,2026-03-02\n")
    code, out, err = cli(data, clock, "earnings", "import", str(history), "--preset", "mturk")
    assert code == 2
    assert "1 good rows: 1 new, 0 updated, 0 already imported; 0 not payments; 1 bad rows left out" in out
    assert f"{history}: line 3: field 'Reward': not an amount: 'abc'" in err
    assert "the 1 good rows kept" in err
    code, out, _ = cli(data, clock, "earnings", "import", str(history), "--preset", "mturk", "--json")
    summary = json.loads(out)
    assert (code, summary["unchanged"], summary["bad_rows"], summary["errors"][0]["line"]) == (2, 1, 1, 3)
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        assert conn.execute("SELECT kind, amount_micros FROM earnings").fetchall() == [("piece_rate", 3_000_000)]
    finally:
        conn.close()


def test_cli_mapping_saved_by_name_then_used_by_the_treasurer(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "data"
    save = ["mapping", "save", "wise", "--date", "Created on", "--amount", "Amount", "--currency", "Currency",
            "--payee", "Target name", "--reference", "ID", "--date-format", "DD/MM/YYYY",
            "--fixed-platform", "appen"]  # fmt: skip
    assert cli(data, clock, *save)[0] == 0
    assert cli(data, clock, "mapping", "list")[1] == "wise\n"
    sheet = write(tmp_path / "wise.csv", "ID,Created on,Target name,Amount,Currency\nTR-1,05/03/2026,Amina,"
                  "120.00,EUR\nTR-2,06/03/2026,Baraka,80.00,EUX\n")  # fmt: skip
    code, out, err = cli(data, clock, "treasurer", "import", str(sheet), "--preset", "mapping:wise", "--json")
    assert code == 2 and json.loads(out)["added"] == 1
    assert "line 3: field 'Currency': unknown currency: 'EUX'" in err
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        stored = conn.execute("SELECT side, source, paid_on, payee, platform, amount_micros FROM statement_lines")
        assert stored.fetchall() == [("treasurer", "mapping:wise", "2026-03-05", "Amina", "appen", 120_000_000)]
    finally:
        conn.close()


def test_cli_refuses_a_file_with_missing_columns_and_stores_nothing(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "data"
    bad = write(tmp_path / "b.csv", "date,amount\n2026-03-01,1.00\n")
    code, out, err = cli(data, clock, "treasurer", "import", str(bad), "--preset", "generic")
    assert (code, out) == (2, "")
    assert "missing columns: 'payee', 'platform', 'currency', 'reference'" in err and "nothing was imported" in err
