"""Photos no record uses any more: erased records and withdrawn lessons take theirs along.

A photo is kept while any row lists it, live or deleted (a deleted record can be restored),
as its value or as a value waiting in a conflict. When an erasure (PDPA) or a withdrawn
lesson leaves one of its photos unused, the photo's attachment row goes inside the same
transaction and its file once that transaction has committed (`remove_photo_files`); a file
left by a crash in between has no row, and `repair` removes it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable

from sqlite_utils import Database

from mentor_desk.domain.merge import RecordState
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.store.attachments import AttachmentFolder

PHOTO_TABLES = tuple(table for table in TABLES if "photos" in field_specs(table))


def photos_of(states: Iterable[RecordState]) -> set[str]:
    """Every photo (SHA-256) the states list, in winning and waiting values alike."""
    found: set[str] = set()
    for state in states:
        for _, _, value in state.fields.get("photos", ()):
            found.update(photo["sha256"] for photo in value or ())
    return found


def forget_unused_photos(db: Database, candidates: Iterable[str]) -> list[str]:
    """Delete the attachment rows of the candidates no row lists any more (inside the
    caller's transaction); returns them, for `remove_photo_files` after the commit."""
    wanted = set(candidates)
    if not wanted:
        return []
    unused = sorted(wanted - photos_in_use(db))
    for sha in unused:
        db.execute("DELETE FROM attachments WHERE sha256 = ?", [sha])
    return unused


def photos_in_use(db: Database, *, written_after: int | None = None) -> set[str]:
    """Every photo a row lists: as a record's value (one pass over each table's photos
    column), or as a value waiting in a conflict (the few clocks that hold one). With
    `written_after`, only the rows written since that sequence number (through the `_seq`
    index): what an import just merged."""
    since = "" if written_after is None else f" AND _seq > {int(written_after)}"
    used: set[str] = set()
    for table in PHOTO_TABLES:
        used.update(
            sha
            for (sha,) in db.execute(
                f"SELECT json_extract(j.value, '$.sha256') FROM {table}, json_each({table}.photos)"
                f" AS j WHERE {table}.photos != '[]'{since}"
            )
        )
        for (text,) in db.execute(
            f"SELECT _clock FROM {table} WHERE _clock LIKE '%sha256%'{since}"
        ):
            for entries in json.loads(text).get("f", {}).values():
                for entry in entries:
                    if len(entry) == 3 and isinstance(entry[2], list):
                        used.update(p["sha256"] for p in entry[2] if isinstance(p, dict))
    return used


def remove_photo_files(attachments: AttachmentFolder, digests: Iterable[str]) -> None:
    """Delete the files of photos whose rows a committed transaction removed."""
    for sha in digests:
        with contextlib.suppress(OSError):  # left over: `repair` removes it later
            attachments.path_of(sha).unlink(missing_ok=True)
