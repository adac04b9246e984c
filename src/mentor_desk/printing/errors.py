"""Errors of the printing layer: each says in Thai what went wrong and what to do instead."""

from __future__ import annotations

from mentor_desk.domain.errors import MentorDeskError


class PrintingError(MentorDeskError):
    """A print could not be made; the Thai message says why."""


class EmptySelectionError(PrintingError):
    """No record matches what was chosen for the print, so there is nothing to print."""


class PrintOutputError(PrintingError):
    """The PDF could not be written where it was asked (folder missing, read-only, full)."""
