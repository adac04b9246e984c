"""Starting the app: fonts, language, the database worker, first run, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from mentor_desk.domain.thai_words import warm_up_in_background
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.fonts import register_fonts
from mentor_desk.ui.i18n import DEFAULT_LANGUAGE, set_language
from mentor_desk.ui.lock_screen import AppLockGuard
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.theme import APP_NAME, DEFAULT_TEXT_SIZE, ORGANISATION, TEXT_SIZES, stylesheet
from mentor_desk.ui.widgets.single_instance import (
    InstanceServer,
    ask_running_instance_to_show,
)

ROLE_SETTING = "profile/role"  # remembered so the window can show before the database opens


def ensure_application() -> QApplication:
    """The QApplication, created once, with the bundled font registered."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORGANISATION)
    register_fonts()
    assert isinstance(app, QApplication)
    return app


def apply_appearance(app: QApplication, settings: QSettings) -> None:
    """Language and text size from the settings (GUI thread)."""
    set_language(str(settings.value("language", DEFAULT_LANGUAGE)))
    size = TEXT_SIZES.get(str(settings.value("text_size", DEFAULT_TEXT_SIZE)), TEXT_SIZES["normal"])
    app.setStyleSheet(stylesheet(size))


def prepare_demo(home: Path) -> None:
    """Fill an empty data folder with the demo data set (before the window opens)."""
    from mentor_desk.demo import generate
    from mentor_desk.store import Store

    with Store(home) as store:
        if not any(store.counts().values()):
            generate(store, seed=1)


def run_app(*, home: Path, demo: bool = False) -> int:
    """Open the GUI on a data folder; returns the exit code."""
    app = ensure_application()
    home.mkdir(parents=True, exist_ok=True)
    if ask_running_instance_to_show(home):
        return 0  # the window already open on this folder came forward
    settings = app_settings(home)
    apply_appearance(app, settings)
    if demo:
        waiting = QProgressDialog(app.translate("App", "Preparing demo data…"), "", 0, 0)
        waiting.setCancelButton(None)
        waiting.setWindowModality(Qt.WindowModality.ApplicationModal)
        waiting.show()
        app.processEvents()
        prepare_demo(home)
        waiting.close()
    db = Database(home)
    windows: list[MainWindow] = []
    app_lock = AppLockGuard(home, settings, app)  # asks for the password, if one is set
    guard = InstanceServer(home, on_raise=lambda: bring_forward(windows))

    def show(role: str | None) -> None:
        window = MainWindow(db, settings, role=role)
        app_lock.attach(window)  # covered by the lock screen before it first shows
        window.show()
        for old in windows:  # a window built for the role remembered from last time
            old.close()
        windows[:] = [window]
        QTimer.singleShot(0, warm_up_in_background)  # the Thai dictionary, after the first paint
        db.run(lambda store: store.daily_backup_if_due())  # the rolling set under backups/

    def opened(profile: object) -> None:
        if profile is None:
            from mentor_desk.ui.first_run import FirstRunDialog

            dialog = FirstRunDialog()
            if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
                app.quit()
                return
            chosen = dialog.profile()
            settings.setValue("language", chosen.language)
            settings.setValue(ROLE_SETTING, chosen.role)
            db.run(lambda store: store.set_profile(chosen), on_done=lambda _: show(chosen.role))
            return
        role = getattr(profile, "role", None)
        if role != settings.value(ROLE_SETTING) or not windows:
            settings.setValue(ROLE_SETTING, role)
            show(role)  # first start on this folder, or the role changed since last time

    def failed(error: BaseException, trace: str) -> None:
        box = show_error(None, error, trace)
        box.finished.connect(app.quit)
        for window in windows:
            window.close()

    db.opened.connect(opened)
    db.open_failed.connect(failed)
    db.open()  # on the database thread; jobs the window asks for meanwhile wait for it
    remembered_role = settings.value(ROLE_SETTING)
    if remembered_role:
        show(str(remembered_role))
    code = app.exec()
    guard.close()
    db.shutdown()
    return int(code)


def bring_forward(windows: list[MainWindow]) -> None:
    """Show the open window in front (another start on the same folder asked for it)."""
    for window in windows:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
