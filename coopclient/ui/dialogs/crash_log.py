"""The crash log offered at the next start: its text, *Copy* (to paste it into a message, if the member
chooses to) and *Close*. Nothing is sent; the log stays in the data folder's ``logs/``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from coopclient.system.crashlog import CrashLog
    from coopclient.ui.ops import Ops


class CrashLogDialog(QDialog):
    """Shows a crash log, read-only.

    Args:
        text: the log's text.
        where: the log file's path, shown so the member can find it again.
        parent: the window.
    """

    def __init__(self, text: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("coopclient stopped unexpectedly last time"))
        intro = QLabel(
            self.tr(
                "A log of what went wrong was kept on this computer ({path}). It holds no task content and no "
                "token. Nothing is sent: copy it into a message to the co-op if you want help."
            ).format(path=where),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Crash log"))
        buttons = QDialogButtonBox(self)
        self.copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def copy_text(self) -> None:
        """Put the whole log on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def offer_crash_log(parent: QWidget, ops: Ops, crash: CrashLog) -> None:
    """At start: read the newest crash log not yet shown (off the GUI thread) and, if there is one, show it
    once; it is marked seen when the dialog closes."""

    def show(found: tuple[Path, str] | None) -> None:
        if found is None:
            return
        path, text = found
        dialog = CrashLogDialog(text, str(path), parent)
        dialog.finished.connect(lambda _code: ops.run_aside(lambda: crash.mark_seen(path)))
        dialog.open()  # parented to the window, which keeps it alive

    ops.run_aside(crash.unseen, success=show)
