"""Parsing a Label Studio labeling config (XML) into a :class:`~coopclient.core.labeling.model.LabelingConfig`.

The tag rules live here: which tags nest where, which attributes each needs, what each control accepts;
a malformed config raises :class:`~coopclient.core.labeling.model.ConfigError` naming the line and column.

Pure: standard library only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from coopclient.core.labeling.model import (
    _CHOICE_CONDITIONS,
    _CHOICE_MODES,
    _FIELD,
    _KNOWN_TAGS,
    _OPTION_PARENTS,
    _OPTION_TAG,
    _REQUIRED_TARGET,
    CONTAINER_TAGS,
    CONTROL_KINDS,
    OBJECT_TAGS,
    ConfigError,
    Control,
    LabelingConfig,
    ObjectTag,
    Option,
    StaticText,
    VisibleWhen,
)
from coopclient.core.labeling.xmltree import _attribute, _canonical_tag, _element_positions, _parse_xml

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
