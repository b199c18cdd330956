"""Task images decoded off the GUI thread, ahead of need, and kept for the few tasks around the current one.

Decoding a photo takes tens of milliseconds; done in ``show_task`` it froze the window at every image task.
The loader decodes into a :class:`QImage` (safe in any thread) on a background lane; the GUI thread only
makes the pixmap of an image already decoded. The look-ahead asks for the next task's images, so moving on
usually finds them ready; an image asked for and not decoded yet shows a placeholder until it is. Every
request ends, decoded or failed, so no placeholder is ever left waiting: a file that cannot be decoded (or a
decoder that raises) is said to be unreadable, as before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

Decoder = Callable[[Path], QImage | None]
# Runs a decode on a background lane and calls back on the GUI thread: ``run(op, success, failure)``, as
# Ops.run does. None decodes at once, on the calling thread (a pane shown without a window, in tests).
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], object]

KEEP = 12
"""How many decoded images are kept (the current task's, the next one's, a few behind)."""


class Pending:
    """The state of an image asked for and not decoded yet."""


PENDING = Pending()


class ImageLoader(QObject):
    """Decodes images on a lane and keeps the last few.

    Signals:
        ready(object): the image of this path is decoded (or known unreadable): ask :meth:`image` again.
    """

    ready = Signal(object)

    def __init__(self, decode: Decoder, run: Runner | None = None, parent: QObject | None = None) -> None:
        """A loader.

        Args:
            decode: reads one file into an image, or None when it is not one (``object_views.load_image``).
            run: a background lane (``Ops.run_aside``: never the database lane, whose heartbeats a large image
                would hold up); None decodes at once on the calling thread.
            parent: the owning object.
        """
        super().__init__(parent)
        self._decode = decode
        self._run = run
        self._done: OrderedDict[Path, QImage | None] = OrderedDict()
        self._asked: set[Path] = set()

    def image(self, path: Path) -> QImage | Pending | None:
        """The decoded image of ``path``, None when it cannot be read, or PENDING (then it is asked for)."""
        if path in self._done:
            self._done.move_to_end(path)
            return self._done[path]
        self.request(path)
        return self._done.get(path, PENDING)  # decoded at once when there is no lane

    def request(self, path: Path) -> None:
        """Decode ``path`` ahead of need, unless it is decoded or asked for already."""
        if path in self._done or path in self._asked:
            return
        self._asked.add(path)
        decode = self._decode
        if self._run is None:
            self._finish(path, _safely(decode, path))
            return
        self._run(lambda: decode(path), lambda image: self._finish(path, image), lambda _e: self._finish(path, None))

    def _finish(self, path: Path, image: QImage | None) -> None:
        self._asked.discard(path)
        self._done[path] = image if image is not None and not image.isNull() else None
        while len(self._done) > KEEP:
            self._done.popitem(last=False)
        self.ready.emit(path)


def _safely(decode: Decoder, path: Path) -> QImage | None:
    try:
        return decode(path)
    except Exception:  # an unreadable file must be said, not crash the pane: the lane's failure does the same
        return None
