"""The Argilla adapter against Argilla 2.8's own contract: every request it builds and every answer it reads is
checked against the OpenAPI description generated from ``argilla-server==2.8.0`` (committed beside this file,
see README.md there), through a recorded server in memory."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from coopclient.core.labeling import parse_config
from coopclient.core.platform import AuthFailed, Rejected, Submission, TaskState
from coopclient.platforms.argilla import ArgillaAdapter
from coopclient.platforms.argilla.mapping import response_values, shape_of
from tests.contracts.openapi import CheckedTransport, Contract
from tests.contracts.recorded_argilla import API_KEY, DATASET, OTHER_KEY, ArgillaHandler, ArgillaState

URL = "http://argilla.test"


@pytest.fixture
def state() -> ArgillaState:
    return ArgillaState.with_records(12)


@pytest.fixture
def contract() -> Contract:
    return Contract.load("argilla-2.8.0-openapi.json", "/api/v1")


@pytest.fixture
def transport(contract: Contract, state: ArgillaState) -> CheckedTransport:
    return CheckedTransport(contract, ArgillaHandler(state))


@pytest.fixture
def adapter(transport: CheckedTransport) -> Iterator[ArgillaAdapter]:
    adapter = ArgillaAdapter(URL, API_KEY, transport)
    yield adapter
    adapter.close()


def full_result(text: str) -> list[dict[str, Any]]:
    """A Label Studio result answering every question of the recorded dataset, as the app stores it."""
    start = text.index("Amina")
    return [
        {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}},
        {"from_name": "topics", "to_name": "text", "type": "choices", "value": {"choices": ["price", "service"]}},
        {"from_name": "quality", "to_name": "text", "type": "rating", "value": {"rating": 4}},
        {"from_name": "comment", "to_name": "text", "type": "textarea", "value": {"text": ["kind staff"]}},
        {
            "id": "r1",
            "from_name": "entities",
            "to_name": "text",
            "type": "labels",
            "value": {"start": start, "end": start + 5, "text": "Amina", "labels": ["PER"]},
        },
    ]


def test_a_whole_round_keeps_to_the_contract(adapter: ArgillaAdapter, contract: Contract, state: ArgillaState) -> None:
    assert adapter.whoami() == "wanjiru"
    [project] = adapter.list_projects()
    assert project.ref == DATASET and project.title == "product-reviews"
    tasks = adapter.pull(DATASET, 5)
    assert len(tasks) == 5
    first, second = tasks[0], tasks[1]
    response_id = adapter.submit(Submission(first.ref, "u1", full_result(str(first.data["text"])), 12.0))
    adapter.submit(Submission(second.ref, "u2", [], 3.0, cancelled=True))
    assert adapter.task_state(first.ref) is TaskState.DONE_BY_ME
    assert adapter.task_state(tasks[2].ref) is TaskState.OPEN
    assert contract.violations == []
    user = state.users[API_KEY]["id"]
    stored = state.responses[(first.ref.split("/")[1], user)]
    assert stored["id"] == response_id and stored["status"] == "submitted"
    assert stored["values"] == {
        "sentiment": {"value": "positive"},
        "topics": {"value": ["price", "service"]},
        "quality": {"value": 4},
        "comment": {"value": "kind staff"},
        "entities": {"value": [{"label": "PER", "start": 10, "end": 15}]},
    }
    assert state.responses[(second.ref.split("/")[1], user)]["status"] == "discarded"


def test_the_labeling_config_written_from_the_dataset_is_one_the_app_annotates(adapter: ArgillaAdapter) -> None:
    [project] = adapter.list_projects()
    config = parse_config(project.label_config)
    assert config.unsupported == ()
    assert {c.name for c in config.controls} == {"sentiment", "topics", "quality", "comment", "entities"}


def test_a_replayed_submit_and_an_edit_leave_one_response(
    adapter: ArgillaAdapter, contract: Contract, state: ArgillaState
) -> None:
    [task] = adapter.pull(DATASET, 1)
    submission = Submission(task.ref, "u1", full_result(str(task.data["text"])), 12.0)
    first = adapter.submit(submission)
    assert adapter.submit(submission) == first  # the outbox replays after a lost answer: an upsert
    edited = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["negative"]}}]
    adapter.update(first, Submission(task.ref, "u1", edited, 20.0))
    mine = [r for (rid, _), r in state.responses.items() if rid == task.ref.split("/")[1]]
    assert len(mine) == 1 and mine[0]["id"] == first
    assert mine[0]["values"] == {"sentiment": {"value": "negative"}}
    assert contract.violations == []


def test_without_a_lock_a_record_done_by_another_member_is_told_apart(
    transport: CheckedTransport, contract: Contract
) -> None:
    one, two = ArgillaAdapter(URL, API_KEY, transport), ArgillaAdapter(URL, OTHER_KEY, transport)
    try:
        [task] = one.pull(DATASET, 1)
        [same] = two.pull(DATASET, 1)
        assert same.ref == task.ref  # Argilla hands the same pending record to both
        two.submit(Submission(same.ref, "x", full_result(str(same.data["text"])), 5.0))
        assert one.task_state(task.ref) is TaskState.DONE_BY_OTHERS
        assert AdapterCapabilities.locked(one) is False
    finally:
        one.close()
        two.close()
    assert contract.violations == []


class AdapterCapabilities:
    @staticmethod
    def locked(adapter: ArgillaAdapter) -> bool:
        return any(c.value == "pull_locked" for c in adapter.capabilities)


def test_pulling_pages_through_the_search_limit(transport: CheckedTransport, contract: Contract) -> None:
    state = ArgillaState.with_records(1005)
    big = CheckedTransport(contract, ArgillaHandler(state))
    adapter = ArgillaAdapter(URL, API_KEY, big)
    try:
        assert len(adapter.pull(DATASET, 1003)) == 1003
    finally:
        adapter.close()
    searches = [r for r in big.requests if r.url.path.endswith("/records/search")]
    assert [r.url.params["limit"] for r in searches] == ["1000", "3"]
    assert contract.violations == []


def test_a_refused_key_is_auth_failed_and_never_echoed(contract: Contract, state: ArgillaState) -> None:
    key = "argilla.apikey-wrong-" + uuid.uuid4().hex
    adapter = ArgillaAdapter(URL, key, CheckedTransport(contract, ArgillaHandler(state)))
    try:
        with pytest.raises(AuthFailed) as caught:
            adapter.whoami()
    finally:
        adapter.close()
    assert key not in str(caught.value) and key not in repr(adapter)


def test_results_the_dataset_cannot_take_are_refused_locally(adapter: ArgillaAdapter) -> None:
    fields = {"items": [{"name": "text", "settings": {"type": "text"}}]}
    questions = {"items": [{"name": "quality", "settings": {"type": "rating", "options": [{"value": 1}]}}]}
    shape = shape_of(fields, questions)
    with pytest.raises(Rejected, match=r"'quality'.*not one of the rating's options"):
        response_values([{"from_name": "quality", "value": {"rating": 7}}], shape)
    with pytest.raises(Rejected, match=r"'mood'.*no such question"):
        response_values([{"from_name": "mood", "value": {"choices": ["x"]}}], shape)


# -- the checker itself can fail -----------------------------------------------------------------------------


def _request(method: str, path: str, **kwargs: Any) -> httpx.Request:
    return httpx.Request(method, URL + path, **kwargs)


def test_the_contract_refuses_what_argilla_refuses(contract: Contract) -> None:
    record = str(uuid.uuid4())
    contract.check_request(
        _request("POST", "/api/v1/me/responses/bulk", json={"items": [{"record_id": record, "status": "done"}]})
    )
    contract.check_request(_request("POST", f"/api/v1/me/datasets/{DATASET}/records/search?limit=5000", json={}))
    contract.check_request(_request("GET", "/api/v1/datasets/not-a-uuid/fields"))
    contract.check_request(_request("GET", "/api/v1/me?verbose=1"))
    contract.check_request(_request("POST", "/api/v1/me/annotations", json={}))
    found = "\n".join(contract.violations)
    assert len(contract.violations) == 5, found
    assert "body" in contract.violations[0] and "limit" in contract.violations[1]
    assert "dataset_id" in contract.violations[2] and "verbose" in contract.violations[3]
    assert "no such operation" in contract.violations[4]
