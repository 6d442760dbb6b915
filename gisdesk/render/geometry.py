"""Geometry prepared for drawing: flat numpy arrays in the map CRS, built once per layer and CRS.

``prepare_geometries`` explodes a layer's geometries into single parts (rows with a null or empty geometry
are skipped), splits them into points, lines and polygons, and flattens each family into coordinate arrays
with offsets (``PartArrays``/``PointArrays``), reprojected to the map CRS with one vectorised pyproj call per
family (``transform_coords``). A frame then only selects parts (spatial index), gathers their vertex
ranges with numpy and turns them into pixels: no Python loop per feature or per vertex.

Polygons are oriented (shells counter-clockwise, holes clockwise) so a path of many polygons can be
filled with the winding rule: holes stay holes and overlapping polygons of one symbol stay filled.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer

from gisdesk.core.crs import to_crs

Extent = tuple[float, float, float, float]

# shapely type ids
_POINT, _LINESTRING, _LINEARRING, _POLYGON = 0, 1, 2, 3

_local = threading.local()
_GRID = 256  # buckets per side of the point index (256 x 256 cells: 16-bit keys)


def _transformer(src: str, dst: str) -> Transformer:
    """A pyproj Transformer (always_xy), one per thread and CRS pair (Transformers are not shared across threads)."""
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    key = (src, dst)
    t = cache.get(key)
    if t is None:
        t = cache[key] = Transformer.from_crs(to_crs(src), to_crs(dst), always_xy=True)
    return t


def transform_coords(x: np.ndarray, y: np.ndarray, src: str | None, dst: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates from ``src`` to ``dst`` (vectorised; points that cannot be transformed become inf).

    No CRS on either side, or the same CRS: returned as they are.
    """
    if not src or not dst or src == dst or len(x) == 0:
        return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    tx, ty = _transformer(src, dst).transform(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
    return np.asarray(tx, dtype=np.float64), np.asarray(ty, dtype=np.float64)


def transform_extent(extent: Extent, src: str | None, dst: str | None) -> Extent | None:
    """The bounds of ``extent`` (``src``) in ``dst``, densified along the edges; None if it cannot be done."""
    if not src or not dst or src == dst:
        return tuple(float(v) for v in extent)  # type: ignore[return-value]
    try:
        out = _transformer(src, dst).transform_bounds(*extent, densify_pts=21)
    except Exception:  # noqa: BLE001 - pyproj raises ProjError or returns inf for areas outside the CRS
        return None
    if not np.all(np.isfinite(out)) or out[2] <= out[0] or out[3] <= out[1]:
        return None
    return tuple(float(v) for v in out)  # type: ignore[return-value]


def gather_ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The concatenation of ``arange(s, e)`` for every (s, e), without a Python loop."""
    starts = np.asarray(starts, dtype=np.int64)
    lens = np.asarray(ends, dtype=np.int64) - starts
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    out_start = np.cumsum(lens) - lens
    return np.repeat(starts - out_start, lens) + np.arange(total, dtype=np.int64)


# ------------------------------------------------------------------------------------------------
# flattened families
# ------------------------------------------------------------------------------------------------
@dataclass
class PointArrays:
    """Single points: ``x``, ``y`` (map CRS) and the layer row of each."""

    x: np.ndarray
    y: np.ndarray
    rows: np.ndarray
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _grid: tuple[np.ndarray, np.ndarray, float, float] | None = field(default=None, repr=False)
    _bounds: Extent | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if len(self.x):
            self._bounds = (float(self.x.min()), float(self.y.min()), float(self.x.max()), float(self.y.max()))

    def __len__(self) -> int:
        return len(self.x)

    @property
    def bounds(self) -> Extent | None:
        return self._bounds

    @property
    def rows_are_positions(self) -> bool:
        """True when point i is row i (single points, none skipped): per-row arrays apply as they are."""
        return len(self.rows) == 0 or (int(self.rows[-1]) == len(self.rows) - 1 and int(self.rows[0]) == 0)

    def covers(self, extent: Extent) -> bool:
        """True when ``extent`` holds every point."""
        b = self.bounds
        return b is None or (extent[0] <= b[0] and extent[1] <= b[1] and extent[2] >= b[2] and extent[3] >= b[3])

    def query(self, extent: Extent) -> np.ndarray:
        """Positions of the points inside ``extent`` (sorted).

        The index is a 256 x 256 grid of buckets over the points' bounds (the points sorted by bucket with a
        radix sort, 12 bytes a point, built in ~30 ms for a million where an STRtree of a million shapely
        points takes ~0.5 s and ~300 MB): the buckets the extent meets give the candidates, a mask the hits.
        """
        if not len(self.x):
            return np.zeros(0, dtype=np.int64)
        if self.covers(extent):
            return np.arange(len(self.x), dtype=np.int64)
        minx, miny, maxx, maxy = extent
        b = self._bounds
        if maxx < b[0] or maxy < b[1] or minx > b[2] or miny > b[3]:
            return np.zeros(0, dtype=np.int64)
        order, starts, sx, sy = self._index()
        g = _GRID
        c0x, c1x = (min(g - 1, max(0, int((v - b[0]) * sx))) for v in (minx, maxx))
        c0y, c1y = (min(g - 1, max(0, int((v - b[1]) * sy))) for v in (miny, maxy))
        rows = np.arange(c0y, c1y + 1, dtype=np.int64) * g
        cand = order[gather_ranges(starts[rows + c0x], starts[rows + c1x + 1])]
        x, y = self.x[cand], self.y[cand]
        hits = cand[(x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy)]
        hits.sort()
        return hits

    def _index(self) -> tuple[np.ndarray, np.ndarray, float, float]:
        with self._lock:
            if self._grid is None:
                b = self._bounds
                g = _GRID
                sx = g / max(b[2] - b[0], 1e-300)
                sy = g / max(b[3] - b[1], 1e-300)
                cx = np.minimum(((self.x - b[0]) * sx).astype(np.int64), g - 1)
                cy = np.minimum(((self.y - b[1]) * sy).astype(np.int64), g - 1)
                cell = (cy * g + cx).astype(np.uint16)
                order = np.argsort(cell, kind="stable")  # a radix sort for 16-bit keys
                starts = np.zeros(g * g + 1, dtype=np.int64)
                np.cumsum(np.bincount(cell, minlength=g * g), out=starts[1:])
                self._grid = (order, starts, sx, sy)
            return self._grid


@dataclass
class PartArrays:
    """Lines or polygons flattened: part ``i`` has the vertices ``offsets[i]:offsets[i+1]`` of ``x``/``y``;
    ``starts`` marks the first vertex of every line or ring; ``rows`` is the layer row of each part."""

    kind: str  # "line" | "polygon"
    x: np.ndarray
    y: np.ndarray
    starts: np.ndarray
    offsets: np.ndarray
    rows: np.ndarray
    bounds: np.ndarray  # (parts, 4): minx, miny, maxx, maxy
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _tree: Any = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def total_bounds(self) -> Extent | None:
        if not len(self.rows):
            return None
        b = self.bounds
        return (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max()))

    def query(self, extent: Extent) -> np.ndarray:
        """Parts whose envelope meets ``extent`` (sorted), through an STRtree of the part envelopes."""
        tb = self.total_bounds
        if tb is None:
            return np.zeros(0, dtype=np.int64)
        minx, miny, maxx, maxy = extent
        if minx <= tb[0] and miny <= tb[1] and maxx >= tb[2] and maxy >= tb[3]:
            return np.arange(len(self.rows), dtype=np.int64)
        hits = self._strtree().query(shapely.box(minx, miny, maxx, maxy))
        return np.sort(hits).astype(np.int64, copy=False)

    def _strtree(self) -> shapely.STRtree:
        with self._lock:
            if self._tree is None:
                b = self.bounds
                self._tree = shapely.STRtree(shapely.box(b[:, 0], b[:, 1], b[:, 2], b[:, 3]))
            return self._tree

    def vertex_ranges(self, parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.offsets[parts], self.offsets[parts + 1]

    def geometries(self, parts: np.ndarray) -> np.ndarray:
        """Shapely geometries (map CRS) rebuilt from the arrays for a few parts (used to clip huge ones)."""
        starts, ends = self.vertex_ranges(parts)
        idx = gather_ranges(starts, ends)
        part_of_vertex = np.repeat(np.arange(len(parts)), ends - starts)
        coords = np.column_stack([self.x[idx], self.y[idx]])
        if self.kind == "line":
            return shapely.linestrings(coords, indices=np.cumsum(self.starts[idx]) - 1)
        ring_id = np.cumsum(self.starts[idx]) - 1
        first = np.r_[True, ring_id[1:] != ring_id[:-1]]
        ring_part = part_of_vertex[first]
        rings = shapely.linearrings(coords, indices=ring_id)
        return shapely.polygons(rings, indices=ring_part)


@dataclass
class PreparedGeometry:
    """A layer's drawable geometry in one map CRS."""

    crs: str | None
    n_rows: int
    points: PointArrays
    lines: PartArrays
    polygons: PartArrays

    @property
    def families(self) -> list[Any]:
        return [f for f in (self.polygons, self.lines, self.points) if len(f)]


def explode(geoms: Any, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Single-part, non-empty geometries and the row each came from, in row order."""
    g = np.asarray(geoms, dtype=object)
    rows = np.arange(len(g), dtype=np.int64) if rows is None else np.asarray(rows, dtype=np.int64)
    keep = ~(shapely.is_missing(g) | shapely.is_empty(g))
    g, rows = g[keep], rows[keep]
    for _ in range(4):  # multi-parts, then the multi-parts inside geometry collections
        t = shapely.get_type_id(g)
        multi = t >= 4
        if not multi.any():
            break
        parts, idx = shapely.get_parts(g[multi], return_index=True)
        g = np.concatenate([g[~multi], parts])
        rows = np.concatenate([rows[~multi], rows[multi][idx]])
        order = np.argsort(rows, kind="stable")
        g, rows = g[order], rows[order]
        keep = ~(shapely.is_missing(g) | shapely.is_empty(g))
        g, rows = g[keep], rows[keep]
    return g, rows


def flatten(parts: np.ndarray, rows: np.ndarray, src: str | None = None,
            dst: str | None = None) -> tuple[PointArrays, PartArrays, PartArrays]:
    """Single-part geometries -> (points, lines, polygons) arrays, reprojected from ``src`` to ``dst``."""
    t = shapely.get_type_id(parts) if len(parts) else np.zeros(0, dtype=np.int32)
    # points
    pmask = t == _POINT
    pxy = _coordinates(parts[pmask])
    px, py = transform_coords(pxy[:, 0], pxy[:, 1], src, dst)
    prow = rows[pmask]
    ok = np.isfinite(px) & np.isfinite(py)
    points = PointArrays(np.ascontiguousarray(px[ok]), np.ascontiguousarray(py[ok]), prow[ok])
    # lines
    lmask = (t == _LINESTRING) | (t == _LINEARRING)
    lines = _flatten_parts("line", parts[lmask], rows[lmask], src, dst)
    # polygons
    gmask = t == _POLYGON
    polys = parts[gmask]
    if len(polys):
        polys = shapely.orient_polygons(polys, exterior_cw=False)
    polygons = _flatten_parts("polygon", polys, rows[gmask], src, dst)
    return points, lines, polygons


def _flatten_parts(kind: str, parts: np.ndarray, rows: np.ndarray, src: str | None, dst: str | None) -> PartArrays:
    if not len(parts):
        return _empty_parts(kind)
    if kind == "polygon":
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        xy, v_ring = _coordinates(rings, return_index=True)
        v_part = ring_part[v_ring]
        v_line = v_ring
    else:
        xy, v_part = _coordinates(parts, return_index=True)
        v_line = v_part
    x, y = transform_coords(xy[:, 0], xy[:, 1], src, dst)
    bad = ~(np.isfinite(x) & np.isfinite(y))
    n = len(parts)
    has_vertex = np.bincount(v_part, minlength=n) > 0
    if bad.any():  # a part with a vertex that cannot be projected is left out whole
        bad_part = np.zeros(n, dtype=bool)
        bad_part[v_part[bad]] = True
        keep_v = ~bad_part[v_part]
        x, y, v_part, v_line = x[keep_v], y[keep_v], v_part[keep_v], v_line[keep_v]
        has_vertex &= ~bad_part
    # renumber parts densely
    new_id = np.cumsum(has_vertex) - 1
    v_part = new_id[v_part]
    rows = rows[has_vertex]
    m = len(rows)
    starts = np.ones(len(x), dtype=bool)
    if len(x) > 1:
        starts[1:] = v_line[1:] != v_line[:-1]
    offsets = np.searchsorted(v_part, np.arange(m + 1), side="left").astype(np.int64)
    if m:
        s = offsets[:-1]
        bounds = np.column_stack([np.minimum.reduceat(x, s), np.minimum.reduceat(y, s),
                                  np.maximum.reduceat(x, s), np.maximum.reduceat(y, s)])
    else:
        bounds = np.zeros((0, 4))
    return PartArrays(kind, np.ascontiguousarray(x), np.ascontiguousarray(y), starts, offsets, rows, bounds)


_CHUNK = 100_000


def _coordinates(geoms: np.ndarray, return_index: bool = False) -> Any:
    """``shapely.get_coordinates`` in chunks: it holds the GIL, and a million points would freeze the GUI
    thread for ~0.1 s while a render worker prepares them."""
    if len(geoms) <= _CHUNK:
        if not len(geoms):
            empty = np.zeros((0, 2))
            return (empty, np.zeros(0, dtype=np.int64)) if return_index else empty
        return shapely.get_coordinates(geoms, return_index=return_index)
    out = [shapely.get_coordinates(geoms[i:i + _CHUNK], return_index=return_index)
           for i in range(0, len(geoms), _CHUNK)]
    if not return_index:
        return np.concatenate(out)
    xy = np.concatenate([c for c, _ in out])
    idx = np.concatenate([ix + i * _CHUNK for i, (_, ix) in enumerate(out)])
    return xy, idx


def _empty_parts(kind: str) -> PartArrays:
    z = np.zeros(0)
    return PartArrays(kind, z, z.copy(), np.zeros(0, dtype=bool), np.zeros(1, dtype=np.int64),
                      np.zeros(0, dtype=np.int64), np.zeros((0, 4)))


def prepare_geometries(geoms: Any, src: str | None, dst: str | None) -> PreparedGeometry:
    """Explode, flatten and reproject a layer's geometry column (see the module docstring).

    The spatial indexes are built here too (this runs on a render worker), so the first zoom is fast.
    """
    g = np.asarray(geoms, dtype=object)
    parts, rows = explode(g)
    points, lines, polygons = flatten(parts, rows, src, dst)
    if len(points) > 10_000:
        points._index()
    if len(polygons) > 1000:
        polygons._strtree()
    if len(lines) > 1000:
        lines._strtree()
    return PreparedGeometry(dst if (src and dst) else (src or dst), len(g), points, lines, polygons)


def prepare_points(x: np.ndarray, y: np.ndarray, src: str | None, dst: str | None) -> PreparedGeometry:
    """``prepare_geometries`` for a layer held as coordinate arrays (``layers.vector.PointData``): one
    reprojection, no shapely objects. Rows without a finite point are left out."""
    n = len(x)
    ok = np.isfinite(x) & np.isfinite(y)
    rows = np.arange(n, dtype=np.int64) if ok.all() else np.flatnonzero(ok)
    px, py = (x, y) if len(rows) == n else (x[rows], y[rows])
    px, py = transform_coords(px, py, src, dst)
    good = np.isfinite(px) & np.isfinite(py)
    if not good.all():
        px, py, rows = px[good], py[good], rows[good]
    points = PointArrays(np.ascontiguousarray(px, dtype=np.float64), np.ascontiguousarray(py, dtype=np.float64), rows)
    if len(points) > 10_000:
        points._index()
    return PreparedGeometry(dst if (src and dst) else (src or dst), n, points, _empty_parts("line"),
                            _empty_parts("polygon"))
