"""Ed25519 keys and identities of the co-op ledger (docs/ledger.md, "Keys and identities").

A key is 32 raw bytes; on the wire it is standard base64 with padding. A key's id is the first 16 hex
digits of its SHA-256, from which pseudonyms (`m-<id>`, `t-<id>`, `log-<id>`) are formed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_BYTES = 32
SIGNATURE_BYTES = 64


class SigningKey:
    """An Ed25519 private key. Its repr never shows the seed (secrets stay out of logs)."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self._public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> SigningKey:
        if len(seed) != KEY_BYTES:
            # The length only, never the bytes: this may end up in a log.
            raise ValueError(f"signing key seed: must be {KEY_BYTES} bytes, not {len(seed)}")
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    @property
    def seed(self) -> bytes:
        return self._private.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    @property
    def public(self) -> bytes:
        return self._public

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={key_id(self._public)})"


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """True iff `signature` is `public`'s Ed25519 signature of `message`; never raises on bad input."""
    if not isinstance(public, bytes | bytearray) or len(public) != KEY_BYTES:
        return False
    if not isinstance(signature, bytes | bytearray) or len(signature) != SIGNATURE_BYTES:
        return False
    if not isinstance(message, bytes | bytearray):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(bytes(signature), bytes(message))
    except (InvalidSignature, ValueError):
        return False
    return True


def key_id(public: bytes) -> str:
    """The key's id: first 16 hex digits of sha256(public)."""
    return hashlib.sha256(public).hexdigest()[:16]


def b64(data: bytes) -> str:
    """Standard base64 with padding."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Decode standard base64 with padding, strictly; raises ValueError saying what is wrong."""
    if not isinstance(text, str):
        raise ValueError(f"base64: expected a string, not {type(text).__name__}")
    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("base64: contains non-ASCII characters") from None
    try:
        data = base64.b64decode(raw, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"base64: not valid standard base64 with padding ({exc})") from None
    # Reject non-canonical encodings (stray bits in the last character) so each value has one text form.
    if base64.b64encode(data) != raw:
        raise ValueError("base64: not in canonical form")
    return data


def unb64_sized(text: str, size: int, what: str) -> bytes:
    """Decode strict base64 (as :func:`unb64`) that must hold exactly ``size`` bytes: a key, a signature, a hash.

    Raises:
        ValueError: the text is not strict base64, or it decodes to another length; the message says which
            (``must be a 32-byte public key, not 5 bytes``), for the caller to prefix with the field's name.
    """
    data = unb64(text)
    if len(data) != size:
        raise ValueError(f"must be a {size}-byte {what}, not {len(data)} bytes")
    return data
