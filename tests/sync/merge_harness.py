"""Moving record states between real stores without the file container (which has its own
tests), for property tests of the merge laws."""

from __future__ import annotations

import json
from typing import Any

from mentor_desk.domain.merge import RecordState
from mentor_desk.domain.records import TABLES
from mentor_desk.store import Store
from mentor_desk.store.merge_apply import MergeCounts, check_references, merge_states
from mentor_desk.store.sync_records import load_states, states_changed_since
from mentor_desk.sync.record_codec import dumps_state, state_from_json

Lines = list[str]


def export_lines(store: Store, *, since: int = 0) -> Lines:
    """Every state changed after `since`, as bundle lines (canonical JSON text)."""
    return [
        dumps_state(state)
        for table in TABLES
        for state in states_changed_since(store.db, table, since)
    ]


def deliver(store: Store, lines: Lines) -> MergeCounts:
    """Import bundle lines in one transaction, as the importer does."""
    with store.db.atomic():
        counts = merge_states(
            store.db,
            (state_from_json(json.loads(line), line=i) for i, line in enumerate(lines, 1)),
            sequence=store.sequence,
            clock=store.clock,
        )
        check_references(store.db)
    return counts


def full_state(store: Store) -> dict[str, Any]:
    """Everything sync knows (values, clocks, deletes), independent of local bookkeeping."""
    out: dict[str, Any] = {}
    for table in TABLES:
        ids = [row[0] for row in store.db.execute(f"SELECT id FROM {table} ORDER BY id")]
        states = load_states(store.db, table, ids)
        out[table] = [_every_entry(states[i]) for i in ids]
    return out


def _every_entry(state: RecordState) -> dict[str, Any]:
    """A state as plain JSON data, every field with its entries (no shared stamp)."""
    return {
        "table": state.table,
        "id": state.id,
        "cl": state.cl,
        "seen": dict(state.seen),
        "fields": {name: [list(e) for e in entries] for name, entries in state.fields.items()},
        "deleted_seen": dict(state.deleted_seen),
        "erased": state.erased,
    }


def canonical_dump(store: Store) -> str:
    return json.dumps(store.dump(), ensure_ascii=False, sort_keys=True)
