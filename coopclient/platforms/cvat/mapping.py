"""CVAT's jobs in coopclient's terms (pure functions, no I/O): a job's labels as a labeling config, the app's
rectangles as CVAT shapes in absolute pixels, and a frame's shapes merged into the job's annotations.

The app annotates against a Label Studio config, so a job's rectangle labels become ``<RectangleLabels>`` over
an ``<Image>`` of the frame; labels of other shape types (polygons, points, skeletons…) are left out of the
config, which says so in its header. A Label Studio rectangle is in percent of the image (``x``, ``y``,
``width``, ``height``, ``rotation`` in degrees); CVAT's is ``points: [x1, y1, x2, y2]`` in pixels of the frame,
with the rotation about the box's centre — the same box, so only the units change.

CVAT's ``PUT /api/jobs/J/annotations/`` replaces the whole job's annotations: a frame's result is written by
taking the job's current shapes, dropping those of that frame, adding the frame's new ones and putting the
lot back — the same request for the same result, so a replay changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import quoteattr

from coopclient.core.platform import Rejected

__all__ = ["is_box_label", "label_config", "merged_annotations", "rectangle_shapes"]

BOX_TYPES = frozenset({"rectangle", "any"})  # label types a rectangle may carry


def is_box_label(label: Mapping[str, Any]) -> bool:
    """Whether a rectangle may carry this label (its type is ``rectangle`` or ``any``)."""
    return str(label.get("type") or "any") in BOX_TYPES


def label_config(labels: Sequence[Mapping[str, Any]]) -> str:
    """The config asking for rectangles of the job's box labels on the frame's image."""
    boxes = [label for label in labels if is_box_label(label)]
    skipped = len(labels) - len(boxes)
    note = f'\n  <Header value="{skipped} labels of other shapes are not offered offline"/>' if skipped else ""
    options = "".join(
        f"\n    <Label value={quoteattr(str(label['name']))}"
        + (f" background={quoteattr(str(label['color']))}" if label.get("color") else "")
        + "/>"
        for label in boxes
    )
    return (
        f'<View>{note}\n  <Image name="image" value="$image"/>\n'
        f'  <RectangleLabels name="label" toName="image">{options}\n  </RectangleLabels>\n</View>'
    )


def rectangle_shapes(
    result: Sequence[Mapping[str, Any]], frame: int, size: tuple[int, int], label_ids: Mapping[str, int]
) -> list[dict[str, Any]]:
    """CVAT shapes (absolute pixels of a ``size`` = (width, height) frame) for a Label Studio result.

    Raises:
        Rejected: a box with an unknown label, no label, or coordinates outside 0–100 %.
    """
    width, height = size
    shapes = []
    for item in result:
        if item.get("type") != "rectanglelabels":
            raise Rejected(f"result of type {item.get('type')!r}: CVAT jobs take rectangles only here", 422)
        value = item.get("value")
        if not isinstance(value, Mapping):
            raise Rejected("a rectangle without a value", 422)
        names = value.get("rectanglelabels")
        if not isinstance(names, list) or len(names) != 1 or names[0] not in label_ids:
            raise Rejected(f"a rectangle's label {names!r} is not one of the job's labels", 422)
        x, y, w, h = (_percent(value, key) for key in ("x", "y", "width", "height"))
        if x + w > 100 or y + h > 100:
            raise Rejected("a rectangle reaches outside the image", 422)
        points = [_pixels(x, width), _pixels(y, height), _pixels(x + w, width), _pixels(y + h, height)]
        shapes.append(
            {
                "type": "rectangle",
                "frame": frame,
                "label_id": label_ids[names[0]],
                "points": points,
                "rotation": float(value.get("rotation") or 0) % 360,
                "occluded": False,
                "outside": False,
                "z_order": 0,
                "group": 0,
                "source": "manual",
                "attributes": [],
            }
        )
    return shapes


def merged_annotations(current: Mapping[str, Any], frame: int, shapes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The job's annotations with ``frame``'s shapes replaced by ``shapes`` (tags and tracks kept)."""
    kept = [_request_shape(s) for s in current.get("shapes") or () if s.get("frame") != frame]
    ordered = sorted([*kept, *shapes], key=lambda s: (s["frame"], s["label_id"], s["points"]))
    return {
        "version": int(current.get("version") or 0),
        "tags": [_without_id(t) for t in current.get("tags") or ()],
        "shapes": ordered,
        "tracks": [_without_id(t) for t in current.get("tracks") or ()],
    }


def _request_shape(shape: Mapping[str, Any]) -> dict[str, Any]:
    """A shape as read (``LabeledShape``) written back as a request (``LabeledShapeRequest``): no server id."""
    keys = ("type", "frame", "label_id", "points", "rotation", "occluded", "outside", "z_order", "group", "source")
    written = {key: shape[key] for key in keys if key in shape and shape[key] is not None}
    written["attributes"] = [
        {"spec_id": a["spec_id"], "value": a["value"]} for a in shape.get("attributes") or () if "spec_id" in a
    ]
    return written


def _without_id(item: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key != "id"}


def _percent(value: Mapping[str, Any], key: str) -> Decimal:
    raw = value.get(key)
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise Rejected(f"a rectangle's {key} is not a number", 422)
    number = Decimal(str(raw))  # the result's JSON number, read as written (no binary float rounding)
    if not 0 <= number <= 100:
        raise Rejected(f"a rectangle's {key} {raw} is outside 0–100 %", 422)
    return number


def _pixels(percent: Decimal, extent: int) -> float:
    """``percent`` of ``extent`` pixels, to a hundredth of a pixel (CVAT stores floats)."""
    return float(round(percent * extent / 100, 2))
