"""Where a line may break inside a run of text that has no spaces (Thai words written together).

The candidates come from the shared word segmenter (``mentor_desk.domain.thai_words.segment``);
these rules only *remove* candidates that would look wrong on paper, so every break the printing
layer makes is a word boundary according to ``segment``:

- never before a combining mark or a following vowel (ะ า ำ), never after a leading vowel
  (เ แ โ ใ ไ), even if a dictionary miss produced such a token;
- never before closing punctuation or Thai repetition/abbreviation marks (ๆ ฯ), never after
  opening punctuation, never next to a no-break space or word joiner;
- only where Thai is on at least one side, so Latin runs such as ``v2.1`` or ``a.b@c.th``
  that the segmenter cuts into tokens stay whole.

Breaks at spaces are the paragraph's own; ``may_start_line`` tells it which of them to refuse
(the space in ``เด็ก ๆ``).
"""

from __future__ import annotations

import unicodedata

from mentor_desk.domain.thai_words import segment

THAI_FIRST = "\u0e00"
THAI_LAST = "\u0e7f"
THAI_LEADING_VOWELS = frozenset("เแโใไ")
# Vowels written after the consonant they follow in speech order; they never start a line.
THAI_FOLLOWING_VOWELS = frozenset("ะาำๅ")
MAI_YAMOK = "ๆ"
# Thai marks that belong to the word before them: mai yamok (repeat) and paiyannoi (abbreviation).
THAI_TRAILING_SIGNS = frozenset("ๆฯ")
NO_BREAK_BEFORE = frozenset(")]},.;:!?%\u2019\u201d\u00bb\u2026") | THAI_TRAILING_SIGNS
NO_BREAK_AFTER = frozenset("([{\u2018\u201c\u00ab")
# Straight quotes cannot tell opening from closing, so they glue to both neighbours.
GLUE_BOTH_SIDES = frozenset("\"'/-\u00a0\u2060\u202f\ufeff")


def is_thai(char: str) -> bool:
    """Whether a single character is in the Thai block (letters, vowels, marks, digits)."""
    return THAI_FIRST <= char <= THAI_LAST


def word_break_offsets(text: str) -> list[int]:
    """Offsets (0 < offset < len(text)) where a line may break inside a run without spaces.

    Each offset is a word boundary from ``segment``; see the module docstring for which
    boundaries are refused.
    """
    offsets: list[int] = []
    position = 0
    for word in segment(text)[:-1]:
        position += len(word)
        if may_break_between(text[position - 1], text[position]):
            offsets.append(position)
    return offsets


def may_break_between(before: str, after: str) -> bool:
    """Whether a break between these two adjacent characters is typographically acceptable."""
    if before.isspace() or after.isspace():
        # Spaces are the paragraph's own break opportunities; a break beside one would leave
        # the space at a line start or end.
        return False
    if _attaches_to_previous(after) or before in THAI_LEADING_VOWELS:
        return False
    if after in NO_BREAK_BEFORE or before in NO_BREAK_AFTER:
        return False
    if before in GLUE_BOTH_SIDES or after in GLUE_BOTH_SIDES:
        return False
    return is_thai(before) or is_thai(after)


def may_start_line(text: str) -> bool:
    """Whether a line may begin with ``text`` (which follows a space in the source).

    Thai style writes mai yamok with spaces around it (``เด็ก ๆ``), yet ๆ repeats the word
    before it and must never start a line; nor may a stray mark or following vowel. (ฯลฯ,
    "etc.", after a space is a word of its own and may.)
    """
    if not text:
        return True
    first = text[0]
    return not (
        first == MAI_YAMOK
        or unicodedata.category(first).startswith("M")
        or first in THAI_FOLLOWING_VOWELS
    )


def emergency_break_offsets(text: str) -> list[int]:
    """Offsets between character clusters, for a single word wider than the whole line.

    Used only as the last resort when a word cannot fit on an empty line (a very narrow table
    column): the break then falls between a base letter with its marks and the next one, never
    between a letter and its own tone mark or vowel sign.
    """
    return [
        i
        for i in range(1, len(text))
        if not _attaches_to_previous(text[i]) and text[i - 1] not in THAI_LEADING_VOWELS
    ]


def _attaches_to_previous(char: str) -> bool:
    # Thai above/below vowels and tone marks are combining (Mn); following vowels and the
    # repetition/abbreviation signs are letters (Lo/Lm) but still belong to what precedes them.
    return (
        unicodedata.category(char).startswith("M")
        or char in THAI_FOLLOWING_VOWELS
        or char in THAI_TRAILING_SIGNS
    )
