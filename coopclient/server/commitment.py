"""What a release commits to: a salted hash of the capped member-month rows the noise was added to.

Apart from :mod:`coopclient.server.release_inputs` (which re-derives those rows from the log to check a
release), so the release and its check both use it without importing each other.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from coopclient.server.db import Database

if TYPE_CHECKING:
    from coopclient.server.aggregates import MemberMonth

_MICROS = Decimal(1_000_000)


def release_salt(database: Database, month: str, fresh: bytes | None = None) -> bytes:
    """The month's salt: the stored one, or `fresh` (32 random bytes by default) stored now."""
    key = f"release_salt:{month}"
    with database.transaction():
        database.execute(
            "INSERT INTO ledger_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            (key, (fresh or secrets.token_bytes(32)).hex()),
        )
        row = database.fetchone("SELECT value FROM ledger_meta WHERE key = ?", (key,))
    assert row is not None
    return bytes.fromhex(str(row[0]))


def rows_digest(rows: Sequence[MemberMonth], salt: bytes) -> str:
    """sha256(salt ‖ canonical JSON of the rows as integers, sorted), hex."""
    items = sorted(
        [str(r.member), str(r.platform), str(r.task_kind), int(r.active_s), int(r.unpaid_s), int(r.tasks_done),
         int(r.rejections), int(r.earnings * _MICROS), int(r.below_floor_s)]
        for r in rows
    )  # fmt: skip
    return hashlib.sha256(salt + _canonical_rows(items)).hexdigest()


def _canonical_rows(items: list[list[object]]) -> bytes:
    """`canonical(items)` for a list of lists of str and int, without its type walk.

    `canonical` checks every value before encoding; over a month of 40,000 member-cells that walk took a third
    of the release's Python time. Here every value was just made a str or an int, which the walk accepts, so
    the bytes are json.dumps with canonical's own options (tests/server/test_aggregates.py compares both).
    """
    return json.dumps(items, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
