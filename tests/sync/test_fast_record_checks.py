"""The short paths used when reading many records give exactly what the full checks give:
per-field value checkers against `parse_value`, and the byte-level nesting check of the
strict JSON loader against a walk of the parsed value."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.domain.validation import parse_value, value_to_json
from mentor_desk.domain.value_checks import json_value_checker
from mentor_desk.sync.strict_json import JsonRejected, loads_strict

FIELDS = [(table, name, spec) for table in TABLES for name, spec in field_specs(table).items()]
VOCABULARY_KEYS = sorted(
    {key for _, _, spec in FIELDS if spec.vocabulary for key in spec.vocabulary.keys()}  # noqa: SIM118
)
TEXTS = st.text(alphabet=st.sampled_from(list("กขคงจ ฉัาิ่้ำ\u200b\u0e40\n\t\x01aZ9-")), max_size=30)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=3000),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXTS,
    st.sampled_from(
        [
            "",
            "2026-11-02",
            "2026-02-30",
            "2569-01-01",
            "1899-12-31",
            "3a7c2b4e-1f0d-4c5b-9e8a-7d6c5b4a3f21",
            "3A7C2B4E-1F0D-4C5B-9E8A-7D6C5B4A3F21",
            "1101700230708",
            "x" * 20_001,
            *VOCABULARY_KEYS,
        ]
    ),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=4),
    st.lists(st.sampled_from(VOCABULARY_KEYS), max_size=6),
    st.lists(st.fixed_dictionaries({"sha256": st.just("a" * 64), "caption": TEXTS}), max_size=2),
)


def _outcome(action: Any) -> tuple[str, Any]:
    try:
        return "ok", action()
    except ValidationError as error:
        return "refused", (error.field, error.reason_th, error.detail)


@settings(max_examples=400, deadline=None)
@given(field=st.sampled_from(FIELDS), value=VALUES)
def test_field_checkers_agree_with_the_full_checks(field: tuple, value: Any) -> None:
    table, name, spec = field
    where = f"{table}.{name}"
    check = json_value_checker(where, spec)
    expected = _outcome(lambda: value_to_json(spec, parse_value(where, spec, value)))
    assert _outcome(lambda: check(value)) == expected
    assert _outcome(lambda: check(value)) == expected  # and again, once remembered


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.integers(-(2**63), 2**63 - 1),
        st.text(alphabet='[]{}"\\ab\u0e01', max_size=6),
    ),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(alphabet='[{"\\k', max_size=3), children, max_size=3)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(value=JSON_VALUES, max_depth=st.integers(min_value=1, max_value=6))
def test_nesting_limit_counts_brackets_outside_strings_only(value: Any, max_depth: int) -> None:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    if _depth(value) <= max_depth:
        assert loads_strict(data, max_depth=max_depth) == value
    else:
        with pytest.raises(JsonRejected, match="nesting deeper"):
            loads_strict(data, max_depth=max_depth)


@pytest.mark.parametrize(
    "text",
    ["[9223372036854775807]", "[-9223372036854775808]", '{"a":123456789012345678}'],
)
def test_integers_at_the_edge_of_64_bits_are_read(text: str) -> None:
    assert loads_strict(text.encode(), max_depth=4) == json.loads(text)


@pytest.mark.parametrize(
    "text", ["[9223372036854775808]", "[-9223372036854775809]", '{"a":1,"a":2}', "[NaN]"]
)
def test_out_of_range_integers_duplicates_and_nan_are_refused(text: str) -> None:
    with pytest.raises(JsonRejected):
        loads_strict(text.encode(), max_depth=4)
