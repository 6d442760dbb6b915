"""VectorLayer: extent ignoring missing geometries, spatial index, selection events, state."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from gisdesk.core.project import Project
from gisdesk.layers import VectorLayer


@pytest.fixture
def layer():
    gdf = gpd.GeoDataFrame({"v": [1, 2, 3, 4]}, geometry=[Point(0, 0), None, box(5, 5, 6, 7), Point(10, -1)],
                           crs=9214)
    return VectorLayer(gdf, name="l")


def test_extent_types_and_index(layer):
    assert layer.extent == (0.0, -1.0, 10.0, 7.0)
    assert layer.geometry_types == {"Point": 2, "Polygon": 1, "None": 1}
    assert layer.query_bbox((4, 4, 11, 8)).tolist() == [2]
    assert layer.crs == "EPSG:9214"


def test_selection_events_and_not_modifying_the_project(layer):
    project = Project(layers=[layer])
    seen = []
    layer.events.selection.connect(lambda rows: seen.append(rows.tolist()))
    layer.selection = [3, 0, 3]
    assert layer.selection.tolist() == [0, 3] and seen == [[0, 3]]
    layer.selection = [0, 3]  # same: no event
    assert len(seen) == 1
    with pytest.raises(IndexError):
        layer.selection = [9]
    assert not project.modified  # selecting is not an edit of the project
    layer.visible = False
    assert project.modified
    layer.data = layer.data.iloc[:2]
    assert layer.selection.size == 0 and layer.data_version == 1 and layer.extent == (0.0, 0.0, 0.0, 0.0)
    assert np.all(np.isfinite(layer.extent))
