"""Render the app's PNG icons from its SVG with Qt's QSvgRenderer (no other tool):
``python packaging/linux/icons/render.py`` writes icons/hicolor/<N>x<N>/apps/<app-id>.png for each size.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.coopclient.CoopClient"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def render(svg: Path, size: int, out: Path) -> None:
    """One transparent ``size``-pixel square PNG of ``svg``."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not write")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # QImage text/painting needs the application object
    for size in SIZES:
        render(HERE / f"{APP_ID}.svg", size, HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
