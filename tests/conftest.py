"""Shared fixtures: every test gets its own data folder; Qt never needs a display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mentor_desk.store import Store


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    with Store(home) as opened:
        yield opened


@pytest.fixture
def household_id(store: Store) -> str:
    return store.put(
        "households",
        {"head_name": "นางบัวผัน ศรีสุข", "village_name": "บ้านหนองบัว", "moo": 3},
    ).record.id
