"""Argilla 2.8 as an annotator sees it: pending records for offline work, responses upserted exactly once.

Auth: the member's API key in ``X-Argilla-Api-Key`` (checked with ``GET /api/v1/me``). Projects are the
member's datasets (``GET /api/v1/me/datasets``), each shown through a labeling config written from its fields
and questions (:mod:`.mapping`). Pull: ``POST /api/v1/me/datasets/D/records/search`` with the member's pending
records (a ``terms`` filter on the response status); Argilla has **no lock**, so another annotator may answer
the same record: :meth:`task_state` tells "done by others" apart. Submit and edit: ``POST
/api/v1/me/responses/bulk`` (an upsert by record and user, so a replay changes nothing); a skip is a
``discarded`` response. Every request and answer is checked against Argilla's own OpenAPI description in the
tests (``tests/contracts/``). A task's ref is ``<dataset id>/<record id>``, so a submit knows the questions
without asking the server which dataset a record belongs to. See ``anchors/platforms.md`` §3.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from coopclient.core.platform import (
    AuthFailed,
    Capability,
    Rejected,
    RemoteProject,
    RemoteTask,
    ServerAnswer,
    Submission,
    TaskGone,
    TaskState,
    Unreachable,
)
from coopclient.platforms.argilla.mapping import DatasetShape, label_config, response_values, shape_of
from coopclient.platforms.media import fetch_copies

API = "/api/v1"
SEARCH_LIMIT = 1000  # the server's maximum per search
KEPT_ANSWERS = 32
_REASON_CHARS = 300
PENDING_FOR_ME = {
    "filters": {
        "and": [{"type": "terms", "scope": {"entity": "response", "property": "status"}, "values": ["pending"]}]
    }
}


class ArgillaAdapter:
    """One member's account on one Argilla server (``base_url`` without ``/api``)."""

    capabilities = frozenset(
        {
            Capability.LIST_PROJECTS,
            Capability.FETCH_MEDIA,
            Capability.SUBMIT_IDEMPOTENT,
            Capability.SKIP,
            Capability.TASK_STATUS,
        }
    )

    def __init__(
        self,
        base_url: str,
        api_key: str,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        media_dir: Path | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._key = api_key.strip()
        self._client = httpx.Client(base_url=self.base_url, transport=transport, timeout=timeout)
        self._client.headers.update({"X-Argilla-Api-Key": self._key, "Accept": "application/json"})
        self._media_dir = media_dir
        self._shapes: dict[str, DatasetShape] = {}
        self._user_id: str | None = None
        self._answers: deque[ServerAnswer] = deque(maxlen=KEPT_ANSWERS)

    def __repr__(self) -> str:
        return f"ArgillaAdapter({self.base_url!r})"  # never the key

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    # -- the account ---------------------------------------------------------------------------------------

    def whoami(self) -> str:
        """The member's user name; a refused key is :class:`AuthFailed`."""
        user = self._ok(self._send("GET", f"{API}/me"), "your account")
        self._user_id = str(user.get("id", "")) or None
        return str(user.get("username", ""))

    def list_projects(self) -> list[RemoteProject]:
        """The member's datasets that are ready to annotate, each with the config written from its questions."""
        answer = self._ok(self._send("GET", f"{API}/me/datasets"), "your datasets")
        projects = []
        for dataset in _list(answer, "datasets"):
            if dataset.get("status") != "ready":
                continue  # a draft dataset has no records to annotate yet
            ref = _uuid(dataset.get("id"), "dataset")
            shape = self._shape(ref)
            title = str(dataset.get("name") or ref)
            projects.append(RemoteProject(ref, title, label_config(shape), str(dataset.get("guidelines") or "")))
        return projects

    # -- work ----------------------------------------------------------------------------------------------

    def pull(self, project_ref: str, count: int) -> list[RemoteTask]:
        """Up to ``count`` of the member's pending records of a dataset, media fetched for offline work."""
        dataset = _uuid(project_ref, "dataset")
        self._shape(dataset)
        tasks: list[RemoteTask] = []
        while len(tasks) < count:
            limit = min(SEARCH_LIMIT, count - len(tasks))
            params = {"offset": len(tasks), "limit": limit, "include": ["responses"]}
            path = f"{API}/me/datasets/{dataset}/records/search"
            answer = self._ok(self._send("POST", path, json_body=PENDING_FOR_ME, params=params), "the records")
            items = _list(answer, "records")
            for item in items:
                record = item.get("record")
                if isinstance(record, Mapping):
                    tasks.append(self._task(dataset, record))
            if len(items) < limit:
                break
        return tasks

    def submit(self, submission: Submission) -> str:
        """Upsert the member's response to a record (``discarded`` for a skip); returns the response id."""
        return self._upsert(submission)

    def update(self, annotation_id: str, submission: Submission) -> None:
        """An edit after delivery is the same upsert: the member's one response to the record is replaced."""
        self._upsert(submission)

    def task_state(self, task_ref: str) -> TaskState:
        """Open, answered by the member, completed by others (no lock), or gone."""
        dataset, record_id = _split_ref(task_ref)
        if self._user_id is None:
            self.whoami()
        query = {"filters": {"and": [_terms("record", "id", record_id)]}}
        path = f"{API}/me/datasets/{dataset}/records/search"
        response = self._send("POST", path, json_body=query, params={"include": ["responses"]})
        if response.status_code == 404:
            return TaskState.GONE
        items = _list(self._ok(response, "the record"), "records")
        record = items[0].get("record") if items else None
        if not isinstance(record, Mapping):
            return TaskState.GONE
        mine = [r for r in record.get("responses") or () if str(r.get("user_id")) == self._user_id]
        if any(r.get("status") in ("submitted", "discarded") for r in mine):
            return TaskState.DONE_BY_ME
        return TaskState.DONE_BY_OTHERS if record.get("status") == "completed" else TaskState.OPEN

    def take_answers(self) -> list[ServerAnswer]:
        """The server's answers since the last call, oldest first (kept by the outbox as evidence)."""
        answers = list(self._answers)
        self._answers.clear()
        return answers

    # -- inside --------------------------------------------------------------------------------------------

    def _upsert(self, submission: Submission) -> str:
        dataset, record_id = _split_ref(submission.task_ref)
        item: dict[str, Any] = {"record_id": record_id}
        if submission.cancelled:
            item["status"] = "discarded"
        else:
            item["status"] = "submitted"
            item["values"] = response_values(submission.result, self._shape(dataset))
        answer = self._ok(self._send("POST", f"{API}/me/responses/bulk", json_body={"items": [item]}), "the response")
        results = _list(answer, "responses")
        if len(results) != 1:
            raise Unreachable(f"{self.base_url}: the answer to the response was not the one item expected")
        error = results[0].get("error")
        if isinstance(error, Mapping):
            detail = _short(str(error.get("detail", "")))
            if "not found" in detail.lower():
                raise TaskGone(f"record {record_id}: {detail}", 404)
            raise Rejected(f"record {record_id}: {detail}", 422)
        stored = results[0].get("item")
        return str(stored.get("id", "")) if isinstance(stored, Mapping) else ""

    def _shape(self, dataset: str) -> DatasetShape:
        shape = self._shapes.get(dataset)
        if shape is None:
            fields = self._ok(self._send("GET", f"{API}/datasets/{dataset}/fields"), "the dataset's fields")
            questions = self._ok(self._send("GET", f"{API}/datasets/{dataset}/questions"), "the dataset's questions")
            shape = self._shapes[dataset] = shape_of(fields, questions)
        return shape

    def _task(self, dataset: str, record: Mapping[str, Any]) -> RemoteTask:
        record_id = _uuid(record.get("id"), "record")
        fields = record.get("fields")
        data = dict(fields) if isinstance(fields, Mapping) else {}
        media = {} if self._media_dir is None else fetch_copies(self._client, data, self.base_url, self._media_dir)
        return RemoteTask(f"{dataset}/{record_id}", data, dict(record), media)

    def _send(
        self, method: str, path: str, json_body: Any = None, params: Mapping[str, Any] | None = None
    ) -> httpx.Response:
        try:
            response = self._client.request(method, path, json=json_body, params=params)
        except httpx.TimeoutException:
            raise Unreachable(f"{self.base_url}: no answer in time") from None
        except httpx.RequestError as exc:
            raise Unreachable(f"{self.base_url}: {type(exc).__name__}") from None
        digest = hashlib.sha256(response.content).hexdigest()
        self._answers.append(ServerAnswer(method, path, response.status_code, response.headers.get("date", ""), digest))
        status = response.status_code
        if status == 401:
            raise AuthFailed("the server refused the API key: give a new one", 401)
        if status == 429 or status >= 500:
            retry = response.headers.get("Retry-After", "")
            after = float(retry) if retry.replace(".", "", 1).isdigit() else None
            what = "too many requests" if status == 429 else "server error"
            raise Unreachable(f"{self.base_url}: {what} ({status})", retry_after_s=after)
        return response

    def _ok(self, response: httpx.Response, what: str) -> dict[str, Any]:
        if response.status_code == 404:
            raise TaskGone(f"{what}: not found", 404)
        if not response.is_success:
            raise Rejected(f"{what}: {self._reason(response)}", response.status_code)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise Unreachable(f"{self.base_url}: {what}: the answer was not the JSON expected")
        return body

    def _reason(self, response: httpx.Response) -> str:
        try:
            detail = response.json().get("detail")
        except (ValueError, AttributeError):
            detail = None
        text = detail if isinstance(detail, str) else (str(detail) if detail else response.reason_phrase)
        return _short(text.replace(self._key, "***") if self._key else text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 1] + "…"


def _terms(entity: str, prop: str, value: str) -> dict[str, Any]:
    return {"type": "terms", "scope": {"entity": entity, "property": prop}, "values": [value]}


def _list(answer: Mapping[str, Any], what: str) -> list[Mapping[str, Any]]:
    items = answer.get("items")
    if not isinstance(items, list):
        raise Unreachable(f"{what}: the answer was not the list expected")
    return [i for i in items if isinstance(i, Mapping)]


def _uuid(value: Any, what: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise Rejected(f"{value!r} is not an Argilla {what} id (a UUID)", 400) from None


def _split_ref(ref: str) -> tuple[str, str]:
    dataset, _, record = ref.partition("/")
    return _uuid(dataset, "dataset"), _uuid(record, "record")
