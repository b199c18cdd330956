"""argilla-server 2.8.0 in its own venv under the test cache (from ``constraints/argilla.txt``), so the Argilla
adapter's requests and the recorded answers are validated by the server's own pydantic models, not only by the
OpenAPI description generated from them. Nothing is started: the models are imported, no Elasticsearch or
Redis is needed. Telemetry off, a private HOME and ``ARGILLA_HOME_PATH`` (an import otherwise writes
``~/.argilla``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.labelstudio.server import _file_lock, _run_logged, cache_root, log

VERSION = "2.8.0"
HERE = Path(__file__).resolve().parent
CONSTRAINTS = HERE.parents[1] / "constraints" / "argilla.txt"
CHECK = HERE / "argilla_models_check.py"
_MARKER = ".coopclient-installed"

# The model of each request body and answer the adapter exchanges, by operation.
MODELS = {
    "GET /me": (None, "users.User"),
    "GET /me/datasets": (None, "datasets.Datasets"),
    "GET /datasets/{dataset_id}/fields": (None, "fields.Fields"),
    "GET /datasets/{dataset_id}/questions": (None, "questions.Questions"),
    "POST /me/datasets/{dataset_id}/records/search": ("records.SearchRecordsQuery", "records.SearchRecordsResult"),
    "POST /me/responses/bulk": ("responses.ResponsesBulkCreate", "responses.ResponsesBulk"),
}


def _digest() -> str:
    import hashlib

    return hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:12]


def ensure_installed() -> Path:
    """The venv with argilla-server==2.8.0 from the pinned set (installed once, ~1 min and 600 MB)."""
    base = cache_root() / f"argilla-server-{VERSION}-{_digest()}"
    venv = base / "venv"
    with _file_lock(base / "install.lock"):
        marker = venv / _MARKER
        if marker.is_file() and marker.read_text().strip() == VERSION:
            return venv
        if venv.exists():
            shutil.rmtree(venv)
        install_log = base / "install.log"
        log(f"installing argilla-server=={VERSION} into {venv} (log {install_log})")
        started = time.monotonic()
        pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        _run_logged([sys.executable, "-m", "venv", str(venv)], install_log)
        pip = str(venv / "bin" / "pip")
        _run_logged([pip, "install", "-c", str(CONSTRAINTS), f"argilla-server=={VERSION}"], install_log, pip_env)
        _run_logged([pip, "check"], install_log, pip_env)
        marker.write_text(VERSION + "\n")
        log(f"installed in {time.monotonic() - started:.0f} s")
    return venv


def validate(venv: Path, items: list[tuple[str, Any]]) -> list[list[str] | None]:
    """Each ``(model, payload)`` validated by argilla-server's model: None, or the errors."""
    home = venv.parent / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "ARGILLA_HOME_PATH": str(home / "argilla"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_OFFLINE": "1",
    }
    payload = json.dumps([{"model": model, "payload": body} for model, body in items])
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-P", "-W", "ignore", str(CHECK)],
        input=payload,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the model check failed: {done.stderr[-2000:]}")
    results: list[list[str] | None] = json.loads(done.stdout)
    return results
