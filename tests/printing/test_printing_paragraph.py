"""ThaiParagraph layout: lines break between Thai words only and carry their real text."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus.paragraph import _HSFrag

from mentor_desk.printing.actual_text import ActualShapedStr
from mentor_desk.printing.styles import ThaiStyles
from mentor_desk.printing.thai_paragraph import ThaiParagraph, cut_frag_word

NARROW = 120.0  # points: a few Thai words per line

LinesProblems = Callable[[Sequence[str], Sequence[str]], list[str]]


def laid_out(text: str, style: object, width: float = NARROW) -> ThaiParagraph:
    paragraph = ThaiParagraph(text, style)
    paragraph.wrap(width, 10_000)
    return paragraph


def test_lines_break_only_between_words(
    visit_notes: tuple[str, ...], styles: ThaiStyles, lines_problems: LinesProblems
) -> None:
    for note in visit_notes:
        lines = laid_out(note, styles.body).line_texts()
        assert len(lines) >= 3, "the narrow column should wrap every note several times"
        assert lines_problems([line.strip() for line in lines], [note]) == []


def test_lines_fit_the_column(visit_notes: tuple[str, ...], styles: ThaiStyles) -> None:
    for note in visit_notes:
        paragraph = laid_out(note, styles.body)
        assert max(paragraph.getActualLineWidths0()) <= NARROW + 1e-6


def test_no_space_is_added_between_thai_words(styles: ThaiStyles) -> None:
    text = "ครอบครัวพอเพียงมีวินัย"
    (line,) = laid_out(text, styles.body, width=400).line_texts()
    assert line == text


def test_words_are_shaped_and_keep_their_real_text(styles: ThaiStyles) -> None:
    paragraph = laid_out("ผู้ใหญ่บ้านปั้นโอ่งที่ศูนย์เรียนรู้", styles.body, width=400)
    (line,) = paragraph.blPara.lines
    (run,) = line.words
    assert isinstance(run.text, ActualShapedStr)
    assert any("\ue000" <= glyph <= "\uf8ff" for glyph in run.text), "marks moved by shaping"
    assert run.text.actual_text == "ผู้ใหญ่บ้านปั้นโอ่งที่ศูนย์เรียนรู้"


def test_a_style_change_inside_a_word_is_no_break_opportunity(
    styles: ThaiStyles, lines_problems: LinesProblems
) -> None:
    markup = "ไป<b>เยี่ยม</b>บ้าน<b>ครอบ</b>ครัวของน้อง<i>ต้น</i>ข้าวที่ตำบล<b>หนอง</b>บัว"
    text = "ไปเยี่ยมบ้านครอบครัวของน้องต้นข้าวที่ตำบลหนองบัว"
    for width in (60, 70, 80, 90):  # each word fits, so none may be cut
        lines = laid_out(markup, styles.body, width).line_texts()
        assert len(lines) > 2
        assert lines_problems(lines, [text]) == [], width


def test_heading_caption_and_table_styles_break_between_words(
    styles: ThaiStyles, lines_problems: LinesProblems
) -> None:
    text = "บันทึกการเยี่ยมบ้าน ความพอเพียง วินัย สุจริต และจิตอาสาของเยาวชนในชุมชน"
    for style in (styles.heading1, styles.heading2, styles.caption, styles.table_cell):
        lines = laid_out(text, style).line_texts()
        assert len(lines) > 1, style.name
        assert lines_problems([line.strip() for line in lines], [text]) == [], style.name


def test_a_word_wider_than_the_line_is_cut_between_character_clusters(
    styles: ThaiStyles,
) -> None:
    word = "พระราชบัญญัติ"
    paragraph = laid_out(word, styles.body, width=25)
    lines = paragraph.line_texts()
    assert len(lines) > 1
    assert "".join(lines) == word
    for line in lines[1:]:
        assert line[0] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49ะาำ"


def test_mai_yamok_after_a_space_never_starts_a_line(
    styles: ThaiStyles, lines_problems: LinesProblems
) -> None:
    text = "เด็ก ๆ ในหมู่บ้าน ต่าง ๆ นานา ช่วยกันเก็บขยะ ครอบครัว ฯลฯ ไปเยี่ยมบ้าน ๆ"
    for width in range(50, 200, 5):
        lines = laid_out(text, styles.body, width).line_texts()
        assert lines_problems([line.strip() for line in lines], [text]) == [], width


def test_a_joined_word_too_wide_for_the_line_is_cut_at_its_space_first(
    styles: ThaiStyles,
) -> None:
    lines = laid_out("ครอบครัว ๆ", styles.body, width=55).line_texts()
    assert [line.strip() for line in lines] == ["ครอบครัว", "ๆ"]


def test_break_hints_from_the_screen_never_reach_paper(styles: ThaiStyles) -> None:
    paragraph = laid_out("ศูนย์\u200bเรียนรู้\u200bชุมชน", styles.body, width=400)
    assert paragraph.line_texts() == ["ศูนย์เรียนรู้ชุมชน"]
    assert paragraph.getPlainText() == "ศูนย์เรียนรู้ชุมชน"


def test_plain_text_is_shown_literally(styles: ThaiStyles) -> None:
    paragraph = ThaiParagraph.from_plain_text("ค่าขนม < 20 บาท & ออม\nวันละ 5 บาท", styles.body)
    paragraph.wrap(400, 1000)
    assert paragraph.line_texts() == ["ค่าขนม < 20 บาท & ออม", "วันละ 5 บาท"]


def test_split_across_frames_keeps_lines_and_text(
    visit_notes: tuple[str, ...], styles: ThaiStyles
) -> None:
    note = visit_notes[0]
    whole = laid_out(note, styles.body).line_texts()
    paragraph = ThaiParagraph(note, styles.body)
    first, rest = paragraph.split(NARROW, 2.5 * styles.body.leading)
    rest.wrap(NARROW, 10_000)
    assert isinstance(rest, ThaiParagraph)
    assert first.line_texts() + rest.line_texts() == whole
    assert first.getPlainText() + rest.getPlainText() == note


def test_rewrapping_at_another_width_starts_from_the_words(styles: ThaiStyles) -> None:
    text = "ที่ศูนย์เรียนรู้ชุมชนบ้านหนองบัว ผู้ใหญ่บ้านชวนเด็กๆ มาเรียนปั้นโอ่ง"
    paragraph = ThaiParagraph(text, styles.body)
    paragraph.wrap(30, 10_000)  # narrow enough to cut long words
    paragraph.wrap(400, 10_000)
    assert paragraph.line_texts() == [text]


def test_justified_thai_is_refused(styles: ThaiStyles) -> None:
    justified = copy.copy(styles.body)
    justified.alignment = TA_JUSTIFY
    with pytest.raises(ValueError, match="justify"):
        ThaiParagraph("ครอบครัว", justified)


def test_cut_pieces_keep_the_space_after_the_word_only_at_the_end(styles: ThaiStyles) -> None:
    frag = ThaiParagraph("x", styles.body).frags[0][1][0]
    word = _HSFrag([100.0, (frag, "ครอบ"), (frag, "ครัวดี")])
    pieces = cut_frag_word(word, [4, 8])
    assert [[text for _, text in piece[1:]] for piece in pieces] == [["ครอบ"], ["ครัว"], ["ดี"]]
    assert [type(piece) for piece in pieces] == [list, list, _HSFrag]
    assert all(piece[0] > 0 for piece in pieces)
