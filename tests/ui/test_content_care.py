"""Issue 15, part 1: care around distressing content, as the member meets it.

A batch file's content warning is said before the import, and the member can decline; the images of a flagged
batch are *shown* in grey and blurred (checked on the pixels the view paints, not on a flag), sharp only while
the reveal key or the mouse is held; the look-ahead prepares the transformed image; a flagged task's text is
collapsed behind its warning with a Show button reached by the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QStatusBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.ui.file_commands import FileCommands
from coopclient.ui.import_batch import ImportDialog
from coopclient.ui.ops import ImmediateExecutor, Ops
from coopclient.ui.port import WindowPort

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
