"""GUI figures on a 100,000-visit database: showing the main window against a bare PySide6
window, and a search against a bare FTS5 query, all in the same run."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from mentor_desk.demo import generate
from mentor_desk.store import Store

from common import Row, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
            f"main window shown ({visits:,} visits)",
            shown,
            "bare PySide6 window shown",
            bare,
            note="target ≤ 2x",
        ),
        Row(
            f"main window with home figures loaded ({visits:,} visits)",
            filled,
            "bare PySide6 window shown",
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
