"""Text marked for translation where it is declared (``core/i18n.trans_late``), shown in the member's language.

``self.tr(variable)`` can never be translated: lupdate sees no text in it. Text that is not a literal at the
place it is shown — a setting's label, a time category, a table header from a list — is marked with
``trans_late`` where it is written and shown through :func:`marked`, the one translating call that takes a
variable (a test fails on any ``tr`` or ``translate`` without a literal; another checks these in French).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopclient.core.categories import LABEL_CONTEXT, Category


def marked(context: str, text: str) -> str:
    """``text``, marked for translation under ``context`` where it was declared, in the member's language."""
    return QCoreApplication.translate(context, text)


def category_text(category: Category | str) -> str:
    """A time category's label, translated; a stored value this version does not know, as it is."""
    try:
        label = Category(category).label
    except ValueError:
        return str(category)
    return marked(LABEL_CONTEXT, label)
