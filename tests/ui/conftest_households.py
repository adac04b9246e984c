"""Helpers of the households and visit screen tests: running a store job on the database
worker and waiting for its answer, and a few records to work with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from mentor_desk.store import Store
from mentor_desk.ui.database import Database

JOB_TIMEOUT_MS = 10_000


def run_job(qtbot: Any, db: Database, job: Callable[[Store], Any]) -> Any:
    """Run `job(store)` on the worker thread (as the screens do) and return its result."""
    answer: dict[str, Any] = {}
    db.run(
        job,
        on_done=lambda result: answer.setdefault("result", result),
        on_error=lambda error, trace: answer.setdefault("error", error),
    )
    qtbot.waitUntil(lambda: bool(answer), timeout=JOB_TIMEOUT_MS)
    if "error" in answer:
        raise answer["error"]
    return answer["result"]


def put(qtbot: Any, db: Database, table: str, record: dict[str, Any]) -> str:
    """Create or update a record through the worker; returns its id."""
    return str(run_job(qtbot, db, lambda store: store.put(table, record).record.id))


def add_family(qtbot: Any, db: Database, head_name: str, **fields: Any) -> str:
    """A household in care with its head as the first member; returns the household id."""
    household_id = put(qtbot, db, "households", {"head_name": head_name, **fields})
    put(qtbot, db, "members", {"household_id": household_id, "name": head_name, "relation": "head"})
    return household_id


def type_text(widget: QWidget, text: str) -> None:
    """Type text into a widget as a keyboard would. QTest.keyClicks only knows Latin-1
    characters, so Thai arrives as one key press carrying the text (as an input method
    delivers it)."""
    press = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text
    )
    QApplication.sendEvent(widget, press)
