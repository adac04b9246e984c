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
SIDEBAR_WIDTH = 210  # the least; wider when the titles need it (larger text)
SIDEBAR_SLACK = 24  # beside the longest title: the selected item's margins
SPACING = 10
MARGIN = 16
THUMBNAIL_SIZE = 96
EDITOR_MAX_WIDTH = 980
CONTROL_WIDTH = 320  # combo boxes and short inputs on settings-like forms
DIALOG_MIN_WIDTH = 560

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
DATE_TYPING_PAUSE_MS = 400  # a dashboard waits this long after a date was typed
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


# Library screens (activities, lessons, search).
LIST_PANE_WIDTH = 540  # the list beside an editor, at first show (the splitter can move it)
EDITOR_PANE_WIDTH = 620
LIST_KIND_COLUMN_WIDTH = 150  # a list's "kind" column; longer labels end in "…"
LIST_ROW_PADDING = 8  # extra height of a list row, so Thai marks above and below never clip
LONG_TEXT_MIN_LINES = 3  # a long-text box shows at least this many lines, grows to the max
LONG_TEXT_MAX_LINES = 14
SECTION_TEXT_MIN_LINES = 5  # the lesson template's sections start a little taller
LONG_TEXT_LINE_HEIGHT = 135  # percent: Thai marks above and below need room between lines
PICKER_VISIBLE_ROWS = 5  # rows of a searchable multi-select list
SEARCH_RESULT_PADDING = 8  # around each search result's title and snippet
SEARCH_BOX_MAX_WIDTH = 720

# Households and visit screens.
CONFIRMATION_MS = 8000  # how long "saved" stays at the top of a page before it fades
NEXT_VISIT_DEFAULT_DAYS = 14  # the next visit is suggested two weeks after this one
PICKER_SUGGESTIONS = 20  # households offered by the visit form's type-ahead picker
TEXT_BOX_LINES = 4  # height of a long-text box, in lines of text
SHORT_TEXT_BOX_LINES = 2
TEXT_BOX_MARGIN = 14  # frame and padding of a text box, added to its lines
BADGE_RADIUS = 6
BADGE_PADDING = (2, 10)  # vertical, horizontal (px) of a coloured risk or status badge
# Household list columns in widths of the letter M, so they grow with the text size:
# code, risk, status, last visit (the head of household and the address share the rest).
HOUSEHOLD_COLUMN_EMS = (6, 7, 8.5, 10)
MEMBER_TABLE_ROWS = 5  # rows the members table shows before it scrolls
DETAIL_SIDE_STRETCH = (5, 4)  # household detail: facts and members | timeline
VISIT_TOPIC_COLUMNS = 3
VISIT_FORM_MAX_WIDTH = 1000  # the visit form stays readable on wide screens
SHORT_FIELD_WIDTH = 240  # dates and short choices in the visit form
DIALOG_MIN_WIDTH = 520  # the member dialog

# Send / receive and review screens.
SYNC_FOLDER_SCAN_MS = 30_000  # while the send/receive screen is shown, look for new files
FINGERPRINT_GAP = "  "  # between groups of a fingerprint, read aloud over the phone
FINGERPRINT_GROUPS_PER_LINE = 3  # 1234 5678 9012 / 3456 7890 1234
SYNC_CARD_STRETCH = (4, 4, 5)  # this computer | trusted computers | send
TRUSTED_LIST_ROWS = 2  # trusted computers shown before the list scrolls
INCOMING_MIN_ROWS = 3  # the incoming-files table shows at least this many rows
DETAILS_BOX_LINES = 3  # the copyable details of a refused file
PASSPHRASE_MIN_LENGTH = 8  # a personal backup's passphrase
KEY_CARDS_BESIDE_BUNDLE = 50  # key card files looked at beside a file from an unknown computer
REVIEW_LIST_WIDTH = 400  # the inbox list beside the record under review
REVIEW_VALUE_INDENT = 28  # a value's "who and when" line sits under its radio button text
REVIEW_VALUE_ELIDE_CHARS = 80  # a longer value shows in full under its shortened choice

# App lock and privacy settings.
IDLE_LOCK_DEFAULT_MINUTES = 10
IDLE_LOCK_CHOICES = (2, 5, 10, 15, 30, 60)  # minutes without input before the lock shows
IDLE_CHECK_MS = 5_000  # how often the idle time is looked at
LOCK_CARD_WIDTH = 600  # the password card in the middle of the lock screen
LOCK_WAIT_TICK_MS = 1_000  # the "wait N seconds" count after repeated wrong passwords
RETENTION_LIST_ROWS = 12  # households named in the erase confirmation before "and N more"
