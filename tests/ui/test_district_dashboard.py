"""The district dashboard: figures and charts from the merged data, a period filter, each
chart saved as PNG and its table as CSV; shown in the sidebar only to the district role."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from mentor_desk.store import Profile, Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.pages.district_dashboard import DistrictDashboardPage, month_label, period_of
from tests.ui.conftest_households import run_job

TODAY = dt.date(2026, 6, 30)


def fill(store: Store) -> None:
    store.set_profile(Profile(name="อำเภอน้ำพอง", role="district"))
    for n in range(3):
        household = store.put(
            "households", {"head_name": f"ครอบครัว {n}", "subdistrict_code": "400701"}
        ).record.id
        store.put("visits", {"household_id": household, "date": f"2026-0{n + 4}-10"})
    store.put(
        "activities",
        {"title": "วันครอบครัว", "kind": "family_day", "date": "2026-06-01", "adults": 12},
    )


@pytest.fixture
def page(db: Database, qtbot: Any) -> DistrictDashboardPage:
    run_job(qtbot, db, fill)
    page = DistrictDashboardPage(db)
    page.today = TODAY
    qtbot.addWidget(page)
    return page


def test_dashboard_shows_the_indicators(page: DistrictDashboardPage, qtbot: Any) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert page.registered.number.text() == "3"
    assert page.participants.number.text() == "12"
    visits = page.charts["visits"]
    assert [row[0] for row in visits.table] == ["2026-04", "2026-05", "2026-06"]
    kinds = page.charts["kinds"]
    assert kinds.table == [("family_day", "วันครอบครัว", 1)]


def test_period_filter_narrows_the_figures(page: DistrictDashboardPage, qtbot: Any) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    page.indicators = None
    page.period.setCurrentIndex(3)  # last 3 months: April to June
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert page.indicators.visits == 3
    page.indicators = None
    page.period.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert page.visits.number.text() == "3"


def test_area_and_chosen_dates_narrow_the_figures(
    page: DistrictDashboardPage, qtbot: Any, db: Database
) -> None:
    def other_village(store: Store) -> None:
        household = store.put(
            "households",
            {"head_name": "ครอบครัวโคก", "subdistrict_code": "400702", "village_name": "บ้านโคก"},
        ).record.id
        store.put("visits", {"household_id": household, "date": "2026-06-20"})

    run_job(qtbot, db, other_village)
    page.refresh()
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert page.indicators.visits == 4
    subdistricts = [page.area.subdistrict.itemData(i) for i in range(page.area.subdistrict.count())]
    assert subdistricts[1:] == ["400701", "400702"]  # by name: น้ำพอง, วังชัย
    assert page.area.subdistrict.itemText(2) == "วังชัย"
    assert not page.area.village.isEnabled()

    page.indicators = None
    page.area.subdistrict.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert (page.indicators.visits, page.indicators.households_registered) == (1, 1)
    assert page.area.village.isEnabled() and page.area.village.itemData(1) == "บ้านโคก"
    page.indicators = None
    page.area.village.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    assert page.visits.number.text() == "1"

    page.area.subdistrict.setCurrentIndex(0)
    assert not page.date_from.isVisibleTo(page)
    page.period.setCurrentIndex(4)  # chosen dates
    assert page.date_from.isVisibleTo(page) and page.date_to.isVisibleTo(page)
    page.indicators = None
    refreshed: list[int] = []
    page.date_pause.timeout.connect(lambda: refreshed.append(1))  # counts the refreshes
    page.date_from.set_value(dt.date(2026, 5, 1))
    page.date_to.set_value(dt.date(2026, 5, 31))
    assert refreshed == []  # both dates typed: one refresh after the pause, not two at once
    qtbot.waitUntil(
        lambda: page.indicators is not None and page.indicators.period.end == "2026-05-31",
        timeout=10_000,
    )
    assert page.chosen_period().start == "2026-05-01"
    assert page.indicators.visits == 1
    assert refreshed == [1]
    assert page.date_from.text().endswith("/2569")  # Buddhist Era on screen


def test_each_chart_saves_a_picture_and_a_table(
    page: DistrictDashboardPage, qtbot: Any, tmp_path: Path
) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.indicators is not None, timeout=10_000)
    card = page.charts["households"]
    card.save_png(tmp_path / "chart.png")
    assert not QImage(str(tmp_path / "chart.png")).isNull()
    card.save_csv(tmp_path / "chart.csv")
    rows = list(csv.reader((tmp_path / "chart.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["households", "count"]
    assert rows[1][1] == "3"


def test_periods_and_month_labels() -> None:
    assert period_of("fiscal_year", TODAY).start == "2025-10-01"
    assert period_of("months_3", TODAY).start == "2026-04-01"
    assert period_of("months_12", TODAY).start == "2025-07-01"
    assert period_of("all", TODAY).start is None
    assert month_label("2026-05", "th") == "05/69"
    assert month_label("2026-05", "en") == "05/26"


@pytest.mark.parametrize(("role", "shown"), [("mentor", False), ("district", True)])
def test_district_screens_are_built_for_the_district_only(
    qtbot: Any, db: Database, role: str, shown: bool
) -> None:
    from mentor_desk.ui.main_window import MainWindow
    from mentor_desk.ui.preferences import app_settings

    window = MainWindow(db, app_settings(db.home), role=role)
    qtbot.addWidget(window)
    assert ("district_dashboard" in window.screen_keys()) == shown
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert len(titles) == len(window.screen_keys())
    assert titles[0] == window.page("home").title()
