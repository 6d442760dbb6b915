"""Dense point layers aggregated to pixels with numpy (no Python loop per point).

When a frame holds more points than the canvas can show one by one, drawing each marker with Qt is wasted
work: most land on pixels already covered. Instead:

1. every point is snapped to its pixel, and each pixel keeps the last point (highest position) in it
   (``rank_image``, ``np.maximum.at``);
2. the marker is stamped by a grey dilation of that image with the marker's footprint
   (``marker_footprint``): the pixels mostly inside the marker's fill disc, then those mostly inside its
   outline ring, then an antialiasing fringe of the pixels partly covered;
3. a lookup turns (point -> its symbol, fill / outline / fringe) into colours: one image for the layer.

The picture equals drawing the points one after the other in feature order, each marker as outline then
fill (as QGIS does without symbol levels), with whole-pixel discs and an antialiased edge where a marker
borders empty pixels.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

RGBA = tuple[int, int, int, int]

#: outlines thinner than this (pixels) are not drawn in the aggregated picture
MIN_STROKE_PX = 0.5
#: partial coverage of fringe pixels in 1/8 steps
FRINGE_LEVELS = 8
#: a pixel at least this much inside a marker is drawn in full; less (down to 1/16): as antialiased fringe
CORE_COVERAGE = 0.75
_SUPERSAMPLE = 16


@dataclass(frozen=True)
class Footprint:
    """Pixel offsets (dx, dy) a marker covers, for a point at a pixel's centre."""

    fill: np.ndarray  # (k, 2): at least CORE_COVERAGE inside the fill disc (always the centre pixel)
    ring: np.ndarray  # (m, 2): at least CORE_COVERAGE inside the outline, not fill
    fringe: np.ndarray  # (f, 2): partly covered (from 1/16 up to CORE_COVERAGE)
    fringe_level: np.ndarray  # (f,): coverage of each fringe pixel in eighths, 1..5

    @property
    def cover(self) -> np.ndarray:
        """Every offset the marker touches (fill, ring and fringe)."""
        return np.concatenate([self.fill, self.ring, self.fringe]).reshape(-1, 2)

    def level_grid(self, half: int) -> np.ndarray:
        """(2 half + 1, 2 half + 1) fringe coverage in eighths at [dy + half, dx + half] (0 elsewhere)."""
        grid = np.zeros((2 * half + 1, 2 * half + 1), dtype=np.uint32)
        if len(self.fringe):
            grid[self.fringe[:, 1] + half, self.fringe[:, 0] + half] = self.fringe_level
        return grid

    @property
    def margin(self) -> int:
        offs = [a for a in (self.fill, self.ring, self.fringe) if len(a)]
        return int(max(np.abs(a).max() for a in offs)) if offs else 0


def _coverage(radius: float, dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """Fraction of each unit pixel centred at (dx, dy) inside the circle of ``radius`` around (0, 0)."""
    k = (np.arange(_SUPERSAMPLE) + 0.5) / _SUPERSAMPLE - 0.5
    sx = dx[..., None, None] + k[None, :]
    sy = dy[..., None, None] + k[:, None]
    return ((sx * sx + sy * sy) <= radius * radius).mean(axis=(-2, -1))


@functools.lru_cache(maxsize=64)
def marker_footprint(diameter_px: float, stroke_px: float = 0.0) -> Footprint:
    """The footprint of a round marker: fill disc of radius ``d/2 - s/2`` (``d/2`` without an outline) and
    outline ring up to ``d/2 + s/2`` (Qt's pen is centred on the circle); outlines under
    ``MIN_STROKE_PX`` are left out."""
    d = max(float(diameter_px), 1.0)
    s = float(stroke_px) if stroke_px >= MIN_STROKE_PX else 0.0
    r_fill = max(d / 2.0 - s / 2.0, 0.0)
    r_out = d / 2.0 + s / 2.0
    half = math.floor(r_out + 0.5)
    dy, dx = np.mgrid[-half:half + 1, -half:half + 1].astype(np.float64)
    cov_fill = _coverage(r_fill, dx, dy)
    cov_out = _coverage(r_out, dx, dy)
    fill = cov_fill >= CORE_COVERAGE
    fill[half, half] = True
    ring = (cov_out >= CORE_COVERAGE) & ~fill if s > 0 else np.zeros_like(fill)
    level = np.rint(cov_out * FRINGE_LEVELS).astype(np.int64)
    fringe = ~fill & ~ring & (level >= 1)
    ix, iy = dx.astype(np.int64), dy.astype(np.int64)
    top = math.ceil(CORE_COVERAGE * FRINGE_LEVELS) - 1
    return Footprint(np.column_stack([ix[fill], iy[fill]]), np.column_stack([ix[ring], iy[ring]]),
                     np.column_stack([ix[fringe], iy[fringe]]), np.minimum(level[fringe], top))


_CHUNK = 1 << 18  # points per step of rank_image: its temporaries stay a few MB for any number of points


def rank_image(px: np.ndarray, py: np.ndarray, ranks: np.ndarray, width: int, height: int,
               dtype: Any = np.int16, offset: float = 0.0) -> np.ndarray:
    """(height, width): the highest rank of the points in each pixel, -1 where there is none.

    ``px``, ``py``: positions in pixels, shifted by ``offset`` (a point at 10.7 is in pixel 10); points
    outside the grid are ignored. Done in chunks (a maximum does not depend on the order), so a million
    points need a few MB of temporaries, not ~50 MB.
    """
    out = np.full(height * width, -1, dtype=dtype)
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    ranks = np.asarray(ranks, dtype=dtype)
    for a in range(0, len(px), _CHUNK):
        cx, cy, cr = px[a:a + _CHUNK], py[a:a + _CHUNK], ranks[a:a + _CHUNK]
        if offset:
            cx, cy = cx + offset, cy + offset
        inside = (cx >= 0) & (cx < width) & (cy >= 0) & (cy < height)
        if not inside.all():
            cx, cy, cr = cx[inside], cy[inside], cr[inside]
        flat = cy.astype(np.int64)  # non-negative here, so truncation is floor
        flat *= width
        flat += cx.astype(np.int64)
        np.maximum.at(out, flat, cr)
    return out.reshape(height, width)


def _dilate_into(acc: np.ndarray, src: np.ndarray, offsets: np.ndarray, margin: int) -> None:
    """acc(p) = max(acc(p), src(p - o)) over ``offsets``; ``src`` is ``acc`` padded by ``margin`` on each side."""
    _dilate_many(src, [(acc, offsets)], margin)


def _dilate_many(src: np.ndarray, targets: list[tuple[np.ndarray, np.ndarray]], margin: int) -> None:
    """``_dilate_into`` for several (acc, offsets) pairs sharing one source.

    Footprints that are discs (each row a symmetric run of offsets) are done row by row: running horizontal
    maxima per half-width, shared by all targets, then one vertical shift per row of the footprint (about
    4r + 1 array operations instead of (2r + 1)^2). Other footprints (rings) go offset by offset.
    """
    spans: list[np.ndarray] = []
    for acc, offsets in targets:
        h, w = acc.shape
        rows: dict[int, list[int]] = {}
        for dx, dy in offsets.tolist():
            rows.setdefault(dy, []).append(dx)
        if not rows:
            continue
        if not all(sorted(v) == list(range(-max(v), max(v) + 1)) for v in rows.values()):
            for dx, dy in offsets.tolist():
                sy, sx = margin - dy, margin - dx
                np.maximum(acc, src[sy:sy + h, sx:sx + w], out=acc)
            continue
        if not spans:
            spans.append(src[:, margin:margin + w])
        for a in range(len(spans), max(max(v) for v in rows.values()) + 1):
            cur = np.maximum(spans[-1], src[:, margin + a:margin + a + w])
            np.maximum(cur, src[:, margin - a:margin - a + w], out=cur)
            spans.append(cur)
        for dy, v in rows.items():
            sy = margin - dy
            np.maximum(acc, spans[max(v)][sy:sy + h], out=acc)


def splat_points(
    px: np.ndarray,
    py: np.ndarray,
    group: np.ndarray,
    symbols: Sequence[tuple[RGBA, RGBA, float, float]],
    width: int,
    height: int,
) -> np.ndarray:
    """Premultiplied ARGB32 pixels (height, width) uint32 of points drawn as markers, in the order given.

    ``px``, ``py``: positions in pixels; ``group``: the index into ``symbols`` of each point; ``symbols``:
    (fill RGBA, outline RGBA, diameter px, outline width px) per group. A pixel inside a marker shows the
    last point (in input order) whose fill or outline covers it, as if the points were drawn one after the
    other, each as outline then fill. A pixel covered by no marker but partly by some (the fringe) shows
    the outer colour of the last of those, with alpha scaled by the part covered.
    """
    n = len(px)
    n_groups = len(symbols)
    group = np.asarray(group)
    if group.dtype.kind not in "iu":
        group = group.astype(np.int64)
    if n and (group.min() < 0 or group.max() >= n_groups):
        raise ValueError("a point's symbol group is out of range")
    if n >= 2**27:
        raise ValueError("too many points for the aggregated point renderer")
    # footprint classes: groups with the same marker shape are stamped together
    shapes: dict[tuple[float, float], list[int]] = {}
    outer = np.zeros(n_groups, dtype=np.uint32)  # the colour of a marker's edge: outline if drawn, else fill
    for g, (fill, stroke, diam, stroke_px) in enumerate(symbols):
        s = stroke_px if stroke[3] > 0 and stroke_px >= MIN_STROKE_PX else 0.0
        shapes.setdefault((round(max(diam, 1.0), 3), round(s, 3)), []).append(g)
        outer[g] = premultiplied_argb(stroke if s > 0 else fill)
    code = np.int16 if 2 * n + 1 <= np.iinfo(np.int16).max else np.int32  # half the memory traffic when few
    best = np.full((height, width), -1, dtype=code)  # 2 * point + (1 for fill, 0 for outline)
    touch = np.full((height, width), -1, dtype=code)  # 2 * point + 1 of the last marker touching a pixel
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    enc = np.arange(1, 2 * n + 1, 2, dtype=code)
    prints = {key: marker_footprint(*key) for key in shapes}
    half = max(fp.margin for fp in prints.values())
    shape_of_group = np.zeros(n_groups, dtype=np.int64)
    levels = np.zeros((len(shapes), 2 * half + 1, 2 * half + 1), dtype=np.uint32)
    for c, (key, groups) in enumerate(shapes.items()):
        fp = prints[key]
        m = fp.margin
        shape_of_group[groups] = c
        levels[c] = fp.level_grid(half)
        if len(shapes) == 1:
            sx, sy, se = px, py, enc
        else:
            sel = np.isin(group, groups)
            sx, sy, se = px[sel], py[sel], enc[sel]
        enc_fill = rank_image(sx, sy, se, width + 2 * m, height + 2 * m, code, offset=m)
        # where no marker covers a pixel, the last marker touching it is the last whose fringe does
        _dilate_many(enc_fill, [(best, fp.fill)] + ([(touch, fp.cover)] if len(fp.fringe) else []), m)
        if len(fp.ring):
            _dilate_into(best, np.where(enc_fill >= 0, enc_fill - 1, -1).astype(code), fp.ring, m)
    # one colour per (point, outline or fill): best + 1 indexes it directly (0 = nothing, transparent)
    fills = np.array([premultiplied_argb(f) for f, _s, _d, _w in symbols], dtype=np.uint32)
    strokes = np.array([premultiplied_argb(s) for _f, s, _d, _w in symbols], dtype=np.uint32)
    lut = np.zeros(2 * n + 1, dtype=np.uint32)
    lut[1::2] = strokes[group]
    lut[2::2] = fills[group]
    best += 1
    out = lut[best.ravel()]
    fringe_only = np.flatnonzero((best == 0).ravel() & (touch >= 0).ravel())
    if fringe_only.size:
        # the colour of a fringe pixel: its marker's edge colour at the coverage of that offset, from a
        # lookup of (group, eighths) -> premultiplied colour
        shaded = outer.view(np.uint8).reshape(-1, 1, 4).astype(np.uint32) * np.arange(FRINGE_LEVELS)[None, :, None]
        shaded = ((shaded + FRINGE_LEVELS // 2) // FRINGE_LEVELS).astype(np.uint8).reshape(-1, 4)
        shaded = shaded.view(np.uint32).reshape(-1)  # index: group * FRINGE_LEVELS + eighths
        point = touch.ravel()[fringe_only] >> 1
        # the pixel's offset from its point's pixel, as a flat index (|dx|, |dy| <= half: no division)
        off = np.floor(py[point]).astype(np.int64)
        off *= width
        off += np.floor(px[point]).astype(np.int64)
        np.subtract(fringe_only, off, out=off)
        off += half * width + half
        span = 2 * half * width + 2 * half + 1
        by_offset = np.zeros((len(levels), span), dtype=np.int64)  # eighths per (shape, flat offset)
        dy, dx = np.mgrid[0:2 * half + 1, 0:2 * half + 1]
        by_offset[:, (dy * width + dx).ravel()] = levels.reshape(len(levels), -1)
        g = group[point]
        level = by_offset[0][off] if len(levels) == 1 else by_offset[shape_of_group[g], off]
        out[fringe_only] = shaded[g * FRINGE_LEVELS + level]
    return out.reshape(height, width)


def premultiplied_argb(rgba: Sequence[int]) -> int:
    """An RGBA colour as a premultiplied ARGB32 pixel value (what QImage.Format_ARGB32_Premultiplied holds)."""
    r, g, b, a = (int(v) for v in rgba)
    r, g, b = ((c * a + 127) // 255 for c in (r, g, b))
    return (a << 24) | (r << 16) | (g << 8) | b
