"""A household's visit summary and the monthly activity report with its charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentor_desk.domain.records import Activity, Household, Member, Visit
from mentor_desk.printing.activity_report import build_activity_report, kind_totals
from mentor_desk.printing.charts import nice_scale
from mentor_desk.printing.errors import EmptySelectionError
from mentor_desk.printing.extraction import extract_text, text_lines
from mentor_desk.printing.household_summary import CONFIDENTIAL, build_household_summary
from tests.printing.booklet_support import flat, fonts_of

pytestmark = pytest.mark.poppler

SARABUN_FACES = {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"}
TODAY = dt.date(2026, 11, 22)

HOUSEHOLD = Household(
    id="h1",
    head_name="นางบัวผัน ศรีสุข",
    house_no="45/2",
    moo=3,
    village_name="บ้านหนองบัว",
    tags=("elderly_alone", "poverty"),
    risk_level="medium",
    mentor="สมศรี ใจงาม",
    consent_share=True,
    consent_date="2026-01-15",
)
MEMBERS = [
    Member(id="m1", household_id="h1", name="นางบัวผัน ศรีสุข", relation="head", birth_year=1950),
    Member(id="m2", household_id="h1", name="ด.ญ. มะลิ ศรีสุข", relation="grandchild", sex="female"),
]
VISITS = [
    Visit(
        id=f"v{day}",
        household_id="h1",
        mentor="สมศรี ใจงาม",
        date=f"2026-{month:02d}-{day:02d}",
        members_met=("m1", "m2"),
        topics=("education", "elderly_care"),
        observations=f"คุณยายสุขภาพดีขึ้น หลานไปโรงเรียนสม่ำเสมอ ครั้งที่ {day}",
        actions_agreed="พาไปตรวจสุขภาพที่ รพ.สต. บ้านหนองบัว",
        referral_agency="รพ.สต.บ้านหนองบัว" if day == 2 else "",
        referral_reason="ตรวจความดัน" if day == 2 else "",
        next_visit_date=f"2026-{month + 1:02d}-01",
        private_notes="ลูกสาวส่งเงินไม่สม่ำเสมอ",
    )
    for month, day in ((1, 2), (3, 14), (6, 20), (9, 9))
]


def activity(title: str, *, kind: str, date: str, adults: int, children: int) -> Activity:
    return Activity(
        id=title,
        title=title,
        kind=kind,
        date=date,
        place="ศาลาวัดบ้านหนองบัว",
        household_ids=("h1", "h2") if adults else (),
        adults=adults,
        children=children,
        virtues=("volunteerism",),
        partners=("religion",),
    )


ACTIVITIES = [
    activity("พ่อแม่คุยกัน", kind="parenting_class", date="2026-11-03", adults=24, children=0),
    activity("เลี้ยงลูกเชิงบวก", kind="parenting_class", date="2026-11-17", adults=18, children=5),
    activity("ตักบาตรครอบครัว", kind="religious", date="2026-11-20", adults=40, children=35),
    activity("เก็บขยะริมหนอง", kind="volunteering", date="2026-11-28", adults=0, children=22),
    activity("กีฬาสีหมู่บ้าน", kind="sport", date="2026-10-30", adults=50, children=50),
]


def test_household_summary_shows_the_family_and_every_visit(tmp_path: Path) -> None:
    pdf = build_household_summary(
        HOUSEHOLD, members=MEMBERS, visits=VISITS, path=tmp_path / "h.pdf", printed_on=TODAY
    )
    text = flat(extract_text(pdf))
    for expected in (
        HOUSEHOLD.head_name,
        CONFIDENTIAL,
        "บ้านเลขที่ 45/2 หมู่ที่ 3 บ้านหนองบัว",
        "ผู้สูงอายุอยู่ลำพัง ยากจน",
        "ด.ญ. มะลิ ศรีสุข",
        "การเยี่ยมบ้าน (4 ครั้ง)",
        "2 มกราคม 2569",
        "9 กันยายน 2569",
        "รพ.สต.บ้านหนองบัว — ตรวจความดัน",
        "76",  # นางบัวผัน's age in 2026
    ):
        assert flat(expected) in text, expected
    assert text.index(flat("ครั้งที่ 1")) < text.index(flat("2 มกราคม 2569"))
    assert flat("ลูกสาวส่งเงิน") not in text, "private notes stay out unless asked for"
    assert {name for name, _ in fonts_of(pdf)} <= SARABUN_FACES


def test_household_summary_prints_private_notes_only_when_asked(tmp_path: Path) -> None:
    pdf = build_household_summary(
        HOUSEHOLD,
        members=[],
        visits=VISITS[:1],
        path=tmp_path / "h.pdf",
        include_private_notes=True,
        use_thai_digits=True,
    )
    text = flat(extract_text(pdf))
    assert flat("ลูกสาวส่งเงินไม่สม่ำเสมอ") in text
    assert flat("๒ มกราคม ๒๕๖๙") in text


def test_kind_totals_count_activities_and_people_per_kind() -> None:
    assert kind_totals(ACTIVITIES[:4]) == [
        ("อบรมพ่อแม่ผู้ปกครอง", 2, 42, 5),
        ("กิจกรรมทางศาสนา", 1, 40, 35),
        ("จิตอาสา", 1, 0, 22),
    ]


def test_nice_scale_uses_round_steps() -> None:
    assert nice_scale(42) == (50.0, 10.0)
    assert nice_scale(3) == (3.0, 1.0)
    assert nice_scale(0) == (1.0, 1.0)
    assert nice_scale(180) == (200.0, 50.0)


def test_activity_report_labels_its_charts_in_clean_thai(tmp_path: Path) -> None:
    pdf = build_activity_report(
        ACTIVITIES,
        path=tmp_path / "month.pdf",
        year=2026,
        month=11,
        area="อำเภอน้ำพอง จังหวัดขอนแก่น",
        reported_by="สมศรี ใจงาม",
        printed_on=TODAY,
    )
    lines = text_lines(extract_text(pdf))
    text = flat("".join(lines))
    assert flat("ประจำเดือนพฤศจิกายน พ.ศ. 2569") in text
    assert flat("4 กิจกรรม") in text
    assert flat("ผู้ใหญ่ 82 คน เด็กและเยาวชน 62 คน รวม 144 คน") in text
    assert flat("เลี้ยงลูกเชิงบวก") in text
    assert flat("กีฬาสีหมู่บ้าน") not in text, "an activity of another month was counted"
    # Every chart label is real text (shaped, with /ActualText): a category label with tone
    # marks comes back whole on a line of its own, next to nothing but numbers.
    for label in ("อบรมพ่อแม่ผู้ปกครอง", "กิจกรรมทางศาสนา", "จิตอาสา", "เด็กและเยาวชน"):
        assert any(line.startswith(label) for line in lines), label
    assert not any("\ue000" <= char <= "\uf8ff" for char in "".join(lines))
    assert {name for name, _ in fonts_of(pdf)} <= SARABUN_FACES


def test_activity_report_for_an_empty_month_is_a_thai_error(tmp_path: Path) -> None:
    with pytest.raises(EmptySelectionError, match="ไม่มีกิจกรรม"):
        build_activity_report(ACTIVITIES, path=tmp_path / "none.pdf", year=2026, month=2)
    assert not (tmp_path / "none.pdf").exists()
