"""Read-only questions the households and visit screens ask: a paged, sorted, filtered list
of households with their last visit, a household's detail with members and a timeline of
visits and activities, and the small look-ups the visit form needs.

Plain functions over the sqlite-utils `Database`; they never write. In the GUI they run on
the database worker thread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from mentor_desk.domain.ids import CODE_ALPHABET, CODE_LENGTH, short_code
from mentor_desk.domain.records import Household, Member
from mentor_desk.store.rows import record_from_row, select_list

LIVE = "_cl % 2 = 1"
# How long a code-like query must be before codes are compared too: shorter runs of
# code letters turn up inside too many codes to help anyone.
MIN_CODE_QUERY = 3
SUMMARY_CHARACTERS = 160


class HouseholdSort(StrEnum):
    """What the household list can be ordered by."""

    HEAD_NAME = "head_name"
    VILLAGE = "village"
    RISK = "risk"
    STATUS = "status"
    LAST_VISIT = "last_visit"


_SORT_SQL: dict[HouseholdSort, tuple[str, ...]] = {
    HouseholdSort.HEAD_NAME: ("h.head_name",),
    HouseholdSort.VILLAGE: ("coalesce(h.moo, 0)", "h.village_name", "h.house_no"),
    HouseholdSort.RISK: ("CASE h.risk_level WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END",),
    HouseholdSort.STATUS: ("CASE h.status WHEN 'active' THEN 1 WHEN 'moved' THEN 2 ELSE 3 END",),
    HouseholdSort.LAST_VISIT: ("coalesce(last.last_date, '')",),
}

# The columns of a HouseholdRow, the last visit looked up per row (one index seek each).
_ROW_COLUMNS = f"""
    h.id, h.head_name, h.house_no, h.moo, h.village_name, h.risk_level, h.status, h.tags,
    (SELECT max(v.date) FROM visits v WHERE v.household_id = h.id AND v.{LIVE})
"""
_LAST_VISITS = f"""
    SELECT household_id, max(date) AS last_date FROM visits WHERE {LIVE} GROUP BY household_id
"""


@dataclass(frozen=True)
class HouseholdRow:
    """One line of the household list."""

    id: str
    head_name: str
    house_no: str
    moo: int | None
    village_name: str
    risk_level: str
    status: str
    tags: tuple[str, ...]
    last_visit: str | None

    @property
    def code(self) -> str:
        return short_code(self.id)


@dataclass(frozen=True)
class HouseholdFilter:
    """What the list shows: text typed in the search box, and optionally one status."""

    text: str = ""
    status: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """A visit or an activity in a household's timeline."""

    kind: str  # "visit" or "activity"
    record_id: str
    date: str | None
    label: str  # visit mode key, or activity title
    # The start of the observations (or outcome): one character longer than
    # SUMMARY_CHARACTERS when there is more, so the screen knows to shorten it.
    summary: str
    risk_after: str | None = None


@dataclass(frozen=True)
class HouseholdDetail:
    """Everything the household detail screen shows."""

    household: Household
    members: tuple[Member, ...]
    timeline: tuple[TimelineEntry, ...]
    last_visit: str | None
    next_visit: str | None


def register_functions(db: Database) -> None:
    """Make `short_code(id)` callable from SQL on this connection (idempotent)."""
    db.conn.create_function("short_code", 1, short_code, deterministic=True)


def _where(db: Database, wanted: HouseholdFilter) -> tuple[str, list[object]]:
    clauses = [f"h.{LIVE}"]
    params: list[object] = []
    if wanted.status:
        clauses.append("h.status = ?")
        params.append(wanted.status)
    text = wanted.text.strip()
    if text:
        # instr() over 100,000 short rows is a few tens of milliseconds, and unlike the
        # trigram index it also finds one- and two-character queries.
        matches = ["instr(lower(h.head_name), ?)", "instr(lower(h.village_name), ?)"]
        params += [text.lower(), text.lower()]
        matches.append("instr(h.house_no, ?)")
        params.append(text)
        if _looks_like_code(text):
            register_functions(db)
            matches.append("instr(short_code(h.id), ?)")
            params.append(text.upper())
        clauses.append("(" + " OR ".join(matches) + ")")
    return " AND ".join(clauses), params


def _looks_like_code(text: str) -> bool:
    upper = text.upper()
    return MIN_CODE_QUERY <= len(upper) <= CODE_LENGTH and all(c in CODE_ALPHABET for c in upper)


def count_households(db: Database, wanted: HouseholdFilter) -> int:
    """How many households the filter matches."""
    where, params = _where(db, wanted)
    return int(db.execute(f"SELECT count(*) FROM households h WHERE {where}", params).fetchone()[0])


def household_order(
    db: Database,
    wanted: HouseholdFilter,
    *,
    sort: HouseholdSort = HouseholdSort.HEAD_NAME,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """The row numbers of the households the filter matches, in list order (ties by id).

    The list screen asks for the whole order once per search or sort (100,000 integers are
    small) and then fetches the rows page by page with `households_by_rowid`, so scrolling
    never re-sorts the table the way LIMIT/OFFSET paging would.
    """
    where, params = _where(db, wanted)
    direction = "DESC" if descending else "ASC"
    keys = ", ".join(f"{key} {direction}" for key in (*_SORT_SQL[sort], "h.id"))
    join = ""
    if sort is HouseholdSort.LAST_VISIT:
        join = f"LEFT JOIN ({_LAST_VISITS}) last ON last.household_id = h.id"
    sql = f"SELECT h.rowid FROM households h {join} WHERE {where} ORDER BY {keys}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [rowid for (rowid,) in db.execute(sql, params)]


def households_by_rowid(db: Database, rowids: Sequence[int]) -> list[HouseholdRow]:
    """The list lines of some households, in the order of `rowids`; households deleted since
    the order was taken are left out."""
    sql = f"""
        SELECT h.rowid, {_ROW_COLUMNS} FROM households h
        WHERE h.rowid IN (SELECT value FROM json_each(?)) AND h.{LIVE}
    """
    found = {row[0]: _household_row(row[1:]) for row in db.execute(sql, [json.dumps(rowids)])}
    return [found[rowid] for rowid in rowids if rowid in found]


def list_households(
    db: Database,
    wanted: HouseholdFilter,
    *,
    sort: HouseholdSort = HouseholdSort.HEAD_NAME,
    descending: bool = False,
    limit: int,
) -> list[HouseholdRow]:
    """The first `limit` lines of the household list."""
    order = household_order(db, wanted, sort=sort, descending=descending, limit=limit)
    return households_by_rowid(db, order)


def _household_row(row: tuple[object, ...]) -> HouseholdRow:
    return HouseholdRow(
        id=str(row[0]),
        head_name=str(row[1]),
        house_no=str(row[2]),
        moo=row[3],  # type: ignore[arg-type]
        village_name=str(row[4]),
        risk_level=str(row[5] or "low"),
        status=str(row[6] or "active"),
        tags=tuple(json.loads(str(row[7]))),
        last_visit=row[8],  # type: ignore[arg-type]
    )


def household_detail(db: Database, household_id: str) -> HouseholdDetail | None:
    """A household with its members (oldest first), timeline (newest first) and visit dates;
    None when there is no such live household."""
    row = db.execute(
        f"SELECT {select_list('households')} FROM households WHERE id = ? AND {LIVE}",
        [household_id],
    ).fetchone()
    if row is None:
        return None
    household = record_from_row("households", row)
    assert isinstance(household, Household)
    timeline = household_timeline(db, household_id)
    visits = [entry for entry in timeline if entry.kind == "visit" and entry.date]
    next_visit = db.execute(
        f"SELECT next_visit_date FROM visits WHERE household_id = ? AND {LIVE} "
        "ORDER BY date DESC, next_visit_date DESC LIMIT 1",
        [household_id],
    ).fetchone()
    return HouseholdDetail(
        household=household,
        members=tuple(household_members(db, household_id)),
        timeline=tuple(timeline),
        last_visit=visits[0].date if visits else None,
        next_visit=next_visit[0] if next_visit else None,
    )


def household_members(db: Database, household_id: str) -> list[Member]:
    """A household's live members: the head first, then by birth year (oldest first)."""
    sql = f"""
        SELECT {select_list("members")} FROM members WHERE household_id = ? AND {LIVE}
        ORDER BY relation = 'head' DESC, coalesce(birth_year, 9999), name, id
    """
    members = [record_from_row("members", row) for row in db.execute(sql, [household_id])]
    return [m for m in members if isinstance(m, Member)]


def household_timeline(db: Database, household_id: str) -> list[TimelineEntry]:
    """A household's visits and the activities it took part in, newest first."""
    sql = f"""
        SELECT 'visit', id, date, mode,
               substr(coalesce(nullif(observations, ''), actions_agreed), 1, ?), risk_after
        FROM visits WHERE household_id = ? AND {LIVE}
        UNION ALL
        SELECT 'activity', a.id, a.date, a.title, substr(a.outcome, 1, ?), NULL
        FROM activities a
        WHERE a.{LIVE} AND EXISTS (SELECT 1 FROM json_each(a.household_ids) WHERE value = ?)
        ORDER BY 3 DESC, 1 DESC, 2
    """
    longest = SUMMARY_CHARACTERS + 1
    params = [longest, household_id, longest, household_id]
    return [TimelineEntry(*row) for row in db.execute(sql, params)]


def find_households(db: Database, text: str, *, limit: int) -> list[HouseholdRow]:
    """Households in care matching typed text (name, village, house number or code), for
    the visit form's type-ahead picker; every household when the text is empty."""
    return list_households(db, HouseholdFilter(text=text, status="active"), limit=limit)


def household_row(db: Database, household_id: str) -> HouseholdRow | None:
    """The list line of one live household (the picker's label of a chosen household)."""
    sql = f"SELECT {_ROW_COLUMNS} FROM households h WHERE h.id = ? AND h.{LIVE}"
    row = db.execute(sql, [household_id]).fetchone()
    return _household_row(row) if row else None
