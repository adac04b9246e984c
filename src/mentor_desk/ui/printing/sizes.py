"""Sizes and limits of the print dialogs, in one place."""

from __future__ import annotations

DIALOG_SIZE = (1180, 760)
FILTER_PANEL_WIDTH = 400
FOREWORD_LINES = 5
PREVIEW_PAGE_WIDTH = 300  # pixels of one page image in the preview grid
PREVIEW_SPACING = 14
MAX_PREVIEW_PAGES = 400  # a booklet longer than this shows its first pages only
PRINT_DPI_LIMIT = 300  # pages are rendered for the printer at no more than this
PREVIEW_BACKGROUND = "#dfe4e2"  # pages stand out as white sheets on a soft grey desk
PAGE_EDGE = "#9aa5a1"
