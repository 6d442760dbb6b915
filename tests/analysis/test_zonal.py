"""zonal_statistics: checked against cell-centre masks (rasterio.features) where polygons follow the cell edges,
and against coverage fractions computed independently (shapely: the area of each cell inside the polygon)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import rasterio
import shapely
from rasterio.features import geometry_mask
from rasterio.transform import Affine
from rasterio.windows import Window, from_bounds

from gisdesk.analysis import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.zonal import STATS, parse_stats
from gisdesk.layers import RasterLayer, VectorLayer

X0, Y0 = 560_000.0, 1_820_000.0  # top-left corner of the synthetic raster (EPSG:9214)
CELL = 10.0
NODATA = -9999.0


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    """30 x 20 cells of 10 m, a nodata block and a nodata cell. Band 1: small whole numbers (the majority means
    something; many ties); band 2: distinct depths in metres (no ties)."""
    rng = np.random.default_rng(42)
    data = rng.integers(0, 6, size=(20, 30)).astype("float32")
    depth = rng.permutation(600).reshape(20, 30).astype("float32") / 100
    for band in (data, depth):
        band[10:15, 20:25] = NODATA  # a block without data
        band[2, 2] = NODATA
    path = tmp_path_factory.mktemp("zonal") / "grid.tif"
    with rasterio.open(path, "w", driver="GTiff", width=30, height=20, count=2, dtype="float32", crs="EPSG:9214",
                       transform=Affine(CELL, 0, X0, 0, -CELL, Y0), nodata=NODATA) as ds:
        ds.write(data, 1)
        ds.write(depth, 2)
    return path, data, depth


def _box(c0, r0, c1, r1):
    """The polygon covering columns c0..c1-1 and rows r0..r1-1 exactly."""
    return shapely.box(X0 + c0 * CELL, Y0 - r1 * CELL, X0 + c1 * CELL, Y0 - r0 * CELL)


ALIGNED = {
    "block": _box(0, 0, 4, 5),  # holds the nodata cell (2, 2)
    "ell": shapely.union_all([_box(5, 0, 12, 3), _box(5, 3, 8, 9)]),
    "ring": _box(12, 4, 19, 11).difference(_box(14, 6, 17, 9)),
    "pair": shapely.MultiPolygon([_box(0, 12, 3, 15), _box(8, 16, 12, 20)]),
    "no data": _box(20, 10, 25, 15),
    "half out": _box(26, 0, 34, 4),
    "outside": _box(40, 0, 45, 5),
}


def _layer(geoms: dict, crs="EPSG:9214") -> VectorLayer:
    return VectorLayer(gpd.GeoDataFrame({"name": list(geoms)}, geometry=list(geoms.values()), crs=crs), name="zones")


def _centre_stats(data: np.ndarray, geom) -> dict[str, float]:
    inside = geometry_mask([geom], out_shape=data.shape, transform=Affine(CELL, 0, X0, 0, -CELL, Y0), invert=True)
    v = data[inside & (data != NODATA)].astype(np.float64)
    if not v.size:
        return {s: np.nan for s in STATS} | {"count": 0.0}
    vals, counts = np.unique(v, return_counts=True)
    majority = vals[counts == counts.max()]
    return {"mean": v.mean(), "min": v.min(), "max": v.max(), "count": float(v.size), "sum": v.sum(),
            "median": float(np.median(v)), "stdev": v.std(), "majority": majority}


def _run(raster, polygons, stats="mean,min,max,count", band=1, context=None, feedback=None):
    return run_algorithm("zonal_statistics", {"raster": raster, "polygons": polygons, "stats": stats, "band": band},
                         context or Context(), feedback or Feedback())


def test_aligned_polygons_match_cell_centre_masks(grid):
    path, data, _depth = grid
    res = _run(RasterLayer(str(path)), _layer(ALIGNED), stats=",".join(STATS))
    gdf = res.layer
    assert list(gdf.columns) == ["name", "geometry"] + [f"zonal_{s}" for s in STATS]
    for i, (name, geom) in enumerate(ALIGNED.items()):
        if name == "outside":
            assert gdf.loc[i, [f"zonal_{s}" for s in STATS]].isna().all()
            continue
        expected = _centre_stats(data, geom.intersection(_box(0, 0, 30, 20)))
        for stat in ("mean", "min", "max", "count", "sum", "stdev", "median"):  # median: ties included
            got = gdf.loc[i, f"zonal_{stat}"]
            np.testing.assert_allclose(got, expected[stat], rtol=1e-6, atol=1e-9, err_msg=f"{name} {stat}")
        if name != "no data":
            assert gdf.loc[i, "zonal_majority"] in expected["majority"], name
    # the block holds one nodata cell: 19 cells, not 20
    assert gdf.loc[0, "zonal_count"] == 19
    assert gdf.loc[4, "zonal_count"] == 0 and np.isnan(gdf.loc[4, "zonal_mean"]) and np.isnan(gdf.loc[4, "zonal_sum"])
    assert res.summary == [
        ("Mean, smallest value, largest value, number of cells, sum, median, standard deviation, most common value "
        "of band 1 of grid for 7 polygons of zones; cells partly inside a polygon count by the fraction covered."),
        "1 polygon lies wholly outside the raster: its statistics are empty.",
        "1 polygon lies partly outside the raster: only the part on the raster was counted.",
        "1 polygon covers only cells without data (nodata = -9999): its statistics are empty.",
    ]
    assert res.style["kind"] == "graduated" and res.style["column"] == "zonal_mean"
    assert res.layer.crs == "EPSG:9214"


def test_median_of_a_mostly_dry_ward(tmp_path):
    """Two thirds of the cells dry (0 m): the median depth is 0, also when cells are partly covered (exactextract's
    own median would interpolate between the distinct values and give more than 0)."""
    depth = np.zeros((3, 3), dtype="float32")
    depth[0] = [0.5, 1.0, 2.0]
    path = tmp_path / "depth.tif"
    with rasterio.open(path, "w", driver="GTiff", width=3, height=3, count=1, dtype="float32", crs="EPSG:9214",
                       transform=Affine(CELL, 0, X0, 0, -CELL, Y0), nodata=NODATA) as ds:
        ds.write(depth, 1)
    zones = {"whole": _box(0, 0, 3, 3), "partial": shapely.box(X0 + 2, Y0 - 28, X0 + 29, Y0 - 1)}
    res = _run(RasterLayer(str(path)), _layer(zones), stats="median,mean")
    assert list(res.layer["zonal_median"]) == [0.0, 0.0]
    assert res.layer["zonal_mean"].iloc[0] == pytest.approx(3.5 / 9)


def test_band_two(grid):
    path, _data, depth = grid
    res = _run(RasterLayer(str(path)), _layer(ALIGNED), stats="sum,median,stdev", band=2)
    for i, (name, geom) in enumerate(ALIGNED.items()):
        if name == "outside":
            continue
        expected = _centre_stats(depth, geom.intersection(_box(0, 0, 30, 20)))
        for stat in ("sum", "median", "stdev"):
            np.testing.assert_allclose(res.layer[f"zonal_{stat}"].iloc[i], expected[stat], rtol=1e-6, atol=1e-9)
    assert "band 2 of grid" in res.summary[0]
    with pytest.raises(AnalysisError, match="grid has 2 bands; there is no band 3"):
        _run(RasterLayer(str(path)), _layer({"ell": ALIGNED["ell"]}), band=3)


def _coverage_stats(path, band, geom) -> dict[str, float]:
    """Coverage-weighted statistics computed independently: each cell weighted by the area of it inside
    ``geom`` (shapely), nodata cells left out."""
    with rasterio.open(path) as ds:
        window = from_bounds(*geom.bounds, transform=ds.transform).round_offsets().round_lengths()
        window = Window(window.col_off - 1, window.row_off - 1, window.width + 3, window.height + 3)
        window = window.intersection(Window(0, 0, ds.width, ds.height))
        v = ds.read(band, window=window, masked=True)
        t = ds.window_transform(window)
    rows, cols = np.indices(v.shape)
    xa, ya = t.c + cols * t.a, t.f + rows * t.e
    cells = shapely.box(np.minimum(xa, xa + t.a), np.minimum(ya, ya + t.e), np.maximum(xa, xa + t.a),
                        np.maximum(ya, ya + t.e))
    shapely.prepare(geom)
    w = shapely.contains(geom, cells).astype(np.float64)  # whole cells
    edge = (w == 0) & shapely.intersects(geom, cells)  # the cells the outline crosses, measured one by one
    w[edge] = shapely.area(shapely.intersection(cells[edge], geom)) / abs(t.a * t.e)
    ok = ~np.ma.getmaskarray(v) & (w > 0)
    w, x = w[ok], np.asarray(v, dtype=np.float64)[ok]
    return {"count": w.sum(), "sum": (w * x).sum(), "mean": (w * x).sum() / w.sum(), "min": x.min(),
            "max": x.max()}


def test_partial_cells_count_by_coverage(grid):
    path, _, _ = grid
    shapes = {
        "triangle": shapely.Polygon([(X0 + 13, Y0 - 7), (X0 + 187, Y0 - 33), (X0 + 61, Y0 - 143)]),
        "tilted": shapely.affinity.rotate(shapely.box(X0 + 50, Y0 - 170, X0 + 140, Y0 - 120), 23),
        "circle": shapely.Point(X0 + 225, Y0 - 125).buffer(38),  # over the nodata block's edge
    }
    res = _run(RasterLayer(str(path)), _layer(shapes), stats="mean,min,max,count,sum")
    for i, geom in enumerate(shapes.values()):
        expected = _coverage_stats(path, 1, geom)
        for stat, value in expected.items():
            np.testing.assert_allclose(res.layer[f"zonal_{stat}"].iloc[i], value, rtol=1e-6, err_msg=stat)
    # a polygon over cells that all have data covers area / cell area cells
    assert res.layer["zonal_count"].iloc[1] == pytest.approx(shapes["tilted"].area / CELL**2, rel=1e-7)
    # the triangle covers part of the nodata cell (2, 2): fewer
    assert res.layer["zonal_count"].iloc[0] < shapes["triangle"].area / CELL**2 - 0.1


def test_polygons_in_another_crs_are_reprojected(grid):
    path, _, _ = grid
    shapes = {"triangle": shapely.Polygon([(X0 + 13, Y0 - 7), (X0 + 187, Y0 - 33), (X0 + 61, Y0 - 143)]),
              "ring": ALIGNED["ring"].buffer(-3)}
    local = _run(RasterLayer(str(path)), _layer(shapes), stats="mean,count,sum").layer
    lonlat = _layer(shapes).data.to_crs("EPSG:4326")
    res = _run(RasterLayer(str(path)), VectorLayer(lonlat, name="zones"), stats="mean,count,sum")
    back = lonlat.to_crs("EPSG:9214").geometry  # the polygons as the raster sees them (a round trip moves ~0.3 mm)
    for i, geom in enumerate(back):
        expected = _coverage_stats(path, 1, geom)
        for stat in ("mean", "count", "sum"):
            np.testing.assert_allclose(res.layer[f"zonal_{stat}"].iloc[i], expected[stat], rtol=1e-6)
    np.testing.assert_allclose(res.layer["zonal_mean"], local["zonal_mean"], rtol=1e-4)
    assert res.layer.crs == "EPSG:4326"  # the output keeps the polygons' CRS
    assert ("The polygons were reprojected from EPSG:4326 - WGS 84 to the raster's CRS, EPSG:9214 - VN-2000 / "
            "TM-3 107-00.") in res.summary


def test_time_window_and_selection(grid):
    """Not time-aware: the window is ignored; the selection and filters apply; rows stay in order."""
    path, data, _depth = grid
    layer = _layer(ALIGNED)
    layer.filters = {"name": ["block", "ell", "ring", "pair"]}
    layer.selection = [1, 3, 5]
    res = _run(RasterLayer(str(path)), LayerInput(layer, selected_only=True), stats="sum")
    assert list(res.layer["name"]) == ["ell", "pair"]
    np.testing.assert_allclose(res.layer["zonal_sum"],
                               [_centre_stats(data, ALIGNED[n])["sum"] for n in ("ell", "pair")])


def test_stats_text():
    assert parse_stats("mean,min,max,count") == ["mean", "min", "max", "count"]
    assert parse_stats(" MEAN; max  max, Median ") == ["mean", "max", "median"]
    with pytest.raises(AnalysisError, match="'avg' is not a statistic this tool computes; choose from mean, min"):
        parse_stats("mean, avg")
    with pytest.raises(AnalysisError, match="Name at least one statistic"):
        parse_stats(" , ")


def test_wrong_input(grid, tmp_path):
    path, _, _ = grid
    raster = RasterLayer(str(path))
    zones = _layer({"ell": ALIGNED["ell"]})
    with pytest.raises(AnalysisError, match="'std' is not a statistic"):
        _run(raster, zones, stats="mean,std")
    with pytest.raises(AnalysisError, match="Zonal statistics: .Raster. must be a raster layer; zones is not"):
        _run(zones, zones)
    with pytest.raises(AnalysisError, match="must be a polygon layer"):
        pts = VectorLayer(gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs="EPSG:9214"), name="pts")
        _run(raster, pts)
    with pytest.raises(AnalysisError, match="zones and grid do not overlap"):
        _run(raster, _layer({"far": ALIGNED["outside"]}))
    with pytest.raises(AnalysisError, match="zones has no coordinate reference system"):
        _run(raster, VectorLayer(gpd.GeoDataFrame(geometry=[ALIGNED["ell"]]), name="zones"))
    zones.selection = []
    with pytest.raises(AnalysisError, match="nothing is selected"):
        _run(raster, LayerInput(zones, selected_only=True))


def test_invalid_polygon_is_repaired(grid):
    path, _data, _depth = grid
    bow = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 - 100), (X0 + 100, Y0), (X0, Y0 - 100)])  # a bow tie
    assert not bow.is_valid
    res = _run(RasterLayer(str(path)), _layer({"bow": bow}), stats="count")
    assert res.layer["zonal_count"].iloc[0] == pytest.approx(
        _coverage_stats(path, 1, shapely.make_valid(bow))["count"], rel=1e-9)
    assert "1 invalid polygon of zones was repaired before counting." in res.summary


@pytest.mark.parametrize("when", ["before", "during"])
def test_cancel(grid, when):
    path, _, _ = grid
    fb = Feedback()
    if when == "before":
        fb.cancel()
    else:
        fb = Feedback(lambda f, m: fb.cancel() if f > 0.04 else None)
    with pytest.raises(Cancelled):
        _run(RasterLayer(str(path)), _layer(ALIGNED), feedback=fb)


# -- real rasters -------------------------------------------------------------------------------------------------
def test_flood_depth_per_ward(sample_data):
    """The question: how deep is the flood in each ward? Checked against coverage weights for every ward."""
    wards = gpd.read_file(sample_data / "hue_admin.gpkg", layer="wards")
    path = sample_data / "flood_depth.tif"
    res = _run(RasterLayer(str(path)), VectorLayer(wards, name="wards"), stats="mean,max,count,sum")
    gdf = res.layer
    assert len(gdf) == 40 and list(gdf["code"]) == list(wards["code"])
    with rasterio.open(path) as ds:
        frame = shapely.box(*ds.bounds)
    checked = 0
    for i, geom in enumerate(wards.geometry):
        if not geom.intersects(frame):
            assert np.isnan(gdf["zonal_mean"].iloc[i])
            continue
        expected = _coverage_stats(path, 1, geom)
        for stat in ("mean", "max", "count", "sum"):
            np.testing.assert_allclose(gdf[f"zonal_{stat}"].iloc[i], expected[stat], rtol=1e-5, atol=1e-9,
                                       err_msg=f"{wards['name'].iloc[i]} {stat}")
        checked += 1
    assert checked >= 20
    assert (gdf["zonal_max"] > 1).sum() >= 5  # the lowland wards flood
    outside = sum(not g.intersects(frame) for g in wards.geometry)
    assert f"{outside} polygons lie wholly outside the raster: their statistics are empty." in res.summary


def test_real_dem_with_polygons_in_another_crs(shared_data):
    """The Đà Nẵng SRTM tile (EPSG:4326, int16) and polygons drawn in EPSG:9214: the polygons are reprojected
    and each 1-arc-second cell counts by the part of it covered."""
    path = shared_data / "raster/central_vietnam_dem_danang/dem.tif"
    centre = shapely.Point(628_240.0, 1_769_949.0)  # 108.2 E, 16.0 N in EPSG:9214
    shapes = {"disc": centre.buffer(1500), "strip": shapely.box(620_000, 1_772_000, 640_000, 1_772_400)}
    zones = VectorLayer(gpd.GeoDataFrame({"name": list(shapes)}, geometry=list(shapes.values()), crs="EPSG:9214"),
                        name="zones")
    res = _run(RasterLayer(str(path)), zones, stats="mean,min,max,count,sum")
    in_4326 = zones.data.to_crs("EPSG:4326").geometry
    for i, geom in enumerate(in_4326):
        expected = _coverage_stats(path, 1, geom)
        for stat, value in expected.items():
            np.testing.assert_allclose(res.layer[f"zonal_{stat}"].iloc[i], value, rtol=1e-6, err_msg=stat)
    # about 7 million m² / (30.8 m x 29.6 m) cells for the disc
    assert 6_000 < res.layer["zonal_count"].iloc[0] < 9_000
    assert any("reprojected from EPSG:9214" in s for s in res.summary)


def test_real_landsat_band_with_nodata(shared_data):
    """rasterio's RGB.byte.tif (nodata 0 around the scene) with its own box.shp mask, band 2."""
    folder = shared_data / "raster/rasterio_tests"
    box = gpd.read_file(folder / "box.shp")
    res = _run(RasterLayer(str(folder / "RGB.byte.tif")), VectorLayer(box, name="box"), stats="mean,count,sum,max",
               band=2)
    expected = _coverage_stats(folder / "RGB.byte.tif", 2, box.geometry.iloc[0])
    for stat in ("mean", "count", "sum", "max"):
        np.testing.assert_allclose(res.layer[f"zonal_{stat}"].iloc[0], expected[stat], rtol=1e-6)
    cells = box.geometry.iloc[0].area / (300.0379266750948 * 300.041782729805)
    assert res.layer["zonal_count"].iloc[0] < cells  # the scene's nodata corner is left out


def test_real_quirky_rasters(shared_data):
    folder = shared_data / "raster/rasterio_tests"
    # every cell nodata
    nodata = RasterLayer(str(folder / "all-nodata.tif"))
    zone = VectorLayer(gpd.GeoDataFrame(geometry=[shapely.box(*nodata.bounds).buffer(-30)], crs=nodata.crs),
                       name="site")
    res = _run(nodata, zone)
    assert res.layer["zonal_count"].iloc[0] == 0 and np.isnan(res.layer["zonal_mean"].iloc[0])
    assert "1 polygon covers only cells without data (nodata = 0): its statistics are empty." in res.summary
    # a rotated grid
    rotated = RasterLayer(str(folder / "rotated.tif"))
    with pytest.raises(AnalysisError, match="rotated.*north-up"):
        _run(rotated, VectorLayer(gpd.GeoDataFrame(geometry=[shapely.box(150, 100, 200, 150)]), name="z"))
    # no CRS, NaN as nodata, rows running south to north (a plain pixel grid)
    plain = RasterLayer(str(folder / "float_nan.tif"))
    cells = {"first": shapely.box(0, 0, 100, 100), "nan": shapely.box(200, 0, 300, 100),
             "all": shapely.box(0, 0, 300, 200)}
    res = _run(plain, VectorLayer(gpd.GeoDataFrame({"n": list(cells)}, geometry=list(cells.values())), name="z"),
               stats="mean,count,min")
    np.testing.assert_allclose(res.layer["zonal_count"], [1, 0, 5])
    np.testing.assert_allclose(res.layer["zonal_min"].to_numpy()[[0, 2]], [1.41, -1.88], rtol=1e-6)
    np.testing.assert_allclose(res.layer["zonal_mean"].iloc[2], (1.41 + 1.23 + 0.32 - 0.23 - 1.88) / 5, rtol=1e-6)
    assert any("Neither float_nan nor z has a coordinate reference system" in s for s in res.summary)
    with pytest.raises(AnalysisError, match="float_nan has no coordinate reference system"):
        _run(plain, VectorLayer(gpd.GeoDataFrame(geometry=[cells["all"]], crs="EPSG:9214"), name="z"))
    # ... unless the user sets one on the layer: then the polygons are placed with it
    placed = RasterLayer(str(folder / "float_nan.tif"), crs="EPSG:9214")
    res = _run(placed, VectorLayer(gpd.GeoDataFrame(geometry=[cells["first"]], crs="EPSG:9214"), name="z"))
    assert res.layer["zonal_mean"].iloc[0] == pytest.approx(1.41)
    # a file that opens but cannot be read
    corrupt = RasterLayer(str(folder / "corrupt.tif"))
    zone = VectorLayer(gpd.GeoDataFrame(geometry=[shapely.box(*corrupt.bounds)], crs=corrupt.crs), name="z")
    with pytest.raises(AnalysisError, match="Reading the raster corrupt failed.*damaged"):
        _run(corrupt, zone)


def test_layer_with_a_differently_named_geometry_column(grid):
    """The output is the polygon layer's own rows (geometry column 'geom'), plus the statistics."""
    path, data, _depth = grid
    gdf = _layer({"ell": ALIGNED["ell"], "ring": ALIGNED["ring"]}).data.rename_geometry("geom")
    res = _run(RasterLayer(str(path)), VectorLayer(gdf, name="zones"), stats="sum")
    assert list(res.layer.columns) == ["name", "geom", "zonal_sum"]
    assert res.layer.geometry.name == "geom"
    np.testing.assert_allclose(res.layer["zonal_sum"], [_centre_stats(data, ALIGNED[n])["sum"] for n in ("ell", "ring")])
