"""Checking one region of an annotation result: its names, its type and its value, for each kind of control
(choices, text area, rating, text spans, rectangles).

Pure: standard library only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from coopclient.core.labeling.model import _EDGE_TOLERANCE, Control, LabelingConfig, ObjectTag, Problem
from coopclient.core.labeling.values import _got, _is_int, _is_number, _show

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
