"""The outbox row format for results: the payload a result version is delivered from, and its version key.

``ResultService`` writes one outbox row per version of a result, and the platform relay reads it back: this
module is the one place that knows the row's shape, so both sides read every byte the same way.

- The payload is JSON with sorted keys (``task_id``, ``platform_ref``, ``unique_id``, ``result``,
  ``was_cancelled``, ``lead_time`` in seconds), stored beside its SHA-256 so a payload altered after it was
  written is caught before it is sent.
- The version key (the row's ``idempotency_key``) is ``<unique_id>:v<version>``; the rows of one result are the
  keys in :func:`key_range`, which a sorted index answers without a scan.

The co-op ledger's rows (``kind = 'ledger_entry'``) share the table: their payload is the append item the
ledger server takes, ``{"body", "signature"}`` (the entry's canonical text and its base64 signature) as JSON
with sorted keys, beside its SHA-256 the same way (:func:`encode_ledger`, :func:`decode_ledger`).

Bump rule: changing a field's name or meaning needs a new kind of row, as rows already queued are read with
the rules of the version that reads them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

VERSION_MARK = ":v"  # between a result's unique id and its version number, in the version key
# The payload field the store joins an outbox row to its task by (``json_extract(payload, '$.task_id')``).
TASK_ID_FIELD = "task_id"


class CorruptPayload(ValueError):
    """An outbox payload that does not match its checksum or lacks a field; the message says which."""


@dataclass(frozen=True)
class ResultPayload:
    """What a row delivers: one version of a result (``result`` as the platform counts offsets)."""

    task_id: int
    platform_ref: str | None
    unique_id: str
    result: list[Any]
    was_cancelled: bool
    lead_time_s: float


@dataclass(frozen=True)
class Encoded:
    """A payload as stored: the JSON text and its SHA-256 (hex)."""

    text: str
    sha256: str


def checksum(text: str) -> str:
    """The SHA-256 (hex) of a payload text, as stored beside it."""
    return hashlib.sha256(text.encode()).hexdigest()


def encode(payload: ResultPayload) -> Encoded:
    """The stored form of a payload."""
    text = json.dumps(
        {
            TASK_ID_FIELD: payload.task_id,
            "platform_ref": payload.platform_ref,
            "unique_id": payload.unique_id,
            "result": payload.result,
            "was_cancelled": payload.was_cancelled,
            "lead_time": payload.lead_time_s,
        },
        sort_keys=True,
    )
    return Encoded(text, checksum(text))


def decode(text: str, sha256: str) -> ResultPayload:
    """The payload a stored row holds.

    Raises:
        CorruptPayload: the text does not match its checksum, is not JSON, or lacks a field.
    """
    if checksum(text) != sha256:
        raise CorruptPayload("the payload does not match its checksum")
    try:
        body = json.loads(text)
        return ResultPayload(
            task_id=int(body[TASK_ID_FIELD]),
            platform_ref=_text_or_none(body["platform_ref"]),
            unique_id=str(body["unique_id"]),
            result=list(body["result"]),
            was_cancelled=bool(body["was_cancelled"]),
            lead_time_s=float(body["lead_time"]),
        )
    except KeyError as exc:
        raise CorruptPayload(f"the payload lacks the field {exc.args[0]!r}") from exc
    except (TypeError, ValueError) as exc:
        raise CorruptPayload(f"the payload is malformed: {exc}") from exc


LEDGER_FIELDS = ("body", "signature")  # a ledger row's payload: the entry's text and its signature (base64)


def encode_ledger(item: Mapping[str, str]) -> Encoded:
    """The stored form of a ledger row: the append item ``{"body", "signature"}`` (other keys are not kept)."""
    text = json.dumps({name: item[name] for name in LEDGER_FIELDS}, sort_keys=True)
    return Encoded(text, checksum(text))


def decode_ledger(text: str, sha256: str) -> dict[str, str]:
    """The append item a stored ledger row holds.

    Raises:
        CorruptPayload: the text does not match its checksum, is not JSON, or lacks a text field.
    """
    if checksum(text) != sha256:
        raise CorruptPayload("the payload does not match its checksum")
    try:
        item = json.loads(text)
    except ValueError as exc:
        raise CorruptPayload(f"the payload is malformed: {exc}") from exc
    if not isinstance(item, dict) or not all(isinstance(item.get(name), str) for name in LEDGER_FIELDS):
        raise CorruptPayload(f"the payload is not a ledger item with the text fields {', '.join(LEDGER_FIELDS)}")
    return {name: item[name] for name in LEDGER_FIELDS}


def version_key(unique_id: str, version: int) -> str:
    """The idempotency key of a result's version ``version`` (from 1)."""
    return f"{unique_id}{VERSION_MARK}{version}"


def parse_version_key(key: str) -> tuple[str, int]:
    """The (unique id, version) a version key names.

    Raises:
        ValueError: the key is not ``<unique_id>:v<n>``.
    """
    unique_id, mark, number = key.rpartition(VERSION_MARK)
    if not mark or not number.isdigit() or not number.isascii():
        raise ValueError(f"{key!r} is not a result version key (<unique_id>{VERSION_MARK}<n>)")
    return unique_id, int(number)


def key_range(unique_id: str) -> tuple[str, str]:
    """The keys of every version of a result are ``lo <= key < hi`` (';' sorts right after ':')."""
    return f"{unique_id}:", f"{unique_id};"


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
