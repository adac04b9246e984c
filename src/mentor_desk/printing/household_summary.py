"""A household's visit summary, for the mentor's own file (สรุปการเยี่ยมบ้าน).

One family on paper: who they are, who lives there, and every visit in order with what was
seen, agreed and referred. It holds private details (names, house number, phone), so the
page says it is confidential; private visit notes are printed only when asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.records import Household, Member, Visit
from mentor_desk.printing.report_document import REPORT_WIDTH, Digits, build_report, digit_writer
from mentor_desk.printing.report_parts import centred_style, facts_table, title_block
from mentor_desk.printing.styles import ThaiStyles, thai_styles
from mentor_desk.printing.tables import thai_table
from mentor_desk.printing.thai_paragraph import ThaiParagraph

TITLE = "สรุปการเยี่ยมบ้าน"
CONFIDENTIAL = "เอกสารส่วนตัวของพี่เลี้ยง มีข้อมูลส่วนบุคคล โปรดเก็บรักษาและไม่เผยแพร่"
VISIT_KEPT_WITH_HEADING = 70.0  # points: a visit's heading keeps its first rows on the page


def build_household_summary(
    household: Household,
    *,
    members: Sequence[Member],
    visits: Sequence[Visit],
    path: Path,
    printed_on: dt.date | None = None,
    include_private_notes: bool = False,
    use_thai_digits: bool = False,
) -> Path:
    """Write the household's visit summary to ``path``; visits are shown oldest first."""
    styles = thai_styles()
    today = printed_on or dt.date.today()
    width = REPORT_WIDTH

    digits = digit_writer(use_thai_digits)
    ordered = sorted(visits, key=lambda visit: (visit.date or "", visit.id))
    flowables: list[Flowable] = [
        *title_block(f"{TITLE}: {household.head_name}", CONFIDENTIAL, styles=styles),
        Spacer(1, 4 * mm),
        facts_table(
            _household_facts(household, visits=ordered, digits=digits), width=width, styles=styles
        ),
    ]
    if members:
        flowables.append(ThaiParagraph.from_plain_text("สมาชิกในครอบครัว", styles.heading2))
        flowables.append(
            _members_table(members, today=today, width=width, styles=styles, digits=digits)
        )
    flowables.append(
        ThaiParagraph.from_plain_text(
            f"การเยี่ยมบ้าน ({digits(str(len(ordered)))} ครั้ง)", styles.heading2
        )
    )
    if not ordered:
        flowables.append(ThaiParagraph.from_plain_text("ยังไม่มีบันทึกการเยี่ยมบ้าน", styles.body))
    names = {member.id: member.name for member in members}
    for number, visit in enumerate(ordered, start=1):
        flowables.append(CondPageBreak(VISIT_KEPT_WITH_HEADING))
        mode = vocab.VISIT_MODE.label(visit.mode)
        heading = (
            f"ครั้งที่ {digits(str(number))}  {digits(format_iso(visit.date, style='long'))}  ({mode})"
        )
        heading_style = styles.table_header
        flowables.append(ThaiParagraph.from_plain_text(heading, heading_style))
        flowables.append(Spacer(1, 1.5 * mm))
        facts = _visit_facts(visit, names=names, digits=digits, private=include_private_notes)
        flowables.append(facts_table(facts, width=width, styles=styles))
        flowables.append(Spacer(1, 4 * mm))
    return build_report(
        flowables,
        path=path,
        title=f"{TITLE} {household.head_name}",
        printed_on=today,
        use_thai_digits=use_thai_digits,
    )


def _household_facts(
    household: Household, *, visits: Sequence[Visit], digits: Digits
) -> list[tuple[str, str]]:
    address = " ".join(
        part
        for part in (
            f"บ้านเลขที่ {household.house_no}" if household.house_no else "",
            f"หมู่ที่ {household.moo}" if household.moo else "",
            household.village_name,
        )
        if part
    )
    tags = " ".join(vocab.VULNERABILITY.label(tag) for tag in household.tags)
    consent = [
        label
        for given, label in (
            (household.consent_share, "ให้ส่งข้อมูลถึงอำเภอ"),
            (household.consent_photos, "ให้ถ่ายภาพ"),
        )
        if given
    ]
    consent_text = " และ".join(consent) if consent else "ยังไม่ได้ให้ความยินยอม"
    if consent and household.consent_date:
        consent_text += f" (เมื่อ {format_iso(household.consent_date)})"
    dated = [visit.date for visit in visits if visit.date]
    planned = [visit.next_visit_date for visit in visits if visit.next_visit_date]
    return [
        ("รหัสครอบครัว", household.code),
        ("ที่อยู่", digits(address)),
        ("โทรศัพท์", household.phone),
        ("พี่เลี้ยงผู้ดูแล", household.mentor),
        ("สถานะ", vocab.HOUSEHOLD_STATUS.label(household.status)),
        ("ระดับความเสี่ยง", vocab.RISK_LEVEL.label(household.risk_level)),
        ("กลุ่มเปราะบาง", tags),
        ("ความยินยอม", digits(consent_text)),
        ("เยี่ยมครั้งแรก", digits(format_iso(min(dated))) if dated else ""),
        ("เยี่ยมล่าสุด", digits(format_iso(max(dated))) if dated else ""),
        ("นัดเยี่ยมครั้งถัดไป", digits(format_iso(max(planned))) if planned else ""),
        ("บันทึกเพิ่มเติม", household.notes),
    ]


def _members_table(
    members: Sequence[Member], *, today: dt.date, width: float, styles: ThaiStyles, digits: Digits
) -> Flowable:
    centred = centred_style(styles.table_cell)
    rows: list[list[str | Flowable]] = [["ชื่อ–สกุล", "ความสัมพันธ์", "เพศ", "อายุ (ปี)", "หมายเหตุ"]]
    for member in members:
        age = str(today.year - member.birth_year) if member.birth_year else "-"
        rows.append(
            [
                member.name,
                vocab.RELATION.label(member.relation),
                vocab.SEX.label(member.sex),
                ThaiParagraph.from_plain_text(digits(age), centred),
                member.notes,
            ]
        )
    shares = (0.30, 0.18, 0.10, 0.10, 0.32)
    return thai_table(rows, col_widths=[share * width for share in shares], styles=styles)


def _visit_facts(
    visit: Visit, *, names: dict[str, str], digits: Digits, private: bool
) -> list[tuple[str, str]]:
    topics = " ".join(vocab.VISIT_TOPIC.label(topic) for topic in visit.topics)
    met = ", ".join(names[member] for member in visit.members_met if member in names)
    referral = " — ".join(part for part in (visit.referral_agency, visit.referral_reason) if part)
    facts = [
        ("พี่เลี้ยง", visit.mentor),
        ("สมาชิกที่พบ", met),
        ("ประเด็นที่พูดคุย", topics),
        ("สิ่งที่พบ", visit.observations),
        ("สิ่งที่ตกลงร่วมกัน", visit.actions_agreed),
        ("การส่งต่อ", referral),
        (
            "ความเสี่ยงหลังเยี่ยม",
            vocab.RISK_LEVEL.label(visit.risk_after) if visit.risk_after else "",
        ),
        ("นัดครั้งถัดไป", digits(format_iso(visit.next_visit_date))),
    ]
    if private:
        facts.append(("บันทึกส่วนตัว", visit.private_notes))
    return facts
