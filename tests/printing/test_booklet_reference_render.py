"""A rendered booklet page stays as it was checked by eye (tolerant pixel comparison).

The reference (reference/booklet_lesson_page.png, A4 at 50 dpi, greyscale) was inspected:
a chapter opening (label and title), the lesson title, the muted lines of author, place,
period and virtues over a rule, section headings with their text, two photos side by side
(the sideways one turned upright) each with its caption centred under it, and the page
number in Thai digits; nothing clipped or overlapping. To accept an intended change, look at
the new rendering and rewrite the reference with MENTOR_DESK_UPDATE_REFERENCE=1.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from mentor_desk.domain.records import Photo
from mentor_desk.printing.booklet import BookletOptions, build_booklet
from mentor_desk.printing.page_setup import PageSize
from tests.printing.booklet_support import LessonsOnDisk, lesson, write_photo
from tests.printing.test_printing_reference_render import MAX_MEAN_DIFFERENCE, mean_difference

REFERENCE = Path(__file__).parent / "reference" / "booklet_lesson_page.png"
RESOLUTION_DPI = 50


def reference_booklet(folder: Path) -> tuple[Path, int]:
    """A two-lesson A4 booklet; returns the PDF and the page of the first lesson."""
    photos = {
        "field": write_photo(folder / "field.jpg", size=(800, 600), colour=(70, 150, 90)),
        "pond": write_photo(
            folder / "pond.jpg", size=(600, 450), colour=(60, 110, 170), orientation=6
        ),
    }
    first = lesson(
        "a",
        title="ยายเลี้ยงหลานอย่างมีความสุข",
        kind="lesson_learned",
        author="นางสมศรี ใจงาม",
        area="บ้านหนองบัว หมู่ที่ 3",
        period_start="2025-10-01",
        period_end="2026-09-30",
        virtues=("sufficiency", "volunteerism"),
        context="ครอบครัวข้ามรุ่นในหมู่บ้านมีมากขึ้น ปู่ย่าตายายดูแลหลานตามลำพัง",
        actions="พี่เลี้ยงเยี่ยมบ้านทุกเดือนและชวนเข้าศูนย์เรียนรู้ชุมชน",
        results="หลานเรียนดีขึ้น ยายมีเพื่อนคุยและมีรายได้จากการปั้นโอ่ง",
        photos=(Photo("field", "ยายกับหลานที่แปลงผักสวนครัว"), Photo("pond", "ปั้นโอ่งดินเผา")),
        people_consented=True,
    )
    second = lesson("b", title="ธนาคารขยะ", text="เด็ก ๆ ช่วยกันคัดแยกขยะ", area="บ้านหนองบัว หมู่ที่ 3")
    result = build_booklet(
        LessonsOnDisk([first, second], photos=photos),
        path=folder / "reference.pdf",
        options=BookletOptions(
            page_size=PageSize.A4,
            thai_digits=True,
            year_be=2569,
            printed_on=dt.date(2026, 11, 22),
        ),
    )
    (page,) = [e.page for e in result.contents if e.text == "ยายเลี้ยงหลานอย่างมีความสุข"]
    return result.path, page


def render(pdf: Path, page: int, png: Path) -> Path:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-gray",
            "-r",
            str(RESOLUTION_DPI),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(png.with_suffix("")),
        ],
        check=True,
        capture_output=True,
    )
    return png


@pytest.mark.poppler
def test_a_lesson_page_with_photos_matches_the_inspected_reference(tmp_path: Path) -> None:
    pdf, page = reference_booklet(tmp_path)
    rendered = render(pdf, page, tmp_path / "page.png")
    if os.environ.get("MENTOR_DESK_UPDATE_REFERENCE") == "1":
        with Image.open(rendered) as image:
            image.convert("L").save(REFERENCE, optimize=True)
        pytest.skip(f"reference rewritten: look at {REFERENCE} before committing it")
    assert mean_difference(rendered, REFERENCE) < MAX_MEAN_DIFFERENCE
