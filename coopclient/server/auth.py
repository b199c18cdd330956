"""Authentication of members and the treasurer: signed requests (docs/ledger.md, "HTTP API").

A request carries X-Coop-Key, X-Coop-Date (a UTC day, today ± 1), X-Coop-Nonce and X-Coop-Signature, an
Ed25519 signature over the request's signing text (`coopclient.protocol.request_signing`). The server checks
the signature, then that the key is enrolled; a nonce seen before is refused, so a captured request cannot
be played again. The nonces are kept in the ledger's database (`coopclient/server/nonces.py`) for their
day window, so this holds across restarts and across the server processes sharing the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from coopclient.protocol.request_signing import DATE_HEADER, NONCE_HEADER, RequestAuthError, check_request
from coopclient.server.refused import Refused

ROLE_MEMBER = "member"
ROLE_TREASURER = "treasurer"
ROLE_LOG = "log"


class AuthError(Refused):
    """The request is refused: 401 (who are you?) or 403 (not allowed to). `detail` names the header."""


class Member(Protocol):
    """What the server needs of an enrolled key (the store's Member)."""

    @property
    def key_id(self) -> str: ...

    @property
    def public(self) -> bytes: ...

    @property
    def pseudonym(self) -> str: ...

    @property
    def role(self) -> str: ...


class MemberLookup(Protocol):
    def member_by_key(self, public: bytes) -> Member | None: ...


@dataclass(frozen=True)
class SignedRequest:
    """The parts of an HTTP request that its signature covers."""

    method: str
    path_with_query: str
    headers: Mapping[str, str]  # case-insensitive lookup expected (Starlette's Headers)
    body: bytes


class NonceLedger(Protocol):
    """Where used nonces are kept (the database's `NonceStore`)."""

    def first_use(self, key_id: str, day: str, nonce: str, oldest_day: str) -> bool:
        """Record the nonce; False if it was already recorded. Nonces of days before `oldest_day` may go."""
        ...


class Authenticator:
    """Checks a signed request and finds its enrolled key."""

    def __init__(self, members: MemberLookup, nonces: NonceLedger) -> None:
        self._members = members
        self._nonces = nonces

    def authenticate(self, request: SignedRequest, today: date) -> Member:
        """The enrolled member who signed `request`; raises AuthError(401) otherwise."""
        try:
            public = check_request(request.headers, request.method, request.path_with_query, request.body, today)
        except RequestAuthError as exc:
            raise AuthError(401, str(exc)) from None
        member = self._members.member_by_key(public)
        if member is None:
            raise AuthError(401, "X-Coop-Key: not an enrolled key (enroll with an invite first)")
        # check_request has validated both headers' form.
        day, nonce = request.headers[DATE_HEADER], request.headers[NONCE_HEADER]
        oldest = date.fromordinal(today.toordinal() - 1).isoformat()
        if not self._nonces.first_use(member.key_id, day, nonce, oldest):
            raise AuthError(401, "X-Coop-Nonce: already used; sign each request afresh")
        return member


def require_role(member: Member, *roles: str) -> None:
    """Raise AuthError(403) unless `member` has one of `roles`."""
    if member.role not in roles:
        wanted = " or ".join(roles)
        raise AuthError(403, f"X-Coop-Key: this needs the {wanted} key, and {member.pseudonym} is a {member.role}")
