"""The time slider dock: off by default, presets in the city's calendar, custom range typed in Huế time, slider,
steps and play move ``project.time_window`` once per move, and it follows changes made elsewhere without echo."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow, to_utc_ns
from gisdesk.layers import PointData, VectorLayer
from gisdesk.widgets.time_slider import DAY, HOUR, MINUTE, TimeSliderDock

FIRST = "2025-06-01T00:00+07:00"


def _layer(n=200, first=FIRST, name="requests", time_field=True) -> VectorLayer:
    """n requests, one per hour from ``first``."""
    i = np.arange(n)
    requested = pd.Series(pd.Timestamp(first) + pd.to_timedelta(i, unit="h")).dt.tz_convert("UTC")
    table = pd.DataFrame({"service_request_id": [f"R{k:03d}" for k in i], "requested_datetime": requested})
    layer = VectorLayer(PointData(table, 560_000 + i * 10.0, 1_820_000 + i * 10.0, crs="EPSG:9214"), name=name)
    if time_field:
        layer.set_time_fields("requested_datetime")
    return layer


def _w(start, end):
    return TimeWindow.of(pd.Timestamp(start), pd.Timestamp(end))


class Clock:
    def __init__(self, now="2025-06-08T20:30:15Z"):
        self.now = pd.Timestamp(now)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def setup(qtbot, clock):
    project = Project(crs="EPSG:9214")
    layer = project.add_layer(_layer())
    dock = TimeSliderDock(clock=clock)
    qtbot.addWidget(dock)
    dock.set_project(project)
    seen = []
    project.events.time_window.connect(seen.append)
    return dock, project, layer, seen


def _shown(layer, window):
    mask = layer.visible_rows(window)
    return len(layer) if mask is None else int(mask.sum())


def test_off_by_default_then_proposes_a_window_inside_the_data(setup):
    dock, project, layer, seen = setup
    assert dock.objectName() == "TimeSliderDock" and dock.windowTitle() == "Time"
    assert project.time_window is None and dock.all_time.isChecked()
    assert not dock.slider.isEnabled() and not dock.play_button.isEnabled()
    assert dock.window_label.text() == "All time"
    assert dock.count_label.text().startswith("200 of 200")
    first, last = dock.data_range()
    assert first == pd.Timestamp(FIRST) and last == pd.Timestamp("2025-06-09T07:00+07:00")
    # the span: whole hours, half-open, holding the last row
    assert dock.span() == _w(FIRST, "2025-06-09T08:00+07:00")

    dock.all_time.setChecked(False)  # the user turns the slider on
    w = project.time_window
    assert seen == [w]
    assert w == _w("2025-06-08T08:00+07:00", "2025-06-09T08:00+07:00")  # the last day of the data
    assert dock.span().start_ns <= w.start_ns < w.end_ns <= dock.span().end_ns
    assert _shown(layer, w) == 24 and dock.count_label.text().startswith("24 of 200")
    assert dock.window_label.text() == w.label() == "2025-06-08 08:00 – 2025-06-09 08:00"
    assert dock.slider.isEnabled() and dock.slider.value() == dock.slider.maximum()
    assert dock.back_button.isEnabled() and not dock.forward_button.isEnabled()

    # off and on again: back to all time, then the same window
    dock.step_back()
    moved = project.time_window
    dock.all_time.setChecked(True)
    assert project.time_window is None and not dock.slider.isEnabled()
    dock.all_time.setChecked(False)
    assert project.time_window == moved


def test_data_range_follows_layers_and_their_time_fields(setup):
    dock, project, layer, seen = setup
    late = project.add_layer(_layer(10, first="2025-07-01T00:00+07:00", name="late", time_field=False))
    assert dock.data_range()[1] == pd.Timestamp("2025-06-09T07:00+07:00")  # no time field: not counted
    late.set_time_fields("requested_datetime")
    assert dock.data_range()[1] == pd.Timestamp("2025-07-01T09:00+07:00")
    assert dock.count_label.text().startswith("210 of 210")
    project.layers.remove(layer)
    assert dock.data_range()[0] == pd.Timestamp("2025-07-01T00:00+07:00")
    project.layers.remove(late)
    assert dock.data_range() is None and dock.count_label.text() == "No layer has a time field."
    assert not dock.all_time.isEnabled()
    assert seen == []  # the data changing does not move the window


def test_presets_end_at_the_data_or_now_in_the_city_calendar(setup, clock):
    dock, project, layer, seen = setup
    dock.all_time.setChecked(False)
    end = "2025-06-09T08:00+07:00"  # the end of the last hour of the data
    dock.preset.setCurrentIndex(dock.preset.findData("last_7d"))  # as the user picks it
    dock.preset.activated.emit(dock.preset.currentIndex())
    assert project.time_window == _w("2025-06-02T08:00+07:00", end)
    for key, start in (("last_24h", "2025-06-08T08:00+07:00"), ("last_30d", "2025-05-10T08:00+07:00")):
        dock.apply_preset(key)
        assert project.time_window == _w(start, end)
        assert dock.preset.currentData() == key
    # the data's last time is Monday 9 June 07:00 in Huế: its week and month
    dock.apply_preset("this_week")
    assert project.time_window == _w("2025-06-09T00:00+07:00", "2025-06-16T00:00+07:00")
    dock.apply_preset("this_month")
    assert project.time_window == _w(FIRST, "2025-07-01T00:00+07:00")
    assert _shown(layer, project.time_window) == 200  # June in Huế starts 7 hours before June in UTC

    # "until now": the clock says Sunday 8 June 20:30 UTC, already Monday 9 June 03:30 in Huế
    dock.apply_preset("this_week")
    dock.until_now.setChecked(True)  # re-applies the preset
    assert project.time_window == _w("2025-06-09T00:00+07:00", "2025-06-16T00:00+07:00")
    dock.apply_preset("last_24h")
    assert project.time_window == _w("2025-06-07T20:31Z", "2025-06-08T20:31Z")  # up to the end of this minute
    clock.now = pd.Timestamp("2025-06-30T18:00Z")  # 1 July 01:00 in Huế
    dock.apply_preset("this_month")
    assert project.time_window == _w("2025-07-01T00:00+07:00", "2025-08-01T00:00+07:00")
    dock.apply_preset("this_week")  # Tuesday 1 July in Huế, Monday 30 June in UTC
    assert project.time_window == _w("2025-06-30T00:00+07:00", "2025-07-07T00:00+07:00")
    # one event per move (re-applying "this week" with "until now" gave the same window: no event)
    assert len(seen) == 10 and all(a != b for a, b in itertools.pairwise(seen))
    # moving the window makes it a custom one
    dock.step_back()
    assert dock.preset.currentData() is None


def test_step_forward_and_back_by_the_step_and_slider_keeps_the_length(setup):
    dock, project, layer, seen = setup
    dock.all_time.setChecked(False)
    w0 = _w("2025-06-05T00:00+07:00", "2025-06-06T00:00+07:00")
    project.time_window = w0
    dock.step_combo.setCurrentIndex(dock.step_combo.findData(HOUR))
    assert dock.step_forward()
    assert project.time_window == w0.shifted(HOUR)
    dock.back_button.click()
    dock.back_button.click()
    assert project.time_window == w0.shifted(-HOUR)
    dock.step_combo.setCurrentIndex(dock.step_combo.findText("Window length"))
    dock.forward_button.click()
    assert project.time_window == w0.shifted(DAY - HOUR)
    assert _shown(layer, project.time_window) == 24
    # near the end a step stops at the end of the data, and the forward button turns off
    project.time_window = _w("2025-06-08T06:00+07:00", "2025-06-09T06:00+07:00")
    dock.forward_button.click()
    assert project.time_window == _w("2025-06-08T08:00+07:00", "2025-06-09T08:00+07:00")
    assert not dock.forward_button.isEnabled() and not dock.step_forward()
    # the slider moves the start over the data in minutes; the length stays
    n = len(seen)
    dock.slider.setValue(90)
    assert project.time_window == _w("2025-06-01T01:30+07:00", "2025-06-02T01:30+07:00")
    assert len(seen) == n + 1
    assert dock.slider.maximum() == (dock.span().end_ns - dock.span().start_ns - DAY) // MINUTE
    dock.step_back()  # back stops at the start of the data
    assert project.time_window == _w(FIRST, "2025-06-02T00:00+07:00") and not dock.back_button.isEnabled()


def test_play_advances_on_the_timer_and_stops_at_the_end(setup, qtbot):
    dock, project, _, seen = setup
    dock.all_time.setChecked(False)
    project.time_window = _w("2025-06-06T08:00+07:00", "2025-06-07T08:00+07:00")
    dock.step_combo.setCurrentIndex(dock.step_combo.findData(DAY))
    dock.play_timer.setInterval(5)
    seen.clear()
    dock.play_button.click()
    assert dock.is_playing() and dock.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: not dock.is_playing(), timeout=2000)
    assert seen == [_w(f"2025-06-0{d}T08:00+07:00", f"2025-06-0{d + 1}T08:00+07:00") for d in (7, 8)]
    assert project.time_window.end_ns == dock.span().end_ns
    assert dock.play_button.text() == "Play" and not dock.play_button.isChecked()

    # at the end, play starts again from the beginning; with "loop" it goes round
    dock.loop.setChecked(True)
    seen.clear()
    dock.play()
    first = _w(FIRST, "2025-06-02T00:00+07:00")
    qtbot.waitUntil(lambda: seen.count(first) >= 2, timeout=3000)
    dock.pause()
    assert not dock.is_playing() and not dock.play_timer.isActive()
    lap = seen[:seen.index(first, 1) + 1]
    # every day of the data, the last step cut to the end of the data, then the start again
    assert [w.start_ns for w in lap[:8]] == [first.start_ns + k * DAY for k in range(8)]
    assert lap[8:] == [_w("2025-06-08T08:00+07:00", "2025-06-09T08:00+07:00"), first]
    assert all(w.end_ns - w.start_ns == DAY for w in seen)


def test_external_window_updates_the_widgets_without_echo(setup):
    dock, project, _, seen = setup
    w = _w("2025-06-03T12:34:56+07:00", "2025-06-04T12:34:56+07:00")  # seconds: the widgets show minutes
    project.time_window = w
    assert seen == [w] and project.time_window is w
    assert not dock.all_time.isChecked() and dock.slider.isEnabled()
    assert dock.start_edit.text() == "03/06/2025 12:34" and dock.end_edit.text() == "04/06/2025 12:34"
    assert dock.slider.value() == (w.start_ns - dock.span().start_ns) // MINUTE
    assert dock.window_label.text() == w.label() and dock.preset.currentData() is None
    # changing one editor keeps the other bound exactly as it was
    edit = dock.start_edit
    edit.setDateTime(QDateTime(QDate(2025, 6, 3), QTime(0, 0), edit.timeZone()))
    assert project.time_window == TimeWindow(to_utc_ns("2025-06-03T00:00+07:00"), w.end_ns)
    project.time_window = None
    assert seen[-1] is None and len(seen) == 3
    assert dock.all_time.isChecked() and not dock.slider.isEnabled() and dock.window_label.text() == "All time"


def test_custom_range_is_typed_in_ho_chi_minh_time(setup):
    dock, project, layer, _seen = setup
    dock.all_time.setChecked(False)
    start, end = dock.start_edit, dock.end_edit
    end.setDateTime(QDateTime(QDate(2025, 6, 2), QTime(7, 0), end.timeZone()))
    start.setDateTime(QDateTime(QDate(2025, 6, 1), QTime(7, 0), start.timeZone()))
    assert start.text() == "01/06/2025 07:00"
    assert project.time_window == _w("2025-06-01T00:00Z", "2025-06-02T00:00Z")
    assert _shown(layer, project.time_window) == 24
    assert dock.preset.currentData() is None
    # an end before the start is not applied: the label says why
    before = project.time_window
    end.setDateTime(QDateTime(QDate(2025, 5, 30), QTime(7, 0), end.timeZone()))
    assert project.time_window == before
    assert "The end must be after the start." in dock.window_label.text()


def test_a_deleted_dock_ignores_the_project(qtbot):
    import shiboken6

    project = Project(crs="EPSG:9214")
    project.add_layer(_layer(24))
    dock = TimeSliderDock()
    dock.set_project(project)
    shiboken6.delete(dock)
    project.time_window = _w(FIRST, "2025-06-02T00:00+07:00")  # no "C++ object already deleted" error
    project.add_layer(_layer(5, name="more"))
    assert project.time_window is not None
