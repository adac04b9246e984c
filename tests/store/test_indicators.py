"""District indicators counted in SQL: live records only, periods, overdue, participants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentor_desk.store import Profile, Store
from mentor_desk.store.indicators import Period, district_indicators

TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "district") as store:
        store.set_profile(Profile(name="อำเภอ", role="district"))
        yield store


def household(store: Store, subdistrict: str) -> str:
    record = {"head_name": "ก", "subdistrict_code": subdistrict, "status": "active"}
    return store.put("households", record).record.id


def visit(store: Store, household_id: str, date: str, **extra: object) -> str:
    return store.put("visits", {"household_id": household_id, "date": date, **extra}).record.id


def test_indicators_count_live_records_by_period_area_and_kind(store: Store) -> None:
    a, b, c = household(store, "400701"), household(store, "400702"), household(store, "400702")
    visit(store, a, "2026-05-03", next_visit_date="2026-06-01")  # overdue: planned date passed
    visit(store, a, "2026-01-10", referral_agency="รพ.สต.")
    visit(store, b, "2026-06-20", next_visit_date="2026-07-20", referral_agency="รพ.สต.")
    gone = visit(store, b, "2026-06-21")
    store.delete("visits", gone)
    store.put(
        "activities",
        {
            "title": "วันครอบครัว",
            "kind": "family_day",
            "date": "2026-05-01",
            "adults": 10,
            "children": 4,
            "virtues": ["discipline", "volunteerism"],
            "household_ids": [a, b],
        },
    )
    store.put("activities", {"title": "ธรรมะ", "kind": "religious", "date": "2025-12-01"})
    store.put(
        "lessons",
        {
            "kind": "lesson_learned",
            "title": "บทเรียน",
            "status": "submitted",
            "period_end": "2026-04-01",
        },
    )

    everything = district_indicators(store.db, today=TODAY)
    assert everything.households_registered == 3
    assert everything.households_reached == 2
    assert everything.households_overdue == 1  # c was never visited: due, not late
    assert everything.visits == 3
    assert everything.visits_by_month_subdistrict == [
        {"month": "2026-01", "subdistrict_code": "400701", "visits": 1},
        {"month": "2026-05", "subdistrict_code": "400701", "visits": 1},
        {"month": "2026-06", "subdistrict_code": "400702", "visits": 1},
    ]
    assert everything.activities_by_kind == {"family_day": 1, "religious": 1}
    assert everything.activities_by_virtue == {"discipline": 1, "volunteerism": 1}
    assert everything.participants == {"adults": 10, "children": 4, "people": 14, "households": 2}
    assert everything.referrals_by_agency == {"รพ.สต.": 2}
    assert everything.lessons_by_status == {"submitted": 1}
    assert c  # registered though never visited

    spring = district_indicators(store.db, today=TODAY, period=Period("2026-05-01", "2026-06-30"))
    assert spring.households_reached == 2
    assert spring.visits == 2
    assert spring.activities_by_kind == {"family_day": 1}
    assert spring.referrals_by_agency == {"รพ.สต.": 1}
    assert spring.lessons_by_status == {}


def test_records_count_towards_the_device_that_wrote_them(store: Store) -> None:
    household(store, "400701")
    figures = district_indicators(store.db, today=TODAY)
    assert figures.records_by_writer == {store.device_id: 1}
    assert figures.mentors == []


def test_an_area_narrows_every_figure_to_its_households(store: Store) -> None:
    from mentor_desk.store.areas import Area, AreaChoice, area_choices

    def family(subdistrict: str, village: str, moo: int) -> str:
        record = {
            "head_name": "ก",
            "subdistrict_code": subdistrict,
            "village_name": village,
            "moo": moo,
            "status": "active",
        }
        return store.put("households", record).record.id

    north = family("400701", "บ้านหนองบัว", 3)
    south = family("400702", "บ้านโคก", 1)
    other = family("400702", "บ้านนา", 2)
    visit(store, north, "2026-05-03", referral_agency="รพ.สต.")
    visit(store, south, "2026-05-04", next_visit_date="2026-06-01")
    visit(store, other, "2026-06-04", referral_agency="พมจ.")
    store.put(
        "activities",
        {
            "title": "ก",
            "kind": "sport",
            "date": "2026-05-01",
            "adults": 3,
            "household_ids": [north],
        },
    )
    store.put(
        "activities",
        {"title": "ข", "kind": "religious", "date": "2026-05-02", "household_ids": [south, north]},
    )
    for title, code, area in (("ก", "400702", "บ้านโคก หมู่ 1"), ("ข", "400701", "บ้านหนองบัว")):
        store.put(
            "lessons",
            {"kind": "lesson_learned", "title": title, "subdistrict_code": code, "area": area},
        )

    assert area_choices(store.db) == [
        AreaChoice("400701", "บ้านหนองบัว", 3),
        AreaChoice("400702", "บ้านโคก", 1),
        AreaChoice("400702", "บ้านนา", 2),
    ]
    whole = district_indicators(store.db, today=TODAY, with_registry=False)
    assert district_indicators(store.db, today=TODAY, area=Area()).as_dict() == (
        district_indicators(store.db, today=TODAY).as_dict()
    )
    sub = district_indicators(store.db, today=TODAY, area=Area("400702"), with_registry=False)
    assert (whole.households_registered, sub.households_registered) == (3, 2)
    assert (whole.visits, sub.visits) == (3, 2)
    assert sub.households_overdue == 1
    assert sub.referrals_by_agency == {"พมจ.": 1}
    assert {r["subdistrict_code"] for r in sub.visits_by_month_subdistrict} == {"400702"}
    assert sub.activities_by_kind == {"religious": 1}
    assert sub.participants["households"] == 1  # only the area's household among two
    assert sum(sub.lessons_by_status.values()) == 1

    village = district_indicators(
        store.db, today=TODAY, area=Area("400702", "บ้านโคก"), with_registry=False
    )
    assert (village.households_registered, village.visits, village.households_reached) == (1, 1, 1)
    assert village.referrals_by_agency == {}
    assert sum(village.lessons_by_status.values()) == 1
    nowhere = district_indicators(store.db, today=TODAY, area=Area("400799"), with_registry=False)
    assert (nowhere.visits, nowhere.activities, nowhere.households_registered) == (0, 0, 0)
