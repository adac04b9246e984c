"""A year of family-support activities: about two a month, festivals in their month, held
in the mentors' villages with the families in their care."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from mentor_desk.demo.activity_ideas import (
    EVERYDAY,
    FESTIVALS,
    ORGANISERS,
    OUTCOME_ENDINGS,
    PLACES,
    RESOURCES,
    ActivityIdea,
)
from mentor_desk.demo.area import DemoArea, Village
from mentor_desk.demo.draw import between, pick, record_id
from mentor_desk.demo.households import HouseholdPlan
from mentor_desk.demo.names import ELDER_AGE
from mentor_desk.demo.schedule import YEAR_DAYS
from mentor_desk.demo.vocab_order import in_vocabulary_order
from mentor_desk.domain import vocab
from mentor_desk.domain.records import Activity

ACTIVITIES_PER_MONTH = 2
SATURDAY = 5


@dataclass(frozen=True)
class PlannedActivity:
    """An activity with the idea and village behind it (for its photos and for lessons)."""

    activity: Activity
    idea: ActivityIdea
    village: Village


def default_activity_count() -> int:
    """About two a month over the demo year."""
    return ACTIVITIES_PER_MONTH * 12


def demo_months(today: dt.date) -> list[tuple[int, int]]:
    """The twelve (year, month) pairs ending with the current month, oldest first."""
    months = []
    year, month = today.year, today.month
    for _ in range(12):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def plan_activities(
    rng: random.Random,
    *,
    area: DemoArea,
    households: Sequence[HouseholdPlan],
    count: int,
    today: dt.date,
) -> list[PlannedActivity]:
    """`count` activities spread over the year, in date order."""
    by_village: dict[tuple[str, int], list[HouseholdPlan]] = {}
    for plan in households:
        by_village.setdefault((plan.village.subdistrict_code, plan.village.moo), []).append(plan)
    months = demo_months(today)
    everyday = list(EVERYDAY)
    rng.shuffle(everyday)
    planned = []
    for index in range(count):
        year, month = months[index % 12]
        festival = next((f for f in FESTIVALS if f.month == month), None)
        # The first activity of each month is its festival, when the month has one.
        idea = festival if festival is not None and index < 12 else everyday[index % len(everyday)]
        day = _activity_day(rng, idea=idea, year=year, month=month, today=today)
        village = pick(rng, pick(rng, area.mentors).villages)
        local = by_village.get((village.subdistrict_code, village.moo), [])
        activity = _activity(rng, idea=idea, day=day, village=village, local=local, year=today.year)
        planned.append(PlannedActivity(activity, idea, village))
    planned.sort(key=lambda item: (item.activity.date or "", item.activity.id))
    return planned


def _activity_day(
    rng: random.Random, *, idea: ActivityIdea, year: int, month: int, today: dt.date
) -> dt.date:
    """The festival's own day, or a weekend day in the month; never after today."""
    last_day = calendar.monthrange(year, month)[1]
    if idea.day is not None:
        day = dt.date(year, month, min(idea.day, last_day))
    else:
        day = dt.date(year, month, between(rng, 1, last_day))
        if day.weekday() < SATURDAY:  # move to the coming Saturday when it stays in the month
            saturday = day + dt.timedelta(days=SATURDAY - day.weekday())
            if saturday.month == month:
                day = saturday
    if day > today:  # this month's festival is still to come: it was held early this year
        day = today - dt.timedelta(days=between(rng, 0, 6))
    return max(day, today - dt.timedelta(days=YEAR_DAYS - 1))


def _activity(
    rng: random.Random,
    *,
    idea: ActivityIdea,
    day: dt.date,
    village: Village,
    local: list[HouseholdPlan],
    year: int,
) -> Activity:
    """One activity from an idea, held in a village with some of its families."""
    taking_part = rng.sample(local, min(len(local), rng.randint(3, 15))) if local else []
    # Families in the mentor's care come with neighbours who are not.
    families = len(taking_part) + rng.randint(3, 20)
    adults = round(families * rng.uniform(1.2, 2.2))
    children = round(families * rng.uniform(0.6, 1.8)) if idea.with_children else 0
    sage = _sage(rng, local, year=year)
    fill = {
        "village": village.name,
        "temple": village.temple,
        "school": village.school,
        "health_centre": village.health_centre,
        "sub": village.subdistrict_name,
        "sage": sage,
        "households": families,
        "adults": adults,
        "children": children,
        "amount": rng.choice((20, 30, 50, 80, 100)),
    }
    resources = rng.sample(RESOURCES, rng.randint(2, 3))
    budget = {"amount": rng.randrange(3, 25) * 500}
    ending = rng.choice(OUTCOME_ENDINGS)
    outcome = idea.outcome.format_map(fill) + (f" {ending}" if ending else "")
    virtues = set(idea.virtues)
    if rng.random() < 0.3:
        virtues.add(rng.choice(vocab.VIRTUE.keys()))
    return Activity(
        id=record_id(rng),
        title=idea.title.format_map(fill),
        kind=idea.kind,
        date=day.isoformat(),
        place=PLACES[idea.place].format_map(fill),
        organiser=rng.choice(ORGANISERS).format_map(fill),
        partners=in_vocabulary_order(vocab.PARTNER_NETWORK, idea.partners),
        household_ids=tuple(sorted(p.id for p in taking_part)),
        adults=adults,
        children=children,
        resources=" ".join(r.format_map({**fill, **budget}) for r in resources),
        local_wisdom=idea.wisdom.format_map(fill),
        virtues=in_vocabulary_order(vocab.VIRTUE, virtues),
        outcome=outcome,
    )


def _sage(rng: random.Random, local: list[HouseholdPlan], *, year: int) -> str:
    """A village elder who teaches at the activity: an older member of a local family."""
    elders = [
        person for plan in local for _, person in plan.people if person.age(year) >= ELDER_AGE
    ]
    if elders:
        elder = rng.choice(elders)
        title = "แม่ใหญ่" if elder.sex == "female" else "พ่อใหญ่"
        return f"{title}{elder.given} {elder.surname}"
    return rng.choice(("แม่ใหญ่บัวผัน ศรีสุข", "พ่อใหญ่คำพอง ทองดี", "แม่ใหญ่ทองใบ พลราชม"))
