"""Certificates of appreciation from good-deed stories: wording, page, consent."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from mentor_desk.domain.records import Lesson
from mentor_desk.printing.certificate import (
    TITLE,
    build_certificate,
    certificate_text,
    thai_date_in_words,
)
from mentor_desk.printing.errors import PrintingError
from mentor_desk.printing.extraction import extract_text
from tests.printing.booklet_support import flat, fonts_of

STORY = Lesson(
    id="s1",
    kind="good_deed",
    title="ลุงสมพงษ์ซ่อมทางลาดให้เพื่อนบ้านที่นั่งรถเข็น",
    author="นางกาญจนา จันทะคุณ",
    virtues=("volunteerism", "sufficiency", "integrity"),
    people_consented=True,
)
ISSUED = dt.date(2026, 11, 22)


def test_the_wording_names_the_person_the_virtues_and_the_story() -> None:
    text = certificate_text(
        STORY, issuer="ที่ว่าการอำเภอน้ำพอง", recipient="นายสมพงษ์  ใจดี", issued_on=ISSUED
    )
    assert text.recipient == "นายสมพงษ์ ใจดี"
    assert text.deed == (
        "เป็นผู้มีคุณธรรมด้านพอเพียง สุจริต และจิตอาสา ดังเรื่องเล่าความดี “ลุงสมพงษ์ซ่อมทางลาดให้เพื่อนบ้านที่นั่งรถเข็น”"
    )
    assert certificate_text(STORY, issuer="อำเภอ").recipient == STORY.author
    assert thai_date_in_words(ISSUED) == "ให้ไว้ ณ วันที่ ๒๒ เดือนพฤศจิกายน พ.ศ. ๒๕๖๙"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"people_consented": False}, "ยินยอม"),
        ({"kind": "lesson_learned"}, "เรื่องเล่าความดี"),
        ({"author": "  "}, "ชื่อผู้ได้รับ"),
    ],
)
def test_a_certificate_is_refused_without_consent_or_a_good_deed(
    changes: dict[str, object], message: str
) -> None:
    story = Lesson(**{**STORY.__dict__, **changes})  # type: ignore[arg-type]
    with pytest.raises(PrintingError, match=message):
        certificate_text(story, issuer="อำเภอ")


@pytest.mark.poppler
def test_the_certificate_is_one_landscape_a4_page_in_sarabun(tmp_path: Path) -> None:
    text = certificate_text(
        STORY,
        issuer="ที่ว่าการอำเภอน้ำพอง จังหวัดขอนแก่น",
        recipient="นายสมพงษ์ ใจดี",
        signer_name="นายวิชัย มั่นคง",
        signer_position="นายอำเภอน้ำพอง",
        issued_on=ISSUED,
    )
    pdf = build_certificate(text, path=tmp_path / "certificate.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "1"
    width, _, height = fields["Page size"].split()[:3]
    assert (round(float(width)), round(float(height))) == (842, 595)
    extracted = flat(extract_text(pdf))
    for expected in (
        TITLE,
        "นายสมพงษ์ ใจดี",
        "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
        "ให้ไว้ ณ วันที่ ๒๒ เดือนพฤศจิกายน พ.ศ. ๒๕๖๙",
        "(นายวิชัย มั่นคง)",
        "นายอำเภอน้ำพอง",
        STORY.title,
    ):
        assert flat(expected) in extracted, expected
    assert {name for name, _ in fonts_of(pdf)} <= {"Sarabun-Regular", "Sarabun-Bold"}
