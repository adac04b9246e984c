"""Lesson write-ups: lessons learned, good-deed stories and community learning sources, each
set in a real village of the demo, naming people of a family the author visits where the
story fits one, and linked to the visits and activities it grew out of."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mentor_desk.demo.activities import PlannedActivity
from mentor_desk.demo.area import DemoArea, Mentor, Village
from mentor_desk.demo.draw import record_id
from mentor_desk.demo.households import HouseholdPlan
from mentor_desk.demo.names import (
    MALE_ADULT,
    MONK_NAMES,
    NICKNAMES,
    Person,
    make_person,
    surname,
)
from mentor_desk.demo.stories_deeds import DEED_STORIES
from mentor_desk.demo.stories_family import FAMILY_STORIES
from mentor_desk.demo.stories_sources import SOURCE_STORIES
from mentor_desk.demo.story import SECTIONS, Story, compose_section
from mentor_desk.demo.vocab_order import in_vocabulary_order
from mentor_desk.domain import vocab
from mentor_desk.domain.records import Lesson

STORIES: tuple[Story, ...] = FAMILY_STORIES + DEED_STORIES + SOURCE_STORIES
STATUSES = (("draft", 0.25), ("submitted", 0.3), ("reviewed", 0.25), ("selected", 0.2))
REVIEWER_NOTES = {
    "reviewed": (
        "เรื่องเล่ามีรายละเอียดชัดเจน เห็นบทบาทของภาคีเครือข่าย ควรเพิ่มตัวเลขผลลัพธ์ให้ชัดขึ้น",
        "ปัจจัยความสำเร็จเขียนได้ดี ข้อเสนอแนะควรระบุหน่วยงานที่รับผิดชอบ",
        "ควรขอความยินยอมจากบุคคลที่ถูกกล่าวถึงเป็นลายลักษณ์อักษรก่อนเผยแพร่",
    ),
    "selected": (
        "เนื้อหาดีมาก คัดเลือกเข้ารวมเล่มบทเรียนของอำเภอ",
        "เรื่องเล่ามีพลังและภาพประกอบชัดเจน เหมาะสำหรับเผยแพร่ในงานวันครอบครัว",
        "เป็นแบบอย่างที่ดี เสนอให้นำเสนอในเวทีแลกเปลี่ยนระดับจังหวัด",
    ),
}
MAX_LINKED_VISITS = 3
MAX_LINKED_ACTIVITIES = 2

# Who a story may name, as (sex or None, youngest, oldest): members of the family are used
# when one fits, otherwise a plausible villager is made up.
ROLES: dict[str, tuple[str | None, int, int]] = {
    "elder_f": ("female", 60, 90),
    "elder_m": ("male", 60, 90),
    "woman": ("female", 28, 58),
    "man": ("male", 30, 58),
    "girl": ("female", 15, 19),
    "youth": (None, 14, 19),
    "child": (None, 8, 13),
}


@dataclass(frozen=True)
class LessonDraft:
    """A lesson before its photos and visit links are known: the scene and captions its
    photos should have, and the family whose visits it draws on (if any)."""

    lesson: Lesson
    scene: str
    captions: tuple[str, ...]
    family_id: str | None


def link_visits(
    draft: LessonDraft, visits_by_household: Mapping[str, Sequence[tuple[str, str]]]
) -> Lesson:
    """The lesson linked to the latest visits to its family during its period."""
    if draft.family_id is None:
        return draft.lesson
    start, end = draft.lesson.period_start or "", draft.lesson.period_end or ""
    in_period = [v for v in visits_by_household.get(draft.family_id, ()) if start <= v[0] <= end]
    visit_ids = sorted(visit_id for _, visit_id in in_period[-MAX_LINKED_VISITS:])
    return dataclasses.replace(draft.lesson, visit_ids=tuple(visit_ids))


def story_sequence(rng: random.Random, count: int) -> list[Story]:
    """Themes for `count` write-ups: one of each kind first, then every other theme before
    any repeats, so a default demo tells as many different stories as it can."""
    kinds = vocab.LESSON_KIND.keys()
    first = [rng.choice([s for s in STORIES if s.kind == kind]) for kind in kinds]
    rest = [s for s in STORIES if s.key not in {f.key for f in first}]
    rng.shuffle(rest)
    sequence = first + rest
    while len(sequence) < count:
        cycle = list(STORIES)
        rng.shuffle(cycle)
        sequence.extend(cycle)
    return sequence[:count]


def plan_lessons(
    rng: random.Random,
    *,
    area: DemoArea,
    count: int,
    today: dt.date,
    households: Sequence[HouseholdPlan],
    activities: Sequence[PlannedActivity],
) -> list[LessonDraft]:
    """`count` write-ups by the district's mentors, in the order they were written (without
    photos or visit links yet; see `link_visits`)."""
    drafts = []
    told: dict[str, int] = {}
    for story in story_sequence(rng, count):
        occurrence = told.get(story.key, 0)
        told[story.key] = occurrence + 1
        family = _family_for(rng, story=story, households=households)
        mentor, village = (family.mentor, family.village) if family else _anywhere(rng, area)
        drafts.append(
            _draft(
                rng,
                story=story,
                occurrence=occurrence,
                area=area,
                mentor=mentor,
                village=village,
                family=family,
                today=today,
                activities=activities,
            )
        )
    return drafts


def _family_for(
    rng: random.Random, *, story: Story, households: Sequence[HouseholdPlan]
) -> HouseholdPlan | None:
    """A family whose vulnerabilities fit the story, for its people and visits; or None."""
    if not story.visit_tags:
        return None
    fitting = [p for p in households if set(p.tags) & set(story.visit_tags)]
    return rng.choice(fitting) if fitting else None


def _anywhere(rng: random.Random, area: DemoArea) -> tuple[Mentor, Village]:
    """Some mentor and one of their villages, for stories not about one family."""
    mentor = rng.choice(area.mentors)
    return mentor, rng.choice(mentor.villages)


def _draft(
    rng: random.Random,
    *,
    story: Story,
    occurrence: int,
    area: DemoArea,
    mentor: Mentor,
    village: Village,
    family: HouseholdPlan | None,
    today: dt.date,
    activities: Sequence[PlannedActivity],
) -> LessonDraft:
    """One write-up of a story in a village: every section composed, status and period."""
    months = rng.randint(4, 11)
    period_end = today - dt.timedelta(days=rng.randint(0, 45))
    period_start = period_end - dt.timedelta(days=months * 30)
    fill = story_slots(rng, area=area, village=village, family=family, year=today.year)
    fill["months"] = months
    text = {s: compose_section(rng, story=story, section=s, fill=fill) for s in SECTIONS}
    status = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES])[0]
    notes = rng.choice(REVIEWER_NOTES[status]) if status in REVIEWER_NOTES else ""
    start, end = period_start.isoformat(), period_end.isoformat()
    activity_ids = _related_activities(
        story, village=village, start=start, end=end, activities=activities
    )
    photo_count = rng.choice((1, 1, 2, 2, 3))
    captions = rng.sample(story.captions, min(photo_count, len(story.captions)))
    lesson = Lesson(
        id=record_id(rng),
        kind=story.kind,
        title=story.titles[occurrence % len(story.titles)].format_map(fill),
        author=mentor.name,
        area=f"{village.label} ตำบล{village.subdistrict_name} {_district_label(area)}",
        subdistrict_code=village.subdistrict_code,
        period_start=start,
        period_end=end,
        virtues=in_vocabulary_order(vocab.VIRTUE, story.virtues),
        activity_ids=tuple(sorted(activity_ids)),
        status=status,
        reviewer_notes=notes,
        context=text["context"],
        actions=text["actions"],
        results=text["results"],
        success_factors=text["success_factors"],
        challenges=text["challenges"],
        recommendations=text["recommendations"],
        people_consented=rng.random() < (0.6 if status == "draft" else 0.92),
    )
    captions_text = tuple(c.format_map(fill) for c in captions)
    return LessonDraft(lesson, story.scene, captions_text, family.id if family else None)


def _related_activities(
    story: Story, *, village: Village, start: str, end: str, activities: Sequence[PlannedActivity]
) -> list[str]:
    """Ids of activities of the story's kinds held during its period, preferring those in
    its own subdistrict."""
    fitting = [
        p
        for p in activities
        if p.activity.kind in story.activity_kinds and start <= (p.activity.date or "") <= end
    ]
    local = [p for p in fitting if p.village.subdistrict_code == village.subdistrict_code]
    chosen = (local or fitting)[-MAX_LINKED_ACTIVITIES:]
    return [p.activity.id for p in chosen]


def _district_label(area: DemoArea) -> str:
    return f"อำเภอ{area.district_name} จังหวัด{area.province_name}"


def story_slots(
    rng: random.Random,
    *,
    area: DemoArea,
    village: Village,
    family: HouseholdPlan | None,
    year: int,
) -> dict[str, object]:
    """People, places and numbers a story's sentences refer to."""
    family_name = family.head.surname if family else surname(rng)
    fill: dict[str, object] = {
        "village": village.name,
        "moo": village.moo,
        "sub": village.subdistrict_name,
        "district": area.district_name,
        "province": area.province_name,
        "temple": village.temple,
        "school": village.school,
        "health_centre": village.health_centre,
        "monk": rng.choice(MONK_NAMES),
        "leader": f"ผู้ใหญ่บ้าน{rng.choice(MALE_ADULT)} {surname(rng)}",
        "families": rng.randint(6, 25),
        "count_small": rng.randint(2, 6),
        "baht": f"{rng.randrange(6, 40) * 500:,}",
        "savings": f"{rng.randrange(80, 600) * 1000 + rng.randrange(10) * 100:,}",
        "members": rng.randint(25, 140),
        "percent": rng.randint(60, 90),
        "years": rng.randint(3, 15),
        "youth_count": rng.randint(8, 24),
    }
    people = [p for _, p in family.people] if family else []
    taken: set[int] = set()
    for role, (sex, youngest, oldest) in ROLES.items():
        person = _member_for(people, taken, sex=sex, youngest=youngest, oldest=oldest, year=year)
        if person is None:
            person = make_person(
                rng,
                sex=sex or rng.choice(("female", "male")),
                birth_year=year - rng.randint(youngest, oldest),
                current_year=year,
                surname=family_name if rng.random() < 0.5 else surname(rng),
            )
        fill[role] = person.spoken_name(year)
        fill[f"{role}_full"] = person.formal_name(year=year, married=role in ("woman", "elder_f"))
        fill[f"{role}_age"] = person.age(year)
    fill["man_surname"] = _surname_of(fill["man_full"])
    if family is None and rng.random() < 0.5:
        fill["youth"] = f"น้อง{rng.choice(NICKNAMES)}"
    return fill


def _member_for(
    people: list[Person],
    taken: set[int],
    *,
    sex: str | None,
    youngest: int,
    oldest: int,
    year: int,
) -> Person | None:
    for index, person in enumerate(people):
        if index in taken or (sex is not None and person.sex != sex):
            continue
        if youngest <= person.age(year) <= oldest:
            taken.add(index)
            return person
    return None


def _surname_of(full_name: object) -> str:
    return str(full_name).rsplit(" ", 1)[-1]
