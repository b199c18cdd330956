"""The annotation pane: each control driven by keyboard, NER spans, pre-fill, problems, undo, safety."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coopclient.core.labeling import LabelingConfig, Problem, parse_config, validate_result
from coopclient.resources_path import resources_dir
from coopclient.ui.annotation import AnnotationPane
from coopclient.ui.annotation.text_view import TaskTextView

DEMO = resources_dir() / "demo"
Region = dict[str, Any]
MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


# --- helpers --------------------------------------------------------------------------------------------


def demo_config(kind: str) -> LabelingConfig:
    """The labeling config of a demo project."""
    return parse_config((DEMO / f"{kind}.xml").read_text(encoding="utf-8"))


def demo_data(kind: str, index: int = 0) -> dict[str, object]:
    """The data of the demo project's task at ``index``."""
    lines = Path(DEMO / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    data: dict[str, object] = json.loads(lines[index])["data"]
    return data


class Window(QWidget):
    """Stands in for the main window: records the keys that reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[Qt.Key, Qt.KeyboardModifier]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in MODIFIER_KEYS:
            self.keys.append((Qt.Key(event.key()), event.modifiers()))


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    win = Window()
    qtbot.addWidget(win)
    win.resize(900, 600)
    return win


@pytest.fixture
def pane(qtbot: QtBot, window: Window) -> AnnotationPane:
    """A shown, active pane inside a stand-in window (so keyboard focus works)."""
    annotation = AnnotationPane(window)
    annotation.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return annotation


def show_demo(
    pane: AnnotationPane, kind: str, index: int = 0, result: list[Region] | None = None
) -> tuple[LabelingConfig, dict[str, object]]:
    """Show a demo task; return its config and data."""
    config, data = demo_config(kind), demo_data(kind, index)
    pane.show_task(config, data, result)
    return config, data


def page(pane: AnnotationPane) -> QWidget:
    """The page the pane shows now (an earlier page may still await deletion)."""
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    widget = scroll.widget()
    assert widget is not None
    return widget


def named(pane: AnnotationPane, name: str) -> QWidget:
    """The one widget of the current page with accessible name ``name``."""
    found = [w for w in page(pane).findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def button(pane: AnnotationPane, name: str) -> QAbstractButton:
    """The one button of the current page with accessible name ``name``."""
    widget = named(pane, name)
    assert isinstance(widget, QAbstractButton)
    return widget


def text_view(pane: AnnotationPane) -> TaskTextView:
    view = page(pane).findChild(TaskTextView)
    assert view is not None
    return view


def answer_box(pane: AnnotationPane) -> QPlainTextEdit:
    boxes = [w for w in page(pane).findChildren(QPlainTextEdit) if not w.isReadOnly()]
    assert len(boxes) == 1
    return boxes[0]


def without_ids(result: list[Region]) -> list[Region]:
    """``result`` without region ids, after checking each id is a short string."""
    for region in result:
        assert isinstance(region["id"], str)
        assert 1 <= len(region["id"]) <= 12
    return [{key: value for key, value in region.items() if key != "id"} for region in result]


def assert_valid(config: LabelingConfig, data: dict[str, object], result: list[Region]) -> None:
    assert validate_result(config, data, result) == []


def key_event(
    key: Qt.Key, text: str = "", modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QKeyEvent:
    """A key press as the window would forward it."""
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


def select(view: TaskTextView, start: int, end: int) -> None:
    """Select document positions ``start..end`` through the view's text cursor, as a member's drag would."""
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def select_word(view: TaskTextView, word: str) -> int:
    """Select the first ``word`` of a (BMP-only) text; return its index."""
    start = view.toPlainText().index(word)
    select(view, start, start + len(word))
    return start


def char_point(view: TaskTextView, position: int) -> QPoint:
    """A viewport point on the character at document ``position``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def span(start: int, end: int, text: str, label: str) -> Region:
    """An expected NER region without its id."""
    return {
        "from_name": "entities",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
    }


# --- choices ----------------------------------------------------------------------------------------------


def test_sentiment_hotkeys_pick_one_choice(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "sentiment")
    assert pane.result() == []
    with qtbot.waitSignal(pane.changed, timeout=0):
        qtbot.keyClick(pane, "2")
    expected = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Negative"]}}]
    assert without_ids(pane.result()) == expected
    assert_valid(config, data, pane.result())

    qtbot.keyClick(pane, "3")
    assert without_ids(pane.result())[0]["value"] == {"choices": ["Neutral"]}
    assert_valid(config, data, pane.result())
    negative, neutral = button(pane, "Choice Negative"), button(pane, "Choice Neutral")
    assert isinstance(neutral, QRadioButton)
    assert neutral.isChecked()
    assert not negative.isChecked()


def test_choices_show_their_keys_and_names(pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    assert button(pane, "Choice Positive").text() == "[1] Positive"
    assert named(pane, "Task text") is text_view(pane)


def test_region_id_is_stable(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    qtbot.keyClick(pane, "1")
    first = pane.result()[0]["id"]
    qtbot.keyClick(pane, "2")
    assert pane.result()[0]["id"] == first


def test_keys_from_a_focused_radio_button_reach_the_pane(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    positive = named(pane, "Choice Positive")
    positive.setFocus()
    qtbot.keyClick(positive, "3")
    assert pane.result()[0]["value"] == {"choices": ["Neutral"]}


def test_unused_keys_go_on_to_the_window(qtbot: QtBot, pane: AnnotationPane, window: Window) -> None:
    show_demo(pane, "sentiment")
    qtbot.keyClick(pane, "x")
    assert window.keys == [(Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier)]
    assert pane.result() == []


# --- text area --------------------------------------------------------------------------------------------


def test_summary_typed_into_the_text_area(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "summaries")
    box = answer_box(pane)
    assert box.placeholderText() == "One sentence summary"
    assert box.accessibleName() == "Summary text"
    box.setFocus()
    qtbot.keyClicks(box, "Kenyan dairy co-ops share cold storage, cutting waste 2x.")
    expected = [
        {
            "from_name": "summary",
            "to_name": "text",
            "type": "textarea",
            "value": {"text": ["Kenyan dairy co-ops share cold storage, cutting waste 2x."]},
        }
    ]
    assert without_ids(pane.result()) == expected
    assert_valid(config, data, pane.result())


def test_blank_summary_gives_no_region(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "summaries")
    qtbot.keyClicks(answer_box(pane), "   ")
    assert pane.result() == []


HOTKEYS_AND_NOTE = """\
<View>
  <Text name="text" value="$text"/>
  <Choices name="verdict" toName="text">
    <Choice value="Keep" hotkey="1"/>
    <Choice value="Drop" hotkey="2"/>
  </Choices>
  <TextArea name="note" toName="text" maxSubmissions="1"/>
</View>
"""


def test_text_area_focus_keeps_hotkeys_quiet(qtbot: QtBot, pane: AnnotationPane) -> None:
    config = parse_config(HOTKEYS_AND_NOTE)
    data: dict[str, object] = {"text": "A short text."}
    pane.show_task(config, data, None)
    box = answer_box(pane)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)

    qtbot.keyClicks(box, "1 of 2")
    assert pane.handle_key(key_event(Qt.Key.Key_1, "1")) is False
    assert without_ids(pane.result()) == [
        {"from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": ["1 of 2"]}}
    ]
    assert_valid(config, data, pane.result())

    text_view(pane).setFocus()
    qtbot.keyClick(text_view(pane), "2")
    assert [region["value"] for region in pane.result()] == [{"choices": ["Drop"]}, {"text": ["1 of 2"]}]


def test_ctrl_enter_in_the_text_area_reaches_the_window(qtbot: QtBot, pane: AnnotationPane, window: Window) -> None:
    show_demo(pane, "summaries")
    box = answer_box(pane)
    box.setFocus()
    qtbot.keyClicks(box, "Done")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.keys == [(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)]
    assert box.toPlainText() == "Done"
    ctrl_enter = key_event(Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.ControlModifier)
    assert pane.handle_key(ctrl_enter) is False


def test_ctrl_and_a_hotkey_is_not_a_hotkey(pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    assert pane.handle_key(key_event(Qt.Key.Key_1, "1", Qt.KeyboardModifier.ControlModifier)) is False
    assert pane.result() == []


# --- rating and the digit rule ------------------------------------------------------------------------------


def test_ratings_digits_rate_and_letters_flag_issues(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "ratings")
    qtbot.keyClick(pane, "4")
    qtbot.keyClick(pane, "q")
    qtbot.keyClick(pane, "e")
    expected = [
        {"from_name": "quality", "to_name": "text", "type": "rating", "value": {"rating": 4}},
        {"from_name": "issues", "to_name": "text", "type": "choices", "value": {"choices": ["Off-topic", "Toxic"]}},
    ]
    assert without_ids(pane.result()) == expected
    assert_valid(config, data, pane.result())

    qtbot.keyClick(pane, "q")  # multiple choice: the key toggles
    qtbot.keyClick(pane, "2")
    assert [region["value"] for region in pane.result()] == [{"rating": 2}, {"choices": ["Toxic"]}]
    assert_valid(config, data, pane.result())
    issue = named(pane, "Choice Toxic")
    assert isinstance(issue, QCheckBox)
    assert issue.isChecked()


def test_digits_beyond_the_maximum_rating_are_not_used(pane: AnnotationPane) -> None:
    show_demo(pane, "ratings")
    assert pane.handle_key(key_event(Qt.Key.Key_6, "6")) is False
    assert pane.handle_key(key_event(Qt.Key.Key_5, "5")) is True
    assert pane.result()[0]["value"] == {"rating": 5}


def test_clicking_a_star_rates(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "ratings")
    star = named(pane, "Rating 3 of 5")
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert pane.result()[0]["value"] == {"rating": 3}
    assert_valid(config, data, pane.result())
    named(pane, "Rating 5 of 5").setFocus()
    qtbot.keyClick(named(pane, "Rating 5 of 5"), Qt.Key.Key_Space)
    assert pane.result()[0]["value"] == {"rating": 5}


CHOICES_BEFORE_RATING = """\
<View>
  <Text name="text" value="$text"/>
  <Choices name="topic" toName="text">
    <Choice value="Food"/>
    <Choice value="Travel"/>
  </Choices>
  <Rating name="stars" toName="text" maxRating="3"/>
  <Choices name="tone" toName="text">
    <Choice value="Calm" hotkey="2"/>
  </Choices>
</View>
"""


def test_digits_go_to_the_first_digit_control_and_hotkeys_win(qtbot: QtBot, pane: AnnotationPane) -> None:
    config = parse_config(CHOICES_BEFORE_RATING)
    data: dict[str, object] = {"text": "Arepas in Caracas."}
    pane.show_task(config, data, None)
    assert button(pane, "Choice Food").text() == "[1] Food"
    assert button(pane, "Choice Travel").text() == "Travel"  # 2 belongs to the explicit hotkey of Calm
    assert button(pane, "Choice Calm").text() == "[2] Calm"
    qtbot.keyClick(pane, "1")
    qtbot.keyClick(pane, "2")
    assert pane.handle_key(key_event(Qt.Key.Key_3, "3")) is False  # the rating owns no digits
    assert [(r["from_name"], r["value"]) for r in pane.result()] == [
        ("topic", {"choices": ["Food"]}),
        ("tone", {"choices": ["Calm"]}),
    ]
    assert_valid(config, data, pane.result())


# --- named entities -----------------------------------------------------------------------------------------


def test_entity_from_a_programmatic_selection_and_hotkey(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "entities")
    view = text_view(pane)
    start = select_word(view, "Grace Wanjiru")
    qtbot.keyClick(view, "p")
    assert without_ids(pane.result()) == [span(start, start + 13, "Grace Wanjiru", "PER")]
    assert_valid(config, data, pane.result())
    assert not view.textCursor().hasSelection()
    assert len(view.extraSelections()) == 1


def test_entity_from_shift_arrow_selection(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "entities")
    view = text_view(pane)
    text = str(data["text"])
    start = text.index("Nairobi")
    view.setFocus()
    select(view, start, start)
    for _ in "Nairobi":
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText() == "Nairobi"
    qtbot.keyClick(view, "l")
    assert without_ids(pane.result()) == [span(start, start + 7, "Nairobi", "LOC")]
    assert_valid(config, data, pane.result())


def test_selection_is_trimmed_of_whitespace(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "entities")
    view = text_view(pane)
    start = view.toPlainText().index(" Nairobi,") + 1
    select(view, start - 1, start + 8)  # " Nairobi, "
    qtbot.keyClick(view, "l")
    assert pane.result()[0]["value"]["text"] == "Nairobi,"
    assert pane.result()[0]["value"]["start"] == start


def test_overlapping_span_replaces_the_old_one(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "entities")
    view = text_view(pane)
    date = select_word(view, "14 March 2024")
    qtbot.keyClick(view, "d")
    select_word(view, "Grace Wanjiru")
    qtbot.keyClick(view, "p")
    org = select_word(view, "Wanjiru opened")
    qtbot.keyClick(view, "o")
    assert without_ids(pane.result()) == [
        span(date, date + 13, "14 March 2024", "DATE"),
        span(org, org + 14, "Wanjiru opened", "ORG"),
    ]
    assert_valid(config, data, pane.result())


def test_clicking_a_span_removes_it(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "entities")
    view = text_view(pane)
    start = select_word(view, "Savannah Data Cooperative")
    qtbot.keyClick(view, "o")
    other = select_word(view, "Nairobi")
    qtbot.keyClick(view, "l")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, start + 5))
    assert [region["value"]["text"] for region in pane.result()] == ["Nairobi"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(view, other - 3))
    assert len(pane.result()) == 1  # a click outside any span removes nothing


def test_delete_removes_the_span_at_the_cursor(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "entities")
    view = text_view(pane)
    start = select_word(view, "Mombasa")
    qtbot.keyClick(view, "l")
    view.setFocus()
    select(view, start + 2, start + 2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert pane.result() == []
    assert pane.undo() is True
    select(view, start + 7, start + 7)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert pane.result() == []


def test_label_key_without_selection_changes_nothing(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "entities")
    view = text_view(pane)
    select(view, 4, 4)
    qtbot.keyClick(view, "p")
    assert pane.result() == []


def test_legend_shows_labels_keys_and_a_click_applies(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "entities")
    legend = named(pane, "Label DATE")
    assert isinstance(legend, QAbstractButton)
    assert legend.text() == "[d] DATE"
    start = select_word(text_view(pane), "14 March 2024")
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton)
    assert without_ids(pane.result()) == [span(start, start + 13, "14 March 2024", "DATE")]


def test_offsets_are_python_indices_around_emoji_and_crlf(qtbot: QtBot, pane: AnnotationPane) -> None:
    config = demo_config("entities")
    text = "¡Qué rico! 😍😍\r\nAna Costa came from Recife."
    data: dict[str, object] = {"text": text}
    pane.show_task(config, data, None)
    view = text_view(pane)
    utf16_start = len(text[: text.index("Recife")].replace("\r\n", "\n").encode("utf-16-le")) // 2
    select(view, utf16_start, utf16_start + 6)
    qtbot.keyClick(view, "l")
    start = text.index("Recife")
    assert without_ids(pane.result()) == [span(start, start + 6, "Recife", "LOC")]
    assert_valid(config, data, pane.result())


# --- pre-fill -----------------------------------------------------------------------------------------------


DONE_RESULTS: dict[str, list[Region]] = {
    "sentiment": [
        {"id": "s1", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}
    ],
    "summaries": [
        {
            "id": "t1",
            "from_name": "summary",
            "to_name": "text",
            "type": "textarea",
            "value": {"text": ["Shared cold storage cut milk waste."]},
        }
    ],
    "entities": [
        {**span(3, 16, "14 March 2024", "DATE"), "id": "e1"},
        {**span(18, 31, "Grace Wanjiru", "PER"), "id": "e2"},
    ],
    "ratings": [
        {"id": "r1", "from_name": "quality", "to_name": "text", "type": "rating", "value": {"rating": 4}},
        {"id": "r2", "from_name": "issues", "to_name": "text", "type": "choices", "value": {"choices": ["Toxic"]}},
    ],
}


@pytest.mark.parametrize("kind", sorted(DONE_RESULTS))
def test_done_task_prefills_and_round_trips(pane: AnnotationPane, kind: str) -> None:
    config, data = demo_config(kind), demo_data(kind)
    done = DONE_RESULTS[kind]
    assert_valid(config, data, done)
    pane.show_task(config, data, done)
    assert pane.result() == done


def test_prefill_shows_in_the_widgets(pane: AnnotationPane) -> None:
    show_demo(pane, "ratings", result=DONE_RESULTS["ratings"])
    toxic = named(pane, "Choice Toxic")
    assert isinstance(toxic, QCheckBox)
    assert toxic.isChecked()
    star = named(pane, "Rating 4 of 5")
    assert isinstance(star, QAbstractButton)
    assert star.isChecked()
    show_demo(pane, "summaries", result=DONE_RESULTS["summaries"])
    assert answer_box(pane).toPlainText() == "Shared cold storage cut milk waste."
    show_demo(pane, "entities", result=DONE_RESULTS["entities"])
    assert len(text_view(pane).extraSelections()) == 2


def test_editing_a_done_task_keeps_its_region_ids(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "ratings", result=DONE_RESULTS["ratings"])
    qtbot.keyClick(pane, "2")
    assert [(region["id"], region["value"]) for region in pane.result()] == [
        ("r1", {"rating": 2}),
        ("r2", {"choices": ["Toxic"]}),
    ]


# --- problems -----------------------------------------------------------------------------------------------


def problem_line(pane: AnnotationPane, control: str) -> QLabel:
    label = named(pane, f"Problem with {control}")
    assert isinstance(label, QLabel)
    return label


def test_missing_required_answer_shows_beside_its_control(pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "sentiment")
    problems = validate_result(config, data, pane.result())
    assert [problem.field for problem in problems] == ["sentiment"]
    pane.show_problems(problems)
    assert problems[0].code == "required"
    line = problem_line(pane, "Sentiment")
    assert line.isVisible()
    # In the member's words: it once said 'required: <Choices name="sentiment"> needs an answer…'.
    assert line.text() == "This needs an answer before you submit."
    assert line.parentWidget() is named(pane, "Choice Positive").parentWidget()
    pane.clear_problems()
    assert not line.isVisible()


def test_region_problem_maps_back_to_its_control(pane: AnnotationPane) -> None:
    show_demo(pane, "ratings", result=DONE_RESULTS["ratings"])
    pane.show_problems(
        [
            Problem("result[1].value.choices", "'Toxic' needs a second look"),
            Problem("result[0].value.rating", "rating too generous"),
            Problem("result[7]", "no such region"),
        ]
    )
    assert problem_line(pane, "Issues").isVisible()
    assert problem_line(pane, "Issues").text() == "'Toxic' needs a second look"
    assert problem_line(pane, "Quality").text() == "rating too generous"
    assert problem_line(pane, "Quality").parentWidget() is named(pane, "Rating 3 of 5").parentWidget()
    labels = [w for w in pane.findChildren(QLabel) if w.accessibleName() == "Problems"]
    assert len(labels) == 1
    assert labels[0].isVisible()
    assert labels[0].text() == "result[7]: no such region"


def test_a_change_clears_the_problem_of_its_control(qtbot: QtBot, pane: AnnotationPane) -> None:
    config, data = show_demo(pane, "sentiment")
    pane.show_problems(validate_result(config, data, pane.result()))
    qtbot.keyClick(pane, "1")
    assert not problem_line(pane, "Sentiment").isVisible()


# --- safety, undo, unsupported --------------------------------------------------------------------------------


MARKUP = '<b>x</b><img src="http://example.invalid/pixel.png"> <a href="http://example.invalid">link</a> &amp;'

MARKUP_CONFIG = """\
<View>
  <Header value="&lt;i&gt;Read&lt;/i&gt; &amp; choose"/>
  <Text name="text" value="$text"/>
  <Choices name="kind" toName="text">
    <Choice value="Tom &amp; Jerry &lt;b&gt;"/>
  </Choices>
</View>
"""


def test_task_text_is_shown_as_plain_text(pane: AnnotationPane) -> None:
    config = parse_config(MARKUP_CONFIG)
    pane.show_task(config, {"text": MARKUP}, None)
    view = text_view(pane)
    assert view.toPlainText() == MARKUP
    assert not view.acceptRichText()
    assert "&lt;img" in view.document().toHtml()
    block = view.document().begin()
    while block.isValid():
        fragment_iter = block.begin()
        while not fragment_iter.atEnd():
            fmt = fragment_iter.fragment().charFormat()
            assert not fmt.isImageFormat()
            assert not fmt.isAnchor()
            fragment_iter += 1
        block = block.next()
    header = next(w for w in page(pane).findChildren(QLabel) if w.accessibleName() == "Instructions")
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert header.text() == "<i>Read</i> & choose"
    assert button(pane, "Choice Tom & Jerry <b>").text() == "[1] Tom && Jerry <b>"
    for label in page(pane).findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.openExternalLinks()


def test_undo_steps_back_through_changes(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    assert pane.undo() is False
    qtbot.keyClick(pane, "1")
    qtbot.keyClick(pane, "2")
    with qtbot.waitSignal(pane.changed, timeout=0):
        assert pane.undo() is True
    assert pane.result()[0]["value"] == {"choices": ["Positive"]}
    positive = named(pane, "Choice Positive")
    assert isinstance(positive, QRadioButton)
    assert positive.isChecked()
    assert pane.undo() is True
    assert pane.result() == []
    assert not positive.isChecked()
    assert pane.undo() is False


def test_undo_takes_back_a_typed_text_in_one_step(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "summaries", result=DONE_RESULTS["summaries"])
    box = answer_box(pane)
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " Good.")
    assert pane.result()[0]["value"] == {"text": ["Shared cold storage cut milk waste. Good."]}
    assert pane.undo() is True
    assert pane.result() == DONE_RESULTS["summaries"]
    assert pane.undo() is False


def test_undo_history_is_per_task(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment", 0)
    qtbot.keyClick(pane, "1")
    show_demo(pane, "sentiment", 1)
    assert pane.undo() is False
    assert pane.result() == []


def test_unsupported_task_shows_a_reason_and_nothing_to_edit(pane: AnnotationPane) -> None:
    pane.show_unsupported("the labeling config uses <HyperText>, which coopclient does not support yet")
    texts = [label.text() for label in page(pane).findChildren(QLabel)]
    assert "The labeling config uses <HyperText>, which coopclient does not support yet." in texts
    assert page(pane).findChildren(QAbstractButton) == []
    assert [w for w in page(pane).findChildren(QTextEdit) if not w.isReadOnly()] == []
    assert page(pane).findChildren(QPlainTextEdit) == []
    assert pane.result() == []
    assert pane.handle_key(key_event(Qt.Key.Key_1, "1")) is False


def test_show_task_with_an_unsupported_tag_explains(pane: AnnotationPane) -> None:
    config = parse_config(
        '<View><HyperText name="h" value="$html"/><Choices name="c" toName="h"><Choice value="A"/></Choices></View>'
    )
    pane.show_task(config, {"html": "<p>hi</p>"}, None)
    texts = [label.text() for label in page(pane).findChildren(QLabel)]
    assert any("<HyperText>" in text for text in texts)
    assert page(pane).findChildren(QAbstractButton) == []


IMAGE_AND_TEXT = """\
<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="boxes" toName="image">
    <Label value="Car"/>
  </RectangleLabels>
  <Choices name="quality" toName="image">
    <Choice value="Sharp"/>
  </Choices>
  <Text name="text" value="$text"/>
  <Choices name="caption_ok" toName="text">
    <Choice value="Yes" hotkey="y"/>
  </Choices>
</View>
"""


def test_image_controls_get_a_note_and_their_regions_are_kept(qtbot: QtBot, pane: AnnotationPane) -> None:
    config = parse_config(IMAGE_AND_TEXT)
    data: dict[str, object] = {"image": "http://example.invalid/a.jpg", "text": "A red car."}
    boxes = {
        "id": "b1",
        "from_name": "boxes",
        "to_name": "image",
        "type": "rectanglelabels",
        "value": {"x": 10, "y": 10, "width": 20, "height": 20, "rectanglelabels": ["Car"]},
    }
    pane.show_task(config, data, [boxes])
    texts = [label.text() for label in page(pane).findChildren(QLabel)]
    assert "Image tasks are not supported in the desktop app yet" in texts
    assert [w.accessibleName() for w in page(pane).findChildren(QAbstractButton)] == ["Choice Yes"]
    qtbot.keyClick(pane, "y")
    assert [region["from_name"] for region in pane.result()] == ["caption_ok", "boxes"]
    assert pane.result()[1] == boxes
    assert_valid(config, data, pane.result())


def test_clear_empties_the_pane(qtbot: QtBot, pane: AnnotationPane) -> None:
    show_demo(pane, "sentiment")
    qtbot.keyClick(pane, "1")
    pane.clear()
    assert pane.result() == []
    assert page(pane).findChildren(QAbstractButton) == []
    assert pane.handle_key(key_event(Qt.Key.Key_1, "1")) is False


def test_accessible_names(pane: AnnotationPane) -> None:
    show_demo(pane, "ratings")
    for name in ("Task text", "Rating 1 of 5", "Rating 5 of 5", "Choice Off-topic", "Choice Factual error"):
        assert named(pane, name).isVisible()
    show_demo(pane, "entities")
    for name in ("Label PER", "Label ORG", "Label LOC", "Label DATE"):
        assert named(pane, name).isVisible()
    flags = text_view(pane).textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert text_view(pane).font().pointSizeF() >= 12


def test_a_problem_below_the_fold_is_scrolled_into_view(qtbot: QtBot, pane: AnnotationPane) -> None:
    """Issue 11.8: "1 problem shown beside the fields" while the field was scrolled out of sight."""
    questions = "".join(
        f'<Choices name="q{i}" toName="text" choice="multiple">'
        + "".join(f'<Choice value="Option {i}.{j}"/>' for j in range(6))
        + "</Choices>"
        for i in range(12)
    )
    config = parse_config(
        f'<View><Text name="text" value="$text"/>{questions}'
        '<Choices name="verdict" toName="text" required="true"><Choice value="Fine"/></Choices></View>'
    )
    data = {"text": "A short report."}
    pane.show_task(config, data, None)
    scroll = pane._scroll
    problem = pane._editors["verdict"].problem

    def in_view() -> bool:
        top = problem.mapTo(scroll.viewport(), QPoint(0, 0)).y()
        return problem.isVisible() and top >= 0 and top + problem.height() <= scroll.viewport().height()

    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # the form is taller than the pane
    scroll.verticalScrollBar().setValue(0)
    pane.show_problems(validate_result(config, data, pane.result()))
    qtbot.waitUntil(in_view)
