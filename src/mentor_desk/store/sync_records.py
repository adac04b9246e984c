"""Record states for sync: reading the stored state of records (values and clocks) and
writing merged states back, for the export and import of bundles."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import nullcontext
from functools import cache
from typing import Any

from sqlite_utils import Database

from mentor_desk.domain.fields import Kind
from mentor_desk.domain.merge import Entry, RecordState
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.domain.validation import value_to_json
from mentor_desk.store import clocks
from mentor_desk.store.bulk import Overlap, insert_rows
from mentor_desk.store.rows import JSON_KINDS, data_columns, from_column, to_column
from mentor_desk.store.writer import WriteSequence

BATCH = 500


def column_to_json(table: str, name: str, value: Any) -> Any:
    """A stored column value in the JSON form bundles and `dump` use."""
    spec = field_specs(table)[name]
    return value_to_json(spec, from_column(spec, value))


def state_from_row(table: str, row: Mapping[str, Any]) -> RecordState:
    """The sync state of a stored row (selected with `state_columns`)."""
    clock = clocks.loads(row["_clock"], data_columns(table))
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


def load_states(
    db: Database, table: str, ids: Iterable[str], *, overlap: Overlap = nullcontext
) -> dict[str, RecordState]:
    """Stored states of the given records that exist locally, by id. Each query runs inside
    `overlap()` up to its first row (the rows are then fetched outside it)."""
    wanted = list(ids)
    found: dict[str, RecordState] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        with overlap():
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
    names = ("id", *data_columns(state.table), "_cl", "_clock", "_hlc")
    return dict(zip(names, _row_values(state), strict=True))


def _row_values(state: RecordState) -> list[Any]:
    """`row_of_state` as a list of values: id, the data columns, `_cl`, `_clock`, `_hlc`."""
    values: list[Any] = [state.id]
    stamps: dict[str, list[Any]] = {}  # JSON arrays: tuples or lists alike
    shared: tuple[int, str] | None = None  # the stamp of every field with one, while they agree
    alike = True
    missing: dict[str, list[Any]] = {}  # fields without entry, as the stored clock lists them
    fields = state.fields
    for name, convert, empty in _column_plan(state.table):
        entries = fields.get(name)
        if not entries:
            values.append(empty)  # a field with no entry (withheld or erased) stays empty
            missing[name] = []
            continue
        if len(entries) == 1:
            winner = entries[0]
            stamp = winner[:2]
            stamps[name] = [stamp]
            if shared is None:
                shared = stamp
            elif stamp != shared:
                alike = False
        else:
            winner = max(entries, key=_entry_stamp)
            stamps[name] = [[e[0], e[1]] if e is winner else [e[0], e[1], e[2]] for e in entries]
            alike = False
        # Entry values were validated when they arrived; here JSON only becomes a column.
        value = winner[2]
        if value is None:
            values.append(empty)
        elif convert is None:
            values.append(value)
        else:
            values.append(convert(value))
    values.append(state.cl)
    clock: dict[str, Any]
    if alike and shared is not None:
        # The usual record, written in one go: what clocks.dumps writes, built directly.
        clock = {"s": shared, "v": dict(state.seen)}
        if missing:
            clock["f"] = missing
        if state.deleted_seen:
            clock["d"] = dict(state.deleted_seen)
        if state.erased:
            clock["x"] = state.erased
        values.append(clocks.dumps_plain(clock))
    else:
        clock = {"f": stamps, "v": dict(state.seen)}
        if state.deleted_seen:
            clock["d"] = dict(state.deleted_seen)
        if state.erased:
            clock["x"] = state.erased
        values.append(clocks.dumps(clock, data_columns(state.table)))
    values.append(state.newest_stamp())
    return values


_LIST_ENCODER = json.JSONEncoder(ensure_ascii=False)  # rows.json_to_column's json.dumps


@cache
def _column_plan(table: str) -> tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]:
    """Per data column: its name, how a JSON value becomes the column value (None: as it
    is), and the value of an empty field. Exactly `json_to_column` and `to_column`."""
    plan = []
    for name, spec in field_specs(table).items():
        convert: Callable[[Any], Any] | None = None
        if spec.kind is Kind.CHOICES:
            convert = _choices_column
        elif spec.kind in JSON_KINDS:
            convert = _list_column
        elif spec.kind is Kind.BOOL:
            convert = int
        plan.append((name, convert, to_column(spec, _none_for(spec.kind))))
    return tuple(plan)


def _list_column(value: Any) -> str:
    if not value:
        return "[]"
    # Ids, photo digests and vocabulary keys need no escaping: joined directly, they give
    # exactly what the encoder writes; anything it would escape takes the encoder.
    if all(type(item) is str for item in value):
        inner = '", "'.join(value)
        if inner.isprintable() and '"' not in inner and "\\" not in inner:
            return f'["{inner}"]'
    return _LIST_ENCODER.encode(value)


_CHOICES_TEXT: dict[tuple[str, ...], str] = {}  # vocabulary lists recur: each is encoded once
_CHOICES_TEXT_LIMIT = 10_000


def _choices_column(value: Any) -> str:
    key = tuple(value)
    text = _CHOICES_TEXT.get(key)
    if text is None:
        text = _list_column(value)
        if len(_CHOICES_TEXT) < _CHOICES_TEXT_LIMIT:
            _CHOICES_TEXT[key] = text
    return text


def _entry_stamp(entry: Entry) -> tuple[int, str]:
    return entry[0], entry[1]


def write_states(
    db: Database, table: str, states: Iterable[RecordState], *, sequence: WriteSequence
) -> int:
    """Store states made on this computer (an erasure), inside the caller's transaction;
    returns how many were written. Each takes the next sequence number, also as its local
    one: it is this computer's own change, waiting to be sent."""
    columns = ("id", *data_columns(table), "_cl", "_clock", "_hlc", "_seq", "_local_seq")

    def rows() -> Iterator[list[Any]]:
        for state in states:
            row = _row_values(state)
            seq = sequence.next()
            row += [seq, seq]
            yield row

    return insert_rows(db, table, columns, rows(), upsert=True)


def write_merged(
    db: Database,
    table: str,
    states: Iterable[tuple[RecordState, bool]],
    *,
    sequence: WriteSequence,
    overlap: Overlap = nullcontext,
) -> tuple[list[str], list[str]]:
    """Store merged states, each with whether a row for it exists already (inside the
    caller's transaction): new rows by plain INSERT, the others by upsert, in multi-row
    statements (each inside `overlap()`); sequence numbers are taken in the order given.
    Returns the ids inserted and the ids updated."""
    columns = ("id", *data_columns(table), "_cl", "_clock", "_hlc", "_seq")
    inserted: list[list[Any]] = []
    updated: list[list[Any]] = []
    for state, exists in states:
        row = _row_values(state)
        row.append(sequence.next())
        (updated if exists else inserted).append(row)
    insert_rows(db, table, columns, inserted, overlap=overlap)
    insert_rows(db, table, columns, updated, upsert=True, overlap=overlap)
    return [row[0] for row in inserted], [row[0] for row in updated]


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
