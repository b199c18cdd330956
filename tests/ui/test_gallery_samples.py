"""The gallery templates made supported by following Label Studio's rules: their sample task, shown offscreen.

Each is shown in the annotation pane, answered with key events, and its result checked against the config
(:func:`validate_result`) and for the shape Label Studio stores (from_name, to_name, type, value).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from coopclient.core.labeling import LabelingConfig, parse_config, validate_result
from coopclient.ui.annotation import AnnotationPane
from tests.unit import gallery

TWO_LEVEL = "community-contributions/two-level-sentiment-analysis-of-x-twitter-posts"
RETRIEVAL = "ranking-and-scoring/document-retrieval"


@pytest.fixture(scope="module")
def templates() -> dict[str, gallery.Template]:
    try:
        folder = gallery.templates_folder()
    except (OSError, RuntimeError) as exc:
        pytest.skip(f"the Label Studio venv of the test setup cannot be set up: {exc}")
    return {template.key: template for template in gallery.load_templates(folder)}


def sample_task(template: gallery.Template) -> tuple[LabelingConfig, dict[str, object]]:
    """The config and its sample data; fields the sample lacks (the gallery's is sometimes for another
    field name, or absent) get a short text, as Label Studio's own sample task would."""
    config = parse_config(template.config)
    data = dict(template.sample_data() or {})
    for obj in config.objects:
        data.setdefault(obj.value_key, f"Sample {obj.value_key}")
    return config, data


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


@pytest.fixture
def pane(qtbot: QtBot, host: QWidget) -> AnnotationPane:
    annotation = AnnotationPane(host)
    annotation.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    return annotation


def assert_label_studio_shape(result: list[dict[str, Any]]) -> None:
    for region in result:
        assert {"from_name", "to_name", "type", "value"} <= region.keys()
        assert isinstance(region["value"], dict)


def editor_hidden(pane: AnnotationPane, name: str) -> bool:
    return pane._editors[name].isHidden()


def test_two_level_sentiment_shows_the_second_level_once_a_sentiment_is_chosen(
    qtbot: QtBot, pane: AnnotationPane, templates: dict[str, gallery.Template]
) -> None:
    config, data = sample_task(templates[TWO_LEVEL])
    pane.show_task(config, data, None)
    texts = [label.text() for label in pane.findChildren(QLabel)]
    assert "@johndoe" in texts  # a fixed <Text> is shown as is
    assert editor_hidden(pane, "other-props")  # visibleWhen: hidden until a sentiment is chosen
    qtbot.keyClick(pane, "1")  # the first sentiment, by its digit
    assert not editor_hidden(pane, "other-props")
    pane._editors["other-props"].activate(0)  # Descriptive
    result = pane.result()
    assert [(r["from_name"], r["value"]["choices"]) for r in result] == [
        ("sentiment", ["Positive"]),
        ("other-props", ["Descriptive"]),
    ]
    assert validate_result(config, data, result) == []
    assert_label_studio_shape(result)


def test_hidden_second_level_leaves_the_result(
    qtbot: QtBot, pane: AnnotationPane, templates: dict[str, gallery.Template]
) -> None:
    config, data = sample_task(templates[TWO_LEVEL])
    sentiment_only = [
        {
            "id": "a",
            "from_name": "other-props",
            "to_name": "tweet",
            "type": "choices",
            "value": {"choices": ["Emotional"]},
        }
    ]
    pane.show_task(config, data, sentiment_only)
    assert editor_hidden(pane, "other-props")
    assert pane.result() == []  # Label Studio would not show it, so its answer is not sent
    qtbot.keyClick(pane, "2")  # Neutral
    assert [r["from_name"] for r in pane.result()] == ["sentiment", "other-props"]


def test_document_retrieval_with_its_repeated_choice(
    qtbot: QtBot, pane: AnnotationPane, templates: dict[str, gallery.Template]
) -> None:
    config, data = sample_task(templates[RETRIEVAL])
    pane.show_task(config, data, None)
    assert validate_result(config, data, pane.result())  # required: nothing chosen yet
    qtbot.keyClick(pane, "1")
    qtbot.keyClick(pane, "2")
    result = pane.result()
    assert [r["value"]["choices"] for r in result] == [["One", "Two"]]
    assert validate_result(config, data, result) == []
    assert_label_studio_shape(result)
