"""A clean text layer for shaped Thai: each shaped run is drawn inside an ``/ActualText`` span.

After HarfBuzz shaping, ReportLab draws *glyphs*: a tone mark moved above an upper vowel
becomes a private-use character (U+E000...), and SARA AM (ำ) becomes NIKHAHIT + SARA AA in a
different order. The font's ToUnicode map can only map those glyphs back to the private-use
characters, so copying or searching the PDF gives broken Thai. PDF's fix is a marked-content
span ``/Span <</ActualText <FEFF...>>> BDC ... EMC`` that tells readers the real text of what
is drawn inside; poppler, pdf.js and Acrobat honour it.

ReportLab forgets the real text once it has shaped a word, so this module shapes words itself
and keeps the real text alongside the glyphs:

- ``ActualShapedStr`` is ReportLab's ``ShapedStr`` (glyph string + positions) that also carries,
  per glyph, the piece of real text that glyph stands for. Concatenation and slicing, which the
  paragraph line builder does, keep the two in step.
- ``ActualTextTextObject`` is a ``PDFTextObject`` whose single text-formatting hook wraps every
  ``ActualShapedStr`` run in an ActualText span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord, shapeFragWord, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

# A frag word in ReportLab's paragraph engine: [width, (frag, text), (frag, text), ...].
FragWord = list[Any]


class ActualShapedStr(ShapedStr):  # type: ignore[misc]  # reportlab has no type hints
    """A shaped glyph string that remembers the real text behind each glyph.

    ``parts[i]`` is the text glyph ``i`` stands for: the first glyph of a HarfBuzz cluster
    carries the whole cluster's text, the cluster's other glyphs carry ``""``.
    """

    parts: tuple[str, ...]

    def __new__(
        cls, glyphs: str, shapeData: list[Any] | None = None, parts: Sequence[str] = ()
    ) -> ActualShapedStr:
        self: ActualShapedStr = super().__new__(cls, glyphs, shapeData=shapeData)
        self.parts = tuple(parts)
        if len(self.parts) != len(self):
            raise ValueError("one text part is needed per glyph")
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:
        # copy/deepcopy/pickle rebuild str subclasses through __new__; pass everything it needs.
        return (str(self), self.__shapeData__, self.parts)

    @property
    def actual_text(self) -> str:
        """The real text these glyphs draw."""
        return "".join(self.parts)

    def __add__(self, other: str) -> ActualShapedStr:
        joined = ShapedStr.__add__(self, other)
        return ActualShapedStr(joined, joined.__shapeData__, self.parts + _glyph_parts(other))

    def __radd__(self, other: str) -> ActualShapedStr:
        joined = ShapedStr.__radd__(self, other)
        return ActualShapedStr(joined, joined.__shapeData__, _glyph_parts(other) + self.parts)

    def __getitem__(self, index: Any) -> str:
        glyphs = ShapedStr.__getitem__(self, index)
        if not glyphs:
            return ""
        parts = self.parts[index] if isinstance(index, slice) else (self.parts[index],)
        return ActualShapedStr(glyphs, glyphs.__shapeData__, parts)


def actual_text_of(text: str) -> str:
    """The real text of a run: the carried text of a shaped run, or the string itself."""
    return "".join(text.parts) if isinstance(text, ActualShapedStr) else str(text)


def _glyph_parts(text: str) -> tuple[str, ...]:
    if isinstance(text, ActualShapedStr):
        return text.parts
    # A plain string is its own text, one character per glyph. (A ShapedStr made elsewhere
    # has lost its text; its glyph characters are the best left to offer.)
    return tuple(text)


def pdf_text_string(text: str) -> str:
    """``text`` as a PDF text string in hex form: UTF-16BE with a byte-order mark, ``<FEFF...>``."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def shape_frag_word(word: FragWord) -> FragWord:
    """Shape one frag word for drawing, keeping its real text for the ActualText layer.

    Each (frag, text) piece is shaped with its own font (a word may change face mid-way, e.g.
    ``<b>ครอบ</b>ครัว``). The result is always one of ReportLab's shaped frag word classes, so
    the paragraph engine neither shapes it again nor loses the carried text; the word keeps
    its original class (``_HSFrag`` etc.), hence whether a space follows it.
    """
    pieces: list[tuple[Any, str]] = []
    width = 0.0
    for frag, text in word[1:]:
        if hasattr(frag, "cbDefn"):
            pieces.append((frag, text))
            width += getattr(frag.cbDefn, "width", 0) or 0
            continue
        piece_width, shaped_text = _shape_piece(frag, text)
        pieces.append((frag, shaped_text))
        width += piece_width
    shaped_word_class = makeShapedFragWord(word)
    shaped: FragWord = shaped_word_class([width, *pieces])
    return shaped


def shape_frag_words(words: Iterable[FragWord]) -> list[FragWord]:
    """Shape frag words (see ``shape_frag_word``); those without text pass through unchanged.

    Words without text are images and explicit line breaks (``<br/>``).
    """
    return [
        shape_frag_word(word) if any(not hasattr(f, "cbDefn") and t for f, t in word[1:]) else word
        for word in words
    ]


# Shaped words by (font, size, text). Thai prose repeats its words (ที่ และ ของ ครอบครัว ...)
# thousands of times in a booklet; a shaped run is immutable (ReportLab only reads its glyph
# positions, and joining or slicing makes new runs), so one shaping serves every repeat.
SHAPED_WORD_CACHE_SIZE = 50_000
_shaped_words: dict[tuple[str, float, str], tuple[float, str]] = {}


def forget_shaped_words() -> None:
    """Empty the cache of shaped words (for benchmarks that measure a first print)."""
    _shaped_words.clear()


def _shape_piece(frag: Any, text: str) -> tuple[float, str]:
    key = (frag.fontName, frag.fontSize, text)
    shaped = _shaped_words.get(key)
    if shaped is None:
        shaped = _shape_piece_uncached(frag, text)
        if len(_shaped_words) >= SHAPED_WORD_CACHE_SIZE:
            _shaped_words.clear()
        _shaped_words[key] = shaped
    return shaped


def _shape_piece_uncached(frag: Any, text: str) -> tuple[float, str]:
    plain_width = pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    if not text or not getattr(pdfmetrics.getFont(frag.fontName), "shapable", False):
        return plain_width, text
    shaped = shapeFragWord([plain_width, (frag, text)])
    # When HarfBuzz changes nothing, shapeFragWord hands back its input: plain text that
    # draws (and extracts) correctly as it is.
    glyphs = shaped[1][1] if len(shaped) == 2 else None
    if not isinstance(glyphs, ShapedStr):
        return plain_width, text
    return shaped[0], _carrying_text(glyphs, text)


def _carrying_text(glyphs: ShapedStr, text: str) -> ActualShapedStr:
    clusters = [data.cluster for data in glyphs.__shapeData__]
    return ActualShapedStr(glyphs, glyphs.__shapeData__, cluster_text_parts(text, clusters))


def cluster_text_parts(text: str, clusters: Sequence[int]) -> list[str]:
    """Give each glyph the text of its HarfBuzz cluster: the first glyph of a cluster gets it all.

    ``clusters[i]`` is the index in ``text`` where glyph ``i``'s cluster starts. A cluster runs
    to the next larger cluster start, so joining the parts gives ``text`` back exactly.
    """
    starts = sorted(set(clusters))
    # The first cluster also takes any text before it (never seen in practice, but no
    # character may get lost).
    spans = {
        start: (0 if i == 0 else start, end)
        for i, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True))
    }
    seen: set[int] = set()
    parts: list[str] = []
    for cluster in clusters:
        if cluster in seen:
            parts.append("")
            continue
        seen.add(cluster)
        begin, end = spans[cluster]
        parts.append(text[begin:end])
    return parts


def shape_text(text: str, *, font_name: str, font_size: float) -> str:
    """Shape a plain string for direct canvas drawing; returns an ActualShapedStr when shaped."""
    shaped = shapeStr(text, font_name, font_size)
    return _carrying_text(shaped, text) if isinstance(shaped, ShapedStr) else text


class ActualTextTextObject(PDFTextObject):  # type: ignore[misc]
    """A PDF text object that puts every carried-text shaped run in an ``/ActualText`` span.

    ``_formatText`` is the one place ReportLab turns a string into text-showing operators
    (``textOut``, ``textLine`` and the paragraph engine's ``_textOut`` all go through it), so
    wrapping its output covers every way text reaches the page. Marked content is allowed
    inside a text object (BT ... ET), and each span stays within one call, hence one line.
    """

    def _formatText(self, text: str) -> str:
        code: str = super()._formatText(text)
        if not code or not isinstance(text, ActualShapedStr):
            return code
        return f"/Span <</ActualText {pdf_text_string(text.actual_text)}>> BDC {code} EMC"


def draw_shaped_string(
    canvas: Canvas, *, x: float, y: float, text: str, font_name: str, font_size: float
) -> None:
    """Draw one line of Thai at (x, y) on a canvas, shaped and with a clean text layer.

    For page headers, footers and page numbers, which are drawn on the canvas rather than as
    paragraphs; ``canvas.drawString`` would neither shape Thai nor keep its text extractable.
    """
    text_object = ActualTextTextObject(canvas, x, y)
    text_object.setFont(font_name, font_size)
    text_object.textOut(shape_text(text, font_name=font_name, font_size=font_size))
    canvas.drawText(text_object)
