"""The CVAT adapter against cvat-sdk 2.80.0's generated API: every request it builds and every answer it reads
from a recorded server, checked by the SDK's own models with type checks (``cvat_sdk_check.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopclient.core.labeling import parse_config
from coopclient.core.platform import AuthFailed, Rejected, Submission, TaskState
from coopclient.platforms.cvat import CvatAdapter
from tests.contracts import cvat_sdk
from tests.contracts.recorded_cvat import TOKEN, URL, CvatHandler, CvatState

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def sdk() -> Path:
    return cvat_sdk.ensure_installed()


@pytest.fixture
def state() -> CvatState:
    return CvatState.with_jobs(1, 2)


@pytest.fixture
def transport(state: CvatState) -> cvat_sdk.RecordingTransport:
    return cvat_sdk.RecordingTransport(CvatHandler(state))


@pytest.fixture
def adapter(transport: cvat_sdk.RecordingTransport, tmp_path: Path) -> Iterator[CvatAdapter]:
    adapter = CvatAdapter(URL, TOKEN, transport, media_dir=tmp_path / "media")
    yield adapter
    adapter.close()


def box(x: float, y: float, w: float, h: float, label: str = "stop sign") -> dict[str, Any]:
    """A rectangle as the app's pane stores it (percent of the image)."""
    value = {"x": x, "y": y, "width": w, "height": h, "rotation": 0, "rectanglelabels": [label]}
    return {
        "from_name": "label",
        "to_name": "image",
        "type": "rectanglelabels",
        "value": value,
        "original_width": 640,
        "original_height": 480,
    }


def test_a_whole_job_keeps_to_the_sdks_contract(
    adapter: CvatAdapter, transport: cvat_sdk.RecordingTransport, state: CvatState, sdk: Path
) -> None:
    assert adapter.whoami() == "wanjiru"
    projects = adapter.list_projects()
    assert [p.ref for p in projects] == ["1", "2"]
    tasks = adapter.pull("1", 10)
    assert [t.ref for t in tasks] == ["1/3", "1/4", "1/5"]
    assert all(Path(t.media["image"]).read_bytes().startswith(b"\x89PNG") for t in tasks)
    adapter.submit(Submission("1/3", "u1", [box(10, 20, 25, 50)], 8.0))
    adapter.submit(Submission("1/4", "u2", [box(0, 0, 100, 100, "yield sign")], 5.0))
    assert adapter.task_state("1/4") is TaskState.OPEN
    adapter.submit(Submission("1/5", "u3", [], 2.0))  # the last frame: the job is completed
    assert adapter.task_state("1/5") is TaskState.DONE_BY_ME
    assert cvat_sdk.check(sdk, transport.exchanges) == []
    shapes = state.annotations[1]["shapes"]
    assert [(s["frame"], s["label_id"], s["points"]) for s in shapes] == [
        (3, 11, [64.0, 96.0, 224.0, 336.0]),  # 10 % of 640, 20 % of 480, (10+25) % of 640, (20+50) % of 480
        (4, 12, [0.0, 0.0, 640.0, 480.0]),
    ]
    assert state.jobs[1]["state"] == "completed" and state.jobs[2]["state"] == "new"


def test_the_config_offers_the_box_labels_and_says_what_it_leaves_out(adapter: CvatAdapter) -> None:
    [first, _] = adapter.list_projects()
    config = parse_config(first.label_config)
    assert config.unsupported == ()
    [control] = config.controls
    assert [o.value for o in control.options] == ["stop sign", "yield sign"]
    assert "1 labels of other shapes are not offered offline" in first.label_config


def test_a_replayed_submit_puts_the_same_annotations(
    adapter: CvatAdapter, transport: cvat_sdk.RecordingTransport, state: CvatState, sdk: Path
) -> None:
    adapter.pull("2", 3)
    submission = Submission("2/6", "u1", [box(50, 50, 10, 10)], 3.0)
    adapter.submit(submission)
    first = [(s["frame"], s["points"]) for s in state.annotations[2]["shapes"]]
    adapter.submit(submission)  # the outbox replays after a lost answer
    adapter.update("2/6", Submission("2/6", "u1", [box(50, 50, 10, 10)], 4.0))
    assert [(s["frame"], s["points"]) for s in state.annotations[2]["shapes"]] == first
    puts = [e["body"] for e in transport.exchanges if e["method"] == "PUT"]
    assert [p["shapes"] for p in puts] == [puts[0]["shapes"]] * 3
    assert cvat_sdk.check(sdk, transport.exchanges) == []


def test_a_frame_is_fetched_once_for_offline_work(adapter: CvatAdapter, state: CvatState) -> None:
    adapter.pull("1", 3)
    adapter.pull("1", 3)
    assert state.frame_requests == 3


def test_boxes_the_job_cannot_take_are_refused_locally(adapter: CvatAdapter, state: CvatState) -> None:
    adapter.pull("1", 1)
    with pytest.raises(Rejected, match="not one of the job's labels"):
        adapter.submit(Submission("1/3", "u", [box(1, 1, 5, 5, "lane")], 1.0))
    with pytest.raises(Rejected, match="outside the image"):
        adapter.submit(Submission("1/3", "u", [box(90, 10, 20, 5)], 1.0))
    assert state.annotations[1]["shapes"] == []


def test_a_refused_token_is_auth_failed_and_never_echoed(transport: cvat_sdk.RecordingTransport) -> None:
    adapter = CvatAdapter(URL, "wrong-token-123", transport)
    try:
        with pytest.raises(AuthFailed) as caught:
            adapter.whoami()
    finally:
        adapter.close()
    assert "wrong-token-123" not in str(caught.value) and "wrong-token-123" not in repr(adapter)


def test_the_sdk_refuses_what_cvat_refuses(sdk: Path) -> None:
    shape = {"type": "rect", "frame": 0, "label_id": 11, "points": [0, 0, 1, 1]}
    bad: list[dict[str, Any]] = [
        {"method": "PUT", "path": "/api/jobs/1/annotations/", "query": [], "body": {"shapes": [shape]}},
        {"method": "GET", "path": "/api/jobs", "query": [["state", "done"]], "body": None},
        {"method": "GET", "path": "/api/jobs", "query": [["mine", "1"]], "body": None},
        {"method": "POST", "path": "/api/jobs/1/complete", "query": [], "body": {}},
        {"method": "PATCH", "path": "/api/jobs/1", "query": [], "body": {"state": "finished"}},
    ]
    problems = cvat_sdk.check(sdk, [{**e, "status": 200, "answer": None} for e in bad])
    assert len(problems) == 5, problems
    assert "must be one of" in problems[0] and "(rect)" in problems[0]
    assert "state='done'" in problems[1] and "'mine' is not declared" in problems[2]
    assert "no endpoint" in problems[3] and "finished" in problems[4]
