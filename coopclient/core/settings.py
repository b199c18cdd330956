"""The member's settings, each declared once: key, type, default, accepted values and a translatable label.

Everything that reads or changes a setting goes through these declarations: the store (defaults, types),
the command line (``settings set`` parses text with :func:`parse`), the settings dialog (its form and its
checks) and the services (:class:`~coopclient.services.settings.SettingsService.apply`, which validates,
stores and updates the running timer at once). A problem is a value, not a sentence: :class:`Problem` says
which rule a value broke, the command line prints :meth:`Problem.english`, the dialog its own translation.

Labels are marked with :func:`~coopclient.core.i18n.trans_late` under the settings dialog's context, so Qt's
``lupdate`` files them in the French catalogue and the dialog translates them when it shows them; the core
itself never translates.

Whether a time zone name exists is asked of the operating system's zone database, which is I/O, so the core
checks only the rest and :mod:`coopclient.services.settings` adds the zone lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from coopclient.core.care import CareRules
from coopclient.core.i18n import trans_late
from coopclient.core.money import MoneyError, check_currency
from coopclient.core.timer import TimerRules

LABEL_CONTEXT = "SettingsDialog"
"""The translation context of the labels: the dialog that shows them looks them up there."""


class Check(Enum):
    """A rule on a text setting's value beyond its type."""

    NONE = "none"
    CURRENCY = "currency"  # empty, or an ISO 4217 code
    ZONE = "zone"  # empty, or an IANA time zone name (looked up by the services)


@dataclass(frozen=True)
class Setting:
    """One setting: its key, Python type, default, label and the values it accepts.

    ``low``/``high`` bound an int setting (inclusive, in ``unit``); ``choices`` lists a text setting's only
    values; ``check`` names a further rule on text; ``internal`` ones the app keeps for itself.
    """

    key: str
    type: type
    default: Any
    label: str
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    check: Check = Check.NONE
    unit: str = ""
    internal: bool = False  # kept by the app itself (not offered in the settings dialog)


SECONDS = "seconds"
LANGUAGES = ("system", "en", "fr", "es", "sw")
"""The languages the app speaks (a catalogue each in resources/i18n); ``system``: the computer's."""
MINUTES = "minutes"

SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "idle_threshold_s",
            int,
            180,
            trans_late("SettingsDialog", "Pause the clock after this long without keyboard or mouse"),
            low=30,
            high=3600,
            unit=SECONDS,
        ),
        Setting(
            "heartbeat_s",
            int,
            15,
            trans_late("SettingsDialog", "Save the running clock every"),
            low=5,
            high=15,
            unit=SECONDS,
        ),
        Setting(
            "session_gap_s",
            int,
            60,
            trans_late("SettingsDialog", "Count short pauses between tasks as work, up to"),
            low=0,
            high=600,
            unit=SECONDS,
        ),
        Setting(
            "report_currency",
            str,
            "",
            trans_late("SettingsDialog", "Currency of reports (empty: the wage floor's)"),
            check=Check.CURRENCY,
        ),
        Setting(
            "region", str, "", trans_late("SettingsDialog", "Region, for the floor's regional factor (empty: none)")
        ),
        Setting(
            "timezone",
            str,
            "",
            trans_late("SettingsDialog", "Time zone of your days (empty: this computer's)"),
            check=Check.ZONE,
        ),
        Setting(
            "theme",
            str,
            "system",
            trans_late("SettingsDialog", "Theme"),
            choices=("system", "light", "dark"),
        ),
        Setting(
            "language",
            str,
            "system",
            trans_late("SettingsDialog", "Language (from the next start)"),
            choices=LANGUAGES,
        ),
        Setting(
            "care_blur",
            bool,
            True,
            trans_late("SettingsDialog", "Show images of distressing work in grey and blurred (hold F2 to see)"),
        ),
        Setting(
            "care_hide_text",
            bool,
            True,
            trans_late("SettingsDialog", "Hide the text of distressing work behind a warning"),
        ),
        Setting(
            "care_cap_min",
            int,
            240,
            trans_late("SettingsDialog", "Soft daily limit on distressing work (0: none)"),
            low=0,
            high=1440,
            unit=MINUTES,
        ),
        Setting(
            "care_break_after_min",
            int,
            50,
            trans_late("SettingsDialog", "Propose a break after this much distressing work (0: never)"),
            low=0,
            high=240,
            unit=MINUTES,
        ),
        Setting(
            "care_break_min",
            int,
            10,
            trans_late("SettingsDialog", "Length of the break proposed"),
            low=1,
            high=60,
            unit=MINUTES,
        ),
        Setting(
            "first_run_done",
            bool,
            False,
            trans_late("SettingsDialog", "The first-run welcome was shown"),
            internal=True,
        ),
    )
}

_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


class Rule(Enum):
    """The rule a value broke."""

    UNKNOWN = "unknown"  # no such setting
    TYPE = "type"  # not the setting's type (or not parseable as it)
    RANGE = "range"  # an int outside [low, high]
    CHOICE = "choice"  # not one of the choices
    CURRENCY = "currency"  # not an ISO 4217 code
    ZONE = "zone"  # not a time zone name


@dataclass(frozen=True)
class Problem:
    """What is wrong with one value of one setting."""

    key: str
    rule: Rule
    value: object

    @property
    def setting(self) -> Setting | None:
        """The setting's declaration (None for an unknown key)."""
        return SETTINGS.get(self.key)

    def english(self) -> str:
        """The problem in one English sentence, naming the setting and the value (the command line's text)."""
        setting, value = self.setting, self.value
        if setting is None:
            return f"unknown setting {self.key!r}; known: {', '.join(SETTINGS)}"
        if self.rule is Rule.RANGE:
            return f"setting {self.key}: must be from {setting.low} to {setting.high} {setting.unit}, not {value}"
        if self.rule is Rule.CHOICE:
            return f"setting {self.key}: must be one of {', '.join(setting.choices)}, not {value!r}"
        if self.rule is Rule.CURRENCY:
            return f"setting {self.key}: {value!r} is not an ISO 4217 currency code, such as EUR"
        if self.rule is Rule.ZONE:
            return f"setting {self.key}: {value!r} is not a time zone name, such as Europe/Berlin"
        expected = "true or false" if setting.type is bool else setting.type.__name__
        return f"setting {self.key}: expected {expected}, got {value!r}"


class SettingsError(ValueError):
    """One or more values refused; ``problems`` says which and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.english() for p in problems))
        self.problems = problems


def declared(key: str) -> Setting:
    """A setting's declaration.

    Raises:
        SettingsError: no such setting.
    """
    try:
        return SETTINGS[key]
    except KeyError:
        raise SettingsError([Problem(key, Rule.UNKNOWN, None)]) from None


def problem(key: str, value: object) -> Problem | None:
    """What is wrong with ``value`` for the setting ``key`` (apart from time zone lookups), or None."""
    setting = SETTINGS.get(key)
    if setting is None:
        return Problem(key, Rule.UNKNOWN, value)
    if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
        return Problem(key, Rule.TYPE, value)
    if isinstance(value, int) and not isinstance(value, bool) and not _in_range(setting, value):
        return Problem(key, Rule.RANGE, value)
    if setting.choices and value not in setting.choices:
        return Problem(key, Rule.CHOICE, value)
    if setting.check is Check.CURRENCY and value and not _is_currency(str(value)):
        return Problem(key, Rule.CURRENCY, value)
    return None


def parse(key: str, text: str) -> object:
    """A value typed as text (the command line's) as the setting's type, normalised as it is stored.

    Raises:
        SettingsError: unknown key, or text that is not of the setting's type.
    """
    setting = declared(key)
    if setting.type is bool:
        word = text.strip().lower()
        if word not in _TRUE + _FALSE:
            raise SettingsError([Problem(key, Rule.TYPE, text)])
        return word in _TRUE
    if setting.type is int:
        try:
            return int(text.strip())
        except ValueError:
            raise SettingsError([Problem(key, Rule.TYPE, text)]) from None
    return normalised(key, text)


def normalised(key: str, value: object) -> object:
    """A value as stored: text stripped, currency codes in upper case."""
    if not isinstance(value, str):
        return value
    value = value.strip()
    return value.upper() if declared(key).check is Check.CURRENCY else value


def valid_or_default(key: str, value: object) -> object:
    """``value`` when it passes the checks, else the default (a value stored by an older, laxer version)."""
    return SETTINGS[key].default if problem(key, value) is not None else value


def timer_rules(values: Mapping[str, Any]) -> TimerRules:
    """The timer's rules from the settings' values (the only place they are derived)."""
    return TimerRules(
        heartbeat_ms=int(values["heartbeat_s"]) * 1000, idle_threshold_ms=int(values["idle_threshold_s"]) * 1000
    )


def session_gap_ms(values: Mapping[str, Any]) -> int:
    """The longest gap between work that session time bridges, in milliseconds."""
    return int(values["session_gap_s"]) * 1000


def care_rules(values: Mapping[str, Any]) -> CareRules:
    """The exposure cap and break rules from the settings' values."""
    minute = 60_000
    return CareRules(
        cap_ms=int(values["care_cap_min"]) * minute,
        break_after_ms=int(values["care_break_after_min"]) * minute,
        break_ms=int(values["care_break_min"]) * minute,
    )


def _in_range(setting: Setting, value: int) -> bool:
    return (setting.low is None or value >= setting.low) and (setting.high is None or value <= setting.high)


def _is_currency(code: str) -> bool:
    try:
        check_currency(code.strip())
    except MoneyError:
        return False
    return True
