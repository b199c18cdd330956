"""The idle dialog: what was the stretch the member was away? Kept, discarded, or moved to a category.

Idle time is never paid or dropped silently (design brief): until the member chooses, the span stays
``pending`` and is left out of every wage.

Keyboard: K keeps, D discards, M moves to the chosen category (plain keys, and Alt+K/D/M as mnemonics).
Enter presses the default button, *Keep*: nothing is lost that way, the time stays on the record as work.
Escape, or closing the window, means *decide later*: :meth:`IdleDialog.decision` returns None and the span
stays pending.

The dialog appears when the member comes back, often mid-keystroke, so the choices stay disabled for a short
moment after it is shown (like a browser's security delay): a stray key cannot decide for the member.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.core.timer import IdleDecision
from coopclient.ui.dialogs._time import clock_range
from coopclient.ui.labels import category_text

ARM_DELAY_MS = 600
"""How long the choices stay disabled after the dialog appears."""

_WIDTH_CHARS = 60  # the dialog's minimum width, in average characters

MOVE_TARGETS: tuple[Category, ...] = (*UNPAID_CATEGORIES, Category.BREAK)
"""Where idle time can be moved: the unpaid work categories, and a break."""


class IdleDialog(QDialog):
    """Ask the member what an idle stretch was.

    Args:
        start_ms: the idle span's start, UTC milliseconds.
        end_ms: its end, UTC milliseconds.
        tz: the member's zone, for the clock times shown.
        parent: the window.
        arm_delay_ms: how long the choices stay disabled after the dialog is shown (0 in tests).
    """

    def __init__(
        self,
        start_ms: int,
        end_ms: int,
        tz: tzinfo,
        parent: QWidget | None = None,
        arm_delay_ms: int = ARM_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._decision: tuple[IdleDecision, Category | None] | None = None
        self._arm_delay_ms = arm_delay_ms
        self.setWindowTitle(self.tr("Welcome back"))
        self.message = self._make_message(start_ms, end_ms, tz)
        self.keep_button = self._make_button(self.tr("&Keep: it was work"), self.tr("Keep the time as work"))
        self.discard_button = self._make_button(self.tr("&Discard: it was not work"), self.tr("Discard the time"))
        self.move_button = self._make_button(self.tr("&Move to:"), self.tr("Move the time to the chosen category"))
        self.category_combo = self._make_category_combo()
        self.later_button = self._make_button(self.tr("Decide &later"), self.tr("Decide later"))
        self._choices = (self.keep_button, self.discard_button, self.move_button, self.category_combo)
        self._lay_out()
        self._connect()
        self.keep_button.setDefault(True)

    # -- result ----------------------------------------------------------------------------------------

    def decision(self) -> tuple[IdleDecision, Category | None] | None:
        """The member's choice: ``(KEEP, None)``, ``(DISCARD, None)`` or ``(REASSIGN, category)``.

        None until a choice is made, and after Escape or *Decide later*: the idle time stays pending.
        """
        return self._decision

    # -- building --------------------------------------------------------------------------------------

    def _make_message(self, start_ms: int, end_ms: int, tz: tzinfo) -> QLabel:
        text = self.tr("You were away for {duration} ({times}).").format(
            duration=self._duration_text(end_ms - start_ms), times=clock_range(start_ms, end_ms, tz)
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _duration_text(self, ms: int) -> str:
        """``"45 s"``, ``"12 min"`` or ``"1 h 05 min"``, rounded to the nearest second or minute."""
        seconds = max(0, round(ms / 1000))
        if seconds < 60:
            return self.tr("{seconds} s").format(seconds=seconds)
        hours, minutes = divmod(round(seconds / 60), 60)
        if not hours:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)

    def _make_button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        return button

    def _make_category_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for category in MOVE_TARGETS:
            combo.addItem(category_text(category), category)
        combo.setAccessibleName(self.tr("Category to move the time to"))
        return combo

    def _lay_out(self) -> None:
        hint = QLabel(self.tr("This time is not counted until you decide what it was."), self)
        hint.setWordWrap(True)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_button)
        move_row.addWidget(self.category_combo, 1)
        later_row = QHBoxLayout()
        later_row.addStretch(1)
        later_row.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        for widget in (self.message, hint, self.keep_button, self.discard_button):
            layout.addWidget(widget)
        layout.addLayout(move_row)
        layout.addSpacing(8)
        layout.addLayout(later_row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_CHARS)
        for first, second in zip(self._choices, (*self._choices[1:], self.later_button), strict=True):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.keep_button.clicked.connect(lambda: self._decide(IdleDecision.KEEP))
        self.discard_button.clicked.connect(lambda: self._decide(IdleDecision.DISCARD))
        self.move_button.clicked.connect(lambda: self._decide(IdleDecision.REASSIGN))
        self.later_button.clicked.connect(self.reject)
        self._keys = {Qt.Key.Key_K: self.keep_button, Qt.Key.Key_D: self.discard_button, Qt.Key.Key_M: self.move_button}
        for widget in self._choices:  # the combo would take the letters for its own search
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """K, D and M choose even when a button or the category list has the focus."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._choose_by_key(event):
            return True
        return super().eventFilter(watched, event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        button = self._keys.get(Qt.Key(event.key()))
        if button is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        button.click()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """K, D and M choose (handled here rather than as shortcuts, so they work whatever has focus in the
        dialog). click() does nothing while a button is disabled, so the arming delay covers the keys too."""
        if not self._choose_by_key(event):
            super().keyPressEvent(event)

    # -- behaviour -------------------------------------------------------------------------------------

    def _decide(self, decision: IdleDecision) -> None:
        # Qt hands item data back as a plain str: rebuild the enum.
        category = Category(self.category_combo.currentData()) if decision is IdleDecision.REASSIGN else None
        self._decision = (decision, category)
        self.accept()

    def reject(self) -> None:
        """Decide later: the idle time stays pending (not paid, not dropped)."""
        self._decision = None
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        """Disable the choices for a moment, so keys typed as the dialog appears decide nothing."""
        super().showEvent(event)
        if self._arm_delay_ms > 0:
            self._set_armed(False)
            QTimer.singleShot(self._arm_delay_ms, self, lambda: self._set_armed(True))

    def arm(self) -> None:
        """Enable the choices now (the arming delay has passed)."""
        self._set_armed(True)

    def _set_armed(self, armed: bool) -> None:
        for widget in self._choices:
            widget.setEnabled(armed)
        if armed:
            self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
