"""Checking a whole annotation result against its labeling config and task data, and saying why a task
cannot be shown offline (:func:`unsupported_reason`).

Pure: standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coopclient.core.labeling.model import _SINGLE_REGION_KINDS, REQUIRED, Control, LabelingConfig, ObjectTag, Problem
from coopclient.core.labeling.regions import _check_region, _region_control
from coopclient.core.labeling.values import _got, _show

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
