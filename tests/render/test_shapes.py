"""Marker shapes on the map: pixel footprints, the aggregated (dense) path against brute force on both of
its stamping strategies, the marker-by-marker path, PDF output, and legend swatches."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
from shapely.geometry import Point

from gisdesk.layers import VectorLayer
from gisdesk.render import MapSettings, draw_map, render_image
from gisdesk.render import draw as draw_mod
from gisdesk.render import points as points_mod
from gisdesk.render.draw import draw_legend_patch, markers_path
from gisdesk.render.points import marker_footprint, premultiplied_argb, splat_points
from gisdesk.styles.single import MARKER_SHAPES, SingleSymbol, marker_outline
from tests.render.conftest import image_array

MM_PER_PX = 25.4 / 96.0


def _grid(fp) -> dict[tuple[int, int], str]:
    cells = {tuple(o): "fill" for o in fp.fill.tolist()}
    cells.update({tuple(o): "ring" for o in fp.ring.tolist()})
    cells.update({tuple(o): "fringe" for o in fp.fringe.tolist()})
    return cells


def test_footprints_of_shapes():
    square, triangle = _grid(marker_footprint(9.0, 0.0, "square")), _grid(marker_footprint(9.0, 0.0, "triangle"))
    # a 9 px square covers its whole 9 x 9 box; a triangle leaves the top corners empty, fills the bottom ones
    assert all(square.get((dx, dy)) == "fill" for dx in range(-4, 5) for dy in range(-4, 5))
    for corner in ((-4, -4), (4, -4), (-3, -3), (3, -3)):
        assert corner not in triangle
    assert triangle[(-4, 4)] == triangle[(4, 4)] == triangle[(0, -3)] == "fill"
    # the area covered (fringe pixels by their eighths) is the polygon's area
    for shape in ("triangle", "diamond", "star", "hexagon", "cross", "x"):
        fp = marker_footprint(12.0, 0.0, shape)
        area = len(fp.fill) + fp.fringe_level.sum() / 8
        exact = shapely.Polygon(marker_outline(shape) * 6.0).area
        assert area == pytest.approx(exact, rel=0.12), shape
    # an outline: the ring goes around the shape, the fill shrinks
    fp = marker_footprint(10.0, 2.0, "square")
    edge = set(map(tuple, fp.ring.tolist())) | set(map(tuple, fp.fringe.tolist()))
    assert fp.margin == 6 and {(5, 5), (-6, 0), (0, 6)} <= edge
    assert np.abs(fp.fill).max() <= 4


def _brute_force(px, py, group, symbols, w, h):
    """Markers one by one, each outline then fill; fringes kept apart, shown where no marker is."""
    core = np.zeros((h, w), dtype=np.uint32)
    has_core = np.zeros((h, w), dtype=bool)
    edge = np.zeros((h, w), dtype=np.uint32)
    for x, y, g in zip(px, py, group, strict=True):
        fill, stroke, diam, sw, shape = symbols[g]
        drawn_outline = stroke[3] > 0 and sw >= 0.5
        fp = marker_footprint(diam, sw if drawn_outline else 0.0, shape)
        ix, iy = int(np.floor(x)), int(np.floor(y))
        for offs, colour in ((fp.ring, stroke), (fp.fill, fill)):
            for dx, dy in offs:
                if 0 <= ix + dx < w and 0 <= iy + dy < h:
                    core[iy + dy, ix + dx] = premultiplied_argb(colour)
                    has_core[iy + dy, ix + dx] = True
        outer = stroke if drawn_outline else fill
        for (dx, dy), level in zip(fp.fringe, fp.fringe_level, strict=True):
            if 0 <= ix + dx < w and 0 <= iy + dy < h:
                c = np.array([premultiplied_argb(outer)], dtype=np.uint32).view(np.uint8).astype(int)
                edge[iy + dy, ix + dx] = ((c * level + 4) // 8).astype(np.uint8).view(np.uint32)[0]
    return np.where(has_core, core, edge)


@pytest.mark.parametrize("strategy", ["dilate", "scatter"])
def test_splat_shapes_equals_brute_force(strategy, monkeypatch):
    """Both ways of stamping (whole-frame dilation, scattering each point's footprint) give the picture of
    drawing the markers one by one, with several shapes, sizes and outlines in one layer."""
    monkeypatch.setattr(points_mod, "SCATTER_COST", 1e12 if strategy == "dilate" else 0)
    rng = np.random.default_rng(7)
    n, w, h = 500, 70, 50
    px, py = rng.random(n) * (w + 12) - 6, rng.random(n) * (h + 12) - 6  # some beyond the edges
    symbols = [
        ((200, 30, 30, 255), (255, 255, 255, 255), 7.0, 0.0, "triangle"),
        ((30, 120, 200, 200), (0, 0, 0, 255), 8.0, 1.5, "star"),
        ((30, 160, 60, 255), (0, 0, 0, 255), 5.0, 1.0, "square"),
        ((90, 90, 90, 255), (0, 0, 0, 0), 3.0, 0.0, "circle"),
        ((250, 200, 0, 255), (20, 20, 20, 255), 9.0, 0.8, "x"),
    ]
    group = rng.integers(0, len(symbols), n)
    calls = []
    real = points_mod._dilate_many
    monkeypatch.setattr(points_mod, "_dilate_many", lambda *a: calls.append(1) or real(*a))
    got = splat_points(px, py, group, symbols, w, h)
    assert np.array_equal(got, _brute_force(px, py, group, symbols, w, h))
    assert bool(calls) == (strategy == "dilate")  # the strategy really was the one under test


def _one_marker(shape, dense, monkeypatch, size_px=20, stroke=(0, 0, 0, 0)):
    if dense:
        monkeypatch.setattr(draw_mod, "DENSE_POINTS", 0)  # aggregate even one point
    gdf = gpd.GeoDataFrame(geometry=[Point(50.5, 49.5)], crs="EPSG:3857")
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 255], "stroke": list(stroke),
                                              "stroke_width": 0.3, "size": size_px * MM_PER_PX, "shape": shape})
    px = image_array(render_image(MapSettings((0, 0, 100, 100), (100, 100), "EPSG:3857"), [layer]))
    return px[..., 0] < 128  # dark: the marker


@pytest.mark.parametrize("dense", [False, True], ids=["marker by marker", "aggregated"])
def test_rendered_markers_show_their_shape(dense, monkeypatch):
    """A 20 px marker centred on pixel (50, 50): its box runs from 40.5 to 60.5, pixels 41..59 in full."""
    boxes = {}
    for shape in ("square", "triangle", "diamond", "circle", "star", "cross"):
        dark = _one_marker(shape, dense, monkeypatch)
        xs = np.nonzero(dark)[1]
        boxes[shape] = dark
        if shape != "star":  # the star's side points reach 9.5 px out: less than half a pixel in view
            assert 40 <= xs.min() <= 41 and 59 <= xs.max() <= 60, shape
        assert dark[50, 50], shape  # every shape covers its centre
    corner = lambda d, y, x: d[y - 1:y + 2, x - 1:x + 2].any()  # a 3x3 patch
    sq, tri, dia, cir, star, cross = (boxes[s] for s in ("square", "triangle", "diamond", "circle", "star", "cross"))
    assert all(corner(sq, y, x) for y, x in ((41, 41), (41, 58), (58, 41), (58, 58)))
    # the triangle leaves the top corners of its box empty and fills the bottom ones
    assert not corner(tri, 42, 42) and not corner(tri, 42, 57) and tri[58, 41] and tri[58, 58]
    assert not any(corner(dia, y, x) for y, x in ((42, 42), (42, 57), (57, 42), (57, 57)))
    assert not corner(cir, 41, 41) and cir[50, 41]
    assert not corner(cross, 42, 42) and cross[42, 50] and cross[50, 42]  # arms, no corners
    assert sq.sum() > cir.sum() > dia.sum() > star.sum()  # areas 400 > 314 > 200 > ~112


def test_outlines_around_shapes(monkeypatch):
    """A red outline around a square marker: drawn outside the fill, at its corners too."""
    gdf = gpd.GeoDataFrame(geometry=[Point(50.5, 49.5)], crs="EPSG:3857")
    for dense in (False, True):
        if dense:
            monkeypatch.setattr(draw_mod, "DENSE_POINTS", 0)
        layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 255],
                                                  "stroke": [255, 0, 0, 255], "stroke_width": 2 * MM_PER_PX,
                                                  "size": 20 * MM_PER_PX, "shape": "square"})
        px = image_array(render_image(MapSettings((0, 0, 100, 100), (100, 100), "EPSG:3857"), [layer]))
        red = (px[..., 0] > 200) & (px[..., 1] < 60)
        black = px[..., :3].max(axis=2) < 60
        assert red[40, 40] and red[60, 60], dense  # the outline goes round the corners too
        assert red[50, 40] and red[50, 60] and black[50, 50] and black[50, 42] and not red[50, 50], dense


@pytest.mark.parametrize("shape", MARKER_SHAPES)
def test_markers_path_from_numpy(shape, gui_app):
    x, y = np.array([10.0, 50.0, 80.0]), np.array([20.0, 20.0, 70.0])
    path = markers_path(x, y, 5.0, shape)
    rect = path.boundingRect()
    outline = marker_outline(shape)
    if outline is None:
        assert rect.left() == pytest.approx(5.0) and rect.bottom() == pytest.approx(75.0)
    else:
        assert path.elementCount() == 3 * (len(outline) + 1)  # each marker a closed ring, no loop per marker
        assert rect.left() == pytest.approx(10.0 + 5.0 * outline[:, 0].min())
        assert rect.top() == pytest.approx(20.0 + 5.0 * outline[:, 1].min())
    assert markers_path(np.zeros(0), np.zeros(0), 5.0, shape).isEmpty()


def test_shapes_and_labels_on_a_pdf(gui_app, tmp_path):
    from tests.render.conftest import FRAME, MAP_CRS, points_gdf

    gdf = points_gdf(40, seed=2)
    gdf["name"] = [f"P{i}" for i in range(40)]
    cats = [{"value": v, "symbol": {"fill": c, "size": 2.5, "shape": s}} for v, c, s in
            (("a", [200, 0, 0, 255], "triangle"), ("b", [0, 0, 200, 255], "star"), ("c", [0, 150, 0, 255], "x"))]
    layer = VectorLayer(gdf, name="p", style={"kind": "categorized", "column": "cat", "categories": cats,
                                              "other": None, "labels": {"column": "name", "size_pt": 7}})
    out = tmp_path / "map.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QSizeF(200, 150), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    painter = QPainter(writer)
    draw_map(painter, MapSettings(FRAME, (writer.width(), writer.height()), MAP_CRS, dpi=300), [layer])
    painter.end()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


@pytest.mark.parametrize("geometry", ["point", "polygon", "line"])
def test_legend_swatch_shows_the_shape(geometry, gui_app):
    def swatch(shape):
        image = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        sym = SingleSymbol(fill=(0, 0, 0, 255), stroke=(0, 0, 0, 255), stroke_width=0.0, size=6.0, shape=shape)
        draw_legend_patch(p, QRectF(0, 0, 32, 32), sym, geometry)
        p.end()
        return image_array(image)[..., 3] > (128 if geometry == "point" else 0)

    tri, sq = swatch("triangle"), swatch("square")
    ys, xs = np.nonzero(sq)
    assert sq.any() and xs.min() >= 0 and xs.max() < 32  # inside the swatch
    if geometry == "point":
        top, left, right = ys.min(), xs.min(), xs.max()
        assert sq[top + 1, left + 1] and sq[top + 1, right - 1]
        assert not tri[top + 1, left + 1] and not tri[top + 1, right - 1]  # a triangle: empty top corners
        assert tri[ys.max() - 1, left + 1] and tri[ys.max() - 1, right - 1]
    else:
        assert np.array_equal(tri, sq)  # lines and polygons ignore the marker shape
