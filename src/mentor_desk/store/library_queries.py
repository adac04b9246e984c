"""Read-only questions of the library screens (activities, lessons and their pickers).

Each function returns small dataclasses holding only what a list shows, so a list of
hundreds of lessons never carries their long texts; the editor loads one full record with
`Store.get` when it is opened. Called on the GUI's database worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

ALIVE = "_cl % 2 = 1"  # odd causal length: the record is alive


@dataclass(frozen=True)
class ActivityRow:
    """One family-support activity as the activity list shows it."""

    id: str
    title: str
    kind: str
    date: str | None
    place: str
    adults: int | None
    children: int | None
    household_count: int

    @property
    def participants(self) -> int | None:
        """Adults and children together, or None when neither was counted."""
        if self.adults is None and self.children is None:
            return None
        return (self.adults or 0) + (self.children or 0)


@dataclass(frozen=True)
class LessonRow:
    """One lesson, good-deed story or learning source as the lesson list shows it."""

    id: str
    kind: str
    title: str
    author: str
    area: str
    period_start: str | None
    period_end: str | None
    status: str
    people_consented: bool


@dataclass(frozen=True)
class HouseholdChoice:
    """A household offered in the "households taking part" picker."""

    id: str
    head_name: str
    house_no: str
    moo: int | None
    village_name: str


@dataclass(frozen=True)
class ActivityChoice:
    """An activity offered in a lesson's "linked activities" picker."""

    id: str
    title: str
    date: str | None


@dataclass(frozen=True)
class VisitChoice:
    """A visit offered in a lesson's "linked visits" picker."""

    id: str
    date: str | None
    household_name: str
    mode: str


def activity_rows(db: Database) -> list[ActivityRow]:
    """Every live activity, newest date first (then by title), for the activity list."""
    sql = f"""
        SELECT id, title, kind, date, place, adults, children,
               coalesce(json_array_length(household_ids), 0)
        FROM activities WHERE {ALIVE}
        ORDER BY date IS NULL, date DESC, title, id
    """
    return [
        ActivityRow(
            id=row[0],
            title=row[1],
            kind=row[2] or "",
            date=row[3],
            place=row[4],
            adults=row[5],
            children=row[6],
            household_count=row[7],
        )
        for row in db.execute(sql)
    ]


def lesson_rows(db: Database) -> list[LessonRow]:
    """Every live lesson, the most recent period first (undated last), for the lesson list."""
    sql = f"""
        SELECT id, kind, title, author, area, period_start, period_end, status, people_consented
        FROM lessons WHERE {ALIVE}
        ORDER BY coalesce(period_end, period_start) IS NULL,
                 coalesce(period_end, period_start) DESC, title, id
    """
    return [
        LessonRow(
            id=row[0],
            kind=row[1] or "",
            title=row[2],
            author=row[3],
            area=row[4],
            period_start=row[5],
            period_end=row[6],
            status=row[7] or "draft",
            people_consented=bool(row[8]),
        )
        for row in db.execute(sql)
    ]


def household_choices(db: Database) -> list[HouseholdChoice]:
    """Every live household by village and head's name, for picking who took part."""
    sql = f"""
        SELECT id, head_name, house_no, moo, village_name FROM households WHERE {ALIVE}
        ORDER BY village_name, moo, head_name, id
    """
    return [
        HouseholdChoice(
            id=row[0], head_name=row[1], house_no=row[2], moo=row[3], village_name=row[4]
        )
        for row in db.execute(sql)
    ]


def activity_choices(db: Database) -> list[ActivityChoice]:
    """Every live activity, newest first, for linking activities to a lesson."""
    sql = f"""
        SELECT id, title, date FROM activities WHERE {ALIVE}
        ORDER BY date IS NULL, date DESC, title, id
    """
    return [ActivityChoice(id=row[0], title=row[1], date=row[2]) for row in db.execute(sql)]


def visit_choices(db: Database) -> list[VisitChoice]:
    """Every live visit with its household's head name, newest first, for linking to a lesson."""
    sql = f"""
        SELECT v.id, v.date, coalesce(h.head_name, ''), v.mode
        FROM visits v LEFT JOIN households h ON h.id = v.household_id AND h._cl % 2 = 1
        WHERE v.{ALIVE}
        ORDER BY v.date IS NULL, v.date DESC, h.head_name, v.id
    """
    return [
        VisitChoice(id=row[0], date=row[1], household_name=row[2], mode=row[3] or "")
        for row in db.execute(sql)
    ]
