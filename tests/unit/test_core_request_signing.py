"""Signed requests: signing text, headers and their check (coopclient.protocol.request_signing)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from coopclient.protocol.request_signing import RequestAuthError, check_request, sign_request, signing_text
from coopclient.protocol.signing import SigningKey, b64

KEY = SigningKey.from_seed(bytes(range(32)))
OTHER = SigningKey.from_seed(bytes(range(1, 33)))
TODAY = dt.date(2026, 11, 20)
NONCE = "00112233445566778899aabbccddeeff"
BODY = b'{"entries":[],"known_size":0}'
PATH = "/v1/entries/mine?size=10&after=0"


def headers(**changes: str) -> dict[str, str]:
    h = sign_request(KEY, "POST", PATH, BODY, TODAY, NONCE)
    h.update(changes)
    return h


def test_signing_text_is_exactly_as_documented() -> None:
    text = signing_text("POST", PATH, TODAY, NONCE, BODY)
    expected = f"coop-ledger-v1\nPOST\n{PATH}\n2026-11-20\n{NONCE}\n{hashlib.sha256(BODY).hexdigest()}"
    assert text == expected.encode()
    assert signing_text("POST", PATH, "2026-11-20", NONCE, BODY) == text


def test_sign_request_headers() -> None:
    h = headers()
    assert set(h) == {"X-Coop-Key", "X-Coop-Date", "X-Coop-Nonce", "X-Coop-Signature"}
    assert h["X-Coop-Key"] == b64(KEY.public)
    assert h["X-Coop-Date"] == "2026-11-20"
    assert h["X-Coop-Nonce"] == NONCE


@pytest.mark.parametrize("server_day", [TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=1)])
def test_check_accepts_today_plus_minus_one(server_day: dt.date) -> None:
    assert check_request(headers(), "POST", PATH, BODY, server_day) == KEY.public


def test_header_names_are_case_insensitive() -> None:
    lower = {k.lower(): v for k, v in headers().items()}
    assert check_request(lower, "POST", PATH, BODY, TODAY) == KEY.public


@pytest.mark.parametrize("server_day", [TODAY - dt.timedelta(days=2), TODAY + dt.timedelta(days=2)])
def test_check_refuses_dates_further_away(server_day: dt.date) -> None:
    with pytest.raises(RequestAuthError, match="X-Coop-Date: 2026-11-20 is not within a day"):
        check_request(headers(), "POST", PATH, BODY, server_day)


@pytest.mark.parametrize("missing", ["X-Coop-Key", "X-Coop-Date", "X-Coop-Nonce", "X-Coop-Signature"])
def test_missing_header_is_named(missing: str) -> None:
    h = headers()
    del h[missing]
    with pytest.raises(RequestAuthError, match=f"{missing}: missing header"):
        check_request(h, "POST", PATH, BODY, TODAY)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"X-Coop-Key": "not*base64"}, "X-Coop-Key: base64"),
        ({"X-Coop-Key": b64(b"short")}, "X-Coop-Key: must be a 32-byte public key, not 5 bytes"),
        ({"X-Coop-Signature": "%%%"}, "X-Coop-Signature: base64"),
        ({"X-Coop-Signature": b64(bytes(63))}, "X-Coop-Signature: must be a 64-byte signature"),
        ({"X-Coop-Date": "2026-11-20T10:00:00Z"}, "X-Coop-Date: must be a UTC date YYYY-MM-DD"),
        ({"X-Coop-Date": "2026-02-30"}, "X-Coop-Date: '2026-02-30' is not a calendar date"),
        ({"X-Coop-Nonce": "xyz"}, "X-Coop-Nonce: must be 32 lowercase hex digits"),
        ({"X-Coop-Key": b64(OTHER.public)}, "X-Coop-Signature: does not verify"),
        ({"X-Coop-Nonce": "f" * 32}, "X-Coop-Signature: does not verify"),
        ({"X-Coop-Date": "2026-11-21"}, "X-Coop-Signature: does not verify"),
    ],
)
def test_bad_headers_are_refused_with_a_reason(changes: dict[str, str], message: str) -> None:
    with pytest.raises(RequestAuthError, match=message):
        check_request(headers(**changes), "POST", PATH, BODY, TODAY)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", PATH, BODY),
        ("POST", "/v1/entries/mine?size=11&after=0", BODY),
        ("POST", PATH, BODY + b" "),
        ("POST", PATH, b""),
    ],
)
def test_signature_binds_method_path_and_body(method: str, path: str, body: bytes) -> None:
    with pytest.raises(RequestAuthError, match="does not verify"):
        check_request(headers(), method, path, body, TODAY)


@pytest.mark.parametrize(
    ("method", "path", "nonce", "message"),
    [
        ("post", PATH, NONCE, "method"),
        ("POST", "v1/x", NONCE, "path"),
        ("POST", "/v1/x\nPOST", NONCE, "path"),
        ("POST", "/v1/a b", NONCE, "path"),
        ("POST", PATH, "ABCDEF" * 5 + "00", "nonce"),
        ("POST", PATH, "00" * 15, "nonce"),
    ],
)
def test_signing_text_refuses_ambiguous_parts(method: str, path: str, nonce: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        signing_text(method, path, TODAY, nonce, BODY)


def test_a_path_with_a_newline_cannot_be_checked() -> None:
    with pytest.raises(RequestAuthError, match="request: path"):
        check_request(headers(), "POST", "/v1/x\n", BODY, TODAY)
