"""draw_map / render_image against golden images, and behaviour that a picture shows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

from gisdesk.layers import RasterLayer, VectorLayer
from gisdesk.render import MapSettings, RenderCache, draw_map, render_image
from gisdesk.render import draw as draw_mod
from tests.render.conftest import (
    FRAME,
    MAP_CRS,
    X0,
    Y0,
    dense_points_wgs84,
    image_array,
    lines_gdf,
    points_gdf,
    polygons_gdf,
    write_raster,
)

SIZE = (200, 150)
FILL_ON_WHITE = (158, 189, 233)  # (100, 150, 220) at alpha 160 over white


def settings(extent=FRAME, size=SIZE, **kw):
    return MapSettings(extent, size, MAP_CRS, **kw)


def poly_layer(**style):
    return VectorLayer(polygons_gdf(), name="polys", style={
        "kind": "single", "fill": [100, 150, 220, 160], "stroke": [20, 40, 90, 255], "stroke_width": 0.5, **style})


def cat_points_layer(n=20000):
    cats = [{"value": v, "label": v, "symbol": {"fill": c, "stroke": [0, 0, 0, 0], "size": 0.8}}
            for v, c in (("VSMT", [228, 26, 28, 255]), ("CSCC", [55, 126, 184, 255]), ("GTDB", [77, 175, 74, 255]))]
    return VectorLayer(dense_points_wgs84(n), name="requests",
                       style={"kind": "categorized", "column": "code", "categories": cats, "other": None})


# ------------------------------------------------------------------------------------------------
# golden images
# ------------------------------------------------------------------------------------------------
def test_golden_polygons(gui_app, golden):
    img = render_image(settings(), [poly_layer()])
    golden(img, "polygons")
    px = image_array(img)
    assert tuple(px[90, 20][:3]) == FILL_ON_WHITE  # inside the holed square, (200, 600) m
    assert tuple(px[112, 42][:3]) == (255, 255, 255)  # the hole's centre, (425, 375) m


def test_golden_lines(gui_app, golden):
    layer = VectorLayer(lines_gdf(), name="lines", style={
        "kind": "single", "fill": [0, 0, 0, 0], "stroke": [225, 130, 40, 255], "stroke_width": 0.8})
    golden(render_image(settings(), [layer]), "lines")


def test_golden_points(gui_app, golden):
    layer = VectorLayer(points_gdf(), name="stations", style={
        "kind": "single", "fill": [25, 55, 140, 255], "stroke": [255, 255, 255, 255], "stroke_width": 0.3,
        "size": 3.0})
    golden(render_image(settings(), [layer]), "points")


def test_golden_categorized_dense_points(gui_app, golden):
    layer = cat_points_layer()
    img = render_image(settings(), [poly_layer(), layer])
    golden(img, "categorized_points")
    px = image_array(img)
    colours = {tuple(c) for c in px.reshape(-1, 4)[:, :3].tolist()}
    assert {(228, 26, 28), (55, 126, 184), (77, 175, 74)} <= colours


@pytest.mark.parametrize("crs,name", [(MAP_CRS, "raster"), ("EPSG:4326", "raster_warped")])
def test_golden_raster(gui_app, golden, tmp_path, crs, name):
    layer = RasterLayer(str(write_raster(tmp_path / "r.tif", crs)), style={"kind": "raster", "ramp": "terrain"})
    img = render_image(settings(), [layer])
    golden(img, name, max_fraction=0.02)
    px = image_array(img)
    assert tuple(px[5, 5][:3]) == (255, 255, 255)  # the nodata corner shows the background
    assert tuple(px[140, 190][:3]) != (255, 255, 255)


def test_golden_heatmap(gui_app, golden):
    layer = cat_points_layer(5000)
    layer.style = {"kind": "heatmap", "radius_mm": 4.0, "ramp": "heat", "weight": None, "max_value": None}
    golden(render_image(settings(), [layer]), "heatmap")


def test_golden_stack_with_opacity(gui_app, golden, tmp_path):
    raster = RasterLayer(str(write_raster(tmp_path / "r.tif")), style={"kind": "raster"}, opacity=0.5)
    lines = VectorLayer(lines_gdf(), name="lines", style={
        "kind": "single", "fill": [0, 0, 0, 0], "stroke": [225, 130, 40, 255], "stroke_width": 0.8})
    hidden = poly_layer()
    hidden.visible = False
    golden(render_image(settings(), [raster, hidden, lines, VectorLayer(points_gdf(), name="p")]), "stack")


# ------------------------------------------------------------------------------------------------
# behaviour
# ------------------------------------------------------------------------------------------------
def test_layers_draw_bottom_to_top_with_opacity(gui_app):
    def square(colour, opacity=1.0):
        gdf = polygons_gdf().iloc[[2]]  # square "a"
        return VectorLayer(gdf, name="sq", opacity=opacity,
                           style={"kind": "single", "fill": colour, "stroke": [0, 0, 0, 0]})
    centre = (150 - 105, 125)  # (row, col) of (1250, 1050) m
    px = image_array(render_image(settings(), [square([255, 0, 0, 255]), square([0, 0, 255, 255])]))
    assert tuple(px[centre][:3]) == (0, 0, 255)
    px = image_array(render_image(settings(), [square([255, 0, 0, 255]), square([0, 0, 255, 255], 0.5)]))
    r, g, b = px[centre][:3]
    assert 120 <= r <= 135 and g == 0 and 120 <= b <= 135


def test_sparse_and_dense_points_draw_the_same_places(gui_app, monkeypatch):
    layer = VectorLayer(points_gdf(200), name="p", style={"kind": "single", "fill": [0, 0, 0, 255],
                                                         "stroke": [0, 0, 0, 0], "size": 1.0})
    sparse = image_array(render_image(settings(), [layer]))[..., 0] < 128
    monkeypatch.setattr(draw_mod, "DENSE_POINTS", 10)
    dense = image_array(render_image(settings(), [layer]))[..., 0] < 128
    assert dense.sum() > 200
    assert (sparse == dense).mean() > 0.98


def test_deep_zoom_clips_huge_polygons(gui_app, monkeypatch):
    # a 1 cm window inside square "a": the square is 10 million pixels wide, clipped before drawing
    clipped = []
    real = draw_mod._clip_huge
    monkeypatch.setattr(draw_mod, "_clip_huge", lambda *a: clipped.append(1) or real(*a))
    layer = poly_layer(stroke=[0, 0, 0, 0])
    s = settings(extent=(X0 + 1200, Y0 + 900, X0 + 1200.01, Y0 + 900.0075))
    px = image_array(render_image(s, [layer]))
    assert clipped
    close = (np.abs(px[..., :3].astype(int) - FILL_ON_WHITE) <= 1).all(axis=2)
    assert close.mean() > 0.99  # the fill everywhere


def test_draw_map_on_a_pdf(gui_app, tmp_path):
    out = tmp_path / "map.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QSizeF(200, 150), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    painter = QPainter(writer)
    s = settings(size=(writer.width(), writer.height()), dpi=300)
    draw_map(painter, s, [poly_layer(), VectorLayer(lines_gdf(), name="l"), cat_points_layer(3000)])
    painter.end()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_cancel_between_layers(gui_app):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2  # lets the first layer through

    img = render_image(settings(), [poly_layer(), VectorLayer(lines_gdf(), name="l")], cancel=cancel)
    px = image_array(img)
    assert (px[..., 3] > 0).any()
    assert not ((px[..., 0] == 225) & (px[..., 1] == 130)).any()  # the line layer was not drawn


def test_labels_with_halo_and_without_overlaps(gui_app, monkeypatch):
    gdf = points_gdf(60, seed=4)
    gdf["label"] = [f"Trạm {i}" for i in range(60)]
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 255], "size": 1.0,
                                              "labels": {"column": "label", "size_pt": 8, "color": [200, 0, 0, 255],
                                                         "halo_color": [255, 255, 0, 255],
                                                         "halo_width_mm": 0.5}})
    from gisdesk.render import labels as labels_mod

    placed = []
    real_place = labels_mod.place_labels

    def spy(settings, jobs):
        out = real_place(settings, jobs)
        placed.extend(out)
        return out

    monkeypatch.setattr(labels_mod, "place_labels", spy)
    px = image_array(render_image(settings(size=(400, 300)), [layer]))
    assert 5 <= len(placed) < 60  # some labels, not all: 60 labels do not fit without overlapping
    red = (px[..., 0] > 150) & (px[..., 1] < 80) & (px[..., 2] < 80)
    halo = (px[..., 0] > 200) & (px[..., 1] > 200) & (px[..., 2] < 80)
    assert red.sum() > 50 and halo.sum() > red.sum()
    # no two placed labels overlap
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            assert (a.left + a.width <= b.left or b.left + b.width <= a.left
                    or a.top + a.height <= b.top or b.top + b.height <= a.top)


def test_broken_style_falls_back_to_default(gui_app):
    layer = VectorLayer(points_gdf(), name="p", style={"kind": "nonsense"})
    px = image_array(render_image(settings(), [layer]))
    assert (px[..., :3] != 255).any(axis=2).sum() > 30


def test_cache_does_not_change_the_picture(gui_app):
    layers = [poly_layer(), VectorLayer(lines_gdf(), name="l"), cat_points_layer(3000)]
    a = image_array(render_image(settings(), layers))
    cache = RenderCache()
    b = image_array(render_image(settings(), layers, cache=cache))
    c = image_array(render_image(settings(), layers, cache=cache))
    assert np.array_equal(b, c)  # the second frame blits the cached layer images
    # layer images composed on the map round premultiplied colours a little differently (once per overlapping
    # marker edge: circles are drawn one by one)
    assert np.abs(a.astype(int) - b.astype(int)).max() <= 3


def test_rgb_raster_keeps_its_colours(gui_app, tmp_path):
    import rasterio
    from rasterio.transform import from_bounds

    path = tmp_path / "rgb.tif"
    data = np.zeros((3, 30, 40), dtype=np.uint8)
    data[0, :, :20] = 200  # red left half
    data[2, :, 20:] = 180  # blue right half
    with rasterio.open(path, "w", driver="GTiff", width=40, height=30, count=3, dtype="uint8", crs=MAP_CRS,
                       transform=from_bounds(*FRAME, 40, 30)) as ds:
        ds.write(data)
    px = image_array(render_image(settings(), [RasterLayer(str(path))]))
    assert tuple(px[75, 50][:3]) == (200, 0, 0)
    assert tuple(px[75, 150][:3]) == (0, 0, 180)


def test_too_many_labels_are_capped_not_dropped(gui_app, monkeypatch):
    """More candidates in view than MAX_CANDIDATES: at most that many are tried (spread over the map by a
    grid), and labels are still drawn."""
    from gisdesk.render import labels as labels_mod

    gdf = points_gdf(50, seed=6)
    gdf["label"] = "x"
    layer = VectorLayer(gdf, name="p", style={"kind": "single", "fill": [0, 0, 0, 0], "stroke": [0, 0, 0, 0],
                                              "labels": {"column": "label", "size_pt": 10, "color": [255, 0, 0, 255]}})
    red = lambda img: ((image_array(img)[..., 0] > 200) & (image_array(img)[..., 1] < 60)).sum()
    assert red(render_image(settings(), [layer])) > 0
    tried = []
    real_make = labels_mod.make_job
    monkeypatch.setattr(labels_mod, "make_job", lambda *a, **k: tried.append(real_make(*a, **k)) or tried[-1])
    monkeypatch.setattr(labels_mod, "MAX_CANDIDATES", 7)
    assert red(render_image(settings(), [layer])) > 0
    assert tried and 0 < len(tried[0]) <= 7


def test_cancel_between_symbol_groups(gui_app):
    layer = VectorLayer(polygons_gdf(), name="polys", style={
        "kind": "categorized", "column": "kind", "categories": [
            {"value": "x", "symbol": {"fill": [255, 0, 0, 255], "stroke": [0, 0, 0, 0]}},
            {"value": "y", "symbol": {"fill": [0, 0, 255, 255], "stroke": [0, 0, 0, 0]}}]})
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2  # the layer, its polygons, the first group; not the second

    from PySide6.QtGui import QImage as _QImage

    img = _QImage(200, 150, _QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    ok = draw_mod.draw_layer(p, settings(), layer, cancel=cancel)
    p.end()
    px = image_array(img)
    assert ok is False
    assert ((px[..., 0] == 255) & (px[..., 2] == 0)).any()  # the first group (red) was drawn
    assert not ((px[..., 2] == 255) & (px[..., 0] == 0)).any()  # the second (blue) was not


def test_heatmap_weights(gui_app):
    layer = cat_points_layer(3000)
    data = layer.data.copy()
    data["w"] = np.where(data["code"] == "VSMT", 0.0, 1.0)  # the red cluster (bottom left) weighs nothing
    layer.data = data
    style = {"kind": "heatmap", "radius_mm": 3.0, "ramp": "heat", "weight": None, "max_value": 5}
    layer.style = style
    before = image_array(render_image(settings(background=(0, 0, 0, 0)), [layer]))[..., 3]
    layer.style = {**style, "weight": "w"}
    after = image_array(render_image(settings(background=(0, 0, 0, 0)), [layer]))[..., 3]
    red, blue = (100, 50), (50, 140)  # the centres of the weightless and of a weighted cluster
    assert before[red] > 200 and after[red] < 0.5 * before[red]  # only the other clusters' fringes left
    assert after[blue] == before[blue] > 200


@pytest.mark.parametrize("style", [
    None,  # categorized (cat_points_layer's style)
    {"kind": "heatmap", "radius_mm": 4.0, "ramp": "heat", "weight": None, "max_value": None},
    {"kind": "single", "fill": [0, 0, 0, 255], "size": 1.0,
     "labels": {"column": "code", "size_pt": 8, "color": [200, 0, 0, 255]}},
])
def test_points_held_as_arrays_draw_the_same_picture(gui_app, style):
    """A layer read as PointData (coordinate arrays) and the same layer as a GeoDataFrame: one picture, with
    and without the cache, and the arrays never become shapely points."""
    from gisdesk.layers import PointData

    frame_layer = cat_points_layer(300 if style and "labels" in style else 3000)
    gdf = frame_layer.data
    if style is not None:
        frame_layer.style = style
    gdf.loc[gdf.index[::50], gdf.geometry.name] = None  # some rows without a point
    frame_layer.data = gdf
    arrays = PointData(gdf.drop(columns=gdf.geometry.name), gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy(),
                       crs=gdf.crs)
    array_layer = VectorLayer(arrays, name="requests", style=frame_layer.style)
    a = image_array(render_image(settings(size=(400, 300)), [frame_layer]))
    b = image_array(render_image(settings(size=(400, 300)), [array_layer]))
    c = image_array(render_image(settings(size=(400, 300)), [array_layer], cache=RenderCache()))
    assert (a[..., 3] > 0).sum() > 1000
    if style and "labels" in style:
        assert ((a[..., 0] > 150) & (a[..., 1] < 80) & (a[..., 2] < 80)).sum() > 50  # red label text
    assert np.array_equal(a, b)
    assert np.abs(a.astype(int) - c.astype(int)).max() <= 2
    assert not array_layer.geometries_built


@pytest.mark.parametrize("n,plain_colour", [
    (50, (220, 0, 0)),  # marker by marker: drawn class by class (one path per symbol) in any case
    (20_000, (128, 128, 128)),  # aggregated to pixels: in feature order unless the style asks for levels
])
def test_symbol_levels_put_the_last_class_on_top(gui_app, n, plain_colour):
    """A red "overdue" point first in feature order, under many grey "closed" ones at the same place: with
    symbol levels the red class is drawn last, on top, however many points there are."""
    import pandas as pd

    from gisdesk.layers import PointData

    state = np.array(["overdue"] + ["closed"] * (n - 1), dtype=object)
    cx, cy = (FRAME[0] + FRAME[2]) / 2, (FRAME[1] + FRAME[3]) / 2
    pts = PointData(pd.DataFrame({"state": pd.array(state, dtype="str")}), np.full(n, cx), np.full(n, cy),
                    crs=MAP_CRS)
    cats = [{"value": "closed", "label": "closed", "symbol": {"fill": [128, 128, 128, 255], "stroke": [0, 0, 0, 0],
                                                               "size": 3.0}},
            {"value": "overdue", "label": "overdue", "symbol": {"fill": [220, 0, 0, 255], "stroke": [0, 0, 0, 0],
                                                                 "size": 3.0}}]
    style = {"kind": "categorized", "column": "state", "categories": cats, "other": None}
    centre = (SIZE[1] // 2, SIZE[0] // 2)
    plain = image_array(render_image(settings(), [VectorLayer(pts, name="r", style=style)]))
    levels = image_array(render_image(settings(), [VectorLayer(pts, name="r", style={**style, "symbol_levels": True})]))
    assert tuple(plain[centre][:3]) == plain_colour
    assert tuple(levels[centre][:3]) == (220, 0, 0)


def test_raster_colours_do_not_change_with_the_view(gui_app, tmp_path):
    """A one-band raster is stretched over its whole value range, not over the part in view: a cell keeps its
    colour when the map zooms in, and the legend's numbers are the raster's (as on paper and in the HTML map)."""
    from gisdesk.render.raster import raster_legend

    layer = RasterLayer(str(write_raster(tmp_path / "r.tif")), style={"kind": "raster", "ramp": "terrain"})
    assert layer.value_range(1) == (50.0, 485.0)  # the nodata corner (rows 0-7, columns 0-9) is left out
    full = image_array(render_image(settings(), [layer]))
    # zoom on the lower right quarter: the same ground point (x0 + 1750 m, y0 + 200 m) in both frames
    quarter = (X0 + 1000.0, Y0, X0 + 2000.0, Y0 + 750.0)
    zoomed = image_array(render_image(settings(extent=quarter), [layer]))
    at_full = full[150 - int(200 / 10), int(1750 / 10)]  # 10 m per pixel
    at_zoom = zoomed[150 - int(200 / 5), int(750 / 5)]  # 5 m per pixel
    assert np.abs(at_full[:3].astype(int) - at_zoom[:3].astype(int)).max() <= 2
    heading, ramp = raster_legend(layer)
    assert heading.label == layer.name and ramp.ramp_labels == ("50", "485")
    layer.style = {"kind": "raster", "ramp": "terrain", "min": 0, "max": 0.5}
    assert raster_legend(layer)[1].ramp_labels == ("0", "0,5")  # the page's decimal comma
