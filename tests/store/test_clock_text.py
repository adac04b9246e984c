"""The stored clock text: the shared stamp written once, every clock read back whole."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentor_desk.domain.merge import RecordState
from mentor_desk.store import clocks
from mentor_desk.store.rows import data_columns
from mentor_desk.store.sync_records import row_of_state, state_from_row

A, B, C = "0123456789abcdef", "fedcba9876543210", "aaaaaaaaaaaaaaaa"
STAMP = 1_700_000_000_000 << 16
VISIT_FIELDS = data_columns("visits")

stamps = st.tuples(st.integers(STAMP, STAMP + 3), st.sampled_from([A, B, C]))
entry_lists = st.one_of(
    stamps.map(lambda s: [list(s)]),  # the usual single entry
    st.lists(
        st.tuples(stamps, st.sampled_from(["ก", "เยี่ยมบ้าน", 'a "b"', None])),
        min_size=2,
        max_size=3,
        unique_by=lambda e: e[0],
    ).map(lambda es: [[es[0][0][0], es[0][0][1]]] + [[*s, v] for s, v in es[1:]]),
)
vectors = st.dictionaries(st.sampled_from([A, B, C]), st.integers(STAMP, STAMP + 9), max_size=3)


@st.composite
def full_clocks(draw: st.DrawFn) -> dict[str, Any]:
    """Clocks as `loads` gives them: fields with entries listed, optional delete and erasure."""
    names = draw(st.lists(st.sampled_from(VISIT_FIELDS), unique=True))
    clock: dict[str, Any] = {
        "f": {name: draw(entry_lists) for name in names},
        "v": draw(vectors),
    }
    if draw(st.booleans()):
        clock["d"] = draw(vectors)
    if draw(st.booleans()):
        clock["x"] = draw(st.integers(STAMP, STAMP + 9))
    return clock


@given(full_clocks())
def test_every_clock_reads_back_as_it_was_written(clock: dict[str, Any]) -> None:
    text = clocks.dumps(clock, VISIT_FIELDS)
    assert clocks.loads(text, VISIT_FIELDS) == clock
    assert clocks.dumps(clocks.loads(text, VISIT_FIELDS), VISIT_FIELDS) == text


def test_a_record_written_in_one_go_stores_its_stamp_once() -> None:
    clock = clocks.new_clock(VISIT_FIELDS, hlc=STAMP, device=A)
    text = clocks.dumps(clock, VISIT_FIELDS)
    assert text == f'{{"s":[{STAMP},"{A}"],"v":{{"{A}":{STAMP}}}}}'
    edited = clocks.stamp_fields(clock, ["observations"], hlc=STAMP + 1, device=B)
    assert json.loads(clocks.dumps(edited, VISIT_FIELDS)) == {
        "f": {"observations": [[STAMP + 1, B]]},
        "s": [STAMP, A],
        "v": {A: STAMP, B: STAMP + 1},
    }


def test_a_field_without_entry_stays_without_one() -> None:
    clock = clocks.new_clock([n for n in VISIT_FIELDS if n != "observations"], hlc=STAMP, device=A)
    text = clocks.dumps(clock, VISIT_FIELDS)
    assert json.loads(text)["f"] == {"observations": []}
    assert "observations" not in clocks.loads(text, VISIT_FIELDS)["f"]


def test_clocks_stored_before_the_shared_stamp_still_read() -> None:
    old = {"f": {"date": [[STAMP, A]], "observations": [[STAMP, A]]}, "v": {A: STAMP}}
    text = json.dumps(old, separators=(",", ":"), sort_keys=True)
    assert clocks.loads(text, VISIT_FIELDS) == old


@pytest.mark.parametrize(
    ("withheld", "deleted_seen"),
    [((), {}), (("observations", "actions_agreed"), {}), (("mentor",), {A: STAMP})],
    ids=["every-field", "fields-withheld", "withheld-and-deleted"],
)
def test_the_import_writes_the_same_text_as_the_plain_encoder(
    withheld: tuple[str, ...], deleted_seen: dict[str, int]
) -> None:
    values = {"date": "2026-11-01", "household_id": "00000000-0000-4000-8000-000000000009"}
    present = [name for name in VISIT_FIELDS if name not in withheld]
    state = RecordState(
        table="visits",
        id="00000000-0000-4000-8000-000000000001",
        cl=2 if deleted_seen else 1,
        seen={B: STAMP + 2, A: STAMP},
        fields={name: ((STAMP, A, values.get(name)),) for name in present},
        deleted_seen=deleted_seen,
    )
    row = row_of_state(state)
    expected = clocks.new_clock(present, hlc=STAMP, device=A) | {"v": dict(state.seen)}
    if deleted_seen:
        expected["d"] = deleted_seen
    assert row["_clock"] == clocks.dumps(expected, VISIT_FIELDS)
    assert len(row["_clock"]) < 200  # 15 fields, two devices seen
    back = state_from_row("visits", row)
    assert {name: [e[:2] for e in entries] for name, entries in back.fields.items()} == {
        name: [(STAMP, A)] for name in present
    }
    assert (back.seen, back.deleted_seen) == (state.seen, state.deleted_seen)
