"""Dense point layers aggregated to pixels with numpy (no Python loop per point).

When a frame holds more points than the canvas can show one by one, drawing each marker with Qt is wasted
work: most land on pixels already covered. Instead:

1. every point is snapped to its pixel, and each pixel keeps the last point (highest position) in it
   (``rank_image``, ``np.maximum.at``);
2. the marker is stamped by a grey dilation of that image with the marker's footprint
   (``marker_footprint``): the pixels mostly inside the marker's fill (a disc, or the polygon of its shape:
   square, triangle, star... see ``gisdesk.styles.single.marker_outline``), then those mostly inside its
   outline ring, then an antialiasing fringe of the pixels partly covered;
3. a lookup turns (point -> its symbol, fill / outline / fringe) into colours: one image for the layer.

The picture equals drawing the points one after the other in feature order, each marker as outline then
fill (as QGIS does without symbol levels), with whole-pixel shapes and an antialiased edge where a marker
borders empty pixels. Markers are placed on whole pixels here (a point at 10.7 is drawn centred on pixel 10),
which is what makes the stamping a dilation; the shape is kept, only its sub-pixel position is lost.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from gisdesk.styles.single import marker_outline

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

    fill: np.ndarray  # (k, 2): at least CORE_COVERAGE inside the fill (always the centre pixel)
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


def _shape_coverage(geom: Any, dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """Fraction of each unit pixel centred at (dx, dy) inside the shapely ``geom`` (same sampling as
    ``_coverage``)."""
    import shapely

    if geom.is_empty:
        return np.zeros(dx.shape)
    k = (np.arange(_SUPERSAMPLE) + 0.5) / _SUPERSAMPLE - 0.5
    sx = np.broadcast_to(dx[..., None, None] + k[None, :], (*dx.shape, _SUPERSAMPLE, _SUPERSAMPLE))
    sy = np.broadcast_to(dy[..., None, None] + k[:, None], (*dy.shape, _SUPERSAMPLE, _SUPERSAMPLE))
    return shapely.intersects_xy(geom, sx, sy).mean(axis=(-2, -1))


@functools.lru_cache(maxsize=64)
def marker_footprint(diameter_px: float, stroke_px: float = 0.0, shape: str = "circle") -> Footprint:
    """The footprint of a marker of ``diameter_px`` (for shapes, the side of the box the shape fits).

    A circle has a fill disc of radius ``d/2 - s/2`` (``d/2`` without an outline) and an outline ring up to
    ``d/2 + s/2`` (Qt's pen is centred on the circle). Other shapes: the fill is the shape's polygon shrunk
    by ``s/2`` and the outline reaches ``s/2`` beyond it with round corners (the pen's round join).
    Outlines under ``MIN_STROKE_PX`` are left out."""
    d = max(float(diameter_px), 1.0)
    s = float(stroke_px) if stroke_px >= MIN_STROKE_PX else 0.0
    outline = marker_outline(shape)
    if outline is None:
        r_out = d / 2.0 + s / 2.0
    else:
        r_out = float(np.abs(outline).max()) * d / 2.0 + s / 2.0  # the farthest offset in x or y
    half = math.floor(r_out + 0.5)
    dy, dx = np.mgrid[-half:half + 1, -half:half + 1].astype(np.float64)
    if outline is None:
        cov_fill = _coverage(max(d / 2.0 - s / 2.0, 0.0), dx, dy)
        cov_out = _coverage(r_out, dx, dy)
    else:
        import shapely

        poly = shapely.Polygon(outline * (d / 2.0))
        cov_fill = _shape_coverage(poly.buffer(-s / 2.0) if s > 0 else poly, dx, dy)
        cov_out = _shape_coverage(poly.buffer(s / 2.0) if s > 0 else poly, dx, dy)
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


#: scattering a point's footprint costs about this many times a pixel of a whole-frame dilation step
#: (``np.maximum.at`` with its index arithmetic against a plain ``np.maximum`` over shifted views)
SCATTER_COST = 40
_SCATTER_CHUNK = 1 << 21  # (point, offset) pairs per step of _stamp_many's scattering


def _dilation_ops(offsets: np.ndarray) -> int:
    """Whole-frame array operations ``_dilate_many`` spends on ``offsets``."""
    rows: dict[int, list[int]] = {}
    for dx, dy in offsets.tolist():
        rows.setdefault(dy, []).append(dx)
    if all(sorted(v) == list(range(-max(v), max(v) + 1)) for v in rows.values()):
        return len(rows) + 2 * max((max(v) for v in rows.values()), default=0)
    return len(offsets)


def _stamp_many(src: np.ndarray, targets: list[tuple[np.ndarray, np.ndarray]], margin: int,
                points: int | None = None, delta: int = 0) -> None:
    """``_dilate_many`` of ``src + delta`` (``src`` holds -1 where empty, and stays -1 there), done the
    cheaper way: by whole-frame dilation, or, when few pixels are occupied (several marker shapes, each with
    a share of the points), by scattering each occupied pixel's footprint (cost proportional to the points,
    not to the frame). ``points``: how many points were put in ``src``, an upper bound of the occupied
    pixels that decides without counting them (None: count them)."""
    targets = [(acc, offs) for acc, offs in targets if len(offs)]
    if not targets:
        return
    dilate = sum(_dilation_ops(offs) for _acc, offs in targets) * targets[0][0].size
    per_pixel = SCATTER_COST * sum(len(offs) for _acc, offs in targets)
    occupied = None
    if points is None or per_pixel * points < dilate:
        occupied = np.flatnonzero(src.ravel() >= 0)
    if occupied is None or dilate <= per_pixel * len(occupied):
        if delta:
            src = np.where(src >= 0, src + delta, -1).astype(src.dtype)
        _dilate_many(src, targets, margin)
        return
    ys, xs = np.divmod(occupied, src.shape[1])
    values = src.ravel()[occupied]
    if delta:
        values = values + np.asarray(delta, dtype=values.dtype)
    for acc, offsets in targets:
        h, w = acc.shape
        flat_acc = acc.reshape(-1)  # acc is contiguous: a view
        # a pixel at (Y, X) of src stamps (Y - margin + dy, X - margin + dx) of acc; away from the borders
        # every stamp lands inside, so one flat index per (pixel, offset) does, without bounds checks
        ty, tx = ys - margin, xs - margin
        lo_y, hi_y = -int(offsets[:, 1].min()), h - 1 - int(offsets[:, 1].max())
        lo_x, hi_x = -int(offsets[:, 0].min()), w - 1 - int(offsets[:, 0].max())
        inner = (ty >= lo_y) & (ty <= hi_y) & (tx >= lo_x) & (tx <= hi_x)
        shift = offsets[:, 1].astype(np.int64) * w + offsets[:, 0]
        base = ty[inner] * w + tx[inner]
        vals = values[inner]
        step = max(1, _SCATTER_CHUNK // len(offsets))
        for a in range(0, len(base), step):
            idx = base[a:a + step, None] + shift[None, :]
            np.maximum.at(flat_acc, idx.ravel(), np.repeat(vals[a:a + step], len(offsets)))
        edge = ~inner
        if edge.any():
            ey = ty[edge][:, None] + offsets[None, :, 1]
            ex = tx[edge][:, None] + offsets[None, :, 0]
            ok = (ey >= 0) & (ey < h) & (ex >= 0) & (ex < w)
            ev = np.broadcast_to(values[edge][:, None], ey.shape)
            np.maximum.at(flat_acc, (ey * w + ex)[ok], ev[ok])


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
    (fill RGBA, outline RGBA, diameter px, outline width px[, shape]) per group (shape: a name of
    ``gisdesk.styles.single.MARKER_SHAPES``, "circle" when left out). A pixel inside a marker shows the
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
        raise ValueError("a point's symbol group is out of range")  # programming error
    if n >= 2**27:
        raise ValueError("too many points for the aggregated point renderer")  # programming error
    # footprint classes: groups with the same marker shape and size are stamped together
    shapes: dict[tuple[float, float, str], list[int]] = {}
    outer = np.zeros(n_groups, dtype=np.uint32)  # the colour of a marker's edge: outline if drawn, else fill
    for g, spec in enumerate(symbols):
        fill, stroke, diam, stroke_px = spec[:4]
        shape = spec[4] if len(spec) > 4 else "circle"
        s = stroke_px if stroke[3] > 0 and stroke_px >= MIN_STROKE_PX else 0.0
        shapes.setdefault((round(max(diam, 1.0), 3), round(s, 3), shape), []).append(g)
        outer[g] = premultiplied_argb(stroke if s > 0 else fill)
    code = np.int16 if 2 * n + 1 <= np.iinfo(np.int16).max else np.int32  # half the memory traffic when few
    best = np.full((height, width), -1, dtype=code)  # 2 * point + (1 for fill, 0 for outline)
    touch = np.full((height, width), -1, dtype=code)  # 2 * point + 1 of the last marker touching a pixel
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    enc = np.arange(1, 2 * n + 1, 2, dtype=code)
    prints = {key: marker_footprint(*key) for key in shapes}
    half = max(fp.margin for fp in prints.values())
    shape_of_group = np.zeros(n_groups, dtype=np.int16)
    for c, groups in enumerate(shapes.values()):
        shape_of_group[groups] = c
    if len(shapes) > 1:  # the points of each footprint class together: one stable (radix) sort, then slices
        cls = shape_of_group[group]
        order = np.argsort(cls, kind="stable")
        bounds = np.searchsorted(cls[order], np.arange(len(shapes) + 1))
        cpx, cpy, cenc = px[order], py[order], enc[order]
        del cls, order
    levels = np.zeros((len(shapes), 2 * half + 1, 2 * half + 1), dtype=np.uint32)
    for c, key in enumerate(shapes):
        fp = prints[key]
        m = fp.margin
        levels[c] = fp.level_grid(half)
        if len(shapes) == 1:
            sx, sy, se = px, py, enc
        else:
            a, b = bounds[c], bounds[c + 1]
            sx, sy, se = cpx[a:b], cpy[a:b], cenc[a:b]
        enc_fill = rank_image(sx, sy, se, width + 2 * m, height + 2 * m, code, offset=m)
        # where no marker covers a pixel, the last marker touching it is the last whose fringe does
        _stamp_many(enc_fill, [(best, fp.fill)] + ([(touch, fp.cover)] if len(fp.fringe) else []), m, len(se))
        if len(fp.ring):
            _stamp_many(enc_fill, [(best, fp.ring)], m, len(se), delta=-1)  # the outline: code - 1
    # one colour per (point, outline or fill): best + 1 indexes it directly (0 = nothing, transparent)
    fills = np.array([premultiplied_argb(spec[0]) for spec in symbols], dtype=np.uint32)
    strokes = np.array([premultiplied_argb(spec[1]) for spec in symbols], dtype=np.uint32)
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
