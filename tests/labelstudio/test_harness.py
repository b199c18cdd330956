"""Proof that the Label Studio harness works: the real server, its locking and exactly-once primitives, and
every fault of the proxy as an httpx client sees it."""

from __future__ import annotations

import struct
import time
import uuid
import zlib
from typing import Any

import httpx
import pytest

from tests.labelstudio.fixtures import Member
from tests.labelstudio.proxy import ANNOTATIONS_PATH, Fault, FaultProxy, Kind
from tests.labelstudio.server import (
    ADMIN_EMAIL,
    ADMIN_TOKEN,
    LabelStudioServer,
    clean_env,
    installed_versions,
    pinned_versions,
)

pytestmark = pytest.mark.labelstudio

SENTIMENT_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
  </Choices>
</View>"""
IMAGE_CONFIG = """<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image"><Label value="Car"/></RectangleLabels>
</View>"""
WHOAMI = "/api/current-user/whoami"


def text_project(server: LabelStudioServer, n_tasks: int = 5) -> tuple[int, list[int]]:
    """A fresh project with a Choices config and ``n_tasks`` text tasks: (project id, task ids)."""
    project_id = server.create_project(f"harness {uuid.uuid4().hex[:8]}", SENTIMENT_CONFIG)
    server.import_tasks(project_id, [{"data": {"text": f"text number {i}"}} for i in range(n_tasks)])
    return project_id, server.task_ids(project_id)


def annotation(unique_id: str, choice: str = "Positive") -> dict[str, Any]:
    """An annotation payload as the app sends it, with its exactly-once ``unique_id``."""
    result = {
        "id": "r1",
        "from_name": "sentiment",
        "to_name": "text",
        "type": "choices",
        "origin": "manual",
        "value": {"choices": [choice]},
    }
    return {"result": [result], "lead_time": 12.5, "unique_id": unique_id, "was_cancelled": False}


def tiny_png() -> bytes:
    """A valid 1×1 PNG, made without an imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


# -- the server ------------------------------------------------------------------------------------------------


def test_server_venv_holds_exactly_the_pinned_set(ls_server: LabelStudioServer) -> None:
    """A fresh install took sentry-sdk 3.0.0 and the server died at start: the venv must be the committed set."""
    assert ls_server.venv is not None
    pins, installed = pinned_versions(), installed_versions(ls_server.venv)
    assert pins["sentry-sdk"].startswith("2.")
    differing = {name: (pins.get(name), version) for name, version in installed.items() if pins.get(name) != version}
    assert differing == {}
    assert set(pins) <= set(installed)


def test_server_environment_turns_telemetry_off(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRY_DSN", "https://key@sentry.example.org/1")
    env = clean_env(tmp_path)
    assert env["SENTRY_DSN"] == ""
    assert env["FRONTEND_SENTRY_DSN"] == ""
    assert env["COLLECT_ANALYTICS"] == "false"
    assert env["LATEST_VERSION_CHECK"] == "false"


def test_admin_token_is_accepted(ls_admin: httpx.Client) -> None:
    response = ls_admin.get(WHOAMI)
    assert response.status_code == 200
    assert response.json()["email"] == ADMIN_EMAIL


def test_second_member_has_a_working_token(ls_server: LabelStudioServer, ls_member: Member) -> None:
    with ls_server.client(ls_member.token) as member:
        assert member.get(WHOAMI).json()["email"] == ls_member.email


def test_next_locks_a_task_and_a_postponed_draft_moves_both_members_on(
    ls_server: LabelStudioServer, ls_admin: httpx.Client, ls_member: Member
) -> None:
    project_id, task_ids = text_project(ls_server)
    assert len(task_ids) == 5
    first = ls_admin.get(f"/api/projects/{project_id}/next/")
    assert first.status_code == 200
    held = first.json()["id"]
    assert ls_admin.get(f"/api/projects/{project_id}/next/").json()["id"] == held  # locked: same task again

    draft = {"result": [], "lead_time": 0, "was_postponed": True}
    assert ls_admin.post(f"/api/tasks/{held}/drafts", json=draft).status_code == 201
    second = ls_admin.get(f"/api/projects/{project_id}/next/").json()["id"]
    assert second != held

    with ls_server.client(ls_member.token) as member:
        theirs = member.get(f"/api/projects/{project_id}/next/")
    assert theirs.status_code == 200
    assert theirs.json()["id"] in set(task_ids) - {held, second}


def test_annotation_replay_with_the_same_unique_id_is_409(ls_server: LabelStudioServer, ls_admin: httpx.Client) -> None:
    _, (task_id, *_) = text_project(ls_server, 1)
    payload = annotation(str(uuid.uuid4()))
    assert ls_admin.post(f"/api/tasks/{task_id}/annotations/", json=payload).status_code == 201
    replay = ls_admin.post(f"/api/tasks/{task_id}/annotations/", json=payload)
    assert replay.status_code == 409
    assert len(ls_server.annotations(task_id)) == 1


def test_uploaded_image_is_a_task_whose_media_needs_the_token(
    ls_server: LabelStudioServer, ls_admin: httpx.Client
) -> None:
    project_id = ls_server.create_project("harness image", IMAGE_CONFIG)
    png = tiny_png()
    task_id = ls_server.upload_image(project_id, png, "shot.png")
    media = ls_admin.get(f"/api/tasks/{task_id}").json()["data"]["image"]
    assert media.startswith("/data/upload/")
    assert ls_admin.get(media).content == png
    with httpx.Client(base_url=ls_server.url) as anonymous:
        assert anonymous.get(media).status_code == 401


def test_pat_refreshes_into_a_bearer_access_token(ls_server: LabelStudioServer) -> None:
    ls_server.add_member("pat@example.com", "Pat12345!", "pat-token-0123456789")
    with ls_server.client("pat-token-0123456789") as pat_user:
        pat = ls_server.make_pat(pat_user)
    with httpx.Client(base_url=ls_server.url) as client:
        access = client.post("/api/token/refresh/", json={"refresh": pat}).json()["access"]
        whoami = client.get(WHOAMI, headers={"Authorization": f"Bearer {access}"})
    assert whoami.json()["email"] == "pat@example.com"


# -- the proxy -------------------------------------------------------------------------------------------------


def test_proxy_forwards_requests_unchanged(
    ls_server: LabelStudioServer, ls_admin: httpx.Client, fault_proxy: FaultProxy
) -> None:
    project_id, _ = text_project(ls_server, 3)
    path = f"/api/tasks/?project={project_id}&page=1&page_size=2"
    with ls_server.client(ADMIN_TOKEN, base_url=fault_proxy.url) as via_proxy:
        proxied = via_proxy.get(path)
        direct = ls_admin.get(path)
        posted = via_proxy.post(f"/api/projects/{project_id}/import", json=[{"data": {"text": "é ü 🙂"}}])
    assert (proxied.status_code, proxied.json()) == (direct.status_code, direct.json())
    assert proxied.headers["content-type"] == direct.headers["content-type"]
    assert posted.status_code == 201
    last_task = ls_admin.get(f"/api/tasks/{ls_server.task_ids(project_id)[-1]}").json()
    assert last_task["data"]["text"] == "é ü 🙂"  # the body went through byte for byte
    assert fault_proxy.stats == {"requests": 2, "pass": 2, "forwarded": 2}


SYMPTOMS: dict[Kind, tuple[type[Exception], ...]] = {
    "refuse": (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError),
    "reset_after_commit": (httpx.ReadError, httpx.RemoteProtocolError),
    "timeout": (httpx.ReadTimeout,),
    "truncate": (httpx.RemoteProtocolError,),
}


@pytest.mark.parametrize("kind", list(SYMPTOMS))
def test_transport_faults_raise_the_expected_httpx_error(
    ls_server: LabelStudioServer, fault_proxy: FaultProxy, kind: Kind
) -> None:
    fault_proxy.plan([Fault(kind, "GET", WHOAMI)])
    with ls_server.client(ADMIN_TOKEN, timeout=2.0, base_url=fault_proxy.url) as client:
        assert client.get("/api/projects/").status_code == 200  # not matched by the filter
        started = time.monotonic()
        with pytest.raises(SYMPTOMS[kind]):
            client.get(WHOAMI)
        assert time.monotonic() - started < 5
        assert client.get(WHOAMI).status_code == 200  # the plan is used up; a new connection works
    forwarded_by_fault = 1 if kind in ("reset_after_commit", "truncate") else 0
    assert fault_proxy.stats == {"requests": 3, "pass": 2, kind: 1, "forwarded": 2 + forwarded_by_fault}


@pytest.mark.parametrize(("kind", "status"), [("http_500", 500), ("http_429", 429)])
def test_status_faults_answer_without_forwarding(
    ls_server: LabelStudioServer, fault_proxy: FaultProxy, kind: Kind, status: int
) -> None:
    _, (task_id, *_) = text_project(ls_server, 1)
    fault_proxy.plan([Fault(kind, "POST", ANNOTATIONS_PATH)])
    with ls_server.client(ADMIN_TOKEN, base_url=fault_proxy.url) as client:
        response = client.post(f"/api/tasks/{task_id}/annotations/", json=annotation(str(uuid.uuid4())))
    assert response.status_code == status
    if status == 429:
        assert response.headers["retry-after"] == "0"
    assert ls_server.annotations(task_id) == []
    assert fault_proxy.stats.get("forwarded", 0) == 0


def test_down_proxy_refuses_connections_until_up_again(ls_server: LabelStudioServer, fault_proxy: FaultProxy) -> None:
    with ls_server.client(ADMIN_TOKEN, timeout=2.0, base_url=fault_proxy.url) as client:
        assert client.get(WHOAMI).status_code == 200
        fault_proxy.set_down(True)
        with pytest.raises(httpx.ConnectError):
            client.get(WHOAMI)
        fault_proxy.set_down(False)
        assert client.get(WHOAMI).status_code == 200


def test_reset_after_commit_stores_the_annotation_and_the_replay_is_409(
    ls_server: LabelStudioServer, ls_member: Member, fault_proxy: FaultProxy
) -> None:
    _, (task_id, *_) = text_project(ls_server, 1)
    payload = annotation(str(uuid.uuid4()))
    fault_proxy.plan([Fault("reset_after_commit", "POST", ANNOTATIONS_PATH)])
    with ls_server.client(ls_member.token, base_url=fault_proxy.url) as member:
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            member.post(f"/api/tasks/{task_id}/annotations/", json=payload)
        stored = ls_server.annotations(task_id)
        assert len(stored) == 1  # the server committed although the member got an error
        assert stored[0]["result"] == payload["result"]
        assert stored[0]["lead_time"] == payload["lead_time"]
        replay = member.post(f"/api/tasks/{task_id}/annotations/", json=payload)
    assert replay.status_code == 409
    assert "unique id already exists" in replay.json()["detail"]
    assert len(ls_server.annotations(task_id)) == 1
    assert [e.status for e in fault_proxy.events] == [201, 409]


def test_random_faults_are_reproducible_from_the_seed(ls_server: LabelStudioServer) -> None:
    def statuses(seed: int) -> list[int]:
        with (
            FaultProxy(ls_server.url) as proxy,
            ls_server.client(ADMIN_TOKEN, base_url=proxy.url) as client,
        ):
            proxy.randomly(seed, rate=0.5, kinds=["http_500", "http_429"], method="GET", path=WHOAMI)
            return [client.get(WHOAMI).status_code for _ in range(12)]

    first = statuses(7)
    assert first == statuses(7)
    assert 200 in first
    assert set(first) - {200}, "rate 0.5 over 12 requests played no fault"


# -- restart (last: it costs a few seconds) --------------------------------------------------------------------


def test_restart_keeps_port_data_and_tokens(
    ls_server: LabelStudioServer, ls_member: Member, fault_proxy: FaultProxy
) -> None:
    project_id, task_ids = text_project(ls_server, 2)
    url = ls_server.url
    ls_server.stop()
    with ls_server.client(ls_member.token, timeout=5.0, base_url=fault_proxy.url) as via_proxy:
        assert via_proxy.get(WHOAMI).status_code == 502  # a gateway in front of a stopped server
        with httpx.Client(base_url=url, timeout=5.0) as direct, pytest.raises(httpx.ConnectError):
            direct.get("/health")
        ls_server.restart()
        assert ls_server.url == url
        assert ls_server.task_ids(project_id) == task_ids
        assert via_proxy.get(WHOAMI).status_code == 200
    assert fault_proxy.stats["bad_gateway"] == 1
