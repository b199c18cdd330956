"""Signed HTTP requests to the ledger server (docs/ledger.md, "HTTP API").

Every authenticated request carries the member's (or treasurer's) public key, a UTC *date* (never a time
of day: that would record when a member works), a nonce and an Ed25519 signature over the signing text

    "coop-ledger-v1\\n" + METHOD + "\\n" + path_with_query + "\\n" + date + "\\n" + nonce + "\\n" + sha256(body).hex

The core has no clock and no randomness: today's date and the nonce come in from the caller. Replay within
the accepted dates is the server's business (it may remember nonces); this module only checks the signature.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping

from coopclient.protocol.signing import KEY_BYTES, SIGNATURE_BYTES, SigningKey, b64, unb64_sized, verify

PREFIX = "coop-ledger-v1"
KEY_HEADER = "X-Coop-Key"
DATE_HEADER = "X-Coop-Date"
NONCE_HEADER = "X-Coop-Nonce"
SIGNATURE_HEADER = "X-Coop-Signature"
HEADERS = (KEY_HEADER, DATE_HEADER, NONCE_HEADER, SIGNATURE_HEADER)
DATE_SLACK_DAYS = 1  # clocks and time zones differ; a day either way is accepted

_METHOD = re.compile(r"[A-Z]{1,16}")
_PATH = re.compile(r"/[\x21-\x7e]*")  # printable ASCII, no spaces or newlines that could shift the text
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NONCE = re.compile(r"[0-9a-f]{32}")


class RequestAuthError(ValueError):
    """A request whose signature headers do not authenticate it; the message says which and why."""


def _check_parts(method: str, path_with_query: str, date: str, nonce: str) -> None:
    if not _METHOD.fullmatch(method):
        raise ValueError(f"method: must be an upper-case HTTP method, not {method!r}")
    if not _PATH.fullmatch(path_with_query):
        raise ValueError(f"path: must start with '/' and be printable ASCII without spaces, not {path_with_query!r}")
    if not _DATE.fullmatch(date):
        raise ValueError(f"date: must be YYYY-MM-DD, not {date!r}")
    if not _NONCE.fullmatch(nonce):
        raise ValueError(f"nonce: must be 16 bytes as 32 lowercase hex digits, not {nonce!r}")


def signing_text(method: str, path_with_query: str, date: str | dt.date, nonce: str, body: bytes) -> bytes:
    """The bytes a request's signature is over."""
    day = date.isoformat() if isinstance(date, dt.date) else date
    _check_parts(method, path_with_query, day, nonce)
    digest = hashlib.sha256(body).hexdigest()
    return f"{PREFIX}\n{method}\n{path_with_query}\n{day}\n{nonce}\n{digest}".encode("ascii")


def sign_request(
    key: SigningKey, method: str, path_with_query: str, body: bytes, today: dt.date, nonce: str
) -> dict[str, str]:
    """The four X-Coop-* headers for a request; `nonce` is 16 random bytes as hex, chosen by the caller."""
    text = signing_text(method, path_with_query, today, nonce, body)
    return {
        KEY_HEADER: b64(key.public),
        DATE_HEADER: today.isoformat(),
        NONCE_HEADER: nonce,
        SIGNATURE_HEADER: b64(key.sign(text)),
    }


def _header(headers: Mapping[str, str], name: str) -> str:
    # HTTP header names are case-insensitive; a plain dict is not.
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    raise RequestAuthError(f"{name}: missing header")


def _b64_header(name: str, value: str, size: int, what: str) -> bytes:
    try:
        return unb64_sized(value, size, what)
    except ValueError as exc:
        raise RequestAuthError(f"{name}: {exc}") from None


def check_request(headers: Mapping[str, str], method: str, path_with_query: str, body: bytes, today: dt.date) -> bytes:
    """Authenticate a request; returns the signer's public key or raises RequestAuthError saying why."""
    public = _b64_header(KEY_HEADER, _header(headers, KEY_HEADER), KEY_BYTES, "public key")
    date_text = _header(headers, DATE_HEADER)
    if not _DATE.fullmatch(date_text):
        raise RequestAuthError(f"{DATE_HEADER}: must be a UTC date YYYY-MM-DD, not {date_text[:40]!r}")
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        raise RequestAuthError(f"{DATE_HEADER}: {date_text!r} is not a calendar date") from None
    if abs((day - today).days) > DATE_SLACK_DAYS:
        raise RequestAuthError(f"{DATE_HEADER}: {date_text} is not within a day of the server's date {today}")
    nonce = _header(headers, NONCE_HEADER)
    if not _NONCE.fullmatch(nonce):
        raise RequestAuthError(f"{NONCE_HEADER}: must be 32 lowercase hex digits")
    signature = _b64_header(SIGNATURE_HEADER, _header(headers, SIGNATURE_HEADER), SIGNATURE_BYTES, "signature")
    try:
        text = signing_text(method, path_with_query, date_text, nonce, body)
    except ValueError as exc:
        raise RequestAuthError(f"request: {exc}") from None
    if not verify(public, text, signature):
        raise RequestAuthError(f"{SIGNATURE_HEADER}: does not verify for this key, method, path, date, nonce and body")
    return public
