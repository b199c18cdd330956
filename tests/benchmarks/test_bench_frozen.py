"""The frozen build's cold start and size (issue 16): the same window, started from the bundle and from the
venv, interleaved in one run under Xvfb; the measure is from the process's launch to its main window mapped
(xdotool sees it visible), the same for both. A new process each time, on a warm page cache: dropping the
cache ten times would slow every other process of a shared machine (test_bench_startup.py measures cold).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks._timing import median, report_line
from tests.frozen.bundle import frozen_app
from tests.frozen.frozen_session import clean_env, stop, visible_window

pytestmark = pytest.mark.benchmark
RUNS = 5
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def display() -> Iterator[str]:
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    yield ":" + xvfb.stdout.readline().decode().strip()
    xvfb.terminate()
    xvfb.wait(timeout=10)
    xvfb.stdout.close()


def _start_ms(argv: list[str], data: Path, display: str) -> float:
    """Milliseconds from launch to the window mapped, then a clean stop."""
    started = time.perf_counter()
    app = subprocess.Popen(
        [*argv, "--data-dir", str(data)],
        cwd=REPO,
        env=clean_env(QT_QPA_PLATFORM="xcb", DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while visible_window(display, app.pid) is None:
            assert app.poll() is None, "the app ended before showing its window"
            assert time.perf_counter() - started < 120, "no window after 120 s"
        return (time.perf_counter() - started) * 1000
    finally:
        stop(app)


def test_frozen_cold_start_against_the_venv(tmp_path: Path, display: str) -> None:
    frozen = frozen_app()
    data = tmp_path / "data"
    subprocess.run(
        [str(frozen), "--data-dir", str(data), "import-demo"], env=clean_env(), check=True, capture_output=True
    )
    venv = [sys.executable, "-m", "coopclient"]
    samples: dict[str, list[float]] = {"frozen": [], "venv": []}
    for _ in range(RUNS):
        for name, argv in (("frozen", [str(frozen)]), ("venv", venv)):
            samples[name].append(_start_ms(argv, data, display))
    size = sum(p.stat().st_size for p in frozen.parent.rglob("*") if p.is_file() and not p.is_symlink())
    ratio = median(samples["frozen"]) / median(samples["venv"])
    report_line(
        "frozen_start",
        f"warm page cache, n={RUNS}, launch to window mapped",
        f"frozen median {median(samples['frozen']):.0f} ms",
        f"venv median {median(samples['venv']):.0f} ms",
        f"ratio {ratio:.2f}x",
        f"bundle {size / 1e6:.0f} MB",
    )
    assert ratio <= 1.2, samples
