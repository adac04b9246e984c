"""A certificate of appreciation (เกียรติบัตร) made from a good-deed story.

Landscape A4 in the formal Thai layout: the issuing office at the top, the word เกียรติบัตร,
"this certificate is given to show that", the person's name, the deed (the story's title and
the virtues it shows), a wish, the Buddhist Era date in words, and a signature block. The
border is a double rule in deep green and gold with small ornaments at the corners.

Recognition needs consent: a story whose people have not consented is refused.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import THAI_MONTHS, be_year, thai_digits
from mentor_desk.domain.records import Lesson
from mentor_desk.printing.errors import PrintingError
from mentor_desk.printing.fonts import ensure_shaping
from mentor_desk.printing.output import write_atomically
from mentor_desk.printing.page_setup import ACCENT, MUTED
from mentor_desk.printing.pdf_settings import use_binary_streams
from mentor_desk.printing.styles import thai_leading, thai_styles
from mentor_desk.printing.thai_paragraph import ThaiParagraph

PAGE = landscape(A4)
GOLD = colors.Color(0.69, 0.55, 0.24)
BORDER_INSET = 11 * mm
INNER_GAP = 3.2 * mm
ORNAMENT = 5 * mm
TEXT_WIDTH_SHARE = 0.72
TITLE = "เกียรติบัตร"
WISH = "ขอให้มีความสุข ความเจริญ และเป็นแบบอย่างที่ดีของชุมชนสืบไป"
DEED_MAX_CHARACTERS = 220


@dataclass(frozen=True, kw_only=True)
class CertificateText:
    """Who gives the certificate, to whom, for what, and who signs it."""

    issuer: str
    recipient: str
    deed: str
    signer_name: str = ""
    signer_position: str = ""
    issued_on: dt.date


def certificate_text(
    lesson: Lesson,
    *,
    issuer: str,
    recipient: str = "",
    signer_name: str = "",
    signer_position: str = "",
    issued_on: dt.date | None = None,
) -> CertificateText:
    """The wording of a certificate for the person in a good-deed story.

    ``recipient`` defaults to the story's author. Raises PrintingError (in Thai) for a story
    that is not a good-deed story, whose people have not consented, or without a name.
    """
    if lesson.kind != "good_deed":
        raise PrintingError(
            "เกียรติบัตรทำได้จากเรื่องเล่าความดีเท่านั้น", f"lesson {lesson.id} is {lesson.kind}"
        )
    if not lesson.people_consented:
        raise PrintingError(
            "บุคคลในเรื่องเล่านี้ยังไม่ได้ให้ความยินยอม จึงยังทำเกียรติบัตรไม่ได้",
            f"lesson {lesson.id}: people_consented is false",
        )
    name = " ".join((recipient or lesson.author).split())
    if not name:
        raise PrintingError("โปรดระบุชื่อผู้ได้รับเกียรติบัตร", "no recipient and no author")
    virtues = [term.th for term in vocab.VIRTUE.terms if term.key in lesson.virtues]
    title = " ".join(lesson.title.split())
    if len(title) > DEED_MAX_CHARACTERS:
        title = title[:DEED_MAX_CHARACTERS].rstrip() + "…"
    deed = f"เป็นผู้มีคุณธรรม{_virtue_phrase(virtues)} ดังเรื่องเล่าความดี “{title}”"
    return CertificateText(
        issuer=" ".join(issuer.split()),
        recipient=name,
        deed=deed,
        signer_name=" ".join(signer_name.split()),
        signer_position=" ".join(signer_position.split()),
        issued_on=issued_on or dt.date.today(),
    )


def _virtue_phrase(virtues: list[str]) -> str:
    # "ด้านวินัยและจิตอาสา", "ด้านพอเพียง วินัย และจิตอาสา"
    if not virtues:
        return ""
    if len(virtues) == 1:
        return f"ด้าน{virtues[0]}"
    joiner = " และ" if len(virtues) > 2 else "และ"
    return "ด้าน" + " ".join(virtues[:-1]) + joiner + virtues[-1]


def thai_date_in_words(day: dt.date) -> str:
    """ "ให้ไว้ ณ วันที่ ๒๒ เดือนพฤศจิกายน พ.ศ. ๒๕๖๙", as a certificate dates itself."""
    return thai_digits(
        f"ให้ไว้ ณ วันที่ {day.day} เดือน{THAI_MONTHS[day.month - 1]} พ.ศ. {be_year(day.year)}"
    )


def build_certificate(text: CertificateText, *, path: Path) -> Path:
    """Write the certificate to ``path`` (whole or not at all)."""
    ensure_shaping()

    def write(temporary: Path) -> Path:
        use_binary_streams()
        canvas = Canvas(str(temporary), pagesize=PAGE, initialFontName=ensure_shaping().normal)
        canvas.setTitle(f"{TITLE} {text.recipient}")
        canvas.setCreator("Mentor Desk")
        canvas.setAuthor(text.issuer or "Mentor Desk")
        _draw_border(canvas)
        _draw_text(canvas, text)
        canvas.showPage()
        canvas.save()
        return path

    return write_atomically(path, write)


def _draw_border(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.4)
    canvas.rect(BORDER_INSET, BORDER_INSET, width - 2 * BORDER_INSET, height - 2 * BORDER_INSET)
    inner = BORDER_INSET + INNER_GAP
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setFillColor(GOLD)
    for x in (inner, width - inner):
        for y in (inner, height - inner):
            _diamond(canvas, x, y, ORNAMENT)
    # A small ornament in the middle of the top and bottom rules.
    for y in (inner, height - inner):
        _diamond(canvas, width / 2, y, ORNAMENT * 0.7)
    canvas.restoreState()


def _diamond(canvas: Canvas, x: float, y: float, size: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_text(canvas: Canvas, text: CertificateText) -> None:
    width, height = PAGE
    column = width * TEXT_WIDTH_SHARE
    left = (width - column) / 2
    body = thai_styles().body
    lines: list[tuple[str, ParagraphStyle, float]] = [
        (text.issuer, _style(body, 17, colour=MUTED), 4 * mm),
        (TITLE, _style(body, 46, bold=True, colour=ACCENT), 3 * mm),
        ("ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า", _style(body, 17), 3 * mm),
        (text.recipient, _style(body, 30, bold=True, colour=GOLD), 3 * mm),
        (text.deed, _style(body, 17), 2 * mm),
        (WISH, _style(body, 17), 5 * mm),
        (thai_date_in_words(text.issued_on), _style(body, 16), 0),
    ]
    y = height - BORDER_INSET - 22 * mm
    for value, style, gap in lines:
        if not value:
            continue
        paragraph = ThaiParagraph.from_plain_text(value, style)
        _, paragraph_height = paragraph.wrap(column, height)
        paragraph.drawOn(canvas, left, y - paragraph_height)
        y -= paragraph_height + gap
    _draw_signature(canvas, text, body=body, bottom=BORDER_INSET + 16 * mm)


def _draw_signature(
    canvas: Canvas, text: CertificateText, *, body: ParagraphStyle, bottom: float
) -> None:
    width, _ = PAGE
    block = 90 * mm
    left = (width - block) / 2
    style = _style(body, 15)
    y = bottom
    for value in reversed(
        [f"({text.signer_name})" if text.signer_name else "", text.signer_position]
    ):
        if not value:
            continue
        paragraph = ThaiParagraph.from_plain_text(value, style)
        _, paragraph_height = paragraph.wrap(block, 100)
        paragraph.drawOn(canvas, left, y)
        y += paragraph_height
    # The line the signer signs on, drawn (not typed as dots) so it stays out of the text.
    y += 9 * mm
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(1, 2)
    canvas.line(left + 8 * mm, y, left + block - 8 * mm, y)
    canvas.restoreState()


def _style(
    base: ParagraphStyle, size: float, *, bold: bool = False, colour: object = colors.black
) -> ParagraphStyle:
    style = copy.copy(base)
    style.fontSize = size
    style.leading = thai_leading(size)
    style.alignment = TA_CENTER
    style.textColor = colour
    if bold:
        style.fontName = ensure_shaping().bold
    return style
