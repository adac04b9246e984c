"""What the prints read from the store: lessons, photos, place names, a household's file,
a month's activities.

``PrintData(store)`` answers the questions the printing layer asks through its protocols
(``mentor_desk.printing.booklet.BookletSource`` and the arguments of the other prints), so
printing never touches the database. Runs on the GUI's database worker thread or in the
command line, like every store call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geothai

from mentor_desk.domain.records import Activity, Household, Lesson, Member, Visit
from mentor_desk.store.facade import Store
from mentor_desk.store.rows import record_from_row, select_list

ALIVE = "_cl % 2 = 1"


@dataclass(frozen=True)
class HouseholdFile:
    """Everything a household's visit summary shows."""

    household: Household
    members: list[Member]
    visits: list[Visit]


@dataclass(frozen=True)
class PlaceChoice:
    """A subdistrict that lessons are written about, for a filter list."""

    code: str
    name: str
    lessons: int


class PrintData:
    """The store as the prints see it (one thread, like the store itself)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def lessons(self) -> list[Lesson]:
        """Every live lesson, sorted by id."""
        return [record for record in self.store.records("lessons") if isinstance(record, Lesson)]

    def lesson(self, lesson_id: str) -> Lesson:
        """One lesson; NotFoundError if it does not exist."""
        record = self.store.get("lessons", lesson_id)
        assert isinstance(record, Lesson)
        return record

    def photo_path(self, sha256: str) -> Path:
        """Where a stored photo's file is (it may be missing)."""
        return self.store.photo_path(sha256)

    def place_name(self, subdistrict_code: str) -> str:
        """The Thai name of a subdistrict, or "" for an unknown code."""
        return _subdistrict_name(subdistrict_code)

    def home_area(self) -> str:
        """The district and province of this data folder's profile, e.g.
        "อำเภอน้ำพอง จังหวัดขอนแก่น" ("" before first-run set-up)."""
        profile = self.store.profile
        if profile is None:
            return ""
        parts: list[str] = []
        district = geothai.district(profile.district_code) if profile.district_code else None
        province = geothai.province(profile.province_code) if profile.province_code else None
        if district is not None:
            parts.append(f"อำเภอ{district.name_th}")
        if province is not None:
            parts.append(f"จังหวัด{province.name_th}")
        return " ".join(parts)

    def lesson_places(self) -> list[PlaceChoice]:
        """Subdistricts that live lessons are about, with how many lessons each."""
        rows = self.store.db.execute(
            f"SELECT subdistrict_code, count(*) FROM lessons WHERE {ALIVE} "
            "AND subdistrict_code != '' GROUP BY subdistrict_code ORDER BY subdistrict_code"
        ).fetchall()
        return [PlaceChoice(code, _subdistrict_name(code) or code, count) for code, count in rows]

    def household_file(self, household_id: str) -> HouseholdFile:
        """A household with its members and visits (oldest visit first)."""
        household = self.store.get("households", household_id)
        assert isinstance(household, Household)
        members = [
            record
            for record in self._where("members", "household_id = ?", [household_id], "name")
            if isinstance(record, Member)
        ]
        visits = [
            record
            for record in self._where("visits", "household_id = ?", [household_id], "date, id")
            if isinstance(record, Visit)
        ]
        return HouseholdFile(household, members, visits)

    def activities_in_month(self, year: int, month: int) -> list[Activity]:
        """Live activities dated in one month (Common Era year), by date."""
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return [
            record
            for record in self._where(
                "activities",
                "date BETWEEN ? AND ?",
                [first.isoformat(), last.isoformat()],
                "date, id",
            )
            if isinstance(record, Activity)
        ]

    def good_deed_stories(self) -> list[Lesson]:
        """Good-deed stories whose people consented (those a certificate may be made from)."""
        return [
            lesson
            for lesson in self.lessons()
            if lesson.kind == "good_deed" and lesson.people_consented
        ]

    def _where(self, table: str, condition: str, values: list[str], order_by: str) -> list[object]:
        sql = (
            f"SELECT {select_list(table)} FROM {table} WHERE {ALIVE} AND {condition} "
            f"ORDER BY {order_by}"
        )
        return [record_from_row(table, row) for row in self.store.db.execute(sql, values)]


@lru_cache(maxsize=512)
def _subdistrict_name(code: str) -> str:
    subdistrict = geothai.subdistrict(code) if code else None
    return subdistrict.name_th if subdistrict is not None else ""
