"""Making a realistic sample database: a year in the life of a district's community mentors.

Everything is drawn from random generators seeded by `seed` (one per part, so that changing
how activities are made does not change the families), dates are anchored on `today`, and
records are inserted in bulk, so the same seed and day always give the same data, quickly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from mentor_desk.demo.activities import PlannedActivity, default_activity_count, plan_activities
from mentor_desk.demo.area import DemoArea, build_area
from mentor_desk.demo.households import HouseholdPlan, plan_households
from mentor_desk.demo.lessons import LessonDraft, link_visits, plan_lessons
from mentor_desk.demo.photos import Photographer
from mentor_desk.demo.schedule import allocate_visits
from mentor_desk.demo.visits import VisitWriter
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import Activity, Photo, Record
from mentor_desk.store.facade import Profile, Store

VISITS_PER_FAMILY = 20 / 3  # the default 400 visits fall on 60 families, about 6–7 a year each
MIN_FAMILIES = 12
# Photos are the slow part of a demo: a fixed budget keeps any demo under a second or two.
PHOTO_BUDGET = {"visits": 6, "activities": 18, "lessons": 36}
ACTIVITY_CAPTIONS = ("บรรยากาศกิจกรรม{title}", "ครอบครัวร่วมกิจกรรมที่{place}")


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run made: counts per table, photos stored, and where it is set."""

    seed: int
    today: str
    district_code: str
    district_name: str
    mentors: int
    households: int
    members: int
    visits: int
    activities: int
    lessons: int
    photos: int

    def as_dict(self) -> dict[str, int | str]:
        """All fields as JSON-able data (the command line prints this)."""
        return dataclasses.asdict(self)

    def counts(self) -> dict[str, int]:
        """Records made per table, keyed like `Store.counts()`."""
        return {
            "households": self.households,
            "members": self.members,
            "visits": self.visits,
            "activities": self.activities,
            "lessons": self.lessons,
        }


def default_families(visits: int) -> int:
    """How many families a demo with this many visits should have (about 6–7 visits each)."""
    return max(MIN_FAMILIES, round(visits / VISITS_PER_FAMILY))


def generate(
    store: Store,
    *,
    seed: int = 1,
    families: int | None = None,
    visits: int = 400,
    lessons: int = 24,
    activities: int | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill an empty data folder with a year of realistic records for one real district.

    `families` defaults to a number that fits `visits` (60 for the default 400);
    `activities` to about two a month; visits fall in the twelve months before `today`
    (default: the real today), with some families overdue or due this week. The profile is
    set only when the folder has none. Raises ValidationError for negative counts or a
    folder that already holds records.
    """
    _check_counts(families=families, visits=visits, lessons=lessons, activities=activities)
    if any(store.counts().values()):
        raise ValidationError(
            "demo",
            "โฟลเดอร์ข้อมูลนี้มีข้อมูลอยู่แล้ว ข้อมูลตัวอย่างสร้างได้เฉพาะในโฟลเดอร์ที่ว่าง",
            "the data folder already holds records; demo data goes into an empty one",
        )
    today = today or dt.date.today()
    family_count = default_families(visits) if families is None else families
    activity_count = default_activity_count() if activities is None else activities

    area = build_area(_rng(seed, "area"), families=family_count)
    if store.profile is None:
        store.set_profile(_profile(area))
    plans = plan_households(_rng(seed, "households"), area=area, count=family_count, today=today)
    visit_counts = allocate_visits(
        _rng(seed, "visit-counts"), plans=plans, total=visits, today=today
    )

    planned = plan_activities(
        _rng(seed, "activities"), area=area, households=plans, count=activity_count, today=today
    )
    drafts = plan_lessons(
        _rng(seed, "lessons"),
        area=area,
        count=lessons,
        today=today,
        households=plans,
        activities=planned,
    )

    # Photos go in first, so that every record then goes in with one transaction.
    cameras = {
        part: Photographer(store, _rng(seed, f"photos/{part}"), limit=limit)
        for part, limit in PHOTO_BUDGET.items()
    }
    visit_photos = _visit_photos(
        cameras["visits"], plans=plans, visit_counts=visit_counts, year=today.year
    )
    activity_records = _with_activity_photos(cameras["activities"], planned)
    drafts = _with_lesson_photos(cameras["lessons"], drafts)

    visits_by_household: dict[str, list[tuple[str, str]]] = {}
    family_records = _family_records(
        plans,
        visit_counts=visit_counts,
        writer=VisitWriter(_rng(seed, "visits"), area=area, today=today),
        visit_photos=visit_photos,
        visits_by_household=visits_by_household,
    )
    # Lessons come last in the stream: by then every visit they may cite has been made.
    lesson_records = (link_visits(draft, visits_by_household) for draft in drafts)
    store.add_records(chain(family_records, activity_records, lesson_records))

    return DemoSummary(
        seed=seed,
        today=today.isoformat(),
        district_code=area.district_code,
        district_name=area.label,
        mentors=len(area.mentors),
        households=len(plans),
        members=sum(len(p.people) for p in plans),
        visits=sum(visit_counts),
        activities=len(activity_records),
        lessons=len(drafts),
        photos=len({sha for camera in cameras.values() for sha in camera.stored}),
    )


def _rng(seed: int, part: str) -> random.Random:
    # A text seed is hashed with SHA-512 by `random`, never with the salted `hash()`.
    return random.Random(f"mentor-desk-demo/{seed}/{part}")


def _check_counts(**counts: int | None) -> None:
    for name, value in counts.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(
                f"demo.{name}", "ต้องเป็นจำนวนเต็มที่ไม่ติดลบ", f"must be a whole number >= 0: {value!r}"
            )
    if counts.get("families") == 0 and (counts.get("visits") or 0) > 0:
        raise ValidationError(
            "demo.families", "ต้องมีครอบครัวอย่างน้อยหนึ่งครอบครัว", "visits need at least one family"
        )


def _profile(area: DemoArea) -> Profile:
    """The profile of the demo's first mentor, who 'owns' this laptop."""
    mentor = area.mentors[0]
    return Profile(
        name=mentor.name,
        role="mentor",
        province_code=area.province_code,
        district_code=area.district_code,
        subdistrict_code=mentor.subdistrict_code,
        village=mentor.villages[0].label,
    )


def _visit_photos(
    camera: Photographer,
    *,
    plans: Sequence[HouseholdPlan],
    visit_counts: Sequence[int],
    year: int,
) -> dict[str, tuple[Photo, ...]]:
    """Photos for a few home visits, only to families who agreed to be photographed."""
    photos: dict[str, tuple[Photo, ...]] = {}
    for plan, count in zip(plans, visit_counts, strict=True):
        if camera.remaining <= 0:
            break
        if count and plan.consent_photos and plan.status == "active":
            caption = f"พี่เลี้ยงเยี่ยมบ้าน{plan.head.spoken_name(year)} {plan.village.name}"
            photos[plan.id] = camera.take("home_visit", [caption])
    return photos


def _family_records(
    plans: Sequence[HouseholdPlan],
    *,
    visit_counts: Sequence[int],
    writer: VisitWriter,
    visit_photos: dict[str, tuple[Photo, ...]],
    visits_by_household: dict[str, list[tuple[str, str]]],
) -> Iterator[Record]:
    """Each family's visits, then the household (whose risk level its visits decided), then
    its members; fills `visits_by_household` with (date, id) pairs for lessons to cite."""
    for plan, count in zip(plans, visit_counts, strict=True):
        visits = list(writer.visits_for(plan, count))
        photos = visit_photos.get(plan.id)
        if photos and visits:
            homes = [i for i, v in enumerate(visits) if v.mode == "home"]
            target = homes[-1] if homes else len(visits) - 1
            visits[target] = dataclasses.replace(visits[target], photos=photos)
        visits_by_household[plan.id] = [(v.date or "", v.id) for v in visits]
        yield from visits
        yield plan.to_record()
        yield from plan.members


def _with_activity_photos(
    camera: Photographer, planned: Sequence[PlannedActivity]
) -> list[Activity]:
    """Activities with a photo each while the budget lasts, a second one now and then."""
    records = []
    for index, item in enumerate(planned):
        activity = item.activity
        fill = {"title": activity.title, "place": activity.place}
        spare = camera.remaining - (len(planned) - index - 1)
        wanted = 2 if index % 3 == 0 and spare > 1 else 1
        captions = [c.format_map(fill) for c in ACTIVITY_CAPTIONS[:wanted]]
        photos = camera.take(item.idea.scene, captions)
        records.append(dataclasses.replace(activity, photos=photos) if photos else activity)
    return records


def _with_lesson_photos(camera: Photographer, drafts: Sequence[LessonDraft]) -> list[LessonDraft]:
    """Lessons with one to three captioned photos: every lesson gets one while the budget
    lasts, extra ones only from what later lessons will not need."""
    with_photos = []
    for index, draft in enumerate(drafts):
        spare = camera.remaining - (len(drafts) - index - 1)
        wanted = max(1, min(len(draft.captions), spare))
        photos = camera.take(draft.scene, draft.captions[:wanted])
        lesson = dataclasses.replace(draft.lesson, photos=photos)
        with_photos.append(dataclasses.replace(draft, lesson=lesson))
    return with_photos


__all__ = ["DemoSummary", "default_families", "generate"]
