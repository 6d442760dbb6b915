"""Labels from a column, with a halo, placed greedily without overlaps.

The labels of a layer come from ``style["labels"]`` (``gisdesk.styles.renderers.LabelSettings``).

Candidates (``make_job``, while the layer is drawn): the drawn features whose anchor (a point on the surface
of each feature, cached per layer and CRS) is in view, in priority order: a ``priority`` column of the label
settings when there is one (highest first), else the largest features first, else feature order (points).
Their number is capped by the scale: when more than ``MAX_CANDIDATES`` are in view, only the first (by
priority) in each cell of a grid of label-height cells is kept, then the first ``MAX_CANDIDATES`` of those:
a million points never try a million labels, and the labels that are tried are spread over the map.

Placement (``place_labels``, once per frame for all layers, the top layer's labels first): each candidate
is tried at a few positions, in order, and takes the first whose box (plus ``GAP_PX``) overlaps no label
placed before (a coarse occupancy grid in numpy); a candidate with no free position is dropped. Positions:

* points: the 8 positions around the marker of QGIS's "cartographic" placement (top right, top left,
  bottom right, bottom left, right, left, above, below), ``GAP_PX`` clear of the marker;
* polygons: centred on the pole of inaccessibility (the centre of the largest inscribed circle, GEOS's
  ``maximum_inscribed_circle``, computed for the candidates only and kept per layer), then nudged up, down,
  left and right as far as the inscribed circle allows (so the anchor stays inside the polygon);
* lines: above the anchor, below it, then centred on it.

The boxes of every position are computed with numpy for all candidates at once; only the greedy walk (which
depends on what was placed before) is a loop, over at most ``MAX_CANDIDATES`` candidates per layer.
Everything is measured with the font's own metrics in map pixels (not the paint device's), so the screen, a
PNG and a PDF place the same labels at the same spots. All placed texts of a layer go into one QPainterPath,
stroked once for the halo and filled once.
"""

from __future__ import annotations

import logging
import math
import threading
import unicodedata
import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)

#: at most this many labels are tried per layer and frame
MAX_CANDIDATES = 3000
CELL = 2  # pixels per cell of the collision grid
GAP_PX = 2.0  # between labels, and between a point's marker and its label

POINT, LINE, POLYGON = 0, 1, 2
#: positions tried for a point label, in order (QGIS's cartographic order)
POINT_POSITIONS = ("top_right", "top_left", "bottom_right", "bottom_left", "right", "left", "top", "bottom")
#: polygon nudges from the pole as (fraction of the label width, fraction of its height)
POLYGON_NUDGES = ((0.0, 0.0), (0.0, -0.6), (0.0, 0.6), (-0.3, 0.0), (0.3, 0.0), (0.0, -1.2), (0.0, 1.2))
LINE_POSITIONS = ("above", "below", "centre")
_DIAG = math.sqrt(0.5)


@dataclass
class LabelJob:
    """One layer's label candidates in this frame, in priority order (collected while the layer is drawn)."""

    settings: Any  # LabelSettings
    x: np.ndarray  # anchors in pixels
    y: np.ndarray
    texts: list[str]
    offset_px: np.ndarray  # points: the marker's radius (labels go beside it); 0 otherwise
    kind: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))  # POINT / LINE / POLYGON
    room_px: np.ndarray = field(default_factory=lambda: np.zeros(0))  # polygons: radius of the inscribed circle
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # the features' rows

    def __post_init__(self) -> None:
        n = len(self.texts)
        if len(self.kind) != n:
            self.kind = np.where(np.asarray(self.offset_px) > 0, POINT, POLYGON).astype(np.int8)
        if len(self.room_px) != n:
            self.room_px = np.zeros(n)
        if len(self.rows) != n:
            self.rows = np.arange(n, dtype=np.int64)

    def __len__(self) -> int:
        """The number of labels this job tries to place."""
        return len(self.texts)


@dataclass(frozen=True)
class PlacedLabel:
    """A label on the map: its box in pixels (top-left corner, width, height) and where it came from."""

    job: int  # index in the jobs given to place_labels
    row: int  # the feature's row in its layer
    text: str
    left: float
    top: float
    width: float
    height: float
    position: int  # index of the position used (POINT_POSITIONS, POLYGON_NUDGES or LINE_POSITIONS)
    baseline: float  # y of the text's baseline


# ------------------------------------------------------------------------------------------------
# candidates
# ------------------------------------------------------------------------------------------------
def make_job(layer: Any, settings: MapSettings, label_settings: Any, anchors: tuple[np.ndarray, ...],
             drawn: np.ndarray, marker_radius_px: np.ndarray | None, *, geometries: Any = None,
             version: Any = None) -> LabelJob | None:
    """The label candidates of a layer in this frame, or None when there are none.

    ``anchors``: (x, y, size) per row in the map CRS; ``drawn``: rows drawn in this frame;
    ``marker_radius_px``: per row, the radius of its marker (point layers); ``geometries``: the layer's
    shapely geometries (None for a layer held as point arrays), used for the kind of each feature and the
    poles of polygons; ``version``: the data version they belong to (keys the poles kept per layer).
    """
    ax, ay, size = anchors
    column = label_settings.column
    data = layer.attributes
    if column not in data.columns or column == getattr(layer, "geometry_name", None):
        return None
    minx, miny, maxx, maxy = settings.visible_extent()
    res = settings.resolution()
    w, h = settings.size
    inview = drawn & np.isfinite(ax) & (ax >= minx) & (ax <= maxx) & (ay >= miny) & (ay <= maxy)
    inview &= data[column].notna().to_numpy(dtype=bool)  # no text, no candidate (before the cap)
    rows = np.flatnonzero(inview)
    if rows.size == 0:
        return None
    rows = _priority_order(rows, data, label_settings, size)
    if rows.size > MAX_CANDIDATES:
        # more candidates than could ever be placed: the first (by priority) per label-height cell, then
        # the first MAX_CANDIDATES of those
        cell = max(_line_height_px(label_settings, settings), float(CELL))
        cx = np.clip(((ax[rows] - minx) / res / cell).astype(np.int64), 0, int(w // cell) + 1)
        cy = np.clip(((maxy - ay[rows]) / res / cell).astype(np.int64), 0, int(h // cell) + 1)
        flat = cy * (int(w // cell) + 2) + cx
        first = np.full((int(h // cell) + 2) * (int(w // cell) + 2), rows.size, dtype=np.int64)
        np.minimum.at(first, flat, np.arange(rows.size))
        keep = np.sort(first[first < rows.size])[:MAX_CANDIDATES]
        log.debug("layer %r: %d labels in view; %d tried (one per %.0f px cell, at most %d)",
                  getattr(layer, "name", "?"), rows.size, keep.size, cell, MAX_CANDIDATES)
        rows = rows[keep]
    values = data[column].iloc[rows]
    keep_rows = values.notna().to_numpy()
    rows = rows[keep_rows]
    texts = [unicodedata.normalize("NFC", str(v)).strip() for v in values[keep_rows].tolist()]
    nonempty = np.array([bool(t) for t in texts], dtype=bool)
    rows = rows[nonempty]
    texts = [t for t, ok in zip(texts, nonempty, strict=True) if ok]
    if not texts:
        return None
    px = (ax[rows] - minx) / res
    py = (maxy - ay[rows]) / res
    kind = _kinds(rows, geometries, marker_radius_px)
    offset = np.zeros(len(rows))
    if marker_radius_px is not None:
        offset = np.where(kind == POINT, marker_radius_px[rows], 0.0)
    room = np.zeros(len(rows))
    poly = np.flatnonzero(kind == POLYGON)
    if poly.size and geometries is not None:
        cx, cy, r = _poles(layer, geometries, rows[poly], version)
        tx, ty, ex, ey = _to_map(layer, settings, cx, cy, r)
        ok = np.isfinite(tx) & np.isfinite(ty)
        px[poly[ok]] = (tx[ok] - minx) / res
        py[poly[ok]] = (maxy - ty[ok]) / res
        room[poly[ok]] = np.hypot(ex[ok] - tx[ok], ey[ok] - ty[ok]) / res
    return LabelJob(label_settings, px, py, texts, offset, kind, room, rows)


def _priority_order(rows: np.ndarray, data: Any, label_settings: Any, size: np.ndarray) -> np.ndarray:
    """``rows`` in the order their labels are tried: a priority column (highest first, missing last),
    else the largest features first; ties (and points) in feature order."""
    priority = getattr(label_settings, "priority", None)
    if priority and priority in data.columns:
        import pandas as pd

        values = pd.to_numeric(data[priority].iloc[rows], errors="coerce").to_numpy(dtype=np.float64,
                                                                                       na_value=np.nan)
        values = np.where(np.isfinite(values), values, -np.inf)
        return rows[np.argsort(-values, kind="stable")]
    s = size[rows]
    if s.size and s.max() > s.min():
        return rows[np.argsort(-s, kind="stable")]
    return rows


def _kinds(rows: np.ndarray, geometries: Any, marker_radius_px: np.ndarray | None) -> np.ndarray:
    if geometries is None:  # point arrays
        return np.full(len(rows), POINT, dtype=np.int8)
    import shapely

    ids = shapely.get_type_id(np.asarray(geometries, dtype=object)[rows])
    kind = np.full(len(rows), POLYGON, dtype=np.int8)  # polygons, and collections labelled at their centre
    kind[(ids == 0) | (ids == 4)] = POINT
    kind[(ids == 1) | (ids == 2) | (ids == 5)] = LINE
    return kind


# the poles of inaccessibility computed so far, per layer: (key, x, y, radius) in the layer's CRS, NaN where
# not computed yet (only the candidates of the frames drawn so far are)
_POLES: weakref.WeakKeyDictionary[Any, tuple[Any, np.ndarray, np.ndarray, np.ndarray]] = weakref.WeakKeyDictionary()
_POLES_LOCK = threading.Lock()


def _poles(layer: Any, geometries: Any, rows: np.ndarray, version: Any) -> tuple[np.ndarray, ...]:
    """(x, y, radius) of the largest inscribed circle of the polygons at ``rows``, in the layer's CRS."""
    import shapely

    geoms = np.asarray(geometries, dtype=object)
    key = (version, len(geoms), getattr(layer, "crs", None))
    with _POLES_LOCK:
        held = _POLES.get(layer)
        if held is None or held[0] != key:
            nan = np.full(len(geoms), np.nan)
            held = (key, nan, nan.copy(), nan.copy())
            _POLES[layer] = held
    _, px, py, pr = held
    todo = rows[np.isnan(pr[rows])]
    if todo.size:
        g = geoms[todo]
        b = shapely.bounds(g)
        # a pole within 1/25 of the feature's size is good enough to place a label, and ~4x faster than 1/100
        tol = np.maximum(np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / 25.0, 1e-12)
        polygonal = np.isin(shapely.get_type_id(g), (3, 6))  # GEOS wants (multi)polygons
        ok = polygonal & np.isfinite(tol) & ~shapely.is_empty(g) & shapely.is_valid(g)
        cx = np.full(todo.size, np.nan)
        cy, r = cx.copy(), np.zeros(todo.size)
        if ok.any():
            try:
                circles = shapely.maximum_inscribed_circle(g[ok], tol[ok])
            except shapely.errors.GEOSException as exc:  # pragma: no cover - valid polygons do not fail
                log.debug("no poles of inaccessibility for layer %r: %s", getattr(layer, "name", "?"), exc)
            else:
                start = shapely.get_point(circles, 0)
                end = shapely.get_point(circles, 1)
                cx[ok], cy[ok] = shapely.get_x(start), shapely.get_y(start)
                r[ok] = np.hypot(shapely.get_x(end) - cx[ok], shapely.get_y(end) - cy[ok])
        bad = ~np.isfinite(cx)  # invalid polygons, collections: a point on the surface, no nudging
        if bad.any():
            surface = shapely.point_on_surface(g[bad])
            cx[bad], cy[bad] = shapely.get_x(surface), shapely.get_y(surface)
            r[bad] = 0.0
        px[todo], py[todo], pr[todo] = cx, cy, np.where(np.isfinite(r), r, 0.0)
    return px[rows], py[rows], pr[rows]


def _to_map(layer: Any, settings: MapSettings, x: np.ndarray, y: np.ndarray,
            r: np.ndarray) -> tuple[np.ndarray, ...]:
    """Pole and a point ``r`` east of it, in the map CRS (the distance between them is the room there)."""
    from gisdesk.render.geometry import transform_coords

    src = getattr(layer, "crs", None)
    tx, ty = transform_coords(x, y, src, settings.crs)
    ex, ey = transform_coords(x + r, y, src, settings.crs)
    return tx, ty, ex, ey


def _font(label_settings: Any, settings: MapSettings) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(float(label_settings.size_pt) * settings.dpi / 72.0)))
    return font


def _line_height_px(label_settings: Any, settings: MapSettings) -> float:
    metrics = QFontMetricsF(_font(label_settings, settings))
    return metrics.ascent() + metrics.descent()


# ------------------------------------------------------------------------------------------------
# placement
# ------------------------------------------------------------------------------------------------
def candidate_boxes(job: LabelJob, widths: np.ndarray, height: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left, top, usable) arrays of shape (n, P): the box of every candidate at every position, in the
    order they are tried (P = the most positions of any kind; ``usable`` False where a kind has fewer)."""
    n = len(job)
    p = max(len(POINT_POSITIONS), len(POLYGON_NUDGES), len(LINE_POSITIONS))
    x, y, tw = job.x[:, None], job.y[:, None], widths[:, None]
    left = np.zeros((n, p))
    top = np.zeros((n, p))
    usable = np.zeros((n, p), dtype=bool)
    th = height
    # points: beside the marker, GAP_PX clear of it
    d = (job.offset_px + GAP_PX)[:, None]
    dd = d * _DIAG
    pl = np.hstack([x + dd, x - dd - tw, x + dd, x - dd - tw, x + d, x - d - tw, x - tw / 2, x - tw / 2])
    pt = np.hstack([y - dd - th, y - dd - th, y + dd, y + dd, y - th / 2, y - th / 2, y - d - th, y + d])
    is_point = job.kind == POINT
    left[is_point, :8] = pl[is_point]
    top[is_point, :8] = pt[is_point]
    usable[is_point, :8] = True
    # polygons: centred on the pole, then nudged within the inscribed circle
    nudges = np.array(POLYGON_NUDGES)
    ndx = nudges[None, :, 0] * tw
    ndy = nudges[None, :, 1] * th
    is_poly = job.kind == POLYGON
    k = len(POLYGON_NUDGES)
    left[is_poly, :k] = (x - tw / 2 + ndx)[is_poly]
    top[is_poly, :k] = (y - th / 2 + ndy)[is_poly]
    fits = np.hypot(ndx, ndy) <= job.room_px[:, None]
    fits[:, 0] = True  # the pole itself is always tried
    usable[is_poly, :k] = fits[is_poly]
    # lines: above, below, on
    is_line = job.kind == LINE
    left[is_line, :3] = np.hstack([x - tw / 2] * 3)[is_line]
    top[is_line, :3] = np.hstack([y - GAP_PX - th, y + GAP_PX, y - th / 2])[is_line]
    usable[is_line, :3] = True
    return left, top, usable


def place_labels(settings: MapSettings, jobs: list[LabelJob]) -> list[PlacedLabel]:
    """Where the labels of ``jobs`` go (the first job has priority): each candidate at its first free
    position, or not at all. No two placed boxes (grown by ``GAP_PX``) overlap."""
    w, h = settings.size
    rows_, cols_ = h // CELL + 2, w // CELL + 2
    grid = np.zeros((rows_, cols_), dtype=bool)
    placed: list[PlacedLabel] = []
    for j, job in enumerate(jobs):
        if not len(job):
            continue
        metrics = QFontMetricsF(_font(job.settings, settings))
        ascent, descent = metrics.ascent(), metrics.descent()
        th = ascent + descent
        width_of: dict[str, float] = {}  # many labels repeat (categories, street names)
        widths = np.empty(len(job))
        for i, text in enumerate(job.texts):
            tw = width_of.get(text)
            if tw is None:
                tw = width_of[text] = metrics.horizontalAdvance(text)
            widths[i] = tw
        left, top, usable = candidate_boxes(job, widths, th)
        right, bottom = left + widths[:, None], top + th
        # at least partly in the frame
        usable &= (right > 0) & (bottom > 0) & (left < w) & (top < h)
        # a placed label marks the cells of its box; a candidate checks the cells of its box grown by the gap
        # (so boxes that would come closer than GAP_PX always share a cell; rounding to cells errs on the safe side)
        cell = lambda v, grow: np.clip(np.floor((v + grow) / CELL), 0, None).astype(np.int64)
        c0, c1 = np.minimum(cell(left, -GAP_PX), cols_ - 1), np.minimum(cell(right, GAP_PX), cols_ - 1) + 1
        r0, r1 = np.minimum(cell(top, -GAP_PX), rows_ - 1), np.minimum(cell(bottom, GAP_PX), rows_ - 1) + 1
        m0, m1 = np.minimum(cell(left, 0), cols_ - 1), np.minimum(cell(right, 0), cols_ - 1) + 1
        n0, n1 = np.minimum(cell(top, 0), rows_ - 1), np.minimum(cell(bottom, 0), rows_ - 1) + 1
        todo = np.flatnonzero(usable.any(axis=1))
        lists = [a[todo].tolist() for a in (usable, c0, c1, r0, r1, m0, m1, n0, n1)]
        for i, ok, a0, a1, b0, b1, e0, e1, f0, f1 in zip(todo.tolist(), *lists, strict=True):
            for p, can in enumerate(ok):
                if not can or grid[b0[p]:b1[p], a0[p]:a1[p]].any():
                    continue
                grid[f0[p]:f1[p], e0[p]:e1[p]] = True
                lf, tp = float(left[i, p]), float(top[i, p])
                placed.append(PlacedLabel(j, int(job.rows[i]), job.texts[i], lf, tp, float(widths[i]), th, p,
                                          tp + ascent))
                break
    return placed


def draw_labels(painter: QPainter, settings: MapSettings, jobs: list[LabelJob]) -> list[PlacedLabel]:
    """Place (``place_labels``) and draw the labels of ``jobs`` (the first job has priority), layer by layer:
    first every halo of the layer, then its texts. Returns what was placed.

    Halos are the text's outline grown by the halo width. Painting into an image (the canvas, PNG) they are
    made by dilating a mask of the texts with numpy (``halo_mask``), a few ms for any number of labels, where
    Qt's stroker takes ~0.4 ms a label; on other devices (PDF, SVG, print) each text's path is stroked
    (vector output). The two give the same picture to within antialiasing."""
    if not jobs:
        return []
    placed = place_labels(settings, jobs)
    by_job: dict[int, list[PlacedLabel]] = {}
    for lab in placed:
        by_job.setdefault(lab.job, []).append(lab)
    raster = _raster_target(painter)
    for j, labs in by_job.items():
        ls = jobs[j].settings
        font = _font(ls, settings)
        halo_px = float(ls.halo_width_mm) * settings.dpi / 25.4
        if halo_px > 0 and ls.halo_color[3] > 0:
            if raster:
                _raster_halo(painter, settings, font, labs, halo_px, ls.halo_color)
            else:
                pen = QPen(QColor(*ls.halo_color), 2.0 * halo_px)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                for lab in labs:  # one path a label: Qt strokes and fills huge paths superlinearly
                    path = QPainterPath()
                    path.addText(QPointF(lab.left, lab.baseline), font, lab.text)
                    painter.strokePath(path, pen)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(*ls.color))
        for lab in labs:
            painter.drawText(QPointF(lab.left, lab.baseline), lab.text)
        painter.restore()
    return placed


def _raster_target(painter: QPainter) -> bool:
    """True when the painter paints pixels of an image 1:1 (no scaling or rotation)."""
    from PySide6.QtGui import QImage

    t = painter.worldTransform() * painter.deviceTransform() if painter.isActive() else None
    return (isinstance(painter.device(), QImage) and t is not None and t.isAffine()
            and t.m11() == 1.0 and t.m22() == 1.0 and t.m12() == 0.0 and t.m21() == 0.0)


def halo_mask(text_alpha: np.ndarray, radius_px: float) -> np.ndarray:
    """uint8 alpha of a halo of ``radius_px`` around the texts whose coverage is ``text_alpha`` (uint8):
    the grey dilation of the mask by a disc, its edge pixels weighted by how much of them the disc covers
    (the marker footprints' arithmetic, ``points.marker_footprint``)."""
    from gisdesk.render.points import FRINGE_LEVELS, _dilate_many, marker_footprint

    fp = marker_footprint(2.0 * float(radius_px) + 1.0, 0.0)  # + 1: a text pixel reaches 0.5 px past its centre
    m = fp.margin
    h, w = text_alpha.shape
    src = np.zeros((h + 2 * m, w + 2 * m), dtype=np.uint8)
    src[m:m + h, m:m + w] = text_alpha
    out = np.zeros((h, w), dtype=np.uint8)
    _dilate_many(src, [(out, fp.fill)], m)
    for (dx, dy), level in zip(fp.fringe.tolist(), fp.fringe_level.tolist(), strict=True):
        part = src[m - dy:m - dy + h, m - dx:m - dx + w].astype(np.uint16) * level
        np.maximum(out, ((part + FRINGE_LEVELS // 2) // FRINGE_LEVELS).astype(np.uint8), out=out)
    return out


def _raster_halo(painter: QPainter, settings: MapSettings, font: QFont, labs: list[PlacedLabel], halo_px: float,
                 colour: tuple[int, int, int, int]) -> None:
    from PySide6.QtGui import QImage

    from gisdesk.render.draw import qimage_from_argb32
    from gisdesk.render.points import premultiplied_argb

    w, h = settings.size
    pad = math.ceil(halo_px) + 2
    x0 = max(0, math.floor(min(lab.left for lab in labs)) - pad)
    y0 = max(0, math.floor(min(lab.top for lab in labs)) - pad)
    x1 = min(w, math.ceil(max(lab.left + lab.width for lab in labs)) + pad)
    y1 = min(h, math.ceil(max(lab.top + lab.height for lab in labs)) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    mask = QImage(x1 - x0, y1 - y0, QImage.Format.Format_Alpha8)
    mask.fill(0)
    mp = QPainter(mask)
    try:
        mp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        mp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        mp.setFont(font)
        mp.setPen(QColor(0, 0, 0, 255))
        for lab in labs:
            mp.drawText(QPointF(lab.left - x0, lab.baseline - y0), lab.text)
    finally:
        mp.end()
    bpl = mask.bytesPerLine()
    alpha = np.frombuffer(mask.constBits(), dtype=np.uint8, count=mask.sizeInBytes()).reshape(-1, bpl)
    alpha = alpha[:, :x1 - x0]
    halo = halo_mask(alpha, halo_px).astype(np.uint32)
    # premultiplied ARGB of the halo colour at each pixel's coverage
    full = premultiplied_argb(colour)
    channels = [(full >> shift) & 0xFF for shift in (24, 16, 8, 0)]
    argb = np.zeros(halo.shape, dtype=np.uint32)
    for c, shift in zip(channels, (24, 16, 8, 0), strict=True):
        argb |= ((halo * c + 127) // 255) << shift
    painter.drawImage(QPointF(x0, y0), qimage_from_argb32(argb, copy=False))
