"""within_distance, nearest and buffer: distances checked against shapely brute force and pyproj.Geod."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod, Transformer

from gisdesk.analysis import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.proximity import NearIndex, measuring_crs
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer

X0, Y0 = 560_000.0, 1_820_000.0  # central Huế in EPSG:9214
GEOD = Geod(ellps="WGS84")


def _points(n: int = 3000, seed: int = 1, spread: float = 6000.0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return X0 + rng.uniform(-spread, spread, n), Y0 + rng.uniform(-spread, spread, n)


def _point_layer(x, y, crs="EPSG:9214", name="requests", **columns) -> VectorLayer:
    table = pd.DataFrame({"id": np.arange(len(x)), **columns})
    return VectorLayer(PointData(table, np.asarray(x, float), np.asarray(y, float), crs=crs), name=name)


def _near_shapes() -> dict[str, list]:
    """Near features of every kind (EPSG:9214)."""
    hole = [(X0 - 500, Y0 - 500), (X0 + 500, Y0 - 500), (X0 + 500, Y0 + 500), (X0 - 500, Y0 + 500)]
    park = shapely.Polygon([(X0 - 1500, Y0 - 1500), (X0 + 1500, Y0 - 1500), (X0 + 1500, Y0 + 1500),
                            (X0 - 1500, Y0 + 1500)], [hole])
    t = np.linspace(0, 6 * np.pi, 300)
    river = shapely.LineString(np.c_[X0 - 6000 + 2000 * t / np.pi, Y0 + 3000 + 800 * np.sin(t)])
    road = shapely.MultiLineString([[(X0 - 7000, Y0 - 4000), (X0 + 7000, Y0 - 3500)],
                                    [(X0 + 4000, Y0 - 7000), (X0 + 4200, Y0 + 7000)]])
    market = shapely.Point(X0 - 3000, Y0 + 500)
    schools = shapely.MultiPoint([(X0 + 2500, Y0 + 2500), (X0 - 4500, Y0 - 5000)])
    islands = shapely.MultiPolygon([shapely.box(X0 - 5500, Y0 - 2000, X0 - 4500, Y0 - 1000),
                                    shapely.box(X0 + 5000, Y0 + 5000, X0 + 5300, Y0 + 5400)])
    return {"points": [market, shapely.Point(X0 + 1000, Y0 - 6000), schools],
            "lines": [river, road],
            "polygons": [park, islands],
            "mixed": [park, river, road, market, schools, islands]}


def _near_layer(geoms, crs="EPSG:9214", name="near") -> VectorLayer:
    labels = [f"f{i}" for i in range(len(geoms))]
    return VectorLayer(gpd.GeoDataFrame({"label": labels}, geometry=list(geoms), crs=crs), name=name)


def _brute(x, y, geoms) -> np.ndarray:
    """Distance matrix (features x points) by shapely, one feature at a time."""
    pts = shapely.points(x, y)
    return np.array([shapely.distance(pts, g) for g in geoms])


def _unique_best(matrix: np.ndarray) -> np.ndarray:
    """Columns whose nearest feature is not tied with another."""
    if matrix.shape[0] == 1:
        return np.ones(matrix.shape[1], dtype=bool)
    two = np.sort(matrix, axis=0)[:2]
    return (two[1] - two[0]) > 1e-6


# -- exact distances ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["points", "lines", "polygons", "mixed"])
def test_nearest_matches_brute_force(kind):
    geoms = _near_shapes()[kind]
    x, y = _points()
    # points exactly on a ring, inside the hole and on a vertex
    x = np.r_[x, X0 - 1500, X0, X0 + 1500]
    y = np.r_[y, Y0, Y0, Y0 + 1500]
    result = run_algorithm("nearest", {"input": _point_layer(x, y), "facilities": _near_layer(geoms),
                                       "label": "label"}, Context(), Feedback())
    matrix = _brute(x, y, geoms)
    got = result.layer["nearest_distance_m"].to_numpy()
    np.testing.assert_allclose(got, matrix.min(axis=0), rtol=1e-9, atol=1e-6)
    ok = _unique_best(matrix)
    expected = np.array([f"f{i}" for i in matrix.argmin(axis=0)])
    assert (result.layer["nearest_label"].to_numpy()[ok] == expected[ok]).all()
    assert list(result.layer["id"]) == list(range(len(x)))
    assert result.layer.crs == "EPSG:9214"
    assert result.style["kind"] == "graduated" and result.style["column"] == "nearest_distance_m"


def test_segments_grid_matches_geos_on_many_points():
    """Many points per cell, a wiggly line, clustered and far points: the cell candidates never miss."""
    rng = np.random.default_rng(7)
    t = np.linspace(0, 10, 400)
    line = shapely.LineString(np.c_[X0 + 4000 * t, Y0 + 3000 * np.sin(t)])
    x = np.r_[rng.normal(X0 + 20000, 300, 20000), rng.uniform(X0 - 30000, X0 + 70000, 20000), X0 + 5, X0 + 5]
    y = np.r_[rng.normal(Y0, 300, 20000), rng.uniform(Y0 - 30000, Y0 + 30000, 20000), Y0, Y0]
    dist, _who = NearIndex(np.array([line, shapely.Point(X0 + 20000, Y0 + 50)], dtype=object)).nearest_xy(x, y)
    ref = np.minimum(shapely.distance(shapely.points(x, y), line),
                     np.hypot(x - (X0 + 20000), y - (Y0 + 50)))
    np.testing.assert_allclose(dist, ref, rtol=1e-9, atol=1e-6)
    # a limit: the same answers inside it, none beyond
    dist_lim, who_lim = NearIndex(np.array([line], dtype=object)).nearest_xy(x, y, max_distance=1000.0)
    ref_line = shapely.distance(shapely.points(x, y), line)
    inside = ref_line <= 1000
    np.testing.assert_allclose(dist_lim[inside], ref_line[inside], rtol=1e-9, atol=1e-6)
    assert np.isnan(dist_lim[~inside]).all() and (who_lim[~inside] == -1).all()


def test_identical_points_and_a_single_point():
    line = shapely.LineString([(X0, Y0), (X0 + 100, Y0)])
    index = NearIndex(np.array([line], dtype=object))
    d, w = index.nearest_xy(np.full(5, X0 + 50), np.full(5, Y0 + 30))
    np.testing.assert_allclose(d, 30.0)
    assert (w == 0).all()
    d, _ = index.nearest_xy(np.array([X0 - 40.0]), np.array([Y0 + 30.0]))
    np.testing.assert_allclose(d, 50.0)


def test_nearest_from_polygons_and_lines():
    """Non-point inputs are measured edge to edge (0 where they meet)."""
    wards = [shapely.box(X0 + i * 1000, Y0, X0 + i * 1000 + 900, Y0 + 900) for i in range(-6, 6)]
    wards.append(shapely.LineString([(X0 - 9000, Y0 - 9000), (X0 - 8000, Y0 - 8500)]))
    layer = VectorLayer(gpd.GeoDataFrame({"code": range(len(wards))}, geometry=wards, crs="EPSG:9214"), name="w")
    geoms = _near_shapes()["mixed"]
    result = run_algorithm("nearest", {"input": layer, "facilities": _near_layer(geoms)}, Context(), Feedback())
    matrix = np.array([shapely.distance(np.array(wards, dtype=object), g) for g in geoms])
    np.testing.assert_allclose(result.layer["nearest_distance_m"], matrix.min(axis=0), atol=1e-6)
    ok = _unique_best(matrix)
    assert (result.layer["nearest_row"].to_numpy()[ok] == matrix.argmin(axis=0)[ok]).all()


@pytest.mark.parametrize("distance", [0.0, 250.0, 1000.0])
def test_within_distance_select_matches_brute_force(distance):
    geoms = _near_shapes()["mixed"]
    x, y = _points(4000, seed=3)
    x = np.r_[x, X0 - 1500, X0 + 2500]  # on the park's ring; on a school
    y = np.r_[y, Y0 + 10, Y0 + 2500]
    result = run_algorithm("within_distance", {"input": _point_layer(x, y), "near": _near_layer(geoms),
                                               "distance": distance}, Context(), Feedback())
    expected = np.flatnonzero(_brute(x, y, geoms).min(axis=0) <= distance)
    name, rows = result.selection
    assert name == "input"
    np.testing.assert_array_equal(rows, expected)
    assert result.layer is None
    assert result.summary[0].startswith(f"{len(expected):,} of {len(x):,} features of requests lie within")


def test_within_distance_polygons_input():
    wards = [shapely.box(X0 + i * 1000, Y0 + 2000, X0 + i * 1000 + 900, Y0 + 2900) for i in range(-7, 7)]
    layer = VectorLayer(gpd.GeoDataFrame({"code": range(len(wards))}, geometry=wards, crs="EPSG:9214"), name="w")
    road = _near_shapes()["lines"][1]
    result = run_algorithm("within_distance", {"input": layer, "near": _near_layer([road]), "distance": 4200},
                           Context(), Feedback())
    expected = np.flatnonzero(shapely.distance(np.array(wards, dtype=object), road) <= 4200)
    np.testing.assert_array_equal(result.selection[1], expected)
    assert 0 < len(expected) < len(wards)


def test_within_distance_new_layer():
    geoms = _near_shapes()["points"]
    x, y = _points(500, seed=5)
    layer = _point_layer(x, y, kind=np.where(np.arange(500) % 2, "road", "light"))
    result = run_algorithm("within_distance", {"input": layer, "near": _near_layer(geoms), "distance": 1500,
                                               "mode": "new_layer", "near_label": "label"}, Context(), Feedback())
    matrix = _brute(x, y, geoms)
    hit = np.flatnonzero(matrix.min(axis=0) <= 1500)
    gdf = result.layer
    assert list(gdf.columns) == ["id", "kind", "geometry", "near_distance_m", "near_label"]
    np.testing.assert_array_equal(gdf["id"], hit)
    np.testing.assert_allclose(gdf["near_distance_m"], matrix.min(axis=0)[hit], atol=1e-6)
    assert list(gdf["near_label"]) == [f"f{i}" for i in matrix.argmin(axis=0)[hit]]
    np.testing.assert_allclose(shapely.get_x(gdf.geometry.values), x[hit])
    assert gdf.crs == "EPSG:9214"
    assert result.style["column"] == "near_distance_m"
    assert result.selection is None


def test_within_distance_nothing_found_gives_an_empty_layer():
    a = np.linspace(0, 2 * np.pi, 50, endpoint=False)
    x, y = X0 + 50 * np.cos(a), Y0 + 50 * np.sin(a)  # all 50 m from the one near point
    near = _near_layer([shapely.Point(X0, Y0)])
    result = run_algorithm("within_distance", {"input": _point_layer(x, y), "near": near, "distance": 10,
                                               "mode": "new_layer"}, Context(), Feedback())
    assert len(result.layer) == 0 and "near_distance_m" in result.layer.columns
    assert result.style is None
    assert result.summary[0].startswith("0 of 50 features")


# -- which rows take part -----------------------------------------------------------------------------------------
def test_original_row_numbers_with_filters_time_window_selection_and_missing_locations():
    n = 400
    x, y = _points(n, seed=11, spread=3000)
    x[::10] = np.nan  # no location
    opened = pd.Timestamp("2026-01-01T00:00:00+07:00") + pd.to_timedelta(np.arange(n), unit="h")
    table = pd.DataFrame({"id": np.arange(n), "status": np.where(np.arange(n) % 3 == 0, "closed", "open"),
                          "opened": opened})
    layer = VectorLayer(PointData(table, x, y, crs="EPSG:9214"), name="requests", time_field="opened")
    layer.filters = {"status": ["open"]}
    window = TimeWindow.of("2026-01-03T00:00:00+07:00", "2026-01-12T00:00:00+07:00")
    near = _near_layer([shapely.Point(X0, Y0)])
    result = run_algorithm("within_distance", {"input": layer, "near": near, "distance": 2000},
                           Context(time_window=window), Feedback())
    t = opened.as_unit("ns").asi8
    in_window = (t >= window.start_ns) & (t < window.end_ns)
    taking_part = (np.arange(n) % 3 != 0) & in_window & np.isfinite(x)
    close = np.hypot(x - X0, y - Y0) <= 2000
    np.testing.assert_array_equal(result.selection[1], np.flatnonzero(taking_part & close))
    assert any("inside the current time window" in s for s in result.summary)
    missing = int(((np.arange(n) % 3 != 0) & in_window & ~np.isfinite(x)).sum())
    assert missing > 0
    assert f"{missing:,} features of requests without a location were left out." in result.summary
    # selected only: the selection intersected with the rows that take part
    layer.selection = np.arange(100, 200)
    sel = run_algorithm("within_distance", {"input": LayerInput(layer, selected_only=True), "near": near,
                                            "distance": 2000}, Context(time_window=window), Feedback())
    expected = np.flatnonzero(taking_part & close)
    np.testing.assert_array_equal(sel.selection[1], expected[(expected >= 100) & (expected < 200)])
    # nearest keeps the same original rows, in order
    res = run_algorithm("nearest", {"input": layer, "facilities": near}, Context(time_window=window), Feedback())
    np.testing.assert_array_equal(res.layer["id"], np.flatnonzero(taking_part))
    np.testing.assert_allclose(res.layer["nearest_distance_m"], np.hypot(x - X0, y - Y0)[taking_part])


def test_time_window_applies_to_the_near_layer_too():
    x, y = np.array([X0, X0 + 3000]), np.array([Y0, Y0])
    built = pd.to_datetime(["2020-01-01T00:00:00+07:00", "2026-01-01T00:00:00+07:00"])
    near = VectorLayer(gpd.GeoDataFrame({"built": built}, geometry=shapely.points(x + 10, y), crs="EPSG:9214"),
                       name="sites", time_field="built")
    window = TimeWindow.of("2025-01-01T00:00:00+07:00", None)
    res = run_algorithm("nearest", {"input": _point_layer(x, y), "facilities": near}, Context(time_window=window),
                        Feedback())
    np.testing.assert_allclose(res.layer["nearest_distance_m"], [3010.0, 10.0])  # the 2020 site is out


# -- metres, whatever the CRS -------------------------------------------------------------------------------------
def _lonlat(x, y):
    return Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(x, y)


@pytest.mark.parametrize("project_crs", [None, "EPSG:9214"])
def test_geographic_layers_are_measured_in_metres(project_crs):
    x, y = _points(300, seed=9, spread=8000)
    lon, lat = _lonlat(x, y)
    flon, flat = _lonlat(np.array([X0, X0 + 4000, X0 - 7000]), np.array([Y0, Y0 - 6000, Y0 + 2000]))
    inp = _point_layer(lon, lat, crs="EPSG:4326")
    fac = _near_layer(shapely.points(flon, flat), crs="EPSG:4326", name="clinics")
    res = run_algorithm("nearest", {"input": inp, "facilities": fac, "label": "label"}, Context(crs=project_crs),
                        Feedback())
    geod = np.array([GEOD.inv(lon, lat, np.full_like(lon, fx), np.full_like(lat, fy))[2]
                     for fx, fy in zip(flon, flat, strict=True)])
    got = res.layer["nearest_distance_m"].to_numpy()
    np.testing.assert_allclose(got, geod.min(axis=0), rtol=0.005)
    assert np.median(np.abs(got / geod.min(axis=0) - 1)) < 0.002
    used = "EPSG:9214" if project_crs else "EPSG:32648"  # Huế lies in UTM zone 48N
    assert any(s.startswith(f"Distances were measured in metres in {used}") for s in res.summary)
    assert any("requests is in EPSG:4326" in s and "degree" in s for s in res.summary)
    assert res.layer.crs == "EPSG:4326"  # the output keeps the input's CRS
    # within_distance agrees with the geodesic distance away from the limit
    sel = run_algorithm("within_distance", {"input": inp, "near": fac, "distance": 3000}, Context(crs=project_crs),
                        Feedback())
    clear = np.abs(geod.min(axis=0) - 3000) > 30
    np.testing.assert_array_equal(np.isin(np.arange(300), sel.selection[1])[clear], (geod.min(axis=0) <= 3000)[clear])


def test_a_project_crs_far_from_the_data_is_not_used():
    """Data in Sydney with the Huế project CRS (a transverse Mercator 44° of longitude away, 20% off scale there):
    distances must still be metres, measured in UTM 56S."""
    lon = np.array([151.20, 151.18, 151.25])
    lat = np.array([-33.87, -33.90, -33.80])
    inp = _point_layer(lon, lat, crs="EPSG:4326")
    fac = _near_layer([shapely.Point(151.21, -33.86)], crs="EPSG:4326")
    res = run_algorithm("nearest", {"input": inp, "facilities": fac}, Context(crs="EPSG:9214"), Feedback())
    geod = GEOD.inv(lon, lat, np.full(3, 151.21), np.full(3, -33.86))[2]
    np.testing.assert_allclose(res.layer["nearest_distance_m"], geod, rtol=0.005)
    assert res.summary[1].startswith("Distances were measured in metres in EPSG:32756")
    assert any(s.startswith("EPSG:9214 - VN-2000 / TM-3 107-00 stretches distances by up to") for s in res.summary)


def test_feet_are_converted():
    """A projected CRS in US feet (NYC, EPSG:2263) still gives metres."""
    t = Transformer.from_crs("EPSG:4326", "EPSG:2263", always_xy=True)
    ax, ay = t.transform(np.array([-74.00, -73.97]), np.array([40.71, 40.76]))
    inp = _point_layer(ax[:1], ay[:1], crs="EPSG:2263")
    fac = _near_layer([shapely.Point(ax[1], ay[1])], crs="EPSG:2263")
    res = run_algorithm("nearest", {"input": inp, "facilities": fac}, Context(), Feedback())
    geod = GEOD.inv(-74.00, 40.71, -73.97, 40.76)[2]
    assert res.layer["nearest_distance_m"].iloc[0] == pytest.approx(geod, rel=0.005)
    assert any("US survey foot" in s or "foot" in s for s in res.summary)


def test_measuring_crs_without_any_crs():
    layer = _point_layer([X0], [Y0], crs=None)
    with pytest.raises(AnalysisError, match="requests has no coordinate reference system"):
        measuring_crs(Context(crs="EPSG:9214"), [LayerInput(layer)])


# -- wrong input --------------------------------------------------------------------------------------------------
def test_wrong_input_messages():
    x, y = _points(20)
    pts = _point_layer(x, y)
    near = _near_layer([shapely.Point(X0, Y0)])
    no_crs = _point_layer(x, y, crs=None, name="old survey")
    with pytest.raises(AnalysisError, match="old survey has no coordinate reference system"):
        run_algorithm("within_distance", {"input": no_crs, "near": near, "distance": 100})
    with pytest.raises(AnalysisError, match="old survey has no coordinate reference system"):
        run_algorithm("nearest", {"input": pts, "facilities": no_crs})
    with pytest.raises(AnalysisError, match="at least 0"):
        run_algorithm("within_distance", {"input": pts, "near": near, "distance": -5})
    with pytest.raises(AnalysisError, match="at least 0"):
        run_algorithm("nearest", {"input": pts, "facilities": near, "max_distance": -1})
    with pytest.raises(AnalysisError, match="more than 0 m"):
        run_algorithm("buffer", {"input": pts, "distance": 0})
    with pytest.raises(AnalysisError, match="nothing is selected"):
        run_algorithm("within_distance", {"input": LayerInput(pts, selected_only=True), "near": near,
                                          "distance": 100})
    with pytest.raises(AnalysisError, match="must be one of"):
        run_algorithm("within_distance", {"input": pts, "near": near, "distance": 100, "mode": "copy"})
    with pytest.raises(AnalysisError, match="has no column 'nom'"):
        run_algorithm("nearest", {"input": pts, "facilities": near, "label": "nom"})
    far = _near_layer([shapely.Point(X0 + 500_000, Y0)], name="Hanoi markets")
    with pytest.raises(AnalysisError, match="requests and Hanoi markets do not overlap"):
        run_algorithm("within_distance", {"input": pts, "near": far, "distance": 1000})
    nowhere = _point_layer(np.full(3, np.nan), np.full(3, np.nan))
    with pytest.raises(AnalysisError, match="No feature of requests that takes part has a"):
        run_algorithm("nearest", {"input": nowhere, "facilities": near})


def test_nearest_with_a_search_limit():
    x = X0 + np.array([0.0, 100.0, 999.0, 1000.0, 1500.0, 5000.0])
    y = np.full(6, Y0)
    res = run_algorithm("nearest", {"input": _point_layer(x, y), "facilities": _near_layer([shapely.Point(X0, Y0)]),
                                    "max_distance": 1000}, Context(), Feedback())
    d = res.layer["nearest_distance_m"].to_numpy()
    np.testing.assert_allclose(d[:4], [0, 100, 999, 1000])
    assert np.isnan(d[4:]).all()
    assert res.layer["nearest_row"].isna().tolist() == [False] * 4 + [True] * 2
    assert "2 features of requests have no feature of near within 1,000 m: their distance is empty." in res.summary
    assert res.summary[0] == ("Distance from the 4 features of requests to the nearest feature of near: median "
                              "550 m, longest 1,000 m.")


def test_nearest_summary_figures():
    x = X0 + np.array([10.0, 20.0, 300.0])
    res = run_algorithm("nearest", {"input": _point_layer(x, np.full(3, Y0)),
                                    "facilities": _near_layer([shapely.Point(X0, Y0)])}, Context(), Feedback())
    assert res.summary[0] == ("Distance from the 3 features of requests to the nearest feature of near: median "
                              "20 m, longest 300 m.")


# -- cancel -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("alg", ["within_distance", "nearest", "buffer"])
def test_cancel(alg):
    x, y = _points(300)
    near = _near_layer(_near_shapes()["mixed"])
    values = {"within_distance": {"input": _point_layer(x, y), "near": near, "distance": 100},
              "nearest": {"input": _point_layer(x, y), "facilities": near},
              "buffer": {"input": _point_layer(x, y), "distance": 100}}[alg]
    before = Feedback()
    before.cancel()
    with pytest.raises(Cancelled):
        run_algorithm(alg, values, Context(), before)
    seen = []
    during = Feedback(lambda f, m: (seen.append(f), during.cancel()))
    with pytest.raises(Cancelled):
        run_algorithm(alg, values, Context(), during)
    assert seen  # it reported progress before it stopped


# -- buffer -------------------------------------------------------------------------------------------------------
def test_buffer_in_metres_back_in_the_layer_crs():
    lon, lat = _lonlat(np.array([X0, X0 + 150]), np.array([Y0, Y0]))
    layer = _point_layer(lon, lat, crs="EPSG:4326", kind=["a", "b"])
    res = run_algorithm("buffer", {"input": layer, "distance": 100}, Context(crs="EPSG:9214"), Feedback())
    gdf = res.layer
    assert gdf.crs == "EPSG:4326" and list(gdf["kind"]) == ["a", "b"]
    circle = np.pi * 100**2
    np.testing.assert_allclose(gdf["area_m2"], circle, rtol=0.01)  # a 32-gon is 0.6% short of the circle
    # the ring lies 100 m from the point on the ground
    ring = shapely.get_coordinates(gdf.geometry.iloc[0].exterior)
    d = GEOD.inv(np.full(len(ring), lon[0]), np.full(len(ring), lat[0]), ring[:, 0], ring[:, 1])[2]
    np.testing.assert_allclose(d, 100, rtol=0.003)
    merged = run_algorithm("buffer", {"input": layer, "distance": 100, "dissolve": True}, Context(crs="EPSG:9214"),
                           Feedback()).layer
    assert len(merged) == 1 and merged["features"].iloc[0] == 2
    # two circles of r=100 whose centres are 150 m apart: 2πr² minus the lens
    r, dd = 100.0, 150.0
    lens = 2 * r**2 * np.arccos(dd / (2 * r)) - dd / 2 * np.sqrt(4 * r**2 - dd**2)
    assert merged["area_m2"].iloc[0] == pytest.approx(2 * circle - lens, rel=0.01)


def test_buffer_lines_and_polygons():
    road = shapely.LineString([(X0, Y0), (X0 + 1000, Y0)])
    plot = shapely.box(X0, Y0 + 500, X0 + 100, Y0 + 600)
    well = shapely.Point(X0 + 3000, Y0)
    layer = VectorLayer(gpd.GeoDataFrame({"name": ["road", "plot", "well"]}, geometry=[road, plot, well],
                                         crs="EPSG:9214"), name="mixed")
    res = run_algorithm("buffer", {"input": layer, "distance": 10}, Context(), Feedback())
    np.testing.assert_allclose(res.layer["area_m2"][:2],
                               [1000 * 20 + np.pi * 100, 100 * 100 + 4 * 100 * 10 + np.pi * 100], rtol=0.002)
    # a point's circle is GEOS's buffer, vertex for vertex
    np.testing.assert_allclose(shapely.get_coordinates(res.layer.geometry.iloc[2]),
                               shapely.get_coordinates(shapely.buffer(well, 10, quad_segs=8)))
    assert res.style["kind"] == "single"
    assert res.summary[0] == "3 features of mixed were buffered by 10 m."


# -- real data ----------------------------------------------------------------------------------------------------
def test_real_hue_wards_geodesic(shared_data):
    """The 40 new Huế wards (WGS84 points, some names NFD) against their road-snapped points: metres checked
    against the geodesic distance (pyproj.Geod)."""
    df = pd.read_csv(shared_data / "vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv")
    hue = df[df["province"].str.contains("Huế")].reset_index(drop=True)
    assert len(hue) == 40
    wards = _point_layer(hue["lon"], hue["lat"], crs="EPSG:4326", name="wards", ward=hue["ward"])
    snapped = VectorLayer(gpd.GeoDataFrame({"ward": hue["ward"]}, crs="EPSG:4326",
                                           geometry=shapely.points(hue["snapped_lon"], hue["snapped_lat"])),
                          name="roads")
    res = run_algorithm("nearest", {"input": wards, "facilities": snapped, "label": "ward"}, Context(), Feedback())
    matrix = np.array([GEOD.inv(hue["lon"], hue["lat"], np.full(40, sx), np.full(40, sy))[2]
                       for sx, sy in zip(hue["snapped_lon"], hue["snapped_lat"], strict=True)])
    np.testing.assert_allclose(res.layer["nearest_distance_m"], matrix.min(axis=0), rtol=0.005, atol=0.01)
    assert (res.layer["nearest_ward"].to_numpy() == hue["ward"].to_numpy()[matrix.argmin(axis=0)]).all()


def test_real_gadm_communes_with_a_filter(shared_data):
    """Distance from the 2025 ward points to the pre-2025 urban wards (GADM polygons, TYPE_3 = Phường, kept by
    a layer filter), against geopandas in UTM 48N."""
    communes = gpd.read_file(shared_data / "vietnam_admin/hue_communes_gadm41/hue.json")
    near = VectorLayer(communes, name="communes")
    near.filters = {"TYPE_3": ["Phường"]}
    df = pd.read_csv(shared_data / "vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv")
    hue = df[df["province"].str.contains("Huế")].reset_index(drop=True)
    wards = _point_layer(hue["lon"], hue["lat"], crs="EPSG:4326", name="wards")
    res = run_algorithm("within_distance", {"input": wards, "near": near, "distance": 2000, "mode": "new_layer",
                                            "near_label": "NAME_3"}, Context(), Feedback())
    urban = communes[communes["TYPE_3"] == "Phường"].to_crs("EPSG:32648")
    pts = gpd.GeoSeries(shapely.points(hue["lon"], hue["lat"]), crs="EPSG:4326").to_crs("EPSG:32648")
    matrix = np.array([pts.distance(g).to_numpy() for g in urban.geometry])
    best = matrix.min(axis=0)
    hit = np.flatnonzero(best <= 2000)
    assert 0 < len(hit) < 40
    np.testing.assert_array_equal(res.layer["id"], hit)
    np.testing.assert_allclose(res.layer["near_distance_m"], best[hit], atol=0.01)
    assert (res.layer["near_NAME_3"].to_numpy() == urban["NAME_3"].to_numpy()[matrix.argmin(axis=0)[hit]]).all()
    assert (res.layer["near_distance_m"] == 0).sum() == (best[hit] == 0).sum() > 0


def test_layers_with_a_differently_named_geometry_column():
    plots = gpd.GeoDataFrame({"name": ["a", "b"]}, crs="EPSG:9214",
                             geometry=[shapely.box(X0, Y0, X0 + 10, Y0 + 10), shapely.Point(X0 + 100, Y0)])
    layer = VectorLayer(plots.rename_geometry("geom"), name="plots")
    res = run_algorithm("buffer", {"input": layer, "distance": 5}, Context(), Feedback())
    assert list(res.layer.columns) == ["name", "area_m2", "geometry"]
    near = _near_layer([shapely.Point(X0, Y0 - 20)])
    res = run_algorithm("nearest", {"input": layer, "facilities": near}, Context(), Feedback())
    assert list(res.layer.columns) == ["name", "geom", "nearest_distance_m", "nearest_row"]
    np.testing.assert_allclose(res.layer["nearest_distance_m"], [20.0, np.hypot(100, 20)])
