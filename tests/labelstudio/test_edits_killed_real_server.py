"""The real-server counterpart of the relay's kill property (``tests/unit/test_relay.py``): results edited
after delivery, the app killed at each step of submit → ack, and on Label Studio 1.23.2 itself each task ends
with exactly one annotation of the member, holding the last version.

Each task goes through three versions; each version is hit by one of four faults, rotated so that every
fault meets every version (a first POST, an edit after delivery, an edit on top of a version never acked):
killed before the request (the attempt committed), killed after the server stored it (before the ack),
killed before the attempt was committed, and the answer lost on the wire (the proxy resets the connection
after the server committed). After each, the relay and the store are opened afresh from disk, as after a
restart. Time is a hand clock; nothing sleeps.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from coopclient.app import build
from coopclient.core.lanes import DbCall, inline
from coopclient.core.platform import PlatformAdapter, Submission
from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter
from coopclient.relays.platform import OutboxRelay
from coopclient.services.container import Services
from coopclient.storage.catalog import CatalogRepo
from tests.db_lane import Killed, dying_db
from tests.fakes import FakeClock
from tests.labelstudio.proxy import ANNOTATIONS_PATH, Fault, FaultProxy
from tests.labelstudio.server import ADMIN_TOKEN, LabelStudioServer
from tests.labelstudio.test_sync_real_server import Member_, new_project

pytestmark = pytest.mark.labelstudio

T = TypeVar("T")
TASKS, VERSIONS = 4, 3
FAULTS = ("before_request", "after_stored", "before_attempt", "lost_answer")
PATCH_PATH = r"^/api/annotations/\d+/"
PLAN_STEP = 3  # a fresh relay's database steps: 1 repair, 2 read the due rows, 3 plan the first (commits the attempt)


class Dying:
    """The real adapter, dying before its request is sent or after the server answered (before the ack)."""

    def __init__(self, inner: LabelStudioAdapter, point: str | None) -> None:
        self.capabilities, self._inner, self._point = inner.capabilities, inner, point

    def _call(self, send: Callable[[], T]) -> T:
        if self._point == "before_request":
            raise Killed
        answer = send()
        if self._point == "after_stored":
            raise Killed
        return answer

    def submit(self, submission: Submission) -> str:
        return self._call(lambda: self._inner.submit(submission))

    def update(self, annotation_id: str, submission: Submission) -> None:
        self._call(lambda: self._inner.update(annotation_id, submission))


def _dying_at(point: str) -> Callable[[LabelStudioAdapter], PlatformAdapter]:
    # Dying stands for the real adapter only where the relay calls it (submit, update), so it is no full one.
    return lambda real: Dying(real, point)  # type: ignore[return-value]


def version(task: int, n: int) -> list[dict[str, Any]]:
    text = f"task {task}, version {n}"
    return [{"id": "r1", "from_name": "summary", "to_name": "text", "type": "textarea", "value": {"text": [text]}}]


class Restarts:
    """The member's store on disk, opened afresh (with a fresh relay) for every run."""

    def __init__(self, data: Path, url: str) -> None:
        self.data, self.url, self.clock = data, url, FakeClock()

    def open(self) -> Services:
        return build(self.data, clock=self.clock, ids=lambda: str(uuid.uuid4()))

    def run(self, adapter: Callable[[LabelStudioAdapter], PlatformAdapter], db: DbCall = inline) -> None:
        services = self.open()
        real = LabelStudioAdapter(self.url, ADMIN_TOKEN, timeout=5.0)
        try:
            relay = OutboxRelay(services.db, lambda _dest, _db: adapter(real), self.clock, lambda: 0.5)
            with contextlib.suppress(Killed):
                relay.run_once(db=db)
        finally:
            real.close()
            services.close()
        self.clock.advance(10 * 60_000)  # every backoff is over by the next run

    def unsent(self) -> int:
        services = self.open()
        try:
            return int(services.db.execute("SELECT count(*) FROM outbox WHERE acked_ms IS NULL").fetchone()[0])
        finally:
            services.close()

    def deliver_all(self) -> None:
        for _ in range(10):
            if not self.unsent():
                return
            self.run(lambda real: real)
        raise AssertionError("results still unsent after ten clean runs")


def test_edits_after_delivery_killed_at_every_step_end_as_one_annotation_holding_the_last_version(
    tmp_path: Path, ls_server: LabelStudioServer, fault_proxy: FaultProxy
) -> None:
    project = new_project(ls_server, "textarea", TASKS)
    member = Member_(tmp_path / "m", fault_proxy.url, ADMIN_TOKEN)
    try:
        pulled = member.pull(project, TASKS)
        assert len(pulled) == TASKS
    finally:
        member.close()
    app = Restarts(tmp_path / "m" / "data", fault_proxy.url)
    refs: dict[int, int] = {}
    for position in range(TASKS):
        for n in range(VERSIONS):
            services = app.open()
            try:
                task = CatalogRepo(services.db).tasks()[position]
                refs[position] = int(task.platform_ref or 0)
                services.results.submit(task.id, version(position, n))  # an edit once n > 0
            finally:
                services.close()
            fault = FAULTS[(position + n) % len(FAULTS)]
            if fault == "lost_answer":
                fault_proxy.plan(
                    [
                        Fault("reset_after_commit", "POST", ANNOTATIONS_PATH),
                        Fault("reset_after_commit", "PATCH", PATCH_PATH),
                    ]
                )
                app.run(lambda real: real)
                fault_proxy.clear()
            elif fault == "before_attempt":
                app.run(lambda real: real, db=dying_db(PLAN_STEP))
            else:
                app.run(_dying_at(fault))
            if (position + n) % 2:  # the next version lands on top of this unacknowledged one
                continue
            app.deliver_all()
        app.deliver_all()
    stats = fault_proxy.stats
    assert stats.get("reset_after_commit", 0) >= TASKS * VERSIONS // len(FAULTS)  # the wire faults were played
    me = ls_server._admin_request("GET", "/api/current-user/whoami")["id"]
    for position, ref in refs.items():
        stored = ls_server.annotations(ref)
        mine = [a for a in stored if a["completed_by"] == me]
        assert len(stored) == len(mine) == 1, (position, stored)
        got = [{k: r[k] for k in ("from_name", "to_name", "type", "value")} for r in mine[0]["result"]]
        assert got == [{k: r[k] for k in ("from_name", "to_name", "type", "value")} for r in version(position, 2)]
