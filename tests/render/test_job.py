"""RenderJob: draws on a worker thread, emits the image, and stops when cancelled."""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage

from gisdesk.layers import VectorLayer
from gisdesk.render import MapSettings, RenderCache, RenderJob
from gisdesk.render import draw as draw_mod
from tests.render.conftest import FRAME, MAP_CRS, lines_gdf, points_gdf


def _settings():
    return MapSettings(FRAME, (200, 150), MAP_CRS)


def test_job_emits_image_and_settings(qtbot):
    layers = [VectorLayer(lines_gdf(), name="l"), VectorLayer(points_gdf(), name="p")]
    job = RenderJob(_settings(), layers, RenderCache())
    main_thread = threading.get_ident()
    seen = []
    job.finished.connect(lambda image, settings: seen.append((image, settings, threading.get_ident())))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        job.start()
    image, settings, thread = seen[0]
    assert isinstance(image, QImage) and (image.width(), image.height()) == (200, 150)
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert settings == _settings()
    assert thread == main_thread  # delivered to the GUI thread
    assert job.wait(1) and job.is_done()


def test_cancelled_before_start_emits_nothing(qtbot):
    job = RenderJob(_settings(), [VectorLayer(lines_gdf(), name="l")])
    seen = []
    job.finished.connect(lambda *a: seen.append(a))
    job.cancel()
    job.start()
    assert job.wait(5)
    qtbot.wait(50)
    assert seen == [] and job.image is None


def test_cancel_stops_a_running_job(qtbot, monkeypatch):
    entered = threading.Event()
    release = threading.Event()
    drawn = []
    real = draw_mod.draw_layer

    def slow(painter, settings, layer, **kw):
        drawn.append(layer.name)
        entered.set()
        release.wait(5)
        return real(painter, settings, layer, **kw)

    monkeypatch.setattr(draw_mod, "draw_layer", slow)
    layers = [VectorLayer(lines_gdf(), name=f"l{i}") for i in range(5)]
    job = RenderJob(_settings(), layers, RenderCache())
    seen = []
    job.finished.connect(lambda *a: seen.append(a))
    job.start()
    assert entered.wait(5)
    job.cancel()
    release.set()
    assert job.wait(5)
    qtbot.wait(50)
    assert seen == []
    assert drawn == ["l0"]  # stopped before the next layer


def test_failure_is_reported(qtbot, monkeypatch):
    def broken(*a, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(draw_mod, "draw_layer", broken)
    job = RenderJob(_settings(), [VectorLayer(lines_gdf(), name="l")])
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert "boom" in blocker.args[0]
