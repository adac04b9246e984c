"""The review inbox queries and actions: concurrent values and edits a delete had not seen
are found among many records, with who wrote each value, when and from which file; the
ways out of the inbox (an ordinary edit, restoring, confirming a delete) clear it and sync."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentor_desk.domain.errors import NotFoundError, ValidationError
from mentor_desk.domain.ids import new_id
from mentor_desk.store import Store, clocks, review_queries
from mentor_desk.store.peers import log_import
from mentor_desk.store.review_actions import (
    confirm_delete,
    confirm_delete_in_use,
    known_devices,
    remember_device,
)
from mentor_desk.store.review_queries import ReviewKind, records_for_review, review_count
from mentor_desk.store.rows import data_columns
from tests.sync.merge_harness import deliver, export_lines, full_state

MANY_RECORDS = 20_000  # enough to show the SQL prefilter at work, quick to insert
MEMBER_FIELDS = data_columns("members")
QUERY_SECONDS_LIMIT = 2.0  # measured about 0.1 s; generous for slow CI machines


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = Store(tmp_path / "a"), Store(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def conflicting_head_names(a: Store, b: Store) -> str:
    record_id = a.put("households", {"head_name": "นางบัวผัน", "village_name": "บ้านหนองบัว"})
    household_id = record_id.record.id
    deliver(b, export_lines(a))
    a.put("households", {"id": household_id, "head_name": "นางบัวผัน ศรีสุข"})
    b.put("households", {"id": household_id, "head_name": "นางบัวผัน ใจดี"})
    deliver(a, export_lines(b))
    return household_id


def edit_unseen_by_delete(a: Store, b: Store) -> str:
    household_id = a.put("households", {"head_name": "นายทองดี"}).record.id
    deliver(b, export_lines(a))
    a.delete("households", household_id)
    b.put("households", {"id": household_id, "village_name": "บ้านดอนแดง"})
    deliver(a, export_lines(b))
    return household_id


def visit_for_a_family_deleted_elsewhere(a: Store, b: Store) -> tuple[str, str]:
    household_id = a.put("households", {"head_name": "นายทองดี"}).record.id
    deliver(b, export_lines(a))
    a.delete("households", household_id)
    visit_id = b.put("visits", {"household_id": household_id, "date": "2026-11-02"}).record.id
    deliver(a, export_lines(b))
    return household_id, visit_id


def test_a_deleted_family_with_a_visit_added_elsewhere_waits_for_review(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    household_id, visit_id = visit_for_a_family_deleted_elsewhere(a, b)
    assert a.check() == []  # a decision to make, not damage
    (item,) = records_for_review(a.db, own_device=a.device_id)
    assert (item.table, item.id, item.kind) == (
        "households",
        household_id,
        ReviewKind.DELETED_IN_USE,
    )
    assert item.title == "นายทองดี" and item.fields == ()
    assert item.deletion is not None and item.deletion.local
    assert [(d.table, d.id, d.title) for d in item.dependants] == [
        ("visits", visit_id, "2026-11-02")
    ]
    assert review_count(a.db) == 1


def test_restoring_a_deleted_family_in_use_keeps_the_visit(pair: tuple[Store, Store]) -> None:
    a, b = pair
    household_id, visit_id = visit_for_a_family_deleted_elsewhere(a, b)
    a.put("households", {"id": household_id})
    deliver(b, export_lines(a))
    for store in (a, b):
        assert records_for_review(store.db, own_device=store.device_id) == []
        assert [v["id"] for v in store.dump()["visits"]] == [visit_id]


def test_confirming_the_delete_of_a_family_in_use_deletes_its_visit_everywhere(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    household_id, _ = visit_for_a_family_deleted_elsewhere(a, b)
    (item,) = records_for_review(a.db, own_device=a.device_id)
    confirm_delete_in_use(
        a.writer,
        "households",
        household_id,
        dependants=[(d.table, d.id) for d in item.dependants],
        missed_edits=bool(item.fields),
    )
    deliver(b, export_lines(a))
    deliver(a, export_lines(b))
    for store in (a, b):
        assert records_for_review(store.db, own_device=store.device_id) == []
        assert store.dump()["visits"] == [] and store.dump()["households"] == []
        assert store.check() == []
    assert full_state(a) == full_state(b)


def test_a_conflict_lists_both_values_with_writer_time_and_file(pair: tuple[Store, Store]) -> None:
    a, b = pair
    remember_device(a.db, database_device=b.device_id, name="ครูสมศรี", origin_device="k" * 16)
    household_id = conflicting_head_names(a, b)
    log_import(
        a.db,
        bundle_id=new_id(),
        origin_device="k" * 16,
        file_name="from-somsri.mdbundle",
        kind="delta",
        summary={},
    )
    (item,) = records_for_review(a.db, own_device=a.device_id, own_name="อำเภอเมือง")
    assert (item.table, item.id, item.kind) == ("households", household_id, ReviewKind.CONFLICT)
    assert item.context == "บ้านหนองบัว" and item.deletion is None
    (field,) = item.fields
    assert field.field == "head_name"
    by_value = {v.value: v for v in field.values}
    assert set(by_value) == {"นางบัวผัน ศรีสุข", "นางบัวผัน ใจดี"}
    mine, theirs = by_value["นางบัวผัน ศรีสุข"], by_value["นางบัวผัน ใจดี"]
    assert (mine.writer, mine.local, mine.file_name) == ("อำเภอเมือง", True, "")
    assert (theirs.writer, theirs.local, theirs.file_name) == (
        "ครูสมศรี",
        False,
        "from-somsri.mdbundle",
    )
    assert sum(v.shown for v in field.values) == 1
    assert item.title == next(v.value for v in field.values if v.shown)
    assert abs(theirs.written_ms - time.time() * 1000) < 60_000
    assert review_count(a.db) == 1


def test_choosing_a_value_is_an_ordinary_edit_that_clears_the_inbox_on_both_sides(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    household_id = conflicting_head_names(a, b)
    a.put("households", {"id": household_id, "head_name": "นางบัวผัน ใจดี"})
    assert records_for_review(a.db, own_device=a.device_id) == []
    deliver(b, export_lines(a))
    for store in (a, b):
        assert records_for_review(store.db, own_device=store.device_id) == []
        (state,) = full_state(store)["households"]
        assert [e[2] for e in state["fields"]["head_name"]] == ["นางบัวผัน ใจดี"]


def test_an_edit_the_deleter_had_not_seen_names_the_delete_and_the_edit(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    household_id = edit_unseen_by_delete(a, b)
    (item,) = records_for_review(a.db, own_device=a.device_id, own_name="ครูสมศรี")
    assert (item.id, item.kind, item.title) == (household_id, ReviewKind.EDIT_VS_DELETE, "นายทองดี")
    assert item.deletion is not None and item.deletion.local
    assert item.deletion.writer == "ครูสมศรี"
    (field,) = item.fields
    assert field.field == "village_name"
    assert [(v.value, v.device, v.local) for v in field.values] == [
        ("บ้านดอนแดง", b.device_id, False)
    ]


def test_restoring_the_record_clears_it_and_the_record_is_back_everywhere(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    household_id = edit_unseen_by_delete(a, b)
    a.put("households", {"id": household_id})
    assert records_for_review(a.db, own_device=a.device_id) == []
    deliver(b, export_lines(a))
    for store in (a, b):
        (household,) = store.dump()["households"]
        assert (household["head_name"], household["village_name"]) == ("นายทองดี", "บ้านดอนแดง")


def test_confirming_the_delete_clears_it_and_syncs(pair: tuple[Store, Store]) -> None:
    a, b = pair
    household_id = edit_unseen_by_delete(a, b)
    (seq_before,) = a.db.execute("SELECT _seq FROM households").fetchone()
    confirm_delete(
        a.db, "households", household_id, clock=a.clock, device=a.device_id, sequence=a.sequence
    )
    (seq_after,) = a.db.execute("SELECT _seq FROM households").fetchone()
    assert seq_after > seq_before  # the next export sends it
    assert records_for_review(a.db, own_device=a.device_id) == []
    deliver(b, export_lines(a))
    deliver(a, export_lines(b))
    for store in (a, b):
        assert store.dump()["households"] == []
        assert records_for_review(store.db, own_device=store.device_id) == []
    assert full_state(a) == full_state(b)


def test_confirm_delete_refuses_a_live_or_missing_record(store: Store, household_id: str) -> None:
    arguments = {"clock": store.clock, "device": store.device_id, "sequence": store.sequence}
    with pytest.raises(ValidationError):
        confirm_delete(store.db, "households", household_id, **arguments)
    with pytest.raises(NotFoundError):
        confirm_delete(store.db, "households", new_id(), **arguments)
    with pytest.raises(ValidationError):
        confirm_delete(store.db, "no_such_table", household_id, **arguments)


def test_visit_and_member_titles_name_their_household(pair: tuple[Store, Store]) -> None:
    a, b = pair
    household_id = a.put("households", {"head_name": "นางมะลิ", "village_name": "บ้านนา"}).record
    visit_id = a.put(
        "visits", {"household_id": household_id.id, "date": "2026-05-14", "observations": "ก"}
    ).record.id
    deliver(b, export_lines(a))
    a.put("visits", {"id": visit_id, "observations": "สบายดี"})
    b.put("visits", {"id": visit_id, "observations": "ลูกไม่สบาย"})
    deliver(a, export_lines(b))
    (item,) = records_for_review(a.db, own_device=a.device_id)
    assert (item.table, item.title, item.context, item.date) == (
        "visits",
        "นางมะลิ",
        "บ้านนา",
        "2026-05-14",
    )


def test_remembered_devices_are_replaced_not_duplicated(store: Store) -> None:
    remember_device(store.db, database_device="d1", name="ครูสมศรี", origin_device="k1")
    remember_device(store.db, database_device="d1", name="ครูสมศรี ใจดี", origin_device="k1")
    remember_device(store.db, database_device="d2", name="อำเภอ", origin_device="k2")
    known = known_devices(store.db)
    assert {d: k.name for d, k in known.items()} == {"d1": "ครูสมศรี ใจดี", "d2": "อำเภอ"}


def test_sql_narrows_many_records_to_the_candidates_before_python_looks(
    store: Store, household_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = store.clock.now()
    one, two = "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"
    fields = ["name", "notes"]
    single = clocks.new_clock(fields, hlc=stamp, device=one)
    deleted = clocks.stamp_delete(single, hlc=stamp + 1, device=one)
    both = {
        "f": {"name": [[stamp + 2, two], [stamp + 1, one, "ชื่อที่สอง"]], "notes": [[stamp, one]]},
        "v": {one: stamp + 1, two: stamp + 2},
    }
    missed = clocks.stamp_delete(single, hlc=stamp + 1, device=one)
    missed["f"]["notes"] = [[stamp + 3, two]]
    missed["v"][two] = stamp + 3
    expected = {new_id(): both, new_id(): missed}
    ordinary = [(single, 1), (deleted, 2)] * (MANY_RECORDS // 2)
    rows = [
        (
            f"{index:08d}-0000-4000-8000-000000000000",
            "ชื่อ ],[ ธรรมดา",
            clocks.dumps(c, MEMBER_FIELDS),
            cl,
        )
        for index, (c, cl) in enumerate(ordinary)
    ]
    rows += [
        (rid, "ชื่อแรก", clocks.dumps(c, MEMBER_FIELDS), 1 if c is both else 2)
        for rid, c in expected.items()
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO members (id, household_id, name, _clock, _cl, _hlc) "
            f"VALUES (?, '{household_id}', ?, ?, ?, {stamp})",
            rows,
        )
    looked_at: list[str] = []
    original = review_queries.state_from_row

    def counting(table: str, row: dict[str, object]) -> object:
        looked_at.append(str(row["id"]))
        return original(table, row)

    monkeypatch.setattr(review_queries, "state_from_row", counting)
    started = time.perf_counter()
    items = records_for_review(store.db, own_device=store.device_id)
    elapsed = time.perf_counter() - started
    assert {item.id: item.kind for item in items} == dict(
        zip(expected, [ReviewKind.CONFLICT, ReviewKind.EDIT_VS_DELETE], strict=True)
    )
    assert sorted(looked_at) == sorted(expected)  # Python never saw the ordinary records
    assert all(item.context == "นางบัวผัน ศรีสุข" for item in items)
    assert elapsed < QUERY_SECONDS_LIMIT
