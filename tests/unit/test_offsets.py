"""UTF-16 offsets for Label Studio: the conversion agrees with an actual UTF-16 encoding."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from coopclient.core.labeling import parse_config
from coopclient.core.offsets import code_point_index, task_texts, to_utf16, utf16_index

CONFIG = parse_config(
    '<View><Text name="text" value="$text"/><Labels name="ents" toName="text"><Label value="PER"/></Labels>'
    '<Choices name="mood" toName="text"><Choice value="ok"/></Choices></View>'
)


@given(st.text(), st.data())
def test_utf16_index_matches_the_encoding_and_inverts(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    units = utf16_index(text, index)
    assert units == len(text[:index].encode("utf-16-le")) // 2
    assert code_point_index(text, units) == index


def test_span_offsets_are_converted_and_nothing_else_changes() -> None:
    text = "😀 Ana 😀 Bo"
    start = text.index("Bo")
    result: list[dict[str, Any]] = [
        {
            "from_name": "ents",
            "to_name": "text",
            "type": "labels",
            "value": {"start": start, "end": start + 2, "text": "Bo", "labels": ["PER"]},
        },
        {"from_name": "mood", "to_name": "text", "type": "choices", "value": {"choices": ["ok"]}},
    ]
    out = to_utf16(result, task_texts(CONFIG, {"text": text}))
    assert out[0]["value"]["start"] == start + 2 and out[0]["value"]["end"] == start + 4
    assert out[0]["value"]["text"] == "Bo"
    assert out[1] == result[1]
    assert result[0]["value"]["start"] == start  # the input is not modified


def test_plain_bmp_text_is_unchanged() -> None:
    result = [{"to_name": "text", "type": "labels", "value": {"start": 2, "end": 5, "labels": ["PER"]}}]
    assert to_utf16(result, task_texts(CONFIG, {"text": "Olá, Zoë und Jürgen"})) == result
