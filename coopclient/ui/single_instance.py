"""One app per member and data folder: a second launch asks the running one to come forward, then ends.

The first instance listens on a local socket (QLocalServer) named from the member's user and the data
folder (``instance_name``, computed by the composition root); a later launch connects, writes one line and
quits. Only a local socket between two processes of the same user: nothing goes over the network.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
# A running instance answers a connect at once; this only bounds a launch against a dead socket file.
CONNECT_MS = 500


def instance_name(user: str, data_dir: str) -> str:
    """The socket's name: short (socket paths are limited), per user and data folder."""
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:20]
    return f"coopclient-{digest}"


class SingleInstance(QObject):
    """``claim()`` makes this the running instance, or hands over to the one running; ``raise_requested``
    fires in the running one each time another launch asks it to come forward."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        self._peers: list[QLocalSocket] = []

    def claim(self) -> bool:
        """True when this is now the running instance; False when another was told to come forward."""
        if self._tell_running():
            return False
        # No one answered: a socket file left by a crash would make listen() fail, so it goes first.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self._name):
            return True  # no single instance then, but never a member locked out of the app
        self._server = server
        return True

    def _tell_running(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self._name)
        try:
            if not socket.waitForConnected(CONNECT_MS):
                return False
            socket.write(RAISE)
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
            return True
        finally:
            socket.deleteLater()

    def _accept(self) -> None:
        assert self._server is not None
        while (peer := self._server.nextPendingConnection()) is not None:
            self._peers.append(peer)
            peer.readyRead.connect(self._read)
            self._read()

    def _read(self) -> None:
        """Each peer that wrote the line is answered once, then let go (deleted with the server at the end)."""
        for peer in list(self._peers):
            if peer.bytesAvailable() and bytes(peer.readAll().data()).startswith(RAISE.strip()):
                self._peers.remove(peer)
                peer.readyRead.disconnect(self._read)
                self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening (the app's end): the next launch becomes the running instance."""
        if self._server is not None:
            self._server.close()
