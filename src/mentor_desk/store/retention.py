"""Retention (PDPA): personal data of families no longer in a mentor's care is not kept for
ever. Households closed or moved away more than a chosen number of years ago are erased
with the same absorbing erasure as a withdrawal of consent (`privacy.erase_household`), so
the erasure travels in the next bundle and wins over older copies elsewhere.

A household counts as closed since the later of two dates: when its status was last set to
closed or moved (the wall-clock time in the stamp of that edit, wherever it was made), and
its latest visit. Nothing is erased without a person confirming the list first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from mentor_desk.domain.clock import HybridLogicalClock, millis_of
from mentor_desk.store.audit import record_event
from mentor_desk.store.privacy import ERASED_WITH_HOUSEHOLD, Erasure, erase_household
from mentor_desk.store.sync_records import load_states
from mentor_desk.store.writer import WriteSequence

CLOSED_STATUSES = ("closed", "moved")
DEFAULT_YEARS = 5
YEAR_CHOICES = (1, 2, 3, 5, 7, 10)


@dataclass(frozen=True)
class ClosedHousehold:
    """A household past the retention period, as the confirmation list shows it."""

    id: str
    head_name: str
    village_name: str
    status: str
    closed_on: dt.date


def retention_cutoff(*, years: int, today: dt.date) -> dt.date:
    """The day `years` years before `today` (29 February falls back to the 28th)."""
    if years < 1:
        raise ValueError("retention must be at least one year")
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def households_past_retention(db: Database, *, years: int, today: dt.date) -> list[ClosedHousehold]:
    """Live households closed or moved away on or before the cutoff, oldest first."""
    cutoff = retention_cutoff(years=years, today=today)
    marks = ", ".join("?" for _ in CLOSED_STATUSES)
    rows = db.execute(
        f"SELECT id, head_name, village_name, status FROM households "
        f"WHERE _cl % 2 = 1 AND status IN ({marks})",
        list(CLOSED_STATUSES),
    ).fetchall()
    if not rows:
        return []
    states = load_states(db, "households", [row[0] for row in rows])
    last_visits = dict(
        db.execute(
            "SELECT household_id, max(date) FROM visits WHERE _cl % 2 = 1 GROUP BY household_id"
        ).fetchall()
    )
    found = []
    for household_id, head_name, village_name, status in rows:
        state = states.get(household_id)
        entry = state.winner("status") if state else None
        closed_on = _date_of_stamp(entry[0]) if entry else dt.date.min
        last_visit = last_visits.get(household_id)
        if last_visit:
            closed_on = max(closed_on, dt.date.fromisoformat(last_visit))
        if closed_on <= cutoff:
            found.append(ClosedHousehold(household_id, head_name, village_name, status, closed_on))
    return sorted(found, key=lambda h: (h.closed_on, h.id))


def erase_past_retention(
    db: Database,
    household_ids: list[str],
    *,
    years: int,
    today: dt.date,
    clock: HybridLogicalClock,
    device: str,
    sequence: WriteSequence,
) -> Erasure:
    """Erase the confirmed households in one transaction, with one audit entry (counts only).

    Only households still past the retention period are erased: one reopened since the list
    was shown is left alone."""
    with db.atomic():
        still_due = {h.id for h in households_past_retention(db, years=years, today=today)}
        total = Erasure(dict.fromkeys(("households", *ERASED_WITH_HOUSEHOLD), 0))
        for household_id in household_ids:
            if household_id not in still_due:
                continue
            erased = erase_household(
                db, household_id, clock=clock, device=device, sequence=sequence
            )
            for table, count in erased.counts.items():
                total.counts[table] += count
            total.unused_photos += erased.unused_photos
        if total.counts["households"]:
            record_event(
                db, "erasure", {"reason": "retention period", "years": years, **total.counts}
            )
    return total


def _date_of_stamp(stamp: int) -> dt.date:
    return dt.datetime.fromtimestamp(millis_of(stamp) / 1000, dt.UTC).date()
