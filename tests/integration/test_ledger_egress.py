"""Egress audit: every byte the member's app sends to the ledger, over a simulated week of real work.

The member's store is full of things that must never leave the device: a project named after a client, task
texts with a person's name and e-mail, a platform account whose name and URL say who they are, the
platform's task and project ids, manual-timer notes, earnings notes, and the times of day they worked. A
recording transport keeps every request (URL, headers, body) sent to the REAL ledger server while the member
enrolls, consents, syncs, sends a correction and pulls the treasurer's policy; none of those strings (nor their
lower-cased, dashed forms: a name typed as a manual timer's platform), no "HH:MM", and no epoch milliseconds (or
seconds) of any span may appear in any of them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from coopclient.app import build
from coopclient.core.money import Money
from coopclient.services.earnings import EarningKind
from coopclient.storage.credentials import MemoryStore
from coopclient.system.clock import SystemClock
from tests.fakes import FakeClock
from tests.integration.ledger_server import (
    ACCOUNT,
    ACCOUNT_URL,
    EMAIL,
    PERSON,
    PLATFORM_PROJECT_REF,
    PLATFORM_REF_BASE,
    SECRETS,
    LedgerProcess,
    RecordingTransport,
    Treasurer,
    annotate,
    import_tasks,
    manual,
    platform_tasks,
)

DAY = 86_400_000
SEPARATORS = re.compile(r"[\s._<>@]+")
TIME_OF_DAY = re.compile(r"(?<!\d)([01]\d|2[0-3]):[0-5]\d(?!\d)")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LedgerProcess]:
    process = LedgerProcess(str(tmp_path / "ledger.sqlite3"), tmp_path / "server").start()
    yield process
    process.stop()


def test_nothing_identifying_leaves_the_device_in_a_week_of_work(server: LedgerProcess, tmp_path: Path) -> None:
    today = int(time.time() * 1000) // DAY * DAY
    clock = FakeClock(today - 8 * DAY + 7 * 3_600_000 + 13 * 60_000 + 17_000, tz="Europe/Lisbon")  # 07:13:17
    recorder = RecordingTransport(httpx.HTTPTransport())
    treasurer = Treasurer(server.url, SystemClock(), None, key=server.treasurer_key)
    s = build(tmp_path / "member", clock=clock, transport=recorder, credentials=MemoryStore(persistent=True))
    try:
        s.sharing.enroll(treasurer.invite())
        s.sharing.consent()
        batch = import_tasks(s, tmp_path, count=30)
        pulled = platform_tasks(s, count=15)
        for day in range(7):
            for i in range(4):
                annotate(s, clock, batch[day * 4 + i], 135 + 15 * i)
            annotate(s, clock, pulled[day * 2], 180)
            annotate(s, clock, pulled[day * 2 + 1], 45)
            manual(s, clock, "searching", "prolific", 1_337)
            manual(s, clock, "communication", None, 421)
            manual(s, clock, "communication", PERSON, 300)  # free text typed as the "platform"
            s.earnings.add(EarningKind.BONUS, Money(Decimal("2.50"), "EUR"), platform="file",
                           task_id=batch[day * 4], note=f"bonus from {PERSON} <{EMAIL}>")  # fmt: skip
            if day == 3:
                s.earnings.reject(pulled[day * 2 + 1], note=f"rejected by {ACCOUNT}")
            s.earnings.add(EarningKind.FEE, Money(Decimal("0.35"), "EUR"), note="PayPal fee 14:05")
            clock.advance(DAY - 47 * 60_000)  # next morning, a little earlier each day
        # The simulated week ends today: the member syncs now (the server dates requests by the real day).
        report = s.sharing.sync()
        assert report.warnings == [] and report.sent == 7 * 4
        # A late rejection, booked on the day the task was done: a correction of that day.
        worked = s.db.execute("SELECT day FROM earnings WHERE task_id = ? AND kind = 'piece_rate'", [pulled[2]])
        late = date.fromisoformat(worked.fetchone()[0])
        s.earnings.add(EarningKind.REJECTION, Money(Decimal("0.05"), "USD"), late, "label-studio", pulled[2],
                       note=f"late rejection by {ACCOUNT}")  # fmt: skip
        assert s.sharing.sync().sent == 1
        treasurer.service.publish_floor(server.url, Money(Decimal("12.50"), "EUR"), date(2026, 1, 1))
        assert s.sharing.sync().policy_updates == 1
        shared = s.sharing.shared(limit=100)
        assert len(shared) >= 7 * 3 and all(x.verified for x in shared)

        spans = [int(r[0]) for r in s.db.execute("SELECT start_ms FROM activity_spans").fetchall()]
        ends = [int(r[0]) for r in s.db.execute("SELECT end_ms FROM activity_spans").fetchall()]
        refs = [str(r[0]) for r in s.db.execute("SELECT platform_ref FROM tasks WHERE platform_ref IS NOT NULL")]
    finally:
        s.close()
        recorder.shutdown()

    assert len(spans) > 40 and len(refs) == 45
    forbidden = [*SECRETS, ACCOUNT, ACCOUNT_URL, "PayPal", PLATFORM_PROJECT_REF, *refs]
    forbidden += [str(ms) for ms in spans + ends] + [str(ms // 1000) for ms in spans + ends]
    # Free text made to look like an identifier ("Jane Quokka Doe" -> jane-quokka-doe) is still that text.
    forbidden += [slug for slug in (SEPARATORS.sub("-", needle.lower()) for needle in SECRETS) if slug]
    requests = recorder.sent
    bodies = b"".join(r.body for r in requests)
    assert len(requests) > 10 and bodies.count(b"stats.day") == 7 * 4 + 1  # the audit saw every entry sent
    for request in requests:
        parts = [request.method, request.url, *(f"{k}: {v}" for k, v in request.headers), request.body.decode()]
        for part in parts:
            for needle in forbidden:
                assert needle.lower() not in part.lower(), f"{needle!r} sent in {request.method} {request.url}"
            assert not TIME_OF_DAY.search(part.replace(server.url, "")), f"a time of day in {part[:200]!r}"
        dates = [v for k, v in request.headers if k.lower() == "x-coop-date"]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    assert str(PLATFORM_REF_BASE + 1) in refs  # the ids checked for are the platform's own
