"""The district report as CSV files and an Excel workbook: same figures, Thai intact."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentor_desk.cli import main
from mentor_desk.printing.tables_export import indicator_tables, write_csv_tables, write_xlsx
from mentor_desk.store import Profile, Store

REPORT = {
    "period": {"start": "2026-01-01", "end": None},
    "today": "2026-06-30",
    "households_registered": 12,
    "households_reached": 9,
    "households_overdue": 2,
    "visits": 40,
    "activities": 3,
    "participants": {"adults": 30, "children": 12, "people": 42, "households": 7},
    "visits_by_month_subdistrict": [
        {"month": "2026-05", "subdistrict_code": "400701", "visits": 25},
        {"month": "2026-06", "subdistrict_code": "400702", "visits": 15},
    ],
    "activities_by_kind": {"family_day": 2, "religious": 1},
    "activities_by_virtue": {"volunteerism": 3},
    "referrals_by_agency": {"รพ.สต.": 4},
    "lessons_by_status": {"selected": 1, "submitted": 5},
    "mentors": [
        {
            "device_id": "abcd",
            "name": "พี่เลี้ยง ก",
            "role": "mentor",
            "records_held": 50,
            "last_received_at": "2026-06-01T03:00:00+00:00",
            "days_since_last_report": 29,
        }
    ],
}


def test_csv_tables_carry_the_figures_with_thai_labels(tmp_path: Path) -> None:
    files = write_csv_tables(indicator_tables(REPORT), tmp_path / "csv")
    assert {f.name for f in files} >= {"summary.csv", "activities_by_kind.csv", "mentors.csv"}
    kinds = (tmp_path / "csv" / "activities_by_kind.csv").read_bytes()
    assert kinds.startswith(b"\xef\xbb\xbf")  # Excel needs the mark to read UTF-8 Thai
    rows = list(csv.reader(kinds.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["kind", "ชื่อ", "count"]
    assert rows[1] == ["family_day", "วันครอบครัว", "2"]
    summary = (tmp_path / "csv" / "summary.csv").read_text(encoding="utf-8-sig")
    assert "households_registered,ครอบครัวที่ลงทะเบียน,12" in summary
    assert not list((tmp_path / "csv").glob("*.part"))


def test_workbook_has_one_sheet_per_table(tmp_path: Path) -> None:
    tables = indicator_tables(REPORT)
    book = load_workbook(write_xlsx(tables, tmp_path / "report.xlsx"))
    assert book.sheetnames == [t.name for t in tables]
    sheet = book["visits_by_month_subdistrict"]
    assert [c.value for c in sheet[2]] == ["2026-05", "400701", 25]
    assert book["referrals_by_agency"]["A2"].value == "รพ.สต."


def test_report_command_writes_csv_and_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "district"
    with Store(home) as store:
        store.set_profile(Profile(name="อำเภอ", role="district"))
        store.put("households", {"head_name": "ก", "subdistrict_code": "400701"})
    argv = ["--home", str(home), "report", "--json", "--csv", str(tmp_path / "out")]
    assert main([*argv, "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    assert json.loads(capsys.readouterr().out)["households_registered"] == 1
    assert (tmp_path / "out" / "summary.csv").is_file()
    assert load_workbook(tmp_path / "r.xlsx")["summary"]["C5"].value == 1
