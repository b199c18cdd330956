"""Test doubles for the injected collaborators: a clock driven by hand, and a sleeper that moves it."""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo

from coopclient.core.clock import Instant

# 2026-03-02 08:00:00 UTC, a Monday
T0 = 1_772_438_400_000


class FakeClock:
    """A clock that moves only when told. ``advance`` moves both clocks; ``jump_wall`` only the wall clock
    (a clock change) and ``suspend`` only the wall clock too (Linux's monotonic clock stops in suspend)."""

    def __init__(self, wall_ms: int = T0, mono_ms: int = 1_000_000, tz: str = "UTC") -> None:
        self.wall_ms, self.mono_ms = wall_ms, mono_ms
        self._system_tz = tz  # what an empty ``timezone`` setting means for this clock
        self._tz_name = tz
        self._tz = ZoneInfo(tz)

    def now(self) -> Instant:
        return Instant(self.wall_ms, self.mono_ms)

    @property
    def tz(self) -> tzinfo:
        return self._tz

    @property
    def tz_name(self) -> str:
        return self._tz_name

    def set_zone(self, tz_name: str) -> None:
        self._tz_name = tz_name or self._system_tz
        self._tz = ZoneInfo(self._tz_name)

    def wait(self, seconds: float) -> None:
        """A sleep that moves this clock instead of the test's time (the services' ``wait``)."""
        self.advance(round(seconds * 1000))

    def advance(self, ms: int) -> None:
        self.wall_ms += ms
        self.mono_ms += ms

    def jump_wall(self, ms: int) -> None:
        self.wall_ms += ms

    suspend = jump_wall


class FakeWait:
    """The ``wait(seconds)`` collaborator: records what was asked and moves the fake clock on, never sleeping."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.asked: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        self.clock.advance(round(seconds * 1000))
