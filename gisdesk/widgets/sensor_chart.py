"""The reading chart of a sensor station, drawn with QPainter (PySide6-Essentials has no QtCharts).

``SensorChart`` draws one time series: the readings as a line (broken where the sensor was silent for more
than three of its usual intervals), the limit as a dashed red line with its label, the time slider's window
shaded, axes with ticks (times in Huế time, Asia/Ho_Chi_Minh; values with their unit), and "No readings"
when there is nothing to draw.

``SensorChartDock`` shows the chart of the first selected station of a ``SensorLayer`` for the parameter the
layer shows (a combo box switches it, on the map too), with the project's time window shaded and the
station's latest value, level and exceedance count below. ``set_project`` also keeps every SensorLayer of the
project computed for the project's time window (``layers.sensors.follow_time_window``).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gisdesk.core.i18n import fmt_num
from gisdesk.layers.sensors import SensorLayer, follow_time_window
from gisdesk.settings import fmt_datetime

__all__ = ["LIMIT_COLOUR", "SERIES_COLOUR", "WINDOW_COLOUR", "SensorChart", "SensorChartDock"]

CITY_TZ = "Asia/Ho_Chi_Minh"
SERIES_COLOUR = QColor(31, 120, 180)
LIMIT_COLOUR = QColor(215, 25, 28)
WINDOW_COLOUR = QColor(66, 133, 244, 45)
_GRID_COLOUR = QColor(0, 0, 0, 28)
_NAT = np.iinfo(np.int64).min
_NS = 10**9
# time tick steps (seconds), the first giving labels at least ~90 px apart is used
_TIME_STEPS = (600, 900, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400,
               14 * 86400, 28 * 86400, 91 * 86400, 182 * 86400, 364 * 86400)


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(target, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 1e-9:
        ticks.append(round(v, 10))
        v += step
    if ticks[-1] < hi:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _format_value(v: float) -> str:
    """A reading or axis value in the UI language's digits (1.234,5 in Vietnamese)."""
    return fmt_num(v, ",.6g" if abs(v) < 1e6 else ".3g")


class SensorChart(QWidget):
    """A time series chart: ``set_series(frame, limit=, unit=, title=, window=)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._t = np.zeros(0, dtype=np.int64)  # UTC ns
        self._v = np.zeros(0, dtype=float)
        self._limit: float | None = None
        self._limit_label = ""
        self._unit = ""
        self._title = ""
        self._window: Any = None
        self._empty_text = ""
        self._layout: tuple[QRectF, float, float, float, float] | None = None  # plot, t0, t1, v0, v1

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    # -- data -------------------------------------------------------------------------------------
    def set_series(self, frame: pd.DataFrame | None, limit: float | None = None, unit: str = "", title: str = "",
                   window: Any = None, *, limit_label: str | None = None, empty_text: str | None = None) -> None:
        """Show ``frame`` (columns ``datetime``, aware, and ``value``); ``limit`` in the same unit (None or NaN:
        no line); ``window`` a ``core.timewindow.TimeWindow`` to shade (None: none). ``limit_label`` replaces the
        limit's default label; ``empty_text`` the "No readings" text."""
        if frame is None or len(frame) == 0:
            t, v = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=float)
        else:
            from gisdesk.core.timewindow import times_ns

            t = times_ns(frame["datetime"])
            v = pd.to_numeric(frame["value"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
            ok = (t != _NAT) & np.isfinite(v)
            order = np.argsort(t[ok], kind="stable")
            t, v = t[ok][order], v[ok][order]
        self._t, self._v = t, v
        self._limit = float(limit) if limit is not None and math.isfinite(float(limit)) else None
        self._unit = unit or ""
        self._title = title or ""
        self._window = window
        self._limit_label = limit_label if limit_label is not None else (
            self.tr("Limit %s %s") % (_format_value(self._limit), self._unit) if self._limit is not None else "")
        self._empty_text = empty_text or self.tr("No readings")
        self._layout = None
        self.update()

    @property
    def count(self) -> int:
        """How many readings are drawn."""
        return len(self._t)

    # -- geometry (also for tests) ----------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        """The rectangle the series is drawn in (widget pixels), for the current size and data."""
        return self._compute_layout()[0]

    def x_for(self, t: Any) -> float:
        """The x pixel of the aware time ``t``."""
        plot, t0, t1, _v0, _v1 = self._compute_layout()
        ns = int(pd.Timestamp(t).tz_convert("UTC").value)
        return plot.left() + (ns - t0) / (t1 - t0) * plot.width()

    def y_for(self, value: float) -> float:
        """The y pixel of ``value``."""
        plot, _t0, _t1, v0, v1 = self._compute_layout()
        return plot.bottom() - (value - v0) / (v1 - v0) * plot.height()

    def _value_range(self) -> tuple[float, float, list[float]]:
        vals = self._v
        lo = min(0.0, float(vals.min())) if len(vals) else 0.0
        hi = float(vals.max()) if len(vals) else 1.0
        if self._limit is not None:
            lo, hi = min(lo, self._limit), max(hi, self._limit)
        if hi <= lo:
            hi = lo + 1.0
        ticks = nice_ticks(lo, hi + (hi - lo) * 0.05)
        return ticks[0], ticks[-1], ticks

    def _compute_layout(self) -> tuple[QRectF, float, float, float, float]:
        if self._layout is not None:
            return self._layout
        fm = QFontMetricsF(self.font())
        v0, v1, ticks = self._value_range()
        label_w = max((fm.horizontalAdvance(_format_value(v)) for v in ticks), default=20.0)
        top = fm.height() * (2.2 if self._title else 1.2) + 4
        left = label_w + 10
        bottom = fm.height() * 2 + 10
        plot = QRectF(left, top, max(10.0, self.width() - left - 12), max(10.0, self.height() - top - bottom))
        if len(self._t):
            t0, t1 = float(self._t[0]), float(self._t[-1])
        else:
            t0, t1 = 0.0, 1.0
        if t1 <= t0:  # one reading: an hour either side
            t0, t1 = t0 - 3600 * _NS, t1 + 3600 * _NS
        self._layout = (plot, t0, t1, v0, v1)
        return self._layout

    def resizeEvent(self, event: Any) -> None:
        self._layout = None
        super().resizeEvent(event)

    # -- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text_colour = pal.color(QPalette.ColorRole.Text)
        fm = QFontMetricsF(self.font())
        if self._title:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(text_colour)
            title = QFontMetricsF(bold).elidedText(self._title, Qt.TextElideMode.ElideRight, self.width() - 12)
            p.drawText(QPointF(6, fm.ascent() + 4), title)
            p.setFont(self.font())
        if not len(self._t):
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self._empty_text)
            return
        plot, t0, t1, v0, v1 = self._compute_layout()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_window(p, plot, t0, t1)
        self._paint_value_axis(p, plot, fm, text_colour)
        self._paint_time_axis(p, plot, fm, text_colour, t0, t1)
        p.setPen(QPen(text_colour, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(plot)
        p.save()
        p.setClipRect(plot.adjusted(-3, -3, 3, 3))
        self._paint_series(p, plot, t0, t1, v0, v1)
        self._paint_limit(p, plot, fm)
        p.restore()

    def _paint_window(self, p: QPainter, plot: QRectF, t0: float, t1: float) -> None:
        w = self._window
        if w is None:
            return
        a = t0 if w.start_ns is None else max(t0, float(w.start_ns))
        b = t1 if w.end_ns is None else min(t1, float(w.end_ns))
        if b <= a:
            return
        xa = plot.left() + (a - t0) / (t1 - t0) * plot.width()
        xb = plot.left() + (b - t0) / (t1 - t0) * plot.width()
        p.fillRect(QRectF(xa, plot.top(), max(1.0, xb - xa), plot.height()), WINDOW_COLOUR)

    def _paint_value_axis(self, p: QPainter, plot: QRectF, fm: QFontMetricsF, text_colour: QColor) -> None:
        _v0, _v1, ticks = self._value_range()
        for v in ticks:
            y = self.y_for(v)
            p.setPen(QPen(_GRID_COLOUR, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_colour)
            label = _format_value(v)
            p.drawText(QPointF(plot.left() - 6 - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1), label)
        if self._unit:
            p.setPen(text_colour)
            p.drawText(QPointF(plot.left() + 4, plot.top() - 4), self._unit)

    def _paint_time_axis(self, p: QPainter, plot: QRectF, fm: QFontMetricsF, text_colour: QColor,
                         t0: float, t1: float) -> None:
        ticks, step = time_ticks(int(t0), int(t1), plot.width(), fm.horizontalAdvance("00/00") + 28)
        last_day = None
        for ns in ticks:
            x = plot.left() + (ns - t0) / (t1 - t0) * plot.width()
            p.setPen(QPen(_GRID_COLOUR, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(QPen(text_colour, 1))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            local = pd.Timestamp(ns, tz="UTC").tz_convert(CITY_TZ)
            if step < 86400:
                top = local.strftime("%H:%M")
                day = local.strftime("%d/%m")
                bottom = day if day != last_day else ""
                last_day = day
            else:
                top, bottom = local.strftime("%d/%m"), (local.strftime("%Y") if local.year != last_day else "")
                last_day = local.year
            for i, text in enumerate((top, bottom)):
                if text:
                    p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2,
                                       plot.bottom() + 6 + fm.ascent() + i * fm.height()), text)

    def _paint_series(self, p: QPainter, plot: QRectF, t0: float, t1: float, v0: float, v1: float) -> None:
        xs = plot.left() + (self._t - t0) / (t1 - t0) * plot.width()
        ys = plot.bottom() - (self._v - v0) / (v1 - v0) * plot.height()
        breaks = np.zeros(len(xs), dtype=bool)
        if len(xs) > 2:
            gaps = np.diff(self._t)
            usual = float(np.median(gaps))
            if usual > 0:
                breaks[1:] = gaps > 3 * usual  # a silence: the line is not drawn across it
        path = QPainterPath()
        for i, (x, y) in enumerate(zip(xs.tolist(), ys.tolist(), strict=True)):
            if i == 0 or breaks[i]:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
        p.setPen(QPen(SERIES_COLOUR, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if len(xs) <= 60 or plot.width() / len(xs) > 6:  # few readings: mark each one
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(SERIES_COLOUR)
            for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
                p.drawEllipse(QPointF(x, y), 2.5, 2.5)

    def _paint_limit(self, p: QPainter, plot: QRectF, fm: QFontMetricsF) -> None:
        if self._limit is None:
            return
        y = self.y_for(self._limit)
        pen = QPen(LIMIT_COLOUR, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self._limit_label:
            label = fm.elidedText(self._limit_label, Qt.TextElideMode.ElideLeft, plot.width() - 8)
            x = plot.right() - 4 - fm.horizontalAdvance(label)
            ty = y - 4 if y - fm.height() > plot.top() else y + fm.ascent() + 3
            p.setPen(LIMIT_COLOUR)
            p.drawText(QPointF(x, ty), label)


def time_ticks(t0: int, t1: int, width: float, label_px: float) -> tuple[list[int], int]:
    """Tick instants (UTC ns) on round Huế times between ``t0`` and ``t1`` and the step in seconds: the
    smallest step in ``_TIME_STEPS`` whose labels are at least ``label_px`` apart on ``width`` pixels."""
    span_s = max((t1 - t0) / _NS, 1.0)
    fits = max(int(width // max(label_px, 1.0)), 1)
    step = next((s for s in _TIME_STEPS if span_s / s <= fits), _TIME_STEPS[-1])
    start = pd.Timestamp(t0, tz="UTC").tz_convert(CITY_TZ)
    if step < 86400:
        first = start.ceil(f"{step}s")  # Huế has no daylight saving time: wall-clock rounding is exact
    else:
        first = start.ceil("D")
        days = step // 86400
        if days == 7:
            first = first + pd.Timedelta(days=(7 - first.dayofweek) % 7)  # Mondays
    ticks = []
    t = first
    end = pd.Timestamp(t1, tz="UTC")
    while t <= end and len(ticks) < 200:
        ticks.append(int(t.tz_convert("UTC").value))
        t = t + pd.Timedelta(seconds=step)
    return ticks, step


# --------------------------------------------------------------------------------------------------
# the dock


class SensorChartDock(QDockWidget):
    """The chart of the first selected station of a SensorLayer, following the project's time window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sensor readings"), parent)
        self.setObjectName("sensor_chart_dock")
        self._project: Any = None
        self._layer: SensorLayer | None = None
        self._stop_following: Callable[[], None] | None = None
        self._slots: dict[str, Any] = {}
        self._project_slots: dict[str, Any] = {}
        self._syncing = False

        body = QWidget()
        self.station_label = QLabel()
        font = self.station_label.font()
        font.setBold(True)
        self.station_label.setFont(font)
        self.station_label.setTextFormat(Qt.TextFormat.PlainText)  # station names are data, never markup
        self.station_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.parameter_combo = QComboBox()
        self.parameter_combo.setToolTip(self.tr("The parameter the stations show, on the map and here"))
        self.parameter_combo.currentIndexChanged.connect(self._parameter_chosen)
        head = QHBoxLayout()
        head.addWidget(self.station_label, 1)
        head.addWidget(QLabel(self.tr("Parameter:")))
        head.addWidget(self.parameter_combo)
        self.chart = SensorChart()
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary_label)
        self.setWidget(body)
        self._refresh()

    # -- binding ----------------------------------------------------------------------------------
    @property
    def layer(self) -> SensorLayer | None:
        return self._layer

    @property
    def station_id(self) -> str | None:
        """The station charted (the first selected), or None."""
        lyr = self._layer
        if lyr is None or not len(lyr.selection):
            return None
        return lyr.station_ids(lyr.selection[:1])[0]

    def set_project(self, project: Any) -> None:
        """Follow ``project``: its time window (shaded, and every SensorLayer computed for it) and its layers
        (a removed layer is let go; without a layer the dock takes the top SensorLayer)."""
        if self._project is not None:
            if self._stop_following is not None:
                self._stop_following()
            self._project.events.time_window.disconnect(self._project_slots["window"])
            self._project.layers.events.inserted.disconnect(self._project_slots["inserted"])
            self._project.layers.events.removed.disconnect(self._project_slots["removed"])
        self._project = project
        self._stop_following = None
        if project is None:
            self.set_layer(None)
            return
        self._stop_following = follow_time_window(project)
        ref = weakref.ref(self)

        def alive() -> SensorChartDock | None:
            dock = ref()
            return dock if dock is not None and shiboken6.isValid(dock) else None

        def window_changed(_window: Any) -> None:
            if (dock := alive()) is not None:
                dock._refresh()

        def inserted(_index: int, layer: Any) -> None:
            if (dock := alive()) is not None and dock._layer is None and isinstance(layer, SensorLayer):
                dock.set_layer(layer)

        def removed(_index: int, layer: Any) -> None:
            if (dock := alive()) is not None and layer is dock._layer:
                dock.set_layer(dock._top_sensor_layer())

        self._project_slots = {"window": window_changed, "inserted": inserted, "removed": removed}
        project.events.time_window.connect(window_changed)
        project.layers.events.inserted.connect(inserted)
        project.layers.events.removed.connect(removed)
        if self._layer is None or self._layer not in list(project.layers):
            self.set_layer(self._top_sensor_layer())
        else:
            self._refresh()

    def _top_sensor_layer(self) -> SensorLayer | None:
        if self._project is None:
            return None
        for layer in reversed(list(self._project.layers)):
            if isinstance(layer, SensorLayer):
                return layer
        return None

    def current_layer_changed(self, layer: Any) -> None:
        """Slot for the layer panel's current layer: a SensorLayer becomes the one charted; others are ignored."""
        if isinstance(layer, SensorLayer) and layer is not self._layer:
            self.set_layer(layer)

    def set_layer(self, layer: SensorLayer | None) -> None:
        """Chart the selection of ``layer`` (None: nothing)."""
        if layer is not None and not isinstance(layer, SensorLayer):
            raise TypeError(f"the sensor chart follows a SensorLayer, not {type(layer).__name__}")
        old = self._layer
        if old is not None and self._slots:
            old.events.selection.disconnect(self._slots["selection"])
            old.events.data.disconnect(self._slots["data"])
            old.events.filter.disconnect(self._slots["filter"])
        self._layer = layer
        self._slots = {}
        if layer is not None:
            ref = weakref.ref(self)

            def changed(*_args: Any) -> None:  # plain function: psygnal must not keep the dock alive
                dock = ref()
                if dock is not None and shiboken6.isValid(dock):
                    dock._refresh()

            self._slots = {"selection": changed, "data": changed, "filter": changed}
            layer.events.selection.connect(changed)
            layer.events.data.connect(changed)
            layer.events.filter.connect(changed)
            if self._project is not None:
                layer.update_for_window(self._project.time_window)
        self._refresh()

    # -- showing ----------------------------------------------------------------------------------
    def _window(self) -> Any:
        return None if self._project is None else self._project.time_window

    def _sync_combo(self) -> None:
        lyr = self._layer
        params = lyr.parameters if lyr is not None else []
        self._syncing = True
        try:
            if [self.parameter_combo.itemData(i) for i in range(self.parameter_combo.count())] != params:
                self.parameter_combo.clear()
                for code in params:
                    self.parameter_combo.addItem(self.parameter_name(code), code)
            self.parameter_combo.setCurrentIndex(params.index(lyr.parameter) if lyr and lyr.parameter in params
                                                 else -1)
            self.parameter_combo.setEnabled(bool(params))
        finally:
            self._syncing = False

    def _parameter_chosen(self, index: int) -> None:
        if self._syncing or self._layer is None or index < 0:
            return
        code = self.parameter_combo.itemData(index)
        if code and code != self._layer.parameter:
            self._layer.set_parameter(code)

    def _refresh(self) -> None:
        self._sync_combo()
        lyr = self._layer
        window = self._window()
        if lyr is None:
            self.station_label.setText(self.tr("No sensor layer"))
            self.chart.set_series(None, empty_text=self.tr("Open a sensor layer to see its readings"))
            self.summary_label.setText("")
            return
        sid = self.station_id
        if sid is None:
            self.station_label.setText(lyr.name)
            self.chart.set_series(None, window=window,
                                  empty_text=self.tr("Select a station on the map to see its readings"))
            self.summary_label.setText("")
            return
        row = lyr.attributes.iloc[int(lyr.selection[0])]
        name = row.get("station_name")
        name = str(name) if isinstance(name, str) and name else sid
        param = lyr.parameter
        pname = self.parameter_name(param) if param else ""
        unit = lyr.unit
        self.station_label.setText(name)
        self.station_label.setToolTip(name)
        frame = lyr.readings_for(sid)
        limit = row.get("limit")
        limit = float(limit) if limit is not None and pd.notna(limit) else None
        ref = lyr.reference()
        label = None
        if limit is not None and ref is not None:
            label = f"{lyr.thresholds.name}, {self.period_name(ref.period)}: {_format_value(limit)} {unit}"
        self.chart.set_series(frame, limit=limit, unit=unit, title=pname, window=window, limit_label=label)
        self.summary_label.setText(self._summary(row, unit, window))

    def _summary(self, row: Any, unit: str, window: Any) -> str:
        value, when = row.get("latest_value"), row.get("latest_time")
        if value is None or pd.isna(value):
            text = self.tr("No reading before the end of the time window") if window is not None else \
                self.tr("No reading")
        else:
            text = self.tr("Latest: %s %s at %s") % (
                _format_value(float(value)), unit, fmt_datetime(pd.Timestamp(when).tz_convert(CITY_TZ)))
        parts = [text, self.level_name(str(row.get("level", "no data")))]
        ratio = row.get("ratio")
        if ratio is not None and pd.notna(ratio):
            parts.append(self.tr("%s%% of the limit") % f"{100 * float(ratio):.0f}")
        over = row.get("exceedances")
        if over is not None and not pd.isna(over):
            parts.append((self.tr("%s periods over the limit in the time window") if window is not None else
                          self.tr("%s periods over the limit")) % int(over))
        return " · ".join(parts)

    # -- names ------------------------------------------------------------------------------------
    def parameter_name(self, code: str) -> str:
        names = {
            "pm25": "PM2.5", "pm10": "PM10", "pm1": "PM1", "no2": "NO₂", "so2": "SO₂", "co": "CO", "o3": "O₃",
            "aqi": "AQI", "temperature": self.tr("Temperature"), "humidity": self.tr("Humidity"),
            "pressure": self.tr("Pressure"), "water_level": self.tr("Water level"),
            "flood_depth": self.tr("Flood depth"), "rainfall": self.tr("Rainfall"),
        }
        return names.get(code, code)

    def period_name(self, period: str) -> str:
        return {"1h": self.tr("1-hour mean"), "8h": self.tr("8-hour mean"), "24h": self.tr("24-hour mean"),
                "year": self.tr("annual mean")}.get(period, period)

    def level_name(self, level: str) -> str:
        return {"good": self.tr("Good"), "moderate": self.tr("Moderate"), "over": self.tr("Over the limit"),
                "no limit": self.tr("No limit for this parameter"), "no data": self.tr("No data")
                }.get(level, level)
