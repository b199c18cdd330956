"""A throwaway PostgreSQL cluster for the ledger tests, from the Debian packages' binaries.

`PostgresCluster.start()` runs `initdb` in a temporary folder, starts the server on 127.0.0.1 and a free
port (its Unix socket in the same folder, so nothing outside it is touched), waits with `pg_isready`, and
`stop()` runs `pg_ctl stop -m fast` and removes the folder. `new_database()` creates an empty database
and returns its URL (CREATE DATABASE copies the small `template1` file by file: about 60 ms).

initdb refuses to run as root; when the tests run as root the folder is given to the `postgres` system
user and every server binary runs through `runuser -u postgres --`. The superuser inside the cluster is
`postgres` with `trust` authentication on 127.0.0.1 only.

The server is tuned for tests, not durability: `fsync=off`, `synchronous_commit=off`,
`full_page_writes=off` (a crash loses the whole throwaway cluster anyway). Benchmarks that compare against a
baseline measured on the same cluster are unaffected in kind, but their absolute figures are optimistic;
`PostgresCluster(durable=True)` keeps the server's defaults instead.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

START_TIMEOUT_S = 60.0
SUPERUSER = "postgres"
TEST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200")


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (the message says where they were looked for)."""


def find_bindir() -> Path:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb, or the folder of `initdb` on PATH."""
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: _version_key(p.parent.name),
        reverse=True,
    )
    if candidates:
        return candidates[0]
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (looked for /usr/lib/postgresql/*/bin/initdb and initdb on PATH); "
        "install the Debian package postgresql"
    )


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    """One temporary cluster; use `start()`, `new_database()`, `stop()` (or as a context manager)."""

    def __init__(self, bindir: Path | None = None, *, durable: bool = False) -> None:
        self.bindir = bindir or find_bindir()
        # durable=True keeps PostgreSQL's defaults (fsync on), for benchmarks quoting absolute figures.
        self.settings = ("max_connections=200",) if durable else TEST_SETTINGS
        self._as_user = _run_as_prefix()
        self.root = Path(tempfile.mkdtemp(prefix="coop-ledger-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._databases = 0
        self._running = False

    def __enter__(self) -> PostgresCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- life cycle ---------------------------------------------------------------------------------------

    def start(self) -> None:
        try:
            self._prepare_root()
            self._run(
                "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                "--encoding=UTF8", "--locale=C", "--no-sync",
            )  # fmt: skip
            self.port = free_port()
            options = " ".join(
                ["-h 127.0.0.1", f"-p {self.port}", f"-k {self.root}"] + [f"-c {s}" for s in self.settings]
            )
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
            self._running = True
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _prepare_root(self) -> None:
        if self._as_user:
            # initdb runs as postgres: it must own the folder (mkdtemp made it 0700 for root).
            entry = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            done = self._run("pg_isready", "-h", "127.0.0.1", "-p", str(self.port), "-q", check=False)
            if done.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not become ready in {START_TIMEOUT_S:.0f} s:\n{self.log_tail()}")
            time.sleep(0.05)  # polling a server start with a deadline, not waiting on wall time for a result

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    # -- databases ----------------------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "ledger_test") -> str:
        """Create an empty database and return its URL."""
        import psycopg

        self._databases += 1
        name = f"{prefix}_{os.getpid()}_{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            # FILE_COPY (PostgreSQL 15+) is 2-3x faster than the default WAL_LOG for a tiny template.
            strategy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
            conn.execute(f'CREATE DATABASE "{name}"{strategy}')
        return self.url(name)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    # -- helpers ------------------------------------------------------------------------------------------

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command: Sequence[str] = [*self._as_user, str(self.bindir / program), *args]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(
                f"{program} failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}\n"
                f"{self.log_tail()}"
            )
        return done


def _run_as_prefix() -> list[str]:
    """`runuser -u postgres --` when running as root (initdb refuses root), nothing otherwise."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailable("running as root, and runuser (to run PostgreSQL as postgres) is not found")
    with contextlib.suppress(KeyError):
        pwd.getpwnam(SUPERUSER)
        return [runuser, "-u", SUPERUSER, "--"]
    raise PostgresUnavailable(f"running as root, and there is no {SUPERUSER!r} system user to run PostgreSQL as")
