"""From the bytes of a statement file to numbered records: decoding, size limits, CSV or tab-separated rows,
or a JSON list of objects. Pure: the caller reads the file and hands its bytes here.

Limits (:class:`Limits`): a file over ``max_bytes`` (64 MiB by default) or with more than ``max_rows`` data
rows (500,000) is refused whole with :class:`StatementError`, before anything is stored. A cell over
``csv.field_size_limit`` (128 KiB) makes the file unreadable as CSV: refused whole too.

Encodings: UTF-8 (with or without a byte-order mark) unless the preset says otherwise; a UTF-16 file with its
byte-order mark is read as such. Bytes that are not text in the encoding spoil only their own line, which is
reported (``line 12: not UTF-8 text (byte 0xe9)``); the other lines are read.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["Limits", "Record", "RowError", "StatementError", "decode", "records"]


class StatementError(ValueError):
    """A file that cannot be read at all (too big, no header, missing columns, not JSON); nothing is kept."""


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row was left out: its line (or JSON item) number, the column at fault if one, the reason."""

    line_no: int
    column: str | None
    message: str
    where: str = "line"

    def __str__(self) -> str:
        field = f"field {self.column!r}: " if self.column else ""
        return f"{self.where} {self.line_no}: {field}{self.message}"


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one import may read (documented in the module docstring)."""

    max_bytes: int = 64 * 1024 * 1024
    max_rows: int = 500_000


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: its first line's number and its cells by the canonical column names asked for."""

    line_no: int
    cells: dict[str, str]


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def decode(data: bytes, encoding: str, limits: Limits) -> tuple[str, dict[int, int]]:
    """The file's text, and the lines (1-based) holding bytes that are not text: line -> first bad byte.

    Raises:
        StatementError: the file is over the size limit, or empty.
    """
    if len(data) > limits.max_bytes:
        raise StatementError(f"the file has {len(data):,} bytes: over the limit of {limits.max_bytes:,} for one import")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), {}
        except UnicodeDecodeError as exc:
            raise StatementError(f"not UTF-16 text (byte {exc.start + 1}), though it starts as UTF-16") from None
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="surrogateescape")
    else:
        return text, {}
    bad: dict[int, int] = {}
    line, pos = 1, 0
    for found in _UNDECODABLE.finditer(text):
        line += text.count("\n", pos, found.start())
        pos = found.start()
        bad.setdefault(line, ord(found.group()) - 0xDC00)
    return text, bad


def _lookup(header: Sequence[str], required: Sequence[str], optional: Sequence[str]) -> dict[str, int]:
    """Where each wanted column is in the header (matched without regard to case or surrounding blanks)."""
    at = {name.strip().lower(): i for i, name in reversed(list(enumerate(header)))}
    missing = [name for name in required if name.lower() not in at]
    if missing:
        shown = ", ".join(repr(h.strip()) for h in header if h.strip())
        plural = "s" if len(missing) > 1 else ""
        raise StatementError(f"missing column{plural}: {', '.join(map(repr, missing))} (the header has: {shown})")
    return {name: at[name.lower()] for name in (*required, *optional) if name.lower() in at}


def records(
    text: str,
    delimiter: str,
    required: Sequence[str],
    optional: Sequence[str],
    bad_lines: dict[int, int],
    encoding: str,
    limits: Limits,
) -> Iterator[Record | RowError]:
    """The data rows of CSV (or tab-separated) ``text`` after its header, or a JSON list of objects.

    Raises:
        StatementError: no header, a missing column, too many rows, or text that is not CSV.
    """
    if text.lstrip()[:1] == "[":
        yield from _json_records(text, required, optional, limits)
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last = 0
    header: list[str] | None = None
    wanted: dict[str, int] = {}
    rows = 0
    try:
        for values in reader:
            first, last = last + 1, reader.line_num
            if not values or (len(values) == 1 and not values[0].strip()):
                continue
            bad = next((bad_lines[n] for n in range(first, last + 1) if n in bad_lines), None)
            if header is None:
                if bad is not None:
                    raise StatementError(f"line {first}: the header is not {encoding.upper()} text (byte {bad:#04x})")
                header = values
                wanted = _lookup(header, required, optional)
                continue
            rows += 1
            if rows > limits.max_rows:
                raise StatementError(f"more than {limits.max_rows:,} rows: over the limit for one import")
            if bad is not None:
                yield RowError(first, None, f"not {encoding.upper()} text (byte {bad:#04x}); fix the file's encoding")
            elif len(values) != len(header):
                yield RowError(first, None, f"{len(values)} cells where the header has {len(header)}")
            else:
                yield Record(first, {name: values[i] for name, i in wanted.items()})
    except csv.Error as exc:
        raise StatementError(f"line {reader.line_num}: not readable as CSV: {exc}") from None
    if header is None:
        raise StatementError("the file is empty: no header line")


def _json_records(
    text: str, required: Sequence[str], optional: Sequence[str], limits: Limits
) -> Iterator[Record | RowError]:
    try:
        items = json.loads(text, parse_float=str, parse_int=str)
    except json.JSONDecodeError as exc:
        raise StatementError(f"line {exc.lineno}: not JSON: {exc.msg}") from None
    if not isinstance(items, list):
        raise StatementError("a JSON statement must be a list of objects")
    if len(items) > limits.max_rows:
        raise StatementError(f"more than {limits.max_rows:,} items: over the limit for one import")
    names = (*required, *optional)
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield RowError(n, None, "not an object", "item")
            continue
        keys = {str(k).strip().lower(): v for k, v in item.items()}
        missing = [name for name in required if name.lower() not in keys]
        wrong = [name for name in names if isinstance(keys.get(name.lower()), dict | list | bool)]
        if missing:
            yield RowError(n, missing[0], "missing", "item")
        elif wrong:
            yield RowError(n, wrong[0], "not text or a number", "item")
        else:
            cells = {
                name: "" if keys[name.lower()] is None else str(keys[name.lower()])
                for name in names
                if name.lower() in keys
            }
            yield Record(n, cells)
