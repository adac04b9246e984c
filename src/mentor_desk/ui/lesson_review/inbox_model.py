"""The table of the lesson review inbox: status, title, mentor (kind and village are
filters, and the reader shows them); what each cell shows in the current language and what
it sorts by (GUI thread)."""

from __future__ import annotations

from collections.abc import Sequence

from mentor_desk.domain import vocab
from mentor_desk.store.lesson_review import REVIEW_STATUSES, ReviewRow
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library.table_model import Column, RowTableModel


def _status_order(row: ReviewRow) -> int:
    return REVIEW_STATUSES.index(row.status) if row.status in REVIEW_STATUSES else 0


class ReviewTableModel(RowTableModel):
    """Lessons sent for review; waiting ones sort first along the review flow."""

    STATUS, TITLE, MENTOR = range(3)

    def columns(self) -> Sequence[Column]:
        return (
            Column(
                lambda r: vocab.LESSON_STATUS.label(r.status, current_language()),
                _status_order,
            ),
            Column(lambda r: r.title, lambda r: r.title),
            Column(lambda r: r.mentor, lambda r: r.mentor),
        )

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Status"),
            self.tr("Title"),
            self.tr("Mentor"),
        )


def review_searchable(row: ReviewRow) -> str:
    """The text the inbox's filter box looks in."""
    return f"{row.title} {row.author} {row.mentor} {row.area}"
