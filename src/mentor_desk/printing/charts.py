"""Bar charts with Thai labels: ReportLab draws the bars, this module draws the words.

``reportlab.graphics`` draws chart labels with ``String``, which is neither shaped (tone
marks collide with vowels) nor kept as real text in the PDF, and it would pull Helvetica into
the file. So the chart's own labels are switched off and every label (categories, tick
values, legend, values at the bar ends) is drawn with ``draw_shaped_string`` at the
positions the chart's geometry gives.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from mentor_desk.printing.actual_text import draw_shaped_string
from mentor_desk.printing.booklet_document import fit_to_width
from mentor_desk.printing.fonts import SARABUN
from mentor_desk.printing.page_setup import ACCENT

SERIES_COLOURS = (ACCENT, colors.Color(0.85, 0.62, 0.25), colors.Color(0.45, 0.62, 0.80))
LABEL_SIZE = 10.0
TICK_SIZE = 8.5
BAND_HEIGHT = 22.0  # points per category
LEGEND_HEIGHT = 18.0
AXIS_ROOM = 16.0  # below the bars, for the tick values
GAP = 6.0
TICKS = 5
GRID_COLOUR = colors.Color(0.85, 0.85, 0.85)


@dataclass(frozen=True)
class Series:
    """One set of bars: its name (for the legend) and one value per category."""

    name: str
    values: tuple[float, ...]


def nice_scale(largest: float, *, ticks: int = TICKS) -> tuple[float, float]:
    """(maximum, step) of a value axis: round steps (1, 2, 5 × 10ⁿ) covering ``largest``."""
    if largest <= 0:
        return 1.0, 1.0
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)  # counts of people and activities are whole numbers
    return step * math.ceil(largest / step), step


class ThaiBarChart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A horizontal bar chart (one bar per series in each category) with shaped Thai labels."""

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        *,
        width: float,
        digits: Callable[[str], str] = str,
    ) -> None:
        super().__init__()
        if not categories or not series:
            raise ValueError("a chart needs at least one category and one series")
        self.categories = list(categories)
        self.series = list(series)
        self.width = width
        self.digits = digits
        self.label_width = min(
            width * 0.36,
            max(stringWidth(c, SARABUN.normal, LABEL_SIZE) for c in categories) + GAP,
        )
        bars_height = BAND_HEIGHT * len(categories) * (1 + 0.55 * (len(series) - 1))
        self.legend = len(series) > 1
        self.height = bars_height + AXIS_ROOM + (LEGEND_HEIGHT if self.legend else 0)
        self._bars_height = bars_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """A fixed size: the width given and a height for the categories."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the bars (ReportLab graphics), then every label, shaped."""
        canvas = self.canv
        chart = self._chart()
        drawing = Drawing(self.width, self.height)
        # The renderer selects a start-up font even with every label off; keep it Sarabun.
        drawing.initialFontName = SARABUN.normal
        drawing.add(chart)
        renderPDF.draw(drawing, canvas, 0, 0)
        self._draw_category_labels(chart)
        self._draw_ticks(chart)
        self._draw_bar_values(chart)
        if self.legend:
            self._draw_legend()

    def _chart(self) -> HorizontalBarChart:
        chart = HorizontalBarChart()
        chart.x = self.label_width
        chart.y = AXIS_ROOM
        chart.width = self.width - self.label_width - 3 * GAP - self._value_room()
        chart.height = self._bars_height
        # ReportLab stacks a category's bars upwards from the first series; given in reverse,
        # the first series is the top bar, in the order of the legend.
        chart.data = [list(s.values) for s in reversed(self.series)]
        maximum, step = nice_scale(max(max(s.values) for s in self.series))
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = maximum
        chart.valueAxis.valueStep = step
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = GRID_COLOUR
        chart.valueAxis.strokeColor = GRID_COLOUR
        chart.valueAxis.labels.visible = 0
        chart.categoryAxis.labels.visible = 0
        chart.categoryAxis.reverseDirection = 1  # first category at the top
        chart.categoryAxis.strokeColor = colors.Color(0.5, 0.5, 0.5)
        chart.categoryAxis.visibleTicks = 0
        chart.barSpacing = 1
        chart.groupSpacing = 6
        chart.barWidth = 10
        for index in range(len(self.series)):
            colour = SERIES_COLOURS[(len(self.series) - 1 - index) % len(SERIES_COLOURS)]
            chart.bars[index].fillColor = colour
            chart.bars[index].strokeColor = None
        return chart

    def _value_room(self) -> float:
        largest = max(max(s.values) for s in self.series)
        return float(stringWidth(self.digits(_number(largest)), SARABUN.normal, TICK_SIZE))

    def _band(self, chart: HorizontalBarChart) -> float:
        return float(chart.height) / len(self.categories)

    def _draw_category_labels(self, chart: HorizontalBarChart) -> None:
        band = self._band(chart)
        for index, category in enumerate(self.categories):
            text = fit_to_width(
                category,
                width=self.label_width - GAP,
                font_name=SARABUN.normal,
                font_size=LABEL_SIZE,
            )
            width = stringWidth(text, SARABUN.normal, LABEL_SIZE)
            centre = chart.y + chart.height - (index + 0.5) * band
            self._text(chart.x - GAP - width, centre - LABEL_SIZE * 0.35, text, LABEL_SIZE)

    def _draw_ticks(self, chart: HorizontalBarChart) -> None:
        maximum = chart.valueAxis.valueMax
        step = chart.valueAxis.valueStep
        value = 0.0
        while value <= maximum + 1e-9:
            text = self.digits(_number(value))
            x = chart.x + chart.width * value / maximum
            width = stringWidth(text, SARABUN.normal, TICK_SIZE)
            self._text(x - width / 2, chart.y - TICK_SIZE - 3, text, TICK_SIZE)
            value += step

    def _draw_bar_values(self, chart: HorizontalBarChart) -> None:
        band = self._band(chart)
        count = len(self.series)
        # ReportLab's layout of a band: half a group gap, the bars with their spacing, half a
        # group gap, all scaled to the band.
        units = chart.groupSpacing + count * chart.barWidth + (count - 1) * chart.barSpacing
        scale = band / units
        maximum = chart.valueAxis.valueMax
        for index in range(len(self.categories)):
            band_top = chart.y + chart.height - index * band
            for number, series in enumerate(self.series):
                offset = chart.groupSpacing / 2 + number * (chart.barWidth + chart.barSpacing)
                centre = band_top - (offset + chart.barWidth / 2) * scale
                value = series.values[index]
                x = chart.x + chart.width * value / maximum + 3
                self._text(x, centre - TICK_SIZE * 0.35, self.digits(_number(value)), TICK_SIZE)

    def _draw_legend(self) -> None:
        x = self.label_width
        y = self.height - LEGEND_HEIGHT + 4
        for index, series in enumerate(self.series):
            self.canv.saveState()
            self.canv.setFillColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            self.canv.rect(x, y, 9, 9, stroke=0, fill=1)
            self.canv.restoreState()
            self._text(x + 13, y + 1, series.name, LABEL_SIZE)
            x += 13 + stringWidth(series.name, SARABUN.normal, LABEL_SIZE) + 4 * GAP

    def _text(self, x: float, y: float, text: str, size: float) -> None:
        draw_shaped_string(self.canv, x=x, y=y, text=text, font_name=SARABUN.normal, font_size=size)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
