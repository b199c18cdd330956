"""The ledger's Merkle tree, RFC 9162 §2.1 (docs/ledger.md, "Merkle tree").

The tree is never held in memory on the server: it stores the hash of every *complete* subtree, node
`(level, index)` covering leaves `[index·2^level, (index+1)·2^level)`, and reads them through a
`NodeReader`. Every hash the RFC's algorithms need is such a node or a combination of them, so a root or a
proof for any tree size takes O(log n) reads (the right-hand edge of a tree that is not a power of two is
recombined from its complete pieces).

Throughout, a *leaf* is a leaf hash, `leaf_hash(body)`, never the body itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

NodeReader = Callable[[int, int], bytes]  # (level, index) -> hash of a complete subtree

HASH_BYTES = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(body: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + body).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than n (n ≥ 2): the RFC's k."""
    return 1 << ((n - 1).bit_length() - 1)


def _range_hash(lo: int, hi: int, read: NodeReader) -> bytes:
    """MTH of leaves [lo, hi) (hi > lo), from complete nodes only."""
    width = hi - lo
    if width & (width - 1) == 0 and lo % width == 0:
        level = width.bit_length() - 1
        return read(level, lo >> level)
    k = _split(width)
    return node_hash(_range_hash(lo, lo + k, read), _range_hash(lo + k, hi, read))


def new_nodes(n: int, leaf: bytes, read: NodeReader) -> list[tuple[int, int, bytes]]:
    """The nodes to store when leaf n (a leaf hash) is appended: (0, n, leaf) and each parent now complete.

    A node at (level, index) with an odd index is a right child; its parent completes with it, and the left
    sibling was stored earlier, so only already stored nodes are read.
    """
    if n < 0:
        raise ValueError(f"leaf index: must be ≥ 0, not {n}")
    nodes = [(0, n, leaf)]
    level, index, current = 0, n, leaf
    while index & 1:
        current = node_hash(read(level, index - 1), current)
        level, index = level + 1, index >> 1
        nodes.append((level, index, current))
    return nodes


def root(size: int, read: NodeReader) -> bytes:
    """The root hash of the tree's first `size` leaves."""
    if size < 0:
        raise ValueError(f"tree size: must be ≥ 0, not {size}")
    return EMPTY_ROOT if size == 0 else _range_hash(0, size, read)


def _path(m: int, lo: int, hi: int, read: NodeReader) -> list[bytes]:
    """The RFC's PATH(m, D[lo:hi]), leaf-to-root order."""
    if hi - lo == 1:
        return []
    k = _split(hi - lo)
    if m < k:
        return [*_path(m, lo, lo + k, read), _range_hash(lo + k, hi, read)]
    return [*_path(m - k, lo + k, hi, read), _range_hash(lo, lo + k, read)]


def inclusion_proof(index: int, size: int, read: NodeReader) -> list[bytes]:
    """The audit path of leaf `index` in the tree of `size` leaves (RFC 9162 §2.1.3.1)."""
    if not 0 <= index < size:
        raise ValueError(f"inclusion proof: index must be in [0, {size}), not {index}")
    return _path(index, 0, size, read)


def _subproof(m: int, lo: int, hi: int, whole: bool, read: NodeReader) -> list[bytes]:
    """The RFC's SUBPROOF(m, D[lo:hi], b)."""
    n = hi - lo
    if m == n:
        return [] if whole else [_range_hash(lo, hi, read)]
    k = _split(n)
    if m <= k:
        return [*_subproof(m, lo, lo + k, whole, read), _range_hash(lo + k, hi, read)]
    return [*_subproof(m - k, lo + k, hi, False, read), _range_hash(lo, lo + k, read)]


def consistency_proof(old: int, new: int, read: NodeReader) -> list[bytes]:
    """Proof that the tree of `new` leaves extends the one of `old` leaves (RFC 9162 §2.1.4.1).

    Empty when old is 0 or old == new (nothing to prove).
    """
    if not 0 <= old <= new:
        raise ValueError(f"consistency proof: need 0 ≤ old ≤ new, not old={old}, new={new}")
    if old == 0 or old == new:
        return []
    return _subproof(old, 0, new, True, read)


def _well_formed(proof: Sequence[bytes], *hashes: bytes) -> bool:
    return all(isinstance(h, bytes) and len(h) == HASH_BYTES for h in (*proof, *hashes))


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does `proof` show leaf hash `leaf` at `index` in the tree of `size` with `root`?"""
    if not 0 <= index < size or not _well_formed(proof, leaf, root):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(old: int, new: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: does `proof` show the tree (new, new_root) extends (old, old_root)?

    The RFC leaves old = 0 and old = new aside; here an empty proof is required for both, and the roots must
    be the empty tree's, respectively equal.
    """
    if not 0 <= old <= new or not _well_formed(proof, old_root, new_root):
        return False
    if old == 0:
        return not proof and old_root == EMPTY_ROOT
    if old == new:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old & (old - 1) == 0:  # old is a power of two: its root is a node of the new tree, not in the proof
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == old_root and sr == new_root and sn == 0


def root_of_leaves(leaves: Sequence[bytes]) -> bytes:
    """The RFC's MTH over a list of leaf hashes, recursively; for tests and rebuilds."""
    n = len(leaves)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaves[0]
    k = _split(n)
    return node_hash(root_of_leaves(leaves[:k]), root_of_leaves(leaves[k:]))


class MemoryTree:
    """An in-memory tree: a dict of complete nodes plus append, for tests on both sides and small tools."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[int, int], bytes] = {}
        self.size = 0

    def read(self, level: int, index: int) -> bytes:
        try:
            return self.nodes[(level, index)]
        except KeyError:
            raise KeyError(f"merkle node ({level}, {index}) is not stored (tree size {self.size})") from None

    def append_leaf(self, leaf: bytes) -> int:
        """Append a leaf hash; returns its index."""
        index = self.size
        for level, idx, h in new_nodes(index, leaf, self.read):
            self.nodes[(level, idx)] = h
        self.size += 1
        return index

    def append(self, body: bytes) -> int:
        """Append an entry body (hashed with leaf_hash); returns its index."""
        return self.append_leaf(leaf_hash(body))

    def root(self, size: int | None = None) -> bytes:
        return root(self.size if size is None else self._check_size(size), self.read)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        return inclusion_proof(index, self.size if size is None else self._check_size(size), self.read)

    def consistency_proof(self, old: int, new: int | None = None) -> list[bytes]:
        return consistency_proof(old, self.size if new is None else self._check_size(new), self.read)

    def _check_size(self, size: int) -> int:
        if size > self.size:
            raise ValueError(f"tree size: {size} is beyond the tree's {self.size} leaves")
        return size
