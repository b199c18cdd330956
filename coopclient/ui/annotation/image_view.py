"""The view of an ``<Image>`` object: the image scaled to fit, with labelled boxes drawn and edited on it.

Boxes are kept in percent of the image (:mod:`.boxes`), so they do not depend on how large the image is
shown. With the mouse: drag on the image to draw a box, click a box to select it, drag it to move it, drag a
corner handle of the selected box to resize it. With the keys, while the view has the focus and a box is
selected: arrows move it by 1 % (Shift: 0.1 %), Alt+arrows resize it, Delete/Backspace removes it, Escape
unselects it. Other keys go on to the pane (label keys).

An image of distressing work is shown *softened* (grey and blurred, made by the image loader off the GUI
thread): the sharp original is painted only while the member reveals it — holding F2 (the pane's key) or the
left mouse button on the image — and softened again on release.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopclient.ui.annotation.box_painting import HANDLE, paint_box, paint_preview
from coopclient.ui.annotation.boxes import CORNERS, Box, Corner, moved, resized, spanning, with_corner
from coopclient.ui.annotation.regions import region_id

MIN_HEIGHT = 120
DRAG_THRESHOLD = 3
"""How far (pixels) the mouse must move before a press becomes a drag."""
MIN_DRAWN = 4
"""The smallest box drawn with the mouse, in pixels on screen (smaller drags are clicks)."""
STEP = 1.0
FINE_STEP = 0.1
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_NO_BOX_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_FALLBACK_COLOUR = QColor("#4e79a7")


@dataclass
class _Drag:
    """A press of the left button, until its release."""

    mode: str  # "draw", "move" or "resize"
    press: QPointF  # where the press was, in widget pixels
    start: tuple[float, float]  # the same, in percent
    box: Box | None = None  # the box moved or resized, as it was at the press
    corner: Corner | None = None
    preview: Box | None = None  # the box being drawn
    dragging: bool = False


class ImageView(QWidget):
    """Shows an image as large as fits and the boxes on it; the member draws and edits boxes.

    Signals:
        edited: the member changed the boxes; the kind of change: ``"draw"``, ``"move"``, ``"resize"``,
            ``"nudge"`` (a key), ``"label"`` or ``"delete"``.
        selection_changed: another box (or none) is selected.
    """

    edited = Signal(str)
    selection_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None, softened: QImage | None = None) -> None:
        """Show ``image``, with no boxes yet.

        Args:
            image: the task's image.
            parent: the parent widget.
            softened: the grey, blurred version of ``image`` to show instead until revealed (distressing work),
                or None.
        """
        super().__init__(parent)
        self._sharp_image = image
        self._sharp: QPixmap | None = None  # made on the first reveal: a softened image may never be revealed
        self._soft = QPixmap.fromImage(softened) if softened is not None else None
        self._pixmap = self._soft if self._soft is not None else self._sharp_pixmap()
        self.revealed = False
        self._scaled = QPixmap()
        self.image_size: QSize = image.size()
        self.boxes: list[Box] = []
        self.selected: str | None = None
        self.colours: dict[str, QColor] = {}
        self.new_label = ""
        self.id_seed = "box"
        self.max_fit_height = 500
        self.fit_width = 640
        self._drag: _Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Image"))
        self.fit_height()

    # --- geometry ---------------------------------------------------------------------------------------

    @property
    def softened(self) -> bool:
        """Whether this image is shown softened until revealed."""
        return self._soft is not None

    def _sharp_pixmap(self) -> QPixmap:
        if self._sharp is None:
            self._sharp = QPixmap.fromImage(self._sharp_image)
        return self._sharp

    def set_revealed(self, revealed: bool) -> None:
        """Paint the sharp original (True) or the softened image again (False); nothing for a plain image."""
        if self._soft is None or revealed == self.revealed:
            return
        self.revealed = revealed
        self._pixmap = self._sharp_pixmap() if revealed else self._soft
        self._scaled = QPixmap()
        self.update()

    def fit_height(self) -> None:
        """Be as high as the image shown ``fit_width`` wide (at least ``MIN_HEIGHT``, at most ``max_fit_height``).

        The owner sets ``fit_width`` from its own width, not from this view's: a height that followed this
        view's width would make a scroll bar come and go around it without end.
        """
        ratio = self.image_size.height() / max(1, self.image_size.width())
        wanted = math.ceil(max(1, self.fit_width) * ratio)
        self.setFixedHeight(max(MIN_HEIGHT, min(wanted, max(MIN_HEIGHT, self.max_fit_height))))

    def image_rect(self) -> QRectF:
        """Where the image is drawn: as large as fits in the view, centred, in widget pixels."""
        size = QSize(self.image_size).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def to_percent(self, point: QPointF) -> tuple[float, float]:
        """A widget point in percent of the image (outside the image: below 0 or above 100)."""
        rect = self.image_rect()
        return (
            (point.x() - rect.left()) / max(1.0, rect.width()) * 100,
            (point.y() - rect.top()) / max(1.0, rect.height()) * 100,
        )

    def to_widget(self, x: float, y: float) -> QPointF:
        """A point in percent of the image, in widget pixels."""
        rect = self.image_rect()
        return QPointF(rect.left() + x / 100 * rect.width(), rect.top() + y / 100 * rect.height())

    def box_rect(self, box: Box) -> QRectF:
        """Where ``box`` is drawn, in widget pixels."""
        return QRectF(self.to_widget(box.x, box.y), self.to_widget(box.right, box.bottom))

    # --- the boxes --------------------------------------------------------------------------------------

    def set_boxes(self, boxes: list[Box]) -> None:
        """Show ``boxes``; the selection stays on its box if that is still there. No ``edited`` signal."""
        self.boxes = list(boxes)
        self._drag = None
        if self.selected is not None and self.selected_box() is None:
            self.select(None)
        self.update()

    def selected_box(self) -> Box | None:
        """The selected box, or None."""
        return next((box for box in self.boxes if box.region_id == self.selected), None)

    def select(self, region: str | None) -> None:
        """Select the box with region id ``region`` (None: no box)."""
        if region != self.selected:
            self.selected = region
            self.selection_changed.emit()
        self.update()

    def replace_box(self, box: Box, kind: str) -> None:
        """Put ``box`` in place of the box with its region id, as the member's change ``kind``."""
        old = next((b for b in self.boxes if b.region_id == box.region_id), None)
        if old is None or old == box:
            return
        self.boxes = [box if b.region_id == box.region_id else b for b in self.boxes]
        self.update()
        self.edited.emit(kind)

    def remove_selected(self) -> bool:
        """Remove the selected box; whether there was one."""
        box = self.selected_box()
        if box is None:
            return False
        self.boxes = [b for b in self.boxes if b.region_id != box.region_id]
        self.select(None)
        self.edited.emit("delete")
        return True

    def _new_id(self, box: Box) -> str:
        """A region id for a new box that no other box has."""
        taken = {b.region_id for b in self.boxes}
        parts: tuple[object, ...] = (self.id_seed, round(box.x, 2), round(box.y, 2), box.label)
        rid, extra = region_id(*parts), 0
        while rid in taken:
            extra += 1
            rid = region_id(*parts, extra)
        return rid

    # --- keys -------------------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Move, resize, remove or unselect the selected box; whether the key was used."""
        box = self.selected_box()
        if box is None or event.modifiers() & _NO_BOX_MODIFIERS:
            return False
        key = event.key()
        if key in _DELETE_KEYS:
            return self.remove_selected()
        if key == Qt.Key.Key_Escape:
            self.select(None)
            return True
        direction = _ARROWS.get(Qt.Key(key))
        if direction is None:
            return False
        step = FINE_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        dx, dy = direction[0] * step, direction[1] * step
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        self.replace_box(resized(box, dx, dy) if alt else moved(box, dx, dy), "nudge")
        return True

    def _uses_key(self, event: QKeyEvent) -> bool:
        """Whether :meth:`handle_key` would use ``event`` (it does nothing)."""
        keys = (*_ARROWS, *_DELETE_KEYS, Qt.Key.Key_Escape)
        return self.selected_box() is not None and event.key() in keys and not event.modifiers() & _NO_BOX_MODIFIERS

    def event(self, event: QEvent) -> bool:
        """Take Alt+arrows from the window's shortcuts while a box is selected here (they resize it)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._uses_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Use the box keys; let other keys go on to the pane."""
        if self.handle_key(event):
            event.accept()
        else:
            event.ignore()

    # --- the mouse ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start resizing (a handle of the selected box), moving (a box) or drawing (elsewhere on the image)."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_revealed(True)  # seen clearly while the button is held (and while a box is drawn)
        pos = event.position()
        start = self.to_percent(pos)
        corner = self._corner_at(pos)
        box = self.selected_box() if corner is not None else self._box_at(start)
        if box is not None:
            self.select(box.region_id)
            self._drag = _Drag("resize" if corner else "move", pos, start, box=box, corner=corner)
        else:
            self.select(None)
            inside = self.image_rect().contains(pos)
            self._drag = _Drag("draw", pos, start) if inside else None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag: draw, move or resize; without a press, show what a press would do with the cursor shape."""
        pos = event.position()
        drag = self._drag
        if drag is None:
            self.setCursor(self._cursor_at(pos))
            return
        if not drag.dragging and (pos - drag.press).manhattanLength() < DRAG_THRESHOLD:
            return
        drag.dragging = True
        x, y = self.to_percent(pos)
        if drag.mode == "draw":
            drag.preview = spanning(drag.start, (x, y), self.new_label, "")
            self.update()
        elif drag.box is not None and drag.mode == "move":
            self._show_dragged(moved(drag.box, x - drag.start[0], y - drag.start[1]))
        elif drag.box is not None and drag.corner is not None:
            self._show_dragged(with_corner(drag.box, drag.corner, (x, y)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End the drag: keep a drawn box that is large enough; report a moved or resized box."""
        drag, self._drag = self._drag, None
        if event.button() == Qt.MouseButton.LeftButton:
            self.set_revealed(False)
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if drag.mode == "draw" and drag.preview is not None:
            rect = self.box_rect(drag.preview)
            if rect.width() >= MIN_DRAWN and rect.height() >= MIN_DRAWN:
                box = replace(drag.preview, region_id=self._new_id(drag.preview))
                self.boxes.append(box)
                self.select(box.region_id)
                self.edited.emit("draw")
        elif drag.box is not None:
            now = self.selected_box()
            if now is not None and now != drag.box:
                self.edited.emit(drag.mode)
        self.update()

    def _show_dragged(self, box: Box) -> None:
        """Show ``box`` in place of its old self during a drag (reported on release)."""
        self.boxes = [box if b.region_id == box.region_id else b for b in self.boxes]
        self.update()

    def _corner_at(self, pos: QPointF) -> Corner | None:
        """The corner handle of the selected box at widget point ``pos``, or None."""
        box = self.selected_box()
        if box is None:
            return None
        reach = HANDLE / 2 + 3
        for corner in CORNERS:
            point = self.to_widget(*box.corner(corner))
            if abs(point.x() - pos.x()) <= reach and abs(point.y() - pos.y()) <= reach:
                return corner
        return None

    def _box_at(self, point: tuple[float, float]) -> Box | None:
        """The smallest box containing ``point`` (percent), the top one of equals; None if there is none."""
        hits = [box for box in self.boxes if box.contains(*point)]
        return min(reversed(hits), key=lambda box: box.width * box.height, default=None)

    def _cursor_at(self, pos: QPointF) -> Qt.CursorShape:
        """The cursor shape for ``pos``: resize on handles, move on boxes, a cross on the image."""
        corner = self._corner_at(pos)
        if corner is not None:
            falling = corner in ((0, 0), (1, 1))
            return Qt.CursorShape.SizeFDiagCursor if falling else Qt.CursorShape.SizeBDiagCursor
        if self._box_at(self.to_percent(pos)) is not None:
            return Qt.CursorShape.SizeAllCursor
        return Qt.CursorShape.CrossCursor if self.image_rect().contains(pos) else Qt.CursorShape.ArrowCursor

    # --- painting -----------------------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus frame."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus frame."""
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The image, the boxes (the selected one last, on top), the box being drawn, a focus frame."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window).darker(115))
        bounds = self.image_rect()
        painter.drawPixmap(bounds.topLeft(), self._scaled_pixmap(bounds))
        selected = self.selected_box()
        for box in [b for b in self.boxes if b is not selected] + ([selected] if selected else []):
            paint_box(painter, self.box_rect(box), self.colour(box.label), box.label, box is selected, bounds)
        if self._drag is not None and self._drag.preview is not None:
            paint_preview(painter, self.box_rect(self._drag.preview), self.colour(self.new_label))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _scaled_pixmap(self, bounds: QRectF) -> QPixmap:
        """The image at the size of ``bounds`` in device pixels, scaled once per size (smoothly when shrinking)."""
        ratio = self.devicePixelRatioF()
        size = (bounds.size() * ratio).toSize()
        if self._scaled.size() != size:
            # Smoothly when shrinking, and always for a softened image (smaller than the original: grown
            # smoothly it stays a blur, grown fast it would show its blocks).
            smooth = size.width() < self._pixmap.width() or self._pixmap is self._soft
            mode = Qt.TransformationMode.SmoothTransformation if smooth else Qt.TransformationMode.FastTransformation
            self._scaled = self._pixmap.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, mode)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def colour(self, label: str) -> QColor:
        """The colour of ``label``."""
        return self.colours.get(label, _FALLBACK_COLOUR)
