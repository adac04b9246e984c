"""Mentor and district homes that trust each other, for import and export tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentor_desk.store import Profile, Store
from mentor_desk.sync.identity import Identity, ensure_identity


@dataclass
class Home:
    store: Store
    identity: Identity

    @property
    def card(self):
        return self.identity.keys.public

    def close(self) -> None:
        self.store.close()


def make_home(root: Path, name: str, *, role: str = "mentor") -> Home:
    store = Store(root / name)
    store.set_profile(Profile(name=name, role=role))
    return Home(store, ensure_identity(store))


def befriend(*homes: Home) -> None:
    """Every home trusts every other home's key."""
    for home in homes:
        for other in homes:
            if other is not home:
                home.identity.trust.trust(other.card)
