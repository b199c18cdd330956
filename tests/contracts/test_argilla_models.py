"""The Argilla adapter's requests and the recorded answers, validated by argilla-server 2.8.0's own pydantic
models (the server's venv installed by the test setup from ``constraints/argilla.txt``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coopclient.core.platform import Submission
from coopclient.platforms.argilla import ArgillaAdapter
from tests.contracts import argilla_models
from tests.contracts.openapi import CheckedTransport, Contract
from tests.contracts.recorded_argilla import API_KEY, DATASET, ArgillaHandler, ArgillaState
from tests.contracts.test_argilla_contract import URL, full_result


@pytest.fixture(scope="module")
def venv() -> Path:
    return argilla_models.ensure_installed()


def _exchanges() -> list[tuple[str, Any, int, Any]]:
    contract = Contract.load("argilla-2.8.0-openapi.json", "/api/v1")
    transport = CheckedTransport(contract, ArgillaHandler(ArgillaState.with_records(4)))
    adapter = ArgillaAdapter(URL, API_KEY, transport)
    try:
        adapter.whoami()
        adapter.list_projects()
        tasks = adapter.pull(DATASET, 3)
        adapter.submit(Submission(tasks[0].ref, "u1", full_result(str(tasks[0].data["text"])), 9.0))
        adapter.submit(Submission(tasks[1].ref, "u2", [], 2.0, cancelled=True))
        adapter.task_state(tasks[0].ref)
    finally:
        adapter.close()
    assert contract.violations == []
    return transport.exchanges


def test_every_request_and_answer_is_valid_for_argillas_models(venv: Path) -> None:
    items: list[tuple[str, Any]] = []
    for operation, sent, _, answer in _exchanges():
        request_model, answer_model = argilla_models.MODELS[operation]
        if request_model is not None:
            items.append((request_model, sent))
        items.append((answer_model, answer))
    assert {model for model, _ in items} == {m for pair in argilla_models.MODELS.values() for m in pair if m}
    assert argilla_models.validate(venv, items) == [None] * len(items)


def test_the_models_refuse_what_the_server_refuses(venv: Path) -> None:
    record = "0605a6ce-f34e-5ac9-be54-e704bbaafd76"
    refused = argilla_models.validate(
        venv,
        [
            ("responses.ResponsesBulkCreate", {"items": [{"record_id": record, "status": "done", "values": {}}]}),
            ("responses.ResponsesBulkCreate", {"items": []}),
            ("records.SearchRecordsQuery", {"filters": {"and": [{"type": "terms", "values": ["pending"]}]}}),
        ],
    )
    assert all(errors for errors in refused), refused
