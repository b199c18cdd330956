"""C2SP signed-note checkpoints (coopclient.protocol.checkpoint)."""

from __future__ import annotations

import base64
import hashlib

import pytest

from coopclient.protocol.checkpoint import (
    Checkpoint,
    CheckpointError,
    add_signature,
    cosigners,
    key_hash,
    open_checkpoint,
    read_checkpoint,
    sign_checkpoint,
)
from coopclient.protocol.merkle import MemoryTree
from coopclient.protocol.signing import SigningKey, b64, verify

LOG = SigningKey.from_seed(bytes(range(32)))
OTHER = SigningKey.from_seed(bytes(range(1, 33)))
WITNESS = SigningKey.from_seed(bytes(range(2, 34)))
ORIGIN = "coop-ledger.local/0a1b2c3d"
TREE = MemoryTree()
for i in range(10):
    TREE.append(str(i).encode())
CP = Checkpoint(ORIGIN, 10, TREE.root())


def test_note_format_is_exactly_c2sp() -> None:
    note = sign_checkpoint(CP, LOG)
    text = f"{ORIGIN}\n10\n{b64(CP.root)}\n"
    assert note.startswith(text + "\n\u2014 " + ORIGIN + " ")
    assert note.endswith("\n") and note.count("\n") == 5
    blob = base64.b64decode(note.splitlines()[4].split(" ")[2])
    assert (
        blob[:4]
        == hashlib.sha256(ORIGIN.encode() + b"\n\x01" + LOG.public).digest()[:4]
        == key_hash(ORIGIN, LOG.public)
    )
    assert len(blob) == 68
    assert verify(LOG.public, text.encode(), blob[4:])


def test_open_returns_the_checkpoint() -> None:
    assert open_checkpoint(sign_checkpoint(CP, LOG), ORIGIN, LOG.public) == CP
    assert read_checkpoint(sign_checkpoint(CP, OTHER)) == CP


def test_note_signed_by_another_key_is_refused() -> None:
    with pytest.raises(CheckpointError, match="no signature by the log key"):
        open_checkpoint(sign_checkpoint(CP, OTHER), ORIGIN, LOG.public)


def test_another_keys_signature_under_the_right_key_hash_is_refused() -> None:
    # The line claims the log's key hash but carries another key's signature.
    note = sign_checkpoint(CP, OTHER)
    head, line = note.rsplit("\u2014 ", 1)
    name, blob_text = line.split(" ")
    blob = key_hash(ORIGIN, LOG.public) + base64.b64decode(blob_text)[4:]
    forged = f"{head}\u2014 {name} {b64(blob)}\n"
    with pytest.raises(CheckpointError, match="does not verify"):
        open_checkpoint(forged, ORIGIN, LOG.public)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\n10\n", "\n11\n"),  # size
        ("\n10\n", "\n010\n"),  # another spelling of the size: malformed
        (b64(CP.root), b64(TREE.root(9))),  # root
    ],
)
def test_changed_size_or_root_is_refused(old: str, new: str) -> None:
    note = sign_checkpoint(CP, LOG).replace(old, new, 1)
    with pytest.raises(CheckpointError):
        open_checkpoint(note, ORIGIN, LOG.public)


def test_different_origin_is_refused() -> None:
    other_origin = "coop-ledger.local/ffffffff"
    note = sign_checkpoint(Checkpoint(other_origin, CP.size, CP.root), LOG)
    with pytest.raises(CheckpointError, match=r"origin is 'coop-ledger\.local/ffffffff', expected"):
        open_checkpoint(note, ORIGIN, LOG.public)
    # The same signature copied under our origin does not verify either (the origin is in the signed text).
    relabelled = note.replace(other_origin, ORIGIN)
    with pytest.raises(CheckpointError):
        open_checkpoint(relabelled, ORIGIN, LOG.public)


def test_witness_cosignatures() -> None:
    note = sign_checkpoint(CP, LOG)
    cosigned = add_signature(note, WITNESS, "witness.example.org")
    assert cosigned.startswith(note) and cosigned.count("\u2014") == 2
    assert add_signature(cosigned, WITNESS, "witness.example.org") == cosigned
    assert open_checkpoint(cosigned, ORIGIN, LOG.public) == CP
    keys = {"witness.example.org": WITNESS.public, ORIGIN: LOG.public, "other": OTHER.public}
    assert cosigners(cosigned, keys) == {"witness.example.org", ORIGIN}
    assert cosigners(note, keys) == {ORIGIN}
    # A witness name paired with the wrong key does not count.
    assert cosigners(cosigned, {"witness.example.org": OTHER.public}) == set()
    # Unknown lines before the log's line are ignored by open_checkpoint.
    other_first = sign_checkpoint(CP, WITNESS, "witness.example.org")
    assert open_checkpoint(add_signature(other_first, LOG, ORIGIN), ORIGIN, LOG.public) == CP


def test_witness_signature_over_another_size_does_not_count() -> None:
    note = sign_checkpoint(CP, LOG)
    elsewhere = add_signature(sign_checkpoint(Checkpoint(ORIGIN, 9, TREE.root(9)), LOG), WITNESS, "w")
    spliced = note + elsewhere.splitlines(keepends=True)[-1]
    assert cosigners(spliced, {"w": WITNESS.public, ORIGIN: LOG.public}) == {ORIGIN}


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("", "note: must be the signed text"),
        (f"{ORIGIN}\n10\n{b64(CP.root)}\n", "note: must be the signed text"),
        (f"{ORIGIN}\n10\n{b64(CP.root)}\nextra\n\n\u2014 a AAAA\n", "3 lines"),
        (f"{ORIGIN}\n-1\n{b64(CP.root)}\n\n\u2014 a AAAAAAAA\n", "size must be a decimal integer"),
        (f"{ORIGIN}\n10\n{b64(b'short')}\n\n\u2014 a AAAAAAAA\n", "root must be 32 bytes"),
        (f"{ORIGIN}\n10\n***\n\n\u2014 a AAAAAAAA\n", "root: base64"),
        (f"{ORIGIN}\n10\n{b64(CP.root)}\n\n- a AAAAAAAA\n", "signature line 1 must be"),
        (f"{ORIGIN}\n10\n{b64(CP.root)}\n\n\u2014 a AAAA\n", "signature line 1: too short"),
        (f"{ORIGIN}\n10\n{b64(CP.root)}\n\n\u2014 a AAAAAAAA", "ending in a newline"),
        (f"my origin\n10\n{b64(CP.root)}\n\n\u2014 a AAAAAAAA\n", "origin"),
    ],
)
def test_malformed_notes(note: str, message: str) -> None:
    with pytest.raises(CheckpointError, match=message):
        open_checkpoint(note, ORIGIN, LOG.public)


@pytest.mark.parametrize(
    ("cp", "message"),
    [
        (Checkpoint("with space", 1, CP.root), "origin"),
        (Checkpoint(ORIGIN, -1, CP.root), "size"),
        (Checkpoint(ORIGIN, 1, b"x"), "root"),
    ],
)
def test_sign_refuses_bad_checkpoints(cp: Checkpoint, message: str) -> None:
    with pytest.raises(CheckpointError, match=message):
        sign_checkpoint(cp, LOG)


def test_empty_tree_checkpoint() -> None:
    cp = Checkpoint(ORIGIN, 0, MemoryTree().root())
    assert open_checkpoint(sign_checkpoint(cp, LOG), ORIGIN, LOG.public) == cp
