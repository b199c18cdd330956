"""The RFC 9162 Merkle tree over stored complete subtrees, against a naive recursive implementation."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.protocol.merkle import (
    EMPTY_ROOT,
    MemoryTree,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    new_nodes,
    node_hash,
    root,
    root_of_leaves,
    verify_consistency,
    verify_inclusion,
)

# --- the RFC's definitions, literally, over lists of leaf hashes ---------------------------------------------


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(d: Sequence[bytes]) -> bytes:
    if not d:
        return hashlib.sha256(b"").digest()
    if len(d) == 1:
        return d[0]
    k = _k(len(d))
    return hashlib.sha256(b"\x01" + mth(d[:k]) + mth(d[k:])).digest()


def path(m: int, d: Sequence[bytes]) -> list[bytes]:
    if len(d) == 1:
        return []
    k = _k(len(d))
    if m < k:
        return [*path(m, d[:k]), mth(d[k:])]
    return [*path(m - k, d[k:]), mth(d[:k])]


def subproof(m: int, d: Sequence[bytes], b: bool) -> list[bytes]:
    if m == len(d):
        return [] if b else [mth(d)]
    k = _k(len(d))
    if m <= k:
        return [*subproof(m, d[:k], b), mth(d[k:])]
    return [*subproof(m - k, d[k:], False), mth(d[:k])]


def leaves(n: int, salt: bytes = b"") -> list[bytes]:
    return [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(n)]


def tree_of(ls: Sequence[bytes]) -> MemoryTree:
    t = MemoryTree()
    for h in ls:
        t.append_leaf(h)
    return t


# One tree of 300 leaves, shared: every smaller tree is a prefix of it.
BIG = leaves(300)
BIG_TREE = tree_of(BIG)

sizes = st.integers(min_value=0, max_value=300)


def test_hash_definitions() -> None:
    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    assert node_hash(b"a" * 32, b"b" * 32) == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()
    assert hashlib.sha256(b"").digest() == EMPTY_ROOT
    assert root_of_leaves([]) == EMPTY_ROOT
    assert MemoryTree().root() == EMPTY_ROOT


def test_known_root_of_rfc6962_test_vector() -> None:
    # The 8-leaf tree of Certificate Transparency's reference tests (RFC 6962 leaves, same hashing as 9162).
    inputs = [
        b"",
        b"\x00",
        b"\x10",
        b"\x20\x21",
        b"\x30\x31",
        b"\x40\x41\x42\x43",
        b"\x50\x51\x52\x53\x54\x55\x56\x57",
        b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
    ]
    t = MemoryTree()
    for body in inputs:
        t.append(body)
    assert t.root().hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    assert t.root(1).hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"


@given(sizes)
def test_root_matches_mth_for_every_size(n: int) -> None:
    assert BIG_TREE.root(n) == mth(BIG[:n]) == root_of_leaves(BIG[:n])


def test_new_nodes_stores_exactly_the_complete_subtrees() -> None:
    t = tree_of(BIG[:300])
    expected = {(level, i): mth(BIG[i << level : (i + 1) << level]) for level in range(9) for i in range(300 >> level)}
    assert t.nodes == expected


def test_new_nodes_for_leaf_7_completes_three_parents() -> None:
    t = tree_of(BIG[:7])
    nodes = new_nodes(7, BIG[7], t.read)
    assert [(lv, i) for lv, i, _ in nodes] == [(0, 7), (1, 3), (2, 1), (3, 0)]
    assert nodes[-1][2] == mth(BIG[:8])


def test_new_nodes_reads_only_stored_nodes() -> None:
    t = MemoryTree()
    for n, h in enumerate(BIG[:64]):
        reads: list[tuple[int, int]] = []

        def read(level: int, index: int, reads: list[tuple[int, int]] = reads) -> bytes:
            reads.append((level, index))
            return t.read(level, index)

        for level, idx, node in new_nodes(n, h, read):
            t.nodes[(level, idx)] = node
        t.size += 1
        assert len(reads) <= 6


@given(st.data())
@settings(max_examples=300)
def test_inclusion_proofs_match_the_rfc_and_verify(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=300))
    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    proof = BIG_TREE.inclusion_proof(m, n)
    assert proof == path(m, BIG[:n])
    r = mth(BIG[:n])
    assert verify_inclusion(BIG[m], m, n, proof, r)
    # a changed leaf, a wrong index, a wrong size, a truncated or extended proof: all fail
    assert not verify_inclusion(leaf_hash(b"other"), m, n, proof, r)
    assert not verify_inclusion(BIG[m], m, 2 * n, proof, r)
    # A size is only bound by the proof's shape (the checkpoint signs the size); one of another shape fails.
    other = data.draw(st.integers(min_value=m + 1, max_value=300))
    if len(path(m, BIG[:other])) != len(proof):
        assert not verify_inclusion(BIG[m], m, other, proof, r)
    if m + 1 < n:
        assert not verify_inclusion(BIG[m], m + 1, n, proof, r)
    if proof:
        assert not verify_inclusion(BIG[m], m, n, proof[:-1], r)
        assert not verify_inclusion(BIG[m], m, n, [leaf_hash(b"x"), *proof[1:]], r)
    assert not verify_inclusion(BIG[m], m, n, [*proof, r], r)


@given(st.data())
@settings(max_examples=300)
def test_consistency_proofs_match_the_rfc_and_verify(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=300))
    m = data.draw(st.integers(min_value=1, max_value=n))
    proof = BIG_TREE.consistency_proof(m, n)
    assert proof == ([] if m == n else subproof(m, BIG[:n], True))
    old_root, new_root = mth(BIG[:m]), mth(BIG[:n])
    assert verify_consistency(m, n, old_root, new_root, proof)
    other = data.draw(st.integers(min_value=m, max_value=300))
    if m < other != n and len(subproof(m, BIG[:other], True)) != len(proof):
        assert not verify_consistency(m, other, old_root, new_root, proof)
    if m < n:
        assert not verify_consistency(m, n, old_root, leaf_hash(b"x"), proof)
        assert not verify_consistency(m, n, leaf_hash(b"x"), new_root, proof)
        assert not verify_consistency(m, n, old_root, new_root, proof[:-1])
        assert not verify_consistency(m, n, old_root, new_root, [])
        # a fork: the old tree had a different leaf; the new tree is unchanged
        forked = list(BIG[:m])
        forked[data.draw(st.integers(min_value=0, max_value=m - 1))] = leaf_hash(b"forged")
        assert not verify_consistency(m, n, mth(forked), new_root, proof)


def test_every_index_and_every_old_size_up_to_70() -> None:
    # Exhaustive against the naive proofs over small trees (hypothesis above samples up to 300).
    for n in range(1, 71):
        for m in range(n):
            assert BIG_TREE.inclusion_proof(m, n) == path(m, BIG[:n])
        for m in range(1, n):
            assert BIG_TREE.consistency_proof(m, n) == subproof(m, BIG[:n], True)


def test_every_proof_up_to_300_verifies() -> None:
    roots = [BIG_TREE.root(n) for n in range(301)]
    for n in range(1, 301):
        for m in range(n):
            assert verify_inclusion(BIG[m], m, n, BIG_TREE.inclusion_proof(m, n), roots[n])
        for m in range(n + 1):
            assert verify_consistency(m, n, roots[m], roots[n], BIG_TREE.consistency_proof(m, n))


def test_forked_tree_fails_consistency() -> None:
    # The server shows one history at size 10, then another one (leaf 3 changed) at size 20.
    other = list(BIG[:20])
    other[3] = leaf_hash(b"rewritten")
    forked = tree_of(other)
    proof = forked.consistency_proof(10, 20)
    assert not verify_consistency(10, 20, BIG_TREE.root(10), forked.root(20), proof)
    assert verify_consistency(10, 20, forked.root(10), forked.root(20), proof)


def test_edge_cases_of_consistency() -> None:
    r5 = BIG_TREE.root(5)
    assert BIG_TREE.consistency_proof(0, 5) == []
    assert verify_consistency(0, 5, EMPTY_ROOT, r5, [])
    assert not verify_consistency(0, 5, r5, r5, [])
    assert not verify_consistency(0, 5, EMPTY_ROOT, r5, [r5])
    assert verify_consistency(5, 5, r5, r5, [])
    assert not verify_consistency(5, 5, r5, BIG_TREE.root(6), [])
    assert not verify_consistency(5, 5, r5, r5, [r5])
    assert not verify_consistency(6, 5, r5, r5, [])
    assert not verify_consistency(-1, 5, r5, r5, [])
    assert not verify_consistency(2, 5, b"short", r5, BIG_TREE.consistency_proof(2, 5))


def test_edge_cases_of_inclusion() -> None:
    assert not verify_inclusion(BIG[0], 0, 0, [], EMPTY_ROOT)
    assert verify_inclusion(BIG[0], 0, 1, [], BIG[0])
    assert not verify_inclusion(BIG[0], 0, 1, [BIG[1]], BIG[0])
    assert not verify_inclusion(BIG[0], -1, 1, [], BIG[0])
    assert not verify_inclusion(b"short", 0, 1, [], b"short")


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: inclusion_proof(5, 5, BIG_TREE.read), "index must be in"),
        (lambda: inclusion_proof(-1, 5, BIG_TREE.read), "index must be in"),
        (lambda: consistency_proof(6, 5, BIG_TREE.read), "old ≤ new"),
        (lambda: root(-1, BIG_TREE.read), "≥ 0"),
        (lambda: BIG_TREE.root(301), "beyond"),
        (lambda: MemoryTree().read(0, 0), r"node \(0, 0\)"),
    ],
)
def test_bad_arguments_are_named(call: object, match: str) -> None:
    with pytest.raises((ValueError, KeyError), match=match):
        call()  # type: ignore[operator]


def test_root_and_proofs_take_logarithmic_reads() -> None:
    counted: list[tuple[int, int]] = []

    def read(level: int, index: int) -> bytes:
        counted.append((level, index))
        return BIG_TREE.read(level, index)

    for n in (255, 299, 300):
        counted.clear()
        root(n, read)
        assert len(counted) <= 9
        counted.clear()
        inclusion_proof(n // 3, n, read)
        assert len(counted) <= 2 * 9
        counted.clear()
        consistency_proof(n // 3, n, read)
        assert len(counted) <= 3 * 9
