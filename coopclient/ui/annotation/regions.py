"""Building Label Studio result regions and their short, stable ids.

Pure: no Qt.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from coopclient.core.labeling import Control, Option

Region = dict[str, Any]
"""One Label Studio result region: ``{"id", "from_name", "to_name", "type", "value"}``."""

ID_LENGTH = 10


def region_id(*parts: object) -> str:
    """A short id derived from ``parts``: the same parts always give the same id."""
    digest = hashlib.blake2s("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=10).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:ID_LENGTH]


def make_region(control: Control, value: Mapping[str, object], rid: str) -> Region:
    """The result region of ``control`` holding ``value``."""
    return {
        "id": rid,
        "from_name": control.name,
        "to_name": control.to_name,
        "type": control.kind,
        "value": dict(value),
    }


def regions_for(result: Sequence[Mapping[str, object]], name: str) -> list[Mapping[str, object]]:
    """The regions of ``result`` whose ``from_name`` is ``name``."""
    return [region for region in result if isinstance(region, Mapping) and region.get("from_name") == name]


def value_of(region: Mapping[str, object]) -> Mapping[str, object]:
    """A region's ``value`` object (empty when it is missing or not an object)."""
    value = region.get("value")
    return value if isinstance(value, Mapping) else {}


def id_of(region: Mapping[str, object]) -> str | None:
    """A region's ``id`` when it is a non-empty string."""
    rid = region.get("id")
    return rid if isinstance(rid, str) and rid else None


def result_name(option: Option) -> str:
    """What a result records for ``option``: its alias if it has one (as Label Studio does), else its value."""
    return option.alias or option.value


def option_index(options: Sequence[Option], item: object) -> int | None:
    """The index of the option whose value or alias is ``item``, or None."""
    return next(
        (index for index, option in enumerate(options) if item in (option.value, option.alias)),
        None,
    )
