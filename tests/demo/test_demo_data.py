"""The default demo: counts, validity, photos, search, and a year of visits with some due."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geothai
import pytest

from mentor_desk.demo import DemoSummary, default_families, generate
from mentor_desk.domain.records import TABLES
from mentor_desk.domain.validation import record_from_json, record_to_json
from mentor_desk.store import Store

TODAY = dt.date(2026, 11, 22)
PHONE = re.compile(r"^08\d-\d{3}-\d{4}$")


@dataclass(frozen=True)
class Demo:
    store: Store
    summary: DemoSummary
    dump: dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    with Store(tmp_path_factory.mktemp("demo") / "home") as store:
        summary = generate(store, seed=1, today=TODAY)
        yield Demo(store, summary, store.dump())


def test_default_counts_are_honoured(demo: Demo) -> None:
    counts = demo.store.counts()
    assert counts == demo.summary.counts()
    assert counts["households"] == default_families(400) == 60
    assert counts["visits"] == 400
    assert counts["lessons"] == 24
    assert counts["activities"] == 24
    kinds = Counter(lesson["kind"] for lesson in demo.dump["lessons"])
    assert set(kinds) == {"lesson_learned", "good_deed", "learning_source"}


def test_every_record_round_trips_through_validation(demo: Demo) -> None:
    for table in TABLES:
        for obj in demo.dump[table]:
            assert record_to_json(record_from_json(table, obj)) == obj


def test_the_store_finds_no_faults(demo: Demo) -> None:
    assert demo.store.check() == []


def test_every_photo_is_on_disk_and_counted(demo: Demo) -> None:
    shas = {
        photo["sha256"]
        for table in TABLES
        for obj in demo.dump[table]
        for photo in obj.get("photos", ())
    }
    assert 0 < len(shas) == demo.summary.photos <= 60
    for sha in shas:
        assert demo.store.photo_path(sha).is_file()
    lessons = demo.dump["lessons"]
    assert all(1 <= len(lesson["photos"]) <= 3 for lesson in lessons)
    assert all(photo["caption"] for lesson in lessons for photo in lesson["photos"])


def test_search_finds_learning_centres(demo: Demo) -> None:
    hits = demo.store.search("ศูนย์เรียนรู้")
    assert {"lessons", "activities"} <= {hit.table for hit in hits}


def test_visits_span_the_year_before_today(demo: Demo) -> None:
    visits = demo.dump["visits"]
    months = {visit["date"][:7] for visit in visits}
    assert len(months) >= 11
    first = (TODAY - dt.timedelta(days=365)).isoformat()
    assert all(first < visit["date"] <= TODAY.isoformat() for visit in visits)
    for visit in visits:
        assert visit["next_visit_date"] is None or visit["next_visit_date"] >= visit["date"]
    assert Counter(visit["mode"] for visit in visits).most_common(1)[0][0] == "home"


def test_the_home_screen_has_some_families_due(demo: Demo) -> None:
    due = demo.store.households_due_for_visit(TODAY)
    active = sum(1 for h in demo.dump["households"] if h["status"] == "active")
    assert 0 < len(due) < active / 2


def test_households_are_in_the_real_district(demo: Demo) -> None:
    district = geothai.district(demo.summary.district_code)
    assert district is not None and district.name_th in demo.summary.district_name
    real = {s.code for s in geothai.subdistricts(demo.summary.district_code)}
    for household in demo.dump["households"]:
        assert household["subdistrict_code"] in real
        assert household["district_code"] == demo.summary.district_code
        assert household["phone"] == "" or PHONE.match(household["phone"])
        assert household["consent_version"] == "1.0" and household["consent_date"]
    assert len({h["mentor"] for h in demo.dump["households"]}) == demo.summary.mentors >= 4


def test_member_ages_fit_their_relations(demo: Demo) -> None:
    by_household: dict[str, list[dict[str, Any]]] = {}
    for member in demo.dump["members"]:
        by_household.setdefault(member["household_id"], []).append(member)
    assert set(by_household) == {h["id"] for h in demo.dump["households"]}
    for members in by_household.values():
        assert 1 <= len(members) <= 6
        relations = Counter(m["relation"] for m in members)
        assert relations["head"] == 1
        head = next(m for m in members if m["relation"] == "head")
        for member in members:
            if member["relation"] == "grandchild":
                assert head["birth_year"] + 30 <= member["birth_year"]
            if member["relation"] == "child":
                assert head["birth_year"] + 16 <= member["birth_year"]
    assert any(m["national_id"] for m in demo.dump["members"])


def test_lessons_are_complete_and_distinct(demo: Demo) -> None:
    lessons = demo.dump["lessons"]
    sections = ("context", "actions", "results", "success_factors", "challenges")
    for lesson in lessons:
        assert lesson["title"] and lesson["author"] and lesson["area"]
        assert all(lesson[s] for s in (*sections, "recommendations"))
        assert lesson["period_start"] <= lesson["period_end"] <= TODAY.isoformat()
    assert len({lesson["context"] for lesson in lessons}) == len(lessons)
    assert len({lesson["title"] for lesson in lessons}) >= 20
    assert len({lesson["status"] for lesson in lessons}) >= 3
    assert sum(lesson["people_consented"] for lesson in lessons) > len(lessons) / 2


def test_visit_notes_vary(demo: Demo) -> None:
    notes = [visit["observations"] for visit in demo.dump["visits"]]
    assert all(notes)
    assert len(set(notes)) > 0.8 * len(notes)


def test_the_profile_is_the_first_mentors(demo: Demo) -> None:
    profile = demo.store.profile
    assert profile is not None and profile.role == "mentor"
    assert profile.district_code == demo.summary.district_code
    assert profile.subdistrict_code.startswith(profile.district_code)


def test_an_existing_profile_is_kept(home: Path) -> None:
    from mentor_desk.store.facade import Profile

    with Store(home) as store:
        store.set_profile(Profile(name="นางสมศรี ใจดี", role="mentor"))
        generate(store, seed=3, visits=20, lessons=1, activities=1, today=TODAY)
        assert store.profile == Profile(name="นางสมศรี ใจดี", role="mentor")
