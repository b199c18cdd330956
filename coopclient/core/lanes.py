"""Where work runs: the contract between network work and the database lane.

The app keeps two lanes (see ``coopclient.ui.ops``): one thread owns the database, and network work runs
elsewhere, so that a heartbeat never queues behind a slow request. Code that talks to a platform or to the
ledger therefore never touches the store directly while it may wait on the network: it hands each piece of
database work to a :data:`DbCall`, which runs it on the database lane and returns its result (the network
side waits; the database lane never does). The relays follow one rhythm: read the due rows (db) → send
(network) → record the answer (db).

On the command line and in tests, :func:`inline` runs the work at once on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class DbCall(Protocol):
    """Runs ``work`` on the database lane and returns what it returned (or raises what it raised)."""

    def __call__(self, work: Callable[[], T], /) -> T: ...


def inline(work: Callable[[], T], /) -> T:
    """The database lane is the calling thread (command line, tests)."""
    return work()
