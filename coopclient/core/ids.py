"""Identifier sources, injected so tests get predictable ids."""

from __future__ import annotations

import uuid
from collections.abc import Callable

IdSource = Callable[[], str]


def random_ids() -> str:
    """A random UUID, as text."""
    return str(uuid.uuid4())


def counting_ids(prefix: str = "id") -> IdSource:
    """Predictable ids for tests: id-1, id-2, ..."""
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return f"{prefix}-{counter}"

    return next_id
