"""Canonical JSON bytes for ledger entries (docs/ledger.md, "Canonical bytes").

One value has exactly one byte form, so a leaf hash or a signature over it is stable. Only dicts with
string keys, lists, strings, ints, bools and null are allowed; money is a decimal string and durations are
integer seconds, so floats are refused.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Deepest nesting of objects and lists a body may have. An entry needs 5 (a release's cells); without a
# bound, a body nested 1,000 deep is a RecursionError in the parser, not a clear error.
MAX_DEPTH = 16
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def _check(obj: object, path: str, depth: int = 1) -> None:
    # bool is a subclass of int; both are allowed, floats are not.
    if obj is None or isinstance(obj, bool | int | str):
        return
    if isinstance(obj, dict | list) and depth > MAX_DEPTH:
        raise TypeError(f"{path or '<root>'}: nested deeper than {MAX_DEPTH} levels")
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"{path or '<root>'}: object keys must be strings, not {type(key).__name__}")
            _check(value, f"{path}.{key}" if path else key, depth + 1)
        return
    if isinstance(obj, list):
        for i, value in enumerate(obj):
            _check(value, f"{path}[{i}]", depth + 1)
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


def nesting_depth(data: bytes) -> int:
    """How deep objects and lists nest in JSON `data` (brackets inside strings do not count)."""
    # Strings out, then only the brackets are left to walk: quick even for a large body.
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = deepest = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_canonical(data: bytes) -> dict[str, Any]:
    """Parse a canonical JSON object; raises ValueError unless `canonical(parsed) == data`.

    Objects and lists nest at most MAX_DEPTH deep: deeper is a ValueError before parsing (never a
    RecursionError, on the server or in the member's app, which parse the same bodies with this function).
    """
    if not isinstance(data, bytes | bytearray):
        raise ValueError(f"canonical JSON: expected bytes, not {type(data).__name__}")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"canonical JSON: not UTF-8 (byte {exc.start})") from None
    if nesting_depth(bytes(data)) > MAX_DEPTH:
        raise ValueError(f"canonical JSON: nested deeper than {MAX_DEPTH} levels")
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
