"""Label Studio's two kinds of token (a legacy ``Token``, a Personal Access Token) and the httpx auth that puts
one on every request: a PAT is exchanged for a 300 s access token, renewed once on a 401; no ``repr`` or
message shows a token.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Generator
from enum import StrEnum

import httpx

from coopclient.core.platform import AuthFailed, Unreachable
from coopclient.platforms.labelstudio.model import REFUSED
from coopclient.platforms.labelstudio.wire import _body, _raise_if_unavailable

_MASK = "********"


class TokenKind(StrEnum):
    """What the member pasted."""

    LEGACY = "legacy"  # 40 hex characters, sent as ``Token``
    ACCESS = "access"  # a short-lived access JWT, sent as ``Bearer`` until it expires
    REFRESH = "refresh"  # a Personal Access Token: exchanged for access tokens


def token_kind(token: str) -> TokenKind:
    """Tell the token kinds apart by decoding a JWT's payload (without verifying it: the server does)."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        return TokenKind.LEGACY
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):  # JSON and UTF-8 decoding errors are ValueErrors
        return TokenKind.LEGACY
    if not isinstance(claims, dict):
        return TokenKind.LEGACY
    return TokenKind.REFRESH if claims.get("token_type") == "refresh" else TokenKind.ACCESS


class _TokenAuth(httpx.Auth):
    """Puts the token on every request; for a PAT, gets an access token first and renews it on a 401."""

    def __init__(self, token: str, refresh_url: str) -> None:
        self._token = token
        self.kind = token_kind(token)
        self._refresh_url = refresh_url
        self._access: str | None = token if self.kind is TokenKind.ACCESS else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request`` with the token; with a PAT, renew the access token once on a 401 and resend."""
        if self.kind is TokenKind.REFRESH and self._access is None:
            yield from self._refresh()
        request.headers["Authorization"] = self._header()
        response = yield request
        if response.status_code == 401 and self.kind is TokenKind.REFRESH:
            yield from self._refresh()
            request.headers["Authorization"] = self._header()
            yield request

    def _header(self) -> str:
        return f"Token {self._token}" if self.kind is TokenKind.LEGACY else f"Bearer {self._access}"

    def _refresh(self) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield httpx.Request("POST", self._refresh_url, json={"refresh": self._token})
        response.read()
        _raise_if_unavailable(response, "the token refresh")
        if response.status_code >= 400:  # 401 for a revoked or unknown PAT
            raise AuthFailed(REFUSED, 401)
        access = _body(response, "the token refresh").get("access")
        if not isinstance(access, str) or not access:
            raise Unreachable("Label Studio answered the token refresh without a token")
        self._access = access

    def mask(self, text: str) -> str:
        """``text`` with the token and the current access token masked."""
        for secret in (self._token, self._access):
            if secret:
                text = text.replace(secret, _MASK)
        return text

    def __repr__(self) -> str:
        """Names the kind of token only."""
        return f"<Label Studio {self.kind} token>"
