"""Identifier sources, injected so tests get predictable ids."""

from __future__ import annotations

from collections.abc import Callable

IdSource = Callable[[], str]


def random_ids() -> str:
    """A random UUID, as text."""
    import uuid  # here: importing uuid costs milliseconds the desktop start need not pay

    return str(uuid.uuid4())


def seeded_uuids(seed: int) -> IdSource:
    """Predictable but valid version-4 UUIDs, for tests of what must send uuids (the co-op ledger's entries)."""
    import random
    import uuid

    rng = random.Random(seed)
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def counting_ids(prefix: str = "id") -> IdSource:
    """Predictable ids for tests: id-1, id-2, ..."""
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return f"{prefix}-{counter}"

    return next_id
