"""The legend of a ``<Labels>`` or ``<RectangleLabels>`` control: one button per label with its colour and key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coopclient.core.labeling import Option
from coopclient.ui.annotation.style import with_key

SWATCH = 14


def swatch(colour: QColor) -> QIcon:
    """A small rounded square of ``colour``."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(140))
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0.5, 0.5, SWATCH - 1, SWATCH - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


class LabelLegend(QWidget):
    """Shows each label with its colour and key; clicking one applies it (to the selected text or box).

    A checkable legend also shows which label is the current one (:meth:`set_current`).

    Signals:
        picked: the member clicked the label at this index.
    """

    picked = Signal(int)

    def __init__(
        self,
        options: Sequence[Option],
        keys: Mapping[int, str],
        colours: Sequence[QColor],
        parent: QWidget | None = None,
        *,
        tip: str | None = None,
        checkable: bool = False,
    ) -> None:
        """Build one button per label.

        Args:
            options: the labels.
            keys: the key of each label index that has one.
            colours: the colour of each label.
            parent: the parent widget.
            tip: the tooltip of a button, with ``{value}`` for its label (default: marking selected text).
            checkable: the buttons show the current label (checked).
        """
        super().__init__(parent)
        self._tip = tip if tip is not None else self.tr("Mark the selected text as {value}")
        self._checkable = checkable
        self._buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for index, (option, colour) in enumerate(zip(options, colours, strict=True)):
            self._buttons.append(
                self._make_button(index, with_key(keys.get(index), option.value), colour, option.value)
            )
            row.addWidget(self._buttons[-1])
        row.addStretch(1)

    def set_current(self, index: int) -> None:
        """Check the button of label ``index`` (only that one) in a checkable legend."""
        for number, button in enumerate(self._buttons):
            button.setChecked(self._checkable and number == index)

    def _make_button(self, index: int, text: str, colour: QColor, value: str) -> QPushButton:
        """The legend button of label ``index``."""
        button = QPushButton(swatch(colour), text, self)
        button.setAccessibleName(self.tr("Label {value}").format(value=value))
        button.setToolTip(self._tip.format(value=value))
        button.setCheckable(self._checkable)
        button.clicked.connect(lambda _checked=False, i=index: self.picked.emit(i))
        return button
