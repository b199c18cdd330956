"""The monthly release's published shape, as types both ends share: the ledger server writes it, the app reads it.

A release (the ``data`` of a ``release.aggregates`` log entry) names a month, the settings it was computed
with, the published cells (platform × kind of task: a noisy member count, the all-in wage's quartiles, three
shares) and the suppressed ones. A suppression is a code and its threshold, not a sentence: the server
decides with :func:`decide`, writes :meth:`Suppression.to_json`; the app reads it back with
:func:`parse_release` and says it in the member's language.

Releases published before the codes existed carry an English ``reason`` instead; :func:`parse_release` reads
those too (their two sentences are this module's :data:`LEGACY_REASONS`), and keeps any other reason as a
note shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

SHARES = ("unpaid_share", "rejection_rate", "below_floor_share")
"""The three shares of a cell, each 0–1 or null when not published."""


class ReleaseError(ValueError):
    """A release is not in the expected shape; the message names the field."""


class SuppressionCode(Enum):
    """Why (part of) a cell was not published."""

    CELL = "few-members"  # noisy member count below min_count: the whole cell withheld
    WAGE = "few-members-for-wage"  # below min_count_wage: the cell published without its wage
    OTHER = "other"  # a reason this version does not know (kept as the note)


@dataclass(frozen=True)
class Suppression:
    """A cell (or its wage) left out of a release, and why."""

    platform: str
    task_kind: str
    code: SuppressionCode
    threshold: int | None = None  # the noisy member count it fell below
    note: str = ""  # for OTHER: the reason as the server wrote it

    @property
    def wage_only(self) -> bool:
        """Whether the cell itself was published (only its wage was withheld)."""
        return self.code is SuppressionCode.WAGE

    def to_json(self) -> dict[str, Any]:
        """As the server publishes it."""
        return {
            "platform": self.platform,
            "task_kind": self.task_kind,
            "code": self.code.value,
            "threshold": self.threshold,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """What of a cell is published, and if something is not, the suppression's code and threshold."""

    cell: bool
    wage: bool
    code: SuppressionCode | None = None
    threshold: int | None = None


def decide(noisy_count: int, min_count: int, min_count_wage: int) -> Decision:
    """The suppression rule, on the noisy count only (so deciding costs no privacy)."""
    if noisy_count < min_count:
        return Decision(cell=False, wage=False, code=SuppressionCode.CELL, threshold=min_count)
    if noisy_count < min_count_wage:
        return Decision(cell=True, wage=False, code=SuppressionCode.WAGE, threshold=min_count_wage)
    return Decision(cell=True, wage=True)


@dataclass(frozen=True)
class Wage:
    """A cell's all-in hourly wage quartiles."""

    q1: Decimal
    median: Decimal
    q3: Decimal
    currency: str


@dataclass(frozen=True)
class Cell:
    """One published platform × kind of task of a month."""

    platform: str
    task_kind: str
    members: Decimal | None
    wage: Wage | None
    shares: dict[str, Decimal | None]

    @property
    def label(self) -> str:
        """``"label-studio · image"``."""
        return f"{self.platform} · {self.task_kind}"


@dataclass(frozen=True)
class Release:
    """One month's published aggregates."""

    month: str
    settings: Mapping[str, Any]
    cells: tuple[Cell, ...]
    suppressed: tuple[Suppression, ...]

    def floor(self) -> tuple[Decimal, str] | None:
        """The wage floor the release was computed against (hourly, currency), when it says."""
        floor = self.settings.get("floor")
        if isinstance(floor, Mapping) and "hourly" in floor:
            return _decimal(floor["hourly"], "settings.floor.hourly"), str(floor.get("currency", ""))
        if isinstance(floor, str | int):
            return _decimal(floor, "settings.floor"), str(self.settings.get("currency", ""))
        return None

    @property
    def wage_threshold(self) -> int | None:
        """The noisy member count a cell needs for its wage to be published, when the settings say."""
        value = self.settings.get("min_count_wage")
        return value if isinstance(value, int) and not isinstance(value, bool) else None


# The sentences releases carried before the codes (coopclient.server.aggregates wrote them until 2026-12).
LEGACY_REASONS = {
    SuppressionCode.CELL: re.compile(r"noisy member count below (\d+)"),
    SuppressionCode.WAGE: re.compile(r"wage quantiles withheld: noisy member count below (\d+)"),
}


def parse_release(data: Mapping[str, Any]) -> Release:
    """Read one release; raises :class:`ReleaseError` naming the field that is wrong."""
    month = _text(data, "month", "release")
    settings = data.get("settings") or {}
    if not isinstance(settings, Mapping):
        raise ReleaseError(f"{month}: settings: expected an object, got {settings!r}")
    cells = tuple(_cell(item, f"{month}: cells[{i}]") for i, item in enumerate(_list(data, "cells", month)))
    suppressed = tuple(
        _suppression(item, f"{month}: suppressed[{i}]") for i, item in enumerate(_list(data, "suppressed", month))
    )
    return Release(month, settings, cells, suppressed)


def _list(data: Mapping[str, Any], key: str, month: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ReleaseError(f"{month}: {key}: expected a list, got {value!r}")
    return value


def _cell(item: object, where: str) -> Cell:
    if not isinstance(item, Mapping):
        raise ReleaseError(f"{where}: expected an object, got {item!r}")
    return Cell(
        _text(item, "platform", where),
        _text(item, "task_kind", where),
        _optional(item.get("members_noisy"), f"{where}.members_noisy"),
        _wage(item.get("wage"), f"{where}.wage"),
        {key: _optional(item.get(key), f"{where}.{key}") for key in SHARES},
    )


def _suppression(item: object, where: str) -> Suppression:
    if not isinstance(item, Mapping):
        raise ReleaseError(f"{where}: expected an object, got {item!r}")
    platform, kind = _text(item, "platform", where), _text(item, "task_kind", where)
    if "code" not in item:  # a release from before the codes: its English reason
        return _legacy(platform, kind, str(item.get("reason") or "").strip())
    try:
        code = SuppressionCode(item["code"])
    except ValueError:
        return Suppression(platform, kind, SuppressionCode.OTHER, note=str(item["code"]))
    threshold = item.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int)):
        raise ReleaseError(f"{where}.threshold: expected a whole number or null, got {threshold!r}")
    return Suppression(platform, kind, code, threshold)


def _legacy(platform: str, kind: str, reason: str) -> Suppression:
    for code in (SuppressionCode.WAGE, SuppressionCode.CELL):
        found = LEGACY_REASONS[code].fullmatch(reason)
        if found:
            return Suppression(platform, kind, code, int(found.group(1)))
    return Suppression(platform, kind, SuppressionCode.OTHER, note=reason)


def _decimal(value: object, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ReleaseError(f"{where}: expected a decimal string, got {value!r}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ReleaseError(f"{where}: {value!r} is not a decimal number") from None
    if not number.is_finite():
        raise ReleaseError(f"{where}: {value!r} is not a finite number")
    return number


def _optional(value: object, where: str) -> Decimal | None:
    return None if value is None else _decimal(value, where)


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ReleaseError(f"{where}.{key}: expected a non-empty string, got {value!r}")
    return value


def _wage(value: object, where: str) -> Wage | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ReleaseError(f"{where}: expected an object or null, got {value!r}")
    return Wage(
        _decimal(value.get("q1"), f"{where}.q1"),
        _decimal(value.get("median"), f"{where}.median"),
        _decimal(value.get("q3"), f"{where}.q3"),
        str(value.get("currency", "")),
    )
