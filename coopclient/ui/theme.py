"""The light/dark theme: the system's, or the one the member chose in the settings (applied at once).

Qt 6.8's ``QStyleHints.setColorScheme`` is honoured only where the platform has a theme that draws both schemes
(Windows 11, macOS, some Linux desktops). On a bare X11 session (seen under Xvfb) "dark" changed nothing: the
window stayed light. So after asking the platform, the palette actually in use is checked, and where it does not
match the scheme wanted, the app switches to the Fusion style with a palette of that scheme — the views that draw
themselves (the week chart, Compare platforms) follow palette changes already. "system" follows the platform's
scheme, now and when it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

# The dark palette's colours (Fusion's roles), chosen for contrast: text on window and base above 10:1.
_DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1e1e1e",
    "AlternateBase": "#2f2f2f",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#f0f0f0",
    "PlaceholderText": "#9a9a9a",
    "Text": "#e8e8e8",
    "Button": "#353535",
    "ButtonText": "#e8e8e8",
    "BrightText": "#ff6b6b",
    "Light": "#4a4a4a",
    "Midlight": "#3e3e3e",
    "Mid": "#2a2a2a",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
    "Highlight": "#3d7bd9",
    "HighlightedText": "#ffffff",
    "Link": "#7fb0ff",
    "LinkVisited": "#c39bff",
}
_DARK_DISABLED = {"WindowText": "#7a7a7a", "Text": "#7a7a7a", "ButtonText": "#7a7a7a", "HighlightedText": "#b0b0b0"}

# Kept on the application object (not in this module): the member's choice, the style before a forced palette,
# and whether the platform's scheme changes are followed yet.
_CHOICE, _NATIVE_STYLE, _FOLLOWING = "coopclient-theme", "coopclient-native-style", "coopclient-theme-followed"


def dark_palette() -> QPalette:
    """The palette of the dark scheme, for the Fusion style."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(QPalette.ColorRole[role], QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws dark windows with light text."""
    from PySide6.QtGui import QPalette

    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def apply_theme(theme: str) -> None:
    """Follow the system's light/dark scheme ("system"), or force one ("light", "dark"), so that the window
    really is drawn in it (see the module docstring)."""
    from PySide6.QtCore import Qt  # here: the first use of Qt builds ~120 Python enums
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    app.setProperty(_CHOICE, theme)
    hints = app.styleHints()
    hints.setColorScheme(schemes.get(theme, Qt.ColorScheme.Unknown))
    want_dark = theme == "dark" or (theme not in schemes and hints.colorScheme() == Qt.ColorScheme.Dark)
    if is_dark(app.palette()) != want_dark:
        if not app.property(_NATIVE_STYLE):
            app.setProperty(_NATIVE_STYLE, app.style().name())
        app.setStyle("Fusion" if want_dark else str(app.property(_NATIVE_STYLE)))
        app.setPalette(dark_palette() if want_dark else app.style().standardPalette())
    if not app.property(_FOLLOWING):
        app.setProperty(_FOLLOWING, True)
        hints.colorSchemeChanged.connect(lambda _scheme: _system_changed(app))


def _system_changed(app: QApplication) -> None:
    """The platform's scheme changed: the window follows it if the member chose "system"."""
    if app.property(_CHOICE) not in ("light", "dark"):
        apply_theme("system")
