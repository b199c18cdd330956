"""The sealed file of a backup: a passphrase-encrypted, authenticated, chunked byte stream.

Layout (version 1), all integers big-endian::

    header   magic b"COOPBAK\\0" (8) | version (1) | log2 n (1) | r (1) | p (1) | salt (16) | nonce prefix (7)
    chunks   length of the sealed chunk (4) | AES-256-GCM ciphertext and tag of at most CHUNK bytes

The key is Scrypt(passphrase, salt, n, r, p) (memory-hard: n = 2**17, r = 8, p = 1, 128 MiB by default). Chunk
i is sealed with the nonce ``prefix | i (4) | last (1)`` and the header as associated data: a changed header,
a reordered, changed or missing chunk, and a file cut after any chunk (no chunk marked last) all fail to open.
The first chunk is a short fixed check, so a wrong passphrase is told apart from damage further on (a damaged
header reads as a wrong passphrase too: nothing can tell them apart, and the message says both).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # cryptography (about 30 ms) is imported when a backup is sealed or opened, not at start-up
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"COOPBAK\0"
VERSION = 1
CHUNK = 1 << 20  # 1 MiB of plain text a chunk
DEFAULT_LOG2_N = 17
LOWEST_LOG2_N = 15  # weaker files are refused: the passphrase would be too cheap to guess
HIGHEST_LOG2_N = 20  # a file asking for more memory than this is refused rather than obeyed
_HEADER = struct.Struct(">8sBBBB16s7s")
_LENGTH = struct.Struct(">I")
_CHECK = b"coopclient backup v1"
_TAG = 16


class SealedError(ValueError):
    """The sealed file cannot be opened: not a backup, wrong passphrase, damaged or cut short."""


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> AESGCM:
    if not passphrase:
        raise SealedError("the passphrase is empty")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class SealedWriter:
    """A write-only binary stream that seals what it is given into ``out``, chunk by chunk.

    Call :meth:`close` to write the last chunk: a file never closed reads as cut short.

    Args:
        out: where the sealed bytes go.
        passphrase: the member's passphrase.
        log2_n: Scrypt's cost (tests pass the lowest accepted, 15).
    """

    def __init__(self, out: IO[bytes], passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> None:
        if not LOWEST_LOG2_N <= log2_n <= HIGHEST_LOG2_N:
            raise ValueError(f"Scrypt cost 2**{log2_n} outside 2**{LOWEST_LOG2_N}..2**{HIGHEST_LOG2_N}")
        salt, prefix = os.urandom(16), os.urandom(7)
        self._header = _HEADER.pack(MAGIC, VERSION, log2_n, 8, 1, salt, prefix)
        self._aead = _key(passphrase, salt, log2_n, 8, 1)
        self._prefix, self._out, self._index = prefix, out, 0
        self._buffer = bytearray()
        self.closed = False
        out.write(self._header)
        self._seal(_CHECK, last=False)

    def _seal(self, plain: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), plain, self._header)
        self._out.write(_LENGTH.pack(len(sealed)) + sealed)
        self._index += 1

    def write(self, data: bytes) -> int:
        """Take ``data``; full chunks are sealed and written at once."""
        self._buffer += data
        while len(self._buffer) > CHUNK:  # a full chunk is kept back: close() seals it as the last
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def close(self) -> None:
        """Seal what is left as the last chunk."""
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self.closed = True


def open_sealed(source: IO[bytes], passphrase: str, name: str) -> Iterator[bytes]:
    """The plain chunks of a sealed file, each checked before it is given.

    Args:
        source: the sealed bytes.
        passphrase: the member's passphrase.
        name: the file's name, for the messages.

    Raises:
        SealedError: not a coopclient backup, another version, wrong passphrase, a damaged chunk, or a file
            cut short (raised at the chunk concerned: use what came before only once the iteration ends).
    """
    header = source.read(_HEADER.size)
    if len(header) < _HEADER.size or not header.startswith(MAGIC):
        raise SealedError(f"{name}: not a coopclient backup")
    _magic, version, log2_n, r, p, salt, prefix = _HEADER.unpack(header)
    if version != VERSION:
        raise SealedError(f"{name}: backup format version {version}; this coopclient reads version {VERSION}")
    if not LOWEST_LOG2_N <= log2_n <= HIGHEST_LOG2_N or (r, p) != (8, 1):
        raise SealedError(f"{name}: damaged header (key parameters out of range)")
    aead = _key(passphrase, salt, log2_n, r, p)
    index = 0
    while True:
        length_bytes = source.read(_LENGTH.size)
        if not length_bytes:
            raise SealedError(f"{name}: cut short: the end of the backup is missing (truncated file)")
        if len(length_bytes) < _LENGTH.size:
            raise SealedError(f"{name}: cut short at part {index} (truncated file)")
        (length,) = _LENGTH.unpack(length_bytes)
        if not _TAG <= length <= CHUNK + _TAG:
            raise SealedError(f"{name}: damaged at part {index} (impossible length)")
        sealed = source.read(length)
        if len(sealed) != length:
            raise SealedError(f"{name}: cut short at part {index} (truncated file)")
        plain, last = _open_chunk(aead, prefix, index, sealed, header, name)
        if index == 0:
            if plain != _CHECK or last:
                raise SealedError(f"{name}: damaged at part 0")
        else:
            yield plain
        index += 1
        if last:
            if source.read(1):
                raise SealedError(f"{name}: damaged: bytes after the end of the backup")
            return


def _open_chunk(aead: AESGCM, prefix: bytes, index: int, sealed: bytes, header: bytes, name: str) -> tuple[bytes, bool]:
    from cryptography.exceptions import InvalidTag

    for last in (False, True):
        try:
            return aead.decrypt(_nonce(prefix, index, last), sealed, header), last
        except InvalidTag:
            continue
    if index == 0:
        raise SealedError(f"{name}: wrong passphrase (or the backup's header is damaged)")
    raise SealedError(f"{name}: damaged at part {index}: it fails its authentication check (changed bytes)")


class SealedReader:
    """A read-only binary stream over :func:`open_sealed` (for ``tarfile``'s stream mode)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._ended = False

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` plain bytes (all that is left with -1); raises SealedError on damage."""
        while not self._ended and (size < 0 or len(self._buffer) < size):
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                self._ended = True
        if size < 0:
            size = len(self._buffer)
        given, self._buffer = self._buffer[:size], self._buffer[size:]
        return given

    def drain(self) -> None:
        """Read to the end, so the last chunk's mark is checked even when the reader stopped early."""
        while self.read(CHUNK):
            pass
