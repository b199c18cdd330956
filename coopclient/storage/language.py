"""The language the desktop app starts in, mirrored beside the store as one word (``language`` in the data folder).

The ``language`` setting lives in the store like every setting. The window, though, is built before the store
opens (in the background), so when the setting is applied its value is also written here, and the launcher reads
this small file before Qt starts: a new language is applied at the next start. A missing, unreadable or unknown
word reads as ``system`` (the computer's language).
"""

from __future__ import annotations

import os
from pathlib import Path

from coopclient.core.settings import SETTINGS, problem

LANGUAGE_FILENAME = "language"
_KEY = "language"


def read_language(data_dir: Path) -> str:
    """The language to start in: a choice of the ``language`` setting (``system`` when none is kept)."""
    try:
        word = (data_dir / LANGUAGE_FILENAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return str(SETTINGS[_KEY].default)
    return word if problem(_KEY, word) is None else str(SETTINGS[_KEY].default)


def write_language(data_dir: Path, language: str) -> None:
    """Keep ``language`` for the next start (written whole, then renamed: never half a word)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / LANGUAGE_FILENAME
    partial = target.with_name(LANGUAGE_FILENAME + ".tmp")
    partial.write_text(language + "\n", encoding="utf-8")
    os.replace(partial, target)
