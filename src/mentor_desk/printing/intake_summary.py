"""The summary of a batch of mentors' files taken in at the district (สรุปการรับไฟล์จากพี่เลี้ยง):
one line per file (who sent it, what became of it, what it changed), as CSV or as a PDF
to print and file.

Plain data in, files out: the screen turns each import result into an `IntakeLine`.
Both files are written beside their target and renamed, so no half-written file appears.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from mentor_desk.domain.dates import format_date
from mentor_desk.printing.output import write_atomically
from mentor_desk.printing.report_document import REPORT_WIDTH, Digits, build_report, digit_writer
from mentor_desk.printing.report_parts import centred_style, facts_table, title_block
from mentor_desk.printing.styles import ThaiStyles, thai_leading, thai_styles
from mentor_desk.printing.tables import thai_table
from mentor_desk.printing.thai_paragraph import ThaiParagraph

TITLE = "สรุปการรับไฟล์จากพี่เลี้ยง"
# What became of a file, in the words the district office uses on paper.
STATUS_TH = {
    "imported": "นำเข้าแล้ว",
    "duplicate": "เคยนำเข้าแล้ว",
    "refused": "ไม่รับไฟล์",
    "quarantined": "พักไว้ตรวจสอบ",
    "cancelled": "ยกเลิก ยังไม่ได้นำเข้า",
    "waiting": "รอนำเข้า",
}
STATUS_ORDER = ("imported", "duplicate", "refused", "quarantined", "cancelled", "waiting")
COUNT_KEYS = ("new", "updated", "unchanged", "conflicts")
COUNT_TH = {"new": "ใหม่", "updated": "แก้ไข", "unchanged": "เท่าเดิม", "conflicts": "ขัดแย้ง"}
# Shares of the page width: file, mentor, result, four counts, note.
COLUMN_SHARES = (0.19, 0.14, 0.12, 0.09, 0.09, 0.09, 0.09, 0.19)
TABLE_KEPT_WITH_HEADING = 90.0  # points: the heading and the table's first rows
TABLE_FONT_SCALE = 0.9  # the eight-column table is set a little smaller than body text


@dataclass(frozen=True)
class IntakeLine:
    """One file of the batch and what became of it."""

    file: str  # the file's name
    mentor: str  # the sender's name, when the file could be read
    status: str  # a key of STATUS_TH
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    message: str = ""  # why a file was refused or held (Thai)
    detail: str = ""  # the technical reason, for the record
    device_id: str = ""

    def count(self, key: str) -> int:
        """One of the record counts (new, updated, unchanged, conflicts)."""
        return int(getattr(self, key))


@dataclass(frozen=True)
class IntakeSummary:
    """A batch of files taken in together."""

    lines: tuple[IntakeLine, ...]
    source: str = ""  # the folder the files came from
    finished_at: dt.datetime | None = None
    cancelled: bool = False

    def by_status(self) -> dict[str, int]:
        """How many files ended in each status (every status present, in order)."""
        counts = Counter(line.status for line in self.lines)
        return {status: counts.get(status, 0) for status in STATUS_ORDER}

    def record_totals(self) -> dict[str, int]:
        """Records new, updated, unchanged and in conflict over the whole batch."""
        return {key: sum(line.count(key) for line in self.lines) for key in COUNT_KEYS}


CSV_HEADERS = (
    "file",
    "mentor",
    "device_id",
    "status",
    "ผลการนำเข้า",
    *COUNT_KEYS,
    "message_th",
    "detail",
)


def intake_csv(summary: IntakeSummary) -> str:
    """The summary as CSV text, one row per file (no byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for line in summary.lines:
        writer.writerow(
            [
                line.file,
                line.mentor,
                line.device_id,
                line.status,
                STATUS_TH.get(line.status, line.status),
                *(line.count(key) for key in COUNT_KEYS),
                line.message,
                line.detail,
            ]
        )
    return out.getvalue()


def write_intake_csv(summary: IntakeSummary, path: Path) -> Path:
    """Write the CSV whole or not at all, UTF-8 with a byte-order mark (Excel needs it for
    Thai); returns `path`."""
    data = intake_csv(summary).encode("utf-8-sig")
    write_atomically(path, lambda temporary: temporary.write_bytes(data))
    return path


def build_intake_summary(
    summary: IntakeSummary,
    *,
    path: Path,
    printed_on: dt.date | None = None,
    use_thai_digits: bool = False,
) -> Path:
    """Write the summary as an A4 PDF: the totals, then a table of every file."""
    styles = thai_styles()
    digits = digit_writer(use_thai_digits)
    heading = copy.copy(styles.heading2)
    heading.keepWithNext = 0  # the table may start under it and run on; CondPageBreak keeps
    # the heading from being left alone at the foot of a page
    finished = summary.finished_at or dt.datetime.now()
    subtitle = f"รับไฟล์เมื่อ {format_date(finished.date(), style='long')} เวลา {finished:%H:%M} น."
    flowables: list[Flowable] = [
        *title_block(TITLE, digits(subtitle), styles=styles),
        Spacer(1, 4 * mm),
        facts_table(_totals(summary, digits), width=REPORT_WIDTH, styles=styles),
        Spacer(1, 4 * mm),
        CondPageBreak(TABLE_KEPT_WITH_HEADING),
        ThaiParagraph.from_plain_text(
            f"รายการไฟล์ ({digits(str(len(summary.lines)))} ไฟล์)", heading
        ),
        _lines_table(summary.lines, styles=styles, digits=digits),
    ]
    return build_report(
        flowables,
        path=path,
        title=TITLE,
        printed_on=printed_on,
        use_thai_digits=use_thai_digits,
    )


def _totals(summary: IntakeSummary, digits: Digits) -> list[tuple[str, str]]:
    files = summary.by_status()
    records = summary.record_totals()
    facts = [
        ("โฟลเดอร์ที่รับไฟล์", summary.source),
        ("จำนวนไฟล์", digits(f"{len(summary.lines)} ไฟล์")),
        *(
            (STATUS_TH[status], digits(f"{files[status]} ไฟล์"))
            for status in STATUS_ORDER
            if files[status]
        ),
        (
            "ระเบียนที่รับเข้า",
            digits(" · ".join(f"{COUNT_TH[key]} {records[key]:,}" for key in COUNT_KEYS)),
        ),
    ]
    if summary.cancelled:
        facts.append(("หมายเหตุ", "ผู้ใช้สั่งหยุดระหว่างนำเข้า ไฟล์ที่ยังไม่ได้นำเข้านำเข้าใหม่ได้ภายหลัง"))
    return facts


def _lines_table(lines: Sequence[IntakeLine], *, styles: ThaiStyles, digits: Digits) -> Flowable:
    cell = copy.copy(styles.table_cell)
    cell.fontSize = round(cell.fontSize * TABLE_FONT_SCALE, 1)
    cell.leading = thai_leading(cell.fontSize)
    header = copy.copy(styles.table_header)
    header.fontSize, header.leading = cell.fontSize, cell.leading
    small = ThaiStyles(
        body=styles.body,
        heading1=styles.heading1,
        heading2=styles.heading2,
        caption=styles.caption,
        table_cell=cell,
        table_header=header,
    )
    centred = centred_style(cell)
    rows: list[list[str | Flowable]] = [
        ["ไฟล์", "พี่เลี้ยง", "ผล", *(COUNT_TH[key] for key in COUNT_KEYS), "หมายเหตุ"]
    ]
    for line in lines:
        rows.append(
            [
                line.file,
                line.mentor or "-",
                STATUS_TH.get(line.status, line.status),
                *(
                    ThaiParagraph.from_plain_text(digits(f"{line.count(key):,}"), centred)
                    for key in COUNT_KEYS
                ),
                line.message,
            ]
        )
    widths = [share * REPORT_WIDTH for share in COLUMN_SHARES]
    return thai_table(rows, col_widths=widths, styles=small)
