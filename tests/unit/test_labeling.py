"""Tests of coopclient.core.labeling: parsing Label Studio labeling configs and checking results."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopclient.core.labeling import (
    ConfigError,
    Control,
    LabelingConfig,
    ObjectTag,
    Option,
    Problem,
    ResultInvalid,
    StaticText,
    VisibleWhen,
    ensure_valid,
    parse_config,
    unsupported_reason,
    validate_result,
    visible_controls,
)

# --- configs used across the tests ----------------------------------------------------------------------

SENTIMENT = """\
<View>
  <Header value="How does the text feel?"/>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single-radio" required="true">
    <Choice value="Positive" hotkey="1"/>
    <Choice value="Negative" hotkey="2" alias="neg"/>
    <Choice value="Neutral" hotkey="3"/>
  </Choices>
</View>
"""

TOPICS = """\
<View>
  <Text name="text" value="$text"/>
  <Choices name="topics" toName="text" choice="multiple">
    <Choice value="Sport"/>
    <Choice value="Politics"/>
    <Choice value="Culture"/>
  </Choices>
</View>
"""

NER = """\
<View>
  <Labels name="label" toName="text">
    <Label value="PER" background="red"/>
    <Label value="LOC" background="#00ff00" hotkey="l"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""

BOXES = """\
<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image">
    <Label value="Car" background="blue"/>
    <Label value="Person"/>
  </RectangleLabels>
</View>
"""

RATING = """\
<View>
  <Text name="text" value="$text"/>
  <Rating name="stars" toName="text" maxRating="10"/>
</View>
"""

MIXED = """\
<View>
  <Style>.big { font-size: 20px }</Style>
  <View style="display: flex">
    <View>
      <Text name="text" value="$text"/>
    </View>
    <View>
      <Filter name="filter" toName="sentiment" hotkey="shift+f"/>
      <Choices name="sentiment" toName="text">
        <View><Header value="Pick one"/><Choice value="Good"/></View>
        <Choice value="Bad"/>
      </Choices>
      <TextArea name="comment" toName="text" maxSubmissions="2" placeholder="Why?" required="true"/>
      <Rating name="quality" toName="text"/>
    </View>
  </View>
</View>
"""

TEXT = "I flew from Rome to Paris."  # "Rome" is 12..16, "Paris" 20..25
TEXT_DATA: dict[str, object] = {"text": TEXT}
IMAGE_DATA: dict[str, object] = {"image": "https://example.org/cat.jpg"}


def region(from_name: str, to_name: str, kind: str, **value: object) -> dict[str, object]:
    """A result region as Label Studio writes it."""
    return {"id": "r1", "from_name": from_name, "to_name": to_name, "type": kind, "value": value}


def fields(problems: list[Problem]) -> list[str]:
    """The fields of some problems."""
    return [problem.field for problem in problems]


def one_problem(config: LabelingConfig, data: dict[str, object], result: object) -> Problem:
    """The single problem of ``result``; fails if there is not exactly one."""
    problems = validate_result(config, data, result)
    assert len(problems) == 1, problems
    return problems[0]


# --- parsing --------------------------------------------------------------------------------------------


def test_parse_single_choices_with_hotkeys_alias_and_required() -> None:
    config = parse_config(SENTIMENT)
    assert config.xml == SENTIMENT
    assert config.objects == (ObjectTag(tag="Text", name="text", value_key="text"),)
    assert config.controls == (
        Control(
            tag="Choices",
            kind="choices",
            name="sentiment",
            to_name="text",
            options=(
                Option(value="Positive", alias=None, hotkey="1", background=None),
                Option(value="Negative", alias="neg", hotkey="2", background=None),
                Option(value="Neutral", alias=None, hotkey="3", background=None),
            ),
            multiple=False,
            required=True,
        ),
    )
    assert config.unsupported_tags == ()


def test_parse_multiple_choices() -> None:
    control = parse_config(TOPICS).control("topics")
    assert control is not None
    assert control.multiple is True
    assert control.required is False
    assert [option.value for option in control.options] == ["Sport", "Politics", "Culture"]


@pytest.mark.parametrize(
    ("attribute", "multiple"), [("", False), ('choice="single"', False), ('choice="multiple"', True)]
)
def test_choice_attribute(attribute: str, multiple: bool) -> None:
    xml = (
        f'<View><Text name="t" value="$t"/><Choices name="c" toName="t" {attribute}>'
        '<Choice value="a"/></Choices></View>'
    )
    control = parse_config(xml).control("c")
    assert control is not None
    assert control.multiple is multiple


def test_parse_labels_with_background_colours() -> None:
    config = parse_config(NER)
    control = config.control("label")
    assert control is not None
    assert (control.tag, control.kind, control.to_name) == ("Labels", "labels", "text")
    assert control.options == (
        Option(value="PER", alias=None, hotkey=None, background="red"),
        Option(value="LOC", alias=None, hotkey="l", background="#00ff00"),
    )


def test_parse_rectangle_labels_on_image() -> None:
    config = parse_config(BOXES)
    assert config.object("image") == ObjectTag(tag="Image", name="image", value_key="image")
    control = config.control("box")
    assert control is not None
    assert (control.tag, control.kind) == ("RectangleLabels", "rectanglelabels")
    assert [(option.value, option.background) for option in control.options] == [
        ("Car", "blue"),
        ("Person", None),
    ]


def test_parse_rating_max() -> None:
    control = parse_config(RATING).control("stars")
    assert control is not None
    assert (control.tag, control.kind, control.max_rating) == ("Rating", "rating", 10)


def test_rating_defaults_to_five() -> None:
    control = parse_config(MIXED).control("quality")
    assert control is not None
    assert control.max_rating == 5


def test_parse_nested_views_textarea_and_options_in_containers() -> None:
    config = parse_config(MIXED)
    assert [control.name for control in config.controls] == ["sentiment", "comment", "quality"]
    assert config.objects == (ObjectTag("Text", "text", "text"),)
    choices = config.control("sentiment")
    assert choices is not None
    assert [option.value for option in choices.options] == ["Good", "Bad"]
    comment = config.control("comment")
    assert comment == Control(
        tag="TextArea",
        kind="textarea",
        name="comment",
        to_name="text",
        required=True,
        max_submissions=2,
        placeholder="Why?",
    )
    assert config.unsupported_tags == ()


def test_tag_and_attribute_names_are_case_insensitive() -> None:
    config = parse_config(
        '<view><text name="t" value="$t"/><choices name="c" toname="t"><choice value="x"/></choices></view>'
    )
    assert config.objects == (ObjectTag("Text", "t", "t"),)
    control = config.control("c")
    assert control is not None
    assert (control.tag, control.to_name, control.options[0].value) == ("Choices", "t", "x")


def test_lookup_of_unknown_names_gives_none() -> None:
    config = parse_config(SENTIMENT)
    assert config.control("text") is None
    assert config.object("sentiment") is None
    assert config.control("nope") is None


def test_required_false_is_accepted() -> None:
    control = parse_config(SENTIMENT.replace('required="true"', 'required="false"')).control("sentiment")
    assert control is not None
    assert control.required is False


# --- task types -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("xml", "task_type"),
    [
        (SENTIMENT, "choices"),
        (TOPICS, "choices"),
        (NER, "ner"),
        (BOXES, "rectangles"),
        (RATING, "rating"),
        ('<View><Text name="t" value="$t"/><TextArea name="a" toName="t"/></View>', "textarea"),
        (MIXED, "choices+rating+textarea"),
        (SENTIMENT.replace("</View>", '<TextArea name="why" toName="text"/></View>'), "choices+textarea"),
    ],
)
def test_task_type(xml: str, task_type: str) -> None:
    assert parse_config(xml).task_type == task_type


# --- unsupported tags -----------------------------------------------------------------------------------

VIDEO = """\
<View>
  <Video name="video" value="$video"/>
  <Choices name="kind" toName="video"><Choice value="Cat"/></Choices>
  <Audio name="audio" value="$audio"/>
  <Video name="video2" value="$video2"/>
  <Relations><Relation value="knows"/></Relations>
</View>
"""


def test_unsupported_tags_are_recorded_in_order_without_duplicates() -> None:
    config = parse_config(VIDEO)
    assert config.unsupported_tags == ("Video", "Audio", "Relations")
    assert config.task_type == "unsupported"
    # A control pointing at an unsupported object is kept, not an error.
    assert [control.name for control in config.controls] == ["kind"]


@pytest.mark.parametrize("tag", ["Taxonomy", "PolygonLabels", "KeyPointLabels", "Ranker", "HyperText"])
def test_unsupported_controls_never_raise(tag: str) -> None:
    xml = (
        f'<View><Text name="t" value="$t"/><{tag} name="x" toName="t">'
        f'<Choice value="a"/><Label value="b"/></{tag}></View>'
    )
    config = parse_config(xml)
    assert config.unsupported_tags == (tag,)
    assert config.task_type == "unsupported"


def test_unsupported_tag_inside_a_control_is_recorded() -> None:
    config = parse_config(
        '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="a"/><Markdown/></Choices></View>'
    )
    assert config.unsupported_tags == ("Markdown",)


def test_unsupported_reason_names_the_tags() -> None:
    reason = unsupported_reason(parse_config(VIDEO), {"video": "v.mp4"})
    assert reason is not None
    assert "<Video>" in reason
    assert "<Audio>" in reason
    assert "<Relations>" in reason
    assert "does not support" in reason


def test_unsupported_reason_single_tag_wording() -> None:
    config = parse_config(
        '<View><Video name="v" value="$v"/><Choices name="c" toName="v"><Choice value="a"/></Choices></View>'
    )
    assert unsupported_reason(config, {"v": "x.mp4"}) == (
        "the labeling config uses <Video>, which coopclient does not support yet"
    )


def test_unsupported_reason_none_for_good_data() -> None:
    assert unsupported_reason(parse_config(SENTIMENT), TEXT_DATA) is None
    assert unsupported_reason(parse_config(BOXES), IMAGE_DATA) is None
    assert unsupported_reason(parse_config(SENTIMENT), {"text": ""}) is None


def test_unsupported_reason_missing_key() -> None:
    reason = unsupported_reason(parse_config(SENTIMENT), {"body": "hello"})
    assert reason is not None
    assert "'text'" in reason
    assert "<Text" in reason


@pytest.mark.parametrize("value", [None, 42, ["a"], {"a": 1}, b"bytes"])
def test_unsupported_reason_text_must_be_a_string(value: object) -> None:
    reason = unsupported_reason(parse_config(SENTIMENT), {"text": value})
    assert reason is not None
    assert "string" in reason
    assert repr(value) in reason


@pytest.mark.parametrize("value", [None, 3, "", "   ", ["https://x/y.png"]])
def test_unsupported_reason_image_needs_url(value: object) -> None:
    reason = unsupported_reason(parse_config(BOXES), {"image": value})
    assert reason is not None
    assert "image URL or path" in reason


def test_unsupported_reason_data_not_a_mapping() -> None:
    reason = unsupported_reason(parse_config(SENTIMENT), ["text"])  # type: ignore[arg-type]
    assert reason is not None
    assert "list" in reason


# --- config errors --------------------------------------------------------------------------------------


def config_error(xml: str) -> ConfigError:
    """The ConfigError parse_config raises for ``xml``."""
    with pytest.raises(ConfigError) as info:
        parse_config(xml)
    return info.value


def test_config_error_is_a_value_error() -> None:
    assert issubclass(ConfigError, ValueError)


@pytest.mark.parametrize(
    ("xml", "line", "column"),
    [
        ("<View>\n  <Text name='t' value='$t'>\n</View>", 3, 3),
        ("", 1, 1),
        ("<View><Text name='t' value='$t'/>", 1, 34),
        ("<View>\n<Text name=t/></View>", 2, 12),
        ("<View></View><View></View>", 1, 14),
    ],
)
def test_malformed_xml_reports_line_and_column(xml: str, line: int, column: int) -> None:
    error = config_error(xml)
    assert (error.line, error.column) == (line, column)
    assert f"line {line}, column {column}" in str(error)
    assert "not well-formed XML" in str(error)


def test_control_without_name() -> None:
    error = config_error(
        '<View>\n<Text name="t" value="$t"/>\n  <Choices toName="t"><Choice value="a"/></Choices></View>'
    )
    assert (error.tag, error.attribute, error.line, error.column) == ("Choices", "name", 3, 3)
    assert "<Choices> at line 3, column 3" in str(error)
    assert "'name' is missing" in str(error)


def test_control_without_to_name_is_unsupported_not_an_error() -> None:
    # Label Studio accepts a control without toName (the gallery's chatbot-assessment has one); its result
    # would point at nothing, so the config is named unsupported rather than refused.
    config = parse_config('<View><Text name="t" value="$t"/><TextArea name="a"/></View>')
    assert config.unsupported == ('<TextArea name="a"> without toName',)
    assert config.task_type == "unsupported"


def test_control_with_blank_to_name() -> None:
    error = config_error('<View><Text name="t" value="$t"/><TextArea name="a" toName=" "/></View>')
    assert (error.tag, error.attribute) == ("TextArea", "toName")
    assert "'toName' is empty" in str(error)


def test_control_with_blank_name() -> None:
    error = config_error('<View><Text name="t" value="$t"/><TextArea name=" " toName="t"/></View>')
    assert error.attribute == "name"
    assert "empty" in str(error)


def test_to_name_naming_no_object() -> None:
    error = config_error('<View><Text name="t" value="$t"/><Rating name="r" toName="body"/></View>')
    assert (error.tag, error.attribute) == ("Rating", "toName")
    assert "'body'" in str(error)
    assert "t" in str(error).split("object tags are:")[1]


def test_to_name_naming_a_control() -> None:
    error = config_error(
        '<View><Text name="t" value="$t"/><TextArea name="a" toName="t"/><Rating name="r" toName="a"/></View>'
    )
    assert error.attribute == "toName"
    assert "<TextArea>" in str(error)
    assert "not an object tag" in str(error)


@pytest.mark.parametrize(
    "xml",
    [
        '<View><Text name="t" value="$t"/><Text name="t" value="$u"/><TextArea name="a" toName="t"/></View>',
        '<View><Text name="t" value="$t"/><TextArea name="a" toName="t"/><Rating name="a" toName="t"/></View>',
        '<View><Text name="t" value="$t"/><TextArea name="t" toName="t"/></View>',
    ],
)
def test_duplicate_names(xml: str) -> None:
    error = config_error(xml)
    assert error.attribute == "name"
    assert "already used" in str(error)


@pytest.mark.parametrize(
    ("xml", "tag"),
    [
        ('<View><Text name="t" value="$t"/><Choices name="c" toName="t"></Choices></View>', "Choices"),
        ('<View><Text name="t" value="$t"/><Labels name="l" toName="t"><View/></Labels></View>', "Labels"),
        (
            '<View><Image name="i" value="$i"/><RectangleLabels name="r" toName="i"/></View>',
            "RectangleLabels",
        ),
    ],
)
def test_control_without_options(xml: str, tag: str) -> None:
    error = config_error(xml)
    assert error.tag == tag
    assert "no <" in str(error)
    assert "options" in str(error)


@pytest.mark.parametrize("value", ["", "$"])
def test_object_value_must_be_text_or_a_field(value: str) -> None:
    error = config_error(f'<View><Text name="t" value="{value}"/><TextArea name="a" toName="t"/></View>')
    assert (error.tag, error.attribute) == ("Text", "value")
    assert "$text" in str(error)


@pytest.mark.parametrize("value", ["Read the review first.", "@johndoe", "· 2 hrs ago"])
def test_static_text_is_shown_as_is(value: str) -> None:
    # Label Studio shows a <Text> value that names no $field as it is (gallery: chatbot, two-level-sentiment).
    config = parse_config(
        f'<View><Text name="note" value="{value}"/><Text name="t" value="$t"/><TextArea name="a" toName="t"/></View>'
    )
    assert config.static_texts == (StaticText(name="note", text=value),)
    assert [obj.name for obj in config.objects] == ["t"]
    assert config.task_type == "textarea"
    assert unsupported_reason(config, {"t": "x"}) is None


def test_text_mixing_fixed_text_and_a_field_is_unsupported() -> None:
    config = parse_config('<View><Text name="t" value="Price: $price"/><TextArea name="a" toName="t"/></View>')
    assert config.unsupported == ("<Text> value='Price: $price' mixing fixed text and task data fields",)


def test_image_value_list_is_unsupported() -> None:
    config = parse_config(
        '<View><Image name="i" valueList="$pages"/>'
        '<RectangleLabels name="r" toName="i"><Label value="a"/></RectangleLabels></View>'
    )
    assert config.unsupported == ("<Image valueList> (several images in one task)",)


def test_object_without_value() -> None:
    error = config_error(
        '<View><Image name="i"/><RectangleLabels name="r" toName="i"><Label value="a"/></RectangleLabels></View>'
    )
    assert (error.tag, error.attribute) == ("Image", "value")


def test_labels_on_an_image_is_unsupported_not_an_error() -> None:
    # Label Studio labels image regions drawn with separate tools (gallery: optical-character-recognition).
    config = parse_config(
        '<View><Image name="i" value="$i"/><Labels name="l" toName="i"><Label value="a"/></Labels></View>'
    )
    assert config.unsupported == ("<Labels> on an <Image> (toName='i')",)


def test_rectangle_labels_must_point_to_image() -> None:
    error = config_error(
        '<View><Text name="t" value="$t"/>'
        '<RectangleLabels name="r" toName="t"><Label value="a"/></RectangleLabels></View>'
    )
    assert (error.tag, error.attribute) == ("RectangleLabels", "toName")
    assert "<Image>" in str(error)


@pytest.mark.parametrize(
    ("xml", "attribute"),
    [
        (
            '<View><Text name="t" value="$t"/>'
            '<Choices name="c" toName="t" choice="many"><Choice value="a"/></Choices></View>',
            "choice",
        ),
        (
            '<View><Text name="t" value="$t"/><Rating name="r" toName="t" maxRating="ten"/></View>',
            "maxRating",
        ),
        ('<View><Text name="t" value="$t"/><Rating name="r" toName="t" maxRating="0"/></View>', "maxRating"),
        (
            '<View><Text name="t" value="$t"/><TextArea name="a" toName="t" maxSubmissions="-1"/></View>',
            "maxSubmissions",
        ),
        (
            '<View><Text name="t" value="$t"/><TextArea name="a" toName="t" required="yes"/></View>',
            "required",
        ),
    ],
)
def test_bad_attribute_values(xml: str, attribute: str) -> None:
    error = config_error(xml)
    assert error.attribute == attribute
    assert attribute in str(error)


def test_option_without_value() -> None:
    error = config_error(
        '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice alias="a"/></Choices></View>'
    )
    assert (error.tag, error.attribute) == ("Choice", "value")


def test_duplicate_option_values_are_one_option() -> None:
    # Label Studio accepts a repeated value (gallery: document-retrieval); both write the same result.
    config = parse_config(
        '<View><Text name="t" value="$t"/>'
        '<Choices name="c" toName="t"><Choice value="a"/><Choice value="b"/><Choice value="a"/></Choices></View>'
    )
    control = config.control("c")
    assert control is not None
    assert [option.value for option in control.options] == ["a", "b"]
    assert config.task_type == "choices"


@pytest.mark.parametrize(
    "xml",
    [
        '<View><Text name="t" value="$t"/><Choice value="a"/><TextArea name="a" toName="t"/></View>',
        '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Label value="a"/></Choices></View>',
        '<View><Text name="t" value="$t"/><Labels name="l" toName="t"><Choice value="a"/></Labels></View>',
        '<View><Text name="t" value="$t"/><Choices name="c" toName="t">'
        '<Choice value="a"/><TextArea name="x" toName="t"/></Choices></View>',
    ],
)
def test_misplaced_option_or_nested_control(xml: str) -> None:
    error = config_error(xml)
    assert "inside" in str(error)


def test_config_without_controls() -> None:
    error = config_error('<View><Text name="t" value="$t"/></View>')
    assert "no control tags" in str(error)


# --- valid results --------------------------------------------------------------------------------------


def test_valid_single_choice_and_alias() -> None:
    config = parse_config(SENTIMENT)
    assert validate_result(config, TEXT_DATA, [region("sentiment", "text", "choices", choices=["Positive"])]) == []
    assert validate_result(config, TEXT_DATA, [region("sentiment", "text", "choices", choices=["neg"])]) == []
    ensure_valid(config, TEXT_DATA, [region("sentiment", "text", "choices", choices=["Neutral"])])


def test_valid_multiple_choices() -> None:
    config = parse_config(TOPICS)
    result = [region("topics", "text", "choices", choices=["Sport", "Culture"])]
    assert validate_result(config, TEXT_DATA, result) == []


def test_empty_result_is_valid_when_nothing_is_required() -> None:
    assert validate_result(parse_config(TOPICS), TEXT_DATA, []) == []


def test_valid_textarea() -> None:
    config = parse_config(MIXED)
    result = [
        region("comment", "text", "textarea", text=["too short", "and vague"]),
        region("sentiment", "text", "choices", choices=["Bad"]),
        region("quality", "text", "rating", rating=5),
    ]
    assert validate_result(config, TEXT_DATA, result) == []


def test_valid_rating() -> None:
    config = parse_config(RATING)
    for stars in (1, 7, 10):
        assert validate_result(config, TEXT_DATA, [region("stars", "text", "rating", rating=stars)]) == []


def test_valid_ner_spans_with_and_without_text() -> None:
    config = parse_config(NER)
    result = [
        region("label", "text", "labels", start=12, end=16, text="Rome", labels=["LOC"]),
        region("label", "text", "labels", start=20, end=25, labels=["LOC"]),
        region("label", "text", "labels", start=0, end=len(TEXT), text=TEXT, labels=["PER", "LOC"]),
    ]
    assert validate_result(config, TEXT_DATA, result) == []


def test_valid_rectangles() -> None:
    config = parse_config(BOXES)
    result = [
        region(
            "box",
            "image",
            "rectanglelabels",
            x=10,
            y=20.5,
            width=30,
            height=40,
            rotation=0,
            rectanglelabels=["Car"],
        ),
        region("box", "image", "rectanglelabels", x=0, y=0, width=100, height=100, rectanglelabels=["Person"]),
        region(
            "box",
            "image",
            "rectanglelabels",
            x=60.0,
            y=50,
            width=40.0000001,
            height=50,
            rectanglelabels=["Car"],
        ),
    ]
    assert validate_result(config, IMAGE_DATA, result) == []


def test_extra_region_keys_are_ignored() -> None:
    config = parse_config(BOXES)
    item = region("box", "image", "rectanglelabels", x=1, y=1, width=1, height=1, rectanglelabels=["Car"])
    item.update({"origin": "manual", "original_width": 640, "original_height": 480, "image_rotation": 0})
    assert validate_result(config, IMAGE_DATA, [item]) == []


# --- invalid results ------------------------------------------------------------------------------------


def test_unknown_choice() -> None:
    problem = one_problem(
        parse_config(SENTIMENT), TEXT_DATA, [region("sentiment", "text", "choices", choices=["Maybe"])]
    )
    assert problem == Problem("result[0].value.choices", "'Maybe' is not one of: Positive, Negative, Neutral")
    assert str(problem) == "result[0].value.choices: 'Maybe' is not one of: Positive, Negative, Neutral"


def test_problem_index_points_at_the_bad_region() -> None:
    config = parse_config(NER)
    result = [
        region("label", "text", "labels", start=12, end=16, labels=["LOC"]),
        region("label", "text", "labels", start=20, end=25, labels=["LOC"]),
        region("label", "text", "labels", start=0, end=1, labels=["ORG"]),
    ]
    problem = one_problem(config, TEXT_DATA, result)
    assert problem.field == "result[2].value.labels"
    assert "'ORG'" in problem.message
    assert "PER, LOC" in problem.message


def test_wrong_from_name() -> None:
    problems = validate_result(
        parse_config(SENTIMENT), TEXT_DATA, [region("mood", "text", "choices", choices=["Positive"])]
    )
    # The region names no control, so the required control also has no answer.
    assert fields(problems) == ["result[0].from_name", "sentiment"]
    assert "'mood'" in problems[0].message
    assert "sentiment" in problems[0].message


def test_wrong_to_name() -> None:
    problem = one_problem(
        parse_config(SENTIMENT), TEXT_DATA, [region("sentiment", "body", "choices", choices=["Positive"])]
    )
    assert problem.field == "result[0].to_name"
    assert "'body'" in problem.message
    assert "'text'" in problem.message


def test_wrong_type() -> None:
    problem = one_problem(
        parse_config(SENTIMENT), TEXT_DATA, [region("sentiment", "text", "labels", choices=["Positive"])]
    )
    assert problem.field == "result[0].type"
    assert "'labels'" in problem.message
    assert "'choices'" in problem.message


@pytest.mark.parametrize("key", ["from_name", "to_name", "type", "value"])
def test_missing_region_keys(key: str) -> None:
    item = region("topics", "text", "choices", choices=["Sport"])
    del item[key]
    problem = one_problem(parse_config(TOPICS), TEXT_DATA, [item])
    assert problem.field == f"result[0].{key}"
    assert "missing" in problem.message


def test_value_not_a_dict() -> None:
    item = region("sentiment", "text", "choices")
    item["value"] = ["Positive"]
    problem = one_problem(parse_config(SENTIMENT), TEXT_DATA, [item])
    assert problem.field == "result[0].value"


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        ([], "empty"),
        ("Positive", "expected a list"),
        ([1], "not a string"),
        ([None], "not a string"),
        (None, "expected a list"),
    ],
)
def test_bad_choices_values(choices: object, expected: str) -> None:
    problems = validate_result(parse_config(TOPICS), TEXT_DATA, [region("topics", "text", "choices", choices=choices)])
    assert fields(problems) == ["result[0].value.choices"]
    assert expected in problems[0].message


def test_missing_choices_key() -> None:
    problem = one_problem(parse_config(TOPICS), TEXT_DATA, [region("topics", "text", "choices", chosen=["Sport"])])
    assert problem.field == "result[0].value.choices"
    assert "missing" in problem.message


def test_duplicate_choice_in_multiple() -> None:
    problem = one_problem(
        parse_config(TOPICS), TEXT_DATA, [region("topics", "text", "choices", choices=["Sport", "Sport"])]
    )
    assert "twice" in problem.message


def test_two_choices_on_single() -> None:
    problem = one_problem(
        parse_config(SENTIMENT),
        TEXT_DATA,
        [region("sentiment", "text", "choices", choices=["Positive", "Negative"])],
    )
    assert problem.field == "result[0].value.choices"
    assert "single choice" in problem.message
    assert "'Positive', 'Negative'" in problem.message


def test_two_regions_for_single_region_controls() -> None:
    config = parse_config(MIXED)
    result = [
        region("sentiment", "text", "choices", choices=["Good"]),
        region("comment", "text", "textarea", text=["x"]),
        region("sentiment", "text", "choices", choices=["Bad"]),
        region("quality", "text", "rating", rating=1),
        region("quality", "text", "rating", rating=2),
        region("comment", "text", "textarea", text=["y"]),
    ]
    problems = validate_result(config, TEXT_DATA, result)
    assert fields(problems) == ["result[2]", "result[4]", "result[5]"]
    assert "result[0]" in problems[0].message
    assert "result[3]" in problems[1].message
    assert "result[1]" in problems[2].message


def test_missing_required() -> None:
    problem = one_problem(parse_config(SENTIMENT), TEXT_DATA, [])
    assert problem.field == "sentiment"
    assert problem.message.startswith("required")


def test_missing_required_alongside_other_regions() -> None:
    config = parse_config(MIXED)
    problems = validate_result(config, TEXT_DATA, [region("sentiment", "text", "choices", choices=["Good"])])
    assert fields(problems) == ["comment"]


def test_required_control_with_an_invalid_region_is_not_also_missing() -> None:
    problems = validate_result(parse_config(SENTIMENT), TEXT_DATA, [region("sentiment", "text", "choices", choices=[])])
    assert fields(problems) == ["result[0].value.choices"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not a list", "expected a list"),
        ([], "empty"),
        ([""], "empty text"),
        (["   "], "empty text"),
        (["ok", 3], "3 is not a text"),
        (["a", "b", "c"], "at most 2"),
    ],
)
def test_bad_textarea(text: object, expected: str) -> None:
    config = parse_config(MIXED)
    result = [region("comment", "text", "textarea", text=text)]
    problems = validate_result(config, TEXT_DATA, result)
    assert fields(problems) == ["result[0].value.text"]
    assert expected in problems[0].message


def test_textarea_without_limit_takes_many() -> None:
    config = parse_config('<View><Text name="t" value="$t"/><TextArea name="a" toName="t"/></View>')
    assert validate_result(config, {"t": "x"}, [region("a", "t", "textarea", text=["a"] * 20)]) == []


@pytest.mark.parametrize("rating", [0, 11, -1])
def test_rating_out_of_range(rating: int) -> None:
    problem = one_problem(parse_config(RATING), TEXT_DATA, [region("stars", "text", "rating", rating=rating)])
    assert problem == Problem("result[0].value.rating", f"rating {rating} is outside 1..10")


def test_rating_out_of_default_range() -> None:
    problems = validate_result(
        parse_config(MIXED),
        TEXT_DATA,
        [region("quality", "text", "rating", rating=7), region("comment", "text", "textarea", text=["x"])],
    )
    assert [str(problem) for problem in problems] == ["result[0].value.rating: rating 7 is outside 1..5"]


@pytest.mark.parametrize("rating", [True, False, 3.0, "3", None, [3]])
def test_rating_must_be_an_int(rating: object) -> None:
    problem = one_problem(parse_config(RATING), TEXT_DATA, [region("stars", "text", "rating", rating=rating)])
    assert problem.field == "result[0].value.rating"
    assert "whole number" in problem.message
    assert repr(rating) in problem.message


def test_span_outside_text() -> None:
    data: dict[str, object] = {"text": "x" * 30}
    problem = one_problem(parse_config(NER), data, [region("label", "text", "labels", start=5, end=40, labels=["PER"])])
    assert problem == Problem("result[0].value", "span 5..40 is outside the text (length 30)")


def test_negative_span_start() -> None:
    problem = one_problem(
        parse_config(NER), TEXT_DATA, [region("label", "text", "labels", start=-1, end=3, labels=["PER"])]
    )
    assert "outside the text" in problem.message


@pytest.mark.parametrize(("start", "end"), [(5, 5), (6, 2)])
def test_empty_or_reversed_span(start: int, end: int) -> None:
    problem = one_problem(
        parse_config(NER),
        TEXT_DATA,
        [region("label", "text", "labels", start=start, end=end, labels=["PER"])],
    )
    assert problem.field == "result[0].value"
    assert f"{start}..{end}" in problem.message
    assert "empty" in problem.message


def test_span_text_mismatch() -> None:
    data: dict[str, object] = {"text": "I live in Paris now."}
    problem = one_problem(
        parse_config(NER),
        data,
        [region("label", "text", "labels", start=10, end=15, text="Pari", labels=["LOC"])],
    )
    assert problem == Problem("result[0].value.text", "span text 'Pari' does not match the task text 'Paris' at 10..15")


def test_span_text_not_a_string() -> None:
    problem = one_problem(
        parse_config(NER),
        TEXT_DATA,
        [region("label", "text", "labels", start=12, end=16, text=5, labels=["LOC"])],
    )
    assert problem.field == "result[0].value.text"


@pytest.mark.parametrize("bad", [True, 1.0, "1", None])
def test_span_offsets_must_be_ints(bad: object) -> None:
    problems = validate_result(
        parse_config(NER), TEXT_DATA, [region("label", "text", "labels", start=bad, end=bad, labels=["PER"])]
    )
    assert fields(problems) == ["result[0].value.start", "result[0].value.end"]


def test_span_needs_text_in_the_task_data() -> None:
    problem = one_problem(
        parse_config(NER), {"text": 42}, [region("label", "text", "labels", start=0, end=1, labels=["PER"])]
    )
    assert problem.field == "result[0].value"
    assert "'text'" in problem.message


def test_label_not_in_labels() -> None:
    problem = one_problem(
        parse_config(NER), TEXT_DATA, [region("label", "text", "labels", start=12, end=16, labels=["ORG"])]
    )
    assert problem == Problem("result[0].value.labels", "'ORG' is not one of: PER, LOC")


@pytest.mark.parametrize("labels", [[], None, "PER"])
def test_labels_must_be_a_nonempty_list(labels: object) -> None:
    problem = one_problem(
        parse_config(NER), TEXT_DATA, [region("label", "text", "labels", start=12, end=16, labels=labels)]
    )
    assert problem.field == "result[0].value.labels"


def box(**changes: object) -> dict[str, object]:
    """A valid rectangle region, with ``changes`` to its value."""
    value: dict[str, object] = {"x": 10, "y": 10, "width": 20, "height": 20, "rectanglelabels": ["Car"]}
    value.update(changes)
    return region("box", "image", "rectanglelabels", **value)


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"x": -1}, "x", "x -1 is outside 0..100"),
        ({"y": 100.5}, "y", "y 100.5 is outside 0..100"),
        ({"width": 0}, "width", "width 0 must be more than 0"),
        ({"height": -5}, "height", "height -5 must be more than 0"),
        ({"x": 90, "width": 20}, "width", "x + width = 110 goes past the right edge"),
        ({"y": 50.5, "height": 50}, "height", "y + height = 100.5 goes past the bottom edge"),
        ({"x": True}, "x", "expected a number"),
        ({"width": "20"}, "width", "expected a number"),
        ({"height": float("nan")}, "height", "expected a number"),
        ({"y": float("inf")}, "y", "expected a number"),
        ({"rotation": "45deg"}, "rotation", "expected a number"),
        ({"rectanglelabels": ["Truck"]}, "rectanglelabels", "'Truck' is not one of: Car, Person"),
    ],
)
def test_rectangle_out_of_bounds_or_malformed(changes: dict[str, object], field: str, expected: str) -> None:
    problem = one_problem(parse_config(BOXES), IMAGE_DATA, [box(**changes)])
    assert problem.field == f"result[0].value.{field}"
    assert expected in problem.message


def test_missing_rectangle_coordinate() -> None:
    item = box()
    value = item["value"]
    assert isinstance(value, dict)
    del value["height"]
    problem = one_problem(parse_config(BOXES), IMAGE_DATA, [item])
    assert problem.field == "result[0].value.height"
    assert "missing" in problem.message


def test_every_problem_is_reported() -> None:
    config = parse_config(MIXED)
    result = [
        region("sentiment", "text", "choices", choices=["Meh"]),
        region("quality", "text", "rating", rating=9),
        "junk",
    ]
    problems = validate_result(config, TEXT_DATA, result)
    assert fields(problems) == ["result[0].value.choices", "result[1].value.rating", "result[2]", "comment"]


# --- garbage in, problems out ---------------------------------------------------------------------------


@pytest.mark.parametrize("result", [None, "result", 3, {"from_name": "sentiment"}, (), b"[]"])
def test_non_list_result(result: object) -> None:
    problem = one_problem(parse_config(SENTIMENT), TEXT_DATA, result)
    assert problem.field == "result"
    assert "expected a list" in problem.message


@pytest.mark.parametrize(
    "item",
    [
        None,
        "choices",
        42,
        [],
        [["nested", ["junk"]]],
        {},
        {"from_name": None, "to_name": 1, "type": [], "value": "x"},
        {"from_name": ["sentiment"]},
        {"from_name": {"a": 1}},
        {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": None},
        {
            "from_name": "sentiment",
            "to_name": ["text"],
            "type": {"t": 1},
            "value": {"choices": [[1], {"a": None}]},
        },
        {
            "from_name": "sentiment",
            "to_name": "text",
            "type": "choices",
            "value": {"choices": [["Positive"]]},
        },
    ],
)
def test_garbage_regions_give_problems_not_exceptions(item: object) -> None:
    problems = validate_result(parse_config(SENTIMENT), TEXT_DATA, [item])
    assert problems
    assert all(problem.field.startswith("result[0]") for problem in problems if problem.field != "sentiment")


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"start": None, "end": [], "text": {}, "labels": [None, 1, []]},
        {"start": 10**5000, "end": 10**5001, "labels": ["PER"]},
        {"start": 0, "end": 2**70, "labels": ["PER"]},
    ],
)
def test_garbage_ner_values(value: dict[str, Any]) -> None:
    problems = validate_result(parse_config(NER), TEXT_DATA, [region("label", "text", "labels", **value)])
    assert problems
    assert all(isinstance(problem.message, str) and problem.message for problem in problems)


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"x": 10**5000, "y": 0, "width": 1, "height": 1, "rectanglelabels": ["Car"]},
        {"x": 50, "y": 0, "width": 10**400, "height": 1, "rectanglelabels": ["Car"]},
        {"x": [], "y": {}, "width": None, "height": "1", "rotation": [], "rectanglelabels": {}},
    ],
)
def test_garbage_rectangle_values(value: dict[str, Any]) -> None:
    problems = validate_result(parse_config(BOXES), IMAGE_DATA, [region("box", "image", "rectanglelabels", **value)])
    assert problems


def test_huge_rating_is_reported_not_crashed() -> None:
    problem = one_problem(parse_config(RATING), TEXT_DATA, [region("stars", "text", "rating", rating=10**5000)])
    assert problem.field == "result[0].value.rating"
    assert "outside 1..10" in problem.message


def test_self_referencing_result_does_not_crash() -> None:
    junk: list[object] = []
    junk.append(junk)
    problems = validate_result(parse_config(SENTIMENT), TEXT_DATA, [{"from_name": junk}])
    assert fields(problems) == ["result[0].from_name", "sentiment"]


def test_garbage_task_data_gives_problems() -> None:
    problems = validate_result(
        parse_config(NER),
        None,  # type: ignore[arg-type]
        [region("label", "text", "labels", start=0, end=1, labels=["PER"])],
    )
    assert fields(problems) == ["result[0].value"]


def test_validation_against_an_unsupported_target_skips_the_text_check() -> None:
    config = parse_config(
        '<View><HyperText name="h" value="$h"/><Labels name="l" toName="h"><Label value="A"/></Labels></View>'
    )
    assert config.task_type == "unsupported"
    assert validate_result(config, {"h": "<b>x</b>"}, [region("l", "h", "labels", start=0, end=3, labels=["A"])]) == []


# --- ensure_valid / ResultInvalid ---------------------------------------------------------------------------


def test_ensure_valid_raises_with_all_problems() -> None:
    config = parse_config(SENTIMENT)
    with pytest.raises(ResultInvalid) as info:
        ensure_valid(config, TEXT_DATA, [region("sentiment", "body", "choices", choices=["Maybe"])])
    error = info.value
    assert isinstance(error, ValueError)
    assert fields(list(error.problems)) == ["result[0].to_name", "result[0].value.choices"]
    assert str(error) == "; ".join(str(problem) for problem in error.problems)
    assert "'Maybe' is not one of" in str(error)


def test_ensure_valid_passes_a_valid_result() -> None:
    ensure_valid(parse_config(NER), TEXT_DATA, [region("label", "text", "labels", start=12, end=16, labels=["LOC"])])


# --- property: garbage never raises ---------------------------------------------------------------------

json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)

region_like = st.fixed_dictionaries(
    {},
    optional={
        "from_name": st.sampled_from(["sentiment", "comment", "quality", "text", "nope"]) | json_like,
        "to_name": st.sampled_from(["text", "image"]) | json_like,
        "type": st.sampled_from(["choices", "textarea", "rating", "labels", "rectanglelabels"]) | json_like,
        "value": st.dictionaries(
            st.sampled_from(["choices", "text", "rating", "start", "end", "labels", "x", "y", "width", "height"]),
            json_like,
            max_size=6,
        )
        | json_like,
    },
)

ALL_KINDS = parse_config(
    """\
<View>
  <Text name="text" value="$text"/>
  <Image name="image" value="$image"/>
  <Choices name="sentiment" toName="text" required="true">
    <Choice value="Good"/><Choice value="Bad"/>
  </Choices>
  <TextArea name="comment" toName="text" maxSubmissions="2"/>
  <Rating name="quality" toName="text"/>
  <Labels name="ner" toName="text"><Label value="PER"/></Labels>
  <RectangleLabels name="box" toName="image"><Label value="Car"/></RectangleLabels>
</View>
"""
)


@settings(max_examples=300, deadline=None)
@given(result=json_like | st.lists(region_like | json_like, max_size=5), data=json_like)
def test_validate_result_never_raises_on_garbage(result: object, data: object) -> None:
    for task_data in (data, {"text": "some text", "image": "a.png"}):
        problems = validate_result(ALL_KINDS, task_data, result)  # type: ignore[arg-type]
        assert isinstance(problems, list)
        assert all(isinstance(problem, Problem) and str(problem) for problem in problems)


# --- Label Studio's layout and conditional tags ------------------------------------------------------------

TWO_LEVEL = """\
<View>
  <Style>.htx-text { padding: 0 }</Style>
  <View style="display: flex"><Header>Rate <b>the</b>   post</Header><Text name="handle" value="@johndoe"/></View>
  <Text name="tweet" value="$tweet"/>
  <Choices name="sentiment" toName="tweet">
    <Choice value="Positive"/><Choice value="Negative"/>
  </Choices>
  <Choices name="props" toName="tweet" choice="multiple" visibleWhen="choice-selected" whenTagName="sentiment">
    <View style="width:100%"><Header value="Other properties"/></View>
    <Choice value="Emotional"/>
  </Choices>
  <View visibleWhen="choice-selected" whenTagName="sentiment" whenChoiceValue="Negative, Positive">
    <TextArea name="why" toName="tweet" required="true"/>
  </View>
</View>
"""


def test_view_style_and_header_text() -> None:
    config = parse_config(TWO_LEVEL)
    assert config.headers == ("Rate the post", "Other properties")  # a Header's text counts as its value
    assert config.task_type == "choices+textarea"


def test_visible_when_is_parsed_on_controls_and_inherited_from_views() -> None:
    config = parse_config(TWO_LEVEL)
    props, why = config.control("props"), config.control("why")
    assert props is not None and why is not None
    assert props.visible_when == VisibleWhen(selected=True, tag_name="sentiment")
    assert why.visible_when == VisibleWhen(selected=True, tag_name="sentiment", choice_values=("Negative", "Positive"))


def _choice(name: str, *values: str) -> dict[str, object]:
    return {"from_name": name, "to_name": "tweet", "type": "choices", "value": {"choices": list(values)}}


def test_visible_controls_follow_the_watched_choices() -> None:
    config = parse_config(TWO_LEVEL)
    assert [c.name for c in visible_controls(config, [])] == ["sentiment"]
    assert [c.name for c in visible_controls(config, [_choice("sentiment", "Positive")])] == [
        "sentiment",
        "props",
        "why",
    ]
    only_value = parse_config(TWO_LEVEL.replace("Negative, Positive", "Negative"))
    assert [c.name for c in visible_controls(only_value, [_choice("sentiment", "Positive")])] == ["sentiment", "props"]


def test_hidden_required_control_is_not_missing() -> None:
    config = parse_config(TWO_LEVEL)
    assert validate_result(config, {"tweet": "x"}, []) == []
    problems = validate_result(config, {"tweet": "x"}, [_choice("sentiment", "Negative")])
    assert [p.field for p in problems] == ["why"]


def test_a_control_watching_a_hidden_control_is_hidden() -> None:
    config = parse_config(
        '<View><Text name="tweet" value="$t"/>'
        '<Choices name="a" toName="tweet"><Choice value="x"/></Choices>'
        '<Choices name="b" toName="tweet" visibleWhen="choice-selected" whenTagName="a"><Choice value="y"/></Choices>'
        '<TextArea name="c" toName="tweet" visibleWhen="choice-selected" whenTagName="b"/></View>'
    )
    assert [c.name for c in visible_controls(config, [_choice("a", "x"), _choice("b", "y")])] == ["a", "b", "c"]
    assert [c.name for c in visible_controls(config, [_choice("b", "y")])] == ["a"]


def test_choice_unselected_condition() -> None:
    condition = VisibleWhen(selected=False, tag_name="s", choice_values=("a",))
    assert condition.holds([]) and condition.holds(["b"]) and not condition.holds(["a"])


@pytest.mark.parametrize(
    ("attributes", "feature"),
    [
        ('visibleWhen="region-selected"', '<TextArea visibleWhen="region-selected"> without whenTagName'),
        ('visibleWhen="choice-selected"', '<TextArea visibleWhen="choice-selected"> without whenTagName'),
        (
            'visibleWhen="choice-selected" whenTagName="t"',
            "<TextArea name=\"a\"> visible when 't' is answered, which is not a <Choices>",
        ),
        ('perRegion="true"', '<TextArea name="a" perRegion="true"> (an answer per region)'),
    ],
)
def test_conditions_not_honoured_are_named(attributes: str, feature: str) -> None:
    config = parse_config(f'<View><Text name="t" value="$t"/><TextArea name="a" toName="t" {attributes}/></View>')
    assert config.unsupported == (feature,)


def test_visible_when_around_task_data_is_unsupported() -> None:
    config = parse_config(
        '<View><Choices name="c" toName="t"><Choice value="a"/></Choices>'
        '<View visibleWhen="choice-selected" whenTagName="c"><Text name="t" value="$t"/></View></View>'
    )
    assert config.unsupported == ("<Text> inside a View with visibleWhen (task data shown only sometimes)",)


def test_options_from_the_task_data_are_unsupported() -> None:
    config = parse_config('<View><Text name="t" value="$t"/><Choices name="c" toName="t" value="$options"/></View>')
    assert config.unsupported == ('<Choices name="c" value="$options"> (options taken from the task data)',)


def test_control_on_several_objects_is_unsupported() -> None:
    config = parse_config(
        '<View><Image name="a" value="$a"/><Image name="b" value="$b"/><Rating name="r" toName="a,b"/></View>'
    )
    assert config.unsupported == ("<Rating name=\"r\"> pointing at several objects (toName='a,b')",)


MAX_USAGES = """\
<View><Text name="t" value="$t"/>
  <Labels name="l" toName="t" maxUsages="1"><Label value="PER"/><Label value="ORG"/></Labels>
</View>
"""


def _span(start: int, end: int, label: str) -> dict[str, object]:
    return {
        "from_name": "l",
        "to_name": "t",
        "type": "labels",
        "value": {"start": start, "end": end, "labels": [label]},
    }


def test_max_usages_limits_each_label() -> None:
    config = parse_config(MAX_USAGES)
    control = config.control("l")
    assert control is not None and control.max_usages == 1
    data = {"t": "Ann and Bob at Acme"}
    assert validate_result(config, data, [_span(0, 3, "PER"), _span(15, 19, "ORG")]) == []
    problems = validate_result(config, data, [_span(0, 3, "PER"), _span(8, 11, "PER")])
    assert [str(p) for p in problems] == ["l: label 'PER' is used 2 times; <Labels name=\"l\"> allows it 1"]


def test_bad_max_usages() -> None:
    error = config_error(MAX_USAGES.replace('maxUsages="1"', 'maxUsages="0"'))
    assert error.attribute == "maxUsages"
