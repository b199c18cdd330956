"""The window's actions: every command with its shortcut, in a menu, and listed in the shortcuts sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass(frozen=True)
class Spec:
    """One action: its menu, text, shortcuts and what it does."""

    menu: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    slot: Callable[[], object]
    tip: str = ""


def build_actions(window: QMainWindow, specs: list[Spec]) -> dict[str, QAction]:
    """Create the actions and menus; returns the actions by their text (without '&')."""
    actions: dict[str, QAction] = {}
    menus: dict[str, object] = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        action = QAction(spec.text, window)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setProperty("menu", spec.menu.replace("&", ""))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.triggered.connect(lambda _checked=False, slot=spec.slot: slot())
        menus[spec.menu].addAction(action)  # type: ignore[attr-defined]
        window.addAction(action)  # shortcuts work wherever the focus is in the window
        actions[spec.text.replace("&", "")] = action
    return actions
