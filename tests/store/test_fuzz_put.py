"""Fuzzing `put` with random JSON objects: every refusal is a MentorDeskError and leaves
the database exactly as it was (compared by dump); whatever is accepted passes `check`."""

from __future__ import annotations

import atexit
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.domain.records import TABLES, field_specs
from mentor_desk.store import Store
from tests.samples import fill_every_table
from tests.sync.test_fuzz import fuzz, random_json

PUT_CASES = 2000
PLAUSIBLE = ("2026-11-01", "2569-01-01", "home", "phone", "high", "low", "parenting", "")

_STORE: dict[str, Any] = {}


def shared_store() -> tuple[Store, dict[str, list[str]]]:
    """One store for all cases (hypothesis cannot use function-scoped fixtures)."""
    if "store" not in _STORE:
        folder = Path(tempfile.mkdtemp(prefix="fuzz-put-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        store = Store(folder / "home")
        atexit.register(store.close)  # runs before the folder goes (last in, first out)
        fill_every_table(store)
        _STORE["store"] = store
    store = _STORE["store"]
    ids = {table: [r.id for r in store.records(table)] for table in TABLES}
    return store, ids


def random_record(rng: random.Random, table: str, ids: dict[str, list[str]]) -> Any:
    if rng.random() < 0.05:
        return random_json(rng)
    names = list(field_specs(table)) if table in TABLES else ["head_name"]
    obj: dict[str, Any] = {}
    if rng.random() < 0.4:
        known = [i for values in ids.values() for i in values]
        obj["id"] = rng.choice(known) if known and rng.random() < 0.7 else random_json(rng)
    for name in rng.sample(names, rng.randrange(min(len(names), 6) + 1)):
        roll = rng.random()
        if roll < 0.3:
            obj[name] = rng.choice(PLAUSIBLE)
        elif roll < 0.45:
            obj[name] = rng.choice([i for values in ids.values() for i in values] or [""])
        else:
            obj[name] = random_json(rng)
    if rng.random() < 0.1:
        obj[rng.choice(["_cl", "_clock", "unknown", "sqlite_master"])] = random_json(rng)
    return obj


@fuzz(PUT_CASES)
@given(
    st.sampled_from([*TABLES, "settings", "attachments", "", "households; DROP"]),
    st.integers(0, 2**64),
)
def test_put_refuses_bad_records_without_changing_anything(table: str, seed: int) -> None:
    store, ids = shared_store()
    record = random_record(random.Random(seed), table, ids)
    before = json.dumps(store.dump(), sort_keys=True)
    try:
        store.put(table, record)
    except MentorDeskError as error:
        assert error.message_th
        assert json.dumps(store.dump(), sort_keys=True) == before


def test_the_fuzzed_store_is_still_sound() -> None:
    store, _ = shared_store()
    assert store.check() == []


def test_text_with_a_lone_surrogate_is_refused_cleanly(store: Store) -> None:
    """Found by the fuzzer: such text used to escape as UnicodeEncodeError from SQLite."""
    import pytest

    from mentor_desk.domain.errors import ValidationError

    before = store.dump()
    with pytest.raises(ValidationError):
        store.put("households", {"head_name": "นาง\ud800บัวผัน"})
    assert store.dump() == before
