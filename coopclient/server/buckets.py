"""The rate limits' token buckets in the ledger's database (`rate_buckets`), shared by its server processes.

One row per bucket that is not full: `(sha256(name), tokens, stamp)`. The name (a client address or a key
id) is stored hashed, and a row is deleted once its bucket has refilled (`burst / rate` seconds after its
last request, 30 s by default), so the table never holds more than what a live observer of the server
could see. Each take is one short write transaction that locks the bucket's row (SQLite: the database's
write lock, `BEGIN IMMEDIATE`; PostgreSQL: `SELECT ... FOR UPDATE`), so two processes never both spend
the same last token.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from coopclient.server.db import Database, DatabaseError
from coopclient.server.limits import Bucket

_T = TypeVar("_T")
_INSERT = "INSERT INTO rate_buckets (name, tokens, stamp) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"


def _stored_name(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


class DatabaseBuckets:
    """A `BucketStore` over the `rate_buckets` table of `database`."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = " FOR UPDATE" if database.engine == "postgresql" else ""  # SQLite: BEGIN IMMEDIATE

    def update(self, name: str, change: Callable[[Bucket | None], tuple[Bucket, _T]]) -> _T:
        key = _stored_name(name)
        with self._db.transaction():
            # Twice at most: two processes may create the same bucket at once; the one whose INSERT found
            # the other's row reads it again (READ COMMITTED: the next statement sees the committed row).
            for _ in range(2):
                row = self._db.fetchone(f"SELECT tokens, stamp FROM rate_buckets WHERE name = ?{self._lock}", (key,))
                new, answer = change(None if row is None else Bucket(float(row[0]), float(row[1])))
                if row is not None:
                    self._db.execute(
                        "UPDATE rate_buckets SET tokens = ?, stamp = ? WHERE name = ?", (new.tokens, new.stamp, key)
                    )
                    return answer
                if self._db.execute(_INSERT, (key, new.tokens, new.stamp)) == 1:
                    return answer
        raise DatabaseError(f"rate_buckets: the bucket {key[:8]} was created and removed while being read")

    def prune(self, stamped_before: float) -> None:
        self._db.execute("DELETE FROM rate_buckets WHERE stamp < ?", (stamped_before,))
