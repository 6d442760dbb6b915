"""The sensor reading chart (pixels of the series, the dashed red limit and the shaded window) and the dock
that follows a SensorLayer's selection and the project's time window."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.timewindow import TimeWindow
from gisdesk.widgets.sensor_chart import SensorChart, SensorChartDock, nice_ticks, time_ticks
from tests.layers.test_sensor_layer import local, synthetic

HUE = "Asia/Ho_Chi_Minh"


def frame(values: list[float], first: str = "2025-06-01 00:00", hours: list[float] | None = None) -> pd.DataFrame:
    t0 = local(first)
    offsets = hours if hours is not None else list(range(len(values)))
    return pd.DataFrame({"datetime": [(t0 + pd.Timedelta(hours=h)).tz_convert("UTC") for h in offsets],
                         "value": values})


def image(chart: SensorChart):
    img = chart.grab().toImage()
    assert img.width() == chart.width()  # device pixel ratio 1 offscreen: widget pixels = image pixels
    return img


def rgb(img, x: float, y: float) -> tuple[int, int, int]:
    c = img.pixelColor(round(x), round(y))
    return c.red(), c.green(), c.blue()


def is_red(c) -> bool:
    return c[0] > 180 and c[1] < 90 and c[2] < 90


def is_series(c) -> bool:  # SERIES_COLOUR (31, 120, 180), allowing for antialiasing
    return c[2] > 140 and c[0] < 110 and 80 < c[1] < 170


@pytest.fixture
def chart(qtbot):
    c = SensorChart()
    qtbot.addWidget(c)
    c.resize(640, 320)
    return c


def test_series_limit_and_window_pixels(chart):
    values = [10.0 + 2 * i for i in range(24)]  # 10 ... 56
    window = TimeWindow.of(local("2025-06-01 06:00"), local("2025-06-01 12:00"))
    chart.set_series(frame(values), limit=45.0, unit="µg/m³", title="PM2.5 – Vỹ Dạ", window=window)
    img = image(chart)
    plot = chart.plot_rect()
    assert plot.width() > 400 and plot.height() > 150
    # the limit: a dashed red line across the plot at y(45)
    y = chart.y_for(45.0)
    row = [is_red(rgb(img, x, y)) for x in range(int(plot.left()) + 2, int(plot.right()) - 2)]
    assert 0.3 < sum(row) / len(row) < 0.95  # dashed: red along much of it, but not all of it
    # and not at another height
    y_other = chart.y_for(5.0)
    assert not any(is_red(rgb(img, x, y_other)) for x in range(int(plot.left()) + 2, int(plot.right()) - 2))
    # the series: every reading is drawn where it belongs
    t = frame(values)["datetime"]
    hits = [is_series(rgb(img, chart.x_for(ti), chart.y_for(v))) for ti, v in zip(t, values, strict=True)]
    assert all(hits)
    # the window is shaded: inside it the background is tinted blue, outside it is the plain base colour
    x_in = chart.x_for(local("2025-06-01 09:00")) + 4  # off the 09:00 grid line
    x_out = chart.x_for(local("2025-06-01 20:30"))
    y_bg = plot.top() + 4
    inside, outside = rgb(img, x_in, y_bg), rgb(img, x_out, y_bg)
    assert inside != outside and inside[2] > inside[0] and outside[0] == outside[1] == outside[2]
    # the window's edges are where its times are
    assert rgb(img, chart.x_for(local("2025-06-01 05:45")), y_bg) == outside


def test_times_on_round_hue_hours_and_round_values():
    t0 = int(local("2025-06-01 00:20").tz_convert("UTC").value)
    t1 = int(local("2025-06-02 01:00").tz_convert("UTC").value)
    ticks, step = time_ticks(t0, t1, 600, 90)
    assert step == 6 * 3600  # 3 h would put 8 labels on 600 px; at most 600 // 90 = 6 fit
    local_ticks = [pd.Timestamp(t, tz="UTC").tz_convert(HUE) for t in ticks]
    assert all(t.minute == 0 and t.hour % (step // 3600) == 0 for t in local_ticks)
    assert all(t0 <= t <= t1 for t in ticks) and len(ticks) >= 4
    # a week: one tick per day at Huế midnight (17:00 UTC)
    ticks, step = time_ticks(t0, t0 + 7 * 86400 * 10**9, 900, 90)
    assert step == 86400 and all(pd.Timestamp(t, tz="UTC").hour == 17 for t in ticks)
    assert nice_ticks(0, 47.3) == [0, 10, 20, 30, 40, 50]
    assert nice_ticks(-3, 12, 5)[0] <= -3 and nice_ticks(-3, 12, 5)[-1] >= 12


def test_a_silent_sensor_is_not_drawn_across_its_gap(chart):
    hours = [0, 1, 2, 3, 4, 5, 20, 21, 22, 23]  # 15 hours without readings
    values = [20.0] * len(hours)
    chart.set_series(frame(values, hours=hours), unit="µg/m³")
    img = image(chart)
    y = chart.y_for(20.0)
    in_gap = [chart.x_for(local("2025-06-01 00:00") + pd.Timedelta(hours=h)) for h in (8, 12, 16)]
    assert not any(is_series(rgb(img, x, y)) for x in in_gap)
    on_line = chart.x_for(local("2025-06-01 02:30"))
    assert is_series(rgb(img, on_line, y))


def test_no_readings(chart):
    chart.set_series(frame([]), limit=45.0, title="PM2.5")
    assert chart.count == 0
    img = image(chart)
    pixels = [rgb(img, x, y) for x in range(0, chart.width(), 3) for y in range(0, chart.height(), 3)]
    assert not any(is_red(c) or is_series(c) for c in pixels)
    assert any(max(c) < 200 for c in pixels)  # the "No readings" text (and the title) are drawn
    chart.set_series(frame([30.0]), limit=None)  # one reading: a dot, an hour either side
    assert chart.count == 1
    img = image(chart)
    assert is_series(rgb(img, chart.x_for(local("2025-06-01 00:00")), chart.y_for(30.0)))


@pytest.fixture
def project_and_layer():
    from gisdesk.core.project import Project
    from gisdesk.layers import SensorLayer

    pts, readings = synthetic()
    lyr = SensorLayer(pts, readings, name="air")
    project = Project(name="p")
    project.add_layer(lyr)
    return project, lyr


def test_dock_follows_selection_and_time_window(qtbot, project_and_layer):
    project, lyr = project_and_layer
    dock = SensorChartDock()
    qtbot.addWidget(dock)
    dock.set_project(project)
    assert dock.layer is lyr and dock.station_id is None and dock.chart.count == 0
    assert [dock.parameter_combo.itemData(i) for i in range(dock.parameter_combo.count())] == ["pm25", "humidity"]
    lyr.selection = [0, 1]  # the first selected station is charted
    assert dock.station_id == "A" and dock.chart.count == 48
    assert dock.station_label.text() == "Vỹ Dạ"
    assert "20 µg/m³" in dock.summary_label.text()
    assert dock.chart._limit == 50.0
    day1 = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-02 00:00"))
    project.time_window = day1
    assert lyr.window == day1  # the layer is computed for the window
    assert dock.chart._window == day1 and dock.chart.count == 48  # the window is shaded over all readings
    assert "60 µg/m³" in dock.summary_label.text()
    assert lyr.selection.tolist() == [0, 1]
    lyr.selection = [2]
    assert dock.station_id == "C" and dock.chart.count == 24
    # the combo switches the parameter shown, on the map too
    dock.parameter_combo.setCurrentIndex(1)
    assert lyr.parameter == "humidity" and dock.chart.count == 0  # C has no humidity readings
    lyr.selection = [3]
    assert dock.chart.count == 48 and dock.chart._limit is None
    lyr.set_parameter("pm25")
    assert dock.parameter_combo.currentData() == "pm25"
    # the layer leaves the project: the dock lets it go
    project.layers.remove(lyr)
    assert dock.layer is None and dock.chart.count == 0
    project.add_layer(lyr)
    assert dock.layer is lyr


def test_dock_current_layer_and_plain_text_names(qtbot, project_and_layer):
    from gisdesk.core.project import Project
    from gisdesk.layers import SensorLayer, VectorLayer

    project, lyr = project_and_layer
    pts, readings = synthetic()
    pts.table.loc[0, "station_name"] = "<b>Trạm</b> & co"
    other = SensorLayer(pts, readings, name="other")
    project.add_layer(other)
    dock = SensorChartDock()
    qtbot.addWidget(dock)
    dock.set_project(project)
    assert dock.layer is other  # the top sensor layer
    dock.current_layer_changed(VectorLayer(pts, name="v"))  # not a sensor layer: ignored
    assert dock.layer is other
    dock.current_layer_changed(lyr)
    assert dock.layer is lyr
    dock.current_layer_changed(other)
    other.selection = [0]
    assert dock.station_label.text() == "<b>Trạm</b> & co"
    assert dock.station_label.textFormat() == dock.station_label.textFormat().PlainText
    dock.set_project(Project(name="empty"))
    assert dock.layer is None
    project.time_window = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-02 00:00"))
    assert other.window is None  # the dock no longer follows the old project
    with pytest.raises(TypeError):
        dock.set_layer(VectorLayer(pts, name="v"))
    assert np.isfinite(dock.chart.plot_rect().width())


def test_time_dock_plays_over_sensor_readings(qtbot, project_and_layer):
    """Sensor layers have no time field (stations stay on the map) but the time dock still spans their
    readings, so the latest values can be played through."""
    from gisdesk.widgets.time_slider import TimeSliderDock

    project, lyr = project_and_layer
    dock = TimeSliderDock()
    qtbot.addWidget(dock)
    dock.set_project(project)
    assert dock.time_layers() == [lyr]
    first, last = lyr.time_range()
    lo, hi = dock.data_range()
    assert lo <= first and hi >= last


def test_values_are_written_in_the_ui_language():
    """Axis labels, the limit and the latest reading use the UI language's digits (1.234,5 in Vietnamese)."""
    from gisdesk.settings import set_ui_language
    from gisdesk.widgets.sensor_chart import _format_value

    try:
        set_ui_language("vi", set_default_locale=False)
        assert [_format_value(v) for v in (1234.5, 0.25, 35.0, 2.5e7)] == ["1.234,5", "0,25", "35", "2,5e+07"]
        set_ui_language("en", set_default_locale=False)
        assert [_format_value(v) for v in (1234.5, 0.25)] == ["1,234.5", "0.25"]
    finally:
        set_ui_language("en", set_default_locale=False)
