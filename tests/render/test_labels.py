"""Greedy label placement: candidate positions, collisions, priorities, poles of polygons, the cap on
candidates, one placement for image and PDF, and the raster halo against the stroked one."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter
from shapely.geometry import Point, Polygon, box

from gisdesk.layers import PointData, VectorLayer
from gisdesk.render import MapSettings, RenderCache, draw_map, render_image
from gisdesk.render import labels as labels_mod
from gisdesk.render.labels import (
    GAP_PX,
    POINT,
    POINT_POSITIONS,
    POLYGON,
    LabelJob,
    halo_mask,
    place_labels,
)
from gisdesk.styles.renderers import LabelSettings
from tests.render.conftest import image_array

CRS = "EPSG:3857"


def _settings(size=(400, 300), extent=None, **kw):
    return MapSettings(extent or (0, 0, size[0], size[1]), size, CRS, **kw)


def _point_job(xy, texts, radius=3.0, size_pt=8.0):
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    return LabelJob(LabelSettings("name", size_pt=size_pt), xy[:, 0].copy(), xy[:, 1].copy(), list(texts),
                    np.full(n, radius), np.full(n, POINT, dtype=np.int8), np.zeros(n), np.arange(n))


def _overlap(a, b) -> bool:
    return not (a.left + a.width <= b.left or b.left + b.width <= a.left
                or a.top + a.height <= b.top or b.top + b.height <= a.top)


@pytest.fixture
def spy(monkeypatch):
    """Every placement made by draw_map (the labels as placed on the map)."""
    made = []
    real = labels_mod.place_labels

    def wrapped(settings, jobs):
        out = real(settings, jobs)
        made.append(out)
        return out

    monkeypatch.setattr(labels_mod, "place_labels", wrapped)
    return made


def test_two_labels_at_one_point_the_second_moves(gui_app):
    placed = place_labels(_settings(), [_point_job([(200, 150), (200, 150)], ["Huế", "Huế"])])
    assert [p.position for p in placed] == [0, 1]  # top right, then top left of the same marker
    a, b = placed
    assert not _overlap(a, b)
    assert a.left >= 200 + 3 and b.left + b.width <= 200 - 3  # beside the marker, on either side
    assert a.top + a.height <= 150 and b.top + b.height <= 150  # both above it


def test_labels_at_one_point_fill_the_corners_then_are_dropped(gui_app):
    """Six labels at one marker: the four diagonal positions take four (right, left, above and below would
    overlap them), the fifth and sixth are dropped."""
    placed = place_labels(_settings(), [_point_job([(200, 150)] * 6, [f"Trạm {i}" for i in range(6)])])
    assert [POINT_POSITIONS[p.position] for p in placed] == ["top_right", "top_left", "bottom_right",
                                                             "bottom_left"]
    assert [p.row for p in placed] == [0, 1, 2, 3]  # in priority order
    # with the right-hand positions taken by another layer's label, a label goes to the left side
    other = _point_job([(214, 150)], ["Trạm xa"], radius=0.0)
    placed = place_labels(_settings(), [other, _point_job([(200, 150)], ["Huế"])])
    assert [POINT_POSITIONS[p.position] for p in placed] == ["top_right", "top_left"]


def test_placed_boxes_never_overlap_and_no_label_twice(gui_app):
    rng = np.random.default_rng(11)
    n = 600
    xy = np.column_stack([rng.random(n) * 420 - 10, rng.random(n) * 320 - 10])  # some beyond the edges
    texts = ["".join(rng.choice(list("abcdefghiklmnoprstuy ếươ"), rng.integers(1, 12))).strip() or "x"
             for _ in range(n)]
    placed = place_labels(_settings(), [_point_job(xy, texts, radius=2.0)])
    assert 30 < len(placed) < n
    rows = [p.row for p in placed]
    assert len(rows) == len(set(rows))  # a label is placed at most once
    for i, a in enumerate(placed):
        assert a.left + a.width > 0 and a.top + a.height > 0 and a.left < 400 and a.top < 300  # in the frame
        for b in placed[i + 1:]:
            grown = (a.left - GAP_PX, a.top - GAP_PX, a.width + 2 * GAP_PX, a.height + 2 * GAP_PX)
            assert not _overlap(type(a)(0, 0, "", *grown, 0, 0), b)  # apart by the gap


def test_a_label_is_drawn_once_per_frame_with_or_without_the_cache(gui_app, spy):
    gdf = gpd.GeoDataFrame({"name": [f"R{i}" for i in range(30)]},
                           geometry=gpd.points_from_xy(np.linspace(20, 380, 30), np.full(30, 150)), crs=CRS)
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 255], "size": 1.0,
                                              "labels": {"column": "name", "size_pt": 8}})
    cache = RenderCache()
    render_image(_settings(), [layer])
    render_image(_settings(), [layer], cache=cache)
    render_image(_settings(), [layer], cache=cache)  # the layer image comes from the cache
    assert len(spy) == 3
    for placed in spy:
        rows = [p.row for p in placed]
        assert len(rows) == len(set(rows)) and len(rows) >= 10
    assert [(p.row, p.left, p.top) for p in spy[0]] == [(p.row, p.left, p.top) for p in spy[2]]


def test_top_layer_and_larger_polygons_first(gui_app, spy):
    # a big and a small square with labels that would collide at their centres (at 1 px per unit)
    polys = gpd.GeoDataFrame({"name": ["NHỎ", "LỚN RẤT DÀI"]},
                             geometry=[box(185, 140, 215, 160), box(150, 100, 250, 200)], crs=CRS)
    layer = VectorLayer(polys, name="polys", style={"kind": "single", "fill": [0, 0, 0, 0],
                                                    "labels": {"column": "name", "size_pt": 10}})
    render_image(_settings(), [layer])
    placed = spy[-1]
    assert placed[0].text == "LỚN RẤT DÀI"  # the larger polygon's label comes first
    big = placed[0]
    assert big.left + big.width / 2 == pytest.approx(200, abs=3)  # centred on the pole (the square's centre)
    # a point layer on top takes its labels first
    pts = gpd.GeoDataFrame({"name": ["TOP"]}, geometry=[Point(200, 150)], crs=CRS)
    top = VectorLayer(pts, name="pts", style={"kind": "single", "fill": [0, 0, 0, 255], "size": 1.0,
                                              "labels": {"column": "name", "size_pt": 10}})
    render_image(_settings(), [layer, top])
    assert spy[-1][0].text == "TOP" and spy[-1][0].job == 0


def test_polygon_labels_at_the_pole_then_nudged(gui_app, spy):
    """A C-shaped polygon's centroid lies outside it; its label goes to the pole of inaccessibility. When a
    label on a layer above takes the pole, the polygon's label is nudged, staying inside the polygon."""
    c_shape = Polygon([(50, 50), (350, 50), (350, 110), (130, 110), (130, 190), (350, 190), (350, 250),
                       (50, 250)])
    assert not c_shape.contains(c_shape.centroid)
    polys = gpd.GeoDataFrame({"name": ["Phường Vỹ Dạ"]}, geometry=[c_shape], crs=CRS)
    layer = VectorLayer(polys, name="c", style={"kind": "single", "fill": [0, 0, 0, 0],
                                                "labels": {"column": "name", "size_pt": 9}})
    render_image(_settings(), [layer])
    lab = spy[-1][0]
    centre = Point(lab.left + lab.width / 2, 300 - (lab.top + lab.height / 2))  # back to map units
    pole_radius = shapely.length(shapely.maximum_inscribed_circle(c_shape, 0.5))  # 41.6: where the arms join
    assert c_shape.contains(centre) and lab.position == 0
    assert c_shape.exterior.distance(centre) >= 0.9 * pole_radius  # deep inside, not near an edge
    # something above sits on the pole: the label moves, still inside the polygon
    blocker = gpd.GeoDataFrame({"name": ["XXXXXXXXXX"]}, geometry=[Point(centre.x, centre.y)], crs=CRS)
    top = VectorLayer(blocker, name="b", style={"kind": "single", "fill": [0, 0, 0, 0], "stroke": [0, 0, 0, 0],
                                                "size": 0.0, "labels": {"column": "name", "size_pt": 9}})
    render_image(_settings(), [layer, top])
    first, moved = spy[-1]
    assert first.text == "XXXXXXXXXX" and moved.position > 0 and not _overlap(first, moved)
    anchor = Point(moved.left + moved.width / 2, 300 - (moved.top + moved.height / 2))
    assert c_shape.contains(anchor)


def test_priority_column_orders_the_candidates(gui_app):
    """Label settings with a ``priority`` (a column; highest first) take precedence over feature order."""

    @dataclass
    class WithPriority(LabelSettings):
        priority: str | None = None

    gdf = gpd.GeoDataFrame({"name": ["a", "b", "c"], "rank": [1, 5, 3]},
                           geometry=[Point(200, 150)] * 3, crs=CRS)
    layer = VectorLayer(gdf, name="p")
    s = _settings()
    anchors = (np.full(3, 200.0), np.full(3, 150.0), np.zeros(3))
    job = labels_mod.make_job(layer, s, WithPriority("name", priority="rank"), anchors, np.ones(3, bool),
                              np.full(3, 2.0), geometries=gdf.geometry.values)
    assert job.texts == ["b", "c", "a"]
    job = labels_mod.make_job(layer, s, LabelSettings("name"), anchors, np.ones(3, bool), np.full(3, 2.0),
                              geometries=gdf.geometry.values)
    assert job.texts == ["a", "b", "c"]


def test_many_points_try_a_bounded_number_of_labels(gui_app, monkeypatch):
    """200,000 points in view: the candidates are thinned to one per label-height cell and capped, so at
    most MAX_CANDIDATES are tried (and their texts formatted), and labels are still placed."""
    n = 200_000
    rng = np.random.default_rng(5)
    table = pd.DataFrame({"name": pd.array([f"SR-{i}" for i in range(n)], dtype="str")})
    data = PointData(table, rng.random(n) * 1600, rng.random(n) * 1000, crs=CRS)
    layer = VectorLayer(data, name="many", style={"kind": "single", "fill": [0, 0, 0, 255], "size": 0.5,
                                                  "labels": {"column": "name", "size_pt": 8}})
    jobs = []
    real = labels_mod.make_job
    monkeypatch.setattr(labels_mod, "make_job", lambda *a, **k: jobs.append(real(*a, **k)) or jobs[-1])
    placed = []
    real_place = labels_mod.place_labels
    monkeypatch.setattr(labels_mod, "place_labels", lambda s, j: placed.extend(real_place(s, j)) or placed)
    s = MapSettings((0, 0, 1600, 1000), (1600, 1000), CRS)
    render_image(s, [layer])
    (job,) = jobs
    cells = (1600 // 10 + 2) * (1000 // 10 + 2)  # label-height cells are at least 10 px at 8 pt, 96 dpi
    assert 0 < len(job) <= labels_mod.MAX_CANDIDATES and len(job) <= cells
    assert len(set(job.rows.tolist())) == len(job)
    assert 200 < len(placed) <= len(job)
    # spread over the frame, not the first rows bunched in a corner: every quarter of the map has labels
    xs = np.array([p.left for p in placed])
    ys = np.array([p.top for p in placed])
    for qx in (xs < 800, xs >= 800):
        for qy in (ys < 500, ys >= 500):
            assert (qx & qy).sum() > 20


def test_same_placement_on_an_image_and_a_pdf(gui_app, spy, tmp_path):
    gdf = gpd.GeoDataFrame({"name": [f"Trạm quan trắc {i}" for i in range(80)]},
                           geometry=gpd.points_from_xy(np.random.default_rng(1).random(80) * 400,
                                                       np.random.default_rng(2).random(80) * 300), crs=CRS)
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 255], "size": 1.5,
                                              "labels": {"column": "name", "size_pt": 8}})
    s = _settings()
    render_image(s, [layer])
    writer = QPdfWriter(str(tmp_path / "m.pdf"))
    writer.setPageSize(QPageSize(QSizeF(400 * 25.4 / 96, 300 * 25.4 / 96), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(96)
    painter = QPainter(writer)
    draw_map(painter, s, [layer])
    painter.end()
    image_run, pdf_run = spy
    assert len(image_run) > 10
    assert [(p.row, round(p.left, 3), round(p.top, 3)) for p in image_run] == \
        [(p.row, round(p.left, 3), round(p.top, 3)) for p in pdf_run]


def test_halo_mask_is_a_disc_around_the_text():
    mask = np.zeros((21, 21), dtype=np.uint8)
    mask[10, 10] = 255
    halo = halo_mask(mask, 4.0)
    yy, xx = np.mgrid[0:21, 0:21]
    d = np.hypot(xx - 10, yy - 10)
    assert (halo[d <= 3.3] == 255).all() and (halo[d >= 5.3] == 0).all()
    assert ((halo > 0) & (halo < 255))[(d > 3.5) & (d < 5)].any()  # an antialiased edge


def test_raster_halo_looks_like_the_stroked_halo(gui_app, monkeypatch):
    gdf = gpd.GeoDataFrame({"name": ["Phường Phú Hội", "Kim Long", "Vỹ Dạ"]},
                           geometry=[Point(100, 200), Point(250, 120), Point(150, 80)], crs=CRS)
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 0], "stroke": [0, 0, 0, 0],
                                              "labels": {"column": "name", "size_pt": 12, "color": [0, 0, 0, 255],
                                                         "halo_color": [255, 0, 0, 255], "halo_width_mm": 0.8}})
    s = _settings(background=(255, 255, 255, 255))
    raster = image_array(render_image(s, [layer]))
    monkeypatch.setattr(labels_mod, "_raster_target", lambda painter: False)
    stroked = image_array(render_image(s, [layer]))
    red_r = (raster[..., 0] > 200) & (raster[..., 1] < 100)
    red_s = (stroked[..., 0] > 200) & (stroked[..., 1] < 100)
    assert red_s.sum() > 500
    assert abs(int(red_r.sum()) - int(red_s.sum())) < 0.1 * red_s.sum()
    assert (red_r & red_s).sum() > 0.85 * red_s.sum()


def test_polygon_kind_and_room_in_the_job(gui_app):
    polys = gpd.GeoDataFrame({"name": ["a", "b"]}, geometry=[box(0, 0, 100, 100), box(200, 0, 210, 10)], crs=CRS)
    layer = VectorLayer(polys, name="p")
    from gisdesk.render.cache import data_anchors

    s = _settings()
    job = labels_mod.make_job(layer, s, LabelSettings("name"), data_anchors(polys, CRS, CRS), np.ones(2, bool),
                              None, geometries=polys.geometry.values, version=1)
    assert job.kind.tolist() == [POLYGON, POLYGON]
    assert job.room_px.tolist() == pytest.approx([50, 5], abs=3)  # the inscribed circles' radii in pixels
    assert (job.x.tolist(), job.y.tolist()) == (pytest.approx([50, 205], abs=3), pytest.approx([250, 295], abs=3))


def test_image_with_labels_is_not_blank(gui_app):
    img = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    assert labels_mod._raster_target(p)
    p.scale(2, 2)
    assert not labels_mod._raster_target(p)  # a scaled painter gets the vector halo
    p.end()


def test_odd_geometries_are_labelled_at_a_point_on_their_surface(gui_app, spy):
    """A bow-tie (invalid) polygon, a collection and a line get labels without a pole (GEOS computes poles
    of valid (multi)polygons only); lines are labelled above their anchor."""
    from shapely.geometry import GeometryCollection, LineString

    bowtie = Polygon([(20, 20), (120, 120), (120, 20), (20, 120)])
    collection = GeometryCollection([box(200, 20, 260, 80), Point(300, 50)])
    line = LineString([(50, 250), (350, 250)])
    gdf = gpd.GeoDataFrame({"name": ["nơ", "bộ", "đường"]}, geometry=[bowtie, collection, line], crs=CRS)
    layer = VectorLayer(gdf, name="odd", style={"kind": "single", "fill": [0, 0, 0, 0],
                                                "labels": {"column": "name", "size_pt": 9}})
    render_image(_settings(), [layer])
    by_text = {p.text: p for p in spy[-1]}
    assert set(by_text) == {"nơ", "bộ", "đường"}
    road = by_text["đường"]
    assert road.top + road.height <= 300 - 250  # above the line (y = 50 px from the top)


def test_the_cap_counts_only_features_with_a_text(gui_app, monkeypatch):
    monkeypatch.setattr(labels_mod, "MAX_CANDIDATES", 5)
    names = [None] * 40 + [f"T{i}" for i in range(10)]
    gdf = gpd.GeoDataFrame({"name": pd.array(names, dtype="str")},
                           geometry=gpd.points_from_xy(np.linspace(10, 390, 50), np.linspace(10, 290, 50)), crs=CRS)
    layer = VectorLayer(gdf, name="p")
    from gisdesk.render.cache import data_anchors

    job = labels_mod.make_job(layer, _settings(), LabelSettings("name"), data_anchors(gdf, CRS, CRS),
                              np.ones(50, bool), np.full(50, 2.0), geometries=gdf.geometry.values)
    assert job is not None and len(job) == 5 and all(t.startswith("T") for t in job.texts)
