"""Benchmark: a member's ledger sync of one week of entries, proofs checked, against the real server (SQLite,
loopback). Run with ``-m benchmark -s``; prints one ``BENCH`` line and fails above the target.

Each round is a fresh member (a copy of one store holding a week of work: 7 days × 4 cells = 28 entries)
enrolled with a new invite, so every sync sends the whole week once. Timed: ``SharingService.sync()`` —
building the figures from the rollups, signing, queueing, the batch POST, the checkpoint's signature and
consistency proof, the member's entries with their inclusion proofs, the policy and the releases. The
baseline, measured in the same run against the same server: the bare signed POST of the same kind of batch
(28 entries, queued beforehand), with no verification at all.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coopclient.app import build
from coopclient.coop.ledger_client import LedgerClient
from coopclient.coop.sharing import KEYRING_SERVICE, key_account
from coopclient.protocol.signing import SigningKey, unb64
from coopclient.services.container import Services
from coopclient.storage.credentials import MemoryStore
from coopclient.storage.db import DB_FILENAME
from coopclient.system.clock import SystemClock
from tests.benchmarks._timing import median, ms, report_line
from tests.fakes import FakeClock
from tests.integration.ledger_server import (
    LedgerProcess,
    Treasurer,
    annotate,
    import_tasks,
    manual,
    platform_tasks,
)

DAY = 86_400_000
ROUNDS = 15
TARGET_MS = 200.0
ENTRIES = 7 * 4


class Shared(httpx.BaseTransport):
    """One keep-alive connection pool for every client of the run (clients close theirs after each call)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LedgerProcess]:
    # The real app and store; without the per-address rate limit, since every member here is one address.
    process = LedgerProcess(str(tmp_path / "ledger.sqlite3"), tmp_path / "server", roomy=True).start()
    yield process
    process.stop()


def week_of_work(folder: Path) -> tuple[Path, int]:
    """A store with a week of work (not enrolled); returns its folder and the clock's time at the end."""
    today = int(time.time() * 1000) // DAY * DAY
    clock = FakeClock(today - 7 * DAY + 8 * 3_600_000)
    s = build(folder, clock=clock, credentials=MemoryStore())
    try:
        tasks = import_tasks(s, folder.parent, count=7 * 3)
        pulled = platform_tasks(s, count=7)
        for day in range(7):
            for i in range(3):
                annotate(s, clock, tasks[day * 3 + i], 120)
            annotate(s, clock, pulled[day], 60)
            manual(s, clock, "searching", "prolific", 600)
            manual(s, clock, "communication", None, 300)
            clock.advance(DAY - 30 * 60_000)
    finally:
        s.close()
    return folder, clock.wall_ms


def member_copy(template: Path, target: Path, wall_ms: int, transport: httpx.BaseTransport, code: str) -> Services:
    """A copy of the template store, enrolled with ``code`` (sharing from the week's first day) and consenting."""
    target.mkdir(parents=True)
    with sqlite3.connect(template / DB_FILENAME) as source, sqlite3.connect(target / DB_FILENAME) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    s = build(target, clock=FakeClock(wall_ms), transport=transport, credentials=MemoryStore(persistent=True))
    s.sharing.enroll(code)
    first = s.db.execute("SELECT min(day) FROM time_rollup").fetchone()[0]
    s.db.execute("UPDATE ledger_link SET enrolled_day = ?", [first])  # the week may span two months
    s.sharing.consent()
    return s


@pytest.mark.benchmark
def test_bench_member_sync_of_a_week(server: LedgerProcess, tmp_path: Path) -> None:
    template, wall_ms = week_of_work(tmp_path / "template")
    transport = Shared()
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    codes = [c for _ in range(2) for c in treasurer.service.create_invites(server.url, ROUNDS)]
    synced, posted = [], []
    try:
        for i in range(ROUNDS):
            s = member_copy(template, tmp_path / f"sync{i}", wall_ms, transport, codes[2 * i])
            try:
                start = time.perf_counter_ns()
                report = s.sharing.sync()
                synced.append(time.perf_counter_ns() - start)
                assert (report.sent, report.warnings) == (ENTRIES, [])
                assert all(x.verified for x in s.sharing.shared(limit=100))
            finally:
                s.close()

            s = member_copy(template, tmp_path / f"post{i}", wall_ms, transport, codes[2 * i + 1])
            try:
                assert s.sharing.queue_due() == ENTRIES
                rows = s.db.execute("SELECT payload FROM outbox WHERE kind = 'ledger_entry' ORDER BY seq")
                items = [dict(json.loads(payload)) for (payload,) in rows]
                secret = s.credentials.get(KEYRING_SERVICE, key_account(server.url)) or ""
                client = LedgerClient(server.url, SigningKey.from_seed(unb64(secret)), s.clock, transport)
                start = time.perf_counter_ns()
                answer = client.append(items, str(uuid.uuid4()), 0)
                posted.append(time.perf_counter_ns() - start)
                assert [r["status"] for r in answer.results] == ["accepted"] * ENTRIES
                client.close()
            finally:
                s.close()
    finally:
        transport.inner.close()
    sync_ms, post_ms = ms(median(synced)), ms(median(posted))
    report_line(
        "ledger_member_sync_week",
        f"{ENTRIES} entries, {ROUNDS} rounds",
        f"sync median {sync_ms:.1f} ms (target < {TARGET_MS:.0f} ms)",
        f"bare POST median {post_ms:.1f} ms",
        f"ratio {sync_ms / post_ms:.2f}x",
    )
    assert sync_ms < TARGET_MS
