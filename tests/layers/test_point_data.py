"""A point layer held as coordinate arrays (PointData): the same answers as a GeoDataFrame, without shapely
objects until something asks for ``data``."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, box

from gisdesk.core.project import Project
from gisdesk.layers import PointData, VectorLayer

X = np.array([0.0, np.nan, 5.5, 10.0, np.inf])
Y = np.array([0.0, np.nan, 6.0, -1.0, 3.0])


def _points() -> PointData:
    table = pd.DataFrame({"v": [1, 2, 3, 4, 5], "name": ["a", "b", None, "Huế", "e"]})
    return PointData(table, X, Y, crs="EPSG:9214")


def _same_as_geodataframe() -> VectorLayer:
    geoms = [Point(0, 0), None, Point(5.5, 6), Point(10, -1), None]
    gdf = gpd.GeoDataFrame({"v": [1, 2, 3, 4, 5], "name": ["a", "b", None, "Huế", "e"]}, geometry=geoms,
                           crs=9214)
    return VectorLayer(gdf, name="g")


def test_answers_like_a_geodataframe_layer_without_building_geometries():
    lyr = VectorLayer(_points(), name="p")
    ref = _same_as_geodataframe()
    assert len(lyr) == len(ref) == 5
    assert lyr.crs == ref.crs == "EPSG:9214"
    assert lyr.extent == ref.extent == (0.0, -1.0, 10.0, 6.0)
    assert lyr.geometry_types == ref.geometry_types == {"Point": 3, "None": 2}
    assert lyr.geometry_family == ref.geometry_family == "point"
    assert lyr.query_bbox((4, -2, 11, 7)).tolist() == ref.query_bbox((4, -2, 11, 7)).tolist() == [2, 3]
    tri = shapely.Polygon([(-1, -1), (11, -1), (11, 11)])  # below the diagonal: (10,-1) yes, (5.5, 6) no
    assert lyr.query_geometry(tri).tolist() == ref.query_geometry(tri).tolist() == [0, 3]
    assert lyr.query_geometry(box(100, 100, 101, 101)).tolist() == []
    got = lyr.geometries([3, 1, 4])
    assert got[0].equals(Point(10, -1)) and got[1] is None and got[2] is None
    assert list(lyr.attributes.columns) == ["v", "name"]
    assert lyr.geometry_name == "geometry"
    lyr.selection = [3, 0]
    assert lyr.selection.tolist() == [0, 3]
    with pytest.raises(IndexError):
        lyr.selection = [5]
    assert not lyr.geometries_built  # none of the above built shapely points


def test_data_is_built_once_and_equals_the_geodataframe():
    lyr = VectorLayer(_points(), name="p")
    ref = _same_as_geodataframe()
    gdf = lyr.data
    assert lyr.geometries_built and lyr.data is gdf
    assert isinstance(gdf, gpd.GeoDataFrame) and gdf.crs.to_epsg() == 9214
    assert gdf.geometry.name == "geometry"
    assert gdf.geometry.isna().tolist() == [False, True, False, False, True]
    for a, b in zip(gdf.geometry, ref.data.geometry, strict=True):
        assert (a is None and b is None) or a.equals(b)
    pd.testing.assert_frame_equal(pd.DataFrame(gdf.drop(columns="geometry")), pd.DataFrame(ref.data.drop(columns="geometry")))
    assert lyr.data_version == 0  # building the frame is not a change of the data


def test_geometry_name_is_kept():
    pts = PointData(pd.DataFrame({"v": [1]}), np.array([1.0]), np.array([2.0]), crs=4326, geometry_name="geom")
    gdf = VectorLayer(pts).data
    assert gdf.geometry.name == "geom" and list(gdf.columns) == ["v", "geom"]


def test_bad_shapes_are_refused():
    with pytest.raises(ValueError, match="do not match"):
        PointData(pd.DataFrame({"v": [1, 2]}), np.zeros(3), np.zeros(3))
    with pytest.raises(ValueError, match="already has a column"):
        PointData(pd.DataFrame({"geometry": [1]}), np.zeros(1), np.zeros(1))
    with pytest.raises(TypeError):
        VectorLayer(pd.DataFrame({"v": [1]}))


def test_replacing_data_switches_representation_and_events():
    lyr = VectorLayer(_points(), name="p")
    project = Project(layers=[lyr])
    seen = []
    lyr.events.data.connect(lambda: seen.append(1))
    lyr.selection = [0]
    lyr.data = _same_as_geodataframe().data.iloc[:2]
    assert lyr.points is None and len(lyr) == 2 and lyr.data_version == 1 and lyr.selection.size == 0
    assert lyr.extent == (0.0, 0.0, 0.0, 0.0) and seen == [1]
    assert not project.modified  # new data from a source is not an edit of the project file
    lyr.data = _points()
    assert lyr.points is not None and not lyr.geometries_built and lyr.data_version == 2 and len(lyr) == 5


def test_sourceless_layer_state_carries_the_built_frame():
    lyr = VectorLayer(_points(), name="p")
    state = lyr.get_state()
    assert isinstance(state["data"], gpd.GeoDataFrame) and len(state["data"]) == 5
