"""Mapping a validation :class:`~coopclient.core.labeling.Problem` to the control it is about.

Pure: no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from coopclient.core.i18n import trans_late
from coopclient.core.labeling import REQUIRED, Problem

_REGION_FIELD = re.compile(r"^result\[(\d+)\]")
MEMBER_WORDS = {  # marked for lupdate; the pane translates them
    REQUIRED: trans_late("AnnotationPane", "This needs an answer before you submit."),
}


def member_words(problem: Problem) -> str | None:
    """What a member is told beside the control for a problem of a known kind (untranslated); None: its message."""
    return MEMBER_WORDS.get(problem.code)


def control_for_field(field: str, result: Sequence[Mapping[str, object]], controls: Collection[str]) -> str | None:
    """The control a problem's ``field`` is about, or None.

    Args:
        field: ``result[i]...`` (a path into the result) or a control name.
        result: the result the problem was found in; ``result[i]`` maps to its ``from_name``.
        controls: the names of the controls shown.

    Returns:
        A name from ``controls``, or None when the field matches none of them.
    """
    match = _REGION_FIELD.match(field)
    if match is None:
        return field if field in controls else None
    index = int(match.group(1))
    if index >= len(result) or not isinstance(result[index], Mapping):
        return None
    name = result[index].get("from_name")
    return name if isinstance(name, str) and name in controls else None
