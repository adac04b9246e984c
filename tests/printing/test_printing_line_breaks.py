"""Break opportunities inside space-free Thai runs: word boundaries only, minus ugly ones."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from mentor_desk.printing.line_breaks import (
    emergency_break_offsets,
    may_break_between,
    word_break_offsets,
)


def test_breaks_fall_on_word_boundaries(
    visit_notes: tuple[str, ...], boundaries_of: Callable[[str], set[int]]
) -> None:
    for note in visit_notes:
        offsets = word_break_offsets(note)
        assert offsets, note
        assert set(offsets) <= boundaries_of(note)


def test_words_are_found_inside_a_space_free_run() -> None:
    text = "ศูนย์เรียนรู้ชุมชน"
    offsets = word_break_offsets(text)
    pieces = [text[i:j] for i, j in zip([0, *offsets], [*offsets, len(text)], strict=True)]
    assert pieces == ["ศูนย์", "เรียนรู้", "ชุมชน"]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("ต่างๆ", "ๆ"),  # mai yamok belongs to the word before it
        ("ครอบครัว,", ","),
        ("(ศูนย์เรียนรู้)", "("),
        ("(ศูนย์เรียนรู้)", ")"),
        ('"พอเพียง"', '"'),
    ],
)
def test_punctuation_stays_with_its_word(text: str, glued: str) -> None:
    for offset in word_break_offsets(text):
        assert glued not in (text[offset - 1], text[offset]), (text, offset)


@pytest.mark.parametrize("text", ["v2.1", "a.b@c.th", "e-mail:", "08-1234-5678", "พ.ศ.2569"])
def test_latin_and_number_tokens_are_not_cut(text: str) -> None:
    assert word_break_offsets(text) == []


def test_no_break_at_spaces_or_no_break_spaces() -> None:
    # Spaces are the paragraph's own break points; NBSP must hold its neighbours together.
    assert word_break_offsets("น้ำ\u00a0ใจ") == []
    assert not may_break_between(" ", "ก")
    assert not may_break_between("ก", " ")


def test_leading_vowels_and_marks_never_separate_from_their_consonant() -> None:
    assert not may_break_between("เ", "ก")
    assert not may_break_between("น", "\u0e49")  # mai tho
    assert not may_break_between("น", "ำ")
    assert may_break_between("ว", "ท")


def test_emergency_breaks_keep_character_clusters_whole() -> None:
    word = "พระราชบัญญัติ"
    offsets = emergency_break_offsets(word)
    assert offsets
    for offset in offsets:
        following = word[offset]
        assert not unicodedata.category(following).startswith("M"), offset
        assert following not in "ะาำ", offset
        assert word[offset - 1] not in "เแโใไ", offset
