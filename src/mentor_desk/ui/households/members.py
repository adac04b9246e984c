"""A household's members: the table on the household screen, and the small dialog that adds
or edits one member (name, sex, birth year in พ.ศ., relation, national id, notes).

GUI thread; saving and deleting run on the database worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import be_year
from mentor_desk.domain.errors import ValidationError
from mentor_desk.domain.records import Member, field_specs
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.errors import show_error
from mentor_desk.ui.households import forms
from mentor_desk.ui.households.forms import FieldForm
from mentor_desk.ui.households.inputs import BuddhistYear, TextBox
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.theme import (
    DIALOG_MIN_WIDTH,
    MARGIN,
    MEMBER_TABLE_ROWS,
    SHORT_TEXT_BOX_LINES,
    SPACING,
)
from mentor_desk.ui.widgets.choices import VocabularyCombo

NATIONAL_ID_PATTERN = r"\d{0,13}"
MEMBER_ROLE = Qt.ItemDataRole.UserRole


class MemberDialog(QDialog):
    """Add or edit one member; stays open with the message beside the field when the store
    refuses the values, closes when the member is saved."""

    saved = Signal(object)  # the Member as stored

    def __init__(
        self,
        db: Database,
        *,
        household_id: str,
        member: Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("member_dialog")
        self.db = db
        self.household_id = household_id
        self.member = member
        specs = field_specs("members")
        self.name = QLineEdit()
        self.name.setMaxLength(specs["name"].max_length)
        self.sex = VocabularyCombo(vocab.SEX)
        year = specs["birth_year"]
        self.birth_year = BuddhistYear(int(year.minimum or 0), int(year.maximum or 0))
        self.relation = VocabularyCombo(vocab.RELATION)
        self.national_id = QLineEdit()
        self.national_id.setMaxLength(specs["national_id"].max_length)
        self.national_id.setValidator(QRegularExpressionValidator(NATIONAL_ID_PATTERN))
        self.notes = TextBox(lines=SHORT_TEXT_BOX_LINES)
        form_layout = QFormLayout()
        self.form = FieldForm("members", form_layout)
        self.form.add("name", self.name, mnemonic="n")
        self.form.add("sex", self.sex, mnemonic="s")
        self.form.add("birth_year", self.birth_year, mnemonic="b", text=self._birth_year_label)
        self.form.add("relation", self.relation, mnemonic="r")
        self.form.add("national_id", self.national_id, mnemonic="i")
        self.form.add("notes", self.notes, mnemonic="o")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        # A new member starts from the record's defaults (sex not stated, relation other).
        shown = member or Member(id="", household_id=household_id)
        self.sex.set_value(shown.sex)
        self.relation.set_value(shown.relation)
        if member is not None:
            self.name.setText(member.name)
            self.birth_year.set_year_ce(member.birth_year)
            self.national_id.setText(member.national_id)
            self.notes.set_value(member.notes)
        self.retranslate()

    def _birth_year_label(self) -> str:
        return self.tr("Birth year (BE)")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit member") if self.member else self.tr("Add member"))
        self.form.retranslate()
        self.birth_year.setSpecialValueText(self.tr("Not known"))
        self.national_id.setPlaceholderText(self.tr("13 digits, if the family agrees"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        """The member as JSON for `Store.put` (with its id when editing)."""
        values: dict[str, Any] = {
            "household_id": self.household_id,
            "name": self.name.text().strip(),
            "sex": self.sex.value(),
            "birth_year": self.birth_year.year_ce(),
            "relation": self.relation.value(),
            "national_id": self.national_id.text().strip(),
            "notes": self.notes.value(),
        }
        if self.member is not None:
            values["id"] = self.member.id
        return values

    def save(self) -> None:
        """Save on the worker; close when stored, or show what is wrong beside the field."""
        self.form.clear_errors()
        if not self.name.text().strip():
            self.form.show_message("name", self.tr("Please write the member's name."))
            return
        values = self.values()
        self.buttons.setEnabled(False)
        self.db.run(
            lambda store: store.put("members", values).record,
            on_done=self._saved,
            on_error=self._failed,
            writes="members",
        )

    def _saved(self, member: Member) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(member)
        self.accept()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.buttons.setEnabled(True)
        if not (isinstance(error, ValidationError) and self.form.show_error(error)):
            show_error(self, error, trace)


class MembersPanel(QWidget):
    """The members table with Add, Edit and Delete; `changed` after any of them."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.household_id = ""
        self.members: tuple[Member, ...] = ()
        self.dialog: MemberDialog | None = None
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = MEMBER_TABLE_ROWS + 1  # and the heading
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * rows)
        self.table.activated.connect(lambda: self.edit_member())
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_member)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Sex"), self.tr("Born (BE)"), self.tr("Relation")]
        )
        self.table.setAccessibleName(self.tr("Members"))
        self.add_button.setText(self.tr("Add &member"))
        self.add_button.setAccessibleName(self.tr("Add member"))
        self.edit_button.setText(self.tr("Edit member"))
        self.delete_button.setText(self.tr("Delete member"))
        self.show_members(self.household_id, self.members)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_members(self, household_id: str, members: tuple[Member, ...]) -> None:
        """Fill the table (GUI thread), keeping the selected member selected."""
        selected = self.selected()
        self.household_id, self.members = household_id, members
        language = current_language()
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            born = str(be_year(member.birth_year)) if member.birth_year else "—"
            texts = (
                member.name,
                vocab.SEX.label(member.sex, language),
                born,
                vocab.RELATION.label(member.relation, language),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(MEMBER_ROLE, member)
                self.table.setItem(row, column, item)
            if selected is not None and member.id == selected.id:
                self.table.selectRow(row)
        self._enable_buttons()

    def selected(self) -> Member | None:
        items = self.table.selectedItems()
        member = items[0].data(MEMBER_ROLE) if items else None
        return member if isinstance(member, Member) else None

    def add_member(self) -> None:
        self._open_dialog(None)

    def edit_member(self) -> None:
        member = self.selected()
        if member is not None:
            self._open_dialog(member)

    def _open_dialog(self, member: Member | None) -> None:
        # Window-modal and opened, not exec()'d: the page stays responsive to the worker.
        self.dialog = MemberDialog(
            self.db, household_id=self.household_id, member=member, parent=self
        )
        self.dialog.saved.connect(lambda _member: self.changed.emit())
        self.dialog.open()

    def delete_member(self) -> None:
        """Delete the selected member after the user confirms."""
        member = self.selected()
        if member is None:
            return
        question = self.tr("Delete %1 from this household? This cannot be undone.")
        if not forms.confirm(
            self,
            title=self.tr("Delete member"),
            question=question.replace("%1", member.name),
            action=self.tr("Delete"),
            cancel=self.tr("Keep"),
        ):
            return

        def job(store: Store) -> None:
            store.delete("members", member.id)

        self.db.run(
            job,
            on_done=lambda _: self.changed.emit(),
            on_error=forms.reporter(self),
            writes="members",
        )

    def _enable_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(bool(self.household_id))
