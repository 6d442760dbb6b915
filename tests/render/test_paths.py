"""QPainterPath from numpy: the same shapes as shapely (areas in pixel space), filled with the winding rule."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from shapely.geometry import MultiPolygon, Polygon

from gisdesk.render.geometry import explode, flatten
from gisdesk.render.paths import circles_path, path_from_rings
from tests.render.conftest import image_array


def _signed_areas(path):
    """Shoelace area of every subpath of a (line-only) path."""
    areas, ring = [], []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.isMoveTo() and ring:
            areas.append(_shoelace(ring))
            ring = []
        ring.append((e.x, e.y))
    if ring:
        areas.append(_shoelace(ring))
    return areas


def _shoelace(ring):
    a = np.asarray(ring)
    x, y = a[:, 0], a[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


GEOMS = [
    Polygon([(10, 10), (90, 10), (90, 70), (10, 70)], [[(30, 30), (30, 50), (60, 50), (60, 30)]]),
    MultiPolygon([Polygon([(110, 10), (150, 10), (130, 60)]), Polygon([(160, 20), (190, 20), (190, 90)])]),
    shapely.Point(50, 110).buffer(25, quad_segs=32),
]


def _path_of(geoms):
    parts, rows = explode(np.array(geoms, dtype=object))
    _pts, _lines, polys = flatten(parts, rows)
    return path_from_rings(polys.x, polys.y, polys.starts), polys


def test_path_matches_shapely_geometry(gui_app):
    path, polys = _path_of(GEOMS)
    rings = sum(len(shapely.get_rings(p)) for p in shapely.get_parts(np.array(GEOMS, dtype=object)))
    assert path.elementCount() == len(polys.x)
    assert sum(1 for i in range(path.elementCount()) if path.elementAt(i).isMoveTo()) == rings
    # oriented: shells one way, holes the other, so the signed areas add up to shapely's area
    assert sum(_signed_areas(path)) == pytest.approx(sum(g.area for g in GEOMS), rel=1e-12)
    assert path.fillRule() == Qt.FillRule.WindingFill
    b = path.boundingRect()
    assert (b.left(), b.top(), b.right(), b.bottom()) == pytest.approx(
        tuple(shapely.total_bounds(np.array(GEOMS, dtype=object))), abs=1e-9)


def test_filled_path_covers_the_shapely_area(gui_app):
    # overlapping polygons of one symbol stay filled where they overlap; the hole stays empty
    geoms = [*GEOMS, Polygon([(60, 40), (120, 40), (120, 100), (60, 100)])]
    path, _ = _path_of(geoms)
    img = QImage(200, 150, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.fillPath(path, QColor(0, 0, 0))
    p.end()
    filled = int((image_array(img)[..., 3] > 0).sum())
    union = shapely.union_all(np.array(geoms, dtype=object))
    # an aliased fill differs from the exact area by at most about half the boundary length
    assert abs(filled - union.area) < 0.6 * union.length
    assert image_array(img)[40, 45, 3] == 0  # inside the hole
    assert image_array(img)[60, 85, 3] > 0  # where the overlapping square meets the holed one


def test_circles_path():
    x = np.array([10.0, 50.0])
    y = np.array([20.0, 20.0])
    path = circles_path(x, y, 5.0)
    assert path.elementCount() == 26
    b = path.boundingRect()
    assert (b.left(), b.top(), b.right(), b.bottom()) == pytest.approx((5, 15, 55, 25), abs=1e-9)
    assert circles_path(np.zeros(0), np.zeros(0), 3).isEmpty()
