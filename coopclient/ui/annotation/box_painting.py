"""Drawing labelled boxes over an image: outline, light fill, a name tag and, when selected, corner handles."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from coopclient.ui.annotation.style import readable_on

OUTLINE = 2.0
SELECTED_OUTLINE = 3.0
FILL_ALPHA = 40
SELECTED_FILL_ALPHA = 80
HANDLE = 9.0
"""The side of a corner handle, in pixels."""
TAG_POINT_SIZE = 9.0
TAG_PADDING = 4.0


def paint_box(painter: QPainter, rect: QRectF, colour: QColor, name: str, selected: bool, bounds: QRectF) -> None:
    """Draw one box.

    Args:
        painter: an active painter on the widget.
        rect: the box, in widget pixels.
        colour: the colour of its label.
        name: the text of its tag (the label).
        selected: draw it highlighted, with corner handles.
        bounds: the image's rectangle; the tag stays inside it.
    """
    painter.save()
    fill = QColor(colour)
    fill.setAlpha(SELECTED_FILL_ALPHA if selected else FILL_ALPHA)
    if selected:  # a light halo keeps the outline visible on dark and busy images
        painter.setPen(QPen(QColor(255, 255, 255, 200), SELECTED_OUTLINE + 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    painter.setPen(QPen(colour, SELECTED_OUTLINE if selected else OUTLINE))
    painter.setBrush(fill)
    painter.drawRect(rect)
    _paint_tag(painter, rect, colour, name, selected, bounds)
    if selected:
        _paint_handles(painter, rect, colour)
    painter.restore()


def paint_preview(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Draw the box being drawn: a dashed outline."""
    painter.save()
    pen = QPen(colour, OUTLINE, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    fill = QColor(colour)
    fill.setAlpha(FILL_ALPHA)
    painter.setBrush(fill)
    painter.drawRect(rect)
    painter.restore()


def handle_rect(point: QPointF) -> QRectF:
    """The square of a corner handle centred on ``point``."""
    return QRectF(point.x() - HANDLE / 2, point.y() - HANDLE / 2, HANDLE, HANDLE)


def _paint_handles(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Four white squares with the label's colour as border, at the corners."""
    painter.setPen(QPen(colour.darker(130), 1.5))
    painter.setBrush(QColor("#ffffff"))
    for point in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()):
        painter.drawRect(handle_rect(point))


def _paint_tag(painter: QPainter, rect: QRectF, colour: QColor, name: str, selected: bool, bounds: QRectF) -> None:
    """The label's name on a tag of its colour: above the box's top-left corner, or inside when no room."""
    font = QFont(painter.font())
    font.setPointSizeF(TAG_POINT_SIZE)
    font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Normal)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(name) + 2 * TAG_PADDING
    height = metrics.height() + TAG_PADDING
    gap = HANDLE / 2 + 1 if selected else 0.0  # keep clear of the corner handle
    above = rect.top() - height - gap >= bounds.top()
    top = rect.top() - height - gap if above else rect.top() + gap
    left = min(rect.left() + (0.0 if above else gap), bounds.right() - width)
    tag = QRectF(max(bounds.left(), left), top, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(tag)
    painter.setPen(readable_on(colour))
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, name)
