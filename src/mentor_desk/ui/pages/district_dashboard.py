"""District dashboard (ภาพรวมอำเภอ): the indicators of the merged data as charts, for a
period (a preset or chosen dates) and an area (a subdistrict, a village within it): visits
per month, households reached against registered and overdue, activities by kind and by
virtue, referrals by agency. Each chart saves as PNG and its table as CSV."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from mentor_desk.domain import vocab
from mentor_desk.domain.dates import be_year
from mentor_desk.store import Store
from mentor_desk.store.areas import Area, AreaChoice, area_choices
from mentor_desk.store.indicators import Indicators, Period, district_indicators
from mentor_desk.ui.database import Database
from mentor_desk.ui.district.area_filter import AreaFilter
from mentor_desk.ui.district.chart_card import ChartCard
from mentor_desk.ui.i18n import current_language
from mentor_desk.ui.pages.base import Page
from mentor_desk.ui.pages.home import StatCard
from mentor_desk.ui.theme import DATE_TYPING_PAUSE_MS, SPACING
from mentor_desk.ui.widgets.dates import BuddhistDateEdit

PERIODS = ("all", "fiscal_year", "months_12", "months_3", "custom")
CUSTOM_DAYS_BACK = 90  # where chosen dates start when first shown
FISCAL_YEAR_START_MONTH = 10  # the Thai government's year starts on 1 October
CHART_COLUMNS = 2


def period_of(choice: str, today: dt.date) -> Period:
    """The dates a period choice covers, up to `today`."""
    if choice == "fiscal_year":
        year = today.year if today.month >= FISCAL_YEAR_START_MONTH else today.year - 1
        return Period(dt.date(year, FISCAL_YEAR_START_MONTH, 1).isoformat(), today.isoformat())
    if choice in ("months_12", "months_3"):
        months = 12 if choice == "months_12" else 3
        first = today.replace(day=1)
        for _ in range(months - 1):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return Period(first.isoformat(), today.isoformat())
    return Period()


@dataclass(frozen=True)
class DashboardData:
    """What one refresh reads on the worker: the figures and the areas to choose from."""

    indicators: Indicators
    areas: list[AreaChoice]


def month_label(month: str, language: str) -> str:
    """ "2026-05" as "05/69" (Buddhist Era) in Thai, "05/26" in English."""
    year, number = int(month[:4]), month[5:7]
    shown = be_year(year) if language == "th" else year
    return f"{number}/{shown % 100:02d}"


class DistrictDashboardPage(Page):
    """What the district sees of its mentors' work at a glance (district role only)."""

    key = "district_dashboard"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.today = dt.date.today()
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("district_period")
        for _ in PERIODS:
            self.period.addItem("")
        self.period.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.date_from = BuddhistDateEdit()
        self.date_from.setObjectName("district_from")
        self.date_to = BuddhistDateEdit()
        self.date_to.setObjectName("district_to")
        self.date_from.set_value(self.today - dt.timedelta(days=CUSTOM_DAYS_BACK))
        self.date_to.set_value(self.today)
        self.date_to_label = QLabel()
        # Typing a date changes it digit by digit: refresh once the typing pauses.
        self.date_pause = QTimer(self)
        self.date_pause.setSingleShot(True)
        self.date_pause.setInterval(DATE_TYPING_PAUSE_MS)
        self.date_pause.timeout.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.date_pause.start())
        self.area_label = QLabel()
        self.area = AreaFilter(self)
        self.area.changed.connect(self.refresh)
        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        for widget in (
            self.period_label,
            self.period,
            self.date_from,
            self.date_to_label,
            self.date_to,
        ):
            filters.addWidget(widget)
        filters.addSpacing(SPACING * 2)
        for widget in (self.area_label, self.area.subdistrict, self.area.village):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.layout_.addLayout(filters)
        self._show_custom_dates()

        self.registered = StatCard("stat_registered")
        self.reached = StatCard("stat_reached")
        self.overdue = StatCard("stat_overdue")
        self.visits = StatCard("stat_visits")
        self.participants = StatCard("stat_participants")
        stats = QHBoxLayout()
        for card in (self.registered, self.reached, self.overdue, self.visits, self.participants):
            stats.addWidget(card)
        self.layout_.addLayout(stats)

        self.charts = {
            name: ChartCard(f"chart_{name}")
            for name in ("visits", "households", "kinds", "virtues", "referrals", "lessons")
        }
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setSpacing(SPACING)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, n // CHART_COLUMNS, n % CHART_COLUMNS)
        grid.setRowStretch(len(self.charts) // CHART_COLUMNS + 1, 1)  # cards keep their height
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.layout_.addWidget(scroll, 1)
        self.indicators: Indicators | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.period_label.setText(self.tr("Period:"))
        self.date_to_label.setText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("Period from"))
        self.date_to.setAccessibleName(self.tr("Period to"))
        self.area_label.setText(self.tr("Area:"))
        self.area.retranslate()
        names = {
            "all": self.tr("All time"),
            "fiscal_year": self.tr("This fiscal year (from 1 October)"),
            "months_12": self.tr("Last 12 months"),
            "months_3": self.tr("Last 3 months"),
            "custom": self.tr("Chosen dates"),
        }
        for index, key in enumerate(PERIODS):
            self.period.setItemText(index, names[key])
        for card in self.charts.values():
            card.retranslate()
        if self.indicators is not None:
            self.show_indicators(self.indicators)

    def chosen_period(self) -> Period:
        """The period the filter shows: a preset, or the chosen dates (in either order)."""
        choice = PERIODS[max(0, self.period.currentIndex())]
        if choice != "custom":
            return period_of(choice, self.today)
        first, last = sorted((self.date_from.value(), self.date_to.value()))
        return Period(first.isoformat(), last.isoformat())

    def chosen_area(self) -> Area:
        subdistrict, village = self.area.value()
        return Area(subdistrict, village)

    def refresh(self) -> None:
        """Read the figures for the chosen period and area on the worker (GUI thread)."""
        period, area, today = self.chosen_period(), self.chosen_area(), self.today

        def job(store: Store) -> DashboardData:
            """Worker thread: the indicators and the villages households live in."""
            figures = district_indicators(
                store.db, today=today, period=period, area=area, with_registry=False
            )
            return DashboardData(figures, area_choices(store.db))

        self.db.run(job, on_done=self._loaded)

    def _loaded(self, data: DashboardData) -> None:
        self.area.set_choices(data.areas)
        self.show_indicators(data.indicators)

    def _period_chosen(self) -> None:
        self._show_custom_dates()
        self.refresh()

    def _show_custom_dates(self) -> None:
        custom = PERIODS[max(0, self.period.currentIndex())] == "custom"
        for widget in (self.date_from, self.date_to_label, self.date_to):
            widget.setVisible(custom)

    def show_indicators(self, figures: Indicators) -> None:
        """Fill the cards and charts (GUI thread)."""
        self.indicators = figures
        language = current_language()
        self.registered.show_value(figures.households_registered, self.tr("households registered"))
        self.reached.show_value(figures.households_reached, self.tr("households visited"))
        self.overdue.show_value(figures.households_overdue, self.tr("households overdue a visit"))
        self.visits.show_value(figures.visits, self.tr("visits"))
        self.participants.show_value(
            figures.participants["people"], self.tr("people at activities")
        )
        per_month: dict[str, int] = {}
        for row in figures.visits_by_month_subdistrict:
            per_month[row["month"]] = per_month.get(row["month"], 0) + int(row["visits"])
        self.charts["visits"].show_bars(
            self.tr("Visits per month"),
            [(month_label(m, language), n) for m, n in per_month.items()],
            headers=("month", "subdistrict_code", "visits"),
            table=[
                (r["month"], r["subdistrict_code"], r["visits"])
                for r in figures.visits_by_month_subdistrict
            ],
        )
        self.charts["households"].show_bars(
            self.tr("Households: registered, visited, overdue"),
            [
                (self.tr("registered"), figures.households_registered),
                (self.tr("visited"), figures.households_reached),
                (self.tr("overdue"), figures.households_overdue),
            ],
            headers=("households", "count"),
            horizontal=True,
        )
        self._vocabulary_chart(
            "kinds", self.tr("Activities by kind"), figures.activities_by_kind, vocab.ACTIVITY_KIND
        )
        self._vocabulary_chart(
            "virtues", self.tr("Activities by virtue"), figures.activities_by_virtue, vocab.VIRTUE
        )
        self._vocabulary_chart(
            "referrals", self.tr("Referrals by agency"), figures.referrals_by_agency, None
        )
        self._vocabulary_chart(
            "lessons", self.tr("Lessons by status"), figures.lessons_by_status, vocab.LESSON_STATUS
        )

    def _vocabulary_chart(self, name: str, title: str, counts: dict[str, int], words: Any) -> None:
        language = current_language()
        bars = [(words.label(k, language) if words else k, n) for k, n in counts.items()]
        self.charts[name].show_bars(
            title,
            bars,
            headers=(name, "label", "count"),
            table=[(k, label, n) for (k, n), (label, _) in zip(counts.items(), bars, strict=True)],
            horizontal=True,
        )
