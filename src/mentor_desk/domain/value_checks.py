"""Checking many field values fast, for reading bundles: one function per field, made once.

Each does exactly what `value_to_json(spec, parse_value(where, spec, value))` does. The
common valid values take a short path; everything else, every refusal included, goes
through the full check in `mentor_desk.domain.validation`, so messages are the same.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from mentor_desk.domain.fields import FieldSpec, Kind
from mentor_desk.domain.ids import is_valid_id
from mentor_desk.domain.thai_words import ZERO_WIDTH_SPACE
from mentor_desk.domain.validation import (
    CONTROL_CHARACTERS,
    CONTROL_CHARACTERS_SINGLE_LINE,
    MAX_LIST_ITEMS,
    parse_value,
    value_to_json,
)

_KNOWN_LIMIT = 100_000  # dates remembered per field (a file holds a few hundred at most)


def json_value_checker(where: str, spec: FieldSpec) -> Callable[[object], Any]:
    """A function doing what `value_to_json(spec, parse_value(where, spec, value))` does,
    made once per field for reading many values (bundles): the common valid values take a
    short path, everything else (including every refusal) the full one."""

    def full(value: object) -> Any:
        return value_to_json(spec, parse_value(where, spec, value))

    kind = spec.kind
    if kind is Kind.TEXT:
        pattern = CONTROL_CHARACTERS if spec.multiline else CONTROL_CHARACTERS_SINGLE_LINE
        limit, national_id = spec.max_length, where.endswith(".national_id")
        normalize = unicodedata.normalize

        def text(value: object) -> Any:
            if value is None or value == "":
                return ""
            if type(value) is not str or national_id:
                return full(value)
            clean = value.replace(ZERO_WIDTH_SPACE, "") if ZERO_WIDTH_SPACE in value else value
            clean = normalize("NFC", clean)
            if len(clean) > limit or pattern.search(clean):
                return full(value)
            return clean

        return text
    if kind is Kind.INT:
        low, high = spec.minimum, spec.maximum

        def integer(value: object) -> Any:
            if value is None:
                return None
            if (
                type(value) is int
                and (low is None or value >= low)
                and (high is None or value <= high)
            ):
                return value
            return full(value)

        return integer
    if kind is Kind.FLOAT:
        return lambda value: None if value is None else full(value)
    if kind is Kind.DATE:
        known: set[str] = set()  # dates already checked: a file holds a few hundred at most

        def date(value: object) -> Any:
            if value is None or value == "":
                return None
            if type(value) is str and value in known:
                return value
            checked = full(value)
            if len(known) < _KNOWN_LIMIT:
                known.add(checked)
            return checked

        return date
    if kind is Kind.BOOL:
        return lambda value: value if value is True or value is False else full(value)
    if kind is Kind.CHOICE:
        assert spec.vocabulary is not None
        keys = frozenset(spec.vocabulary.keys())
        optional = not spec.required
        return lambda value: (
            value
            if type(value) is str and value in keys
            else None
            if value is None and optional
            else full(value)
        )
    if kind is Kind.CHOICES:
        assert spec.vocabulary is not None
        ordered = spec.vocabulary.keys()
        allowed = frozenset(ordered)

        def choices(value: object) -> Any:
            if (
                type(value) is list
                and len(value) <= MAX_LIST_ITEMS
                and all(type(item) is str for item in value)
                and allowed.issuperset(value)
            ):
                chosen = set(value)
                return [key for key in ordered if key in chosen]
            return full(value)

        return choices
    if kind is Kind.REF:
        return lambda value: value if is_valid_id(value) else full(value)
    if kind is Kind.REFS:

        def refs(value: object) -> Any:
            if (
                type(value) is list
                and len(value) <= MAX_LIST_ITEMS
                and all(is_valid_id(item) for item in value)
            ):
                return sorted(set(value))
            return [] if value is None else full(value)

        return refs
    if kind is Kind.PHOTOS:
        return lambda value: [] if value is None or value == [] else full(value)
    return full
