"""The undo history of one task's annotation: a stack of result snapshots.

Pure: no Qt.
"""

from __future__ import annotations

import copy

from coopclient.ui.annotation.regions import Region

Snapshot = list[Region]


class SnapshotStack:
    """Snapshots of the result, oldest first; the top is the current state.

    Consecutive changes with the same non-None ``merge_key`` (typing in one text area) make one step.
    """

    def __init__(self) -> None:
        """Start with one empty snapshot."""
        self._stack: list[Snapshot] = [[]]
        self._merge_key: str | None = None

    def reset(self, snapshot: Snapshot) -> None:
        """Forget the history; ``snapshot`` is the current state."""
        self._stack = [copy.deepcopy(snapshot)]
        self._merge_key = None

    def push(self, snapshot: Snapshot, merge_key: str | None = None) -> bool:
        """Record a new current state; False (nothing recorded) when it equals the current one."""
        if snapshot == self._stack[-1]:
            return False
        if merge_key is not None and merge_key == self._merge_key and len(self._stack) > 1:
            self._stack[-1] = copy.deepcopy(snapshot)
        else:
            self._stack.append(copy.deepcopy(snapshot))
        self._merge_key = merge_key
        return True

    def undo(self) -> Snapshot | None:
        """Drop the current state and return the previous one, or None when there is nothing to undo."""
        self._merge_key = None
        if len(self._stack) < 2:
            return None
        self._stack.pop()
        return copy.deepcopy(self._stack[-1])
