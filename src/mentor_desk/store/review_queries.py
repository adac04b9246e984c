"""The review inbox, read-only: records whose fields hold concurrent values after a merge,
deleted records holding edits the delete had not seen, and deleted records that live records
still use (a visit logged on one computer for a family deleted on another).

SQL narrows 100,000 records to the few candidates by their `_clock` text: a field with
several entries is the only place `],[` occurs (single entries print as `[[hlc,"dev"]]`),
and SQLite's JSON functions find deleted records with a field stamp (listed, or the shared
stamp `s` of `store.clocks`) the delete had not seen, after a cheaper look at their
version vector. Python then confirms each candidate with the merge rules of
`domain.merge`. Runs on the caller's (the database worker's) thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from mentor_desk.domain.clock import millis_of
from mentor_desk.domain.ids import short_code
from mentor_desk.domain.merge import Entry, RecordState
from mentor_desk.domain.records import TABLES
from mentor_desk.store.review_actions import KnownDevice, known_devices
from mentor_desk.store.sync_records import state_columns, state_from_row
from mentor_desk.store.writer import DEPENDENTS


class ReviewKind(StrEnum):
    """Why a record waits for a person."""

    CONFLICT = "conflict"  # a field holds values written at the same time on two computers
    EDIT_VS_DELETE = "edit-vs-delete"  # deleted on one computer, edited on another
    DELETED_IN_USE = "deleted-in-use"  # deleted on one computer, used by a record added on another


@dataclass(frozen=True)
class WrittenValue:
    """One value of a field, and who wrote it, when, and in which file it arrived."""

    value: Any  # the field's JSON value
    device: str  # the database device that stamped it
    writer: str  # the person using that device ("" when not known)
    written_ms: int  # milliseconds since the epoch
    file_name: str  # the bundle it most likely arrived in ("" when local or unknown)
    local: bool  # written on this computer
    shown: bool  # the value the screens show while the review waits


@dataclass(frozen=True)
class FieldReview:
    """One field waiting for review, with every value it holds (newest first)."""

    field: str
    values: tuple[WrittenValue, ...]


@dataclass(frozen=True)
class Deletion:
    """Who deleted a record and when (best effort: from the record's version vector)."""

    device: str
    writer: str
    deleted_ms: int
    local: bool


@dataclass(frozen=True)
class Dependant:
    """A live record that uses a deleted one (a member or a visit of a deleted household)."""

    table: str
    id: str
    title: str  # a member's name, a visit's date


@dataclass(frozen=True)
class ReviewItem:
    """A record in the review inbox."""

    table: str
    id: str
    kind: ReviewKind
    title: str  # head of household, member's name, activity or lesson title ("" if withheld)
    context: str  # the household a visit or member belongs to, or a household's village
    date: str | None  # a visit's or activity's ISO date
    fields: tuple[FieldReview, ...]
    deletion: Deletion | None
    newest_ms: int
    dependants: tuple[Dependant, ...] = ()  # live records using this deleted one

    @property
    def code(self) -> str:
        """The record's short code, for when its title was withheld from this computer."""
        return short_code(self.id)


_HOUSEHOLD_JOIN = "LEFT JOIN households h ON h.id = t.household_id"
# Title, context and date of each table's records, selected beside the state columns.
_TITLE_SQL: dict[str, tuple[str, str, str, str]] = {
    # table: (title, context, date, join)
    "households": (
        "t.head_name",
        "trim(t.village_name || CASE WHEN t.moo IS NULL THEN '' ELSE ' ม.' || t.moo END)",
        "NULL",
        "",
    ),
    "members": ("t.name", "coalesce(h.head_name, '')", "NULL", _HOUSEHOLD_JOIN),
    "visits": ("coalesce(h.head_name, '')", "h.village_name", "t.date", _HOUSEHOLD_JOIN),
    "activities": ("t.title", "t.place", "t.date", ""),
    "lessons": ("t.title", "t.area", "t.period_end", ""),
}

_CONFLICTED = "t._cl % 2 = 1 AND t._clock LIKE '%],[%'"
# A delete that missed an edit leaves two devices ahead of what the delete had seen (the
# deleter and the editor): a cheap test over the small version vector comes first.
_UNSEEN_BY_DELETE = """t._cl % 2 = 0 AND t._clock NOT LIKE '%"x":%' AND EXISTS (
    SELECT 1 FROM json_each(t._clock, '$.v') AS v
    WHERE v.value > coalesce(json_extract(t._clock, '$.d."' || v.key || '"'), 0)
    LIMIT 1 OFFSET 1
) AND (EXISTS (
    SELECT 1 FROM json_each(t._clock, '$.f') AS f, json_each(f.value) AS e
    WHERE json_extract(e.value, '$[0]') >
          coalesce(json_extract(t._clock, '$.d."' || json_extract(e.value, '$[1]') || '"'), 0)
) OR json_extract(t._clock, '$.s[0]') >
     coalesce(json_extract(t._clock, '$.d."' || json_extract(t._clock, '$.s[1]') || '"'), 0)
)"""


def records_for_review(
    db: Database, *, own_device: str, own_name: str = "", tables: Iterable[str] = TABLES
) -> list[ReviewItem]:
    """Every record waiting for review, newest change first."""
    names = _Writers(db, own_device=own_device, own_name=own_name)
    items: list[ReviewItem] = []
    for table in tables:
        for row in _candidate_rows(db, table):
            item = _review_item(table, row, names)
            if item is not None:
                items.append(item)
    items = _with_dependants(db, items, names, tables=set(tables))
    items.sort(key=lambda item: (-item.newest_ms, item.table, item.id))
    return items


def review_count(db: Database) -> int:
    """How many records wait for review (for a badge or a banner)."""
    return len(records_for_review(db, own_device=""))


def _candidate_rows(db: Database, table: str) -> Iterable[dict[str, Any]]:
    title, context, date, join = _TITLE_SQL[table]
    columns = ", ".join(f"t.{c}" for c in state_columns(table).split(", "))
    cursor = db.execute(
        f"SELECT {columns}, {title} AS _title, {context} AS _context, {date} AS _date "
        f"FROM {table} t {join} WHERE ({_CONFLICTED}) OR ({_UNSEEN_BY_DELETE})"
    )
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _review_item(table: str, row: Mapping[str, Any], names: _Writers) -> ReviewItem | None:
    state = state_from_row(table, row)
    if state.alive:
        kind = ReviewKind.CONFLICT
        fields = {name: state.fields[name] for name in state.conflicted_fields()}
    else:
        kind = ReviewKind.EDIT_VS_DELETE
        fields = {
            name: tuple(e for e in state.fields[name] if not _covered(e, state.deleted_seen))
            for name in state.edits_unseen_by_delete()
        }
    if not fields:
        return None  # the text filter's rare false alarm (a value that prints like a list)
    reviews = tuple(
        FieldReview(name, tuple(names.value(entry, state.winner(name)) for entry in entries))
        for name, entries in fields.items()
    )
    return ReviewItem(
        table=table,
        id=state.id,
        kind=kind,
        title=row["_title"] or "",
        context=row["_context"] or "",
        date=row["_date"],
        fields=reviews,
        deletion=None if state.alive else names.deletion(state),
        newest_ms=millis_of(state.newest_stamp()),
    )


_DEPENDANT_TITLE = {"members": "d.name", "visits": "d.date"}  # how a dependant is named


def _with_dependants(
    db: Database, items: list[ReviewItem], names: _Writers, *, tables: set[str]
) -> list[ReviewItem]:
    """Attach the live records still using each deleted record; a deleted record in use that
    has no other reason to be reviewed becomes an item of its own."""
    found: dict[tuple[str, str], list[Dependant]] = {}
    for table in DEPENDENTS.keys() & tables:
        for dependent, column in DEPENDENTS[table]:
            title = _DEPENDANT_TITLE[dependent]
            rows = db.execute(
                f"SELECT d.{column}, d.id, coalesce({title}, '') FROM {dependent} d "
                f"JOIN {table} p ON p.id = d.{column} "
                "WHERE d._cl % 2 = 1 AND p._cl % 2 = 0 ORDER BY d.id"
            )
            for parent, record_id, name in rows:
                found.setdefault((table, parent), []).append(Dependant(dependent, record_id, name))
    if not found:
        return items
    out = []
    for item in items:
        dependants = found.pop((item.table, item.id), None)
        out.append(replace(item, dependants=tuple(dependants)) if dependants else item)
    for (table, record_id), dependants in found.items():
        out.append(_in_use_item(db, table, record_id, tuple(dependants), names))
    return out


def _in_use_item(
    db: Database, table: str, record_id: str, dependants: tuple[Dependant, ...], names: _Writers
) -> ReviewItem:
    title, context, date, join = _TITLE_SQL[table]
    columns = ", ".join(f"t.{c}" for c in state_columns(table).split(", "))
    cursor = db.execute(
        f"SELECT {columns}, {title} AS _title, {context} AS _context, {date} AS _date "
        f"FROM {table} t {join} WHERE t.id = ?",
        [record_id],
    )
    row = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    state = state_from_row(table, row)
    return ReviewItem(
        table=table,
        id=record_id,
        kind=ReviewKind.DELETED_IN_USE,
        title=row["_title"] or "",
        context=row["_context"] or "",
        date=row["_date"],
        fields=(),
        deletion=names.deletion(state),
        newest_ms=millis_of(state.newest_stamp()),
        dependants=dependants,
    )


def _covered(entry: Entry, seen: Mapping[str, int]) -> bool:
    return seen.get(entry[1], 0) >= entry[0]


@dataclass(frozen=True)
class _Import:
    imported_at: dt.datetime
    file_name: str


class _Writers:
    """Names of the people behind database devices, and the files their values came in."""

    def __init__(self, db: Database, *, own_device: str, own_name: str) -> None:
        self.own_device = own_device
        self.own_name = own_name
        self.known: Mapping[str, KnownDevice] = known_devices(db)
        self.imports: dict[str, list[_Import]] = {}
        rows = db.execute(
            "SELECT origin_device, imported_at, file_name FROM import_log ORDER BY imported_at, id"
        )
        for origin, imported_at, file_name in rows:
            try:
                when = dt.datetime.fromisoformat(imported_at)
            except ValueError:
                continue
            self.imports.setdefault(origin, []).append(_Import(when, file_name))

    def name(self, device: str) -> str:
        if device == self.own_device:
            return self.own_name
        known = self.known.get(device)
        return known.name if known else ""

    def value(self, entry: Entry, winner: Entry | None) -> WrittenValue:
        stamp, device, value = entry
        written_ms = millis_of(stamp)
        return WrittenValue(
            value=value,
            device=device,
            writer=self.name(device),
            written_ms=written_ms,
            file_name=self.file_of(device, written_ms),
            local=device == self.own_device,
            shown=winner is not None and entry[:2] == winner[:2],
        )

    def file_of(self, device: str, written_ms: int) -> str:
        """The first file from the device's owner imported after the value was written
        (else the latest one): values travel in the next file their computer sends."""
        known = self.known.get(device)
        imports = self.imports.get(known.origin_device, []) if known else []
        if not imports:
            return ""
        written = dt.datetime.fromtimestamp(written_ms / 1000, dt.UTC)
        after = [i for i in imports if i.imported_at >= written]
        return (after[0] if after else imports[-1]).file_name

    def deletion(self, state: RecordState) -> Deletion | None:
        """The newest stamp in the version vector that no field value explains: the delete."""
        field_stamps = {(e[0], e[1]) for entries in state.fields.values() for e in entries}
        candidates = [
            (stamp, device)
            for device, stamp in state.seen.items()
            if (stamp, device) not in field_stamps and stamp > state.deleted_seen.get(device, 0)
        ]
        if not candidates:
            return None
        stamp, device = max(candidates)
        return Deletion(
            device=device,
            writer=self.name(device),
            deleted_ms=millis_of(stamp),
            local=device == self.own_device,
        )
