"""Canonical JSON bytes for ledger entries (docs/ledger.md, "Canonical bytes").

One value has exactly one byte form, so a leaf hash or a signature over it is stable. Only dicts with
string keys, lists, strings, ints, bools and null are allowed; money is a decimal string and durations are
integer seconds, so floats are refused.
"""

from __future__ import annotations

import json
from typing import Any


def _check(obj: object, path: str) -> None:
    # bool is a subclass of int; both are allowed, floats are not.
    if obj is None or isinstance(obj, bool | int | str):
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"{path or '<root>'}: object keys must be strings, not {type(key).__name__}")
            _check(value, f"{path}.{key}" if path else key)
        return
    if isinstance(obj, list):
        for i, value in enumerate(obj):
            _check(value, f"{path}[{i}]")
        return
    raise TypeError(f"{path or '<root>'}: {type(obj).__name__} is not allowed in canonical JSON")


def canonical(obj: object) -> bytes:
    """The canonical UTF-8 JSON bytes of `obj`; raises TypeError for anything but dict/list/str/int/bool/None."""
    _check(obj, "")
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"canonical JSON: {name} is not allowed")


def _reject_float(text: str) -> Any:
    raise ValueError(f"canonical JSON: number {text} is not an integer")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"canonical JSON: duplicate key {key!r}")
        result[key] = value
    return result


def parse_canonical(data: bytes) -> dict[str, Any]:
    """Parse a canonical JSON object; raises ValueError unless `canonical(parsed) == data`."""
    if not isinstance(data, bytes | bytearray):
        raise ValueError(f"canonical JSON: expected bytes, not {type(data).__name__}")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"canonical JSON: not UTF-8 (byte {exc.start})") from None
    try:
        parsed = json.loads(
            text,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise ValueError(f"canonical JSON: {exc.msg} at position {exc.pos}") from None
    if not isinstance(parsed, dict):
        raise ValueError(f"canonical JSON: expected an object, not {type(parsed).__name__}")
    if canonical(parsed) != data:
        raise ValueError("canonical JSON: not in canonical form (key order, spacing or escapes differ)")
    return parsed
