"""Record identifiers: a random UUID for machines and a 6-character code for reading aloud."""

from __future__ import annotations

import hashlib
import random
import re
import uuid

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read aloud over the phone and copied by hand.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 6


def new_id(rng: random.Random | None = None) -> str:
    """A new random record id (UUID4 text). A seeded `rng` makes demo data repeatable."""
    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def short_code(record_id: str) -> str:
    """The short human code of a record, derived from its id so every device agrees on it."""
    number = int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big")
    letters = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, len(CODE_ALPHABET))
        letters.append(CODE_ALPHABET[digit])
    return "".join(letters)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_valid_id(text: object) -> bool:
    """Whether text is a canonical lowercase UUID, the only form of id the store accepts."""
    return isinstance(text, str) and _CANONICAL_UUID.fullmatch(text) is not None
