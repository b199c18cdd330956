"""Form pieces shared by the dialogs that validate input: an error message shown beside its field."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

_ERROR_ON_LIGHT = "#b3261e"
_ERROR_ON_DARK = "#ffb4ab"


class FieldError(QLabel):
    """What is wrong with one field, shown under it; hidden while the field is fine.

    The message also becomes the field's accessible description, so a screen reader announces it with the
    field.

    Args:
        field: the input the message is about.
        parent: the dialog.
    """

    def __init__(self, field: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._field = field
        self._description = field.accessibleDescription()
        self.setWordWrap(True)
        self.setVisible(False)
        dark = parent.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"color: {_ERROR_ON_DARK if dark else _ERROR_ON_LIGHT};")

    @property
    def field(self) -> QWidget:
        """The input this message is about."""
        return self._field

    def show_error(self, message: str | None) -> None:
        """Show ``message``, or hide the label when it is None or empty."""
        self.setText(message or "")
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message or self._description)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its content after messages appeared in it (it never shrinks).

    WORKAROUND for https://doc.qt.io/qt-6/layout.html#layout-issues: when a layout holds word-wrapped labels
    (height-for-width), Qt sets no minimum height on the top-level window, so a message that appears after
    the window is shown is clipped instead of making room for itself.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():  # before the first show, Qt sizes the window from its layout
        return
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(width, needed)


def stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A plain widget holding ``widgets`` one under the other, without margins (a form row's field cell)."""
    cell = QWidget(parent)
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return cell
