"""Running the frozen app as a member would: the command line, the window (offscreen or on an X display)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

DEADLINE_S = 60.0


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without this venv's traces (a member's machine has no PYTHONPATH or VIRTUAL_ENV)."""
    drop = ("PYTHON", "VIRTUAL_ENV", "QT_", "DISPLAY", "LD_LIBRARY_PATH")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(LANG="C.UTF-8", LANGUAGE="en", **extra)
    return env


def run(exe: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """One command of the frozen binary, its output captured."""
    return subprocess.run(
        [str(exe), *args], env=clean_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=timeout
    )


def wait_for(what: str, done: Callable[[], bool], deadline_s: float = DEADLINE_S) -> None:
    """Poll ``done`` until true, else fail naming ``what`` (a deadline against a hang, not a sleep for a result)."""
    end = time.monotonic() + deadline_s
    while not done():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM (the app's clean end, ui/session_end) and its exit code."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError("the frozen app did not end on SIGTERM") from None


def visible_window(display: str, pid: int) -> str | None:
    """The id of the process's visible top-level window on ``display``, if mapped yet."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "coopclient"],
        env=clean_env(DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=30,
    )
    ids = found.stdout.split()
    return ids[0] if ids else None


def distinct_colours(png: Path) -> int:
    """How many colours a screenshot has, on a grid of samples (an unpainted window is one colour)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png}: not an image"
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})
