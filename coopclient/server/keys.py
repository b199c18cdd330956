"""The log's signing key: a 0600 file on the server host, never in the database.

Whoever can write the database must not also be able to sign checkpoints, so the key lives apart from it
(`--log-key`). The file holds the base64 of the 32-byte Ed25519 seed and a newline. A file that others can
read or write is refused rather than used: the key might already be known to someone else.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coopclient.protocol.signing import SigningKey, b64, unb64

_OTHERS = stat.S_IRWXG | stat.S_IRWXO


class LogKeyError(RuntimeError):
    """The log key file cannot be used; the message names the file and what to do."""


def load_or_create_log_key(path: Path) -> SigningKey:
    """The key in `path`, creating the file (mode 0600) with a fresh key if it does not exist."""
    if not path.exists():
        try:
            return _create(path)
        except FileExistsError:
            pass  # another process created it between our check and our create: read theirs
    return load_log_key(path)


def load_log_key(path: Path) -> SigningKey:
    """Read the key in `path`; refuse a file readable or writable by others."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise LogKeyError(f"{path}: cannot open the log key file: {exc.strerror}") from None
    try:
        # fstat on the open file, not stat on the name, so the file checked is the file read.
        _check_private(path, os.fstat(fd))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            text = handle.read(1024)
    finally:
        os.close(fd)
    return _parse(path, text)


def _check_private(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise LogKeyError(f"{path}: the log key must be a regular file")
    if os.name == "nt":
        return  # POSIX modes mean little on Windows; the folder's ACL is the owner's job there
    if info.st_mode & _OTHERS:
        raise LogKeyError(
            f"{path}: the log key file is accessible to others (mode {stat.S_IMODE(info.st_mode):04o}); "
            "make a new key, or if it has not leaked, run: chmod 600 " + str(path)
        )
    if info.st_uid != os.getuid():
        raise LogKeyError(f"{path}: the log key file belongs to another user (uid {info.st_uid})")


def _parse(path: Path, raw: bytes) -> SigningKey:
    try:
        seed = unb64(raw.decode("ascii").strip())
        return SigningKey.from_seed(seed)
    except (UnicodeDecodeError, ValueError):
        # Not the exception's text: it could quote part of the file.
        raise LogKeyError(f"{path}: not a log key file (expected the base64 of a 32-byte Ed25519 seed)") from None


def _create(path: Path) -> SigningKey:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = SigningKey.generate()
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, (b64(key.seed) + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return key
