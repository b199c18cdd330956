"""The outbox repository stores what the codec encodes, finds a result's versions, and changes only delivery."""

from __future__ import annotations

import pytest

from coopclient.core.outbox_codec import ResultPayload, decode, encode, key_range, version_key
from coopclient.storage.db import open_memory_database
from coopclient.storage.outbox import LEDGER_KIND, OutboxRepo


def test_a_queued_row_reads_back_as_the_payload_written() -> None:
    repo = OutboxRepo(open_memory_database())
    payload = ResultPayload(1, "42", "u-1", [{"value": {"choices": ["Positive"]}}], False, 2.5)
    seq = repo.add(version_key("u-1", 1), "result", "label_studio", encode(payload), 1_000)
    [row] = repo.pending()
    assert (row.seq, row.attempts, row.parked, row.account_id) == (seq, 0, False, None)  # no such task here
    assert decode(row.payload, row.payload_sha256) == payload


def test_the_versions_of_a_result_are_its_own_and_ledger_rows_are_left_out() -> None:
    repo = OutboxRepo(open_memory_database())
    blank = encode(ResultPayload(1, "42", "u-1", [], False, 0.0))
    first = repo.add(version_key("u-1", 1), "result", "label_studio", blank, 1)
    repo.add(version_key("u-10", 1), "result", "label_studio", blank, 2)  # another result, same prefix
    second = repo.add(version_key("u-1", 2), "result", "label_studio", blank, 3)
    repo.add("ledger:e-1", LEDGER_KIND, "ledger", blank, 4)
    assert [v.seq for v in repo.versions(*key_range("u-1"))] == [first, second]
    assert [r.key for r in repo.due_keys()] == ["u-1:v1", "u-10:v1", "u-1:v2"]


def test_only_delivery_columns_change() -> None:
    repo = OutboxRepo(open_memory_database())
    blank = encode(ResultPayload(1, "42", "u-1", [], False, 0.0))
    seq = repo.add(version_key("u-1", 1), "result", "label_studio", blank, 1)
    repo.update(seq, attempts=2, last_error="timed out")
    with pytest.raises(ValueError, match="payload"):
        repo.update(seq, payload="{}")
    [row] = repo.pending()
    assert (row.attempts, row.payload) == (2, blank.text)
    assert repo.unpark(seq) is False
    repo.update(seq, parked=1)
    assert repo.unpark(seq) is True
