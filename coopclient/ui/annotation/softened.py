"""The grey, strongly blurred version of an image of distressing work, made off the GUI thread.

The image is shrunk :data:`BLUR_FACTOR` times with smooth (area-averaging) scaling, turned to greyscale
(``Format_Grayscale8``) while small, and scaled back up smoothly to a third of its size, as RGB32: a blur
some 24 pixels wide that keeps only the broad shapes and no colour. Being blurred, it needs no more pixels
than that: the view scales it smoothly to its size, which costs the GUI thread less than a full-size image.
Qt's ``QGraphicsBlurEffect`` (5 px by default) hides far too little, and an effect is applied at paint time
on the GUI thread; this is pixels transformed once, in the image loader's lane, before they reach the
screen. On the 2-core machine a 1080p image takes about 3 ms, against 7–8 ms for a bare
``convertToFormat(Format_Grayscale8)`` of the same image (``tests/benchmarks/test_bench_softened.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

BLUR_FACTOR = 24
"""How many times the image is shrunk before it is scaled back up: the blur's width, in pixels."""
SOFT_SCALE = 3
"""The softened image is this many times smaller than the original (it holds no detail to keep)."""


def softened(image: QImage) -> QImage:
    """``image`` in grey and strongly blurred, a third of its size, as RGB32 (ready for a pixmap at no cost;
    a null image stays null)."""
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
    size = (max(1, width // SOFT_SCALE), max(1, height // SOFT_SCALE))
    blurred = grey.scaled(*size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return blurred.convertToFormat(QImage.Format.Format_RGB32)
