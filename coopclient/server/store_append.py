"""One append transaction of the ledger store, step by step: check each entry against the log, number it,
hash it into the chain and the Merkle tree, derive its projections, then write everything in batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coopclient.protocol import merkle
from coopclient.protocol.entries import Entry, parse_entry
from coopclient.server import month_sums
from coopclient.server.db import Database
from coopclient.server.projections import Projection, stat_key
from coopclient.server.store_nodes import _cached_reader, _read_nodes
from coopclient.server.store_types import _CHUNK, _ENTRY_COLUMNS, _POLICY_KINDS, ZERO_HASH, AppendResult, KeyHolder


@dataclass
class _Known:
    """An entry already in the log (or appended earlier in the same batch)."""

    seq: int
    body: bytes
    kind: str
    signer_key_id: str


# -- appending, step by step ---------------------------------------------------------------------------------


class _Append:
    """One append transaction: assigns seqs, hashes, nodes and projections, then writes them in batches."""

    def __init__(self, database: Database, signer: KeyHolder) -> None:
        self.db = database
        self.signer = signer
        self.entry_rows: list[tuple[Any, ...]] = []
        self.node_rows: list[tuple[int, int, bytes]] = []
        self.projection = Projection()

    def run(self, items: Sequence[tuple[Entry, bytes]]) -> list[AppendResult]:
        size, prev = self._tail()
        known = self._lookup(items)
        nodes = self._frontier(size)
        read = _cached_reader(self.db, nodes)
        results = []
        for entry, signature in items:
            problem = self._check(entry, known)
            if problem is not None:
                results.append(problem)
                continue
            seq = size + len(self.entry_rows)
            leaf = merkle.leaf_hash(entry.body)
            entry_hash = hashlib.sha256(prev + entry.body).digest()
            self.entry_rows.append(
                (seq, entry.entry_id, entry.kind, self.signer.key_id, entry.body, signature, leaf, prev, entry_hash)
            )
            for level, idx, h in merkle.new_nodes(seq, leaf, read):
                nodes[(level, idx)] = h
                self.node_rows.append((level, idx, h))
            prev = entry_hash
            known[entry.entry_id] = _Known(seq, entry.body, entry.kind, self.signer.key_id)
            if entry.kind == "stats.day":
                self._project(entry, seq, known)
            results.append(AppendResult(entry.entry_id, "accepted", None, seq))
        self._write()
        return results

    def _check(self, entry: Entry, known: dict[str, _Known]) -> AppendResult | None:
        """The result for an entry that is not appended (duplicate or rejected), or None to append it."""
        existing = known.get(entry.entry_id)
        if existing is not None:
            if existing.body == entry.body:
                return AppendResult(entry.entry_id, "duplicate", None, existing.seq)
            return AppendResult(entry.entry_id, "rejected", "entry id already used for different content", None)
        if entry.supersedes is not None:
            target = known.get(entry.supersedes)
            if target is None or target.kind != entry.kind or target.signer_key_id != self.signer.key_id:
                reason = f"supersedes: no earlier {entry.kind} entry {entry.supersedes} by this signer"
                return AppendResult(entry.entry_id, "rejected", reason, None)
        return None

    def _project(self, entry: Entry, seq: int, known: dict[str, _Known]) -> None:
        target = None
        if entry.supersedes is not None:
            old = known[entry.supersedes]
            target = (old.seq, stat_key(self.signer.key_id, parse_entry(old.body).data))
        self.projection.add(entry, seq, self.signer.key_id, target)

    def _lookup(self, items: Sequence[tuple[Entry, bytes]]) -> dict[str, _Known]:
        """The entries already in the log among the batch's ids and the ids they supersede."""
        ids = sorted({e.entry_id for e, _ in items} | {e.supersedes for e, _ in items if e.supersedes})
        known: dict[str, _Known] = {}
        if self.db.engine == "postgresql":
            # One array parameter instead of 500: the IN list's binding and planning took 5 ms of a batch.
            rows = self.db.fetchall(
                "SELECT entry_id, seq, body, kind, signer_key_id FROM entries WHERE entry_id = ANY(?::text[])", [ids]
            )
            return {r[0]: _Known(r[1], r[2], r[3], r[4]) for r in rows}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = self.db.fetchall(
                "SELECT entry_id, seq, body, kind, signer_key_id FROM entries "
                f"WHERE entry_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            known.update({r[0]: _Known(r[1], r[2], r[3], r[4]) for r in rows})
        return known

    def _tail(self) -> tuple[int, bytes]:
        """The log's size and its last entry_hash (32 zero bytes for an empty log), in one read."""
        row = self.db.fetchone("SELECT seq, entry_hash FROM entries ORDER BY seq DESC LIMIT 1")
        return (0, ZERO_HASH) if row is None else (int(row[0]) + 1, bytes(row[1]))

    def _frontier(self, size: int) -> dict[tuple[int, int], bytes]:
        """The tree's right edge at `size`: every stored node an append from here can read, in one query.

        Appending leaf n reads the left siblings (l, (n >> l) - 1) for each set bit l of n; for the batch's
        later leaves these are either the same nodes or nodes created by the batch itself.
        """
        wanted = [(level, (size >> level) - 1) for level in range(size.bit_length()) if size >> level & 1]
        return _read_nodes(self.db, wanted)

    def _write(self) -> None:
        if not self.entry_rows:
            return
        self.db.insert_many("entries", _ENTRY_COLUMNS, self.entry_rows)
        self.db.insert_many("merkle_nodes", ("level", "idx", "hash"), self.node_rows)
        self.projection.flush(self.db)
        if any(row[2] in _POLICY_KINDS for row in self.entry_rows):
            month_sums.policy_changed(self.db)  # a floor or rate may change the months' below-floor test
        month_sums.refresh(self.db, self.projection.member_months)
