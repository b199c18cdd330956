"""The ledger server's guard middleware (step 1 of the checks): the client address's token bucket, then
the body size, within the body deadline, then its nesting depth, before anything parses the request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
from starlette.concurrency import run_in_threadpool

from coopclient.protocol.canonical import MAX_DEPTH, nesting_depth
from coopclient.server.app_errors import _error_json
from coopclient.server.limits import RequestLimiter, retry_after_header

# --- the guard middleware -----------------------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]


class _Guard:
    """Per-address rate limit and the body size limit, before anything reads or parses the request."""

    def __init__(self, app: Asgi, limiter: RequestLimiter) -> None:
        self._app = app
        self._limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        # The bucket is in the database: off the event loop, like every other database call.
        wait = await run_in_threadpool(self._limiter.take_address, _client_address(scope))
        if wait is not None:
            detail = "too many requests from this address; try again later"
            await _error_json(429, detail, {"Retry-After": retry_after_header(wait)})(scope, receive, send)
            return
        timeout = self._limiter.limits.body_timeout_s
        try:
            # One deadline for the whole body, not per chunk: 10 bytes every few seconds must not hold a
            # connection (and a request's worth of memory) for as long as the client likes.
            with anyio.fail_after(timeout):
                body = await self._read_body(scope, receive)
        except TimeoutError:
            await _error_json(408, f"body: not received within {timeout:g} s")(scope, receive, send)
            return
        if body is None:
            limit = self._limiter.limits.max_body_bytes
            await _error_json(413, f"body: larger than {limit} bytes")(scope, receive, send)
            return
        if nesting_depth(body) > MAX_DEPTH:
            # Refused here: the JSON parser would recurse once per level (a RecursionError: a 500).
            await _error_json(422, f"body: nested deeper than {MAX_DEPTH} levels")(scope, receive, send)
            return
        await self._app(scope, _replay(body, receive), send)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it is known to be over the limit."""
        limit = self._limiter.limits.max_body_bytes
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                return None
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)  # the client left; the app sees the disconnect next
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _path_with_query(scope: Scope) -> str:
    """The path and query as sent (still percent-encoded): what the client signed."""
    raw = scope.get("raw_path") or scope["path"].encode("utf-8")
    query = scope.get("query_string", b"")
    path = bytes(raw).decode("latin-1")
    return f"{path}?{bytes(query).decode('latin-1')}" if query else path
