"""Crash test: a member's process is killed with SIGKILL at random instants, many times.

After each restart: no committed result is lost or duplicated, no piece rate is paid twice, the store is
intact and its per-day totals agree with the spans, and the time lost is at most one heartbeat interval.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.services.container import Services
from tests.fakes import T0, FakeClock

ROOT = Path(__file__).resolve().parents[2]
HEARTBEAT_MS = 15_000
KILLS = 25


def run_and_kill(data: Path, start_ms: int, lines_before_kill: int) -> list[str]:
    """Start the worker, read some of its lines, SIGKILL it, then read what it had flushed until death."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_worker", str(data), str(start_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines = []
    for _ in range(lines_before_kill):
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    # Read through the same buffered file object: communicate() would skip what readline() buffered.
    lines += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.wait(timeout=60) == -signal.SIGKILL, err
    return lines


@pytest.mark.slow
def test_sigkill_at_random_instants_loses_no_result_and_at_most_one_heartbeat(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    data = tmp_path / "data"
    acknowledged: dict[int, int] = {}  # task -> highest version the worker reported committed
    start = T0
    for _ in range(KILLS):
        lines = run_and_kill(data, start, rng.randint(1, 80))
        times = [int(line.split()[1]) for line in lines if line.startswith("T ")]
        for line in lines:
            if line.startswith("R "):
                _, task, version = line.split()
                acknowledged[int(task)] = max(acknowledged.get(int(task), 0), int(version))
        s = build(data, clock=FakeClock(wall_ms=(times[-1] if times else start) + 60_000), ids=counting_ids())
        try:
            recovered = s.timer.recover()
            check_store(s, acknowledged)
            if times:
                assert len(recovered) == 1
                last_span_end = s.db.execute("SELECT max(end_ms) FROM activity_spans").fetchone()[0]
                lost = times[-1] - (last_span_end or times[0])
                assert 0 <= lost <= HEARTBEAT_MS, f"lost {lost} ms of work: {lines[-6:]}, end {last_span_end}"
        finally:
            s.close()
        start = (times[-1] if times else start) + 120_000
    # The worker got far enough, often enough, for the checks above to mean something.
    assert sum(acknowledged.values()) > 3 * KILLS


def check_store(s: Services, acknowledged: dict[int, int]) -> None:
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    versions = dict(s.db.execute("SELECT task_id, version FROM results").fetchall())
    for task, version in acknowledged.items():
        # A commit may land just before the kill, unreported: the store may be one version ahead.
        assert versions.get(task, 0) in (version, version + 1), f"task {task}: {versions.get(task)} vs {version}"
    paid = s.db.execute("SELECT task_id, count(*) FROM earnings WHERE kind = 'piece_rate' GROUP BY task_id").fetchall()
    assert all(n == 1 for _, n in paid)
    assert {t for t, _ in paid} == set(versions)
    direct = s.db.execute("SELECT coalesce(sum(end_ms - start_ms), 0) FROM activity_spans").fetchone()[0]
    rolled = s.db.execute("SELECT coalesce(sum(ms), 0) FROM time_rollup WHERE bucket != '~gap'").fetchone()[0]
    assert direct == rolled
    open_sessions = s.db.execute("SELECT count(*) FROM work_sessions WHERE state = 'open'").fetchone()[0]
    assert open_sessions == 0
