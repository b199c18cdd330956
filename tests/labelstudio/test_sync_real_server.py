"""The annotator flow against a real Label Studio 1.23.2: pull a locked batch, annotate offline, sync exactly
once — through a stopped and restarted server, through injected faults, and with a revoked token.

Each member has their own local store (as on their own computer); time is a hand-driven clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.platforms.labelstudio.model import REFUSED
from coopclient.relays.outbox_records import ANNOTATION_GONE
from coopclient.services.container import Services
from coopclient.services.platform_sync import PlatformSync
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.credentials import MemoryStore
from tests.fakes import FakeClock, FakeWait
from tests.labelstudio.fixtures import Member
from tests.labelstudio.proxy import ANNOTATIONS_PATH, FaultProxy
from tests.labelstudio.server import ADMIN_TOKEN, LabelStudioServer
from tests.labelstudio.test_harness import tiny_png

pytestmark = pytest.mark.labelstudio

TEXT = '<Text name="text" value="$text"/>'
CONFIGS = {
    "choices": f'<View>{TEXT}<Choices name="sentiment" toName="text"><Choice value="Positive"/>'
    '<Choice value="Negative"/></Choices></View>',
    "textarea": f'<View>{TEXT}<TextArea name="summary" toName="text" maxSubmissions="1"/></View>',
    "rating": f'<View>{TEXT}<Rating name="quality" toName="text" maxRating="5"/></View>',
    "ner": f'<View>{TEXT}<Labels name="entities" toName="text"><Label value="PER"/><Label value="LOC"/>'
    "</Labels></View>",
    "rectangles": '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image">'
    '<Label value="Car"/></RectangleLabels></View>',
}
TEXTS = ["Grace Wanjiru flew to Nairobi.", "Maria Santos lives in Cebu.", "Carlos Pérez works in Valencia."]


def result_for(kind: str, text: str) -> list[dict[str, Any]]:
    """A valid result of each kind, as the annotation pane produces it."""
    first = text.split()[0] if text.split() else ""
    values: dict[str, dict[str, Any]] = {
        "choices": {"choices": ["Positive"]},
        "textarea": {"text": [f"About: {text[:12]}"]},
        "rating": {"rating": 4},
        "ner": {"start": 0, "end": len(first), "text": first, "labels": ["PER"]},
        "rectangles": {"x": 10.0, "y": 20.0, "width": 30.5, "height": 40.0, "rotation": 0, "rectanglelabels": ["Car"]},
    }
    value = values[kind]
    names = {
        "choices": "sentiment",
        "textarea": "summary",
        "rating": "quality",
        "ner": "entities",
        "rectangles": "label",
    }
    kind_type = {"ner": "labels", "rectangles": "rectanglelabels"}.get(kind, kind)
    to_name = "image" if kind == "rectangles" else "text"
    return [{"id": "r1", "from_name": names[kind], "to_name": to_name, "type": kind_type, "value": value}]


class Member_:
    """One member's computer: a store, a clock, a platform sync with its own credentials."""

    def __init__(self, root: Path, url: str, token: str, timeout: float = 10.0) -> None:
        self.media = root / "media"
        self.clock = FakeClock()
        self.wait = FakeWait(self.clock)  # waits within a budget move the hand clock; nothing sleeps
        self.services: Services = build(root / "data", clock=self.clock, ids=lambda: str(uuid.uuid4()))
        self.sync = PlatformSync(
            self.services.db,
            self.clock,
            counting_ids("pull"),
            MemoryStore(),
            media_root=root / "media",
            timeout=timeout,
            wait=self.wait,
        )
        self.account = self.sync.add_account("label-studio", url, token)

    def pull(self, project: int, count: int) -> list[int]:
        done = self.sync.pull(self.account, str(project), count)
        return [t.id for t in CatalogRepo(self.services.db).tasks(batch_id=done.batch_id)] if done.batch_id else []

    def annotate(self, task_id: int, result: list[dict[str, Any]], seconds: int = 45) -> float:
        """Work on a task offline (timed), then submit; returns the lead time recorded (seconds)."""
        timer = self.services.timer
        timer.focus_task(task_id)
        for _ in range(seconds // 15):
            self.clock.advance(15_000)
            timer.input_seen()
            timer.heartbeat()
        timer.heartbeat()
        saved = self.services.results.submit(task_id, result)
        return saved.lead_time_ms / 1000

    def sync_until_done(self, rounds: int = 60) -> None:
        """Sync, waiting out backoffs on the hand clock, until nothing is left to send."""
        for _ in range(rounds):
            self.sync.sync()
            if not self.sync.outbox():
                return
            self.clock.advance(10 * 60_000)
        raise AssertionError(f"still queued: {self.sync.outbox()}")

    def ref(self, task_id: int) -> int:
        return int(CatalogRepo(self.services.db).task(task_id).platform_ref or 0)

    def close(self) -> None:
        self.sync.close()
        self.services.close()


@pytest.fixture
def member(tmp_path: Path, ls_server: LabelStudioServer) -> Iterator[Member_]:
    m = Member_(tmp_path / "admin", ls_server.url, ADMIN_TOKEN)
    yield m
    m.close()


def new_project(server: LabelStudioServer, kind: str, n: int) -> int:
    project = server.create_project(f"{kind} {uuid.uuid4().hex[:6]}", CONFIGS[kind])
    if kind == "rectangles":
        for i in range(n):
            server.upload_image(project, tiny_png(), f"shot{i}.png")
    else:
        server.import_tasks(project, [{"data": {"text": TEXTS[i % len(TEXTS)]}} for i in range(n)])
    return project


@pytest.mark.parametrize("kind", list(CONFIGS))
def test_each_tag_pull_annotate_offline_sync(ls_server: LabelStudioServer, member: Member_, kind: str) -> None:
    project = new_project(ls_server, kind, 3)
    tasks = member.pull(project, 3)
    assert len(tasks) == 3
    sent = {}
    for task_id in tasks:
        task = CatalogRepo(member.services.db).task(task_id)
        text = str(task.data.get("text", ""))
        result = result_for(kind, text)
        sent[member.ref(task_id)] = (result, member.annotate(task_id, result))
    if kind == "rectangles":  # the images were fetched for offline work (the server needs the token for them)
        assert len([p for p in member.media.rglob("*.png")]) == 3
    member.sync_until_done()
    for ref, (result, lead) in sent.items():
        stored = ls_server.annotations(ref)
        assert len(stored) == 1, stored
        assert stored[0]["lead_time"] == pytest.approx(lead)
        assert lead >= 45
        got = [{k: r[k] for k in ("from_name", "to_name", "type", "value")} for r in stored[0]["result"]]
        assert got == [{k: r[k] for k in ("from_name", "to_name", "type", "value")} for r in result]


def test_ner_offsets_reach_label_studio_in_utf16_units(ls_server: LabelStudioServer, member: Member_) -> None:
    """Label Studio's front end slices text by UTF-16 units: an emoji before a span counts twice there."""
    text = "🙂🎉 Grace Wanjiru flew to 🇰🇪 Nairobi."
    project = ls_server.create_project(f"ner-emoji {uuid.uuid4().hex[:6]}", CONFIGS["ner"])
    ls_server.import_tasks(project, [{"data": {"text": text}}])
    (task_id,) = member.pull(project, 1)
    start = text.index("Nairobi")  # a code point index, as the pane stores it
    value = {"start": start, "end": start + 7, "text": "Nairobi", "labels": ["LOC"]}
    member.annotate(
        task_id, [{"id": "r1", "from_name": "entities", "to_name": "text", "type": "labels", "value": value}]
    )
    member.sync_until_done()
    (stored,) = ls_server.annotations(member.ref(task_id))
    got = stored["result"][0]["value"]
    units = text.encode("utf-16-le")
    assert (got["start"], got["end"]) != (start, start + 7)
    assert units[2 * got["start"] : 2 * got["end"]].decode("utf-16-le") == "Nairobi"
    kept = member.services.results.result(task_id)
    assert kept is not None
    assert kept[0]["value"]["start"] == start  # the store keeps code points


def test_two_members_pulling_the_same_project_never_share_a_task(
    tmp_path: Path, ls_server: LabelStudioServer, ls_member: Member
) -> None:
    """Both members pull from the same project in the same minute, their requests interleaved.

    (Truly simultaneous first requests can both be given the same task by Label Studio 1.23.2's own /next/
    lock on SQLite: seen here once in a threaded run. The app cannot see other members' locks; see the
    README's Label Studio section for what it does when a task turns out to be done by someone else.)
    """
    project = new_project(ls_server, "choices", 12)
    admin = Member_(tmp_path / "a", ls_server.url, ADMIN_TOKEN)
    other = Member_(tmp_path / "b", ls_server.url, ls_member.token)
    try:
        got: dict[str, list[int]] = {"a": [], "b": []}
        for name, member, count in (("a", admin, 2), ("b", other, 2), ("a", admin, 3), ("b", other, 3)):
            got[name] += [member.ref(t) for t in member.pull(project, count)]
        assert len(got["a"]) == 5
        assert len(got["b"]) == 5
        assert not set(got["a"]) & set(got["b"])
    finally:
        admin.close()
        other.close()


def test_a_task_annotated_by_someone_else_is_shown_as_such(
    tmp_path: Path, ls_server: LabelStudioServer, ls_member: Member
) -> None:
    """The lock failed (or expired) and a co-worker annotated the task: the member's app says so at sync."""
    project = new_project(ls_server, "choices", 2)
    other = Member_(tmp_path / "b", ls_server.url, ls_member.token)
    try:
        taken, free = other.pull(project, 2)
        other.annotate(taken, result_for("choices", ""), seconds=30)  # saved offline, not yet sent
        with ls_server.admin_client() as admin:
            body = {"result": result_for("choices", ""), "lead_time": 5}
            admin.post(f"/api/tasks/{other.ref(free)}/annotations/", json=body).raise_for_status()
        other.sync_until_done()
        workbench = other.services.workbench
        assert "Someone else has already annotated" in (workbench.task_view(free).remote_note or "")
        assert workbench.task_view(taken).remote_note is None
        assert len(ls_server.annotations(other.ref(taken))) == 1
    finally:
        other.close()


def test_server_stopped_mid_batch_work_goes_on_and_syncs_after_restart(
    ls_server: LabelStudioServer, member: Member_
) -> None:
    project = new_project(ls_server, "choices", 6)
    tasks = member.pull(project, 6)
    for task_id in tasks[:2]:
        member.annotate(task_id, result_for("choices", ""))
    member.sync_until_done()
    ls_server.stop()
    try:
        for task_id in tasks[2:]:
            member.annotate(task_id, result_for("choices", ""))  # offline: saved locally
        report = member.sync.sync()
        assert report.delivered == 0
        assert report.unreachable
        assert len(member.sync.outbox()) == 4  # queued, not lost
    finally:
        ls_server.restart()
    member.sync_until_done()
    for task_id in tasks:
        assert len(ls_server.annotations(member.ref(task_id))) == 1


def test_faults_between_client_and_server_every_annotation_arrives_exactly_once(
    tmp_path: Path, ls_server: LabelStudioServer, fault_proxy: FaultProxy
) -> None:
    n = 200
    project = new_project(ls_server, "choices", n)
    m = Member_(tmp_path / "faults", fault_proxy.url, ADMIN_TOKEN, timeout=2.0)
    try:
        tasks = m.pull(project, n)
        assert len(tasks) == n
        for task_id in tasks:
            m.services.results.submit(task_id, result_for("choices", ""))
        fault_proxy.randomly(seed=7, rate=0.35, method="POST", path=ANNOTATIONS_PATH)
        m.sync_until_done(rounds=80)
        stats = fault_proxy.stats
        for kind in ("refuse", "reset_after_commit", "timeout", "http_500", "http_429", "truncate"):
            assert stats.get(kind, 0) > 0, stats
        counts = [len(ls_server.annotations(m.ref(t))) for t in tasks]
        assert counts == [1] * n
    finally:
        m.close()


def test_a_revoked_token_gives_a_clear_message_and_loses_nothing(tmp_path: Path, ls_server: LabelStudioServer) -> None:
    """The member's token is revoked on the server itself (reset-token), mid-batch."""
    token = "7e" * 20
    ls_server.add_member("revoked@coop.test", "Revoked-pass-1", token)
    project = new_project(ls_server, "choices", 3)
    member = Member_(tmp_path / "revoke", ls_server.url, token)
    try:
        tasks = member.pull(project, 3)
        for task_id in tasks:
            member.annotate(task_id, result_for("choices", ""))
        with ls_server.client(token) as client:  # revoked: Label Studio issues a new one
            reset = client.post("/api/current-user/reset-token/")
            reset.raise_for_status()
            new_token = reset.json()["token"]
        assert new_token != token
        report = member.sync.sync()
        assert report.delivered == 0
        assert list(report.auth_failed.values()) == [REFUSED]
        assert len(member.sync.outbox()) == 3  # nothing lost
        assert member.services.db.execute("SELECT count(*) FROM results").fetchone()[0] == 3
        member.sync.add_account("label-studio", ls_server.url, new_token)  # the member gives the new token
        member.sync_until_done()
        assert all(len(ls_server.annotations(member.ref(t))) == 1 for t in tasks)
    finally:
        member.close()


def test_an_edit_after_sync_updates_the_same_annotation(ls_server: LabelStudioServer, member: Member_) -> None:
    project = new_project(ls_server, "choices", 1)
    [task_id] = member.pull(project, 1)
    member.annotate(task_id, result_for("choices", ""))
    member.sync_until_done()
    [first] = ls_server.annotations(member.ref(task_id))
    negative = [{**result_for("choices", "")[0], "value": {"choices": ["Negative"]}}]
    lead = member.annotate(task_id, negative, seconds=30)  # the member reopens the task and changes the answer
    member.sync_until_done()
    [stored] = ls_server.annotations(member.ref(task_id))
    assert stored["id"] == first["id"]
    assert stored["result"][0]["value"] == {"choices": ["Negative"]}
    assert stored["lead_time"] == pytest.approx(lead)
    assert lead > first["lead_time"]
    assert [e.state for e in member.sync.outbox(include_done=True)] == ["done", "done"]


def test_an_edit_of_an_annotation_deleted_on_the_server_is_parked(
    ls_server: LabelStudioServer, member: Member_
) -> None:
    project = new_project(ls_server, "choices", 1)
    [task_id] = member.pull(project, 1)
    member.annotate(task_id, result_for("choices", ""))
    member.sync_until_done()
    [first] = ls_server.annotations(member.ref(task_id))
    ls_server._admin_request("DELETE", f"/api/annotations/{first['id']}/")
    member.annotate(task_id, [{**result_for("choices", "")[0], "value": {"choices": ["Negative"]}}])
    assert member.sync.sync().parked == 1
    [entry] = member.sync.outbox()
    assert (entry.state, entry.last_error) == ("parked", ANNOTATION_GONE)
    assert ls_server.annotations(member.ref(task_id)) == []  # nothing re-created behind the member's back
