"""One year of synthetic work in a real store, for the report benchmark; cached between runs.

The store is created by ``build()`` (so it has the real schema and triggers) and filled with direct SQL in one
transaction: the rollup triggers maintain ``time_rollup`` and ``money_rollup`` exactly as in real use.

Contents (deterministic, seeded): 1 account, 5 projects with one batch each, 200,000 tasks, 1,000,000 activity
spans over the 365 days of 2025 (3 sessions a day; mostly annotating with a task, idle stretches pending / kept /
discarded / reassigned, unpaid categories without a task, breaks), a piece-rate earning per task in EUR or USD,
rejections, weekly bonuses, monthly fees and payouts, a USD->EUR rate per month, and two wage floors.

The cached data folder is ``$COOPCLIENT_BENCH_CACHE`` (default ``/tmp/coopclient-bench``) / ``year-<key>``,
where the key covers this generator's version and the schema (its version and a digest of the migrations), so a
schema change regenerates it. Run ``python -m tests.benchmarks._year_data`` to (re)build it ahead of time.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.core.labeling import parse_config
from coopclient.core.money import Money
from coopclient.storage.db import DB_FILENAME
from coopclient.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.fakes import FakeClock

GENERATOR_VERSION = "1"
SEED = 2025
FIRST_DAY = date(2025, 1, 1)
DAYS = 365
SPANS = 1_000_000
TASKS = 200_000
SPANS_PER_TASK = 4  # annotating spans per task (800,000 / 200,000)
SESSIONS_PER_DAY = 3
PLATFORM = "file"
# (rate in micro-units, currency) of the five projects
PROJECT_RATES = ((40_000, "EUR"), (100_000, "EUR"), (60_000, "EUR"), (50_000, "USD"), (80_000, "USD"))
TASKS_PER_BATCH = TASKS // len(PROJECT_RATES)
CONFIG_XML = (
    '<View><Text name="text" value="$text"/><Choices name="s" toName="text">'
    '<Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
# (state, category, idle_decision, on a task, how many spans)
SPAN_KINDS = (
    ("active", "annotating", None, True, 800_000),
    ("idle", "annotating", "pending", True, 10_000),
    ("idle", "annotating", "keep", True, 25_000),
    ("idle", "annotating", "discard", True, 30_000),
    ("idle", "communication", "reassign", True, 5_000),
    ("active", "returned", None, True, 10_000),
    ("active", "searching", None, False, 50_000),
    ("active", "payment_admin", None, False, 20_000),
    ("active", "communication", None, False, 20_000),
    ("active", "qualification", None, False, 15_000),
    ("active", "break", None, False, 15_000),
)
SESSION_CATEGORIES = frozenset({"annotating", "returned", "rejected"})
SESSION_GAP_MS = 60_000
REJECTIONS = 1_000


def cache_key() -> str:
    """The cache's name: generator version, schema version and a digest of the migrations."""
    digest = hashlib.sha256("\n".join(MIGRATIONS).encode()).hexdigest()[:10]
    return f"year-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-{digest}"


def cache_root() -> Path:
    """Where generated stores are kept between runs."""
    return Path(os.environ.get("COOPCLIENT_BENCH_CACHE") or Path(tempfile.gettempdir()) / "coopclient-bench")


def cached_year_dir() -> tuple[Path, float | None]:
    """The data folder holding the year's store, generating it first if needed.

    Returns the folder and how long generation took in seconds (None when the cache was used).
    """
    root = cache_root()
    target = root / cache_key()
    if (target / DB_FILENAME).is_file():
        return target, None
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob("year-*"):
        # Completed caches of other generator/schema versions (in-progress folders have a dot in their name).
        if stale.is_dir() and "." not in stale.name and stale.name != target.name:
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=f"{target.name}.", dir=root))
    started = time.perf_counter()
    try:
        generate(building)
        try:
            building.rename(target)
        except OSError:  # another run finished first
            if not (target / DB_FILENAME).is_file():
                raise
            shutil.rmtree(building, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return target, time.perf_counter() - started


def _ms(day: date, hour: int = 0) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp() * 1000)


def _task_id(ordinal: int) -> tuple[int, int]:
    """The task id and project id of the ``ordinal``-th task worked on (the projects take turns)."""
    batch = ordinal % len(PROJECT_RATES)
    return batch * TASKS_PER_BATCH + ordinal // len(PROJECT_RATES) + 1, batch + 1


def generate(data_dir: Path) -> None:
    """Create the store in ``data_dir`` and fill it with the year."""
    rng = random.Random(SEED)
    clock = FakeClock(wall_ms=_ms(FIRST_DAY + timedelta(days=DAYS)))
    services = build(data_dir, clock=clock, ids=counting_ids("bench"))
    try:
        services.earnings.set_floor(Money.parse("12.00 EUR"), FIRST_DAY, source="benchmark")
        services.earnings.set_floor(Money.parse("12.50 EUR"), date(2025, 7, 1), source="benchmark")
        db, conn = services.db, services.db.conn
        created = clock.now().wall_ms
        task_type = parse_config(CONFIG_XML).task_type
        with db.atomic():
            conn.execute(
                "INSERT INTO accounts (id, platform, name, url, created_ms) VALUES (1, ?, 'Batch files', '', ?)",
                [PLATFORM, created],
            )
            for p, (micros, currency) in enumerate(PROJECT_RATES, start=1):
                conn.execute(
                    "INSERT INTO projects (id, account_id, name, config_xml, task_type, rate_micros, rate_currency, "
                    "created_ms) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                    [p, f"Bench project {p}", CONFIG_XML, task_type, micros, currency, created],
                )
                conn.execute(
                    "INSERT INTO batches (id, project_id, source, source_sha256, imported_ms, task_count) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [p, p, f"bench-{p}.jsonl", hashlib.sha256(str(p).encode()).hexdigest(), created, TASKS_PER_BATCH],
                )
            conn.executemany(
                "INSERT INTO tasks (id, batch_id, seq, platform_ref, payload, task_type, status, updated_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, 'done', ?)",
                (
                    (
                        b * TASKS_PER_BATCH + seq,
                        b + 1,
                        seq,
                        str(b * TASKS_PER_BATCH + seq),
                        f'{{"id": {b * TASKS_PER_BATCH + seq}, "data": {{"text": "Synthetic review {seq} of batch '
                        f'{b + 1}: the product arrived on time, works as described, and the seller answered."}}}}',
                        task_type,
                        created,
                    )
                    for b in range(len(PROJECT_RATES))
                    for seq in range(1, TASKS_PER_BATCH + 1)
                ),
            )
            task_days = _insert_time(conn, rng)
            _insert_money(conn, rng, task_days)
            conn.executemany(
                "INSERT INTO fx_rates (day, base, quote, rate, source) VALUES (?, 'USD', 'EUR', ?, 'benchmark')",
                [(date(2025, m, 1).isoformat(), str(Decimal("0.9000") + Decimal("0.0050") * m)) for m in range(1, 13)],
            )
    finally:
        services.close()


def _insert_time(conn: sqlite3.Connection, rng: random.Random) -> list[tuple[str, int]]:
    """Sessions and spans; returns, per task ordinal, the day and time it was first worked on."""
    kinds = [k for k, (*_, count) in enumerate(SPAN_KINDS) for _ in range(count)]
    assert len(kinds) == SPANS
    rng.shuffle(kinds)
    task_days: list[tuple[str, int]] = []
    annotated = 0
    last_end: int | None = None
    sessions, spans = [], []
    k = 0
    for d in range(DAYS):
        day = FIRST_DAY + timedelta(days=d)
        iso = day.isoformat()
        t = _ms(day, 7) + rng.randint(0, 30) * 60_000
        n = SPANS // DAYS + (1 if d < SPANS % DAYS else 0)
        cuts = [n * s // SESSIONS_PER_DAY for s in range(SESSIONS_PER_DAY + 1)]
        for s in range(SESSIONS_PER_DAY):
            session_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            started = t
            for seq in range(1, cuts[s + 1] - cuts[s] + 1):
                state, category, decision, on_task, _ = SPAN_KINDS[kinds[k]]
                k += 1
                if seq == 1:
                    gap = None if last_end is None else t - last_end
                else:
                    gap = rng.randint(1_000, 45_000) if rng.random() < 0.05 else 0
                    t += gap
                bridged = gap if gap and gap <= SESSION_GAP_MS and category in SESSION_CATEGORIES else 0
                end = t + rng.randint(3_000, 17_000)
                task_id = project_id = platform = None
                if on_task:
                    ordinal = min(annotated // SPANS_PER_TASK, TASKS - 1)
                    task_id, project_id = _task_id(ordinal)
                    platform = PLATFORM
                    if state == "active" and category == "annotating":
                        annotated += 1
                        if ordinal == len(task_days):
                            task_days.append((iso, end))
                spans.append(
                    (session_id, seq, state, category, task_id, project_id, platform, iso, t, end, gap, bridged,
                     decision)
                )  # fmt: skip
                t = last_end = end
            sessions.append((session_id, started, t, t))
            t += rng.randint(30, 90) * 60_000
        assert t < _ms(day + timedelta(days=1)), "a generated day ran past midnight"
    assert k == SPANS and len(task_days) == TASKS
    conn.executemany(
        "INSERT INTO work_sessions (id, manual, platform, category, started_ms, tz, last_heartbeat_ms, ended_ms, "
        "end_reason, state) VALUES (?, 0, 'file', 'annotating', ?, 'UTC', ?, ?, 'user', 'closed')",
        sessions,
    )
    conn.executemany(
        "INSERT INTO activity_spans (session_id, seq, state, category, task_id, project_id, platform, day, "
        "start_ms, end_ms, gap_before_ms, bridged_ms, idle_decision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        spans,
    )
    return task_days


def _insert_money(conn: sqlite3.Connection, rng: random.Random, task_days: list[tuple[str, int]]) -> None:
    """Piece rates (one per task), rejections, weekly bonuses, monthly fees and payouts."""
    rows: list[tuple[object, ...]] = []
    for ordinal, (iso, at) in enumerate(task_days):
        task_id, project_id = _task_id(ordinal)
        micros, currency = PROJECT_RATES[project_id - 1]
        rows.append((f"pr-{task_id}", "piece_rate", micros, currency, iso, task_id, project_id, PLATFORM, at))
    last_day = FIRST_DAY + timedelta(days=DAYS - 1)
    for n, ordinal in enumerate(rng.sample(range(TASKS), REJECTIONS)):
        task_id, project_id = _task_id(ordinal)
        micros, currency = PROJECT_RATES[project_id - 1]
        day = min(date.fromisoformat(task_days[ordinal][0]) + timedelta(days=3), last_day)
        rows.append((f"rj-{n}", "rejection", -micros, currency, day.isoformat(), task_id, project_id, PLATFORM,
                     _ms(day, 12)))  # fmt: skip
    for week in range(52):
        day = FIRST_DAY + timedelta(days=2 + 7 * week)  # Fridays
        project_id = 1 if week % 2 else 4
        amount, currency = (5_000_000, "EUR") if week % 2 else (3_000_000, "USD")
        rows.append((f"bo-{week}", "bonus", amount, currency, day.isoformat(), None, project_id, PLATFORM,
                     _ms(day, 18)))  # fmt: skip
    for month in range(1, 13):
        day = date(2025, month, 28)
        at = _ms(day, 9)
        rows += [
            (f"po-eur-{month}", "payout", 850_000_000 + rng.randint(0, 99) * 1_000_000, "EUR", day.isoformat(), None,
             None, PLATFORM, at),
            (f"po-usd-{month}", "payout", 420_000_000 + rng.randint(0, 99) * 1_000_000, "USD", day.isoformat(), None,
             None, PLATFORM, at),
            (f"fe-{month}", "fee", -1_500_000, "EUR", day.isoformat(), None, None, PLATFORM, at),
            (f"fx-{month}", "fee", -2_750_000, "USD", day.isoformat(), None, None, PLATFORM, at),
        ]  # fmt: skip
    conn.executemany(
        "INSERT INTO earnings (entry_id, kind, amount_micros, currency, day, task_id, project_id, platform, "
        "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


if __name__ == "__main__":
    folder, took = cached_year_dir()
    print(folder, "(cached)" if took is None else f"(generated in {took:.1f} s)")
