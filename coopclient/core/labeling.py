"""Label Studio labeling configs: parse the XML config and check annotation results against it.

A Label Studio project describes its task with an XML *labeling config*: object tags (``<Text>``,
``<Image>``) show the task data, control tags (``<Choices>``, ``<TextArea>``, ``<Rating>``, ``<Labels>``,
``<RectangleLabels>``) collect the annotation. :func:`parse_config` turns the XML into a
:class:`LabelingConfig`; tags coopclient cannot show yet are recorded in ``unsupported_tags`` instead of
failing, so the app can explain why a project is not available offline (:func:`unsupported_reason`).

:func:`validate_result` checks an annotation result (Label Studio's ``result`` JSON, a list of regions)
against the config and the task data, and returns every :class:`Problem` it finds. It never raises on
malformed input, whatever its shape. :func:`ensure_valid` raises :class:`ResultInvalid` instead.

Offsets of text spans are Python string indices (code points) into the task text.

Pure: standard library only, no I/O, no Qt.
"""

from __future__ import annotations

import math
import re
import reprlib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeGuard
from xml.parsers import expat

__all__ = [
    "ConfigError",
    "Control",
    "LabelingConfig",
    "ObjectTag",
    "Option",
    "Problem",
    "ResultInvalid",
    "StaticText",
    "VisibleWhen",
    "ensure_valid",
    "parse_config",
    "unsupported_reason",
    "validate_result",
    "visible_controls",
]

# --- the tags coopclient knows ------------------------------------------------------------------------

CONTAINER_TAGS: frozenset[str] = frozenset({"View", "Header", "Style", "Filter"})
"""Presentational tags: accepted, their children are walked, they carry no data."""

OBJECT_TAGS: frozenset[str] = frozenset({"Text", "Image"})
"""Tags that display task data."""

CONTROL_KINDS: Mapping[str, str] = {
    "Choices": "choices",
    "TextArea": "textarea",
    "Rating": "rating",
    "Labels": "labels",
    "RectangleLabels": "rectanglelabels",
}
"""Control tag -> the ``type`` Label Studio writes in a result region."""

_OPTION_TAG: Mapping[str, str] = {"Choices": "Choice", "Labels": "Label", "RectangleLabels": "Label"}
_OPTION_PARENTS: Mapping[str, str] = {"Choice": "<Choices>", "Label": "<Labels> or <RectangleLabels>"}
_REQUIRED_TARGET: Mapping[str, str] = {"Labels": "Text", "RectangleLabels": "Image"}
_TASK_TYPE: Mapping[str, str] = {
    "Choices": "choices",
    "TextArea": "textarea",
    "Rating": "rating",
    "Labels": "ner",
    "RectangleLabels": "rectangles",
}
_CHOICE_MODES: tuple[str, ...] = ("single", "single-radio", "multiple")
_KNOWN_TAGS: Mapping[str, str] = {
    tag.lower(): tag for tag in (*CONTAINER_TAGS, *OBJECT_TAGS, *CONTROL_KINDS, *_OPTION_PARENTS)
}
_FIELD = re.compile(r"\$[A-Za-z_][\w.-]*")
"""A ``value`` naming a task data field (Label Studio's ``$field``)."""
_CHOICE_CONDITIONS: frozenset[str] = frozenset({"choice-selected", "choice-unselected"})
_SINGLE_REGION_KINDS: frozenset[str] = frozenset({"choices", "textarea", "rating"})
_EDGE_TOLERANCE = 1e-6


# --- the parsed config ----------------------------------------------------------------------------------


class ConfigError(ValueError):
    """The labeling config is not well-formed XML, or its structure is wrong.

    The message says what is wrong and where; ``line``/``column`` (1-based), ``tag`` and ``attribute`` are
    set when known.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        tag: str | None = None,
        attribute: str | None = None,
    ) -> None:
        """Keep the message and where the problem is."""
        super().__init__(message)
        self.line = line
        self.column = column
        self.tag = tag
        self.attribute = attribute


@dataclass(frozen=True)
class ObjectTag:
    """A tag that displays task data: ``<Text>`` or ``<Image>``."""

    tag: str
    name: str
    value_key: str


@dataclass(frozen=True)
class StaticText:
    """A ``<Text>`` whose ``value`` names no task data field: Label Studio shows the value itself, as is."""

    name: str
    text: str


@dataclass(frozen=True)
class VisibleWhen:
    """Label Studio's ``visibleWhen="choice-selected"`` (or ``choice-unselected``) on a control or its View.

    The control is shown only while the ``<Choices>`` called ``tag_name`` has a choice selected (any of
    ``choice_values`` when given), or, for ``choice-unselected``, while it has none of them.
    """

    selected: bool
    tag_name: str
    choice_values: tuple[str, ...] = ()

    def holds(self, chosen: Iterable[str]) -> bool:
        """Whether the condition holds when the ``<Choices>`` it watches has ``chosen`` selected."""
        picked = set(chosen)
        hit = bool(picked & set(self.choice_values)) if self.choice_values else bool(picked)
        return hit == self.selected


@dataclass(frozen=True)
class Option:
    """One ``<Choice>`` of a ``<Choices>``, or one ``<Label>`` of a ``<Labels>``/``<RectangleLabels>``."""

    value: str
    alias: str | None
    hotkey: str | None
    background: str | None


@dataclass(frozen=True)
class Control:
    """A tag that collects annotation, pointing (``to_name``) at an object tag."""

    tag: str
    kind: str
    name: str
    to_name: str
    options: tuple[Option, ...] = ()
    multiple: bool = False
    required: bool = False
    max_rating: int = 5
    max_submissions: int | None = None
    placeholder: str | None = None
    max_usages: int | None = None
    visible_when: VisibleWhen | None = None

    def accepts(self, value: str) -> bool:
        """Whether ``value`` is one of this control's option values or aliases."""
        return any(value in (option.value, option.alias) for option in self.options)

    def describe(self) -> str:
        """The control as it reads in the config, e.g. ``<Choices name="sentiment">``."""
        return f'<{self.tag} name="{self.name}">'


@dataclass(frozen=True)
class LabelingConfig:
    """A parsed labeling config: its object tags, control tags and the tags coopclient does not support.

    ``headers`` holds the ``value`` of each ``<Header>`` (the instructions), in document order;
    ``static_texts`` the ``<Text>`` tags showing a fixed value. ``unsupported_features`` names what a
    config uses that coopclient cannot honour although its tags are known, e.g.
    ``<Image valueList> (multi-page images)``.
    """

    xml: str
    objects: tuple[ObjectTag, ...]
    controls: tuple[Control, ...]
    unsupported_tags: tuple[str, ...]
    headers: tuple[str, ...] = ()
    static_texts: tuple[StaticText, ...] = ()
    unsupported_features: tuple[str, ...] = ()

    @property
    def unsupported(self) -> tuple[str, ...]:
        """Everything that keeps the config from being annotated here: ``<Tag>`` names, then features."""
        return (*(f"<{tag}>" for tag in self.unsupported_tags), *self.unsupported_features)

    @property
    def task_type(self) -> str:
        """A short name of the task: ``choices``, ``ner``, ``choices+textarea``…, or ``unsupported``."""
        if self.unsupported:
            return "unsupported"
        return "+".join(sorted({_TASK_TYPE[control.tag] for control in self.controls}))

    def control(self, name: str) -> Control | None:
        """The control tag called ``name``, or None."""
        return next((control for control in self.controls if control.name == name), None)

    # Defined last: inside the class body the name ``object`` then means this method.
    def object(self, name: str) -> ObjectTag | None:
        """The object tag called ``name``, or None."""
        return next((obj for obj in self.objects if obj.name == name), None)


# --- parsing --------------------------------------------------------------------------------------------


def parse_config(xml: str) -> LabelingConfig:
    """Parse a Label Studio labeling config; raise :class:`ConfigError` if it is malformed."""
    root = _parse_xml(xml)
    builder = _ConfigBuilder(positions=_element_positions(xml, root))
    builder.walk(root)
    builder.check_targets()
    builder.check_conditions()
    builder.check_has_controls(root)
    return LabelingConfig(
        xml=xml,
        objects=tuple(builder.objects),
        controls=tuple(control for control, _ in builder.controls),
        unsupported_tags=tuple(builder.unsupported),
        headers=tuple(builder.headers),
        static_texts=tuple(builder.static_texts),
        unsupported_features=tuple(builder.features),
    )


def _parse_xml(xml: str) -> ET.Element:
    """The root element of ``xml``; a syntax error becomes a ConfigError with its line and column."""
    try:
        return ET.fromstring(xml)
    except ET.ParseError as err:
        line, column = err.position
        reason = str(err).split(": line ", 1)[0]
        raise ConfigError(
            f"the labeling config is not well-formed XML: {reason} at line {line}, column {column + 1}",
            line=line,
            column=column + 1,
        ) from err


def _element_positions(xml: str, root: ET.Element) -> dict[int, tuple[int, int]]:
    """Map ``id(element)`` to the (line, 1-based column) of its start tag; empty if that cannot be told.

    ElementTree does not keep positions, so the text is read once more with expat: its start-tag events
    come in the same document order as ``root.iter()``.
    """
    starts: list[tuple[int, int]] = []
    parser = expat.ParserCreate()

    def on_start(_name: str, _attributes: object) -> None:
        starts.append((parser.CurrentLineNumber, parser.CurrentColumnNumber + 1))

    parser.StartElementHandler = on_start
    try:
        parser.Parse(xml, True)
    except expat.ExpatError:
        return {}
    elements = list(root.iter())
    if len(elements) != len(starts):
        return {}
    return {id(element): position for element, position in zip(elements, starts, strict=True)}


def _canonical_tag(tag: str) -> str:
    """The canonical spelling of a known tag (Label Studio tag names are case-insensitive), else ``tag``."""
    return _KNOWN_TAGS.get(tag.lower(), tag)


def _attribute(element: ET.Element, name: str) -> str | None:
    """The value of attribute ``name`` (matched case-insensitively), or None."""
    wanted = name.lower()
    return next((value for key, value in element.attrib.items() if key.lower() == wanted), None)


class _ConfigBuilder:
    """Walks the element tree once, collecting objects, controls and unsupported tags."""

    def __init__(self, positions: dict[int, tuple[int, int]]) -> None:
        """Start empty; ``positions`` locate elements for error messages."""
        self.positions = positions
        self.objects: list[ObjectTag] = []
        self.controls: list[tuple[Control, ET.Element]] = []
        self.unsupported: list[str] = []
        self.unsupported_names: set[str] = set()
        self.named: dict[str, ET.Element] = {}
        self.headers: list[str] = []
        self.static_texts: list[StaticText] = []
        self.features: list[str] = []

    def add_feature(self, feature: str) -> None:
        """Record something a known tag does that coopclient cannot honour (the config becomes unsupported)."""
        if feature not in self.features:
            self.features.append(feature)

    # errors

    def where(self, element: ET.Element) -> str:
        """``<Tag> at line L, column C`` (or just ``<Tag>`` when the position is unknown)."""
        position = self.positions.get(id(element))
        if position is None:
            return f"<{element.tag}>"
        return f"<{element.tag}> at line {position[0]}, column {position[1]}"

    def error(self, element: ET.Element, message: str, attribute: str | None = None) -> ConfigError:
        """A ConfigError about ``element`` that says where it is."""
        line, column = self.positions.get(id(element), (None, None))
        return ConfigError(
            f"{self.where(element)}: {message}",
            line=line,
            column=column,
            tag=element.tag,
            attribute=attribute,
        )

    # attributes

    def required_attribute(self, element: ET.Element, name: str) -> str:
        """The non-blank value of attribute ``name``; a ConfigError if it is missing or blank."""
        value = _attribute(element, name)
        if value is None:
            raise self.error(element, f"attribute '{name}' is missing", name)
        if not value.strip():
            raise self.error(element, f"attribute '{name}' is empty", name)
        return value

    def optional_attribute(self, element: ET.Element, name: str) -> str | None:
        """The value of attribute ``name``, None when absent or empty."""
        return _attribute(element, name) or None

    def bool_attribute(self, element: ET.Element, name: str) -> bool:
        """A ``"true"``/``"false"`` attribute (absent means false)."""
        value = _attribute(element, name)
        if value is None or value.strip().lower() == "false":
            return False
        if value.strip().lower() == "true":
            return True
        raise self.error(element, f"attribute {name}={value!r} must be 'true' or 'false'", name)

    def positive_int_attribute(self, element: ET.Element, name: str) -> int | None:
        """A whole-number attribute >= 1, or None when absent."""
        value = _attribute(element, name)
        if value is None:
            return None
        text = value.strip()
        if not text.isdecimal() or int(text) < 1:
            raise self.error(element, f"attribute {name}={value!r} must be a whole number >= 1", name)
        return int(text)

    # walking

    def walk(self, element: ET.Element, condition: VisibleWhen | None = None) -> None:
        """Handle ``element`` and, for containers, its children; ``condition`` is a View's ``visibleWhen``."""
        tag = _canonical_tag(element.tag)
        if tag in CONTAINER_TAGS:
            self.add_header(element, tag)
            if tag in ("Header", "Style"):
                return  # their content is text (a header's words, CSS), never tags to walk
            # A View's visibleWhen hides everything inside it.
            inner = self.visible_when(element) or condition if tag == "View" else condition
            for child in element:
                self.walk(child, inner)
        elif tag in OBJECT_TAGS:
            if condition is not None:
                self.add_feature(f"<{tag}> inside a View with visibleWhen (task data shown only sometimes)")
            self.add_object(element, tag)
        elif tag in CONTROL_KINDS:
            self.add_control(element, tag, self.visible_when(element) or condition)
        elif tag in _OPTION_PARENTS:
            raise self.error(element, f"<{tag}> must be inside {_OPTION_PARENTS[tag]}")
        else:
            self.add_unsupported(element)

    def add_header(self, element: ET.Element, tag: str) -> None:
        """Keep the non-blank ``value`` of a ``<Header>`` (the instruction shown above the task)."""
        if tag != "Header":
            return
        # Label Studio reads the text from ``value``; gallery configs also write it as the element's text.
        value = _attribute(element, "value")
        if value is None:
            value = "".join(element.itertext())
        if value.strip().startswith("$"):
            self.add_feature("<Header> showing a task data field")
        elif value.strip():
            self.headers.append(" ".join(value.split()))

    def add_unsupported(self, element: ET.Element) -> None:
        """Record a tag coopclient does not support (its children are not looked at)."""
        if element.tag not in self.unsupported:
            self.unsupported.append(element.tag)
        name = _attribute(element, "name")
        if name:
            self.unsupported_names.add(name)

    def claim_name(self, element: ET.Element) -> str:
        """The element's ``name``, checked to be present and not used by another tag."""
        name = self.required_attribute(element, "name")
        previous = self.named.get(name)
        if previous is not None:
            raise self.error(
                element,
                f"name {name!r} is already used by {self.where(previous)}; names must be unique",
                "name",
            )
        self.named[name] = element
        return name

    def add_object(self, element: ET.Element, tag: str) -> None:
        """Parse an object tag: ``name`` and a ``value``, either a task data field like ``$text`` or fixed text.

        Label Studio reads ``$field`` as the task data field and shows any other ``<Text>`` value as it is
        (``value="@johndoe"`` is a fixed handle, not a variable).
        """
        name = self.claim_name(element)
        value = _attribute(element, "value")
        if value is None:
            if tag == "Image" and _attribute(element, "valueList") is not None:
                self.add_feature("<Image valueList> (several images in one task)")
                self.unsupported_names.add(name)
                return
            raise self.error(element, "attribute 'value' is missing", "value")
        if value.strip() in ("", "$"):
            raise self.error(
                element, f'attribute value={value!r} is empty; expected a text or a field like "$text"', "value"
            )
        if _FIELD.fullmatch(value):
            self.objects.append(ObjectTag(tag=tag, name=name, value_key=value[1:]))
        elif "$" in value:
            # Label Studio fills $fields inside a longer text; coopclient shows text only as the data has it.
            self.add_feature(f"<{tag}> value={value!r} mixing fixed text and task data fields")
            self.unsupported_names.add(name)
        elif tag == "Text":
            self.static_texts.append(StaticText(name=name, text=value))
        else:
            self.add_feature(f"<{tag}> with a fixed value={value!r} (not a task data field)")
            self.unsupported_names.add(name)

    def add_control(self, element: ET.Element, tag: str, condition: VisibleWhen | None = None) -> None:
        """Parse a control tag with its attributes and options."""
        name = self.claim_name(element)
        to_name = _attribute(element, "toName")
        if to_name is None:
            # Label Studio accepts a control that points at nothing; its result would have no to_name.
            self.add_feature(f'<{tag} name="{name}"> without toName')
            to_name = ""
        elif not to_name.strip():
            raise self.error(element, "attribute 'toName' is empty", "toName")
        elif "," in to_name:
            self.add_feature(f'<{tag} name="{name}"> pointing at several objects (toName={to_name!r})')
        if self.bool_attribute(element, "perRegion"):
            self.add_feature(f'<{tag} name="{name}" perRegion="true"> (an answer per region)')
        options = self.collect_options(element, tag, _OPTION_TAG.get(tag))
        if tag in _OPTION_TAG and not options:
            dynamic = _attribute(element, "value")
            if dynamic is None or not _FIELD.fullmatch(dynamic):
                raise self.error(element, f'<{tag} name="{name}"> has no <{_OPTION_TAG[tag]}> options')
            self.add_feature(f'<{tag} name="{name}" value="{dynamic}"> (options taken from the task data)')
        control = Control(
            tag=tag,
            kind=CONTROL_KINDS[tag],
            name=name,
            to_name=to_name,
            options=tuple(options),
            multiple=tag == "Choices" and self.choice_mode(element) == "multiple",
            required=self.bool_attribute(element, "required"),
            max_rating=(self.positive_int_attribute(element, "maxRating") or 5) if tag == "Rating" else 5,
            max_submissions=self.positive_int_attribute(element, "maxSubmissions") if tag == "TextArea" else None,
            placeholder=self.optional_attribute(element, "placeholder"),
            max_usages=self.positive_int_attribute(element, "maxUsages") if tag in _OPTION_TAG else None,
            visible_when=condition,
        )
        self.controls.append((control, element))

    def visible_when(self, element: ET.Element) -> VisibleWhen | None:
        """The element's ``visibleWhen`` condition if coopclient can honour it; others become features."""
        kind = _attribute(element, "visibleWhen")
        if kind is None or not kind.strip():
            return None
        tag_name = _attribute(element, "whenTagName")
        if kind not in _CHOICE_CONDITIONS or not tag_name:
            # region-selected and the like depend on regions of other tags; choice-* without whenTagName
            # watches every Choices at once. Showing such a control always would show what LS hides.
            self.add_feature(f'<{element.tag} visibleWhen="{kind}">' + ("" if tag_name else " without whenTagName"))
            return None
        values = _attribute(element, "whenChoiceValue") or ""
        return VisibleWhen(
            selected=kind == "choice-selected",
            tag_name=tag_name,
            choice_values=tuple(value.strip() for value in values.split(",") if value.strip()),
        )

    def choice_mode(self, element: ET.Element) -> str:
        """The ``choice`` attribute of a ``<Choices>``: single (default), single-radio or multiple."""
        mode = _attribute(element, "choice")
        if mode is None:
            return "single"
        if mode not in _CHOICE_MODES:
            raise self.error(element, f"attribute choice={mode!r} must be one of: {', '.join(_CHOICE_MODES)}", "choice")
        return mode

    def collect_options(self, parent: ET.Element, control_tag: str, option_tag: str | None) -> list[Option]:
        """The options inside a control (possibly inside nested containers), checked for duplicates."""
        options: list[Option] = []
        for child in parent:
            tag = _canonical_tag(child.tag)
            if option_tag is not None and tag == option_tag:
                option = self.parse_option(child)
                # Label Studio accepts a repeated value: both options write the same result, so the
                # repeat adds nothing and one option is kept.
                if all(option.value != other.value for other in options):
                    options.append(option)
            elif tag in CONTAINER_TAGS:
                self.add_header(child, tag)
                options.extend(self.collect_options(child, control_tag, option_tag))
            elif tag in _KNOWN_TAGS.values():
                raise self.error(child, f"<{tag}> is not allowed inside <{control_tag}>")
            else:
                self.add_unsupported(child)
        return options

    def parse_option(self, element: ET.Element) -> Option:
        """A ``<Choice>`` or ``<Label>``."""
        return Option(
            value=self.required_attribute(element, "value"),
            alias=self.optional_attribute(element, "alias"),
            hotkey=self.optional_attribute(element, "hotkey"),
            background=self.optional_attribute(element, "background"),
        )

    # whole-config checks

    def check_targets(self) -> None:
        """Every control's ``toName`` names an object of the right kind (or a tag we do not support)."""
        objects = {obj.name: obj for obj in self.objects}
        for control, element in self.controls:
            target = objects.get(control.to_name)
            if target is None:
                if control.to_name in self.unsupported_names or not control.to_name or "," in control.to_name:
                    continue
                if any(text.name == control.to_name for text in self.static_texts):
                    self.add_feature(f'<{control.tag} name="{control.name}"> on a fixed <Text>')
                    continue
                raise self.error(element, self.missing_target_message(control.to_name), "toName")
            wanted = _REQUIRED_TARGET.get(control.tag)
            if control.tag == "Labels" and target.tag == "Image":
                # Label Studio pairs <Labels> on an image with separate drawing tools (Rectangle, Polygon…).
                self.add_feature(f"<Labels> on an <Image> (toName={control.to_name!r})")
            elif wanted is not None and target.tag != wanted:
                raise self.error(
                    element,
                    f"<{control.tag}> must point to a <{wanted}>, but toName={control.to_name!r} is a <{target.tag}>",
                    "toName",
                )

    def check_conditions(self) -> None:
        """Every ``whenTagName`` names a ``<Choices>`` (what else it could watch is not honoured here)."""
        kinds = {control.name: control.tag for control, _ in self.controls}
        for control, _element in self.controls:
            condition = control.visible_when
            if condition is not None and kinds.get(condition.tag_name) != "Choices":
                self.add_feature(
                    f'<{control.tag} name="{control.name}"> visible when {condition.tag_name!r} is answered, '
                    "which is not a <Choices>"
                )

    def missing_target_message(self, to_name: str) -> str:
        """Why ``toName`` names no object tag, listing the object names there are."""
        other = self.named.get(to_name)
        if other is not None:
            return f"toName={to_name!r} names {self.where(other)}, which is not an object tag (Text or Image)"
        known = ", ".join(obj.name for obj in self.objects) or "none"
        return f"toName={to_name!r} names no object tag; the object tags are: {known}"

    def check_has_controls(self, root: ET.Element) -> None:
        """A config with nothing to annotate (no controls, nothing unsupported) is an error."""
        if not self.controls and not self.unsupported:
            raise self.error(root, "the labeling config has no control tags, so there is nothing to annotate")


# --- what cannot be shown -------------------------------------------------------------------------------


def unsupported_reason(config: LabelingConfig, data: Mapping[str, object]) -> str | None:
    """Why a task with ``data`` cannot be shown and annotated with ``config``, or None if it can."""
    if config.unsupported:
        return f"the labeling config uses {_join_and(list(config.unsupported))}, which coopclient does not support yet"
    if not isinstance(data, Mapping):
        return f"the task data should be an object (a mapping of fields), {_got(data)}"
    for obj in config.objects:
        reason = _object_data_problem(obj, data)
        if reason is not None:
            return reason
    return None


def _object_data_problem(obj: ObjectTag, data: Mapping[str, object]) -> str | None:
    """Why ``data`` does not hold what the object tag ``obj`` reads, or None."""
    shown = f'<{obj.tag} name="{obj.name}">'
    if obj.value_key not in data:
        return f"the task data has no {obj.value_key!r} field, which {shown} reads"
    value = data[obj.value_key]
    if obj.tag == "Text" and not isinstance(value, str):
        return f"the task data field {obj.value_key!r} read by {shown} should be text (a string), {_got(value)}"
    if obj.tag == "Image" and (not isinstance(value, str) or not value.strip()):
        return f"the task data field {obj.value_key!r} read by {shown} should be an image URL or path, {_got(value)}"
    return None


def _join_and(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


# --- checking results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a result: where (a path into the result, or a control name) and what.

    ``code`` names the kind of problem for those who say it in other words (the pane tells a member
    "This needs an answer before you submit." for ``"required"``); "" when the message is all there is.
    """

    field: str
    message: str
    code: str = ""

    def __str__(self) -> str:
        """``field: message``."""
        return f"{self.field}: {self.message}"


REQUIRED = "required"
"""The code of a problem about a required control left without an answer."""


class ResultInvalid(ValueError):
    """An annotation result does not fit its labeling config; ``problems`` lists why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Keep the problems; the message joins them."""
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems) or "the result is invalid")


def ensure_valid(config: LabelingConfig, data: Mapping[str, object], result: object) -> None:
    """Raise :class:`ResultInvalid` unless ``result`` is a valid result for ``config`` and ``data``."""
    problems = validate_result(config, data, result)
    if problems:
        raise ResultInvalid(problems)


def validate_result(config: LabelingConfig, data: Mapping[str, object], result: object) -> list[Problem]:
    """Every problem of ``result`` (Label Studio's result list) against ``config`` and the task ``data``.

    Returns ``[]`` when the result is valid. Never raises on malformed input.
    """
    if not isinstance(result, list):
        return [Problem("result", f"expected a list of regions, {_got(result)}")]
    problems: list[Problem] = []
    first_region: dict[str, int] = {}
    for index, region in enumerate(result):
        where = f"result[{index}]"
        problems.extend(_check_region(config, data, where, region))
        control = _region_control(config, region)
        if control is None:
            continue
        if control.kind in _SINGLE_REGION_KINDS and control.name in first_region:
            problems.append(
                Problem(
                    where,
                    f"{control.describe()} already has a region at result[{first_region[control.name]}]; "
                    f"a {control.kind} control takes one region",
                )
            )
        first_region.setdefault(control.name, index)
    problems.extend(_over_used(config, result))
    problems.extend(_missing_required(visible_controls(config, result), first_region))
    return problems


def visible_controls(config: LabelingConfig, result: object) -> list[Control]:
    """The controls Label Studio shows for ``result``: those without ``visibleWhen``, or whose condition holds.

    A hidden control's regions do not count (they are left out of the result), so a control watching a hidden
    one is hidden too. A control hidden this way is not required (Label Studio checks only what it shows).
    """
    regions = list(result) if isinstance(result, list) else []
    names = {control.name for control in config.controls}
    while True:
        shown = [
            control
            for control in config.controls
            if control.visible_when is None
            or control.visible_when.holds(_chosen(regions, control.visible_when.tag_name))
        ]
        hidden = names - {control.name for control in shown}
        kept = [region for region in regions if _from_name(region) not in hidden]
        if len(kept) == len(regions):  # regions only shrink, so this ends
            return shown
        regions = kept


def _from_name(region: object) -> str | None:
    """A region's ``from_name`` if it is a string (None when it is not, has none or is not a mapping)."""
    name = region.get("from_name") if isinstance(region, Mapping) else None
    return name if isinstance(name, str) else None


def _chosen(result: object, control_name: str) -> list[str]:
    """The choices selected for the control ``control_name`` in ``result`` (its first region), else none."""
    for region in result if isinstance(result, list) else []:
        if isinstance(region, Mapping) and region.get("from_name") == control_name:
            value = region.get("value")
            items = value.get("choices") if isinstance(value, Mapping) else None
            return [item for item in items if isinstance(item, str)] if isinstance(items, list) else []
    return []


def _over_used(config: LabelingConfig, result: list[object]) -> list[Problem]:
    """A problem for each label used in more regions than its control's ``maxUsages`` allows."""
    problems: list[Problem] = []
    for control in config.controls:
        if control.max_usages is None:
            continue
        counts: dict[str, int] = {}
        for region in result:
            if not isinstance(region, Mapping) or region.get("from_name") != control.name:
                continue
            value = region.get("value")
            items = value.get(control.kind) if isinstance(value, Mapping) else None
            for item in items if isinstance(items, list) else []:
                if isinstance(item, str):
                    counts[item] = counts.get(item, 0) + 1
        problems.extend(
            Problem(
                control.name,
                f"label {_show(label)} is used {count} times; {control.describe()} allows it {control.max_usages}",
            )
            for label, count in counts.items()
            if count > control.max_usages
        )
    return problems


_MISSING: object = object()

_ValueChecker = Callable[[Control, ObjectTag | None, object, str, Mapping[object, object]], list[Problem]]


def _region_control(config: LabelingConfig, region: object) -> Control | None:
    """The control a region's ``from_name`` names, if it is a mapping and names one."""
    if not isinstance(region, Mapping):
        return None
    from_name = region.get("from_name")
    return config.control(from_name) if isinstance(from_name, str) else None


def _check_region(config: LabelingConfig, data: object, where: str, region: object) -> list[Problem]:
    """The problems of one region: its names, type and value."""
    if not isinstance(region, Mapping):
        return [Problem(where, f"expected a region (an object with from_name, to_name, type, value), {_got(region)}")]
    control, problems = _check_from_name(config, where, region.get("from_name", _MISSING))
    if control is None:
        return problems
    problems.extend(_check_to_name(control, where, region.get("to_name", _MISSING)))
    type_problems = _check_type(control, where, region.get("type", _MISSING))
    problems.extend(type_problems)
    value = region.get("value", _MISSING)
    if value is _MISSING:
        problems.append(Problem(f"{where}.value", f"missing; {control.describe()} needs a value"))
    elif not isinstance(value, Mapping):
        problems.append(Problem(f"{where}.value", f"expected an object, {_got(value)}"))
    elif not type_problems:
        text = data.get(_target_key(config, control), _MISSING) if isinstance(data, Mapping) else _MISSING
        problems.extend(_VALUE_CHECKERS[control.kind](control, config.object(control.to_name), text, where, value))
    return problems


def _target_key(config: LabelingConfig, control: Control) -> str:
    """The task data key read by the object a control points at ('' when there is none)."""
    target = config.object(control.to_name)
    return target.value_key if target is not None else ""


def _check_from_name(config: LabelingConfig, where: str, from_name: object) -> tuple[Control | None, list[Problem]]:
    """The control ``from_name`` names, or the problem with it."""
    field = f"{where}.from_name"
    names = ", ".join(control.name for control in config.controls) or "none"
    if from_name is _MISSING:
        return None, [Problem(field, f"missing; expected one of the controls: {names}")]
    if not isinstance(from_name, str):
        return None, [Problem(field, f"expected a control name, {_got(from_name)}")]
    control = config.control(from_name)
    if control is None:
        return None, [
            Problem(field, f"{_show(from_name)} is not a control of the labeling config; expected one of: {names}")
        ]
    return control, []


def _check_to_name(control: Control, where: str, to_name: object) -> list[Problem]:
    """``to_name`` must be the control's ``toName``."""
    field = f"{where}.to_name"
    if to_name is _MISSING:
        return [Problem(field, f"missing; expected {control.to_name!r}")]
    if not isinstance(to_name, str) or to_name != control.to_name:
        return [
            Problem(
                field,
                f"{_show(to_name)} does not match {control.describe()}, which points to {control.to_name!r}",
            )
        ]
    return []


def _check_type(control: Control, where: str, kind: object) -> list[Problem]:
    """``type`` must be the result type of the control."""
    field = f"{where}.type"
    if kind is _MISSING:
        return [Problem(field, f"missing; expected {control.kind!r}")]
    if not isinstance(kind, str) or kind != control.kind:
        return [
            Problem(
                field,
                f"{_show(kind)} is not the result type of {control.describe()}; expected {control.kind!r}",
            )
        ]
    return []


def _check_options(control: Control, field: str, items: object) -> list[Problem]:
    """``items`` must be a non-empty list of distinct option values (or aliases) of ``control``."""
    expected = ", ".join(option.value for option in control.options)
    if items is _MISSING:
        return [Problem(field, f"missing; expected a list of values from: {expected}")]
    if not isinstance(items, list):
        return [Problem(field, f"expected a list of values from: {expected}, {_got(items)}")]
    if not items:
        return [Problem(field, f"is empty; expected at least one of: {expected}")]
    problems: list[Problem] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            problems.append(Problem(field, f"{_show(item)} is not a string; expected one of: {expected}"))
        elif not control.accepts(item):
            problems.append(Problem(field, f"{_show(item)} is not one of: {expected}"))
        elif item in seen:
            problems.append(Problem(field, f"{_show(item)} is listed twice"))
        else:
            seen.add(item)
    return problems


def _check_choices(
    control: Control, _target: ObjectTag | None, _text: object, where: str, value: Mapping[object, object]
) -> list[Problem]:
    """A ``choices`` value: known choices; exactly one unless the control takes several."""
    field = f"{where}.value.choices"
    items = value.get("choices", _MISSING)
    problems = _check_options(control, field, items)
    if not control.multiple and isinstance(items, list) and len(items) > 1:
        shown = ", ".join(_show(item) for item in items)
        problems.append(Problem(field, f"{control.describe()} takes a single choice, got {len(items)}: {shown}"))
    return problems


def _check_textarea(
    control: Control, _target: ObjectTag | None, _text: object, where: str, value: Mapping[object, object]
) -> list[Problem]:
    """A ``textarea`` value: a non-empty list of non-blank strings, at most ``max_submissions``."""
    field = f"{where}.value.text"
    texts = value.get("text", _MISSING)
    if texts is _MISSING:
        return [Problem(field, "missing; expected a list of texts")]
    if not isinstance(texts, list):
        return [Problem(field, f"expected a list of texts, {_got(texts)}")]
    if not texts:
        return [Problem(field, "is empty; expected at least one text")]
    problems = [
        Problem(field, f"{_show(text)} is not a text (a string)") for text in texts if not isinstance(text, str)
    ]
    if any(isinstance(text, str) and not text.strip() for text in texts):
        problems.append(Problem(field, "contains an empty text"))
    if control.max_submissions is not None and len(texts) > control.max_submissions:
        problems.append(
            Problem(
                field,
                f"has {len(texts)} texts; {control.describe()} allows at most {control.max_submissions}",
            )
        )
    return problems


def _check_rating(
    control: Control, _target: ObjectTag | None, _text: object, where: str, value: Mapping[object, object]
) -> list[Problem]:
    """A ``rating`` value: a whole number in 1..max_rating."""
    field = f"{where}.value.rating"
    rating = value.get("rating", _MISSING)
    if rating is _MISSING:
        return [Problem(field, f"missing; expected a whole number in 1..{control.max_rating}")]
    if not _is_int(rating):
        return [Problem(field, f"expected a whole number in 1..{control.max_rating}, {_got(rating)}")]
    if not 1 <= rating <= control.max_rating:
        return [Problem(field, f"rating {_show(rating)} is outside 1..{control.max_rating}")]
    return []


def _check_labels(
    control: Control, target: ObjectTag | None, text: object, where: str, value: Mapping[object, object]
) -> list[Problem]:
    """A ``labels`` value: a span of the task text and known labels."""
    problems = _check_span(target, text, where, value)
    problems.extend(_check_options(control, f"{where}.value.labels", value.get("labels", _MISSING)))
    return problems


def _check_span(target: ObjectTag | None, text: object, where: str, value: Mapping[object, object]) -> list[Problem]:
    """``start``/``end`` must be whole numbers inside the task text; ``text``, if given, must match it."""
    problems: list[Problem] = []
    bounds: list[int] = []
    for key in ("start", "end"):
        offset = value.get(key, _MISSING)
        if offset is _MISSING:
            problems.append(Problem(f"{where}.value.{key}", "missing; expected a character offset (a whole number)"))
        elif not _is_int(offset):
            problems.append(
                Problem(f"{where}.value.{key}", f"expected a character offset (a whole number), {_got(offset)}")
            )
        else:
            bounds.append(offset)
    if problems:
        return problems
    start, end = bounds
    if start >= end:
        return [Problem(f"{where}.value", f"span {_show(start)}..{_show(end)} is empty: start must be before end")]
    if target is None:
        return []  # the control points at a tag coopclient does not support; there is no text to check
    if not isinstance(text, str):
        return [
            Problem(
                f"{where}.value",
                f"cannot check the span: the task data field {target.value_key!r} is not text",
            )
        ]
    if start < 0 or end > len(text):
        return [
            Problem(
                f"{where}.value",
                f"span {_show(start)}..{_show(end)} is outside the text (length {len(text)})",
            )
        ]
    span_text = value.get("text", _MISSING)
    if span_text is _MISSING:
        return []
    if not isinstance(span_text, str):
        return [Problem(f"{where}.value.text", f"expected the span's text (a string), {_got(span_text)}")]
    if span_text != text[start:end]:
        return [
            Problem(
                f"{where}.value.text",
                f"span text {_show(span_text)} does not match the task text {_show(text[start:end])} at {start}..{end}",
            )
        ]
    return []


def _check_rectangle(
    control: Control, _target: ObjectTag | None, _text: object, where: str, value: Mapping[object, object]
) -> list[Problem]:
    """A ``rectanglelabels`` value: a box inside the image (percentages) and known labels."""
    problems = _check_box(where, value)
    problems.extend(_check_options(control, f"{where}.value.rectanglelabels", value.get("rectanglelabels", _MISSING)))
    return problems


def _check_box(where: str, value: Mapping[object, object]) -> list[Problem]:
    """x, y, width, height in percent of the image, the box inside it; ``rotation`` optional."""
    problems: list[Problem] = []
    box: dict[str, float] = {}
    for key in ("x", "y", "width", "height"):
        number = value.get(key, _MISSING)
        if number is _MISSING:
            problems.append(Problem(f"{where}.value.{key}", "missing; expected a number (percent of the image)"))
        elif not _is_number(number):
            problems.append(
                Problem(f"{where}.value.{key}", f"expected a number (percent of the image), {_got(number)}")
            )
        else:
            box[key] = number
    rotation = value.get("rotation", _MISSING)
    if rotation is not _MISSING and not _is_number(rotation):
        problems.append(Problem(f"{where}.value.rotation", f"expected a number of degrees, {_got(rotation)}"))
    if len(box) < 4:
        return problems
    for key in ("x", "y"):
        if not 0 <= box[key] <= 100:
            problems.append(Problem(f"{where}.value.{key}", f"{key} {_show(box[key])} is outside 0..100"))
    for key in ("width", "height"):
        if not 0 < box[key] <= 100 + _EDGE_TOLERANCE:
            problems.append(
                Problem(f"{where}.value.{key}", f"{key} {_show(box[key])} must be more than 0 and at most 100")
            )
    if problems:
        return problems  # the sums below are only meaningful (and safe) for numbers in range
    for start, size, edge in (("x", "width", "right"), ("y", "height", "bottom")):
        if box[start] + box[size] > 100 + _EDGE_TOLERANCE:
            problems.append(
                Problem(
                    f"{where}.value.{size}",
                    f"{start} + {size} = {box[start] + box[size]:g} goes past the {edge} edge of the image (100)",
                )
            )
    return problems


_VALUE_CHECKERS: Mapping[str, _ValueChecker] = {
    "choices": _check_choices,
    "textarea": _check_textarea,
    "rating": _check_rating,
    "labels": _check_labels,
    "rectanglelabels": _check_rectangle,
}


def _missing_required(controls: Iterable[Control], answered: Mapping[str, int]) -> list[Problem]:
    """A problem for each required control (of those shown) that has no region."""
    return [
        Problem(
            control.name,
            f"required: {control.describe()} needs an answer, but the result has no region for it",
            code=REQUIRED,
        )
        for control in controls
        if control.required and control.name not in answered
    ]


# --- small helpers --------------------------------------------------------------------------------------


def _is_int(value: object) -> TypeGuard[int]:
    """A whole number (``bool`` is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float (``bool`` is not one)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


_REPR = reprlib.Repr()
_REPR.maxstring = 80
_REPR.maxother = 80
_REPR.maxlist = 6
_REPR.maxdict = 4
_REPR.maxlevel = 3


def _show(value: object) -> str:
    """A short, safe repr of ``value`` for messages."""
    try:
        return _REPR.repr(value)
    except Exception:  # e.g. an int too long to print: fall back to its type
        return f"<{type(value).__name__}>"


def _got(value: object) -> str:
    """``got <type> <value>`` for messages, e.g. ``got str 'abc'`` or ``got None``."""
    if value is None:
        return "got None"
    return f"got {type(value).__name__} {_show(value)}"
