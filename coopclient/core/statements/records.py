"""What a member's imported line means for their earnings, and when a platform's history is about to go.

A line from a record of **tasks** (MTurk's HIT history, Prolific's submissions, a mapping that says so) is
work: approved → a ``piece_rate`` (it counts as earned, in the task, session and all-in wages); awaiting
review → ``pending`` (accrued but at risk: shown, not counted until approved); rejected, reversed or returned →
``unpaid`` (the reward that was not paid: shown, never counted; the time stays in the session and all-in
wages). A line from a record of **payments** (PayPal, a bank, the generic sheet) is money: completed and
positive → a ``payout`` (the "money received" wage) and, if the statement shows one, a ``fee`` (negative, the
all-in and received views subtract it); pending → ``payout_pending``; reversed or denied → ``payout_void``;
money the member sent (negative) is no earning and yields nothing.

Each entry's id is derived from the line's ``(source, reference)``, so importing an overlapping export again
finds the same ids: nothing new, and a status that moved (pending → approved) updates the entry in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus, StatementLine

__all__ = ["HISTORY_DAYS", "ImportedEarning", "Reminder", "earnings_of", "entry_id_of", "reminders"]

_TASK_KIND = {
    LineStatus.PAID: "piece_rate",
    LineStatus.PENDING: "pending",
    LineStatus.REJECTED: "unpaid",
    LineStatus.REVERSED: "unpaid",
    LineStatus.RETURNED: "unpaid",
}
_PAYMENT_KIND = {
    LineStatus.PAID: "payout",
    LineStatus.PENDING: "payout_pending",
    LineStatus.REJECTED: "payout_void",
    LineStatus.REVERSED: "payout_void",
    LineStatus.RETURNED: "payout_void",
}


@dataclass(frozen=True, slots=True)
class ImportedEarning:
    """An earnings entry made from an imported line (``amount`` signed as stored: a fee is negative)."""

    entry_id: str
    kind: str
    amount: Money
    day: date
    platform: str
    note: str


def entry_id_of(source: str, reference: str, part: str = "") -> str:
    """The entry id of a line's earning (``part`` tells a line's fee from its payout)."""
    digest = hashlib.sha256(f"{source}\x1f{reference}\x1f{part}".encode()).hexdigest()[:32]
    return f"import-{digest}"


def earnings_of(line: StatementLine, tasks: bool) -> list[ImportedEarning]:
    """The entries a member's line becomes (see the module docstring); ``tasks``: a record of work."""
    note = f"{line.status.value}: {line.source} {line.reference}"
    if tasks:
        kind = _TASK_KIND[line.status]
        return [ImportedEarning(entry_id_of(*line.key), kind, abs(line.amount), line.paid_on, line.platform, note)]
    if line.amount.amount <= 0:
        return []
    kind = _PAYMENT_KIND[line.status]
    out = [ImportedEarning(entry_id_of(*line.key), kind, line.amount, line.paid_on, line.platform, note)]
    if kind == "payout" and line.fee is not None and line.fee.amount:
        fee = -abs(line.fee)
        out.append(ImportedEarning(entry_id_of(*line.key, "fee"), "fee", fee, line.paid_on, line.platform, note))
    return out


HISTORY_DAYS = {"mturk": 45}
"""How many days of history a platform keeps where the member can export it (MTurk: 45)."""

WARN_DAYS = 7


@dataclass(frozen=True, slots=True)
class Reminder:
    """A platform's history that will soon leave its window: export it before ``last_day``."""

    platform: str
    oldest_unimported: date
    last_day: date
    days_left: int
    window_days: int

    def __str__(self) -> str:
        when = "today" if self.days_left == 0 else f"within {self.days_left} day{'s' if self.days_left > 1 else ''}"
        return (
            f"{self.platform}: import your history {when} (by {self.last_day}): the work you timed on "
            f"{self.oldest_unimported} leaves its {self.window_days}-day window after that day"
        )


def reminders(
    worked_days: dict[str, list[date]],
    covered_until: dict[str, date],
    today: date,
    windows: dict[str, int] | None = None,
    warn_days: int = WARN_DAYS,
) -> list[Reminder]:
    """Platforms whose oldest timed day not yet covered by an import leaves the history window soon.

    Args:
        worked_days: the days the member timed work on each platform (manual timer).
        covered_until: the latest day an imported record of the platform reaches (none: never imported).
        today: the member's today.
        windows: days of history each platform keeps (:data:`HISTORY_DAYS` by default).
        warn_days: how many days ahead to remind.
    """
    out = []
    for platform, days in sorted((windows or HISTORY_DAYS).items()):
        covered = covered_until.get(platform)
        waiting = [d for d in worked_days.get(platform, []) if (covered is None or d > covered)]
        open_days = [d for d in waiting if d + timedelta(days=days) >= today]  # older ones are gone already
        if not open_days:
            continue
        oldest = min(open_days)
        last_day = oldest + timedelta(days=days)
        left = (last_day - today).days
        if left <= warn_days:
            out.append(Reminder(platform, oldest, last_day, left, days))
    return out
