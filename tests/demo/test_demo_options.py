"""Demo generation is repeatable, honours its options, and refuses what it cannot do."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from mentor_desk.demo import default_families, generate
from mentor_desk.demo.draw import Weighted, record_id
from mentor_desk.demo.names import national_id
from mentor_desk.demo.scenes import SCENES, render_scene
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.ids import new_id
from mentor_desk.store import Store

TODAY = dt.date(2026, 11, 22)
SMALL = {"families": 12, "visits": 60, "lessons": 4, "activities": 4, "today": TODAY}


def _make(home: Path, seed: int) -> tuple[str, set[str]]:
    """Canonical dump text and the photo files of a small demo."""
    with Store(home) as store:
        generate(store, seed=seed, **SMALL)
        dump: dict[str, Any] = store.dump()
    photos = {p.name for p in (home / "attachments").glob("??/*")}
    return json.dumps(dump, sort_keys=True, ensure_ascii=False), photos


@pytest.fixture(scope="module")
def seven(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, set[str]]:
    return _make(tmp_path_factory.mktemp("seven") / "home", seed=7)


def test_the_same_seed_gives_the_same_data_and_photos(
    seven: tuple[str, set[str]], tmp_path: Path
) -> None:
    again, again_photos = _make(tmp_path / "again", seed=7)
    assert again == seven[0]
    assert again_photos == seven[1] and again_photos


def test_a_different_seed_gives_different_data(seven: tuple[str, set[str]], tmp_path: Path) -> None:
    other, other_photos = _make(tmp_path / "other", seed=8)
    assert other != seven[0]
    assert other_photos != seven[1]


def test_explicit_counts_are_honoured(home: Path) -> None:
    with Store(home) as store:
        summary = generate(store, seed=2, **SMALL)
        assert store.counts() == {
            "households": 12,
            "members": summary.members,
            "visits": 60,
            "activities": 4,
            "lessons": 4,
        }
        kinds = {lesson.kind for lesson in store.records("lessons")}  # type: ignore[attr-defined]
        assert kinds == {"lesson_learned", "good_deed", "learning_source"}
        assert store.check() == []
    assert summary.as_dict()["visits"] == 60


def test_families_follow_the_number_of_visits() -> None:
    assert default_families(400) == 60
    assert 14_000 <= default_families(100_000) <= 16_000
    assert default_families(0) >= 1


def test_a_folder_with_records_is_refused(home: Path) -> None:
    with Store(home) as store:
        generate(store, seed=1, visits=10, lessons=1, activities=1, today=TODAY)
        with pytest.raises(ValidationError):
            generate(store, seed=2, visits=10, today=TODAY)


@pytest.mark.parametrize("option", ["visits", "lessons", "families", "activities"])
def test_negative_counts_are_refused(home: Path, option: str) -> None:
    with Store(home) as store, pytest.raises(ValidationError):
        generate(store, **{option: -1})  # type: ignore[arg-type]


def test_demo_ids_are_the_ids_the_domain_would_make() -> None:
    ours, theirs = random.Random(11), random.Random(11)
    assert [record_id(ours) for _ in range(500)] == [new_id(theirs) for _ in range(500)]


def test_weighted_draws_follow_their_weights() -> None:
    rng = random.Random(3)
    weighted = Weighted.of((("rare", 1.0), ("common", 9.0)))
    draws = [weighted.draw(rng) for _ in range(5000)]
    assert 0.05 < draws.count("rare") / len(draws) < 0.15


def test_national_ids_have_a_valid_check_digit() -> None:
    rng = random.Random(5)
    for born in (1950, 1990, 2015):
        number = national_id(rng, birth_year=born, office_code="4007")
        assert len(number) == 13 and number[1:5] == "4007"
        total = sum(int(d) * (13 - i) for i, d in enumerate(number[:12]))
        assert (11 - total % 11) % 10 == int(number[12])
        assert number[0] == ("1" if born >= 1984 else "3")


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_scenes_are_repeatable_jpeg_photos(scene: str) -> None:
    data = render_scene(scene, random.Random(1))
    assert data == render_scene(scene, random.Random(1))
    assert data != render_scene(scene, random.Random(2))
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size) == ("JPEG", (640, 480))
