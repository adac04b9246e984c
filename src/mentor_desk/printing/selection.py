"""Which lessons go into a booklet, and how they are grouped into chapters.

Pure functions over ``Lesson`` records: the store hands over the lessons, this module
chooses (by kind, status, virtue, subdistrict, area text and period) and arranges them
(by village or area, by virtue, or by kind), in the order a Thai reader expects.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from mentor_desk.domain import vocab
from mentor_desk.domain.records import Lesson

NO_AREA = "ไม่ระบุพื้นที่"
NO_VIRTUE = "เรื่องราวอื่น ๆ"
_LEADING_VOWEL_FIRST = re.compile("([เแโใไ])([ก-ฮ])")
_NUMBER = re.compile(r"\d+")
_NUMBER_WIDTH = 8


class ChapterMode(Enum):
    """How a booklet's lessons are grouped into chapters."""

    VILLAGE = "village"  # by the lesson's area (village), else its subdistrict
    THEME = "theme"  # by virtue (พอเพียง วินัย สุจริต จิตอาสา)
    KIND = "kind"  # lessons learned, good-deed stories, community learning sources


@dataclass(frozen=True, kw_only=True)
class LessonSelection:
    """What to print: every condition given must hold; an empty condition allows anything.

    ``kinds``, ``statuses``, ``virtues`` and ``subdistrict_codes`` each allow any of their
    values (a lesson needs one of the virtues, not all). ``area_text`` must occur in the
    lesson's area. ``date_from``/``date_to`` keep lessons whose period overlaps them; a lesson
    without any period date is left out when a date is given.
    """

    kinds: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    virtues: frozenset[str] = frozenset()
    subdistrict_codes: frozenset[str] = frozenset()
    area_text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def matches(self, lesson: Lesson) -> bool:
        """Whether the lesson meets every condition."""
        if self.kinds and lesson.kind not in self.kinds:
            return False
        if self.statuses and lesson.status not in self.statuses:
            return False
        if self.virtues and not self.virtues.intersection(lesson.virtues):
            return False
        if self.subdistrict_codes and lesson.subdistrict_code not in self.subdistrict_codes:
            return False
        if self.area_text.strip() and self.area_text.strip().casefold() not in (
            lesson.area.casefold()
        ):
            return False
        return self._period_overlaps(lesson)

    def _period_overlaps(self, lesson: Lesson) -> bool:
        if self.date_from is None and self.date_to is None:
            return True
        start_text = lesson.period_start or lesson.period_end
        end_text = lesson.period_end or lesson.period_start
        if start_text is None or end_text is None:
            return False
        start, end = dt.date.fromisoformat(start_text), dt.date.fromisoformat(end_text)
        if self.date_from is not None and end < self.date_from:
            return False
        return not (self.date_to is not None and start > self.date_to)


def select_lessons(lessons: Iterable[Lesson], selection: LessonSelection) -> list[Lesson]:
    """The lessons that match, in their original order."""
    return [lesson for lesson in lessons if selection.matches(lesson)]


@dataclass(frozen=True)
class Chapter:
    """A chapter of a booklet: its title and its lessons in reading order."""

    title: str
    lessons: tuple[Lesson, ...]


def thai_sort_key(text: str) -> str:
    """A sort key that orders Thai words as a dictionary does.

    Thai writes the vowels เ แ โ ใ ไ before the consonant they follow in speech; a dictionary
    sorts by the consonant first, so the pair is swapped for sorting (เก sorts under ก).
    Numbers sort by value (หมู่ที่ 3 before หมู่ที่ 10).
    """
    key = _LEADING_VOWEL_FIRST.sub(r"\2\1", text.strip())
    return _NUMBER.sub(lambda number: number.group().zfill(_NUMBER_WIDTH), key)


def shorten_area(area: str, *, home_area: str) -> str:
    """An area text without the district and province every lesson shares.

    In a district's booklet "บ้านดอนแดง หมู่ที่ 2 ตำบลน้ำพอง อำเภอน้ำพอง จังหวัดขอนแก่น" reads
    better as "บ้านดอนแดง หมู่ที่ 2 ตำบลน้ำพอง"; the cover already names the district.
    """
    area = " ".join(area.split())
    suffix = " ".join(home_area.split())
    if suffix and area.endswith(suffix) and area != suffix:
        return area[: -len(suffix)].strip()
    return area


def arrange_chapters(
    lessons: Sequence[Lesson],
    *,
    mode: ChapterMode,
    place_name: Callable[[str], str] = lambda code: "",
    home_area: str = "",
) -> list[Chapter]:
    """Group lessons into chapters.

    By village: the lesson's area text (without ``home_area``, see ``shorten_area``), else the
    name of its subdistrict (``place_name``), in Thai dictionary order and "no area" last.
    By theme: the first of a lesson's virtues in the plan's order (พอเพียง วินัย สุจริต
    จิตอาสา), lessons without a virtue last.
    By kind: the vocabulary's order. Within a chapter, lessons run by period, then title.
    """
    groups: dict[str, list[Lesson]] = {}
    order: dict[str, tuple[int, str]] = {}
    for lesson in lessons:
        title, rank = _chapter_of(lesson, mode=mode, place_name=place_name, home_area=home_area)
        groups.setdefault(title, []).append(lesson)
        order[title] = rank
    return [
        Chapter(title, tuple(sorted(groups[title], key=_reading_order)))
        for title in sorted(groups, key=lambda title: order[title])
    ]


def _chapter_of(
    lesson: Lesson, *, mode: ChapterMode, place_name: Callable[[str], str], home_area: str
) -> tuple[str, tuple[int, str]]:
    if mode is ChapterMode.THEME:
        keys = vocab.VIRTUE.keys()
        present = [key for key in keys if key in lesson.virtues]
        if not present:
            return NO_VIRTUE, (len(keys), "")
        return f"คุณธรรมด้าน{vocab.VIRTUE.label(present[0])}", (keys.index(present[0]), "")
    if mode is ChapterMode.KIND:
        keys = vocab.LESSON_KIND.keys()
        rank = keys.index(lesson.kind) if lesson.kind in keys else len(keys)
        return vocab.LESSON_KIND.label(lesson.kind), (rank, lesson.kind)
    area = shorten_area(lesson.area, home_area=home_area)
    if not area and lesson.subdistrict_code:
        name = place_name(lesson.subdistrict_code)
        area = f"ตำบล{name}" if name else ""
    if not area:
        return NO_AREA, (1, "")
    return area, (0, thai_sort_key(area))


def _reading_order(lesson: Lesson) -> tuple[bool, str, str, str]:
    start = lesson.period_start or lesson.period_end or ""
    return (not start, start, thai_sort_key(lesson.title), lesson.id)  # undated ones last
