"""Geometry doctor: repairs, nulls, mixed types, Z/M, impossible coordinates, tolerant readers."""

from __future__ import annotations

import json
import shutil
import struct
import time
import warnings

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from shapely.errors import GEOSException

from gisdesk.io.errors import ReadError
from gisdesk.io.geometry_doctor import (
    doctor_geometries,
    read_geojson_tolerant,
    read_tolerant,
    read_with_unsupported_geometry,
    surfaces_to_multipolygons_wkb,
)
from gisdesk.io.report import LayerReport

QUIRKS = "shapefile_quirks"


def _read(path, **kw) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GDAL chatter about the odd files
        return pyogrio.read_dataframe(path, **kw)


def _texts(report: LayerReport, category: str | None = None) -> str:
    return "\n".join(m.text for m in report.messages if category is None or m.category == category)


def _gdf(wkts, crs="EPSG:9214", **cols) -> gpd.GeoDataFrame:
    geoms = [None if w is None else shapely.from_wkt(w) for w in wkts]
    return gpd.GeoDataFrame(cols or {"id": range(len(geoms))}, geometry=geoms, crs=crs)


# --------------------------------------------------------------------------- basics


def test_valid_points_are_returned_untouched():
    gdf = _gdf(["POINT (560000 1820000)", "POINT (561000 1821000)"])
    report = LayerReport("pts")
    out = doctor_geometries(gdf, report)
    assert out is gdf
    assert report.geometry_types == {"Point": 2}
    assert report.repaired == 0 and report.null_geometries == 0
    assert report.messages == []


def test_empty_layer():
    gdf = gpd.GeoDataFrame({"a": []}, geometry=[], crs="EPSG:4326")
    report = LayerReport("e")
    assert doctor_geometries(gdf, report) is gdf
    assert report.geometry_types == {} and report.null_geometries == 0


def test_keeps_index_crs_and_geometry_column_name():
    gdf = _gdf(["POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", "POINT (1 1)"])
    gdf = gdf.rename_geometry("geom").set_index(gpd.pd.Index([10, 20]))
    out = doctor_geometries(gdf, LayerReport("x"))
    assert out is not gdf
    assert list(out.index) == [10, 20]
    assert out.geometry.name == "geom" and out.crs == gdf.crs
    assert gdf.geometry.iloc[0].is_valid is False  # the input is not modified
    assert out.geometry.is_valid.all()


# --------------------------------------------------------------------------- repairs


def test_bowtie_is_repaired_with_reason():
    gdf = _gdf(["POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"])
    report = LayerReport("x")
    out = doctor_geometries(gdf, report)
    assert report.repaired == 1
    assert out.geometry.iloc[0].geom_type == "MultiPolygon"
    assert out.geometry.iloc[0].area == pytest.approx(50)
    assert "1 invalid geometry (self-intersection) was repaired" in _texts(report, "geometry")
    assert report.geometry_types == {"Polygon": 1, "MultiPolygon": 1}


def test_polygon_repair_leaves_out_stray_lines():
    # a square with a spike: make_valid gives GEOMETRYCOLLECTION (POLYGON, LINESTRING)
    gdf = _gdf(["POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0, -5 -5, 0 0))"])
    assert shapely.make_valid(gdf.geometry.iloc[0]).geom_type == "GeometryCollection"
    report = LayerReport("x")
    out = doctor_geometries(gdf, report)
    g = out.geometry.iloc[0]
    assert g.geom_type == "Polygon" and g.is_valid and g.area == pytest.approx(100)
    assert report.geometry_types == {"Polygon": 1}
    assert "stray lines or points" in _texts(report, "geometry")
    assert "ring self-intersection" in _texts(report, "geometry")


def test_collapsed_polygon_becomes_null_and_row_is_kept():
    gdf = _gdf(["POLYGON ((0 0, 1 1, 2 2, 0 0))", "POLYGON ((0 0, 1 0, 1 1, 0 0))"], name=["flat", "ok"])
    report = LayerReport("x")
    out = doctor_geometries(gdf, report)
    assert list(out["name"]) == ["flat", "ok"]
    assert out.geometry.iloc[0] is None
    assert report.null_geometries == 1
    assert "collapsed" in _texts(report, "dropped")
    assert report.geometry_types == {"Polygon": 1}


def test_mixedcase_zip_ring_self_intersection(shared_data):
    gdf = _read(shared_data / QUIRKS / "shapefile-js/zips/mixedcase.zip")
    assert (~gdf.geometry.is_valid).sum() == 1
    report = LayerReport("senate")
    out = doctor_geometries(gdf, report)
    assert len(out) == 40
    assert out.geometry.is_valid.all()
    assert report.repaired == 1
    assert "ring self-intersection" in _texts(report, "geometry")
    # single and multi polygons mixed: said, nothing changed
    assert set(report.geometry_types) == {"Polygon", "MultiPolygon"}
    assert sum(report.geometry_types.values()) == 40
    assert "both are polygons" in _texts(report, "geometry")


def test_hole_outside_shell(shared_data):
    gdf = _read(shared_data / QUIRKS / "mapshaper/geojson_quirks/ex1_invalid_rings.json")
    report = LayerReport("ex1")
    out = doctor_geometries(gdf, report)
    assert out.geometry.is_valid.all()
    assert out.geometry.iloc[0].geom_type in ("Polygon", "MultiPolygon")
    assert "hole lies outside shell" in _texts(report, "geometry")


def test_shplib_polygon_two_repairs(shared_data):
    gdf = _read(shared_data / QUIRKS / "mapshaper/shplib_esri_samples/polygon.shp")
    report = LayerReport("polygon")
    out = doctor_geometries(gdf, report)
    assert len(out) == 474 and out.geometry.is_valid.all()
    assert report.repaired == 2
    assert "2 invalid geometries (ring self-intersection) were repaired" in _texts(report)
    assert set(report.geometry_types) <= {"Polygon", "MultiPolygon"}


def test_line_with_too_few_points_collapses(shared_data):
    # csah: 124 lines, 24 null shapes, 1 "too few points" line
    gdf = _read(shared_data / QUIRKS / "mapshaper/shplib_esri_samples/csah.shp")
    report = LayerReport("csah")
    out = doctor_geometries(gdf, report)
    assert len(out) == 124
    assert report.null_geometries == 25  # 24 null shapes + the collapsed line
    assert "too few points" in _texts(report, "geometry")
    assert "collapsed" in _texts(report, "dropped")
    assert set(report.geometry_types) == {"LineString", "MultiLineString"}  # no stray Point


# --------------------------------------------------------------------------- nulls


def test_null_geometries_are_kept(shared_data):
    gdf = _read(shared_data / QUIRKS / "mapshaper/geojson_quirks/six_counties_three_null.json")
    report = LayerReport("six")
    out = doctor_geometries(gdf, report)
    assert len(out) == 6
    assert out.geometry.isna().sum() == 3
    assert report.null_geometries == 3
    assert "3 features have no geometry" in _texts(report, "geometry")
    assert report.repaired == 1


def test_all_null_layer_is_a_table(shared_data):
    gdf = _read(shared_data / QUIRKS / "mapshaper/gpkg_crs_quirks/data_only_tables.gpkg", layer="oregon_cities")
    report = LayerReport("oregon_cities")
    out = doctor_geometries(gdf, report)
    assert len(out) == len(gdf) == report.null_geometries
    assert report.geometry_types == {}
    assert "loaded as a table" in _texts(report, "geometry")


def test_empty_geometries_count_with_nulls():
    gdf = _gdf(["POINT EMPTY", "POINT (1 2)", None, "POLYGON EMPTY"])
    report = LayerReport("x")
    out = doctor_geometries(gdf, report)
    assert len(out) == 4
    assert report.null_geometries == 3
    assert "(1 null, 2 empty)" in _texts(report)
    assert report.geometry_types == {"Point": 1}


# --------------------------------------------------------------------------- mixed types


def test_mixed_families_are_kept_and_reported(shared_data):
    gdf = _read(shared_data / QUIRKS / "fiona/misc/example.topojson")
    report = LayerReport("topo")
    out = doctor_geometries(gdf, report)
    assert len(out) == len(gdf)
    assert report.geometry_types == {"Point": 1, "LineString": 1, "Polygon": 1}
    warn = [m for m in report.warnings if "mixes points" in m.text]
    assert warn and "styled separately" in warn[0].text


# --------------------------------------------------------------------------- Z / M


def test_z_values_are_reported(shared_data):
    gdf = _read(shared_data / QUIRKS / "mapshaper/shplib_esri_samples/3dpoints.shp")
    report = LayerReport("3d")
    out = doctor_geometries(gdf, report)
    assert out.geometry.has_z[out.geometry.notna()].all()
    assert "Z values (heights); they were kept" in _texts(report, "geometry")
    assert report.null_geometries == 2


def test_m_values_dropped_by_gdal_are_reported(shared_data, tmp_path):
    # the .shp ships without .shx; restore it in a copy so nothing is written into shared data
    src = shared_data / QUIRKS / "mbostock-shapefile/m_values_shp_only/polygonm.shp"
    shutil.copy(src, tmp_path / src.name)
    pyogrio.set_gdal_config_options({"SHAPE_RESTORE_SHX": True})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Measured (M) geometry types are not supported"
            gdf = pyogrio.read_dataframe(tmp_path / src.name)
    finally:
        pyogrio.set_gdal_config_options({"SHAPE_RESTORE_SHX": None})
    assert not shapely.has_m(np.asarray(gdf.geometry.values)).any()
    report = LayerReport("polygonm")
    doctor_geometries(gdf, report, source_has_m=True)
    assert "M values are not kept" in _texts(report, "geometry")
    # without the flag nothing is said about M
    quiet = LayerReport("polygonm")
    doctor_geometries(gdf, quiet)
    assert "M values" not in _texts(quiet)


def test_m_values_present_are_kept():
    gdf = _gdf(["POINT M (1 2 3)", "POINT M (2 3 4)"])
    report = LayerReport("m")
    doctor_geometries(gdf, report, source_has_m=True)
    assert "M values (measures); they were kept" in _texts(report)
    assert "not kept" not in _texts(report)


# --------------------------------------------------------------------------- impossible coordinates


@pytest.mark.parametrize("name", ["invalid_coordinates.shp", "invalid_coordinates.json"])
def test_dbl_max_sentinel_is_removed(shared_data, name):
    gdf = _read(shared_data / QUIRKS / "mapshaper/invalid_coords" / name)
    assert gdf.total_bounds[0] < -1e300  # the quirk is real
    report = LayerReport("trees")
    out = doctor_geometries(gdf, report)
    assert len(out) == 1 and out.geometry.iloc[0] is None
    assert out["COMMON_NAM"].iloc[0] == "WHITE SPRUCE"  # the row (attributes) is kept
    text = _texts(report, "dropped")
    assert "1 geometry had impossible coordinates (-1.8e308) and was removed; the row was kept" in text
    assert report.null_geometries == 1


def test_nan_inf_and_huge_coordinates():
    gdf = _gdf(
        [
            "POINT (1 2)",
            None,
            "POINT EMPTY",
            "LINESTRING (0 0, 1 1)",
            "LINESTRING (0 0, 1e20 1)",
            "POLYGON ((0 0, 1 0, 1 1, 0 0))",
        ]
    )
    geoms = np.asarray(gdf.geometry.values).copy()
    geoms[0] = shapely.points(np.nan, 2.0)
    gdf = gdf.set_geometry(gpd.GeoSeries(geoms, crs=gdf.crs))
    report = LayerReport("x")
    out = doctor_geometries(gdf, report)
    assert out.geometry.isna().tolist() == [True, True, False, False, True, False]
    assert out.geometry.iloc[2].is_empty  # empty stays empty, it is not "impossible"
    assert "2 geometries had impossible coordinates (1.0e20)" in _texts(report, "dropped")
    assert report.null_geometries == 4


def test_point_layer_with_inf():
    gdf = _gdf(["POINT (1 2)", "POINT (3 4)"])
    geoms = np.asarray(gdf.geometry.values).copy()
    geoms[1] = shapely.points(np.inf, 4.0)
    report = LayerReport("x")
    out = doctor_geometries(gdf.set_geometry(gpd.GeoSeries(geoms, crs=gdf.crs)), report)
    assert out.geometry.isna().tolist() == [False, True]
    assert "(inf)" in _texts(report, "dropped")


def test_many_points_are_fast():
    rng = np.random.default_rng(1)
    pts = shapely.points(rng.random((250_000, 2)) * 10_000 + 500_000)
    gdf = gpd.GeoDataFrame(geometry=pts, crs="EPSG:9214")
    t0 = time.perf_counter()
    out = doctor_geometries(gdf, LayerReport("big"))
    elapsed = time.perf_counter() - t0
    assert out is gdf
    # measured for 1,000,000 points: ~0.07 s (shapely.is_valid alone: ~0.03 s), so ~0.02 s here;
    # any per-row Python loop would take well over a second
    assert elapsed < 0.5


# --------------------------------------------------------------------------- tolerant readers


def test_openring_fails_normally_and_reads_tolerantly(shared_data):
    path = shared_data / QUIRKS / "mapshaper/geojson_quirks/openring.json"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        with pytest.raises(GEOSException, match="closed linestring"):
            pyogrio.read_dataframe(path)
    report = LayerReport("openring")
    gdf = read_geojson_tolerant(path, report)
    assert len(gdf) == 1
    poly = gdf.geometry.iloc[0]
    assert poly.geom_type == "Polygon" and poly.is_valid
    ring = shapely.get_coordinates(poly.exterior)
    assert len(ring) == 12 and (ring[0] == ring[-1]).all()  # 11 points in the file + the closing one
    assert gdf.crs == "EPSG:4326"
    assert report.repaired == 1
    assert "not closed" in _texts(report, "geometry")
    assert "Non closed ring" not in _texts(report)  # GDAL's warning became the plain message


def test_tin_multipatch_becomes_multipolygon(shared_data):
    path = shared_data / QUIRKS / "fiona/test_tin_no_prj/test_tin.shp"
    with pytest.raises(GEOSException, match="Unknown WKB type 16"):
        pyogrio.read_dataframe(path)
    report = LayerReport("tin")
    gdf = read_with_unsupported_geometry(path, report)
    assert list(gdf["id"]) == ["1"]
    g = gdf.geometry.iloc[0]
    assert g.geom_type == "MultiPolygon" and g.has_z and len(g.geoms) == 2
    assert shapely.get_coordinates(g, include_z=True)[:, 2].max() == 1.0  # heights kept
    assert "TIN" in _texts(report, "geometry") and "one per face" in _texts(report, "geometry")
    # the doctor then drops the vertical face (no area seen from above)
    doctored = doctor_geometries(gdf, report)
    assert doctored.geometry.is_valid.all() and doctored.geometry.iloc[0].area == pytest.approx(0.5)


def test_tin_triangle_and_collection_from_wkt_csv(shared_data):
    path = shared_data / QUIRKS / "fiona/test_tin_no_prj/test_tin.csv"
    report = LayerReport("tin_csv")
    gdf = read_tolerant(path, report, GEOM_POSSIBLE_NAMES="WKT", KEEP_GEOM_COLUMNS="NO")
    assert list(gdf["id"]) == ["1", "2", "3"]
    assert list(gdf.geom_type) == ["MultiPolygon", "Polygon", "GeometryCollection"]
    assert "3 geometries were TIN / Triangle" in _texts(report, "geometry")


def test_unreadable_geometry_keeps_the_row(tmp_path):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"tên": "Phường Vỹ Dạ"}, "geometry": {"type": "LineString", "coordinates": [[107.6, 16.47]]}},
            {"type": "Feature", "properties": {"tên": "xã A Lưới 4"}, "geometry": {"type": "Point", "coordinates": [107.2, 16.2]}},
        ],
    }
    path = tmp_path / "one_point_line.geojson"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = LayerReport("x")
    gdf = read_tolerant(path, report)
    assert list(gdf["tên"]) == ["Phường Vỹ Dạ", "xã A Lưới 4"]
    assert gdf.geometry.iloc[0] is None and gdf.geometry.iloc[1].geom_type == "Point"
    text = _texts(report, "dropped")
    assert "1 geometry could not be read" in text and "not supported" in text


def test_tolerant_reader_raises_read_error(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [,]}', encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_tolerant(bad, LayerReport("bad"))
    assert info.value.path == str(bad)
    with pytest.raises(ReadError):
        read_tolerant(tmp_path / "missing.geojson", LayerReport("missing"))


# --------------------------------------------------------------------------- WKB surgery


def _tin_wkb(order: str = "<", ewkb: bool = False) -> bytes:
    bo = b"\x01" if order == "<" else b"\x00"
    tri_type = 17 | 0x80000000 if ewkb else 1017
    tin_type = 16 | 0x80000000 if ewkb else 1016

    def tri(pts):
        return bo + struct.pack(order + "III", tri_type, 1, len(pts)) + struct.pack(order + f"{3 * len(pts)}d", *np.ravel(pts))

    faces = [tri([(0, 0, 5), (1, 0, 5), (1, 1, 6), (0, 0, 5)]), tri([(0, 0, 5), (1, 1, 6), (0, 1, 5), (0, 0, 5)])]
    return bo + struct.pack(order + "II", tin_type, len(faces)) + b"".join(faces)


@pytest.mark.parametrize("order", ["<", ">"])
@pytest.mark.parametrize("ewkb", [False, True])
def test_surfaces_to_multipolygons_wkb(order, ewkb):
    wkb = _tin_wkb(order, ewkb)
    with pytest.raises(GEOSException):
        shapely.from_wkb(wkb)
    new, kinds = surfaces_to_multipolygons_wkb(wkb)
    assert kinds == {"TIN", "Triangle"}
    g = shapely.from_wkb(new)
    assert g.geom_type == "MultiPolygon" and g.has_z
    assert g.area == pytest.approx(1.0)
    assert len(new) == len(wkb)


def test_surfaces_wkb_leaves_others_and_rejects_garbage():
    wkb = shapely.to_wkb(shapely.from_wkt("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"))
    new, kinds = surfaces_to_multipolygons_wkb(wkb)
    assert new == wkb and kinds == set()
    with pytest.raises(ValueError):
        surfaces_to_multipolygons_wkb(_tin_wkb()[:-8])  # truncated
    with pytest.raises(ValueError):
        surfaces_to_multipolygons_wkb(b"\x01" + struct.pack("<I", 99) + b"\x00" * 16)  # unknown type
