"""Fuzzing what arrives from other computers: strict JSON, record lines, and whole bundles
whose plain ZIP was mutated. Anything may be refused, but only with the app's own errors
(MentorDeskError, or JsonRejected for the JSON parser), never a crash of another kind.

Case counts here (8,000) and in tests/store/test_fuzz_put.py (2,000) sum to 10,000, in about
half a minute.
"""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.domain.records import TABLES
from mentor_desk.store import Store
from mentor_desk.store.sync_records import states_changed_since
from mentor_desk.sync.container import open_bundle
from mentor_desk.sync.record_codec import state_from_json, state_to_json
from mentor_desk.sync.strict_json import JsonRejected, loads_strict
from tests.samples import fill_every_table
from tests.sync.bundle_forge import (
    SyncWorld,
    encrypt_to,
    signed_members,
    zip_bytes,
)

JSON_CASES = 3000
RECORD_CASES = 3000
ZIP_BYTE_CASES = 1000
RECORD_LINE_CASES = 1000
FUZZ_CASES_HERE = JSON_CASES + RECORD_CASES + ZIP_BYTE_CASES + RECORD_LINE_CASES
MAX_DEPTH = 64

FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def fuzz(cases: int) -> settings:
    return settings(FUZZ, max_examples=cases)


CHARACTERS = ("a", "ก", "่", " ", "\\", '"', "\x00", "\n", "\ud800", "😀", "é", "{", "[")
KEYS = ("id", "table", "fields", "cl", "seen", "erased", "deleted_seen", "date", "x", "")


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON-like value: odd numbers, Thai, control characters, lone surrogates,
    keys the record format uses, nesting (hypothesis draws the seed; this is much faster
    than composing recursive strategies)."""
    roll = rng.random()
    if depth < 4 and roll < 0.18:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(5))]
    if depth < 4 and roll < 0.36:
        return {
            rng.choice(KEYS) if rng.random() < 0.7 else random_text(rng): random_json(
                rng, depth + 1
            )
            for _ in range(rng.randrange(5))
        }
    pick = rng.randrange(7)
    if pick == 0:
        return None
    if pick == 1:
        return rng.random() < 0.5
    if pick == 2:
        return rng.choice([0, 1, -1, 2**31, 2**53 + 1, 2**63, -(2**64), 10**30])
    if pick == 3:
        return rng.randrange(-1000, 1000)
    if pick == 4:
        return rng.choice([0.5, -0.0, 1e308, 1e-320, float("inf"), float("nan")])
    return random_text(rng)


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(CHARACTERS) for _ in range(rng.randrange(12)))


json_values = st.integers(0, 2**64).map(lambda seed: random_json(random.Random(seed)))


def _valid_states(tmp: Path) -> list[dict[str, Any]]:
    with Store(tmp / "source") as store:
        fill_every_table(store)
        return [
            state_to_json(state)
            for table in TABLES
            for state in states_changed_since(store.db, table, 0)
        ]


VALID_STATES = None


def valid_states(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    global VALID_STATES
    if VALID_STATES is None:
        VALID_STATES = _valid_states(tmp_path_factory.mktemp("states"))
    return VALID_STATES


def mutate(value: Any, rng: random.Random, replacement: Any) -> Any:
    """`value` with one place changed: a key removed, added or given `replacement`."""
    if isinstance(value, dict) and value:
        key = rng.choice(sorted(value))
        out = dict(value)
        action = rng.randrange(4)
        if action == 0:
            del out[key]
        elif action == 1:
            out[key] = replacement
        elif action == 2:
            out[f"x{rng.randrange(9)}"] = replacement
        else:
            out[key] = mutate(out[key], rng, replacement)
        return out
    if isinstance(value, list) and value:
        out_list = list(value)
        index = rng.randrange(len(out_list))
        if rng.random() < 0.5:
            out_list[index] = mutate(out_list[index], rng, replacement)
        else:
            out_list[index] = replacement
        return out_list
    return replacement


# --- strict JSON ----------------------------------------------------------------------------


@fuzz(JSON_CASES // 2)
@given(st.binary(max_size=200))
def test_strict_json_refuses_random_bytes_cleanly(data: bytes) -> None:
    with contextlib.suppress(JsonRejected):
        loads_strict(data, max_depth=MAX_DEPTH)


@fuzz(JSON_CASES // 2)
@given(json_values, st.randoms(use_true_random=False), st.binary(min_size=1, max_size=4))
def test_strict_json_handles_damaged_json_text(value: Any, rng: random.Random, junk: bytes) -> None:
    dumped = json.dumps(value, ensure_ascii=rng.random() < 0.5)
    text = bytearray(dumped.encode("utf-8", errors="surrogatepass"))
    position = rng.randrange(len(text) + 1)
    if rng.random() < 0.5:
        text[position:position] = junk
    else:
        del text[position : position + len(junk)]
    try:
        parsed = loads_strict(bytes(text), max_depth=MAX_DEPTH)
    except JsonRejected:
        return
    json.dumps(parsed)  # whatever is accepted is plain JSON data


# --- record lines ---------------------------------------------------------------------------


@fuzz(RECORD_CASES // 2)
@given(json_values)
def test_random_json_is_never_a_record_unless_it_checks_out(value: Any) -> None:
    with contextlib.suppress(MentorDeskError):
        state_from_json(value, line=1)


@fuzz(RECORD_CASES // 2)
@given(st.data(), json_values)
def test_mutated_records_are_refused_with_the_apps_own_error(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, replacement: Any
) -> None:
    states = valid_states(tmp_path_factory)
    original = data.draw(st.sampled_from(states))
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    damaged = mutate(original, rng, replacement)
    try:
        state = state_from_json(damaged, line=1)
    except MentorDeskError:
        return
    state_to_json(state)  # an accepted record can be written back out


# --- whole bundles --------------------------------------------------------------------------


def read_everything(world: SyncWorld, path: Path) -> None:
    with open_bundle(path, trust=world.trust, keys=world.district, work_dir=path.parent) as bundle:
        for line, obj in enumerate(bundle.records(), start=1):
            state_from_json(obj, line=line)
        for digest in bundle.blob_digests:
            bundle.read_blob(digest)


@fuzz(ZIP_BYTE_CASES)
@given(st.data())
def test_bundles_with_damaged_zip_bytes_are_refused_cleanly(
    world: SyncWorld, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    plain = _plain_zip(world, tmp_path_factory)
    damaged = bytearray(plain)
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "splice"]))
        at = data.draw(st.integers(0, max(0, len(damaged) - 1)))
        if kind == "flip" and damaged:
            damaged[at] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del damaged[at : at + data.draw(st.integers(1, 64))]
        elif kind == "insert":
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            damaged = damaged[:at]
    folder = tmp_path_factory.mktemp("zip", numbered=True)
    path = encrypt_to(folder / "fuzz.mdbundle", bytes(damaged), world.district.public.age_recipient)
    with contextlib.suppress(MentorDeskError):
        read_everything(world, path)
    assert not [p for p in folder.iterdir() if p.name.startswith("mentor-desk-import-")]


@fuzz(RECORD_LINE_CASES)
@given(st.data(), json_values)
def test_signed_bundles_with_hostile_record_lines_are_refused_cleanly(
    world: SyncWorld,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    replacement: Any,
) -> None:
    states = valid_states(tmp_path_factory)
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    lines = [json.dumps(s, ensure_ascii=False, sort_keys=True).encode() for s in states]
    index = rng.randrange(len(lines))
    if rng.random() < 0.5:
        lines[index] = json.dumps(mutate(states[index], rng, replacement)).encode()
    else:
        lines[index] = data.draw(st.binary(max_size=80)).replace(b"\n", b" ")
    records = b"\n".join(lines) + b"\n"
    members = signed_members(world.mentor, records=records, record_count=len(lines))
    folder = tmp_path_factory.mktemp("lines", numbered=True)
    path = encrypt_to(
        folder / "fuzz.mdbundle", zip_bytes(members), world.district.public.age_recipient
    )
    with contextlib.suppress(MentorDeskError):
        read_everything(world, path)


PLAIN_ZIP: dict[str, bytes] = {}


def _plain_zip(world: SyncWorld, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small, correctly signed plain ZIP of real records (no photo, so that mutations
    land in the parts worth testing: the ZIP structure, manifest, signature and records)."""
    if "zip" not in PLAIN_ZIP:
        states = valid_states(tmp_path_factory)
        lines = [json.dumps(s, ensure_ascii=False, sort_keys=True).encode() for s in states]
        records = b"\n".join(lines) + b"\n"
        members = signed_members(world.mentor, records=records, record_count=len(lines))
        PLAIN_ZIP["zip"] = zip_bytes(members)
    return PLAIN_ZIP["zip"]
