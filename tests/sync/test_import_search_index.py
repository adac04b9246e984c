"""Imports keep the search index in step a chunk at a time (not through the per-row
triggers): what was imported is found, replaced text is not, the triggers are back
afterwards, and a merge that is rolled back leaves schema and index as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.domain.records import TABLES
from mentor_desk.store import Store
from mentor_desk.store.merge_apply import merge_states
from mentor_desk.store.schema import SEARCH_COLUMNS
from mentor_desk.store.sync_records import states_changed_since
from mentor_desk.sync.exporter import export_bundle
from mentor_desk.sync.importer import import_bundle
from tests.sync.homes import befriend, make_home


def _schema(store: Store) -> list[tuple[str, str]]:
    return store.db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def _index_is_sound(store: Store) -> None:
    for table in SEARCH_COLUMNS:
        # Raises if the FTS5 index differs from what the table's rows hold.
        store.db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


def _automerge(store: Store) -> list[tuple[str, int]]:
    """The FTS5 automerge setting of each search table, as stored (None: the default)."""
    return [
        (
            table,
            (
                store.db.execute(
                    f"SELECT v FROM {table}_fts_config WHERE k = 'automerge'"
                ).fetchone()
                or (None,)
            )[0],
        )
        for table in SEARCH_COLUMNS
    ]


def _found(store: Store, text: str) -> set[str]:
    return {hit.id for hit in store.search(text)}


def test_imported_and_updated_records_are_found_by_their_new_text_only(tmp_path: Path) -> None:
    mentor = make_home(tmp_path, "mentor")
    district = make_home(tmp_path, "district", role="district")
    befriend(mentor, district)
    schema = _schema(district.store)
    household = mentor.store.put("households", {"head_name": "นางสมหมาย ใจดี"}).record.id
    mentor.store.put(
        "visits",
        {"household_id": household, "date": "2026-11-02", "observations": "ลูกชายเริ่มอ่านหนังสือ"},
    )
    first = tmp_path / "first.mdbundle"
    export_bundle(mentor.store, mentor.identity, first, recipient=district.card, profile="full")
    assert import_bundle(district.store, district.identity, first).status == "imported"
    assert _found(district.store, "สมหมาย") == {household}
    assert len(_found(district.store, "อ่านหนังสือ")) == 1

    mentor.store.put("households", {"id": household, "head_name": "นางบุญมา ใจดี"})
    second = tmp_path / "second.mdbundle"
    export_bundle(mentor.store, mentor.identity, second, recipient=district.card, profile="full")
    result = import_bundle(district.store, district.identity, second)
    assert result.status == "imported" and result.counts["updated"] == 1
    assert _found(district.store, "บุญมา") == {household}
    assert _found(district.store, "สมหมาย") == set()  # the old text left the index
    assert _schema(district.store) == schema  # the triggers are back, unchanged
    assert {value for _, value in _automerge(district.store)} == {4}  # merging is back on
    _index_is_sound(district.store)

    # A local edit after an import is indexed by the triggers again.
    district.store.put("households", {"id": household, "notes": "ย้ายไปอยู่กับลูกสาว"})
    assert _found(district.store, "ลูกสาว") == {household}
    _index_is_sound(district.store)
    mentor.close()
    district.close()


def test_a_merge_rolled_back_leaves_schema_and_index_as_they_were(tmp_path: Path) -> None:
    source = make_home(tmp_path, "source")
    target = make_home(tmp_path, "target")
    household = source.store.put("households", {"head_name": "นายคำปั่น"}).record.id
    target.store.put("households", {"head_name": "นางเดิม"})
    states = [s for table in TABLES for s in states_changed_since(source.store.db, table, 0)]
    schema, dump, automerge = _schema(target.store), target.store.dump(), _automerge(target.store)
    with pytest.raises(RuntimeError), target.store.db.atomic():
        merge_states(
            target.store.db, states, sequence=target.store.sequence, clock=target.store.clock
        )
        assert _found(target.store, "คำปั่น") == {household}  # indexed inside the transaction
        raise RuntimeError("refused after merging")
    assert _schema(target.store) == schema and target.store.dump() == dump
    assert _automerge(target.store) == automerge
    assert _found(target.store, "คำปั่น") == set()
    assert len(_found(target.store, "เดิม")) == 1
    _index_is_sound(target.store)
    source.close()
    target.close()
