"""Small building blocks shared by the send/receive and review screens (GUI thread)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.ui.theme import COLOURS

SECTION_TITLE_STYLE = f"font-weight: bold; color: {COLOURS['accent']};"


def card_frame(name: str) -> tuple[QFrame, QVBoxLayout]:
    """A white card (a framed section of a screen) with a vertical layout."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("role", "card")
    return frame, QVBoxLayout(frame)


def section_title() -> QLabel:
    """The bold, coloured title of a card; its text is set in `retranslate()`."""
    label = QLabel()
    label.setStyleSheet(SECTION_TITLE_STYLE)
    label.setWordWrap(True)
    return label


def muted_label() -> QLabel:
    """A grey, wrapping line of explanation or status."""
    label = QLabel()
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def name_buttons(*buttons: QPushButton) -> None:
    """Give buttons their visible text as accessible name (after a language switch too)."""
    for button in buttons:
        button.setAccessibleName(button.text().replace("…", ""))


def hinted(template: str, *values: str) -> str:
    """A translated sentence with word-break hints for Thai, its %1, %2… filled with
    `values` as they are: names, dates and file names are never split inside."""
    pieces = re.split(r"(%\d)", template)
    out = []
    for piece in pieces:
        if re.fullmatch(r"%\d", piece) and int(piece[1:]) <= len(values):
            out.append(values[int(piece[1:]) - 1])
        else:
            out.append(with_break_hints(piece))
    return "".join(out)
