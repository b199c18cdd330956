"""Break prompts and the daily soft cap on distressing work (issue 15), from the figures the panel reads.

Each time the earnings figures are read (after every heartbeat), :meth:`CarePrompt.consider` looks at today's
exposure (:mod:`coopclient.core.care`). After ``break_after`` of exposure with no rest it proposes a break of
``break_ms`` (once; again only after as much exposure more, or after a rest); once the day's soft cap is
reached it proposes unflagged work (once a day). The prompts are proposals in a window that does not block:
the member decides. *Take the break now* times the break with the manual timer's *Break* category (never
paid work), as the window wires it (:attr:`CarePrompt.take_break`); the member stops it with Ctrl+Shift+T.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from coopclient.core.care import Advice, hours_minutes

if TYPE_CHECKING:
    from coopclient.core.care import Exposure
    from coopclient.ui.port import WindowPort


class CarePrompt(QObject):
    """Proposes breaks and unflagged work as exposure grows."""

    def __init__(self, port: WindowPort) -> None:
        super().__init__(port)
        self.port = port
        self.box: QMessageBox | None = None  # the proposal on screen, if any
        self._break_asked_at: int | None = None  # the exposure since rest when a break was last proposed
        self._capped_said = False
        self.take_break: Callable[[], None] | None = None  # times a break (the window gives the manual timer's)

    def consider(self, exposure: Exposure | None) -> None:
        """Propose a break or other work if today's exposure calls for it (and it was not proposed already)."""
        if exposure is None:
            self._break_asked_at = None
            return
        if exposure.since_rest_ms < (self._break_asked_at or 0):
            self._break_asked_at = None  # the member rested since: the next stretch gets its own prompt
        if exposure.advice is Advice.CAPPED:
            if not self._capped_said:
                self._capped_said = True
                self._propose(
                    self.tr("Today's limit on distressing work"),
                    self.tr(
                        "You have spent {time} today on work marked as possibly distressing, the limit you set. "
                        "Consider other work for the rest of the day: a batch that is not marked."
                    ).format(time=hours_minutes(exposure.today_ms)),
                    self.tr("&OK"),
                )
            return
        self._capped_said = False  # below the cap: a new day, or a higher cap set
        if exposure.advice is not Advice.BREAK:
            return
        after = exposure.rules.break_after_ms
        if self._break_asked_at is not None and exposure.since_rest_ms < self._break_asked_at + after:
            return
        self._break_asked_at = exposure.since_rest_ms
        text = self.tr(
            "You have worked {time} on possibly distressing content without a rest. Take a {minutes}-minute "
            "break: step away from the screen."
        ).format(time=hours_minutes(exposure.since_rest_ms), minutes=exposure.rules.break_ms // 60_000)
        action = None
        if self.take_break is not None:
            text += " " + self.tr("Take the break now times it as a break, unpaid (Ctrl+Shift+T stops it).")
            action = (self.tr("&Take the break now"), self.take_break)
        self._propose(self.tr("Time for a break"), text, self.tr("&Not now"), action)

    def _propose(
        self, title: str, text: str, dismiss: str, action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """Show a proposal (closing the one before): a button ``dismiss`` closes it, ``action`` (its text, what
        it does) is the default."""
        if self.box is not None:
            self.box.close()
        parent = self.port.parent_widget
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
        if action is not None:
            button = box.addButton(action[0], QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(action[1])
            box.setDefaultButton(button)
        box.addButton(dismiss, QMessageBox.ButtonRole.RejectRole)
        box.setModal(False)  # a proposal: the work stays within reach
        self.box = box
        box.finished.connect(lambda _code: self._closed(box))
        box.show()
        self.port.notice.emit(title, text)  # a desktop notification too, if the window is behind

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
