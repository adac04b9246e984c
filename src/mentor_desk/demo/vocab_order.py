"""Keeping chosen vocabulary keys in their vocabulary's order, the one stored form."""

from __future__ import annotations

from collections.abc import Collection

from mentor_desk.domain.vocab import Vocabulary


def in_vocabulary_order(vocabulary: Vocabulary, chosen: Collection[str]) -> tuple[str, ...]:
    """The chosen keys in the order validation stores them (the vocabulary's order)."""
    return tuple(key for key in vocabulary.keys() if key in chosen)  # noqa: SIM118
