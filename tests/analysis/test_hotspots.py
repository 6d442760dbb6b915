"""Hot spots (Getis-Ord Gi*): counts against brute force, Gi* and p-values against esda run directly on weights
built independently from the output's geometry, a planted cluster, the classes and style, errors, CRS, time
window, cancel, and the NYC 311 requests in the NYC ZIP-code polygons."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from scipy import stats

from gisdesk.analysis import hotspots
from gisdesk.analysis.base import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.hotspots import HOTSPOT_CLASSES, SEED, classify, hex_cell, hex_centres
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer

X0, Y0 = 560_000.0, 1_815_000.0  # Huế, EPSG:9214


def _points(x, y, crs="EPSG:9214", name="requests", **cols) -> VectorLayer:
    table = pd.DataFrame(cols) if cols else pd.DataFrame(index=range(len(x)))
    return VectorLayer(PointData(table, np.asarray(x, float), np.asarray(y, float), crs=crs), name=name)


def _background_and_cluster(n_bg=3000, n_cluster=300, seed=1, radius=500.0, where=(3130.0, 4270.0)):
    rng = np.random.default_rng(seed)
    x = X0 + rng.uniform(0, 10_000, n_bg)
    y = Y0 + rng.uniform(0, 10_000, n_bg)
    ang = rng.uniform(0, 2 * np.pi, n_cluster)
    rad = radius * np.sqrt(rng.uniform(0, 1, n_cluster))
    cx, cy = X0 + where[0], Y0 + where[1]
    return np.concatenate([x, cx + rad * np.cos(ang)]), np.concatenate([y, cy + rad * np.sin(ang)]), (cx, cy)


def _wards(nx=7, ny=7, size=1500.0, crs="EPSG:9214", extra=()):
    """A grid of square 'wards' (sharing edges) plus optional extra polygons."""
    geoms = [shapely.box(X0 + i * size, Y0 + j * size, X0 + (i + 1) * size, Y0 + (j + 1) * size)
             for j in range(ny) for i in range(nx)] + list(extra)
    names = [f"Phường {k + 1}" for k in range(len(geoms))]
    gdf = gpd.GeoDataFrame({"name": names, "population": np.arange(len(geoms)) * 100 + 1000}, geometry=geoms,
                           crs="EPSG:9214")
    if crs != "EPSG:9214":
        gdf = gdf.to_crs(crs)
    return VectorLayer(gdf, name="wards")


def _run(values, context=None, feedback=None):
    return run_algorithm("hotspots", values, context or Context(crs="EPSG:9214"), feedback or Feedback())


def _esda(y, graph, permutations=999, seed=SEED):
    import esda

    with warnings.catch_warnings():
        # esda 2.9 announces a change of its default alternative hypothesis on every permutation run
        warnings.filterwarnings("ignore", message="The alternative hypothesis", category=DeprecationWarning)
        return esda.G_Local(np.asarray(y, float), graph, transform="B", star=True, permutations=permutations,
                            seed=seed, n_jobs=1, keep_simulations=False)


# -- counting -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("units", ["hexagons", "squares"])
def test_grid_counts_match_a_brute_force_point_in_cell_test(units):
    rng = np.random.default_rng(7)
    x = X0 + rng.normal(0, 1500, 2000)
    y = Y0 + rng.normal(0, 1500, 2000)
    res = _run({"points": _points(x, y), "units": units, "cell_size": 400, "permutations": 0})
    cells = res.layer
    assert cells.crs == "EPSG:9214"
    brute = np.array([int(shapely.contains_xy(g, x, y).sum()) for g in cells.geometry.values])
    assert np.array_equal(brute, cells["count"].to_numpy())
    assert cells["count"].sum() == 2000  # every point in exactly one cell
    # the cell size is the distance between neighbouring centres: area of a hexagon sqrt(3)/2 d², a square d²
    area = np.sqrt(3) / 2 * 400**2 if units == "hexagons" else 400.0**2
    assert np.allclose(cells.geometry.area, area)
    # "ring": every empty cell touches a cell with points, and every cell with points has all its neighbours
    occupied = cells[cells["count"] > 0].geometry.values
    empty = cells[cells["count"] == 0].geometry.values
    tree = shapely.STRtree(occupied)
    near = tree.query(empty, predicate="dwithin", distance=0.01)
    assert set(near[0]) == set(range(len(empty)))
    all_tree = shapely.STRtree(cells.geometry.values)
    a, _b = all_tree.query(occupied, predicate="dwithin", distance=0.01)
    per_cell = np.bincount(a, minlength=len(occupied)) - 1  # less itself
    assert (per_cell == (6 if units == "hexagons" else 8)).all()


def test_hex_cell_is_the_nearest_centre():
    rng = np.random.default_rng(3)
    x = rng.uniform(-5000, 5000, 5000)
    y = rng.uniform(-5000, 5000, 5000)
    q, r = hex_cell(x, y, 250.0)
    cx, cy = hex_centres(q, r, 250.0)
    d = np.hypot(x - cx, y - cy)
    # no other hexagon centre is nearer (a point's hexagon is its nearest centre's Voronoi cell)
    for dq, dr in hotspots.HEX_NEIGHBOURS:
        nx, ny = hex_centres(q + dq, r + dr, 250.0)
        assert (d <= np.hypot(x - nx, y - ny) + 1e-9).all()
    assert d.max() <= 250.0 / np.sqrt(3) + 1e-9  # within the circumradius


def test_all_cells_over_the_extent_cover_it():
    x, y, _ = _background_and_cluster(n_bg=400, n_cluster=0)
    ring = _run({"points": _points(x, y), "cell_size": 1000, "permutations": 0}).layer
    full = _run({"points": _points(x, y), "cell_size": 1000, "permutations": 0, "empty_cells": "all"}).layer
    assert len(full) >= len(ring)
    box = shapely.box(x.min(), y.min(), x.max(), y.max())
    assert full.geometry.buffer(0.001).union_all().covers(box)  # (hexagon vertices differ in the last bits)
    assert full["count"].sum() == ring["count"].sum() == len(x)


def test_polygon_counts_match_brute_force_in_another_crs():
    x, y, _ = _background_and_cluster(n_bg=1500, n_cluster=200)
    x = np.concatenate([x, [X0 - 5000.0]])  # one request outside every ward
    y = np.concatenate([y, [Y0 - 5000.0]])
    wards = _wards(crs="EPSG:4326")  # the wards in degrees, the points in EPSG:9214
    res = _run({"points": _points(x, y), "units": "polygons", "polygons": wards, "permutations": 99})
    out = res.layer
    assert out.crs == "EPSG:4326" and list(out["name"]) == list(wards.data["name"])
    assert "population" in out.columns  # the wards' own columns are kept
    boxes = _wards().data.geometry.values
    owner = np.full(len(x), -1)
    for k, g in enumerate(boxes):  # lowest index wins on shared edges, as assign_points
        hit = shapely.covers(g, shapely.points(x, y)) & (owner < 0)
        owner[hit] = k
    assert np.array_equal(np.bincount(owner[owner >= 0], minlength=len(boxes)), out["count"].to_numpy())
    assert any("1 point falls in no polygon of wards and was left out" in s for s in res.summary)


def test_weight_field_sums_and_missing_values():
    rng = np.random.default_rng(5)
    x = X0 + rng.uniform(0, 4000, 600)
    y = Y0 + rng.uniform(0, 4000, 600)
    w = rng.integers(0, 5, 600).astype(float)
    w[:10] = np.nan
    res = _run({"points": _points(x, y, cost=w), "weight": "cost", "units": "squares", "cell_size": 1000,
                "permutations": 0})
    cells = res.layer
    ok = np.isfinite(w)
    brute = np.array([w[ok][shapely.contains_xy(g, x[ok], y[ok])].sum() for g in cells.geometry.values])
    assert np.allclose(brute, cells["sum"].to_numpy())
    assert cells["count"].sum() == 590
    assert "10 points without a value in 'cost' were left out." in res.summary


# -- the statistic against esda -------------------------------------------------------------------------------
@pytest.mark.parametrize("units, size", [("hexagons", 700.0), ("squares", 800.0)])
def test_gi_star_and_p_values_equal_esda_on_independent_weights(units, size):
    from libpysal.graph import Graph

    x, y, _ = _background_and_cluster(n_bg=1500, n_cluster=150)
    res = _run({"points": _points(x, y), "units": units, "cell_size": size})
    cells = res.layer
    # neighbours rebuilt from the output polygons: cells sharing an edge (hexagons) or an edge or corner (squares)
    graph = Graph.build_fuzzy_contiguity(cells.geometry, buffer=0.01)
    card = graph.cardinalities.to_numpy()
    assert card.max() == (6 if units == "hexagons" else 8)
    ref = _esda(cells["count"].to_numpy(), graph)
    assert np.allclose(cells["gi_z"], ref.Zs, rtol=1e-12, atol=1e-12)
    assert np.allclose(cells["p_value"], np.minimum(1.0, 2.0 * ref.p_sim), rtol=0, atol=1e-6)
    assert (cells["p_value"] < 0.01).any()  # a real test, not all "not significant"


def test_p_values_equal_esda_for_a_weighted_sum_on_polygons():
    from libpysal.graph import Graph

    rng = np.random.default_rng(11)
    x, y, _ = _background_and_cluster(n_bg=2000, n_cluster=300)
    w = rng.gamma(2.0, 1.5, len(x))
    wards = _wards()
    res = _run({"points": _points(x, y, cost=w), "weight": "cost", "units": "polygons", "polygons": wards,
                "permutations": 499})
    out = res.layer
    graph = Graph.build_contiguity(wards.data, rook=False)  # the wards share vertices: plain queen contiguity
    ref = _esda(out["sum"].to_numpy(), graph, permutations=499)
    assert np.allclose(out["gi_z"], ref.Zs, rtol=1e-12)
    assert np.allclose(out["p_value"], np.minimum(1.0, 2.0 * ref.p_sim), atol=1e-6)


def test_no_permutations_uses_the_normal_approximation():
    x, y, _ = _background_and_cluster()
    res = _run({"points": _points(x, y), "permutations": 0})
    z, p = res.layer["gi_z"].to_numpy(), res.layer["p_value"].to_numpy()
    assert np.allclose(p, 2 * stats.norm.sf(np.abs(z)))
    assert any("normal approximation" in s for s in res.summary)


def test_results_are_reproducible():
    x, y, _ = _background_and_cluster()
    a = _run({"points": _points(x, y), "permutations": 99})
    b = _run({"points": _points(x, y), "permutations": 99})
    assert np.array_equal(a.layer["p_value"], b.layer["p_value"])
    assert any("smallest possible p-value is 0.020, so no area can reach 99% confidence" in s for s in a.summary)
    assert not (a.layer["gi_bin"].abs() == 3).any()
    assert not any("smallest possible" in s for s in _run({"points": _points(x, y), "permutations": 199}).summary)


# -- the answer -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("units", ["hexagons", "squares", "polygons"])
def test_a_planted_cluster_is_a_99_percent_hot_spot(units):
    x, y, (cx, cy) = _background_and_cluster()
    values = {"points": _points(x, y), "units": units, "cell_size": 500}
    if units == "polygons":
        values["polygons"] = _wards()
    out = _run(values).layer
    at = out[out.geometry.contains(shapely.Point(cx, cy))]
    assert len(at) == 1
    assert at["hotspot_class"].iloc[0] == "Hot spot, 99% confidence" and at["gi_bin"].iloc[0] == 3
    # far from the cluster nothing is a 99% hot spot
    far = out[out.geometry.centroid.distance(shapely.Point(cx, cy)) > 3000]
    assert not (far["gi_bin"] == 3).any()


def test_classes_and_style():
    assert list(classify([3.0, 2.0, 1.8, 0.5, -1.7, -2.1, -3.5, 2.9],
                         [0.004, 0.03, 0.08, 0.5, 0.09, 0.04, 0.001, 0.011])) == [3, 2, 1, 0, -1, -2, -3, 2]
    x, y, _ = _background_and_cluster()
    res = _run({"points": _points(x, y)})
    out = res.layer
    labels = {b: lab for b, lab, _ in HOTSPOT_CLASSES}
    assert (out["hotspot_class"] == out["gi_bin"].map(labels)).all()
    from gisdesk.styles.renderers import renderer_from_dict

    style = res.style
    assert style["kind"] == "categorized" and style["column"] == "hotspot_class"
    assert [c["label"] for c in style["categories"]] == [
        "Hot spot, 99% confidence", "Hot spot, 95% confidence", "Hot spot, 90% confidence", "Not significant",
        "Cold spot, 90% confidence", "Cold spot, 95% confidence", "Cold spot, 99% confidence"]
    fills = {c["label"]: c["symbol"]["fill"] for c in style["categories"]}
    assert fills["Hot spot, 99% confidence"][0] > 150 > fills["Hot spot, 99% confidence"][2]  # red
    assert fills["Cold spot, 99% confidence"][2] > 150 > fills["Cold spot, 99% confidence"][0]  # blue
    r, g, b, _ = fills["Not significant"]
    assert r == g == b  # grey
    index, _ = renderer_from_dict(style).classify(out)
    assert (index >= 0).all()  # every cell is drawn
    assert any(s.startswith("Result: ") and "hot spots" in s for s in res.summary)


# -- CRS, time, cancel ----------------------------------------------------------------------------------------
def test_points_in_degrees_get_a_grid_in_metres():
    from pyproj import Transformer

    x, y, _ = _background_and_cluster(n_bg=800, n_cluster=100)
    lon, lat = Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(x, y)
    res = run_algorithm("hotspots", {"points": _points(lon, lat, crs="EPSG:4326"), "cell_size": 500,
                                     "permutations": 0}, Context(), Feedback())
    assert res.layer.crs == "EPSG:32648"  # UTM 48N, found from the points' extent
    assert np.allclose(res.layer.geometry.area, np.sqrt(3) / 2 * 500**2)
    assert res.layer["count"].sum() == 900
    in_project = _run({"points": _points(lon, lat, crs="EPSG:4326"), "permutations": 0})
    assert in_project.layer.crs == "EPSG:9214"  # the project CRS in metres is preferred


def test_the_time_window_applies():
    x, y, _ = _background_and_cluster()
    t = pd.Timestamp("2025-03-01T00:00:00+07:00") + pd.to_timedelta(np.arange(len(x)) % 10, unit="D")
    layer = _points(x, y, requested=t)
    layer.set_time_fields("requested")
    window = TimeWindow.of(pd.Timestamp("2025-03-01T00:00:00+07:00"), pd.Timestamp("2025-03-04T00:00:00+07:00"))
    res = _run({"points": layer, "permutations": 0}, Context(crs="EPSG:9214", time_window=window))
    assert res.layer["count"].sum() == int((np.arange(len(x)) % 10 < 3).sum())
    layer.selection = np.arange(0, 1000)
    sel = _run({"points": LayerInput(layer, selected_only=True), "permutations": 0})
    assert sel.layer["count"].sum() == 1000


def test_cancel_before_and_during():
    x, y, _ = _background_and_cluster()
    before = Feedback()
    before.cancel()
    with pytest.raises(Cancelled):
        _run({"points": _points(x, y)}, feedback=before)
    seen = []

    def on_progress(fraction, message):
        seen.append(message)
        if message == "Drawing permutations":
            during.cancel()

    during = Feedback(on_progress)
    with pytest.raises(Cancelled):
        _run({"points": _points(x, y)}, feedback=during)
    assert seen[-1] == "Drawing permutations"  # nothing ran on after the cancel


# -- errors ---------------------------------------------------------------------------------------------------
def test_polygon_units_need_a_polygon_layer():
    x, y, _ = _background_and_cluster(n_bg=50, n_cluster=0)
    with pytest.raises(AnalysisError, match="no polygon layer was chosen"):
        _run({"points": _points(x, y), "units": "polygons"})


def test_too_few_units():
    x, y, _ = _background_and_cluster(n_bg=50, n_cluster=0)
    with pytest.raises(AnalysisError, match="has only 2 polygon"):
        _run({"points": _points(x, y), "units": "polygons", "polygons": _wards(nx=2, ny=1, size=6000)})


def test_all_zero_and_constant_values():
    # points in the gap between the wards: every ward counts 0
    wards = _wards(nx=3, ny=1, size=1000, extra=[shapely.box(X0, Y0 + 3000, X0 + 3000, Y0 + 4000)])
    x = X0 + np.linspace(100, 2900, 30)
    y = np.full(30, Y0 + 2000)
    with pytest.raises(AnalysisError, match="the number of points is 0 in every one of the 4 polygons"):
        _run({"points": _points(x, y), "units": "polygons", "polygons": wards})
    # a zero weight everywhere
    x2, y2, _ = _background_and_cluster(n_bg=200, n_cluster=0)
    with pytest.raises(AnalysisError, match="the sum of 'cost' is 0 in every one"):
        _run({"points": _points(x2, y2, cost=np.zeros(200)), "weight": "cost"})
    # one point in each of 3 wards
    w3 = _wards(nx=3, ny=1, size=1000)
    with pytest.raises(AnalysisError, match="is the same \\(1\\) in all 3 polygons"):
        _run({"points": _points(X0 + np.array([500.0, 1500, 2500]), np.full(3, Y0 + 500)), "units": "polygons",
              "polygons": w3})


def test_negative_weights_and_no_overlap_and_too_many_cells():
    x, y, _ = _background_and_cluster(n_bg=200, n_cluster=0)
    with pytest.raises(AnalysisError, match="negative values"):
        _run({"points": _points(x, y, cost=np.full(200, -1.0)), "weight": "cost"})
    far = _wards()
    with pytest.raises(AnalysisError, match="do not overlap"):
        _run({"points": _points(x + 500_000, y), "units": "polygons", "polygons": far})
    rng = np.random.default_rng(2)
    xs, ys = rng.uniform(0, 200_000, 150_000), rng.uniform(1_700_000, 1_900_000, 150_000)
    with pytest.raises(AnalysisError, match=r"would need [\d,]+ cells here \(at most 100,000 are allowed\)\. "
                                            r"Choose a cell size of at least \d+ m"):
        _run({"points": _points(xs, ys), "cell_size": 10})


def test_islands_are_linked_to_their_nearest_polygon():
    island = shapely.box(X0 + 12_000, Y0 + 2000, X0 + 12_500, Y0 + 2500)  # 1.5 km east of the ward grid
    wards = _wards(extra=[island])
    x, y, _ = _background_and_cluster(n_bg=1500, n_cluster=200)
    res = _run({"points": _points(np.append(x, X0 + 12_200), np.append(y, Y0 + 2200)), "units": "polygons",
                "polygons": wards, "permutations": 0})
    assert any("1 polygon(s) touch no other (Phường 50)" in s and "nearest polygon" in s for s in res.summary)
    assert np.isfinite(res.layer["gi_z"]).all()


# -- real data --------------------------------------------------------------------------------------------------
def test_nyc_311_requests_in_zip_codes(shared_data):
    """893 of 1,000 NYC 311 requests have a location (WGS 84); the ZIP polygons are in EPSG:2263 (US feet) and
    do not share vertices with their neighbours: vertex-based queen contiguity leaves 68 of 263 unconnected,
    the 1 m tolerance 13 (real islands and detached parts)."""
    from gisdesk.io.readers import open_path

    base = shared_data / "city_services"
    requests = open_path(base / "nyc311_2018_1000rows" / "311_Service_Requests.csv").layers[0]
    zips = open_path(base / "nyc_zipcodes_epsg2263" / "nyc_zipcodes.shp").layers[0]
    res = run_algorithm("hotspots", {"points": requests, "units": "polygons", "polygons": zips},
                        Context(), Feedback())
    out = res.layer
    assert out.crs == "EPSG:2263" and len(out) == 263
    pts = requests.data.dropna(subset=[requests.data.geometry.name]).to_crs("EPSG:2263")
    joined = gpd.sjoin(pts[[pts.geometry.name]], zips.data[["geometry"]], predicate="intersects")
    first = joined.groupby(level=0)["index_right"].min()  # one ward per point, as assign_points
    assert np.array_equal(np.bincount(first.to_numpy(), minlength=263), out["count"].to_numpy())
    assert out["count"].sum() == 892
    assert any("13 polygon(s) touch no other" in s for s in res.summary)
    assert (out["gi_bin"] == 3).any()
    grid = run_algorithm("hotspots", {"points": requests, "cell_size": 1000, "permutations": 99}, Context(),
                         Feedback())
    assert grid.layer.crs == "EPSG:32618" and grid.layer["count"].sum() == 893  # UTM 18N, not feet


def test_hue_communes_connect_with_the_tolerance(shared_data):
    """The 152 GADM communes of (old) Thừa Thiên Huế (EPSG:4326, coordinates rounded to 4 decimals, slight
    overlaps): shapely's strict 'touches' contiguity leaves 4 unconnected; the 1 m tolerance connects them all.
    Points in EPSG:9214 are counted in the communes' degrees."""
    from libpysal.graph import Graph

    from gisdesk.io.readers import open_path

    communes = open_path(shared_data / "vietnam_admin" / "hue_communes_gadm41" / "hue.json").layers[0]
    strict = Graph.build_contiguity(communes.data.to_crs("EPSG:9214"), rook=False, strict=True)
    assert len(strict.isolates) == 4
    x, y, (cx, cy) = _background_and_cluster(n_bg=4000, n_cluster=600, where=(0.0, 0.0))
    res = _run({"points": _points(x, y), "units": "polygons", "polygons": communes, "permutations": 0})
    out = res.layer
    assert len(out) == 152 and out.crs == "EPSG:4326"
    assert not any("touch no other" in s for s in res.summary)
    at = out[out.to_crs("EPSG:9214").geometry.contains(shapely.Point(cx, cy))]
    assert at["count"].iloc[0] == out["count"].max() and at["gi_bin"].iloc[0] == 3
    assert out["count"].sum() + sum(int(s.split()[0].replace(",", "")) for s in res.summary
                                    if "in no polygon" in s) == len(x)
