"""A lesson read in full, laid out as the lesson template (who, where, when; the six numbered
sections; virtues; photos with their captions). Read-only: the district reviews lessons with
it, and a mentor reads the lessons selected from other communities with it. GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.records import Lesson, field_specs
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.attachments import AttachmentFolder
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import COLOURS

SECTIONS = ("context", "actions", "results", "success_factors", "challenges", "recommendations")
PHOTO_WIDTH = 260  # px of each photo in the text; two fit side by side in the reading pane
PHOTOS_PER_ROW = 2


class LessonReader(QTextBrowser):
    """Shows one lesson (or nothing); `show_lesson` may be called again on a language
    switch. `subdistrict_name` turns a subdistrict code into its name in a language."""

    def __init__(self, attachments: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson_reader")
        self.setOpenLinks(False)
        self.folder = AttachmentFolder(attachments)
        self.lesson: Lesson | None = None
        self.subdistrict = ""

    def show_lesson(self, lesson: Lesson | None, *, subdistrict: str = "") -> None:
        """Show a lesson (None clears), with its subdistrict's name as the area line says."""
        self.lesson = lesson
        self.subdistrict = subdistrict
        self.setHtml(self._html() if lesson is not None else "")
        self.setAccessibleName(lesson.title if lesson is not None else "")

    def _html(self) -> str:
        assert self.lesson is not None
        lesson, language = self.lesson, current_language()
        specs = field_specs("lessons")
        muted = COLOURS["muted"]
        period = " – ".join(
            part
            for part in (
                format_iso(lesson.period_start, language=language),
                format_iso(lesson.period_end, language=language),
            )
            if part
        )
        facts = [
            vocab.LESSON_KIND.label(lesson.kind, language) if lesson.kind else "",
            self.tr("by %1").replace("%1", lesson.author) if lesson.author else "",
            _place(lesson.area, self.subdistrict),
            period,
        ]
        out = [
            f"<h2>{_text(lesson.title)}</h2>",
            f"<p style='color:{muted}'>{_text(' · '.join(f for f in facts if f))}</p>",
        ]
        for number, name in enumerate(SECTIONS, start=1):
            body = getattr(lesson, name).strip()
            heading = f"{number}. {specs[name].label(language)}"
            out.append(f"<h3>{_text(heading)}</h3>")
            if body:
                paragraphs = (p for p in body.splitlines() if p.strip())
                out.extend(f"<p>{_text(p)}</p>" for p in paragraphs)
            else:
                missing = self.tr("(not written)")
                out.append(f"<p style='color:{muted}'>{_text(missing)}</p>")
        if lesson.virtues:
            virtues = ", ".join(vocab.VIRTUE.label(v, language) for v in lesson.virtues)
            out.append(f"<h3>{_text(specs['virtues'].label(language))}</h3><p>{_text(virtues)}</p>")
        if lesson.photos:
            out.append(f"<h3>{_text(specs['photos'].label(language))}</h3>")
            out.append(self._photo_table())
        consent = (
            self.tr("The people named in this story agreed to its being shared.")
            if lesson.people_consented
            else self.tr("The people named in this story have not agreed yet: it is not shared.")
        )
        out.append(f"<p style='color:{muted}'>{_text(consent)}</p>")
        return "".join(out)

    def _photo_table(self) -> str:
        assert self.lesson is not None
        cells = []
        for photo in self.lesson.photos:
            url = QUrl.fromLocalFile(str(self.folder.path_of(photo.sha256))).toString()
            cells.append(
                f"<td style='padding:4px'><img src='{html.escape(url)}' width='{PHOTO_WIDTH}'>"
                f"<br>{_text(photo.caption)}</td>"
            )
        rows = [
            "<tr>" + "".join(cells[i : i + PHOTOS_PER_ROW]) + "</tr>"
            for i in range(0, len(cells), PHOTOS_PER_ROW)
        ]
        return "<table>" + "".join(rows) + "</table>"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.lesson is not None:
            self.show_lesson(self.lesson, subdistrict=self.subdistrict)
        super().changeEvent(event)


def _place(area: str, subdistrict: str) -> str:
    """The lesson's area, then its subdistrict unless the area already names it."""
    if subdistrict and subdistrict not in area:
        return ", ".join(part for part in (area, subdistrict) if part)
    return area


def _text(text: str) -> str:
    """Plain text for the reader's HTML, with break hints so Thai wraps between words."""
    return html.escape(with_break_hints(text))
