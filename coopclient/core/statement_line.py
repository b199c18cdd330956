"""One line of a payment statement: what a platform, a client or a bank says was actually paid.

This is the meeting point of three pieces of work. The import engine (``core/statements``) turns the files
the co-op meets — a generic sheet, PayPal's activity CSV, a bank CSV, a column mapping remembered by name —
into these lines; the treasurer's reconciliation compares them with what members declared; the members' own
earnings-record imports (web-only platforms) turn the same lines into earnings entries.

``reference`` is the statement's own id for the payment (PayPal's Transaction ID, the bank's reference, a
HIT id): with ``source`` it identifies the line, so importing the same statement twice changes nothing.
``payee`` is the text the statement shows for whom it paid (a worker id, an e-mail, an IBAN tail): on the
treasurer's machine the roster links it to a member's pseudonym; it never leaves that machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coopclient.core.money import Money

__all__ = ["LineStatus", "StatementLine"]


class LineStatus(StrEnum):
    """Where a payment stands, in the words shared by every format."""

    PAID = "paid"  # completed, money received
    PENDING = "pending"  # approved or announced, not paid yet (approval delays)
    REJECTED = "rejected"  # the work was rejected: nothing will be paid
    RETURNED = "returned"  # the worker returned the task (web platforms)
    REVERSED = "reversed"  # paid, then taken back (refund, chargeback)


@dataclass(frozen=True, slots=True)
class StatementLine:
    """A payment as one statement line states it.

    Attributes:
        source: the statement kind and account it came from (a preset name and, say, the account e-mail).
        line_no: the line in the file it was read from (1 = the first line), for messages.
        paid_on: the payout date (exchange rates are applied by this date).
        payee: whom it paid, as the statement writes it.
        platform: the platform or client that paid (a kind from the published list, or ``other``).
        amount: what was paid, gross, signed (a reversal is negative).
        fee: what the payment service kept, if the statement says (positive), in ``amount``'s currency.
        reference: the statement's own id for the payment; unique within ``source``.
        status: where the payment stands.
    """

    source: str
    line_no: int
    paid_on: date
    payee: str
    platform: str
    amount: Money
    fee: Money | None
    reference: str
    status: LineStatus

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the line across imports: ``(source, reference)``."""
        return (self.source, self.reference)
