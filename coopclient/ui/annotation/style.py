"""Fonts, colours and small label helpers shared by the annotation widgets.

Colours come from the palette where they can, so the pane stays readable in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from coopclient.core.labeling import Option

TASK_TEXT_POINT_SIZE = 13
INSTRUCTION_POINT_SIZE = 12
CAPTION_POINT_SIZE = 11
STAR_COLOUR = QColor("#e3a008")
LABEL_COLOURS: tuple[str, ...] = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948")
"""Used for labels whose config gives no (valid) background colour."""


def plain_label(text: str, parent: QWidget | None = None, *, point_size: float | None = None) -> QLabel:
    """A word-wrapped label that shows ``text`` literally (never as HTML)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if point_size is not None:
        set_point_size(label, point_size)
    return label


def set_point_size(widget: QWidget, point_size: float, weight: QFont.Weight | None = None) -> None:
    """Give ``widget`` a font of ``point_size`` points (and ``weight``, if given)."""
    font = QFont(widget.font())
    font.setPointSizeF(point_size)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """Draw ``widget``'s text in ``colour``."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def muted_colour(palette: QPalette) -> QColor:
    """A quieter text colour for hints: the text colour blended halfway towards the background."""
    return _blend(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.35)


def problem_colour(palette: QPalette) -> QColor:
    """A red that reads well on the palette's background."""
    return QColor("#ff8a80") if _is_dark(palette.color(QPalette.ColorRole.Window)) else QColor("#b3261e")


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background`` (WCAG contrast ratio)."""
    luminance = _luminance(background)
    return QColor("#000000") if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else QColor("#ffffff")


def label_colour(option: Option, index: int) -> QColor:
    """The colour of a label: its config ``background`` if Qt understands it, else a default."""
    colour = QColor(option.background) if option.background else QColor()
    if not colour.isValid():
        colour = QColor(LABEL_COLOURS[index % len(LABEL_COLOURS)])
    colour.setAlpha(255)
    return colour


def humanize(name: str) -> str:
    """A control name as a caption: ``"issue_type"`` → ``"Issue type"``."""
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def with_key(key: str | None, text: str) -> str:
    """Button text ``"[1] Positive"`` (or just ``text``), with ``&`` escaped so it is no mnemonic."""
    shown = text.replace("&", "&&")
    return f"[{key}] {shown}" if key else shown


def sentence(text: str) -> str:
    """``text`` with a capital first letter and a final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour``."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())


def _is_dark(colour: QColor) -> bool:
    """Whether ``colour`` is a dark background."""
    return _luminance(colour) < 0.25


def _blend(front: QColor, back: QColor, amount: float) -> QColor:
    """``front`` moved ``amount`` (0..1) of the way towards ``back``."""
    a, b = front.toRgb(), back.toRgb()
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
