"""Applying incoming record states to the database: the store side of importing a bundle.

The caller holds the transaction; this module merges batch by batch (so a bundle of a
million records never sits in memory at once) and counts what happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.merge import RecordState, merge
from mentor_desk.domain.records import TABLES
from mentor_desk.store.sync_records import load_states, write_states
from mentor_desk.store.writer import WriteSequence

BATCH_SIZE = 2000


@dataclass
class MergeCounts:
    """What a merge did, record by record."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    newest_stamp: int = 0
    conflicted: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
        }


def merge_states(
    db: Database,
    states: Iterable[RecordState],
    *,
    sequence: WriteSequence,
    clock: HybridLogicalClock,
) -> MergeCounts:
    """Merge states into the database (inside the caller's transaction)."""
    counts = MergeCounts()
    iterator = iter(states)
    while batch := list(islice(iterator, BATCH_SIZE)):
        for table in TABLES:
            group = _dedupe(s for s in batch if s.table == table)
            if group:
                _merge_group(db, table, group, counts, sequence)
    if counts.newest_stamp:
        clock.observe(counts.newest_stamp)
    return counts


def check_references(db: Database) -> None:
    """Refuse (raise) if merged records point at records this database does not have."""
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    if rows:
        table, rowid, parent, _ = rows[0]
        (record_id,) = db.execute(f"SELECT id FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        raise ValidationError(
            f"{table}.{record_id}",
            f"ไฟล์นี้อ้างถึงข้อมูล{parent}ที่ไม่มีในเครื่องนี้ ({len(rows)} รายการ)",
            f"{len(rows)} record(s) refer to {parent} records this database does not hold",
        )


def _dedupe(states: Iterator[RecordState]) -> dict[str, RecordState]:
    unique: dict[str, RecordState] = {}
    for state in states:
        unique[state.id] = merge(unique[state.id], state) if state.id in unique else state
    return unique


def _merge_group(
    db: Database,
    table: str,
    group: dict[str, RecordState],
    counts: MergeCounts,
    sequence: WriteSequence,
) -> None:
    local = load_states(db, table, group)
    changed: list[RecordState] = []
    for record_id, incoming in group.items():
        counts.newest_stamp = max(counts.newest_stamp, incoming.newest_stamp())
        mine = local.get(record_id)
        merged = incoming if mine is None else merge(mine, incoming)
        if mine is not None and merged == mine:
            counts.unchanged += 1
            continue
        if mine is None:
            counts.new += 1
        else:
            counts.updated += 1
        if merged.conflicted_fields() or merged.edits_unseen_by_delete():
            counts.conflicts += 1
            counts.conflicted.append((table, record_id))
        changed.append(merged)
    write_states(db, table, changed, sequence=sequence)
