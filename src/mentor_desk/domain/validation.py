"""Turning untrusted JSON into records, and records back into canonical JSON.

Every message names the field (table.field) and says what is wrong in Thai and English.
Values are normalised on the way in (NFC, display break hints removed, vocabulary order),
so equal data always has one stored form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.fields import FieldSpec, Kind
from mentor_desk.domain.ids import is_valid_id, short_code
from mentor_desk.domain.records import RECORD_TYPES, Photo, Record, field_specs
from mentor_desk.domain.thai_words import strip_break_hints

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
MAX_LIST_ITEMS = 500
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
CONTROL_CHARACTERS_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f]")


def check_table(table: str) -> type[Record]:
    """The record class of a table name, or a ValidationError naming the known tables."""
    try:
        return RECORD_TYPES[table]
    except (KeyError, TypeError):
        known = ", ".join(RECORD_TYPES)
        raise ValidationError(
            str(table), "ไม่รู้จักตารางนี้", f"unknown table; expected one of {known}"
        ) from None


def parse_changes(table: str, obj: object) -> dict[str, Any]:
    """Validate the fields present in a JSON object; returns normalised values by field name.

    `id` and `code` are checked (a code must match the id) but not returned.
    """
    check_table(table)
    if not isinstance(obj, Mapping):
        raise ValidationError(table, "ข้อมูลต้องเป็นออบเจ็กต์ JSON", "the record must be a JSON object")
    specs = field_specs(table)
    record_id = obj.get("id")
    if record_id is not None and not (isinstance(record_id, str) and is_valid_id(record_id)):
        raise ValidationError(f"{table}.id", "รหัสระเบียนไม่ถูกต้อง", "id must be a lowercase UUID")
    if "code" in obj and (record_id is None or obj["code"] != short_code(record_id)):
        raise ValidationError(
            f"{table}.code", "รหัสย่อไม่ตรงกับรหัสระเบียน", "code must be the one derived from id"
        )
    changes: dict[str, Any] = {}
    for name, value in obj.items():
        if name in ("id", "code"):
            continue
        spec = specs.get(name)
        if spec is None:
            raise ValidationError(f"{table}.{name}", "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        changes[name] = parse_value(f"{table}.{name}", spec, value)
    return changes


def build_record(table: str, record_id: str, values: Mapping[str, Any]) -> Record:
    """Make a record from normalised values and check it as a whole (required fields, dates)."""
    cls = check_table(table)
    record = cls(id=record_id, **values)
    check_record(record)
    return record


def check_record(record: Record) -> None:
    """Whole-record rules: required fields present, date ranges in order, area codes agree."""
    table = record.TABLE
    for name, spec in field_specs(table).items():
        value = getattr(record, name)
        if spec.required and (value is None or value == ""):
            raise ValidationError(f"{table}.{name}", "ต้องกรอกช่องนี้", "this field is required")
    _check_order(record, "date", "next_visit_date", "วันนัดครั้งถัดไปต้องไม่ก่อนวันที่เยี่ยม")
    _check_order(record, "period_start", "period_end", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น")
    _check_area(record)


def value_to_json(spec: FieldSpec, value: Any) -> Any:
    """The JSON form of one field value (photos as objects, tuples as lists)."""
    if spec.kind is Kind.PHOTOS:
        return [{"sha256": p.sha256, "caption": p.caption} for p in value]
    if isinstance(value, tuple):
        return list(value)
    return value


def record_to_json(record: Record) -> dict[str, Any]:
    """The canonical JSON form of a record: what `dump` prints and `put` accepts back."""
    out: dict[str, Any] = {"id": record.id, "code": record.code}
    for name, spec in field_specs(record.TABLE).items():
        out[name] = value_to_json(spec, getattr(record, name))
    return out


def record_from_json(table: str, obj: object) -> Record:
    """Parse a complete record (a new one gets no id here: the caller supplies it)."""
    changes = parse_changes(table, obj)
    assert isinstance(obj, Mapping)
    record_id = obj.get("id")
    if record_id is None:
        raise ValidationError(f"{table}.id", "ต้องมีรหัสระเบียน", "id is required")
    return build_record(table, record_id, changes)


def replace(record: Record, changes: Mapping[str, Any]) -> Record:
    """A copy of a record with some fields changed, checked as a whole."""
    updated = dataclasses.replace(record, **changes)
    check_record(updated)
    return updated


def parse_value(where: str, spec: FieldSpec, value: object) -> Any:
    """Validate and normalise one field value; raises ValidationError naming `where`."""
    parser = _PARSERS[spec.kind]
    return parser(where, spec, value)


def _fail(where: str, th: str, en: str) -> ValidationError:
    return ValidationError(where, th, en)


def _parse_text(where: str, spec: FieldSpec, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(where, "ต้องเป็นข้อความ", f"expected text, got {type(value).__name__}")
    value = unicodedata.normalize("NFC", strip_break_hints(value))
    pattern = CONTROL_CHARACTERS if spec.multiline else CONTROL_CHARACTERS_SINGLE_LINE
    if pattern.search(value):
        raise _fail(where, "มีอักขระควบคุมที่ไม่อนุญาต", "contains control characters")
    if len(value) > spec.max_length:
        raise _fail(
            where,
            f"ข้อความยาวเกิน {spec.max_length:,} ตัวอักษร",
            f"text longer than {spec.max_length:,} characters",
        )
    if where.endswith(".national_id") and value and not _valid_national_id(value):
        raise _fail(where, "เลขประจำตัวประชาชนไม่ถูกต้อง", "not a valid 13-digit national id")
    return value


def _parse_int(where: str, spec: FieldSpec, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "ต้องเป็นจำนวนเต็ม", f"expected an integer, got {value!r:.40}")
    _check_bounds(where, spec, value)
    return value


def _parse_float(where: str, spec: FieldSpec, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, "ต้องเป็นตัวเลข", f"expected a number, got {value!r:.40}")
    if not math.isfinite(value):
        raise _fail(where, "ต้องเป็นตัวเลขที่มีค่าจำกัด", "number must be finite")
    _check_bounds(where, spec, value)
    return float(value)


def _check_bounds(where: str, spec: FieldSpec, value: float) -> None:
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise _fail(
            where, f"ต้องอยู่ระหว่าง {low:g} ถึง {high:g}", f"must be between {low:g} and {high:g}"
        )


def _parse_bool(where: str, spec: FieldSpec, value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "ต้องเป็น true หรือ false", f"expected true or false, got {value!r:.40}")
    return value


def _parse_date(where: str, spec: FieldSpec, value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not ISO_DATE.match(value):
        raise _fail(
            where, "วันที่ต้องอยู่ในรูป ปปปป-ดด-วว (ค.ศ.)", f"expected YYYY-MM-DD, got {value!r:.40}"
        )
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(where, "ไม่มีวันที่นี้ในปฏิทิน", f"no such date: {value}") from None
    if day.year > LATEST_YEAR:
        raise _fail(where, "ปีดูเหมือนเป็น พ.ศ. ข้อมูลต้องใช้ ค.ศ.", "year looks Buddhist Era; store CE")
    if day.year < EARLIEST_YEAR:
        raise _fail(where, "ปีเก่าเกินไป", f"year before {EARLIEST_YEAR}")
    return value


def _parse_choice(where: str, spec: FieldSpec, value: object) -> str | None:
    assert spec.vocabulary is not None
    if value is None and not spec.required:
        return None
    if not isinstance(value, str) or value not in spec.vocabulary.keys():  # noqa: SIM118
        allowed = ", ".join(spec.vocabulary.keys())
        raise _fail(where, "ค่าไม่อยู่ในรายการที่กำหนด", f"{value!r:.40} is not one of {allowed}")
    return value


def _parse_list(where: str, value: object) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(where, "ต้องเป็นรายการ", f"expected a list, got {type(value).__name__}")
    if len(value) > MAX_LIST_ITEMS:
        raise _fail(where, "รายการยาวเกินไป", f"more than {MAX_LIST_ITEMS} items")
    return value


def _parse_choices(where: str, spec: FieldSpec, value: object) -> tuple[str, ...]:
    assert spec.vocabulary is not None
    keys = spec.vocabulary.keys()
    items = _parse_list(where, value)
    for item in items:
        if not isinstance(item, str) or item not in keys:
            raise _fail(
                where, "ค่าไม่อยู่ในรายการที่กำหนด", f"{item!r:.40} is not one of {', '.join(keys)}"
            )
    chosen = set(items)
    return tuple(k for k in keys if k in chosen)


def _parse_ref(where: str, spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str) or not is_valid_id(value):
        raise _fail(where, "ต้องเป็นรหัสระเบียน (UUID)", f"expected a record id, got {value!r:.40}")
    return value


def _parse_refs(where: str, spec: FieldSpec, value: object) -> tuple[str, ...]:
    items = _parse_list(where, value)
    for item in items:
        _parse_ref(where, spec, item)
    return tuple(sorted(set(items)))


def _parse_photos(where: str, spec: FieldSpec, value: object) -> tuple[Photo, ...]:
    photos: list[Photo] = []
    seen: set[str] = set()
    for item in _parse_list(where, value):
        if not isinstance(item, Mapping) or set(item) - {"sha256", "caption"}:
            raise _fail(where, "รูปภาพต้องมี sha256 และ caption", "photo must be {sha256, caption}")
        sha = item.get("sha256")
        if not isinstance(sha, str) or not SHA256_HEX.match(sha):
            raise _fail(where, "รหัสรูปภาพไม่ถูกต้อง", "sha256 must be 64 lowercase hex digits")
        caption = _parse_text(where + ".caption", _CAPTION, item.get("caption", ""))
        if sha not in seen:
            seen.add(sha)
            photos.append(Photo(sha, caption))
    return tuple(photos)


_CAPTION = FieldSpec(Kind.TEXT, "คำบรรยายภาพ", "Caption", max_length=500)
_PARSERS = {
    Kind.TEXT: _parse_text,
    Kind.INT: _parse_int,
    Kind.FLOAT: _parse_float,
    Kind.BOOL: _parse_bool,
    Kind.DATE: _parse_date,
    Kind.CHOICE: _parse_choice,
    Kind.CHOICES: _parse_choices,
    Kind.REF: _parse_ref,
    Kind.REFS: _parse_refs,
    Kind.PHOTOS: _parse_photos,
}


def _valid_national_id(value: str) -> bool:
    if len(value) != 13 or not value.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(value[:12]))
    return (11 - total % 11) % 10 == int(value[12])


def _check_order(record: Record, first: str, second: str, message_th: str) -> None:
    start, end = getattr(record, first, None), getattr(record, second, None)
    if start and end and end < start:
        raise ValidationError(f"{record.TABLE}.{second}", message_th, f"{second} is before {first}")


def _check_area(record: Record) -> None:
    import geothai

    table = record.TABLE
    province = getattr(record, "province_code", "")
    district = getattr(record, "district_code", "")
    subdistrict = getattr(record, "subdistrict_code", "")
    if subdistrict and geothai.subdistrict(subdistrict) is None:
        raise ValidationError(
            f"{table}.subdistrict_code", "ไม่พบรหัสตำบลนี้", "unknown subdistrict code"
        )
    if district and geothai.district(district) is None:
        raise ValidationError(f"{table}.district_code", "ไม่พบรหัสอำเภอนี้", "unknown district code")
    if province and geothai.province(province) is None:
        raise ValidationError(f"{table}.province_code", "ไม่พบรหัสจังหวัดนี้", "unknown province code")
    if subdistrict and district and not subdistrict.startswith(district):
        raise ValidationError(
            f"{table}.subdistrict_code", "ตำบลไม่อยู่ในอำเภอที่เลือก", "subdistrict is not in district"
        )
    if district and province and not district.startswith(province):
        raise ValidationError(
            f"{table}.district_code", "อำเภอไม่อยู่ในจังหวัดที่เลือก", "district is not in province"
        )
