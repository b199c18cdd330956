"""The light/dark theme: the system's, or the one the member chose in the settings (applied at once)."""

from __future__ import annotations


def apply_theme(theme: str) -> None:
    """Follow the system's light/dark scheme, or force one ("light", "dark") where Qt allows it."""
    from PySide6.QtCore import Qt  # here: the first use of Qt builds ~120 Python enums
    from PySide6.QtGui import QGuiApplication

    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(schemes.get(theme, Qt.ColorScheme.Unknown))
