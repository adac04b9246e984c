"""Every screen rendered in Thai and in English at 1366×768 into docs/screenshots/.

The pictures are the user guide's illustrations; this test also fails if a screen cannot be
built or shown on realistic data in either language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mentor_desk.demo import generate
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.first_run import FirstRunDialog
from mentor_desk.ui.i18n import set_language
from mentor_desk.ui.main_window import MainWindow
from mentor_desk.ui.preferences import app_settings
from mentor_desk.ui.screens import SCREENS
from mentor_desk.ui.theme import WINDOW_SIZE

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo") / "home"
    with Store(home) as store:
        generate(store, seed=1, today=TODAY)
    return home


@pytest.fixture(scope="module")
def record_ids(demo_home: Path) -> dict[str, str]:
    """Records to open in the editors, read before any window holds the data folder."""
    return _record_ids(demo_home)


@pytest.fixture
def window(app: QApplication, demo_home: Path, qtbot) -> Iterator[MainWindow]:
    db = Database(demo_home)
    with qtbot.waitSignal(db.opened, timeout=20_000):
        db.open()
    main = MainWindow(db, app_settings(demo_home))
    qtbot.addWidget(main)
    main.resize(*WINDOW_SIZE)
    main.show()
    yield main
    main.close()
    qtbot.waitUntil(db.idle, timeout=20_000)
    db.shutdown()


def _settle(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(window.db.idle, timeout=20_000)
    QApplication.processEvents()


def _record_ids(home: Path) -> dict[str, str]:
    with Store(home) as store:
        household = store.households_due_for_visit(TODAY)[0].household.id
        return {
            "household": household,
            "visit": store.visits_for_household(household)[0].id
            if store.visits_for_household(household)
            else "",
            "activity": store.records("activities")[0].id,
            "lesson": store.records("lessons")[0].id,
        }


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_screen_renders_in_both_languages(
    record_ids: dict[str, str], window: MainWindow, qtbot, language: str
) -> None:
    set_language(language)
    SHOTS.mkdir(parents=True, exist_ok=True)
    ids = record_ids
    shots: list[tuple[str, str, object]] = [(s.key, s.key, None) for s in SCREENS]
    shots += [
        ("households", "household-detail", ids["household"]),
        ("visit", "visit-new", {"household_id": ids["household"]}),
        ("activities", "activity-editor", ids["activity"]),
        ("lessons", "lesson-editor", ids["lesson"]),
    ]
    if ids["visit"]:
        shots.append(("visit", "visit-edit", {"visit_id": ids["visit"]}))
    for key, name, argument in shots:
        window.open_page(key, argument)
        if key == "search":
            search = window.pages["search"]
            search.box.setText("ศูนย์เรียนรู้")  # type: ignore[attr-defined]
            search.search_now()  # type: ignore[attr-defined]
        _settle(window, qtbot)
        picture = window.grab()
        assert (picture.width(), picture.height()) == WINDOW_SIZE
        target = SHOTS / f"{language}-{name}.png"
        assert picture.save(str(target))
        assert target.stat().st_size > 10_000  # a real picture, not an empty window


@pytest.mark.parametrize("language", ["th", "en"])
def test_first_run_renders(app: QApplication, qtbot, language: str) -> None:
    set_language(language)
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("สมศรี ใจงาม")
    dialog.show()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"{language}-first-run.png"))
