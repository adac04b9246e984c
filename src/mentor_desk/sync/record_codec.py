"""Record states as lines of a bundle's records.jsonl, and the strict check of every line.

The allow-list is the data model itself: a line naming a table or field the model does not
have, or holding a value its field would not accept, refuses the whole file. The schema is
never altered by a bundle.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeGuard

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.ids import is_valid_id
from mentor_desk.domain.merge import Entry, RecordState, shared_stamp
from mentor_desk.domain.records import RECORD_TYPES, field_specs
from mentor_desk.domain.value_checks import json_value_checker
from mentor_desk.sync.errors import InvalidRecordError
from mentor_desk.sync.keys import is_device_id

LINE_KEYS = {"table", "id", "cl", "seen", "fields", "stamp", "values", "deleted_seen", "erased"}
MAX_STAMP = (1 << 63) - 1
MAX_DEVICES = 64
MAX_ENTRIES = 16


def state_to_json(state: RecordState) -> dict[str, Any]:
    """A state as one JSON object (one line of records.jsonl).

    Fields written in one go share a stamp: the line names it once as `stamp` and gives
    those fields' values in `values`. `fields` holds the rest, each as its entries
    `[hlc, device, value]` (several while a conflict waits). A field in neither has no
    entry (withheld by a privacy profile, or erased).
    """
    shared = shared_stamp(state.fields.values())
    values: dict[str, Any] = {}
    fields: dict[str, list[list[Any]]] = {}
    for name, entries in state.fields.items():
        if shared is not None and len(entries) == 1 and tuple(entries[0][:2]) == shared:
            values[name] = entries[0][2]
        else:
            fields[name] = [list(e) for e in entries]
    out: dict[str, Any] = {
        "table": state.table,
        "id": state.id,
        "cl": state.cl,
        "seen": dict(state.seen),
    }
    if fields:
        out["fields"] = fields
    if shared is not None:
        out["stamp"] = list(shared)
        out["values"] = values
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
    if not obj.keys() <= LINE_KEYS:
        unknown = set(obj) - LINE_KEYS
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
    checkers = _checkers(table)
    fields: dict[str, tuple[Entry, ...]] = {}
    if "values" in obj or "stamp" in obj:
        _shared_values(table, obj.get("stamp"), obj.get("values"), checkers, fields)
    raw_fields = obj.get("fields", {})
    if not isinstance(raw_fields, Mapping):
        raise ValidationError(f"{table}.fields", "ไม่มีข้อมูลช่อง", "fields must be an object")
    known = _KNOWN_DEVICES
    for name, raw_entries in raw_fields.items():
        check = checkers.get(name)
        if check is None:
            raise ValidationError(f"{table}.{name}", "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        if name in fields:
            raise ValidationError(f"{table}.{name}", "ช่องข้อมูลซ้ำกัน", "field given twice")
        # The usual field, one entry stamped by a device already seen, is checked inline;
        # anything else takes the full path of `_entries`.
        if type(raw_entries) is list and len(raw_entries) == 1:
            raw = raw_entries[0]
            if type(raw) is list and len(raw) == 3:
                stamp, device, value = raw
                if (
                    type(stamp) is int
                    and 0 <= stamp <= MAX_STAMP
                    and type(device) is str
                    and device in known
                ):
                    fields[name] = ((stamp, device, check(value)),)
                    continue
        fields[name] = _entries(f"{table}.{name}", raw_entries, check)
    return RecordState(table, record_id, cl, seen, fields, deleted_seen, erased)


def _shared_values(
    table: str,
    raw_stamp: object,
    raw_values: object,
    checkers: Mapping[str, Callable[[object], Any]],
    fields: dict[str, tuple[Entry, ...]],
) -> None:
    """The fields given in `values`, each stamped with the line's shared `stamp`."""
    if (
        not isinstance(raw_stamp, list)
        or len(raw_stamp) != 2
        or not _is_stamp(raw_stamp[0])
        or not is_device_like(raw_stamp[1])
    ):
        raise ValidationError(f"{table}.stamp", "เวลาหรืออุปกรณ์ไม่ถูกต้อง", "bad shared stamp")
    if not isinstance(raw_values, Mapping):
        raise ValidationError(f"{table}.values", "ไม่มีข้อมูลช่อง", "values must be an object")
    hlc, device = raw_stamp
    for name, value in raw_values.items():
        check = checkers.get(name)
        if check is None:
            raise ValidationError(f"{table}.{name}", "ไม่รู้จักช่องข้อมูลนี้", "unknown field")
        fields[name] = ((hlc, device, check(value)),)


def _entries(where: str, raw_entries: object, check: Callable[[object], Any]) -> tuple[Entry, ...]:
    """One field's entries, checked and sorted newest first."""
    if not isinstance(raw_entries, list) or not 1 <= len(raw_entries) <= MAX_ENTRIES:
        raise ValidationError(where, "รูปแบบข้อมูลไม่ถูกต้อง", "bad entry list")
    entries: list[Entry] = []
    for raw in raw_entries:
        if not isinstance(raw, list) or len(raw) != 3:
            raise ValidationError(where, "รูปแบบข้อมูลไม่ถูกต้อง", "bad entry")
        stamp, device, value = raw
        if not _is_stamp(stamp) or not is_device_like(device):
            raise ValidationError(where, "เวลาหรืออุปกรณ์ไม่ถูกต้อง", "bad stamp")
        entries.append((stamp, device, check(value)))
    entries.sort(key=_entry_stamp, reverse=True)
    return tuple(entries)


@cache
def _checkers(table: str) -> dict[str, Callable[[object], Any]]:
    """Per field of a table, the check-and-normalise function of its values (made once)."""
    return {
        name: json_value_checker(f"{table}.{name}", spec)
        for name, spec in field_specs(table).items()
    }


def _entry_stamp(entry: Entry) -> tuple[int, str]:
    return entry[0], entry[1]


_KNOWN_DEVICES: set[str] = set()  # device ids already checked (a file names only a few)
_KNOWN_DEVICES_LIMIT = 4096


def is_device_like(value: object) -> bool:
    """Field stamps name the writing database's device id (16 lowercase hex characters)."""
    if type(value) is str and value in _KNOWN_DEVICES:
        return True
    if not is_device_id(value):
        return False
    if len(_KNOWN_DEVICES) < _KNOWN_DEVICES_LIMIT:
        _KNOWN_DEVICES.add(value)
    return True


def _vector(table: str, name: str, value: object) -> dict[str, int]:
    if type(value) is dict and len(value) <= 1:  # the usual vector: empty, or one device
        if not value:
            return {}
        ((device, stamp),) = value.items()
        if (
            type(device) is str
            and device in _KNOWN_DEVICES
            and type(stamp) is int
            and 0 <= stamp <= MAX_STAMP
        ):
            return {device: stamp}
    if not isinstance(value, Mapping) or len(value) > MAX_DEVICES:
        raise ValidationError(f"{table}.{name}", "ข้อมูลเวลาไม่ถูกต้อง", f"{name} must be an object")
    for device, stamp in value.items():
        if not is_device_like(device) or not _is_stamp(stamp):
            raise ValidationError(f"{table}.{name}", "ข้อมูลเวลาไม่ถูกต้อง", f"bad {name} entry")
    return dict(sorted(value.items()))


def _is_stamp(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_STAMP
