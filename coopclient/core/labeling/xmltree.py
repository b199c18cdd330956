"""Reading a labeling config's XML: the root element, where each start tag sits (line, column), and tag
and attribute names matched case-insensitively as Label Studio does.

Pure: standard library only.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

from coopclient.core.labeling.model import _KNOWN_TAGS, ConfigError


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
