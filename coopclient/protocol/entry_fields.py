"""The vocabulary of ledger entries (coopclient/protocol/entries.py): the kinds, the limits, the platform
types and their aliases, the error, and the strict checks of single fields (ints, days, decimals,
currencies, countries), each naming the field path when it fails.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Context, Decimal, InvalidOperation
from typing import Any

from coopclient.core.categories import UNPAID_CATEGORIES
from coopclient.core.money import ISO_4217

VERSION = 1
ENTRY_KINDS: dict[str, str] = {
    "stats.day": "member",
    "policy.floor": "treasurer",
    "policy.ratecard": "treasurer",
    "policy.fx": "treasurer",
    "release.aggregates": "log",
}
ENVELOPE_KEYS = frozenset({"v", "entry_id", "kind", "signer", "supersedes", "data"})

SECONDS_PER_DAY = 86400
# Counts are stored as INT on the server (32-bit on PostgreSQL); a million a day is far beyond any person.
MAX_COUNT = 1_000_000
# Amounts are stored as micro-units in a BIGINT (< 9.2e18), so at most 12 digits before the point.
MAX_INTEGER_DIGITS = 12
MAX_DECIMALS = 6

# The platform types a ledger entry may name (docs/ledger.md, "Platform types"): a closed, published list,
# so no free text (a manual timer's "--platform Wanjiru Kamau") can ever leave a member's machine as one.
# The adapters' kinds (label-studio; file for batch files), then web platforms members work on; every
# other name is `other`.
PLATFORM_TYPES: tuple[str, ...] = (
    "label-studio",
    "file",
    "doccano",
    "cvat",
    "argilla",
    "prodigy",
    "labelbox",
    "mturk",
    "prolific",
    "toloka",
    "clickworker",
    "appen",
    "remotasks",
    "dataannotation",
    "upwork",
    "other",
)
OTHER_PLATFORM = "other"
# Common spellings of the listed platforms, after normalising (lower case, runs of spaces, dots and
# underscores and dashes as one dash): "Amazon Mechanical Turk" -> mturk, "Scale AI" -> remotasks.
PLATFORM_ALIASES: dict[str, str] = {
    "labelstudio": "label-studio",
    "batch-file": "file",
    "batch-files": "file",
    "amazon-mturk": "mturk",
    "mechanical-turk": "mturk",
    "amazon-mechanical-turk": "mturk",
    "toloka-ai": "toloka",
    "appen-connect": "appen",
    "scale": "remotasks",
    "scale-ai": "remotasks",
    "outlier": "remotasks",
    "outlier-ai": "remotasks",
    "dataannotation-tech": "dataannotation",
    "prolific-co": "prolific",
    "argilla-io": "argilla",
}
_PLATFORM_SET = frozenset(PLATFORM_TYPES)
_SEPARATORS = re.compile(r"[\s._-]+")

# The days an entry may name: the co-op's work is of this century. Year 1 or 9999 is a typo or an attack on
# the date arithmetic of the aggregates, never a day someone worked or a policy took effect.
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TASK_KIND = re.compile(r"[a-z0-9_-]{1,32}")
_UNIT = re.compile(r"[a-z0-9_-]{1,32}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
_COUNTRY = re.compile(r"[A-Z]{2}")
_DECIMAL = re.compile(rf"(-?)(0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})(\.[0-9]{{1,{MAX_DECIMALS}}})?")
_PROJECT_MAX = 64
# Its own context, not the thread's: too many digits is an error, never a silent rounding.
_QUANTIZE = Context(prec=MAX_INTEGER_DIGITS + MAX_DECIMALS, traps=[InvalidOperation])
_UNPAID_KEYS = frozenset(c.value for c in UNPAID_CATEGORIES)


class EntryError(ValueError):
    """An entry body or data that does not follow the schema; the message starts with the field path."""


# --- small field checks -------------------------------------------------------------------------------------


def _show(value: object) -> str:
    # Short: an error should name the value, not echo a whole 8 KiB body back.
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fail(path: str, what: str, value: object) -> EntryError:
    return EntryError(f"{path}: {what}, not {_show(value)}")


def _object(path: str, value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "must be an object", value)
    return value


def _keys(path: str, obj: Mapping[str, Any], required: frozenset[str], optional: frozenset[str] = frozenset()) -> None:
    missing = sorted(required - obj.keys())
    if missing:
        raise EntryError(f"{path}.{missing[0]}: missing" if path else f"{missing[0]}: missing")
    extra = sorted(obj.keys() - required - optional)
    if extra:
        where = f"{path}.{extra[0]}" if path else extra[0]
        raise EntryError(f"{where}: not a field of this entry")


def _int(path: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(path, f"must be an integer from {low} to {high}", value)
    return value


def _match(path: str, value: object, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _fail(path, f"must be {what}", value)
    return value


def _day(path: str, value: object) -> str:
    text = _match(path, value, _DAY, "a date YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise _fail(path, "must be a real calendar date YYYY-MM-DD", value) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise _fail(path, f"must be a day from {FIRST_DAY} to {LAST_DAY}", value)
    return text


def _platform(path: str, value: object) -> str:
    if not isinstance(value, str) or value not in _PLATFORM_SET:
        # The value is not echoed: a refused name may be free text, and the server keeps its answers.
        raise EntryError(f"{path}: must be a platform type of the published list ({', '.join(PLATFORM_TYPES)})")
    return value


def platform_type(name: str | None) -> str:
    """The published platform type for a platform's name as a member typed it; `other` when not listed.

    "Label Studio" -> label-studio, "Amazon Mechanical Turk" -> mturk, "Wanjiru Kamau" -> other: what is not
    a listed platform is never sent, not even lower-cased.
    """
    text = _SEPARATORS.sub("-", (name or "").strip().lower()).strip("-")
    text = PLATFORM_ALIASES.get(text, text)
    return text if text in _PLATFORM_SET else OTHER_PLATFORM


def _currency(path: str, value: object) -> str:
    if not isinstance(value, str) or value not in ISO_4217:
        raise _fail(path, "must be an upper-case ISO 4217 currency code", value)
    return value


def _decimal(path: str, value: object, *, negative: bool = False, positive: bool = False) -> Decimal:
    """A decimal string: no exponent, no '+', no leading zeros, at most 6 decimals, ≤ 12 integer digits."""
    what = f"must be a decimal string with at most {MAX_DECIMALS} decimals"
    if not isinstance(value, str):
        raise _fail(path, what + " (money is never a float)", value)
    m = _DECIMAL.fullmatch(value)
    if not m:
        raise _fail(path, what, value)
    amount = Decimal(value)
    if m.group(1) and (not negative or amount == 0):
        raise _fail(path, what + " that is not negative", value)
    if positive and amount == 0:
        raise _fail(path, what + " greater than 0", value)
    return amount


def _decimal_map(
    path: str, value: object, key: Callable[[str, object], str], *, negative: bool = False, positive: bool = False
) -> None:
    for k, v in _object(path, value).items():
        key(f"{path}.{k}", k)
        _decimal(f"{path}.{k}", v, negative=negative, positive=positive)


def _country(path: str, value: object) -> str:
    return _match(path, value, _COUNTRY, "an ISO 3166 country code (two capital letters)")
