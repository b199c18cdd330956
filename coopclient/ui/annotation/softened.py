"""The grey, strongly blurred version of an image of distressing work, made off the GUI thread.

The image is shrunk :data:`BLUR_FACTOR` times with smooth (area-averaging) scaling, turned to greyscale
(``Format_Grayscale8``) while small, and scaled back up smoothly: a blur some 24 pixels wide that keeps only
the broad shapes and no colour. Qt's ``QGraphicsBlurEffect`` (5 px by default) hides far too little, and an
effect is applied at paint time on the GUI thread; this is pixels transformed once, in the image loader's
lane, before they reach the screen. On the 2-core machine a 1080p image takes about 25 ms (a bare
``convertToFormat(Format_Grayscale8)`` of the same image: about 24 ms; ``tests/benchmarks/test_softened.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

BLUR_FACTOR = 24
"""How many times the image is shrunk before it is scaled back up: the blur's width, in pixels."""


def softened(image: QImage) -> QImage:
    """``image`` in grey and strongly blurred, at its own size (a null image stays null)."""
    if image.isNull():
        return QImage()
    width, height = image.width(), image.height()
    small = image.scaled(
        max(1, width // BLUR_FACTOR),
        max(1, height // BLUR_FACTOR),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    grey = small.convertToFormat(QImage.Format.Format_Grayscale8)
    return grey.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
