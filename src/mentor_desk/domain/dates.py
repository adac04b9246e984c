"""Buddhist Era (พ.ศ.) dates: ISO in storage, BE on screen and paper."""

from __future__ import annotations

import datetime as dt

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def be_year(year_ce: int) -> int:
    """The Buddhist Era year of a Common Era year (2026 → 2569)."""
    return year_ce + BE_OFFSET


def ce_year(year_be: int) -> int:
    """The Common Era year of a Buddhist Era year (2569 → 2026)."""
    return year_be - BE_OFFSET


def parse_iso(text: str) -> dt.date:
    """Parse a stored ISO date (YYYY-MM-DD); raises ValueError on anything else."""
    return dt.date.fromisoformat(text)


def format_date(day: dt.date, *, language: str = "th", style: str = "short") -> str:
    """Format a date for people: '22 พ.ย. 2569' (short) or '22 พฤศจิกายน 2569' (long) in Thai.

    English keeps the BE year too ('22 Nov 2569 BE'), because the records are Thai records.
    """
    if language == "th":
        months = THAI_MONTHS if style == "long" else THAI_MONTHS_SHORT
        return f"{day.day} {months[day.month - 1]} {be_year(day.year)}"
    return f"{day.day} {ENGLISH_MONTHS_SHORT[day.month - 1]} {be_year(day.year)} BE"


def format_iso(text: str | None, *, language: str = "th", style: str = "short") -> str:
    """Format a stored ISO date, or return an empty string for a missing one."""
    if not text:
        return ""
    return format_date(parse_iso(text), language=language, style=style)


def thai_digits(text: str) -> str:
    """Replace Arabic digits by Thai digits (๐–๙), for page numbers and formal prints."""
    return text.translate(THAI_DIGITS)
