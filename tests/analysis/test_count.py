"""Count points in polygons: counts by hand and by brute force, categories, statuses, rates, errors, time window,
cancel, and NYC 311 requests in ZIP codes (real data) against geopandas."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from gisdesk.analysis import count as count_mod
from gisdesk.analysis.base import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer

ALG = "count_points_in_polygons"
X0, Y0 = 560000.0, 1820000.0  # Huế, EPSG:9214


def wards_layer(extra: dict | None = None) -> VectorLayer:
    """Four 1 km squares in a row (shared edges at x = 1000, 2000, 3000), a fifth one with a hole, a sixth
    overlapping the first two."""
    geoms = [box(X0 + i * 1000, Y0, X0 + (i + 1) * 1000, Y0 + 1000) for i in range(4)]
    geoms.append(Polygon([(X0, Y0 + 2000), (X0 + 1000, Y0 + 2000), (X0 + 1000, Y0 + 3000), (X0, Y0 + 3000)],
                         [[(X0 + 250, Y0 + 2250), (X0 + 750, Y0 + 2250), (X0 + 750, Y0 + 2750), (X0 + 250, Y0 + 2750)]]))
    geoms.append(box(X0 + 500, Y0 + 500, X0 + 1500, Y0 + 900))
    table = {"name": ["Phú Hội", "Vĩnh Ninh", "Thuận Hòa", "Tây Lộc", "Kim Long", "Overlap"],
             "population": [20000.0, 0.0, np.nan, 5000.0, 1000.0, 2000.0]}
    table.update(extra or {})
    return VectorLayer(gpd.GeoDataFrame(table, geometry=geoms, crs="EPSG:9214"), name="wards")


# the points: (dx, dy, category, status)
POINTS = [
    (100, 100, "Cấp nước", "open"),  # ward 0
    (200, 300, "Cấp nước", "closed"),  # ward 0
    (700, 700, "Rác thải", "open"),  # wards 0 and 5 (overlap)
    (1000, 500, "Rác thải", "closed"),  # the edge shared by wards 0 and 1, ward 5's lower edge
    (1000, 700, None, "closed"),  # shared edge of 0 and 1, inside 5
    (1500, 200, "Cấp nước", "closed"),  # ward 1
    (2000, 1000, "Đèn đường", "open"),  # the corner shared by wards 1 and 2
    (2500, 500, "Đèn đường", "closed"),  # ward 2
    (3999, 999, "Rác thải", None),  # ward 3
    (500, 2500, "Cấp nước", "open"),  # in ward 4's hole: nowhere
    (250, 2500, "Cấp nước", "open"),  # on the hole's ring: ward 4
    (9000, 9000, "Rác thải", "open"),  # outside everything
    (np.nan, np.nan, "Rác thải", "open"),  # no location
]
# expected per ward, by hand
COUNT = [5, 4, 2, 1, 1, 3]


def points_layer(points=POINTS, crs="EPSG:9214", times=None) -> VectorLayer:
    dx = np.array([p[0] for p in points], dtype=float)
    dy = np.array([p[1] for p in points], dtype=float)
    table = pd.DataFrame({"category": [p[2] for p in points], "status": [p[3] for p in points]})
    if times is not None:
        table["t"] = times
    layer = VectorLayer(PointData(table, X0 + dx, Y0 + dy, crs=crs), name="requests")
    if times is not None:
        layer.set_time_fields("t")
    return layer


def run(values, context=None, feedback=None):
    return run_algorithm(ALG, values, context or Context(), feedback or Feedback())


def brute_counts(x, y, geoms, groups=None, n_groups=1):
    out = np.zeros((len(geoms), n_groups), dtype=np.int64)
    for i, (px, py) in enumerate(zip(x, y, strict=True)):
        if not (np.isfinite(px) and np.isfinite(py)):
            continue
        pt = shapely.Point(px, py)
        for j, g in enumerate(geoms):
            if g is not None and not g.is_empty and g.intersects(pt):
                gcode = 0 if groups is None else groups[i]
                if gcode >= 0:
                    out[j, gcode] += 1
    return out if groups is not None else out[:, 0]


# -- counts by hand -----------------------------------------------------------------------------------------------
def test_counts_categories_statuses_and_rates_by_hand():
    res = run({"points": points_layer(), "polygons": wards_layer(), "category": "category", "status": "status",
               "population": "population"})
    out = res.layer
    assert out.crs == "EPSG:9214" and len(out) == 6
    assert out["name"].tolist()[0] == "Phú Hội"  # the polygons' attributes are kept
    assert out["count"].tolist() == COUNT
    assert out["n_cap_nuoc"].tolist() == [2, 1, 0, 0, 1, 0]
    assert out["n_rac_thai"].tolist() == [2, 1, 0, 1, 0, 2]
    assert out["n_den_duong"].tolist() == [0, 1, 2, 0, 0, 0]
    assert out["n_no_value"].tolist() == [1, 1, 0, 0, 0, 1]
    assert out["n_status_closed"].tolist() == [3, 3, 1, 0, 0, 2]
    assert out["n_status_open"].tolist() == [2, 1, 1, 0, 1, 1]
    assert out["n_status_no_value"].tolist() == [0, 0, 0, 1, 0, 0]
    rate = out["rate_per_1000"].to_numpy()
    np.testing.assert_allclose(rate[[0, 3, 4, 5]], [5 / 20, 1 / 5, 1.0, 1.5])
    assert np.isnan(rate[1]) and np.isnan(rate[2])  # population 0 and missing
    text = "\n".join(res.summary)
    assert "Counted 10 points of requests in 6 polygons of wards." in text  # 12 with a location, 2 in no ward
    assert "2 points fell outside every polygon" in text
    assert "1 point without a location was left out." in text
    assert "4 points on a border shared by polygons (or where polygons overlap) are counted in each" in text
    assert "2 polygons have no population in 'population'" in text
    # the map is coloured by the rate
    assert res.style["kind"] == "graduated" and res.style["column"] == "rate_per_1000"
    assert res.style["method"] == "natural_breaks"


# -- against brute force on random data ---------------------------------------------------------------------------
def random_case(seed: int):
    rng = np.random.default_rng(seed)
    seeds = shapely.multipoints(np.column_stack([rng.uniform(X0, X0 + 5000, 25), rng.uniform(Y0, Y0 + 4000, 25)]))
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds))
    cells = list(shapely.intersection(cells, box(X0, Y0, X0 + 5000, Y0 + 4000)))
    cells[3] = cells[3].difference(cells[3].centroid.buffer(120))  # a hole
    cells[4] = MultiPolygon([cells[4], box(X0 + 6000, Y0, X0 + 6500, Y0 + 500)])  # a detached part
    cells.append(box(X0 + 1000, Y0 + 1000, X0 + 3000, Y0 + 2000))  # overlaps several
    cells.append(None)
    cells.append(Polygon())
    verts = shapely.get_coordinates(np.asarray([c for c in cells if c is not None and not c.is_empty]))
    on_v = verts[rng.choice(len(verts), 300)]
    n = 4000
    x = np.concatenate([rng.uniform(X0 - 500, X0 + 7000, n), on_v[:, 0], [np.nan]])
    y = np.concatenate([rng.uniform(Y0 - 500, Y0 + 4500, n), on_v[:, 1], [np.nan]])
    cats = rng.choice(np.array(["a", "b", "c", None], dtype=object), len(x))
    table = pd.DataFrame({"category": cats})
    pts = VectorLayer(PointData(table, x, y, crs="EPSG:9214"), name="pts")
    polys = VectorLayer(gpd.GeoDataFrame({"id": np.arange(len(cells))}, geometry=cells, crs="EPSG:9214"),
                        name="cells")
    return pts, polys, x, y, cells, cats


@pytest.mark.parametrize("seed", [11, 12])
@pytest.mark.parametrize("through_grid", [False, True])
def test_counts_match_brute_force(seed, through_grid, monkeypatch):
    if through_grid:
        monkeypatch.setattr("gisdesk.analysis.overlay.GRID_MIN_POINTS", 10)
    pts, polys, x, y, cells, cats = random_case(seed)
    res = run({"points": pts, "polygons": polys, "category": "category"})
    kept = [j for j, c in enumerate(cells) if c is not None and not c.is_empty]  # no geometry: left out
    expected = brute_counts(x, y, [cells[j] for j in kept])
    assert res.layer["id"].tolist() == kept
    np.testing.assert_array_equal(res.layer["count"].to_numpy(), expected)
    codes = np.array([{"a": 0, "b": 1, "c": 2}.get(c, 3) for c in cats])
    by_cat = brute_counts(x, y, [cells[j] for j in kept], codes, 4)
    for k, col in enumerate(["n_a", "n_b", "n_c", "n_no_value"]):
        np.testing.assert_array_equal(res.layer[col].to_numpy(), by_cat[:, k])
    assert any("2 polygons of cells without a geometry were left out" in s for s in res.summary)


def test_points_in_another_crs_are_reprojected():
    pts, polys, x, y, cells, _ = random_case(13)
    from pyproj import Transformer

    lon, lat = Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(x, y)
    pts84 = VectorLayer(PointData(pts.attributes, lon, lat, crs="EPSG:4326"), name="pts84")
    res = run({"points": pts84, "polygons": polys})
    assert res.layer.crs == "EPSG:9214"
    kept = [c for c in cells if c is not None and not c.is_empty]
    # brute force on the points brought back to EPSG:9214 (the round trip moves them by nanometres, so points
    # on a vertex may change sides: the same transformation must give the same answer)
    x2, y2 = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True).transform(lon, lat)
    np.testing.assert_array_equal(res.layer["count"].to_numpy(), brute_counts(x2, y2, kept))
    assert res.layer["count"].sum() > 2000


# -- categories: cap, names ---------------------------------------------------------------------------------------
def test_many_categories_are_capped_with_an_other_column():
    rng = np.random.default_rng(3)
    n = 2000
    cats = np.array([f"Loại {i:02d}" for i in range(45)], dtype=object)[np.minimum(rng.geometric(0.08, n) - 1, 44)]
    table = pd.DataFrame({"category": cats})
    pts = VectorLayer(PointData(table, rng.uniform(X0, X0 + 4000, n), rng.uniform(Y0, Y0 + 1000, n),
                                crs="EPSG:9214"), name="pts")
    res = run({"points": pts, "polygons": wards_layer(), "category": "category"})
    cat_cols = [c for c in res.layer.columns if c.startswith("n_")]
    assert len(cat_cols) == count_mod.MAX_GROUP_COLUMNS and cat_cols[-1] == "n_other"
    np.testing.assert_array_equal(res.layer[cat_cols].sum(axis=1).to_numpy(), res.layer["count"].to_numpy())
    n_distinct = len(set(cats))
    # the most common value has a column; the summary says what went into "other"
    assert "n_loai_00" in cat_cols
    assert any(f"'category' takes {n_distinct} values among the points counted: the 29 most common have their "
               f"own column; the other {n_distinct - 29}" in s for s in res.summary)


def test_existing_column_names_are_not_overwritten():
    res = run({"points": points_layer(), "polygons": wards_layer({"count": [9] * 6, "rate_per_1000": [1.0] * 6}),
               "population": "population"})
    assert res.layer["count"].tolist() == [9] * 6
    assert res.layer["count_2"].tolist() == COUNT
    assert "rate_per_1000_2" in res.layer.columns and res.style["column"] == "rate_per_1000_2"


def test_values_with_the_same_safe_name_get_distinct_columns():
    pts = [(100, 100, "Cấp nước", "open"), (200, 200, "cap nuoc", "open"), (300, 300, "CAP-NUOC", "open"),
           (1500, 300, "Cấp nước", "open")]
    res = run({"points": points_layer(pts), "polygons": wards_layer(), "category": "category"})
    assert res.layer["n_cap_nuoc"].tolist()[:2] == [1, 1]  # the most common value keeps the plain name
    assert res.layer["n_cap_nuoc_2"].tolist()[0] + res.layer["n_cap_nuoc_3"].tolist()[0] == 2
    note = next(s for s in res.summary if s.startswith("Columns for 'category'"))
    assert "n_cap_nuoc_2 = " in note and "n_cap_nuoc_3 = " in note and "n_cap_nuoc =" not in note


def test_blank_values_count_as_no_value():
    pts = [(100, 100, "", "open"), (200, 200, "  ", "open"), (300, 300, None, "open"), (400, 400, "a", "open")]
    res = run({"points": points_layer(pts), "polygons": wards_layer(), "category": "category"})
    assert res.layer["n_no_value"].tolist()[0] == 3 and res.layer["n_a"].tolist()[0] == 1
    assert [c for c in res.layer.columns if c.startswith("n_")] == ["n_no_value", "n_a"]  # most common first


@pytest.mark.parametrize(("value", "safe"), [("Cấp nước", "cap_nuoc"), ("Đường/Hẻm", "duong_hem"), ("  ", "value"),
                                             (None, "no_value"), (3, "3"), ("Noise - Residential", "noise_residential")])
def test_safe_names(value, safe):
    assert count_mod._safe(value) == safe


# -- style -----------------------------------------------------------------------------------------------------------
def test_style_without_points_inside_and_without_any_population():
    far = [(500, 2500, "a", "open"), (3500, 2500, "a", "open")]  # in the hole; between the wards
    polys = wards_layer({"population": [np.nan] * 6})
    res = run({"points": points_layer(far), "polygons": polys, "population": "population"})
    assert res.layer["count"].tolist() == [0] * 6
    assert res.layer["rate_per_1000"].isna().all()
    assert res.style["column"] == "count" and len(res.style["classes"]) == 1  # one class: every ward 0
    assert "Counted 0 points" in res.summary[0]


# -- errors --------------------------------------------------------------------------------------------------------
def test_points_without_a_crs_are_taken_in_the_polygons_crs():
    res = run({"points": points_layer(crs=None), "polygons": wards_layer()})
    assert res.layer["count"].tolist() == COUNT
    assert "requests has no coordinate reference system: its coordinates were taken to be in that of wards." \
        in res.summary


def test_no_overlap():
    far = [(900000, 900000, "a", "open")]
    with pytest.raises(AnalysisError, match="requests and wards do not overlap"):
        run({"points": points_layer(far), "polygons": wards_layer()})


def test_points_in_a_wrong_crs_do_not_overlap():
    # the same numbers labelled WGS 84: after reprojection they are nowhere near Huế's wards
    with pytest.raises(AnalysisError, match="do not overlap"):
        run({"points": points_layer(POINTS[:3], crs="EPSG:3857"), "polygons": wards_layer()})


def test_empty_selection_and_missing_columns():
    with pytest.raises(AnalysisError, match="nothing is selected"):
        run({"points": LayerInput(points_layer(), selected_only=True), "polygons": wards_layer()})
    with pytest.raises(AnalysisError, match="has no column 'kind'"):
        run({"points": points_layer(), "polygons": wards_layer(), "category": "kind"})
    with pytest.raises(AnalysisError, match="must be a numeric column"):
        run({"points": points_layer(), "polygons": wards_layer(), "population": "name"})
    with pytest.raises(AnalysisError, match="must be a polygon layer"):
        run({"points": points_layer(), "polygons": points_layer()})


def test_selected_polygons_and_points_only():
    wards = wards_layer()
    wards.selection = [0, 2]
    pts = points_layer()
    pts.selection = [0, 1, 2, 5]  # three in ward 0, one in ward 1
    res = run({"points": LayerInput(pts, selected_only=True), "polygons": LayerInput(wards, selected_only=True)})
    assert res.layer["name"].tolist() == ["Phú Hội", "Thuận Hòa"]
    assert res.layer["count"].tolist() == [3, 0]
    assert "1 point fell outside every polygon" in "\n".join(res.summary)


# -- time window ------------------------------------------------------------------------------------------------------
def test_time_window_keeps_the_points_inside_it():
    times = pd.date_range("2025-03-01", periods=len(POINTS), freq="D", tz="Asia/Ho_Chi_Minh")
    pts = points_layer(times=times)
    window = TimeWindow.of(pd.Timestamp("2025-03-01", tz="Asia/Ho_Chi_Minh"),
                           pd.Timestamp("2025-03-05", tz="Asia/Ho_Chi_Minh"))  # the first four points
    res = run({"points": pts, "polygons": wards_layer()}, Context(time_window=window))
    assert res.layer["count"].tolist() == [4, 1, 0, 0, 0, 2]
    assert "9 points of requests outside the time window were left out." in res.summary
    # no window: everything
    assert run({"points": pts, "polygons": wards_layer()}).layer["count"].tolist() == COUNT
    late = TimeWindow.of(pd.Timestamp("2026-01-01", tz="UTC"), pd.Timestamp("2026-02-01", tz="UTC"))
    with pytest.raises(AnalysisError, match="inside the current time window"):
        run({"points": pts, "polygons": wards_layer()}, Context(time_window=late))


# -- cancel -------------------------------------------------------------------------------------------------------
def test_cancel_before_and_during():
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        run({"points": points_layer(), "polygons": wards_layer()}, feedback=fb)
    seen = []

    def on_progress(fraction, message):
        seen.append(message)
        if message == "Finding the polygon of each point":
            fb2.cancel()

    fb2 = Feedback(on_progress)
    with pytest.raises(Cancelled):
        run({"points": points_layer(), "polygons": wards_layer()}, feedback=fb2)
    assert "Building the result" not in seen


def test_progress_in_chunks(monkeypatch):
    monkeypatch.setattr(count_mod, "CHUNK", 4)
    seen = []
    res = run({"points": points_layer(), "polygons": wards_layer(), "category": "category"},
              feedback=Feedback(lambda f, m: seen.append((f, m))))
    assert res.layer["count"].tolist() == COUNT and res.layer["n_rac_thai"].tolist() == [2, 1, 0, 1, 0, 2]
    assert sum(m == "Finding the polygon of each point" for _, m in seen) == 3  # 12 points with a location / 4
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)


# -- real data: NYC 311 requests in ZIP codes -----------------------------------------------------------------------
def test_nyc_311_requests_per_zip_code(shared_data):
    from gisdesk.io.readers import open_path

    requests = open_path(shared_data / "city_services/nyc311_2018_1000rows/311_Service_Requests.csv").layers[0]
    zips = open_path(shared_data / "city_services/nyc_zipcodes_epsg2263/nyc_zipcodes.shp").layers[0]
    res = run({"points": requests, "polygons": zips, "category": "Complaint Type", "status": "Status",
               "population": "POPULATION"})
    out = res.layer
    assert out.crs == zips.crs and len(out) == 263
    # independent: geopandas sjoin in the ZIP codes' CRS
    pts = requests.data
    pts = pts[~(pts.geometry.isna() | pts.geometry.is_empty)].to_crs(zips.crs)
    joined = gpd.sjoin(pts[["geometry"]], zips.data[["geometry"]], predicate="intersects", how="inner")
    expected = np.bincount(joined["index_right"].to_numpy(), minlength=263)
    np.testing.assert_array_equal(out["count"].to_numpy(), expected)
    text = "\n".join(res.summary)
    assert "107 points without a location were left out." in text  # the file's 107 rows without lat/lon
    assert f"Counted {len(np.unique(joined.index)):,} points" in text
    # 101 complaint types: 29 columns + other; six statuses
    cat_cols = [c for c in out.columns if c.startswith("n_") and not c.startswith("n_status_")]
    assert len(cat_cols) == 30 and "n_other" in cat_cols and "n_illegal_parking" in cat_cols
    assert {"n_status_closed", "n_status_pending", "n_status_in_progress"} <= set(out.columns)
    np.testing.assert_array_equal(out[cat_cols].sum(axis=1), out["count"])
    # POPULATION 0 for parks and airports: no rate there
    pop = zips.attributes["POPULATION"].to_numpy()
    assert out["rate_per_1000"].isna().to_numpy().tolist() == (pop <= 0).tolist()
    assert res.style["column"] == "rate_per_1000"
