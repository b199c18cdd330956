"""The annotation pane's Qt-free parts: offsets, spans, keys, undo history, problem mapping, region ids."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from coopclient.core.labeling import parse_config
from coopclient.ui.annotation.history import SnapshotStack
from coopclient.ui.annotation.keys import KeyTarget, assign_keys, normalize_hotkey
from coopclient.ui.annotation.problems import control_for_field
from coopclient.ui.annotation.regions import region_id
from coopclient.ui.annotation.spans import OffsetMap, Span, place, span_at, trim

TEXTS = st.lists(
    st.one_of(
        st.sampled_from(["\r\n", "\r", "\n", "\t", "\u2028", "\u00a0", "😍", "é", " ", "\ufeff"]),
        st.characters(exclude_categories=["Cs"]),
    )
).map("".join)


@given(TEXTS)
def test_offset_map_matches_the_qt_document(qapp: QApplication, text: str) -> None:
    document = QTextDocument()
    document.setPlainText(text)
    offsets = OffsetMap(text)
    assert offsets.document_length == document.characterCount() - 1
    for index, char in enumerate(text):
        if index == 0 and char == "\ufeff":
            continue  # a byte order mark opening the text has no place in the document (Qt drops it)
        position = offsets.to_document(index)
        if char not in "\r\n\u2029" and ord(char) <= 0xFFFF:
            assert document.characterAt(position) == char
        if not (char == "\r" and text[index + 1 : index + 2] == "\n"):
            assert offsets.to_text(position) == index
    assert offsets.to_text(offsets.document_length) == len(text)


def test_offset_inside_a_surrogate_pair_rounds_down() -> None:
    offsets = OffsetMap("a😍b")
    assert [offsets.to_text(position) for position in range(5)] == [0, 1, 1, 2, 3]


def test_trim_drops_surrounding_whitespace() -> None:
    assert trim("  Nairobi \n", 0, 11) == (2, 9)
    assert trim("a   b", 1, 4) is None
    assert trim("abc", -3, 99) == (0, 3)


def test_place_replaces_overlapping_spans() -> None:
    old = [Span(0, 4, ("A",), "a"), Span(5, 9, ("B",), "b"), Span(10, 12, ("C",), "c")]
    new = Span(3, 6, ("D",), "d")
    assert place(old, new) == [new, old[2]]
    assert place(old, Span(4, 5, ("E",), "e"))[1].labels == ("E",)  # touching is not overlapping
    assert span_at(old, 4) is None
    assert span_at(old, 5) == old[1]


def test_hotkeys_normalized() -> None:
    assert normalize_hotkey(" P ") == "p"
    assert normalize_hotkey("ctrl+1") is None
    assert normalize_hotkey(" ") is None
    assert normalize_hotkey(None) is None


def test_digits_go_to_the_first_labels_without_hotkeys() -> None:
    config = parse_config(
        '<View><Text name="t" value="$t"/>'
        '<Choices name="c" toName="t"><Choice value="A" hotkey="a"/></Choices>'
        '<Labels name="l" toName="t"><Label value="X"/><Label value="Y"/></Labels>'
        '<Rating name="r" toName="t"/></View>'
    )
    keys = assign_keys(config.controls)
    assert keys.target("a") == KeyTarget("c", 0)
    assert keys.target("2") == KeyTarget("l", 1)
    assert keys.target("3") is None
    assert keys.keys_of("l") == {0: "1", 1: "2"}
    assert keys.keys_of("r") == {}


def test_history_merges_typing_and_skips_no_change() -> None:
    history = SnapshotStack()
    assert history.push([], None) is False
    history.push([{"v": 1}], "note")
    history.push([{"v": 2}], "note")
    history.push([{"v": 3}], None)
    assert history.undo() == [{"v": 2}]
    assert history.undo() == []
    assert history.undo() is None


def test_problem_fields_map_to_controls() -> None:
    result = [{"from_name": "quality"}, {"from_name": "gone"}]
    names = {"quality", "issues"}
    assert control_for_field("result[0].value.rating", result, names) == "quality"
    assert control_for_field("result[1]", result, names) is None
    assert control_for_field("result[9].value", result, names) is None
    assert control_for_field("issues", result, names) == "issues"
    assert control_for_field("result", result, names) is None


def test_region_ids_are_short_and_stable() -> None:
    assert region_id("entities", 3, 16) == region_id("entities", 3, 16)
    assert region_id("entities", 3, 16) != region_id("entities", 3, 17)
    assert len(region_id("x")) == 10
    assert region_id("x").isalnum()
