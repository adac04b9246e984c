"""Record states as lines of a bundle's records.jsonl, and the strict check of every line.

The allow-list is the data model itself: a line naming a table or field the model does not
have, or holding a value its field would not accept, refuses the whole file. The schema is
never altered by a bundle.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeGuard

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.ids import is_valid_id
from mentor_desk.domain.merge import Entry, RecordState
from mentor_desk.domain.records import RECORD_TYPES, field_specs
from mentor_desk.domain.validation import parse_value, value_to_json
from mentor_desk.sync.errors import InvalidRecordError
from mentor_desk.sync.keys import is_device_id

LINE_KEYS = {"table", "id", "cl", "seen", "fields", "deleted_seen", "erased"}
MAX_STAMP = (1 << 63) - 1
MAX_DEVICES = 64
MAX_ENTRIES = 16


def state_to_json(state: RecordState) -> dict[str, Any]:
    """A state as one JSON object (one line of records.jsonl)."""
    out: dict[str, Any] = {
        "table": state.table,
        "id": state.id,
        "cl": state.cl,
        "seen": dict(state.seen),
        "fields": {name: [list(e) for e in entries] for name, entries in state.fields.items()},
    }
    if state.deleted_seen:
        out["deleted_seen"] = dict(state.deleted_seen)
    if state.erased:
        out["erased"] = state.erased
    return out


def dumps_state(state: RecordState) -> str:
    return json.dumps(
        state_to_json(state), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def state_from_json(obj: object, *, line: int) -> RecordState:
    """Check one line against the data model; raises InvalidRecordError naming the problem."""
    try:
        return _parse(obj)
    except ValidationError as error:
        raise InvalidRecordError(
            f"record {line}: {error.detail}",
            message_th=f"ข้อมูลรายการที่ {line} ในไฟล์ไม่ถูกต้อง: {error.reason_th}",
        ) from error


def _parse(obj: object) -> RecordState:
    if not isinstance(obj, Mapping):
        raise ValidationError("record", "ไม่ใช่ออบเจ็กต์ JSON", "not a JSON object")
    unknown = set(obj) - LINE_KEYS
    if unknown:
        raise ValidationError("record", "มีคีย์ที่ไม่รู้จัก", f"unknown keys {sorted(unknown)}")
    table = obj.get("table")
    if not isinstance(table, str) or table not in RECORD_TYPES:
        raise ValidationError("record.table", "ไม่รู้จักตารางนี้", f"unknown table {table!r:.40}")
    record_id = obj.get("id")
    if not isinstance(record_id, str) or not is_valid_id(record_id):
        raise ValidationError(f"{table}.id", "รหัสระเบียนไม่ถูกต้อง", "id is not a UUID")
    cl = obj.get("cl")
    if not _is_stamp(cl) or cl < 1:
        raise ValidationError(f"{table}.cl", "ค่าลำดับการลบไม่ถูกต้อง", "cl must be a positive integer")
    seen = _vector(table, "seen", obj.get("seen"))
    deleted_seen = _vector(table, "deleted_seen", obj.get("deleted_seen", {}))
    erased = obj.get("erased", 0)
    if not _is_stamp(erased):
        raise ValidationError(f"{table}.erased", "ค่าการลบถาวรไม่ถูกต้อง", "erased must be a stamp")
    raw_fields = obj.get("fields")
    if not isinstance(raw_fields, Mapping):
        raise ValidationError(f"{table}.fields", "ไม่มีข้อมูลช่อง", "fields must be an object")
    specs = field_specs(table)
    fields: dict[str, tuple[Entry, ...]] = {}
    for name, raw_entries in raw_fields.items():
        spec = specs.get(name)
        if spec is None:
            raise ValidationError(f"{table}.{name}", "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        if not isinstance(raw_entries, list) or not 1 <= len(raw_entries) <= MAX_ENTRIES:
            raise ValidationError(f"{table}.{name}", "รูปแบบข้อมูลไม่ถูกต้อง", "bad entry list")
        entries: list[Entry] = []
        for raw in raw_entries:
            if not isinstance(raw, list) or len(raw) != 3:
                raise ValidationError(f"{table}.{name}", "รูปแบบข้อมูลไม่ถูกต้อง", "bad entry")
            stamp, device, value = raw
            if not _is_stamp(stamp) or not is_device_like(device):
                raise ValidationError(f"{table}.{name}", "เวลาหรืออุปกรณ์ไม่ถูกต้อง", "bad stamp")
            entries.append((stamp, device, _normal_value(f"{table}.{name}", spec, value)))
        fields[name] = tuple(sorted(entries, key=lambda e: (e[0], e[1]), reverse=True))
    return RecordState(table, record_id, cl, seen, fields, deleted_seen, erased)


def is_device_like(value: object) -> bool:
    """Field stamps name the writing database's device id (16 lowercase hex characters)."""
    return is_device_id(value)


def _normal_value(where: str, spec: Any, value: object) -> Any:
    return value_to_json(spec, parse_value(where, spec, value))


def _vector(table: str, name: str, value: object) -> dict[str, int]:
    if not isinstance(value, Mapping) or len(value) > MAX_DEVICES:
        raise ValidationError(f"{table}.{name}", "ข้อมูลเวลาไม่ถูกต้อง", f"{name} must be an object")
    for device, stamp in value.items():
        if not is_device_like(device) or not _is_stamp(stamp):
            raise ValidationError(f"{table}.{name}", "ข้อมูลเวลาไม่ถูกต้อง", f"bad {name} entry")
    return dict(sorted(value.items()))


def _is_stamp(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_STAMP
