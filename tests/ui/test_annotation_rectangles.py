"""The annotation pane on image tasks: boxes drawn, selected, moved, resized, labelled and removed.

Boxes are checked in percent of the image, as Label Studio's ``rectanglelabels`` results hold them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coopclient.core.labeling import LabelingConfig, parse_config, validate_result
from coopclient.services.container import Services
from coopclient.ui.annotation import AnnotationPane
from coopclient.ui.annotation.boxes import Box, box_value
from coopclient.ui.annotation.image_source import local_image_path
from coopclient.ui.annotation.image_view import ImageView

Region = dict[str, Any]
WIDTH, HEIGHT = 400, 200
NOT_OFFLINE = "This image is not available offline"

BOXES = """\
<View>
  <Header value="Draw a box around every car and person."/>
  <Image name="image" value="$image"/>
  <RectangleLabels name="objects" toName="image">
    <Label value="Car" hotkey="c" background="#e15759"/>
    <Label value="Person" hotkey="p" background="#4e79a7"/>
  </RectangleLabels>
</View>
"""

DIGIT_BOXES = """\
<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="objects" toName="image">
    <Label value="Car"/>
    <Label value="Person"/>
  </RectangleLabels>
</View>
"""


# --- helpers --------------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """Stands in for the main window, with its Alt+Left shortcut (previous task)."""
    win = QWidget()
    qtbot.addWidget(win)
    win.resize(900, 700)
    previous = QAction("Previous task", win)
    previous.setShortcut(QKeySequence("Alt+Left"))
    win.addAction(previous)
    win.setProperty("previous_triggered", 0)
    previous.triggered.connect(lambda: win.setProperty("previous_triggered", win.property("previous_triggered") + 1))
    return win


@pytest.fixture
def pane(qtbot: QtBot, window: QWidget) -> AnnotationPane:
    """A shown, active pane inside a stand-in window (so keyboard focus works)."""
    annotation = AnnotationPane(window)
    annotation.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return annotation


@pytest.fixture
def png(tmp_path: Path) -> Path:
    """A small PNG image, WIDTH x HEIGHT pixels."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    path = tmp_path / "street.png"
    assert image.save(str(path))
    return path


def show(
    pane: AnnotationPane, image: str, result: list[Region] | None = None, config_xml: str = BOXES, **kwargs: Any
) -> tuple[LabelingConfig, dict[str, object]]:
    """Show an image task; return its config and data."""
    config = parse_config(config_xml)
    data: dict[str, object] = {"image": image}
    pane.show_task(config, data, result, **kwargs)
    return config, data


def page(pane: AnnotationPane) -> QWidget:
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    widget = scroll.widget()
    assert widget is not None
    return widget


def image_view(pane: AnnotationPane) -> ImageView:
    view = page(pane).findChild(ImageView)
    assert view is not None
    return view


def texts(pane: AnnotationPane) -> list[str]:
    return [label.text() for label in page(pane).findChildren(QLabel)]


def at(view: ImageView, x: float, y: float) -> QPoint:
    """The widget pixel at ``(x, y)`` percent of the image (computed from where the image is drawn)."""
    rect = view.image_rect()
    return QPoint(round(rect.left() + x / 100 * rect.width()), round(rect.top() + y / 100 * rect.height()))


def percent_of(view: ImageView, point: QPoint) -> tuple[float, float]:
    """Where the widget pixel ``point`` is, in percent of the image."""
    rect = view.image_rect()
    return (point.x() - rect.left()) / rect.width() * 100, (point.y() - rect.top()) / rect.height() * 100


def drag(qtbot: QtBot, view: ImageView, start: QPoint, end: QPoint) -> None:
    """Press the left button at ``start``, move in two steps to ``end``, release."""
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, (start + end) / 2)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def box(x: float, y: float, width: float, height: float, label: str = "Car", rid: str = "b1") -> Region:
    """A region as the pane writes it."""
    return {
        "id": rid,
        "from_name": "objects",
        "to_name": "image",
        "type": "rectanglelabels",
        "original_width": WIDTH,
        "original_height": HEIGHT,
        "image_rotation": 0,
        "value": {"x": x, "y": y, "width": width, "height": height, "rotation": 0, "rectanglelabels": [label]},
    }


def values(pane: AnnotationPane) -> list[tuple[float, float, float, float, str]]:
    """``(x, y, width, height, label)`` of each region."""
    return [
        (v["x"], v["y"], v["width"], v["height"], v["rectanglelabels"][0])
        for v in (region["value"] for region in pane.result())
    ]


TWO = [box(10, 20, 30, 40, "Car", "b1"), box(60, 50, 20, 30, "Person", "b2")]


# --- drawing ------------------------------------------------------------------------------------------


def test_drawing_a_box_gives_a_valid_region_in_percent(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png))
    view = image_view(pane)
    start, end = at(view, 10, 20), at(view, 40, 60)
    with qtbot.waitSignal(pane.changed, timeout=0):
        drag(qtbot, view, start, end)
    [region] = pane.result()
    (x0, y0), (x1, y1) = percent_of(view, start), percent_of(view, end)
    pixel = 100 / view.image_rect().width()  # one screen pixel, in percent
    value = region["value"]
    assert value["x"] == pytest.approx(x0, abs=1e-4)
    assert value["y"] == pytest.approx(y0, abs=1e-4)
    assert value["width"] == pytest.approx(x1 - x0, abs=1e-4)
    assert value["height"] == pytest.approx(y1 - y0, abs=1e-4)
    assert value["x"] == pytest.approx(10, abs=pixel)
    assert value["height"] == pytest.approx(40, abs=2 * pixel)
    assert all(round(value[key], 4) == value[key] for key in ("x", "y", "width", "height"))
    assert (value["rotation"], value["rectanglelabels"]) == (0, ["Car"])
    assert {key: region[key] for key in ("from_name", "to_name", "type", "image_rotation")} == {
        "from_name": "objects",
        "to_name": "image",
        "type": "rectanglelabels",
        "image_rotation": 0,
    }
    assert (region["original_width"], region["original_height"]) == (WIDTH, HEIGHT)
    assert isinstance(region["id"], str) and region["id"]
    assert validate_result(config, data, pane.result()) == []
    assert view.selected == region["id"]


def test_boxes_stay_inside_the_image(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png))
    view = image_view(pane)
    drag(qtbot, view, at(view, 70, 60), QPoint(view.width() + 50, view.height() + 50))
    x, y, width, height, _ = values(pane)[0]
    assert x + width == pytest.approx(100)
    assert y + height == pytest.approx(100)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # already at the edge: nothing changes
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert values(pane)[0][:4] == (x, y, width, height)
    assert validate_result(config, data, pane.result()) == []


def test_a_tiny_drag_is_a_click_not_a_box(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png))
    view = image_view(pane)
    drag(qtbot, view, at(view, 50, 50), at(view, 50, 50) + QPoint(2, 1))
    assert pane.result() == []
    assert pane.undo() is False


# --- selecting, moving, resizing -----------------------------------------------------------------------------


def test_click_selects_and_arrow_keys_move(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png), TWO)
    view = image_view(pane)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 70, 60))
    assert view.selected == "b2"
    assert pane.result() == TWO  # selecting changes nothing
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert values(pane)[1] == (61, 49.1, 20, 30, "Person")
    assert values(pane)[0] == (10, 20, 30, 40, "Car")
    assert validate_result(config, data, pane.result()) == []
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 95, 5))  # empty spot: nothing selected
    assert view.selected is None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert values(pane)[1][0] == 61


def test_dragging_inside_a_box_moves_it(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png), TWO)
    view = image_view(pane)
    start = at(view, 20, 30)
    end = start + QPoint(40, 20)
    drag(qtbot, view, start, end)
    (x0, y0), (x1, y1) = percent_of(view, start), percent_of(view, end)
    x, y, width, height, label = values(pane)[0]
    assert x == pytest.approx(10 + x1 - x0, abs=1e-4)
    assert y == pytest.approx(20 + y1 - y0, abs=1e-4)
    assert (width, height, label) == (30, 40, "Car")
    assert pane.result()[0]["id"] == "b1"
    assert validate_result(config, data, pane.result()) == []


def test_dragging_a_corner_handle_resizes(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png), TWO)
    view = image_view(pane)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    corner = at(view, 40, 60)  # the bottom-right corner of b1
    drag(qtbot, view, corner, at(view, 50, 80))
    (cx, cy), (ex, ey) = percent_of(view, corner), percent_of(view, at(view, 50, 80))
    x, y, width, height, _ = values(pane)[0]
    assert (x, y) == (10, 20)
    assert width == pytest.approx(30 + ex - cx, abs=1e-4)
    assert height == pytest.approx(40 + ey - cy, abs=1e-4)
    drag(qtbot, view, at(view, 10, 20), at(view, 5, 10))  # the top-left corner: the bottom-right stays
    x2, y2, width2, height2, _ = values(pane)[0]
    assert x2 + width2 == pytest.approx(x + width, abs=1e-3)
    assert y2 + height2 == pytest.approx(y + height, abs=1e-3)
    assert x2 < x
    assert validate_result(config, data, pane.result()) == []


def test_alt_arrows_resize_and_win_over_the_window_shortcut(
    qtbot: QtBot, pane: AnnotationPane, png: Path, window: QWidget
) -> None:
    show(pane, str(png), TWO)
    view = image_view(pane)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, alt_shift)
    assert values(pane)[0] == (10, 20, 29, 40.1, "Car")
    assert window.property("previous_triggered") == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # no box selected: Alt+Left is the window's again
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.property("previous_triggered") == 1
    assert values(pane)[0] == (10, 20, 29, 40.1, "Car")


# --- labels, deleting, undo --------------------------------------------------------------------------------


def test_label_keys_relabel_the_selected_box_and_label_new_ones(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png))
    view = image_view(pane)
    drag(qtbot, view, at(view, 10, 10), at(view, 30, 30))
    qtbot.keyClick(view, "p")
    assert [v[4] for v in values(pane)] == ["Person"]
    drag(qtbot, view, at(view, 50, 50), at(view, 70, 70))  # the label chosen last
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 90, 10))
    qtbot.keyClick(view, "c")  # nothing selected: only the label of new boxes changes
    assert [v[4] for v in values(pane)] == ["Person", "Person"]
    drag(qtbot, view, at(view, 75, 10), at(view, 95, 40))
    assert [v[4] for v in values(pane)] == ["Person", "Person", "Car"]
    assert validate_result(config, data, pane.result()) == []


def test_digits_label_boxes_when_labels_have_no_hotkeys(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png), TWO, config_xml=DIGIT_BOXES)
    view = image_view(pane)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    qtbot.keyClick(view, "2")
    assert [v[4] for v in values(pane)] == ["Person", "Person"]
    legend = [w for w in page(pane).findChildren(QAbstractButton) if w.accessibleName() == "Label Car"]
    assert [button.text() for button in legend] == ["[1] Car"]


def test_delete_backspace_and_undo(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png), TWO)
    view = image_view(pane)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 70, 60))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [region["id"] for region in pane.result()] == ["b1"]
    assert view.selected is None
    assert pane.undo() is True
    assert pane.result() == TWO
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert [region["id"] for region in pane.result()] == ["b2"]
    assert pane.undo() is True
    assert pane.undo() is False
    assert pane.result() == TWO


def test_undo_steps_back_through_box_edits(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png))
    view = image_view(pane)
    drag(qtbot, view, at(view, 10, 10), at(view, 30, 30))
    drawn = pane.result()
    drag(qtbot, view, at(view, 20, 20), at(view, 40, 30))
    moved = pane.result()
    assert moved != drawn
    for _ in range(3):  # nudges of one box in a row: one undo step
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, "p")
    assert pane.undo() is True
    assert values(pane)[0][4] == "Car"
    assert pane.undo() is True
    assert pane.result() == moved
    assert pane.undo() is True
    assert pane.result() == drawn
    assert pane.undo() is True
    assert pane.result() == []
    assert pane.undo() is False


# --- pre-fill and the box list -------------------------------------------------------------------------------


def test_prefilled_boxes_round_trip(pane: AnnotationPane, png: Path) -> None:
    config, data = show(pane, str(png), TWO)
    assert validate_result(config, data, TWO) == []
    assert pane.result() == TWO
    odd = [box(33.3333, 0, 66.6667, 100, "Car", "c1")]  # touches the right and bottom edges
    show(pane, str(png), odd)
    assert pane.result() == odd
    assert validate_result(config, data, pane.result()) == []


def test_rotated_boxes_are_kept_and_unknown_ones_dropped(pane: AnnotationPane, png: Path) -> None:
    rotated = box(10, 10, 20, 20, "Car", "r1")
    rotated["value"]["rotation"] = 30
    unknown = box(10, 10, 20, 20, "Truck", "u1")
    outside = box(90, 10, 20, 20, "Car", "o1")
    show(pane, str(png), [rotated, TWO[0], unknown, outside])
    assert pane.result() == [TWO[0], rotated]
    assert any("rotated" in text for text in texts(pane))


def test_accessible_names_and_the_box_list(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png), TWO)
    view = image_view(pane)
    assert view.accessibleName() == "Image"
    boxes = page(pane).findChild(QListWidget)
    assert boxes is not None
    assert boxes.accessibleName() == "Boxes"
    assert [boxes.item(i).text() for i in range(boxes.count())] == [
        "Box 1: Car at 10 %, 20 %",
        "Box 2: Person at 60 %, 50 %",
    ]
    boxes.setCurrentRow(1)  # choosing a row selects its box
    assert view.selected == "b2"
    assert view.accessibleDescription() == "Selected: Box 2: Person at 60 %, 50 %"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    assert boxes.currentRow() == 0


def test_the_image_view_takes_the_focus(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    pane.setFocus()
    show(pane, str(png), TWO)
    view = image_view(pane)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 20, 30))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert values(pane)[0][0] == 9


# --- where the image comes from ---------------------------------------------------------------------------------


def test_a_remote_image_is_not_fetched(pane: AnnotationPane) -> None:
    show(pane, "https://example.invalid/street.png", TWO)
    assert NOT_OFFLINE in texts(pane)
    assert page(pane).findChild(ImageView) is None
    assert pane.result() == TWO  # the boxes are kept as they are
    assert "Image tasks are not supported in the desktop app yet" not in texts(pane)
    show(pane, "/data/upload/2/street.png")  # Label Studio's server path, no local copy
    assert NOT_OFFLINE in texts(pane)


def test_the_local_copy_of_a_pulled_task_is_used(pane: AnnotationPane, png: Path) -> None:
    show(pane, "/data/upload/2/street.png", TWO, media={"image": str(png)})
    assert image_view(pane).image_size.width() == WIDTH
    assert pane.result() == TWO
    show(pane, str(png), media={"image": None})  # recorded as not available offline
    assert NOT_OFFLINE in texts(pane)


def test_a_pulled_task_reads_only_its_local_copies(pane: AnnotationPane, png: Path) -> None:
    show(pane, str(png), media={})  # a path in the platform's data is not the member's file
    assert NOT_OFFLINE in texts(pane)
    assert page(pane).findChild(ImageView) is None


def test_other_controls_on_a_shown_image_are_editable(qtbot: QtBot, pane: AnnotationPane, png: Path) -> None:
    xml = BOXES.replace(
        "</View>", '<Choices name="weather" toName="image"><Choice value="Sunny" hotkey="s"/></Choices></View>'
    )
    config, data = show(pane, str(png), config_xml=xml)
    assert "Image tasks are not supported in the desktop app yet" not in texts(pane)
    qtbot.keyClick(image_view(pane), "s")
    assert [region["value"] for region in pane.result()] == [{"choices": ["Sunny"]}]
    assert validate_result(config, data, pane.result()) == []


def test_a_file_url_is_a_local_file(pane: AnnotationPane, png: Path) -> None:
    show(pane, png.as_uri())
    assert image_view(pane).image_size.height() == HEIGHT


def test_an_unreadable_image_gets_a_calm_message(pane: AnnotationPane, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png at all")
    show(pane, str(broken), TWO)
    message = "This image can't be opened: broken.png is missing or is not an image file"
    assert message in texts(pane)
    assert pane.result() == TWO
    show(pane, str(tmp_path / "missing.png"))
    assert "This image can't be opened: missing.png is missing or is not an image file" in texts(pane)
    show(pane, str(tmp_path))  # a folder
    assert page(pane).findChild(ImageView) is None


# --- the pure parts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "http://example.invalid/a.png",
        "HTTPS://example.invalid/a.png",
        "s3://bucket/a.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "file://fileserver/share/a.png",
        "/data/upload/2/a.png",
        "images/a.png",
        "",
        None,
    ],
)
def test_only_local_absolute_images_are_read(value: object) -> None:
    assert local_image_path(value, "image", None) is None


def test_local_paths_and_file_urls(tmp_path: Path) -> None:
    path = tmp_path / "a b.png"
    assert local_image_path(str(path), "image", None) == path
    assert local_image_path(path.as_uri(), "image", None) == path
    assert local_image_path("file://localhost" + path.as_uri()[7:], "image", None) == path
    assert local_image_path("http://example.invalid/a.png", "image", {"image": str(path)}) == path
    assert local_image_path(str(path), "image", {"other": str(path)}) is None


def test_rounding_never_pushes_a_box_past_the_edge() -> None:
    edge = Box(33.33333333, 66.66666666, 66.66666667, 33.33333334, "Car", "b")
    value = box_value(edge)
    assert value["x"] == 33.3333
    assert value["x"] + value["width"] <= 100 + 1e-9  # type: ignore[operator]
    assert value["y"] + value["height"] <= 100 + 1e-9  # type: ignore[operator]


def test_an_image_task_from_a_batch_file_shows_its_image(qtbot: QtBot, services: Services, png: Path) -> None:
    """Issue 11.1: the workbench treated every task as pulled, so a batch file's own image never showed."""
    from coopclient.ui.main_window import MainWindow
    from coopclient.ui.ops import ImmediateExecutor, Ops

    batch = png.parent / "boxes.jsonl"
    batch.write_text(f'{{"image": "{png}"}}\n{{"image": "{png.as_uri()}"}}\n', encoding="utf-8")
    imported = services.batches.import_file(batch, parse_config(BOXES), "Street scenes")
    window = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    for task_id in window.workbench.task_ids(imported.batch_id):
        window.work.show_task(task_id)
        assert NOT_OFFLINE not in texts(window.pane)
        assert image_view(window.pane).image_size.width() == WIDTH
    window.close()
