"""The parsed labeling config: the tags coopclient knows, the config's objects, controls and options,
and the :class:`Problem` a check reports.

Pure: standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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
