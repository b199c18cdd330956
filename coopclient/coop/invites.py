"""Invite codes to the co-op ledger: what one holds, how it is written and read, and the keyring account of
the key an enrollment makes.

An invite code is ``coopledger:`` + the unpadded base64url of the canonical JSON of the server URL, a
one-time token, the log's origin and the keys to pin (log, treasurer, and optionally a witness). The token
is a secret until redeemed: it is never in a ``repr`` or an error message.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from coopclient.coop.ledger_client import normalize_url
from coopclient.protocol.canonical import canonical, parse_canonical
from coopclient.protocol.signing import b64, unb64
from coopclient.storage.credentials import SERVICE_PREFIX

KEYRING_SERVICE = SERVICE_PREFIX  # docs/ledger.md: service "coopclient", account "ledger-key:<server url>"
INVITE_PREFIX = "coopledger:"
_INVITE_REQUIRED = ("url", "token", "origin", "log_key", "treasurer_key")
_INVITE_OPTIONAL = ("witness_url", "witness_key")


class SharingError(ValueError):
    """A sharing action that cannot be done: bad invite, not enrolled, key missing. Never holds a secret."""


@dataclass(frozen=True)
class Invite:
    """What an invite code holds: the server, a one-time token and the keys to pin."""

    url: str
    token: str
    origin: str
    log_key: bytes
    treasurer_key: bytes
    witness_url: str | None = None
    witness_key: bytes | None = None

    def __repr__(self) -> str:  # the token is a secret until redeemed
        return f"Invite(url={self.url!r}, origin={self.origin!r})"


def invite_code(invite: Invite) -> str:
    """``coopledger:`` + unpadded base64url of the canonical JSON of the invite."""
    obj: dict[str, Any] = {
        "url": invite.url,
        "token": invite.token,
        "origin": invite.origin,
        "log_key": b64(invite.log_key),
        "treasurer_key": b64(invite.treasurer_key),
    }
    if invite.witness_url is not None and invite.witness_key is not None:
        obj["witness_url"] = invite.witness_url
        obj["witness_key"] = b64(invite.witness_key)
    return INVITE_PREFIX + base64.urlsafe_b64encode(canonical(obj)).decode("ascii").rstrip("=")


def parse_invite(code: str) -> Invite:
    """Read an invite code; raises :class:`SharingError` naming what is wrong (never echoing the code)."""
    obj = _decode(code)
    extra = sorted(set(obj) - set(_INVITE_REQUIRED) - set(_INVITE_OPTIONAL))
    if extra:
        raise SharingError(f"invite code: unknown field {extra[0]!r}")
    for name in _INVITE_REQUIRED:
        if not isinstance(obj.get(name), str) or not obj[name]:
            raise SharingError(f"invite code: field {name!r} is missing or empty")
    try:
        url = normalize_url(obj["url"])
        witness_url = normalize_url(obj["witness_url"]) if obj.get("witness_url") else None
    except ValueError as exc:
        raise SharingError(f"invite code: {exc}") from None
    witness_key = _invite_key(obj, "witness_key") if obj.get("witness_key") else None
    if (witness_url is None) != (witness_key is None):
        raise SharingError("invite code: a witness needs both witness_url and witness_key")
    return Invite(
        url, obj["token"], obj["origin"], _invite_key(obj, "log_key"), _invite_key(obj, "treasurer_key"),
        witness_url, witness_key,
    )  # fmt: skip


def _decode(code: str) -> dict[str, Any]:
    """The JSON object inside an invite code."""
    text = code.strip()
    if not text.startswith(INVITE_PREFIX):
        raise SharingError(f"invite code: must start with {INVITE_PREFIX!r}")
    payload = text[len(INVITE_PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        return parse_canonical(raw)
    except (binascii.Error, ValueError):
        raise SharingError("invite code: damaged (not the base64url of canonical JSON); copy it again") from None


def _invite_key(obj: dict[str, Any], name: str) -> bytes:
    try:
        key = unb64(obj[name]) if isinstance(obj[name], str) else b""
    except ValueError:
        key = b""
    if len(key) != 32:
        raise SharingError(f"invite code: {name} is not the base64 of a 32-byte public key")
    return key


def key_account(server_url: str) -> str:
    """The keyring account of the member's ledger key for a server."""
    return f"ledger-key:{server_url}"


def check_server_agrees(answer: dict[str, Any], invite: Invite, where: str) -> None:
    """The server states the origin and keys the invite pins; anything else may be an impersonator."""
    expected = {"origin": invite.origin, "log_key": b64(invite.log_key), "treasurer_key": b64(invite.treasurer_key)}
    for name, value in expected.items():
        if answer.get(name) != value:
            raise SharingError(
                f"{invite.url}: {where} gives another {name} than the invite; the invite may be for another "
                "ledger, or this is not the co-op's server"
            )
