"""The ledger store's integrity audit (`LedgerStore.verify_integrity`): the append-only guards, every entry's
hashes and chain, the Merkle nodes, and the stored checkpoints, read in keyset pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from coopclient.protocol import merkle
from coopclient.protocol.checkpoint import CheckpointError, open_checkpoint
from coopclient.protocol.entries import EntryError, parse_entry
from coopclient.protocol.signing import key_id, verify
from coopclient.server.db import Database
from coopclient.server.schema import append_only_guards, expected_guards
from coopclient.server.store_nodes import _NodeReads
from coopclient.server.store_types import _CHUNK, _MAX_PROBLEMS, ZERO_HASH, LedgerInfo, LedgerIntegrityError

# -- the audit -----------------------------------------------------------------------------------------------


def _pages(db: Database, select: str, params: Sequence[Any] = ()) -> Iterable[list[tuple[Any, ...]]]:
    """Keyset pages of `select` (whose first column is seq, and which may end in a WHERE clause)."""
    after = -1
    joiner = " AND " if " WHERE " in select else " WHERE "
    while True:
        rows = db.fetchall(f"{select}{joiner}seq > ? ORDER BY seq LIMIT {_CHUNK}", (*params, after))
        if not rows:
            return
        yield rows
        after = rows[-1][0]


class _Audit:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.problems: list[str] = []
        self.dishonest: set[int] = set()  # seqs of entries an honest server would never have appended

    def problem(self, text: str) -> None:
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(text)
        elif len(self.problems) == _MAX_PROBLEMS:
            self.problems.append("... more problems not listed")

    def guards(self) -> None:
        for name in sorted(expected_guards(self.db.engine) - append_only_guards(self.db)):
            self.problem(f"append-only trigger {name} is missing or disabled")

    def entries(self) -> int:
        """Check every entry row; returns the log's size (one past the last dense seq)."""
        expected, prev = 0, ZERO_HASH
        select = (
            "SELECT e.seq, e.entry_id, e.kind, e.signer_key_id, e.body, e.signature, e.leaf_hash, e.prev_hash, "
            "e.entry_hash, n.hash FROM entries e LEFT JOIN merkle_nodes n ON n.level = 0 AND n.idx = e.seq"
        )
        for page in _pages(self.db, select):
            for row in page:
                seq = row[0]
                if seq != expected:
                    self.problem(f"entries: seq {expected} to {seq - 1} missing (leaf indexes must be dense)")
                self._entry(row, prev)
                expected, prev = seq + 1, bytes(row[8])
        return expected

    def _entry(self, row: tuple[Any, ...], prev: bytes) -> None:
        seq, entry_id, kind, signer_kid, body, signature, leaf, prev_hash, entry_hash, node = row
        where = f"entries seq {seq}"
        if bytes(leaf) != merkle.leaf_hash(body):
            self.problem(f"{where}: leaf_hash does not match the body (the body or hash was changed)")
        if node is None or bytes(node) != merkle.leaf_hash(body):
            self.problem(f"{where}: merkle node (0, {seq}) is missing or does not match the body")
        if bytes(prev_hash) != prev:
            self.problem(f"{where}: prev_hash is not the previous entry's entry_hash (chain broken)")
        if bytes(entry_hash) != hashlib.sha256(bytes(prev_hash) + body).digest():
            self.problem(f"{where}: entry_hash is not sha256(prev_hash ‖ body)")
        try:
            entry = parse_entry(body)
        except EntryError as exc:
            self.problem(f"{where}: body does not parse: {exc}")
            self.dishonest.add(seq)
            return
        if (entry.entry_id, entry.kind, key_id(entry.signer)) != (entry_id, kind, signer_kid):
            self.problem(f"{where}: entry_id, kind or signer_key_id columns do not match the body")
        if not verify(entry.signer, body, signature):
            self.problem(f"{where}: the signature does not verify")
            self.dishonest.add(seq)

    def nodes(self, size: int) -> None:
        levels = {
            r[0]: (r[1], r[2], r[3])
            for r in self.db.fetchall("SELECT level, COUNT(*), MIN(idx), MAX(idx) FROM merkle_nodes GROUP BY level")
        }
        for level in sorted(set(levels) | set(range(size.bit_length()))):
            want = size >> level
            count, low, high = levels.get(level, (0, None, None))
            if (count, low, high) != (want, 0 if want else None, want - 1 if want else None):
                self.problem(f"merkle_nodes level {level}: {count} nodes, expected {want} (indexes 0 to {want - 1})")
        for level in range(1, size.bit_length()):
            self._parents(level)

    def _parents(self, level: int) -> None:
        after = -1
        while True:
            rows = self.db.fetchall(
                "SELECT p.idx, p.hash, l.hash, r.hash FROM merkle_nodes p "
                "LEFT JOIN merkle_nodes l ON l.level = p.level - 1 AND l.idx = 2 * p.idx "
                "LEFT JOIN merkle_nodes r ON r.level = p.level - 1 AND r.idx = 2 * p.idx + 1 "
                f"WHERE p.level = ? AND p.idx > ? ORDER BY p.idx LIMIT {_CHUNK}",
                (level, after),
            )
            if not rows:
                return
            for idx, parent, left, right in rows:
                if left is None or right is None or bytes(parent) != merkle.node_hash(bytes(left), bytes(right)):
                    self.problem(f"merkle_nodes ({level}, {idx}): not the hash of its two children")
            after = rows[-1][0]

    def checkpoints(self, size: int, info: LedgerInfo | None) -> None:
        after = -1
        while True:
            rows = self.db.fetchall(
                f"SELECT size, root, note FROM checkpoints WHERE size > ? ORDER BY size LIMIT {_CHUNK}", (after,)
            )
            if not rows:
                return
            for cp_size, root, note in rows:
                self._checkpoint(cp_size, bytes(root), note, size, info)
            after = rows[-1][0]

    def _checkpoint(self, cp_size: int, root: bytes, note: str, size: int, info: LedgerInfo | None) -> None:
        where = f"checkpoints size {cp_size}"
        if cp_size > size:
            self.problem(f"{where}: beyond the log's {size} entries (entries were removed)")
            return
        try:
            actual = _NodeReads(self.db).run(lambda read: merkle.root(cp_size, read))
        except LedgerIntegrityError as exc:
            self.problem(f"{where}: {exc}")
            return
        if root != actual:
            self.problem(f"{where}: root is not the tree's root at that size")
        if info is None:
            return
        try:
            cp = open_checkpoint(note, info.origin, info.log_public)
        except CheckpointError as exc:
            self.problem(f"{where}: {exc}")
            return
        if (cp.size, cp.root) != (cp_size, actual):
            self.problem(f"{where}: the signed note is for another size or root")
