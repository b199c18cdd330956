"""The outbox relay against the in-memory Label Studio: exactly once under any mix of faults, parking,
backoff and Retry-After, auth failures, superseded and corrupt rows, status for display."""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopclient.core.ids import counting_ids
from coopclient.core.lanes import DbCall
from coopclient.core.platform import PlatformAdapter, Submission
from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter
from coopclient.platforms.labelstudio.model import REFUSED
from coopclient.relays.backoff import Budget, ceiling_ms, delay_ms
from coopclient.relays.outbox_records import ALREADY_DELIVERED, ANNOTATION_GONE, CORRUPT, GONE, LOCK_KEY, SUPERSEDED
from coopclient.relays.platform import OutboxRelay
from coopclient.services.results import ResultService
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.db import DB_FILENAME, open_database, open_memory_database
from tests.db_lane import GuardedLane, Killed, dying_db
from tests.fakes import T0, FakeClock, FakeWait
from tests.unit.test_labelstudio_adapter import BASE, CONFIG, PAT, SENTIMENT, FakeLabelStudio

NEGATIVE = [{**SENTIMENT[0], "value": {"choices": ["Negative"]}}]
T = TypeVar("T")


class Setup:
    """A store holding ``n`` tasks pulled from the fake server (each held by a draft), and a relay."""

    def __init__(self, n: int, rng: Callable[[], float] = lambda: 0.5, db: sqlite_utils.Database | None = None) -> None:
        self.clock = FakeClock()
        self.server = FakeLabelStudio()
        self.server.add_project(3)
        self.db: sqlite_utils.Database = db or open_memory_database()
        self.results = ResultService(self.db, self.clock, counting_ids("result"))
        self.task_ids = self._store_tasks(n)
        self.adapter = LabelStudioAdapter(BASE, PAT, transport=self.server.transport())
        self.destinations: list[str] = []
        self.relay = OutboxRelay(self.db, self._adapter, self.clock, rng)

    def _adapter(self, destination: str, db: DbCall) -> PlatformAdapter:
        self.destinations.append(destination)
        return self.adapter

    def _store_tasks(self, n: int) -> list[int]:
        catalog = CatalogRepo(self.db)
        refs = self.server.add_tasks(3, [{"text": f"text {i}"} for i in range(n)])
        with self.db.atomic():
            account = catalog.ensure_account("label-studio", "annot@example.com", BASE, T0)
            project = catalog.insert_project(account, "Sentiment", CONFIG, "choices", None, T0, platform_ref="3")
            batch = catalog.insert_batch(project, "pull", None, T0)
            rows = []
            for seq, ref in enumerate(refs, start=1):
                draft = 9000 + seq
                self.server.drafts[draft] = {"task": ref, "result": [], "was_postponed": True}
                payload = json.dumps({**self.server.tasks[ref], LOCK_KEY: str(draft)})
                rows.append((batch, seq, str(ref), payload, "choices", None))
            catalog.insert_tasks(rows)
        return [t.id for t in catalog.tasks(batch_id=batch)]

    def outbox(self) -> list[tuple[int, int, int | None, str | None, int, int]]:
        return self.db.execute(
            "SELECT seq, parked, acked_ms, last_error, attempts, next_attempt_ms FROM outbox ORDER BY seq"
        ).fetchall()

    def unsent(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM outbox WHERE acked_ms IS NULL").fetchone()[0])

    def annotation_posts(self) -> int:
        return len(self.server.posts("/annotations/"))


FAULTS = st.sampled_from([None, "connect", "reset", "timeout", "timeout_before", "500", "429"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    faults=st.lists(FAULTS, max_size=40),
    waves=st.lists(st.integers(1, 4), min_size=1, max_size=4),
    pauses=st.lists(st.integers(0, 120_000), min_size=4, max_size=4),
    seed=st.integers(0, 2**32),
)
def test_every_result_is_stored_exactly_once_whatever_fails(
    faults: list[str | None], waves: list[int], pauses: list[int], seed: int
) -> None:
    s = Setup(sum(waves), random.Random(seed).random)
    s.server.faults = list(faults)
    tasks, expected = iter(s.task_ids), []
    for wave, pause in zip(waves, pauses, strict=False):
        for _ in range(wave):
            task = next(tasks)
            saved = s.results.skip(task) if task % 4 == 0 else s.results.submit(task, SENTIMENT)
            expected.append(saved.result_id)
        s.relay.run_once()
        s.clock.advance(pause)
    for _ in range(100):
        if not s.unsent():
            break
        s.relay.run_once()
        s.clock.advance(301_000)  # past the backoff cap and any Retry-After
    assert s.unsent() == 0
    assert sorted(a["unique_id"] for a in s.server.annotations) == sorted(expected)
    assert len({a["task"] for a in s.server.annotations}) == len(expected)
    assert all(parked == 0 for _, parked, *_ in s.outbox())
    assert set(s.destinations) == {"1"}  # the account id


def test_a_rejected_row_is_parked_with_the_reason_and_later_rows_still_go() -> None:
    s = Setup(3)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["400"]
    report = s.relay.run_once()
    assert (report.parked, report.delivered) == (1, 2)
    seq, parked, acked, error, *_ = s.outbox()[0]
    assert (parked, acked) == (1, None)
    assert error == 'refused by the server (400): Validation error; {"result": ["bad"]}'
    assert s.relay.run_once().delivered == 0  # never retried by itself
    assert s.annotation_posts() == 3
    assert s.relay.unpark(seq)
    assert s.relay.run_once().delivered == 1
    assert len(s.server.annotations) == 3


def test_one_failing_row_does_not_hold_up_the_others_but_a_dead_server_ends_the_run() -> None:
    s = Setup(5)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["500"]
    report = s.relay.run_once()
    assert (report.retrying, report.delivered) == (1, 4)
    s.clock.advance(301_000)
    s.server.faults = ["connect"] * 10
    s.results.submit(s.task_ids[0], NEGATIVE)  # an edit while the first version waits: it waits behind it
    report = s.relay.run_once()
    assert report.retrying == 1  # the first version; its edit waits in order
    assert "cannot connect" in report.unreachable["1"]


def test_a_dead_server_is_tried_three_times_per_run() -> None:
    s = Setup(5)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["connect"] * 10
    report = s.relay.run_once()
    assert (report.retrying, s.annotation_posts()) == (3, 3)
    assert [row[4] for row in s.outbox()] == [1, 1, 1, 0, 0]


def test_backoff_grows_with_full_jitter_up_to_the_cap() -> None:
    assert [ceiling_ms(n) for n in (0, 1, 2, 3, 10)] == [0, 1000, 2000, 4000, 300_000]
    assert ceiling_ms(10_000) == 300_000
    assert delay_ms(3, rng=lambda: 0.0) == 0
    assert delay_ms(3, rng=lambda: 0.999) == 3996
    assert delay_ms(4, base_ms=10, cap_ms=50, rng=lambda: 0.5) == 25
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    waits = []
    for _ in range(4):
        s.server.faults = ["500"]
        s.relay.run_once()
        *_, next_ms = s.outbox()[0]
        waits.append(next_ms - s.clock.wall_ms)
        s.clock.advance(next_ms - s.clock.wall_ms)
    assert waits == [500, 1000, 2000, 4000]  # rng fixed at 0.5
    assert s.relay.run_once().delivered == 1


def test_retry_after_is_honoured_for_the_whole_account() -> None:
    s = Setup(2)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["429"]
    report = s.relay.run_once()
    assert (report.retrying, s.annotation_posts()) == (1, 1)
    assert s.outbox()[0][5] == s.clock.wall_ms + 30_000
    s.clock.advance(29_000)
    assert s.relay.run_once().delivered == 0
    assert s.annotation_posts() == 1  # the second row waited too
    s.clock.advance(1_000)
    assert s.relay.run_once().delivered == 2


def budget(s: Setup, seconds: float) -> tuple[Budget, FakeWait]:
    wait = FakeWait(s.clock)
    return Budget(s.clock, wait, seconds, lambda: 0.5), wait


def test_within_its_budget_a_run_waits_out_retry_after_and_delivers() -> None:
    s = Setup(2)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["429"]  # Retry-After: 30
    within, wait = budget(s, 120)
    report = s.relay.run_once(budget=within)
    assert (report.delivered, report.retrying, report.out_of_time) == (2, 0, False)  # none left to retry
    assert wait.asked == [30.0]
    assert report.unreachable == {}  # it answered in the end
    assert s.unsent() == 0


def test_within_its_budget_a_run_goes_on_after_three_failures() -> None:
    s = Setup(2)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["connect"] * 5
    within, wait = budget(s, 120)
    report = s.relay.run_once(budget=within)
    assert (report.delivered, report.retrying) == (2, 0)  # retried five times in all, none left to retry
    assert wait.asked == [0.5, 1.0, 2.0]  # both rows back off together (rng 0.5): each wait is waited out
    assert s.annotation_posts() == 7


def test_past_its_budget_a_run_leaves_the_rows_due_and_says_so() -> None:
    s = Setup(2)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["429"]  # Retry-After: 30, more than the budget
    within, wait = budget(s, 20)
    report = s.relay.run_once(budget=within)
    assert (report.delivered, report.out_of_time) == (0, True)
    assert wait.asked == []  # no wait that cannot pay off
    assert s.unsent() == 2
    assert s.outbox()[0][5] == s.clock.wall_ms + 30_000  # due for the next run
    s.clock.advance(30_000)
    assert s.relay.run_once().delivered == 2


def test_a_server_that_never_stops_failing_uses_up_the_budget_and_no_more() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.server.faults = ["500"] * 1000
    within, wait = budget(s, 60)
    start = s.clock.mono_ms
    report = s.relay.run_once(budget=within)
    assert (report.delivered, report.out_of_time) == (0, True)
    assert s.clock.mono_ms - start <= 60_000
    assert sum(wait.asked) <= 60
    assert len(wait.asked) > 3  # it kept going past three failures
    assert s.unsent() == 1


def test_a_refused_token_stops_the_run_and_every_row_waits() -> None:
    s = Setup(3)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    s.server.pat_revoked = True
    report = s.relay.run_once()
    assert report.auth_failed == {"1": REFUSED}
    assert (report.delivered, report.retrying, report.parked) == (0, 0, 0)
    assert [r.url.path for r in s.server.requests] == ["/api/token/refresh/"]
    assert [(parked, attempts) for _, parked, _, _, attempts, _ in s.outbox()] == [(0, 0)] * 3
    assert s.outbox()[0][3] == REFUSED
    s.server.pat_revoked = False  # the member gave a new token
    assert s.relay.run_once().delivered == 3


def test_a_task_deleted_on_the_server_is_parked_and_the_result_kept() -> None:
    s = Setup(2)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    del s.server.tasks[1001]
    report = s.relay.run_once()
    assert (report.parked, report.delivered) == (1, 1)
    assert s.outbox()[0][3] == GONE
    assert s.results.result(s.task_ids[0]) == SENTIMENT


def test_a_corrupt_row_is_parked_before_sending() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.db.execute("UPDATE outbox SET payload = replace(payload, 'Positive', 'Negative')")
    assert s.relay.run_once().parked == 1
    assert s.outbox()[0][3] == CORRUPT
    assert s.annotation_posts() == 0


def test_an_edit_before_sending_supersedes_the_first_version() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.results.submit(s.task_ids[0], NEGATIVE)
    report = s.relay.run_once()
    assert (report.superseded, report.delivered) == (1, 1)
    assert [a["result"] for a in s.server.annotations] == [NEGATIVE]
    assert [e.state for e in s.relay.entries(include_done=True)] == ["superseded", "done"]
    assert s.outbox()[0][3] == SUPERSEDED
    assert s.server.drafts == {}  # the draft holding the task went with the annotation


def set_lead_time(s: Setup, seq: int, seconds: float) -> None:
    """Give an outbox row another lead time (the store computes it from activity spans, which these lack)."""
    payload = json.loads(s.db.execute("SELECT payload FROM outbox WHERE seq = ?", [seq]).fetchone()[0])
    text = json.dumps({**payload, "lead_time": seconds}, sort_keys=True)
    sha = hashlib.sha256(text.encode()).hexdigest()
    s.db.execute("UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE seq = ?", [text, sha, seq])


def patches(s: Setup) -> list[httpx.Request]:
    return [r for r in s.server.requests if r.method == "PATCH"]


def test_an_edit_after_delivery_updates_the_same_annotation() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    assert s.relay.run_once().delivered == 1
    [annotation] = s.server.annotations
    s.results.submit(s.task_ids[0], NEGATIVE)
    set_lead_time(s, 2, 81.5)
    assert s.relay.run_once().delivered == 1
    assert s.server.annotations == [annotation]  # still one annotation: the same, edited
    assert (annotation["result"], annotation["lead_time"], annotation["was_cancelled"]) == (NEGATIVE, 81.5, False)
    assert [r.url.path for r in patches(s)] == [f"/api/annotations/{annotation['id']}/"]
    assert s.annotation_posts() == 1
    remote = s.db.execute("SELECT remote_id FROM outbox ORDER BY seq").fetchall()
    assert remote == [(str(annotation["id"]),)] * 2
    s.results.submit(s.task_ids[0], SENTIMENT)  # a further edit updates it again
    assert s.relay.run_once().delivered == 1
    assert (len(s.server.annotations), annotation["result"], len(patches(s))) == (1, SENTIMENT, 2)
    assert [e.state for e in s.relay.entries(include_done=True)] == ["done"] * 3


def test_an_update_whose_answer_is_lost_is_sent_again_harmlessly() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    s.results.submit(s.task_ids[0], NEGATIVE)
    s.server.patch_faults = ["reset"]  # the server applies the PATCH, the answer never arrives
    report = s.relay.run_once()
    assert (report.delivered, report.retrying) == (0, 1)
    assert s.server.annotations[0]["result"] == NEGATIVE
    s.clock.advance(301_000)
    assert s.relay.run_once().delivered == 1
    assert len(patches(s)) == 2
    assert [a["result"] for a in s.server.annotations] == [NEGATIVE]
    assert s.unsent() == 0


def test_an_edit_after_a_submit_whose_answer_was_lost_finds_the_annotation() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.server.faults = ["reset"]  # stored, but no id came back: the replay's 409 has none either
    s.relay.run_once()
    s.clock.advance(301_000)
    assert s.relay.run_once().delivered == 1
    [annotation] = s.server.annotations
    assert s.db.execute("SELECT remote_id FROM outbox").fetchone()[0] == str(annotation["id"])
    s.results.submit(s.task_ids[0], NEGATIVE)
    assert s.relay.run_once().delivered == 1
    assert [a["result"] for a in s.server.annotations] == [NEGATIVE]


def test_an_edit_of_an_annotation_deleted_on_the_server_is_parked_with_the_reason() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    s.server.annotations.clear()
    s.results.submit(s.task_ids[0], NEGATIVE)
    assert s.relay.run_once().parked == 1
    assert s.outbox()[1][3] == ANNOTATION_GONE
    assert s.server.annotations == [] and s.annotation_posts() == 1  # nothing re-created behind the member's back


def test_an_edit_after_delivery_finds_the_annotation_when_its_id_is_unknown() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    s.db.execute("UPDATE outbox SET remote_id = NULL")  # e.g. delivered before the id was kept
    s.results.submit(s.task_ids[0], NEGATIVE)
    assert s.relay.run_once().delivered == 1  # posted again: 409, then the member's annotation is patched
    [annotation] = s.server.annotations
    assert annotation["result"] == NEGATIVE
    assert s.db.execute("SELECT remote_id FROM outbox WHERE seq = 2").fetchone()[0] == str(annotation["id"])


def test_rows_parked_by_an_error_id_taken_for_an_annotation_id_are_sent_again() -> None:
    """Databases of older versions: a 409 body's error uuid kept as remote_id, the next edit parked for it."""
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    uuid = "3f1c2a9e-7b4d-4e1a-9c0f-000000000045"
    s.db.execute("UPDATE outbox SET remote_id = ?", [uuid])
    s.results.submit(s.task_ids[0], NEGATIVE)
    reason = f"refused by the server (400): {uuid!r} is not a Label Studio annotation id (a number)"
    s.db.execute("UPDATE outbox SET parked = 1, last_error = ? WHERE seq = 2", [reason])
    report = OutboxRelay(s.db, s._adapter, s.clock, lambda: 0.5).run_once()  # the next start of the app
    assert (report.delivered, report.parked) == (1, 0)
    [annotation] = s.server.annotations
    assert annotation["result"] == NEGATIVE
    remote = s.db.execute("SELECT remote_id FROM outbox ORDER BY seq").fetchall()
    assert remote == [(None,), (str(annotation["id"]),)]


def test_a_skip_after_a_delivered_answer_stays_parked() -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    s.results.skip(s.task_ids[0])
    assert s.relay.run_once().parked == 1
    assert s.outbox()[1][3] == ALREADY_DELIVERED
    assert patches(s) == [] and [a["result"] for a in s.server.annotations] == [SENTIMENT]


def test_an_answer_after_a_delivered_skip_turns_the_skip_into_an_answer() -> None:
    s = Setup(1)
    s.results.skip(s.task_ids[0])
    s.relay.run_once()
    s.results.submit(s.task_ids[0], SENTIMENT)
    assert s.relay.run_once().delivered == 1
    [annotation] = s.server.annotations
    assert (annotation["result"], annotation["was_cancelled"]) == (SENTIMENT, False)


def test_max_items_limits_a_run() -> None:
    s = Setup(3)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    assert s.relay.run_once(max_items=1).delivered == 1
    assert s.relay.run_once().delivered == 2


def test_status_and_entries_for_display() -> None:
    s = Setup(4)
    for task in s.task_ids:
        s.results.submit(task, SENTIMENT)
    seen: list[list[str]] = []

    class Watching:
        capabilities = s.adapter.capabilities

        def submit(self, submission: Submission) -> str:
            seen.append([e.state for e in relay.entries()])
            return s.adapter.submit(submission)

        def update(self, annotation_id: str, submission: Submission) -> None:
            s.adapter.update(annotation_id, submission)

    relay = OutboxRelay(s.db, lambda _, __: Watching(), s.clock, lambda: 0.5)  # type: ignore[arg-type, return-value]
    s.server.faults = ["400", "500"]
    relay.run_once()
    assert seen[0] == ["sending", "queued", "queued", "queued"]
    [status] = relay.status()
    assert (status.destination, status.platform, status.account) == ("1", "label-studio", "annot@example.com")
    assert (status.queued, status.sending, status.parked, status.done, status.superseded) == (1, 0, 1, 2, 0)
    assert status.next_attempt_ms == s.clock.wall_ms + 500
    assert status.parked_reasons == ((1, 'refused by the server (400): Validation error; {"result": ["bad"]}'),)
    assert [(e.seq, e.state, e.attempts) for e in relay.entries()] == [(1, "parked", 1), (2, "waiting", 1)]
    assert relay.entries()[0].task_id == s.task_ids[0]


@pytest.mark.parametrize("key", ["platform_ref", "unique_id"])
def test_a_malformed_payload_is_parked(key: str) -> None:
    s = Setup(1)
    s.results.submit(s.task_ids[0], SENTIMENT)
    payload = json.loads(s.db.execute("SELECT payload FROM outbox").fetchone()[0])
    del payload[key]
    text = json.dumps(payload, sort_keys=True)
    s.db.execute("UPDATE outbox SET payload = ?, payload_sha256 = ?", [text, hashlib.sha256(text.encode()).hexdigest()])
    assert s.relay.run_once().parked == 1
    assert s.outbox()[0][3] == CORRUPT


def test_a_run_touches_the_store_only_through_its_db_lane_and_never_while_sending(tmp_path: Path) -> None:
    """The relay on a network thread: each database step runs on the lane, no request inside one."""
    s = Setup(4, db=open_database(tmp_path / DB_FILENAME))
    s.results.submit(s.task_ids[0], SENTIMENT)
    s.relay.run_once()
    s.results.submit(s.task_ids[0], NEGATIVE)  # an edit after delivery: a PATCH
    for task in s.task_ids[1:]:
        s.results.submit(task, SENTIMENT)
    s.server.faults = ["500", "400"]  # one row to retry, one to park, one delivered
    with GuardedLane(s.db) as lane:
        s.adapter = LabelStudioAdapter(BASE, PAT, transport=lane.network(s.server.handle))
        report = s.relay.run_once(db=lane)
    assert lane.violations == []
    assert (report.delivered, report.retrying, report.parked) == (2, 1, 1)
    assert (lane.requests, lane.calls) == (5, 1 + 2 * 4)  # token refresh and 4 sends; the read, then per row
    assert [a["result"] for a in s.server.annotations] == [NEGATIVE, SENTIMENT]
    s.clock.advance(301_000)
    with GuardedLane(s.db) as lane, pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        s.relay.run_once()  # the guard is not blind: without the lane, the relay's first read is refused
    assert lane.violations


class Dying:
    """An adapter that dies before its request is sent, or after the server stored it (before the ack)."""

    def __init__(self, inner: PlatformAdapter, point: str | None) -> None:
        self.capabilities, self._inner, self._point = inner.capabilities, inner, point

    def _call(self, send: Callable[[], str | None]) -> str | None:
        if self._point == "before_request":
            raise Killed
        answer = send()
        if self._point == "after_stored":
            raise Killed
        return answer

    def submit(self, submission: Submission) -> str:
        return self._call(lambda: self._inner.submit(submission)) or ""

    def update(self, annotation_id: str, submission: Submission) -> None:
        self._call(lambda: self._inner.update(annotation_id, submission))


def always(adapter: object) -> Callable[[str, DbCall], object]:
    return lambda _, __: adapter


CHOICES = st.sampled_from([SENTIMENT, NEGATIVE])
STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), CHOICES),
    st.tuples(st.just("run"), st.sampled_from([None, "before_request", "after_stored"]), st.integers(1, 8)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=14), lost=st.lists(st.sampled_from([None, "reset"]), max_size=6))
def test_edits_after_delivery_end_as_one_annotation_holding_the_last_version_whatever_kills(
    steps: list[tuple[str, object, object]], lost: list[str | None]
) -> None:
    """Kill the relay at every step of submit → ack (a fresh relay on the same store each time)."""
    s = Setup(3)
    s.server.faults, s.server.patch_faults = list(lost), list(lost)
    last: dict[int, list[dict[str, object]]] = {}
    for kind, a, b in steps:
        if kind == "edit":
            task = s.task_ids[int(str(a))]
            s.results.submit(task, b)  # type: ignore[arg-type]
            last[task] = b  # type: ignore[assignment]
            continue
        point, at = a, int(str(b))
        relay = OutboxRelay(s.db, always(Dying(s.adapter, point)), s.clock, lambda: 0.5)  # type: ignore[arg-type]
        with contextlib.suppress(Killed):
            relay.run_once(db=dying_db(at if point is None else None))
        s.clock.advance(301_000)
    for _ in range(20):  # the app restarted: sync until nothing is left
        if not s.unsent():
            break
        OutboxRelay(s.db, s._adapter, s.clock, lambda: 0.5).run_once()
        s.clock.advance(301_000)
    assert s.unsent() == 0
    assert [row for row in s.outbox() if row[1]] == []  # nothing parked
    by_task = {int(ref): [a for a in s.server.annotations if a["task"] == int(ref)] for ref in s.server.tasks}
    for task, result in last.items():
        ref = int(CatalogRepo(s.db).task(task).platform_ref or 0)
        assert [a["result"] for a in by_task[ref]] == [result]
    assert sum(len(v) for v in by_task.values()) == len(last)
