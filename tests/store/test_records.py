from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentor_desk.domain.errors import NotFoundError, ValidationError
from mentor_desk.store import Store
from mentor_desk.store.clocks import loads
from mentor_desk.store.rows import data_columns
from tests.samples import fill_every_table


def test_every_table_round_trips_through_the_store(store: Store) -> None:
    written = fill_every_table(store)
    dumped = store.dump()
    assert list(dumped) == ["households", "members", "visits", "activities", "lessons"]
    for table, fields in written.items():
        (stored,) = dumped[table]
        assert {k: stored[k] for k in fields} == fields
        assert set(stored) == {"id", "code", *fields}


def test_dumped_records_are_accepted_back_unchanged(store: Store) -> None:
    fill_every_table(store)
    before = store.dump()
    for table, records in before.items():
        for record in records:
            result = store.put(table, record)
            assert result.changed == ()
    assert store.dump() == before


def test_dump_into_a_second_home_reproduces_it(store: Store, tmp_path: Path) -> None:
    fill_every_table(store)
    with Store(tmp_path / "other") as other:
        for table, records in store.dump().items():
            for record in records:
                other.put(table, record)
        assert other.dump() == store.dump()


def test_edits_stamp_only_the_changed_fields(store: Store, household_id: str) -> None:
    store.put("households", {"id": household_id, "phone": "089-000-1111"})
    (raw,) = store.db.execute("SELECT _clock FROM households").fetchone()
    clock = loads(raw, data_columns("households"))
    stamps = {name: entries[0][0] for name, entries in clock["f"].items()}
    assert stamps["phone"] > stamps["head_name"]
    assert clock["v"][store.device_id] == stamps["phone"]


def test_delete_hides_a_record_and_put_brings_it_back(store: Store, household_id: str) -> None:
    store.delete("households", household_id)
    assert store.dump()["households"] == []
    with pytest.raises(NotFoundError):
        store.get("households", household_id)
    with pytest.raises(NotFoundError):
        store.delete("households", household_id)
    store.put("households", {"id": household_id, "head_name": "นางบัวผัน ศรีสุข"})
    assert store.get("households", household_id).head_name == "นางบัวผัน ศรีสุข"
    (cl,) = store.db.execute("SELECT _cl FROM households").fetchone()
    assert cl == 3


def test_deleting_a_household_with_visits_is_refused(store: Store, household_id: str) -> None:
    store.put("visits", {"household_id": household_id, "date": "2026-11-01"})
    with pytest.raises(ValidationError, match="visits"):
        store.delete("households", household_id)
    assert len(store.dump()["households"]) == 1


def test_references_to_missing_records_are_refused(store: Store) -> None:
    before = store.dump()
    missing = "3f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11"
    with pytest.raises(ValidationError) as caught:
        store.put("visits", {"household_id": missing, "date": "2026-11-01"})
    assert caught.value.field == "visits.household_id"
    assert store.dump() == before


def test_due_list_follows_visits(store: Store, household_id: str) -> None:
    import datetime as dt

    today = dt.date(2026, 11, 22)
    (due,) = store.households_due_for_visit(today)
    assert due.last_visit is None
    store.put(
        "visits",
        {"household_id": household_id, "date": "2026-11-20", "next_visit_date": "2026-12-05"},
    )
    assert store.households_due_for_visit(today) == []
    (late,) = store.households_due_for_visit(dt.date(2026, 12, 10))
    assert late.overdue and late.days_overdue == 5


def test_thai_substring_search_and_short_query_fallback(store: Store, household_id: str) -> None:
    store.put(
        "lessons",
        {
            "kind": "learning_source",
            "title": "แหล่งเรียนรู้ผ้าไหม",
            "context": "ชาวบ้านรวมกลุ่มทอผ้าที่ศูนย์เรียนรู้ชุมชนบ้านหนองบัวทุกวันเสาร์",
        },
    )
    (hit,) = store.search("ศูนย์เรียนรู้")
    assert hit.table == "lessons" and hit.title == "แหล่งเรียนรู้ผ้าไหม"
    assert "[ศูนย์เรียนรู้]" in hit.snippet
    short = store.search("ผ้")  # two characters: below the trigram length
    assert [h.table for h in short] == ["lessons"]
    assert store.search("ไม่มีคำนี้แน่นอน") == []


def test_search_skips_deleted_records(store: Store) -> None:
    lesson_id = store.put(
        "lessons", {"kind": "good_deed", "title": "เก็บกระเป๋าเงินได้แล้วคืนเจ้าของ"}
    ).record.id
    assert store.search("กระเป๋า")
    store.delete("lessons", lesson_id)
    assert store.search("กระเป๋า") == []


def test_profile_is_kept(store: Store) -> None:
    from mentor_desk.store import Profile

    assert store.profile is None
    store.set_profile(Profile(name="สมศรี", role="mentor", district_code="4007"))
    assert store.profile is not None and store.profile.district_code == "4007"
    assert json.loads(
        store.db.execute("SELECT value FROM settings WHERE key='profile'").fetchone()[0]
    )
