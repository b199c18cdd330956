"""Task images decoded off the GUI thread, ahead of need, and kept for the few tasks around the current one.

Decoding a photo takes tens of milliseconds; done in ``show_task`` it froze the window at every image task.
The loader decodes into a :class:`QImage` (safe in any thread) on a background lane; the GUI thread only
makes the pixmap of an image already decoded. The look-ahead asks for the next task's images, so moving on
usually finds them ready; an image asked for and not decoded yet shows a placeholder until it is. Every
request ends, decoded or failed, so no placeholder is ever left waiting: a file that cannot be decoded (or a
decoder that raises) is said to be unreadable, as before.

An image of a batch flagged "may be distressing" is asked for *softened* (:mod:`.softened`: grey and strongly
blurred): the same lane decodes it and transforms it, so the GUI thread never blurs, and the look-ahead
prepares the softened image of the next task as it does the plain one. The sharp image is kept beside it, for
the member to reveal.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from coopclient.ui.annotation.softened import softened

Decoder = Callable[[Path], QImage | None]
Transform = Callable[[QImage], QImage]
# Runs a decode on a background lane and calls back on the GUI thread: ``run(op, success, failure)``, as
# Ops.run does. None decodes at once, on the calling thread (a pane shown without a window, in tests).
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], object]

KEEP = 12
"""How many decoded images are kept (the current task's, the next one's, a few behind)."""


class Pending:
    """The state of an image asked for and not decoded yet."""


PENDING = Pending()


class ImageLoader(QObject):
    """Decodes images on a lane (softening those asked for softened) and keeps the last few.

    Signals:
        ready(object): the image of this path is decoded (or known unreadable): ask :meth:`image` again.
    """

    ready = Signal(object)

    def __init__(
        self,
        decode: Decoder,
        run: Runner | None = None,
        parent: QObject | None = None,
        soften: Transform = softened,
    ) -> None:
        """A loader.

        Args:
            decode: reads one file into an image, or None when it is not one (``object_views.load_image``).
            run: a background lane (``Ops.run_aside``: never the database lane, whose heartbeats a large image
                would hold up); None decodes at once on the calling thread.
            parent: the owning object.
            soften: makes the grey, blurred image of distressing work (run on the lane, as the decode is).
        """
        super().__init__(parent)
        self._decode = decode
        self._soften = soften
        self._run = run
        self._done: OrderedDict[Path, QImage | None] = OrderedDict()
        self._soft: dict[Path, QImage] = {}
        self._asked: set[tuple[Path, bool]] = set()

    def image(self, path: Path, soft: bool = False) -> QImage | Pending | None:
        """The decoded image of ``path`` (``soft``: its softened version), None when it cannot be read, or
        PENDING (then it is asked for)."""
        if self._has(path, soft):
            self._done.move_to_end(path)
            return self._soft.get(path) if soft and self._done[path] is not None else self._done[path]
        self.request(path, soft)
        if self._has(path, soft):  # decoded at once when there is no lane
            return self._soft.get(path) if soft and self._done[path] is not None else self._done[path]
        return PENDING

    def sharp(self, path: Path) -> QImage | None:
        """The plain decoded image of ``path`` if it is kept (the original of a softened one)."""
        return self._done.get(path)

    def _has(self, path: Path, soft: bool) -> bool:
        if path not in self._done:
            return False
        return not soft or self._done[path] is None or path in self._soft

    def request(self, path: Path, soft: bool = False) -> None:
        """Decode ``path`` (and soften it, with ``soft``) ahead of need, unless it is done or asked for already."""
        if self._has(path, soft) or (path, soft) in self._asked:
            return
        self._asked.add((path, soft))
        decode, soften, known = self._decode, self._soften, self._done.get(path)

        def work() -> tuple[QImage | None, QImage | None]:
            image = known if known is not None else decode(path)
            if image is None or image.isNull():
                return None, None
            return image, (soften(image) if soft else None)

        if self._run is None:
            try:
                found = work()
            except Exception:  # an unreadable file is said, not a crash: as the lane's failure does
                found = (None, None)
            self._finish(path, soft, found)
            return
        self._run(
            work, lambda found: self._finish(path, soft, found), lambda _e: self._finish(path, soft, (None, None))
        )

    def _finish(self, path: Path, soft: bool, found: tuple[QImage | None, QImage | None]) -> None:
        self._asked.discard((path, soft))
        image, soft_image = found
        self._done[path] = image if image is not None and not image.isNull() else None
        self._done.move_to_end(path)
        if soft_image is not None and not soft_image.isNull():
            self._soft[path] = soft_image
        while len(self._done) > KEEP:
            gone, _ = self._done.popitem(last=False)
            self._soft.pop(gone, None)
        self.ready.emit(path)
