"""The strict JSON subset: what bundles may contain, and that writer and reader agree on it."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentor_desk.sync.strict_json import (
    INT64_MAX,
    INT64_MIN,
    JsonRejected,
    canonical_json,
    check_json_value,
    loads_strict,
)

DEPTH = 16

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=INT64_MIN, max_value=INT64_MAX)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=100)
@given(json_values)
def test_canonical_json_round_trips_through_the_strict_loader(value: Any) -> None:
    assert loads_strict(canonical_json(value, max_depth=DEPTH), max_depth=DEPTH) == value


def test_canonical_json_sorts_keys_keeps_thai_and_has_no_spaces() -> None:
    text = canonical_json({"b": 1, "a": ["ครอบครัว", None]}, max_depth=DEPTH)
    assert text == '{"a":["ครอบครัว",null],"b":1}'.encode()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (b"NaN", "NaN"),
        (b'{"x": NaN}', "NaN"),
        (b"[Infinity]", "Infinity"),
        (b"-Infinity", "Infinity"),
        (b"1e999", "infinity"),
        (b"9223372036854775808", "64-bit"),
        (b"-9223372036854775809", "64-bit"),
        (b"1" * 5000, "64-bit"),
        (b'{"a": 1, "a": 2}', "duplicate key 'a'"),
        (b'{"x": {"a": 1, "b": 2, "a": 3}}', "duplicate key 'a'"),
        (b"[" * (DEPTH + 1) + b"]" * (DEPTH + 1), "nesting"),
        (b"[" * 100_000 + b"]" * 100_000, "nesting"),
        (b'{"a":' * 40 + b"1" + b"}" * 40, "nesting"),
        (b'"\\ud800"', "surrogate"),
        (b'{"\\udfff": 1}', "surrogate"),
        (b"\xef\xbb\xbf{}", "byte order mark"),
        (b'"\xff"', "UTF-8"),
        (b"{} []", "Extra data"),
        (b"", "Expecting value"),
        (b'"tab\there"', "control character"),
    ],
)
def test_strict_loader_refuses(text: bytes, reason: str) -> None:
    with pytest.raises(JsonRejected, match=reason):
        loads_strict(text, max_depth=DEPTH)


def test_strict_loader_accepts_the_edges_of_the_subset() -> None:
    assert loads_strict(b"[9223372036854775807,-9223372036854775808]", max_depth=DEPTH) == [
        INT64_MAX,
        INT64_MIN,
    ]
    assert loads_strict(b"[" * DEPTH + b"]" * DEPTH, max_depth=DEPTH) is not None
    assert loads_strict(b'"\\ud83d\\ude00 \\\\ud800"', max_depth=DEPTH) == "😀 \\ud800"
    assert loads_strict(b"1.5e300", max_depth=DEPTH) == 1.5e300


@pytest.mark.parametrize(
    "value",
    [
        math.nan,
        {"x": math.inf},
        2**63,
        [-(2**63) - 1],
        "\ud800",
        {"set": {1, 2}},
        [[[[["deep"]]]]],
    ],
)
def test_writer_refuses_what_the_reader_would_refuse(value: Any) -> None:
    with pytest.raises(JsonRejected):
        canonical_json(value, max_depth=4)


def test_value_check_walks_without_recursion() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(JsonRejected, match="nesting"):
        check_json_value(deep, max_depth=DEPTH)


@pytest.mark.parametrize(
    "text",
    [
        b'{"a":1,"a":1}',
        b'{"a":1,"b":2,"b":2}',
        b'{"x":{"a":[1],"a":[1]}}',
        b'[{"k":null,"k":null}]',
    ],
)
def test_repeated_keys_are_refused_in_canonical_looking_text_too(text: bytes) -> None:
    with pytest.raises(JsonRejected, match="duplicate key"):
        loads_strict(text, max_depth=DEPTH)


@settings(max_examples=200)
@given(json_values)
def test_canonical_and_other_spellings_of_a_value_read_the_same(value: Any) -> None:
    canonical = canonical_json(value, max_depth=DEPTH)
    spaced = json.dumps(value, sort_keys=False, ensure_ascii=True, indent=1).encode()
    assert loads_strict(canonical, max_depth=DEPTH) == value
    assert loads_strict(spaced, max_depth=DEPTH) == value
