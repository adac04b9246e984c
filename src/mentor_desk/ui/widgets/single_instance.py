"""One window per data folder: a second start brings the first window forward.

The first instance listens on a local socket named after its data folder; a second start on
the same folder connects, asks it to show itself and exits. (The data folder's file lock in
`store.lock` is what actually keeps a second writer out; this is the friendly face of it.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
RAISE_MESSAGE = b"raise\n"


def server_name(home: Path) -> str:
    """A socket name unique to the data folder (short enough for every platform)."""
    digest = hashlib.sha256(str(home.resolve()).encode("utf-8")).hexdigest()[:24]
    return f"mentor-desk-{digest}"


def ask_running_instance_to_show(home: Path) -> bool:
    """True if another instance has this folder open and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same folder and calls `on_raise` (GUI thread)."""

    def __init__(
        self, home: Path, on_raise: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.on_raise = on_raise
        self.server = QLocalServer(self)
        name = server_name(home)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crashed instance
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.on_raise()

    def close(self) -> None:
        self.server.close()
