"""An import that would leave records pointing at records this database does not hold is
refused, whether the whole database or only the rows the import wrote are checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_desk.domain.errors import ValidationError
from mentor_desk.store.merge_apply import check_references, merge_states
from mentor_desk.store.sync_records import states_changed_since
from tests.sync.homes import make_home


@pytest.mark.parametrize("only_written", [True, False])
def test_a_visit_whose_household_is_missing_is_refused(tmp_path: Path, only_written: bool) -> None:
    source = make_home(tmp_path, "source")
    target = make_home(tmp_path, "target")
    target.store.put("households", {"head_name": "นางเดิม"})
    household = source.store.put("households", {"head_name": "นายคำปั่น"}).record.id
    source.store.put("visits", {"household_id": household, "date": "2026-11-02"})
    visits = list(states_changed_since(source.store.db, "visits", 0))
    households = list(states_changed_since(source.store.db, "households", 0))
    dump = target.store.dump()

    def merge(states: list) -> None:
        with target.store.db.atomic():
            before = target.store.sequence.last
            merge_states(
                target.store.db, states, sequence=target.store.sequence, clock=target.store.clock
            )
            check_references(target.store.db, written_after=before if only_written else None)

    with pytest.raises(ValidationError, match="1 record\\(s\\) refer to households"):
        merge(visits)
    assert target.store.dump() == dump
    merge(visits + households)  # with its household, the same visit is accepted
    assert len(target.store.records("visits")) == 1
    source.close()
    target.close()
