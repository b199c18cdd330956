"""A heartbeat committed durably: p99 under 5 ms.

Each ``TimerService.heartbeat()`` is one WAL + ``synchronous=FULL`` transaction on the real on-disk store: it
extends the open span (whose update trigger keeps ``time_rollup`` in step) and records the session's last
durable heartbeat. Baseline, measured in the same run and the same folder: a bare autocommit ``UPDATE`` of one
row on a WAL + FULL database, i.e. the cost of one durable commit with nothing else around it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import pytest

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.services.batches import parse_rate, read_config
from tests.benchmarks._timing import median, ms, percentile, report_line
from tests.fakes import FakeClock

pytestmark = pytest.mark.benchmark

BEATS = 2_000
WARMUP = 50
BEAT_MS = 15_000  # the app's heartbeat interval (the issue caps it at 15 s)
TARGET_P99_MS = 5.0

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="s" toName="text">'
    '<Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)


def _bare_update_ns(path: Path, n: int) -> list[int]:
    """Time ``n`` autocommit single-row UPDATEs on a WAL + synchronous=FULL database."""
    samples = []
    with contextlib.closing(sqlite3.connect(str(path), isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER NOT NULL)")
        conn.execute("INSERT INTO t (id, x) VALUES (1, 0)")
        for i in range(WARMUP):
            conn.execute("UPDATE t SET x = ? WHERE id = 1", [i])
        for i in range(n):
            start = time.perf_counter_ns()
            conn.execute("UPDATE t SET x = ? WHERE id = 1", [i])
            samples.append(time.perf_counter_ns() - start)
    return samples


def test_heartbeat_p99_under_5ms(tmp_path: Path) -> None:
    batch = tmp_path / "tasks.jsonl"
    batch.write_text(
        "".join(f'{{"id": {n}, "data": {{"text": "Review number {n}: it works."}}}}\n' for n in range(1, 4)),
        encoding="utf-8",
    )
    config = tmp_path / "tasks.xml"
    config.write_text(CONFIG, encoding="utf-8")

    clock = FakeClock()
    services = build(tmp_path / "data", clock=clock, ids=counting_ids())
    try:
        imported = services.batches.import_file(batch, read_config(config), "bench", parse_rate("0.04 EUR per task"))
        task_id = services.db.execute("SELECT min(id) FROM tasks WHERE batch_id = ?", [imported.batch_id]).fetchone()[0]
        timer = services.timer
        session_id = timer.start(task_id)
        for _ in range(WARMUP):
            clock.advance(BEAT_MS)
            timer.input_seen()
            timer.heartbeat()
        samples = []
        for _ in range(BEATS):
            clock.advance(BEAT_MS)
            timer.input_seen()  # the member is typing: the span stays active and is extended in place
            start = time.perf_counter_ns()
            beat = timer.heartbeat()
            samples.append(time.perf_counter_ns() - start)
            assert not (beat.idle or beat.jumped)
        timer.stop()
        spans, total = services.db.execute(
            "SELECT count(*), sum(end_ms - start_ms) FROM activity_spans WHERE session_id = ?", [session_id]
        ).fetchone()
        rollup = services.db.execute("SELECT sum(ms) FROM time_rollup WHERE bucket = 'annotating'").fetchone()[0]
    finally:
        services.close()
    # The heartbeats really extended one span in place, and the trigger kept the per-day totals in step.
    assert (spans, total, rollup) == (1, (WARMUP + BEATS) * BEAT_MS, (WARMUP + BEATS) * BEAT_MS)

    bare = _bare_update_ns(tmp_path / "bare.sqlite3", BEATS)

    p50, p95, p99 = ms(median(samples)), ms(percentile(samples, 95)), ms(percentile(samples, 99))
    b50, b99 = ms(median(bare)), ms(percentile(bare, 99))
    report_line(
        "heartbeat",
        f"n={BEATS} durable heartbeats (WAL, synchronous=FULL)",
        f"p50 {p50:.3f} ms, p95 {p95:.3f} ms, p99 {p99:.3f} ms, max {ms(max(samples)):.3f} ms",
        f"target p99 < {TARGET_P99_MS:.0f} ms",
        f"baseline bare UPDATE p50 {b50:.3f} ms, p99 {b99:.3f} ms",
        f"ratio of medians heartbeat/bare {p50 / b50:.2f}x",
        "PASS" if p99 < TARGET_P99_MS else "FAIL",
    )
    assert p99 < TARGET_P99_MS, f"heartbeat p99 {p99:.3f} ms, target < {TARGET_P99_MS} ms"
