"""Proximity: features within a distance of others, buffers, the distance to the nearest facility (no Qt).

Every distance is measured in metres in a projected CRS (``base.choose_metric_crs``, which checks it is true to
scale where the data lies); layers in degrees are projected first, and a layer without a CRS is an error.

Point inputs (a million service requests) are never turned into shapely objects in bulk, and are measured
exactly (no sampling) against the parts of the other layer's features (:class:`NearIndex`):

* points: a k-d tree (scipy);
* polygons: a point inside one, or on its edge, is at 0 m (``overlay.point_polygon_pairs``);
* lines and polygon rings, cut into straight segments: the points fall into grid cells; the distance from each
  cell's centre to the nearest segment (one GEOS query per cell) bounds the segments that can be nearest to
  any point of the cell (an STRtree ``dwithin`` query per cell), and each point is measured to those few
  candidates in numpy. GEOS's ``query_nearest`` from every point costs ~4-11 µs a point (4-11 s for 1M
  points to a road layer); this costs ~1 µs.

Other inputs (wards, roads) go through shapely's STRtree ``query_nearest`` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import shapely

from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    choose_metric_crs,
    input_frame,
    input_points,
    input_rows,
    register,
)
from gisdesk.core.i18n import fmt_num, tr, trf

#: points measured per step (progress is reported between steps)
CHUNK = 200_000
#: distance styles are classified on a sample of this many values
STYLE_SAMPLE = 100_000
#: points per grid cell when measuring to line segments (see ``NearIndex._segments``)
POINTS_PER_CELL = 32
#: point-segment pairs measured per step
PAIRS_PER_STEP = 4_000_000
#: the distances of points exactly on the limit are compared with this slack (metres; float rounding)
EPSILON_M = 1e-9


# -- measuring CRS ----------------------------------------------------------------------------------------------
def measuring_crs(context: Context, inputs: Sequence[LayerInput]) -> tuple[str, list[str]]:
    """The CRS to measure ``inputs`` in (metres) and the summary lines that say so.

    Every input must have a CRS (AnalysisError otherwise). ``base.choose_metric_crs`` picks the CRS (the UTM zone of
    the data when the project CRS would stretch lengths there); this adds which CRS and why to the summary."""
    from pyproj import CRS

    from gisdesk.core.crs import crs_label

    for li in inputs:
        if li.layer.crs is None:
            raise AnalysisError(trf("{layer} has no coordinate reference system, so distances to or from its "
                                    "features cannot be measured in metres. Set its CRS (Layer properties) first.",
                                    layer=li.name))
    crs, notes = choose_metric_crs(context, inputs)
    notes.insert(0, trf("Distances were measured in metres in {crs}.", crs=crs_label(crs)))
    seen: set[int] = set()
    for li in inputs:
        if id(li.layer) in seen:
            continue
        seen.add(id(li.layer))
        lcrs = CRS.from_user_input(li.layer.crs)
        unit = _unit_name(lcrs)
        if unit not in ("metre", "meter", "m"):
            notes.append(trf("{layer} is in {crs}, whose unit is the {unit}; its features were projected to "
                             "{metric} so that distances are in metres.", layer=li.name, crs=crs_label(li.layer.crs),
                             unit=unit, metric=crs_label(crs)))
    return crs, notes


def _unit_name(crs: Any) -> str:
    try:
        return (crs.axis_info[0].unit_name or tr("unknown unit")).lower()
    except (IndexError, AttributeError):
        return tr("unknown unit")


# -- the features measured against ------------------------------------------------------------------------------
class NearIndex:
    """Features (in a metric CRS) to measure distances to, from points or from any geometry.

    The methods return, for each input, the distance and the position (0..n-1) of the nearest feature, -1 for
    none. Distances are exact (Euclidean in the CRS), not sampled.
    """

    def __init__(self, geoms: Any = None, *, xy: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        from scipy.spatial import cKDTree

        self._geoms: np.ndarray | None = None
        self._xy = xy
        self._tree: shapely.STRtree | None = None
        self.point_tree = self.seg_tree = None
        self.polys = None
        if xy is not None:  # single points straight from arrays
            x, y = (np.asarray(v, dtype=np.float64) for v in xy)
            self.n = len(x)
            self.point_tree = cKDTree(np.column_stack([x, y]))
            self.point_owner = np.arange(self.n)
            return
        geoms = np.asarray(geoms, dtype=object)
        self._geoms = geoms
        self.n = len(geoms)
        parts, owner = _single_parts(geoms)
        tid = shapely.get_type_id(parts)
        is_pt, is_line, is_poly = tid == 0, (tid == 1) | (tid == 2), tid == 3
        if is_pt.any():
            self.point_tree = cKDTree(shapely.get_coordinates(parts[is_pt]))
            self.point_owner = owner[is_pt]
        if is_poly.any():
            self.polys = parts[is_poly]
            self.poly_owner = owner[is_poly]
            rings, ring_owner = _single_parts(shapely.boundary(self.polys))
        else:
            rings, ring_owner = np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
        lines = np.concatenate([parts[is_line], rings])
        line_owner = np.concatenate([owner[is_line], owner[is_poly][ring_owner]]).astype(np.int64)
        if len(lines):
            c, li = shapely.get_coordinates(lines, return_index=True)
            same = li[:-1] == li[1:]
            self.seg_a, self.seg_b = c[:-1][same], c[1:][same]
            self.seg_owner = line_owner[li[:-1][same]]
            self.seg_tree = shapely.STRtree(shapely.linestrings(np.stack([self.seg_a, self.seg_b], axis=1)))

    @property
    def geoms(self) -> np.ndarray:
        if self._geoms is None:
            x, y = self._xy  # type: ignore[misc]
            self._geoms = shapely.points(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
        return self._geoms

    def nearest_xy(self, x: np.ndarray, y: np.ndarray, max_distance: float | None = None,
                   feedback: Feedback | None = None, span: tuple[float, float] = (0.0, 1.0),
                   message: str = "") -> tuple[np.ndarray, np.ndarray]:
        """(distance, feature) of the nearest feature to each point; NaN and -1 where none is within
        ``max_distance`` (inclusive)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        n = len(x)
        best = np.full(n, np.inf)
        who = np.full(n, -1, dtype=np.int64)
        maxd = max_distance
        mid = span[0] + (span[1] - span[0]) * (0.5 if self.seg_tree is not None else 1.0)
        for start in range(0, n, CHUNK):
            if feedback is not None:
                feedback.progress(span[0] + (mid - span[0]) * start / max(n, 1), message)
            sl = slice(start, min(n, start + CHUNK))
            self._points_and_polygons(x[sl], y[sl], best[sl], who[sl], maxd)
        if self.seg_tree is not None:
            self._segments(x, y, best, who, maxd, feedback, (mid, span[1]), message)
        miss = ~np.isfinite(best)
        if maxd is not None:
            miss |= best > maxd + EPSILON_M
        best[miss] = np.nan
        who[miss] = -1
        return best, who

    def _points_and_polygons(self, x: np.ndarray, y: np.ndarray, best: np.ndarray, who: np.ndarray,
                             maxd: float | None) -> None:
        if self.point_tree is not None:
            bound = np.inf if maxd is None else maxd + EPSILON_M
            d, i = self.point_tree.query(np.column_stack([x, y]), distance_upper_bound=bound)
            ok = np.isfinite(d)
            best[ok], who[ok] = d[ok], self.point_owner[i[ok]]
        if self.polys is not None:
            from gisdesk.analysis.overlay import point_polygon_pairs

            pi, gi = point_polygon_pairs(x, y, self.polys)
            if len(pi):
                big = np.iinfo(np.int64).max
                first = np.full(len(x), big)
                np.minimum.at(first, pi, self.poly_owner[gi])  # the lowest feature a point lies in
                inside = first != big
                best[inside] = 0.0
                who[inside] = first[inside]

    def _segments(self, x: np.ndarray, y: np.ndarray, best: np.ndarray, who: np.ndarray, maxd: float | None,
                  feedback: Feedback | None, span: tuple[float, float], message: str) -> None:
        """Lower ``best`` (and set ``who``) where a line segment (of a line or a polygon ring) is nearer.

        The points fall into square cells of side s (about ``POINTS_PER_CELL`` points a cell). For a cell
        centre c at distance d_c from the nearest segment (GEOS, one query per cell) and h = s/√2, every
        point p of the cell is within d_c + h of a segment, so its nearest segment lies within d_c + 2h of c:
        the segments an STRtree finds within that distance of c are the only candidates, and each point is
        measured exactly to its cell's candidates in numpy."""
        todo = np.flatnonzero(best > 0)  # not inside a polygon
        if not len(todo):
            return
        px, py = x[todo], y[todo]
        x0, y0 = float(px.min()), float(py.min())
        # the cell size follows where most points are (a few far-off points must not make the cells huge)
        qx, qy = np.quantile(px, [0.01, 0.99]), np.quantile(py, [0.01, 0.99])
        w, h = float(qx[1] - qx[0]), float(qy[1] - qy[0])
        area = max(w * h, max(w, h) ** 2 / len(todo), 1e-12)
        side = max(np.sqrt(area * POINTS_PER_CELL / len(todo)), 1e-6)
        ix = ((px - x0) // side).astype(np.int64)
        iy = ((py - y0) // side).astype(np.int64)
        ny = int(iy.max()) + 1
        cells, inv = np.unique(ix * ny + iy, return_inverse=True)
        centres = shapely.points(x0 + (cells // ny + 0.5) * side, y0 + (cells % ny + 0.5) * side)
        half = side * np.sqrt(0.5)
        reach = None if maxd is None else maxd + half + EPSILON_M  # a cell farther than this has no answer
        (ci, _), dc = self.seg_tree.query_nearest(centres, max_distance=reach,  # type: ignore[union-attr]
                                                  return_distance=True, all_matches=False)
        d_cell = np.full(len(cells), np.inf)
        d_cell[ci] = dc
        radius = d_cell + 2 * half
        if reach is not None:
            radius = np.minimum(radius, reach)
        live = np.flatnonzero(np.isfinite(radius))
        cc, cs = self.seg_tree.query(centres[live], predicate="dwithin",  # type: ignore[union-attr]
                                     distance=_slack(radius[live]))
        cc = live[cc]
        order = np.argsort(cc, kind="stable")
        cc, cs = cc[order], cs[order]
        per_cell = np.bincount(cc, minlength=len(cells))
        cell_start = np.cumsum(per_cell) - per_cell
        count = per_cell[inv]  # candidates of each point
        ends = np.cumsum(count)
        lo = 0
        while lo < len(todo):
            if feedback is not None:
                feedback.progress(span[0] + (span[1] - span[0]) * lo / len(todo), message)
            done = int(ends[lo - 1]) if lo else 0
            hi = min(len(todo), max(lo + 1, int(np.searchsorted(ends, done + PAIRS_PER_STEP, side="right"))))
            c = count[lo:hi]
            pt = np.repeat(np.arange(lo, hi), c)
            first_pair = np.cumsum(c) - c
            seg = cs[cell_start[inv[pt]] + np.arange(len(pt)) - np.repeat(first_pair, c)]
            d = _segment_distance(px[pt], py[pt], self.seg_a[seg], self.seg_b[seg])
            has = c > 0
            if has.any():
                starts = first_pair[has]
                dmin = np.minimum.reduceat(d, starts)
                # the first pair of each point that reaches its minimum
                at_min = d == np.repeat(dmin, c[has])
                idx = np.flatnonzero(at_min)
                owner_pt = pt[idx]
                keep = np.r_[True, owner_pt[1:] != owner_pt[:-1]]
                target = todo[owner_pt[keep]]
                dbest, sbest = d[idx[keep]], seg[idx[keep]]
                better = dbest < best[target]
                best[target[better]] = dbest[better]
                who[target[better]] = self.seg_owner[sbest[better]]
            lo = hi

    def nearest_geoms(self, geoms: np.ndarray, max_distance: float | None = None,
                      feedback: Feedback | None = None, span: tuple[float, float] = (0.0, 1.0),
                      message: str = "") -> tuple[np.ndarray, np.ndarray]:
        """Like ``nearest_xy`` for shapely geometries (lines, polygons; edge to edge, 0 when they meet)."""
        if self._tree is None:
            self._tree = shapely.STRtree(self.geoms)
        n = len(geoms)
        dist = np.full(n, np.nan)
        who = np.full(n, -1, dtype=np.int64)
        step = max(1, CHUNK // 20)
        for start in range(0, n, step):
            if feedback is not None:
                feedback.progress(span[0] + (span[1] - span[0]) * start / max(n, 1), message)
            part = geoms[start:start + step]
            if max_distance is not None and max_distance <= 0:  # touching only
                gi, ti = self._tree.query(part, predicate="intersects")
                d = np.zeros(len(gi))
            else:
                (gi, ti), d = self._tree.query_nearest(part, max_distance=max_distance, return_distance=True,
                                                       all_matches=False)
            order = np.lexsort((ti, gi))
            gi, ti, d = gi[order], ti[order], d[order]
            first = np.r_[True, gi[1:] != gi[:-1]] if len(gi) else np.zeros(0, dtype=bool)
            dist[start + gi[first]] = d[first]
            who[start + gi[first]] = ti[first]
        return dist, who


def _single_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single-part, non-empty geometries and the index of the geometry each came from (collections
    are opened until no multi-part is left)."""
    parts, owner = shapely.get_parts(np.asarray(geoms, dtype=object), return_index=True)
    for _ in range(8):
        multi = shapely.get_type_id(parts) >= 4
        if not multi.any():
            break
        sub, si = shapely.get_parts(parts[multi], return_index=True)
        parts = np.concatenate([parts[~multi], sub])
        owner = np.concatenate([owner[~multi], owner[multi][si]])
    keep = ~shapely.is_empty(parts)
    return parts[keep], owner[keep].astype(np.int64)


def _slack(r: Any) -> Any:
    """``r`` widened by a hair, so that float rounding never drops a sample exactly at ``r``."""
    return r * (1 + 1e-12) + EPSILON_M


def _segment_distance(px: np.ndarray, py: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from each point to its segment a→b (a zero-length segment is a point)."""
    dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
    len2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - a[:, 0]) * dx + (py - a[:, 1]) * dy) / len2
    t = np.where(len2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    return np.hypot(px - (a[:, 0] + t * dx), py - (a[:, 1] + t * dy))


# -- reading the inputs -----------------------------------------------------------------------------------------
@dataclass
class _Features:
    """The taking-part features of one input in the measuring CRS: points as arrays, or geometries."""

    rows: np.ndarray  # original row numbers
    x: np.ndarray | None = None
    y: np.ndarray | None = None
    geoms: np.ndarray | None = None
    left_out: int = 0  # taking-part rows without a location

    @property
    def is_points(self) -> bool:
        return self.x is not None

    def bounds(self) -> tuple[float, float, float, float]:
        if self.is_points:
            return (float(self.x.min()), float(self.y.min()), float(self.x.max()), float(self.y.max()))  # type: ignore[union-attr]
        b = shapely.total_bounds(self.geoms)
        return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


def _read(li: LayerInput, context: Context, crs: str, time_aware: bool = True) -> _Features:
    taking_part = len(input_rows(li, context, time_aware=time_aware))
    if _single_points(li.layer) and li.layer.geometry_family == "point":
        x, y, rows = input_points(li, context, time_aware=time_aware, crs=crs)
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        ok = np.isfinite(x) & np.isfinite(y)  # a point the projection cannot place
        return _Features(rows[ok], x=x[ok], y=y[ok], left_out=taking_part - int(ok.sum()))
    gdf = input_frame(li, context, time_aware=time_aware, crs=crs)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    return _Features(gdf["__row"].to_numpy(np.int64), geoms=geoms, left_out=taking_part - len(gdf))


def _single_points(layer: Any) -> bool:
    """True when every located feature is a single point (a multipoint, or a polygon in a layer of mostly
    points, must be measured as a whole, not at its centre)."""
    if layer.points is not None:
        return True
    return set(layer.geometry_types) <= {"Point", "None"}


def _near_index(feats: _Features) -> NearIndex:
    if feats.is_points:
        return NearIndex(xy=(feats.x, feats.y))  # type: ignore[arg-type]
    return NearIndex(feats.geoms)


def _measure(index: NearIndex, feats: _Features, max_distance: float | None, feedback: Feedback,
             span: tuple[float, float], message: str) -> tuple[np.ndarray, np.ndarray]:
    if feats.is_points:
        return index.nearest_xy(feats.x, feats.y, max_distance, feedback, span, message)  # type: ignore[arg-type]
    return index.nearest_geoms(feats.geoms, max_distance, feedback, span, message)  # type: ignore[arg-type]


def rows_frame(layer: Any, rows: np.ndarray) -> Any:
    """The features ``rows`` of a layer as a GeoDataFrame in the layer's CRS (index 0..n-1), building shapely
    points for those rows only."""
    import geopandas as gpd

    points = layer.points
    if points is not None and not layer.geometries_built:
        table = points.table.iloc[rows].reset_index(drop=True)
        gdf = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(points.geometries(rows), crs=layer.crs).values,
                               crs=layer.crs)
        return gdf if points.geometry_name == "geometry" else gdf.rename_geometry(points.geometry_name)
    return layer.data.iloc[rows].reset_index(drop=True)


def attribute_table(layer: Any, rows: np.ndarray) -> pd.DataFrame:
    """The attributes of ``rows`` (index 0..n-1) without any geometry column."""
    from geopandas.array import GeometryDtype

    table = layer.attributes.iloc[rows]
    keep = [c for c in table.columns if not isinstance(table[c].dtype, GeometryDtype)]
    return pd.DataFrame(table[keep]).reset_index(drop=True)


def _free_name(columns: Any, name: str) -> str:
    taken = {str(c) for c in columns}
    if name not in taken:
        return name
    i = 2
    while f"{name}_{i}" in taken:
        i += 1
    return f"{name}_{i}"


def _labels(li: LayerInput, column: str, rows: np.ndarray) -> pd.Series:
    """Values of ``column`` of a layer at ``rows`` (-1: missing), index 0..n-1."""
    series = li.layer.attributes[column].reset_index(drop=True)
    safe = np.where(rows >= 0, rows, 0)
    out = series.iloc[safe].reset_index(drop=True)
    if (rows < 0).any():
        out = out.where(pd.Series(rows >= 0))
    return out


def _left_out_lines(li: LayerInput, feats: _Features, context: Context) -> list[str]:
    lines = []
    if context.time_window is not None and getattr(li.layer, "time_field", None):
        lines.append(trf("Only the features of {layer} inside the current time window took part.", layer=li.name))
    if feats.left_out:
        k = feats.left_out
        lines.append(trf("{n:,} feature of {layer} without a location was left out.", n=k, layer=li.name) if k == 1
                     else trf("{n:,} features of {layer} without a location were left out.", n=k, layer=li.name))
    return lines


def _m(value: float) -> str:
    """A distance for people: 1,250 m, 7.5 m (1.250 m, 7,5 m in Vietnamese)."""
    return f"{fmt_num(value, ',.0f')} m" if abs(value) >= 10 else f"{fmt_num(value, '.1f')} m"


def graduated_style(gdf: Any, column: str, ramp: str = "YlOrRd", method: str = "quantiles") -> dict[str, Any] | None:
    """A graduated style on ``column`` (5 classes), None when it holds no number. Over ``STYLE_SAMPLE`` rows the
    classes come from a seeded sample plus the smallest and largest values (so every row falls in a class)."""
    from gisdesk.styles.renderers import GraduatedRenderer, geometry_family_of

    if not len(gdf):
        return None
    v = pd.to_numeric(gdf[column], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    v = v[np.isfinite(v)]
    if not v.size:
        return None
    if v.size > STYLE_SAMPLE:
        rng = np.random.default_rng(0)
        v = np.concatenate([[v.min(), v.max()], rng.choice(v, STYLE_SAMPLE - 2, replace=False)])
    family = geometry_family_of(gdf)
    return GraduatedRenderer.from_data(pd.DataFrame({column: v}), column, method=method, k=5, ramp=ramp,
                                       geometry_family=family).to_dict()


def _pushed_down_within(inp: LayerInput, near: LayerInput, d: float, mode: str, label: Any, context: Context,
                        time_aware: bool) -> Result | None:
    """'New layer' found by the database server (``gisdesk.db.layer.pushdown_within_distance``) when both layers
    are PostGIS layers of one database and the input is read by view (so every row is searched, not only those
    loaded for the map); None otherwise: a selection can only name loaded rows, and a label needs the near
    features' rows here."""
    if not (getattr(inp.layer, "type_name", None) == "postgis" == getattr(near.layer, "type_name", None)):
        return None  # (psycopg is imported only for database layers)
    if mode != "new_layer" or label or inp.selected_only or near.selected_only:
        return None
    import geopandas as gpd

    from gisdesk.db.layer import pushdown_within_distance

    table = pushdown_within_distance(inp.layer, near.layer, d, context.time_window if time_aware else None,
                                     with_xy=True)
    if table is None:
        return None
    xname, yname = table.attrs["xy"]
    gdf = gpd.GeoDataFrame(table.drop(columns=[xname, yname]), crs=inp.layer.crs,
                           geometry=gpd.points_from_xy(table[xname], table[yname]))
    summary = [trf("{n:,} features of {layer} lie within {d} of a feature of {near}, found by the database server "
                   "(both layers are in the same PostGIS database and {layer} is read by view, so every row was "
                   "searched, not only those loaded for the map).", n=len(gdf), layer=inp.name, d=_m(d),
                   near=near.name)]
    return Result(name=trf("{layer} within {d} of {near}", layer=inp.name, d=_m(d), near=near.name), layer=gdf,
                  style=graduated_style(gdf, "near_distance_m") if context.styles and len(gdf) else None,
                  summary=summary, partial_noted=True)


# -- algorithms -------------------------------------------------------------------------------------------------
@register
class WithinDistance(Algorithm):
    id = "within_distance"
    name = "Features within a distance"
    group = "Proximity"
    description = (
        "Finds the features of the input layer (e.g. service requests) that lie within a distance of any "
        "feature of the near layer (schools, markets, a road; any geometry). The distance is measured in "
        "metres from edge to edge, so a point inside a polygon is at 0 m; layers in degrees are projected to a "
        "metric CRS first. 'Select' selects the features found in the input layer; 'New layer' makes a layer "
        "of them with near_distance_m, the distance in metres to the nearest near feature, and that feature's "
        "label when a label field is chosen."
    )
    params = (
        Param("input", "layer", "Input layer", help="The features to test, e.g. service requests."),
        Param("near", "layer", "Near layer", help="Schools, markets, a road: features of any geometry."),
        Param("distance", "number", "Distance", default=500.0, minimum=0.0, unit="m",
              help="Features at most this far from a near feature are found (metres)."),
        Param("mode", "choice", "Result", default="select",
              choices=(("select", "Select them in the input layer"), ("new_layer", "Make a new layer of them"))),
        Param("near_label", "field", "Label of the near features", parent="near", optional=True,
              help="A column of the near layer copied to the new layer for the nearest near feature."),
    )
    time_aware = True

    def run(self, values: Any, context: Context, feedback: Feedback) -> Result:
        inp: LayerInput = values["input"]
        near: LayerInput = values["near"]
        d = float(values["distance"])
        if not np.isfinite(d) or d < 0:
            raise AnalysisError(trf("The distance must be 0 m or more (got {d:g} m).", d=d))
        mode = values.get("mode") or "select"
        label = values.get("near_label")
        pushed = _pushed_down_within(inp, near, d, mode, label, context, self.time_aware)
        if pushed is not None:
            return pushed
        crs, crs_notes = measuring_crs(context, [inp, near])
        feedback.progress(0.02, trf("Reading {layer}", layer=near.name))
        near_feats = _read(near, context, crs, self.time_aware)
        index = _near_index(near_feats)
        feedback.progress(0.1, trf("Reading {layer}", layer=inp.name))
        feats = _read(inp, context, crs, self.time_aware)
        _check_reach(feats.bounds(), near_feats.bounds(), d, inp.name, near.name)
        dist, who = _measure(index, feats, d, feedback, (0.15, 0.9),
                             trf("Measuring distances to {layer}", layer=near.name))
        hit = np.isfinite(dist)
        rows = feats.rows[hit]
        summary = [trf("{n:,} of {m:,} features of {layer} lie within {d} of a feature of {near}.", n=len(rows),
                       m=len(feats.rows), layer=inp.name, d=_m(d), near=near.name)]
        summary += _left_out_lines(inp, feats, context) + _left_out_lines(near, near_feats, context) + crs_notes
        by_view = getattr(inp.layer, "strategy", None) == "view"
        if by_view:
            summary.append(trf("{layer} is read from the database by view: only the features loaded for the map took "
                               "part. With 'New layer', no label field and both layers in the same database, the "
                               "server searches every row.", layer=inp.name))
        title = trf("{layer} within {d} of {near}", layer=inp.name, d=_m(d), near=near.name)
        if mode == "select":
            return Result(name=title, selection=("input", rows), summary=summary, partial_noted=by_view)
        feedback.progress(0.92, "Making the new layer")
        gdf = rows_frame(inp.layer, rows)
        gdf[_free_name(gdf.columns, "near_distance_m")] = dist[hit]
        near_rows = near_feats.rows[who[hit]]
        if label:
            gdf[_free_name(gdf.columns, f"near_{label}")] = _labels(near, label, near_rows).to_numpy()
        else:
            gdf[_free_name(gdf.columns, "near_row")] = near_rows
        return Result(name=title, layer=gdf, style=graduated_style(gdf, "near_distance_m") if context.styles else None,
                      summary=summary, partial_noted=by_view)


@register
class Nearest(Algorithm):
    id = "nearest"
    name = "Distance to the nearest facility"
    group = "Proximity"
    description = (
        "For each feature of the input layer (e.g. service requests or wards), the distance in metres to the "
        "nearest feature of the facilities layer (schools, clinics, a road), measured from edge to edge in a "
        "metric CRS, and that facility's label when a label field is chosen. With a largest search distance, "
        "features with no facility that close get no match (an empty distance). The new layer holds the input "
        "features with nearest_distance_m (metres) and is coloured by it."
    )
    params = (
        Param("input", "layer", "Input layer", help="The features to measure from, e.g. service requests."),
        Param("facilities", "layer", "Facilities", help="The features to measure to: any geometry."),
        Param("label", "field", "Label of the facilities", parent="facilities", optional=True,
              help="A column of the facilities copied as nearest_<column> (e.g. the school's name)."),
        Param("max_distance", "number", "Largest search distance", optional=True, minimum=0.0, unit="m",
              help="Leave empty to search without limit."),
    )
    time_aware = True

    def run(self, values: Any, context: Context, feedback: Feedback) -> Result:
        inp: LayerInput = values["input"]
        fac: LayerInput = values["facilities"]
        label = values.get("label")
        maxd = values.get("max_distance")
        if maxd is not None:
            maxd = float(maxd)
            if not np.isfinite(maxd) or maxd < 0:
                raise AnalysisError(trf("The largest search distance must be 0 m or more (got {d:g} m).", d=maxd))
        crs, crs_notes = measuring_crs(context, [inp, fac])
        feedback.progress(0.02, trf("Reading {layer}", layer=fac.name))
        fac_feats = _read(fac, context, crs, self.time_aware)
        index = _near_index(fac_feats)
        feedback.progress(0.1, trf("Reading {layer}", layer=inp.name))
        feats = _read(inp, context, crs, self.time_aware)
        dist, who = _measure(index, feats, maxd, feedback, (0.15, 0.85),
                             trf("Measuring distances to {layer}", layer=fac.name))
        feedback.progress(0.87, "Making the new layer")
        gdf = rows_frame(inp.layer, feats.rows)
        dcol = _free_name(gdf.columns, "nearest_distance_m")
        gdf[dcol] = dist
        fac_rows = np.where(who >= 0, fac_feats.rows[np.maximum(who, 0)], -1)
        if label:
            gdf[_free_name(gdf.columns, f"nearest_{label}")] = _labels(fac, label, fac_rows).to_numpy()
        else:
            gdf[_free_name(gdf.columns, "nearest_row")] = pd.Series(fac_rows, dtype="Int64").mask(fac_rows < 0)
        found = np.isfinite(dist)
        summary = []
        if found.any():
            k = int(found.sum())
            figures = {"n": k, "layer": inp.name, "near": fac.name, "median": _m(float(np.median(dist[found]))),
                       "longest": _m(float(dist[found].max()))}
            summary.append(trf("Distance from the {n:,} feature of {layer} to the nearest feature of {near}: median "
                               "{median}, longest {longest}.", **figures) if k == 1 else
                           trf("Distance from the {n:,} features of {layer} to the nearest feature of {near}: median "
                               "{median}, longest {longest}.", **figures))
        if maxd is not None and (~found).any():
            k = int((~found).sum())
            summary.append(trf("{n:,} feature of {layer} has no feature of {near} within {d}: its distance is empty.",
                               n=k, layer=inp.name, near=fac.name, d=_m(maxd)) if k == 1 else
                           trf("{n:,} features of {layer} have no feature of {near} within {d}: their distance is "
                               "empty.", n=k, layer=inp.name, near=fac.name, d=_m(maxd)))
        if not _overlap(feats.bounds(), fac_feats.bounds(), 0.0):
            summary.append(trf("{layer} and {near} do not overlap; if the distances look wrong, check that both layers "
                               "have the right coordinate reference system.", layer=inp.name, near=fac.name))
        summary += _left_out_lines(inp, feats, context) + _left_out_lines(fac, fac_feats, context) + crs_notes
        return Result(name=trf("Distance from {layer} to {near}", layer=inp.name, near=fac.name), layer=gdf,
                      style=graduated_style(gdf, dcol) if context.styles else None, summary=summary)


@register
class Buffer(Algorithm):
    id = "buffer"
    name = "Buffer"
    group = "Proximity"
    description = (
        "Draws the area within a distance of each feature of a layer (a circle around a point, a band along a "
        "road). The distance is in metres, measured in a metric CRS; the result is given back in the layer's "
        "own CRS. With 'Dissolve', overlapping areas merge into one feature. The area of each result is in "
        "area_m2 (square metres)."
    )
    params = (
        Param("input", "layer", "Input layer"),
        Param("distance", "number", "Distance", default=100.0, minimum=0.0, unit="m"),
        Param("dissolve", "bool", "Dissolve into one feature", default=False),
    )
    time_aware = True

    def run(self, values: Any, context: Context, feedback: Feedback) -> Result:
        import geopandas as gpd
        from pyproj import CRS

        from gisdesk.styles.single import SingleSymbol

        li: LayerInput = values["input"]
        d = float(values["distance"])
        if not np.isfinite(d) or d <= 0:
            raise AnalysisError(trf("The buffer distance must be more than 0 m (got {d:g} m).", d=d))
        crs, crs_notes = measuring_crs(context, [li])
        feedback.progress(0.02, trf("Reading {layer}", layer=li.name))
        gdf = input_frame(li, context, time_aware=self.time_aware, crs=crs)
        left_out = len(input_rows(li, context, time_aware=self.time_aware)) - len(gdf)
        geoms = np.asarray(gdf.geometry.values, dtype=object)
        out = np.empty(len(geoms), dtype=object)
        step = 50_000
        single = shapely.get_type_id(geoms) == 0
        circle = shapely.get_coordinates(shapely.buffer(shapely.Point(0.0, 0.0), d, quad_segs=8).exterior)
        for start in range(0, len(geoms), step):
            feedback.progress(0.05 + 0.6 * start / len(geoms), "Buffering")
            part, one = geoms[start:start + step], single[start:start + step]
            done = np.empty(len(part), dtype=object)
            if one.any():  # a point's buffer is the same polygon moved: 10x faster than GEOS's buffer
                xy = shapely.get_coordinates(part[one])
                done[one] = shapely.polygons(circle[None, :, :] + xy[:, None, :])
            if (~one).any():
                done[~one] = shapely.buffer(part[~one], d, quad_segs=8)
            out[start:start + step] = done
        if values.get("dissolve"):
            pieces = []
            for start in range(0, len(out), step):
                feedback.progress(0.65 + 0.25 * start / len(out), "Dissolving")
                pieces.append(shapely.union_all(out[start:start + step]))
            merged = shapely.union_all(np.asarray(pieces, dtype=object))
            result = gpd.GeoDataFrame({"features": [len(out)], "area_m2": [float(shapely.area(merged))]},
                                      geometry=[merged], crs=crs)
        else:
            table = attribute_table(li.layer, gdf["__row"].to_numpy())
            area = _free_name(table.columns, "area_m2")
            result = gpd.GeoDataFrame(table.assign(**{area: shapely.area(out)}), geometry=out, crs=crs)
        if li.layer.crs is not None and not CRS.from_user_input(li.layer.crs).equals(CRS.from_user_input(crs)):
            result = result.to_crs(li.layer.crs)
        n = len(gdf)
        if values.get("dissolve"):
            summary = [trf("{n:,} feature of {layer} was buffered by {d}, and the areas merged into one feature.",
                           n=n, layer=li.name, d=_m(d)) if n == 1 else
                       trf("{n:,} features of {layer} were buffered by {d}, and the areas merged into one feature.",
                           n=n, layer=li.name, d=_m(d))]
        else:
            summary = [trf("{n:,} feature of {layer} was buffered by {d}.", n=n, layer=li.name, d=_m(d)) if n == 1
                       else trf("{n:,} features of {layer} were buffered by {d}.", n=n, layer=li.name, d=_m(d))]
        if left_out:
            summary.append(trf("{n:,} feature of {layer} without a geometry was left out.", n=left_out, layer=li.name)
                           if left_out == 1 else
                           trf("{n:,} features of {layer} without a geometry were left out.", n=left_out,
                               layer=li.name))
        summary += crs_notes
        style = SingleSymbol(fill=(255, 140, 0, 80), stroke=(204, 85, 0, 255), stroke_width=0.4).to_dict()
        return Result(name=trf("{layer} buffer {d}", layer=li.name, d=_m(d)), layer=result, style=style,
                      summary=summary)


def _overlap(a: Sequence[float], b: Sequence[float], margin: float) -> bool:
    return not (a[2] + margin < b[0] or b[2] + margin < a[0] or a[3] + margin < b[1] or b[3] + margin < a[1])


def _check_reach(a: Sequence[float], b: Sequence[float], d: float, a_name: str, b_name: str) -> None:
    if not _overlap(a, b, d):
        raise AnalysisError(trf("{a} and {b} do not overlap: no feature of {a} can lie within {d} of {b}. Check that "
                                "both layers have the right coordinate reference system.", a=a_name, b=b_name,
                                d=_m(d)))
