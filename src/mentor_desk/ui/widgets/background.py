"""Slow work that does not touch the database (hashing a password) on Qt's thread pool, so
the window keeps answering; the result comes back to the GUI thread as a signal."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class BackgroundCall(QObject):
    """Runs one function at a time on the global thread pool. Lives on the GUI thread; keep
    it alive (give it a parent) until `done` or `failed` has arrived."""

    done = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.done.connect(self._finished)
        self.failed.connect(self._finished)

    def start(self, work: Callable[[], Any]) -> None:
        """GUI thread: run `work()` on a pool thread; `done(result)` or `failed(error,
        details)` follows, delivered on the GUI thread (a queued signal)."""
        self.busy = True

        def job() -> None:
            try:
                result = work()
            except Exception as error:
                self.failed.emit(error, traceback.format_exc())
            else:
                self.done.emit(result)

        QThreadPool.globalInstance().start(job)

    def _finished(self, *_: object) -> None:
        self.busy = False
