"""Dense point aggregation equals drawing the markers one by one (brute force)."""

from __future__ import annotations

import numpy as np
import pytest

from gisdesk.render.points import marker_footprint, premultiplied_argb, rank_image, splat_points


def test_marker_footprints():
    fp = marker_footprint(1.0)
    assert fp.fill.tolist() == [[0, 0]] and len(fp.ring) == 0
    assert len(fp.fringe) == 0  # a 1 px disc stays inside its pixel
    fp = marker_footprint(3.0)
    # a 3 px disc: the centre and its 4 neighbours are (almost) covered, the corners about half
    assert sorted(map(tuple, fp.fill.tolist())) == [(-1, 0), (0, -1), (0, 0), (0, 1), (1, 0)]
    corners = {tuple(o): lvl for o, lvl in zip(fp.fringe.tolist(), fp.fringe_level.tolist(), strict=True)}
    assert corners == {(-1, -1): 4, (1, -1): 4, (-1, 1): 4, (1, 1): 4}
    # the covered area adds up to the disc's area
    area = len(fp.fill) + fp.fringe_level.sum() / 8
    assert area == pytest.approx(np.pi * 1.5**2, abs=0.2)
    fp = marker_footprint(8.0, 2.0)  # fill radius 3, outline out to 5
    assert np.hypot(*fp.fill.T).max() <= 3.0 + 0.5
    assert np.hypot(*fp.ring.T).min() > 2.5 and np.hypot(*fp.ring.T).max() <= 5.0
    assert fp.margin == 5
    assert len(marker_footprint(6.0, 0.3).ring) == 0  # hairline outlines are not drawn when aggregated


def test_rank_image_equals_brute_force():
    rng = np.random.default_rng(5)
    n = 3000
    px, py = rng.random(n) * 44 - 2, rng.random(n) * 34 - 2  # some outside the 40 x 30 grid
    ranks = rng.integers(0, 7, n)
    got = rank_image(px, py, ranks, 40, 30)
    want = np.full((30, 40), -1)
    for x, y, r in zip(px, py, ranks, strict=True):
        ix, iy = int(np.floor(x)), int(np.floor(y))
        if 0 <= ix < 40 and 0 <= iy < 30:
            want[iy, ix] = max(want[iy, ix], r)
    assert np.array_equal(got, want)


def _brute_force(px, py, group, symbols, w, h):
    """Markers one by one: outline, then fill, point after point; fringes kept apart, drawn where no marker is."""
    core = np.zeros((h, w), dtype=np.uint32)
    has_core = np.zeros((h, w), dtype=bool)
    edge = np.zeros((h, w), dtype=np.uint32)
    for x, y, g in zip(px, py, group, strict=True):
        fill, stroke, diam, sw = symbols[g]
        drawn_outline = stroke[3] > 0 and sw >= 0.5
        fp = marker_footprint(diam, sw if drawn_outline else 0.0)
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


@pytest.mark.parametrize("seed", [0, 1])
def test_splat_equals_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = 400
    w, h = 60, 40
    px, py = rng.random(n) * (w + 10) - 5, rng.random(n) * (h + 10) - 5
    symbols = [
        ((200, 30, 30, 255), (255, 255, 255, 255), 3.0, 0.0),
        ((30, 120, 200, 200), (0, 0, 0, 255), 5.0, 1.0),  # an outline ring, translucent fill
        ((30, 160, 60, 255), (0, 0, 0, 0), 2.0, 1.0),  # invisible outline: not drawn
    ]
    group = rng.integers(0, 3, n)
    got = splat_points(px, py, group, symbols, w, h)
    want = _brute_force(px, py, group, symbols, w, h)
    assert got.shape == (h, w)
    assert np.array_equal(got, want)
    assert (got != 0).mean() > 0.3  # the test draws something


def test_splat_rejects_bad_groups():
    with pytest.raises(ValueError):
        splat_points(np.array([1.0]), np.array([1.0]), np.array([3]), [((0, 0, 0, 255),) * 2 + (3.0, 0.0)], 5, 5)
