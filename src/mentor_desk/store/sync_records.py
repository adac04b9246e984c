"""Record states for sync: reading the stored state of records (values and clocks) and
writing merged states back, for the export and import of bundles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlite_utils import Database

from mentor_desk.domain.fields import Kind
from mentor_desk.domain.merge import Entry, RecordState
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.domain.validation import value_to_json
from mentor_desk.store import clocks
from mentor_desk.store.bulk import insert_rows
from mentor_desk.store.rows import data_columns, from_column, json_to_column, to_column
from mentor_desk.store.writer import WriteSequence

BATCH = 500


def column_to_json(table: str, name: str, value: Any) -> Any:
    """A stored column value in the JSON form bundles and `dump` use."""
    spec = field_specs(table)[name]
    return value_to_json(spec, from_column(spec, value))


def state_from_row(table: str, row: Mapping[str, Any]) -> RecordState:
    """The sync state of a stored row (selected with `state_columns`)."""
    clock = clocks.loads(row["_clock"])
    fields: dict[str, tuple[Entry, ...]] = {}
    for name, stamps in clock.get("f", {}).items():
        entries: list[Entry] = []
        for stamp in stamps:
            if len(stamp) == 2:
                value = column_to_json(table, name, row[name])
                entries.append((stamp[0], stamp[1], value))
            else:
                entries.append((stamp[0], stamp[1], stamp[2]))
        fields[name] = tuple(sorted(entries, key=lambda e: (e[0], e[1]), reverse=True))
    return RecordState(
        table=table,
        id=row["id"],
        cl=row["_cl"],
        seen=clock.get("v", {}),
        fields=fields,
        deleted_seen=clock.get("d", {}),
        erased=clock.get("x", 0),
    )


def state_columns(table: str) -> str:
    return ", ".join(("id", *data_columns(table), "_cl", "_clock"))


def load_states(db: Database, table: str, ids: Iterable[str]) -> dict[str, RecordState]:
    """Stored states of the given records that exist locally, by id."""
    wanted = list(ids)
    found: dict[str, RecordState] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(
            f"SELECT {state_columns(table)} FROM {table} WHERE id IN ({marks})", chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            found[row["id"]] = state_from_row(table, row)
    return found


def states_changed_since(db: Database, table: str, since_seq: int) -> Iterator[RecordState]:
    """States of every record (deleted ones too) written after a sequence number."""
    cursor = db.execute(
        f"SELECT {state_columns(table)} FROM {table} WHERE _seq > ? ORDER BY _seq",
        [since_seq],
    )
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield state_from_row(table, dict(zip(names, values, strict=True)))


def row_of_state(state: RecordState) -> dict[str, Any]:
    """The row (columns and bookkeeping) that stores a state; winners fill the columns."""
    specs = field_specs(state.table)
    row: dict[str, Any] = {"id": state.id}
    stamps: dict[str, list[list[Any]]] = {}
    for name, spec in specs.items():
        winner = state.winner(name)
        # Entry values were validated when they arrived; parsing here only converts JSON to
        # the field's Python form. A field with no entry (withheld or erased) stays empty.
        if winner is None or winner[2] is None:
            row[name] = to_column(spec, _none_for(spec.kind))
        else:
            row[name] = json_to_column(spec, winner[2])
        entries = state.fields.get(name, ())
        if entries:
            stamps[name] = [[e[0], e[1]] if e is winner else [e[0], e[1], e[2]] for e in entries]
    clock: dict[str, Any] = {"f": stamps, "v": dict(state.seen)}
    if state.deleted_seen:
        clock["d"] = dict(state.deleted_seen)
    if state.erased:
        clock["x"] = state.erased
    row["_cl"] = state.cl
    row["_clock"] = clocks.dumps(clock)
    row["_hlc"] = state.newest_stamp()
    return row


def write_states(
    db: Database, table: str, states: Iterable[RecordState], *, sequence: WriteSequence
) -> int:
    """Store states (inside the caller's transaction); returns how many were written."""
    columns = ("id", *data_columns(table), "_cl", "_clock", "_hlc", "_seq")

    def rows() -> Iterator[tuple[Any, ...]]:
        for state in states:
            row = row_of_state(state)
            row["_seq"] = sequence.next()
            yield tuple(row[c] for c in columns)

    return insert_rows(db, table, columns, rows(), upsert=True)


def newest_stamp(db: Database) -> int:
    """The newest stamp on any record."""
    return max(
        int(db.execute(f"SELECT coalesce(max(_hlc), 0) FROM {table}").fetchone()[0])
        for table in TABLES
    )


def last_sequence(db: Database) -> int:
    """The highest write sequence number in the database."""
    return max(
        int(db.execute(f"SELECT coalesce(max(_seq), 0) FROM {table}").fetchone()[0])
        for table in TABLES
    )


def _none_for(kind: Kind) -> Any:
    if kind is Kind.TEXT:
        return ""
    if kind is Kind.BOOL:
        return False
    if kind in (Kind.CHOICES, Kind.REFS, Kind.PHOTOS):
        return ()
    return None
