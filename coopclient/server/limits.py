"""The ledger server's limits: request sizes, the body read deadline, and token buckets per key and address.

The buckets are kept where every server process on one database sees them (`coopclient/server/buckets.py`,
the `rate_buckets` table), so a client cannot multiply its rate by the number of `--workers` or by a
restart. They protect the server from floods; they are not accounting. Time comes from an injected clock
(UTC seconds, the same on every process of one database, as NTP keeps hosts) so tests drive it by hand
instead of sleeping; a clock that steps back never drains a bucket.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

Clock = Callable[[], float]  # seconds; every process sharing a database must agree on it (time.time)

MAX_BODY_BYTES = 1024 * 1024
MAX_ENTRIES = 500
MAX_ENTRY_BYTES = 8 * 1024
BODY_TIMEOUT_S = 10.0

_T = TypeVar("_T")


@dataclass(frozen=True)
class Limits:
    """Sizes, rates and deadlines the server enforces (docs/ledger.md, "Limits")."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_entries: int = MAX_ENTRIES
    max_entry_bytes: int = MAX_ENTRY_BYTES
    requests_per_minute: float = 120.0
    burst: int = 60
    # The whole body must have arrived this many seconds after the request's headers (a slow-trickle
    # client otherwise holds a connection and a worker for as long as it likes).
    body_timeout_s: float = BODY_TIMEOUT_S

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_entries", "max_entry_bytes", "burst"):
            if getattr(self, name) < 1:
                raise ValueError(f"limits.{name}: must be at least 1, not {getattr(self, name)}")
        for name in ("requests_per_minute", "body_timeout_s"):
            value = getattr(self, name)
            if not value > 0 or math.isinf(value):
                raise ValueError(f"limits.{name}: must be a positive number, not {value}")


@dataclass(frozen=True)
class Bucket:
    """A token bucket's state: the tokens left at `stamp` (seconds of the limiter's clock)."""

    tokens: float
    stamp: float


def spend(bucket: Bucket | None, now: float, per_second: float, burst: float) -> tuple[Bucket, float | None]:
    """Refill `bucket` (None: a new, full one) up to `now` and spend one token.

    Returns the new state and None if there was a token, else the seconds until there is one.
    """
    if bucket is None:
        tokens, stamp = burst, now
    else:
        # max(): a clock that steps back must not drain the bucket.
        tokens = min(burst, bucket.tokens + max(0.0, now - bucket.stamp) * per_second)
        stamp = max(bucket.stamp, now)
    if tokens >= 1.0:
        return Bucket(tokens - 1.0, stamp), None
    return Bucket(tokens, stamp), (1.0 - tokens) / per_second


class BucketStore(Protocol):
    """Where the buckets are kept; `update` is atomic for one name across every user of the store."""

    def update(self, name: str, change: Callable[[Bucket | None], tuple[Bucket, _T]]) -> _T:
        """Replace the bucket `name` by `change(current)[0]` and return `change(current)[1]`."""
        ...

    def prune(self, stamped_before: float) -> None:
        """Forget the buckets last touched before `stamped_before` (they have refilled in full)."""
        ...


class RateLimiter:
    """Token buckets by name: `burst` tokens, refilled at `per_minute` a minute, kept in `store`."""

    def __init__(self, per_minute: float, burst: int, clock: Clock, store: BucketStore, prefix: str = "") -> None:
        self._rate = per_minute / 60.0  # tokens a second
        self._burst = float(burst)
        self._clock = clock
        self._store = store
        self._prefix = prefix
        self._full_after = self._burst / self._rate  # an untouched bucket is full again after this long
        self._next_prune = -math.inf
        self._lock = threading.Lock()

    def take(self, name: str) -> float | None:
        """Spend one token of `name`'s bucket: None if there was one, else the seconds until there is."""
        now = self._clock()
        self._prune(now)
        return self._store.update(self._prefix + name, lambda bucket: spend(bucket, now, self._rate, self._burst))

    def _prune(self, now: float) -> None:
        # A forgotten bucket comes back full, which is what a full bucket is: pruning changes no answer.
        with self._lock:
            if now < self._next_prune:
                return
            self._next_prune = now + self._full_after
        self._store.prune(now - self._full_after)


def retry_after_header(seconds: float) -> str:
    """The Retry-After value (whole seconds, at least 1) for a wait of `seconds`."""
    return str(max(1, math.ceil(seconds)))


class RequestLimiter:
    """The two kinds of bucket the server keeps: one per client address, one per authenticated key."""

    def __init__(self, limits: Limits, clock: Clock, store: BucketStore) -> None:
        self.limits = limits
        rate, burst = limits.requests_per_minute, limits.burst
        self._addresses = RateLimiter(rate, burst, clock, store, prefix="address:")
        self._keys = RateLimiter(rate, burst, clock, store, prefix="key:")

    def take_address(self, address: str) -> float | None:
        return self._addresses.take(address)

    def take_key(self, key_id: str) -> float | None:
        return self._keys.take(key_id)
