"""A real Label Studio 1.23.2 server for tests: installed once into a cached venv, run on loopback, stopped by PID.

See shared/anchors/platforms.md §1 and §5 for the API and the pitfalls this module works around: stray
``USERNAME``/``PASSWORD``/``PORT``/``HOST`` variables are read as settings, the default bind is 0.0.0.0, a busy
port makes the server silently move to the next one, and only SIGTERM stops it.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import fcntl
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

VERSION = "1.23.2"
ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "Admin12345!"
# The legacy API token of the admin, fixed so that a restarted server keeps it (40 characters like real ones).
ADMIN_TOKEN = "c00pc11e7700000000000000000000000000admn"
assert len(ADMIN_TOKEN) == 40

START_DEADLINE_S = 240.0
STOP_GRACE_S = 20.0
INIT_TIMEOUT_S = 180.0
_MARKER = ".coopclient-installed"
# The pinned set the server's venv installs from (a known-good pip freeze): an unpinned install of 1.23.2 took
# sentry-sdk 3.0.0 on 2026-12-07 and died at start. The venv's folder is named after the file's hash, so a
# changed pin set makes a new venv instead of reusing one installed from another set.
CONSTRAINTS = Path(__file__).resolve().parents[2] / "constraints" / "labelstudio.txt"
# Telemetry off: no Sentry (an empty DSN skips its set-up), no analytics, no version check. Tests never call home.
TELEMETRY_OFF = {
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
    "SENTRY_ENVIRONMENT": "",
    "COLLECT_ANALYTICS": "false",
    "LATEST_VERSION_CHECK": "false",
}
# Settings Label Studio would pick up from the environment (pitfall 2): removed from the server's environment.
_STRAY_VARS = ("USERNAME", "PASSWORD", "USER_TOKEN", "PORT", "HOST")
_STRAY_PREFIXES = ("LABEL_STUDIO_", "HEARTEX_")


def log(message: str) -> None:
    """Progress line on stderr (visible with ``pytest -s``)."""
    print(f"[label-studio harness] {message}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    """The folder holding the cached Label Studio venv: ``$COOPCLIENT_TEST_CACHE`` or ``~/.cache/coopclient-tests``."""
    configured = os.environ.get("COOPCLIENT_TEST_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "coopclient-tests"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (the kernel's choice for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``path``, so that two pytest processes do not install at the same time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file, for error messages."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _run_logged(cmd: list[str], log_path: Path, env: dict[str, str] | None = None, timeout: float = 1800) -> None:
    """Run ``cmd`` with its output appended to ``log_path``; raise with the log's tail if it fails."""
    with log_path.open("a") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        result = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[0]} {cmd[1]} failed ({result.returncode}); log {log_path}:\n{_tail(log_path)}")


def pins_digest() -> str:
    """The first 12 hex digits of the pinned set's SHA-256: names the venv installed from it."""
    return hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:12]


def pinned_versions() -> dict[str, str]:
    """The pinned set as ``{normalised name: version}``."""
    pins: dict[str, str] = {}
    for line in CONSTRAINTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[_normalise(name)] = version.strip()
    return pins


def installed_versions(venv: Path) -> dict[str, str]:
    """What the venv holds, as ``{normalised name: version}`` (``pip freeze``)."""
    out = subprocess.run(
        [str(venv / "bin" / "pip"), "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    ).stdout
    return {_normalise(n): v for n, _, v in (line.partition("==") for line in out.splitlines() if "==" in line)}


def _normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return "-".join(name.strip().lower().replace("_", "-").replace(".", "-").split("-"))


def _installed(venv: Path) -> bool:
    """True if a previous install from this pinned set finished and passed its import check."""
    marker = venv / _MARKER
    return marker.is_file() and marker.read_text().strip() == VERSION and (venv / "bin" / "label-studio").is_file()


def ensure_installed() -> Path:
    """Install ``label-studio==1.23.2`` from the pinned set into its own cached venv (once); return the venv.

    ``pip check`` must pass. The marker file is written only after pip succeeded and ``import label_studio``
    works, so an interrupted install is removed and redone. A file lock makes concurrent pytest processes wait
    for each other.
    """
    base = cache_root() / f"label-studio-{VERSION}-{pins_digest()}"
    venv = base / "venv"
    with _file_lock(base / "install.lock"):
        if _installed(venv):
            return venv
        if venv.exists():
            log(f"removing an unfinished install at {venv}")
            shutil.rmtree(venv)
        install_log = base / "install.log"
        log(f"installing label-studio=={VERSION} into {venv} (a few minutes, ~1 GB; log {install_log})")
        started = time.monotonic()
        pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        _run_logged([sys.executable, "-m", "venv", str(venv)], install_log)
        pip = str(venv / "bin" / "pip")
        _run_logged([pip, "install", "-c", str(CONSTRAINTS), f"label-studio=={VERSION}"], install_log, pip_env)
        _run_logged([pip, "check"], install_log, pip_env)
        _run_logged([str(venv / "bin" / "python"), "-c", "import label_studio"], install_log)
        (venv / _MARKER).write_text(VERSION + "\n")
        log(f"installed in {time.monotonic() - started:.0f} s")
    return venv


def clean_env(data_dir: Path) -> dict[str, str]:
    """The server's environment: ours minus stray settings, with a private HOME and the admin's credentials."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in _STRAY_VARS and not key.startswith(_STRAY_PREFIXES)
    }
    home = data_dir / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        LABEL_STUDIO_BASE_DATA_DIR=str(data_dir / "base"),
        **TELEMETRY_OFF,
        LABEL_STUDIO_USERNAME=ADMIN_EMAIL,
        LABEL_STUDIO_PASSWORD=ADMIN_PASSWORD,
        LABEL_STUDIO_USER_TOKEN=ADMIN_TOKEN,
    )
    return env


_PR_SET_PDEATHSIG = 1
_prctl: Any = None
with contextlib.suppress(OSError, AttributeError):
    _prctl = ctypes.CDLL(None, use_errno=True).prctl  # Linux; resolved here, not in the forked child


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM if the thread that started it dies (pytest killed with SIGKILL or
    SIGTERM, which skip ``atexit``). Start and restart the server from the main thread."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


_running: set[LabelStudioServer] = set()


@atexit.register
def _stop_all() -> None:
    """Safety net: stop any server a crashed or interrupted test session left running."""
    for server in list(_running):
        server.stop()


class LabelStudioServer:
    """One Label Studio server process on 127.0.0.1, with a SQLite database in ``data_dir``.

    ``extra_env`` adds settings after the clean-up, e.g. ``{"LABEL_STUDIO_TASK_LOCK_TTL": "5"}`` for a
    lock-expiry test on a server of its own.
    """

    def __init__(self, extra_env: dict[str, str] | None = None) -> None:
        self.extra_env = dict(extra_env or {})
        self.venv: Path | None = None
        self.data_dir: Path | None = None
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    # -- lifecycle ---------------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, without a trailing slash."""
        if self.port is None:
            raise RuntimeError("the server was never started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """The server's combined stdout/stderr log (appended to across restarts)."""
        return self._data_dir() / "label-studio.log"

    def _data_dir(self) -> Path:
        if self.data_dir is None:
            raise RuntimeError("the server was never started")
        return self.data_dir

    def _ls_dirs(self) -> tuple[Path, Path]:
        """Label Studio's data dir and database file."""
        ls_data = self._data_dir() / "ls-data"
        return ls_data, ls_data / "label_studio.sqlite3"

    def _executable(self) -> str:
        if self.venv is None:
            self.venv = ensure_installed()
        return str(self.venv / "bin" / "label-studio")

    def ensure_installed(self) -> Path:
        """Install Label Studio if needed (see the module function) and remember the venv."""
        self.venv = ensure_installed()
        return self.venv

    def start(self, data_dir: Path, port: int | None = None) -> None:
        """Start the server on a free loopback port (or ``port``) and wait until ``/health`` answers 200."""
        if self.process is not None:
            raise RuntimeError("already running")
        self.data_dir = data_dir
        self.port = port if port is not None else free_port()
        ls_data, database = self._ls_dirs()
        ls_data.mkdir(parents=True, exist_ok=True)
        cmd = [
            self._executable(),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--data-dir",
            str(ls_data),
            "--database",
            str(database),
            "--enable-legacy-api-token",
        ]
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        started = time.monotonic()
        log(f"starting on {self.url} (data {data_dir}, log {self.log_path})")
        with self.log_path.open("ab") as out:
            self.process = subprocess.Popen(
                cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**clean_env(data_dir), **self.extra_env},
                start_new_session=True,  # its own process group, stopped as a whole; no terminal SIGINT
                preexec_fn=_die_with_parent,  # dies with the pytest process, even on SIGKILL
            )
        _running.add(self)
        self.starts += 1
        try:
            self._wait_healthy(started + START_DEADLINE_S)
            self._check_port_in_log(log_offset)
        except BaseException:
            self.stop()
            raise
        log(f"ready in {time.monotonic() - started:.1f} s")

    def _wait_healthy(self, deadline: float) -> None:
        """Poll ``GET /health`` until 200, the process exits, or the deadline passes."""
        with httpx.Client(timeout=5) as client:
            while True:
                if self.process is None or self.process.poll() is not None:
                    raise RuntimeError(f"label-studio exited during start; log:\n{_tail(self.log_path)}")
                with contextlib.suppress(httpx.TransportError):
                    if client.get(f"{self.url}/health").status_code == 200:
                        return
                if time.monotonic() > deadline:
                    raise TimeoutError(f"label-studio not healthy on {self.url}; log:\n{_tail(self.log_path)}")
                time.sleep(0.5)  # harness polling, not a test assertion

    def _check_port_in_log(self, offset: int) -> None:
        """Pitfall 4: make sure the server we started serves this port and did not move to another one."""
        with self.log_path.open("rb") as handle:
            handle.seek(offset)
            text = handle.read().decode(errors="replace")
        if f"http://127.0.0.1:{self.port}/" not in text:
            raise RuntimeError(f"label-studio does not say it serves port {self.port}; log:\n{text[-3000:]}")

    def stop(self) -> None:
        """SIGTERM the server's process group, wait, and SIGKILL it after 20 s. Idempotent."""
        process, self.process = self.process, None
        _running.discard(self)
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                log("label-studio ignored SIGTERM for 20 s: SIGKILL")
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        # Children of the group (if any) that outlived the leader.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)

    def restart(self) -> None:
        """Stop and start again on the same port and data dir (a server that went away mid-batch)."""
        data_dir, port = self._data_dir(), self.port
        self.stop()
        self.start(data_dir, port=port)

    def add_member(self, email: str, password: str, token: str) -> None:
        """Create a second member of organization 1 with a legacy token, via ``label-studio init`` (§5)."""
        ls_data, database = self._ls_dirs()
        cmd = [
            self._executable(),
            "init",
            "--data-dir",
            str(ls_data),
            "--database",
            str(database),
            "--username",
            email,
            "--password",
            password,
            "--user-token",
            token,
            "-q",
        ]
        env = {**clean_env(self._data_dir()), **self.extra_env}
        _run_logged(cmd, self.log_path, env, timeout=INIT_TIMEOUT_S)

    # -- API helpers -------------------------------------------------------------------------------------------

    def client(self, token: str, timeout: float = 30.0, base_url: str | None = None) -> httpx.Client:
        """An httpx client with a legacy ``Token`` header, on the server or on ``base_url`` (a proxy in front
        of it); the caller closes it."""
        headers = {"Authorization": f"Token {token}"}
        return httpx.Client(base_url=base_url or self.url, headers=headers, timeout=timeout)

    def admin_client(self) -> httpx.Client:
        """An httpx client authenticated as the admin; the caller closes it."""
        return self.client(ADMIN_TOKEN)

    def _admin_request(self, method: str, path: str, **kwargs: Any) -> Any:
        """One admin request; raise on an error status and return the decoded JSON (None if no body)."""
        with self.admin_client() as client:
            response = client.request(method, path, **kwargs)
        if response.is_error:
            raise RuntimeError(f"{method} {path} → {response.status_code}: {response.text[:2000]}")
        return response.json() if response.content else None

    def create_project(self, title: str, label_config: str) -> int:
        """Create a project and return its id."""
        project = self._admin_request("POST", "/api/projects/", json={"title": title, "label_config": label_config})
        return int(project["id"])

    def import_tasks(self, project_id: int, tasks: list[dict[str, Any]]) -> None:
        """Import tasks (``[{"data": {...}}, ...]``) synchronously."""
        result = self._admin_request("POST", f"/api/projects/{project_id}/import", json=tasks)
        if result["task_count"] != len(tasks):
            raise RuntimeError(f"imported {result['task_count']} of {len(tasks)} tasks")

    def upload_image(self, project_id: int, png_bytes: bytes, name: str) -> int:
        """Upload a PNG as a file import, which makes one image task; return that task's id."""
        before = set(self.task_ids(project_id))
        files = {"file": (name, png_bytes, "image/png")}
        result = self._admin_request("POST", f"/api/projects/{project_id}/import", files=files)
        if result["task_count"] != 1:
            raise RuntimeError(f"uploading {name} made {result['task_count']} tasks")
        (task_id,) = set(self.task_ids(project_id)) - before
        return task_id

    def task_ids(self, project_id: int) -> list[int]:
        """Ids of all tasks of a project, in id order (without locking any)."""
        ids: list[int] = []
        with self.admin_client() as client:
            page = 1
            while True:
                params = {"project": project_id, "page": page, "page_size": 100}
                response = client.get("/api/tasks/", params=params)
                if response.status_code == 404:  # past the last page
                    break
                response.raise_for_status()
                tasks = response.json()["tasks"]
                ids.extend(task["id"] for task in tasks)
                if len(tasks) < 100:
                    break
                page += 1
        return sorted(ids)

    def annotations(self, task_id: int) -> list[dict[str, Any]]:
        """All annotations of a task, by anyone (read as the admin, bypassing any proxy)."""
        result: list[dict[str, Any]] = self._admin_request("GET", f"/api/tasks/{task_id}/annotations/")
        return result

    @staticmethod
    def make_pat(client: httpx.Client) -> str:
        """Create the Personal Access Token (a refresh JWT) of the client's user; a user can have only one."""
        response = client.post("/api/token/")
        if response.status_code == 409:
            raise RuntimeError("this user already has a PAT; it cannot be read back (platforms.md §1)")
        response.raise_for_status()
        return str(response.json()["token"])
