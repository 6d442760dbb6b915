"""Drawing XYZ tiles (gisdesk.render.tiles): the right tile in the right place in EPSG:3857 and EPSG:9214,
offline from the cache, parent tiles for missing ones, broken cached bytes, the background fetch firing
``events.data`` on the GUI thread, and the Huế wards with a basemap rendered with the server gone."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from pyproj import Transformer

from gisdesk.layers.tiles import TileLayer, TilePlan, tile_bounds, tile_span
from gisdesk.render.draw import render_image
from gisdesk.render.settings import MapSettings
from gisdesk.render.tiles import ensure_view_tiles, request_view_tiles
from tests.layers.test_tiles import (  # noqa: F401 - the fixture guards every request
    VIEW_9214,
    VIEW_SIZE,
    TileServer,
    _local_network_only,
    solid_png,
    tile_colour,
)
from tests.render.conftest import image_array


@pytest.fixture
def server():
    s = TileServer()
    yield s
    s.stop()


CLEAR = (0, 0, 0, 0)  # a transparent background: where no tile is drawn, alpha stays 0


def make_layer(url, tmp_path, **kw):
    kw.setdefault("timeout", 0.5)
    return TileLayer(url, cache_dir=tmp_path / "cache", **kw)


def check_tiles_at_pixels(rgba, settings, zoom, margin_px=3.0, min_checked=50):
    """Every sampled pixel further than ``margin_px`` tile pixels from a tile edge has its tile's colour."""
    w, h = settings.size
    res = settings.resolution()
    minx, _, _, maxy = settings.visible_extent()
    px, py = np.meshgrid(np.arange(4, w, 9) + 0.5, np.arange(4, h, 9) + 0.5)
    mx, my = minx + px.ravel() * res, maxy - py.ravel() * res
    if settings.crs != "EPSG:3857":
        mx, my = Transformer.from_crs(settings.crs, "EPSG:3857", always_xy=True).transform(mx, my)
    s = tile_span(zoom)
    fx = (np.asarray(mx) + 20037508.342789244) / s
    fy = (20037508.342789244 - np.asarray(my)) / s
    tx, ty = np.floor(fx).astype(int), np.floor(fy).astype(int)
    inner = (np.minimum(fx - tx, 1 - (fx - tx)) * 256 > margin_px) & (np.minimum(fy - ty, 1 - (fy - ty)) * 256 > margin_px)
    cols, rows = px.ravel().astype(int)[inner], py.ravel().astype(int)[inner]
    got = rgba[rows, cols, :3].astype(int)
    want = np.array([tile_colour(zoom, x, y) for x, y in zip(tx[inner], ty[inner], strict=True)])
    bad = np.abs(got - want).max(axis=1) > 3
    assert len(cols) >= min_checked
    assert not bad.any(), f"{bad.sum()} of {len(bad)} pixels show another tile's colour, e.g. at {cols[bad][:3]}"
    return len(cols)


def test_tiles_in_web_mercator_land_on_their_pixels(gui_app, server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    plan = TilePlan(16, 52350, 30100, 52351, 30101)
    settings = MapSettings(extent=plan.bounds, size=(512, 512), crs="EPSG:3857", background=CLEAR)
    ensure_view_tiles([layer], settings, timeout=5)
    assert server.tile_requests() == set(plan.tiles)
    rgba = image_array(render_image(settings, [layer]))
    for (z, x, y), (cx, cy) in zip(plan.tiles, [(128, 128), (384, 128), (128, 384), (384, 384)], strict=True):
        assert tuple(rgba[cy, cx, :3]) == tile_colour(z, x, y)
        assert tuple(rgba[cy - 120, cx - 120, :3]) == tile_colour(z, x, y)  # near its top-left corner too
    check_tiles_at_pixels(rgba, settings, 16)
    assert layer.status() == ""
    layer.close()


@pytest.mark.parametrize("mode", ["affine", "blocks", "warp"])
def test_tiles_are_warped_into_the_hue_crs(gui_app, server, tmp_path, monkeypatch, mode):
    """EPSG:9214 is VN-2000 (another datum): a tile misplaced by the datum shift (about 225 m, ~90 px here)
    or by a transverse Mercator slip would show its neighbour's colour at the sampled pixels. Three ways to
    draw: one affine map for the frame, one per block, GDAL's warper."""
    from gisdesk.render import tiles as render_tiles

    layer = make_layer(server.url(), tmp_path)
    settings = MapSettings(extent=VIEW_9214, size=VIEW_SIZE, crs="EPSG:9214", background=CLEAR)
    ensure_view_tiles([layer], settings, timeout=5)
    plan = layer.view_tiles(VIEW_9214, "EPSG:9214", VIEW_SIZE)
    whole_err = render_tiles._affine_to_frame(plan, settings)[1]
    assert whole_err < 0.05  # a city-sized view: Mercator and VN-2000 / TM-3 are affine to 1/20 pixel
    if mode == "blocks":
        monkeypatch.setattr(render_tiles, "AFFINE_TOLERANCE_PX", whole_err * 0.5)
        assert len(render_tiles._affine_blocks(plan, settings)) > 1
    elif mode == "warp":
        monkeypatch.setattr(render_tiles, "AFFINE_TOLERANCE_PX", -1.0)
        assert render_tiles._affine_blocks(plan, settings) is None
    rgba = image_array(render_image(settings, [layer]))
    assert (rgba[..., 3] == 255).all()  # the whole frame is covered
    assert check_tiles_at_pixels(rgba, settings, plan.zoom) > 1000


def test_offline_draws_what_is_cached_and_says_so(gui_app, server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    plan = TilePlan(16, 52350, 30100, 52351, 30101)
    settings = MapSettings(extent=plan.bounds, size=(512, 512), crs="EPSG:3857", background=CLEAR)
    layer.ensure_tiles(plan.tiles[:3], timeout=5)  # the bottom-right tile never made it
    server.stop()
    ensure_view_tiles([layer], settings, timeout=5)
    assert layer.status() == "offline: showing cached tiles (3 of 4)"
    rgba = image_array(render_image(settings, [layer]))
    assert tuple(rgba[128, 128, :3]) == tile_colour(*plan.tiles[0])
    assert tuple(rgba[384, 128, :3]) == tile_colour(*plan.tiles[2])
    assert rgba[384, 384, 3] == 0  # nothing there, no parent cached either: transparent
    layer.close()


def test_a_missing_tile_is_drawn_from_a_cached_parent(gui_app, server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    parent = (15, 26175, 15050)
    layer.ensure_tiles([parent], timeout=5)
    server.stop()
    b = tile_bounds(16, 52350, 30100)  # the parent's top-left quarter
    settings = MapSettings(extent=b, size=(256, 256), crs="EPSG:3857", background=CLEAR)
    rgba = image_array(render_image(settings, [layer]))
    assert tuple(rgba[128, 128, :3]) == tile_colour(*parent)
    layer.close()


def test_cached_bytes_that_do_not_decode_are_dropped_with_an_error(gui_app, server, tmp_path):
    layer = make_layer(server.url("fakepng"), tmp_path)
    tile = (16, 52350, 30100)
    assert layer.ensure_tiles([tile], timeout=5) == 1  # a PNG signature gets it into the cache
    settings = MapSettings(extent=tile_bounds(*tile), size=(256, 256), crs="EPSG:3857", background=CLEAR)
    rgba = image_array(render_image(settings, [layer]))  # does not raise
    assert (rgba[..., 3] == 0).all()
    assert layer.errors[tile].kind == "image"
    assert layer.cached_tile(tile) is None
    assert "1 of 1 tiles could not be loaded" in layer.status()
    layer.close()


def test_the_attribution_is_written_in_the_corner(gui_app, server, tmp_path):
    layer = make_layer(server.url(), tmp_path, attribution="© gisdesk test tiles")
    plan = TilePlan(16, 52350, 30100, 52351, 30101)
    settings = MapSettings(extent=plan.bounds, size=(512, 512), crs="EPSG:3857", background=CLEAR)
    layer.ensure_tiles(plan.tiles, timeout=5)
    rgba = image_array(render_image(settings, [layer]))
    corner = rgba[495:512, 380:512, :3].astype(int)
    tile_rgb = np.array(tile_colour(*plan.tiles[3]))
    assert (np.abs(corner - tile_rgb).max(axis=2) > 30).mean() > 0.5  # a light box with text over the tile
    assert tuple(rgba[300, 300, :3]) == tile_colour(*plan.tiles[3])
    layer.close()


def test_background_fetch_fires_data_on_the_gui_thread(gui_app, qtbot, server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    settings = MapSettings(extent=VIEW_9214, size=VIEW_SIZE, crs="EPSG:9214", background=CLEAR)
    threads = []
    layer.events.data.connect(lambda: threads.append(threading.current_thread()))
    first = render_image(settings, [layer])  # nothing cached yet: the draw does not wait for the network
    assert (image_array(first)[..., 3] == 0).all() and server.requests == []
    queued = request_view_tiles([layer], settings)
    assert queued == len(layer.view_tiles(VIEW_9214, "EPSG:9214", VIEW_SIZE).tiles)
    qtbot.waitUntil(lambda: bool(threads) and not layer._inflight, timeout=5000)
    assert all(t is threading.main_thread() for t in threads)
    assert len(server.requests) == queued
    assert (image_array(render_image(settings, [layer]))[..., 3] == 255).all()
    assert request_view_tiles([layer], settings) == 0  # all there now
    layer.close()


def test_the_wards_with_a_basemap_render_offline(gui_app, sample_data, server, tmp_path):
    """A project holding a basemap and the Huế wards opens and renders with no network at all."""
    import json

    from gisdesk.core.project import Project

    url = server.url()
    server.stop()  # the tile server is gone before the project is even made
    sample = json.loads((sample_data / "hue_sample.gisdesk").read_text(encoding="utf-8"))
    wards_state = next(dict(s) for s in sample["layers"] if s.get("source_layer") == "wards")
    wards_state["source"] = str(sample_data / wards_state["source"])
    basemap = TileLayer(url, name="Bản đồ nền", attribution="© test", timeout=0.5)
    project = Project.from_dict({"format": "gisdesk-project", "version": 1, "name": "offline",
                                 "crs": "EPSG:9214", "layers": [basemap.get_state(), wards_state]})
    path = project.save(tmp_path / "p.gisdesk")
    loaded = Project.load(path)
    assert not loaded.load_problems
    tiles, wards = loaded.layers
    assert isinstance(tiles, TileLayer) and tiles.name == "Bản đồ nền"
    settings = MapSettings(extent=wards.extent, size=(400, 300), crs=loaded.crs)
    ensure_view_tiles(list(loaded.layers), settings, timeout=3)  # unreachable: gives up quickly
    rgba = image_array(render_image(settings, list(loaded.layers)))
    assert (rgba[..., 3] == 255).all()  # the white background
    dark = (rgba[..., :3].max(axis=2) < 120).mean()
    assert dark > 0.005  # the wards' outlines are drawn
    assert tiles.status().startswith("offline: showing cached tiles (0 of ")
    tiles.close()
