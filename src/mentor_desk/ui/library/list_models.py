"""The table models of the activity and lesson lists: their columns, what each cell shows
in the current language and what it sorts by."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.vocab import Vocabulary
from mentor_desk.store.library_queries import ActivityRow, LessonRow
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library.table_model import Column, RowTableModel

NO_COUNT = -1  # sorts activities with no head count below those with any


def _position(vocabulary: Vocabulary, key: str) -> int:
    """Where a key stands in its vocabulary's order (unknown keys last)."""
    keys = vocabulary.keys()
    return keys.index(key) if key in keys else len(keys)


def _date(iso: str | None) -> str:
    return format_iso(iso, language=current_language())


class ActivityTableModel(RowTableModel):
    """Activities: date (พ.ศ.), title, kind, participants."""

    DATE, TITLE, KIND, PARTICIPANTS = range(4)

    def columns(self) -> Sequence[Column]:
        return (
            Column(lambda r: _date(r.date), lambda r: r.date or ""),
            Column(lambda r: r.title, lambda r: r.title),
            Column(
                lambda r: vocab.ACTIVITY_KIND.label(r.kind, current_language()),
                lambda r: vocab.ACTIVITY_KIND.label(r.kind, current_language()),
            ),
            Column(
                lambda r: "" if r.participants is None else f"{r.participants:,}",
                lambda r: NO_COUNT if r.participants is None else r.participants,
                align_right=True,
            ),
        )

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Activity"), self.tr("Kind"), self.tr("People"))


def activity_searchable(row: ActivityRow) -> str:
    """The text the activity list's filter box looks in."""
    kind = vocab.ACTIVITY_KIND.label(row.kind, current_language())
    return f"{row.title} {row.place} {kind} {_date(row.date)}"


class LessonTableModel(RowTableModel):
    """Lessons: title, kind, status, period start (พ.ศ.). Lessons from another community
    (read-only here, see `store.lesson_origin`) say so in the kind column."""

    TITLE, KIND, STATUS, PERIOD = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.from_elsewhere: frozenset[str] = frozenset()

    def set_from_elsewhere(self, lesson_ids: Iterable[str]) -> None:
        """The lessons to mark "from another community" (set before `set_rows`)."""
        self.from_elsewhere = frozenset(lesson_ids)

    def kind_text(self, row: LessonRow) -> str:
        """The lesson's kind, or "from another community" for a lesson that came from one
        (in the kind column, so the title stays readable; the editor shows the kind)."""
        if row.id in self.from_elsewhere:
            return self.tr("From another community")
        return vocab.LESSON_KIND.label(row.kind, current_language())

    def columns(self) -> Sequence[Column]:
        return (
            Column(lambda r: r.title, lambda r: r.title),
            Column(
                self.kind_text,
                lambda r: (r.id in self.from_elsewhere, _position(vocab.LESSON_KIND, r.kind)),
            ),
            Column(
                lambda r: vocab.LESSON_STATUS.label(r.status, current_language()),
                # Sorted along the review flow (draft → selected), not alphabetically.
                lambda r: _position(vocab.LESSON_STATUS, r.status),
            ),
            Column(lambda r: _date(r.period_start), lambda r: r.period_start or ""),
        )

    def headers(self) -> Sequence[str]:
        return (self.tr("Title"), self.tr("Kind"), self.tr("Status"), self.tr("From"))


def lesson_searchable(row: LessonRow) -> str:
    """The text the lesson list's filter box looks in."""
    return f"{row.title} {row.author} {row.area}"
