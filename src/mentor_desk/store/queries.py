"""Read-only questions the screens and reports ask of the store, named for what they answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.domain.records import TABLES, Household, Record, Visit
from mentor_desk.store.rows import record_from_row, select_list

VISIT_GAP_DAYS = 30


@dataclass(frozen=True)
class DueHousehold:
    """A household due a visit: when it was last seen, when it was to be seen next."""

    household: Household
    last_visit: str | None
    next_visit: str | None
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def live_records(db: Database, table: str, *, order_by: str = "id") -> Iterator[Record]:
    """Every live record of a table."""
    sql = f"SELECT {select_list(table)} FROM {table} WHERE _cl % 2 = 1 ORDER BY {order_by}"
    for row in db.execute(sql):
        yield record_from_row(table, row)


def get_record(db: Database, table: str, record_id: str) -> Record | None:
    """One live record, or None."""
    row = db.execute(
        f"SELECT {select_list(table)} FROM {table} WHERE id = ? AND _cl % 2 = 1", [record_id]
    ).fetchone()
    return record_from_row(table, row) if row else None


def live_counts(db: Database) -> dict[str, int]:
    """How many live records each table holds."""
    return {
        table: db.execute(f"SELECT count(*) FROM {table} WHERE _cl % 2 = 1").fetchone()[0]
        for table in TABLES
    }


def visits_for_household(db: Database, household_id: str) -> list[Visit]:
    """A household's visits, newest first."""
    sql = (
        f"SELECT {select_list('visits')} FROM visits WHERE household_id = ? AND _cl % 2 = 1 "
        "ORDER BY date DESC, id"
    )
    return [record_from_row("visits", row) for row in db.execute(sql, [household_id])]  # type: ignore[misc]


def households_due_for_visit(
    db: Database, *, today: dt.date, gap_days: int = VISIT_GAP_DAYS
) -> list[DueHousehold]:
    """Households in care whose next-visit date has come, or who had no visit in `gap_days`;
    the longest overdue first."""
    # Each household's newest visit is one step down the (household_id, date) index, so the
    # list costs a few lookups per family instead of a pass over every visit.
    columns = select_list("households")
    sql = f"""
        SELECT {columns}, last_date, next_date FROM (
            SELECT *, (
                SELECT max(v.next_visit_date) FROM visits v
                WHERE v.household_id = newest.id AND v.date = newest.last_date AND v._cl % 2 = 1
            ) AS next_date
            FROM (
                SELECT h.*, (
                    SELECT v.date FROM visits v
                    WHERE v.household_id = h.id AND v._cl % 2 = 1
                    ORDER BY v.date DESC LIMIT 1
                ) AS last_date
                FROM households h
                WHERE h._cl % 2 = 1 AND h.status = 'active'
            ) AS newest
        )
        WHERE next_date <= :today
            OR (next_date IS NULL AND (last_date IS NULL OR last_date <= :cutoff))
    """
    # Only households that are due are turned into records: a district's database holds
    # tens of thousands of families and most are not due on any one day.
    parameters = {
        "today": today.isoformat(),
        "cutoff": (today - dt.timedelta(days=gap_days)).isoformat(),
    }
    due: list[DueHousehold] = []
    for row in db.execute(sql, parameters):
        household = record_from_row("households", row[:-2])
        last_date, next_date = row[-2], row[-1]
        if next_date:
            days = (today - dt.date.fromisoformat(next_date)).days
        elif last_date:
            days = (today - dt.date.fromisoformat(last_date)).days - gap_days
        else:
            days = 0  # never visited: due now
        if days >= 0:
            due.append(DueHousehold(household, last_date, next_date, days))  # type: ignore[arg-type]
    due.sort(key=lambda d: (-d.days_overdue, d.household.head_name))
    return due


@dataclass(frozen=True)
class RecentEntry:
    """A record recently written on this computer, for the home screen."""

    table: str
    id: str
    title: str
    date: str | None


@dataclass(frozen=True)
class HomeSummary:
    """Everything the home screen shows, read in one go on the database thread."""

    due: list[DueHousehold]
    visits_this_month: int
    activities_this_month: int
    recent: list[RecentEntry]
    unsent: int


_RECENT_SQL = {
    "visits": "SELECT 'visits', v.id, coalesce(h.head_name, ''), v.date, v._hlc AS stamp "
    "FROM visits v LEFT JOIN households h ON h.id = v.household_id WHERE v._cl % 2 = 1",
    "activities": "SELECT 'activities', id, title, date, _hlc AS stamp "
    "FROM activities WHERE _cl % 2 = 1",
    "lessons": "SELECT 'lessons', id, title, period_end, _hlc AS stamp "
    "FROM lessons WHERE _cl % 2 = 1",
    "households": "SELECT 'households', id, head_name, NULL, _hlc AS stamp "
    "FROM households WHERE _cl % 2 = 1",
}


def recent_entries(db: Database, *, limit: int = 8) -> list[RecentEntry]:
    """The records most recently written, newest first."""
    parts = [f"SELECT * FROM ({sql} ORDER BY stamp DESC LIMIT ?)" for sql in _RECENT_SQL.values()]
    sql = " UNION ALL ".join(parts) + " ORDER BY 5 DESC LIMIT ?"
    rows = db.execute(sql, [limit] * (len(parts) + 1)).fetchall()
    return [RecentEntry(table, rid, title, day) for table, rid, title, day, _ in rows]


_ERASED = "{t}._clock LIKE '%\"x\":%'"  # an erasure goes to the district, consent or not
# What the district profile sends of each table (sync.profiles.DistrictFilter, in SQL, so
# the home screen can count it at once): families who agreed to share, their members and
# visits, every activity, and lessons whose people agreed to be named.
_SENT_TO_DISTRICT = {
    "households": f"FROM households t WHERE (t.consent_share = 1 OR {_ERASED.format(t='t')})",
    "members": "FROM members t LEFT JOIN households h ON h.id = t.household_id "
    f"WHERE (h.consent_share = 1 OR {_ERASED.format(t='t')})",
    "visits": "FROM visits t LEFT JOIN households h ON h.id = t.household_id "
    f"WHERE (h.consent_share = 1 OR {_ERASED.format(t='t')})",
    "activities": "FROM activities t WHERE 1",
    "lessons": f"FROM lessons t WHERE (t.people_consented = 1 OR {_ERASED.format(t='t')})",
}


def unsent_count(db: Database) -> int:
    """Records created, changed or deleted on this computer since the district last
    acknowledged a bundle (all of them while no district has acknowledged anything), counting
    only what a file for the district carries: a family without consent to share never
    leaves the laptop, so it never waits to be sent."""
    (acked,) = db.execute(
        "SELECT coalesce(max(acked_seq), 0) FROM peers WHERE role = 'district'"
    ).fetchone()
    return sum(
        int(db.execute(f"SELECT count(*) {sql} AND t._local_seq > ?", [acked]).fetchone()[0])
        for sql in _SENT_TO_DISTRICT.values()
    )


def home_summary(db: Database, *, today: dt.date) -> HomeSummary:
    """The home screen's figures for `today`."""
    month_start = today.replace(day=1).isoformat()
    month_end = today.isoformat()

    def in_month(table: str) -> int:
        sql = f"SELECT count(*) FROM {table} WHERE _cl % 2 = 1 AND date BETWEEN ? AND ?"
        return int(db.execute(sql, [month_start, month_end]).fetchone()[0])

    return HomeSummary(
        due=households_due_for_visit(db, today=today),
        visits_this_month=in_month("visits"),
        activities_this_month=in_month("activities"),
        recent=recent_entries(db),
        unsent=unsent_count(db),
    )
