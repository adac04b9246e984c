"""Records to table rows and back: lists and photos as JSON text, booleans as 0/1."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from mentor_desk.domain.fields import FieldSpec, Kind
from mentor_desk.domain.records import RECORD_TYPES, Photo, Record, field_specs

JSON_KINDS = (Kind.CHOICES, Kind.REFS, Kind.PHOTOS)  # stored as JSON text


@cache
def data_columns(table: str) -> tuple[str, ...]:
    """The columns holding a table's fields, in declaration order (id not included)."""
    return tuple(field_specs(table))


@cache
def select_list(table: str) -> str:
    """`id, field1, field2, ...` for SELECTs that feed `record_from_row`."""
    return ", ".join(("id", *data_columns(table)))


def to_column(spec: FieldSpec, value: Any) -> Any:
    """The SQLite value of one field."""
    if spec.kind is Kind.PHOTOS:
        return json.dumps(
            [{"sha256": p.sha256, "caption": p.caption} for p in value], ensure_ascii=False
        )
    if spec.kind in JSON_KINDS:
        return json.dumps(list(value), ensure_ascii=False)
    if spec.kind is Kind.BOOL:
        return int(value)
    return value


def json_to_column(spec: FieldSpec, value: Any) -> Any:
    """The SQLite value of a field from its (already validated) JSON form."""
    if spec.kind in JSON_KINDS:
        return json.dumps(value, ensure_ascii=False)
    if spec.kind is Kind.BOOL:
        return int(value)
    return value


def from_column(spec: FieldSpec, value: Any) -> Any:
    """The field value of one SQLite value."""
    if spec.kind is Kind.PHOTOS:
        return tuple(Photo(p["sha256"], p.get("caption", "")) for p in json.loads(value))
    if spec.kind in JSON_KINDS:
        return tuple(json.loads(value))
    if spec.kind is Kind.BOOL:
        return bool(value)
    return value


def to_row(record: Record) -> dict[str, Any]:
    """Column values of a record, id included."""
    row: dict[str, Any] = {"id": record.id}
    for name, spec in field_specs(record.TABLE).items():
        row[name] = to_column(spec, getattr(record, name))
    return row


def record_from_row(table: str, row: Sequence[Any] | Mapping[str, Any]) -> Record:
    """A record from a row selected with `select_list(table)` (tuple) or by name (mapping)."""
    specs = field_specs(table)
    if isinstance(row, Mapping):
        values = {name: from_column(spec, row[name]) for name, spec in specs.items()}
        record_id = row["id"]
    else:
        values = {
            name: from_column(spec, value)
            for (name, spec), value in zip(specs.items(), row[1:], strict=True)
        }
        record_id = row[0]
    return RECORD_TYPES[table](id=record_id, **values)
