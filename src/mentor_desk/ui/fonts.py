"""Registers the bundled Sarabun faces with Qt, so Thai never shows as boxes on any machine."""

from __future__ import annotations

from functools import cache

import fontpkg_sarabun
from PySide6.QtGui import QFontDatabase

from mentor_desk.ui.theme import FONT_FAMILY

FACES = ("Regular", "Bold", "Italic", "BoldItalic", "SemiBold")


@cache
def register_fonts() -> str:
    """Add the Sarabun faces to the application's font database; returns the family name.

    Call after the QApplication exists (GUI thread). Raises RuntimeError if none loads.
    """
    loaded = []
    for face in FACES:
        path = fontpkg_sarabun.ROOT / "files" / f"Sarabun-{face}.ttf"
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY not in loaded:
        raise RuntimeError(
            f"could not load the bundled {FONT_FAMILY} font from {fontpkg_sarabun.ROOT}"
        )
    return FONT_FAMILY
