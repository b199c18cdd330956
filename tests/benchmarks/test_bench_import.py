"""Importing a 100,000-line JSONL batch: under 5 s and under 200 MB peak memory.

Runs the real command in a fresh process, ``python -m coopclient import-batch FILE --data-dir D --config X
--rate "0.04 EUR per task"``, three times with fresh data folders, and measures its wall time and its peak
resident memory (``ru_maxrss`` of that child, from ``os.wait4``; KiB on Linux). Baseline in the same run: a
process that only parses the file, ``[json.loads(l) for l in open(FILE)]``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopclient.storage.db import DB_FILENAME
from tests.benchmarks._timing import median, report_line

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory is read with os.wait4 (POSIX)"),
]

LINES = 100_000
RUNS = 3
TARGET_S = 5.0
TARGET_PEAK_MB = 200.0  # MB of 10**6 bytes
CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="s" toName="text">'
    '<Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
PHRASES = (
    "the delivery arrived late but the blender works well and my family uses it every morning",
    "service was friendly though the box was dented; réparation rapide, très bien! habari nzuri sana",
    "battery lasts all night and charges in one afternoon, would buy again from this shop",
)
WORDS = [word for phrase in PHRASES for word in phrase.split()]
BASELINE = "import json, sys; [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]"


def _write_batch(path: Path) -> None:
    rng = random.Random(100_000)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for n in range(1, LINES + 1):
            words: list[str] = []
            while sum(len(w) + 1 for w in words) < 150:
                words.append(rng.choice(WORDS))
            text = " ".join(words).capitalize() + "."
            out.write(json.dumps({"id": n, "data": {"text": text}}, ensure_ascii=False) + "\n")


def _run_measured(args: list[str], log: Path, env: dict[str, str]) -> tuple[float, int]:
    """Run a process to its end; returns its wall time in seconds and its peak RSS in KiB."""
    with log.open("wb") as out:
        start = time.perf_counter()
        with subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env) as proc:
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, f"{args} exited with {proc.returncode}:\n{log.read_text(errors='replace')}"
    return elapsed, usage.ru_maxrss


def _mb(kib: int) -> float:
    return kib * 1024 / 1e6


def test_import_100k_lines_under_5s_and_200mb(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    _write_batch(batch)
    config = tmp_path / "batch.xml"
    config.write_text(CONFIG, encoding="utf-8")
    # Should --data-dir ever be ignored, the import would land in this folder, not in the member's own store.
    decoy = tmp_path / "not-this-store"
    env = {**os.environ, "COOPCLIENT_DATA_DIR": str(decoy)}

    times, peaks = [], []
    for run in range(RUNS):
        data_dir = tmp_path / f"data-{run}"
        log = tmp_path / f"import-{run}.log"
        # --data-dir after the subcommand: given before it, the CLI currently drops it (see test_bench_report).
        args = [sys.executable, "-m", "coopclient", "import-batch", str(batch), "--data-dir", str(data_dir)]
        args += ["--config", str(config), "--rate", "0.04 EUR per task"]
        elapsed, peak = _run_measured(args, log, env)
        times.append(elapsed)
        peaks.append(peak)
        assert f"imported {LINES} tasks" in log.read_text(encoding="utf-8")
        with contextlib.closing(sqlite3.connect(str(data_dir / DB_FILENAME))) as conn:
            assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == LINES
    assert not decoy.exists()

    base_times, base_peaks = [], []
    for run in range(RUNS):
        elapsed, peak = _run_measured([sys.executable, "-c", BASELINE, str(batch)], tmp_path / f"base-{run}.log", env)
        base_times.append(elapsed)
        base_peaks.append(peak)

    t50, peak_mb = median(times), _mb(max(peaks))
    b50 = median(base_times)
    report_line(
        "import",
        f"{LINES:,}-line JSONL ({batch.stat().st_size / 1e6:.1f} MB), python -m coopclient import-batch, n={RUNS}",
        f"median {t50:.2f} s (max {max(times):.2f} s), peak RSS max {peak_mb:.1f} MB",
        f"target < {TARGET_S:.0f} s and < {TARGET_PEAK_MB:.0f} MB",
        f"baseline json.loads-only process median {b50:.2f} s, peak RSS {_mb(max(base_peaks)):.1f} MB",
        f"ratio of medians import/baseline {t50 / b50:.2f}x",
        "PASS" if t50 < TARGET_S and peak_mb < TARGET_PEAK_MB else "FAIL",
    )
    assert t50 < TARGET_S, f"import median {t50:.2f} s, target < {TARGET_S:.0f} s"
    assert peak_mb < TARGET_PEAK_MB, f"import peak RSS {peak_mb:.1f} MB, target < {TARGET_PEAK_MB:.0f} MB"
