"""The window's banners, shown above the tasks: the first run's demo offer, the missing wage floor, and the
co-op ledger's warning. Each is a plain widget with its buttons; who builds it wires them, the window places
it (the ledger's command group builds its own and never touches the window's layout)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# Colours carrying their own contrast (≥ 4.5:1), like the earnings panel's chips: the same in light and dark.
WARNING_COLOURS = ("#c62828", "#ffffff")


def _row(banner: QWidget, text: str) -> tuple[QHBoxLayout, QLabel]:
    row = QHBoxLayout(banner)
    label = QLabel(text, banner)
    label.setWordWrap(True)
    row.addWidget(label, 1)
    banner.setVisible(False)
    return row, label


class FirstRunBanner(QWidget):
    """No tasks yet: offers the demo batch (``demo``, the button; the window wires it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row, _ = _row(self, self.tr("No tasks yet. Try the demo batch — 44 short tasks, no account or network needed."))
        self.demo = QPushButton(self.tr("Try the &demo batch"), self)
        self.demo.setAccessibleName(self.tr("Try the demo batch"))
        row.addWidget(self.demo)

    def offer(self, first_run: bool) -> None:
        """Shown on a first run (no task yet), with the focus on the demo: Enter tries it."""
        self.setVisible(first_run)
        if first_run:
            self.demo.setDefault(True)
            self.demo.setFocus()


class FloorBanner(QWidget):
    """No wage floor set yet: ``button`` opens the settings (the window wires it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row, _ = _row(self, self.tr("No wage floor set yet: set the co-op's floor to see which hours fall below it."))
        self.button = QPushButton(self.tr("Set the &floor…"), self)
        row.addWidget(self.button)


class LedgerBanner(QFrame):
    """The co-op ledger failed a check: the warning's ``text``, *What I share…* and *Hide warning*.

    Args:
        parent: the widget it is shown in.
        show_shared: opens *What I share*.
        dismiss: hides the warning until a new one comes.
    """

    def __init__(self, parent: QWidget, show_shared: Callable[[], None], dismiss: Callable[[], None]) -> None:
        super().__init__(parent)
        background, foreground = WARNING_COLOURS
        self.setObjectName("ledgerWarning")
        self.setStyleSheet(
            f"QFrame#ledgerWarning {{ background: {background}; border-radius: 4px; }}"
            f" QFrame#ledgerWarning QLabel {{ color: {foreground}; }}"
        )
        row, self.text = _row(self, "")
        self.text.setAccessibleName(self.tr("Co-op ledger warning"))
        details = QPushButton(self.tr("What I sha&re…"), self)
        details.clicked.connect(show_shared)
        hide = QPushButton(self.tr("Hide &warning"), self)
        hide.setAccessibleName(self.tr("Hide the co-op ledger warning"))
        hide.clicked.connect(dismiss)
        row.addWidget(details)
        row.addWidget(hide)
