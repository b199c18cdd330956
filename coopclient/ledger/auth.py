"""Authentication of members and the treasurer: signed requests (docs/ledger.md, "HTTP API").

A request carries X-Coop-Key, X-Coop-Date (a UTC day, today ± 1), X-Coop-Nonce and X-Coop-Signature, an
Ed25519 signature over the request's signing text (`coopclient.core.request_signing`). The server checks
the signature, then that the key is enrolled; a nonce seen before by this process is refused, so a
captured request cannot be played again (within one process: several processes each keep their own, and
the day window bounds how long a nonce must be remembered).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from coopclient.core.request_signing import DATE_HEADER, NONCE_HEADER, RequestAuthError, check_request

ROLE_MEMBER = "member"
ROLE_TREASURER = "treasurer"
ROLE_LOG = "log"


class AuthError(Exception):
    """The request is refused: 401 (who are you?) or 403 (not allowed to). `detail` names the header."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


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


class NonceCache:
    """Nonces already used, per key, kept in this process for as long as their day can be accepted."""

    def __init__(self, capacity: int = 200_000) -> None:
        self._seen: OrderedDict[tuple[str, str, str], None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def first_use(self, key_id: str, day: str, nonce: str, oldest_day: str) -> bool:
        """Record the nonce; False if it was already recorded."""
        entry = (day, key_id, nonce)
        with self._lock:
            if entry in self._seen:
                return False
            self._seen[entry] = None
            self._forget(oldest_day)
            return True

    def _forget(self, oldest_day: str) -> None:
        # Insertion order is roughly day order; drop what can no longer be accepted, and the oldest
        # beyond capacity (which only lets a very old captured request through the day check, not past it).
        while self._seen:
            first = next(iter(self._seen))
            if first[0] >= oldest_day and len(self._seen) <= self._capacity:
                break
            self._seen.popitem(last=False)


class Authenticator:
    """Checks a signed request and finds its enrolled key."""

    def __init__(self, members: MemberLookup, nonces: NonceCache) -> None:
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
