"""Choosing a booklet's lessons and grouping them into chapters (no PDF needed)."""

from __future__ import annotations

import datetime as dt

from mentor_desk.printing.front_matter import consenting_contributors
from mentor_desk.printing.selection import (
    NO_AREA,
    NO_VIRTUE,
    ChapterMode,
    LessonSelection,
    arrange_chapters,
    select_lessons,
    shorten_area,
    thai_sort_key,
)
from tests.printing.booklet_support import lesson

HOME = "อำเภอน้ำพอง จังหวัดขอนแก่น"
LESSONS = [
    lesson(
        "1",
        title="เก็บขยะ",
        kind="good_deed",
        status="selected",
        virtues=("volunteerism",),
        area="บ้านหนองบัว หมู่ที่ 10 ตำบลน้ำพอง " + HOME,
        subdistrict_code="400701",
        period_start="2026-01-10",
        period_end="2026-03-31",
        author="นางสมศรี ใจงาม",
        people_consented=True,
    ),
    lesson(
        "2",
        title="บัญชีครัวเรือน",
        status="reviewed",
        virtues=("sufficiency", "discipline"),
        area="บ้านหนองบัว หมู่ที่ 3",
        subdistrict_code="400701",
        period_start="2025-10-01",
        period_end="2025-12-31",
        author="นายเอก ดีงาม",
        people_consented=True,
    ),
    lesson(
        "3",
        title="แหล่งเรียนรู้",
        kind="learning_source",
        status="selected",
        subdistrict_code="400702",
        author="นางสมศรี ใจงาม",
        people_consented=False,
    ),
]


def titles(lessons: list[object]) -> list[str]:
    return [item.title for item in lessons]  # type: ignore[attr-defined]


def test_an_empty_selection_takes_every_lesson() -> None:
    assert select_lessons(LESSONS, LessonSelection()) == LESSONS


def test_each_condition_narrows_the_lessons() -> None:
    def chosen(**conditions: object) -> list[str]:
        return titles(select_lessons(LESSONS, LessonSelection(**conditions)))  # type: ignore[arg-type]

    assert chosen(kinds=frozenset({"good_deed"})) == ["เก็บขยะ"]
    assert chosen(statuses=frozenset({"selected"})) == ["เก็บขยะ", "แหล่งเรียนรู้"]
    assert chosen(virtues=frozenset({"discipline", "integrity"})) == ["บัญชีครัวเรือน"]
    assert chosen(subdistrict_codes=frozenset({"400702"})) == ["แหล่งเรียนรู้"]
    assert chosen(area_text=" หมู่ที่ 3 ") == ["บัญชีครัวเรือน"]
    assert chosen(kinds=frozenset({"good_deed"}), statuses=frozenset({"reviewed"})) == []


def test_a_period_keeps_lessons_that_overlap_it_and_drops_undated_ones() -> None:
    def chosen(start: dt.date | None, end: dt.date | None) -> list[str]:
        return titles(select_lessons(LESSONS, LessonSelection(date_from=start, date_to=end)))

    assert chosen(dt.date(2026, 3, 31), None) == ["เก็บขยะ"]
    assert chosen(None, dt.date(2025, 10, 1)) == ["บัญชีครัวเรือน"]
    assert chosen(dt.date(2025, 12, 1), dt.date(2026, 1, 10)) == ["เก็บขยะ", "บัญชีครัวเรือน"]
    assert chosen(dt.date(2026, 4, 1), dt.date(2026, 12, 31)) == []


def test_village_chapters_drop_the_shared_district_and_sort_like_a_dictionary() -> None:
    chapters = arrange_chapters(
        LESSONS,
        mode=ChapterMode.VILLAGE,
        place_name={"400702": "วังชัย"}.get,  # type: ignore[arg-type]
        home_area=HOME,
    )
    assert [chapter.title for chapter in chapters] == [
        "ตำบลวังชัย",
        "บ้านหนองบัว หมู่ที่ 3",
        "บ้านหนองบัว หมู่ที่ 10 ตำบลน้ำพอง",
    ]
    no_place = arrange_chapters([lesson("x", title="ไม่มีที่")], mode=ChapterMode.VILLAGE)
    assert [chapter.title for chapter in no_place] == [NO_AREA]


def test_theme_chapters_follow_the_order_of_the_virtues() -> None:
    chapters = arrange_chapters(LESSONS, mode=ChapterMode.THEME)
    assert [(chapter.title, titles(list(chapter.lessons))) for chapter in chapters] == [
        ("คุณธรรมด้านพอเพียง", ["บัญชีครัวเรือน"]),
        ("คุณธรรมด้านจิตอาสา", ["เก็บขยะ"]),
        (NO_VIRTUE, ["แหล่งเรียนรู้"]),
    ]


def test_kind_chapters_follow_the_vocabulary() -> None:
    chapters = arrange_chapters(LESSONS, mode=ChapterMode.KIND)
    assert [chapter.title for chapter in chapters] == [
        "บทเรียน",
        "เรื่องเล่าความดี",
        "แหล่งเรียนรู้ชุมชน",
    ]


def test_thai_dictionary_order_puts_leading_vowels_under_their_consonant() -> None:
    words = ["เกษตร", "กา", "ขนม", "โคก", "ไก่", "หมู่ที่ 10", "หมู่ที่ 9"]
    assert sorted(words, key=thai_sort_key) == [
        "กา",
        "เกษตร",
        "ไก่",
        "ขนม",
        "โคก",
        "หมู่ที่ 9",
        "หมู่ที่ 10",
    ]


def test_shortening_an_area_keeps_it_whole_when_it_is_only_the_district() -> None:
    assert shorten_area(f"บ้านนาดี  {HOME}", home_area=HOME) == "บ้านนาดี"
    assert shorten_area(HOME, home_area=HOME) == HOME
    assert shorten_area("บ้านนาดี", home_area="") == "บ้านนาดี"


def test_contributors_are_authors_whose_people_consented() -> None:
    contributors = consenting_contributors(LESSONS, home_area=HOME)
    assert [(c.name, c.lessons, c.areas) for c in contributors] == [
        ("นางสมศรี ใจงาม", 1, ("บ้านหนองบัว หมู่ที่ 10 ตำบลน้ำพอง",)),
        ("นายเอก ดีงาม", 1, ("บ้านหนองบัว หมู่ที่ 3",)),
    ]
