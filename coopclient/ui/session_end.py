"""Ending the app cleanly when the system asks: SIGTERM (a shutdown, ``kill``), SIGHUP, SIGINT, and log-out.

Without this, SIGTERM killed the process like a crash: the next start found the session open and asked the
member to confirm a recovered span. Qt's event loop runs in C++, so a Python signal handler would run only
when Python next gets control; the signal is written to a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches, and the app then quits through the window's own close, which ends the session
at its last heartbeat with the reason ``shutdown``. A log-out (the session manager's ``commitDataRequest``)
and any other quit (``aboutToQuit``) close the windows the same way.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class SessionEnd(QObject):
    """Turns the system's requests to end into a clean close of every window (keep a reference to it)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            signal.signal(number, lambda *_: None)  # the wakeup byte does the work, in the event loop
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signalled)
        app.commitDataRequest.connect(lambda _manager: self.end())
        app.aboutToQuit.connect(app.closeAllWindows)

    def _signalled(self) -> None:
        try:
            self._reader.recv(64)  # drain: one close whatever the number of signals
        except BlockingIOError:
            return
        self.end()

    def end(self) -> None:
        """Close every window (each ends its work cleanly), then quit."""
        self._app.closeAllWindows()
        self._app.quit()
