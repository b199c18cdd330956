"""Starting the desktop app: one instance per member and data folder, the language, a restore waiting to be
swapped in, the crash hooks, then the main window (:class:`~coopclient.ui.main_window.MainWindow`) and Qt's
event loop until it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coopclient.ui.main_window import MainWindow
from coopclient.ui.ops import Ops

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coopclient.services.container import Services
    from coopclient.system.crashlog import CrashLog


def run(
    open_services: Callable[[], Services],
    instance: str | None = None,
    crash: CrashLog | None = None,
    claimed: Callable[[], object] | None = None,
    language: str = "system",
) -> int:
    """Start the desktop app in ``language`` (a choice of the ``language`` setting): the window first, the store
    opened in the background; returns the exit code.

    With ``instance`` (a single-instance name, :mod:`coopclient.ui.single_instance`), a launch while another
    runs on the same data folder brings that one's window forward and ends with 0. ``claimed`` runs once this
    launch owns the data folder, before the window (a restore swapped in, the crash hooks installed). With
    ``crash``, the ops' names go into its trail and a crash log not yet shown is offered once.
    """
    from coopclient.ui.application import desktop_app
    from coopclient.ui.single_instance import SingleInstance

    app, ending = desktop_app(language)
    guard = SingleInstance(instance, app) if instance is not None else None
    if guard is not None and not guard.claim():
        return 0
    if claimed is not None:
        claimed()
    ops = Ops(trail=crash.trail.note) if crash is not None else None
    window = MainWindow(open_services=open_services, ops=ops)
    if guard is not None:
        guard.raise_requested.connect(lambda: _come_forward(window))
    window.show()
    if crash is not None:
        from coopclient.ui.dialogs.crash_log import offer_crash_log

        offer_crash_log(window, window.ops, crash)
    code = int(app.exec())
    if guard is not None:
        guard.close()
    del ending
    if window.attached:
        window.services.close()
    return code


def _come_forward(window: QWidget) -> None:
    """Another launch asked for the app: show the window (un-minimised) above the others."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
