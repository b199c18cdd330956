"""Fixtures of the frozen build's tests: the bundle (built once per session, cached by its inputs) and Xvfb."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.frozen.bundle import frozen_app


@pytest.fixture(scope="session")
def frozen() -> Path:
    """The frozen ``coopclient`` executable."""
    return frozen_app()


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private X display (``:N``), stopped at the end."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("the frozen build's tests need Debian's xvfb and xdotool (.ci/run installs them)")
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    try:
        yield ":" + xvfb.stdout.readline().decode().strip()
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
        xvfb.stdout.close()
