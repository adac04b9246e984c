"""Pieces the reports share: a title block and a two-column table of facts."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from mentor_desk.printing.page_setup import ACCENT, ACCENT_LIGHT, MUTED
from mentor_desk.printing.styles import ThaiStyles, thai_leading
from mentor_desk.printing.tables import CELL_PADDING, GRID_COLOUR, GRID_WIDTH
from mentor_desk.printing.thai_paragraph import ThaiParagraph

LABEL_SHARE = 0.28  # of the table's width, for the label column of a facts table
TITLE_SIZE = 20.0
SUBTITLE_SIZE = 12.5


def title_block(title: str, subtitle: str, *, styles: ThaiStyles) -> list[Flowable]:
    """A report's title (centred, accent colour) and a muted line under it."""
    title_style = _centred(styles.heading1, size=TITLE_SIZE, colour=ACCENT)
    title_style.spaceBefore = 0
    flowables: list[Flowable] = [ThaiParagraph.from_plain_text(title, title_style)]
    if subtitle:
        subtitle_style = _centred(styles.body, size=SUBTITLE_SIZE, colour=MUTED)
        flowables.append(ThaiParagraph.from_plain_text(subtitle, subtitle_style))
    return flowables


def facts_table(facts: Sequence[tuple[str, str]], *, width: float, styles: ThaiStyles) -> Table:
    """Label–value rows (label shaded on the left); rows with an empty value are left out."""
    rows = [
        [
            ThaiParagraph.from_plain_text(label, styles.table_header),
            ThaiParagraph.from_plain_text(value, styles.table_cell),
        ]
        for label, value in facts
        if value.strip()
    ]
    if not rows:
        rows = [[ThaiParagraph.from_plain_text("-", styles.table_cell)] * 2]
    table = Table(rows, colWidths=[width * LABEL_SHARE, width * (1 - LABEL_SHARE)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.table_cell.fontName),
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID_COLOUR),
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def centred_style(style: ParagraphStyle) -> ParagraphStyle:
    """A copy of ``style``, centred (numbers in table columns)."""
    centred = copy.copy(style)
    centred.alignment = TA_CENTER
    return centred


def _centred(style: ParagraphStyle, *, size: float, colour: object) -> ParagraphStyle:
    centred = centred_style(style)
    centred.fontSize = size
    centred.leading = thai_leading(size)
    centred.textColor = colour
    centred.keepWithNext = 0
    return centred
