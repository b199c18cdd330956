"""Reading batch files: JSONL or CSV, one task a line, as tasks arrive by e-mail.

A JSONL line is either Label Studio's task shape ``{"id": 7, "data": {...}}`` or the data object itself.
A CSV file has a header row; each following row is one task's data. Errors name the file, line and field,
and reading stops at the first one: the caller imports all tasks or none.

A JSONL file may open with a content warning, a first line holding only ``{"content_warning": "text"}``: the
platform's or requester's word that the tasks may be distressing (issue 15). It is not a task;
:func:`read_content_warning` reads it, so the member is told before the import, and the batch is flagged.

A task is at most :data:`MAX_TASK_BYTES` (256 KiB) of text: more is refused naming its line, before the line is
even held in memory whole. A 30 MB task froze the window that opened it for good, and opening a text costs
the window about 0.6 ms a kilobyte (measured on the 2-core machine: 1 MB, 0.6 s), so 256 KiB — some 40,000
words, a long report read by a person — opens in about 150 ms.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_TASK_BYTES = 256 << 10
"""The largest task a batch file may hold, in bytes of its line (or CSV row)."""


class BatchFileError(ValueError):
    """A batch file that cannot be read; the message names the file, line and field."""


@dataclass(frozen=True)
class TaskLine:
    """One task read from a batch file."""

    line: int
    platform_ref: str | None
    data: dict[str, Any]
    payload: str  # the platform's task, kept verbatim (the line's JSON, or the CSV row as JSON)


WARNING_KEY = "content_warning"
"""The only key of a batch file's optional first line, the content warning."""


def read_content_warning(path: Path) -> str | None:
    """The content warning a JSONL batch file opens with (its first non-empty line), or None.

    A CSV file has none. Reads one line at most; an unreadable file is an error as for :func:`read_tasks`.
    """
    if path.suffix.lower() == ".csv":
        return None
    for _number, text in _decoded_lines(path):
        if text.strip():
            return _warning_of(text)
    return None


def _warning_of(text: str) -> str | None:
    """The warning a line holds, if it is a content-warning line (a JSON object with only that key)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict) or set(value) != {WARNING_KEY} or not isinstance(value[WARNING_KEY], str):
        return None
    return value[WARNING_KEY].strip() or "This batch may be distressing"


def read_tasks(path: Path) -> Iterator[TaskLine]:
    """Stream the tasks of a JSONL or CSV file (chosen by its suffix; anything else is read as JSONL)."""
    if path.suffix.lower() == ".csv":
        yield from _read_csv(path)
    else:
        yield from _read_jsonl(path)


def _decoded_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The file's lines as text, numbered from 1; a line that is not UTF-8, or longer than a task may be, is an
    error naming it."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BatchFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        number = 0
        while raw := handle.readline(MAX_TASK_BYTES + 1):  # bounded: a huge line is never read whole
            number += 1
            if len(raw) > MAX_TASK_BYTES and not raw.endswith(b"\n"):
                raise BatchFileError(_too_large(path, number))
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BatchFileError(
                    f"{path}:{number}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                    "save the file as UTF-8"
                ) from None


def _too_large(path: Path, number: int) -> str:
    return (
        f"{path}:{number}: this task is larger than {MAX_TASK_BYTES >> 10} KiB, the most a task may be; "
        "split its text into several tasks"
    )


def _read_jsonl(path: Path) -> Iterator[TaskLine]:
    first = True
    for number, text in _decoded_lines(path):
        if not text.strip():
            continue
        if first:
            first = False
            if _warning_of(text) is not None:
                continue  # the content warning, not a task
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BatchFileError(f"{path}:{number}: not valid JSON: {exc.msg} (column {exc.colno})") from None
        yield _task_from_json(path, number, value, text.strip())


def _task_from_json(path: Path, number: int, value: object, payload: str) -> TaskLine:
    if not isinstance(value, dict):
        raise BatchFileError(f"{path}:{number}: a task must be a JSON object, not {type(value).__name__}")
    if "data" in value:
        data = value["data"]
        if not isinstance(data, dict):
            raise BatchFileError(f"{path}:{number}: field 'data' must be an object")
        ref = value.get("id")
        if ref is not None and not isinstance(ref, str | int):
            raise BatchFileError(f"{path}:{number}: field 'id' must be a number or a string")
        return TaskLine(number, None if ref is None else str(ref), data, payload)
    return TaskLine(number, None, value, payload)


def _next_row(reader: Any, path: Path, line: int | None = None) -> list[str] | None:
    """The reader's next row, None at the end; a CSV error names ``line`` (by default the reader's)."""
    try:
        row: list[str] = next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        raise BatchFileError(f"{path}:{line or reader.line_num}: not valid CSV: {exc}") from None
    return row


def _read_csv(path: Path) -> Iterator[TaskLine]:
    lines = (text for _, text in _decoded_lines(path))
    reader = csv.reader(lines)
    header = _next_row(reader, path, line=1)
    if header is None:
        return
    names = [h.strip() for h in header]
    if not all(names) or len(set(names)) != len(names):
        raise BatchFileError(f"{path}:1: the header needs unique, non-empty column names: {header}")
    while (row := _next_row(reader, path)) is not None:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            raise BatchFileError(
                f"{path}:{reader.line_num}: {len(row)} fields, but the header has {len(names)} ({', '.join(names)})"
            )
        data = dict(zip(names, row, strict=True))
        payload = json.dumps(data, ensure_ascii=False)
        if len(payload.encode("utf-8")) > MAX_TASK_BYTES:  # a quoted field may span lines
            raise BatchFileError(_too_large(path, reader.line_num))
        ref = data.get("id")
        yield TaskLine(reader.line_num, ref, data, payload)


def write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> int:
    """Write records as JSONL atomically (a temporary file renamed into place); returns the count."""
    tmp = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            buffer = io.StringIO()
            for record in records:
                buffer.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
                buffer.write("\n")
                count += 1
                if buffer.tell() > 1 << 20:
                    out.write(buffer.getvalue())
                    buffer = io.StringIO()
            out.write(buffer.getvalue())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
