"""Search results: hits prepared for display on the worker, grouped by kind of record with a
count in each group's header, each hit drawn as its title over a snippet with the match in
bold."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentor_desk.domain.dates import format_iso
from mentor_desk.domain.thai_words import with_break_hints
from mentor_desk.store.search import SearchHit
from mentor_desk.ui.theme import COLOURS, SEARCH_RESULT_PADDING

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ORDER = ("households", "visits", "activities", "lessons")
TITLE_SEPARATOR = " · "  # how the store joins a visit's household name and date
_MATCH = re.compile(r"\[([^\[\]]*)\]")  # the store marks each match as [match]
ISO_DATE_LENGTH = len("2026-01-15")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ShownHit:
    """A search hit ready to show: plain texts for screen readers, HTML for the eye."""

    table: str
    id: str
    title: str
    snippet: str
    html: str


def navigation_target(hit: ShownHit) -> tuple[str, object]:
    """The screen and argument that open a hit's record."""
    if hit.table == "visits":
        return "visit", {"visit_id": hit.id}
    return hit.table, hit.id  # "households", "activities", "lessons": the page of that name


def prepare_hits(hits: Sequence[SearchHit], language: str) -> list[ShownHit]:
    """Titles, snippets and their HTML for display. Runs on the database worker, because
    segmenting Thai words for line breaks takes time the GUI thread should not spend."""
    return [_prepare(hit, language) for hit in hits]


def _prepare(hit: SearchHit, language: str) -> ShownHit:
    title = _display_title(hit, language)
    snippet = " ".join(hit.snippet.split())  # snippets may span lines
    plain_snippet = _MATCH.sub(r"\1", snippet)
    parts = []
    last = 0
    for match in _MATCH.finditer(snippet):
        parts.append(html.escape(with_break_hints(snippet[last : match.start()])))
        parts.append(f"<b>{html.escape(with_break_hints(match.group(1)))}</b>")
        last = match.end()
    parts.append(html.escape(with_break_hints(snippet[last:])))
    muted = COLOURS["muted"]
    body = (
        f"<div><b>{html.escape(with_break_hints(title))}</b></div>"
        f"<div style='color:{muted}'>{''.join(parts)}</div>"
    )
    return ShownHit(hit.table, hit.id, title, plain_snippet, body)


def _display_title(hit: SearchHit, language: str) -> str:
    """A visit's title ends with its ISO date; people read it in Buddhist Era."""
    if hit.table != "visits":
        return hit.title
    name, _, date = hit.title.rpartition(TITLE_SEPARATOR)
    if len(date) != ISO_DATE_LENGTH:
        return hit.title
    try:
        shown = format_iso(date, language=language)
    except ValueError:
        return hit.title
    return f"{name}{TITLE_SEPARATOR}{shown}" if name else shown


def group_label(table: str) -> str:
    """The heading of a group of hits, in the current language."""
    labels = {
        "households": QCoreApplication.translate("SearchResults", "Families"),
        "visits": QCoreApplication.translate("SearchResults", "Home visits"),
        "activities": QCoreApplication.translate("SearchResults", "Activities"),
        "lessons": QCoreApplication.translate("SearchResults", "Lessons"),
    }
    return labels.get(table, table)


def fill_results(model: QStandardItemModel, hits: Sequence[ShownHit]) -> None:
    """Put hits into the model: a header per kind of record (with its count), then its hits."""
    model.clear()
    for table in GROUP_ORDER:
        group = [hit for hit in hits if hit.table == table]
        if not group:
            continue
        heading = f"{group_label(table)} ({len(group)})"
        header = QStandardItem(heading)
        header.setData(f"<b>{html.escape(heading)}</b>", HTML_ROLE)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not opened
        model.appendRow(header)
        for hit in group:
            item = QStandardItem(f"{hit.title} — {hit.snippet}")
            item.setData(hit.html, HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setData(f"{hit.title}. {hit.snippet}", Qt.ItemDataRole.AccessibleTextRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            model.appendRow(item)


class _HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (bold title, snippet with the match in bold), wrapped to the
    list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(1, self.view.viewport().width() - 2 * SEARCH_RESULT_PADDING))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(
            option.rect.left() + SEARCH_RESULT_PADDING, option.rect.top() + SEARCH_RESULT_PADDING
        )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        document = self._document(option, index)
        return QSize(
            self.view.viewport().width(),
            round(document.size().height()) + 2 * SEARCH_RESULT_PADDING,
        )


class SearchResultsView(QListView):
    """The hits, grouped; `activated` (Enter or double-click) opens the current hit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = QStandardItemModel(self)
        self.setModel(self.results)
        self.delegate = _HtmlDelegate(self)  # kept: Qt does not own a Python delegate
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the snippets on resize
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

    def show_hits(self, hits: Sequence[ShownHit]) -> None:
        fill_results(self.results, hits)

    def hit_at(self, index: AnyIndex) -> ShownHit | None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, ShownHit) else None

    def select_first_hit(self) -> None:
        """Make the first hit (not a heading) current, for keyboard users."""
        for row in range(self.results.rowCount()):
            index = self.results.index(row, 0)
            if self.hit_at(index) is not None:
                self.setCurrentIndex(index)
                return
