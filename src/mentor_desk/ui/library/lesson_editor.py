"""The editor of a lesson (บทเรียน), laid out as the lesson template mentors are trained on:
who, where and when; six numbered sections of long text, each with a hint of what to write;
virtues, links, photos; consent and the review status. A lesson from another community (the
district's selection, see `store.lesson_origin`) opens read-only: the lesson as a reader
shows it, without Save or Delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.records import Lesson, Record, field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.library_queries import ActivityChoice, VisitChoice
from mentor_desk.ui.district.area_filter import subdistrict_name
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.lesson_review.reader import LessonReader
from mentor_desk.ui.library import dialogs
from mentor_desk.ui.library.editor import RecordEditor, photos_json
from mentor_desk.ui.library.inputs import LongTextEdit, OptionalDateEdit, SubdistrictCombo
from mentor_desk.ui.library.picker import Choice, RecordPicker
from mentor_desk.ui.theme import SECTION_TEXT_MIN_LINES
from mentor_desk.ui.widgets.choices import VocabularyChecklist, VocabularyCombo
from mentor_desk.ui.widgets.photos import PhotoStrip

SECTIONS = ("context", "actions", "results", "success_factors", "challenges", "recommendations")
VIRTUE_COLUMNS = 2  # two by two: four in a row do not fit the largest text size


class LessonEditor(RecordEditor):
    """Write and edit one lesson; a draft can be sent for review (GUI thread)."""

    TABLE = "lessons"
    read_only = False  # the lesson shown came from another community
    read_only_lessons: frozenset[str] = frozenset()

    def build_fields(self) -> None:
        specs = field_specs(self.TABLE)
        self.reader: LessonReader | None = None  # made when a read-only lesson is first shown
        self.status = "draft"
        self.reviewer_notes_text = ""
        self.title = QLineEdit()
        self.title.setMaxLength(specs["title"].max_length)
        self.kind = VocabularyCombo(vocab.LESSON_KIND)
        self.author = QLineEdit()
        self.author.setMaxLength(specs["author"].max_length)
        self.area = QLineEdit()
        self.area.setMaxLength(specs["area"].max_length)
        self.subdistrict = SubdistrictCombo()
        self.period_start = OptionalDateEdit()
        self.period_end = OptionalDateEdit()
        self.sections = {name: LongTextEdit(min_lines=SECTION_TEXT_MIN_LINES) for name in SECTIONS}
        self.virtues = VocabularyChecklist(vocab.VIRTUE, columns=VIRTUE_COLUMNS)
        self.activities = RecordPicker()
        self.visits = RecordPicker()
        self.photos = PhotoStrip(self.db)
        self.consent = QCheckBox()
        self.consent_hint = QLabel()
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setProperty("role", "error")
        self.status_label = QLabel()
        self.submit_button = QPushButton()
        self.submit_button.clicked.connect(self.submit)
        status_box = QWidget()
        status_line = QHBoxLayout(status_box)
        status_line.setContentsMargins(0, 0, 0, 0)
        status_line.addWidget(self.status_label, 1)
        status_line.addWidget(self.submit_button)
        self.reviewer_notes = QLabel()
        self.reviewer_notes.setWordWrap(True)
        self.reviewer_notes.setFrameShape(QLabel.Shape.StyledPanel)
        self.reviewer_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = self.form
        form.overrides["subdistrict_code"] = lambda: self.tr("Subdistrict")
        form.add("title", self.title)
        form.add("kind", self.kind)
        form.add("author", self.author)
        form.add("area", self.area)
        form.add("subdistrict_code", self.subdistrict)
        form.add_row(
            [
                ("period_start", self.period_start, self.period_start.check),
                ("period_end", self.period_end, self.period_end.check),
            ]
        )
        for number, name in enumerate(SECTIONS, start=1):
            form.add_section(name, self.sections[name], number=number)
        form.add("virtues", self.virtues, focus=next(iter(self.virtues.boxes.values())))
        form.add("activity_ids", self.activities, focus=self.activities.filter)
        form.add("visit_ids", self.visits, focus=self.visits.filter)
        form.add("photos", self.photos, focus=self.photos.add_button)
        form.add_check("people_consented", self.consent)
        self.form_layout.addRow(self.consent_hint)
        form.add("status", status_box, focus=self.submit_button)
        form.add("reviewer_notes", self.reviewer_notes)

        for line in (self.title, self.author, self.area):
            line.textChanged.connect(self.field_changed)
        for text in self.sections.values():
            text.textChanged.connect(self.field_changed)
        self.kind.currentIndexChanged.connect(self.field_changed)
        self.kind.currentIndexChanged.connect(self._show_consent_hint)
        self.consent.toggled.connect(self.field_changed)
        self.consent.toggled.connect(self._show_consent_hint)
        for changing in (
            self.subdistrict,
            self.period_start,
            self.period_end,
            self.virtues,
            self.activities,
            self.visits,
            self.photos,
        ):
            changing.changed.connect(self.field_changed)

    # --- lessons from other communities (read-only) ---------------------------------------

    def set_read_only_lessons(self, lesson_ids: Iterable[str]) -> None:
        """The lessons that open read-only (GUI thread; the page reads them on the worker)."""
        self.read_only_lessons = frozenset(lesson_ids)

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        assert isinstance(record, Lesson)
        self._show_read_only(record if record.id in self.read_only_lessons else None)

    def start_new(self, defaults: Mapping[str, Any]) -> None:
        super().start_new(defaults)
        self._show_read_only(None)

    def save(
        self,
        *,
        then: Callable[[], None] | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> bool:
        """Save the lesson shown, unless it came from another community."""
        if self.read_only:
            return False
        return super().save(then=then, overrides=overrides)

    def delete(self) -> None:
        if not self.read_only:
            super().delete()

    def _show_read_only(self, lesson: Lesson | None) -> None:
        """Show `lesson` in the reader, without Save or Delete (None: edit as usual)."""
        self.read_only = lesson is not None
        if self.reader is None:
            self.reader = LessonReader(self.db.home / "attachments")
            self.elsewhere_note = QLabel()
            self.elsewhere_note.setObjectName("from_another_community")
            self.elsewhere_note.setWordWrap(True)
            self.elsewhere_note.setProperty("role", "muted")
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self.elsewhere_note)
            layout.insertWidget(2, self.reader, 1)
            self._show_elsewhere_note()
        self.reader.setVisible(self.read_only)
        self.elsewhere_note.setVisible(self.read_only)
        # `scroll` is the editor's QScrollArea (it shadows QWidget.scroll for type checkers).
        cast(QWidget, self.scroll).setVisible(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.delete_button.setVisible(not self.read_only)
        self.state.setVisible(not self.read_only)
        self.save_shortcut.setEnabled(not self.read_only)
        if lesson is not None:
            self.reader.show_lesson(lesson, subdistrict=subdistrict_name(lesson.subdistrict_code))

    def _show_elsewhere_note(self) -> None:
        if self.reader is not None:
            note = self.tr(
                "From another community: the district selected this lesson for mentors to "
                "learn from. You can read it here but not change it."
            )
            # Break hints are for Thai; English wraps at its spaces.
            self.elsewhere_note.setText(
                with_break_hints(note) if current_language() == "th" else note
            )

    # --- RecordEditor -------------------------------------------------------------------

    def fill(self, record: Record) -> None:
        assert isinstance(record, Lesson)
        self.title.setText(record.title)
        self.kind.set_value(record.kind)
        self.author.setText(record.author)
        self.area.setText(record.area)
        self.subdistrict.set_value(record.subdistrict_code)
        self.period_start.set_value(record.period_start)
        self.period_end.set_value(record.period_end)
        for name, text in self.sections.items():
            text.set_value(getattr(record, name))
        self.virtues.set_values(record.virtues)
        self.activities.set_values(record.activity_ids)
        self.visits.set_values(record.visit_ids)
        self.photos.set_photos(record.photos)
        self.consent.setChecked(record.people_consented)
        self._show_review(record.status, record.reviewer_notes)
        for line in (self.title, self.author, self.area):
            line.setCursorPosition(0)  # show the start of a long text, not its end

    def values(self) -> dict[str, Any]:
        """Everything the mentor writes; status and reviewer notes are not sent from here,
        so an edit never overwrites what the district decided."""
        values: dict[str, Any] = {
            "title": self.title.text().strip(),
            "kind": self.kind.value(),
            "author": self.author.text().strip(),
            "area": self.area.text().strip(),
            "subdistrict_code": self.subdistrict.value(),
            "period_start": self.period_start.value(),
            "period_end": self.period_end.value(),
        }
        values.update({name: text.value() for name, text in self.sections.items()})
        values.update(
            {
                "virtues": list(self.virtues.values()),
                "activity_ids": list(self.activities.values()),
                "visit_ids": list(self.visits.values()),
                "photos": photos_json(self.photos),
                "people_consented": self.consent.isChecked(),
            }
        )
        return values

    def after_save(self, record: Record) -> None:
        assert isinstance(record, Lesson)
        self._show_review(record.status, record.reviewer_notes)

    def record_title(self) -> str:
        return self.title.text().strip()

    def caption_text(self) -> str:
        language = current_language()
        kind = vocab.LESSON_KIND.label(self.kind.value() or "", language)
        if self.is_new:
            return self.tr("New: %1").replace("%1", kind)
        return f"{kind} · {vocab.LESSON_STATUS.label(self.status, language)}"

    def first_field(self) -> QWidget:
        return self.title

    def retranslate(self) -> None:
        super().retranslate()
        self._show_elsewhere_note()
        hints = {
            "context": self.tr(
                "How did it start? Describe the community, the families and the problem."
            ),
            "actions": self.tr("What did you and the community do, step by step? Who took part?"),
            "results": self.tr(
                "What changed for the families and the community? Give examples or numbers."
            ),
            "success_factors": self.tr(
                "What helped it work? People, partners, local wisdom, the four virtues."
            ),
            "challenges": self.tr("What was difficult, and how did you get past it?"),
            "recommendations": self.tr(
                "What would you tell another community that wants to do the same?"
            ),
        }
        for name, hint in hints.items():
            self.sections[name].setPlaceholderText(hint)
            self.sections[name].setAccessibleDescription(hint)
        self.title.setPlaceholderText(self.tr("A short title that says what the story is about"))
        self.area.setPlaceholderText(self.tr("Village or community, e.g. Ban Nong Bua, moo 3"))
        for date in (self.period_start, self.period_end):
            date.set_hint(self.tr("Tick to give a date"))
        self.submit_button.setText(self.tr("Send for review…"))
        self.submit_button.setAccessibleName(self.tr("Send this lesson to the district for review"))
        self.consent_hint.setText(
            with_break_hints(
                self.tr(
                    "A good-deed story needs the consent of the people named in it before it is "
                    "sent or published."
                )
            )
        )
        self._show_review(self.status, self.reviewer_notes_text)

    # --- review status ------------------------------------------------------------------

    def submit(self) -> None:
        """Send a draft for review: ask first (warning when a good-deed story has no
        consent), then save it with status "submitted"."""
        if self.record_id is None or self.status != "draft":
            return
        missing_consent = self.kind.value() == "good_deed" and not self.consent.isChecked()
        if dialogs.confirm_submit(self, missing_consent=missing_consent):
            self.save(overrides={"status": "submitted"})

    def _show_review(self, status: str, notes: str) -> None:
        self.status = status
        self.reviewer_notes_text = notes
        label = vocab.LESSON_STATUS.label(status, current_language())
        if status == "submitted":
            label = self.tr("%1 — waiting for the district to review it").replace("%1", label)
        self.status_label.setText(with_break_hints(label))
        self.status_label.setAccessibleName(label)
        self.submit_button.setVisible(status == "draft")
        self.reviewer_notes.setText(with_break_hints(notes))
        self.form_layout.setRowVisible(self.form.labels["reviewer_notes"], bool(notes.strip()))
        self._show_consent_hint()

    def _show_consent_hint(self) -> None:
        needed = self.kind.value() == "good_deed" and not self.consent.isChecked()
        self.form_layout.setRowVisible(self.consent_hint, needed)

    # --- choices (filled by the page from the worker) -----------------------------------

    def set_link_choices(
        self, activities: Sequence[ActivityChoice], visits: Sequence[VisitChoice]
    ) -> None:
        """Offer these activities and visits in the link pickers."""
        language = current_language()
        self.activities.set_choices(
            [
                Choice(a.id, f"{format_iso(a.date, language=language)} · {a.title}")
                for a in activities
            ]
        )
        self.visits.set_choices(
            [
                Choice(
                    v.id,
                    " · ".join(
                        part
                        for part in (
                            format_iso(v.date, language=language),
                            v.household_name,
                            vocab.VISIT_MODE.label(v.mode, language),
                        )
                        if part
                    ),
                )
                for v in visits
            ]
        )
