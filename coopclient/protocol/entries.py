"""Ledger entries: the canonical JSON body every entry is, and the schema of each kind's data.

(docs/ledger.md, "Entries".) The leaf hash and the signer's signature are over exactly the body bytes, so
everything here is strict: an entry has one byte form, and a field that is not in the schema is an error
rather than something silently carried along (a member's entry must never smuggle out more than the
schema says about their work). Errors name the field path: `data.unpaid_s.searching: must be ...`.

The limits, platform types and field checks are in :mod:`coopclient.protocol.entry_fields`, the schema of
each kind's data in :mod:`coopclient.protocol.entry_kinds`; their public names are importable from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.protocol.canonical import canonical, parse_canonical
from coopclient.protocol.entry_fields import (
    _QUANTIZE,
    _UUID,
    ENTRY_KINDS,
    ENVELOPE_KEYS,
    FIRST_DAY,
    LAST_DAY,
    MAX_DECIMALS,
    OTHER_PLATFORM,
    PLATFORM_ALIASES,
    PLATFORM_TYPES,
    VERSION,
    EntryError,
    _fail,
    _keys,
    _match,
    platform_type,
)
from coopclient.protocol.entry_kinds import _kind, validate_data
from coopclient.protocol.signing import KEY_BYTES, b64, unb64

# The names every side of the ledger reads entries by (the server, the member's app, the tests), in one place.
__all__ = [
    "ENTRY_KINDS",
    "FIRST_DAY",
    "LAST_DAY",
    "OTHER_PLATFORM",
    "PLATFORM_ALIASES",
    "PLATFORM_TYPES",
    "Entry",
    "EntryError",
    "make_body",
    "parse_entry",
    "platform_type",
    "stats_data",
    "validate_data",
]


@dataclass(frozen=True)
class Entry:
    """A parsed, schema-checked entry (its signature is checked elsewhere, against `signer`)."""

    entry_id: str
    kind: str
    signer: bytes
    supersedes: str | None
    data: dict[str, Any]
    body: bytes


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
