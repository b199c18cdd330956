"""The ledger server's limits: request sizes, and a token bucket per key and per client address.

The buckets live in the server process (several processes behind one PostgreSQL each keep their own):
they protect the server from floods, they are not accounting. Time comes from an injected monotonic clock
so tests drive it by hand instead of sleeping.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]  # monotonic seconds

MAX_BODY_BYTES = 1024 * 1024
MAX_ENTRIES = 500
MAX_ENTRY_BYTES = 8 * 1024


@dataclass(frozen=True)
class Limits:
    """Sizes and rates the server enforces (docs/ledger.md, "Limits")."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_entries: int = MAX_ENTRIES
    max_entry_bytes: int = MAX_ENTRY_BYTES
    requests_per_minute: float = 120.0
    burst: int = 60
    # How many buckets to remember per kind (keys, addresses); the least recently used beyond that are
    # forgotten, which only ever gives their owner a full bucket back.
    max_buckets: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_entries", "max_entry_bytes", "burst", "max_buckets"):
            if getattr(self, name) < 1:
                raise ValueError(f"limits.{name}: must be at least 1, not {getattr(self, name)}")
        if self.requests_per_minute <= 0:
            raise ValueError(f"limits.requests_per_minute: must be positive, not {self.requests_per_minute}")


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token buckets by name: `burst` tokens, refilled at `per_minute` a minute; thread-safe."""

    def __init__(self, per_minute: float, burst: int, clock: Clock, max_buckets: int = 100_000) -> None:
        self._rate = per_minute / 60.0  # tokens a second
        self._burst = float(burst)
        self._clock = clock
        self._max_buckets = max_buckets
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, name: str) -> float | None:
        """Spend one token of `name`'s bucket: None if there was one, else the seconds until there is."""
        with self._lock:
            now = self._clock()
            bucket = self._refilled(name, now)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return (1.0 - bucket.tokens) / self._rate

    def _refilled(self, name: str, now: float) -> _Bucket:
        bucket = self._buckets.get(name)
        if bucket is None:
            bucket = _Bucket(self._burst, now)
            self._buckets[name] = bucket
            if len(self._buckets) > self._max_buckets:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(name)
            # max(): a clock that steps back must not drain the bucket.
            bucket.tokens = min(self._burst, bucket.tokens + max(0.0, now - bucket.stamp) * self._rate)
            bucket.stamp = max(bucket.stamp, now)
        return bucket


def retry_after_header(seconds: float) -> str:
    """The Retry-After value (whole seconds, at least 1) for a wait of `seconds`."""
    return str(max(1, math.ceil(seconds)))


class RequestLimiter:
    """The two buckets the server keeps: one per client address, one per authenticated key."""

    def __init__(self, limits: Limits, clock: Clock) -> None:
        self.limits = limits
        self._addresses = RateLimiter(limits.requests_per_minute, limits.burst, clock, limits.max_buckets)
        self._keys = RateLimiter(limits.requests_per_minute, limits.burst, clock, limits.max_buckets)

    def take_address(self, address: str) -> float | None:
        return self._addresses.take(address)

    def take_key(self, key_id: str) -> float | None:
        return self._keys.take(key_id)
