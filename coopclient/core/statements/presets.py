"""The statement formats the co-op meets, each a :class:`Preset` that turns a row's cells into a
:class:`~coopclient.core.statement_line.StatementLine` (or None for a row that is no payment, such as
PayPal's currency conversions), raising :class:`~coopclient.core.statements.fields.FieldError` for a bad cell.

Shapes (the header names are matched without regard to case):

* ``generic`` — ``date, payee, platform, amount, currency, reference`` (optional ``status``, ``fee``); ISO dates,
  ``1,234.56`` amounts, no negative amounts (a reversal is a ``status`` of ``reversed``).
* ``paypal`` — PayPal's activity download (US format): ``Date`` (MM/DD/YYYY), ``Name``, ``Type``, ``Status``
  (Completed, Pending, Reversed, Denied; also Refunded, Canceled), ``Currency``, ``Gross``, ``Fee``,
  ``Transaction ID``, ``To Email Address`` (the payee; ``Name`` when empty); other columns (Time, TimeZone, Net,
  Balance, ...) are allowed and unused. Transfers and holds (currency conversions, withdrawals, authorizations)
  are not payments: skipped and counted.
* ``bank`` — one common online-banking shape, our choice: ``Date`` (YYYY-MM-DD), ``Counterparty``,
  ``Description``, ``Amount`` (signed, ``-12.50`` a debit), ``Currency``, ``Reference``. Other banks: a mapping.
* ``mturk`` — a saved MTurk HIT history as the worker-side HIT trackers export it (there is no official worker
  export): ``HITId``, ``Title``, ``Reward`` (``$0.50`` or ``0.50``, US dollars), ``Status`` (Approved, Paid,
  Pending, Submitted, Rejected, Returned, Abandoned), ``Date`` (ISO, a time may follow); optional ``Requester``,
  ``WorkerId``.
* ``prolific`` — the submissions table as the participant copies it (tab-separated): ``Study``, ``Reward``
  (``£1.50``, ``$2.00`` or ``1.50 GBP``), ``Status`` (APPROVED, AWAITING REVIEW, REJECTED, RETURNED, TIMED-OUT,
  SCREENED OUT), ``Completed`` (DD/MM/YYYY or ISO; a time may follow); optional ``Submission ID``. Without it
  the reference is the study and the day (a participant takes a study once).
* a :class:`~coopclient.core.statements.mapping.ColumnMapping` the member or treasurer named, for any other sheet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopclient.core.money import Money
from coopclient.core.statement_line import LineStatus, StatementLine
from coopclient.core.statements.fields import DateFormat, FieldError, parse_amount, parse_currency, parse_date

__all__ = ["BUILTIN", "STATUS_WORDS", "Preset", "derived_reference", "parse_status", "platform_of", "required"]

TREASURER_MAX = Decimal(1_000_000)  # one payment above this is a typo or a wrong column, not a wage
TASK_MAX = Decimal(10_000)  # one HIT or study

_PLATFORM_WORDS = (
    ("prolific", "prolific"),
    ("mechanical turk", "mturk"),
    ("mturk", "mturk"),
    ("toloka", "toloka"),
    ("crowdgen", "appen"),
    ("appen", "appen"),
    ("clickworker", "clickworker"),
)


def platform_of(text: str) -> str:
    """The platform a payer's name points to (``Prolific Academic Ltd`` -> ``prolific``), else ``other``."""
    lower = text.lower()
    return next((kind for word, kind in _PLATFORM_WORDS if word in lower), "other")


def parse_status(column: str, text: str, table: dict[str, LineStatus]) -> LineStatus:
    status = table.get(text.strip().lower())
    if status is None:
        known = ", ".join(sorted({k.title() for k in table}))
        raise FieldError(column, f"unknown status: {text!r} (expected one of {known})")
    return status


def required(column: str, text: str) -> str:
    value = text.strip()
    if not value:
        raise FieldError(column, "empty")
    return value


def derived_reference(*parts: str) -> str:
    """A stable reference for rows that carry none: the same row gives the same reference on every import."""
    return "row:" + hashlib.sha256("\x1f".join(p.strip() for p in parts).encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Preset:
    """A statement format: its columns, its limits, and how a row becomes a line."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    amount_column: str = "amount"
    reference_column: str | None = "reference"
    delimiter: str = ","
    encoding: str = "utf-8"
    allow_negative: bool = False
    max_amount: Decimal = TREASURER_MAX
    tasks: bool = False  # a record of work (HITs, studies), not of payments: see ``core/statements/records``

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        """The row as a line, or None when it is no payment; raises :class:`FieldError` for a bad cell."""
        raise NotImplementedError

    def _money(self, cells: dict[str, str], currency_column: str | None, fixed: str | None = None) -> Money:
        amount, symbol = parse_amount(self.amount_column, cells[self.amount_column])
        code = parse_currency(currency_column, cells[currency_column]) if currency_column else (fixed or symbol)
        if code is None:
            raise FieldError(self.amount_column, f"no currency: {cells[self.amount_column]!r}")
        return Money(amount, code)


_GENERIC_STATUS = {s.value: s for s in LineStatus}


@dataclass(frozen=True)
class GenericPreset(Preset):
    """``date, payee, platform, amount, currency, reference``."""

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        status = parse_status("status", cells["status"], _GENERIC_STATUS) if cells.get("status") else LineStatus.PAID
        fee = None
        if cells.get("fee", "").strip():
            fee = Money(parse_amount("fee", cells["fee"])[0], parse_currency("currency", cells["currency"]))
        return StatementLine(
            source,
            line_no,
            parse_date("date", cells["date"], DateFormat.ISO),
            cells["payee"].strip(),
            required("platform", cells["platform"]).lower(),
            self._money(cells, "currency"),
            fee,
            required("reference", cells["reference"]),
            status,
        )


_PAYPAL_STATUS = {
    "completed": LineStatus.PAID,
    "pending": LineStatus.PENDING,
    "reversed": LineStatus.REVERSED,
    "refunded": LineStatus.REVERSED,
    "denied": LineStatus.REJECTED,
    "canceled": LineStatus.REJECTED,
}
_PAYPAL_NOT_PAYMENTS = frozenset({
    "general currency conversion", "general withdrawal", "general authorization", "void of authorization",
    "account hold for open authorization", "reversal of general account hold",
    "hold on balance for dispute investigation", "bank deposit to pp account",
})  # fmt: skip


@dataclass(frozen=True)
class PayPalPreset(Preset):
    """PayPal's activity CSV."""

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        if cells.get("Type", "").strip().lower() in _PAYPAL_NOT_PAYMENTS:
            return None
        currency = parse_currency("Currency", cells["Currency"])
        fee_amount = parse_amount("Fee", cells["Fee"])[0] if cells["Fee"].strip() else Decimal(0)
        name = cells["Name"].strip()
        return StatementLine(
            source,
            line_no,
            parse_date("Date", cells["Date"], DateFormat.US),
            cells.get("To Email Address", "").strip() or name,
            platform_of(name),
            self._money(cells, "Currency"),
            Money(abs(fee_amount), currency) if fee_amount else None,
            required("Transaction ID", cells["Transaction ID"]),
            parse_status("Status", cells["Status"], _PAYPAL_STATUS),
        )


@dataclass(frozen=True)
class BankPreset(Preset):
    """``Date, Counterparty, Description, Amount, Currency, Reference``."""

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        counterparty = cells["Counterparty"].strip()
        return StatementLine(
            source,
            line_no,
            parse_date("Date", cells["Date"], DateFormat.ISO),
            counterparty,
            platform_of(f"{counterparty} {cells.get('Description', '')}"),
            self._money(cells, "Currency"),
            None,
            required("Reference", cells["Reference"]),
            LineStatus.PAID,
        )


_MTURK_STATUS = {
    "approved": LineStatus.PAID,
    "paid": LineStatus.PAID,
    "pending": LineStatus.PENDING,
    "submitted": LineStatus.PENDING,
    "rejected": LineStatus.REJECTED,
    "returned": LineStatus.RETURNED,
    "abandoned": LineStatus.RETURNED,
}


@dataclass(frozen=True)
class MTurkPreset(Preset):
    """A saved MTurk HIT history."""

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        return StatementLine(
            source,
            line_no,
            parse_date("Date", cells["Date"], DateFormat.ISO),
            cells.get("WorkerId", "").strip(),
            "mturk",
            self._money(cells, None, "USD"),
            None,
            required("HITId", cells["HITId"]),
            parse_status("Status", cells["Status"], _MTURK_STATUS),
        )


_PROLIFIC_STATUS = {
    "approved": LineStatus.PAID,
    "awaiting review": LineStatus.PENDING,
    "rejected": LineStatus.REJECTED,
    "returned": LineStatus.RETURNED,
    "timed-out": LineStatus.RETURNED,
    "screened out": LineStatus.RETURNED,
}


@dataclass(frozen=True)
class ProlificPreset(Preset):
    """Prolific's submissions, as copied (tab-separated)."""

    def convert(self, cells: dict[str, str], line_no: int, source: str) -> StatementLine | None:
        text = cells["Reward"].strip()
        code = None
        if len(text) > 4 and text[-4] == " " and text[-3:].isalpha():
            text, code = text[:-4], parse_currency("Reward", text[-3:])
        amount, symbol = parse_amount("Reward", text)
        if (code or symbol) is None:
            raise FieldError("Reward", f"no currency: {cells['Reward']!r}")
        completed = cells["Completed"].strip()
        on = _prolific_day(completed)
        study = required("Study", cells["Study"])
        reference = cells.get("Submission ID", "").strip() or derived_reference(study, on.isoformat())
        return StatementLine(
            source,
            line_no,
            on,
            "",
            "prolific",
            Money(amount, code or symbol or ""),
            None,
            reference,
            parse_status("Status", cells["Status"], _PROLIFIC_STATUS),
        )


def _prolific_day(text: str) -> date:
    fmt = DateFormat.ISO if text[4:5] == "-" else DateFormat.EUROPEAN
    return parse_date("Completed", text, fmt)


BUILTIN: dict[str, Preset] = {
    "generic": GenericPreset(
        "generic", ("date", "payee", "platform", "amount", "currency", "reference"), ("status", "fee")
    ),
    "paypal": PayPalPreset(
        "paypal",
        ("Date", "Name", "Status", "Currency", "Gross", "Fee", "Transaction ID"),
        ("Type", "To Email Address"),
        amount_column="Gross",
        reference_column="Transaction ID",
        allow_negative=True,
    ),
    "bank": BankPreset(
        "bank",
        ("Date", "Counterparty", "Amount", "Currency", "Reference"),
        ("Description",),
        amount_column="Amount",
        reference_column="Reference",
        allow_negative=True,
    ),
    "mturk": MTurkPreset(
        "mturk",
        ("HITId", "Reward", "Status", "Date"),
        ("Title", "Requester", "WorkerId"),
        amount_column="Reward",
        reference_column="HITId",
        max_amount=TASK_MAX,
        tasks=True,
    ),
    "prolific": ProlificPreset(
        "prolific",
        ("Study", "Reward", "Status", "Completed"),
        ("Submission ID",),
        amount_column="Reward",
        reference_column="Submission ID",
        delimiter="\t",
        max_amount=TASK_MAX,
        tasks=True,
    ),
}
"""The presets by name (a mapping is asked for as ``mapping:NAME``)."""

STATUS_WORDS = {**_GENERIC_STATUS, **_PAYPAL_STATUS, **_MTURK_STATUS, **_PROLIFIC_STATUS}
"""Every status word the presets know (lower case), for mappings."""
