"""MapSettings: aspect-corrected extent, pixel <-> map transforms, scale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from gisdesk.render.settings import MapSettings


def test_visible_extent_grows_to_the_aspect_ratio():
    s = MapSettings((0, 0, 100, 100), (200, 100), "EPSG:9214")
    assert s.visible_extent() == pytest.approx((-50, 0, 150, 100))
    assert s.resolution() == pytest.approx(1.0)
    tall = MapSettings((0, 0, 100, 100), (100, 200), "EPSG:9214")
    assert tall.visible_extent() == pytest.approx((0, -50, 100, 150))


def test_map_to_pixel_and_back():
    s = MapSettings((560000, 1815000, 562000, 1816500), (200, 150), "EPSG:9214")
    t = s.map_to_pixel()
    minx, miny, maxx, maxy = s.visible_extent()
    tl = t.map(QPointF(minx, maxy))
    br = t.map(QPointF(maxx, miny))
    assert (tl.x(), tl.y()) == pytest.approx((0, 0), abs=1e-6)
    assert (br.x(), br.y()) == pytest.approx((200, 150), abs=1e-6)
    for px, py in [(0, 0), (37.5, 120.25), (200, 150)]:
        x, y = s.pixel_to_map(px, py)
        back = t.map(QPointF(x, y))
        assert (back.x(), back.y()) == pytest.approx((px, py), abs=1e-6)


def test_scale_denominator_projected_and_geographic():
    # 10 m per pixel at 96 dpi: a pixel is 0.2645833 mm, so 1:37,795
    s = MapSettings((0, 0, 16000, 10000), (1600, 1000), "EPSG:9214", dpi=96)
    assert s.scale_denominator() == pytest.approx(10 / (0.0254 / 96), rel=1e-9)
    assert s.with_size((800, 500)).scale_denominator() == pytest.approx(2 * s.scale_denominator())
    # geographic: metres per pixel measured on the ellipsoid at the centre (cos(latitude) along x)
    g = MapSettings((107.5, 16.4, 107.7, 16.5), (1600, 800), "EPSG:4326")
    res_deg = g.resolution()
    metres = res_deg * 111_320 * 0.9593  # cos(16.45°) ~ 0.9591, plus the ellipsoid's flattening
    assert g.scale_denominator() == pytest.approx(metres / (0.0254 / 96), rel=5e-3)


def test_copies_and_validation():
    s = MapSettings((0, 0, 10, 10), (100, 100), "EPSG:9214", background=(1, 2, 3))
    assert s.background == (1, 2, 3, 255)
    assert s.with_extent((5, 5, 6, 6)).extent == (5.0, 5.0, 6.0, 6.0)
    assert s.with_size([40, 20]).size == (40, 20)
    assert hash(s) == hash(MapSettings([0, 0, 10, 10], [100, 100], "EPSG:9214", background=(1, 2, 3, 255)))
    with pytest.raises(ValueError):
        MapSettings((0, 0, 0, 10), (100, 100), "EPSG:9214")
    with pytest.raises(ValueError):
        MapSettings((0, 0, 10, 10), (0, 100), "EPSG:9214")
    with pytest.raises(ValueError):
        MapSettings((0, 0, float("nan"), 10), (10, 10), "EPSG:9214")
