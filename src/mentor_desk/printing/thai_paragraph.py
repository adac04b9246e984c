"""A ReportLab Paragraph that breaks Thai lines between words only, with a clean text layer.

How ReportLab wraps, and why this subclass exists: ``Paragraph.breakLines`` works on *frag
words* (``[width, (frag, text), ...]``) and fills lines greedily. A frag word of class
``_HSFrag`` is followed by a space; a plain ``list`` frag word is not, so the next word is
drawn right after it. ReportLab cuts text into frag words at whitespace only, and U+200B does
not help: Python's ``str.split`` does not treat it as whitespace, so a whole Thai sentence is
one "word" that ReportLab finally chops at arbitrary characters (``splitLongWords``), inside
words and between a consonant and its vowel; HarfBuzz turns the U+200B into an invisible space
glyph that extracts as a real space.

So this subclass hands ReportLab frag words that are already Thai words: after the markup is
parsed, ReportLab's own ``_getFragWords`` splits at spaces, then each space-free word is cut at
the boundaries from ``line_breaks.word_break_offsets`` into plain-list frag words. ReportLab's
"processed frags" path (the one it uses itself when a paragraph is split across frames) takes
them as they are, breaks lines only between them and draws no space between them. Words are
shaped here (``actual_text.shape_frag_word``) so that every drawn run carries its real text,
and ``beginText`` returns the text object that writes that text as ``/ActualText``.

This relies on three private names of ``reportlab.platypus.paragraph`` (``_getFragWords``,
``_HSFrag``, ``_SHYWord``); the tests in ``tests/printing`` exercise every use of them.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.paragraph import Paragraph, _getFragWords, _HSFrag, _SHYWord

from mentor_desk.domain.thai_words import strip_break_hints
from mentor_desk.printing.actual_text import (
    ActualTextTextObject,
    FragWord,
    actual_text_of,
    shape_frag_words,
)
from mentor_desk.printing.line_breaks import (
    emergency_break_offsets,
    may_start_line,
    word_break_offsets,
)


class ThaiParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph for Thai (and mixed Thai/Latin) text: use it for body text, headings,
    captions and table cells alike.

    Takes the same markup as ``Paragraph`` (``<b>``, ``<i>``, ``<font>``, ``<br/>``). Lines break
    at spaces and between Thai words, never inside a word; a single word wider than the whole
    line is cut between character clusters as a last resort. Justified alignment and
    ``wordWrap`` modes are refused: Thai justification would need spacing between characters,
    which ReportLab does not do.

    The constructor keeps ReportLab's positional signature, because ReportLab itself rebuilds
    the two halves of a split paragraph as ``cls(None, style, bulletText=..., frags=...)``.
    """

    style: ParagraphStyle
    frags: list[Any]

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        if style is not None:
            _check_style(style)
        if isinstance(text, str):
            # Display-only break hints must never reach paper (see thai_words).
            text = strip_break_hints(text)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        if self.style.splitLongWords:
            # ReportLab's own long-word splitting cuts shaped glyph strings per character and
            # loses their positions; overlong words are cut here before shaping instead.
            self.style = copy.copy(self.style)
            self.style.splitLongWords = 0
        self._source_words: list[FragWord] | None = None
        self._prepared: tuple[float, list[FragWord]] | None = None
        if frags is None:
            # Freshly parsed markup: turn it into unshaped Thai-word frag words. Paragraphs
            # that ReportLab builds from a split get frag words that are already prepared.
            self._source_words = segment_frag_words(_getFragWords(self.frags))
            self.frags = list(self._source_words)

    @classmethod
    def from_plain_text(cls, text: str, style: ParagraphStyle) -> ThaiParagraph:
        """A paragraph showing ``text`` literally (a stored note or name, not markup).

        Escapes ``<``, ``>`` and ``&`` so user text can never be read as tags, and keeps the
        user's line breaks.
        """
        return cls(xml_escape(text).replace("\n", "<br/>"), style)

    def breakLines(self, width: float | Sequence[float]) -> Any:
        """Lay the paragraph out in lines of the given width(s); see ``Paragraph.breakLines``."""
        if self._source_words is not None:
            widths = width if isinstance(width, (list, tuple)) else [width]
            self.frags = self._prepared_words(min(widths))
        return super().breakLines(width)

    def beginText(self, x: float, y: float) -> ActualTextTextObject:
        """The text object for drawing this paragraph: it writes the ActualText spans."""
        return ActualTextTextObject(self.canv, x, y)

    def line_texts(self) -> list[str]:
        """The real text of each line as laid out by the last ``wrap`` (for checks and tests)."""
        lines = getattr(self, "blPara", None)
        if lines is None:
            raise RuntimeError("wrap() the paragraph before asking for its lines")
        if lines.kind == 0:
            return [" ".join(actual_text_of(w) for w in words) for _, words in lines.lines]
        return [
            "".join(actual_text_of(w.text) for w in line.words if not hasattr(w, "cbDefn"))
            for line in lines.lines
        ]

    def getPlainText(self, identify: Any = None) -> str:
        """The paragraph's real text without markup (ReportLab's version would return glyphs)."""
        words = self.frags if self._source_words is None else self._source_words
        if not words or not isinstance(words[0], list):
            return str(super().getPlainText(identify))
        plain: list[str] = []
        for word in words:
            plain.extend(actual_text_of(text) for _, text in word[1:])
            if isinstance(word, _HSFrag):
                plain.append(" ")
        return "".join(plain)

    def _prepared_words(self, line_width: float) -> list[FragWord]:
        # Tables wrap a cell several times at the same width; shape only once per width.
        if self._prepared is not None and self._prepared[0] == line_width:
            return list(self._prepared[1])
        assert self._source_words is not None
        words: list[FragWord] = []
        for word in self._source_words:
            if word[0] > line_width and _word_text(word):
                words.extend(split_overlong_word(word, line_width=line_width))
            else:
                words.append(word)
        if self.style.shaping and getattr(pdfmetrics.getFont(self.style.fontName), "shapable", 0):
            words = shape_frag_words(words)
        self._prepared = (line_width, words)
        return list(words)


def segment_frag_words(words: Sequence[FragWord]) -> list[FragWord]:
    """Cut space-delimited frag words into Thai words, each its own frag word.

    All pieces of a cut word but the last are plain lists (no space after them); the last keeps
    the original class, so a space that followed the original word still follows it. A word
    that may not start a line (``ๆ`` after a space, as in ``เด็ก ๆ``) is joined to the word
    before it, space included, so that space is no longer a break.
    """
    result: list[FragWord] = []
    for word in words:
        text = _word_text(word)
        if not text or isinstance(word, _SHYWord):
            # Soft-hyphenated words keep ReportLab's own hyphenation bookkeeping.
            result.append(word)
            continue
        pieces = cut_frag_word(word, word_break_offsets(text))
        if (
            result
            and isinstance(result[-1], _HSFrag)
            and _word_text(result[-1])
            and not may_start_line(text)
        ):
            result[-1] = _join_across_space(result[-1], pieces.pop(0))
        result.extend(pieces)
    return result


def _join_across_space(before: FragWord, after: FragWord) -> FragWord:
    # The space becomes part of one unbreakable word; the joined word takes over whether a
    # space follows from `after`.
    text_frags = [frag for frag, _ in before[1:] if not hasattr(frag, "cbDefn")]
    space_frag = text_frags[-1]
    space_width = pdfmetrics.stringWidth(" ", space_frag.fontName, space_frag.fontSize)
    joined: FragWord = type(after)(
        [before[0] + space_width + after[0], *before[1:], (space_frag, " "), *after[1:]]
    )
    return joined


def split_overlong_word(word: FragWord, *, line_width: float) -> list[FragWord]:
    """Cut a word wider than a whole line into pieces that fit.

    A word holding a space (``เด็ก ๆ``, joined so that ๆ cannot start a line) is cut after
    that space first; only a piece still too wide is cut between character clusters.
    """
    text = _word_text(word)
    widths = _char_widths(word)
    after_spaces = [i + 1 for i, char in enumerate(text[:-1]) if char.isspace()]
    clusters = emergency_break_offsets(text)
    bounds = [0, *_greedy_cuts(widths, after_spaces, line_width=line_width), len(text)]
    cuts: list[int] = []
    for start, end in itertools.pairwise(bounds):
        if start:
            cuts.append(start)
        if sum(widths[start:end]) > line_width:
            inside = [offset for offset in clusters if start < offset < end]
            cuts.extend(_greedy_cuts(widths, inside, line_width=line_width, span=(start, end)))
    return cut_frag_word(word, cuts)


def _greedy_cuts(
    widths: Sequence[float],
    candidates: Sequence[int],
    *,
    line_width: float,
    span: tuple[int, int] | None = None,
) -> list[int]:
    # Fill each piece with as many characters as fit, cutting only at the candidate offsets.
    start, end = span or (0, len(widths))
    cuts: list[int] = []
    last_fit: int | None = None
    for offset in [*candidates, end]:
        if sum(widths[start:offset]) > line_width and last_fit is not None:
            cuts.append(last_fit)
            start = last_fit
        if sum(widths[start:offset]) <= line_width:
            last_fit = offset
        else:
            # Nothing fits before this candidate: the piece gets a line of its own and
            # overflows (only a single cluster can be that wide).
            if offset < end:
                cuts.append(offset)
                start = offset
            last_fit = None
    return cuts


def cut_frag_word(word: FragWord, offsets: Sequence[int]) -> list[FragWord]:
    """Cut a frag word at character offsets of its text (zero-width markers stay in place)."""
    cuts = sorted(set(offsets))
    if not cuts:
        return [word]
    pieces: list[list[tuple[Any, str]]] = [[]]
    position = 0
    next_cut = 0
    for frag, text in word[1:]:
        if hasattr(frag, "cbDefn"):
            pieces[-1].append((frag, text))
            continue
        start = 0
        while next_cut < len(cuts) and cuts[next_cut] <= position + len(text):
            local = cuts[next_cut] - position
            if local > start:
                pieces[-1].append((frag, text[start:local]))
            pieces.append([])
            start = local
            next_cut += 1
        if start < len(text):
            pieces[-1].append((frag, text[start:]))
        position += len(text)
    pieces = [piece for piece in pieces if piece]
    last_class = type(word)
    return [
        (last_class if i == len(pieces) - 1 else list)([_pieces_width(piece), *piece])
        for i, piece in enumerate(pieces)
    ]


def _check_style(style: ParagraphStyle) -> None:
    if style.alignment == TA_JUSTIFY:
        raise ValueError("ThaiParagraph cannot justify Thai; use left, centre or right")
    if style.wordWrap:
        raise ValueError(f"ThaiParagraph does its own word wrap, not {style.wordWrap!r}")


def _word_text(word: FragWord) -> str:
    return "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))


def _char_widths(word: FragWord) -> list[float]:
    return [
        pdfmetrics.stringWidth(char, frag.fontName, frag.fontSize)
        for frag, text in word[1:]
        if not hasattr(frag, "cbDefn")
        for char in text
    ]


def _pieces_width(pieces: Sequence[tuple[Any, str]]) -> float:
    width = 0.0
    for frag, text in pieces:
        if hasattr(frag, "cbDefn"):
            width += getattr(frag.cbDefn, "width", 0) or 0
        else:
            width += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    return width
