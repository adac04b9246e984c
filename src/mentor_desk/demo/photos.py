"""Demo photos: rendered scenes stored through the store, within a budget so that even a
large demo stays quick to make and small on disk."""

from __future__ import annotations

import random
from collections.abc import Iterable

from mentor_desk.demo.scenes import render_scene
from mentor_desk.domain.records import Photo
from mentor_desk.store.facade import Store


class Photographer:
    """Draws and stores photos for records until its budget is spent.

    Every photo is drawn from its own generator, seeded from the photographer's, so a photo
    does not change when another scene's drawing code does.
    """

    def __init__(self, store: Store, rng: random.Random, *, limit: int) -> None:
        self.store = store
        self.rng = rng
        self.limit = limit
        self.stored: list[str] = []

    @property
    def remaining(self) -> int:
        return self.limit - len(self.stored)

    def take(self, scene: str, captions: Iterable[str]) -> tuple[Photo, ...]:
        """Photos of a scene, one per caption, as many as the budget allows."""
        photos: list[Photo] = []
        for caption in captions:
            if self.remaining <= 0:
                break
            data = render_scene(scene, random.Random(self.rng.getrandbits(64)))
            sha256 = self.store.add_photo(data).sha256
            if sha256 in self.stored:
                continue  # the same picture twice would be stored once; keep records honest
            self.stored.append(sha256)
            photos.append(Photo(sha256, caption))
        return tuple(photos)
