"""Issue 11: the annotation keys act on the pane wherever the focus rests in the main window.

With the focus in the side panel (where it rests on every second start) or in the task table, "1"
type-to-searched the list (in the table: it jumped to task 10) instead of choosing "Positive".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from coopclient.services.container import Services
from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import ImmediateExecutor, Ops


@pytest.fixture
def window(qtbot: QtBot, demo: Services) -> Iterator[MainWindow]:
    w = MainWindow(demo, ops=Ops(ImmediateExecutor()))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def chosen(window: MainWindow) -> list[str]:
    return [c for region in window.pane.result() for c in region["value"].get("choices", [])]


@pytest.mark.parametrize("focus", ["start", "sidebar", "table", "filter"])
def test_a_digit_chooses_wherever_the_focus_rests(qtbot: QtBot, window: MainWindow, focus: str) -> None:
    assert window.work.current is not None and window.work.current.task.seq == 1  # the sentiment batch
    widgets = {"start": window.sidebar, "sidebar": window.sidebar, "table": window.table, "filter": window.filter}
    if focus != "start":
        widgets[focus].setFocus()
    target = QApplication.focusWidget()
    assert target is not None
    if focus != "start":  # at start it rests where the window put it (today: the side panel)
        assert target is widgets[focus]
    qtbot.keyClick(target, "1")
    assert chosen(window) == ["Positive"]
    assert window.work.current.task.seq == 1  # the table did not jump to task 10
    assert QApplication.focusWidget() is target  # the focus stays where the member left it


def test_a_digit_chooses_from_a_list_made_later(qtbot: QtBot, window: MainWindow) -> None:
    """A task's own list (the boxes of an image task) is made with the task; its search ate the keys too."""
    later = QListWidget(window.pane)
    later.addItems(["2 boxes", "1 box"])
    later.show()
    later.setFocus()
    qtbot.keyClick(later, "1")
    assert chosen(window) == ["Positive"]
    assert later.currentItem().text() != "1 box"  # not searched


def test_a_digit_in_a_dialog_stays_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = QDialog(window)
    listed = QListWidget(dialog)
    listed.addItems(["0", "1"])
    dialog.show()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    listed.setFocus()
    qtbot.keyClick(listed, "1")
    assert listed.currentRow() == 1  # the list's own search
    assert chosen(window) == []


def test_a_digit_still_types_in_a_text_field(qtbot: QtBot, window: MainWindow) -> None:
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, "1")
    assert field.text() == "1"
    assert chosen(window) == []
