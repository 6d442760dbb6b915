"""The map canvas: extent, render on a worker, identify, select by rectangle/polygon, geodesic measure."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from gisdesk.core.project import Project
from gisdesk.layers import PointData, VectorLayer


@pytest.fixture
def grid_project():
    # 10 x 10 points every 100 m in Huế's VN-2000 grid, and 4 squares
    xs, ys = np.meshgrid(np.arange(10) * 100.0 + 560_000, np.arange(10) * 100.0 + 1_820_000)
    pts = gpd.GeoDataFrame({"i": np.arange(100)}, geometry=gpd.points_from_xy(xs.ravel(), ys.ravel()), crs=9214)
    squares = gpd.GeoDataFrame({"ten": ["a", "b", "c", "d"]},
                               geometry=[box(560_000 + i * 250, 1_820_000, 560_000 + i * 250 + 200, 1_820_200)
                                         for i in range(4)], crs=9214)
    project = Project(crs="EPSG:9214")
    project.add_layer(VectorLayer(squares, name="squares"))
    project.add_layer(VectorLayer(pts, name="points"))
    return project


@pytest.fixture
def canvas(qtbot, grid_project):
    from gisdesk.widgets.map_canvas import MapCanvas

    c = MapCanvas(grid_project)
    c.resize(400, 400)
    qtbot.addWidget(c)
    c.show()
    c.set_extent((559_950, 1_819_950, 560_950, 1_820_950))
    assert c.wait_for_render()
    return c


def _pixel(canvas, x, y):
    tr = canvas.settings().map_to_pixel()
    from PySide6.QtCore import QPointF

    p = tr.map(QPointF(x, y))
    return p.x(), p.y()


def test_renders_on_a_worker_and_blits(canvas):
    assert canvas._image is not None and canvas._image.width() == 400
    ext = canvas.extent
    assert ext[2] - ext[0] == pytest.approx(ext[3] - ext[1], rel=1e-6)  # square widget, square extent


def test_identify_topmost_first(canvas):
    px, py = _pixel(canvas, 560_100, 1_820_100)  # a point that lies inside square "a"
    hits = canvas.identify(px, py)
    names = [(layer.name, row) for layer, row in hits]
    assert names[0] == ("points", 11) and ("squares", 0) in names


def test_select_by_rectangle_and_polygon(canvas):
    a = _pixel(canvas, 560_050, 1_820_050)
    b = _pixel(canvas, 560_350, 1_820_250)
    counts = canvas.select_in_pixel_polygon([a, (b[0], a[1]), b, (a[0], b[1])])
    pts = canvas.project.layers.by_name("points")
    expected = [i for i in range(100) if 560_050 <= 560_000 + (i % 10) * 100 <= 560_350
                and 1_820_050 <= 1_820_000 + (i // 10) * 100 <= 1_820_250]
    assert pts.selection.tolist() == expected and counts["points"] == len(expected)
    assert canvas.project.layers.by_name("squares").selection.tolist() == [0, 1]
    # a triangle: brute force point-in-triangle check
    tri_map = [(560_000, 1_820_000), (560_900, 1_820_000), (560_000, 1_820_900)]
    canvas.select_in_pixel_polygon([_pixel(canvas, *p) for p in tri_map])
    inside = [i for i in range(100) if (i % 10) * 100 + (i // 10) * 100 <= 900 + 1e-6]
    assert set(pts.selection.tolist()) == set(inside)
    canvas.clear_selection()
    assert pts.selection.size == 0


def test_measure_is_geodesic(canvas):
    from gisdesk.widgets.map_canvas import measure_geodesic

    # 1 km along the VN-2000 grid is ~1 km on the ground (scale factor 0.9999 near the central meridian)
    d = measure_geodesic([(560_000, 1_820_000), (561_000, 1_820_000)], "EPSG:9214", "distance")
    assert d == pytest.approx(1000, rel=2e-3)
    # one degree of latitude at Huế, against the meridian-arc formula
    d = measure_geodesic([(107.6, 16.0), (107.6, 17.0)], "EPSG:4326", "distance")
    assert d == pytest.approx(110_700, rel=3e-3)
    a = measure_geodesic([(560_000, 1_820_000), (561_000, 1_820_000), (561_000, 1_821_000), (560_000, 1_821_000)],
                         "EPSG:9214", "area")
    assert a == pytest.approx(1e6, rel=4e-3)
    # through the canvas, in pixels
    p0, p1 = _pixel(canvas, 560_000, 1_820_000), _pixel(canvas, 560_500, 1_820_000)
    assert canvas.measure_pixels([p0, p1], "distance") == pytest.approx(500, rel=5e-3)


def test_wheel_zoom_and_pan_keep_the_point_under_the_cursor(canvas, qtbot):
    before = canvas.extent
    canvas.zoom_by(0.5, (560_500, 1_820_500))
    after = canvas.extent
    assert (after[2] - after[0]) == pytest.approx((before[2] - before[0]) / 2, rel=1e-6)
    canvas.pan_by_pixels(100, 0)
    moved = canvas.extent
    assert moved[0] < after[0]  # dragging right shows what lies to the west


def test_a_million_points_do_not_block_the_gui_thread(qtbot):
    from PySide6.QtCore import QTimer

    from gisdesk.widgets.map_canvas import MapCanvas

    rng = np.random.default_rng(1)
    n = 1_000_000
    gdf = gpd.GeoDataFrame({"c": rng.integers(0, 8, n)},
                           geometry=gpd.points_from_xy(rng.normal(107.58, 0.05, n), rng.normal(16.46, 0.04, n)),
                           crs=4326)
    project = Project(crs="EPSG:9214")
    project.add_layer(VectorLayer(gdf, name="requests"))
    canvas = MapCanvas(project)
    canvas.resize(800, 600)
    qtbot.addWidget(canvas)
    canvas.show()
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    canvas.refresh_now()
    assert canvas.rendering
    assert canvas.wait_for_render(120_000)
    timer.stop()
    assert canvas._image is not None
    # the event loop kept running while the worker drew: many timer ticks were served
    assert len(ticks) >= 3, len(ticks)


def test_selection_overlay_is_drawn(canvas):
    from PySide6.QtGui import QColor

    squares = canvas.project.layers.by_name("squares")
    canvas.project.layers.by_name("points").visible = False
    squares.selection = [0]
    image = canvas.grab().toImage()
    # the outline of square "a" (560000..560200 x 1820000..1820200) is drawn in the highlight colour
    px, py = _pixel(canvas, 560_000, 1_820_100)
    found = any(QColor(image.pixel(int(px) + dx, int(py))).name() == "#ffc800" for dx in range(-2, 3))
    assert found


def test_changing_the_project_crs_keeps_the_view(canvas):
    before = canvas.extent
    canvas.project.crs = "EPSG:4326"
    assert canvas.wait_for_render()
    minx, miny, maxx, maxy = canvas.extent
    assert 107.5 < minx < maxx < 107.7 and 16.3 < miny < maxy < 16.6  # the same place, now in degrees
    canvas.project.crs = "EPSG:9214"
    assert canvas.wait_for_render()
    cx = (canvas.extent[0] + canvas.extent[2]) / 2
    assert abs(cx - (before[0] + before[2]) / 2) < 5


def test_a_layer_arriving_during_a_render_does_not_discard_the_frame(qtbot):
    """While a project opens, each layer that arrives would cancel the frame being drawn and nothing would
    reach the screen before the last one: the running frame is finished and shown, then drawn again."""
    from gisdesk.widgets.map_canvas import MapCanvas

    rng = np.random.default_rng(2)
    n = 300_000
    pts = VectorLayer(PointData(pd.DataFrame({"c": rng.integers(0, 8, n)}), rng.uniform(560_000, 570_000, n),
                                rng.uniform(1_815_000, 1_825_000, n), crs="EPSG:9214"), name="requests")
    project = Project(crs="EPSG:9214")
    project.add_layer(pts)
    canvas = MapCanvas(project)
    canvas.resize(800, 600)
    qtbot.addWidget(canvas)
    canvas.show()
    canvas.set_extent((560_000, 1_815_000, 570_000, 1_825_000))
    canvas.refresh_now()
    first = canvas._job
    assert first is not None
    frames = []
    canvas.rendered.connect(lambda _s: frames.append(len(canvas._job_inputs[1]) if canvas._job_inputs else None))
    wards = gpd.GeoDataFrame({"n": [1]}, geometry=[box(561_000, 1_816_000, 569_000, 1_824_000)],
                             crs="EPSG:9214")
    project.add_layer(VectorLayer(wards, name="wards"))  # arrives while the points are being drawn
    canvas.refresh_now()
    assert canvas._job is first and not first.is_cancelled()  # not thrown away
    assert canvas.wait_for_render(60_000)
    assert len(frames) == 2  # the first frame was shown, then one with the newcomer
    assert canvas._image is not None
    # a change of view still cancels at once: the old frame is of no use
    canvas.refresh_now()
    job = canvas._job
    canvas.set_extent((562_000, 1_817_000, 566_000, 1_821_000))
    canvas.refresh_now()
    assert job.is_cancelled() and canvas._job is not job
    assert canvas.wait_for_render(60_000)
