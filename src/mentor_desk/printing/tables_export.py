"""The district report's figures as tables: CSV files (one per table) and one Excel workbook.

Takes plain data (the report as `report --json` prints it), so it needs nothing of the store.
CSV is written as UTF-8 with a byte-order mark, which Excel on Windows needs to show Thai.
Every file is written beside its target and renamed, so a half-written file never appears.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentor_desk.domain import vocab

Cell = str | int | None


@dataclass(frozen=True)
class Table:
    """One sheet: a file-safe name, a Thai title, column headers and rows."""

    name: str
    title_th: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _label(vocabulary: vocab.Vocabulary, key: str) -> str:
    return vocabulary.label(key, "th")


def indicator_tables(report: Mapping[str, Any]) -> list[Table]:
    """The report's figures as tables, in the order the district reads them."""
    period = report.get("period") or {}
    summary = Table(
        "summary",
        "สรุป",
        ("indicator", "ตัวชี้วัด", "value"),
        [
            ("period_start", "ช่วงเวลา ตั้งแต่", period.get("start")),
            ("period_end", "ถึง", period.get("end")),
            ("today", "ณ วันที่", report.get("today")),
            ("households_registered", "ครอบครัวที่ลงทะเบียน", report["households_registered"]),
            ("households_reached", "ครอบครัวที่ได้รับการเยี่ยม", report["households_reached"]),
            ("households_overdue", "ครอบครัวที่เลยกำหนดเยี่ยม", report["households_overdue"]),
            ("visits", "การเยี่ยมบ้าน", report["visits"]),
            ("activities", "กิจกรรม", report["activities"]),
            *(
                (f"participants_{group}", f"ผู้เข้าร่วม ({group})", count)
                for group, count in report["participants"].items()
            ),
        ],
    )
    by_month = Table(
        "visits_by_month_subdistrict",
        "การเยี่ยมรายเดือนรายตำบล",
        ("month", "subdistrict_code", "visits"),
        [
            (r["month"], r["subdistrict_code"], r["visits"])
            for r in report["visits_by_month_subdistrict"]
        ],
    )

    def counted(name: str, title: str, key: str, values: Mapping[str, int], words: Any) -> Table:
        rows: list[tuple[Cell, ...]] = [
            (k, _label(words, k) if words else k, v) for k, v in values.items()
        ]
        return Table(name, title, (key, "ชื่อ", "count"), rows)

    tables = [
        summary,
        by_month,
        counted(
            "activities_by_kind",
            "กิจกรรมตามประเภท",
            "kind",
            report["activities_by_kind"],
            vocab.ACTIVITY_KIND,
        ),
        counted(
            "activities_by_virtue",
            "กิจกรรมตามคุณธรรม",
            "virtue",
            report["activities_by_virtue"],
            vocab.VIRTUE,
        ),
        counted(
            "referrals_by_agency",
            "การส่งต่อตามหน่วยงาน",
            "agency",
            report["referrals_by_agency"],
            None,
        ),
        counted(
            "lessons_by_status",
            "บทเรียนตามสถานะ",
            "status",
            report["lessons_by_status"],
            vocab.LESSON_STATUS,
        ),
    ]
    mentors = report.get("mentors") or []
    if mentors:
        tables.append(
            Table(
                "mentors",
                "พี่เลี้ยงและเครื่องที่ส่งข้อมูล",
                ("device_id", "name", "role", "records_held", "last_received_at", "days_since"),
                [
                    (
                        m["device_id"],
                        m["name"],
                        m["role"],
                        m["records_held"],
                        m["last_received_at"],
                        m["days_since_last_report"],
                    )
                    for m in mentors
                ],
            )
        )
    return tables


def table_csv(table: Table) -> str:
    """One table as CSV text (no byte-order mark; callers writing files add it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    return out.getvalue()


def write_csv_tables(tables: Sequence[Table], folder: Path) -> list[Path]:
    """Write each table as `<name>.csv` in `folder` (made if missing); returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        target = folder / f"{table.name}.csv"
        _replace(target, table_csv(table).encode("utf-8-sig"))
        written.append(target)
    return written


def write_xlsx(tables: Sequence[Table], target: Path) -> Path:
    """Write every table as one sheet of an Excel workbook, a bold header row each."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(title=table.name[:31])  # Excel's sheet-name limit
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        for column, header in zip(sheet.columns, table.headers, strict=False):
            width = max([len(header), *(len(str(c.value or "")) for c in column)])
            sheet.column_dimensions[column[0].column_letter].width = min(width + 2, 60)
    buffer = io.BytesIO()
    book.save(buffer)
    _replace(target, buffer.getvalue())
    return target


def _replace(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)
