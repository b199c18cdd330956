"""The views of a task's ``<Image>`` objects, and which controls the pane can show.

An image is read from a local file only (see :mod:`.image_source`); when there is none, or it cannot be
read, a calm message takes the image's place and the controls of that image are not shown (their regions
are kept in the result unchanged). Images are decoded off the GUI thread (:mod:`.image_loader`); one not
decoded yet has a placeholder in its place until it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from coopclient.core.labeling import Control, ObjectTag
from coopclient.ui.annotation.image_loader import PENDING, ImageLoader
from coopclient.ui.annotation.image_source import local_image_path
from coopclient.ui.annotation.image_view import ImageView
from coopclient.ui.annotation.style import muted_colour, set_text_colour
from coopclient.ui.annotation.text_view import TaskTextView

ObjectView = TaskTextView | ImageView
MISSING_HEIGHT = 96


class MissingImage(QLabel):
    """Stands where an image would be and says why it is not shown."""

    def __init__(self, file_name: str | None, parent: QWidget | None = None) -> None:
        """Say the image is not available offline (no ``file_name``) or that its file can't be opened.

        Args:
            file_name: the name of the local file that could not be read, or None when there is no local file.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(MISSING_HEIGHT)
        self.setAccessibleName(self.tr("Image"))
        set_text_colour(self, muted_colour(self.palette()))
        if file_name is None:
            self.setText(self.tr("This image is not available offline"))
        else:
            self.setText(
                self.tr("This image can't be opened: {name} is missing or is not an image file").format(name=file_name)
            )


class LoadingImage(QLabel):
    """Stands where an image will be while it is decoded."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        """A quiet placeholder for the image of ``path``."""
        super().__init__(parent)
        self.path = path
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(MISSING_HEIGHT)
        self.setAccessibleName(self.tr("Image"))
        set_text_colour(self, muted_colour(self.palette()))
        self.setText(self.tr("Opening the image…"))


def load_image(path: Path) -> QImage | None:
    """The image in the local file ``path`` (EXIF orientation applied, as browsers do), or None."""
    try:
        if not path.is_file():  # not a folder, device or pipe: those could block or mislead the reader
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


def image_paths(
    objects: Sequence[ObjectTag], data: Mapping[str, object], media: Mapping[str, str | None] | None
) -> list[Path]:
    """The local files of a task's images (those on this computer), for decoding ahead of need."""
    paths = (local_image_path(data.get(o.value_key), o.value_key, media) for o in objects if o.tag == "Image")
    return [p for p in paths if p is not None]


def image_view(
    obj: ObjectTag,
    data: Mapping[str, object],
    media: Mapping[str, str | None] | None,
    images: ImageLoader,
    parent: QWidget,
    soft: bool = False,
) -> ImageView | MissingImage | LoadingImage:
    """The view of the image object ``obj``; a message when its image is not on this computer or unreadable;
    a placeholder while it is decoded (the loader's ``ready`` says when to ask again).

    Args:
        obj: an ``<Image>`` object tag.
        data: the task data.
        media: data key -> local copy of the media (None: not available offline), or None.
        images: decodes the image off the GUI thread, and keeps it.
        parent: the parent widget.
        soft: show it softened (grey and blurred, distressing work) until the member reveals it.
    """
    path = local_image_path(data.get(obj.value_key), obj.value_key, media)
    if path is None:
        return MissingImage(None, parent)
    image = images.image(path, soft)
    if image is PENDING:
        return LoadingImage(path, parent)
    if not isinstance(image, QImage):
        return MissingImage(path.name or str(path), parent)
    sharp = images.sharp(path) if soft else None
    if sharp is None:
        return ImageView(image, parent)
    return ImageView(sharp, parent, softened=image)


def editable_controls(controls: Sequence[Control], views: Mapping[str, ObjectView]) -> list[Control]:
    """The controls the pane shows: those whose object is shown, in a view that suits them.

    Labels need a text view and RectangleLabels an image view, one per image (a second RectangleLabels
    on the same image is not shown); other controls only need their object to be shown.
    """
    shown: list[Control] = []
    boxed: set[str] = set()
    for control in controls:
        view = views.get(control.to_name)
        if view is None:
            continue
        if control.kind == "labels" and not isinstance(view, TaskTextView):
            continue
        if control.kind == "rectanglelabels":
            if not isinstance(view, ImageView) or control.to_name in boxed:
                continue
            boxed.add(control.to_name)
        shown.append(control)
    return shown
