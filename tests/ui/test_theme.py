"""The dark and light themes are what the window is drawn in, not a hint the platform may ignore (issue 16.4).

Under Xvfb (bare X11, no platform theme) choosing "dark" left the window light: `QStyleHints.setColorScheme` is
only a request. Checked here on the rendered pixels of a real widget, offscreen (which honours no scheme either).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from coopclient.ui.theme import apply_theme, dark_palette, is_dark


@pytest.fixture(autouse=True)
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("system")
    assert not is_dark(qapp.palette())  # the offscreen platform's scheme is light: left as found


def mean_lightness(widget: QWidget) -> float:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    step = 4
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def panel(qtbot) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("Today 9.97 EUR/h — 2.53 EUR/h below the floor"))
    widget.resize(400, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_dark_draws_the_window_dark_and_light_draws_it_light(qtbot, qapp: QApplication) -> None:
    apply_theme("dark")
    assert is_dark(qapp.palette())
    assert mean_lightness(panel(qtbot)) < 80
    apply_theme("light")
    assert not is_dark(qapp.palette())
    assert mean_lightness(panel(qtbot)) > 180


def test_the_dark_palette_keeps_text_readable() -> None:
    from PySide6.QtGui import QPalette

    palette = dark_palette()
    for back, front in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
    ):
        assert palette.color(front).lightness() - palette.color(back).lightness() > 150
