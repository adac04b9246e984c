"""One chart of the district dashboard: a bar chart (pyqtgraph) with its table, each of
which can be saved (picture as PNG, table as CSV). Runs on the GUI thread only."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.ui.theme import COLOURS, FONT_FAMILY

CHART_HEIGHT = 220
BAR_WIDTH = 0.6
AXIS_LABEL_CHARS = 20  # longer category names end in "…" under the bars
AXIS_LINE_SCALE = 1.8  # height of the bottom axis, in lines: Thai marks below must not clip
AXIS_LABEL_PADDING = 16
ROW_LINE_SCALE = 1.5  # a horizontal bar's row, in lines of text
MAX_AXIS_LABELS = 7  # with more bars, only every n-th bar is labelled so labels never touch


class ChartCard(QFrame):
    """A titled bar chart of labelled counts; `table` keeps the rows behind it for CSV."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.plot = pg.PlotWidget(background=COLOURS["card"])
        self.plot.setFixedHeight(CHART_HEIGHT)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.save_picture = QPushButton()
        self.save_table = QPushButton()
        self.save_picture.clicked.connect(self._ask_picture)
        self.save_table.clicked.connect(self._ask_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.save_picture)
        buttons.addWidget(self.save_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addLayout(buttons)
        layout.addStretch(1)  # beside a taller card, keep this one's chart at the top
        self.headers: tuple[str, ...] = ()
        self.table: list[tuple[str | int, ...]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.save_picture.setText(self.tr("Save picture…"))
        self.save_table.setText(self.tr("Save table…"))
        self.empty.setText(self.tr("Nothing in this period") if not self.table else "")

    def show_bars(
        self,
        title: str,
        bars: Sequence[tuple[str, int]],
        *,
        headers: tuple[str, ...],
        table: Sequence[tuple[str | int, ...]] | None = None,
        horizontal: bool = False,
    ) -> None:
        """Draw `bars` (label, count) under `title`; the table defaults to the bars.
        `horizontal` puts long category names in a column at the left of their bars."""
        self.title.setText(title)
        self.setAccessibleName(title)
        self.headers = headers
        self.table = list(table if table is not None else bars)
        self.plot.clear()
        font = self.font()
        font.setFamily(FONT_FAMILY)
        metrics = QFontMetrics(font)
        labels = [_short(label) for label, _ in bars]
        counts = [count for _, count in bars]
        category, value = (
            (self.plot.getAxis("left"), self.plot.getAxis("bottom"))
            if horizontal
            else (self.plot.getAxis("bottom"), self.plot.getAxis("left"))
        )
        for axis in (category, value):
            axis.setStyle(tickFont=font)
            axis.setTicks(None)
        self.plot.getAxis("bottom").setHeight(round(metrics.height() * AXIS_LINE_SCALE))
        if horizontal:
            # top to bottom in the given order; the label column is as wide as the longest
            category.setTicks([[(len(bars) - 1 - i, text) for i, text in enumerate(labels)]])
            widest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
            category.setWidth(widest + AXIS_LABEL_PADDING)
            # every name gets a line of its own: a long list makes a taller chart
            axis_height = metrics.height() * AXIS_LINE_SCALE
            needed = round(len(bars) * metrics.height() * ROW_LINE_SCALE + axis_height)
            self.plot.setFixedHeight(max(CHART_HEIGHT, needed))
        else:
            step = -(-len(bars) // MAX_AXIS_LABELS) if bars else 1
            category.setTicks([[(i, text) for i, text in enumerate(labels) if i % step == 0]])
            self.plot.getAxis("left").setWidth(None)
            self.plot.setFixedHeight(CHART_HEIGHT)
        if bars:
            positions = list(range(len(bars)))
            if horizontal:
                item = pg.BarGraphItem(
                    x0=0,
                    y=[len(bars) - 1 - i for i in positions],
                    height=BAR_WIDTH,
                    width=counts,
                    brush=COLOURS["accent"],
                    pen=None,
                )
            else:
                item = pg.BarGraphItem(
                    x=positions, height=counts, width=BAR_WIDTH, brush=COLOURS["accent"], pen=None
                )
            self.plot.addItem(item)
            top = max(counts) or 1
            if horizontal:
                self.plot.setYRange(-0.5, len(bars) - 0.5, padding=0.02)
                self.plot.setXRange(0, top, padding=0.05)
            else:
                self.plot.setXRange(-0.5, len(bars) - 0.5, padding=0.02)
                self.plot.setYRange(0, top, padding=0.05)
        self.empty.setText("" if self.table else self.tr("Nothing in this period"))

    def table_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.headers)
        writer.writerows(self.table)
        return out.getvalue()

    def save_png(self, path: Path) -> None:
        if not self.plot.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def save_csv(self, path: Path) -> None:
        path.write_bytes(self.table_csv().encode("utf-8-sig"))  # Excel needs the mark for Thai

    def _ask_picture(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), f"{self.objectName()}.png", "PNG (*.png)"
        )
        if name:
            self._save(self.save_png, Path(name))

    def _ask_table(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save table"), f"{self.objectName()}.csv", "CSV (*.csv)"
        )
        if name:
            self._save(self.save_csv, Path(name))

    def _save(self, action: object, path: Path) -> None:
        from mentor_desk.ui.errors import show_error

        try:
            action(path)  # type: ignore[operator]
        except OSError as error:
            show_error(self, error, "")


def _short(label: str) -> str:
    return label if len(label) <= AXIS_LABEL_CHARS else label[: AXIS_LABEL_CHARS - 1] + "…"
