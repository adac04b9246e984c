"""Whose lesson is it? The one rule deciding which lessons a mentor may edit.

A district sends every mentor the lessons it selected from other villages, so communities
learn from each other; a mentor reads those but must not change another community's story.
The store knows which database wrote each field (the `[hlc, device]` stamps of a record's
clock), so a lesson is *this database's own* when this database wrote any of its content
fields. The review fields (status, reviewer notes) do not count: a district writes them on
every lesson it reviews, and a mentor writes the status when sending a draft for review.

Field stamps survive every later edit of other fields, so a mentor's own lesson stays theirs
after the district's decision comes back and after the mentor edits it again. Only a mentor's
database applies the rule: the district edits no lesson text, and decides through the review.

A mentor who moves to a new laptop, or takes over a village from another mentor, brings the
old database's records in an encrypted handover bundle: the new database remembers the
databases it took over, and what they wrote counts as its own.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from mentor_desk.store import clocks
from mentor_desk.store.rows import data_columns

REVIEW_FIELDS = frozenset({"status", "reviewer_notes"})
"""Fields of a lesson that a reviewer writes; they do not make a lesson anyone's own."""

MENTOR_ROLE = "mentor"
TAKEN_OVER_SETTING = "taken_over_databases"  # a JSON list of database device ids


def own_databases(db: Database, device_id: str) -> set[str]:
    """This database and the ones it took over from handover bundles."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [TAKEN_OVER_SETTING]).fetchone()
    taken_over = json.loads(row[0]) if row else []
    return {device_id, *taken_over}


def remember_taken_over(db: Database, database_device: str) -> None:
    """Note that this database took over another's records (a handover or a move to a new
    laptop); call inside the import's transaction."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [TAKEN_OVER_SETTING]).fetchone()
    known = set(json.loads(row[0])) if row else set()
    if database_device not in known:
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [TAKEN_OVER_SETTING, json.dumps(sorted({*known, database_device}))],
        )


def content_writers(field_stamps: Mapping[str, Iterable[Any]]) -> set[str]:
    """The devices that wrote a lesson's content: `field_stamps` maps each field to its
    entries, each starting `(hlc, device, ...)` (a stored clock's "f" or a RecordState's
    fields)."""
    return {
        str(entry[1])
        for name, entries in field_stamps.items()
        if name not in REVIEW_FIELDS
        for entry in entries
    }


def written_by(field_stamps: Mapping[str, Iterable[Any]], devices: Collection[str]) -> bool:
    """Whether one of `devices` wrote any content field of the record."""
    return not content_writers(field_stamps).isdisjoint(devices)


def from_another_community(
    field_stamps: Mapping[str, Iterable[Any]], *, own: Collection[str], role: str | None
) -> bool:
    """The rule: on a mentor's database, a lesson none of whose content this database (or
    one it took over, `own`) wrote came from another community, and is read-only here."""
    return role == MENTOR_ROLE and not written_by(field_stamps, own)


def lessons_from_other_communities(db: Database, *, device_id: str, role: str | None) -> set[str]:
    """Ids of the live lessons that are read-only on this database (see the rule above)."""
    if role != MENTOR_ROLE:
        return set()
    own = own_databases(db, device_id)
    return {
        lesson_id
        for lesson_id, raw in db.execute("SELECT id, _clock FROM lessons WHERE _cl % 2 = 1")
        if from_another_community(
            clocks.loads(raw, data_columns("lessons")).get("f", {}), own=own, role=role
        )
    }


def lesson_from_another_community(
    db: Database, lesson_id: str, *, device_id: str, role: str | None
) -> bool:
    """Whether one lesson is read-only on this database (the editor asks when it opens one)."""
    row = db.execute("SELECT _clock FROM lessons WHERE id = ?", [lesson_id]).fetchone()
    if row is None:
        return False
    own = own_databases(db, device_id)
    return from_another_community(
        clocks.loads(row[0], data_columns("lessons")).get("f", {}), own=own, role=role
    )
