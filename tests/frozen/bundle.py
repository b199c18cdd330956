"""The frozen build for the tests: ``packaging/build.sh``, cached under ``$COOPCLIENT_TEST_CACHE`` by a hash of
its inputs (the package, the resources, the spec, the build script, the pins), so that an unchanged tree is
built once; an empty cache builds from nothing (about two minutes on two cores).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# What packaging/build.sh reads (not packaging/linux: the desktop files are not in the bundle).
INPUTS = (
    "coopclient",
    "resources",
    "packaging/build.sh",
    "packaging/coopclient.spec",
    "packaging/entry.py",
    "constraints",
    "pyproject.toml",
)
BUILD_TIMEOUT_S = 1800


def cache_root() -> Path:
    """``$COOPCLIENT_TEST_CACHE`` or ``~/.cache/coopclient-tests`` (as the Label Studio tests)."""
    configured = os.environ.get("COOPCLIENT_TEST_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "coopclient-tests"


def inputs_hash() -> str:
    """A digest of every file the build reads (names and bytes), caches and build leftovers excluded."""
    digest = hashlib.sha256()
    for name in INPUTS:
        top = REPO / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            rel = path.relative_to(REPO).as_posix()
            if "__pycache__" in rel or ".venv-build" in rel:
                continue
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def frozen_app() -> Path:
    """The frozen ``coopclient`` executable for the current tree, built now if the cache lacks it."""
    root = cache_root() / "frozen"
    target = root / inputs_hash()
    executable = target / "coopclient" / "coopclient"
    if executable.exists():
        return executable
    building = root / f"building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    env = dict(os.environ, COOPCLIENT_BUILD_VENV=str(root / "venv"), COOPCLIENT_BUILD_WORK=str(building / "work"))
    done = subprocess.run(
        [str(REPO / "packaging" / "build.sh"), str(building / "dist")],
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"packaging/build.sh failed ({done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
        )
    # Moved into place whole, so an interrupted build never leaves a half bundle where the next run looks.
    shutil.rmtree(target, ignore_errors=True)
    (building / "dist").rename(target)
    shutil.rmtree(building, ignore_errors=True)
    return executable
