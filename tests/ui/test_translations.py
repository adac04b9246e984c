"""Every string on screen has Thai, and the compiled catalogue is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_visible_string_is_in_the_thai_catalogue() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "assets" / "translations" / "update.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_switching_language_changes_the_main_window(qtbot, app, db) -> None:
    from mentor_desk.ui.i18n import set_language
    from mentor_desk.ui.main_window import MainWindow
    from mentor_desk.ui.preferences import app_settings

    window = MainWindow(db, app_settings(db.home))
    qtbot.addWidget(window)

    def labels() -> list[str]:
        return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]

    thai = labels()
    set_language("en")  # widgets hear of it through a posted LanguageChange event
    qtbot.waitUntil(lambda: labels()[0] == "Home")
    english = labels()
    set_language("th")
    qtbot.waitUntil(lambda: labels()[0] == "หน้าหลัก")
    assert thai == labels()
    assert all(t != e for t, e in zip(thai, english, strict=True))
    assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in text) for text in thai)
