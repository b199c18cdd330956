"""Backup and restore of a data folder, to move to a new computer or survive a lost one.

A backup is one sealed file (:mod:`coopclient.storage.sealed`: Scrypt + AES-GCM, chunked, authenticated)
holding a tar stream of: ``manifest.json`` (format, app and schema versions), ``secrets.json`` (the keyring's
entries this data folder uses: platform tokens, the member's ledger key), ``coopclient.sqlite3`` (a copy
made with SQLite's online backup API from its own connection, so a running app's WAL is read consistently
and its database lane is not held up; the settings live in it) and ``media/`` (pulled images). Crash logs
and the copies taken before migrations stay behind.

Restore goes into an empty or missing folder only (``force`` first moves a non-empty one aside, never
deletes it). Everything is read, checked and written into a staging folder beside the target, the secrets
are put into the keyring, and only then is the staging folder renamed into place: a wrong passphrase, a
damaged or cut file leaves the target and the keyring as they were.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from coopclient.storage.copies import integrity_problem, pending_restore, set_aside_name, snapshot
from coopclient.storage.credentials import CredentialError, CredentialStore
from coopclient.storage.db import DB_FILENAME
from coopclient.storage.migrations import SCHEMA_VERSION
from coopclient.storage.sealed import DEFAULT_LOG2_N, SealedError, SealedReader, SealedWriter, open_sealed

__all__ = ["BackupError", "BackupService", "BackupSummary", "pending_restore", "restore"]

FORMAT = 1
MEDIA = "media"
_MANIFEST, _SECRETS = "manifest.json", "secrets.json"

KeyringEntries = Callable[[sqlite_utils.Database], list[tuple[str, str]]]


class BackupError(ValueError):
    """A backup cannot be made or restored; the message names the file and the problem."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, or what a restore put back."""

    path: Path
    size: int
    files: int
    secrets: int


class BackupService:
    """Writes a sealed backup of a data folder.

    Args:
        data_dir: the data folder (the store and ``media/``).
        credentials: the secret store the entries are read from.
        entries: the (service, account) pairs of the keyring a store uses, read from a copy of the store.
        app_version: written into the manifest.
    """

    def __init__(self, data_dir: Path, credentials: CredentialStore, entries: KeyringEntries, app_version: str) -> None:
        self._data_dir, self._credentials, self._entries = data_dir, credentials, entries
        self._version = app_version

    def write(self, out: Path, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> BackupSummary:
        """Write the backup to ``out`` (replacing it only once complete). Safe off the database lane.

        Raises:
            BackupError: ``out`` cannot be written, or a secret cannot be read from the keyring.
        """
        if not passphrase:
            raise BackupError("the passphrase is empty")
        partial = out.with_name(f".{out.name}.partial")
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=self._data_dir) as scratch:
            copy = Path(scratch) / DB_FILENAME
            snapshot(self._data_dir / DB_FILENAME, copy)
            secrets = self._secrets(copy)
            try:
                files = self._seal(partial, passphrase, log2_n, copy, secrets)
                os.replace(partial, out)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise BackupError(f"{out}: cannot write: {exc.strerror or exc}") from None
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        return BackupSummary(out, out.stat().st_size, files, len(secrets))

    def _secrets(self, copy: Path) -> list[dict[str, str]]:
        db = sqlite_utils.Database(copy)
        try:
            pairs = self._entries(db)
        finally:
            db.close()
        found = []
        for service, account in pairs:
            try:
                secret = self._credentials.get(service, account)
            except CredentialError as exc:
                raise BackupError(f"cannot read the keyring: {exc}") from None
            if secret is not None:
                found.append({"service": service, "account": account, "secret": secret})
        return found

    def _seal(self, partial: Path, passphrase: str, log2_n: int, copy: Path, secrets: list[dict[str, str]]) -> int:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw:
            sealed = SealedWriter(raw, passphrase, log2_n=log2_n)
            with tarfile.open(fileobj=sealed, mode="w|") as tar:  # type: ignore[call-overload]
                manifest = {"format": FORMAT, "app_version": self._version, "schema_version": SCHEMA_VERSION}
                _add_bytes(tar, _MANIFEST, json.dumps(manifest).encode())
                _add_bytes(tar, _SECRETS, json.dumps(secrets).encode())
                tar.add(copy, DB_FILENAME)
                files = 1 + _add_media(tar, self._data_dir / MEDIA)
            sealed.close()
            raw.flush()
            os.fsync(raw.fileno())
        return files


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o600
    tar.addfile(info, io.BytesIO(data))


def _add_media(tar: tarfile.TarFile, media: Path) -> int:
    count = 0
    if not media.is_dir():
        return 0
    for path in sorted(media.rglob("*")):
        if path.is_file() and not path.is_symlink():
            tar.add(path, f"{MEDIA}/{path.relative_to(media).as_posix()}", recursive=False)
            count += 1
    return count


# -- restore --------------------------------------------------------------------------------------------------


def restore(
    source: Path, target: Path, passphrase: str, credentials: CredentialStore, *, force: bool = False
) -> BackupSummary:
    """Restore the backup ``source`` into the data folder ``target``.

    Args:
        source: the sealed backup.
        target: an empty or missing folder; with ``force``, a non-empty one is first renamed
            ``<name>.before-restore-N`` beside itself (kept, never deleted). The app restores into
            :func:`~coopclient.storage.copies.pending_restore` of its folder, swapped in at its next start.
        passphrase: the backup's passphrase.
        credentials: the keyring the secrets go back into.
        force: move a non-empty target aside instead of refusing.

    Raises:
        BackupError: the target is not empty, the file is not a backup, the passphrase is wrong, the file is
            damaged or cut short; nothing was changed.
    """
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target}: not a folder")
    if _non_empty(target) and not force:
        raise BackupError(f"{target}: not empty: restore into a new folder (or pass --force to move it aside)")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
    try:
        secrets, files = _unpack(source, passphrase, staging)
        _check_store(source, staging / DB_FILENAME)
        if secrets and not credentials.persistent:
            raise BackupError(
                f"{source}: holds {len(secrets)} secret(s) (platform tokens, the ledger key) and there is no usable "
                "keyring to put them back in: unlock or install one (GNOME Keyring, KWallet, macOS Keychain, "
                "Windows Credential Manager), then restore again; nothing was changed"
            )
        _put_secrets(secrets, credentials)
        _move_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BackupSummary(target, source.stat().st_size, files, len(secrets))


def _non_empty(folder: Path) -> bool:
    return folder.is_dir() and any(folder.iterdir())


def _unpack(source: Path, passphrase: str, staging: Path) -> tuple[list[dict[str, str]], int]:
    name = str(source)
    try:
        handle = source.open("rb")
    except OSError as exc:
        raise BackupError(f"{source}: cannot read: {exc.strerror or exc}") from None
    secrets: list[dict[str, str]] | None = None
    files = 0
    try:
        with handle:
            reader = SealedReader(open_sealed(handle, passphrase, name))
            with tarfile.open(fileobj=reader, mode="r|") as tar:  # type: ignore[call-overload]
                for member in tar:
                    if member.name == _MANIFEST:
                        _check_manifest(source, _read(tar, member))
                    elif member.name == _SECRETS:
                        secrets = json.loads(_read(tar, member))
                    elif member.name == DB_FILENAME or member.name.startswith(f"{MEDIA}/"):
                        tar.extract(member, staging, filter="data")
                        files += 1
                    else:
                        raise BackupError(f"{source}: unexpected entry {member.name!r}")
            reader.drain()
    except SealedError as exc:
        raise BackupError(str(exc)) from None
    except (tarfile.TarError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BackupError(f"{source}: damaged contents: {exc}") from None
    if secrets is None or not (staging / DB_FILENAME).is_file():
        raise BackupError(f"{source}: incomplete: the store or the secrets are missing")
    return secrets, files


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    extracted = tar.extractfile(member)
    if extracted is None:
        raise BackupError(f"{member.name}: not a file")
    return extracted.read()


def _check_manifest(source: Path, data: bytes) -> None:
    manifest = json.loads(data)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source}: backup contents format {manifest.get('format')}; expected {FORMAT}")
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise BackupError(
            f"{source}: made by a newer coopclient ({manifest.get('app_version')}, store schema "
            f"{manifest['schema_version']}): update coopclient first"
        )


def _check_store(source: Path, db_path: Path) -> None:
    problem = integrity_problem(db_path)
    if problem is not None:
        raise BackupError(f"{source}: the store inside is damaged: {problem}")
    os.chmod(db_path, 0o600)


def _put_secrets(secrets: list[dict[str, str]], credentials: CredentialStore) -> None:
    """Every secret into the keyring, or none: those already written are taken back on a failure."""
    written: list[tuple[str, str, str | None]] = []
    try:
        for entry in secrets:
            service, account = entry["service"], entry["account"]
            written.append((service, account, credentials.get(service, account)))
            credentials.set(service, account, entry["secret"])
    except BaseException:
        for service, account, before in reversed(written):
            if before is None:
                credentials.delete(service, account)
            else:
                credentials.set(service, account, before)
        raise


def _move_into_place(staging: Path, target: Path) -> None:
    if _non_empty(target):
        target.rename(set_aside_name(target))
    elif target.is_dir():
        target.rmdir()
    staging.rename(target)
