"""Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter"), and the time
budget within which one run waits out ``Retry-After`` and backoff delays instead of ending.

Eleven lines do what ``tenacity.wait_random_exponential`` does; the relay schedules retries as timestamps in
the outbox rather than sleeping inside a retry loop, so tenacity's retry machinery would go unused. Within a
:class:`Budget` a run does wait, through the ``wait(seconds)`` collaborator it was given (``time.sleep`` in
the app, a fake that moves a fake clock in tests), and measures what is left on the monotonic clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from coopclient.core.clock import Clock
from coopclient.core.platform import Unreachable

MAX_WAIT_MS = 86_400_000  # a Retry-After longer than a day is taken as a day
# A wait is never shorter: a server answering ``Retry-After: 0`` forever, or a backoff drawn as 0, still uses
# up the budget instead of spinning.
MIN_WAIT_MS = 100

_T = TypeVar("_T")


def ceiling_ms(attempt: int, base_ms: int = 1000, cap_ms: int = 300_000) -> int:
    """The longest wait after the ``attempt``-th failure: ``base_ms * 2**(attempt - 1)``, at most ``cap_ms``."""
    if attempt < 1:
        return 0
    return min(cap_ms, base_ms << min(attempt - 1, 62))


def delay_ms(attempt: int, base_ms: int = 1000, cap_ms: int = 300_000, *, rng: Callable[[], float]) -> int:
    """How long to wait after the ``attempt``-th failure: uniform between 0 and :func:`ceiling_ms`.

    Args:
        attempt: failures so far, counting the one that just happened (1 for the first).
        base_ms: the ceiling after the first failure.
        cap_ms: the ceiling never grows past this.
        rng: returns a float in [0, 1), e.g. ``random.Random().random``; tests pass a fixed value.

    Returns:
        Milliseconds to wait.
    """
    return int(rng() * ceiling_ms(attempt, base_ms, cap_ms))


def wait_ms_after(error: Unreachable, attempt: int, rng: Callable[[], float]) -> int:
    """The server's ``Retry-After`` (at most a day), else the full-jitter backoff for the ``attempt``-th failure."""
    if error.retry_after_s is not None:
        return min(int(error.retry_after_s * 1000), MAX_WAIT_MS)
    return delay_ms(attempt, rng=rng)


class Budget:
    """How long one run (a sync, a pull) may spend waiting before it gives up until the next run.

    Args:
        clock: its monotonic reading measures what is left.
        wait: sleeps for the given seconds; None never waits (the budget is then empty).
        seconds: the budget.
        rng: backoff jitter, floats in [0, 1).
    """

    def __init__(
        self, clock: Clock, wait: Callable[[float], None] | None, seconds: float, rng: Callable[[], float]
    ) -> None:
        self._clock = clock
        self._wait = wait
        self._rng = rng
        self.seconds = seconds if wait is not None else 0.0
        self._deadline_ms = clock.now().mono_ms + int(self.seconds * 1000)
        self.ran_out = False  # a wait was needed that did not fit

    def remaining_ms(self) -> int:
        """Milliseconds left (0 when spent)."""
        return max(0, self._deadline_ms - self._clock.now().mono_ms)

    def pause(self, ms: int) -> bool:
        """Wait ``ms`` (at least :data:`MIN_WAIT_MS`) if that fits in what is left; False, without waiting, if not."""
        ms = max(ms, MIN_WAIT_MS)
        if self._wait is None or ms > self.remaining_ms():
            self.ran_out = True
            return False
        self._wait(ms / 1000)
        return True

    def retry(self, step: Callable[[], _T]) -> _T:
        """``step()``, run again after each :class:`Unreachable` as long as the wait it calls for fits."""
        attempt = 0
        while True:
            try:
                return step()
            except Unreachable as exc:
                attempt += 1
                if not self.pause(wait_ms_after(exc, attempt, self._rng)):
                    raise
