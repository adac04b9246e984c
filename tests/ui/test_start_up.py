"""Start-up stays light: the window's screens are named without importing them, and opening
the app imports neither the store nor printing, sync, charts or the Thai dictionary on the
GUI thread before the window shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentor_desk.cli import app_arguments
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.screens import SCREENS

HEAVY_MODULES = (
    "sqlite_utils",
    "mentor_desk.store",
    "mentor_desk.sync",
    "mentor_desk.printing",
    "reportlab",
    "pyqtgraph",
    "numpy",
    "pythainlp",
    "geothai",
    "importlib.metadata",
)


def test_opening_the_app_imports_nothing_heavy_before_the_window() -> None:
    code = (
        "import sys, json\n"
        "import mentor_desk.cli, mentor_desk.ui.app, mentor_desk.ui.pages.home\n"
        f"print(json.dumps([m for m in {list(HEAVY_MODULES)!r} if m in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    ("argv", "opens_app"),
    [
        ([], True),
        (["--demo"], True),
        (["--home", "/tmp/x"], True),
        (["--home", "/tmp/x", "dump"], False),
        (["--version"], False),
        (["--help"], False),
        (["--self-test"], False),
    ],
)
def test_the_app_opens_only_without_a_command(argv: list[str], opens_app: bool) -> None:
    assert (app_arguments(argv) is not None) == opens_app


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_screen_is_named_as_its_page_names_itself(
    app: QApplication, db: Database, qtbot, language: str
) -> None:
    set_language(language)
    for screen in SCREENS:
        page_class = screen.page_class()
        assert page_class.key == screen.key
        page = page_class(db)
        qtbot.addWidget(page)
        assert page.title() == screen.translated_title() == page.heading.text()
        if language == "th":
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in page.title()), screen.key
        else:
            assert page.title() == screen.title


def test_the_window_builds_a_screen_when_it_is_first_opened(
    app: QApplication, db: Database, qtbot, home: Path
) -> None:
    from mentor_desk.ui.main_window import MainWindow
    from mentor_desk.ui.preferences import app_settings

    window = MainWindow(db, app_settings(home), role="mentor")
    qtbot.addWidget(window)
    assert list(window.pages) == ["home"]
    window.sidebar.setCurrentRow(window.screen_keys().index("search"))
    assert window.stack.currentWidget() is window.pages["search"]
    assert list(window.pages) == ["home", "search"]


# Runs the app in a child process (a finished QApplication.exec() spoils the test process's
# event loops): every 50 ms it prints the screens of the visible main window, and quits once
# that window has no district screen (or after 20 s).
WATCH_THE_WINDOW = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from mentor_desk.ui.app import run_app
from mentor_desk.ui.main_window import MainWindow

deadline = time.monotonic() + 20

def look():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    keys = windows[0].screen_keys() if len(windows) == 1 else []
    print(json.dumps(keys), flush=True)
    if (keys and "district_dashboard" not in keys) or time.monotonic() > deadline:
        QApplication.quit()
    else:
        QTimer.singleShot(50, look)

QTimer.singleShot(0, look)
sys.exit(run_app(home=Path(sys.argv[1])))
"""


def test_the_window_shows_at_once_for_the_remembered_role_and_follows_the_database(
    app: QApplication, home: Path
) -> None:
    from mentor_desk.store import Profile, Store
    from mentor_desk.ui.app import ROLE_SETTING
    from mentor_desk.ui.preferences import app_settings

    with Store(home) as store:
        store.set_profile(Profile(name="ครูสมศรี", role="mentor"))
    remembered = app_settings(home)
    remembered.setValue(ROLE_SETTING, "district")  # the folder was a district's last time
    remembered.sync()

    result = subprocess.run(
        [sys.executable, "-c", WATCH_THE_WINDOW, str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    notes = [json.loads(line) for line in result.stdout.splitlines()]
    assert "district_dashboard" in notes[0]  # shown before the database had opened
    assert notes[-1] and "district_dashboard" not in notes[-1]
    remembered.sync()
    assert remembered.value(ROLE_SETTING) == "mentor"
