"""Shaped runs carry their real text through the line builder and out as /ActualText."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from mentor_desk.printing.actual_text import (
    ActualShapedStr,
    ActualTextTextObject,
    actual_text_of,
    cluster_text_parts,
    pdf_text_string,
    shape_text,
)
from mentor_desk.printing.fonts import SARABUN, ensure_shaping


def shaped(text: str) -> ActualShapedStr:
    ensure_shaping()
    result = shape_text(text, font_name=SARABUN.normal, font_size=12)
    assert isinstance(result, ActualShapedStr), text
    return result


def test_actual_text_is_a_utf16be_hex_string_with_bom() -> None:
    assert pdf_text_string("น้ำ") == "<FEFF0E190E490E33>"
    assert pdf_text_string("A b") == "<FEFF004100200062>"
    assert pdf_text_string("\U0001f600") == "<FEFFD83DDE00>"  # a surrogate pair


def test_each_cluster_text_goes_to_its_first_glyph() -> None:
    # น้ำ shapes to three glyphs: น, then NIKHAHIT+MAI THO and SARA AA, both in cluster 1.
    assert cluster_text_parts("น้ำ", [0, 1, 1]) == ["น", "\u0e49\u0e33", ""]
    assert "".join(cluster_text_parts("ที่", [0, 1, 2])) == "ที่"


def test_shaping_moves_marks_to_private_glyphs_but_keeps_the_text() -> None:
    run = shaped("ผู้ใหญ่ที่น้ำปั้น")
    assert any("\ue000" <= glyph <= "\uf8ff" for glyph in run)
    assert run.actual_text == "ผู้ใหญ่ที่น้ำปั้น"
    assert actual_text_of(run) == "ผู้ใหญ่ที่น้ำปั้น"
    assert actual_text_of("plain") == "plain"


def test_joining_and_slicing_keep_glyphs_and_text_in_step() -> None:
    first, second = shaped("ที่"), shaped("น้ำ")
    joined = first + " " + second
    assert isinstance(joined, ActualShapedStr)
    assert joined.actual_text == "ที่ น้ำ"
    assert len(joined.__shapeData__) == len(joined) == len(joined.parts)
    assert ("ใจ" + second).actual_text == "ใจน้ำ"
    assert joined[len(first) + 1 :].actual_text == "น้ำ"


def test_copies_keep_the_text() -> None:
    run = shaped("สิ่งที่")
    for clone in (copy.deepcopy(run), pickle.loads(pickle.dumps(run))):
        assert isinstance(clone, ActualShapedStr)
        assert (str(clone), clone.actual_text) == (str(run), "สิ่งที่")


def test_only_shaped_runs_are_wrapped_in_an_actual_text_span(tmp_path: Path) -> None:
    ensure_shaping()
    canvas = Canvas(str(tmp_path / "unused.pdf"))
    text_object = ActualTextTextObject(canvas, 0, 0)
    text_object.setFont(SARABUN.normal, 12)

    code = text_object._formatText(shaped("น้ำ"))
    assert code.startswith("/Span <</ActualText <FEFF0E190E490E33>>> BDC ")
    assert code.endswith(" EMC")
    assert "BDC" not in text_object._formatText("Mentor Desk")
