"""How the review inbox writes values, people, moments and records for people: field
labels in the screen's language, vocabulary labels, Buddhist Era dates and times.

GUI thread (it reads the current language and translates).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentor_desk.domain.dates import format_date, format_iso
from mentor_desk.domain.fields import Kind
from mentor_desk.domain.ids import short_code
from mentor_desk.domain.records import field_specs
from mentor_desk.store.review_queries import Deletion, ReviewItem, WrittenValue
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.sync.device_jobs import SHORT_ID_CHARS


def field_label(table: str, name: str) -> str:
    """The field's label in the screen's language ('ชื่อหัวหน้าครอบครัว')."""
    return field_specs(table)[name].label(current_language())


def is_text_field(table: str, name: str) -> bool:
    """Whether a person can write a merged value for this field (free text)."""
    return field_specs(table)[name].kind is Kind.TEXT


def format_value(table: str, name: str, value: Any) -> str:
    """A field's JSON value as people read it."""
    spec = field_specs(table)[name]
    language = current_language()
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ReviewValues", "(empty)")
    if spec.kind is Kind.BOOL:
        if value:
            return QCoreApplication.translate("ReviewValues", "Yes")
        return QCoreApplication.translate("ReviewValues", "No")
    if spec.kind is Kind.DATE:
        return format_iso(str(value), language=language, style="long")
    if spec.kind is Kind.CHOICE and spec.vocabulary is not None:
        return spec.vocabulary.label(str(value), language)
    if spec.kind is Kind.CHOICES and spec.vocabulary is not None:
        return ", ".join(spec.vocabulary.label(str(key), language) for key in value)
    if spec.kind is Kind.REF:
        return QCoreApplication.translate("ReviewValues", "record %1").replace(
            "%1", short_code(value)
        )
    if spec.kind is Kind.REFS:
        return ", ".join(short_code(str(ref)) for ref in value)
    if spec.kind is Kind.PHOTOS:
        photos = len(value)  # a variable: lupdate misses a call inside translate()
        count = QCoreApplication.translate("ReviewValues", "%n photo(s)", None, photos)
        captions = [str(p.get("caption", "")) for p in value if p.get("caption")]
        return f"{count}: {', '.join(captions)}" if captions else count
    if spec.kind is Kind.FLOAT:
        return f"{value:g}"
    return str(value)


def format_moment(millis: int) -> str:
    """A moment in local time with a Buddhist Era date: '14 พ.ค. 2569 เวลา 14:05 น.'."""
    moment = dt.datetime.fromtimestamp(millis / 1000)
    day = format_date(moment.date(), language=current_language())
    return (
        QCoreApplication.translate("ReviewValues", "%1 at %2")
        .replace("%1", day)
        .replace("%2", moment.strftime("%H:%M"))
    )


def writer_name(written: WrittenValue | Deletion) -> str:
    """Who wrote a value (or deleted a record): a name, this computer, or a computer id."""
    if written.writer:
        return written.writer
    if written.local:
        return QCoreApplication.translate("ReviewValues", "this computer")
    return QCoreApplication.translate("ReviewValues", "computer %1").replace(
        "%1", written.device[:SHORT_ID_CHARS]
    )


def provenance(written: WrittenValue) -> str:
    """'by ครูสมศรี · 14 พ.ค. 2569 เวลา 14:05 น.', and on a second line 'from file …'."""
    parts = [
        QCoreApplication.translate("ReviewValues", "by %1").replace("%1", writer_name(written)),
        format_moment(written.written_ms),
    ]
    line = " · ".join(parts)
    if written.file_name and not written.local:
        source = QCoreApplication.translate("ReviewValues", "from file %1")
        line += "\n" + source.replace("%1", written.file_name)
    return line


def kind_of_record(table: str) -> str:
    """'Household', 'Visit', … in the screen's language."""
    names = {
        "households": QCoreApplication.translate("ReviewValues", "Household"),
        "members": QCoreApplication.translate("ReviewValues", "Family member"),
        "visits": QCoreApplication.translate("ReviewValues", "Visit"),
        "activities": QCoreApplication.translate("ReviewValues", "Activity"),
        "lessons": QCoreApplication.translate("ReviewValues", "Lesson"),
    }
    return names.get(table, table)


def record_title(item: ReviewItem) -> str:
    """A record as people know it: 'การเยี่ยมบ้าน 14 พ.ค. 2569 · นางบัวผัน ศรีสุข · บ้านนา'."""
    name = item.title or QCoreApplication.translate("ReviewValues", "code %1").replace(
        "%1", item.code
    )
    kind = kind_of_record(item.table)
    if item.table == "visits" and item.date:
        kind = f"{kind} {format_iso(item.date, language=current_language())}"
    return " · ".join(part for part in (kind, name, item.context) if part)
