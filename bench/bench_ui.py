"""GUI figures on a 100,000-visit database: starting the app until its window shows against
starting a bare PySide6 window, building the main window in a running app, and a search
against a bare FTS5 query, all in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mentor_desk.demo import generate
from mentor_desk.store import Store

from common import Row, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
START_PROBE = Path(__file__).with_name("app_start.py")


def seconds_to_window(*arguments: str, repeat: int) -> float:
    """Best time from starting a process until its window reports being shown."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(START_PROBE), *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("shown"):
                best = min(best, time.perf_counter() - start)
                break
        child.wait(timeout=120)
    return best


def first_start_seconds(home: Path) -> float:
    """Start-up on a folder the app has not opened before (the role is not yet remembered,
    so the window waits for the database to open)."""
    best = float("inf")
    for _ in range(3):
        settings = home / "settings.ini"
        settings.unlink(missing_ok=True)
        best = min(best, seconds_to_window("app", str(home), repeat=1))
    return best


def rows(*, quick: bool) -> list[Row]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from mentor_desk.ui.app import ensure_application
    from mentor_desk.ui.database import Database
    from mentor_desk.ui.main_window import MainWindow
    from mentor_desk.ui.preferences import app_settings

    visits = 5_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch) / "home"
        with Store(home) as store:
            generate(store, seed=1, visits=visits)
            query = "ศูนย์เรียนรู้"
            search_seconds = timed(lambda: store.search(query), repeat=5)
            bare_seconds = timed(
                lambda: store.db.execute(
                    "SELECT rowid FROM visits_fts WHERE visits_fts MATCH ? LIMIT 50",
                    [f'"{query}"'],
                ).fetchall(),
                repeat=5,
            )
        bare_start = seconds_to_window("bare", repeat=5)
        first_start = first_start_seconds(home)
        seconds_to_window("app", str(home), repeat=1)  # remembers the role, as after any start
        app_start = seconds_to_window("app", str(home), repeat=5)
        app = ensure_application()

        def bare_window() -> None:
            window = QMainWindow()
            window.setCentralWidget(QLabel("Mentor Desk"))
            window.resize(1366, 768)
            window.show()
            QApplication.processEvents()
            window.close()

        db = Database(home)
        opened: list[object] = []
        db.opened.connect(opened.append)
        db.open()
        while not opened:
            app.processEvents()

        def main_window() -> None:
            window = MainWindow(db, app_settings(home), role="mentor")
            window.show()
            QApplication.processEvents()
            window.close()

        def main_window_with_data() -> None:
            window = MainWindow(db, app_settings(home), role="mentor")
            window.show()
            home_page = window.pages["home"]
            deadline = time.perf_counter() + 60
            while home_page.summary is None and time.perf_counter() < deadline:  # type: ignore[attr-defined]
                app.processEvents()
            window.close()

        bare = timed(bare_window, repeat=3)
        shown = timed(main_window, repeat=3)
        filled = timed(main_window_with_data, repeat=3)
        db.shutdown()
    return [
        Row(
            f"start to window shown ({visits:,} visits)",
            app_start,
            "start to bare PySide6 window shown",
            bare_start,
            note="target ≤ 2x",
        ),
        Row(
            f"first start on a folder, window shown ({visits:,})",
            first_start,
            "start to bare PySide6 window shown",
            bare_start,
        ),
        Row(
            f"main window built in a running app ({visits:,} visits)",
            shown,
            "bare window built in a running app",
            bare,
        ),
        Row(
            f"main window with home figures loaded ({visits:,} visits)",
            filled,
            "bare window built in a running app",
            bare,
        ),
        Row(
            f"search '{query}' ({visits:,} visits)",
            search_seconds,
            "bare FTS5 MATCH on visits",
            bare_seconds,
            note="target < 0.1 s",
        ),
    ]
