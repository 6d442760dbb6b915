"""sensor_exceedance: hours over a limit per station and per ward, checked against hourly means worked out by
hand on a small synthetic network (sub-hourly and irregular readings, a mean exactly at the limit, missing
hours, the time window, the QCVN limit changing on 1 January 2026), the errors for wrong input, cancel, and the
real aqi.in (Huế) and OpenAQ (17-minute cadence) exports recomputed independently from the raw CSV rows."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from gisdesk.analysis import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.exceedance import STATION_COLUMNS, WARD_COLUMNS, SensorExceedance
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, SensorLayer, VectorLayer
from gisdesk.layers.sensors import DERIVED_FIELDS

HUE = "Asia/Ho_Chi_Minh"


def local(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz=HUE)


def readings_of(station: str, parameter: str, items: list[tuple[str, float]], unit: str = "µg/m³") -> pd.DataFrame:
    return pd.DataFrame({"station_id": station, "parameter": parameter,
                         "datetime": [local(t).tz_convert("UTC") for t, _ in items],
                         "value": [v for _, v in items], "unit": unit})


# Hourly means by hand (1 June 2025, Huế time; QCVN 05:2023 PM2.5 24-hour limit then: 50 µg/m³):
#   S1  00h: (40 + 60) / 2 = 50 -> AT the limit, not over | 01h: 55 over | 02h: no reading (missing)
#       03h: (70 + 50 + 30) / 3 = 50 -> not over | 04h: 51 over | 05h: 100 (at 05:59:59) over
#       => 5 hours with data, 3 over (01, 04, 05), highest mean 100
#   S2  00h..05h: 10 20 30 40 50 49 -> none over; and 500 on 2 June 10:00 (outside the 00-06 window)
#   S3  00h: (45 + 45.2) / 2 = 45.1 | 02h: 90 over | 05h: 50.0001 over => 3 with data, 2 over
#   S4  00h..05h: 60 each => 6 over (outside both wards)
#   NP  03h: 80 => 1 over (no position)
#   RG  rainfall only (does not measure PM2.5: left out)
EXPECTED = {  # window 00:00-06:00: (hours_with_data, hours_over, max_value, first_over, last_over)
    "S1": (5, 3, 100.0, "2025-06-01T01:00:00+07:00", "2025-06-01T05:00:00+07:00"),
    "S2": (6, 0, 50.0, None, None),
    "S3": (3, 2, 90.0, "2025-06-01T02:00:00+07:00", "2025-06-01T05:00:00+07:00"),
    "S4": (6, 6, 60.0, "2025-06-01T00:00:00+07:00", "2025-06-01T05:00:00+07:00"),
    "NP": (1, 1, 80.0, "2025-06-01T03:00:00+07:00", "2025-06-01T03:00:00+07:00"),
}


def network() -> SensorLayer:
    stations = pd.DataFrame({
        "station_id": ["S1", "S2", "S3", "S4", "NP", "RG"],
        "station_name": ["Vỹ Dạ 1", "Vỹ Dạ 2", "An Cựu", "Thuận An", "Không vị trí", "Trạm mưa"],
        "provider": "test",
        "lat": [16.46, 16.47, 16.46, 16.46, np.nan, 16.45],
        "lon": [107.58, 107.59, 107.61, 107.70, np.nan, 107.62],
    })
    readings = pd.concat([
        readings_of("S1", "pm25", [("2025-06-01 00:00", 40), ("2025-06-01 00:20", 60), ("2025-06-01 01:10", 55),
                                   ("2025-06-01 03:05", 70), ("2025-06-01 03:30", 50), ("2025-06-01 03:55", 30),
                                   ("2025-06-01 04:00", 51), ("2025-06-01 05:59:59", 100)]),
        readings_of("S2", "pm25", [(f"2025-06-01 0{h}:00", v) for h, v in enumerate([10, 20, 30, 40, 50, 49])]
                    + [("2025-06-02 10:00", 500)]),
        readings_of("S3", "pm25", [("2025-06-01 00:10", 45), ("2025-06-01 00:50", 45.2), ("2025-06-01 02:30", 90),
                                   ("2025-06-01 05:00", 50.0001)]),
        readings_of("S4", "pm25", [(f"2025-06-01 0{h}:15", 60) for h in range(6)]),
        readings_of("NP", "pm25", [("2025-06-01 03:45", 80)]),
        readings_of("RG", "rainfall", [("2025-06-01 00:00", 3.5)], unit="mm"),
    ], ignore_index=True)
    readings["datetime"] = readings["datetime"].astype("datetime64[ms, UTC]")
    pts = PointData(stations, stations["lon"].to_numpy(), stations["lat"].to_numpy(), crs="EPSG:4326")
    return SensorLayer(pts, readings, name="air")


def wards() -> VectorLayer:
    """Three wards drawn in lon/lat and stored in VN-2000 (EPSG:9214, metres): West holds S1 and S2, East
    S3 and the rain gauge, North no station; S4 (107.70) is outside all."""
    to_local = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True)
    boxes = [(107.55, 16.40, 107.595, 16.50), (107.595, 16.40, 107.65, 16.50), (107.55, 16.50, 107.65, 16.60)]
    geoms = [shapely.transform(shapely.box(*b), lambda xy: np.column_stack(to_local.transform(xy[:, 0], xy[:, 1])))
             for b in boxes]
    return VectorLayer(gpd.GeoDataFrame({"ten": ["Phường Tây", "Phường Đông", "Phường Bắc"], "code": [1, 2, 3]},
                                        geometry=geoms, crs="EPSG:9214"), name="wards")


WINDOW = TimeWindow.of(local("2025-06-01 00:00"), local("2025-06-01 06:00"))


def run(values, window=WINDOW, feedback=None):
    return run_algorithm("sensor_exceedance", values, Context(time_window=window), feedback or Feedback())


def by_station(result) -> pd.DataFrame:
    return pd.DataFrame(result.layer.drop(columns=result.layer.geometry.name)).set_index("station_id")


@pytest.fixture(scope="module")
def layer() -> SensorLayer:
    return network()


# --------------------------------------------------------------------------------------------------
# counts by hand


def test_hours_over_per_station_by_hand(layer):
    res = run({"sensors": layer})
    s = by_station(res)
    assert list(res.layer.columns) == [c for c in STATION_COLUMNS if c != "ward"] + ["geometry"]
    assert set(s.index) == set(EXPECTED)  # the rain gauge does not measure PM2.5
    for sid, (with_data, over, top, first, last) in EXPECTED.items():
        r = s.loc[sid]
        assert (r.hours_with_data, r.hours_over, r.max_value) == (with_data, over, top), sid
        assert (None if pd.isna(r.first_over) else r.first_over, None if pd.isna(r.last_over) else r.last_over) \
            == (first, last), sid
        assert r.hours_in_window == 6 and r.hours_missing == 6 - with_data, sid
        assert r.pct_over == pytest.approx(100.0 * over / with_data), sid
    assert (s["limit"] == 50.0).all() and (s["unit"] == "µg/m³").all() and (s["parameter"] == "pm25").all()
    assert s.loc["S1", "station_name"] == "Vỹ Dạ 1"
    # station points in the layer's CRS; the station without a position keeps its row without a point
    assert res.layer.crs.to_epsg() == 4326
    assert res.layer.geometry[s.index.get_loc("S1")].equals(shapely.Point(107.58, 16.46))
    assert res.layer.geometry[s.index.get_loc("NP")] is None
    # a graduated style on hours_over
    assert res.style["kind"] == "graduated" and res.style["column"] == "hours_over"
    assert res.table is None and res.name == "Hours over the PM2.5 limit"
    assert res.chart["title"] == "Hours with a mean PM2.5 over 50 µg/m³"
    assert res.chart["x"][:2] == ["Thuận An", "Vỹ Dạ 1"] and res.chart["series"]["Hours over the limit"][:2] == [6, 3]


def test_summary_says_the_limit_its_source_and_the_rules(layer):
    res = run({"sensors": layer})
    text = "\n".join(res.summary)
    assert "5 stations measuring PM2.5, in the time window 2025-06-01 00:00 – 2025-06-01 06:00 (Huế time): 6 " \
           "clock hours." in text
    assert "Limit used: 50 µg/m³, the 24-hour limit for PM2.5 of QCVN 05:2023/BTNMT Table 1." in text
    assert "sets no 1-hour limit for PM2.5" in text and "not legal exceedances" in text
    assert "strictly greater than the limit (a mean exactly at the limit is not over)" in text
    assert "4 of 5 stations went over the limit; most hours over: Thuận An (S4): 6 h, 100.0 % of its hours " \
           "with data, highest hourly mean 60 µg/m³; Vỹ Dạ 1 (S1): 3 h, 60.0 %" in text
    assert "9 station-hours had no reading (missing)." in text  # 1 + 0 + 3 + 0 + 5
    assert "1 station that does not measure PM2.5 was left out." in text


@pytest.mark.parametrize(
    ("limit", "over"),
    [  # a given limit is used as is for every hour; over means strictly greater
        (55.0, {"S1": 1, "S2": 0, "S3": 1, "S4": 6, "NP": 1}),  # S1's 01h mean is exactly 55: not over
        (50.0, {"S1": 3, "S2": 0, "S3": 2, "S4": 6, "NP": 1}),
        (49.0, {"S1": 5, "S2": 1, "S3": 2, "S4": 6, "NP": 1}),  # 50 and 50 now over; S2's 50 too (49 is not)
        (100.0, {"S1": 0, "S2": 0, "S3": 0, "S4": 0, "NP": 0}),  # S1's 100 is not over 100
    ],
)
def test_a_given_limit(layer, limit, over):
    res = run({"sensors": layer, "limit": limit})
    s = by_station(res)
    assert s["hours_over"].to_dict() == over
    assert (s["limit"] == limit).all()
    assert f"Limit used: {limit:g} µg/m³ (given), for every hour." in res.summary
    if not any(over.values()):
        assert "No station went over the limit (highest hourly mean 100 µg/m³)." in res.summary


def test_time_window_applied(layer):
    # 01:00-04:00: S1 has 01h (55, over) and 03h (50, not); 02h missing. S2 01-03 none over. S3 02h over.
    res = run({"sensors": layer}, window=TimeWindow.of(local("2025-06-01 01:00"), local("2025-06-01 04:00")))
    s = by_station(res)
    assert s[["hours_in_window", "hours_with_data", "hours_missing", "hours_over"]].to_dict("index") == {
        "S1": {"hours_in_window": 3, "hours_with_data": 2, "hours_missing": 1, "hours_over": 1},
        "S2": {"hours_in_window": 3, "hours_with_data": 3, "hours_missing": 0, "hours_over": 0},
        "S3": {"hours_in_window": 3, "hours_with_data": 1, "hours_missing": 2, "hours_over": 1},
        "S4": {"hours_in_window": 3, "hours_with_data": 3, "hours_missing": 0, "hours_over": 3},
        "NP": {"hours_in_window": 3, "hours_with_data": 1, "hours_missing": 2, "hours_over": 1},
    }
    # a window that is half-open: a reading at its end belongs to the next one (S1's 04:00 reading of 51)
    assert s.loc["S1", "last_over"] == "2025-06-01T01:00:00+07:00"
    # without a window: all readings, S2's 500 on 2 June counts; the span runs from the first hour with a
    # reading (1 June 00h) to the last (2 June 10h): 35 clock hours
    s = by_station(run({"sensors": layer}, window=None))
    assert s.loc["S2", "hours_over"] == 1 and s.loc["S2", "max_value"] == 500.0
    assert s.loc["S2", "last_over"] == "2025-06-02T10:00:00+07:00"
    assert (s["hours_in_window"] == 35).all() and s.loc["S2", "hours_missing"] == 35 - 7
    # a window with a reading inside of only some stations: the others are kept with no data
    s = by_station(run({"sensors": layer},
                       window=TimeWindow.of(local("2025-06-02 00:00"), local("2025-06-03 00:00"))))
    assert s.loc["S2", ["hours_with_data", "hours_over"]].tolist() == [1, 1]
    assert s.loc["S1", ["hours_with_data", "hours_over", "hours_missing"]].tolist() == [0, 0, 24]
    assert np.isnan(s.loc["S1", "pct_over"]) and np.isnan(s.loc["S1", "max_value"])


def test_limit_in_force_on_each_day_across_new_year():
    """QCVN 05:2023 tightens the PM2.5 24-hour limit from 50 to 45 µg/m³ on 1 January 2026: 48 is under the
    limit at 23:00 on 31 December 2025 and over it an hour later."""
    stations = pd.DataFrame({"station_id": ["A"], "station_name": ["Phú Hội"], "lat": [16.46], "lon": [107.59]})
    readings = readings_of("A", "pm25", [("2025-12-31 23:00", 48), ("2026-01-01 00:00", 48),
                                         ("2026-01-01 01:00", 46)])
    lyr = SensorLayer(PointData(stations, stations["lon"].to_numpy(), stations["lat"].to_numpy()), readings)
    res = run({"sensors": lyr}, window=None)
    s = by_station(res)
    assert s.loc["A", ["hours_with_data", "hours_over", "limit"]].tolist() == [3, 2, 45.0]
    assert s.loc["A", "first_over"] == "2026-01-01T00:00:00+07:00"
    assert "Limit used: 50 µg/m³ and 45 µg/m³ from 01/01/2026 (each hour against the limit in force on its " \
           "day), the 24-hour limit for PM2.5 of QCVN 05:2023/BTNMT Table 1 and QCVN 05:2023/BTNMT Table 1, note " \
           "(*)." in res.summary


def test_per_ward_sums(layer):
    res = run({"sensors": layer, "polygons": wards(), "label_field": "ten"})
    s = by_station(res)
    assert list(res.layer.columns) == list(STATION_COLUMNS) + ["geometry"]
    assert {k: None if pd.isna(v) else v for k, v in s["ward"].items()} == {
        "S1": "Phường Tây", "S2": "Phường Tây", "S3": "Phường Đông", "S4": None, "NP": None}
    t = res.table
    assert list(t.columns) == list(WARD_COLUMNS)
    assert t.to_dict("records") == [  # by hand from EXPECTED; Phường Bắc has no station and is not listed
        {"ward": "Phường Tây", "stations": 2, "stations_over": 1, "hours_with_data": 11, "hours_over": 3,
         "worst_station_id": "S1", "worst_station": "Vỹ Dạ 1", "worst_hours_over": 3},
        {"ward": "Phường Đông", "stations": 1, "stations_over": 1, "hours_with_data": 3, "hours_over": 2,
         "worst_station_id": "S3", "worst_station": "An Cựu", "worst_hours_over": 2},
    ]
    assert "1 station has no position and is in no ward." in res.summary
    assert "1 station lies outside every ward: S4." in res.summary
    # the per-ward sums equal the stations' own (brute force over the station rows)
    for ward, part in s.dropna(subset=["ward"]).groupby("ward"):
        row = t.set_index("ward").loc[ward]
        assert row["hours_over"] == part["hours_over"].sum() and row["stations"] == len(part)
    # without a label field, a column called like a name is used ("ten")
    again = run({"sensors": layer, "polygons": wards()})
    pd.testing.assert_frame_equal(again.table, t)
    # stations held as a GeoDataFrame (not point arrays) give the same table
    table = layer.attributes.drop(columns=[c for c in DERIVED_FIELDS if c in layer.attributes.columns])
    gdf = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(list(layer.geometries()), crs=4326).values, crs=4326)
    from_gdf = SensorLayer(gdf, layer.readings, name="air")
    assert from_gdf.points is None
    pd.testing.assert_frame_equal(run({"sensors": from_gdf, "polygons": wards()}).table, t)


def test_selected_stations_only(layer):
    layer.selection = np.array([0, 2])  # S1 and S3
    try:
        s = by_station(run({"sensors": LayerInput(layer, selected_only=True)}))
    finally:
        layer.selection = np.array([], dtype=np.int64)
    assert list(s.index) == ["S1", "S3"] and s["hours_over"].tolist() == [3, 2]


def test_parameter_by_name_and_other_parameters(layer):
    assert by_station(run({"sensors": layer, "parameter": "PM2.5"}))["hours_over"].sum() == 12
    res = run({"sensors": layer, "parameter": "rainfall", "limit": 3})
    s = by_station(res)
    assert list(s.index) == ["RG"] and s.loc["RG", ["hours_over", "unit"]].tolist() == [1, "mm"]
    assert "5 stations that do not measure rainfall were left out." in res.summary


# --------------------------------------------------------------------------------------------------
# wrong input


def test_errors(layer):
    plain = VectorLayer(PointData(pd.DataFrame({"station_id": ["S1"]}), np.array([107.58]), np.array([16.46])),
                        name="stations")
    with pytest.raises(AnalysisError, match="stations: this layer has stations but no readings"):
        run({"sensors": plain})
    with pytest.raises(AnalysisError, match=r"air has no readings of 'so2'; its readings are of PM2\.5 \(pm25\), "
                                            r"rainfall\."):
        run({"sensors": layer, "parameter": "so2"})
    with pytest.raises(AnalysisError, match="set no 1-hour or 24-hour limit for rainfall; give a limit"):
        run({"sensors": layer, "parameter": "rainfall"})
    with pytest.raises(AnalysisError, match="No PM2.5 reading of the stations taking part falls inside the time "
                                            "window"):
        run({"sensors": layer}, window=TimeWindow.of(local("2024-01-01 00:00"), local("2024-01-02 00:00")))
    with pytest.raises(AnalysisError, match="at least 0"):
        run({"sensors": layer, "limit": -1})
    far = VectorLayer(gpd.GeoDataFrame({"ten": ["Hà Nội"]}, geometry=[shapely.box(105.7, 20.9, 105.9, 21.1)],
                                       crs="EPSG:4326"), name="hanoi")
    with pytest.raises(AnalysisError, match="air and hanoi do not overlap"):
        run({"sensors": layer, "polygons": far})
    with pytest.raises(AnalysisError, match="'Wards' must be a polygon layer"):
        run({"sensors": layer, "polygons": layer})
    layer.selection = np.array([5])  # the rain gauge only
    try:
        with pytest.raises(AnalysisError, match="None of the stations of air that take part measures PM2.5"):
            run({"sensors": LayerInput(layer, selected_only=True)})
    finally:
        layer.selection = np.array([], dtype=np.int64)


def test_mixed_units_are_refused():
    stations = pd.DataFrame({"station_id": ["A", "B"], "lat": [16.46, 16.47], "lon": [107.59, 107.6]})
    readings = pd.concat([readings_of("A", "co", [("2025-06-01 00:00", 900)]),
                          readings_of("B", "co", [("2025-06-01 00:00", 1.2)], unit="mg/m³")], ignore_index=True)
    lyr = SensorLayer(PointData(stations, stations["lon"].to_numpy(), stations["lat"].to_numpy()), readings)
    with pytest.raises(AnalysisError, match=r"The CO readings mix units \(µg/m³, mg/m³\)"):
        run({"sensors": lyr}, window=None)
    # one unit other than the limit's: the QCVN limit is converted (CO 1-hour: 30,000 µg/m³ = 30 mg/m³)
    only_mg = SensorLayer(PointData(stations, stations["lon"].to_numpy(), stations["lat"].to_numpy()),
                          pd.concat([readings_of("A", "co", [("2025-06-01 00:00", 31)], unit="mg/m³"),
                                     readings_of("B", "co", [("2025-06-01 00:00", 29)], unit="mg/m³")]))
    s = by_station(run({"sensors": only_mg}, window=None))
    assert s["hours_over"].to_dict() == {"A": 1, "B": 0} and (s["limit"] == 30.0).all()


def test_cancel(layer):
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        run({"sensors": layer}, feedback=fb)
    seen = []

    def cancel_at_first(fraction, message):
        seen.append(message)
        fb2.cancel()

    fb2 = Feedback(cancel_at_first)
    with pytest.raises(Cancelled):
        run({"sensors": layer}, feedback=fb2)
    assert len(seen) == 1


def test_registered_with_its_declared_params():
    from gisdesk.analysis import algorithms

    alg = algorithms()["sensor_exceedance"]
    assert alg is SensorExceedance and alg.group == "Sensors" and alg.time_aware
    assert [p.name for p in alg.params] == ["sensors", "parameter", "limit", "polygons", "label_field"]
    assert alg.param("sensors").geometry == "point" and alg.param("polygons").optional


def test_result_writes_to_a_geopackage(layer, tmp_path):
    """first_over/last_over are text with their offset, so a GeoPackage keeps them as written."""
    import pyogrio

    from gisdesk.analysis.outputs import write_result

    res = run({"sensors": layer, "polygons": wards()})
    path = write_result(res, tmp_path / "over.gpkg")
    back = pyogrio.read_dataframe(path).set_index("station_id")
    assert back.loc["S1", "first_over"] == "2025-06-01T01:00:00+07:00" and back.loc["S1", "hours_over"] == 3


# --------------------------------------------------------------------------------------------------
# real data


def _independent(raw: pd.DataFrame, limit: float, window: tuple[pd.Timestamp, pd.Timestamp] | None = None):
    """Hours over ``limit`` per station from raw rows (station, t aware, value): plain pandas, no gisdesk."""
    if window is not None:
        raw = raw[(raw["t"] >= window[0]) & (raw["t"] < window[1])]
    hourly = raw.assign(h=raw["t"].dt.floor("h")).groupby(["station", "h"])["value"].mean().reset_index()
    over = hourly[hourly["value"] > limit]
    out = pd.DataFrame({"with_data": hourly.groupby("station").size(), "max": hourly.groupby("station")["value"].max()})
    out["over"] = over.groupby("station").size().reindex(out.index).fillna(0).astype(int)
    out["first"] = over.groupby("station")["h"].min().reindex(out.index)
    return out


def test_real_hue_aqiin_export(shared_data):
    from gisdesk.io import open_sensors

    path = shared_data / "sensors" / "vietnam_aqiin_stations" / "DERIVED_hue_station_readings.csv"
    lyr = open_sensors(path)
    csv = pd.read_csv(path)
    pm = csv[csv["parameter"] == "pm25"]
    raw = pd.DataFrame({"station": pm["station_name"], "t": pd.to_datetime(pm["timestamp_utc"], utc=True),
                        "value": pm["value"]})
    # the readings of 2026 are compared with the 24-hour PM2.5 limit then in force: 45 µg/m³
    res = run({"sensors": lyr}, window=None)
    s = by_station(res).set_index("station_name")
    want = _independent(raw, 45.0)
    assert set(s.index) == set(want.index) and len(s) == 4
    for name, w in want.iterrows():
        assert s.loc[name, "hours_with_data"] == w["with_data"], name
        assert s.loc[name, "hours_over"] == w["over"], name
        assert s.loc[name, "max_value"] == pytest.approx(w["max"]), name
        first = None if pd.isna(w["first"]) else w["first"].tz_convert(HUE).isoformat()
        assert (None if pd.isna(s.loc[name, "first_over"]) else s.loc[name, "first_over"]) == first, name
    assert s["hours_over"].sum() > 0 and (s["limit"] == 45.0).all()
    assert any("45 µg/m³, the 24-hour limit for PM2.5" in line for line in res.summary)
    # a day's window (20 May 2026, Huế time)
    day = (local("2026-05-20 00:00"), local("2026-05-21 00:00"))
    s = by_station(run({"sensors": lyr}, window=TimeWindow.of(*day))).set_index("station_name")
    want = _independent(raw, 45.0, day)
    assert (s["hours_in_window"] == 24).all()
    got = s.loc[s["hours_with_data"] > 0, ["hours_with_data", "hours_over"]]
    assert got.to_dict("index") == {n: {"hours_with_data": int(w["with_data"]), "hours_over": int(w["over"])}
                                    for n, w in want.iterrows()}


def test_real_openaq_low_cost_sensor_every_17_minutes(shared_data):
    """Clarity's low-cost sensor reports about every 17 minutes at irregular times: three or four readings
    make one hourly mean."""
    from gisdesk.io import open_sensors

    path = shared_data / "sensors" / "openaq_export_toronto" / "openaq_location_3145071_measurments.csv"
    lyr = open_sensors(path)
    csv = pd.read_csv(path)
    raw = pd.DataFrame({"station": "x", "t": pd.to_datetime(csv["datetimeUtc"], utc=True), "value": csv["value"]})
    want = _independent(raw, 10.0).iloc[0]
    s = by_station(run({"sensors": lyr, "limit": 10.0}, window=None)).iloc[0]
    assert (s["hours_with_data"], s["hours_over"]) == (want["with_data"], want["over"])
    assert s["max_value"] == pytest.approx(want["max"]) and s["hours_with_data"] < len(csv) / 2
    assert 0 < s["hours_over"] < s["hours_with_data"]
