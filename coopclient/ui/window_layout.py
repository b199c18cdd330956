"""The main window's layout: the side panel | the filter, the task table over the annotation pane's place |
the earnings panel docked below; built once, before any service exists (the window's first frame).

The texts are translated in the main window's context ("MainWindow"), where they have always been.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.labels import marked

if TYPE_CHECKING:
    from coopclient.ui.banners import FirstRunBanner, FloorBanner
    from coopclient.ui.views.sidebar import Sidebar

DOCK_HEIGHT, DOCK_SHARE = 340, 0.34  # the earnings panel's height: this in a full-size window, else this share


@dataclass(frozen=True)
class Frame:
    """The widgets of the window's frame that the window wires (the pane replaces ``split``'s second widget)."""

    sidebar: Sidebar
    filter: QComboBox
    table: QTableView
    column: QVBoxLayout
    banner: FirstRunBanner
    banner_floor: FloorBanner
    split: QSplitter
    earnings_dock: QDockWidget


def lay_out(window: QMainWindow, filters: Sequence[tuple[str, str]], full_size: bool) -> Frame:
    """Build the frame into ``window`` (its central widget and dock); ``filters``: (key, marked label) of the
    task filter; ``full_size``: the window has its designed height (a small screen shares the height out)."""
    from coopclient.ui.banners import FirstRunBanner, FloorBanner
    from coopclient.ui.task_view import task_table
    from coopclient.ui.views.sidebar import Sidebar

    sidebar = Sidebar(window)
    task_filter = QComboBox(window)
    task_filter.setAccessibleName(QCoreApplication.translate("MainWindow", "Show tasks"))
    for key, label in filters:
        task_filter.addItem(marked("MainWindow", label), key)
    table = task_table(window, QCoreApplication.translate("MainWindow", "Tasks"))
    placeholder = QLabel(QCoreApplication.translate("MainWindow", "Opening your work…"), window)
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    centre = QWidget(window)
    column = QVBoxLayout(centre)
    column.setContentsMargins(6, 6, 6, 6)
    banner, banner_floor = FirstRunBanner(window), FloorBanner(window)
    column.addWidget(banner)
    column.addWidget(banner_floor)
    top = QHBoxLayout()
    top.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Show:"), window))
    top.addWidget(task_filter)
    top.addStretch(1)
    column.addLayout(top)
    split = QSplitter(Qt.Orientation.Vertical, window)
    split.addWidget(table)
    split.addWidget(placeholder)
    split.setSizes([260 if full_size else 200, 560])  # a small screen: room for the task
    column.addWidget(split, 1)
    main = QSplitter(Qt.Orientation.Horizontal, window)
    main.addWidget(sidebar)
    main.addWidget(centre)
    main.setSizes([300, 1100])
    window.setCentralWidget(main)
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Earnings against the floor"), window)
    dock.setObjectName("earnings")
    dock.setWidget(QLabel(QCoreApplication.translate("MainWindow", "Loading…"), window))
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    # A share of a small screen's height: at 1366 × 768 a 340-pixel panel left the task's choices out of view.
    room = DOCK_HEIGHT if full_size else int(window.height() * DOCK_SHARE)
    window.resizeDocks([dock], [room], Qt.Orientation.Vertical)
    return Frame(sidebar, task_filter, table, column, banner, banner_floor, split, dock)
