"""Quick random draws for bulk generation.

`random.Random.choice`, `randint` and `uuid.UUID` are general and careful; a 100,000-visit
demo makes millions of draws, so these do the same jobs with less work per call. All of them
take the generator explicitly, so a seed still fixes every result.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")

_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (4 << 76) | (0x8000 << 48)


def record_id(rng: random.Random) -> str:
    """The same id `mentor_desk.domain.ids.new_id(rng)` makes, built without `uuid.UUID`."""
    text = f"{(rng.getrandbits(128) & _UUID4_CLEAR) | _UUID4_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One item, each equally likely."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from low to high, both included."""
    return low + int(rng.random() * (high - low + 1))


@dataclass(frozen=True)
class Weighted(Generic[T]):
    """Items with relative weights, ready for repeated weighted draws."""

    items: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Sequence[tuple[T, float]]) -> Weighted[T]:
        return cls(tuple(item for item, _ in pairs), tuple(accumulate(w for _, w in pairs)))

    def draw(self, rng: random.Random) -> T:
        """One item, with probability proportional to its weight."""
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]
