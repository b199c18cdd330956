"""The nonces of signed requests, kept in the ledger's database for as long as their day can be accepted.

A signed request's X-Coop-Date is a UTC day the server accepts while it is today ± 1, so a nonce must be
remembered until the day after its date is over; after that the date check alone refuses the request. In
the database, not in a process, so a captured request cannot be replayed after a restart or on another of
the server processes sharing the database (docs/ledger.md, "HTTP API").

Rows are `(day, sha256(key id ‖ nonce))`: which pseudonym made requests on which day is not kept.
Expired rows are deleted by the first request of each new day a process sees (one range delete on the
primary key, which leads with the day).
"""

from __future__ import annotations

import hashlib
import threading

from coopclient.server.db import Database


def nonce_digest(key_id: str, nonce: str) -> str:
    """What is stored for a nonce: it cannot be linked to the key without the nonce itself."""
    return hashlib.sha256(f"{key_id}\n{nonce}".encode()).hexdigest()


class NonceStore:
    """Nonces already used (`nonces` table); safe to share across threads."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._pruned_before = ""  # the oldest day this process has pruned up to
        self._lock = threading.Lock()

    def first_use(self, key_id: str, day: str, nonce: str, oldest_day: str) -> bool:
        """Record the nonce of `key_id` for `day`; False if it was recorded before (by any process).

        `oldest_day` is the first day still accepted: older nonces are pruned.
        """
        self._prune(oldest_day)
        changed = self._db.execute(
            "INSERT INTO nonces (day, digest) VALUES (?, ?) ON CONFLICT (day, digest) DO NOTHING",
            (day, nonce_digest(key_id, nonce)),
        )
        return changed == 1

    def _prune(self, oldest_day: str) -> None:
        with self._lock:
            if oldest_day <= self._pruned_before:
                return
            self._pruned_before = oldest_day
        # Several processes may prune the same rows at once; deleting nothing is fine.
        self._db.execute("DELETE FROM nonces WHERE day < ?", (oldest_day,))
