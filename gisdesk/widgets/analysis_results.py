"""Where analysis results that are not layers go: a dock with one tab per result, each showing the summary, a
small chart when the tool gives one (trends), the table (sortable) and "Save table…" (CSV or Excel).

``SeriesChart`` draws a few lines over labelled periods with QPainter (PySide6-Essentials has no QtCharts).
``DataFrameModel`` is a read-only Qt model over a DataFrame.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gisdesk.settings import fmt_number
from gisdesk.styles.ramps import qualitative_colors
from gisdesk.widgets.attribute_table import format_value
from gisdesk.widgets.sensor_chart import nice_ticks

__all__ = ["DataFrameModel", "ResultsDock", "SeriesChart"]


class DataFrameModel(QAbstractTableModel):
    """A read-only table over ``frame``; sorting reorders a row index, not the frame."""

    def __init__(self, frame: pd.DataFrame, parent: Any = None) -> None:
        super().__init__(parent)
        self.frame = frame.reset_index(drop=True)
        self._order = np.arange(len(self.frame))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.frame.iat[int(self._order[index.row()]), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, (float, np.floating)) and math.isfinite(value) and value != int(value):
                return fmt_number(value, 2)
            return format_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float, np.number)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.frame.columns[section])
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        s = self.frame.iloc[:, column]
        self._order = s.sort_values(ascending=order == Qt.SortOrder.AscendingOrder, kind="stable",
                                    na_position="last").index.to_numpy()
        self.layoutChanged.emit()


class SeriesChart(QWidget):
    """Lines over categories on the x axis: ``set_chart({"title", "x": [labels], "series": {name: [values]}})``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.x: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_chart(self, chart: dict[str, Any] | None) -> None:
        chart = chart or {}
        self.title = str(chart.get("title", ""))
        self.x = [str(v) for v in chart.get("x", [])]
        self.series = {str(k): [float(v) if v is not None else math.nan for v in vals]
                       for k, vals in (chart.get("series") or {}).items()}
        self.update()

    def colours(self) -> list[QColor]:
        return [QColor(*c[:3]) for c in qualitative_colors(len(self.series))]

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        values = np.array([v for vals in self.series.values() for v in vals], dtype=float)
        values = values[np.isfinite(values)]
        if not self.x or not values.size:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data to chart"))
            p.end()
            return
        ticks = nice_ticks(min(0.0, float(values.min())), max(float(values.max()), 1.0))
        lo, hi = ticks[0], ticks[-1]
        legend_w = min(200.0, max(fm.horizontalAdvance(k) for k in self.series) + 28) if self.series else 0
        left = max(fm.horizontalAdvance(fmt_number(t, 0)) for t in ticks) + 10
        plot = QRectF(left, fm.height() + 8, self.width() - left - legend_w - 16,
                      self.height() - 2 * fm.height() - 20)
        if plot.width() < 40 or plot.height() < 30:
            p.end()
            return
        p.setPen(text)
        p.drawText(QRectF(0, 2, self.width(), fm.height() + 4), Qt.AlignmentFlag.AlignHCenter, self.title)
        n = len(self.x)

        def xp(i: int) -> float:
            return plot.left() + (plot.width() * (i + 0.5) / n)

        def yp(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        grid = QPen(QColor(0, 0, 0, 30))
        for t in ticks:
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), yp(t)), QPointF(plot.right(), yp(t)))
            p.setPen(text)
            p.drawText(QRectF(0, yp(t) - fm.height() / 2, left - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_number(t, 0))
        step = max(1, math.ceil(n / max(1.0, plot.width() / (fm.horizontalAdvance("2025-00-00") + 8))))
        for i in range(0, n, step):
            p.drawText(QRectF(xp(i) - 60, plot.bottom() + 4, 120, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                       self.x[i])
        for (name, vals), colour in zip(self.series.items(), self.colours(), strict=True):
            path = QPainterPath()
            pen_down = False
            for i, v in enumerate(vals[:n]):
                if not math.isfinite(v):
                    pen_down = False
                    continue
                pt = QPointF(xp(i), yp(v))
                if pen_down:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    pen_down = True
            p.setPen(QPen(colour, 2))
            p.drawPath(path)
        y = plot.top()
        for name, colour in zip(self.series, self.colours(), strict=True):
            p.fillRect(QRectF(plot.right() + 12, y + fm.height() / 2 - 3, 12, 6), colour)
            p.setPen(text)
            p.drawText(QRectF(plot.right() + 28, y, legend_w - 28, fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, legend_w - 28))
            y += fm.height() + 2
        p.end()


class _ResultTab(QWidget):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        self.summary = QLabel("\n".join(result.summary))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # citizen text and column values are data
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.chart: SeriesChart | None = None
        if result.chart:
            self.chart = SeriesChart()
            self.chart.set_chart(result.chart)
            split.addWidget(self.chart)
        self.view = QTableView()
        self.model = DataFrameModel(result.table if result.table is not None else pd.DataFrame(), self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        split.addWidget(self.view)
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save table…"))
        self.save_button.clicked.connect(self.save_dialog)
        self.save_button.setEnabled(result.table is not None)
        row.addWidget(self.save_button)
        lay.addLayout(row)

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save table"), f"{self.result.name}.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.save(path)

    def save(self, path: str) -> bool:
        from gisdesk.analysis import AnalysisError
        from gisdesk.analysis.outputs import write_table

        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".xlsx"
        try:
            write_table(self.result.table, path)
        except AnalysisError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        return True


class ResultsDock(QDockWidget):
    """Analysis results: one closable tab per table result, the newest in front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Analysis results"), parent)
        self.setObjectName("results_dock")
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.setWidget(self.tabs)

    def add_result(self, result: Any) -> _ResultTab:
        tab = _ResultTab(result)
        i = self.tabs.addTab(tab, result.name)
        self.tabs.setCurrentIndex(i)
        self.show()
        self.raise_()
        return tab

    def _close_tab(self, index: int) -> None:
        w = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if w is not None:
            w.deleteLater()
