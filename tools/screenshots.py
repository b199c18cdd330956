"""The README's screenshots, taken from the real app by real key presses (issue 11).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots]

Starts Xvfb at 1366×768, makes a throwaway data folder with the demo batches, a wage floor and a 30 s idle
threshold (the lowest the settings allow: the idle dialog is reached by waiting that long, not by faking
time), starts ``coopclient`` on it and drives it with ``xdotool`` to each screen in :data:`SCREENS`, grabbing
the screen with ImageMagick's ``import``. The consent and *What I share* views need an enrolled member, so
they come from the ledger tests' fakes (``python -m tests.ui.test_ledger_ui``), run first.
Needs ``Xvfb``, ``xdotool`` and ImageMagick. ``tests/unit/test_screenshots_list.py`` checks that every image the
README shows is in :data:`SCREENS`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
LEDGER_FAKES = "ledger fakes"  # made by tests/ui/test_ledger_ui.py's script, with an enrolled fake member


@dataclass(frozen=True)
class Screen:
    """One screenshot: its file, what it shows, and the keys that lead to it from the previous screen."""

    file: str
    shows: str
    keys: tuple[str, ...] = ()
    window: str | None = None  # the title of the dialog to wait for, if it is one
    source: str = "app"


SCREENS = (
    Screen("main-window.png", "the task list, a sentiment task, earnings against the floor", ("1",)),
    Screen("earnings-panel.png", "the earnings panel's verdict after a few tasks", ()),
    Screen(
        "named-entities.png",
        "a named-entities task with a span labelled",
        # "14 March 2024" selected word by word, then DATE's key (a digit names no label here: one did once)
        ("ctrl+b", "Down", "Down", "Down", "Down", "Return", "ctrl+j", "ctrl+Right")
        + ("ctrl+shift+Right",) * 3
        + ("d",),
    ),
    Screen("settings.png", "the settings", ("ctrl+comma",), window="Settings"),
    Screen("outbox.png", "the outbox", ("Escape", "alt+p", "o"), window="Outbox"),
    Screen(
        "ledger-compare-before.png",
        "Compare platforms before joining",
        ("Escape", "alt+c", "c"),
        window="Compare platforms",
    ),
    Screen("idle-dialog.png", "back from idle: keep, discard or move the time", (), window="Welcome back"),
    Screen("ledger-consent.png", "consent before the first sync", source=LEDGER_FAKES),
    Screen("ledger-what-i-share.png", "what I share", source=LEDGER_FAKES),
    Screen("ledger-compare.png", "Compare platforms with published figures", source=LEDGER_FAKES),
)


def main(argv: list[str] | None = None) -> int:
    """Write every screenshot of :data:`SCREENS` into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([python, "-m", "tests.ui.test_ledger_ui"], cwd=ROOT, env=env, check=True)
    with tempfile.TemporaryDirectory() as folder, _xvfb() as display:
        data = Path(folder) / "data"
        _prepare(python, data)
        _drive(python, data, display, out)
    return 0


def _prepare(python: str, data: Path) -> None:
    """The demo, a wage floor (for the verdict) and the idle threshold, through the command line."""
    for args in (
        ["import-demo"],
        ["floor", "set", "15", "EUR"],  # the demo pays in EUR: one currency, no exchange rate needed
        ["settings", "set", "idle_threshold_s", "30"],
    ):
        subprocess.run([python, "-m", "coopclient", "--data-dir", str(data), *args], check=True, cwd=ROOT)


class _xvfb:
    """An Xvfb server at :data:`SIZE` for the time of a ``with`` block; gives its display."""

    def __enter__(self) -> str:
        screen = f"{SIZE[0]}x{SIZE[1]}x24"
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", screen, "-nolisten", "tcp"], stdout=subprocess.PIPE
        )
        assert self.process.stdout is not None
        return f":{self.process.stdout.readline().decode().strip()}"

    def __exit__(self, *_exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _drive(python: str, data: Path, display: str, out: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen([python, "-m", "coopclient", "--data-dir", str(data)], cwd=ROOT, env=env)
    try:
        xdo = _xdotool(env)
        window = xdo("search", "--sync", "--name", "coopclient").split()[0]
        xdo("windowsize", window, str(SIZE[0]), str(SIZE[1]))
        xdo("windowmove", window, "0", "0")
        xdo("windowfocus", "--sync", window)  # no window manager under Xvfb: focus, not activate
        time.sleep(12)  # the store opened and the first rows shown, on a loaded machine (nothing to ask)
        for screen in SCREENS:
            if screen.source != "app":
                continue
            if screen.file == "earnings-panel.png":
                _work_a_few_tasks(xdo)
            if screen.file == "idle-dialog.png":
                xdo("key", "Escape")  # the dialog before it closes first, so that the return is on the window
                xdo("windowfocus", "--sync", window)
                time.sleep(50)  # past the 30 s threshold at a 15 s heartbeat (up to 45 s); the next key is the return
                xdo("key", "space")
            for key in screen.keys:
                xdo("key", key)
                time.sleep(0.4)
                if key == "Escape":  # no window manager gives the focus back to the window: the script does
                    xdo("windowfocus", "--sync", window)
            if screen.window is not None and not _focus(xdo, screen.window):
                print(f"not reached: {screen.file} (no window {screen.window!r})", file=sys.stderr)
                continue
            time.sleep(1.5)  # the dialog or view painted, its background reads shown
            subprocess.run(["import", "-window", "root", str(out / screen.file)], env=env, check=True)
            print(out / screen.file)
        xdo("key", "Escape")
    finally:
        app.terminate()
        app.wait(timeout=30)


def _focus(xdo: Callable[..., str], title: str) -> bool:
    """Wait (up to 20 s) for a window titled ``title`` and give it the focus, as a window manager would."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            found = xdo("search", "--onlyvisible", "--name", title).split()
        except subprocess.CalledProcessError:  # xdotool exits 1 while nothing matches
            found = []
        if found:
            xdo("windowfocus", "--sync", found[0])
            return True
        time.sleep(0.5)
    return False


def _work_a_few_tasks(xdo: Callable[..., str]) -> None:
    """Answer and submit a few sentiment tasks, a few seconds each, so the panel has time and a verdict."""
    for key in ("1", "2", "3", "1"):
        time.sleep(2)
        xdo("key", key)
        xdo("key", "ctrl+Return")
    time.sleep(16)  # past a heartbeat: the figures read again


def _xdotool(env: dict[str, str]) -> Callable[..., str]:
    def run(*args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=True, timeout=60)
        return done.stdout

    return run


if __name__ == "__main__":
    raise SystemExit(main())
