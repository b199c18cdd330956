"""The system tray icon: the running timer at a glance, and a menu to start or stop a manual timer.

Where the desktop has no system tray (some Linux desktops, headless test runs) the object is inert: its
signals and actions exist, but nothing is shown. The icon is drawn with QPainter, so no image file is needed:
a circle with a clock hand, green while a timer runs and grey otherwise. Notifications (:meth:`TrayIcon.notify`)
come from the icon, as Qt shows them through the desktop's notification service.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

RUNNING_COLOUR = QColor("#2e7d32")
IDLE_COLOUR = QColor("#78909c")
ICON_SIZES = (16, 22, 32, 64)
NOTICE_MS = 10_000  # how long a notification stays (a hint: the desktop decides)


def tooltip_text(running: str | None) -> str:
    """The tray tooltip: ``"coopclient — searching 0:12:30"``, or that no timer runs.

    Args:
        running: what runs and for how long (``"searching 0:12:30"``), or None when no timer runs.
    """
    if running is None:
        return QCoreApplication.translate("TrayIcon", "coopclient — no timer running")
    return QCoreApplication.translate("TrayIcon", "coopclient — {running}").format(running=running)


def draw_icon(running: bool) -> QIcon:
    """The tray icon: a filled circle with a clock hand, in the running or the idle colour."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(_draw_pixmap(size, RUNNING_COLOUR if running else IDLE_COLOUR))
    return icon


def _draw_pixmap(size: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - margin, size / 2 - margin)
    pen = QPen(QColor("white"), max(1.5, size / 10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    centre = QPointF(size / 2, size / 2)
    painter.drawLine(centre, QPointF(size / 2, size * 0.22))  # minute hand at twelve
    painter.drawLine(centre, QPointF(size * 0.70, size / 2))  # hour hand at three
    painter.end()
    return pixmap


class TrayIcon(QObject):
    """The tray icon and its menu.

    Args:
        parent: the owner (the application or the window).
        available: whether to create a real tray icon; by default, whether the desktop has a system tray.

    Signals:
        start_manual_requested: "Start manual timer…" was chosen.
        stop_manual_requested: "Stop manual timer" was chosen.
        show_window_requested: "Show window" was chosen, or the icon was clicked.
        quit_requested: "Quit" was chosen.
    """

    start_manual_requested = Signal()
    stop_manual_requested = Signal()
    show_window_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, available: bool | None = None) -> None:
        super().__init__(parent)
        self._running: str | None = None
        self.last_notice: tuple[str, str] | None = None
        """The last notification's (title, text), as it is (or would be, without a tray) shown."""
        self.start_action = self._action(self.tr("&Start manual timer…"), self.start_manual_requested)
        self.stop_action = self._action(self.tr("S&top manual timer"), self.stop_manual_requested)
        self.show_action = self._action(self.tr("Show &window"), self.show_window_requested)
        self.quit_action = self._action(self.tr("&Quit"), self.quit_requested)
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        self._menu: QMenu | None = self._make_menu() if available else None
        self._tray: QSystemTrayIcon | None = self._make_tray(self._menu) if self._menu is not None else None
        self.set_running(None)

    @property
    def available(self) -> bool:
        """Whether a real tray icon exists (False on desktops without a system tray)."""
        return self._tray is not None

    def tooltip(self) -> str:
        """The tooltip text as it is (or would be, without a tray) shown."""
        return tooltip_text(self._running)

    def show(self) -> None:
        """Show the icon in the tray (nothing happens without a tray)."""
        if self._tray is not None:
            self._tray.show()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification from the tray icon (without a tray, only kept as :attr:`last_notice`)."""
        self.last_notice = (title, text)
        if self._tray is not None:
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)

    def set_running(self, text: str | None) -> None:
        """Show what runs (``"searching 0:12:30"``) in the tooltip, or None when no timer runs."""
        self._running = text
        self.start_action.setEnabled(text is None)
        self.stop_action.setEnabled(text is not None)
        if self._tray is not None:
            self._tray.setToolTip(self.tooltip())
            self._tray.setIcon(draw_icon(text is not None))

    def _action(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(signal)
        return action

    def _make_menu(self) -> QMenu:
        menu = QMenu()
        menu.addActions([self.start_action, self.stop_action])
        menu.addSeparator()
        menu.addActions([self.show_action, self.quit_action])
        return menu

    def _make_tray(self, menu: QMenu) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(draw_icon(False), self)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_activated)
        return tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # On macOS a click opens the menu, so only a double click shows the window there.
        clicks = {QSystemTrayIcon.ActivationReason.DoubleClick}
        if sys.platform != "darwin":
            clicks.add(QSystemTrayIcon.ActivationReason.Trigger)
        if reason in clicks:
            self.show_window_requested.emit()
