"""Sarabun is registered once, embedded in every print, and shaping is checked at start-up."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics, ttfonts

from mentor_desk.printing.document import build_pdf
from mentor_desk.printing.fonts import (
    SARABUN,
    ShapingUnavailableError,
    ensure_shaping,
    font_file,
    register_sarabun,
)
from mentor_desk.printing.styles import ThaiStyles
from mentor_desk.printing.thai_paragraph import ThaiParagraph


def test_registering_twice_keeps_the_same_fonts() -> None:
    register_sarabun()
    first = [pdfmetrics.getFont(face) for face in SARABUN.faces()]
    register_sarabun()
    assert [pdfmetrics.getFont(face) for face in SARABUN.faces()] == first
    assert all(isinstance(font, ttfonts.TTFont) for font in first)


def test_family_maps_bold_and_italic_markup_to_the_sarabun_faces() -> None:
    register_sarabun()
    assert tt2ps(SARABUN.normal, 1, 0) == SARABUN.bold
    assert tt2ps(SARABUN.normal, 0, 1) == SARABUN.italic
    assert tt2ps(SARABUN.normal, 1, 1) == SARABUN.bold_italic


def test_every_face_file_is_bundled() -> None:
    assert all(font_file(face).is_file() for face in SARABUN.faces())
    with pytest.raises(ValueError):
        font_file("Sarabun-Thin")


def test_shaping_check_passes_with_uharfbuzz_installed() -> None:
    assert ensure_shaping() == SARABUN
    assert all(pdfmetrics.getFont(face).shapable for face in SARABUN.faces())


def test_shaping_check_fails_clearly_without_uharfbuzz(monkeypatch: pytest.MonkeyPatch) -> None:
    # TTFont.shapable reads this module global on every call.
    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    with pytest.raises(ShapingUnavailableError) as raised:
        ensure_shaping()
    message = str(raised.value)
    assert "วรรณยุกต์" in message  # Thai: tone marks
    assert "tone marks would collide" in message
    assert "reportlab[shaping]" in message


def test_shaping_check_fails_for_a_face_configured_unshapable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_sarabun()
    monkeypatch.setattr(pdfmetrics.getFont(SARABUN.bold), "shapable", False)
    with pytest.raises(ShapingUnavailableError, match="Sarabun-Bold"):
        ensure_shaping()


@pytest.mark.poppler
def test_all_four_faces_are_embedded_and_no_other_font_is_used(
    tmp_path: Path, styles: ThaiStyles
) -> None:
    text = "ปกติ <b>ตัวหนา</b> <i>ตัวเอียง</i> <b><i>หนาเอียง</i></b>"
    pdf = build_pdf([ThaiParagraph(text, styles.body)], path=tmp_path / "faces.pdf")

    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]  # skip the two header lines
    fonts = {row.split()[0].split("+", 1)[-1]: row.split() for row in listing}

    assert set(fonts) == {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"}
    for columns in fonts.values():
        embedded, subset, unicode_map = columns[-5:-2]
        assert (embedded, subset, unicode_map) == ("yes", "yes", "yes")
