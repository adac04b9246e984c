"""The household list model: lazy loading of long lists, and ordering and searching in SQL."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentor_desk.domain.ids import new_id
from mentor_desk.domain.records import Household, Visit
from mentor_desk.store import Store
from mentor_desk.store.household_queries import HouseholdFilter
from mentor_desk.ui.database import Database
from mentor_desk.ui.households.list_model import HouseholdTableModel
from mentor_desk.ui.theme import COLOURS

FAMILIES = 3_000
VISITED = 42  # the one family with a visit


def many_families(rng: random.Random) -> list[Household]:
    return [
        Household(
            id=new_id(rng),
            head_name=f"นางทดสอบ {number:04d}",
            moo=1 + number % 12,
            village_name="บ้านหนองบัว" if number % 3 else "บ้านโนนสะอาด",
            risk_level=("low", "medium", "high")[number % 3],
        )
        for number in range(FAMILIES)
    ]


@pytest.fixture(scope="module")
def filled_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 3,000 households, made once for this module (before any worker
    exists, so the test thread may use the store directly)."""
    folder = tmp_path_factory.mktemp("many") / "home"
    families = many_families(random.Random(7))
    visit = Visit(id=new_id(), household_id=families[VISITED].id, date="2026-03-01")
    with Store(folder) as store:
        store.add_records([*families, visit])
    return folder


@pytest.fixture
def home(tmp_path: Path, filled_home: Path) -> Path:
    """Each test works on its own copy of the filled data folder."""
    target = tmp_path / "home"
    shutil.copytree(filled_home, target)
    return target


def test_rows_arrive_a_page_at_a_time(db: Database, qtbot: Any) -> None:
    model = HouseholdTableModel(db)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.total == FAMILIES
    assert model.rowCount() == model.page_size < FAMILIES
    assert model.canFetchMore()

    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time: the next waits for this one
    qtbot.waitUntil(lambda: model.rowCount() == 2 * model.page_size)
    names = [model.household(row).head_name for row in range(model.rowCount())]
    assert names == [f"นางทดสอบ {number:04d}" for number in range(2 * model.page_size)]

    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._fetching)
    assert model.rowCount() == FAMILIES


def test_sorting_and_searching_happen_in_sql(db: Database, qtbot: Any) -> None:
    model = HouseholdTableModel(db)
    model.sort(model.LAST_VISIT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    first = model.index(0, model.LAST_VISIT)
    assert model.household(0).head_name == f"นางทดสอบ {VISITED:04d}"
    assert first.data() == "1 มี.ค. 2569"
    assert model.data(first, model.SORT_ROLE) == "2026-03-01"

    model.sort(model.RISK, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.household(0).risk_level == "high")
    colour = model.data(model.index(0, model.RISK), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == COLOURS["risk_high"]

    model.sort(model.CODE)  # random letters: ignored, the order stays by risk
    assert model.sort_column == model.RISK

    model.set_filter(HouseholdFilter(text="นางทดสอบ 012"))
    qtbot.waitUntil(lambda: model.total == 10)
    assert model.rowCount() == 10 and not model.canFetchMore()
