"""The Label Studio adapter against an in-memory Label Studio (``FakeLabelStudio``, also used by the relay and
platform-sync tests): token kinds and refresh, projects, locked pulls, media, and how every answer maps to
the core's errors. The behaviour emulated is the one checked on a live 1.23.2 server (anchors/platforms.md §1).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import traceback
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import pytest

from coopclient.core.platform import AuthFailed, Rejected, Submission, TaskGone, TaskState, Unreachable
from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter
from coopclient.platforms.labelstudio.model import CAME_ROUND, LEGACY_DISABLED, NO_MORE_TASKS, REFUSED
from coopclient.platforms.labelstudio.tokens import TokenKind, token_kind

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
SENTIMENT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}]


def jwt(claims: dict[str, Any]) -> str:
    """An unsigned-looking JWT: the adapter only reads the payload."""

    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


LEGACY = "0123456789abcdef0123456789abcdef01234567"
PAT = jwt({"token_type": "refresh", "jti": "pat-1", "user_id": 1, "exp": 8_000_000_000})
BASE = "https://ls.test"


class FakeLabelStudio:
    """Label Studio's annotator API in memory, for ``httpx.MockTransport``.

    ``faults`` is consumed one per annotation POST: ``connect`` and ``timeout_before`` fail before the server
    stores anything; ``reset`` and ``timeout`` store the annotation, then break the connection; ``500``,
    ``429`` (Retry-After: 30) and ``400`` answer without storing; None is a normal answer. ``patch_faults`` is
    consumed one per annotation PATCH: ``reset`` applies the change, then breaks the connection; ``500`` answers
    without applying it. ``draft_faults`` is consumed one per draft POST: ``reset`` stores the draft, then breaks
    the connection (its answer is lost); ``429`` (Retry-After: 5) answers without storing. ``next_faults``
    likewise for ``/next/``: ``429`` or ``500``.
    """

    def __init__(self) -> None:
        self.legacy_enabled = True
        self.pat_revoked = False
        self.access: set[str] = set()
        self.refreshes = 0
        self.requeue_postponed = True
        self.projects: dict[int, dict[str, Any]] = {}
        self.tasks: dict[int, dict[str, Any]] = {}
        self.drafts: dict[int, dict[str, Any]] = {}
        self.annotations: list[dict[str, Any]] = []
        self.media: dict[str, bytes] = {}
        self.faults: list[str | None] = []
        self.patch_faults: list[str | None] = []
        self.draft_faults: list[str | None] = []
        self.next_faults: list[str | None] = []
        self.requests: list[httpx.Request] = []
        self.locked: int | None = None
        self.me = {"id": 1, "email": "annot@example.com", "username": "annot"}
        self._ids = count(1)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def add_project(self, pid: int, title: str = "Sentiment", config: str = CONFIG) -> None:
        self.projects[pid] = {"id": pid, "title": title, "label_config": config, "expert_instruction": "Be kind"}

    def add_tasks(self, pid: int, datas: list[dict[str, Any]]) -> list[int]:
        ids = []
        for data in datas:
            tid = 1000 + len(self.tasks) + 1
            self.tasks[tid] = {"id": tid, "project": pid, "data": data, "meta": {}, "predictions": []}
            ids.append(tid)
        return ids

    def posts(self, suffix: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST" and r.url.path.endswith(suffix)]

    # -- the server --------------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, method = request.url.path, request.method
        if request.url.host != "ls.test":
            return httpx.Response(200, content=b"elsewhere")
        if (method, path) == ("POST", "/api/token/refresh/"):
            return self._refresh(request)
        denied = self._denied(request)
        if denied is not None:
            return denied
        for pattern, verb, route in self._routes():
            match = re.fullmatch(pattern, path)
            if match and verb == method:
                return route(request, *[int(g) if g.isdigit() else g for g in match.groups()])
        return _json(404, {"detail": "Not found."})

    def _routes(self) -> list[tuple[str, str, Callable[..., httpx.Response]]]:
        return [
            (r"/api/current-user/whoami", "GET", lambda r: _json(200, self.me)),
            (r"/api/projects/", "GET", self._project_list),
            (r"/api/projects/(\d+)/", "GET", self._project),
            (r"/api/projects/(\d+)/next/", "GET", self._next),
            (r"/api/tasks/", "GET", self._task_list),
            (r"/api/tasks/(\d+)/drafts", "POST", self._draft),
            (r"/api/tasks/(\d+)/annotations/", "POST", self._annotate),
            (r"/api/tasks/(\d+)/annotations/", "GET", self._task_annotations),
            (r"/api/annotations/(\d+)/", "PATCH", self._patch),
            (r"/api/tasks/(\d+)/", "GET", self._task),
            (r"/data/(.+)", "GET", self._media),
        ]

    def _refresh(self, request: httpx.Request) -> httpx.Response:
        if json.loads(request.content).get("refresh") != PAT or self.pat_revoked:
            return _json(401, {"detail": "Token is blacklisted", "code": "token_not_valid"})
        self.refreshes += 1
        access = jwt({"token_type": "access", "jti": f"access-{self.refreshes}", "user_id": 1})
        self.access.add(access)
        return _json(200, {"access": access})

    def _denied(self, request: httpx.Request) -> httpx.Response | None:
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        if scheme == "Token" and value == LEGACY:
            if self.legacy_enabled:
                return None
            detail = "Authentication token no longer valid: legacy token authentication has been disabled"
            return _json(401, {"detail": detail})
        if scheme == "Bearer" and value in self.access:
            return None
        return _json(401, {"detail": "Invalid token."})

    def _project_list(self, request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), min(100, int(request.url.params["page_size"]))
        items = [self.projects[k] for k in sorted(self.projects)]
        chunk = items[(page - 1) * size : page * size]
        if page > 1 and not chunk:
            return _json(404, {"detail": "Invalid page."})
        more = page * size < len(items)
        return _json(200, {"count": len(items), "next": f"{BASE}/api/projects/?page={page + 1}" if more else None,
                           "previous": None, "results": chunk})  # fmt: skip

    def _project(self, request: httpx.Request, pid: int) -> httpx.Response:
        return _json(200, self.projects[pid]) if pid in self.projects else _json(404, {"detail": "Not found."})

    def _open(self, tid: int) -> bool:
        return tid in self.tasks and not any(a["task"] == tid for a in self.annotations)

    def _next(self, request: httpx.Request, pid: int) -> httpx.Response:
        fault = self.next_faults.pop(0) if self.next_faults else None
        if fault in ("429", "500"):
            return _json(int(fault), {"detail": "busy"}, {"Retry-After": "5"} if fault == "429" else {})
        postponed = {d["task"] for d in self.drafts.values() if d["was_postponed"]}
        candidates = [t for t in sorted(self.tasks) if self.tasks[t]["project"] == pid and self._open(t)]
        if self.locked in candidates and self.locked not in postponed:
            return _json(200, self._full(self.locked))
        fresh = [t for t in candidates if t not in postponed]
        again = [t for t in candidates if t in postponed] if self.requeue_postponed else []
        if not fresh + again:
            return _json(404, {"detail": f"There are no tasks for {self.me['email']}"})
        self.locked = (fresh + again)[0]
        return _json(200, self._full(self.locked))

    def _full(self, tid: int) -> dict[str, Any]:
        drafts = [{"id": k, **d} for k, d in self.drafts.items() if d["task"] == tid]
        annotations = [a for a in self.annotations if a["task"] == tid]
        return {**self.tasks[tid], "annotations": annotations, "drafts": drafts, "unique_lock_id": f"lock-{tid}"}

    def _task_list(self, request: httpx.Request) -> httpx.Response:
        """``/api/tasks/?project=&fields=all&page=&page_size=&query=``: with the member's drafts; the data
        manager's "has drafts" filter is honoured when sent."""
        params = request.url.params
        page, size = int(params["page"]), min(100, int(params["page_size"]))
        ids = [t for t in sorted(self.tasks) if self.tasks[t]["project"] == int(params["project"])]
        if "filter:tasks:drafts" in params.get("query", ""):
            ids = [t for t in ids if any(d["task"] == t for d in self.drafts.values())]
        chunk = ids[(page - 1) * size : page * size]
        if page > 1 and not chunk:
            return _json(404, {"detail": "Invalid page."})
        return _json(200, {"total": len(ids), "tasks": [self._full(t) for t in chunk]})

    def _draft(self, request: httpx.Request, tid: int) -> httpx.Response:
        fault = self.draft_faults.pop(0) if self.draft_faults else None
        if fault == "429":
            return _json(429, {"detail": "Too many requests"}, {"Retry-After": "5"})
        if tid not in self.tasks:
            return _json(404, {"detail": "Not found."})
        body = json.loads(request.content)
        draft_id = next(self._ids)
        self.drafts[draft_id] = {"task": tid, "result": body["result"], "was_postponed": body["was_postponed"]}
        self.drafts[draft_id]["annotation"] = None
        if fault == "reset":
            raise httpx.RemoteProtocolError("peer closed connection without complete body", request=request)
        return _json(201, {"id": draft_id, "task": tid, **body})

    def _annotate(self, request: httpx.Request, tid: int) -> httpx.Response:
        fault = self.faults.pop(0) if self.faults else None
        if fault == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if fault == "timeout_before":
            raise httpx.WriteTimeout("timed out", request=request)
        if fault in ("500", "429", "400"):
            headers = {"Retry-After": "30"} if fault == "429" else {}
            detail = {"400": "Validation error", "429": "Too many requests", "500": "Server error"}[fault]
            return _json(int(fault), {"detail": detail, "validation_errors": {"result": ["bad"]}}, headers)
        if tid not in self.tasks:
            return _json(404, {"detail": "Not found."})
        body = json.loads(request.content)
        if any(a["unique_id"] == body.get("unique_id") for a in self.annotations):
            return _json(409, _error(409, "Annotation with this unique id already exists"))
        annotation = {"id": next(self._ids), "task": tid, "completed_by": self.me["id"], **body}
        self.annotations.append(annotation)
        self.drafts.pop(body.get("draft_id"), None)
        if fault == "reset":
            raise httpx.RemoteProtocolError("peer closed connection without complete body", request=request)
        if fault == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        return _json(201, {**annotation, "unique_id": None})

    def _task_annotations(self, request: httpx.Request, tid: int) -> httpx.Response:
        if tid not in self.tasks:
            return _json(404, {"detail": "Not found."})
        return _json(
            200, [{k: v for k, v in a.items() if k != "unique_id"} for a in self.annotations if a["task"] == tid]
        )

    def _patch(self, request: httpx.Request, aid: int) -> httpx.Response:
        fault = self.patch_faults.pop(0) if self.patch_faults else None
        if fault == "500":
            return _json(500, {"detail": "Server error"})
        found = [a for a in self.annotations if a["id"] == aid]
        if not found:
            return _json(404, {"detail": "No Annotation matches the given query."})
        found[0].update(json.loads(request.content))  # PATCH: only the fields sent change
        if fault == "reset":
            raise httpx.RemoteProtocolError("peer closed connection without complete body", request=request)
        return _json(200, {**found[0], "unique_id": None})

    def _task(self, request: httpx.Request, tid: int) -> httpx.Response:
        return _json(200, self._full(tid)) if tid in self.tasks else _json(404, {"detail": "Not found."})

    def _media(self, request: httpx.Request, rest: str) -> httpx.Response:
        content = self.media.get(request.url.path)
        return httpx.Response(200, content=content) if content is not None else _json(404, {"detail": "Not found."})


def _error(status: int, detail: str) -> dict[str, Any]:
    """Label Studio's error body: its "id" is the error's uuid (never an annotation's)."""
    uuid = f"3f1c2a9e-7b4d-4e1a-9c0f-{len(detail):012d}"
    return {"id": uuid, "status_code": status, "version": "1.23.2", "detail": detail, "exc_info": None}


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.fixture
def server() -> FakeLabelStudio:
    s = FakeLabelStudio()
    s.add_project(3)
    s.add_tasks(3, [{"text": f"text {i}"} for i in range(3)])
    return s


def adapter(server: FakeLabelStudio, token: str = PAT, media_dir: Path | None = None) -> LabelStudioAdapter:
    return LabelStudioAdapter(BASE + "/", token, transport=server.transport(), media_dir=media_dir)


def submission(task: int, unique_id: str = "u-1", lock: str | None = None) -> Submission:
    return Submission(str(task), unique_id, SENTIMENT, 37.4, lock=lock)


# -- auth ------------------------------------------------------------------------------------------------


def test_token_kinds_are_told_apart_by_the_jwt_payload() -> None:
    assert token_kind(LEGACY) is TokenKind.LEGACY
    assert token_kind(PAT) is TokenKind.REFRESH
    assert token_kind(jwt({"token_type": "access"})) is TokenKind.ACCESS
    assert token_kind("a.b.c") is TokenKind.LEGACY  # not base64 JSON
    assert token_kind("x." + base64.urlsafe_b64encode(b"[1]").decode() + ".y") is TokenKind.LEGACY


def test_legacy_token_is_sent_as_token(server: FakeLabelStudio) -> None:
    me = adapter(server, LEGACY).whoami()
    assert (me.id, me.email) == (1, "annot@example.com")
    assert server.requests[-1].headers["Authorization"] == f"Token {LEGACY}"
    assert server.refreshes == 0


def test_pat_is_exchanged_and_renewed_on_expiry_without_troubling_the_member(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    ls.whoami()
    assert server.refreshes == 1
    assert server.requests[0].url.path == "/api/token/refresh/"
    assert server.requests[1].headers["Authorization"].startswith("Bearer ")
    ls.whoami()
    assert server.refreshes == 1  # the access token is reused while it works
    server.access.clear()  # 300 s later: every access token has expired
    assert ls.list_projects()[0].ref == "3"
    assert server.refreshes == 2
    assert [r.url.path for r in server.requests[-3:]] == ["/api/projects/", "/api/token/refresh/", "/api/projects/"]


def test_an_access_jwt_is_used_as_bearer_and_cannot_be_renewed(server: FakeLabelStudio) -> None:
    access = jwt({"token_type": "access", "jti": "pasted"})
    server.access.add(access)
    ls = adapter(server, access)
    ls.whoami()
    server.access.clear()
    with pytest.raises(AuthFailed, match="refused the token"):
        ls.whoami()
    assert server.refreshes == 0


def test_a_revoked_token_fails_with_a_message_that_never_holds_it(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    ls.whoami()
    server.pat_revoked = True
    server.access.clear()
    with pytest.raises(AuthFailed) as caught:
        ls.submit(submission(1001))
    assert str(caught.value) == REFUSED
    assert caught.value.status == 401
    shown = "".join(traceback.format_exception(caught.value)) + repr(ls) + repr(caught.value.args)
    secrets = [PAT, *server.access, *(r.headers.get("Authorization", "") for r in server.requests)]
    assert not [s for s in secrets if s and s.split(" ")[-1] in shown]


def test_legacy_tokens_turned_off_says_so(server: FakeLabelStudio) -> None:
    server.legacy_enabled = False
    with pytest.raises(AuthFailed, match="legacy tokens off") as caught:
        adapter(server, LEGACY).whoami()
    assert LEGACY not in str(caught.value)
    assert str(caught.value) == LEGACY_DISABLED


# -- projects and pulls ----------------------------------------------------------------------------------


def test_projects_are_read_page_by_page(server: FakeLabelStudio) -> None:
    for pid in range(10, 160):
        server.add_project(pid, f"P{pid}")
    projects = adapter(server).list_projects()
    assert len(projects) == 151
    pages = [r.url.params["page"] for r in server.requests if r.url.path == "/api/projects/"]
    assert pages == ["1", "2"]
    assert all(r.url.params["page_size"] == "100" for r in server.requests if r.url.path == "/api/projects/")
    assert (projects[0].label_config, projects[0].instructions) == (CONFIG, "Be kind")


def test_an_unknown_project_is_rejected(server: FakeLabelStudio) -> None:
    with pytest.raises(Rejected, match="no project 99") as caught:
        adapter(server).project("99")
    assert caught.value.status == 404
    with pytest.raises(Rejected, match="not a Label Studio project id"):
        adapter(server).project("../admin")


def test_pull_locks_each_task_with_a_postponed_draft_and_stops_at_404(server: FakeLabelStudio) -> None:
    server.requeue_postponed = False
    pulled = adapter(server).pull_locked("3", 5)
    assert [t.ref for t in pulled.tasks] == ["1001", "1002", "1003"]
    assert pulled.note == NO_MORE_TASKS
    drafts = [json.loads(r.content) for r in server.posts("/drafts")]
    assert drafts == [{"result": [], "lead_time": 0, "was_postponed": True}] * 3
    assert [t.lock for t in pulled.tasks] == [str(k) for k in server.drafts]
    assert pulled.tasks[0].data == {"text": "text 0"}
    assert pulled.tasks[0].payload["unique_lock_id"] == "lock-1001"


def test_pull_stops_when_the_queue_comes_back_round(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    pulled = ls.pull_locked("3", 5)
    assert len(pulled.tasks) == 3
    assert pulled.note == CAME_ROUND
    assert len(server.drafts) == 3  # the repeated task got no second draft
    assert ls.pull_locked("3", 2, held={"1001", "1002", "1003"}).tasks == []


def test_a_failure_after_the_first_lock_keeps_the_locked_tasks(server: FakeLabelStudio) -> None:
    calls = count()
    handle = server.handle

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/next/") and next(calls) == 2:
            raise httpx.ConnectError("gone", request=request)
        return handle(request)

    pulled = LabelStudioAdapter(BASE, PAT, transport=httpx.MockTransport(flaky)).pull_locked("3", 3)
    assert len(pulled.tasks) == 2
    assert pulled.note is not None and "cannot connect" in pulled.note
    calls = count(2)  # the very first /next/ fails: nothing is locked (the two are stored), so it is raised
    with pytest.raises(Unreachable, match="cannot connect"):
        LabelStudioAdapter(BASE, PAT, transport=httpx.MockTransport(flaky)).pull_locked("3", 3, held={"1001", "1002"})


def test_media_is_fetched_with_auth_only_from_the_same_host(server: FakeLabelStudio, tmp_path: Path) -> None:
    server.media["/data/upload/3/cat.png"] = b"PNG-1"
    server.media["/data/upload/3/dog.jpg"] = b"JPG-2"
    data = {
        "text": "a cat",
        "image": "/data/upload/3/cat.png",
        "photo": f"{BASE}/data/upload/3/dog.jpg",
        "elsewhere": "https://cdn.example.org/x.png",
        "downgraded": "http://ls.test/data/upload/3/cat.png",
        "missing": "/data/upload/3/gone.png",
    }
    server.tasks.clear()
    server.add_tasks(3, [data])
    task = adapter(server, media_dir=tmp_path).pull("3", 1)[0]
    assert set(task.media) == {"image", "photo"}
    image = Path(task.media["image"])
    assert image.read_bytes() == b"PNG-1"
    assert image.name == hashlib.sha256(f"{BASE}/data/upload/3/cat.png".encode()).hexdigest() + ".png"
    assert Path(task.media["photo"]).suffix == ".jpg"
    hosts = {(r.url.scheme, r.url.host) for r in server.requests}
    assert hosts == {("https", "ls.test")}  # never another host, never plain http
    media_requests = [r for r in server.requests if r.url.path.startswith("/data/")]
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in media_requests)
    assert not list(tmp_path.glob("*.part"))


# -- submit ----------------------------------------------------------------------------------------------


def test_submit_sends_unique_id_lead_time_and_draft_and_a_replay_is_success(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    task = ls.pull("3", 1)[0]
    assert ls.submit(Submission(task.ref, "u-1", SENTIMENT, 37.4, lock=task.lock)) != ""
    body = json.loads(server.posts("/annotations/")[0].content)
    assert body == {
        "result": SENTIMENT,
        "lead_time": 37.4,
        "unique_id": "u-1",
        "was_cancelled": False,
        "draft_id": int(task.lock or 0),
    }
    assert server.drafts == {}
    # a replay answers 409 with an error id, not the annotation's: the member's one annotation on the task is it
    assert ls.submit(Submission(task.ref, "u-1", SENTIMENT, 37.4, lock=task.lock)) == str(server.annotations[0]["id"])
    assert len(server.annotations) == 1


def test_a_replay_of_a_later_version_updates_the_annotation_the_server_holds(server: FakeLabelStudio) -> None:
    """A kill after the server stored version 1 and before the ack: version 2 is answered 409 and must land."""
    ls = adapter(server)
    ls.submit(submission(1001))
    edited = [{**SENTIMENT[0], "value": {"choices": ["Negative"]}}]
    annotation_id = ls.submit(Submission("1001", "u-1", edited, 52.5))
    [stored] = server.annotations
    assert annotation_id == str(stored["id"])
    assert (stored["result"], stored["lead_time"]) == (edited, 52.5)


def test_a_skip_is_a_cancelled_annotation(server: FakeLabelStudio) -> None:
    adapter(server).submit(Submission("1001", "u-2", [], 0.8, cancelled=True))
    assert server.annotations[0]["was_cancelled"] is True


@pytest.mark.parametrize(
    ("fault", "error", "stored"),
    [
        ("connect", Unreachable, 0),
        ("timeout_before", Unreachable, 0),
        ("reset", Unreachable, 1),
        ("timeout", Unreachable, 1),
        ("500", Unreachable, 0),
        ("429", Unreachable, 0),
        ("400", Rejected, 0),
    ],
)
def test_submit_maps_each_failure(server: FakeLabelStudio, fault: str, error: type[Exception], stored: int) -> None:
    server.faults = [fault]
    with pytest.raises(error) as caught:
        adapter(server).submit(submission(1001))
    assert type(caught.value) is error
    assert len(server.annotations) == stored
    if fault == "429":
        assert isinstance(caught.value, Unreachable) and caught.value.retry_after_s == 30
    if fault == "400":
        assert isinstance(caught.value, Rejected) and caught.value.status == 400
        assert str(caught.value) == 'Validation error; {"result": ["bad"]}'


def test_submit_to_a_deleted_task_is_task_gone(server: FakeLabelStudio) -> None:
    with pytest.raises(TaskGone, match="deleted on the server"):
        adapter(server).submit(submission(4242))


def test_retry_after_may_be_an_http_date(server: FakeLabelStudio) -> None:
    headers = {"Retry-After": "Wed, 21 Oct 2026 07:28:30 GMT", "Date": "Wed, 21 Oct 2026 07:28:00 GMT"}
    transport = httpx.MockTransport(lambda r: _json(503, {"detail": "busy"}, headers))
    with pytest.raises(Unreachable) as caught:
        LabelStudioAdapter(BASE, LEGACY, transport=transport).submit(submission(1))
    assert caught.value.retry_after_s == 30


def test_other_conflicts_are_rejected(server: FakeLabelStudio) -> None:
    transport = httpx.MockTransport(lambda r: _json(409, {"detail": "Task is locked by another annotator"}))
    with pytest.raises(Rejected, match="locked by another") as caught:
        LabelStudioAdapter(BASE, LEGACY, transport=transport).submit(submission(1))
    assert caught.value.status == 409


def test_task_state(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    assert ls.task_state("1001") is TaskState.OPEN
    ls.submit(submission(1001))
    assert ls.task_state("1001") is TaskState.DONE_BY_ME
    server.annotations.append({"id": 77, "task": 1002, "completed_by": {"id": 9}, "was_cancelled": False})
    assert ls.task_state("1002") is TaskState.DONE_BY_OTHERS
    assert ls.task_state("4242") is TaskState.GONE


# -- edits after delivery ----------------------------------------------------------------------------------


def test_update_patches_the_annotation_with_the_new_result_and_lead_time(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    annotation_id = ls.submit(submission(1001))
    edited = [{**SENTIMENT[0], "value": {"choices": ["Negative"]}}]
    ls.update(annotation_id, Submission("1001", "u-1", edited, 52.5))
    [patch] = [r for r in server.requests if r.method == "PATCH"]
    assert patch.url.path == f"/api/annotations/{annotation_id}/"
    assert json.loads(patch.content) == {"result": edited, "lead_time": 52.5, "was_cancelled": False}
    [stored] = server.annotations
    assert (stored["result"], stored["lead_time"], stored["unique_id"]) == (edited, 52.5, "u-1")


def test_update_of_a_deleted_annotation_is_task_gone(server: FakeLabelStudio) -> None:
    with pytest.raises(TaskGone, match="annotation 77 was deleted on the server"):
        adapter(server).update("77", submission(1001))


@pytest.mark.parametrize(
    ("answer", "error"),
    [(_json(400, {"detail": "Validation error"}), Rejected), (_json(503, {"detail": "busy"}), Unreachable)],
)
def test_update_maps_failures_like_submit(answer: httpx.Response, error: type[Exception]) -> None:
    ls = LabelStudioAdapter(BASE, LEGACY, transport=httpx.MockTransport(lambda r: answer))
    with pytest.raises(error) as caught:
        ls.update("5", submission(1001))
    assert type(caught.value) is error
    with pytest.raises(Rejected, match="not a Label Studio annotation id"):
        ls.update("", submission(1001))


def test_a_replay_finds_no_id_when_the_member_has_two_annotations_on_the_task(server: FakeLabelStudio) -> None:
    ls = adapter(server)
    ls.submit(submission(1001))
    server.annotations.append({"id": 99, "task": 1001, "completed_by": 1, "result": [], "unique_id": "web"})
    with pytest.raises(Rejected, match="you have 2 annotations on task 1001") as caught:
        ls.submit(submission(1001))  # which one the replay matched cannot be told: none is guessed
    assert caught.value.status == 409
    assert len(server.annotations) == 2
    assert [r for r in server.requests if r.method == "PATCH"] == []
