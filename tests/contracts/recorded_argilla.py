"""A recorded Argilla 2.8 server in memory: the answers the real server gives to the requests the adapter makes.

Shaped after argilla-server 2.8.0's handlers and response models (each answer is itself checked against the
committed OpenAPI description by :class:`tests.contracts.openapi.CheckedTransport`). Responses are upserted
per record and user, as ``POST /api/v1/me/responses/bulk`` does; a record is ``completed`` once
``min_submitted`` users have submitted. An unknown API key is a 401, an unknown dataset or record a 404.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

STAMP = "2026-12-08T02:00:00.000000"
API_KEY = "argilla.apikey-member-one-0000000000000000"
OTHER_KEY = "argilla.apikey-member-two-0000000000000000"
DATASET = "6f1c2f4e-3a70-4b1e-9d0e-0b9a0d1c2e01"
WORKSPACE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

FIELDS = [
    {"name": "text", "title": "Review", "required": True, "settings": {"type": "text", "use_markdown": False}},
]
QUESTIONS = [
    {
        "name": "sentiment",
        "title": "Sentiment",
        "required": True,
        "settings": {
            "type": "label_selection",
            "options": [{"value": "positive", "text": "Positive"}, {"value": "negative", "text": "Negative"}],
        },
    },
    {
        "name": "topics",
        "title": "Topics",
        "required": False,
        "settings": {
            "type": "multi_label_selection",
            "options": [{"value": "price", "text": "Price"}, {"value": "service", "text": "Service"}],
        },
    },
    {
        "name": "quality",
        "title": "Quality",
        "required": False,
        "settings": {"type": "rating", "options": [{"value": v} for v in range(1, 6)]},
    },
    {"name": "comment", "title": "Comment", "required": False, "settings": {"type": "text", "use_markdown": False}},
    {
        "name": "entities",
        "title": "Entities",
        "required": False,
        "settings": {
            "type": "span",
            "field": "text",
            "options": [{"value": "PER", "text": "Person"}, {"value": "ORG", "text": "Organisation"}],
            "allow_overlapping": False,
        },
    },
]


@dataclass
class ArgillaState:
    """The server's data: users by key, the dataset's records and everyone's responses."""

    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    responses: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (record, user) -> response
    min_submitted: int = 1

    @classmethod
    def with_records(cls, count: int) -> ArgillaState:
        state = cls()
        for key, name in ((API_KEY, "wanjiru"), (OTHER_KEY, "amadou")):
            state.users[key] = {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, name)),
                "first_name": name.title(),
                "last_name": None,
                "username": name,
                "role": "annotator",
                "api_key": key,
                "inserted_at": STAMP,
                "updated_at": STAMP,
            }
        for n in range(count):
            record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"record-{n}"))
            state.records[record_id] = {"id": record_id, "text": f"Review {n}: Amina at Acme was kind."}
        return state


class ArgillaHandler:
    """``request -> (status, body)`` over an :class:`ArgillaState`."""

    def __init__(self, state: ArgillaState) -> None:
        self.state = state
        self.routes = [
            ("GET", r"/api/v1/me", self.me),
            ("GET", r"/api/v1/me/datasets", self.datasets),
            ("GET", r"/api/v1/datasets/(?P<d>[^/]+)/fields", self.fields),
            ("GET", r"/api/v1/datasets/(?P<d>[^/]+)/questions", self.questions),
            ("POST", r"/api/v1/me/datasets/(?P<d>[^/]+)/records/search", self.search),
            ("POST", r"/api/v1/me/responses/bulk", self.bulk),
        ]

    def __call__(self, request: httpx.Request) -> tuple[int, Any]:
        user = self.state.users.get(request.headers.get("X-Argilla-Api-Key", ""))
        if user is None:
            return 401, {"detail": "Could not validate credentials"}
        for method, pattern, handler in self.routes:
            match = re.fullmatch(pattern, request.url.path)
            if match is not None and request.method == method:
                if match.groupdict().get("d", DATASET) != DATASET:
                    return 404, {"detail": f"Dataset with id `{match['d']}` not found"}
                body = json.loads(request.content) if request.content else None
                return handler(user, request, body)
        return 404, {"detail": "Not Found"}

    def me(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        return 200, user

    def datasets(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        dataset = {
            "id": DATASET,
            "name": "product-reviews",
            "guidelines": "Label each review's sentiment.",
            "allow_extra_metadata": True,
            "status": "ready",
            "distribution": {"strategy": "overlap", "min_submitted": self.state.min_submitted},
            "metadata": None,
            "workspace_id": WORKSPACE,
            "last_activity_at": STAMP,
            "inserted_at": STAMP,
            "updated_at": STAMP,
        }
        return 200, {"items": [dataset]}

    def fields(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        return 200, {"items": [self._described(f, "field") for f in FIELDS]}

    def questions(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        items = [{**self._described(q, "question"), "description": None} for q in QUESTIONS]
        return 200, {"items": items}

    def search(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "50"))
        include = "responses" in request.url.params.get_list("include")
        wanted = _filter_values(body, "record", "id")
        pending_only = _filter_values(body, "response", "status") == ["pending"]
        records = [r for r in self.state.records.values() if wanted is None or r["id"] in wanted]
        if pending_only:
            records = [r for r in records if (r["id"], user["id"]) not in self.state.responses]
        page = records[offset : offset + limit]
        items = [{"record": self._record(r, user if include else None), "query_score": None} for r in page]
        return 200, {"items": items, "total": len(records)}

    def bulk(self, user: dict[str, Any], request: httpx.Request, body: Any) -> tuple[int, Any]:
        results: list[dict[str, Any]] = []
        for item in body["items"]:
            record_id = item["record_id"]
            if record_id not in self.state.records:
                results.append({"item": None, "error": {"detail": f"Record with id `{record_id}` not found"}})
                continue
            key = (record_id, user["id"])
            existing = self.state.responses.get(key)
            response = {
                "id": existing["id"] if existing else str(uuid.uuid4()),
                "values": item.get("values"),
                "status": item["status"],
                "record_id": record_id,
                "user_id": user["id"],
                "inserted_at": existing["inserted_at"] if existing else STAMP,
                "updated_at": STAMP,
            }
            self.state.responses[key] = response
            results.append({"item": response, "error": None})
        return 200, {"items": results}

    def _record(self, record: dict[str, Any], user: dict[str, Any] | None) -> dict[str, Any]:
        submitted = [
            r for (rid, _), r in self.state.responses.items() if rid == record["id"] and r["status"] == "submitted"
        ]
        responses = None
        if user is not None:
            responses = [
                r for (rid, uid), r in self.state.responses.items() if rid == record["id"] and uid == user["id"]
            ]
        return {
            "id": record["id"],
            "status": "completed" if len(submitted) >= self.state.min_submitted else "pending",
            "fields": {"text": record["text"]},
            "metadata": None,
            "external_id": None,
            "responses": responses,
            "suggestions": None,
            "vectors": None,
            "dataset_id": DATASET,
            "inserted_at": STAMP,
            "updated_at": STAMP,
        }

    @staticmethod
    def _described(item: dict[str, Any], kind: str) -> dict[str, Any]:
        return {
            **item,
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{kind}-{item['name']}")),
            "dataset_id": DATASET,
            "inserted_at": STAMP,
            "updated_at": STAMP,
        }


def _filter_values(body: Any, entity: str, prop: str) -> list[str] | None:
    for condition in ((body or {}).get("filters") or {}).get("and") or ():
        scope = condition.get("scope", {})
        if scope.get("entity") == entity and scope.get("property") == prop:
            return list(condition["values"])
    return None
