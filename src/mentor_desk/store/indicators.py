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

from mentor_desk.store.areas import Area, all_of
from mentor_desk.store.queries import VISIT_GAP_DAYS
from mentor_desk.store.review_actions import known_devices

_LIVE = "_cl % 2 = 1"
WHOLE_DISTRICT = Area()


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; either end may be open."""

    start: str | None = None
    end: str | None = None

    def where(self, column: str) -> tuple[str, list[str]]:
        """An SQL condition on `column` and its parameters."""
        return all_of((f"{column} >= ?", self.start), (f"{column} <= ?", self.end))


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


def households_registered(db: Database, area: Area = WHOLE_DISTRICT) -> int:
    cond, params = area.households("h")
    return _scalar(db, f"SELECT count(*) FROM households h WHERE h.{_LIVE} AND {cond}", params)


def households_reached(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> int:
    """Households with at least one visit in the period."""
    # One seek per household on visits(household_id, date) instead of joining every visit.
    cond, params = period.where("v.date")
    in_area, area_params = area.households("h")
    return _scalar(
        db,
        f"SELECT count(*) FROM households h WHERE h.{_LIVE} AND {in_area} AND EXISTS ("
        f"SELECT 1 FROM visits v WHERE v.household_id = h.id AND v.{_LIVE} AND {cond})",
        [*area_params, *params],
    )


def households_overdue(
    db: Database,
    *,
    today: dt.date,
    gap_days: int = VISIT_GAP_DAYS,
    area: Area = WHOLE_DISTRICT,
) -> int:
    """Households in care whose next visit date has passed, or last seen more than
    `gap_days` ago with no date planned (the mentor's "due" rule, counting only those late)."""
    # One index seek per household on visits(household_id, date): the latest visit and,
    # among visits that day, the latest next-visit date (NULLs sort last when descending).
    in_area, area_params = area.households("h")
    row = db.execute(
        f"""
        SELECT count(*) FROM (
            SELECT (
                SELECT json_array(v.date, v.next_visit_date) FROM visits v
                WHERE v.household_id = h.id AND v.{_LIVE}
                ORDER BY v.date DESC, v.next_visit_date DESC LIMIT 1
            ) AS latest
            FROM households h WHERE h.{_LIVE} AND h.status = 'active' AND {in_area}
        )
        WHERE latest IS NOT NULL AND (
            (json_extract(latest, '$[1]') IS NOT NULL AND json_extract(latest, '$[1]') < ?)
            OR (json_extract(latest, '$[1]') IS NULL AND json_extract(latest, '$[0]') IS NOT NULL
                AND julianday(?) - julianday(json_extract(latest, '$[0]')) > ?)
        )
        """,
        [*area_params, today.isoformat(), today.isoformat(), gap_days],
    ).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class VisitFigures:
    """The figures counted from the visits themselves, in one pass over them."""

    visits: int
    by_month_subdistrict: list[dict[str, Any]]
    referrals_by_agency: dict[str, int]


def visit_figures(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> VisitFigures:
    """Visits in the period (and area): how many, per month and subdistrict, and referrals
    per agency. One scan of the visits grouped by (month, subdistrict, agency); each visit
    finds its household's subdistrict through an index the query builds on the households
    once, which is several times faster than a lookup per visit in the households table."""
    # "+" keeps SQLite from walking the date index: for any period worth a dashboard, a
    # sequential scan is cheaper than a table lookup for every visit the index finds.
    cond, params = period.where("+v.date")
    in_area, area_params = area.households("h")
    join = "LEFT JOIN" if area.whole else "JOIN"
    sql = f"""
        WITH hh AS MATERIALIZED (SELECT h.id, h.subdistrict_code FROM households h
                                 WHERE {in_area})
        SELECT substr(v.date, 1, 7), coalesce(hh.subdistrict_code, ''), v.referral_agency,
               count(*)
        FROM visits v {join} hh ON hh.id = v.household_id
        WHERE v.{_LIVE} AND {cond}
        GROUP BY 1, 2, 3
    """
    total = 0
    by_month: dict[tuple[str, str], int] = {}
    referrals: dict[str, int] = {}
    for month, sub, agency, count in db.execute(sql, [*area_params, *params]):
        total += count
        if month is not None:
            by_month[(month, sub)] = by_month.get((month, sub), 0) + count
        if agency:
            referrals[agency] = referrals.get(agency, 0) + count
    return VisitFigures(
        visits=total,
        by_month_subdistrict=[
            {"month": month, "subdistrict_code": sub, "visits": count}
            for (month, sub), count in sorted(by_month.items())
        ],
        referrals_by_agency=dict(sorted(referrals.items())),
    )


def visits_by_month_subdistrict(
    db: Database, period: Period, area: Area = WHOLE_DISTRICT
) -> list[dict[str, Any]]:
    """Rows of {month: "YYYY-MM", subdistrict_code, visits}, by month then subdistrict."""
    return visit_figures(db, period, area).by_month_subdistrict


def visit_count(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> int:
    return visit_figures(db, period, area).visits


def referrals_by_agency(
    db: Database, period: Period, area: Area = WHOLE_DISTRICT
) -> dict[str, int]:
    return visit_figures(db, period, area).referrals_by_agency


def _activities_where(period: Period, area: Area) -> tuple[str, list[str]]:
    cond, params = period.where("a.date")
    in_area, area_params = area.activities("a")
    return f"a.{_LIVE} AND {cond} AND {in_area}", [*params, *area_params]


def activity_count(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> int:
    cond, params = _activities_where(period, area)
    return _scalar(db, f"SELECT count(*) FROM activities a WHERE {cond}", params)


def activities_by_kind(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> dict[str, int]:
    cond, params = _activities_where(period, area)
    return _pairs(
        db,
        f"SELECT coalesce(a.kind, ''), count(*) FROM activities a WHERE {cond} "
        "GROUP BY 1 ORDER BY 1",
        params,
    )


def activities_by_virtue(
    db: Database, period: Period, area: Area = WHOLE_DISTRICT
) -> dict[str, int]:
    """How many activities promoted each virtue (an activity may count under several)."""
    cond, params = _activities_where(period, area)
    return _pairs(
        db,
        f"SELECT j.value, count(*) FROM activities a, json_each(a.virtues) j "
        f"WHERE {cond} GROUP BY 1 ORDER BY 1",
        params,
    )


def participants(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> dict[str, int]:
    """Adults and children counted at activities, and the households taking part (those of
    the area, when an area is chosen)."""
    cond, params = _activities_where(period, area)
    row = db.execute(
        f"SELECT coalesce(sum(a.adults), 0), coalesce(sum(a.children), 0) "
        f"FROM activities a WHERE {cond}",
        params,
    ).fetchone()
    in_area, area_params = area.households("h")
    household_in_area = (
        "" if area.whole else f" AND j.value IN (SELECT h.id FROM households h WHERE {in_area})"
    )
    households = _scalar(
        db,
        f"SELECT count(DISTINCT j.value) FROM activities a, json_each(a.household_ids) j "
        f"WHERE {cond}{household_in_area}",
        [*params, *(area_params if not area.whole else [])],
    )
    adults, children = (int(row[0]), int(row[1])) if row else (0, 0)
    return {
        "adults": adults,
        "children": children,
        "people": adults + children,
        "households": households,
    }


def lessons_by_status(db: Database, period: Period, area: Area = WHOLE_DISTRICT) -> dict[str, int]:
    """Lessons by status; the period limits them by the end (else start) of their period."""
    cond, params = period.where("coalesce(period_end, period_start)")
    if period.start or period.end:
        cond = f"(coalesce(period_end, period_start) IS NULL OR ({cond}))"
    in_area, area_params = area.lessons("l")
    return _pairs(
        db,
        f"SELECT coalesce(status, ''), count(*) FROM lessons l WHERE {_LIVE} AND {cond} "
        f"AND {in_area} GROUP BY 1 ORDER BY 1",
        [*params, *area_params],
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
    area: Area = WHOLE_DISTRICT,
) -> Indicators:
    """Every indicator of the district report, for a period (all time when None) and an
    area (the whole district by default). `with_registry=False` leaves out the per-device
    lines (the slowest part), for screens that do not show them."""
    period = period or Period()
    by_writer = records_by_origin(db) if with_registry else {}
    visits = visit_figures(db, period, area)
    return Indicators(
        period=period,
        today=today.isoformat(),
        households_registered=households_registered(db, area),
        households_reached=households_reached(db, period, area),
        households_overdue=households_overdue(db, today=today, area=area),
        visits=visits.visits,
        visits_by_month_subdistrict=visits.by_month_subdistrict,
        activities=activity_count(db, period, area),
        activities_by_kind=activities_by_kind(db, period, area),
        activities_by_virtue=activities_by_virtue(db, period, area),
        participants=participants(db, period, area),
        referrals_by_agency=visits.referrals_by_agency,
        lessons_by_status=lessons_by_status(db, period, area),
        mentors=(
            mentor_registry(db, today=today, enrolled=enrolled, by_writer=by_writer)
            if with_registry
            else []
        ),
        records_by_writer=by_writer,
    )
