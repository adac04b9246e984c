"""A check that Thai reaches the screen: the bundled font is known to Qt and a Thai label
draws ink. Used by `mentor-desk --self-test` (and so by the packaged app's own check)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel

from mentor_desk.ui.app import ensure_application
from mentor_desk.ui.theme import FONT_FAMILY

DARK = 96  # a pixel with every channel below this counts as ink
SAMPLE_POINT_SIZE = 18


def draw_thai_label(text: str) -> str:
    """Render `text` in Sarabun offscreen; raises AssertionError if the font is missing or
    nothing was drawn; returns a one-line description of what was drawn (GUI thread)."""
    ensure_application()
    if FONT_FAMILY not in QFontDatabase.families():
        raise AssertionError(f"Qt does not know the {FONT_FAMILY} font")
    label = QLabel(text)
    label.setFont(QFont(FONT_FAMILY, SAMPLE_POINT_SIZE))
    label.setStyleSheet("color: black; background: white;")
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    label.render(image)
    dark = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if max(QColor(image.pixel(x, y)).getRgb()[:3]) < DARK
    )
    if dark < len(text):
        raise AssertionError(f"the Thai label drew {dark} dark pixels")
    platform = QGuiApplication.platformName()
    return f"{FONT_FAMILY} label {image.width()}×{image.height()}, {dark} dark pixels ({platform})"


def load_every_screen() -> str:
    """Import every screen of the main window (they load lazily, so a packaged app missing
    one of their modules would only fail when a person opens it); returns how many loaded."""
    from mentor_desk.ui.screens import SCREENS

    for screen in SCREENS:
        page_class = screen.page_class()
        if page_class.key != screen.key:
            raise AssertionError(
                f"{screen.module} is screen {page_class.key!r}, not {screen.key!r}"
            )
    return f"{len(SCREENS)} screens"
