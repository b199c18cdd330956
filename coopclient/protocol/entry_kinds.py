"""The schema of each ledger entry kind's data (``stats.day``, ``policy.floor``, ``policy.ratecard``,
``policy.fx``, ``release.aggregates``): :func:`validate_data` checks a kind's data, field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coopclient.protocol.canonical import canonical
from coopclient.protocol.entry_fields import (
    _MONTH,
    _PROJECT_MAX,
    _TASK_KIND,
    _UNIT,
    _UNPAID_KEYS,
    ENTRY_KINDS,
    MAX_COUNT,
    SECONDS_PER_DAY,
    EntryError,
    _country,
    _currency,
    _day,
    _decimal,
    _decimal_map,
    _fail,
    _int,
    _keys,
    _match,
    _object,
    _platform,
)

# --- data of each kind --------------------------------------------------------------------------------------

_STATS_KEYS = frozenset(
    {"day", "platform", "task_kind", "active_s", "unpaid_s", "tasks_done", "rejections", "earnings"}
)


def _stats_day(data: dict[str, Any]) -> None:
    _keys("data", data, _STATS_KEYS)
    _day("data.day", data["day"])
    _platform("data.platform", data["platform"])
    _match("data.task_kind", data["task_kind"], _TASK_KIND, "a task kind [a-z0-9_-]{1,32}")
    _int("data.active_s", data["active_s"], 0, SECONDS_PER_DAY)
    for category, seconds in _object("data.unpaid_s", data["unpaid_s"]).items():
        if category not in _UNPAID_KEYS:
            names = ", ".join(sorted(_UNPAID_KEYS))
            raise EntryError(f"data.unpaid_s.{category}: not an unpaid category (use {names})")
        _int(f"data.unpaid_s.{category}", seconds, 0, SECONDS_PER_DAY)
    _int("data.tasks_done", data["tasks_done"], 0, MAX_COUNT)
    _int("data.rejections", data["rejections"], 0, MAX_COUNT)
    # Never negative: a day's clawbacks count against that day's pay, down to 0 (the member's app clamps).
    _decimal_map("data.earnings", data["earnings"], _currency)


def _policy_floor(data: dict[str, Any]) -> None:
    _keys("data", data, frozenset({"effective", "hourly", "currency"}), frozenset({"regional_factors"}))
    _day("data.effective", data["effective"])
    _decimal("data.hourly", data["hourly"], positive=True)
    _currency("data.currency", data["currency"])
    if "regional_factors" in data:
        _decimal_map("data.regional_factors", data["regional_factors"], _country, positive=True)


def _policy_ratecard(data: dict[str, Any]) -> None:
    _keys("data", data, frozenset({"effective", "platform", "project", "task_kind", "unit", "rate", "currency"}))
    _day("data.effective", data["effective"])
    _platform("data.platform", data["platform"])
    project = data["project"]
    if not isinstance(project, str) or not 1 <= len(project) <= _PROJECT_MAX or not project.isprintable():
        raise _fail("data.project", f"must be a printable label of 1 to {_PROJECT_MAX} characters", project)
    _match("data.task_kind", data["task_kind"], _TASK_KIND, "a task kind [a-z0-9_-]{1,32}")
    _match("data.unit", data["unit"], _UNIT, "a unit [a-z0-9_-]{1,32}")
    _decimal("data.rate", data["rate"])
    _currency("data.currency", data["currency"])


def _policy_fx(data: dict[str, Any]) -> None:
    _keys("data", data, frozenset({"effective", "base", "rates"}))
    _day("data.effective", data["effective"])
    base = _currency("data.base", data["base"])
    _decimal_map("data.rates", data["rates"], _currency, positive=True)
    if base in data["rates"]:
        raise EntryError(f"data.rates.{base}: the base currency has no rate to itself")


def _release_aggregates(data: dict[str, Any]) -> None:
    # The release's inner shape belongs to the aggregates module; here only what every reader relies on.
    if "month" not in data:
        raise EntryError("data.month: missing")
    _match("data.month", data["month"], _MONTH, "a month YYYY-MM")
    if not isinstance(data.get("cells"), list):
        raise _fail("data.cells", "must be a list", data.get("cells"))


_VALIDATORS: dict[str, Callable[[dict[str, Any]], None]] = {
    "stats.day": _stats_day,
    "policy.floor": _policy_floor,
    "policy.ratecard": _policy_ratecard,
    "policy.fx": _policy_fx,
    "release.aggregates": _release_aggregates,
}


def _kind(value: object) -> str:
    if not isinstance(value, str) or value not in ENTRY_KINDS:
        raise _fail("kind", f"must be one of {', '.join(ENTRY_KINDS)}", value)
    return value


def validate_data(kind: str, data: dict[str, Any]) -> None:
    """Check `data` against the schema of `kind`; raises EntryError naming the field (`data.x.y: ...`)."""
    _VALIDATORS[_kind(kind)](_object("data", data))
    try:
        canonical(data)
    except (TypeError, ValueError) as exc:  # e.g. a float nested in a release
        raise EntryError(f"data: {exc}") from None
