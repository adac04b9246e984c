"""Retention in Settings: the households past the chosen period are counted, listed for
confirmation and erased only after the user agrees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.widgets import retention_settings
from mentor_desk.ui.widgets.retention_settings import RETENTION_SETTING, RetentionSettings
from tests.ui.helpers import WAIT_MS, run

LONG_AGO_MS = 1_500_000_000_000  # July 2017


@pytest.fixture
def old_db(app: QApplication, home: Path, qtbot) -> Iterator[Database]:
    with Store(home) as store:
        store.clock.wall = lambda: LONG_AGO_MS  # closed in 2017
        for name in ("นายสมชาย ใจดี", "นางบุญมี ศรีสุข"):
            store.put("households", {"head_name": name, "status": "moved"})
        store.put("households", {"head_name": "นางยังดูแล อยู่", "status": "active"})
    database = Database(home)
    with qtbot.waitSignal(database.opened, timeout=10_000):
        database.open()
    yield database
    database.shutdown()


def test_households_past_the_period_are_erased_after_confirmation(
    old_db: Database, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = RetentionSettings(old_db, app_settings(old_db.home))
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: len(widget.due) == 2, timeout=WAIT_MS)
    assert widget.state.text() == "มี 2 ครอบครัวที่ปิดการดูแลมาเกิน 5 ปีแล้ว"
    assert widget.erase_button.isEnabled()
    shown: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(
            QMessageBox,
            "exec",
            lambda self: shown.append(self.text() + self.informativeText()) or button,
        )

    answer(QMessageBox.StandardButton.No)
    assert not widget.confirm_erase()
    assert "นายสมชาย ใจดี" in shown[0] and "ลบเลยไหม" in shown[0] and "2560" in shown[0]
    answer(QMessageBox.StandardButton.Yes)
    assert widget.confirm_erase()
    qtbot.waitUntil(lambda: widget.state.text().startswith("ลบข้อมูล 2 ครอบครัว"), timeout=WAIT_MS)
    names = run(qtbot, old_db, lambda store: [h.head_name for h in store.records("households")])
    assert names == ["นางยังดูแล อยู่"]


def test_never_keeps_everything(old_db: Database, qtbot) -> None:
    settings = app_settings(old_db.home)
    widget = RetentionSettings(old_db, settings)
    qtbot.addWidget(widget)
    widget.years.setCurrentIndex(widget.years.findData(retention_settings.NEVER))
    assert settings.value(RETENTION_SETTING) == "never"
    assert retention_settings.retention_years(settings) is None
    assert not widget.erase_button.isEnabled()
    assert "จนกว่าจะลบเอง" in widget.state.text()
