"""The member's settings, each declared once here with its type, default and label (Vorta/Picard style).

Values are stored as JSON in the ``settings`` table. Unknown keys are refused, so a typo cannot create a
setting nobody reads. Bump rule: renaming or changing the meaning of a key needs a migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class Setting:
    """One setting: its key, Python type, default and a label for the settings screen."""

    key: str
    type: type
    default: Any
    label: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("idle_threshold_s", int, 180, "Idle after (seconds without keyboard or mouse)"),
        Setting("heartbeat_s", int, 15, "Save the running timer every (seconds, at most 15)"),
        Setting("session_gap_s", int, 60, "Bridge gaps between work up to (seconds, session time)"),
        Setting("report_currency", str, "", "Report currency (empty: the wage floor's currency)"),
        Setting("region", str, "", "Region for the floor's regional factor (empty: none)"),
        Setting("timezone", str, "", "Time zone for days (empty: the system's)"),
        Setting("theme", str, "system", "Theme: system, light or dark"),
        Setting("first_run_done", bool, False, "The first-run welcome was shown"),
    )
}


class SettingsError(ValueError):
    """An unknown key or a value of the wrong type."""


class SettingsRepo:
    """Read and write settings in the store."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        """A setting's value, or its default."""
        setting = _declared(key)
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return setting.default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Store a setting after checking its type."""
        setting = _declared(key)
        if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
            raise SettingsError(f"setting {key}: expected {setting.type.__name__}, got {value!r}")
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )


def _declared(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(SETTINGS)}") from None
