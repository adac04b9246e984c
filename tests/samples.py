"""One fully filled record of every table, for round-trip tests."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

from mentor_desk.store import Store


def photo_bytes(colour: tuple[int, int, int] = (200, 120, 40), *, exif: bool = False) -> bytes:
    image = Image.new("RGB", (320, 240), colour)
    out = io.BytesIO()
    if exif:
        data = Image.Exif()
        data[0x010F] = "PhoneMaker"  # Make
        data[0x0112] = 6  # Orientation: rotate 90° clockwise
        image.save(out, format="JPEG", exif=data.tobytes())
    else:
        image.save(out, format="JPEG")
    return out.getvalue()


def fill_every_table(store: Store) -> dict[str, dict[str, Any]]:
    """Create one record per table with every field set; returns them keyed by table."""
    sha = store.add_photo(photo_bytes()).sha256
    household = {
        "head_name": "นางบัวผัน ศรีสุข",
        "house_no": "45/2",
        "moo": 3,
        "village_name": "บ้านหนองบัว",
        "subdistrict_code": "400701",
        "district_code": "4007",
        "province_code": "40",
        "phone": "081-234-5678",
        "latitude": 16.7,
        "longitude": 102.84,
        "tags": ["elderly_alone", "poverty"],
        "risk_level": "medium",
        "mentor": "สมศรี ใจงาม",
        "status": "active",
        "consent_share": True,
        "consent_photos": True,
        "consent_date": "2026-01-15",
        "consent_version": "1.0",
        "notes": "ดูแลหลานสองคน",
        "photos": [{"sha256": sha, "caption": "หน้าบ้าน"}],
    }
    household_id = store.put("households", household).record.id
    member = {
        "household_id": household_id,
        "name": "ด.ญ. มะลิ ศรีสุข",
        "sex": "female",
        "birth_year": 2015,
        "relation": "grandchild",
        "national_id": "1101700203450",
        "notes": "เรียน ป.5",
    }
    member_id = store.put("members", member).record.id
    visit = {
        "household_id": household_id,
        "mentor": "สมศรี ใจงาม",
        "date": "2026-10-01",
        "mode": "home",
        "members_met": [member_id],
        "topics": ["education", "elderly_care"],
        "observations": "คุณยายสุขภาพดีขึ้น หลานไปโรงเรียนสม่ำเสมอ",
        "risk_after": "low",
        "actions_agreed": "พาไปตรวจสุขภาพที่ รพ.สต.",
        "referral_agency": "รพ.สต.บ้านหนองบัว",
        "referral_reason": "ตรวจความดัน",
        "next_visit_date": "2026-10-20",
        "private_notes": "ลูกสาวส่งเงินไม่สม่ำเสมอ",
        "photos": [{"sha256": sha, "caption": "คุยกับคุณยาย"}],
    }
    visit_id = store.put("visits", visit).record.id
    activity = {
        "title": "วันครอบครัวอบอุ่น",
        "kind": "family_day",
        "date": "2026-04-13",
        "place": "ศาลาวัดบ้านหนองบัว",
        "organiser": "อบต.ทรายมูล",
        "partners": ["government", "religion"],
        "household_ids": [household_id],
        "adults": 40,
        "children": 25,
        "resources": "งบ อบต. และอาหารจากชาวบ้าน",
        "local_wisdom": "การทำบายศรีสู่ขวัญ",
        "virtues": ["volunteerism"],
        "outcome": "ครอบครัวได้ทำกิจกรรมร่วมกัน",
        "photos": [{"sha256": sha, "caption": "รดน้ำดำหัวผู้สูงอายุ"}],
    }
    activity_id = store.put("activities", activity).record.id
    lesson = {
        "kind": "lesson_learned",
        "title": "ยายเลี้ยงหลานอย่างมีความสุข",
        "author": "สมศรี ใจงาม",
        "area": "บ้านหนองบัว หมู่ 3",
        "subdistrict_code": "400701",
        "period_start": "2025-10-01",
        "period_end": "2026-09-30",
        "context": "ครอบครัวข้ามรุ่นในหมู่บ้านมีมากขึ้น",
        "actions": "พี่เลี้ยงเยี่ยมบ้านทุกเดือนและชวนเข้าศูนย์เรียนรู้ชุมชน",
        "results": "หลานเรียนดีขึ้น",
        "success_factors": "ความต่อเนื่อง",
        "challenges": "ระยะทาง",
        "recommendations": "ให้ อบต. สนับสนุนค่าเดินทาง",
        "virtues": ["sufficiency", "volunteerism"],
        "activity_ids": [activity_id],
        "visit_ids": [visit_id],
        "photos": [{"sha256": sha, "caption": "ยายกับหลาน"}],
        "status": "submitted",
        "reviewer_notes": "",
        "people_consented": True,
    }
    store.put("lessons", lesson)
    return {
        "households": household,
        "members": member,
        "visits": visit,
        "activities": activity,
        "lessons": lesson,
    }
