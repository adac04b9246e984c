"""The stored clock of a record is always the one text `clocks.dumps` writes for it, however
the row was built (the import's fast encoding included), so equal states store equal bytes."""

from __future__ import annotations

import pytest

from mentor_desk.domain.merge import RecordState
from mentor_desk.store import clocks
from mentor_desk.store.sync_records import row_of_state

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
    assert text == clocks.dumps(clocks.loads(text))
