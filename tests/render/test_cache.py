"""RenderCache: reprojection once per layer and CRS, layer images reused, thread-safe preparation."""

from __future__ import annotations

import threading

import numpy as np

from gisdesk.layers import VectorLayer
from gisdesk.render import MapSettings, RenderCache, render_image
from gisdesk.render import draw as draw_mod
from gisdesk.render import geometry as geometry_mod
from tests.render.conftest import FRAME, MAP_CRS, dense_points_wgs84, lines_gdf


def _count_reprojections(monkeypatch):
    calls = []
    real = geometry_mod.transform_coords

    def counting(x, y, src, dst):
        if src and dst and src != dst:
            calls.append(len(x))
        return real(x, y, src, dst)

    monkeypatch.setattr(geometry_mod, "transform_coords", counting)
    return calls


def test_second_render_does_not_reproject(gui_app, monkeypatch):
    calls = _count_reprojections(monkeypatch)
    layer = VectorLayer(dense_points_wgs84(2000), name="requests")
    s = MapSettings(FRAME, (200, 150), MAP_CRS)
    cache = RenderCache()
    render_image(s, [layer], cache=cache)
    assert calls == [2000]
    cache.clear_images()  # draw again for real, from the prepared data
    render_image(s.with_extent((FRAME[0], FRAME[1], FRAME[0] + 500, FRAME[1] + 400)), [layer], cache=cache)
    assert calls == [2000]
    # new data: prepared again, once
    layer.data = dense_points_wgs84(300)
    render_image(s, [layer], cache=cache)
    render_image(s, [layer], cache=cache)
    assert calls == [2000, 300]
    # another map CRS: prepared again for it
    render_image(MapSettings((107.0, 16.0, 108.0, 17.0), (200, 150), "EPSG:4326"), [layer], cache=cache)
    assert calls == [2000, 300]  # the layer's own CRS: nothing to reproject
    render_image(MapSettings((0, 0, 1, 1), (20, 15), "EPSG:3405"), [layer], cache=cache)
    assert calls == [2000, 300, 300]


def test_unchanged_layers_are_blitted(gui_app, monkeypatch):
    drawn = []
    real = draw_mod.draw_layer
    monkeypatch.setattr(draw_mod, "draw_layer", lambda p, s, layer, **kw: drawn.append(layer.name) or real(
        p, s, layer, **kw))
    a = VectorLayer(lines_gdf(), name="a")
    b = VectorLayer(dense_points_wgs84(500), name="b")
    s = MapSettings(FRAME, (200, 150), MAP_CRS)
    cache = RenderCache()
    first = render_image(s, [a, b], cache=cache)
    assert drawn == ["a", "b"]
    second = render_image(s, [a, b], cache=cache)
    assert drawn == ["a", "b"] and second == first
    b.style = {"kind": "single", "fill": [0, 0, 0, 255], "size": 2}
    b.opacity = 0.5  # opacity is applied when composing: it does not redraw a layer
    render_image(s, [a, b], cache=cache)
    assert drawn == ["a", "b", "b"]
    render_image(s.with_size((100, 75)), [a, b], cache=cache)
    assert drawn == ["a", "b", "b", "a", "b"]


def test_concurrent_requests_prepare_once(monkeypatch):
    started = threading.Event()
    release = threading.Event()
    calls = []
    real = geometry_mod.prepare_geometries

    def slow(*args):
        calls.append(1)
        started.set()
        release.wait(5)
        return real(*args)

    import gisdesk.render.cache as cache_mod

    monkeypatch.setattr(cache_mod, "prepare_geometries", slow)
    layer = VectorLayer(dense_points_wgs84(100), name="p")
    cache = RenderCache()
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.geometry(layer, MAP_CRS))) for _ in range(3)]
    threads[0].start()
    started.wait(5)
    for t in threads[1:]:
        t.start()
    release.set()
    for t in threads:
        t.join(5)
    assert len(calls) == 1 and len(results) == 3
    assert all(r is results[0] for r in results)
    assert np.isfinite(results[0].points.x).all()


def test_removed_layers_are_forgotten():
    import gc

    cache = RenderCache()
    layer = VectorLayer(dense_points_wgs84(50), name="p")
    cache.geometry(layer, MAP_CRS)
    assert len(cache._entries) == 1
    del layer
    gc.collect()
    assert len(cache._entries) == 0
