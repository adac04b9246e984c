"""records.jsonl lines: the fields sharing one stamp are written once as `stamp` and
`values`, every state reads back as it was, and lines of the first format still read."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentor_desk.domain.merge import RecordState
from mentor_desk.sync.errors import InvalidRecordError
from mentor_desk.sync.record_codec import dumps_state, state_from_json, state_to_json

A, B = "0123456789abcdef", "fedcba9876543210"
STAMP = 1_700_000_000_000 << 16
ID = "3f1c0b5e-8a61-4c1b-9b1e-2d5b7c0e4a11"
HOUSEHOLD_VALUES = {
    "head_name": "นางบัวผัน ศรีสุข",
    "village_name": "บ้านนาเหลือง",
    "moo": 4,
    "notes": "",
}

stamps = st.tuples(st.integers(STAMP, STAMP + 2), st.sampled_from([A, B]))


@st.composite
def household_states(draw: st.DrawFn) -> RecordState:
    fields: dict[str, tuple[Any, ...]] = {}
    for name, value in HOUSEHOLD_VALUES.items():
        count = draw(st.integers(0, 2))  # no entry, one, or a conflict
        chosen = draw(st.lists(stamps, min_size=count, max_size=count, unique=True))
        entries = sorted(((hlc, device, value) for hlc, device in chosen), reverse=True)
        if entries:
            fields[name] = tuple(entries)
    return RecordState(
        table="households",
        id=ID,
        cl=draw(st.sampled_from([1, 2, 3])),
        seen=dict(
            sorted(draw(st.dictionaries(st.sampled_from([A, B]), st.just(STAMP + 2))).items())
        ),
        fields=fields,
    )


@given(household_states())
def test_every_state_reads_back_as_it_was_written(state: RecordState) -> None:
    assert state_from_json(state_to_json(state), line=1) == state


def _household(stamped: dict[str, tuple[int, str]]) -> RecordState:
    return RecordState(
        table="households",
        id=ID,
        cl=1,
        seen={A: STAMP + 1, B: STAMP + 1},
        fields={name: ((*stamp, HOUSEHOLD_VALUES[name]),) for name, stamp in stamped.items()},
    )


def test_a_record_written_in_one_go_names_its_stamp_once() -> None:
    state = _household(dict.fromkeys(HOUSEHOLD_VALUES, (STAMP, A)))
    line = state_to_json(state)
    assert line["stamp"] == [STAMP, A]
    assert line["values"] == HOUSEHOLD_VALUES
    assert "fields" not in line
    assert dumps_state(state).count(str(STAMP)) == 1  # not once per field


def test_fields_edited_later_keep_their_own_stamp() -> None:
    stamped = dict.fromkeys(HOUSEHOLD_VALUES, (STAMP, A)) | {"notes": (STAMP + 1, B)}
    line = state_to_json(_household(stamped))
    assert line["fields"] == {"notes": [[STAMP + 1, B, ""]]}
    assert "notes" not in line["values"]


def test_lines_of_the_first_format_still_read() -> None:
    state = _household(dict.fromkeys(HOUSEHOLD_VALUES, (STAMP, A)))
    first_format = {
        "table": "households",
        "id": ID,
        "cl": 1,
        "seen": {A: STAMP + 1, B: STAMP + 1},
        "fields": {name: [[STAMP, A, value]] for name, value in HOUSEHOLD_VALUES.items()},
    }
    assert state_from_json(first_format, line=1) == state


def _line(**changes: Any) -> dict[str, Any]:
    line = {
        "table": "households",
        "id": ID,
        "cl": 1,
        "seen": {A: STAMP},
        "stamp": [STAMP, A],
        "values": {"head_name": "นางบัวผัน"},
    }
    line.update(changes)
    return {key: value for key, value in line.items() if value is not None}


@pytest.mark.parametrize(
    "line",
    [
        _line(values={"nickname": "x"}),
        _line(values={"head_name'; DROP TABLE households; --": "x"}),
        _line(values={"head_name": "ก" * 201}),
        _line(values={"moo": "three"}),
        _line(values=["head_name"]),
        _line(stamp=None),
        _line(values=None),
        _line(stamp=[-1, A]),
        _line(stamp=[STAMP, "not a device"]),
        _line(stamp=[STAMP, A, "extra"]),
        _line(fields={"head_name": [[STAMP + 1, B, "นางอื่น"]]}),
    ],
    ids=[
        "unknown field",
        "SQL-looking field",
        "oversized text",
        "wrong type",
        "values not an object",
        "values without stamp",
        "stamp without values",
        "negative stamp",
        "bad device",
        "long stamp",
        "field given twice",
    ],
)
def test_bad_shared_values_are_refused(line: dict[str, Any]) -> None:
    with pytest.raises(InvalidRecordError):
        state_from_json(line, line=7)
