"""Signed checkpoints of the ledger's tree, in the C2SP signed-note format (docs/ledger.md, "Checkpoints").

    <origin>\\n<size>\\n<base64 root>\\n\\n— <name> <base64(4-byte key hash ‖ 64-byte Ed25519 signature)>\\n

The signed text is the first three lines, newlines included. The key hash is C2SP's Ed25519 key id,
sha256(name + "\\n" + 0x01 + public key)[:4]; the log signs under its origin, witnesses under their own
names, all over the same text. Verifiers ignore lines from keys they do not know.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from coopclient.protocol.merkle import HASH_BYTES
from coopclient.protocol.signing import SIGNATURE_BYTES, SigningKey, b64, unb64, verify

DASH = "\u2014"  # "—", the em dash C2SP signature lines start with
MAX_SIGNATURES = 100  # C2SP: verifiers may reject notes with more
ED25519_ALGORITHM = b"\x01"

_SIZE = re.compile(r"0|[1-9][0-9]{0,18}")
_NAME = re.compile(r"[^\s+]+")  # C2SP: non-empty, no whitespace, no plus sign


class CheckpointError(ValueError):
    """A note that is malformed, for another origin, or not signed by the expected key."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes


@dataclass(frozen=True)
class _Line:
    name: str
    key_hash: bytes
    signature: bytes


def key_hash(name: str, public: bytes) -> bytes:
    """C2SP's 4-byte id of an Ed25519 key under `name`."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519_ALGORITHM + public).digest()[:4]


def _check_name(name: str, what: str) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise CheckpointError(f"{what}: must be non-empty without spaces or '+', not {name!r}")


def checkpoint_text(cp: Checkpoint) -> str:
    """The signed text: origin, size and base64 root, each followed by a newline."""
    _check_name(cp.origin, "origin")
    if isinstance(cp.size, bool) or not isinstance(cp.size, int) or not 0 <= cp.size < 10**19:
        raise CheckpointError(f"size: must be an integer ≥ 0, not {cp.size!r}")
    if not isinstance(cp.root, bytes) or len(cp.root) != HASH_BYTES:
        raise CheckpointError(f"root: must be {HASH_BYTES} bytes")
    return f"{cp.origin}\n{cp.size}\n{b64(cp.root)}\n"


def _signature_line(text: str, key: SigningKey, name: str) -> str:
    _check_name(name, "signer name")
    blob = key_hash(name, key.public) + key.sign(text.encode("utf-8"))
    return f"{DASH} {name} {b64(blob)}\n"


def sign_checkpoint(cp: Checkpoint, key: SigningKey, name: str | None = None) -> str:
    """The note for `cp`, signed by `key` under `name` (the origin by default)."""
    text = checkpoint_text(cp)
    return f"{text}\n{_signature_line(text, key, cp.origin if name is None else name)}"


def _parse(note: str) -> tuple[Checkpoint, str, list[_Line]]:
    if not isinstance(note, str):
        raise CheckpointError(f"note: must be text, not {type(note).__name__}")
    text, sep, block = note.partition("\n\n")
    if not sep or not block.endswith("\n"):
        raise CheckpointError("note: must be the signed text, a blank line and signature lines ending in a newline")
    text += "\n"
    lines = text.split("\n")[:-1]
    if len(lines) != 3:
        raise CheckpointError(f"note: the signed text must have 3 lines (origin, size, root), not {len(lines)}")
    origin, size_text, root_text = lines
    _check_name(origin, "note: origin")
    if not _SIZE.fullmatch(size_text):
        raise CheckpointError(f"note: size must be a decimal integer, not {size_text[:40]!r}")
    try:
        root = unb64(root_text)
    except ValueError as exc:
        raise CheckpointError(f"note: root: {exc}") from None
    if len(root) != HASH_BYTES:
        raise CheckpointError(f"note: root must be {HASH_BYTES} bytes, not {len(root)}")
    sig_lines = block.split("\n")[:-1]
    if len(sig_lines) > MAX_SIGNATURES:
        raise CheckpointError(f"note: more than {MAX_SIGNATURES} signature lines")
    parsed = [_parse_line(i, line) for i, line in enumerate(sig_lines, start=1)]
    return Checkpoint(origin, int(size_text), root), text, parsed


def _parse_line(number: int, line: str) -> _Line:
    parts = line.split(" ")
    if len(parts) != 3 or parts[0] != DASH:
        raise CheckpointError(f"note: signature line {number} must be '— <name> <base64>'")
    _, name, blob_text = parts
    _check_name(name, f"note: signature line {number}: name")
    try:
        blob = unb64(blob_text)
    except ValueError as exc:
        raise CheckpointError(f"note: signature line {number}: {exc}") from None
    if len(blob) < 5:
        raise CheckpointError(f"note: signature line {number}: too short")
    return _Line(name, blob[:4], blob[4:])


def _verifies(text: str, line: _Line, name: str, public: bytes) -> bool:
    return (
        line.name == name
        and line.key_hash == key_hash(name, public)
        and len(line.signature) == SIGNATURE_BYTES
        and verify(public, text.encode("utf-8"), line.signature)
    )


def read_checkpoint(note: str) -> Checkpoint:
    """The checkpoint in a well-formed note, WITHOUT checking any signature (for routing and messages only)."""
    return _parse(note)[0]


def open_checkpoint(note: str, origin: str, public: bytes) -> Checkpoint:
    """The checkpoint in `note` if it is for `origin` and signed by `public` under that name."""
    cp, text, lines = _parse(note)
    if cp.origin != origin:
        raise CheckpointError(f"note: origin is {cp.origin!r}, expected {origin!r}")
    ours = [line for line in lines if line.name == origin and line.key_hash == key_hash(origin, public)]
    if not ours:
        raise CheckpointError(f"note: no signature by the log key of {origin!r}")
    if not any(_verifies(text, line, origin, public) for line in ours):
        raise CheckpointError(f"note: the signature of {origin!r} does not verify")
    return cp


def add_signature(note: str, key: SigningKey, name: str) -> str:
    """`note` with `key`'s signature line under `name` added (unchanged if that exact line is there)."""
    _, text, _ = _parse(note)
    line = _signature_line(text, key, name)
    return note if line in note.split("\n\n", 1)[1].splitlines(keepends=True) else note + line


def cosigners(note: str, names_keys: Mapping[str, bytes]) -> set[str]:
    """The names among `names_keys` whose signature line in `note` verifies with their key."""
    _, text, lines = _parse(note)
    return {name for name, public in names_keys.items() if any(_verifies(text, line, name, public) for line in lines)}
