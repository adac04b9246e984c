"""Applying incoming record states to the database: the store side of importing a bundle.

The caller holds the transaction; this module merges batch by batch (so a bundle of a
million records never sits in memory at once) and counts what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.merge import RecordState, merge
from mentor_desk.domain.records import TABLES
from mentor_desk.store.bulk import Overlap, SearchIndexBatch
from mentor_desk.store.photo_use import forget_unused_photos, photos_of
from mentor_desk.store.sync_records import load_states, write_merged
from mentor_desk.store.writer import WriteSequence

BATCH_SIZE = 2000
# Page cache while merging (negative: KiB): the indexes of a large import stay in memory.
IMPORT_CACHE_SIZE = -64 * 1024


@dataclass
class MergeCounts:
    """What a merge did, record by record."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    withdrawn: int = 0  # lessons of other communities a district no longer shares, removed
    unused_photos: list[str] = field(default_factory=list)  # rows gone; files go after commit
    newest_stamp: int = 0
    conflicted: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        out = {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
        }
        if self.withdrawn:
            out["withdrawn"] = self.withdrawn
        return out


def merge_states(
    db: Database,
    states: Iterable[RecordState],
    *,
    sequence: WriteSequence,
    clock: HybridLogicalClock,
    overlap: Overlap = nullcontext,
    after_batch: Callable[[int], None] | None = None,
) -> MergeCounts:
    """Merge states into the database (inside the caller's transaction).

    The search index is kept in step per batch rather than by its per-row triggers (which
    are dropped and, still inside the transaction, created again: see SearchIndexBatch).
    Statements that write many rows run inside `overlap()`: a thread reading `states`
    (`mentor_desk.sync.read_ahead`) works meanwhile. `after_batch(n)` is called after each
    batch with the number of states merged so far; an exception it raises stops the merge
    (and the caller's transaction rolls everything back).
    """
    counts = MergeCounts()
    iterator = iter(states)
    (cache_size,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = {IMPORT_CACHE_SIZE}")  # allowed inside a transaction
    merged = 0
    erased_photos: set[str] = set()  # of local records an incoming erasure reached
    try:
        with SearchIndexBatch(db, TABLES, overlap=overlap) as search:
            while batch := list(islice(iterator, BATCH_SIZE)):
                groups: dict[str, list[RecordState]] = {}
                for state in batch:
                    groups.setdefault(state.table, []).append(state)
                for table in TABLES:
                    if table in groups:
                        group = _dedupe(groups[table])
                        _merge_group(
                            db, table, group, counts, erased_photos, sequence, search, overlap
                        )
                merged += len(batch)
                if after_batch is not None:
                    after_batch(merged)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache_size)}")
    counts.unused_photos = forget_unused_photos(db, erased_photos)
    if counts.newest_stamp:
        clock.observe(counts.newest_stamp)
    return counts


def check_references(db: Database, *, written_after: int | None = None) -> None:
    """Refuse (raise) if merged records point at records this database does not have.

    With `written_after` (the write sequence number before merging), only rows written
    since are looked at, through the `_seq` index: merging never removes a row, and every
    commit has passed SQLite's own deferred check, so older rows still find what they point
    at. Without it, the whole database is checked (`PRAGMA foreign_key_check`).
    """
    if written_after is not None:
        for table in TABLES:
            for _, _, parent, column, parent_column, *_ in db.execute(
                f"PRAGMA foreign_key_list({table})"
            ).fetchall():
                missing = db.execute(
                    f"SELECT c.id FROM {table} c WHERE c._seq > ? AND c.{column} IS NOT NULL "
                    f"AND NOT EXISTS (SELECT 1 FROM {parent} p "
                    f"WHERE p.{parent_column or 'id'} = c.{column})",
                    [written_after],
                ).fetchall()
                if missing:
                    _refuse_references(table, missing[0][0], parent, len(missing))
        return
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    if rows:
        table, rowid, parent, _ = rows[0]
        (record_id,) = db.execute(f"SELECT id FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        _refuse_references(table, record_id, parent, len(rows))


def _refuse_references(table: str, record_id: str, parent: str, count: int) -> None:
    raise ValidationError(
        f"{table}.{record_id}",
        f"ไฟล์นี้อ้างถึงข้อมูล{parent}ที่ไม่มีในเครื่องนี้ ({count} รายการ)",
        f"{count} record(s) refer to {parent} records this database does not hold",
    )


def _dedupe(states: list[RecordState]) -> dict[str, RecordState]:
    unique: dict[str, RecordState] = {}
    for state in states:
        unique[state.id] = merge(unique[state.id], state) if state.id in unique else state
    return unique


def _merge_group(
    db: Database,
    table: str,
    group: dict[str, RecordState],
    counts: MergeCounts,
    erased_photos: set[str],
    sequence: WriteSequence,
    search: SearchIndexBatch,
    overlap: Overlap,
) -> None:
    local = load_states(db, table, group, overlap=overlap)
    changed: list[tuple[RecordState, bool]] = []
    newest = counts.newest_stamp
    for record_id, incoming in group.items():
        newest = max(newest, incoming.newest_stamp())
        mine = local.get(record_id)
        if mine is None:
            counts.new += 1
            merged = incoming
        else:
            merged = merge(mine, incoming)
            if merged == mine:
                counts.unchanged += 1
                continue
            counts.updated += 1
            if merged.erased and not mine.erased:
                erased_photos |= photos_of([mine])  # their photos may go too
        if max(map(len, merged.fields.values()), default=0) > 1 or (
            not merged.alive and merged.edits_unseen_by_delete()
        ):  # merged.conflicted_fields() or merged.edits_unseen_by_delete(), sooner
            counts.conflicts += 1
            counts.conflicted.append((table, record_id))
        changed.append((merged, mine is not None))
    counts.newest_stamp = newest
    search.forget(table, [state.id for state, exists in changed if exists])
    inserted, updated = write_merged(db, table, changed, sequence=sequence, overlap=overlap)
    search.index(table, inserted + updated)
