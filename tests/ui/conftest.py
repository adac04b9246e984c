"""Fixtures of the GUI tests: the application as Mentor Desk sets it up (Sarabun, style
sheet, language) and a database worker over a fresh data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentor_desk.ui.app import ensure_application
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import DEFAULT_LANGUAGE, set_language
from mentor_desk.ui.theme import DEFAULT_TEXT_SIZE, TEXT_SIZES, stylesheet


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt's application fixture, replaced by the app's own set-up."""
    return ensure_application()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application in Thai (the default) with the normal text size; back to Thai after."""
    qapp.setStyleSheet(stylesheet(TEXT_SIZES[DEFAULT_TEXT_SIZE]))
    set_language(DEFAULT_LANGUAGE)
    yield qapp
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def db(app: QApplication, home: Path, qtbot) -> Iterator[Database]:
    """A database worker on a fresh data folder, open and ready for jobs."""
    home.mkdir(parents=True, exist_ok=True)
    database = Database(home)
    with qtbot.waitSignal(database.opened, timeout=10_000):
        database.open()
    yield database
    database.shutdown()
