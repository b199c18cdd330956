"""A fault-injecting HTTP/1.1 reverse proxy on loopback, for sync tests against a real server.

Every request is forwarded to the upstream unchanged (method, path, headers, body) and the response sent back,
unless a fault applies. Faults come from a script (``plan``) and/or a seeded random policy (``randomly``), and
apply only to requests matching a method and a path pattern. Kinds and the symptom an httpx client sees:

- ``refuse``: the connection is reset before anything is forwarded → a transport error (``ReadError``,
  ``WriteError`` or ``RemoteProtocolError``); the server never saw the request. For ``ConnectError`` itself
  (nothing listening) use ``set_down(True)``: a refused *connect* cannot depend on the path of a request.
- ``reset_after_commit``: forwarded, the full response read, then the client connection reset → ``ReadError``
  or ``RemoteProtocolError``; the server did commit.
- ``timeout``: not forwarded, the connection held open without an answer (at most ``hold_s``, 10 s) →
  ``ReadTimeout`` with a shorter client timeout.
- ``http_500`` / ``http_429``: answered by the proxy without forwarding (429 with ``Retry-After: 0``).
- ``truncate``: forwarded, then half the body sent under the full ``Content-Length`` and the connection closed
  → ``RemoteProtocolError`` (incomplete body).
- ``pass``: forwarded normally (a placeholder in a plan: "the 2nd matching request fails").

When the server itself is down (``LabelStudioServer.stop``), the proxy answers 502 like a real gateway.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import re
import select
import socket
import socketserver
import struct
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Literal
from urllib.parse import urlsplit

Kind = Literal["pass", "refuse", "reset_after_commit", "timeout", "http_500", "http_429", "truncate"]
KINDS: tuple[Kind, ...] = ("pass", "refuse", "reset_after_commit", "timeout", "http_500", "http_429", "truncate")
FAULT_KINDS: tuple[Kind, ...] = KINDS[1:]

HOLD_S = 10.0
UPSTREAM_TIMEOUT_S = 120.0
IDLE_TIMEOUT_S = 60.0
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"}
    | {"proxy-authenticate", "proxy-authorization"}
)
# A pattern for the annotation POSTs of the sync engine, the usual target of faults.
ANNOTATIONS_PATH = r"^/api/tasks/\d+/annotations/?(\?|$)"


@dataclass(frozen=True)
class Fault:
    """One scripted fault: ``kind`` applied to the next request matching ``method`` (None: any) and ``path``
    (a regex searched in the path with its query string; None: any)."""

    kind: Kind
    method: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {KINDS}")

    def matches(self, method: str, path: str) -> bool:
        """True if this fault's filter selects the request."""
        method_ok = self.method is None or self.method.upper() == method.upper()
        return method_ok and (self.path is None or re.search(self.path, path) is not None)


@dataclass
class _RandomPolicy:
    """Seeded random faults: each matching request gets one of ``kinds`` with probability ``rate``."""

    rng: random.Random
    rate: float
    kinds: tuple[Kind, ...]
    filter: Fault

    def draw(self, method: str, path: str) -> Kind:
        if not self.filter.matches(method, path) or self.rng.random() >= self.rate:
            return "pass"
        return self.rng.choice(self.kinds)


@dataclass(frozen=True)
class Event:
    """What the proxy did with one request."""

    method: str
    path: str
    kind: Kind
    status: int | None = None


@dataclass
class _State:
    """The proxy's script and record, shared by the handler threads under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    plan: list[Fault] = field(default_factory=list)
    policy: _RandomPolicy | None = None
    stats: Counter[str] = field(default_factory=Counter)
    events: list[Event] = field(default_factory=list)

    def decide(self, method: str, path: str) -> Kind:
        """The kind for this request: the first matching planned fault (consumed), else the random policy."""
        with self.lock:
            self.stats["requests"] += 1
            for index, fault in enumerate(self.plan):
                if fault.matches(method, path):
                    del self.plan[index]
                    return fault.kind
            return self.policy.draw(method, path) if self.policy else "pass"

    def record(self, event: Event, forwarded: bool = False) -> None:
        """Count what was done; ``forwarded`` means the upstream answered this request."""
        with self.lock:
            self.stats[event.kind] += 1
            if forwarded:
                self.stats["forwarded"] += 1
            self.events.append(event)

    def count(self, key: str) -> None:
        with self.lock:
            self.stats[key] += 1


class _Server(socketserver.ThreadingTCPServer):
    """The listening side; ``block_on_close`` makes ``server_close`` join the handler threads."""

    allow_reuse_address = True
    daemon_threads = False
    block_on_close = True

    def __init__(self, address: tuple[str, int], proxy: FaultProxy) -> None:
        self.proxy = proxy
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Keep a handler's exception (usually a client that went away) instead of printing it."""
        self.proxy._state.count("handler_errors")
        self.proxy.errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    """Reads one request at a time from a client connection and forwards it or plays a fault."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(IDLE_TIMEOUT_S)
        self.server.proxy._track(self.connection, add=True)

    def finish(self) -> None:
        self.server.proxy._track(self.connection, add=False)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the proxy's record is in ``events``."""

    def _any(self) -> None:
        """Handle one request. The event is recorded before the client hears anything, so a test that got its
        answer (or error) always finds the event in ``stats`` and ``events``."""
        state = self.server.proxy._state
        body = self._read_body()
        kind = state.decide(self.command, self.path)
        if kind == "refuse":
            state.record(Event(self.command, self.path, kind))
            self._reset()
        elif kind == "timeout":
            state.record(Event(self.command, self.path, kind))
            self._hold(self.server.proxy.hold_s)
        elif kind in ("http_500", "http_429"):
            status = 500 if kind == "http_500" else 429
            state.record(Event(self.command, self.path, kind, status))
            self._answer_directly(status)
        else:
            try:
                status, reason, headers, payload = self._forward(body)
            except OSError:  # the server is down or dropped the request: a gateway answers 502
                state.count("bad_gateway")
                state.record(Event(self.command, self.path, kind, 502))
                self._answer_directly(502)
                return
            state.record(Event(self.command, self.path, kind, status), forwarded=True)
            if kind == "reset_after_commit":
                self._reset()
            else:
                self._send(status, reason, headers, payload, truncate=kind == "truncate")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _any

    # -- request and response bytes ---------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        """The request body, de-chunked if the client sent it chunked."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _forward(self, body: bytes) -> tuple[int, str, list[tuple[str, str]], bytes]:
        """Send the request upstream on a fresh connection and read the whole response."""
        host, port = self.server.proxy.upstream
        headers = {}
        for name, value in self.headers.items():
            if name.lower() not in _HOP_BY_HOP:
                headers[name] = value
        if body or self.command in ("POST", "PUT", "PATCH"):
            headers["Content-Length"] = str(len(body))
        upstream = http.client.HTTPConnection(host, port, timeout=UPSTREAM_TIMEOUT_S)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            response = upstream.getresponse()
            payload = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP | {"content-length"}]
            return response.status, response.reason, kept, payload
        finally:
            upstream.close()

    def _send(
        self, status: int, reason: str, headers: list[tuple[str, str]], payload: bytes, truncate: bool = False
    ) -> None:
        """Write a response; ``truncate`` sends half the body under the full length, then closes."""
        lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers)]
        lines.append(f"Content-Length: {len(payload)}")
        if truncate or self.close_connection:
            lines.append("Connection: close")
            self.close_connection = True
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        sent = payload[: len(payload) // 2] if truncate else payload
        if self.command == "HEAD":
            sent = b""
        self.wfile.write(head + sent)
        if truncate:
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_WR)

    def _answer_directly(self, status: int) -> None:
        """A JSON error answered by the proxy itself, shaped like Label Studio's error bodies."""
        reason = http.client.responses[status]
        payload = json.dumps({"status_code": status, "detail": f"fault proxy: {reason}"}).encode()
        headers = [("Content-Type", "application/json")]
        if status == 429:
            headers.append(("Retry-After", "0"))
        self._send(status, reason, headers, payload)

    def _reset(self) -> None:
        """Abort the client connection with a TCP RST (SO_LINGER 0), sending nothing."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()  # drops makefile()'s reference so that close() really closes the socket
        self.connection.close()

    def _hold(self, hold_s: float) -> None:
        """Answer nothing until the client gives up, the proxy stops, or ``hold_s`` passes; then close."""
        self.close_connection = True
        stopping = self.server.proxy._stopping
        deadline = time.monotonic() + hold_s
        with contextlib.suppress(OSError):
            while time.monotonic() < deadline and not stopping.is_set():
                readable, _, _ = select.select([self.connection], [], [], 0.1)
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    break  # the client closed its side (its timeout fired)


class FaultProxy:
    """A threaded reverse proxy on 127.0.0.1 (random port) in front of ``upstream_url``."""

    def __init__(self, upstream_url: str, hold_s: float = HOLD_S) -> None:
        parts = urlsplit(upstream_url)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the fault proxy only fronts loopback servers")
        self.upstream: tuple[str, int] = (parts.hostname, parts.port or 80)
        self.hold_s = hold_s
        self._state = _State()
        self.errors: list[str] = []  # tracebacks of handler exceptions, for debugging a test
        self._stopping = threading.Event()
        self._clients: set[socket.socket] = set()
        self._clients_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self._listen(0)

    # -- lifecycle ---------------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL of the proxy, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    def _listen(self, port: int) -> None:
        self._server = _Server(("127.0.0.1", port), self)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name=f"fault-proxy-{port}")
        self._thread.start()

    def _close_listener(self) -> None:
        server, thread, self._server, self._thread = self._server, self._thread, None, None
        if server is None or thread is None:
            return
        server.shutdown()
        thread.join()
        self._abort_clients()
        server.server_close()  # joins the handler threads

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._clients_lock:
            (self._clients.add if add else self._clients.discard)(conn)

    def _abort_clients(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections."""
        with self._clients_lock:
            clients = list(self._clients)
        for conn in clients:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def set_down(self, down: bool) -> None:
        """``True``: stop listening (clients get ``ConnectError``); ``False``: listen again on the same port."""
        if down:
            self._close_listener()
        elif self._server is None:
            self._listen(self.port)

    def stop(self) -> None:
        """Stop listening, drop client connections, end held connections and join every thread."""
        self._stopping.set()
        self._close_listener()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ------------------------------------------------------------------------------------------------

    def plan(self, faults: Iterable[Fault | Kind]) -> None:
        """Append scripted faults; each is consumed by the first later request it matches (a bare kind matches
        any request)."""
        items = [f if isinstance(f, Fault) else Fault(f) for f in faults]
        with self._state.lock:
            self._state.plan.extend(items)

    def randomly(
        self,
        seed: int,
        rate: float,
        kinds: Sequence[Kind] = FAULT_KINDS,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Seeded random faults for requests the plan does not claim: probability ``rate``, one of ``kinds``."""
        policy = _RandomPolicy(random.Random(seed), rate, tuple(kinds), Fault("pass", method, path))
        with self._state.lock:
            self._state.policy = policy

    def clear(self) -> None:
        """Drop the remaining plan and the random policy (the record is kept)."""
        with self._state.lock:
            self._state.plan.clear()
            self._state.policy = None

    @property
    def pending(self) -> list[Fault]:
        """Planned faults not consumed yet."""
        with self._state.lock:
            return list(self._state.plan)

    @property
    def stats(self) -> dict[str, int]:
        """Counts: ``requests``, ``forwarded`` (the server answered), one per kind played (``pass`` included),
        ``bad_gateway`` (502: server unreachable) and ``handler_errors`` (see ``errors``)."""
        with self._state.lock:
            return dict(self._state.stats)

    @property
    def events(self) -> list[Event]:
        """What happened to each request, in the order they finished."""
        with self._state.lock:
            return list(self._state.events)
