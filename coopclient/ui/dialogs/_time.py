"""Local clock times for dialogs that show stored spans (UTC milliseconds) to the member."""

from __future__ import annotations

from datetime import datetime, tzinfo

from coopclient.ui.locale_numbers import date_text


def local_datetime(wall_ms: int, tz: tzinfo) -> datetime:
    """The member's local date and time of a UTC millisecond reading."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=tz)


def clock_range(start_ms: int, end_ms: int, tz: tzinfo) -> str:
    """``"10:02–10:14"``; with seconds (``"03:09:10–03:09:50"``) when both fall in one minute, which read as
    "03:09–03:09" once; with dates (``"2026-03-01 23:50–2026-03-02 00:10"``) when the days differ."""
    start, end = local_datetime(start_ms, tz), local_datetime(end_ms, tz)
    if start.date() == end.date():
        same_minute = f"{start:%H:%M}" == f"{end:%H:%M}"
        return f"{start:%H:%M:%S}–{end:%H:%M:%S}" if same_minute else f"{start:%H:%M}–{end:%H:%M}"
    return f"{date_text(start.date())} {start:%H:%M}–{date_text(end.date())} {end:%H:%M}"  # the language's days
