"""When visits happen: how many each family gets over the demo year, on which days, and
when the next one was planned, so the home screen finds some families due or overdue."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from mentor_desk.demo.draw import Weighted, between
from mentor_desk.demo.households import HouseholdPlan

YEAR_DAYS = 365
VISIT_WEIGHT = {"low": 0.85, "medium": 1.15, "high": 1.5}
MIN_CARE_FRACTION = 0.15
NEXT_VISIT_DAYS = (14, 42)  # mentors plan the next visit two to six weeks ahead
UNPLANNED_ODDS = 0.08  # sometimes no next date is written down


@dataclass(frozen=True)
class DueState:
    """Where an active household's next visit falls relative to today (days)."""

    low: int
    high: int


# Some overdue, some due this week, most planned further ahead: a realistic short list.
DUE_STATES = Weighted.of(
    ((DueState(-21, -1), 0.14), (DueState(0, 7), 0.18), (DueState(8, 35), 0.68))
)


def allocate_visits(
    rng: random.Random, *, plans: Sequence[HouseholdPlan], total: int, today: dt.date
) -> list[int]:
    """How many visits each household gets: one each while there are enough, the rest
    weighted by risk and by how much of the year the family was in care."""
    if not plans or total <= 0:
        return [0] * len(plans)
    if total < len(plans):
        chosen = set(rng.sample(range(len(plans)), total))
        return [1 if i in chosen else 0 for i in range(len(plans))]
    weights = [VISIT_WEIGHT[p.initial_risk] * _care_fraction(p, today) for p in plans]
    counts = [1] * len(plans)
    cumulative = list(accumulate(weights))
    for index in rng.choices(range(len(plans)), cum_weights=cumulative, k=total - len(plans)):
        counts[index] += 1
    return counts


def _care_fraction(plan: HouseholdPlan, today: dt.date) -> float:
    start, end = care_window(plan, today)
    return max(MIN_CARE_FRACTION, ((end - start).days + 1) / YEAR_DAYS)


def care_window(plan: HouseholdPlan, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day a household could be visited within the demo year."""
    start = max(plan.registered, today - dt.timedelta(days=YEAR_DAYS - 1))
    end = plan.ended if plan.ended is not None else today
    return start, max(start, end)


def visit_dates(
    rng: random.Random, *, plan: HouseholdPlan, count: int, today: dt.date
) -> list[tuple[str, str | None]]:
    """(visit date, planned next visit) pairs, ISO text, in date order for one household.

    An active family's last visit planned its next one overdue, due this week or later; a
    closed or moved family's last visit is the day its care ended, with nothing planned.
    """
    if count == 0:
        return []
    start, end = care_window(plan, today)
    if plan.status == "active":
        state = DUE_STATES.draw(rng)
        planned = today + dt.timedelta(days=between(rng, state.low, state.high))
        gap = dt.timedelta(days=between(rng, *NEXT_VISIT_DAYS))
        last = min(end, max(start, planned - gap))
        last_next: str | None = max(planned, last + dt.timedelta(days=7)).isoformat()
    else:
        last, last_next = end, None
    pairs: list[tuple[str, str | None]] = []
    for day in _spread(rng, start=start, end=last - dt.timedelta(days=7), count=count - 1):
        if rng.random() < UNPLANNED_ODDS:
            pairs.append((day.isoformat(), None))
        else:
            ahead = dt.timedelta(days=between(rng, *NEXT_VISIT_DAYS))
            pairs.append((day.isoformat(), (day + ahead).isoformat()))
    pairs.append((last.isoformat(), last_next))
    return pairs


def _spread(rng: random.Random, *, start: dt.date, end: dt.date, count: int) -> list[dt.date]:
    """`count` dates spread evenly over [start, end] with jitter, in order."""
    if count <= 0:
        return []
    span = (end - start).days
    if span <= 0:
        return [start] * count
    step = span / count
    return [
        start + dt.timedelta(days=min(span, int((i + rng.random()) * step))) for i in range(count)
    ]
