"""Thai word segmentation, shared by the screen (break hints) and the printed page (line breaks).

Thai is written without spaces between words, so neither Qt (outside libthai platforms) nor
ReportLab knows where a line may break. Everything that wraps Thai text asks this module.
"""

from __future__ import annotations

from functools import lru_cache

ZERO_WIDTH_SPACE = "\u200b"


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    # Imported lazily: loading the dictionary costs about half a second, which start-up
    # should not pay until Thai text is first wrapped.
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    words = _tokenizer()(text, engine="newmm", keep_whitespace=True)
    return tuple(w for w in words if w)


def segment(text: str) -> list[str]:
    """Split text into words (pythainlp newmm); joining the words gives the text back."""
    if not text:
        return []
    return list(_segment_cached(text))


def with_break_hints(text: str) -> str:
    """Return text with U+200B between Thai words, for display only: never store the result."""
    if not text:
        return text
    out: list[str] = []
    previous = ""
    for word in segment(strip_break_hints(text)):
        if out and _needs_hint(previous, word):
            out.append(ZERO_WIDTH_SPACE)
        out.append(word)
        previous = word
    return "".join(out)


def strip_break_hints(text: str) -> str:
    """Remove display-only break hints, so they can never reach the database or a bundle."""
    return text.replace(ZERO_WIDTH_SPACE, "")


def _needs_hint(previous: str, word: str) -> bool:
    # A hint is only useful between two non-space runs; spaces already allow a break.
    return not (previous[-1:].isspace() or word[:1].isspace())
