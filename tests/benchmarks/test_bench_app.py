"""Desktop app benchmarks (issue 3): cold start against a bare QMainWindow, submit → next task, and peak
memory with a 100,000-task batch open. Run with ``-m benchmark -s``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.benchmarks._timing import median, percentile, report_line

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7


def _start(*args: str) -> tuple[float, float, float, float]:
    """(ms to window shown, ms to services attached, wall ms of the whole process, peak RSS MiB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks._start_app", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - began) * 1000
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, err
    shown, attached = (float(x) for x in out.strip().splitlines()[-1].split())
    return shown, attached, wall, usage.ru_maxrss / 1024


@pytest.mark.benchmark
def test_bench_cold_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "coopclient", "--data-dir", str(data), "import-demo"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    _start("app", str(data))  # warm the OS file cache once for both
    _start("bare")
    bare, app = [], []
    for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
        bare.append(_start("bare"))
        app.append(_start("app", str(data)))
    bare_ms, app_ms = median([b[0] for b in bare]), median([a[0] for a in app])
    usable_ms = median([a[1] for a in app])
    ratio = app_ms / bare_ms
    report_line(
        "cold-start",
        f"to window shown, n={RUNS}: app median {app_ms:.0f} ms, bare QMainWindow median {bare_ms:.0f} ms",
        f"app usable (store open, pane and panel attached) median {usable_ms:.0f} ms",
        f"peak RSS app {max(a[3] for a in app):.0f} MiB, bare {max(b[3] for b in bare):.0f} MiB",
        f"ratio app/bare {ratio:.2f}x | target <= 1.5x | {'PASS' if ratio <= 1.5 else 'FAIL'}",
    )
    assert ratio <= 1.5


@pytest.mark.benchmark
def test_bench_submit_to_next_task(qtbot: QtBot, tmp_path: Path) -> None:
    from coopclient.app import build
    from coopclient.ui.main_window import MainWindow

    services = build(tmp_path / "data")
    services.batches.import_demo()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.work.current is not None, timeout=10_000)
    samples = []
    for i in range(11):  # the sentiment batch: 12 tasks
        current = window.work.current
        assert current is not None

        def next_is_ahead(following: int = current.task.id + 1) -> bool:
            return following in window.work._ahead

        qtbot.waitUntil(next_is_ahead, timeout=10_000)
        qtbot.keyClick(window, "123"[i % 3])
        began = time.perf_counter_ns()
        assert window.work.submit()
        shown = window.work.current
        samples.append(time.perf_counter_ns() - began)
        assert shown is not None and shown.task.id == current.task.id + 1
    qtbot.waitUntil(lambda: window.ops.busy == 0, timeout=10_000)
    window.close()
    p95 = percentile(samples, 95) / 1e6
    report_line(
        "submit-to-next",
        f"text tasks, n={len(samples)}: median {median(samples) / 1e6:.2f} ms, "
        f"p95 {p95:.2f} ms | target p95 < 16 ms | {'PASS' if p95 < 16 else 'FAIL'}",
    )
    assert p95 < 16


@pytest.mark.benchmark
def test_bench_memory_with_100k_tasks(tmp_path: Path) -> None:
    batch = tmp_path / "big.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for n in range(100_000):
            out.write(json.dumps({"id": n, "data": {"text": f"Review {n}: " + "the delivery was fine " * 6}}) + "\n")
    config = tmp_path / "big.xml"
    config.write_text(
        '<View><Text name="text" value="$text"/><Choices name="s" toName="text">'
        '<Choice value="Positive"/><Choice value="Negative"/></Choices></View>',
        encoding="utf-8",
    )
    data = tmp_path / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "coopclient",
            "--data-dir",
            str(data),
            "import-batch",
            str(batch),
            "--config",
            str(config),
            "--rate",
            "0.01 EUR per task",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    shown, _attached, wall, rss = _start("app", str(data), "select")
    report_line(
        "memory-100k",
        f"window with a 100,000-task batch open: peak RSS {rss:.0f} MiB, shown after "
        f"{shown:.0f} ms, process {wall:.0f} ms | target < 300 MB | {'PASS' if rss * 1.048576 < 300 else 'FAIL'}",
    )
    assert rss * 1.048576 < 300
