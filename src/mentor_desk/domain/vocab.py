"""Controlled vocabularies: stored keys in English, labels in Thai and English.

The order of each vocabulary is the order the screen and the printed page show it in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One allowed value: its stored key and its labels."""

    key: str
    th: str
    en: str


@dataclass(frozen=True)
class Vocabulary:
    """A named, ordered set of terms."""

    name: str
    terms: tuple[Term, ...]

    def keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.terms)

    def label(self, key: str, language: str = "th") -> str:
        """The label of a key in a language, or the key itself if it is unknown."""
        for term in self.terms:
            if term.key == key:
                return term.th if language == "th" else term.en
        return key


def _vocab(name: str, *terms: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(Term(*t) for t in terms))


VULNERABILITY = _vocab(
    "vulnerability",
    ("elderly_alone", "ผู้สูงอายุอยู่ลำพัง", "Elderly living alone"),
    ("skipped_generation", "ครอบครัวข้ามรุ่น", "Skipped-generation family"),
    ("single_parent", "พ่อ/แม่เลี้ยงเดี่ยว", "Single parent"),
    ("disability", "มีผู้พิการ", "Person with a disability"),
    ("poverty", "ยากจน", "Low income"),
    ("violence_risk", "เสี่ยงความรุนแรง", "Risk of violence"),
    ("bedridden", "ผู้ป่วยติดเตียง", "Bedridden member"),
    ("teen_parent", "พ่อแม่วัยรุ่น", "Teenage parent"),
    ("substance_use", "ปัญหาสุราหรือยาเสพติด", "Alcohol or drug problems"),
)
RISK_LEVEL = _vocab(
    "risk_level",
    ("low", "ต่ำ", "Low"),
    ("medium", "ปานกลาง", "Medium"),
    ("high", "สูง", "High"),
)
HOUSEHOLD_STATUS = _vocab(
    "household_status",
    ("active", "กำลังดูแล", "In care"),
    ("closed", "ปิดการดูแล", "Closed"),
    ("moved", "ย้ายออก", "Moved away"),
)
SEX = _vocab(
    "sex",
    ("female", "หญิง", "Female"),
    ("male", "ชาย", "Male"),
    ("unspecified", "ไม่ระบุ", "Not stated"),
)
RELATION = _vocab(
    "relation",
    ("head", "หัวหน้าครอบครัว", "Head of household"),
    ("spouse", "คู่สมรส", "Spouse"),
    ("child", "บุตร", "Child"),
    ("grandchild", "หลาน", "Grandchild"),
    ("parent", "บิดา/มารดา", "Parent"),
    ("grandparent", "ปู่ย่าตายาย", "Grandparent"),
    ("sibling", "พี่น้อง", "Sibling"),
    ("relative", "ญาติ", "Relative"),
    ("other", "อื่น ๆ", "Other"),
)
VISIT_MODE = _vocab(
    "visit_mode",
    ("home", "เยี่ยมที่บ้าน", "Home visit"),
    ("phone", "ทางโทรศัพท์", "By phone"),
    ("centre", "ที่ศูนย์", "At the centre"),
)
VISIT_TOPIC = _vocab(
    "visit_topic",
    ("parenting", "การเลี้ยงดูบุตร", "Parenting"),
    ("education", "การศึกษา", "Education"),
    ("health", "สุขภาพ", "Health"),
    ("mental_health", "สุขภาพจิต", "Mental health"),
    ("livelihood", "อาชีพและรายได้", "Livelihood"),
    ("violence_prevention", "การป้องกันความรุนแรง", "Violence prevention"),
    ("elderly_care", "การดูแลผู้สูงอายุ", "Elderly care"),
    ("drugs_alcohol", "ยาเสพติดและสุรา", "Drugs and alcohol"),
    ("welfare_rights", "สิทธิและสวัสดิการ", "Welfare and rights"),
    ("virtues", "คุณธรรม 4 ประการ", "The four virtues"),
)
ACTIVITY_KIND = _vocab(
    "activity_kind",
    ("family_day", "วันครอบครัว", "Family day"),
    ("parenting_class", "อบรมพ่อแม่ผู้ปกครอง", "Parenting class"),
    ("learning_centre", "ศูนย์เรียนรู้ชุมชน", "Community learning centre"),
    ("religious", "กิจกรรมทางศาสนา", "Religious activity"),
    ("volunteering", "จิตอาสา", "Volunteering"),
    ("sport", "กีฬาและนันทนาการ", "Sport and recreation"),
    ("livelihood_training", "ฝึกอาชีพ", "Livelihood training"),
    ("community_forum", "เวทีประชาคม", "Community forum"),
)
PARTNER_NETWORK = _vocab(
    "partner_network",
    ("government", "ภาครัฐ", "Government"),
    ("business", "ภาคธุรกิจ", "Business"),
    ("education", "สถานศึกษา", "Education"),
    ("religion", "สถาบันศาสนา", "Religion"),
    ("media", "สื่อมวลชน", "Media"),
    ("civil_society", "ภาคประชาสังคม", "Civil society"),
)
VIRTUE = _vocab(
    "virtue",
    ("sufficiency", "พอเพียง", "Sufficiency"),
    ("discipline", "วินัย", "Discipline"),
    ("integrity", "สุจริต", "Integrity"),
    ("volunteerism", "จิตอาสา", "Volunteer spirit"),
)
LESSON_KIND = _vocab(
    "lesson_kind",
    ("lesson_learned", "บทเรียน", "Lesson learned"),
    ("good_deed", "เรื่องเล่าความดี", "Good-deed story"),
    ("learning_source", "แหล่งเรียนรู้ชุมชน", "Community learning source"),
)
LESSON_STATUS = _vocab(
    "lesson_status",
    ("draft", "ฉบับร่าง", "Draft"),
    ("submitted", "ส่งแล้ว", "Submitted"),
    ("reviewed", "ตรวจแล้ว", "Reviewed"),
    ("selected", "คัดเลือกแล้ว", "Selected"),
)
