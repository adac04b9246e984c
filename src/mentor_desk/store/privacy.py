"""Withdrawing consent (PDPA): a household's personal data erased here and, through sync,
everywhere its records went.

The household, its members and its visits are erased with `domain.merge.erase`: deleted for
good, every field but the links between records dropped, and stamped so that the erasure
travels in the next bundle and wins over any older copy that arrives later (erasure is
absorbing). Activities and lessons that mention the household keep only its id.

Erasures also outlive a restore: restoring a backup taken before an erasure erases the
records again (`erased_states` before, `erase_again` after), so a backup never brings erased
personal data back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock
from mentor_desk.domain.errors import NotFoundError
from mentor_desk.domain.merge import RecordState, erase
from mentor_desk.domain.records import TABLES
from mentor_desk.store.audit import record_event
from mentor_desk.store.merge_apply import merge_states
from mentor_desk.store.photo_use import forget_unused_photos, photos_of
from mentor_desk.store.sync_records import (
    last_sequence,
    load_states,
    newest_stamp,
    state_columns,
    state_from_row,
    write_states,
)
from mentor_desk.store.writer import WriteSequence

ERASED_WITH_HOUSEHOLD = ("members", "visits")


@dataclass
class Erasure:
    """What an erasure did: the records erased, per table, and the photos it left unused
    (their rows are gone; their files go once the transaction has committed)."""

    counts: dict[str, int]
    unused_photos: list[str] = field(default_factory=list)


def withdraw_consent(
    db: Database,
    household_id: str,
    *,
    clock: HybridLogicalClock,
    device: str,
    sequence: WriteSequence,
) -> Erasure:
    """Erase a household and its members' and visits' data in one transaction. Raises
    NotFoundError if the household is unknown."""
    with db.atomic():
        erasure = erase_household(db, household_id, clock=clock, device=device, sequence=sequence)
        record_event(db, "erasure", {"reason": "consent withdrawn", **erasure.counts})
    return erasure


def erase_household(
    db: Database,
    household_id: str,
    *,
    clock: HybridLogicalClock,
    device: str,
    sequence: WriteSequence,
) -> Erasure:
    """The erasure itself, without an audit entry (the caller writes one saying why):
    inside the caller's transaction when there is one, else in its own."""
    with db.atomic():
        ids: dict[str, list[str]] = {"households": [household_id]}
        for table in ERASED_WITH_HOUSEHOLD:
            ids[table] = [
                row[0]
                for row in db.execute(
                    f"SELECT id FROM {table} WHERE household_id = ?", [household_id]
                )
            ]
        if not load_states(db, "households", [household_id]):
            raise NotFoundError("ไม่พบครอบครัวนี้", f"households {household_id}")
        counts: dict[str, int] = {}
        photos: set[str] = set()
        for table, wanted in ids.items():
            stamp = clock.now()
            states = [s for s in load_states(db, table, wanted).values() if not s.erased]
            photos |= photos_of(states)
            erased = [erase(state, stamp=stamp, device=device) for state in states]
            counts[table] = write_states(db, table, erased, sequence=sequence)
        return Erasure(counts, forget_unused_photos(db, photos))


def erased_states(db: Database) -> list[RecordState]:
    """The state of every erased record (its links and erasure stamp, no personal data)."""
    states = []
    for table in TABLES:
        cursor = db.execute(
            f"SELECT {state_columns(table)} FROM {table} WHERE _clock LIKE '%\"x\":%'"
        )
        names = [d[0] for d in cursor.description]
        states += [state_from_row(table, dict(zip(names, row, strict=True))) for row in cursor]
    return [state for state in states if state.erased]


def erase_again(db: Database, erased: list[RecordState]) -> Erasure:
    """Merge erased states (from the database a restore replaced) into `db`: erasure is
    absorbing, so whatever data of those records `db` holds is dropped. Counts the records
    erased again (as "records"); inside the caller's transaction when there is one."""
    if not erased:
        return Erasure({"records": 0})
    sequence = WriteSequence(last_sequence(db))
    clock = HybridLogicalClock(last=newest_stamp(db))
    with db.atomic():
        counts = merge_states(db, erased, sequence=sequence, clock=clock)
    return Erasure({"records": counts.new + counts.updated}, counts.unused_photos)
