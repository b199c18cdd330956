"""cvat-sdk 2.80.0 in its own venv under the test cache (from ``constraints/cvat.txt``): its generated API client
is the contract the CVAT adapter's requests and the recorded answers are checked against
(``cvat_sdk_check.py``). CVAT's server itself runs only on Docker Compose, which this machine has not.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.labelstudio.server import _file_lock, _run_logged, cache_root, log

VERSION = "2.80.0"
HERE = Path(__file__).resolve().parent
CONSTRAINTS = HERE.parents[1] / "constraints" / "cvat.txt"
CHECK = HERE / "cvat_sdk_check.py"
_MARKER = ".coopclient-installed"


def ensure_installed() -> Path:
    """The venv with cvat-sdk==2.80.0 from the pinned set (installed once, ~20 s and 64 MB)."""
    digest = hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:12]
    base = cache_root() / f"cvat-sdk-{VERSION}-{digest}"
    venv = base / "venv"
    with _file_lock(base / "install.lock"):
        marker = venv / _MARKER
        if marker.is_file() and marker.read_text().strip() == VERSION:
            return venv
        if venv.exists():
            shutil.rmtree(venv)
        install_log = base / "install.log"
        log(f"installing cvat-sdk=={VERSION} into {venv} (log {install_log})")
        started = time.monotonic()
        pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        _run_logged([sys.executable, "-m", "venv", str(venv)], install_log)
        pip = str(venv / "bin" / "pip")
        _run_logged([pip, "install", "-c", str(CONSTRAINTS), f"cvat-sdk=={VERSION}"], install_log, pip_env)
        _run_logged([pip, "check"], install_log, pip_env)
        marker.write_text(VERSION + "\n")
        log(f"installed in {time.monotonic() - started:.0f} s")
    return venv


class RecordingTransport(httpx.BaseTransport):
    """Hands each request to the recorded server and keeps the exchange for the contract check."""

    def __init__(self, handler: Any) -> None:
        self.handler = handler
        self.exchanges: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        status, answer = self.handler(request)
        binary = isinstance(answer, bytes)
        self.exchanges.append(
            {
                "method": request.method,
                "path": request.url.path,
                "query": list(request.url.params.multi_items()),
                "body": json.loads(request.content) if request.content else None,
                "status": status,
                "answer": None if binary else answer,
            }
        )
        headers = {"content-type": "image/png" if binary else "application/vnd.cvat+json"}
        content = answer if binary else json.dumps(answer).encode()
        return httpx.Response(status, content=content, headers=headers)


def check(venv: Path, exchanges: list[dict[str, Any]]) -> list[str]:
    """Every problem cvat-sdk's API description finds in ``exchanges`` (an empty list: all valid)."""
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(venv.parent)}
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-P", "-W", "ignore", str(CHECK)],
        input=json.dumps(exchanges),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the cvat-sdk check failed: {done.stderr[-2000:]}")
    return [problem for problems in json.loads(done.stdout) for problem in problems]
