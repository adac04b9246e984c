"""Sizes, colours and limits of the screens, in one place (no magic numbers in widgets)."""

from __future__ import annotations

APP_NAME = "Mentor Desk"
ORGANISATION = "MentorDesk"
FONT_FAMILY = "Sarabun"

# Text sizes (points); many mentors are older, so the default is generous.
TEXT_SIZES = {"normal": 12, "large": 14, "largest": 17}
DEFAULT_TEXT_SIZE = "normal"
HEADING_SCALE = 1.5

WINDOW_SIZE = (1366, 768)  # the laptops mentors use
MINIMUM_WINDOW_SIZE = (1024, 640)
SIDEBAR_WIDTH = 210
SPACING = 10
MARGIN = 16
THUMBNAIL_SIZE = 96
EDITOR_MAX_WIDTH = 980

COLOURS = {
    "accent": "#1f6f5c",  # a calm green: community, growth
    "accent_text": "#ffffff",
    "overdue": "#b3261e",
    "due": "#9a6700",
    "muted": "#5f6368",
    "error": "#b3261e",
    "sidebar": "#eef4f1",
    "card": "#ffffff",
    "window": "#f7f9f8",
    "risk_high": "#b3261e",
    "risk_medium": "#9a6700",
    "risk_low": "#1f6f5c",
}

SEARCH_DELAY_MS = 250
DRAFT_SAVE_DELAY_MS = 800
IDLE_LIST_BATCH = 500  # rows fetched per step when a list scrolls


def stylesheet(point_size: int) -> str:
    """The application style sheet for a text size."""
    c = COLOURS
    return f"""
QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {point_size}pt; }}
QMainWindow, QDialog {{ background: {c["window"]}; }}
QListWidget#sidebar {{ background: {c["sidebar"]}; border: none; padding-top: {SPACING}px; }}
QListWidget#sidebar::item {{ padding: 10px 14px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#sidebar::item:selected {{ background: {c["accent"]}; color: {c["accent_text"]}; }}
QLabel[role="heading"] {{ font-size: {round(point_size * HEADING_SCALE)}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {c["muted"]}; }}
QLabel[role="error"] {{ color: {c["error"]}; }}
QLabel[role="overdue"] {{ color: {c["overdue"]}; font-weight: bold; }}
QFrame[role="card"] {{ background: {c["card"]}; border: 1px solid #dde3e0; border-radius: 8px; }}
QPushButton[role="primary"] {{ background: {c["accent"]}; color: {c["accent_text"]};
    border-radius: 6px; padding: 6px 18px; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: #9fb8b0; }}
"""
