"""Which polygon each point falls in, fast for a million points (no Qt).

Semantics are exactly shapely's ``intersects``: a point inside a polygon or on its boundary (outer ring or a
hole's ring, a shared edge, a vertex) pairs with it; a point inside a hole does not; overlapping polygons and
the parts of multipolygons are honoured; None/empty geometries pair with nothing.

How (the structure of the problem): the points' area is cut into a grid of square cells. Every cell that a
polygon's boundary touches, or comes near (within a quarter cell plus a rounding margin), is marked. An
unmarked cell lies wholly on one side of every boundary, and so does every chain of side-by-side unmarked
cells: the unmarked cells are labelled into connected regions (``scipy.ndimage.label``), one point per region
is tested exactly, and every point in that region gets its answer by a table lookup (a region inside two
overlapping polygons pairs its points with both). Only the points in marked
cells (a thin band along the boundaries: a few percent of the points) are tested exactly, against the polygons
whose bounding box holds them, with prepared geometries (``shapely.intersects_xy``). The cell size balances
the cost of the grid (its cells) against the cost of the exact tests (the points near a boundary); the grid
has at most ``MAX_CELLS`` cells. Small inputs, and geometries that are not polygons (a line, a point), are
tested exactly straight away. The polygons are copied before they are prepared: the caller's stay as they were.

Why it is exact: a point in an unmarked cell is joined to its region's test point by a path through unmarked
cells, which no boundary crosses, so it is inside exactly the polygons the test point is inside. Boundaries
are marked through vertices at most half a cell apart (``shapely.segmentize``): every boundary point lies
within a quarter cell of a vertex, and the cells that a square of a quarter cell (plus the margin) around
each vertex touches are marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

#: the grid never has more cells than this (a bool and an int32 per cell: 20 MB at most)
MAX_CELLS = 1 << 22
#: below this many points (with coordinates, near the polygons) the points are tested exactly straight away
GRID_MIN_POINTS = 20_000
#: above this many polygons the exact tests find candidates with an STRtree instead of a loop over polygons
LOOP_MAX_POLYGONS = 2_000
#: points handled per block in the per-point pass (bounds the temporary arrays)
BLOCK = 1 << 21
# cs^3 = _CELL_K * area^2 / (points * boundary length): balances grid cost against exact tests (measured)
_CELL_K = 0.015
_AREAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon
# boundary vertices at most this many cells apart; the square around each is as wide (must stay < 1)
_SPACING = 0.5


def point_polygon_pairs(x: np.ndarray, y: np.ndarray, polygons: Any) -> tuple[np.ndarray, np.ndarray]:
    """Every (point index, polygon index) pair where the point intersects the polygon (a point on a shared
    edge pairs with both polygons; QGIS's native:countpointsinpolygon tests ``contains`` instead and counts such
    a point in neither). ``polygons``: an array or GeoSeries of shapely polygons in the points' CRS; None/empty
    polygons pair with nothing, and so do points without finite coordinates. The pairs come sorted by point
    index, then polygon index."""
    loc = locate_points(x, y, polygons)
    return loc.pairs()


def assign_points(x: np.ndarray, y: np.ndarray, polygons: Any) -> np.ndarray:
    """For each point, the index of one polygon it falls in (the lowest index when several), -1 for none."""
    return locate_points(x, y, polygons).first


@dataclass
class Located:
    """Where points fall: ``first[i]`` is the lowest index of a polygon point i intersects (-1 for none);
    ``extra_point``/``extra_polygon`` are the further (point, polygon) pairs of points that intersect more
    than one polygon (shared edges, overlaps), sorted by point then polygon, each polygon above the point's
    ``first``. ``stats`` says how the work was done (cells, cell size, points tested exactly)."""

    first: np.ndarray
    extra_point: np.ndarray
    extra_polygon: np.ndarray
    stats: dict[str, Any] = field(default_factory=dict)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """All (point index, polygon index) pairs, sorted by point then polygon."""
        first = self.first
        has = first >= 0
        if not len(self.extra_point):
            pi = np.flatnonzero(has)
            return pi.astype(np.int64, copy=False), first[pi]
        n = len(first)
        cnt = has.astype(np.int64)
        cnt += np.bincount(self.extra_point, minlength=n)
        start = np.cumsum(cnt) - cnt
        pi = np.repeat(np.arange(n, dtype=np.int64), cnt)
        gi = np.empty(len(pi), dtype=np.int64)
        gi[start[has]] = first[has]
        ep = self.extra_point
        run_start = np.flatnonzero(np.r_[True, ep[1:] != ep[:-1]])
        rank = np.arange(len(ep)) - np.repeat(run_start, np.diff(np.r_[run_start, len(ep)]))
        gi[start[ep] + 1 + rank] = self.extra_polygon
        return pi, gi

    def counts(self, n_polygons: int, groups: np.ndarray | None = None, n_groups: int = 1) -> np.ndarray:
        """Points per polygon: shape (n_polygons,), or (n_polygons, n_groups) when ``groups`` (a code 0..n_groups-1
        per point; a negative code is not counted) splits them. A point on a shared edge counts in each."""
        first = self.first
        ok = first >= 0
        if groups is None:
            c = np.bincount(first[ok], minlength=n_polygons)
            if len(self.extra_polygon):
                c += np.bincount(self.extra_polygon, minlength=n_polygons)
            return c.astype(np.int64, copy=False)
        groups = np.asarray(groups, dtype=np.int64)
        ok &= groups >= 0
        keys = first[ok] * n_groups + groups[ok]
        eg = groups[self.extra_point]
        eok = eg >= 0
        keys = np.concatenate([keys, self.extra_polygon[eok] * n_groups + eg[eok]])
        c = np.bincount(keys, minlength=n_polygons * n_groups)
        return c.reshape(n_polygons, n_groups).astype(np.int64, copy=False)


def locate_points(x: np.ndarray, y: np.ndarray, polygons: Any, *, cell_size: float | None = None,
                  grid_min_points: int | None = None) -> Located:
    """Where each point falls (see :class:`Located`). ``cell_size`` forces the grid's cell size and
    ``grid_min_points`` the number of points from which the grid is used (both for tests and tuning)."""
    x = np.ascontiguousarray(x, dtype=np.float64).ravel()
    y = np.ascontiguousarray(y, dtype=np.float64).ravel()
    if x.shape != y.shape:
        raise ValueError(f"x and y differ in length ({len(x)} and {len(y)})")  # programming error
    geoms = _as_geometries(polygons)
    n = len(x)
    first = np.full(n, -1, dtype=np.int64)
    stats: dict[str, Any] = {"points": n, "polygons": len(geoms), "grid": None, "exact_tests": 0}
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) if len(geoms) else np.zeros(0, dtype=bool)
    if n == 0 or not present.any():
        return Located(first, _NONE, _NONE, stats)
    # work on prepared copies: the caller's geometries stay untouched (a layer drawn or analysed on another
    # thread at the same time: GEOS prepared geometries build their indexes lazily, not thread-safely)
    geoms = np.where(present, None, geoms)
    geoms[present] = shapely.from_wkb(shapely.to_wkb(_as_geometries(polygons)[present], include_srid=False))
    shapely.prepare(geoms[present])
    areal = present & np.isin(shapely.get_type_id(geoms), _AREAL)
    other = np.flatnonzero(present & ~areal)  # points, lines, collections: always tested exactly
    finite = np.isfinite(x) & np.isfinite(y)
    all_finite = bool(finite.all())
    found_p: list[np.ndarray] = []
    found_g: list[np.ndarray] = []
    if areal.any():
        aidx = np.flatnonzero(areal)
        box, all_inside = _grid_box(x, y, finite, all_finite, shapely.total_bounds(geoms[aidx]))
        if box is not None:
            if all_inside:  # (the usual case: every point has coordinates, in the polygons' bounding box)
                near = None
                n_near = n
            else:
                near = finite & (x >= box[0]) & (x <= box[2]) & (y >= box[1]) & (y <= box[3])
                n_near = int(np.count_nonzero(near))
            limit = GRID_MIN_POINTS if grid_min_points is None else grid_min_points
            if n_near < max(limit, 1):
                near_idx = np.arange(n, dtype=np.int64) if near is None else np.flatnonzero(near)
                p, g = _exact_pairs(x, y, near_idx, geoms, aidx)
                stats["exact_tests"] += n_near
            else:
                p, g = _grid_pairs(x, y, n_near, all_inside, geoms, aidx, box, first, stats, cell_size)
            found_p.append(p)
            found_g.append(g)
    if len(other):
        fidx = np.arange(n, dtype=np.int64) if all_finite else np.flatnonzero(finite)
        p, g = _exact_pairs(x, y, fidx, geoms, other)
        stats["exact_tests"] += len(fidx)
        found_p.append(p)
        found_g.append(g)
    if not any(len(q) for q in found_p):
        return Located(first, _NONE, _NONE, stats)
    return _merge(first, np.concatenate(found_p), np.concatenate(found_g), stats)


_NONE = np.zeros(0, dtype=np.int64)
_NONE.flags.writeable = False


def _merge(first: np.ndarray, p: np.ndarray, g: np.ndarray, stats: dict[str, Any]) -> Located:
    """``first`` (the polygon of each point found by lookup) plus the pairs found otherwise -> a Located."""
    looked_up = first[p] >= 0  # a point with a looked-up polygon and exactly found ones (non-areal geometries)
    if looked_up.any():
        pre = np.unique(p[looked_up])
        p = np.concatenate([p, pre])
        g = np.concatenate([g, first[pre]])
    dp = np.diff(p)
    if not ((dp > 0) | ((dp == 0) & (np.diff(g) > 0))).all():  # not already sorted and unique
        order = np.lexsort((g, p))
        p, g = p[order], g[order]
        keep = np.r_[True, (p[1:] != p[:-1]) | (g[1:] != g[:-1])]  # a pair found twice counts once
        p, g = p[keep], g[keep]
    lead = np.r_[True, p[1:] != p[:-1]]
    first[p[lead]] = g[lead]
    return Located(first, p[~lead], g[~lead], stats)


def _as_geometries(polygons: Any) -> np.ndarray:
    values = getattr(polygons, "values", polygons)  # GeoSeries -> GeometryArray
    return np.asarray(values, dtype=object).ravel()


def _grid_box(x: np.ndarray, y: np.ndarray, finite: np.ndarray, all_finite: bool,
              pbounds: np.ndarray) -> tuple[tuple[float, float, float, float] | None, bool]:
    """The polygons' bounding box cut to the points' (None when they do not meet), and whether every point
    has coordinates inside it."""
    if not finite.any():
        return None, False
    xf, yf = (x, y) if all_finite else (x[finite], y[finite])
    px0, px1, py0, py1 = xf.min(), xf.max(), yf.min(), yf.max()
    x0, x1 = max(pbounds[0], px0), min(pbounds[2], px1)
    y0, y1 = max(pbounds[1], py0), min(pbounds[3], py1)
    if not (x0 <= x1 and y0 <= y1):
        return None, False
    inside = all_finite and x0 == px0 and x1 == px1 and y0 == py0 and y1 == py1
    return (float(x0), float(y0), float(x1), float(y1)), bool(inside)


def _grid_pairs(x: np.ndarray, y: np.ndarray, n_near: int, all_inside: bool, geoms: np.ndarray, aidx: np.ndarray,
                box: tuple[float, float, float, float], first: np.ndarray, stats: dict[str, Any],
                cell_size: float | None) -> tuple[np.ndarray, np.ndarray]:
    """Resolve the points against the areal polygons ``aidx`` with the grid over ``box``: the polygon of
    every point in an unmarked cell inside exactly one polygon goes into ``first``; the pairs of the points in
    marked cells (tested exactly) and in cells inside several polygons are returned."""
    from scipy import ndimage

    bx0, by0, bx1, by1 = box
    w, h = bx1 - bx0, by1 - by0
    scale = max(abs(bx0), abs(bx1), abs(by0), abs(by1), 1.0)
    rings = shapely.boundary(geoms[aidx])
    pad = 1e-9 * scale  # (a box without width or height cannot clip)
    length = float(np.sum(shapely.length(shapely.clip_by_rect(rings, bx0 - pad, by0 - pad, bx1 + pad, by1 + pad))))
    cs = _cell_size(w, h, n_near, length, scale) if cell_size is None else float(cell_size)
    # never more than MAX_CELLS cells, never finer than the coordinates' precision allows
    cs = max(cs, 1e-9 * scale, float(np.sqrt(w * h / MAX_CELLS)))
    while True:
        nx, ny = int((w + cs) / cs) + 2, int((h + cs) / cs) + 2
        if nx * ny <= MAX_CELLS:
            break
        cs *= max(1.01, float(np.sqrt(nx * ny / MAX_CELLS)))
    gx0, gy0 = bx0 - cs, by0 - cs
    inv = 1.0 / cs
    # the boundaries in (and a cell around) the grid; farther parts of a big layer do not matter
    grid_rect = (gx0 - cs, gy0 - cs, gx0 + (nx + 1) * cs, gy0 + (ny + 1) * cs)
    pb = shapely.total_bounds(rings)
    if pb[0] < grid_rect[0] or pb[1] < grid_rect[1] or pb[2] > grid_rect[2] or pb[3] > grid_rect[3]:
        rings = shapely.clip_by_rect(rings, *grid_rect)

    # mark the cells near a boundary: vertices at most cs/2 apart, the cells a square of cs/4 (plus a margin
    # far above the coordinates' rounding errors) around each vertex touches (its corners' cells)
    coords = shapely.get_coordinates(shapely.segmentize(rings, cs * _SPACING))
    band = np.zeros(ny * nx, dtype=bool)
    r = cs * _SPACING / 2 + 1e-4 * cs
    for dy in (-r, r):
        row = np.clip(((coords[:, 1] + dy - gy0) * inv).astype(np.int64), 0, ny - 1) * nx
        for dx in (-r, r):
            band[row + np.clip(((coords[:, 0] + dx - gx0) * inv).astype(np.int64), 0, nx - 1)] = True
    labels, nlab = ndimage.label(~band.reshape(ny, nx))
    flat = labels.ravel()
    stats["grid"] = {"cell_size": cs, "nx": nx, "ny": ny, "regions": int(nlab), "vertices": len(coords),
                     "marked_cells": int(np.count_nonzero(band))}
    del band, labels

    # the region of each point (+1: 0 = outside the grid, 1 = a marked cell, 2.. = regions)
    n = len(x)
    slot = np.empty(n, dtype=np.int32)
    with np.errstate(invalid="ignore"):  # NaN coordinates: their cells are garbage and masked out
        for s in range(0, n, BLOCK):
            fx = (x[s:s + BLOCK] - gx0) * inv
            fy = (y[s:s + BLOCK] - gy0) * inv
            cell = fy.astype(np.int64) * nx + fx.astype(np.int64)
            if all_inside:  # every point lies in the box, a cell or more inside the grid
                slot[s:s + BLOCK] = flat[cell] + 1
                continue
            ok = (fx >= 0) & (fx < nx) & (fy >= 0) & (fy < ny)
            cell[~ok] = 0
            sl = flat[cell] + 1
            sl[~ok] = 0
            slot[s:s + BLOCK] = sl
    # one point of each region that holds points, tested exactly: the answer for every point of the region
    # (from every 61st point first; a second pass finds the regions with points that this missed)
    held = np.bincount(slot, minlength=nlab + 2) > 0
    some = np.full(nlab + 2, -1, dtype=np.int64)
    some[slot[::61]] = np.arange(0, n, 61, dtype=np.int64)
    missed = held & (some < 0)
    missed[:2] = False
    if missed.any():
        pts = np.flatnonzero(missed[slot])
        some[slot[pts]] = pts
    regions = np.flatnonzero(some[2:] >= 0)
    rp, rg = _exact_pairs(x, y, some[2 + regions], geoms, aidx)  # point numbers -> back to regions
    rp = slot[rp].astype(np.int64) - 2
    order = np.lexsort((rg, rp))
    rp, rg = rp[order], rg[order]
    n_in = np.bincount(rp, minlength=nlab)
    code = np.full(nlab + 2, -1, dtype=np.int64)  # polygon; -1 none; -2 marked; -3 several polygons
    code[1] = -2
    if len(rp):
        lead = np.r_[True, rp[1:] != rp[:-1]]
        code[2 + rp[lead]] = rg[lead]
    multi = np.flatnonzero(n_in > 1)
    code[2 + multi] = -3
    c = code[slot]
    np.maximum(c, -1, out=first)

    out_p: list[np.ndarray] = []
    out_g: list[np.ndarray] = []
    if len(multi):
        mp = np.flatnonzero(c == -3)
        mreg = slot[mp].astype(np.int64) - 2
        k = n_in[mreg]
        offs = np.repeat(np.searchsorted(rp, mreg, side="left") - (np.cumsum(k) - k), k) + np.arange(k.sum())
        out_p.append(np.repeat(mp, k))
        out_g.append(rg[offs])
    hard = np.flatnonzero(c == -2)
    stats["exact_tests"] += len(hard) + len(regions)
    if len(hard):
        p, g = _exact_pairs(x, y, hard, geoms, aidx)
        out_p.append(p)
        out_g.append(g)
    if not out_p:
        return _NONE, _NONE
    return np.concatenate(out_p), np.concatenate(out_g)


def _cell_size(w: float, h: float, n_points: int, length: float, scale: float) -> float:
    """The cell size balancing the grid's cells (~ area / cs^2) against the exact tests (~ points x boundary
    length x cs / area)."""
    side = max(w, h)
    if side <= 0:
        return max(1e-9 * scale, 1.0)
    area = max(w, side * 1e-6) * max(h, side * 1e-6)
    if length <= 0 or n_points <= 0:
        return side
    cs = (_CELL_K * area * area / (n_points * length)) ** (1.0 / 3.0)
    return float(min(cs, side))


def _exact_pairs(x: np.ndarray, y: np.ndarray, idx: np.ndarray, geoms: np.ndarray,
                 gidx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (point, geometry) pairs among the points ``idx`` and the geometries ``gidx`` that intersect, by
    shapely on prepared geometries (as values of ``idx`` and ``gidx``), sorted by point then geometry."""
    if not len(idx) or not len(gidx):
        return _NONE, _NONE
    px, py = x[idx], y[idx]
    cand = geoms[gidx]  # prepared by locate_points
    if len(gidx) > LOOP_MAX_POLYGONS or len(idx) < 16 * len(gidx):
        # candidates by bounding box from a tree, then one vectorised test of every candidate pair
        tree = shapely.STRtree(cand)
        pi, gj = tree.query(shapely.points(px, py))
        hit = shapely.intersects_xy(cand[gj], px[pi], py[pi])
        p, g = idx[pi[hit]], gidx[gj[hit]]
    else:
        # many points, few polygons: per polygon, the points in its bounding box (points sorted by x)
        order = np.argsort(px, kind="stable")
        sx, sy = px[order], py[order]
        bounds = shapely.bounds(cand)
        lo = np.searchsorted(sx, bounds[:, 0], side="left")
        hi = np.searchsorted(sx, bounds[:, 2], side="right")
        ps: list[np.ndarray] = []
        gs: list[np.ndarray] = []
        for j in np.flatnonzero(hi > lo):
            a, b = lo[j], hi[j]
            yy = sy[a:b]
            sel = np.flatnonzero((yy >= bounds[j, 1]) & (yy <= bounds[j, 3]))
            if not len(sel):
                continue
            sel += a
            hit = sel[shapely.intersects_xy(cand[j], sx[sel], sy[sel])]
            if len(hit):
                ps.append(order[hit])
                gs.append(np.full(len(hit), gidx[j], dtype=np.int64))
        if not ps:
            return _NONE, _NONE
        p, g = idx[np.concatenate(ps)], np.concatenate(gs)
    o = np.lexsort((g, p))
    return p[o].astype(np.int64, copy=False), g[o].astype(np.int64, copy=False)
