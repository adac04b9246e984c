"""The shape of a lesson write-up (ถอดบทเรียน) and how one is composed from a story theme.

A theme holds, for each section of the template, the sentences of one real-feeling story in
reading order; a write-up keeps the opening sentence of each section and an ordered choice
of the rest, sometimes adds a remark mentors often make, and fills in people and places. Two
write-ups of one theme therefore tell the same kind of story about different families in
different words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SECTIONS = (
    "context",
    "actions",
    "results",
    "success_factors",
    "challenges",
    "recommendations",
)
MIN_SENTENCES, MAX_SENTENCES = 2, 5


@dataclass(frozen=True, kw_only=True)
class Story:
    """A story theme: titles, the sentences of every section, virtues, photo captions, and
    what it links to (kinds of activity, vulnerabilities of the families whose visits it
    draws on)."""

    key: str
    kind: str
    titles: tuple[str, ...]
    context: tuple[str, ...]
    actions: tuple[str, ...]
    results: tuple[str, ...]
    success_factors: tuple[str, ...]
    challenges: tuple[str, ...]
    recommendations: tuple[str, ...]
    virtues: tuple[str, ...]
    captions: tuple[str, ...]
    scene: str
    activity_kinds: tuple[str, ...] = ()
    visit_tags: tuple[str, ...] = ()


# Remarks mentors add to many write-ups, mixed in so that sections do not all end alike.
COMMON = {
    "success_factors": (
        "การทำงานเป็นทีมของพี่เลี้ยง ผู้นำชุมชน และหน่วยงานในพื้นที่",
        "การเยี่ยมบ้านอย่างสม่ำเสมอ ทำให้รู้ปัญหาที่แท้จริงของแต่ละครอบครัว",
        "การใช้ทุนเดิมของชุมชน ทั้งคน วัด และภูมิปัญญาท้องถิ่น",
    ),
    "challenges": (
        "พี่เลี้ยงมีภาระงานหลายด้าน เวลาในการติดตามแต่ละครอบครัวจึงมีจำกัด",
        "งบประมาณสนับสนุนมาไม่ต่อเนื่อง ต้องอาศัยการระดมทุนในชุมชน",
        "การเดินทางในฤดูฝนลำบาก ถนนบางช่วงเป็นดินโคลน",
    ),
    "recommendations": (
        "ควรนำบทเรียนนี้ไปแลกเปลี่ยนในเวทีพี่เลี้ยงชุมชนระดับอำเภอ",
        "ควรติดตามผลต่อเนื่องอย่างน้อยหนึ่งปี เพื่อดูว่าการเปลี่ยนแปลงยั่งยืนหรือไม่",
        "หน่วยงานท้องถิ่นควรบรรจุกิจกรรมนี้ไว้ในแผนพัฒนาตำบล",
    ),
}
COMMON_ODDS = 0.4


def compose_section(
    rng: random.Random, *, story: Story, section: str, fill: dict[str, object]
) -> str:
    """One section of a write-up: two to five sentences, in the theme's reading order."""
    sentences: tuple[str, ...] = getattr(story, section)
    wanted = rng.randint(min(MIN_SENTENCES, len(sentences)), min(MAX_SENTENCES - 1, len(sentences)))
    rest = sorted(rng.sample(range(1, len(sentences)), wanted - 1)) if wanted > 1 else []
    chosen = [sentences[0], *(sentences[i] for i in rest)]
    common = COMMON.get(section, ())
    if common and (len(chosen) < MIN_SENTENCES or rng.random() < COMMON_ODDS):
        chosen.append(rng.choice(common))
    return " ".join(s.format_map(fill) for s in chosen)
