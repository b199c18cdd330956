"""The grey, strongly blurred version of an image of distressing work, made off the GUI thread.

The image is shrunk to at most :data:`BLUR_SIDE` pixels (and at least :data:`BLUR_FACTOR` times) with smooth
(area-averaging) scaling, turned to greyscale (``Format_Grayscale8``) while small, and scaled back up
smoothly, in two steps, to a third of its size, as RGB32: a blur a thirty-second of the image wide that
keeps only the broad shapes and no colour. Being blurred, it needs no more pixels
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
"""How many times at least the image is shrunk before it is scaled back up: the blur's width, in pixels."""
BLUR_SIDE = 32
"""The longest side of the shrunk image, at most: a large photo is blurred as strongly as a small one (a
twenty-fourth of a 1280-pixel photo still showed its shapes' edges on screen)."""
SOFT_SCALE = 3
"""The softened image is this many times smaller than the original (it holds no detail to keep)."""


def softened(image: QImage) -> QImage:
    """``image`` in grey and strongly blurred, a third of its size, as RGB32 (ready for a pixmap at no cost;
    a null image stays null)."""
    if image.isNull():
        return QImage()
    width, height = image.width(), image.height()
    shrink = max(BLUR_FACTOR, max(width, height) / BLUR_SIDE)
    small = _resized(image, max(1, round(width / shrink)), max(1, round(height / shrink)))
    grey = small.convertToFormat(QImage.Format.Format_Grayscale8)
    # Grown back in two smooth steps: one bilinear step from a few dozen pixels leaves a lattice of diamonds.
    middle = _resized(grey, min(width, grey.width() * 4), min(height, grey.height() * 4))
    blurred = _resized(middle, max(1, width // SOFT_SCALE), max(1, height // SOFT_SCALE))
    return blurred.convertToFormat(QImage.Format.Format_RGB32)


def _resized(image: QImage, width: int, height: int) -> QImage:
    return image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
