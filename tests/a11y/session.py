"""A desktop session for the accessibility tests: a private D-Bus, Xvfb, the AT-SPI bus, the real app.

Everything is started here and stopped at the end, on loopback and a private X display, so the tests need
nothing of the machine but Debian's `xvfb`, `xdotool`, `dbus` (`dbus-daemon`), `at-spi2-core` and
`python3-pyatspi` (installed by `.ci/run`). The walker runs under the system Python, where pyatspi lives.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

WALKER = Path(__file__).with_name("walker.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
NEEDED = "xvfb xdotool dbus at-spi2-core python3-pyatspi"


def missing_tools() -> list[str]:
    """What of the session's programs this machine lacks (empty when all are there)."""
    missing = [tool for tool in ("Xvfb", "xdotool", "dbus-daemon") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append(str(BUS_LAUNCHER))
    has_pyatspi = SYSTEM_PYTHON.exists() and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    if not has_pyatspi:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


@dataclass
class Session:
    """A running app on a private display and accessibility bus."""

    env: dict[str, str]
    app: subprocess.Popen[bytes]

    def walk(self, *command: str) -> object:
        """The walker's JSON answer to one command (see walker.py); its error output on failure."""
        done = subprocess.run(
            [SYSTEM_PYTHON, WALKER, *command], env=self.env, capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            raise AssertionError(f"walker {' '.join(command)} failed: {done.stderr.strip()}")
        return json.loads(done.stdout)

    def keys(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", *keys], env=self.env, check=True, timeout=30)


def _started(stack: ExitStack, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def stop() -> None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    stack.callback(stop)
    return process


def _first_line(process: subprocess.Popen[bytes], what: str) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().decode().strip()
    if not line:
        raise RuntimeError(f"{what} did not start")
    return line


@contextmanager
def desktop_session(
    data_dir: Path, imports: Sequence[Sequence[str]] = (), language: str = "en", demo: bool = True
) -> Iterator[Session]:
    """The app with the demo batch (unless `demo` is False: the folder is ready) and `imports` (more
    `coopclient` commands) run first, its accessibility always on, in a session of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "DISPLAY", "QT_QPA"))}
    env.update(LANGUAGE=language, LANG="C.UTF-8", NO_AT_BRIDGE="0")
    with ExitStack() as stack:
        bus = _started(stack, ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env)
        env["DBUS_SESSION_BUS_ADDRESS"] = _first_line(bus, "dbus-daemon")
        xvfb = _started(stack, ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"], env)
        env["DISPLAY"] = ":" + _first_line(xvfb, "Xvfb")
        _started(stack, [str(BUS_LAUNCHER), "--launch-immediately"], env)
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        cli = [sys.executable, "-m", "coopclient", "--data-dir", str(data_dir)]
        for command in ([["import-demo"]] if demo else []) + [list(c) for c in imports]:
            subprocess.run([*cli, *command], env=app_env, check=True, capture_output=True, timeout=120)
        app = _started(stack, cli, app_env)
        yield Session(env=env, app=app)
