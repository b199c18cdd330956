"""Marking text for translation outside the UI (the core and storage never translate; the UI does).

:func:`trans_late` (the name of Vorta's helper) returns its text unchanged; Qt's ``lupdate`` is told to read
its calls as ``QT_TRANSLATE_NOOP`` (the README's lupdate command), so the text lands in the catalogue under
the context given, and the UI looks it up there when it shows it (``QCoreApplication.translate``).
"""

from __future__ import annotations


def trans_late(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` and return it untranslated."""
    del context  # read by lupdate, not at run time
    return text
