"""Ledger servers for the member-side tests: the REAL server as a subprocess, or the app in this process.

- :class:`LedgerProcess` starts ``python -m coopclient ledger serve`` on 127.0.0.1 and a free port, over a
  SQLite file or a PostgreSQL database, waits (with a deadline) until ``/v1/info`` answers, and stops it by
  its pid. Its log key is a 0600 file; its treasurer key is made here, so the tests act as the treasurer.
- :class:`InProcessLedger` serves the same FastAPI app through a synchronous httpx transport, with the date
  taken from the test's clock: for the unit tests, which drive days by hand.
- :class:`RecordingTransport` wraps a transport and keeps every request byte that went through it.

Fixtures (imported by the test modules): ``ledger_engine_url`` (a fresh SQLite path or PostgreSQL database,
once per engine), ``postgres_cluster`` (the session's one PostgreSQL cluster, tests/server/pg_fixtures.py).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx
import pytest

from coopclient.app import Environment, build_treasurer
from coopclient.coop.ledger_client import utc_day
from coopclient.coop.sharing import KEYRING_SERVICE
from coopclient.core.clock import ZonedClock
from coopclient.protocol.signing import SigningKey, b64, key_id
from coopclient.storage.credentials import MemoryStore
from coopclient.treasury.service import TreasuryService, treasurer_account
from tests.server.pg import PostgresCluster, free_port

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


# -- transports ---------------------------------------------------------------------------------------------


class SyncAsgiTransport(httpx.BaseTransport):
    """A synchronous httpx transport into an ASGI app (its event loop in a background thread).

    ``close`` is a no-op, because the app's clients share one transport and close theirs after each call;
    :meth:`shutdown` ends it.
    """

    def __init__(self, app: Any) -> None:
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._inner = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def call() -> httpx.Response:
            forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=content)
            response = await self._inner.handle_async_request(forwarded)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body)

        return self._portal.call(call)

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        self._portal_cm.__exit__(None, None, None)


@dataclass
class Captured:
    """One request as it went out: method, full URL, headers and body."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    body: bytes

    def text(self) -> str:
        head = "\n".join(f"{k}: {v}" for k, v in self.headers)
        return f"{self.method} {self.url}\n{head}\n\n{self.body.decode('utf-8', errors='replace')}"


class RecordingTransport(httpx.BaseTransport):
    """Passes requests to ``inner`` and keeps every byte sent; ``drop`` can lose answers after the server
    handled the request (a response lost on the way back)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[Captured] = []
        self.drop: Callable[[httpx.Request], bool] = lambda _request: False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.sent.append(Captured(request.method, str(request.url), list(request.headers.items()), body))
        response = self.inner.handle_request(request)
        if self.drop(request):
            response.read()
            response.close()
            raise httpx.ReadError("connection lost before the answer arrived (test)")
        return response

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        self.inner.close()


# -- the treasurer ------------------------------------------------------------------------------------------


@dataclass
class Treasurer:
    """The treasurer's key in a memory keyring, and their service against one server."""

    url: str
    clock: ZonedClock
    transport: httpx.BaseTransport | None
    key: SigningKey = field(default_factory=SigningKey.generate)
    keyring: MemoryStore = field(default_factory=MemoryStore)

    def __post_init__(self) -> None:
        self.keyring.set(KEYRING_SERVICE, treasurer_account(self.url), b64(self.key.seed))

    @property
    def service(self) -> TreasuryService:
        """Built as the command line builds it: by the composition root, from this treasurer's collaborators."""
        transport = self.transport
        env = Environment(clock=self.clock, transport=lambda: transport, secrets=lambda: self.keyring)
        return build_treasurer(env).service

    def invite(self, witness_url: str | None = None, witness_key: bytes | None = None) -> str:
        codes = self.service.create_invites(self.url, 1, witness_url, b64(witness_key) if witness_key else None)
        return codes[0]


# -- the server in this process -------------------------------------------------------------------------------


@dataclass
class InProcessLedger:
    """The ledger app on a SQLite file, reached through :class:`SyncAsgiTransport`; dates from ``clock``."""

    url: str
    store: Any
    log_key: SigningKey
    transport: SyncAsgiTransport
    treasurer: Treasurer

    @classmethod
    def start(cls, path: Path, clock: ZonedClock, url: str = "http://ledger.test") -> InProcessLedger:
        from coopclient.server.app import create_app
        from coopclient.server.app_settings import ServerSettings
        from coopclient.server.limits import Limits
        from coopclient.server.store import LedgerStore

        log_key = SigningKey.generate()
        treasurer = Treasurer(url, clock, None)
        store = LedgerStore.open(str(path))
        today: Callable[[], date] = lambda: utc_day(clock)  # noqa: E731
        store.init(
            f"coop-ledger.test/{key_id(log_key.public)[:8]}", log_key.public, treasurer.key.public, today=today()
        )
        roomy = ServerSettings(limits=Limits(requests_per_minute=1_000_000, burst=1_000_000))
        transport = SyncAsgiTransport(create_app(store, log_key, roomy, today=today))
        treasurer.transport = transport
        return cls(url, store, log_key, transport, treasurer)

    def stop(self) -> None:
        self.transport.shutdown()
        self.store.close()


# -- the real server, as a subprocess -----------------------------------------------------------------------


@dataclass
class LedgerProcess:
    """``coopclient ledger serve`` in a subprocess on 127.0.0.1; stopped by pid."""

    database: str
    workdir: Path
    witness_of: dict[str, bytes] | None = None  # witness mode: origin -> log key of the logs it follows
    roomy: bool = False  # the same app, without the per-address rate limit (for benchmarks from one address)
    log_key: SigningKey = field(default_factory=SigningKey.generate)
    treasurer_key: SigningKey = field(default_factory=SigningKey.generate)
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def key_file(self) -> Path:
        return self.workdir / "log.key"

    def command(self) -> list[str]:
        program = ["-m", "tests.integration.ledger_server"] if self.roomy else ["-m", "coopclient", "ledger", "serve"]
        args = [
            sys.executable, *program,
            "--database", self.database,
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--log-key", str(self.key_file),
            "--treasurer-key", b64(self.treasurer_key.public),
        ]  # fmt: skip
        for origin, public in (self.witness_of or {}).items():
            args += ["--witness", "--witness-log", f"{origin}={b64(public)}"]
        return args

    def start(self) -> LedgerProcess:
        self.workdir.mkdir(parents=True, exist_ok=True)
        if not self.key_file.exists():
            fd = os.open(self.key_file, os.O_CREAT | os.O_WRONLY, 0o600)
            os.write(fd, (b64(self.log_key.seed) + "\n").encode("ascii"))
            os.close(fd)
        self.port = self.port or free_port()
        log = open(self.workdir / "server.log", "ab")  # noqa: SIM115  # kept open for the process's life
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT, cwd=REPO, env=env)
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the ledger server exited ({self.process.returncode}):\n{self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/v1/info", timeout=2.0).status_code == 200:
                    return
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the ledger server did not answer in {START_TIMEOUT_S:.0f} s:\n{self.log_tail()}")
            time.sleep(0.05)  # polling a server start with a deadline

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = (self.workdir / "server.log").read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def info(self) -> dict[str, Any]:
        return dict(httpx.get(f"{self.url}/v1/info", timeout=5.0).json())


# -- a member's work ----------------------------------------------------------------------------------------

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
SENTIMENT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}]
# Distinctive strings that must never leave the device.
PROJECT = "Zeta Secret Project"
EMAIL = "jane.doe@zeta-corp.example"
PERSON = "Jane Quokka Doe"
ACCOUNT = f"{PERSON} <{EMAIL}>"
ACCOUNT_URL = "https://labels.zeta-corp.example/org/quokka"
TASK_TEXT = "Confidential memo about the Quokka merger"
# Long enough that no random hex (uuids, nonces) or base64 (keys, signatures) in a request contains them by
# chance: a 4-digit id turned up inside an Idempotency-Key once.
PLATFORM_REF_BASE = 770_770_770_000  # task ids on the platform: 770770770001, 770770770002, ...
PLATFORM_PROJECT_REF = "424242424217"
SECRETS = (PROJECT, EMAIL, PERSON, ACCOUNT_URL, TASK_TEXT, "Quokka", "zeta-corp")


def import_tasks(s: Any, folder: Path, count: int = 10, project: str = PROJECT) -> list[int]:
    """A batch file of ``count`` tasks whose texts and ids are distinctive; returns the local task ids."""
    from coopclient.core.labeling import parse_config
    from coopclient.core.piece_rate import PieceRate

    path = folder / f"{project}.jsonl"
    lines = [
        json.dumps({"id": PLATFORM_REF_BASE + i, "data": {"text": f"{TASK_TEXT} #{i}, from {EMAIL}"}})
        for i in range(1, count + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = s.batches.import_file(path, parse_config(CONFIG), project, PieceRate.parse("0.04 EUR per task"))
    rows = s.db.execute("SELECT id FROM tasks WHERE batch_id = ? ORDER BY seq", [done.batch_id]).fetchall()
    return [int(r[0]) for r in rows]


def platform_tasks(s: Any, count: int = 5) -> list[int]:
    """Tasks as if pulled from a Label Studio account whose name and URL are distinctive."""
    from coopclient.storage.catalog import CatalogRepo

    catalog = CatalogRepo(s.db)
    now = s.clock.now().wall_ms
    with s.db.atomic():
        account = catalog.ensure_account("label-studio", ACCOUNT, ACCOUNT_URL, now)
        project = catalog.insert_project(account, f"{PROJECT} (LS)", CONFIG, "choices", (50_000, "USD"), now,
                                         PLATFORM_PROJECT_REF)  # fmt: skip
        batch = catalog.insert_batch(project, f"{ACCOUNT_URL}/projects/{PLATFORM_PROJECT_REF}", None, now)
        catalog.insert_tasks(
            (batch, i, str(PLATFORM_REF_BASE + 100 + i), json.dumps({"text": f"{TASK_TEXT} (LS {i})"}), "choices", None)
            for i in range(1, count + 1)
        )
        catalog.set_batch_count(batch)
    rows = s.db.execute("SELECT id FROM tasks WHERE batch_id = ? ORDER BY seq", [batch]).fetchall()
    return [int(r[0]) for r in rows]


def annotate(s: Any, clock: Any, task_id: int, seconds: int) -> None:
    """Work on a task in the app for ``seconds`` (heartbeats with input), then submit it."""
    s.timer.start(task_id=task_id)
    for _ in range(seconds // 15):
        clock.advance(15_000)
        s.timer.input_seen()
        s.timer.heartbeat()
    s.results.submit(task_id, SENTIMENT)
    s.timer.stop()


def manual(s: Any, clock: Any, category: str, platform: str | None, seconds: int) -> None:
    """Time spent off-app, with the manual timer."""
    from coopclient.core.categories import Category

    s.timer.start_manual(Category(category), platform, note=f"call with {PERSON}")
    clock.advance(seconds * 1000)
    s.timer.stop_manual()


# -- fixtures -----------------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh ledger database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite3")
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database("member_sync")


# -- the app without rate limits, as a program (LedgerProcess(roomy=True)) ------------------------------------


def serve_roomy(argv: list[str]) -> None:
    """What ``coopclient ledger serve`` does, with the rate limits out of the way; the same options."""
    import uvicorn

    from coopclient.server.app import create_app
    from coopclient.server.app_settings import ServerSettings
    from coopclient.server.limits import Limits
    from coopclient.server.serve import default_origin, parser
    from coopclient.server.store import LedgerStore

    args = parser().parse_args(argv)
    log_key = SigningKey.from_seed(base64.b64decode(Path(args.log_key).read_text().strip()))
    store = LedgerStore.open(args.database)
    store.init(args.origin or default_origin(log_key.public), log_key.public, base64.b64decode(args.treasurer_key))
    roomy = ServerSettings(limits=Limits(requests_per_minute=1_000_000, burst=1_000_000))
    uvicorn.run(create_app(store, log_key, roomy), host=args.host, port=args.port, access_log=False)


if __name__ == "__main__":
    serve_roomy(sys.argv[1:])
