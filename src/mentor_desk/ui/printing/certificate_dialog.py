"""Make a certificate of appreciation (เกียรติบัตร) from a good-deed story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from mentor_desk.domain.records import Lesson
from mentor_desk.printing.certificate import build_certificate, certificate_text
from mentor_desk.printing.errors import PrintingError
from mentor_desk.store import Store
from mentor_desk.store.print_queries import PrintData
from mentor_desk.ui.database import Database
from mentor_desk.ui.printing.quick_print import PdfJob, QuickPrintDialog
from mentor_desk.ui.widgets.dates import BuddhistDateEdit


class CertificateDialog(QuickPrintDialog):
    """Choose the story, the person, who gives and signs it, and the date.

    Only good-deed stories whose people consented are offered; ``lesson_id`` preselects one.
    """

    document_kind = "certificate"

    def __init__(
        self, db: Database, lesson_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.lesson_id = lesson_id
        self.stories: list[Lesson] = []
        self.loaded = False  # the stories have come back from the worker
        self.story = QComboBox()
        self.story.setObjectName("story")
        self.recipient, self.issuer = QLineEdit(), QLineEdit()
        self.signer_name, self.signer_position = QLineEdit(), QLineEdit()
        self.recipient.setObjectName("recipient")
        self.issued_on = BuddhistDateEdit()
        self.issued_on.set_value(dt.date.today())
        self.labels = [QLabel() for _ in range(6)]
        fields = (
            self.story,
            self.recipient,
            self.issuer,
            self.signer_name,
            self.signer_position,
            self.issued_on,
        )
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.story.currentIndexChanged.connect(self._story_chosen)
        for edit in (self.recipient, self.issuer, self.signer_name, self.signer_position):
            edit.textChanged.connect(self.mark_stale)
        self.issued_on.dateChanged.connect(self.mark_stale)
        self.retranslate()
        self.db.run(self._load, on_done=self._loaded)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Make a certificate of appreciation"))
        texts = (
            self.tr("Good-deed story"),
            self.tr("Given to"),
            self.tr("Given by"),
            self.tr("Signed by"),
            self.tr("Position"),
            self.tr("Date"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        if self.pdf is None:
            self.status.setText(
                self.tr("Only good-deed stories whose people consented can be honoured.")
            )

    def file_name(self) -> str:
        return "certificate.pdf"

    @staticmethod
    def _load(store: Store) -> tuple[list[Lesson], str]:
        data = PrintData(store)
        return data.good_deed_stories(), data.home_area()

    def _loaded(self, loaded: tuple[list[Lesson], str]) -> None:
        self.stories, area = loaded
        if area and not self.issuer.text():
            self.issuer.setText(area)
        self.story.blockSignals(True)
        self.story.clear()
        for story in self.stories:
            self.story.addItem(story.title, story.id)
        self.story.blockSignals(False)
        self.story.setCurrentIndex(max(self.story.findData(self.lesson_id), 0))
        self._story_chosen()
        self.make_button.setEnabled(bool(self.stories))
        self.loaded = True

    def _story_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.recipient.setText(chosen.author)
        self.mark_stale()

    def _chosen(self) -> Lesson | None:
        index = self.story.currentIndex()
        return self.stories[index] if 0 <= index < len(self.stories) else None

    def make_job(self) -> PdfJob:
        chosen = self._chosen()
        recipient, issuer = self.recipient.text(), self.issuer.text()
        signer, position = self.signer_name.text(), self.signer_position.text()
        issued = self.issued_on.value()

        def job(store: Store, path: Path) -> Path:
            if chosen is None:
                raise PrintingError("ยังไม่มีเรื่องเล่าความดีที่ได้รับความยินยอม", "no story chosen")
            text = certificate_text(
                chosen,
                issuer=issuer,
                recipient=recipient,
                signer_name=signer,
                signer_position=position,
                issued_on=issued,
            )
            return build_certificate(text, path=path)

        return job
