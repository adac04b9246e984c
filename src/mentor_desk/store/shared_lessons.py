"""Lessons a district shares with a mentor from other communities, and their withdrawal.

Every return bundle lists the lessons of other communities that the district shares with
that mentor when it writes the file (`scope["shared_lessons"]`). When the district stops
sharing one (no longer selected, the people in it withdrew their consent, deleted or erased
there), the mentor's copy goes on import. It goes from this database only: a delete would
travel back and remove the story from its own author's laptop too.

Return bundles can arrive in any order, so the newest list (by the district's clock) is
remembered, and after every return bundle each lesson of another community that the newest
list does not name is removed: an older file that brings a withdrawn lesson back loses it
again in the same transaction. A restore carries the list over and withdraws again, so a
backup from before a withdrawal cannot bring the lesson back either.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlite_utils import Database

from mentor_desk.store.lesson_origin import lessons_from_other_communities
from mentor_desk.store.photo_use import forget_unused_photos, photos_of
from mentor_desk.store.sync_records import load_states

SHARED_LESSONS_SETTING = "shared_lessons_from_district"  # JSON {"hlc": int, "ids": [...]}
_CHUNK = 500


def newest_shared_list(db: Database) -> tuple[int, list[str]] | None:
    """The newest list this database knows: its stamp and ids."""
    row = db.execute(
        "SELECT value FROM settings WHERE key = ?", [SHARED_LESSONS_SETTING]
    ).fetchone()
    if row is None:
        return None
    known = json.loads(row[0])
    return int(known["hlc"]), list(known["ids"])


def withdraw_unshared_lessons(
    db: Database,
    *,
    device_id: str,
    role: str | None,
    newer: tuple[int, Collection[str]] | None = None,
) -> tuple[int, list[str]]:
    """Remove the lessons of other communities that the newest list does not name (inside
    the caller's transaction; nothing before any list arrived). `newer` is a list's stamp
    and ids (from a return bundle, or from the database a restore replaced), kept first
    unless a newer one is known. Returns how many lessons went, and the photos (SHA-256)
    no row uses any more, whose rows went too: the caller removes their files once the
    transaction has committed."""
    known = newest_shared_list(db)
    if newer is not None and (known is None or newer[0] > known[0]):
        known = newer[0], sorted(newer[1])
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [SHARED_LESSONS_SETTING, json.dumps({"hlc": known[0], "ids": known[1]})],
        )
    if known is None:
        return 0, []
    others = lessons_from_other_communities(db, device_id=device_id, role=role)
    gone = sorted(others - set(known[1]))
    photos = photos_of(load_states(db, "lessons", gone).values())
    for start in range(0, len(gone), _CHUNK):
        chunk = gone[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM lessons WHERE id IN ({marks})", chunk)
    return len(gone), forget_unused_photos(db, photos)
