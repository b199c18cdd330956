"""The evidence pack's manifest: the SHA-256 of every file, and the check of a pack read back (pure: bytes in,
findings out; the zip is written and read by :mod:`coopclient.services.evidence`).

A pack holds its member files, ``manifest.json`` (``{"format", "files": {name: sha256}}``, JSON with sorted
keys) and ``manifest.sha256``, the detached digest of the manifest's bytes, so the manifest itself cannot be
changed unnoticed. :func:`verify` names the first file that differs, is missing, or is not listed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.sha256"
FORMAT = "coopclient-evidence-1"


class PackError(ValueError):
    """A pack that is not intact; ``name`` is the file that differs (or the manifest)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name


@dataclass(frozen=True)
class Sealed:
    """What the zip holds besides the member files: the manifest and its digest, as bytes."""

    manifest: bytes
    digest: bytes


def sha256(data: bytes) -> str:
    """The SHA-256 (hex) of some bytes."""
    return hashlib.sha256(data).hexdigest()


def seal(files: Mapping[str, bytes]) -> Sealed:
    """The manifest of ``files`` (every name, its SHA-256) and the manifest's own digest line.

    Raises:
        ValueError: a member file would take the manifest's name.
    """
    clash = {MANIFEST, MANIFEST_DIGEST} & set(files)
    if clash:
        raise ValueError(f"{sorted(clash)[0]} is the manifest's own name")
    manifest = json.dumps(
        {"format": FORMAT, "files": {name: sha256(data) for name, data in sorted(files.items())}},
        sort_keys=True,
        indent=1,
    ).encode()
    return Sealed(manifest, f"{sha256(manifest)}  {MANIFEST}\n".encode())


def verify(members: Mapping[str, bytes]) -> list[str]:
    """Check a pack's files (every file of the zip, by name); returns the names checked, manifest first.

    Raises:
        PackError: naming the manifest when it or its digest is missing or does not match; naming a member
            file that is missing, differs from its hash, or is in the pack without being listed.
    """
    if MANIFEST not in members:
        raise PackError(MANIFEST, "missing")
    if MANIFEST_DIGEST not in members:
        raise PackError(MANIFEST_DIGEST, "missing")
    manifest = members[MANIFEST]
    expected, _, named = members[MANIFEST_DIGEST].decode(errors="replace").strip().partition("  ")
    if named != MANIFEST or expected != sha256(manifest):
        raise PackError(MANIFEST, "does not match manifest.sha256")
    try:
        listed = json.loads(manifest)["files"]
    except (ValueError, KeyError, TypeError):
        raise PackError(MANIFEST, "not a manifest") from None
    if not isinstance(listed, dict):
        raise PackError(MANIFEST, "not a manifest")
    for name, digest in sorted(listed.items()):
        if name not in members:
            raise PackError(name, "missing")
        if sha256(members[name]) != digest:
            raise PackError(name, "differs from its SHA-256 in the manifest")
    extra = sorted(set(members) - set(listed) - {MANIFEST, MANIFEST_DIGEST})
    if extra:
        raise PackError(extra[0], "not in the manifest")
    return [MANIFEST, *sorted(listed)]
