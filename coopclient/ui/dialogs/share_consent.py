"""The consent dialog, asked before the first sync with the co-op ledger: exactly what would be sent, and
what never is.

Every payload the sync would send is listed (day, platform, kind of task); the selected one is shown as its
exact figures, the JSON that goes into the signed entry (indented for reading), so the member agrees to what
is really sent rather than to a description of it. *Share* gives consent; *Not now* (or Escape) sends
nothing. Neither is the default button: Enter alone never shares.

The dialog only shows what it is given; the window reads the preview and records the choice in the background.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopclient.ui.screen_fit import resize_within_screen
from coopclient.ui.views.sharing_view import payload_text_edit


class Share(Protocol):
    """One payload of the preview (``coopclient.coop.sharing.PendingShare``)."""

    @property
    def day(self) -> object: ...
    @property
    def platform(self) -> str: ...
    @property
    def task_kind(self) -> str: ...
    @property
    def text(self) -> str: ...


def share_label(day: object, platform: str, task_kind: str, correction: bool = False) -> str:
    """``"2026-11-20 · label-studio · image"``: how a payload is named in lists (a correction says so)."""
    return f"{day} · {platform} · {task_kind}" + (" (correction)" if correction else "")


class ShareConsentDialog(QDialog):
    """Show the payloads a sync would send and ask *Share* or *Not now*.

    Args:
        shares: the preview, in the order they would be sent.
        server_url: the co-op ledger's address.
        pseudonym: the member's pseudonym on it (``m-…``).
        parent: the window.
    """

    def __init__(self, shares: Sequence[Share], server_url: str, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with the co-op ledger?"))
        self._shares = list(shares)
        self.summary = QLabel(self._summary_text(server_url, pseudonym), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = self._make_list()
        self.text = self._make_text()
        # Plain buttons, not a QDialogButtonBox: a button box makes its first accept button the default, and
        # Enter alone must never share.
        self.share_button = QPushButton(self.tr("&Share"), self)
        self.not_now_button = QPushButton(self.tr("&Not now"), self)
        for button in (self.share_button, self.not_now_button):
            button.setAutoDefault(False)
        self.share_button.clicked.connect(self.accept)
        self.not_now_button.clicked.connect(self.reject)
        self._lay_out()
        if self._shares:
            self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def shown_text(self) -> str:
        """The payload text on screen now."""
        return self.text.toPlainText()

    def labels(self) -> list[str]:
        """The list's rows as shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    # -- building --------------------------------------------------------------------------------------

    def _summary_text(self, server_url: str, pseudonym: str) -> str:
        if not self._shares:
            return self.tr(
                "No finished day is waiting to be shared yet. If you agree, each day's figures will be sent to "
                "{server} under your pseudonym {pseudonym} once the day is over, in the form shown below."
            ).format(server=server_url, pseudonym=pseudonym)
        return self.tr(
            "If you agree, these %n payload(s) are sent now to {server} under your pseudonym {pseudonym}, each "
            "in an entry signed with your key that adds only an entry id, its kind, your public key and, for a "
            "correction, the entry it replaces. After that, each day's figures are sent the same way once the "
            "day is over. Select a payload to see exactly the figures that would be sent.",
            "",
            len(self._shares),
        ).format(server=server_url, pseudonym=pseudonym)

    def _make_list(self) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(self.tr("Payloads that would be sent"))
        for share in self._shares:
            # A day whose figures changed since they were shared is sent again, superseding the first entry.
            correction = getattr(share, "supersedes", None) is not None
            item = QListWidgetItem(share_label(share.day, share.platform, share.task_kind, correction))
            widget.addItem(item)
        widget.currentRowChanged.connect(self._show_row)
        widget.setVisible(bool(self._shares))
        return widget

    def _make_text(self) -> QPlainTextEdit:
        edit = payload_text_edit(self)
        edit.setAccessibleName(self.tr("Exact text of the selected payload"))
        if not self._shares:
            edit.setPlainText(self._form_text())
        return edit

    def _form_text(self) -> str:
        """What one day's payload holds, for when no day is due yet."""
        return self.tr(
            "day: the date (never a time of day)\n"
            "platform: the type of platform, such as label-studio (never an account or address)\n"
            "task_kind: the kind of task, such as image or choices\n"
            "active_s: seconds of active work\n"
            "unpaid_s: seconds of unpaid work by category (searching, qualification, …)\n"
            "tasks_done, rejections: counts\n"
            "earnings: what you earned, by currency"
        )

    def _never_sent(self) -> QGroupBox:
        box = QGroupBox(self.tr("Never sent"), self)
        text = QLabel(
            "\n".join(
                "• " + line
                for line in (
                    self.tr("your name, e-mail, platform accounts, tokens or worker ids"),
                    self.tr("task texts, your answers, task or project ids, addresses (URLs)"),
                    self.tr("times of day: only the date of a day, once it is over"),
                    self.tr("fees and payouts: only what you earned"),
                )
            ),
            box,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        return box

    def _good_to_know(self) -> QLabel:
        label = QLabel(
            self.tr(
                "The ledger is append-only and signed: what is sent stays in it, and a changed day is sent as a "
                "correction. You can pause sharing at any time (Co-op → Pause sharing); Co-op → What I share "
                "lists everything sent."
            ),
            self,
        )
        label.setWordWrap(True)
        return label

    def _lay_out(self) -> None:
        payloads = QHBoxLayout()
        payloads.addWidget(self.list, 2)
        payloads.addWidget(self.text, 5)
        list_label = QLabel(self.tr("&Payloads"), self)
        list_label.setBuddy(self.list if self._shares else self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(list_label)
        layout.addLayout(payloads, 1)
        layout.addWidget(self._never_sent())
        layout.addWidget(self._good_to_know())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.not_now_button)
        layout.addLayout(buttons)
        resize_within_screen(self, 860, 640)

    # -- behaviour -------------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        self.text.setPlainText(self._shares[row].text if 0 <= row < len(self._shares) else "")
