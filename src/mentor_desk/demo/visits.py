"""Home visits: what was talked about, what the mentor saw and agreed with the family, how
the risk level moved, and where the family was referred.

A family's notes draw on sentences that fit it (no school worries where there is no child),
chosen afresh at each visit, so a year of notes on one family does not repeat itself.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from string import Formatter

from mentor_desk.demo import visit_phrases as phrases
from mentor_desk.demo.area import DemoArea, local_government
from mentor_desk.demo.draw import Weighted, between, pick, record_id
from mentor_desk.demo.households import HouseholdPlan
from mentor_desk.demo.names import ADULT_AGE, ELDER_AGE, Person
from mentor_desk.demo.schedule import visit_dates
from mentor_desk.domain import vocab
from mentor_desk.domain.records import Visit

RISK_ORDER = ("low", "medium", "high")
TOPIC_RANK = {key: rank for rank, key in enumerate(vocab.VISIT_TOPIC.keys())}

# Topics a mentor raises with families of each vulnerability, besides the everyday ones.
TAG_TOPICS = {
    "elderly_alone": ("elderly_care", "health", "mental_health", "welfare_rights"),
    "skipped_generation": ("parenting", "education", "elderly_care", "livelihood"),
    "single_parent": ("parenting", "livelihood", "education", "mental_health"),
    "disability": ("health", "welfare_rights"),
    "poverty": ("livelihood", "welfare_rights"),
    "violence_risk": ("violence_prevention", "violence_prevention", "mental_health"),
    "bedridden": ("elderly_care", "health"),
    "teen_parent": ("parenting", "education", "health"),
    "substance_use": ("drugs_alcohol", "drugs_alcohol", "violence_prevention", "health"),
}
EVERYDAY_TOPICS = ("health", "livelihood", "virtues")
CHILD_TOPICS = ("parenting", "education")
MODES = Weighted.of((("home", 0.8), ("phone", 0.13), ("centre", 0.07)))
REFERRAL_ODDS = {"low": 0.04, "medium": 0.1, "high": 0.25}
OPTIONAL_SLOTS = frozenset(("child", "adult", "drinker"))
WORKING_AGE = (18, 64)
DRINKING_AGE = (18, 75)


@cache
def slot_names(template: str) -> frozenset[str]:
    """The {slots} a phrase template refers to."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


@dataclass(frozen=True)
class FamilyNotes:
    """What a mentor can write about one family: names for the slots, the adults one talks
    to, and for each topic the sentences that fit the family."""

    slots: dict[str, str]
    children: tuple[str, ...]
    contacts: tuple[tuple[str, Person], ...]
    member_ids: tuple[str, ...]
    topics: tuple[str, ...]
    observations: dict[str, tuple[str, ...]]
    actions: dict[str, tuple[str, ...]]


def _fitting(templates: tuple[str, ...], available: frozenset[str]) -> tuple[str, ...]:
    return tuple(t for t in templates if slot_names(t) & OPTIONAL_SLOTS <= available)


@lru_cache(maxsize=256)
def _phrase_pools(
    available: frozenset[str], tags: tuple[str, ...]
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Observation and action sentences per topic for families with these slots and tags."""
    observations: dict[str, tuple[str, ...]] = {}
    actions: dict[str, tuple[str, ...]] = {}
    for topic, sentences in phrases.OBSERVATIONS.items():
        extra = tuple(s for tag in tags for s in phrases.TAG_OBSERVATIONS.get((topic, tag), ()))
        observations[topic] = _fitting(sentences + extra, available)
        actions[topic] = _fitting(phrases.ACTIONS[topic], available)
    return observations, actions


def family_notes(plan: HouseholdPlan, *, year: int) -> FamilyNotes:
    """Slots, contacts and phrase pools for one household."""
    people = [p for _, p in plan.people]
    children = [p for p in people if p.age(year) < ADULT_AGE - 2]
    adults = [p for p in people if WORKING_AGE[0] <= p.age(year) <= WORKING_AGE[1]]
    drinkers = [
        p for p in people if p.sex == "male" and DRINKING_AGE[0] <= p.age(year) <= DRINKING_AGE[1]
    ] or adults
    elder = max(people, key=lambda p: p.age(year))
    slots = {
        "elder": elder.spoken_name(year),
        "school": plan.village.school,
        "health_centre": plan.village.health_centre,
        "temple": plan.village.temple,
    }
    if children:
        slots["child"] = f"น้อง{children[0].given}"
    if adults:
        slots["adult"] = adults[0].spoken_name(year)
    if drinkers:
        slots["drinker"] = drinkers[0].spoken_name(year)
    observations, actions = _phrase_pools(OPTIONAL_SLOTS.intersection(slots), plan.tags)
    pool = [topic for tag in plan.tags for topic in TAG_TOPICS[tag]]
    pool.extend(EVERYDAY_TOPICS)
    if children:
        pool.extend(CHILD_TOPICS)
    if elder.age(year) >= ELDER_AGE:
        pool.append("elderly_care")
    grown = [(m.id, p) for m, p in plan.people if p.age(year) >= WORKING_AGE[0]]
    return FamilyNotes(
        slots=slots,
        children=tuple(f"น้อง{c.given}" for c in children),
        contacts=tuple(grown) or tuple((m.id, p) for m, p in plan.people),
        member_ids=tuple(m.id for m in plan.members),
        topics=tuple(t for t in pool if observations[t] and actions[t]) or ("health",),
        observations=observations,
        actions=actions,
    )


class VisitWriter:
    """Builds the visits of one demo: dates, topics, notes in Thai and risk levels."""

    def __init__(self, rng: random.Random, *, area: DemoArea, today: dt.date) -> None:
        self.rng = rng
        self.area = area
        self.today = today

    def visits_for(self, plan: HouseholdPlan, count: int) -> Iterator[Visit]:
        """The household's visits in date order; sets the household's current risk level."""
        notes = family_notes(plan, year=self.today.year)
        risk = plan.initial_risk
        dates = visit_dates(self.rng, plan=plan, count=count, today=self.today)
        for number, (day, next_day) in enumerate(dates, start=1):
            before, risk = risk, self._step_risk(plan, risk)
            closing = plan.status if number == len(dates) and plan.status != "active" else None
            yield self._visit(
                plan,
                notes=notes,
                day=day,
                next_day=None if closing else next_day,
                trend=_trend(before, risk),
                risk=risk,
                closing=closing,
            )
        plan.risk_level = risk

    def _step_risk(self, plan: HouseholdPlan, risk: str) -> str:
        level = RISK_ORDER.index(risk)
        worse_odds = 0.1 if "violence_risk" in plan.tags or "substance_use" in plan.tags else 0.04
        roll = self.rng.random()
        if roll < 0.16 and level > 0:
            level -= 1
        elif roll > 1 - worse_odds and level < 2:
            level += 1
        return RISK_ORDER[level]

    def _topics(self, pool: tuple[str, ...]) -> tuple[str, ...]:
        first = pick(self.rng, pool)
        if self.rng.random() >= 0.45:
            return (first,)
        second = pick(self.rng, pool)
        if second == first:
            return (first,)
        return (first, second) if TOPIC_RANK[first] < TOPIC_RANK[second] else (second, first)

    def _visit(
        self,
        plan: HouseholdPlan,
        *,
        notes: FamilyNotes,
        day: str,
        next_day: str | None,
        trend: str,
        risk: str,
        closing: str | None,
    ) -> Visit:
        rng = self.rng
        mode = MODES.draw(rng)
        topics = self._topics(notes.topics)
        who, met = self._members_met(notes, mode)
        fill: dict[str, object] = dict(notes.slots)
        if notes.children:
            fill["child"] = pick(rng, notes.children)
        fill["who"] = who.spoken_name(self.today.year)
        fill["amount"] = pick(rng, (50, 80, 100, 150, 200))
        fill["debt"] = f"{between(rng, 10, 80) * 1000:,}"
        fill["bp"] = f"{between(rng, 140, 175)}/{between(rng, 88, 105)}"
        fill["destination"] = pick(rng, phrases.DESTINATIONS)
        written: list[str] = []
        if rng.random() < 0.35:
            written.append(pick(rng, phrases.OPENINGS[mode]))
        written.extend(pick(rng, notes.observations[t]) for t in topics)
        remark = pick(rng, phrases.TREND_REMARKS[trend])
        if remark:
            written.append(remark)
        if closing:
            written.append(pick(rng, phrases.CLOSING[closing]))
        actions = [pick(rng, notes.actions[t]) for t in topics]
        agency, reason = self._referral(plan, topics, risk)
        return Visit(
            id=record_id(rng),
            household_id=plan.id,
            mentor=plan.mentor.name,
            date=day,
            mode=mode,
            members_met=met,
            topics=topics,
            observations=" ".join(written).format_map(fill),
            risk_after=None if mode == "phone" and rng.random() < 0.3 else risk,
            actions_agreed=" ".join(actions).format_map(fill),
            referral_agency=agency,
            referral_reason=reason,
            next_visit_date=next_day,
            private_notes=pick(rng, phrases.PRIVATE_NOTES) if rng.random() < 0.04 else "",
        )

    def _members_met(self, notes: FamilyNotes, mode: str) -> tuple[Person, tuple[str, ...]]:
        """Who the mentor talked to (an adult, usually the head) and everyone met."""
        rng = self.rng
        contact, person = notes.contacts[0] if rng.random() < 0.8 else pick(rng, notes.contacts)
        if mode == "phone":
            return person, (contact,)
        met = [m for m in notes.member_ids if m == contact or rng.random() < 0.4]
        return person, tuple(sorted(met))

    def _referral(self, plan: HouseholdPlan, topics: tuple[str, ...], risk: str) -> tuple[str, str]:
        if self.rng.random() >= REFERRAL_ODDS[risk]:
            return "", ""
        options = [r for t in topics for r in phrases.REFERRALS.get(t, ())]
        if not options:
            return "", ""
        agency_key, reason = pick(self.rng, options)
        return self._agency(plan, agency_key), reason

    def _agency(self, plan: HouseholdPlan, key: str) -> str:
        village = plan.village
        if key == "health_centre":
            return village.health_centre
        if key == "school":
            return village.school
        if key == "local_government":
            return local_government(village.subdistrict_name)
        return str(getattr(self.area, key))


def _trend(before: str, after: str) -> str:
    change = RISK_ORDER.index(after) - RISK_ORDER.index(before)
    return "better" if change < 0 else "worse" if change > 0 else "same"
