"""Time categories: what a stretch of the member's time was spent on, and whether it is paid work.

The unpaid categories follow the research in the co-op's anchors (Toxtli et al. 2021, ILO 2018): time that
the platforms do not pay for but that the work cannot be done without. Breaks are recorded but are not work.
"""

from __future__ import annotations

from enum import StrEnum

from coopclient.core.i18n import trans_late

LABEL_CONTEXT = "Category"  # the literal in each trans_late call below: lupdate reads literals only
"""The translation context of the labels (the UI looks them up there)."""


class Category(StrEnum):
    """What the member was doing. The value is what the store and the CLI use."""

    ANNOTATING = "annotating"
    SEARCHING = "searching"
    QUALIFICATION = "qualification"
    RETURNED = "returned"
    REJECTED = "rejected"
    COMMUNICATION = "communication"
    PAYMENT_ADMIN = "payment_admin"
    BREAK = "break"

    @property
    def label(self) -> str:
        """A short human label."""
        return _LABELS[self]

    @property
    def is_work(self) -> bool:
        """Whether this time counts as working time (everything but breaks)."""
        return self is not Category.BREAK

    @property
    def is_unpaid_work(self) -> bool:
        """Work that platforms do not pay for: counted in the all-in wage, not in the task wage."""
        return self.is_work and self is not Category.ANNOTATING

    @property
    def in_session_time(self) -> bool:
        """Counted in session time: annotating, plus returned and rejected tasks (Hara et al.'s method)."""
        return self in (Category.ANNOTATING, Category.RETURNED, Category.REJECTED)


_LABELS: dict[Category, str] = {
    Category.ANNOTATING: trans_late("Category", "Annotating"),
    Category.SEARCHING: trans_late("Category", "Searching for work"),
    Category.QUALIFICATION: trans_late("Category", "Qualification and training"),
    Category.RETURNED: trans_late("Category", "Returned or abandoned tasks"),
    Category.REJECTED: trans_late("Category", "Rejected work"),
    Category.COMMUNICATION: trans_late("Category", "Communication"),
    Category.PAYMENT_ADMIN: trans_late("Category", "Payment admin"),
    Category.BREAK: trans_late("Category", "Break"),
}

UNPAID_CATEGORIES: tuple[Category, ...] = tuple(c for c in Category if c.is_unpaid_work)


def parse_category(text: str) -> Category:
    """Parse a category name as typed on the command line ("payment-admin" and "payment_admin" both work).

    Raises:
        ValueError: naming the text and the accepted names.
    """
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Category(key)
    except ValueError:
        names = ", ".join(c.value for c in Category)
        raise ValueError(f"unknown category {text!r}; use one of: {names}") from None
