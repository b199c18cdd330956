"""The outbox codec: what the result writer encodes, the relay decodes unchanged; a bad row is named, not sent."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.outbox_codec import (
    CorruptPayload,
    ResultPayload,
    checksum,
    decode,
    decode_ledger,
    encode,
    encode_ledger,
    key_range,
    parse_version_key,
    version_key,
)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)
payloads = st.builds(
    ResultPayload,
    task_id=st.integers(min_value=1, max_value=2**62),
    platform_ref=st.none() | st.text(),
    unique_id=st.text(min_size=1),
    result=st.lists(json_values, max_size=4),
    was_cancelled=st.booleans(),
    lead_time_s=st.floats(min_value=0, max_value=1e9, allow_nan=False),
)


@given(payloads)
def test_a_payload_round_trips(payload: ResultPayload) -> None:
    stored = encode(payload)
    assert decode(stored.text, stored.sha256) == payload


@given(st.text(), st.integers(min_value=1, max_value=10**9))
def test_a_version_key_round_trips_and_falls_in_its_results_range(unique_id: str, version: int) -> None:
    key = version_key(unique_id, version)
    assert parse_version_key(key) == (unique_id, version)
    lo, hi = key_range(unique_id)
    assert lo <= key < hi


def test_the_stored_text_is_what_the_relay_and_the_store_read() -> None:
    """The row format is a contract with rows already queued: field names, sorted keys, key ``<id>:v<n>``."""
    stored = encode(ResultPayload(7, "42", "u-1", [{"a": 1}], False, 1.5))
    assert stored.text == (
        '{"lead_time": 1.5, "platform_ref": "42", "result": [{"a": 1}], "task_id": 7, "unique_id": "u-1", '
        '"was_cancelled": false}'
    )
    assert stored.sha256 == checksum(stored.text)
    assert version_key("u-1", 3) == "u-1:v3"


def test_a_payload_altered_after_it_was_written_is_corrupt() -> None:
    stored = encode(ResultPayload(7, "42", "u-1", [], False, 1.5))
    with pytest.raises(CorruptPayload, match="checksum"):
        decode(stored.text.replace("42", "43"), stored.sha256)


@pytest.mark.parametrize("field", ["task_id", "platform_ref", "unique_id", "result", "was_cancelled", "lead_time"])
def test_a_missing_field_is_named(field: str) -> None:
    body = json.loads(encode(ResultPayload(7, "42", "u-1", [], False, 1.5)).text)
    del body[field]
    text = json.dumps(body)
    with pytest.raises(CorruptPayload, match=repr(field)):
        decode(text, checksum(text))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[1, 2]",
        '{"task_id": "x", "platform_ref": 1, "unique_id": 1, "result": [], "was_cancelled": false, "lead_time": 0}',
    ],
)
def test_a_malformed_payload_is_corrupt(text: str) -> None:
    with pytest.raises(CorruptPayload, match="malformed"):
        decode(text, checksum(text))


@pytest.mark.parametrize("key", ["u-1", "u-1:v", "u-1:vx", "ledger:abc", "u-1:v²"])
def test_a_key_that_is_not_a_version_key_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="not a result version key"):
        parse_version_key(key)


# --- the co-op ledger's rows ---------------------------------------------------------------------------------


@given(st.text(), st.text())
def test_a_ledger_item_round_trips(body: str, signature: str) -> None:
    item = {"body": body, "signature": signature}
    stored = encode_ledger(item)
    assert stored.sha256 == checksum(stored.text)
    assert decode_ledger(stored.text, stored.sha256) == item


def test_a_ledger_row_is_the_sorted_append_item_rows_already_queued_hold() -> None:
    stored = encode_ledger({"signature": "c2ln", "body": '{"v":1}'})
    assert stored.text == json.dumps({"body": '{"v":1}', "signature": "c2ln"}, sort_keys=True)
    assert stored.text == '{"body": "{\\"v\\":1}", "signature": "c2ln"}'


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("{not json", "malformed"),
        ('["body", "signature"]', "not a ledger item"),
        ('{"body": "b"}', "not a ledger item"),
        ('{"body": "b", "signature": 5}', "not a ledger item"),
    ],
)
def test_a_malformed_ledger_row_is_named(text: str, why: str) -> None:
    with pytest.raises(CorruptPayload, match=why):
        decode_ledger(text, checksum(text))


def test_a_ledger_row_altered_after_it_was_written_is_caught() -> None:
    stored = encode_ledger({"body": "b", "signature": "s"})
    with pytest.raises(CorruptPayload, match="checksum"):
        decode_ledger(stored.text.replace('"b"', '"c"'), stored.sha256)
