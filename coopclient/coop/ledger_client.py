"""The HTTP client of the co-op ledger (docs/ledger.md, "HTTP API"), for members and the treasurer.

Every request but ``/v1/info``, ``/v1/checkpoint``, ``/v1/enroll`` and the witness's is signed with the
caller's key (``coopclient.protocol.request_signing``): the date header is a UTC *day* from the injected clock,
never a time of day, and each request has a fresh random nonce (the server refuses a nonce twice).

Errors are the platform errors the relays already understand:

- :class:`Unreachable`: no connection, a timeout, 429 or 5xx (with the server's ``Retry-After``);
- :class:`AuthFailed`: 401/403, the server does not know (or no longer accepts) this key;
- :class:`Rejected`: any other 4xx, with the server's ``detail``;
- :class:`LedgerError`: an answer that is not what the protocol says (not JSON, a field missing).

Messages name the server and the request, never an invite token or a key's secret half.
"""

from __future__ import annotations

import secrets
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from coopclient.core.clock import Clock, utc_datetime
from coopclient.core.platform import AuthFailed, PlatformError, Rejected, Unreachable
from coopclient.protocol.canonical import canonical
from coopclient.protocol.request_signing import sign_request
from coopclient.protocol.signing import SigningKey, b64, unb64

if TYPE_CHECKING:
    import httpx

TIMEOUT_S = 30.0
MAX_RETRY_AFTER_S = 86_400.0

ClientFactory = Callable[[str, "SigningKey | None"], "LedgerClient"]


class LedgerError(PlatformError):
    """The ledger answered something the protocol does not allow, or a check of its answer failed."""


class IntegrityReported(LedgerError):
    """The server says its own database contradicts itself (503, ``"error": "ledger-integrity"``)."""


class WitnessConflict(LedgerError):
    """The witness refused to cosign: it holds another checkpoint (``size``, ``root``) for this log."""

    def __init__(self, message: str, size: int, root: bytes) -> None:
        super().__init__(message)
        self.size = size
        self.root = root


class Conflict(Rejected):
    """A 409: ``body`` is the server's answer, which states what it holds instead."""

    def __init__(self, message: str, body: dict[str, Any]) -> None:
        super().__init__(message, 409)
        self.body = body


class AlreadyReleased(LedgerError):
    """The month was released before; ``entry`` is the existing release (never re-run)."""

    def __init__(self, message: str, entry: dict[str, Any] | None) -> None:
        super().__init__(message)
        self.entry = entry


@dataclass(frozen=True)
class ProvedEntry:
    """An entry as the server lists it, with its inclusion proof in the tree of the size asked for."""

    leaf_index: int
    body: bytes
    signature: bytes
    inclusion: list[bytes]


@dataclass(frozen=True)
class AppendAnswer:
    """The server's answer to a batch: one result per entry, a checkpoint, and the consistency proof."""

    results: list[dict[str, Any]]
    checkpoint: str
    consistency: list[bytes]


def normalize_url(url: str) -> str:
    """The server's URL without a trailing slash; raises ValueError unless it is http(s) with a host."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"ledger server URL: expected http(s)://host[:port], not {url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"ledger server URL: must not have a query or fragment: {url!r}")
    return text


def client_factory(transport: httpx.BaseTransport | None, clock: Clock) -> ClientFactory:
    """A factory of clients sharing one transport (None: the network) and the app's clock.

    Over the network the clients share one TLS context, made on first use: loading the CA bundle costs
    about 60 ms, which would otherwise be paid by every sync.
    """
    tls: list[ssl.SSLContext] = []

    def make(server_url: str, key: SigningKey | None) -> LedgerClient:
        if transport is not None:
            return LedgerClient(server_url, key, clock, transport)
        if not tls:
            import httpx  # here, not at the top: httpx costs the app's start-up about a second

            tls.append(httpx.create_ssl_context())
        return LedgerClient(server_url, key, clock, verify=tls[0])

    return make


class LedgerClient:
    """One ledger server, as one caller (``key``; None for the public requests only)."""

    def __init__(
        self,
        server_url: str,
        key: SigningKey | None,
        clock: Clock,
        transport: httpx.BaseTransport | None = None,
        timeout_s: float = TIMEOUT_S,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        import httpx  # see client_factory: the window starts without it

        self.url = normalize_url(server_url)
        self._key = key
        self._clock = clock
        self._http = httpx.Client(transport=transport, timeout=timeout_s, follow_redirects=False, verify=verify)

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> LedgerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ------------------------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """``GET /v1/info``: origin, log key, treasurer key and limits."""
        answer = self._json("GET", "/v1/info", signed=False)
        for name in ("origin", "log_key", "treasurer_key"):
            _field(answer, name, str, "/v1/info")
        return answer

    def checkpoint(self) -> str:
        """``GET /v1/checkpoint``: the latest signed note (not yet verified)."""
        note: str = _field(self._json("GET", "/v1/checkpoint", signed=False), "checkpoint", str, "/v1/checkpoint")
        return note

    def enroll(self, invite: str, public_key: bytes) -> dict[str, Any]:
        """``POST /v1/enroll``: redeem an invite for ``public_key``; the answer names the pseudonym and keys."""
        body = {"invite": invite, "public_key": b64(public_key)}
        answer = self._json("POST", "/v1/enroll", body, signed=False)
        for name in ("pseudonym", "origin", "log_key", "treasurer_key"):
            _field(answer, name, str, "/v1/enroll")
        return answer

    def witness(self, witness_url: str, old_size: int, proof: Sequence[bytes], checkpoint: str) -> str:
        """``POST <witness>/v1/witness``: the note cosigned; :class:`WitnessConflict` on a 409."""
        url = normalize_url(witness_url) + "/v1/witness"
        body = {"old_size": old_size, "proof": [b64(h) for h in proof], "checkpoint": checkpoint}
        try:
            answer = self._json("POST", url, body, signed=False)
        except Conflict as exc:
            try:
                size, root = int(exc.body["size"]), unb64(str(exc.body["root"]))
            except (KeyError, TypeError, ValueError):
                raise LedgerError(f"{url}: a 409 without the witness's size and root") from None
            raise WitnessConflict(str(exc), size, root) from None
        cosigned: str = _field(answer, "cosigned", str, url)
        return cosigned

    # -- signed ------------------------------------------------------------------------------------

    def append(self, batch: Sequence[dict[str, str]], idempotency_key: str, known_size: int) -> AppendAnswer:
        """``POST /v1/entries``: a batch of ``{"body", "signature"}``; the same key and batch give the same bytes.

        The request body is canonical JSON, so a retry of a stored batch (same entries, same ``known_size``)
        is byte for byte the request the server may already have answered.
        """
        body = {"entries": list(batch), "known_size": known_size}
        answer = self._json("POST", "/v1/entries", body, headers={"Idempotency-Key": idempotency_key})
        results = _field(answer, "results", list, "/v1/entries")
        return AppendAnswer(
            results=[r for r in results if isinstance(r, dict)],
            checkpoint=_field(answer, "checkpoint", str, "/v1/entries"),
            consistency=_hashes(answer.get("consistency", []), "/v1/entries: consistency"),
        )

    def consistency(self, old: int, new: int) -> list[bytes]:
        """``GET /v1/proofs/consistency``: the proof that the tree of ``new`` extends that of ``old``."""
        where = f"/v1/proofs/consistency?old={old}&new={new}"
        return _hashes(_field(self._json("GET", where), "proof", list, where), where)

    def mine(self, size: int, after: int = 0) -> list[ProvedEntry]:
        """``GET /v1/entries/mine``: the caller's entries with ``after <= leaf_index < size``, with proofs."""
        return self._entries(f"/v1/entries/mine?size={size}&after={after}")

    def policy(self, size: int) -> list[ProvedEntry]:
        """``GET /v1/policy``: every ``policy.*`` entry below ``size``, with proofs."""
        return self._entries(f"/v1/policy?size={size}")

    def releases(self, size: int) -> list[ProvedEntry]:
        """``GET /v1/releases``: every ``release.aggregates`` entry below ``size``, with proofs."""
        return self._entries(f"/v1/releases?size={size}")

    def create_invites(self, count: int) -> list[str]:
        """``POST /v1/invites`` (treasurer): ``count`` one-time invite tokens."""
        answer = self._json("POST", "/v1/invites", {"count": count})
        invites = _field(answer, "invites", list, "/v1/invites")
        if not all(isinstance(token, str) and token for token in invites):
            raise LedgerError(f"{self.url}/v1/invites: the invites are not all non-empty strings")
        return list(invites)

    def request_release(self, month: str) -> dict[str, Any]:
        """``POST /v1/releases`` (treasurer): the month's release entry; :class:`AlreadyReleased` on a 409."""
        try:
            return self._json("POST", "/v1/releases", {"month": month})
        except Conflict as exc:
            raise AlreadyReleased(f"{month}: already released ({exc})", exc.body) from None

    # -- plumbing ----------------------------------------------------------------------------------

    def _entries(self, where: str) -> list[ProvedEntry]:
        listed = _field(self._json("GET", where), "entries", list, where)
        out = []
        for i, item in enumerate(listed):
            at = f"{where}: entries[{i}]"
            if not isinstance(item, dict):
                raise LedgerError(f"{self.url}{at}: not an object")
            try:
                out.append(
                    ProvedEntry(
                        leaf_index=_field(item, "leaf_index", int, at),
                        body=_field(item, "body", str, at).encode("utf-8"),
                        signature=unb64(_field(item, "signature", str, at)),
                        inclusion=_hashes(_field(item, "inclusion", list, at), at + ".inclusion"),
                    )
                )
            except ValueError as exc:
                raise LedgerError(f"{self.url}{at}: {exc}") from None
        return out

    def _json(
        self,
        method: str,
        where: str,
        body: dict[str, Any] | None = None,
        *,
        signed: bool = True,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        url = where if where.startswith(("http://", "https://")) else self.url + where
        content = canonical(body) if body is not None else b""
        sent = dict(headers or {})
        if body is not None:
            sent["Content-Type"] = "application/json"
        if signed:
            sent.update(self._signature(method, url, content))
        name = f"{method} {_shown(url)}"
        import httpx  # loaded by __init__ already; named here for its exceptions

        try:
            response = self._http.request(method, url, content=content, headers=sent)
        except httpx.TimeoutException:
            raise Unreachable(f"{name}: timed out") from None
        except httpx.ConnectError:
            raise Unreachable(f"{name}: cannot connect") from None
        except httpx.HTTPError as exc:
            raise Unreachable(f"{name}: the connection failed ({type(exc).__name__})") from None
        _raise_for_status(name, response)
        try:
            answer = response.json()
        except ValueError:
            raise LedgerError(f"{name}: the answer is not JSON") from None
        if not isinstance(answer, dict):
            raise LedgerError(f"{name}: the answer is not a JSON object")
        return answer

    def _signature(self, method: str, url: str, content: bytes) -> dict[str, str]:
        if self._key is None:
            raise LedgerError(f"{method} {_shown(url)}: needs a ledger key, and this client has none")
        import httpx

        raw = httpx.URL(url)
        path = raw.raw_path.decode("ascii")
        today = utc_day(self._clock)
        return sign_request(self._key, method, path, content, today, secrets.token_hex(16))


def utc_day(clock: Clock) -> date:
    """Today in UTC by the injected clock: the day the server compares the request's date with."""
    return utc_datetime(clock.now().wall_ms).date()


def _shown(url: str) -> str:
    """The URL without its query (kept short in messages)."""
    return url.split("?", 1)[0]


def _raise_for_status(name: str, response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    text = detail if isinstance(detail, str) else f"HTTP {status}"
    if status == 503 and isinstance(body, dict) and body.get("error") == "ledger-integrity":
        raise IntegrityReported(f"the ledger server reports its history is damaged ({name}): {text}")
    if status == 429 or status >= 500:
        what = "too many requests" if status == 429 else "server error"
        raise Unreachable(f"{name}: {what} ({status}): {text}", retry_after_s=_retry_after(response))
    if status in (401, 403):
        raise AuthFailed(f"{name}: {text}", status)
    if status == 409:
        raise Conflict(f"{name}: {text}", body if isinstance(body, dict) else {})
    raise Rejected(f"{name}: {text}", status)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return min(MAX_RETRY_AFTER_S, max(0.0, float(response.headers.get("Retry-After", ""))))
    except ValueError:
        return None


def _field(obj: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = obj.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise LedgerError(f"{where}: the answer's {name!r} is missing or not a {kind.__name__}")
    return value


def _hashes(values: object, where: str) -> list[bytes]:
    if not isinstance(values, list):
        raise LedgerError(f"{where}: expected a list of base64 hashes")
    out = []
    for i, text in enumerate(values):
        try:
            digest = unb64(text) if isinstance(text, str) else b""
        except ValueError:
            digest = b""
        if len(digest) != 32:
            raise LedgerError(f"{where}[{i}]: not the base64 of a 32-byte hash")
        out.append(digest)
    return out
