"""Thai word segmentation, shared by the screen (break hints) and the printed page (line breaks).

Thai is written without spaces between words, so neither Qt (outside libthai platforms) nor
ReportLab knows where a line may break. Everything that wraps Thai text asks this module.
"""

from __future__ import annotations

import threading
from functools import lru_cache

ZERO_WIDTH_SPACE = "\u200b"
_WARM_UP_SAMPLE = "สมุดพี่เลี้ยงชุมชน"

_load_lock = threading.Lock()
_loaded = threading.Event()
_warming = threading.Event()


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    # Imported lazily: building the dictionary trie costs one to two seconds, which start-up
    # should not pay on the screen's thread (see `warm_up_in_background`).
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def _load() -> None:
    with _load_lock:  # one trie, however many threads ask at once
        if not _loaded.is_set():
            _tokenizer()(_WARM_UP_SAMPLE, engine="newmm")
            _loaded.set()


def warm_up_in_background() -> None:
    """Build the word dictionary on a background thread (the GUI calls this at start-up).

    Until it is ready, `with_break_hints` returns text unchanged instead of blocking the
    screen; texts shown later carry the hints.
    """
    if _warming.is_set() or _loaded.is_set():
        return
    _warming.set()
    threading.Thread(target=_load, name="thai-words", daemon=True).start()


@lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    _load()
    words = _tokenizer()(text, engine="newmm", keep_whitespace=True)
    return tuple(w for w in words if w)


def segment(text: str) -> list[str]:
    """Split text into words (pythainlp newmm); joining the words gives the text back."""
    if not text:
        return []
    return list(_segment_cached(text))


def with_break_hints(text: str) -> str:
    """Return text with U+200B between Thai words, for display only: never store the result."""
    if not text or (_warming.is_set() and not _loaded.is_set()):
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
