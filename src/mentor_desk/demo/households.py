"""Households and their members: family shapes seen in Isan villages (grandparents raising
grandchildren while parents work in Bangkok, elders living alone, single parents ...),
vulnerability tags at realistic rates, consent, and members whose ages fit their relation.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from mentor_desk.demo.area import VILLAGE_SPREAD, DemoArea, Mentor, Village
from mentor_desk.demo.draw import Weighted, between, pick, record_id
from mentor_desk.demo.names import (
    Person,
    make_person,
    national_id,
    phone_number,
    surname,
)
from mentor_desk.demo.vocab_order import in_vocabulary_order
from mentor_desk.domain import vocab
from mentor_desk.domain.records import Household, Member

CONSENT_VERSION = "1.0"
MAX_MEMBERS = 6

# Family shapes and how often a mentor meets them among the families in care.
ARCHETYPES = Weighted.of(
    (
        ("nuclear", 0.30),
        ("skipped_generation", 0.20),
        ("elderly_alone", 0.14),
        ("single_parent", 0.14),
        ("extended", 0.16),
        ("teen_parent", 0.06),
    )
)
# The head of each family shape: (odds the head is a woman, youngest and oldest age).
HEADS = {
    "elderly_alone": (0.7, 65, 88),
    "skipped_generation": (0.75, 55, 78),
    "single_parent": (0.8, 22, 48),
    "teen_parent": (1.0, 36, 52),
    "extended": (0.4, 48, 68),
    "nuclear": (0.4, 26, 55),
}
PARENT_GAP = 18  # youngest a parent is at a child's birth in these families
STATUSES = Weighted.of((("active", 0.88), ("closed", 0.07), ("moved", 0.05)))
ARCHETYPE_TAG = {
    "skipped_generation": "skipped_generation",
    "elderly_alone": "elderly_alone",
    "single_parent": "single_parent",
    "teen_parent": "teen_parent",
}
VIOLENCE_PRONE = ("nuclear", "single_parent", "extended", "teen_parent")
RISK_WEIGHT = {
    "violence_risk": 3,
    "substance_use": 2,
    "bedridden": 1,
    "poverty": 1,
    "disability": 1,
    "teen_parent": 1,
    "elderly_alone": 1,
    "skipped_generation": 1,
    "single_parent": 1,
}
HOUSEHOLD_NOTES = {
    "skipped_generation": (
        "พ่อแม่ของหลานไปทำงานโรงงานที่ชลบุรี กลับบ้านช่วงสงกรานต์ปีละครั้ง",
        "ลูกสาวทำงานร้านอาหารที่กรุงเทพฯ ส่งเงินมาให้เดือนละ 3,000 บาท",
        "พ่อแม่ของหลานแยกทางกัน หลานอยู่ในความดูแลของปู่ย่าตายายตั้งแต่อายุ 2 ขวบ",
    ),
    "elderly_alone": (
        "ลูกชายทำงานต่างจังหวัด เพื่อนบ้านช่วยดูแลเรื่องอาหารบางมื้อ",
        "ลูก ๆ ย้ายไปทำงานในเมืองหมดแล้ว กลับมาเยี่ยมช่วงปีใหม่และสงกรานต์",
        "ได้รับเบี้ยยังชีพผู้สูงอายุ เดินไปวัดทุกวันพระ",
    ),
    "single_parent": (
        "เลี้ยงลูกคนเดียวหลังหย่าร้าง รับจ้างกรีดยางและทำนา",
        "คู่ชีวิตเสียชีวิตจากอุบัติเหตุทางถนน เลี้ยงลูกลำพังด้วยการรับจ้างทั่วไป",
    ),
    "teen_parent": (
        "ลูกสาวคลอดบุตรขณะเรียนชั้น ม.5 ตอนนี้เรียนต่อ กศน.",
        "ฝ่ายชายไม่ได้ร่วมรับผิดชอบ ครอบครัวช่วยกันเลี้ยงหลาน",
    ),
    "nuclear": (
        "ทำนาปีละครั้ง หน้าแล้งรับจ้างตัดอ้อย",
        "ครอบครัวเลี้ยงวัวหกตัวและปลูกผักขายที่ตลาดนัด",
    ),
    "extended": (
        "อยู่รวมกันสามรุ่น คนวัยทำงานทำโรงงานน้ำตาลในอำเภอ ผู้สูงอายุช่วยเลี้ยงหลาน",
        "ครอบครัวใหญ่ ช่วยกันทอผ้าไหมขายในกลุ่มแม่บ้าน",
    ),
}
MEMBER_NOTES = {
    "disability": ("พิการทางการเคลื่อนไหว ใช้รถเข็น", "บกพร่องทางการได้ยิน มีบัตรคนพิการ"),
    "bedridden": ("ติดเตียงหลังเส้นเลือดในสมองตีบ", "ป่วยเบาหวานและความดัน ลุกเดินเองไม่ได้"),
    "school": ("เรียนชั้น ป.{grade} {school}", "เรียนชั้น ม.{grade} โรงเรียนประจำตำบล"),
}


@dataclass
class HouseholdPlan:
    """A household being generated: its id and members first, the record once its visits
    (and so its current risk level) are known."""

    id: str
    mentor: Mentor
    village: Village
    archetype: str
    tags: tuple[str, ...]
    people: list[tuple[Member, Person]]
    initial_risk: str
    status: str
    registered: dt.date
    ended: dt.date | None
    consent_share: bool
    consent_photos: bool
    house_no: str
    phone: str
    position: tuple[float, float] | None
    notes: str
    risk_level: str = "low"

    @property
    def members(self) -> list[Member]:
        return [member for member, _ in self.people]

    @property
    def head(self) -> Person:
        return self.people[0][1]

    def to_record(self) -> Household:
        """The household record, with the risk level its latest visit left it at."""
        return Household(
            id=self.id,
            head_name=self.people[0][0].name,
            house_no=self.house_no,
            moo=self.village.moo,
            village_name=self.village.name,
            subdistrict_code=self.village.subdistrict_code,
            district_code=self.village.subdistrict_code[:4],
            province_code=self.village.subdistrict_code[:2],
            phone=self.phone,
            latitude=self.position[0] if self.position else None,
            longitude=self.position[1] if self.position else None,
            tags=self.tags,
            risk_level=self.risk_level,
            mentor=self.mentor.name,
            status=self.status,
            consent_share=self.consent_share,
            consent_photos=self.consent_photos,
            consent_date=self.registered.isoformat(),
            consent_version=CONSENT_VERSION,
            notes=self.notes,
        )


def plan_households(
    rng: random.Random, *, area: DemoArea, count: int, today: dt.date
) -> list[HouseholdPlan]:
    """`count` households spread over the mentors' villages."""
    plans = []
    for index in range(count):
        mentor = area.mentors[index % len(area.mentors)]
        village = pick(rng, mentor.villages)
        plans.append(_plan_household(rng, mentor=mentor, village=village, today=today))
    return plans


def _plan_household(
    rng: random.Random, *, mentor: Mentor, village: Village, today: dt.date
) -> HouseholdPlan:
    """One family: its shape, members, vulnerabilities, time in care, consent and address."""
    archetype = ARCHETYPES.draw(rng)
    household_id = record_id(rng)
    people = _family(rng, archetype=archetype, year=today.year)
    tags = _tags(rng, archetype=archetype, people=people, year=today.year)
    members = _members(
        rng, household_id=household_id, people=people, tags=tags, village=village, year=today.year
    )
    # Most families were in care before the demo year; some joined during it.
    joined_this_year = rng.random() < 0.2
    days_ago = between(rng, 45, 330) if joined_this_year else between(rng, 366, 1100)
    registered = today - dt.timedelta(days=days_ago)
    status = STATUSES.draw(rng)
    ended = None
    if status != "active":
        earliest = max(registered, today - dt.timedelta(days=330)) + dt.timedelta(days=30)
        ended = earliest + dt.timedelta(days=rng.randint(0, max(0, (today - earliest).days - 20)))
    consent_share = rng.random() < 0.9
    number = rng.randint(1, 250)
    house_no = f"{number}/{rng.randint(1, 4)}" if rng.random() < 0.1 else str(number)
    position = None
    if rng.random() < 0.7:
        position = (
            round(village.latitude + rng.uniform(-VILLAGE_SPREAD, VILLAGE_SPREAD), 6),
            round(village.longitude + rng.uniform(-VILLAGE_SPREAD, VILLAGE_SPREAD), 6),
        )
    notes = rng.choice(HOUSEHOLD_NOTES[archetype]) if rng.random() < 0.35 else ""
    return HouseholdPlan(
        id=household_id,
        mentor=mentor,
        village=village,
        archetype=archetype,
        tags=tags,
        people=members,
        initial_risk=_initial_risk(rng, tags),
        status=status,
        registered=registered,
        ended=ended,
        consent_share=consent_share,
        consent_photos=consent_share and rng.random() < 0.8,
        house_no=house_no,
        phone=phone_number(rng) if rng.random() < 0.85 else "",
        position=position,
        notes=notes,
    )


def _family(rng: random.Random, *, archetype: str, year: int) -> list[tuple[str, Person]]:
    """(relation, person) pairs, the head first, for one family shape; ages follow from the
    head's, so no one has a child at eight or a grandmother younger than her grandchild's
    mother."""
    family = surname(rng)

    def person(sex: str | None, low: int, high: int, name: str = family) -> Person:
        if sex is None:
            sex = "female" if rng.random() < 0.5 else "male"
        born = year - between(rng, low, max(low, high))
        return make_person(rng, sex=sex, birth_year=born, current_year=year, surname=name)

    female_odds, youngest, oldest = HEADS[archetype]
    head = person("female" if rng.random() < female_odds else "male", youngest, oldest)
    age = head.age(year)
    people: list[tuple[str, Person]] = [("head", head)]

    def add(relation: str, sex: str | None, low: int, high: int, name: str = family) -> None:
        people.append((relation, person(sex, low, high, name)))

    def spouse() -> None:
        add("spouse", _other(head.sex), max(20, age - 6), age + 4)

    if archetype == "elderly_alone":
        if rng.random() < 0.3:
            spouse()
    elif archetype == "skipped_generation":
        if rng.random() < 0.4:
            spouse()
        name = family if rng.random() < 0.6 else surname(rng)  # a daughter's children
        for _ in range(between(rng, 1, 3)):
            add("grandchild", None, 1, min(16, age - 2 * PARENT_GAP), name)
    elif archetype == "single_parent":
        for _ in range(between(rng, 1, 3)):
            add("child", None, 0, min(17, age - PARENT_GAP))
        if rng.random() < 0.2:
            add("parent", "female", age + PARENT_GAP + 2, age + 34)
    elif archetype == "teen_parent":
        if rng.random() < 0.5:
            spouse()
        add("child", "female", 15, min(19, age - PARENT_GAP))
        add("grandchild", None, 0, 2)
    elif archetype == "extended":
        spouse()
        child_age = between(rng, 22, min(36, age - PARENT_GAP - 2))
        add("child", None, child_age, child_age)
        for _ in range(between(rng, 1, 2)):
            add("grandchild", None, 0, min(10, child_age - PARENT_GAP))
    else:  # nuclear
        spouse()
        for _ in range(between(rng, 1, 3)):
            add("child", None, 0, min(20, age - PARENT_GAP))
        if rng.random() < 0.25:
            add("parent", "female" if rng.random() < 0.7 else "male", age + 20, age + 34)
    return people[:MAX_MEMBERS]


def _other(sex: str) -> str:
    return "male" if sex == "female" else "female"


def _tags(
    rng: random.Random, *, archetype: str, people: list[tuple[str, Person]], year: int
) -> tuple[str, ...]:
    """Vulnerability tags in vocabulary order, at the rates mentors report."""
    tags = set()
    if archetype in ARCHETYPE_TAG:
        tags.add(ARCHETYPE_TAG[archetype])
    ages = [p.age(year) for _, p in people]
    has_adult_man = any(p.sex == "male" and 20 <= p.age(year) < 70 for _, p in people)
    if rng.random() < 0.35:
        tags.add("poverty")
    if rng.random() < 0.09:
        tags.add("disability")
    if max(ages) >= 65 and rng.random() < 0.2:
        tags.add("bedridden")
    if has_adult_man and rng.random() < 0.14:
        tags.add("substance_use")
    violence_odds = 0.3 if "substance_use" in tags else 0.06
    if archetype in VIOLENCE_PRONE and rng.random() < violence_odds:
        tags.add("violence_risk")
    return in_vocabulary_order(vocab.VULNERABILITY, tags)


def _initial_risk(rng: random.Random, tags: tuple[str, ...]) -> str:
    """The risk level a family came into care with: more and graver tags, higher risk."""
    score = sum(RISK_WEIGHT.get(tag, 0) for tag in tags) + rng.choice((-1, 0, 0, 1))
    if score >= 4:
        return "high"
    if score >= 2:
        return "medium"
    return "low"


def _members(
    rng: random.Random,
    *,
    household_id: str,
    people: list[tuple[str, Person]],
    tags: tuple[str, ...],
    village: Village,
    year: int,
) -> list[tuple[Member, Person]]:
    """Member records for a family: names as on forms, notes on disability, illness or school,
    national ids for most adults and some children."""
    has_spouse = any(relation == "spouse" for relation, _ in people)
    disabled = rng.randrange(len(people)) if "disability" in tags else -1
    oldest = min(range(len(people)), key=lambda i: people[i][1].birth_year)
    members = []
    for index, (relation, person) in enumerate(people):
        married = relation == "spouse" or (relation == "head" and has_spouse)
        married = married or (person.sex == "female" and person.age(year) >= 40)
        married = married or (relation in ("parent", "grandparent"))
        notes = ""
        if index == disabled:
            notes = rng.choice(MEMBER_NOTES["disability"])
        elif "bedridden" in tags and index == oldest:
            notes = rng.choice(MEMBER_NOTES["bedridden"])
        elif 7 <= person.age(year) <= 17 and rng.random() < 0.5:
            grade = person.age(year) - 6
            template = MEMBER_NOTES["school"][0 if grade <= 6 else 1]
            notes = template.format(grade=grade if grade <= 6 else grade - 6, school=village.school)
        identity = ""
        if rng.random() < 0.6:
            identity = national_id(
                rng, birth_year=person.birth_year, office_code=village.subdistrict_code[:4]
            )
        member = Member(
            id=record_id(rng),
            household_id=household_id,
            name=person.formal_name(year=year, married=married),
            sex=person.sex,
            birth_year=person.birth_year,
            relation=relation,
            national_id=identity,
            notes=notes,
        )
        members.append((member, person))
    return members
