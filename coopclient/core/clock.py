"""Clock readings: UTC wall time for the record, monotonic time for durations.

The core never reads a clock itself: services receive a ``Clock`` through their constructor, so tests drive
time by hand and never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Instant:
    """One reading of both clocks, in milliseconds: UTC wall time and a monotonic counter."""

    wall_ms: int
    mono_ms: int


class Clock(Protocol):
    """What the services need to know about time."""

    def now(self) -> Instant:
        """Read the wall and monotonic clocks together."""
        ...

    @property
    def tz(self) -> tzinfo:
        """The member's local zone, used to attribute work to days."""
        ...

    @property
    def tz_name(self) -> str:
        """The IANA name of that zone, stored beside UTC times."""
        ...


class ZonedClock(Clock, Protocol):
    """A clock whose zone the member can change while the app runs (the ``timezone`` setting)."""

    def set_zone(self, tz_name: str) -> None:
        """Attribute work to days in ``tz_name`` from now on (empty: the system's zone)."""
        ...


def utc_datetime(wall_ms: int) -> datetime:
    """A UTC datetime for a wall-clock reading in milliseconds."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC)


def local_day(wall_ms: int, tz: tzinfo) -> date:
    """The member's calendar day of an instant."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=tz).date()


def day_start_ms(day: date, tz: tzinfo) -> int:
    """The UTC milliseconds of local midnight at the start of ``day``."""
    return int(datetime.combine(day, time(0), tzinfo=tz).timestamp() * 1000)


def next_midnight_ms(day: date, tz: tzinfo) -> int:
    """The UTC milliseconds of the local midnight that ends ``day``."""
    return day_start_ms(day + timedelta(days=1), tz)
