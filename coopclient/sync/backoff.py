"""Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter").

Eleven lines do what ``tenacity.wait_random_exponential`` does; the relay schedules retries as timestamps in
the outbox rather than sleeping inside a retry loop, so tenacity's retry machinery would go unused.
"""

from __future__ import annotations

from collections.abc import Callable


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
