"""Two real `coopclient ledger serve` processes on one database (SQLite file or PostgreSQL): a captured request
replayed on the other process, or after a restart, is refused; the rate limits are one budget for both.

Real uvicorn servers on 127.0.0.1; each request leaves from its own loopback address (127.0.0.x), so only
the key's bucket is shared between the requests, as it is between members' requests in the field. The rate
is 0.001 a minute, so no token comes back while the test runs: it never depends on how long it takes.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from coopclient.protocol.request_signing import sign_request
from coopclient.protocol.signing import SigningKey, b64

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """One server process; `start` waits until it answers (polling a start with a deadline)."""

    def __init__(self, database: str, workdir: Path, treasurer: SigningKey, *extra: str) -> None:
        self.port = _free_port()
        self.command = [
            sys.executable, "-m", "coopclient", "ledger", "serve", "--database", database,
            "--port", str(self.port), "--log-key", str(workdir / "log.key"),
            "--treasurer-key", b64(treasurer.public), *extra,
        ]  # fmt: skip
        self.log = workdir / f"server-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        with open(self.log, "ab") as log:
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, cwd=REPO, env=env)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the server exited: {self.log.read_text(errors='replace')}")
            with contextlib.suppress(httpx.TransportError):
                send(self, "GET", "/v1/checkpoint", address="127.0.0.200")  # any answer: it is up
                return self
            time.sleep(0.05)
        raise AssertionError(f"the server did not answer in {START_TIMEOUT_S:.0f} s")

    def stop(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
            self.process = None


def send(
    server: Server, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None, *, address: str
) -> httpx.Response:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(transport=transport, base_url=server.url, timeout=10.0) as client:
        return client.request(method, path, content=body, headers=headers or {})


def signed(key: SigningKey, method: str, path: str, body: bytes = b"") -> dict[str, str]:
    day = datetime.now(UTC).date()  # the servers date requests by the real UTC day
    return {**sign_request(key, method, path, body, day, secrets.token_hex(16)), "Content-Type": "application/json"}


@pytest.fixture
def servers(ledger_url: str, tmp_path: Path) -> Iterator[tuple[Server, Server, SigningKey]]:
    treasurer = SigningKey.generate()
    limits = ("--requests-per-minute", "0.001", "--burst", "3")
    first = Server(ledger_url, tmp_path, treasurer, *limits).start()  # makes the log key and the schema
    second = Server(ledger_url, tmp_path, treasurer, *limits)
    try:
        second.start()
        yield first, second, treasurer
    finally:
        first.stop()
        second.stop()


@pytest.mark.slow
def test_replays_and_rate_limits_hold_across_processes_and_restarts(
    servers: tuple[Server, Server, SigningKey],
) -> None:
    first, second, treasurer = servers
    body = json.dumps({"count": 3}).encode()
    captured = signed(treasurer, "POST", "/v1/invites", body)
    made = send(first, "POST", "/v1/invites", body, captured, address="127.0.0.10")
    assert made.status_code == 200, made.text

    replayed = send(second, "POST", "/v1/invites", body, captured, address="127.0.0.11")
    assert replayed.status_code == 401 and replayed.json()["detail"].startswith("X-Coop-Nonce: already used")
    first.stop()
    first.start()
    replayed = send(first, "POST", "/v1/invites", body, captured, address="127.0.0.12")
    assert replayed.status_code == 401 and replayed.json()["detail"].startswith("X-Coop-Nonce: already used")

    # The invite spent one of the key's 3 tokens; the other two, then 429, whichever process answers.
    path = "/v1/entries/mine?size=0"
    codes = [
        send(server, "GET", path, headers=signed(treasurer, "GET", path), address=f"127.0.0.{20 + i}").status_code
        for i, server in enumerate([second, first, second, first])
    ]
    assert codes == [200, 200, 429, 429]


@pytest.mark.slow
def test_a_body_that_trickles_in_is_cut_off_at_the_deadline(tmp_path: Path) -> None:
    import socket

    server = Server(str(tmp_path / "ledger.sqlite3"), tmp_path, SigningKey.generate(), "--body-timeout", "1")
    server.start()
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=15) as sock:
            head = (
                "POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            )
            started = time.monotonic()
            sock.sendall(head.encode() + b'{"invite":')  # 10 bytes of the 1,000, and then nothing
            answer = b""
            while chunk := sock.recv(4096):  # blocks until the server answers and closes: its deadline, not ours
                answer += chunk
            waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b'{"detail":"body: not received within 1 s"}' in answer
        assert 0.9 <= waited < 10  # cut off at the 1 s deadline (the socket's own timeout is 15 s)
    finally:
        server.stop()
