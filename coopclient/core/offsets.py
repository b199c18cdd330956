"""Text offsets as Label Studio counts them: UTF-16 code units, not Python's code points.

The annotation pane and the store index task text by code point (``text[start:end]``). Label Studio's front
end is JavaScript, whose string indexes count UTF-16 code units, so a character outside the Basic
Multilingual Plane (an emoji, many CJK extension characters) counts twice there. Results leaving the app for
Label Studio (the outbox, the JSONL export) are converted here; the span's ``text`` stays as it is.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from coopclient.core.labeling import LabelingConfig

SPAN_TYPES = frozenset({"labels"})  # result types whose value holds start/end offsets into a <Text>


def utf16_index(text: str, index: int) -> int:
    """The UTF-16 code unit offset of code point ``index`` in ``text`` (clamped to the text)."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def code_point_index(text: str, units: int) -> int:
    """The code point index whose UTF-16 offset is ``units`` (inverse of :func:`utf16_index`)."""
    seen = 0
    for position, ch in enumerate(text):
        if seen >= units:
            return position
        seen += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def task_texts(config: LabelingConfig, data: Mapping[str, Any]) -> dict[str, str]:
    """The text shown by each ``<Text>`` object of the config, by object name."""
    texts: dict[str, str] = {}
    for obj in config.objects:
        value = data.get(obj.value_key)
        if obj.tag == "Text" and isinstance(value, str):
            texts[obj.name] = value
    return texts


def to_utf16(result: Sequence[Mapping[str, Any]], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """A copy of ``result`` with span offsets counted in UTF-16 units; other items are copied unchanged."""
    converted: list[dict[str, Any]] = []
    for item in result:
        out = copy.deepcopy(dict(item))
        value = out.get("value")
        text = texts.get(str(out.get("to_name")))
        if out.get("type") in SPAN_TYPES and text is not None and isinstance(value, dict):
            for key in ("start", "end"):
                if isinstance(value.get(key), int) and not isinstance(value.get(key), bool):
                    value[key] = utf16_index(text, value[key])
        converted.append(out)
    return converted
