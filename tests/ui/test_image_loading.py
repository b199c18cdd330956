"""Issue 11.13: task images are decoded off the GUI thread; a placeholder stands in until they are.

A real background lane (Ops with its own database thread) and a decoder that records the thread it runs on.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coopclient.core.labeling import parse_config
from coopclient.ui.annotation import AnnotationPane
from coopclient.ui.annotation.image_loader import ImageLoader
from coopclient.ui.annotation.image_view import ImageView
from coopclient.ui.annotation.object_views import LoadingImage, MissingImage, load_image
from coopclient.ui.ops import Ops

BOXES = parse_config(
    """
<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="objects" toName="image"><Label value="Car"/></RectangleLabels>
  <Choices name="quality" toName="image"><Choice value="Sharp"/><Choice value="Blurred"/></Choices>
</View>
"""
)


class RecordingDecoder:
    """Decodes with the app's decoder, noting the thread of each call; ``gate`` holds a decode back."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, path: Path) -> QImage | None:
        self.threads.append(threading.current_thread())
        self.gate.wait(10)
        return load_image(path)


@pytest.fixture
def ops() -> Iterator[Ops]:
    lanes = Ops()  # real lanes: the decoding runs on the network lane's pool, never the GUI thread
    yield lanes
    lanes.shutdown(wait_network=True)  # the decoder's gate is open by now (its fixture ends first)


@pytest.fixture
def decoder() -> Iterator[RecordingDecoder]:
    recording = RecordingDecoder()
    yield recording
    recording.gate.set()


@pytest.fixture
def loader(ops: Ops, decoder: RecordingDecoder) -> ImageLoader:
    return ImageLoader(decoder, ops.run_aside)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


@pytest.fixture
def pane(qtbot: QtBot, window: QWidget, loader: ImageLoader) -> AnnotationPane:
    annotation = AnnotationPane(window, images=loader)
    annotation.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    return annotation


def png(folder: Path, name: str) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    path = folder / name
    assert image.save(str(path))
    return path


def page(pane: AnnotationPane) -> QWidget:
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    widget = scroll.widget()
    assert widget is not None
    return widget


def test_the_gui_thread_never_decodes_and_the_image_appears_once_decoded(
    qtbot: QtBot, pane: AnnotationPane, decoder: RecordingDecoder, tmp_path: Path
) -> None:
    path = png(tmp_path, "street.png")
    decoder.gate.clear()  # the decode takes its time
    pane.show_task(BOXES, {"image": str(path)}, None)

    assert page(pane).findChild(LoadingImage) is not None  # a placeholder meanwhile
    assert page(pane).findChild(ImageView) is None
    decoder.gate.set()
    qtbot.waitUntil(lambda: page(pane).findChild(ImageView) is not None)

    assert page(pane).findChild(LoadingImage) is None
    assert decoder.threads and threading.main_thread() not in decoder.threads
    blurred = next(b for b in page(pane).findChildren(QAbstractButton) if "Blurred" in b.text())
    blurred.click()  # the image's controls came with it
    assert [r["value"] for r in pane.result() if r["from_name"] == "quality"] == [{"choices": ["Blurred"]}]


def test_a_prefetched_image_shows_at_once_and_an_unreadable_one_says_so(
    qtbot: QtBot, pane: AnnotationPane, loader: ImageLoader, decoder: RecordingDecoder, tmp_path: Path
) -> None:
    path = png(tmp_path, "next.png")
    with qtbot.waitSignal(loader.ready):
        pane.prefetch(BOXES, {"image": str(path)}, None)  # the look-ahead, while the member works on a task

    pane.show_task(BOXES, {"image": str(path)}, None)
    assert page(pane).findChild(ImageView) is not None  # no placeholder: it was ready

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    pane.show_task(BOXES, {"image": str(broken)}, None)
    qtbot.waitUntil(lambda: page(pane).findChild(MissingImage) is not None)  # never a placeholder for ever
    missing = page(pane).findChild(MissingImage)
    assert missing is not None
    assert "broken.png" in missing.text()
    assert threading.main_thread() not in decoder.threads
