"""The database worker: one thread owns the Store; the GUI thread never touches SQLite.

Screens call `db.run(job, on_done=..., on_error=...)` where `job(store)` runs on the worker
thread and the callbacks run back on the GUI thread. Long jobs receive a `Progress` they
report to and check for cancellation; cancelling is not an error.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    # Imported on the worker thread when the store opens (sqlite-utils is slow to import),
    # so the window can show meanwhile.
    from mentor_desk.store import Store

Job = Callable[["Store"], Any]


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; not shown as an error."""


STEPS_PER_FILE = 100  # bar steps per file, for jobs that report within a file too


@dataclass
class Progress:
    """Shared between a long job (worker thread) and its progress dialog (GUI thread)."""

    report: Callable[[int, int, str], None] = lambda done, total, text: None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled()

    def report_files(self, done: int, total: int, text: str, *, part: float = 0.0) -> None:
        """Report a job over `total` files with `done` finished and `part` (0 to 1) of the
        next one, so that one large file moves the bar too."""
        steps = round(min(max(part, 0.0), 1.0) * STEPS_PER_FILE)
        self.report(done * STEPS_PER_FILE + steps, total * STEPS_PER_FILE, text)


class _Worker(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)
    opened = Signal(object)
    open_failed = Signal(object, str)

    def __init__(self, home: Path) -> None:
        super().__init__()
        self.home = home
        self.store: Store | None = None

    @Slot()
    def open_store(self) -> None:
        try:
            from mentor_desk.store import Store

            self.store = Store(self.home)
            self.opened.emit(self.store.profile)
        except Exception as error:
            self.open_failed.emit(error, traceback.format_exc())

    @Slot(int, object)
    def execute(self, job_id: int, job: Job) -> None:
        if self.store is None:
            self.failed.emit(job_id, RuntimeError("store not open"), "")
            return
        try:
            result = job(self.store)
        except Exception as error:
            self.failed.emit(job_id, error, traceback.format_exc())
        else:
            self.done.emit(job_id, result)

    @Slot()
    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class Database(QObject):
    """The GUI's handle on the store (lives on the GUI thread)."""

    _submit = Signal(int, object)
    _open = Signal()
    _close = Signal()
    opened = Signal(object)  # the Profile, or None before first run
    open_failed = Signal(object, str)
    changed = Signal(str)  # a table name, after any job that wrote to it

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self._thread = QThread()
        self._thread.setObjectName("database")
        self._worker = _Worker(home)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._open.connect(self._worker.open_store)
        self._close.connect(self._worker.close_store)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.opened.connect(self.opened)
        self._worker.open_failed.connect(self.open_failed)
        self._ids = itertools.count(1)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None] | None, Callable[..., None] | None]
        ] = {}
        self.error_handler: Callable[[BaseException, str], None] | None = None
        self._thread.start()

    def open(self) -> None:
        """Open the store on the worker thread; `opened` or `open_failed` follows."""
        self._open.emit()

    def run(
        self,
        job: Job,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        writes: str | None = None,
    ) -> int:
        """Run `job(store)` on the worker; callbacks come back on the GUI thread.

        `writes` names the table the job changes, so views showing it refresh afterwards.
        """
        job_id = next(self._ids)

        def finished(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if writes:
                self.changed.emit(writes)

        self._callbacks[job_id] = (finished, on_error)
        self._submit.emit(job_id, job)
        return job_id

    def restore_backup(
        self,
        source: Path,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> int:
        """Replace the data folder with a backup: the store is closed, restored and reopened
        on the worker thread, so no other job can run in between."""
        worker = self._worker

        def job(store: Store) -> None:
            from mentor_desk.store import Store

            store.close()
            try:
                Store.restore(worker.home, source)
            finally:
                worker.store = Store(worker.home)

        return self.run(job, on_done=on_done, on_error=on_error, writes="households")

    def idle(self) -> bool:
        """Whether every job handed to the worker has reported back (GUI thread)."""
        return not self._callbacks

    def shutdown(self) -> None:
        """Close the store and stop the worker thread (GUI thread, at exit)."""
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        on_done, _ = self._callbacks.pop(job_id, (None, None))
        if on_done is not None:
            on_done(result)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: BaseException, details: str) -> None:
        _, on_error = self._callbacks.pop(job_id, (None, None))
        if isinstance(error, Cancelled):
            return
        handler = on_error or self.error_handler
        if handler is not None:
            handler(error, details)
