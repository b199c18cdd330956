"""What a member's imported line becomes in their earnings, and the history-window reminders (pure)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus, StatementLine
from coopclient.core.statements.records import earnings_of, entry_id_of, reminders


def line(status: LineStatus, amount: str = "0.50", fee: str | None = None, ref: str = "H1") -> StatementLine:
    cur = "USD"
    return StatementLine(
        "mturk", 2, date(2026, 3, 1), "", "mturk", Money(Decimal(amount), cur),
        None if fee is None else Money(Decimal(fee), cur), ref, status,
    )  # fmt: skip


def test_task_records_become_earned_pending_or_unpaid() -> None:
    kinds = {s: [e.kind for e in earnings_of(line(s), tasks=True)] for s in LineStatus}
    assert kinds == {
        LineStatus.PAID: ["piece_rate"],
        LineStatus.PENDING: ["pending"],
        LineStatus.REJECTED: ["unpaid"],
        LineStatus.RETURNED: ["unpaid"],
        LineStatus.REVERSED: ["unpaid"],
    }


def test_payments_become_payouts_and_fees_and_money_sent_is_no_earning() -> None:
    payout, fee = earnings_of(line(LineStatus.PAID, "12.00", "0.35"), tasks=False)
    assert (payout.kind, payout.amount, fee.kind, fee.amount) == (
        "payout", Money(Decimal("12.00"), "USD"), "fee", Money(Decimal("-0.35"), "USD")
    )  # fmt: skip
    assert payout.entry_id != fee.entry_id
    assert [e.kind for e in earnings_of(line(LineStatus.PENDING, "12.00"), tasks=False)] == ["payout_pending"]
    assert earnings_of(line(LineStatus.PAID, "-30.00"), tasks=False) == []


def test_the_entry_id_depends_on_the_line_not_its_status() -> None:
    assert (
        earnings_of(line(LineStatus.PENDING), True)[0].entry_id == earnings_of(line(LineStatus.PAID), True)[0].entry_id
    )
    assert entry_id_of("mturk", "H1") != entry_id_of("mturk", "H2") != entry_id_of("prolific", "H1")


def test_reminder_only_in_the_last_week_of_the_window_and_only_for_uncovered_work() -> None:
    worked = {"mturk": [date(2026, 3, 1), date(2026, 3, 10)]}
    assert reminders(worked, {}, date(2026, 4, 7)) == []  # 8 days left
    (soon,) = reminders(worked, {}, date(2026, 4, 8))
    assert (soon.oldest_unimported, soon.last_day, soon.days_left) == (date(2026, 3, 1), date(2026, 4, 15), 7)
    assert str(soon) == (
        "mturk: import your history within 7 days (by 2026-04-15): the work you timed on 2026-03-01 leaves its "
        "45-day window after that day"
    )
    assert reminders(worked, {"mturk": date(2026, 3, 5)}, date(2026, 4, 8)) == []  # next: 03-10, in April
    # the 1 March work is past its window on 16 April: the reminder moves on to the 10 March work
    (later,) = reminders(worked, {}, date(2026, 4, 16) + timedelta(days=3))
    assert later.oldest_unimported == date(2026, 3, 10) and later.days_left == 5
    assert reminders({"prolific": [date(2026, 3, 1)]}, {}, date(2026, 4, 14)) == []  # no known window
