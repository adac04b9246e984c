"""Check the PDF text layer: does copying Thai out of a print give the Thai that went in?

Uses poppler's ``pdftotext`` (package poppler-utils), which honours ``/ActualText``. The
measurement lays out Thai paragraphs, extracts the text again and counts the lines that come
back exactly as laid out; the README reports that share.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle

from mentor_desk.printing.document import build_pdf
from mentor_desk.printing.styles import thai_styles
from mentor_desk.printing.thai_paragraph import ThaiParagraph

PDFTOTEXT = "pdftotext"
DEFAULT_FRAME_WIDTH = 200.0  # points: a narrow column, so each paragraph wraps many times
_EXTRACTION_TIMEOUT_SECONDS = 60


class PopplerMissingError(RuntimeError):
    """poppler-utils (pdftotext) is not installed, so the text layer cannot be checked."""


@dataclass(frozen=True)
class LineExtractionReport:
    """How many laid-out lines came back exactly from the PDF's text layer."""

    expected_lines: list[str]
    extracted_lines: list[str]
    exact_lines: int
    mismatches: list[tuple[str, str]] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Exactly extracted lines / laid-out lines (1.0 for an empty document)."""
        return self.exact_lines / len(self.expected_lines) if self.expected_lines else 1.0


def extract_text(pdf_path: Path, *, layout: bool = False) -> str:
    """The text poppler extracts from a PDF, as UTF-8 (``-layout`` keeps the page layout)."""
    executable = shutil.which(PDFTOTEXT)
    if executable is None:
        raise PopplerMissingError("pdftotext not found; install poppler-utils")
    command = [executable, "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf_path), "-"]
    result = subprocess.run(
        command, capture_output=True, check=True, timeout=_EXTRACTION_TIMEOUT_SECONDS
    )
    return result.stdout.decode("utf-8")


def text_lines(extracted: str) -> list[str]:
    """Non-empty lines of extracted text, trimmed (page breaks, form feeds and blanks dropped)."""
    return [line.strip() for line in extracted.replace("\f", "\n").splitlines() if line.strip()]


def measure_lines_on_pages(
    pdf_path: Path, lines: Sequence[tuple[int, str]]
) -> LineExtractionReport:
    """Count laid-out lines, given as (page, text), that come back exactly from their page.

    For documents already printed (a booklet notes its lines as it draws them). Matching
    page by page keeps text that recurs on many pages (a theme told in several stories)
    from pairing a line with its twin on another page.
    """
    pages = extract_text(pdf_path).split("\f")
    expected: list[str] = []
    extracted: list[str] = []
    exact = 0
    mismatches: list[tuple[str, str]] = []
    for page in sorted({page for page, _ in lines}):
        wanted = [text.strip() for number, text in lines if number == page]
        found = text_lines(pages[page - 1]) if 0 < page <= len(pages) else []
        report = _match_lines(wanted, found)
        expected.extend(wanted)
        extracted.extend(found)
        exact += report.exact_lines
        mismatches.extend(report.mismatches)
    return LineExtractionReport(
        expected_lines=expected, extracted_lines=extracted, exact_lines=exact, mismatches=mismatches
    )


def _match_lines(expected: list[str], extracted: list[str]) -> LineExtractionReport:
    matcher = difflib.SequenceMatcher(None, expected, extracted, autojunk=False)
    exact = sum(block.size for block in matcher.get_matching_blocks())
    mismatches = [
        ("\n".join(expected[i1:i2]), "\n".join(extracted[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag not in ("equal", "insert")
    ]
    return LineExtractionReport(
        expected_lines=expected, extracted_lines=extracted, exact_lines=exact, mismatches=mismatches
    )


def measure_exact_lines(
    paragraphs: Sequence[str],
    *,
    pdf_path: Path,
    frame_width: float = DEFAULT_FRAME_WIDTH,
    style: ParagraphStyle | None = None,
    layout: bool = False,
) -> LineExtractionReport:
    """Print ``paragraphs`` (plain text) to ``pdf_path`` and count lines that extract exactly.

    A line extracts exactly when the extracted line, trimmed, equals the text fragment the
    layout put on that line, trimmed. Extracted lines are matched to laid-out lines in order
    (a longest-matching-sequence alignment), so one lost or merged line costs one line, not
    every line after it.
    """
    style = style or thai_styles().body
    expected: list[str] = []
    for text in paragraphs:
        paragraph = ThaiParagraph.from_plain_text(text, style)
        paragraph.wrap(frame_width, 1e9)
        expected.extend(line.strip() for line in paragraph.line_texts() if line.strip())
    build_pdf(
        [ThaiParagraph.from_plain_text(text, style) for text in paragraphs],
        path=pdf_path,
        frame_width=frame_width,
    )
    extracted = text_lines(extract_text(pdf_path, layout=layout))
    matcher = difflib.SequenceMatcher(None, expected, extracted, autojunk=False)
    exact = sum(block.size for block in matcher.get_matching_blocks())
    mismatches = [
        ("\n".join(expected[i1:i2]), "\n".join(extracted[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return LineExtractionReport(
        expected_lines=expected,
        extracted_lines=extracted,
        exact_lines=exact,
        mismatches=mismatches,
    )
