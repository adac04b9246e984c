"""Shared fixtures for the printing tests: realistic Thai text and text-layer checks."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable, Sequence
from itertools import accumulate

import pytest

from mentor_desk.domain.thai_words import segment
from mentor_desk.printing.styles import ThaiStyles, thai_styles

POPPLER_TOOLS = ("pdftotext", "pdffonts", "pdftoppm")

# Home-visit notes of the kind mentors write: family visits, the community learning centre,
# and the four virtues (พอเพียง วินัย สุจริต จิตอาสา). Rich in stacked marks: ที่ ผู้ใหญ่ น้ำ ปั้น.
VISIT_NOTES = (
    "พี่เลี้ยงชุมชนออกเยี่ยมบ้านครอบครัวของน้องต้นข้าวในวันเสาร์ที่ผ่านมา "
    "คุณยายเล่าว่าหลานตื่นเช้าช่วยรดน้ำผักสวนครัวทุกวันและเก็บเงินค่าขนมใส่กระปุก"
    "ไว้ซื้ออุปกรณ์การเรียนเอง",
    "ที่ศูนย์เรียนรู้ชุมชนบ้านหนองบัว ผู้ใหญ่บ้านชวนเด็กๆ มาเรียนปั้นโอ่งดินเผากับปราชญ์ชาวบ้าน "
    "สิ่งที่เด็กได้เรียนรู้ไม่ใช่เพียงงานฝีมือ แต่เป็นความอดทนและการทำงานร่วมกับผู้อื่น",
    "หลักปรัชญาของเศรษฐกิจพอเพียงสอนให้รู้จักประมาณตน มีเหตุผล และมีภูมิคุ้มกันที่ดีในตัว "
    "ครอบครัวที่ทำบัญชีรายรับรายจ่ายร่วมกันจะเห็นว่าเงินหายไปกับสิ่งใดบ้าง",
    "วินัยเริ่มต้นจากเรื่องเล็กๆ ในบ้าน เช่น การตื่นนอนตรงเวลา "
    "การทำการบ้านให้เสร็จก่อนดูโทรทัศน์ และการเก็บของเล่นเข้าที่หลังเล่นเสร็จ",
    "ความซื่อสัตย์สุจริตคือการไม่หยิบของที่ไม่ใช่ของตนแม้ไม่มีใครเห็น "
    "น้องๆ ในกลุ่มช่วยกันคืนกระเป๋าสตางค์ที่เก็บได้ให้เจ้าของที่ตลาดนัดชุมชน",
    "กิจกรรมจิตอาสาเดือนนี้พี่เลี้ยงพาเยาวชนไปทำความสะอาดวัดและลานกีฬาประจำหมู่บ้าน "
    "ทุกคนนำน้ำดื่มและถุงมือมาเอง ไม่มีใครบ่นว่าเหนื่อย",
    "นัดเยี่ยมครั้งถัดไปวันที่ 22 พ.ย. 2569 เวลา 09.30 น. ณ ศาลาอเนกประสงค์ (โทร. 08-1234-5678)",
)


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Skip only when a binary is really missing; CI installs poppler-utils.
    if item.get_closest_marker("poppler"):
        missing = [tool for tool in POPPLER_TOOLS if shutil.which(tool) is None]
        if missing:
            pytest.skip(f"poppler-utils not installed: {', '.join(missing)}")


@pytest.fixture(scope="session")
def visit_notes() -> tuple[str, ...]:
    """Realistic multi-paragraph Thai text."""
    return VISIT_NOTES


@pytest.fixture(scope="session")
def styles() -> ThaiStyles:
    """The shared Thai paragraph styles."""
    return thai_styles()


def word_boundaries(text: str) -> set[int]:
    """Offsets in ``text`` between words according to ``segment`` (0 and len included).

    Offsets next to a space count too: the dictionary holds a few idioms with a space inside.
    """
    spaces = {i for i, char in enumerate(text) if char.isspace()}
    return {0, *accumulate(len(word) for word in segment(text)), *spaces, *(i + 1 for i in spaces)}


def check_lines_against_text(lines: Sequence[str], paragraphs: Sequence[str]) -> list[str]:
    """Problems found when reading ``lines`` (extracted or laid out) back against the source.

    Each line, trimmed, must continue the paragraphs' text exactly (only the whitespace at a
    line break may be dropped), together the lines must cover the whole text, and every line
    must end on a word boundary of its paragraph according to ``segment``; no line may start
    with mai yamok (ๆ) or a combining mark.
    """
    text = "".join(paragraphs)
    allowed: set[int] = set()
    start = 0
    for paragraph in paragraphs:
        allowed |= {start + offset for offset in word_boundaries(paragraph)}
        start += len(paragraph)
    problems: list[str] = []
    position = 0
    for line in lines:
        for char in line:
            if "\ue000" <= char <= "\uf8ff" or char == "\u200b":
                problems.append(
                    f"private-use or zero-width character U+{ord(char):04X} in {line!r}"
                )
        if line[:1] == "ๆ" or unicodedata.category(line[:1] or "a").startswith("M"):
            problems.append(f"line starts with a character that belongs to the previous: {line!r}")
        while position < len(text) and text[position].isspace():
            position += 1
        if not text.startswith(line, position):
            problems.append(f"{line!r} does not continue the text at {text[position:][:40]!r}")
            return problems
        position += len(line)
        if position not in allowed:
            problems.append(
                f"break inside a word: {text[position - 12 : position]!r}|"
                f"{text[position : position + 12]!r}"
            )
    if text[position:].strip():
        problems.append(f"text missing from the lines: {text[position:][:40]!r}")
    return problems


@pytest.fixture(scope="session")
def boundaries_of() -> Callable[[str], set[int]]:
    """``word_boundaries`` as a fixture."""
    return word_boundaries


@pytest.fixture(scope="session")
def lines_problems() -> Callable[[Sequence[str], Sequence[str]], list[str]]:
    """``check_lines_against_text`` as a fixture, for test modules to share."""
    return check_lines_against_text
