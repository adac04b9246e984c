"""Retention: households closed or moved away more than N years ago are listed, and erased
after confirmation with the absorbing erasure of a consent withdrawal, in one transaction."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mentor_desk.store import Store, retention
from mentor_desk.store.retention import retention_cutoff

NOW = dt.date.today()


def add_family(store: Store, name: str, *, status: str, visit_on: dt.date | None = None) -> str:
    household = store.put(
        "households",
        {"head_name": name, "village_name": "บ้านโนนสวรรค์", "phone": "089-111-2222", "moo": 4},
    ).record.id
    store.put("members", {"household_id": household, "name": f"ลูกของ{name}", "birth_year": 2012})
    store.put(
        "visits",
        {
            "household_id": household,
            "date": (visit_on or NOW).isoformat(),
            "observations": f"เยี่ยมบ้าน{name}",
        },
    )
    store.put("households", {"id": household, "status": status})
    return household


def test_the_cutoff_is_whole_years_back() -> None:
    assert retention_cutoff(years=5, today=dt.date(2031, 6, 1)) == dt.date(2026, 6, 1)
    assert retention_cutoff(years=1, today=dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    with pytest.raises(ValueError):
        retention_cutoff(years=0, today=NOW)


def test_only_households_closed_long_enough_ago_are_listed(store: Store) -> None:
    closed = add_family(store, "นายปิดแล้ว นานมาก", status="closed")
    moved = add_family(store, "นางย้ายไป ไกลบ้าน", status="moved")
    add_family(store, "นายยังดูแล อยู่", status="active")
    late_visit = add_family(
        store, "นางเยี่ยมทีหลัง ใจดี", status="closed", visit_on=NOW + dt.timedelta(days=3 * 365)
    )
    assert store.households_past_retention(5, today=NOW + dt.timedelta(days=4 * 365)) == []
    later = NOW + dt.timedelta(days=6 * 365)
    listed = store.households_past_retention(5, today=later)
    assert {h.id for h in listed} == {closed, moved}
    assert all(h.closed_on == NOW for h in listed)
    assert {h.status for h in listed} == {"closed", "moved"}
    # a visit after closing counts as the end of care: listed only 5 years after it
    assert late_visit in {
        h.id for h in store.households_past_retention(5, today=later + dt.timedelta(days=3 * 365))
    }


def test_erasing_drops_personal_data_with_members_and_visits_and_is_audited(
    store: Store,
) -> None:
    closed = add_family(store, "นายลบทิ้ง ตามกำหนด", status="closed")
    kept = add_family(store, "นางยังอยู่ ในความดูแล", status="active")
    later = NOW + dt.timedelta(days=6 * 365)
    counts = store.erase_past_retention([closed, kept], years=5, today=later)
    assert counts == {"households": 1, "members": 1, "visits": 1}
    text = json.dumps(store.dump(), ensure_ascii=False)
    assert "ลบทิ้ง" not in text and "ยังอยู่" in text
    row = store.db.execute(
        "SELECT head_name, phone, _cl FROM households WHERE id = ?", [closed]
    ).fetchone()
    assert row[0] == "" and row[1] == "" and row[2] % 2 == 0
    (event,) = [e for e in store.audit_log() if e.action == "erasure"]
    assert event.summary == {
        "reason": "retention period",
        "years": 5,
        "households": 1,
        "members": 1,
        "visits": 1,
    }
    assert "ลบทิ้ง" not in json.dumps(event.summary, ensure_ascii=False)
    assert store.erase_past_retention([closed], years=5, today=later) == {
        "households": 0,
        "members": 0,
        "visits": 0,
    }
    assert len([e for e in store.audit_log() if e.action == "erasure"]) == 1
    assert store.check() == []


def test_a_household_reopened_after_the_list_was_shown_is_left_alone(store: Store) -> None:
    household = add_family(store, "นายกลับมา ดูแลใหม่", status="moved")
    later = NOW + dt.timedelta(days=6 * 365)
    (listed,) = store.households_past_retention(5, today=later)
    store.put("households", {"id": household, "status": "active"})
    assert store.erase_past_retention([listed.id], years=5, today=later)["households"] == 0
    assert store.get("households", household).head_name == "นายกลับมา ดูแลใหม่"


def test_a_failure_part_way_erases_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    first = add_family(store, "นายคนแรก ในรายการ", status="closed")
    second = add_family(store, "นางคนที่สอง ในรายการ", status="closed")
    before = store.dump()
    real = retention.erase_household
    calls = []

    def fail_on_second(*args: object, **kwargs: object) -> dict[str, int]:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(retention, "erase_household", fail_on_second)
    with pytest.raises(Exception):  # noqa: B017 - the storage error, translated
        store.erase_past_retention([first, second], years=5, today=NOW + dt.timedelta(days=6 * 365))
    assert store.dump() == before
    assert [e for e in store.audit_log() if e.action == "erasure"] == []


def test_the_erasure_travels_like_a_consent_withdrawal(store: Store) -> None:
    household = add_family(store, "นายส่งต่อ การลบ", status="closed")
    store.erase_past_retention([household], years=1, today=NOW + dt.timedelta(days=2 * 365))
    from mentor_desk.store.sync_records import load_states

    state = load_states(store.db, "households", [household])[household]
    assert state.erased and not state.alive
