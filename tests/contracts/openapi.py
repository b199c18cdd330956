"""A platform's published OpenAPI description as a contract: every request an adapter builds, and every answer
it is given, checked against it.

A request must name a path of the description (its template matched, each path parameter valid for its
schema, UUIDs included), a method that path has, only query parameters the operation declares (each valid for
its schema), and a JSON body valid for the operation's request body. An answer must be valid for the schema of
its status code. Formats are checked (``uuid`` strictly; ``date-time`` as ISO 8601, see :func:`_iso_datetime`).
Schemas are validated as JSON Schema 2020-12, which OpenAPI 3.1 schemas are; references resolve inside the
description.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Operation:
    """One operation of the description: where it is and what it says."""

    method: str
    template: str
    spec: Mapping[str, Any]


@dataclass
class Contract:
    """An OpenAPI description, and the violations found so far."""

    doc: Mapping[str, Any]
    base_path: str
    violations: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, name: str, base_path: str) -> Contract:
        """The committed description ``tests/contracts/<name>``; its paths are relative to ``base_path``."""
        return cls(json.loads((HERE / name).read_text(encoding="utf-8")), base_path.rstrip("/"))

    # -- requests ------------------------------------------------------------------------------------------

    def check_request(self, request: httpx.Request) -> Operation | None:
        """Record what is wrong with ``request``; the operation it matched (None when none did)."""
        where = f"{request.method} {request.url.path}"
        path = request.url.path
        if not path.startswith(self.base_path + "/"):
            self.violations.append(f"{where}: not under {self.base_path}")
            return None
        operation, params = self.operation(request.method, path[len(self.base_path) :])
        if operation is None:
            self.violations.append(f"{where}: no such operation in the description")
            return None
        declared = {(p["in"], p["name"]): p for p in operation.spec.get("parameters", ())}
        for name, value in params.items():
            self._check_value(f"{where}: path parameter {name!r}", declared[("path", name)]["schema"], value)
        for name in set(request.url.params.keys()):
            spec = declared.get(("query", name))
            if spec is None:
                self.violations.append(f"{where}: query parameter {name!r} is not declared")
                continue
            values = request.url.params.get_list(name)
            self._check_value(
                f"{where}: query parameter {name!r}", spec["schema"], _query_value(spec["schema"], values)
            )
        body_spec = operation.spec.get("requestBody")
        if request.content:
            if body_spec is None:
                self.violations.append(f"{where}: sends a body the operation does not take")
            else:
                schema = body_spec["content"]["application/json"]["schema"]
                self.check_instance(f"{where}: body", schema, json.loads(request.content))
        elif body_spec is not None and body_spec.get("required"):
            self.violations.append(f"{where}: the operation requires a body")
        return operation

    def operation(self, method: str, path: str) -> tuple[Operation | None, dict[str, str]]:
        """The operation whose template matches ``path`` (relative to the base) and ``method``."""
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            match = re.match(pattern, path)
            if match is not None and method.lower() in item:
                return Operation(method, template, item[method.lower()]), match.groupdict()
        return None, {}

    # -- answers -------------------------------------------------------------------------------------------

    def check_response(self, operation: Operation, status: int, body: Any) -> None:
        """Record what is wrong with an answer ``body`` of ``status`` to ``operation``."""
        where = f"{operation.method} {operation.template} -> {status}"
        spec = operation.spec["responses"].get(str(status))
        if spec is None:
            self.violations.append(f"{where}: status not in the description")
            return
        schema = spec.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            self.check_instance(f"{where}: body", schema, body)

    # -- schemas -------------------------------------------------------------------------------------------

    def check_instance(self, where: str, schema: Mapping[str, Any], instance: Any) -> None:
        """Record each way ``instance`` breaks ``schema`` (references resolved in the description)."""
        rooted = {**schema, "components": self.doc.get("components", {})}
        rooted.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
        validator = jsonschema_rs.validator_for(rooted, validate_formats=True, formats={"date-time": _iso_datetime})
        for error in validator.iter_errors(instance):
            location = "/".join(str(p) for p in error.instance_path) or "(top)"
            self.violations.append(f"{where} at {location}: {error.message}")

    def _check_value(self, where: str, schema: Mapping[str, Any], value: Any) -> None:
        self.check_instance(where, schema, value)


def _iso_datetime(value: str) -> bool:
    """ISO 8601 date and time, with or without an offset: pydantic, which wrote the description, sends naive
    datetimes as ``2026-12-08T02:00:00.123456``, which strict RFC 3339 would refuse."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return "T" in value


def _query_value(schema: Mapping[str, Any], values: list[str]) -> Any:
    """A query parameter's value as its schema types it (an array for arrays, a number for integers)."""
    kinds = {s.get("type") for s in schema.get("anyOf", [schema])}
    if "array" in kinds:
        return values
    value = values[-1]
    if "integer" in kinds and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


class CheckedTransport(httpx.BaseTransport):
    """A transport that checks each request and answer against a contract before handing the answer on.

    Args:
        contract: the description to check against.
        handler: the recorded server, ``request -> (status, JSON body)``.
    """

    def __init__(self, contract: Contract, handler: Any) -> None:
        self.contract = contract
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.exchanges: list[tuple[str, Any, int, Any]] = []  # (operation template, request body, status, answer)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        operation = self.contract.check_request(request)
        status, body = self.handler(request)
        if operation is not None:
            self.contract.check_response(operation, status, body)
            sent = json.loads(request.content) if request.content else None
            self.exchanges.append((f"{request.method} {operation.template}", sent, status, body))
        return httpx.Response(status, json=body, headers={"date": "Tue, 08 Dec 2026 02:00:00 GMT"})
