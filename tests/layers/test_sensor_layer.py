"""SensorLayer: latest value per station against the QCVN 05:2023 limit (levels by hand), the time window,
exceedance counts, switching parameter, editing thresholds, the project round trip, and the real aqi.in
export of Huế stations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.registry import layer_from_state
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, SensorLayer
from gisdesk.layers.sensors import DERIVED_FIELDS, follow_time_window, level_of

HUE = "Asia/Ho_Chi_Minh"
COLS = ["station_id", "latest_value", "limit", "level", "exceedances"]


def local(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz=HUE)


def hourly(station: str, parameter: str, first_local: str, values: list[float], unit: str = "µg/m³") -> pd.DataFrame:
    t0 = local(first_local)
    return pd.DataFrame({
        "station_id": station, "parameter": parameter,
        "datetime": [(t0 + pd.Timedelta(hours=i)).tz_convert("UTC") for i in range(len(values))],
        "value": values, "unit": unit})


def synthetic() -> tuple[PointData, pd.DataFrame]:
    """A: day 1 at 60, day 2 at 20 (µg/m³ PM2.5, hourly); B: 40 for two days; C: 80 on day 1 only;
    D: humidity only; E: no readings and no position; F: one PM2.5 reading of 47 on 1 January 2026."""
    stations = pd.DataFrame({
        "station_id": list("ABCDEF"),
        "station_name": ["Vỹ Dạ", "An Cựu", "Đông Ba", "Kim Long", "Thuận An", "Phú Hội"],
        "provider": "test", "lat": [16.46, 16.45, 16.47, 16.46, np.nan, 16.465],
        "lon": [107.60, 107.59, 107.58, 107.55, np.nan, 107.595],
    })
    readings = pd.concat([
        hourly("A", "pm25", "2025-06-01 00:00", [60.0] * 24 + [20.0] * 24),
        hourly("B", "pm25", "2025-06-01 00:00", [40.0] * 48),
        hourly("C", "pm25", "2025-06-01 00:00", [80.0] * 24),
        hourly("D", "humidity", "2025-06-01 00:00", [70.0 + i for i in range(48)], unit="%"),
        hourly("F", "pm25", "2026-01-01 10:00", [47.0]),
    ], ignore_index=True)
    readings["datetime"] = readings["datetime"].astype("datetime64[ms, UTC]")
    pts = PointData(stations, stations["lon"].to_numpy(), stations["lat"].to_numpy(), crs="EPSG:4326")
    return pts, readings


@pytest.fixture
def layer() -> SensorLayer:
    pts, readings = synthetic()
    return SensorLayer(pts, readings, name="air")


def rows(lyr: SensorLayer) -> dict[str, dict]:
    a = lyr.attributes.set_index("station_id")
    return {sid: {"value": None if np.isnan(r.latest_value) else r.latest_value,
                  "limit": None if np.isnan(r.limit) else r.limit, "level": r.level,
                  "over": None if pd.isna(r.exceedances) else int(r.exceedances)} for sid, r in a.iterrows()}


def test_latest_values_and_levels_against_qcvn(layer):
    assert layer.parameter == "pm25" and layer.parameters[0] == "pm25" and layer.unit == "µg/m³"
    assert set(DERIVED_FIELDS) <= set(layer.attributes.columns)
    got = rows(layer)
    # 2025: QCVN 05:2023 PM2.5 24-hour limit 50 µg/m³; from 1 January 2026: 45
    assert got["A"] == {"value": 20.0, "limit": 50.0, "level": "good", "over": 1}  # 20/50 = 0.4; day 1 mean 60
    assert got["B"] == {"value": 40.0, "limit": 50.0, "level": "moderate", "over": 0}  # 0.8
    assert got["C"] == {"value": 80.0, "limit": 50.0, "level": "over", "over": 1}  # 1.6
    assert got["D"]["value"] is None and got["D"]["level"] == "no data" and got["D"]["over"] is None
    assert got["E"]["level"] == "no data"
    assert got["F"] == {"value": 47.0, "limit": 45.0, "level": "over", "over": 0}  # 47 > 45 in 2026 (one hour)
    a = layer.attributes.set_index("station_id")
    assert a.loc["A", "latest_time"] == local("2025-06-02 23:00")
    assert a.loc["B", "ratio"] == pytest.approx(0.8)
    assert str(a["latest_time"].dtype) == "datetime64[ms, UTC]"
    assert layer.reference().period == "24h" and not layer.geometries_built
    assert layer.time_field is None  # the time slider changes what stations show; it does not hide them
    assert layer.time_range() == (local("2025-06-01 00:00"), local("2026-01-01 10:00"))  # the readings' span
    # a user who wants silent stations hidden sets the time field to the latest reading
    layer.update_for_window(TimeWindow.of(local("2025-06-02 00:00"), local("2025-06-03 00:00")))
    layer.set_time_fields("latest_time")
    shown = layer.attributes["station_id"][layer.visible_rows(layer.window)].tolist()
    assert shown == ["A", "B"]  # C was silent on day 2; D, E have no PM2.5; F reported only in 2026


def test_default_style_colours_levels_worst_on_top(layer):
    from gisdesk.styles.renderers import renderer_from_dict

    renderer = renderer_from_dict(layer.style)
    codes, symbols = renderer.classify(layer.attributes)
    fill = {sid: tuple(symbols[c].fill) for sid, c in zip(layer.attributes["station_id"], codes, strict=True)}
    assert fill["A"][:3] == (26, 150, 65) and fill["B"][:3] == (245, 166, 35) and fill["C"][:3] == (215, 25, 28)
    assert fill["D"] == fill["E"] and fill["D"][3] < 255  # no data: translucent grey
    assert [c.value for c in renderer.categories][-1] == "over"  # drawn last, on top
    sizes = [c.symbol.size for c in renderer.categories]
    assert sizes == sorted(sizes) and min(sizes) > 2.2  # larger than the largest service-request marker


def test_level_rule_at_the_bounds():
    ratio = np.array([0.0, 0.5, 0.5000001, 1.0, 1.0000001, np.nan, 0.3, np.nan])
    has = np.array([True, True, True, True, True, True, False, False])
    assert level_of(ratio, has).tolist() == ["good", "good", "moderate", "moderate", "over", "no limit",
                                             "no data", "no data"]


def test_latest_and_exceedances_follow_the_window(layer):
    events = {"data": 0, "filter": 0}
    layer.events.data.connect(lambda: events.__setitem__("data", events["data"] + 1))
    layer.events.filter.connect(lambda _s: events.__setitem__("filter", events["filter"] + 1))
    layer.selection = [0, 2]
    day1 = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-02 00:00"))
    layer.update_for_window(day1)
    got = rows(layer)
    assert got["A"] == {"value": 60.0, "limit": 50.0, "level": "over", "over": 1}  # 60 at 23:00 on day 1
    assert got["B"]["over"] == 0 and got["C"]["over"] == 1 and got["F"]["level"] == "no data"
    assert events == {"data": 1, "filter": 0}  # moving the slider is not an edit of the project
    assert layer.selection.tolist() == [0, 2]  # a new window keeps the selection
    layer.update_for_window(day1)  # the same window again: nothing to do
    assert events["data"] == 1
    # half-open window ending at noon: the 12:00 reading is not in it; 12 of 24 hours < 75 % coverage: no period
    morning = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-01 12:00"))
    layer.update_for_window(morning)
    a = layer.attributes.set_index("station_id")
    assert a.loc["A", "latest_time"] == local("2025-06-01 11:00") and a.loc["A", "level"] == "over"
    assert a.loc["A", "exceedances"] == 0
    # day 2: C last reported on day 1: its value is kept but it shows no data for the window
    day2 = TimeWindow.of(local("2025-06-02 00:00"), local("2025-06-03 00:00"))
    layer.update_for_window(day2)
    got = rows(layer)
    assert got["A"] == {"value": 20.0, "limit": 50.0, "level": "good", "over": 0}
    assert got["C"] == {"value": 80.0, "limit": 50.0, "level": "no data", "over": None}
    # an open start: everything up to the end counts
    layer.update_for_window(TimeWindow.of(None, local("2025-06-02 00:00")))
    assert rows(layer)["C"]["level"] == "over"
    layer.update_for_window(None)
    assert rows(layer)["A"]["value"] == 20.0 and layer.window is None


def test_parameter_switch(layer):
    states = []
    layer.events.filter.connect(states.append)
    layer.set_parameter("humidity")
    assert layer.unit == "%" and states and states[-1]["parameter"] == "humidity"
    got = rows(layer)
    assert got["D"] == {"value": 117.0, "limit": None, "level": "no limit", "over": None}
    assert got["A"]["level"] == "no data"
    with pytest.raises(ValueError, match="no pm10 readings"):
        layer.set_parameter("pm10")
    chart = layer.readings_for("D")
    assert len(chart) == 48 and chart["value"].iloc[0] == 70.0 and chart["unit"].iloc[0] == "%"
    w = TimeWindow.of(local("2025-06-02 00:00"), local("2025-06-02 06:00"))
    part = layer.readings_for("D", window=w)
    assert part["value"].tolist() == [94.0, 95.0, 96.0, 97.0, 98.0, 99.0]
    assert layer.readings_for("A", "pm25")["value"].tolist() == [60.0] * 24 + [20.0] * 24
    assert layer.readings_for("nope").empty


def test_thresholds_edit(layer):
    states = []
    layer.events.filter.connect(states.append)
    t = layer.thresholds
    t.set("pm25", "24h", 30)  # stricter than QCVN for 2025: B's 40 is over it
    layer.set_thresholds(t)
    assert states and layer.thresholds.name == "QCVN 05:2023/BTNMT (edited)"
    got = rows(layer)
    assert got["B"] == {"value": 40.0, "limit": 30.0, "level": "over", "over": 2}
    assert got["F"]["limit"] == 45.0  # the 2026 row still applies from 2026
    # a 1-hour limit becomes the reference (the shortest period): counts are in hours
    t.set("pm25", "1h", 35)
    layer.set_thresholds(t)
    assert layer.reference().period == "1h"
    got = rows(layer)
    assert got["A"]["over"] == 24 and got["B"]["over"] == 48 and got["C"]["over"] == 24
    assert got["A"]["limit"] == 35.0 and got["A"]["level"] == "moderate"  # 20 / 35 = 0.57
    with pytest.raises(TypeError):
        layer.set_thresholds("QCVN")


def test_state_round_trip_in_memory(layer):
    layer.set_parameter("humidity")
    layer.filters = {"provider": ["test"]}
    state = layer.get_state()
    assert state["type"] == "sensors" and state["parameter"] == "humidity" and state["tz"] == HUE
    assert not set(DERIVED_FIELDS) & set(state["data"].columns)
    again = layer_from_state(state)
    assert isinstance(again, SensorLayer) and again.parameter == "humidity"
    assert again.filters == layer.filters and again.thresholds == layer.thresholds
    assert rows(again) == rows(layer)


def _write_csv(path, pts: PointData, readings: pd.DataFrame) -> None:
    st = pts.table.set_index("station_id")
    df = readings.copy()
    df["station_name"] = df["station_id"].map(st["station_name"])
    df["lat"] = df["station_id"].map(st["lat"])
    df["lon"] = df["station_id"].map(st["lon"])
    df["datetime"] = df["datetime"].dt.tz_convert(HUE).map(lambda t: t.isoformat())
    df[["station_id", "station_name", "lat", "lon", "parameter", "datetime", "value", "unit"]].to_csv(
        path, index=False, encoding="utf-8")


def test_file_source_round_trip_through_the_registry_and_a_project(tmp_path):
    from gisdesk.core.project import Project
    from gisdesk.io import open_sensors

    pts, readings = synthetic()
    csv = tmp_path / "air.csv"
    _write_csv(csv, pts, readings)
    lyr = open_sensors(csv)
    assert lyr.source == str(csv) and lyr.report is not None
    assert set(lyr.attributes["station_id"]) == set("ABCDF")  # E has no readings in the file
    assert rows(lyr)["A"] == {"value": 20.0, "limit": 50.0, "level": "good", "over": 1}
    t = lyr.thresholds
    t.set("pm25", "24h", 30)
    lyr.set_thresholds(t)
    lyr.set_parameter("pm25")
    state = lyr.get_state()
    assert "data" not in state and "readings" not in state
    assert state["thresholds"]["name"] == "QCVN 05:2023/BTNMT (edited)"
    again = layer_from_state(state)
    assert isinstance(again, SensorLayer) and again.thresholds == lyr.thresholds
    assert rows(again) == rows(lyr) and rows(again)["B"]["level"] == "over"
    # through a project file (JSON): saved, modified flag, reloaded
    project = Project(name="p")
    project.add_layer(again)
    project.mark_saved()
    again.set_parameter("humidity")
    assert project.modified  # the parameter shown is saved in the project
    path = project.save(tmp_path / "p.gisdesk")
    loaded = Project.load(path)
    back = loaded.layers[0]
    assert isinstance(back, SensorLayer) and back.parameter == "humidity" and back.thresholds == lyr.thresholds
    assert not loaded.load_problems


def test_saved_parameter_gone_and_bad_thresholds_are_reported(tmp_path):
    from gisdesk.io import open_sensors

    pts, readings = synthetic()
    csv = tmp_path / "air.csv"
    _write_csv(csv, pts, readings)
    state = open_sensors(csv).get_state()
    state["parameter"] = "so2"
    state["thresholds"] = {"rows": [{"parameter": "pm25", "period": "2h", "limit": 1}]}
    lyr = layer_from_state(state)
    assert lyr.parameter == "pm25" and lyr.thresholds.name == "QCVN 05:2023/BTNMT"
    warnings = [m.text for m in lyr.report.messages if m.level == "warning"]
    assert any("so2" in w for w in warnings) and any("thresholds are not valid" in w for w in warnings)


def test_follow_time_window_updates_every_sensor_layer(layer):
    from gisdesk.core.project import Project

    project = Project(name="p")
    project.add_layer(layer)
    stop = follow_time_window(project)
    day1 = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-02 00:00"))
    project.time_window = day1
    assert layer.window == day1 and rows(layer)["A"]["value"] == 60.0
    pts, readings = synthetic()
    late = project.add_layer(SensorLayer(pts, readings, name="late"))
    assert late.window == day1  # a layer added later is computed for the window at once
    stop()
    project.time_window = None
    assert layer.window == day1


def test_real_hue_aqiin_export(shared_data):
    from gisdesk.io import open_sensors

    path = shared_data / "sensors" / "vietnam_aqiin_stations" / "DERIVED_hue_station_readings.csv"
    lyr = open_sensors(path)
    raw = pd.read_csv(path)
    pm = raw[raw["parameter"] == "pm25"].assign(t=lambda d: pd.to_datetime(d["timestamp_utc"], utc=True))
    last = pm.loc[pm.groupby("station_name")["t"].idxmax()].set_index("station_name")
    a = lyr.attributes.set_index("station_name")
    assert set(a.index) == set(raw["station_name"]) and len(a) == 4
    assert lyr.parameter == "pm25"
    for name, r in last.iterrows():  # by hand: latest PM2.5 of each station, limit 45 in 2026, 23/45 = 0.51
        assert a.loc[name, "latest_value"] == r["value"] and a.loc[name, "latest_time"] == r["t"]
        assert a.loc[name, "limit"] == 45.0
        ratio = r["value"] / 45.0
        assert a.loc[name, "level"] == ("good" if ratio <= 0.5 else "moderate" if ratio <= 1 else "over")
    # the station geocoded into Huế from Thái Bình has no position but keeps its readings and level
    phu_xuan = "Phu Xuan, Thai Binh, Thai Binh Province, Vietnam"
    assert np.isnan(lyr.points.x[a.index.get_loc(phu_xuan)])
    assert len(lyr.readings_for(a.loc[phu_xuan, "station_id"])) == int((pm["station_name"] == phu_xuan).sum())
    # no local day's mean PM2.5 reaches 45 at any station (computed independently from the raw rows)
    local_day = pm["t"].dt.tz_convert(HUE).dt.floor("D")
    hour = pm.assign(h=pm["t"].dt.floor("h")).groupby(["station_name", "h"])["value"].mean()
    assert pm.groupby(["station_name", local_day])["value"].mean().max() < 45 and len(hour)
    assert (a["exceedances"].fillna(0) == 0).all()
    # a window on 20 May (Huế time): the two stations reporting then, the other two show no data
    lyr.update_for_window(TimeWindow.of(local("2026-05-20 00:00"), local("2026-05-21 00:00")))
    a = lyr.attributes.set_index("station_name")
    assert (a["level"] == "no data").sum() == 2
    in_day = pm[(pm["t"] >= local("2026-05-20 00:00")) & (pm["t"] < local("2026-05-21 00:00"))]
    last_day = in_day.loc[in_day.groupby("station_name")["t"].idxmax()].set_index("station_name")
    for name, r in last_day.iterrows():
        assert a.loc[name, "latest_value"] == r["value"] and a.loc[name, "level"] != "no data"


def test_sensorthings_cache_opens_offline_and_round_trips(tmp_path):
    from gisdesk.core.errors import ReadError
    from gisdesk.io import open_sensor_feed, open_sensors
    from gisdesk.io.feeds.sensorthings import _write_cache
    from gisdesk.io.report import LayerReport
    from gisdesk.io.sensors import SensorData

    pts, readings = synthetic()
    stations = pts.table.assign(location_note="")
    cache = tmp_path / "feed.gpkg"
    _write_cache(cache, SensorData(stations, readings, LayerReport("feed")), {"base_url": "https://x.test/v1.1"})
    lyr = open_sensors(cache)
    assert rows(lyr)["A"] == {"value": 20.0, "limit": 50.0, "level": "good", "over": 1}
    feed = open_sensor_feed("https://x.test/v1.1", cache, refresh=False, parameter="humidity")
    assert feed.source == "https://x.test/v1.1" and feed.parameter == "humidity" and feed.name == "x.test"
    again = layer_from_state(feed.get_state())  # a project opens a feed from its local copy, without a network
    assert isinstance(again, SensorLayer) and again.parameter == "humidity" and rows(again) == rows(feed)
    with pytest.raises(ReadError, match="no local copy"):
        open_sensor_feed("https://x.test/v1.1", tmp_path / "none.gpkg", refresh=False)
