"""Text spans of a NER annotation, and the mapping between task-text and Qt document offsets.

Spans use Python string indices (code points) into the task text, as Label Studio results do. A Qt text
document counts UTF-16 code units instead, and shows ``\\r\\n`` as one paragraph break, so
:class:`OffsetMap` converts between the two.

Pure: no Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A labelled span ``text[start:end]``; ``labels`` as written in the result, ``region_id`` kept stable."""

    start: int
    end: int
    labels: tuple[str, ...]
    region_id: str

    def overlaps(self, start: int, end: int) -> bool:
        """Whether this span shares at least one character with ``start..end``."""
        return self.start < end and start < self.end

    def covers(self, index: int) -> bool:
        """Whether the character at ``index`` is inside this span."""
        return self.start <= index < self.end


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start..end`` without surrounding whitespace, or None when nothing is left."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def place(spans: Iterable[Span], new: Span) -> list[Span]:
    """``spans`` with ``new`` added and every span it overlaps removed, sorted by position."""
    kept = [span for span in spans if not span.overlaps(new.start, new.end)]
    return sorted([*kept, new], key=lambda span: (span.start, span.end))


def span_at(spans: Iterable[Span], index: int) -> Span | None:
    """The span covering the character at ``index``, or None."""
    return next((span for span in spans if span.covers(index)), None)


class OffsetMap:
    """Converts between Python indices into a text and positions in the Qt document showing it."""

    def __init__(self, text: str) -> None:
        """Measure ``text`` once.

        Args:
            text: the task text as given to ``setPlainText``.
        """
        positions = [0]
        for index, char in enumerate(text):
            width = 2 if ord(char) > 0xFFFF else 1
            if char == "\r" and text[index + 1 : index + 2] == "\n":
                width = 0  # Qt turns "\r\n" into a single paragraph break
            if index == 0 and char == "\ufeff":
                width = 0  # Qt drops a byte order mark that opens the text (one; a second one stays)
            positions.append(positions[-1] + width)
        self._positions = positions

    @property
    def document_length(self) -> int:
        """The number of positions the whole text takes in the document."""
        return self._positions[-1]

    def to_document(self, index: int) -> int:
        """The document position of the Python index ``index`` (clamped to the text)."""
        return self._positions[max(0, min(index, len(self._positions) - 1))]

    def to_text(self, position: int) -> int:
        """The Python index at the document position ``position`` (rounded down inside a character)."""
        index = bisect.bisect_right(self._positions, position) - 1
        return max(0, min(index, len(self._positions) - 1))
