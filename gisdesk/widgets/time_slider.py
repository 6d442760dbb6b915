"""The time slider dock: the one time window (``Project.time_window``) every time-aware layer shows on the
map, in the attribute table, in identify and in exports.

Off by default ("All time": ``project.time_window`` is None). Turned on, it proposes the last day of the data
(the union of ``layer.time_range()`` over the project's layers that have a time field). Presets (last 24 hours,
7 days, 30 days, ending at the end of the data or at the current time; this week and this month in the city's
calendar), a custom range, a slider that moves the window over the data (its length stays), step buttons and
Play/Pause. Every move sets ``project.time_window`` once; the canvas coalesces the redraws.

Times are shown and typed in Asia/Ho_Chi_Minh whatever the computer's zone: the date-time editors hold the
city's wall-clock time (in a UTC ``QDateTime``, so the computer's daylight-saving rules never shift them) and
are converted to aware UTC instants for the model.

The dock follows the project: another component setting ``project.time_window`` updates the controls, with
their signals blocked so nothing is set back (and the dock ignores the echo of its own changes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QDate, QDateTime, QLocale, QSignalBlocker, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core.timewindow import CITY_TZ, TimeWindow, to_utc_ns
from gisdesk.widgets.weak import weak_slot

MINUTE = 60 * 10**9
HOUR = 60 * MINUTE
DAY = 24 * HOUR
WEEK = 7 * DAY
_UTC = QTimeZone(QTimeZone.Initialization.UTC)
_SLIDER_MAX = 2_000_000_000  # QSlider holds an int: the slider's unit grows past ~3,800 years of minutes

#: preset key -> hours back from the reference time (None: a calendar period)
PRESETS: dict[str, float | None] = {"last_24h": 24, "last_7d": 7 * 24, "last_30d": 30 * 24,
                                   "this_week": None, "this_month": None}


def _now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _local(ns: int) -> Any:
    import pandas as pd

    return pd.Timestamp(ns, tz="UTC").tz_convert(CITY_TZ)


def city_wall_clock(ns: int) -> QDateTime:
    """The city's wall-clock time of the UTC instant ``ns``, in a UTC-zoned QDateTime (what the editors show)."""
    ts = _local(ns)
    return QDateTime(QDate(ts.year, ts.month, ts.day), QTime(ts.hour, ts.minute), _UTC)


def from_city_wall_clock(value: QDateTime) -> int:
    """The UTC instant (ns) of a wall-clock time typed in the city's zone (the QDateTime's own zone is ignored)."""
    from zoneinfo import ZoneInfo

    d, t = value.date(), value.time()
    local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=ZoneInfo(CITY_TZ))
    return to_utc_ns(local)


class TimeSliderDock(QDockWidget):
    """The "Time" dock. ``set_project(project)`` binds it; ``clock`` (tests) returns the current aware time."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimeSliderDock")
        self.setWindowTitle(self.tr("Time"))
        self._clock = clock or _now_utc
        self._project: Any = None
        self._list_slots: list[tuple[Any, Any]] = []
        self._layer_slots: list[tuple[Any, Any]] = []
        self._range: tuple[int, int] | None = None  # first and last time of the data (UTC ns)
        self._own = False  # True while the dock sets project.time_window (its echo is ignored)
        self._preset: str | None = None  # the preset that made the current window (None: custom)
        self._remembered: TimeWindow | None = None  # the window before "All time" was checked
        self._edit_exact: dict[int, tuple[QDateTime, int]] = {}  # editor -> (shown value, exact instant)
        self._unit = MINUTE  # one slider step
        self._problem = ""
        self._showing = False  # True while _show fills the controls
        self._build()
        self._show(None)

    # -- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        style = self.style()
        zone_hint = self.tr("Times are in Asia/Ho_Chi_Minh (UTC+07:00).")

        self.all_time = QCheckBox(self.tr("All time"))
        self.all_time.setToolTip(self.tr("Show every row, whatever its time."))
        self.all_time.setChecked(True)
        self.all_time.toggled.connect(self.set_all_time)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Custom range"), None)
        for key, text in (("last_24h", self.tr("Last 24 hours")), ("last_7d", self.tr("Last 7 days")),
                          ("last_30d", self.tr("Last 30 days")), ("this_week", self.tr("This week")),
                          ("this_month", self.tr("This month"))):
            self.preset.addItem(text, key)
        self.preset.activated.connect(self._preset_activated)
        self.until_now = QCheckBox(self.tr("Until now"))
        self.until_now.setToolTip(self.tr("Presets end at the current time instead of at the end of the data."))
        self.until_now.toggled.connect(self._until_now_toggled)

        self.start_edit = self._date_edit(zone_hint)
        self.end_edit = self._date_edit(zone_hint)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Move the window through the data."))
        self.slider.valueChanged.connect(self._slider_moved)

        self.back_button = QToolButton()
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.back_button.setToolTip(self.tr("Step back"))
        self.back_button.clicked.connect(self.step_back)
        self.play_button = QToolButton()
        self.play_button.setCheckable(True)
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.toggled.connect(self._play_toggled)
        self.forward_button = QToolButton()
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.forward_button.setToolTip(self.tr("Step forward"))
        self.forward_button.clicked.connect(self.step_forward)

        self.step_combo = QComboBox()
        for text, ns in ((self.tr("1 hour"), HOUR), (self.tr("1 day"), DAY), (self.tr("1 week"), WEEK),
                         (self.tr("Window length"), None)):
            self.step_combo.addItem(text, ns)
        self.step_combo.setCurrentIndex(3)
        self.step_combo.currentIndexChanged.connect(lambda _i: self._show(self.window()))
        self.interval_combo = QComboBox()
        for text, ms in ((self.tr("0.5 s"), 500), (self.tr("1 s"), 1000), (self.tr("2 s"), 2000)):
            self.interval_combo.addItem(text, ms)
        self.interval_combo.setToolTip(self.tr("Time between two frames of the animation"))
        self.interval_combo.setCurrentIndex(1)
        self.interval_combo.currentIndexChanged.connect(
            lambda _i: self.play_timer.setInterval(self.interval_combo.currentData()))
        self.loop = QCheckBox(self.tr("Loop"))
        self.loop.setToolTip(self.tr("At the end of the data, start again from the beginning."))

        self.play_timer = QTimer(self)
        self.play_timer.setInterval(self.interval_combo.currentData())
        self.play_timer.timeout.connect(self._tick)

        self.window_label = QLabel()
        self.window_label.setTextFormat(Qt.TextFormat.PlainText)
        self.window_label.setToolTip(zone_hint)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.all_time)
        top.addWidget(self.preset)
        top.addWidget(self.until_now)
        top.addStretch(1)
        dates = QGridLayout()
        dates.addWidget(QLabel(self.tr("From")), 0, 0)
        dates.addWidget(self.start_edit, 0, 1)
        dates.addWidget(QLabel(self.tr("To")), 0, 2)
        dates.addWidget(self.end_edit, 0, 3)
        dates.setColumnStretch(4, 1)
        play = QHBoxLayout()
        play.addWidget(self.back_button)
        play.addWidget(self.play_button)
        play.addWidget(self.forward_button)
        play.addWidget(QLabel(self.tr("Step")))
        play.addWidget(self.step_combo)
        play.addWidget(QLabel(self.tr("Speed")))
        play.addWidget(self.interval_combo)
        play.addWidget(self.loop)
        play.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addWidget(self.slider)
        layout.addLayout(play)
        layout.addWidget(self.window_label)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        self.setWidget(body)

    def _date_edit(self, tooltip: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(_UTC)  # holds the city's wall clock: the computer's DST rules must not move it
        edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        edit.setCalendarPopup(True)
        edit.setToolTip(tooltip)
        edit.dateTimeChanged.connect(self._edit_changed)
        return edit

    # -- project binding -------------------------------------------------------------------------
    @property
    def project(self) -> Any:
        return self._project

    def set_project(self, project: Any) -> None:
        """Follow ``project`` (the dock disconnects from the previous one)."""
        self.pause()
        self._unbind()
        self._project = project
        self._remembered = None
        self._preset = None
        if project is not None:
            self._list_slots = [(project.events.time_window, self._forward("_window_changed"))]
            ev = project.layers.events
            self._list_slots += [(getattr(ev, name), self._forward("_layers_changed"))
                                 for name in ("inserted", "removed", "changed")]
            for signal, slot in self._list_slots:
                signal.connect(slot)
        self._layers_changed()

    def _forward(self, method: str) -> Callable[..., None]:
        return weak_slot(self, method)  # psygnal must not keep a deleted dock alive

    def _unbind(self) -> None:
        for signal, slot in self._list_slots + self._layer_slots:
            signal.disconnect(slot)
        self._list_slots, self._layer_slots = [], []

    def _layers_changed(self, *_: Any) -> None:
        for signal, slot in self._layer_slots:
            signal.disconnect(slot)
        self._layer_slots = []
        if self._project is not None:
            for layer in self._project.layers:
                for name in ("filter", "data"):  # a new time field, new rows: the data range may change
                    signal = getattr(layer.events, name, None)
                    if signal is not None:
                        slot = self._forward("_layer_changed")
                        signal.connect(slot)
                        self._layer_slots.append((signal, slot))
        self._layer_changed()

    def _layer_changed(self, *_: Any) -> None:
        self._range = self._data_range_ns()
        self._show(self.window())

    def _window_changed(self, window: Any) -> None:
        if self._own:
            return  # our own change: already shown
        self._preset = None
        if window is None:
            self.pause()
        self._show(window)

    # -- the data ----------------------------------------------------------------------------------
    def time_layers(self) -> list[Any]:
        """The project's layers that follow the time window: those with a time field, and sensor layers
        (whose stations stay on the map but show the latest reading of the window)."""
        if self._project is None:
            return []
        return [layer for layer in self._project.layers if hasattr(layer, "time_range")
                and (getattr(layer, "time_field", None) is not None or getattr(layer, "readings", None) is not None)]

    def _data_range_ns(self) -> tuple[int, int] | None:
        firsts, lasts = [], []
        for layer in self.time_layers():
            try:
                got = layer.time_range()
            except (ValueError, TypeError):  # a time column without zones: the layer cannot be placed in time
                continue
            if got is not None:
                firsts.append(to_utc_ns(got[0]))
                lasts.append(to_utc_ns(got[1]))
        return (min(firsts), max(lasts)) if firsts else None

    def data_range(self) -> tuple[Any, Any] | None:
        """(first, last) time over the time-aware layers (aware UTC Timestamps), or None."""
        import pandas as pd

        if self._range is None:
            return None
        return pd.Timestamp(self._range[0], tz="UTC"), pd.Timestamp(self._range[1], tz="UTC")

    def span(self) -> TimeWindow | None:
        """The data range in whole hours: from the hour of the first time to the end of the hour of the last
        (half-open, so the last row is inside). Asia/Ho_Chi_Minh is a whole number of hours from UTC, so these
        are whole hours of the city too. The slider runs over it; play stops at its end."""
        if self._range is None:
            return None
        first, last = self._range
        return TimeWindow(first - first % HOUR, last - last % HOUR + HOUR)

    def now_ns(self) -> int:
        return to_utc_ns(self._clock())

    # -- windows -----------------------------------------------------------------------------------
    def window(self) -> TimeWindow | None:
        return None if self._project is None else self._project.time_window

    def set_window(self, window: TimeWindow | None, preset: str | None = None) -> None:
        """Set ``project.time_window`` once and show it (the project's event is not echoed back)."""
        self._preset = preset
        if window is not None:
            self._remembered = window
        self._problem = ""
        if self._project is not None:
            self._own = True
            try:
                self._project.time_window = window
            finally:
                self._own = False
        self._show(window)

    def preset_window(self, key: str) -> TimeWindow:
        """The window of a preset. "Last N" ends at the end of the data (its last hour), or at the current
        minute with "Until now"; "this week" (Monday to Monday) and "this month" are the city's calendar
        period holding the last time of the data, or the current time with "Until now"."""
        import pandas as pd

        if key not in PRESETS:
            raise KeyError(key)
        span = self.span()
        use_now = self.until_now.isChecked() or span is None
        hours = PRESETS[key]
        if hours is not None:
            if use_now:
                now = self.now_ns()
                end = now - now % MINUTE + MINUTE
            else:
                end = span.end_ns
            return TimeWindow(end - int(hours * HOUR), end)
        ref = _local(self.now_ns() if use_now else self._range[1])
        day = ref.normalize()
        if key == "this_week":
            start = day - pd.DateOffset(days=day.weekday())
            end = start + pd.DateOffset(days=7)
        else:
            start = day.replace(day=1)
            end = start + pd.DateOffset(months=1)
        return TimeWindow.of(start, end)

    def apply_preset(self, key: str) -> None:
        self.set_window(self.preset_window(key), preset=key)

    def proposed_window(self) -> TimeWindow:
        """The window shown when "All time" is unchecked: the previous one if it still meets the data, else the
        last day of the data (all of it when shorter), else the last 24 hours."""
        span = self.span()
        old = self._remembered
        if old is not None and (span is None or _overlaps(old, span)):
            return old
        if span is None:
            return self.preset_window("last_24h")
        return TimeWindow(max(span.start_ns, span.end_ns - DAY), span.end_ns)

    def set_all_time(self, on: bool) -> None:
        if self._updating_widgets():
            return
        if on:
            self.pause()
            self.set_window(None)
        else:
            self.set_window(self.proposed_window())

    def _preset_activated(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key is not None:
            self.apply_preset(key)
        else:
            self._preset = None

    def _until_now_toggled(self, _on: bool) -> None:
        if self._preset is not None and self.window() is not None:
            self.apply_preset(self._preset)

    def _edit_changed(self, *_: Any) -> None:
        start, end = self._edit_value(self.start_edit), self._edit_value(self.end_edit)
        if end <= start:
            self._problem = self.tr("The end must be after the start.")
            self._show_label(self.window())
            return
        self.set_window(TimeWindow(start, end))

    def _edit_value(self, edit: QDateTimeEdit) -> int:
        shown = self._edit_exact.get(id(edit))
        if shown is not None and shown[0] == edit.dateTime():
            return shown[1]  # unchanged: keep the exact instant (the editor shows whole minutes)
        return from_city_wall_clock(edit.dateTime())

    # -- moving ------------------------------------------------------------------------------------
    def step_ns(self) -> int | None:
        """The step of the buttons and of play: the chosen one, or the window's length."""
        step = self.step_combo.currentData()
        if step is not None:
            return int(step)
        w = self.window()
        return None if not _bounded(w) else w.end_ns - w.start_ns

    def step_forward(self) -> bool:
        """Move the window one step later, stopping at the end of the data. False when it cannot move."""
        w, span, step = self.window(), self.span(), self.step_ns()
        if not _bounded(w) or span is None or not step or w.end_ns >= span.end_ns:
            return False
        self.set_window(w.shifted(min(step, span.end_ns - w.end_ns)))
        return True

    def step_back(self) -> bool:
        """Move the window one step earlier, stopping at the start of the data. False when it cannot move."""
        w, span, step = self.window(), self.span(), self.step_ns()
        if not _bounded(w) or span is None or not step or w.start_ns <= span.start_ns:
            return False
        self.set_window(w.shifted(-min(step, w.start_ns - span.start_ns)))
        return True

    def _slider_moved(self, value: int) -> None:
        w, span = self.window(), self.span()
        if not _bounded(w) or span is None:
            return
        start = span.start_ns + value * self._unit
        self.set_window(TimeWindow(start, start + (w.end_ns - w.start_ns)))

    # -- play --------------------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self.play_timer.isActive()

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def _play_toggled(self, on: bool) -> None:
        w, span = self.window(), self.span()
        if on and (not _bounded(w) or span is None):
            on = False
        elif on and w.end_ns >= span.end_ns:  # at the end: play from the start
            self.set_window(TimeWindow(span.start_ns, span.start_ns + (w.end_ns - w.start_ns)))
        if on:
            self.play_timer.start()
        else:
            self.play_timer.stop()
        self._show_play_button(on)

    def _tick(self) -> None:
        w, span = self.window(), self.span()
        if not _bounded(w) or span is None:
            self.pause()
            return
        if w.end_ns >= span.end_ns:
            if self.loop.isChecked():
                self.set_window(TimeWindow(span.start_ns, span.start_ns + (w.end_ns - w.start_ns)))
            else:
                self.pause()
            return
        self.step_forward()
        w = self.window()
        if w.end_ns >= span.end_ns and not self.loop.isChecked():
            self.pause()  # the last frame shows the end of the data

    # -- showing -----------------------------------------------------------------------------------
    def _updating_widgets(self) -> bool:
        return self._showing

    def _show(self, window: TimeWindow | None) -> None:
        """Show ``window`` in every control, their signals blocked (nothing is set back)."""
        self._showing = True
        try:
            self._show_controls(window)
        finally:
            self._showing = False
        self._show_label(window)

    def _show_controls(self, window: TimeWindow | None) -> None:
        span = self.span()
        on = window is not None
        blockers = [QSignalBlocker(w) for w in (self.all_time, self.preset, self.start_edit, self.end_edit,
                                                 self.slider)]
        self.all_time.setChecked(not on)
        self.all_time.setEnabled(on or span is not None)
        index = self.preset.findData(self._preset) if self._preset is not None else 0
        self.preset.setCurrentIndex(max(index, 0))
        for widget in (self.preset, self.until_now, self.start_edit, self.end_edit):
            widget.setEnabled(on)
        self._edit_exact = {}
        for edit, ns in ((self.start_edit, None if window is None else window.start_ns),
                         (self.end_edit, None if window is None else window.end_ns)):
            if ns is None and span is not None:
                ns = span.start_ns if edit is self.start_edit else span.end_ns
            if ns is not None:
                shown = city_wall_clock(ns)
                edit.setDateTime(shown)
                self._edit_exact[id(edit)] = (edit.dateTime(), ns)
        movable = _bounded(window) and span is not None
        if movable:
            length = window.end_ns - window.start_ns
            room = max(0, span.end_ns - span.start_ns - length)
            self._unit = max(MINUTE, -(-room // _SLIDER_MAX))
            self.slider.setRange(0, room // self._unit)
            self.slider.setSingleStep(max(1, HOUR // self._unit))
            self.slider.setPageStep(max(1, (self.step_ns() or HOUR) // self._unit))
            self.slider.setValue(min(max(0, (window.start_ns - span.start_ns) // self._unit), room // self._unit))
        self.slider.setEnabled(movable and self.slider.maximum() > 0)
        del blockers
        self._show_buttons()

    def _show_buttons(self) -> None:
        w, span, step = self.window(), self.span(), self.step_ns()
        movable = _bounded(w) and span is not None and bool(step)
        self.back_button.setEnabled(movable and w.start_ns > span.start_ns)
        self.forward_button.setEnabled(movable and w.end_ns < span.end_ns)
        self.play_button.setEnabled(movable and w.end_ns - w.start_ns < span.end_ns - span.start_ns)
        self.step_combo.setEnabled(w is not None)
        self.interval_combo.setEnabled(w is not None)
        self.loop.setEnabled(w is not None)
        self._show_play_button(self.is_playing())

    def _show_play_button(self, playing: bool) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(playing)

    def _show_label(self, window: TimeWindow | None) -> None:
        text = self.tr("All time") if window is None else window.label(CITY_TZ)
        if self._problem:
            text = f"{text}  ({self._problem})"
        self.window_label.setText(text)
        layers = self.time_layers()
        if not layers:
            self.count_label.setText(self.tr("No layer has a time field."))
            return
        shown = total = 0
        for layer in layers:
            try:
                mask = layer.visible_rows(window)
            except (ValueError, TypeError):
                continue
            n = len(layer)
            total += n
            shown += n if mask is None else int(np.count_nonzero(mask))
        locale = QLocale()
        self.count_label.setText(self.tr("%s of %s time-stamped rows shown") % (locale.toString(shown),
                                                                                 locale.toString(total)))


def _bounded(window: Any) -> bool:
    return window is not None and window.start_ns is not None and window.end_ns is not None


def _overlaps(a: TimeWindow, b: TimeWindow) -> bool:
    return ((a.start_ns is None or b.end_ns is None or a.start_ns < b.end_ns)
            and (a.end_ns is None or b.start_ns is None or b.start_ns < a.end_ns))
