"""Identifier sources, injected so tests get predictable ids."""

from __future__ import annotations

from collections.abc import Callable

IdSource = Callable[[], str]


def random_ids() -> str:
    """A random UUID, as text."""
    import uuid  # here: importing uuid costs milliseconds the desktop start need not pay

    return str(uuid.uuid4())


def counting_ids(prefix: str = "id") -> IdSource:
    """Predictable ids for tests: id-1, id-2, ..."""
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return f"{prefix}-{counter}"

    return next_id
