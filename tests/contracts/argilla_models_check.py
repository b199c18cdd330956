"""Run inside argilla-server 2.8.0's venv: validate payloads with the server's own pydantic models.

Reads a JSON list of ``{"model": "<module>.<Class>", "payload": ...}`` on standard input (modules under
``argilla_server.api.schemas.v1``) and writes a JSON list with, for each, ``null`` (valid) or the errors.
"""

import importlib
import json
import sys

from pydantic import ValidationError


class Row:
    """A recorded answer's record or dataset as the row the ``Record`` and ``Dataset`` validators read (the
    server builds them from its database rows, not from JSON): the fields as attributes, ``metadata_``, and a
    relationship "loaded" when the answer carries it."""

    def __init__(self, record):
        self.__dict__.update(record)
        self.metadata_ = record.get("metadata")
        self._loaded = {key for key, value in record.items() if value is not None}

    def is_relationship_loaded(self, name):
        return name in self._loaded


def as_rows(model, payload):
    """The payload with each record or dataset of an answer handed over as a :class:`Row`."""
    if model == "records.SearchRecordsResult":
        return {**payload, "items": [{**i, "record": Row(i["record"])} for i in payload["items"]]}
    if model == "datasets.Datasets":
        return {**payload, "items": [Row(i) for i in payload["items"]]}
    if model in ("records.Record", "datasets.Dataset"):
        return Row(payload)
    return payload


def main() -> None:
    results: list[list[str] | None] = []
    for item in json.load(sys.stdin):
        module, _, name = item["model"].rpartition(".")
        model = getattr(importlib.import_module(f"argilla_server.api.schemas.v1.{module}"), name)
        try:
            model.model_validate(as_rows(item["model"], item["payload"]))
        except ValidationError as exc:
            results.append([f"{'/'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()])
        else:
            results.append(None)
    json.dump(results, sys.stdout)


main()
