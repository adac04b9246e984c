"""Stored text is always the one text the plain encoders write, however the row was built
(the import's fast paths included), so equal states store equal bytes everywhere."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentor_desk.domain.merge import RecordState
from mentor_desk.store import clocks
from mentor_desk.store.rows import data_columns
from mentor_desk.store.sync_records import _list_column, row_of_state

A, B = "0123456789abcdef", "fedcba9876543210"
STAMP = 1_700_000_000_000 << 16


@pytest.mark.parametrize(
    "fields",
    [
        {"observations": ((STAMP, A, "เยี่ยมบ้าน"),), "date": ((STAMP, A, "2026-11-01"),)},
        {
            "observations": ((STAMP + 1, B, "คุยกับแม่"), (STAMP, A, 'เยี่ยมบ้าน "ครั้งแรก"')),
            "date": ((STAMP, A, "2026-11-01"),),
        },
        {"latitude": ((STAMP + 2, A, 1e16), (STAMP + 1, B, 13.75))},
    ],
    ids=["one-value-per-field", "thai-conflict", "number-conflict"],
)
def test_row_clock_is_the_canonical_clock_text(fields: dict) -> None:
    state = RecordState(
        table="households" if "latitude" in fields else "visits",
        id="00000000-0000-4000-8000-000000000001",
        cl=1,
        seen={B: STAMP + 2, A: STAMP + 2},
        fields=fields,
        deleted_seen={A: STAMP},
    )
    text = row_of_state(state)["_clock"]
    columns = data_columns(state.table)
    assert text == clocks.dumps(clocks.loads(text, columns), columns)


@given(st.lists(st.text(max_size=8) | st.sampled_from(["ก", '"', "\\", "\u2028", "\x7f", ", "])))
def test_list_columns_are_what_json_dumps_writes(items: list[str]) -> None:
    expected = json.dumps(items, ensure_ascii=False) if items else "[]"
    assert _list_column(items) == expected
