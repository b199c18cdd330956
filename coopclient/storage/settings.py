"""Where the member's settings are kept: JSON values in the ``settings`` table, keyed as declared in
:mod:`coopclient.core.settings`.

Unknown keys are refused, so a typo cannot create a setting nobody reads; a stored value that today's rules
refuse (written by an older, laxer version, e.g. a negative heartbeat) reads as the default rather than
reaching the timer. Change settings through :class:`coopclient.services.settings.SettingsService`, which
validates them fully and updates the running app; this repository only checks types and ranges.
Bump rule: renaming or changing the meaning of a key needs a migration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from coopclient.core.settings import SETTINGS, SettingsError, declared, problem, valid_or_default

__all__ = ["SettingsError", "SettingsRepo"]


class SettingsRepo:
    """Read and write settings in the store."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        """A setting's value, or its default (also when the stored value is no longer valid)."""
        setting = declared(key)
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return setting.default if row is None else valid_or_default(key, json.loads(row[0]))

    def values(self) -> dict[str, Any]:
        """Every setting's value, by key, in declaration order."""
        stored = dict(self._db.execute("SELECT key, value FROM settings").fetchall())
        return {
            key: valid_or_default(key, json.loads(stored[key])) if key in stored else setting.default
            for key, setting in SETTINGS.items()
        }

    def set(self, key: str, value: Any) -> None:
        """Store one setting after checking its type and range."""
        self.set_many({key: value})

    def set_many(self, values: Mapping[str, Any]) -> None:
        """Store several settings in one transaction, after checking them all (nothing is stored if one fails).

        Raises:
            SettingsError: naming every value refused.
        """
        found = [p for key, value in values.items() if (p := problem(key, value)) is not None]
        if found:
            raise SettingsError(found)
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(key, json.dumps(value)) for key, value in values.items()],
            )
