"""One writer per data folder: a lock file held for the life of a Store.

The GUI and the command line each open the data folder through a Store; two of them writing
at once could interleave an import with a restore, or a migration with a save. The lock is
an OS file lock (`flock` on Linux and macOS, `msvcrt.locking` on Windows) on
`<home>/mentor-desk.lock`: the operating system drops it when the process ends, however it
ends, so a crash or a pulled power cord never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from pathlib import Path

from mentor_desk.domain.errors import StoreError

LOCK_NAME = "mentor-desk.lock"
DEFAULT_WAIT_SECONDS = 3.0
POLL_SECONDS = 0.05


class DataFolderBusyError(StoreError):
    """Another Mentor Desk program has this data folder open."""


class DataFolderLock:
    """An exclusive lock on a data folder, held by this process; `release` (or process exit)
    frees it.

    The lock keeps other processes out. Within one process it is shared and counted: the
    process already serialises its own work (the GUI has one database worker), and a test or
    a helper opening a second Store on the same folder must not deadlock against itself.
    """

    def __init__(self, key: str, path: Path) -> None:
        self._key: str | None = key
        self.path = path

    @classmethod
    def acquire(cls, home: Path, *, wait: float = DEFAULT_WAIT_SECONDS) -> DataFolderLock:
        """Take the lock, waiting up to `wait` seconds for another program to let go."""
        home.mkdir(parents=True, exist_ok=True)
        path = home / LOCK_NAME
        key = str(path.resolve())
        with _HELD_GUARD:
            if key in _HELD:
                fd, count = _HELD[key]
                _HELD[key] = (fd, count + 1)
                return cls(key, path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            fd = os.open(path, os.O_RDONLY)  # a read-only folder: a lock still keeps order
        deadline = time.monotonic() + wait
        while True:
            if _try_lock(fd):
                with _HELD_GUARD:
                    if key in _HELD:  # another thread of this process got there first
                        os.close(fd)
                        held, count = _HELD[key]
                        _HELD[key] = (held, count + 1)
                    else:
                        _HELD[key] = (fd, 1)
                return cls(key, path)
            if time.monotonic() >= deadline:
                os.close(fd)
                raise DataFolderBusyError(
                    "ข้อมูลชุดนี้กำลังเปิดอยู่ในสมุดพี่เลี้ยงอีกหน้าต่างหนึ่ง "
                    "โปรดปิดหน้าต่างนั้นก่อน แล้วลองใหม่ (ไม่ได้แก้ไขข้อมูลใด ๆ)",
                    f"{home} is locked by another Mentor Desk process ({path})",
                )
            time.sleep(POLL_SECONDS)

    @property
    def held(self) -> bool:
        return self._key is not None

    def release(self) -> None:
        if self._key is None:
            return
        key, self._key = self._key, None
        with _HELD_GUARD:
            fd, count = _HELD.pop(key)
            if count > 1:
                _HELD[key] = (fd, count - 1)
                return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


_HELD: dict[str, tuple[int, int]] = {}  # lock file → (descriptor, holders in this process)
_HELD_GUARD = threading.Lock()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
