"""Tables of Thai text: every cell is a ThaiParagraph, so cells wrap between words too."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from mentor_desk.printing.styles import ThaiStyles, thai_styles
from mentor_desk.printing.thai_paragraph import ThaiParagraph

GRID_WIDTH = 0.5
GRID_COLOUR = colors.Color(0.55, 0.55, 0.55)
HEADER_BACKGROUND = colors.Color(0.92, 0.92, 0.92)
CELL_PADDING = 4.0


def thai_table(
    rows: Sequence[Sequence[str | Flowable]],
    *,
    col_widths: Sequence[float],
    header_rows: int = 1,
    styles: ThaiStyles | None = None,
) -> Table:
    """A gridded table: text cells become ThaiParagraphs (header rows in the header style).

    Text is shown literally (see ``ThaiParagraph.from_plain_text``); pass a flowable for a cell
    that needs markup. Column widths are required, because Thai cells have no natural width
    to measure. Header rows repeat at the top of every page the table runs onto.
    """
    styles = styles or thai_styles()
    cells = [
        [
            cell
            if isinstance(cell, Flowable)
            else ThaiParagraph.from_plain_text(
                cell, styles.table_header if index < header_rows else styles.table_cell
            )
            for cell in row
        ]
        for index, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=list(col_widths), repeatRows=header_rows)
    commands: list[tuple[object, ...]] = [
        # Cells are paragraphs, but the table still selects a cell font before drawing them;
        # keep it Sarabun so no other font is referenced by the PDF.
        ("FONTNAME", (0, 0), (-1, -1), styles.table_cell.fontName),
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BACKGROUND))
    table.setStyle(TableStyle(commands))
    return table
