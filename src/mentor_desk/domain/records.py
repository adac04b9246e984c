"""The records mentors keep: households, members, visits, activities and lessons.

Field names are English in code and storage; the Thai and English labels live in each
field's specification (see `fields.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import ClassVar

from mentor_desk.domain import vocab
from mentor_desk.domain.fields import (
    FieldSpec,
    choice,
    choices,
    flag,
    integer,
    iso_date,
    number,
    optional_choice,
    photo_list,
    ref,
    refs,
    text,
)
from mentor_desk.domain.ids import short_code


@dataclass(frozen=True)
class Photo:
    """A photo attached to a record: the attachment's SHA-256 and its caption."""

    sha256: str
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class Record:
    """Common to every record: a random UUID and the short code derived from it."""

    TABLE: ClassVar[str] = ""
    id: str

    @property
    def code(self) -> str:
        return short_code(self.id)


@dataclass(frozen=True, kw_only=True)
class Household(Record):
    """A family in a mentor's care (ครอบครัว)."""

    TABLE: ClassVar[str] = "households"
    head_name: str = text("ชื่อหัวหน้าครอบครัว", "Head of household", required=True, private=True)
    house_no: str = text("บ้านเลขที่", "House number", private=True, max_length=20)
    moo: int | None = integer("หมู่ที่", "Village number (moo)", minimum=1, maximum=99)
    village_name: str = text("ชื่อหมู่บ้าน", "Village name")
    subdistrict_code: str = text("รหัสตำบล", "Subdistrict code", max_length=6)
    district_code: str = text("รหัสอำเภอ", "District code", max_length=4)
    province_code: str = text("รหัสจังหวัด", "Province code", max_length=2)
    phone: str = text("เบอร์โทรศัพท์", "Phone", private=True, max_length=30)
    latitude: float | None = number("ละติจูด", "Latitude", minimum=-90, maximum=90, private=True)
    longitude: float | None = number("ลองจิจูด", "Longitude", minimum=-180, maximum=180, private=True)
    tags: tuple[str, ...] = choices("กลุ่มเปราะบาง", "Vulnerabilities", vocab.VULNERABILITY)
    risk_level: str = choice("ระดับความเสี่ยง", "Risk level", vocab.RISK_LEVEL, default="low")
    mentor: str = text("พี่เลี้ยงผู้ดูแล", "Assigned mentor")
    status: str = choice("สถานะ", "Status", vocab.HOUSEHOLD_STATUS, default="active")
    consent_share: bool = flag("ยินยอมให้ส่งข้อมูลถึงอำเภอ", "Consents to sharing with district")
    consent_photos: bool = flag("ยินยอมให้ถ่ายภาพ", "Consents to photos")
    consent_date: str | None = iso_date("วันที่ให้ความยินยอม", "Consent date")
    consent_version: str = text("ฉบับของข้อความยินยอม", "Consent text version", max_length=20)
    notes: str = text("บันทึกเพิ่มเติม", "Notes", private=True, long=True)
    photos: tuple[Photo, ...] = photo_list()


@dataclass(frozen=True, kw_only=True)
class Member(Record):
    """A person in a household (สมาชิก)."""

    TABLE: ClassVar[str] = "members"
    household_id: str = ref("ครอบครัว", "Household", "households")
    name: str = text("ชื่อ-นามสกุล", "Name", required=True, private=True)
    sex: str = choice("เพศ", "Sex", vocab.SEX, default="unspecified")
    birth_year: int | None = integer("ปีเกิด (ค.ศ.)", "Birth year (CE)", minimum=1900, maximum=2100)
    relation: str = choice("ความสัมพันธ์", "Relation", vocab.RELATION, default="other")
    national_id: str = text("เลขประจำตัวประชาชน", "National id", private=True, max_length=13)
    notes: str = text("บันทึกเพิ่มเติม", "Notes", private=True, long=True)


@dataclass(frozen=True, kw_only=True)
class Visit(Record):
    """A mentoring visit to a household (การเยี่ยมบ้าน)."""

    TABLE: ClassVar[str] = "visits"
    household_id: str = ref("ครอบครัว", "Household", "households")
    mentor: str = text("พี่เลี้ยง", "Mentor")
    date: str | None = iso_date("วันที่เยี่ยม", "Visit date", required=True)
    mode: str = choice("รูปแบบ", "Mode", vocab.VISIT_MODE, default="home")
    members_met: tuple[str, ...] = refs("สมาชิกที่พบ", "Members met", "members")
    topics: tuple[str, ...] = choices("ประเด็นที่พูดคุย", "Topics", vocab.VISIT_TOPIC)
    observations: str = text("สิ่งที่พบ", "Observations", long=True)
    risk_after: str | None = optional_choice(
        "ความเสี่ยงหลังเยี่ยม", "Risk after the visit", vocab.RISK_LEVEL
    )
    actions_agreed: str = text("สิ่งที่ตกลงร่วมกัน", "Actions agreed", long=True)
    referral_agency: str = text("ส่งต่อหน่วยงาน", "Referred to")
    referral_reason: str = text("เหตุผลการส่งต่อ", "Referral reason", long=True)
    next_visit_date: str | None = iso_date("นัดเยี่ยมครั้งถัดไป", "Next visit")
    private_notes: str = text(
        "บันทึกส่วนตัว (ไม่ส่งออก)", "Private notes (never sent)", private=True, long=True
    )
    photos: tuple[Photo, ...] = photo_list()


@dataclass(frozen=True, kw_only=True)
class Activity(Record):
    """A family-support activity (กิจกรรมสนับสนุนครอบครัว)."""

    TABLE: ClassVar[str] = "activities"
    title: str = text("ชื่อกิจกรรม", "Title", required=True)
    kind: str = choice("ประเภท", "Kind", vocab.ACTIVITY_KIND)
    date: str | None = iso_date("วันที่จัด", "Date", required=True)
    place: str = text("สถานที่", "Place")
    organiser: str = text("ผู้จัด", "Organiser")
    partners: tuple[str, ...] = choices("ภาคีเครือข่าย", "Partner networks", vocab.PARTNER_NETWORK)
    household_ids: tuple[str, ...] = refs("ครอบครัวที่เข้าร่วม", "Households taking part", "households")
    adults: int | None = integer("ผู้ใหญ่ (คน)", "Adults", minimum=0, maximum=100_000)
    children: int | None = integer("เด็ก (คน)", "Children", minimum=0, maximum=100_000)
    resources: str = text("ทรัพยากรที่ใช้", "Resources used", long=True)
    local_wisdom: str = text("ภูมิปัญญาท้องถิ่น", "Local wisdom", long=True)
    virtues: tuple[str, ...] = choices("คุณธรรม", "Virtues", vocab.VIRTUE)
    outcome: str = text("ผลที่เกิดขึ้น", "Outcome", long=True)
    photos: tuple[Photo, ...] = photo_list()


@dataclass(frozen=True, kw_only=True)
class Lesson(Record):
    """A lesson learned, good-deed story or community learning source (บทเรียน)."""

    TABLE: ClassVar[str] = "lessons"
    kind: str = choice("ประเภท", "Kind", vocab.LESSON_KIND)
    title: str = text("ชื่อเรื่อง", "Title", required=True, max_length=500)
    author: str = text("ผู้เขียน", "Author")
    area: str = text("พื้นที่", "Area")
    subdistrict_code: str = text("รหัสตำบล", "Subdistrict code", max_length=6)
    period_start: str | None = iso_date("ช่วงเวลา ตั้งแต่", "Period from")
    period_end: str | None = iso_date("ถึง", "Period to")
    context: str = text("ความเป็นมาและบริบท", "Background and context", long=True)
    actions: str = text("สิ่งที่ทำ", "What was done", long=True)
    results: str = text("ผลที่เกิดขึ้น", "Results", long=True)
    success_factors: str = text("ปัจจัยความสำเร็จ", "Success factors", long=True)
    challenges: str = text("ปัญหาและอุปสรรค", "Challenges", long=True)
    recommendations: str = text("ข้อเสนอแนะ", "Recommendations", long=True)
    virtues: tuple[str, ...] = choices("คุณธรรม", "Virtues", vocab.VIRTUE)
    activity_ids: tuple[str, ...] = refs("กิจกรรมที่เกี่ยวข้อง", "Linked activities", "activities")
    visit_ids: tuple[str, ...] = refs("การเยี่ยมที่เกี่ยวข้อง", "Linked visits", "visits")
    photos: tuple[Photo, ...] = photo_list()
    status: str = choice("สถานะ", "Status", vocab.LESSON_STATUS, default="draft")
    reviewer_notes: str = text("ความเห็นผู้ตรวจ", "Reviewer notes", long=True)
    people_consented: bool = flag("บุคคลที่ถูกกล่าวถึงยินยอมแล้ว", "People named have consented")


RECORD_TYPES: dict[str, type[Record]] = {
    cls.TABLE: cls for cls in (Household, Member, Visit, Activity, Lesson)
}
TABLES: tuple[str, ...] = tuple(RECORD_TYPES)


@cache
def field_specs(table: str) -> Mapping[str, FieldSpec]:
    """The data fields of a table (without id), in declaration order (made once per table;
    read-only, since every caller shares it)."""
    return MappingProxyType(
        {
            f.name: f.metadata["spec"]
            for f in dataclasses.fields(RECORD_TYPES[table])
            if "spec" in f.metadata
        }
    )
