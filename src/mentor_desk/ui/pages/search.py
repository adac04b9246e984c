"""The Search screen (ค้นหา): Ctrl+F from anywhere; searches families, visits, activities
and lessons as the mentor types, and opens a result with Enter or a double-click."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QWidget

from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store import Store
from mentor_desk.ui.database import Database
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.library.search_results import (
    SearchResultsView,
    ShownHit,
    navigation_target,
    prepare_hits,
)
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.theme import (
    COLOURS,
    MARGIN,
    SEARCH_BOX_MAX_WIDTH,
    SEARCH_DELAY_MS,
    SPACING,
)

SEARCH_BOX_STRETCH = 4  # the box takes the line's space up to its maximum width


class SearchPage(Page):
    """A search box over grouped results; `navigate` opens the chosen record's screen."""

    key = "search"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._generation = 0  # answers to older queries are dropped when they arrive late
        self._query = ""  # the query the results shown belong to
        self._hits: list[ShownHit] = []
        self._open_first_when_found = False
        self.box_label = QLabel()
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.box.setMaximumWidth(SEARCH_BOX_MAX_WIDTH)
        self.box_label.setBuddy(self.box)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)  # wait for a pause in typing
        self.timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(self.timer.start)
        self.box.returnPressed.connect(self._enter_in_box)
        self.box.installEventFilter(self)
        self.results = SearchResultsView()
        self.results.activated.connect(self._open_index)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setContentsMargins(MARGIN, 2 * MARGIN, MARGIN, MARGIN)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.results)
        line = QHBoxLayout()
        line.setSpacing(SPACING)
        line.addWidget(self.box_label)
        line.addWidget(self.box, SEARCH_BOX_STRETCH)
        line.addStretch(1)  # the box stops at its maximum width; the rest stays empty
        self.layout_.addLayout(line)
        self.layout_.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.box, self.results)
        self.retranslate()

    # --- Page ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.box_label.setText(self.tr("&Find:"))
        self.box.setPlaceholderText(self.tr("A name, a place or any words"))
        self.box.setAccessibleName(self.tr("Words to find"))
        self.results.setAccessibleName(self.tr("Search results"))
        self._show(self._query, self._hits)  # group headings and messages in the language

    def refresh(self) -> None:
        """Ctrl+F or the sidebar brought the page up: cursor in the box, text selected so
        typing replaces it; a previous query is searched again (the data may have changed)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip():
            self.search_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching (GUI thread; the query runs on the worker) ---------------------------

    def search_now(self) -> None:
        """Search for the box's text now (the typing pause timer calls this)."""
        self.timer.stop()
        query = self.box.text().strip()
        self._generation += 1
        if not query:
            self._show("", [])
            return
        generation, language = self._generation, current_language()

        def find(store: Store) -> list[ShownHit]:
            return prepare_hits(store.search(query), language)

        self.db.run(find, on_done=lambda hits: self._found(generation, query, hits))

    def _found(self, generation: int, query: str, hits: list[ShownHit]) -> None:
        if generation != self._generation:
            return  # the mentor typed more meanwhile
        self._show(query, hits)
        if self._open_first_when_found:
            self._open_first_when_found = False
            self._open_first()

    def _show(self, query: str, hits: list[ShownHit]) -> None:
        self._query, self._hits = query, hits
        if not query:
            self._say(
                "",
                self.tr(
                    "Type a name, a place or any words. Families, home visits, activities and "
                    "lessons are all searched."
                ),
            )
        elif not hits:
            self._say(
                self.tr("Nothing was found for “%1”.").replace("%1", query),
                self.tr("Try fewer letters, or another spelling."),
            )
        else:
            self.results.show_hits(hits)
            self.stack.setCurrentWidget(self.results)

    def _say(self, headline: str, detail: str) -> None:
        """Show a message instead of results: a bold headline and a quieter detail."""
        self.results.show_hits([])
        parts = []
        if headline:
            parts.append(f"<p><b>{html.escape(with_break_hints(headline))}</b></p>")
        muted = COLOURS["muted"]
        parts.append(f"<p style='color:{muted}'>{html.escape(with_break_hints(detail))}</p>")
        self.message.setText("".join(parts))
        self.message.setAccessibleName(" ".join(part for part in (headline, detail) if part))
        self.stack.setCurrentWidget(self.message)

    def message_text(self) -> str:
        """The message shown instead of results ("" while results show), without hints."""
        if self.stack.currentWidget() is not self.message:
            return ""
        return self.message.accessibleName()

    # --- opening ------------------------------------------------------------------------

    def open_hit(self, hit: ShownHit) -> None:
        """Go to the screen of a hit's record, at that record."""
        page, argument = navigation_target(hit)
        self.navigate.emit(page, argument)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = self.results.hit_at(index)
        if hit is not None:
            self.open_hit(hit)

    def _open_first(self) -> None:
        if self._hits:
            self.open_hit(self._hits_in_display_order()[0])

    def _hits_in_display_order(self) -> list[ShownHit]:
        rows = range(self.results.results.rowCount())
        found = (self.results.hit_at(self.results.results.index(row, 0)) for row in rows)
        return [hit for hit in found if hit is not None]

    def _enter_in_box(self) -> None:
        """Enter in the box opens the first result, searching first if typing just ended."""
        if self.timer.isActive() or self._query != self.box.text().strip():
            self._open_first_when_found = True
            self.search_now()
        else:
            self._open_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the box moves into the results, as in a browser's search.
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.stack.currentWidget() is self.results
        ):
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            self.results.select_first_hit()
            return True
        return super().eventFilter(watched, event)
