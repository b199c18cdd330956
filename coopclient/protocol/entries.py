"""Ledger entries: the canonical JSON body every entry is, and the schema of each kind's data.

(docs/ledger.md, "Entries".) The leaf hash and the signer's signature are over exactly the body bytes, so
everything here is strict: an entry has one byte form, and a field that is not in the schema is an error
rather than something silently carried along (a member's entry must never smuggle out more than the
schema says about their work). Errors name the field path: `data.unpaid_s.searching: must be ...`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from typing import Any

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.core.money import ISO_4217
from coopclient.protocol.canonical import canonical, parse_canonical
from coopclient.protocol.signing import KEY_BYTES, b64, unb64

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


@dataclass(frozen=True)
class Entry:
    """A parsed, schema-checked entry (its signature is checked elsewhere, against `signer`)."""

    entry_id: str
    kind: str
    signer: bytes
    supersedes: str | None
    data: dict[str, Any]
    body: bytes


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


# --- the envelope -------------------------------------------------------------------------------------------


def _entry_id(path: str, value: object) -> str:
    return _match(path, value, _UUID, "a lowercase uuid")


def make_body(
    kind: str, data: dict[str, Any], signer_public: bytes, entry_id: str, supersedes: str | None = None
) -> bytes:
    """The canonical body of a new entry, after validating every field."""
    if not isinstance(signer_public, bytes) or len(signer_public) != KEY_BYTES:
        raise EntryError(f"signer: must be a {KEY_BYTES}-byte Ed25519 public key")
    validate_data(kind, data)
    envelope = {
        "v": VERSION,
        "entry_id": entry_id,
        "kind": kind,
        "signer": b64(signer_public),
        "supersedes": supersedes,
        "data": data,
    }
    try:
        body = canonical(envelope)
    except TypeError as exc:  # e.g. a uuid.UUID object as entry_id
        raise EntryError(f"body: {exc}") from None
    parse_entry(body)  # one set of checks for both directions
    return body


def parse_entry(body: bytes) -> Entry:
    """Parse and check an entry body; raises EntryError naming the field and what is wrong."""
    try:
        obj = parse_canonical(body)
    except ValueError as exc:
        raise EntryError(f"body: {exc}") from None
    _keys("", obj, ENVELOPE_KEYS)
    if obj["v"] != VERSION or isinstance(obj["v"], bool):
        raise _fail("v", f"must be {VERSION}", obj["v"])
    entry_id = _entry_id("entry_id", obj["entry_id"])
    kind = _kind(obj["kind"])
    signer_text = obj["signer"]
    try:
        signer = unb64(signer_text) if isinstance(signer_text, str) else b""
    except ValueError:
        signer = b""
    if len(signer) != KEY_BYTES:
        raise _fail("signer", f"must be the base64 of a {KEY_BYTES}-byte public key", signer_text)
    supersedes = obj["supersedes"]
    if supersedes is not None:
        _entry_id("supersedes", supersedes)
        if supersedes == entry_id:
            raise EntryError("supersedes: an entry cannot supersede itself")
    validate_data(kind, obj["data"])
    return Entry(entry_id=entry_id, kind=kind, signer=signer, supersedes=supersedes, data=obj["data"], body=body)


# --- building stats.day data --------------------------------------------------------------------------------


def _decimal_text(path: str, amount: Decimal) -> str:
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise _fail(path, "must be a finite Decimal", amount)
    try:
        quantized = amount.quantize(Decimal(1).scaleb(-MAX_DECIMALS), context=_QUANTIZE)
    except InvalidOperation:
        raise _fail(path, "is too large", amount) from None
    if quantized != amount:
        raise _fail(path, f"has more than {MAX_DECIMALS} decimals", amount)
    if quantized == 0:
        quantized = abs(quantized)  # no "-0.000000"
    return f"{quantized:f}"


def stats_data(
    day: dt.date,
    platform: str,
    task_kind: str,
    active_s: int,
    unpaid_s: Mapping[Category | str, int],
    tasks_done: int,
    rejections: int,
    earnings: Mapping[str, Decimal],
) -> dict[str, Any]:
    """The data of a `stats.day` entry, validated; every unpaid category is present (0 when absent).

    Amounts are written with exactly 6 decimals ("12.340000"); one with more raises rather than rounds.
    """
    unpaid: dict[str, int] = {c.value: 0 for c in UNPAID_CATEGORIES}
    for category, seconds in unpaid_s.items():
        name = str(category.value if isinstance(category, Category) else category)
        if name not in unpaid:
            raise EntryError(f"data.unpaid_s.{name}: not an unpaid category")
        unpaid[name] = seconds
    data: dict[str, Any] = {
        "day": day.isoformat(),
        "platform": platform,
        "task_kind": task_kind,
        "active_s": active_s,
        "unpaid_s": unpaid,
        "tasks_done": tasks_done,
        "rejections": rejections,
        "earnings": {code: _decimal_text(f"data.earnings.{code}", amount) for code, amount in earnings.items()},
    }
    validate_data("stats.day", data)
    return data
