"""What a write changed, so each view refreshes on what concerns it and not on every tick (Anki's OpChanges).

A heartbeat changes the time worked (the earnings panel's hours and wages), not the outbox; a saved result
changes the time, the results, the earnings and the outbox; an idle decision changes the time. Views read
the flags they care about: the earnings panel ``time`` or ``earnings``, the sync state ``outbox``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds of stored data a write touched."""

    time: bool = False  # spans and sessions: the clocks, the hours
    earnings: bool = False  # earnings entries, floors, rates: the money
    results: bool = False  # annotations and skips
    outbox: bool = False  # what waits to be sent
    tasks: bool = False  # the task list: imports, pulls, statuses

    def __or__(self, other: Changes) -> Changes:
        """Both writes' changes together."""
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    @property
    def figures(self) -> bool:
        """Whether the earnings panel's figures (hours, money, wages) may differ now."""
        return self.time or self.earnings


HEARTBEAT = Changes(time=True)
IDLE_DECIDED = Changes(time=True)
RESULT_SAVED = Changes(time=True, earnings=True, results=True, outbox=True, tasks=True)
