"""Point layers read into coordinate arrays (io.arrow_points): the same table and points as
``pyogrio.read_dataframe``, the same doctor's report, and the ordinary path for anything else."""

from __future__ import annotations

import struct
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
import shapely

from gisdesk.io import open_path
from gisdesk.io.arrow_points import read_points, wkb_points_to_xy
from gisdesk.io.geometry_doctor import doctor_geometries, doctor_points
from gisdesk.io.report import LayerReport
from gisdesk.layers import PointData


def _wkb(*geoms) -> pa.Array:
    return pa.array([None if g is None else (g if isinstance(g, bytes) else shapely.to_wkb(g)) for g in geoms],
                    type=pa.binary())


def test_the_sample_requests_match_read_dataframe(sample_data):
    """50,000 requests with three +07:00 date-time columns: the attribute frame (dtypes, values, time zones)
    and the coordinates are exactly what pyogrio's reader gives."""
    src = f"/vsizip/{(sample_data / 'service_requests.zip').as_posix()}/service_requests.gpkg"
    pts = read_points(src)
    assert isinstance(pts, PointData)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = pyogrio.read_dataframe(src, use_arrow=True)
    pd.testing.assert_frame_equal(pts.table, pd.DataFrame(ref.drop(columns="geometry")))
    assert str(pts.table["requested_datetime"].dtype).startswith("datetime64")
    assert np.array_equal(pts.x, shapely.get_x(ref.geometry.values), equal_nan=True)
    assert np.array_equal(pts.y, shapely.get_y(ref.geometry.values), equal_nan=True)
    assert pts.crs == "EPSG:4326"


def test_wkb_points_nulls_and_empty():
    arr = _wkb(shapely.Point(1, 2), None, shapely.from_wkt("POINT EMPTY"), shapely.Point(-3.5, 1e6))
    x, y = wkb_points_to_xy(arr)
    assert np.array_equal(x, [1, np.nan, np.nan, -3.5], equal_nan=True)
    assert np.array_equal(y, [2, np.nan, np.nan, 1e6], equal_nan=True)
    # a slice (non-zero array offset), a chunked column, large_binary offsets, the geoarrow extension storage
    x, y = wkb_points_to_xy(arr.slice(3))
    assert x.tolist() == [-3.5] and y.tolist() == [1e6]
    x, _ = wkb_points_to_xy(pa.chunked_array([arr.slice(0, 1), arr.slice(3)]))
    assert x.tolist() == [1, -3.5]
    x, _ = wkb_points_to_xy(arr.cast(pa.large_binary()))
    assert np.array_equal(x, [1, np.nan, np.nan, -3.5], equal_nan=True)
    assert [len(a) for a in wkb_points_to_xy(_wkb())] == [0, 0]


@pytest.mark.parametrize("geom", [
    shapely.Point(1, 2, 3),  # Z: 29 bytes
    shapely.LineString([(0, 0), (1, 1)]),
    shapely.MultiPoint([(0, 0)]),
    struct.pack(">BIdd", 0, 1, 1.0, 2.0),  # big-endian point: 21 bytes, other header
    struct.pack("<BIdd", 1, 4, 1.0, 2.0),  # 21 bytes that claim a multipoint
])
def test_anything_but_2d_little_endian_points_is_left_to_the_ordinary_reader(geom):
    assert wkb_points_to_xy(_wkb(shapely.Point(0, 0), geom)) is None


def _write(tmp_path, wkts, name="pts.gpkg", **cols):
    geoms = [None if w is None else shapely.from_wkt(w) for w in wkts]
    gdf = gpd.GeoDataFrame(cols or {"id": list(range(len(geoms)))}, geometry=geoms, crs="EPSG:9214")
    path = tmp_path / name
    gdf.to_file(path, layer="pts", engine="pyogrio")
    return path


def test_open_path_holds_2d_points_as_arrays_and_other_layers_as_frames(tmp_path):
    pts = _write(tmp_path, ["POINT (560000 1810000)", None, "POINT (561000 1811000)"], name="p.gpkg",
                 ten=["Phú Hội", "Vĩnh Ninh", None])
    layer = open_path(pts).layers[0]
    assert layer.points is not None and not layer.geometries_built
    assert layer.attributes["ten"].tolist()[:2] == ["Phú Hội", "Vĩnh Ninh"]
    assert layer.extent == (560000.0, 1810000.0, 561000.0, 1811000.0) and layer.crs == "EPSG:9214"
    assert layer.report.geometry_types == {"Point": 2} and layer.report.null_geometries == 1
    z = _write(tmp_path, ["POINT Z (560000 1810000 5)"], name="z.gpkg")
    assert open_path(z).layers[0].points is None  # Z is kept: the ordinary reader
    lines = _write(tmp_path, ["LINESTRING (0 0, 1 1)"], name="l.gpkg")
    assert open_path(lines).layers[0].points is None


def test_doctor_points_reports_as_doctor_geometries():
    """The same bad points through both doctors: the same rows lose their point, the same messages."""
    x = np.array([1.0, np.nan, np.inf, 1e20, 5.0, np.nan, 7.0])
    y = np.array([2.0, np.nan, 4.0, 1.0, -1.8e308 * 10, 3.0, 8.0])
    pd_table = pd.DataFrame({"id": range(len(x))})
    r_arrays = LayerReport("x")
    out = doctor_points(PointData(pd_table, x, y, crs="EPSG:9214"), r_arrays)
    geoms = np.array([None if (np.isnan(a) and np.isnan(b)) else shapely.points(a, b) for a, b in zip(x, y)],
                     dtype=object)
    r_frame = LayerReport("x")
    ref = doctor_geometries(gpd.GeoDataFrame(pd_table, geometry=geoms, crs="EPSG:9214"), r_frame)
    assert out.present.tolist() == (~ref.geometry.isna()).tolist() == [True, False, False, False, False, False, True]
    assert r_arrays.null_geometries == r_frame.null_geometries == 5
    assert r_arrays.geometry_types == r_frame.geometry_types == {"Point": 2}
    dropped = [m.text for m in r_arrays.messages if m.category == "dropped"]
    assert dropped == [m.text for m in r_frame.messages if m.category == "dropped"]
    assert "4 geometries had impossible coordinates" in dropped[0]
    assert [m.text for m in r_arrays.messages if m.category == "geometry"][0].startswith("5 features have no geometry")


def test_doctor_points_leaves_good_points_alone():
    pts = PointData(pd.DataFrame({"id": [1, 2]}), np.array([1.0, 2.0]), np.array([3.0, 4.0]))
    report = LayerReport("x")
    assert doctor_points(pts, report) is pts
    assert report.geometry_types == {"Point": 2} and report.null_geometries == 0 and not report.messages
