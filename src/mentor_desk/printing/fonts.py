"""The bundled Thai face (Sarabun) for printing, and the start-up check that Thai can be shaped.

ReportLab draws Thai correctly only when HarfBuzz shapes it: without shaping, tone marks sit on
top of upper vowels (ที่, ปั้น) and below-base vowels collide with descenders. ReportLab shapes a
run only if the paragraph style has ``shaping=1`` *and* the TrueType font reports
``TTFont.shapable``, which is true only when ``uharfbuzz`` imports (``reportlab[shaping]``) and
the font name does not match ``reportlab.rl_config.unShapedFontGlob``. ``ensure_shaping`` checks
all of that once at start-up, so a broken install fails loudly instead of printing wrong Thai.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import fontpkg_sarabun
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

FAMILY = "Sarabun"


@dataclass(frozen=True)
class FontFamily:
    """The ReportLab names of the four faces of one family, as used in paragraph styles."""

    normal: str
    bold: str
    italic: str
    bold_italic: str

    def faces(self) -> tuple[str, str, str, str]:
        """All four face names, regular first."""
        return (self.normal, self.bold, self.italic, self.bold_italic)


SARABUN = FontFamily(
    normal=FAMILY,
    bold=f"{FAMILY}-Bold",
    italic=f"{FAMILY}-Italic",
    bold_italic=f"{FAMILY}-BoldItalic",
)

# The file of each face inside fontpkg_sarabun; the regular face is registered under the bare
# family name so that <b>/<i> in paragraph markup resolve through the family mapping.
_FACE_FILES = {
    SARABUN.normal: "Sarabun-Regular.ttf",
    SARABUN.bold: "Sarabun-Bold.ttf",
    SARABUN.italic: "Sarabun-Italic.ttf",
    SARABUN.bold_italic: "Sarabun-BoldItalic.ttf",
}

# A tone mark over an upper vowel: HarfBuzz must move the mark (a private-use glyph or an
# offset), otherwise the two collide on paper.
_SHAPING_PROBE = "ที่"

_register_lock = threading.Lock()


class ShapingUnavailableError(RuntimeError):
    """Thai cannot be shaped, so printed tone marks would collide with vowels."""


def font_file(face: str) -> Path:
    """The TrueType file shipped by fontpkg_sarabun for one of the ``SARABUN`` face names."""
    try:
        return Path(fontpkg_sarabun.ROOT) / "files" / _FACE_FILES[face]
    except KeyError:
        raise ValueError(f"not a bundled Sarabun face: {face!r}") from None


def register_sarabun() -> FontFamily:
    """Register the four Sarabun faces and their family with ReportLab; safe to call often.

    Returns the face names to put in paragraph styles. Fonts are embedded (subset) in every PDF
    that uses them, so prints look the same on machines without Sarabun installed.
    """
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for face in SARABUN.faces():
            if face not in registered:
                pdfmetrics.registerFont(TTFont(face, str(font_file(face)), shapable=True))
        # Registering the family again only rewrites the same four mappings.
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=SARABUN.normal,
            bold=SARABUN.bold,
            italic=SARABUN.italic,
            boldItalic=SARABUN.bold_italic,
        )
    return SARABUN


def ensure_shaping() -> FontFamily:
    """Register Sarabun and prove that ReportLab will shape it; raise if it would not.

    Call at start-up and before building a print; it costs well under a millisecond. Raises
    ShapingUnavailableError with a Thai and English message when uharfbuzz is missing, a face
    is configured as unshapable, or shaping leaves a tone mark unmoved.
    """
    family = register_sarabun()
    for face in family.faces():
        font = pdfmetrics.getFont(face)
        if not getattr(font, "shapable", False):
            raise ShapingUnavailableError(_shaping_message(f"font {face!r} is not shapable"))
        shaped = shapeStr(_SHAPING_PROBE, face, 12)
        if not isinstance(shaped, ShapedStr):
            raise ShapingUnavailableError(
                _shaping_message(f"HarfBuzz left {_SHAPING_PROBE!r} unshaped in {face!r}")
            )
    return family


def _shaping_message(reason: str) -> str:
    return (
        "พิมพ์ภาษาไทยไม่ได้: ระบบจัดรูปอักษร (HarfBuzz) ไม่ทำงาน วรรณยุกต์จะซ้อนทับสระ "
        "โปรดติดตั้งใหม่ด้วย reportlab[shaping] / "
        "Cannot print Thai: text shaping (HarfBuzz) is unavailable, so tone marks would collide "
        f"with vowels. Reinstall with reportlab[shaping] (uharfbuzz). Detail: {reason}."
    )
