"""The app lock on screen: asked at start and after idle time, with the window's content
hidden (not merely covered by a dialog) and input to it dropped; wrong passwords said in
Thai with a growing wait; set, change and remove in Settings, each audited."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QWidget

from mentor_desk.store import app_lock
from mentor_desk.store.app_lock import HashParameters, hash_password, is_locked, write_lock
from mentor_desk.ui import lock_screen
from mentor_desk.ui.database import Database
from mentor_desk.ui.lock_screen import AppLockGuard, LockScreen
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.widgets.app_lock_settings import CHANGE, REMOVE, SET, AppLockSettings
from tests.ui.helpers import WAIT_MS, run

QUICK = HashParameters(memory_kib=1024, iterations=1, lanes=1, length=32)
PASSWORD = "บ้านหนองบัว3"


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        app_lock.hash_password, "__kwdefaults__", {"parameters": QUICK, "salt": None}
    )


def lock_with(home: Path, password: str = PASSWORD) -> None:
    home.mkdir(parents=True, exist_ok=True)
    write_lock(home, hash_password(password, parameters=QUICK))


def record_window(qtbot) -> tuple[QMainWindow, QLabel]:
    window = QMainWindow()
    secret = QLabel("นางบัวผัน ศรีสุข บ้านเลขที่ 45/2")
    window.setCentralWidget(secret)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window, secret


def type_password(qtbot, screen: LockScreen, text: str) -> None:
    screen.password.setText(text)
    screen.try_unlock()
    qtbot.waitUntil(lambda: not screen._check.busy, timeout=WAIT_MS)


def test_the_lock_file_name_matches_the_store(app: QApplication) -> None:
    assert lock_screen.APP_LOCK_FILE == app_lock.APP_LOCK_FILE


def test_without_a_password_nothing_is_locked(app: QApplication, home: Path, qtbot) -> None:
    home.mkdir(parents=True)
    window, secret = record_window(qtbot)
    guard = AppLockGuard(home, QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    guard.attach(window)
    window.show()
    assert not guard.locked and guard.lock_screen is None and secret.isVisible()
    guard.last_input = time.monotonic() - 3600
    guard.check_idle()
    assert not guard.locked  # idle, but no password is set


def test_at_start_the_records_are_hidden_until_the_password_is_typed(
    app: QApplication, home: Path, qtbot
) -> None:
    lock_with(home)
    window, secret = record_window(qtbot)
    guard = AppLockGuard(home, QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    guard.attach(window)
    window.show()
    screen = guard.lock_screen
    assert guard.locked and screen is not None and screen.isVisible()
    assert not secret.isVisible()  # hidden, not just covered
    assert screen.geometry() == window.rect()
    assert not screen.forgotten.isVisible()
    screen.forgot_button.click()
    assert "app-lock.json" in screen.forgotten.text() and str(home) in screen.forgotten.text()

    type_password(qtbot, screen, "ผิด")
    assert screen.message.text() == "รหัสผ่านไม่ถูกต้อง โปรดลองใหม่"
    assert guard.locked and not secret.isVisible()
    type_password(qtbot, screen, "ผิดอีก")
    type_password(qtbot, screen, "ผิดครั้งที่สาม")
    assert "รอ 1 วินาที" in screen.message.text()
    assert not screen.password.isEnabled()  # a short wait after repeated failures
    qtbot.waitUntil(lambda: screen.password.isEnabled(), timeout=WAIT_MS)

    type_password(qtbot, screen, PASSWORD)
    assert not guard.locked and guard.lock_screen is None
    assert secret.isVisible()


def test_input_to_the_window_is_dropped_while_locked(app: QApplication, home: Path, qtbot) -> None:
    lock_with(home)
    window = QMainWindow()
    field = QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    guard = AppLockGuard(home, QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    guard.attach(window)
    window.show()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(field, press)
    assert field.text() == ""
    screen = guard.lock_screen
    assert screen is not None
    QApplication.sendEvent(screen.password, press)
    assert screen.password.text() == "a"  # the lock screen itself takes input


def test_after_idle_minutes_the_window_and_open_dialogs_are_covered(
    app: QApplication, home: Path, qtbot
) -> None:
    home.mkdir(parents=True)
    settings = QSettings(str(home / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(lock_screen.IDLE_MINUTES_SETTING, 5)
    window, secret = record_window(qtbot)
    guard = AppLockGuard(home, settings)
    guard.attach(window)
    window.show()
    dialog = QDialog(window)
    dialog.setWindowTitle("บันทึกการเยี่ยมบ้าน")
    dialog.show()
    lock_with(home)  # the password is set while the app runs
    guard.last_input = time.monotonic() - 4 * 60
    guard.check_idle()
    assert not guard.locked  # 4 of 5 minutes
    QApplication.sendEvent(
        secret, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    )
    assert time.monotonic() - guard.last_input < 1  # any key counts as use
    guard.last_input = time.monotonic() - 6 * 60
    guard.check_idle()
    assert guard.locked and not secret.isVisible()
    curtains = dialog.findChildren(QWidget, "lock_curtain")
    assert len(curtains) == 1 and curtains[0].geometry() == dialog.rect()
    assert dialog.isVisible()  # left open, so unsaved work in it is not lost
    screen = guard.lock_screen
    assert screen is not None
    type_password(qtbot, screen, PASSWORD)
    assert not guard.locked and secret.isVisible()
    qtbot.waitUntil(lambda: not dialog.findChildren(QLabel.__base__, "lock_curtain"))  # type: ignore[arg-type]


def test_set_change_and_remove_in_settings_ask_the_right_passwords_and_are_audited(
    db: Database, qtbot
) -> None:
    widget = AppLockSettings(db, app_settings(db.home))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.set_button.isVisible() and not widget.remove_button.isVisible()

    dialog = widget.open_dialog(SET)
    dialog.new.setText("1234")
    dialog.repeat.setText("1235")
    dialog.submit()
    assert dialog.message.text() == "รหัสผ่านใหม่สองช่องไม่ตรงกัน"
    dialog.new.setText("12")
    dialog.repeat.setText("12")
    dialog.submit()
    assert "อย่างน้อย 4" in dialog.message.text()
    dialog.new.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.submit()
    assert is_locked(db.home)
    assert widget.change_button.isVisible() and not widget.set_button.isVisible()

    dialog = widget.open_dialog(CHANGE)
    dialog.current.setText("ไม่ใช่")
    dialog.new.setText("รหัสใหม่ดีกว่า")
    dialog.repeat.setText("รหัสใหม่ดีกว่า")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() == "รหัสผ่านปัจจุบันไม่ถูกต้อง", timeout=WAIT_MS)
    dialog.current.setText(PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.submit()

    dialog = widget.open_dialog(REMOVE)
    assert not dialog.new.isVisible()
    dialog.current.setText("รหัสใหม่ดีกว่า")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.submit()
    assert not is_locked(db.home) and widget.set_button.isVisible()

    def lock_entries() -> list[dict[str, object]]:
        events = run(qtbot, db, lambda store: store.audit_log())
        return [e.summary for e in reversed(events) if e.action == "app-lock"]

    qtbot.waitUntil(lambda: len(lock_entries()) == 3, timeout=WAIT_MS)
    assert lock_entries() == [{"change": "set"}, {"change": "changed"}, {"change": "removed"}]


def test_the_idle_minutes_are_a_setting(db: Database, qtbot) -> None:
    settings = app_settings(db.home)
    widget = AppLockSettings(db, settings)
    qtbot.addWidget(widget)
    assert widget.idle.currentData() == 10  # the default
    widget.idle.setCurrentIndex(widget.idle.findData(30))
    assert lock_screen.idle_minutes(settings) == 30
    assert "30 นาที" in widget.idle.currentText()
