"""Reading the ledger's Merkle nodes for roots and proofs: one query for all the nodes a computation needs,
and the log's size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from coopclient.protocol import merkle
from coopclient.server.db import Database
from coopclient.server.store_types import _CHUNK, ZERO_HASH, LedgerIntegrityError

_T = TypeVar("_T")


def _cached_reader(db: Database, cache: dict[tuple[int, int], bytes]) -> merkle.NodeReader:
    def read(level: int, idx: int) -> bytes:
        found = cache.get((level, idx))
        if found is None:  # not expected (the frontier covers every read), but correct if it happens
            found = _read_nodes(db, [(level, idx)])[(level, idx)]
            cache[(level, idx)] = found
        return found

    return read


def _read_nodes(db: Database, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
    """The stored hashes of these nodes; raises LedgerIntegrityError if one is missing."""
    coords = sorted(set(wanted))
    found: dict[tuple[int, int], bytes] = {}
    for start in range(0, len(coords), _CHUNK // 2):
        chunk = coords[start : start + _CHUNK // 2]
        where = " OR ".join(["(level = ? AND idx = ?)"] * len(chunk))
        rows = db.fetchall(f"SELECT level, idx, hash FROM merkle_nodes WHERE {where}", [v for c in chunk for v in c])
        found.update({(r[0], r[1]): bytes(r[2]) for r in rows})
    missing = [c for c in coords if c not in found]
    if missing:
        raise LedgerIntegrityError(f"merkle_nodes: node (level, idx) {missing[0]} is missing; the tree is damaged")
    return found


class _NodeReads:
    """Runs a merkle computation with all its node reads in one query.

    The algorithms read nodes in an order that depends only on sizes and indexes, never on hash values:
    a first dry run with placeholder hashes lists the nodes, one query fetches them, a second run computes.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self, compute: Callable[[merkle.NodeReader], _T]) -> _T:
        wanted: set[tuple[int, int]] = set()

        def record(level: int, idx: int) -> bytes:
            wanted.add((level, idx))
            return ZERO_HASH

        compute(record)
        nodes = _read_nodes(self.db, wanted)
        return compute(lambda level, idx: nodes[(level, idx)])


def _size(db: Database) -> int:
    row = db.fetchone("SELECT MAX(seq) FROM entries")
    return 0 if row is None or row[0] is None else int(row[0]) + 1
