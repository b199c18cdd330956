"""SQL for the member's link to the co-op ledger: enrollment, the last verified checkpoint, the policy kept.

One row each in ``ledger_link`` and ``ledger_state`` (``id = 1``). Keys and roots are stored base64 as the
ledger writes them; turning them into bytes is the caller's. Callers hold the transaction (``db.atomic()``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import sqlite_utils


class LinkRow(NamedTuple):
    """The enrollment, as stored (keys base64, days ISO)."""

    server_url: str
    pseudonym: str
    public_key: str
    origin: str
    log_key: str
    treasurer_key: str
    witness_url: str | None
    witness_key: str | None
    enrolled_day: str
    consented_day: str | None
    paused: int


class CheckpointRow(NamedTuple):
    """The last verified checkpoint: its signed note, tree size and root (base64; None before the first)."""

    note: str | None
    size: int
    root: str | None


class PolicyRow(NamedTuple):
    """A verified policy or release entry: its kind, body (the exact text) and leaf in the tree."""

    entry_id: str
    kind: str
    body: str
    leaf_index: int


class LedgerRepo:
    """The ``ledger_link``, ``ledger_state`` and ``ledger_policy`` tables."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- enrollment ----------------------------------------------------------------------------------

    def link(self) -> LinkRow | None:
        """The enrollment, if the member enrolled."""
        row = self._db.execute(
            "SELECT server_url, pseudonym, public_key, origin, log_key, treasurer_key, witness_url, witness_key, "
            "enrolled_day, consented_day, paused FROM ledger_link WHERE id = 1"
        ).fetchone()
        return None if row is None else LinkRow(*row)

    def insert_link(self, link: LinkRow) -> None:
        """Record the enrollment (there is one at most)."""
        self._db.execute(
            "INSERT INTO ledger_link (id, server_url, pseudonym, public_key, origin, log_key, treasurer_key, "
            "witness_url, witness_key, enrolled_day) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            list(link[:9]),
        )

    def consent(self, day: str) -> None:
        """The member consented (the first day is kept), which also un-pauses."""
        self._db.execute(
            "UPDATE ledger_link SET consented_day = coalesce(consented_day, ?), paused = 0 WHERE id = 1", [day]
        )

    def set_paused(self, paused: bool) -> None:
        """Pause or resume sharing."""
        self._db.execute("UPDATE ledger_link SET paused = ? WHERE id = 1", [int(paused)])

    def public_key(self) -> str | None:
        """The member's public key (base64), if enrolled."""
        row = self._db.execute("SELECT public_key FROM ledger_link WHERE id = 1").fetchone()
        return None if row is None else str(row[0])

    # -- the verified state --------------------------------------------------------------------------

    def checkpoint(self) -> CheckpointRow | None:
        """The last verified checkpoint, if any state is stored."""
        row = self._db.execute("SELECT checkpoint, size, root FROM ledger_state WHERE id = 1").fetchone()
        return None if row is None else CheckpointRow(row[0], int(row[1]), row[2])

    def store_checkpoint(self, note: str, size: int, root: str) -> None:
        """Record the last verified checkpoint."""
        self._db.execute(
            "INSERT INTO ledger_state (id, checkpoint, size, root) VALUES (1, ?, ?, ?) ON CONFLICT (id) "
            "DO UPDATE SET checkpoint = excluded.checkpoint, size = excluded.size, root = excluded.root",
            [note, size, root],
        )

    def size_and_warning(self) -> tuple[int, str | None]:
        """The verified tree size and the last sync's integrity warning (0, None before enrollment)."""
        row = self._db.execute("SELECT size, warning FROM ledger_state WHERE id = 1").fetchone()
        return (int(row[0]), row[1]) if row else (0, None)

    def set_warning(self, warning: str | None) -> None:
        """Keep the last sync's integrity warning (None: there was none)."""
        self._db.execute("UPDATE ledger_state SET warning = ? WHERE id = 1", [warning])

    def mine_scanned(self) -> int:
        """How far (a tree size) the entries listed under the member's key were checked."""
        row = self._db.execute("SELECT mine_scanned FROM ledger_state WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def set_mine_scanned(self, size: int) -> None:
        """Move the mark of :meth:`mine_scanned`."""
        self._db.execute("UPDATE ledger_state SET mine_scanned = ? WHERE id = 1", [size])

    def witness_size(self) -> int:
        """The tree size the witness was last known to hold."""
        return int(self._db.execute("SELECT witness_size FROM ledger_state WHERE id = 1").fetchone()[0])

    def set_witness_size(self, size: int) -> None:
        """Record the tree size the witness holds."""
        self._db.execute("UPDATE ledger_state SET witness_size = ? WHERE id = 1", [size])

    # -- policy and releases -------------------------------------------------------------------------

    def policy_entries(self, kind: str) -> list[tuple[str, int]]:
        """The (body, leaf index) of the stored entries of one kind, in tree order."""
        rows = self._db.execute(
            "SELECT body, leaf_index FROM ledger_policy WHERE kind = ? ORDER BY leaf_index", [kind]
        ).fetchall()
        return [(str(body), int(index)) for body, index in rows]

    def policy_bodies(self) -> dict[str, str]:
        """The body of every stored policy and release entry, by entry id."""
        return dict(self._db.execute("SELECT entry_id, body FROM ledger_policy").fetchall())

    def add_policy_entries(self, rows: Iterable[PolicyRow]) -> None:
        """Keep verified entries (one already kept stays as it is)."""
        self._db.conn.executemany(
            "INSERT OR IGNORE INTO ledger_policy (entry_id, kind, body, leaf_index) VALUES (?, ?, ?, ?)", rows
        )
