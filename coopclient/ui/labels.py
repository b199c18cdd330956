"""Labels declared outside the UI (in the core), in the member's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopclient.core.categories import LABEL_CONTEXT, Category


def category_text(category: Category | str) -> str:
    """A time category's label, translated; a stored value this version does not know, as it is."""
    try:
        label = Category(category).label
    except ValueError:
        return str(category)
    return QCoreApplication.translate(LABEL_CONTEXT, label)
