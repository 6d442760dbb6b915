"""The analysis framework: parameter checking, inputs (filters, time window, selection), metric CRS, cancel."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.analysis import base
from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Cancelled,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    check_values,
    input_frame,
    input_points,
    input_rows,
    metric_crs,
    run_algorithm,
)
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer


class Echo(Algorithm):
    id = "echo_for_tests"
    name = "Echo"
    group = "Tests"
    description = "Returns its values."
    time_aware = True
    params = (
        Param("points", "layer", "Points", geometry="point"),
        Param("column", "field", "Column", parent="points", optional=True),
        Param("value", "field", "Value", parent="points", numeric=True, optional=True),
        Param("distance", "number", "Distance", default=100.0, minimum=0, unit="m"),
        Param("k", "integer", "Classes", default=5, minimum=2, maximum=9),
        Param("how", "choice", "How", default="a", choices=(("a", "A"), ("b", "B"))),
        Param("flag", "bool", "Flag", default=False),
    )

    def run(self, values, context, feedback):
        feedback.progress(0.5, "half")
        return Result(name="echo", table=pd.DataFrame({"k": [values["k"]]}))


def _points(n=6, crs="EPSG:9214"):
    table = pd.DataFrame({
        "kind": list("aabbcc")[:n],
        "v": np.arange(n, dtype=float),
        "t": pd.date_range("2025-03-01", periods=n, freq="D", tz="UTC"),
    })
    x = 560000.0 + np.arange(n) * 100.0
    y = np.full(n, 1820000.0)
    x[1] = np.nan  # a request without a location
    layer = VectorLayer(PointData(table, x, y, crs=crs), name="requests")
    return layer


def _polygons():
    gdf = gpd.GeoDataFrame({"name": ["A"]}, geometry=[shapely.box(559000, 1819000, 561000, 1821000)],
                           crs="EPSG:9214")
    return VectorLayer(gdf, name="wards")


def test_defaults_and_conversions():
    layer = _points()
    v = check_values(Echo, {"points": layer, "distance": "250", "k": "3", "flag": "yes"})
    assert isinstance(v["points"], LayerInput) and v["points"].layer is layer
    assert v["distance"] == 250.0 and v["k"] == 3 and v["how"] == "a" and v["flag"] is True
    assert v["column"] is None


@pytest.mark.parametrize("values, message", [
    ({}, "'Points' is required"),
    ({"distance": "-5"}, "at least 0 m"),
    ({"distance": "far"}, "must be a number"),
    ({"k": "2.5"}, "whole number"),
    ({"k": 12}, "at most 9"),
    ({"how": "c"}, "one of a, b"),
    ({"flag": "maybe"}, "yes or no"),
    ({"column": "nope"}, "has no column 'nope'"),
    ({"value": "kind"}, "must be a numeric column"),
    ({"bogus": 1}, "unknown parameter"),
])
def test_wrong_values_say_what_is_wrong(values, message):
    given = {"points": _points(), **values} if values else {}
    with pytest.raises(AnalysisError, match=message):
        check_values(Echo, given)


def test_geometry_of_a_layer_param_is_checked():
    with pytest.raises(AnalysisError, match="must be a point layer; wards holds polygons"):
        check_values(Echo, {"points": _polygons()})


def test_input_rows_apply_filters_window_and_selection():
    layer = _points()
    ctx = Context()
    assert list(input_rows(LayerInput(layer), ctx)) == [0, 1, 2, 3, 4, 5]
    layer.filters = {"kind": ["a", "b"]}
    assert list(input_rows(LayerInput(layer), ctx)) == [0, 1, 2, 3]
    layer.set_time_fields("t")
    window = TimeWindow.of(pd.Timestamp("2025-03-02", tz="UTC"), pd.Timestamp("2025-03-04", tz="UTC"))
    ctx = Context(time_window=window)
    assert list(input_rows(LayerInput(layer), ctx)) == [1, 2]
    # an algorithm that is not time-aware ignores the window
    assert list(input_rows(LayerInput(layer), ctx, time_aware=False)) == [0, 1, 2, 3]
    layer.selection = [2, 5]
    assert list(input_rows(LayerInput(layer, selected_only=True), ctx)) == [2]
    layer.selection = [5]
    with pytest.raises(AnalysisError, match="all outside the current time window"):
        input_rows(LayerInput(layer, selected_only=True), ctx)
    layer.selection = []
    with pytest.raises(AnalysisError, match="nothing is selected"):
        input_rows(LayerInput(layer, selected_only=True), ctx)
    empty = Context(time_window=TimeWindow.of(pd.Timestamp("2030-01-01", tz="UTC"), None))
    with pytest.raises(AnalysisError, match="No feature of requests is inside the current time window"):
        input_rows(LayerInput(layer), empty)


def test_input_points_drop_rows_without_location_and_reproject():
    layer = _points()
    _x, _y, rows = input_points(LayerInput(layer), Context())
    assert list(rows) == [0, 2, 3, 4, 5]
    lon, lat, rows2 = input_points(LayerInput(layer), Context(), crs="EPSG:4326")
    assert list(rows2) == list(rows)
    assert 106 < lon.min() < lon.max() < 108 and 15 < lat.min() < 17  # Huế


def test_input_points_from_geometries_and_input_frame():
    gdf = gpd.GeoDataFrame({"a": [1, 2, 3]}, geometry=[shapely.Point(1, 2), None, shapely.Point(5, 6)],
                           crs="EPSG:3405")
    layer = VectorLayer(gdf, name="g")
    x, y, rows = input_points(LayerInput(layer), Context())
    assert list(rows) == [0, 2] and list(x) == [1, 5] and list(y) == [2, 6]
    frame = input_frame(LayerInput(layer), Context())
    assert list(frame["__row"]) == [0, 2] and list(frame["a"]) == [1, 3]
    with pytest.raises(AnalysisError, match="holds polygons; points are needed"):
        input_points(LayerInput(_polygons()), Context())


def test_metric_crs_prefers_the_project_then_the_layer_then_utm():
    pts = _points()
    assert metric_crs(Context(crs="EPSG:9214"), [LayerInput(pts)]) == "EPSG:9214"
    assert metric_crs(Context(crs="EPSG:4326"), [LayerInput(pts)]) == "EPSG:9214"
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(107.58, 16.46)], crs="EPSG:4326")
    lonlat = VectorLayer(gdf, name="lonlat")
    assert metric_crs(Context(crs="EPSG:4326"), [LayerInput(lonlat)]) == "EPSG:32648"  # UTM 48N for Huế
    nocrs = VectorLayer(gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(1, 1)]), name="bare")
    with pytest.raises(AnalysisError, match="has a coordinate reference system"):
        metric_crs(Context(), [LayerInput(nocrs)])


def test_run_reports_progress_and_cancel(monkeypatch):
    monkeypatch.setitem(base._REGISTRY, Echo.id, Echo)
    seen = []
    result = run_algorithm(Echo.id, {"points": _points()}, Context(), Feedback(lambda f, m: seen.append((f, m))))
    assert seen == [(0.5, "half"), (1.0, "")]
    assert result.table["k"].tolist() == [5]
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        run_algorithm(Echo, {"points": _points()}, Context(), fb)
    with pytest.raises(AnalysisError, match="no analysis called 'nope'"):
        run_algorithm("nope", {})


def test_register_refuses_broken_declarations():
    class Bad(Algorithm):
        id = "bad"
        name = "Bad"
        group = "Tests"
        params = (Param("f", "field", "F", parent="missing"),)

    with pytest.raises(ValueError, match="unknown layer parameter"):
        base.register(Bad)
    with pytest.raises(ValueError, match="unknown kind"):
        Param("x", "colour", "X")


def test_input_frame_keeps_one_geometry_column_whatever_its_name():
    gdf = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.Point(1, 2), shapely.Point(3, 4)], crs="EPSG:3405")
    gdf = gdf.rename_geometry("geom")
    frame = input_frame(LayerInput(VectorLayer(gdf, name="g")), Context())
    assert list(frame.columns) == ["a", "geometry", "__row"]


def test_a_raster_param_refuses_a_vector_layer():
    class NeedsRaster(Algorithm):
        id = "needs_raster"
        name = "Needs raster"
        group = "Tests"
        params = (Param("raster", "raster", "Raster"),)

    with pytest.raises(AnalysisError, match="must be a raster layer; wards is not"):
        check_values(NeedsRaster, {"raster": _polygons()})


def test_the_project_crs_is_not_used_to_measure_far_from_its_zone():
    """EPSG:9214 is true to scale around Huế; on data from Sydney it stretches lengths by about 20%, so every
    tool that measures (hot spot cells, density bandwidths, distances) switches to the data's UTM zone."""
    from gisdesk.analysis.base import choose_metric_crs

    gdf = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.Point(151.20, -33.87), shapely.Point(151.25, -33.90)],
                           crs="EPSG:4326")
    sydney = LayerInput(VectorLayer(gdf, name="sydney"))
    crs, notes = choose_metric_crs(Context(crs="EPSG:9214"), [sydney])
    assert crs == "EPSG:32756" and "was used to measure instead" in notes[0]
    assert metric_crs(Context(crs="EPSG:9214"), [sydney]) == "EPSG:32756"
    # around Huế the project CRS stays, with nothing to say
    assert choose_metric_crs(Context(crs="EPSG:9214"), [LayerInput(_points())]) == ("EPSG:9214", [])
