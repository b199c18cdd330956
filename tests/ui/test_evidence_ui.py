"""*Task → Evidence pack for this task…* in the real window: asks where, writes the shown task's pack, which
verifies offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.services.evidence import verify_pack
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_shown_tasks_pack_is_written_where_asked(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.actions_by_name["Import the demo batch"].trigger()  # its first task is shown
    qtbot.waitUntil(lambda: window.work.current is not None)
    assert window.work.current is not None
    task_id = window.work.current.task.id
    window.actions_by_name["Evidence pack for this task…"].trigger()
    dialog = window.files.save_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == f"Evidence pack for task {task_id}"
    out = tmp_path / "pack.zip"
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: "Evidence pack written" in window.statusBar().currentMessage())
    assert window.files.save_dialog is None
    names = verify_pack(out)
    assert "task.json" in names and "summary.txt" in names
