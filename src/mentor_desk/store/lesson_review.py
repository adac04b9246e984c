"""The district's lesson review desk: which lessons wait, what each holds, how many of each
status. Read-only questions, run on the GUI's database worker; a decision itself is an
ordinary edit (`Store.put` of status and reviewer notes), so it syncs back to the mentor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.domain import vocab
from mentor_desk.store import clocks
from mentor_desk.store.lesson_origin import content_writers
from mentor_desk.store.review_actions import known_devices
from mentor_desk.store.rows import data_columns

REVIEW_STATUSES = ("submitted", "reviewed", "selected")
"""Statuses a lesson has once its mentor sent it; drafts stay the mentor's own business."""

DECISIONS = ("reviewed", "selected", "submitted")
"""What a reviewer may set: reviewed, selected for the booklet, or back to submitted."""


@dataclass(frozen=True)
class ReviewRow:
    """One lesson in the review inbox, with who sent it and where from."""

    id: str
    kind: str
    title: str
    author: str
    area: str
    subdistrict_code: str
    period_start: str | None
    period_end: str | None
    status: str
    mentor: str
    people_consented: bool
    photos: int

    @property
    def waiting(self) -> bool:
        """Still to be reviewed (these come first in the inbox)."""
        return self.status == "submitted"


def review_rows(db: Database) -> list[ReviewRow]:
    """Every live lesson a mentor sent for review: submitted first (oldest period first, so
    nothing waits forever), then reviewed, then selected, each by title."""
    names = {device: known.name for device, known in known_devices(db).items()}
    sql = """
        SELECT id, kind, title, author, area, subdistrict_code, period_start, period_end,
               status, people_consented, coalesce(json_array_length(photos), 0), _clock
        FROM lessons WHERE _cl % 2 = 1 AND status IN ('submitted', 'reviewed', 'selected')
    """
    rows = [
        ReviewRow(
            id=row[0],
            kind=row[1] or "",
            title=row[2],
            author=row[3],
            area=row[4],
            subdistrict_code=row[5],
            period_start=row[6],
            period_end=row[7],
            status=row[8],
            mentor=_mentor_name(row[11], names, fallback=row[3]),
            people_consented=bool(row[9]),
            photos=int(row[10]),
        )
        for row in db.execute(sql)
    ]
    rows.sort(
        key=lambda r: (
            REVIEW_STATUSES.index(r.status),
            r.period_end or r.period_start or "9999",
            r.title,
            r.id,
        )
    )
    return rows


def status_counts(db: Database) -> dict[str, int]:
    """Live lessons per status, every status of the review flow present (0 when none)."""
    counts = dict.fromkeys(vocab.LESSON_STATUS.keys(), 0)
    sql = "SELECT coalesce(status, 'draft'), count(*) FROM lessons WHERE _cl % 2 = 1 GROUP BY 1"
    for status, count in db.execute(sql):
        counts[str(status)] = counts.get(str(status), 0) + int(count)
    return counts


def _mentor_name(raw_clock: str, names: Mapping[str, str], *, fallback: str) -> str:
    """Who sent the lesson: the remembered name of the database that wrote its content
    (the lesson's author when no import remembered one)."""
    writers = sorted(content_writers(clocks.loads(raw_clock, data_columns("lessons")).get("f", {})))
    for writer in writers:
        if names.get(writer):
            return names[writer]
    return fallback
