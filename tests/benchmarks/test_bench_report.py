"""``coopclient report`` over one year of synthetic data (1,000,000 activity spans, 200,000 tasks): under 300 ms.

Times the real command end to end, in-process (argument parsing, opening the store, the report, the JSON on
stdout), on a copy of a generated year (see ``_year_data.py``; generated once, then cached). Baseline in the same
run: a bare ``SELECT sum(end_ms - start_ms) FROM activity_spans`` over the same file (connect, scan, close), the
least a report that scanned the spans would cost.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coopclient.cli import main
from coopclient.core.wages import hours
from coopclient.storage.db import DB_FILENAME
from tests.benchmarks._timing import median, ms, report_line
from tests.benchmarks._year_data import SPANS, TASKS, cached_year_dir

pytestmark = pytest.mark.benchmark

RUNS = 7
TARGET_MS = 300.0


def _run_report(data_dir: Path, *extra: str) -> tuple[int, Any]:
    """Run ``coopclient report ... --json`` in-process; returns the nanoseconds taken and the parsed output."""
    out = io.StringIO()
    # --data-dir goes after the subcommand: given before it, the CLI currently drops it (the subparser's
    # default None overwrites it) and falls back to $COOPCLIENT_DATA_DIR or the user's real data folder.
    args = ["report", "--data-dir", str(data_dir), *extra, "--json"]
    start = time.perf_counter_ns()
    with contextlib.redirect_stdout(out):
        code = main(args)
    elapsed = time.perf_counter_ns() - start
    assert code == 0, f"coopclient {' '.join(args)} exited with {code}"
    return elapsed, json.loads(out.getvalue())


def _bare_sum(db_path: Path) -> tuple[int, int]:
    """Connect, sum every span's duration, close; returns the nanoseconds taken and the sum."""
    start = time.perf_counter_ns()
    with contextlib.closing(sqlite3.connect(str(db_path))) as conn:
        total = conn.execute("SELECT sum(end_ms - start_ms) FROM activity_spans").fetchone()[0]
    return time.perf_counter_ns() - start, int(total)


def _counted_annotating_ms(db_path: Path) -> int:
    """What the report must show as annotating time, straight from the spans (active, plus idle kept)."""
    with contextlib.closing(sqlite3.connect(str(db_path))) as conn:
        row = conn.execute(
            "SELECT sum(end_ms - start_ms) FROM activity_spans WHERE category = 'annotating' AND "
            "(state = 'active' OR idle_decision IN ('keep', 'reassign'))"
        ).fetchone()
    return int(row[0])


def test_report_one_year_under_300ms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir, generated_s = cached_year_dir()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db_path = data_dir / DB_FILENAME
    shutil.copyfile(cache_dir / DB_FILENAME, db_path)  # the cached store stays untouched
    # Should --data-dir ever be ignored, the command would open this empty folder, not the member's own store.
    decoy = tmp_path / "not-this-store"
    monkeypatch.setenv("COOPCLIENT_DATA_DIR", str(decoy))
    try:
        with contextlib.closing(sqlite3.connect(str(db_path))) as conn:
            spans, tasks, entries = conn.execute(
                "SELECT (SELECT count(*) FROM activity_spans), (SELECT count(*) FROM tasks), "
                "(SELECT count(*) FROM earnings)"
            ).fetchone()
        assert (spans, tasks) == (SPANS, TASKS)

        _run_report(data_dir)  # warm-up (imports already done; the file is in the page cache after the copy)
        plain = [_run_report(data_dir) for _ in range(RUNS)]
        monthly = [_run_report(data_dir, "--by", "month") for _ in range(RUNS)]
        _bare_sum(db_path)
        bare = [_bare_sum(db_path) for _ in range(RUNS)]

        # The report read this store, and its totals agree with the spans (the rollups are in step).
        report = plain[-1][1]
        expected = str(hours(_counted_annotating_ms(db_path)).quantize(Decimal("0.0001")))
        assert report["totals"]["hours"]["by_category"]["annotating"] == expected
        assert len(monthly[-1][1]["rows"]) == 12
        assert not decoy.exists()
    finally:
        db_path.unlink(missing_ok=True)  # a 270 MB copy: do not leave it in pytest's kept temp folders

    plain_ns = [ns for ns, _ in plain]
    monthly_ns = [ns for ns, _ in monthly]
    bare_ns = [ns for ns, _ in bare]
    p50, m50, b50 = ms(median(plain_ns)), ms(median(monthly_ns)), ms(median(bare_ns))
    cache = "cached store" if generated_s is None else f"store generated in {generated_s:.0f} s"
    report_line(
        "report",
        f"{spans:,} spans, {tasks:,} tasks, {entries:,} earnings over 365 days ({cache})",
        f"report --json median {p50:.1f} ms (min {ms(min(plain_ns)):.1f}, max {ms(max(plain_ns)):.1f}, n={RUNS})",
        f"report --by month --json median {m50:.1f} ms (max {ms(max(monthly_ns)):.1f})",
        f"target median < {TARGET_MS:.0f} ms",
        f"baseline bare SELECT sum(end_ms - start_ms) median {b50:.1f} ms",
        f"ratio report/bare {p50 / b50:.2f}x, by-month/bare {m50 / b50:.2f}x",
        "PASS" if p50 < TARGET_MS and m50 < TARGET_MS else "FAIL",
    )
    assert p50 < TARGET_MS, f"report median {p50:.1f} ms, target < {TARGET_MS:.0f} ms"
    assert m50 < TARGET_MS, f"report --by month median {m50:.1f} ms, target < {TARGET_MS:.0f} ms"
