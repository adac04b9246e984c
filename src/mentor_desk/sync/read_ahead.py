"""Reading a bundle's records on a second thread while SQLite writes the ones before.

Checking a record is Python work; writing records and keeping the search index is mostly
SQLite's own work, during which Python's interpreter lock is free. A reader thread that runs
only then (inside `overlap()` blocks, or while the caller waits for records) uses the second
core that even an old laptop has, and never slows the caller's own Python work, which it
would if both competed for the lock. The caller's thread keeps the database and its
transaction to itself: the reader thread never touches them.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

BATCH = 2000
QUEUE_BATCHES = 4
TURN_ITEMS = 8  # items read between looks at whether the reader may run
# A thread coming back from SQLite waits for the reader to hand over the interpreter lock:
# up to this long, instead of the default 5 ms each time.
SWITCH_INTERVAL = 0.0005
_POLL_SECONDS = 0.05
_END = object()


class ReadAhead(Generic[T]):
    """Runs the iterator `make()` on a reader thread, a batch ahead of the caller.

    Use as a context manager; `items()` gives the iterator's items in order, and raises any
    exception of the reader thread where it happened in the sequence. The reader runs only
    while the caller waits for items or is inside `overlap()`; with `freely`, at any time
    (for work that itself frees the interpreter lock most of the time: inflating, hashing).
    Leaving the context (early too, on an error while writing) stops the reader and waits
    for it, so nothing keeps reading the file behind the caller's back.
    """

    def __init__(
        self, make: Callable[[], Iterator[T]], *, batch: int = BATCH, freely: bool = False
    ) -> None:
        self._make = make
        self._batch = batch
        self._freely = freely
        self._handoff: queue.Queue[object] = queue.Queue(maxsize=QUEUE_BATCHES)
        self._stop = threading.Event()
        self._may_run = threading.Event()
        if freely:
            self._may_run.set()
        self._thread = threading.Thread(target=self._read, name="bundle-reader", daemon=True)
        self._switch_interval = 0.0

    def __enter__(self) -> ReadAhead[T]:
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._may_run.set()  # a reader waiting for its turn sees the stop
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)

    @contextmanager
    def overlap(self) -> Iterator[None]:
        """Let the reader work while the block runs: for statements that run long inside
        SQLite (not for fetching rows one by one, where each row needs the lock back)."""
        if self._freely:
            yield
            return
        self._may_run.set()
        try:
            yield
        finally:
            self._may_run.clear()

    def items(self) -> Iterator[T]:
        while True:
            with self.overlap():
                chunk = self._handoff.get()
            if chunk is _END:
                return
            if isinstance(chunk, BaseException):
                raise chunk
            yield from chunk  # type: ignore[misc]

    def _read(self) -> None:
        try:
            iterator = self._make()
            while not self._stop.is_set():
                chunk: list[T] = []
                for n in range(self._batch):
                    if n % TURN_ITEMS == 0:  # a turn: a few items between looks at the switch
                        self._may_run.wait()
                        if self._stop.is_set():
                            return
                    try:
                        chunk.append(next(iterator))
                    except StopIteration:
                        break
                if chunk and not self._put(chunk):
                    return
                if len(chunk) < self._batch:
                    break
        except BaseException as error:  # handed to the caller's thread, raised there
            self._put(error)
            return
        self._put(_END)

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._handoff.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False
