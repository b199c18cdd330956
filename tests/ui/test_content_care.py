"""Issue 15, part 1: care around distressing content, as the member meets it.

A batch file's content warning is said before the import, and the member can decline; the images of a flagged
batch are *shown* in grey and blurred (checked on the pixels the view paints, not on a flag), sharp only while
the reveal key or the mouse is held; the look-ahead prepares the transformed image; a flagged task's text is
collapsed behind its warning with a Show button reached by the keyboard.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QScrollArea, QStatusBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopclient.core.care import ContentCare, Exposure
from coopclient.core.clock import local_day
from coopclient.core.labeling import parse_config
from coopclient.services.container import Services
from coopclient.ui.annotation import AnnotationPane
from coopclient.ui.annotation.care_views import CollapsedText
from coopclient.ui.annotation.image_loader import PENDING, ImageLoader
from coopclient.ui.annotation.image_view import ImageView
from coopclient.ui.annotation.object_views import LoadingImage, load_image
from coopclient.ui.annotation.softened import softened
from coopclient.ui.annotation.text_view import TaskTextView
from coopclient.ui.care_prompt import CarePrompt
from coopclient.ui.commands import Commands
from coopclient.ui.file_commands import FileCommands
from coopclient.ui.import_batch import ImportDialog
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.port import WindowPort
from coopclient.ui.views.earnings_panel import EarningsPanel
from tests.fakes import FakeClock

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
WARNED = '{"content_warning": "graphic violence"}\n{"text": "a"}\n{"text": "b"}\n'


class Bare:
    """The file commands over a plain widget (as tests/ui/test_window_port.py)."""

    def __init__(self, qtbot: QtBot, services: Services) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.bar = QStatusBar(self.widget)
        QVBoxLayout(self.widget).addWidget(self.bar)
        self.ops = Ops(ImmediateExecutor())
        self.port = WindowPort(self.ops, services, self.widget, self.bar, lambda _t: QMessageBox(self.widget))


@pytest.fixture
def bare(qtbot: QtBot, services: Services) -> Iterator[Bare]:
    port = Bare(qtbot, services)
    yield port
    port.port.closing.emit()
    port.ops.shutdown()


def _import_warned(qtbot: QtBot, bare: Bare, tmp_path: Path) -> FileCommands:
    batch = tmp_path / "warned.jsonl"
    batch.write_text(WARNED, encoding="utf-8")
    config = tmp_path / "warned.xml"
    config.write_text(CONFIG, encoding="utf-8")
    files = FileCommands(bare.port)
    files.import_file()
    dialog = files.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.file.setText(str(batch))
    dialog.config.setText(str(config))
    dialog.accept()
    qtbot.waitUntil(lambda: files.warning_box is not None)
    return files


def test_a_warned_batch_is_said_before_the_import_and_declining_imports_nothing(
    qtbot: QtBot, bare: Bare, services: Services, tmp_path: Path
) -> None:
    files = _import_warned(qtbot, bare, tmp_path)
    box = files.warning_box
    assert box is not None and "graphic violence" in box.text()
    assert box.defaultButton().text() == "&Don't import"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: files.warning_box is None)
    assert not services.batches.has_tasks()
    assert bare.bar.currentMessage() == "Not imported: warned.jsonl"


def test_accepting_the_warning_imports_the_batch_flagged(
    qtbot: QtBot, bare: Bare, services: Services, tmp_path: Path
) -> None:
    files = _import_warned(qtbot, bare, tmp_path)
    box = files.warning_box
    assert box is not None
    accept = next(b for b in box.buttons() if b.text() == "&Import it")
    accept.click()
    qtbot.waitUntil(lambda: services.batches.has_tasks())
    assert services.batches.flag(1) == "graphic violence"


# --- viewing ------------------------------------------------------------------------------------------------

BOXES = parse_config(
    """
<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="objects" toName="image"><Label value="Car"/></RectangleLabels>
</View>
"""
)
NER = parse_config(
    '<View><Labels name="label" toName="text"><Label value="PER"/></Labels><Text name="text" value="$text"/></View>'
)
CARE = ContentCare("graphic violence")


def colourful(folder: Path, name: str = "scene.png") -> Path:
    """A 480×270 picture of many small saturated blocks: colour everywhere, sharp edges everywhere."""
    image = QImage(480, 270, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    pick = random.Random(15)
    for x in range(0, 480, 6):
        for y in range(0, 270, 6):
            hue = pick.randrange(360)
            painter.fillRect(x, y, 6, 6, QColor.fromHsv(hue, 255, pick.choice((90, 255))))
    painter.end()
    path = folder / name
    assert image.save(str(path))
    return path


class SofteningRecorder:
    """The app's transform, noting the thread of each call."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def __call__(self, image: QImage) -> QImage:
        self.threads.append(threading.current_thread())
        return softened(image)


@pytest.fixture
def ops() -> Iterator[Ops]:
    lanes = Ops()  # real lanes: decoding and softening run on the network lane's pool
    yield lanes
    lanes.shutdown(wait_network=True)


@pytest.fixture
def recorder() -> SofteningRecorder:
    return SofteningRecorder()


@pytest.fixture
def loader(ops: Ops, recorder: SofteningRecorder) -> ImageLoader:
    return ImageLoader(load_image, ops.run_aside, soften=recorder)


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
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the reveal key is watched in the active window only
    return annotation


def page(pane: AnnotationPane) -> QWidget:
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    widget = scroll.widget()
    assert widget is not None
    return widget


def shown_view(qtbot: QtBot, pane: AnnotationPane) -> ImageView:
    qtbot.waitUntil(lambda: page(pane).findChild(ImageView) is not None)
    view = page(pane).findChild(ImageView)
    assert view is not None
    return view


def painted(view: ImageView) -> QImage:
    """What the view puts on screen, inside the image's rectangle (boxes and frame aside)."""
    view.repaint()
    rect = view.image_rect().toRect().adjusted(4, 4, -4, -4)
    return view.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)


def samples(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(1, image.width() - 1, 7) for y in range(1, image.height() - 1, 5)]


def is_grey(image: QImage) -> bool:
    return all(c.red() == c.green() == c.blue() for c in samples(image))


def roughness(image: QImage) -> float:
    """The mean difference between horizontally neighbouring pixels (all channels): edges make it high."""
    total, count = 0, 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width() - 1, 2):
            a, b = image.pixelColor(x, y), image.pixelColor(x + 1, y)
            total += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            count += 1
    return total / max(1, count)


def test_a_flagged_image_is_painted_grey_and_blurred_and_sharp_only_while_f2_is_held(
    qtbot: QtBot, pane: AnnotationPane, recorder: SofteningRecorder, tmp_path: Path
) -> None:
    pane.show_task(BOXES, {"image": str(colourful(tmp_path))}, None, care=CARE)
    view = shown_view(qtbot, pane)
    soft = painted(view)
    assert is_grey(soft)
    assert recorder.threads and threading.main_thread() not in recorder.threads  # softened on a lane

    qtbot.keyPress(pane.window(), Qt.Key.Key_F2)
    sharp = painted(view)
    assert not is_grey(sharp)  # the original, in colour
    assert roughness(soft) < 0.1 * roughness(sharp)  # and the softened one has almost no edges left

    qtbot.keyRelease(pane.window(), Qt.Key.Key_F2)
    again = painted(view)
    assert is_grey(again) and roughness(again) < 0.1 * roughness(sharp)


def test_an_unflagged_image_is_painted_as_it_is(qtbot: QtBot, pane: AnnotationPane, tmp_path: Path) -> None:
    pane.show_task(BOXES, {"image": str(colourful(tmp_path))}, None)
    assert not is_grey(painted(shown_view(qtbot, pane)))


def test_holding_the_mouse_on_a_flagged_image_reveals_it_until_release(
    qtbot: QtBot, pane: AnnotationPane, tmp_path: Path
) -> None:
    pane.show_task(BOXES, {"image": str(colourful(tmp_path))}, None, care=CARE)
    view = shown_view(qtbot, pane)
    centre = view.image_rect().center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    assert not is_grey(painted(view))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(1, 0))
    assert is_grey(painted(view))


def test_the_member_may_turn_blur_off_for_flagged_work(qtbot: QtBot, pane: AnnotationPane, tmp_path: Path) -> None:
    pane.show_task(BOXES, {"image": str(colourful(tmp_path))}, None, care=ContentCare("x", blur=False))
    assert not is_grey(painted(shown_view(qtbot, pane)))


def test_the_look_ahead_prepares_the_softened_image(
    qtbot: QtBot, pane: AnnotationPane, loader: ImageLoader, recorder: SofteningRecorder, tmp_path: Path
) -> None:
    path = colourful(tmp_path, "next.png")
    with qtbot.waitSignal(loader.ready):
        pane.prefetch(BOXES, {"image": str(path)}, None, soft=True)  # the next task, while this one is worked on
    assert len(recorder.threads) == 1 and threading.main_thread() not in recorder.threads
    assert isinstance(loader.image(path, soft=True), QImage)  # ready: no placeholder, no wait

    pane.show_task(BOXES, {"image": str(path)}, None, care=CARE)
    assert page(pane).findChild(LoadingImage) is None
    view = page(pane).findChild(ImageView)
    assert view is not None and view.softened
    assert is_grey(painted(view))
    assert len(recorder.threads) == 1  # shown from what the look-ahead made: not softened again


def test_a_plain_image_asked_for_softened_is_softened_again_off_the_gui_thread(
    qtbot: QtBot, loader: ImageLoader, recorder: SofteningRecorder, tmp_path: Path
) -> None:
    path = colourful(tmp_path)
    with qtbot.waitSignal(loader.ready):
        loader.request(path)
    assert isinstance(loader.image(path), QImage) and not recorder.threads
    assert loader.image(path, soft=True) is PENDING  # the batch was flagged since: softened on the lane
    qtbot.waitUntil(lambda: isinstance(loader.image(path, soft=True), QImage))
    assert threading.main_thread() not in recorder.threads


def test_a_flagged_text_waits_behind_its_warning_until_show_is_pressed(qtbot: QtBot, pane: AnnotationPane) -> None:
    pane.setFocus()
    pane.show_task(NER, {"text": "Ada Lovelace wrote"}, None, care=CARE)
    collapsed = page(pane).findChild(CollapsedText)
    assert collapsed is not None and "graphic violence" in collapsed.label.text()
    assert page(pane).findChild(TaskTextView) is None  # not on the page at all
    pane.setFocus()
    assert collapsed.button.hasFocus()  # the keyboard reaches Show first
    qtbot.keyClick(collapsed.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page(pane).findChild(TaskTextView) is not None)
    view = page(pane).findChild(TaskTextView)
    assert view is not None and view.toPlainText() == "Ada Lovelace wrote"
    assert page(pane).findChild(CollapsedText) is None


def test_a_flagged_text_is_shown_when_the_member_does_not_hide_text(qtbot: QtBot, pane: AnnotationPane) -> None:
    pane.show_task(NER, {"text": "Ada"}, None, care=ContentCare("x", hide_text=False))
    assert page(pane).findChild(TaskTextView) is not None


# --- exposure -----------------------------------------------------------------------------------------------

MINUTE = 60_000


def work_on(services: Services, clock: FakeClock, task_id: int, minutes: int) -> None:
    """The member works on a task for ``minutes`` on the fake clock, a heartbeat every 15 s."""
    services.timer.focus_task(task_id)
    for _ in range(minutes * 4):
        clock.advance(15_000)
        services.timer.input_seen()
        services.timer.heartbeat()


def exposure_now(services: Services, clock: FakeClock) -> Exposure | None:
    now = clock.now().wall_ms
    return services.workbench.exposure(local_day(now, clock.tz), now)


@pytest.fixture
def two_batches(services: Services, tmp_path: Path) -> tuple[int, int]:
    """The first task of a plain batch and of a warned one."""
    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"text": "p1"}\n{"text": "p2"}\n', encoding="utf-8")
    warned = tmp_path / "warned.jsonl"
    warned.write_text(WARNED, encoding="utf-8")
    config = parse_config(CONFIG)
    first = services.batches.import_file(plain, config, "Plain")
    second = services.batches.import_file(warned, config, "Warned")
    return services.workbench.task_ids(first.batch_id)[0], services.workbench.task_ids(second.batch_id)[0]


def test_exposure_counts_only_flagged_work_and_shows_beside_the_day_s_hours(
    qtbot: QtBot, services: Services, clock: FakeClock, two_batches: tuple[int, int]
) -> None:
    plain, flagged = two_batches
    work_on(services, clock, plain, 30)
    work_on(services, clock, flagged, 20)
    services.timer.stop()
    exposure = exposure_now(services, clock)
    assert exposure is not None and exposure.today_ms == 20 * MINUTE

    panel = EarningsPanel()
    qtbot.addWidget(panel)
    now = clock.now().wall_ms
    panel.show_summary(services.workbench.earnings(local_day(now, clock.tz), None, now))
    assert panel.exposure.text() == "exposure today 20:00 (limit 4:00:00)"
    assert not panel.exposure.isHidden()


def test_after_50_minutes_of_exposure_a_break_is_proposed_once_and_after_the_cap_other_work(
    qtbot: QtBot, bare: Bare, services: Services, clock: FakeClock, two_batches: tuple[int, int]
) -> None:
    _plain, flagged = two_batches
    prompt = CarePrompt(bare.port)
    commands = Commands(bare.port)
    prompt.take_break = commands.start_break
    work_on(services, clock, flagged, 49)
    prompt.consider(exposure_now(services, clock))
    assert prompt.box is None  # 49 minutes: not yet

    work_on(services, clock, flagged, 2)
    prompt.consider(exposure_now(services, clock))
    box = prompt.box
    assert box is not None and box.windowTitle() == "Time for a break"
    assert "10-minute break" in box.text() and not box.isModal()
    box.reject()  # Not now
    qtbot.waitUntil(lambda: prompt.box is None)
    work_on(services, clock, flagged, 5)
    prompt.consider(exposure_now(services, clock))
    assert prompt.box is None  # proposed already: not at every heartbeat

    work_on(services, clock, flagged, 50)  # another 50 minutes without a rest: proposed again
    prompt.consider(exposure_now(services, clock))
    again = prompt.box
    assert again is not None and again.defaultButton().text() == "&Take the break now"
    again.defaultButton().click()
    qtbot.waitUntil(lambda: services.timer.manual_status() is not None)
    manual = services.timer.manual_status()
    assert manual is not None and manual.category == "break"  # timed as a break, never paid
    clock.advance(11 * MINUTE)  # the break
    services.timer.stop_manual()
    services.settings.apply({"care_cap_min": 120})
    work_on(services, clock, flagged, 15)  # 121 minutes today
    with qtbot.waitSignal(bare.port.notice) as notice:  # also a desktop notification when the window is behind
        prompt.consider(exposure_now(services, clock))
    assert notice.args[0] == "Today's limit on distressing work"
    capped = prompt.box
    assert capped is not None and capped.windowTitle() == "Today's limit on distressing work"
    assert "not marked" in capped.text()
    capped.close()


# --- the member's own mark ----------------------------------------------------------------------------------


def test_the_member_marks_a_batch_as_distressing_from_the_task_menu_and_unmarks_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from coopclient.ui.main_window import MainWindow

    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"text": "p1"}\n{"text": "p2"}\n', encoding="utf-8")
    batch = services.batches.import_file(plain, parse_config(CONFIG), "Plain").batch_id
    window = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.attached)
    window.work.open_batch(batch)
    qtbot.waitUntil(lambda: window.work.current is not None)
    assert page(window.pane).findChild(TaskTextView) is not None
    next(b for b in page(window.pane).findChildren(QAbstractButton) if "Negative" in b.text()).click()

    mark = window.actions_by_name["Mark this batch as distressing (or unmark it)"]
    mark.trigger()
    qtbot.waitUntil(lambda: page(window.pane).findChild(CollapsedText) is not None)
    assert services.batches.flag(batch) == "marked by you"
    assert page(window.pane).findChild(TaskTextView) is None
    assert window.pane.result()[0]["value"] == {"choices": ["Negative"]}  # the answer so far is kept

    mark.trigger()
    qtbot.waitUntil(lambda: page(window.pane).findChild(TaskTextView) is not None)
    assert services.batches.flag(batch) is None
    window.close()


def test_the_task_list_hides_the_text_of_flagged_tasks_unless_the_member_shows_text(
    services: Services, two_batches: tuple[int, int]
) -> None:
    plain, flagged = two_batches
    rows = services.workbench.summaries([plain, flagged])
    assert rows[plain].preview == "p1" and not rows[plain].hidden
    assert rows[flagged].preview == "" and rows[flagged].hidden
    services.settings.apply({"care_hide_text": False})
    assert services.workbench.summaries([flagged])[flagged].preview == "a"


def test_the_care_settings_are_offered_in_minutes(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QSpinBox

    from coopclient.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog({}, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.editors["care_blur"], QCheckBox) and dialog.editors["care_blur"].isChecked()
    cap = dialog.editors["care_cap_min"]
    assert isinstance(cap, QSpinBox)
    assert cap.value() == 240 and cap.suffix() == " min"  # once shown as "240 s"
    assert cap.toolTip() == "From 0 to 1440 minutes"
    cap.setValue(1441)
    assert "from 0 to 1440 minutes, not 1441" in dialog.error_labels["care_cap_min"].text()
    heartbeat = dialog.editors["heartbeat_s"]
    assert isinstance(heartbeat, QSpinBox) and heartbeat.suffix() == " s"


def test_a_large_photo_is_blurred_as_strongly_as_a_small_one() -> None:
    """Shapes 40 px wide on a 1080p photo disappear: a fixed 24× shrink kept them (pixel spread 48 of 255)."""
    board = QImage(1920, 1080, QImage.Format.Format_RGB32)
    board.fill(QColor("white"))
    painter = QPainter(board)
    for x in range(0, 1920, 40):
        for y in range(0, 1080, 40):
            if (x // 40 + y // 40) % 2:
                painter.fillRect(x, y, 40, 40, QColor("black"))
    painter.end()
    soft = softened(board)
    values = [soft.pixelColor(x, y).red() for x in range(0, soft.width(), 3) for y in range(0, soft.height(), 3)]
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    assert spread < 20
    assert soft.width() == 640 and is_grey(soft)
