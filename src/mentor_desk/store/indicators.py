"""District indicators: what the district reports to the province, counted in SQL.

Plain functions over the database, each one aggregation query, so a refresh stays fast on
a district's merged data (100,000 visits and more). Only live records count (`_cl` odd).
A period, when given, limits visits, activities and lessons by their dates (ISO, inclusive).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlite_utils import Database

from mentor_desk.store.queries import VISIT_GAP_DAYS
from mentor_desk.store.review_actions import known_devices

_LIVE = "_cl % 2 = 1"


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; either end may be open."""

    start: str | None = None
    end: str | None = None

    def where(self, column: str) -> tuple[str, list[str]]:
        """An SQL condition on `column` and its parameters."""
        parts, params = [], []
        if self.start:
            parts.append(f"{column} >= ?")
            params.append(self.start)
        if self.end:
            parts.append(f"{column} <= ?")
            params.append(self.end)
        return (" AND ".join(parts) or "1"), params


@dataclass(frozen=True)
class MentorLine:
    """One mentor's device as the district knows it."""

    device_id: str
    name: str
    role: str
    records_held: int
    last_received_at: str | None
    days_since_last_report: int | None


@dataclass(frozen=True)
class Indicators:
    """Every figure of the district report."""

    period: Period
    today: str
    households_registered: int
    households_reached: int
    households_overdue: int
    visits: int
    visits_by_month_subdistrict: list[dict[str, Any]]
    activities: int
    activities_by_kind: dict[str, int]
    activities_by_virtue: dict[str, int]
    participants: dict[str, int]
    referrals_by_agency: dict[str, int]
    lessons_by_status: dict[str, int]
    mentors: list[MentorLine] = field(default_factory=list)
    records_by_writer: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _scalar(db: Database, sql: str, params: Iterable[Any] = ()) -> int:
    row = db.execute(sql, list(params)).fetchone()
    return int(row[0] or 0) if row else 0


def _pairs(db: Database, sql: str, params: Iterable[Any] = ()) -> dict[str, int]:
    return {str(key): int(count) for key, count in db.execute(sql, list(params))}


def households_registered(db: Database) -> int:
    return _scalar(db, f"SELECT count(*) FROM households WHERE {_LIVE}")


def households_reached(db: Database, period: Period) -> int:
    """Households with at least one visit in the period."""
    cond, params = period.where("v.date")
    return _scalar(
        db,
        f"SELECT count(DISTINCT v.household_id) FROM visits v JOIN households h "
        f"ON h.id = v.household_id AND h.{_LIVE} WHERE v.{_LIVE} AND {cond}",
        params,
    )


def households_overdue(db: Database, *, today: dt.date, gap_days: int = VISIT_GAP_DAYS) -> int:
    """Households in care whose next visit date has passed, or last seen more than
    `gap_days` ago with no date planned (the mentor's "due" rule, counting only those late)."""
    # One index seek per household on visits(household_id, date): the latest visit and,
    # among visits that day, the latest next-visit date (NULLs sort last when descending).
    row = db.execute(
        f"""
        SELECT count(*) FROM (
            SELECT (
                SELECT json_array(v.date, v.next_visit_date) FROM visits v
                WHERE v.household_id = h.id AND v.{_LIVE}
                ORDER BY v.date DESC, v.next_visit_date DESC LIMIT 1
            ) AS latest
            FROM households h WHERE h.{_LIVE} AND h.status = 'active'
        )
        WHERE latest IS NOT NULL AND (
            (json_extract(latest, '$[1]') IS NOT NULL AND json_extract(latest, '$[1]') < :today)
            OR (json_extract(latest, '$[1]') IS NULL AND json_extract(latest, '$[0]') IS NOT NULL
                AND julianday(:today) - julianday(json_extract(latest, '$[0]')) > :gap)
        )
        """,
        {"today": today.isoformat(), "gap": gap_days},
    ).fetchone()
    return int(row[0]) if row else 0


def visits_by_month_subdistrict(db: Database, period: Period) -> list[dict[str, Any]]:
    """Rows of {month: "YYYY-MM", subdistrict_code, visits}, by month then subdistrict."""
    cond, params = period.where("v.date")
    sql = f"""
        SELECT substr(v.date, 1, 7) AS month, coalesce(h.subdistrict_code, '') AS sub, count(*)
        FROM visits v LEFT JOIN households h ON h.id = v.household_id
        WHERE v.{_LIVE} AND v.date IS NOT NULL AND {cond}
        GROUP BY month, sub ORDER BY month, sub
    """
    return [
        {"month": month, "subdistrict_code": sub, "visits": int(count)}
        for month, sub, count in db.execute(sql, params)
    ]


def visit_count(db: Database, period: Period) -> int:
    cond, params = period.where("date")
    return _scalar(db, f"SELECT count(*) FROM visits WHERE {_LIVE} AND {cond}", params)


def activity_count(db: Database, period: Period) -> int:
    cond, params = period.where("date")
    return _scalar(db, f"SELECT count(*) FROM activities WHERE {_LIVE} AND {cond}", params)


def activities_by_kind(db: Database, period: Period) -> dict[str, int]:
    cond, params = period.where("date")
    return _pairs(
        db,
        f"SELECT coalesce(kind, ''), count(*) FROM activities WHERE {_LIVE} AND {cond} "
        "GROUP BY 1 ORDER BY 1",
        params,
    )


def activities_by_virtue(db: Database, period: Period) -> dict[str, int]:
    """How many activities promoted each virtue (an activity may count under several)."""
    cond, params = period.where("a.date")
    return _pairs(
        db,
        f"SELECT j.value, count(*) FROM activities a, json_each(a.virtues) j "
        f"WHERE a.{_LIVE} AND {cond} GROUP BY 1 ORDER BY 1",
        params,
    )


def participants(db: Database, period: Period) -> dict[str, int]:
    """Adults and children counted at activities, and the households taking part."""
    cond, params = period.where("a.date")
    row = db.execute(
        f"SELECT coalesce(sum(a.adults), 0), coalesce(sum(a.children), 0) "
        f"FROM activities a WHERE a.{_LIVE} AND {cond}",
        params,
    ).fetchone()
    households = _scalar(
        db,
        f"SELECT count(DISTINCT j.value) FROM activities a, json_each(a.household_ids) j "
        f"WHERE a.{_LIVE} AND {cond}",
        params,
    )
    adults, children = (int(row[0]), int(row[1])) if row else (0, 0)
    return {
        "adults": adults,
        "children": children,
        "people": adults + children,
        "households": households,
    }


def referrals_by_agency(db: Database, period: Period) -> dict[str, int]:
    cond, params = period.where("date")
    return _pairs(
        db,
        f"SELECT referral_agency, count(*) FROM visits WHERE {_LIVE} AND {cond} "
        "AND referral_agency != '' GROUP BY 1 ORDER BY 1",
        params,
    )


def lessons_by_status(db: Database, period: Period) -> dict[str, int]:
    """Lessons by status; the period limits them by the end (else start) of their period."""
    cond, params = period.where("coalesce(period_end, period_start)")
    if period.start or period.end:
        cond = f"(coalesce(period_end, period_start) IS NULL OR ({cond}))"
    return _pairs(
        db,
        f"SELECT coalesce(status, ''), count(*) FROM lessons WHERE {_LIVE} AND {cond} "
        "GROUP BY 1 ORDER BY 1",
        params,
    )


_TABLES = ("households", "members", "visits", "activities", "lessons")


def records_by_origin(db: Database) -> dict[str, int]:
    """Live records per device that created them: the device with the earliest stamp in a
    record's version vector (later edits, such as a district's review, do not move it)."""
    counts: dict[str, int] = {}
    for table in _TABLES:
        sql = f"""
            SELECT origin, count(*) FROM (
                SELECT (SELECT j.key FROM json_each(t._clock, '$.v') j
                        ORDER BY j.value, j.key LIMIT 1) AS origin
                FROM {table} t WHERE t.{_LIVE}
            ) GROUP BY origin
        """
        for origin, count in db.execute(sql):
            if origin is not None:
                counts[str(origin)] = counts.get(str(origin), 0) + int(count)
    return counts


def mentor_registry(
    db: Database,
    *,
    today: dt.date,
    enrolled: Iterable[tuple[str, str, str]] = (),
    by_writer: dict[str, int] | None = None,
) -> list[MentorLine]:
    """Every device we received files from, plus enrolled devices `(device_id, name, role)`
    that never sent one: records held, last file received, days since.

    Records are stamped by a database device, files signed by a key device; records count
    towards a key device once an import remembered which database writes behind it."""
    by_writer = records_by_origin(db) if by_writer is None else by_writer
    held: dict[str, int] = {}
    for writer, known in known_devices(db).items():
        held[known.origin_device] = held.get(known.origin_device, 0) + by_writer.get(writer, 0)
    lines: dict[str, MentorLine] = {}
    rows = db.execute("SELECT device_id, name, role, last_received_at FROM peers")
    for device_id, name, role, received_at in rows:
        days = None
        if received_at:
            days = (today - dt.datetime.fromisoformat(received_at).date()).days
        lines[device_id] = MentorLine(
            device_id, name, role, held.get(device_id, 0), received_at, days
        )
    for device_id, name, role in enrolled:
        if device_id not in lines:
            lines[device_id] = MentorLine(device_id, name, role, held.get(device_id, 0), None, None)
    return sorted(lines.values(), key=lambda line: (line.name, line.device_id))


def district_indicators(
    db: Database,
    *,
    today: dt.date,
    period: Period | None = None,
    enrolled: Iterable[tuple[str, str, str]] = (),
    with_registry: bool = True,
) -> Indicators:
    """Every indicator of the district report, for a period (all time when None).
    `with_registry=False` leaves out the per-device lines (the slowest part), for screens
    that do not show them."""
    period = period or Period()
    by_writer = records_by_origin(db) if with_registry else {}
    return Indicators(
        period=period,
        today=today.isoformat(),
        households_registered=households_registered(db),
        households_reached=households_reached(db, period),
        households_overdue=households_overdue(db, today=today),
        visits=visit_count(db, period),
        visits_by_month_subdistrict=visits_by_month_subdistrict(db, period),
        activities=activity_count(db, period),
        activities_by_kind=activities_by_kind(db, period),
        activities_by_virtue=activities_by_virtue(db, period),
        participants=participants(db, period),
        referrals_by_agency=referrals_by_agency(db, period),
        lessons_by_status=lessons_by_status(db, period),
        mentors=(
            mentor_registry(db, today=today, enrolled=enrolled, by_writer=by_writer)
            if with_registry
            else []
        ),
        records_by_writer=by_writer,
    )
