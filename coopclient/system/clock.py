"""The real clock: UTC wall time, the monotonic counter and the member's zone."""

from __future__ import annotations

import time
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coopclient.core.clock import Instant


class SystemClock:
    """Reads the system's clocks. ``time.monotonic`` stops during suspend on Linux, which the timer's
    jump detection relies on (wall time runs ahead of it)."""

    def __init__(self, tz_name: str = "") -> None:
        self._zone: tuple[str, tzinfo] = ("UTC", ZoneInfo("UTC"))
        self.set_zone(tz_name)

    def set_zone(self, tz_name: str) -> None:
        """Use ``tz_name`` from now on (empty: the system's zone; an unknown name: UTC).

        The name and the zone are replaced together, in one assignment, so a reader on another thread never
        sees one without the other.
        """
        name = tz_name or _system_zone_name()
        try:
            self._zone = (name, ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            self._zone = ("UTC", ZoneInfo("UTC"))

    def now(self) -> Instant:
        """Both clocks, read back to back."""
        return Instant(time.time_ns() // 1_000_000, time.monotonic_ns() // 1_000_000)

    @property
    def tz(self) -> tzinfo:
        """The member's zone."""
        return self._zone[1]

    @property
    def tz_name(self) -> str:
        """Its IANA name."""
        return self._zone[0]


def _system_zone_name() -> str:
    """The system's IANA zone name, from $TZ or /etc/localtime; UTC when unknown."""
    import os
    from pathlib import Path

    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        return env
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


def zone_exists(name: str) -> bool:
    """Whether ``name`` is a time zone of the system's zone database (``Europe/Berlin`` yes, ``Mars/Phobos`` no)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
