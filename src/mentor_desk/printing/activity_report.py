"""The monthly activity report for the district (รายงานกิจกรรมสนับสนุนครอบครัวประจำเดือน).

Figures first (activities, families, adults, children), then two charts (activities by kind;
adults and children by kind), the virtues and partner networks involved, and a table of the
month's activities. Counts are totals of what mentors recorded; nobody is scored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import THAI_MONTHS, be_year, format_iso
from mentor_desk.domain.records import Activity
from mentor_desk.printing.charts import Series, ThaiBarChart
from mentor_desk.printing.errors import EmptySelectionError
from mentor_desk.printing.report_document import REPORT_WIDTH, Digits, build_report, digit_writer
from mentor_desk.printing.report_parts import centred_style, facts_table, title_block
from mentor_desk.printing.styles import ThaiStyles, thai_styles
from mentor_desk.printing.tables import thai_table
from mentor_desk.printing.thai_paragraph import ThaiParagraph

TITLE = "รายงานกิจกรรมสนับสนุนครอบครัว"


def build_activity_report(
    activities: Sequence[Activity],
    *,
    path: Path,
    year: int,
    month: int,
    area: str = "",
    reported_by: str = "",
    printed_on: dt.date | None = None,
    use_thai_digits: bool = False,
) -> Path:
    """Write the report of one month (``year`` in the Common Era) to ``path``.

    Only activities dated in that month count. Raises EmptySelectionError when there are none.
    """
    first = dt.date(year, month, 1).isoformat()[:7]
    in_month = sorted(
        (activity for activity in activities if (activity.date or "")[:7] == first),
        key=lambda activity: (activity.date or "", activity.title),
    )
    month_name = f"{THAI_MONTHS[month - 1]} พ.ศ. {be_year(year)}"
    digits = digit_writer(use_thai_digits)
    if not in_month:
        raise EmptySelectionError(
            f"ไม่มีกิจกรรมที่บันทึกไว้ในเดือน{month_name} จึงไม่มีรายงานให้พิมพ์",
            f"no activity dated {first}",
        )
    styles = thai_styles()
    subtitle = " ".join(part for part in (f"ประจำเดือน{digits(month_name)}", area) if part)
    flowables: list[Flowable] = [
        *title_block(TITLE, subtitle, styles=styles),
        Spacer(1, 4 * mm),
        facts_table(_figures(in_month, reported_by, digits), width=REPORT_WIDTH, styles=styles),
        *_charts(in_month, styles=styles, digits=digits),
        ThaiParagraph.from_plain_text("รายการกิจกรรม", styles.heading2),
        _activity_table(in_month, styles=styles, digits=digits),
    ]
    return build_report(
        flowables,
        path=path,
        title=f"{TITLE} {month_name}",
        printed_on=printed_on,
        use_thai_digits=use_thai_digits,
    )


def kind_totals(activities: Sequence[Activity]) -> list[tuple[str, int, int, int]]:
    """Per activity kind present (vocabulary order): (label, activities, adults, children)."""
    totals: list[tuple[str, int, int, int]] = []
    for term in vocab.ACTIVITY_KIND.terms:
        of_kind = [activity for activity in activities if activity.kind == term.key]
        if of_kind:
            totals.append(
                (
                    term.th,
                    len(of_kind),
                    sum(activity.adults or 0 for activity in of_kind),
                    sum(activity.children or 0 for activity in of_kind),
                )
            )
    return totals


def _figures(
    activities: Sequence[Activity], reported_by: str, digits: Digits
) -> list[tuple[str, str]]:
    households = {household for activity in activities for household in activity.household_ids}
    adults = sum(activity.adults or 0 for activity in activities)
    children = sum(activity.children or 0 for activity in activities)
    virtues = Counter(virtue for activity in activities for virtue in activity.virtues)
    partners = Counter(partner for activity in activities for partner in activity.partners)
    return [
        ("จำนวนกิจกรรม", digits(f"{len(activities)} กิจกรรม")),
        ("ครอบครัวที่เข้าร่วม", digits(f"{len(households)} ครอบครัว")),
        (
            "ผู้เข้าร่วม",
            digits(
                f"ผู้ใหญ่ {adults:,} คน  เด็กและเยาวชน {children:,} คน  รวม {adults + children:,} คน"
            ),
        ),
        ("คุณธรรมที่ส่งเสริม", _tally(vocab.VIRTUE.terms, virtues, digits)),
        ("ภาคีเครือข่าย", _tally(vocab.PARTNER_NETWORK.terms, partners, digits)),
        ("ผู้รายงาน", reported_by),
    ]


def _tally(terms: Sequence[vocab.Term], counts: Counter[str], digits: Digits) -> str:
    return "  ".join(digits(f"{term.th} {counts[term.key]}") for term in terms if counts[term.key])


def _charts(
    activities: Sequence[Activity], *, styles: ThaiStyles, digits: Digits
) -> list[Flowable]:
    totals = kind_totals(activities)
    labels = [label for label, *_ in totals]
    by_kind = ThaiBarChart(
        labels,
        [Series("กิจกรรม", tuple(float(count) for _, count, _, _ in totals))],
        width=REPORT_WIDTH,
        digits=digits,
    )
    flowables: list[Flowable] = [
        KeepTogether(
            [
                ThaiParagraph.from_plain_text("จำนวนกิจกรรมจำแนกตามประเภท", styles.heading2),
                by_kind,
            ]
        )
    ]
    if any(adults or children for _, _, adults, children in totals):
        people = ThaiBarChart(
            labels,
            [
                Series("ผู้ใหญ่", tuple(float(adults) for _, _, adults, _ in totals)),
                Series("เด็กและเยาวชน", tuple(float(children) for *_, children in totals)),
            ],
            width=REPORT_WIDTH,
            digits=digits,
        )
        flowables.append(
            KeepTogether(
                [
                    ThaiParagraph.from_plain_text("ผู้เข้าร่วมจำแนกตามประเภทกิจกรรม", styles.heading2),
                    people,
                ]
            )
        )
    return flowables


def _activity_table(
    activities: Sequence[Activity], *, styles: ThaiStyles, digits: Digits
) -> Flowable:
    centred = centred_style(styles.table_cell)
    rows: list[list[str | Flowable]] = [["วันที่", "กิจกรรม", "ประเภท", "สถานที่", "ผู้ใหญ่", "เด็ก"]]
    for activity in activities:
        rows.append(
            [
                digits(format_iso(activity.date)),
                activity.title,
                vocab.ACTIVITY_KIND.label(activity.kind),
                activity.place,
                ThaiParagraph.from_plain_text(digits(_count(activity.adults)), centred),
                ThaiParagraph.from_plain_text(digits(_count(activity.children)), centred),
            ]
        )
    shares = (0.17, 0.30, 0.17, 0.20, 0.08, 0.08)
    return thai_table(rows, col_widths=[share * REPORT_WIDTH for share in shares], styles=styles)


def _count(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"
