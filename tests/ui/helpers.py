"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from mentor_desk.store import Store
from mentor_desk.ui.database import Database

WAIT_MS = 5_000
PAGE_SIZE = (1156, 740)  # the page area of a 1366×768 window beside the sidebar
Shown = TypeVar("Shown", bound=QWidget)


def run(qtbot, db: Database, job: Callable[[Store], Any]) -> Any:
    """Run a job on the database worker and wait for its result."""
    box: list[Any] = []
    db.run(job, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return box[0]


def shown(qtbot, widget: Shown) -> Shown:
    """Show a page at the size it has in the main window; closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    widget.show()
    return widget
