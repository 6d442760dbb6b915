"""Prepared geometry: exploded, flattened, reprojected once; spatial queries equal brute force."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import GeometryCollection, LineString, MultiPoint, Point, Polygon

from gisdesk.render.geometry import gather_ranges, prepare_geometries
from tests.render.conftest import polygons_gdf


def test_mixed_geometries_nulls_and_empties():
    geoms = np.array([
        Point(1, 1),
        None,
        Polygon(),
        MultiPoint([(2, 2), (3, 3)]),
        LineString([(0, 0), (5, 5), (5, 0)]),
        GeometryCollection([Point(9, 9), LineString([(1, 0), (2, 0)]), Polygon([(0, 0), (1, 0), (1, 1)])]),
        Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2), (1, 2)]]),
    ], dtype=object)
    g = prepare_geometries(geoms, None, None)
    assert g.n_rows == 7
    assert g.points.rows.tolist() == [0, 3, 3, 5]
    assert np.column_stack([g.points.x, g.points.y]).tolist() == [[1, 1], [2, 2], [3, 3], [9, 9]]
    assert g.lines.rows.tolist() == [4, 5]
    assert np.diff(g.lines.offsets).tolist() == [3, 2]
    assert g.polygons.rows.tolist() == [5, 6]
    # the holed polygon: two rings of 5 vertices, each starting a subpath
    s, e = g.polygons.offsets[1], g.polygons.offsets[2]
    assert e - s == 10 and g.polygons.starts[s:e].tolist() == [True] + [False] * 4 + [True] + [False] * 4
    assert not g.points.rows_are_positions


def test_polygons_are_oriented_for_winding_fill():
    gdf = polygons_gdf()
    g = prepare_geometries(gdf.geometry.values, None, None)
    p = g.polygons
    ring_id = np.cumsum(p.starts) - 1
    for r in np.unique(ring_id):
        xs, ys = p.x[ring_id == r], p.y[ring_id == r]
        signed = 0.5 * np.sum(xs * np.roll(ys, -1) - np.roll(xs, -1) * ys)
        is_shell = (r == 0) or (r in (ring_id[p.offsets[:-1]]))
        assert (signed > 0) == is_shell  # shells counter-clockwise, holes clockwise


def test_reprojection_matches_pyproj_and_rebuilds():
    gdf = polygons_gdf().to_crs(4326)
    g = prepare_geometries(gdf.geometry.values, "EPSG:4326", "EPSG:9214")
    t = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True)
    xy = shapely.get_coordinates(gdf.geometry.dropna().values)
    ex, ey = t.transform(xy[:, 0], xy[:, 1])
    assert np.allclose(np.sort(g.polygons.x), np.sort(ex), atol=1e-6)
    assert np.allclose(np.sort(g.polygons.y), np.sort(ey), atol=1e-6)
    rebuilt = g.polygons.geometries(np.arange(len(g.polygons)))
    expected = polygons_gdf().geometry.values
    for part, row in zip(rebuilt, g.polygons.rows, strict=True):
        orig = shapely.get_parts(expected[row])
        assert min(shapely.hausdorff_distance(part, o) for o in orig) < 0.01  # metres


def test_unprojectable_vertices_drop_their_part():
    geoms = np.array([Point(107.5, 16.4), Point(0, 89.99999), LineString([(107, 16), (108, 17)])], dtype=object)
    g = prepare_geometries(geoms, "EPSG:4326", "EPSG:9214")
    assert g.points.rows.tolist() == [0, 1] or g.points.rows.tolist() == [0]
    assert np.isfinite(g.points.x).all() and np.isfinite(g.lines.x).all()


def test_queries_equal_brute_force():
    rng = np.random.default_rng(3)
    n = 5000
    pts = shapely.points(rng.random(n) * 1000, rng.random(n) * 1000)
    x0, y0 = rng.random(300) * 1000, rng.random(300) * 1000
    boxes = shapely.box(x0, y0, x0 + rng.random(300) * 50, y0 + rng.random(300) * 50)
    g = prepare_geometries(np.concatenate([pts, boxes]), None, None)
    for ext in [(100, 200, 300, 260), (0, 0, 1000, 1000), (-10, -10, 5, 5), (990, 990, 2000, 2000)]:
        minx, miny, maxx, maxy = ext
        x, y = g.points.x, g.points.y
        want = np.flatnonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))
        assert g.points.query(ext).tolist() == want.tolist()
        b = g.polygons.bounds
        want = np.flatnonzero((b[:, 0] <= maxx) & (b[:, 2] >= minx) & (b[:, 1] <= maxy) & (b[:, 3] >= miny))
        assert g.polygons.query(ext).tolist() == want.tolist()


def test_gather_ranges():
    assert gather_ranges(np.array([5, 0, 9]), np.array([8, 2, 9])).tolist() == [5, 6, 7, 0, 1]
    assert gather_ranges(np.zeros(0, int), np.zeros(0, int)).tolist() == []


@pytest.mark.parametrize("src,dst", [(None, None), ("EPSG:9214", "EPSG:9214"), (None, "EPSG:9214")])
def test_no_transform_when_crs_missing_or_equal(src, dst):
    g = prepare_geometries(np.array([Point(1, 2)], dtype=object), src, dst)
    assert (g.points.x[0], g.points.y[0]) == (1, 2)


def test_chunked_coordinates_equal_shapely(monkeypatch):
    import gisdesk.render.geometry as geometry_mod

    geoms = np.array([LineString([(i, 0), (i, 1), (i + 1, 2)]) for i in range(25)], dtype=object)
    want_xy, want_idx = shapely.get_coordinates(geoms, return_index=True)
    monkeypatch.setattr(geometry_mod, "_CHUNK", 4)
    xy, idx = geometry_mod._coordinates(geoms, return_index=True)
    assert np.array_equal(xy, want_xy) and np.array_equal(idx, want_idx)
    assert np.array_equal(geometry_mod._coordinates(geoms), want_xy)
