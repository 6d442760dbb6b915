"""``draw_map``: the one drawing path for the canvas, ``gisdesk render`` and print.

It draws on any QPainter (a QImage, a QPdfWriter...) into the rectangle (0, 0, width, height) of the
painter's current coordinates, where (width, height) is ``settings.size`` and a millimetre is
``settings.dpi / 25.4`` units. Layers are drawn bottom to top with their opacity, labels on top.

Per vector layer and frame: the parts in view come from the spatial index of the prepared (reprojected,
flattened) geometry in the cache; they are grouped by symbol (the style's renderer) and each group is drawn
as one QPainterPath built from numpy arrays. Vertices falling in the pixel of their predecessor are dropped
and parts smaller than half a pixel are skipped. Points are drawn as marker paths when few (circles, or the
polygons of the symbol's ``shape``: one path of many markers per symbol, built with numpy, so a PDF gets
vector markers), and aggregated to pixels (``points.splat_points``, which stamps the same shapes) when there
are more than ``DENSE_POINTS`` in view or more points than pixels. Heatmap styles draw a density surface
(``gisdesk.styles.heatmap``). ``cancel`` is checked between layers and between symbol groups.

When painting into a QImage with a cache, each layer is drawn into its own image that the cache keeps:
the next frame blits an unchanged layer instead of drawing it again.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from gisdesk.core.errors import ReadError
from gisdesk.layers.vector import PointData
from gisdesk.render import labels as labels_mod
from gisdesk.render.cache import RenderCache, attributes_of, classify, data_anchors, prepare_data, snapshot, style_key
from gisdesk.render.geometry import PartArrays, PointArrays, explode, flatten, gather_ranges
from gisdesk.render.paths import WINDING, circles_path, path_from_rings
from gisdesk.render.points import splat_points
from gisdesk.render.settings import MapSettings
from gisdesk.styles.single import marker_outline

log = logging.getLogger(__name__)

#: more points than this in view (or more points than pixels): aggregate them to pixels
DENSE_POINTS = 8000
#: parts whose pixel envelope is smaller than this in both directions are not drawn
SUBPIXEL = 0.5
#: parts reaching further than this many pixels outside the frame are clipped first (Qt's rasteriser
#: works in fixed point and misbehaves far beyond ~8 million pixels)
CLIP_BEYOND_PX = 1.0e6
#: markers per path when drawing sparse points of a polygon shape (Qt's antialiased fill of a path with many
#: overlapping subpaths grows faster than its size: 8,000 squares take ~31 ms in paths of 128, ~52 ms in 500)
MARKERS_PER_PATH = 128
#: cancel is asked every this many circles
_CIRCLES_PER_CHECK = 2048

Cancel = Callable[[], bool]


def _never() -> bool:
    return False


def render_image(settings: MapSettings, layers: Sequence[Any], *, cache: RenderCache | None = None,
                 cancel: Cancel = _never) -> QImage:
    """The map as a new QImage (Format_ARGB32_Premultiplied) of ``settings.size``."""
    w, h = settings.size
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        draw_map(painter, settings, layers, cache=cache, cancel=cancel)
    finally:
        painter.end()
    return image


def draw_map(painter: QPainter, settings: MapSettings, layers: Sequence[Any], *,
             cache: RenderCache | None = None, cancel: Cancel = _never) -> None:
    """Draw the visible ``layers`` (bottom first) with ``painter``; see the module docstring."""
    w, h = settings.size
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        if settings.background[3] > 0:
            painter.fillRect(QRectF(0, 0, w, h), QColor(*settings.background))
        raster_target = isinstance(painter.device(), QImage)
        jobs: list[labels_mod.LabelJob] = []
        for layer in layers:
            if cancel():
                return
            if not getattr(layer, "visible", True) or getattr(layer, "opacity", 1.0) <= 0:
                continue
            opacity = float(getattr(layer, "opacity", 1.0))
            try:
                if raster_target and (cache is not None or opacity < 1.0):
                    image = _layer_image(settings, layer, cache, cancel, jobs)
                    if image is None:
                        if cancel():
                            return
                        continue
                    painter.setOpacity(opacity)
                    painter.drawImage(QPointF(0, 0), image)
                    painter.setOpacity(1.0)
                else:
                    painter.setOpacity(opacity)
                    ok = draw_layer(painter, settings, layer, cache=cache, cancel=cancel, label_jobs=jobs)
                    painter.setOpacity(1.0)
                    if not ok:
                        return
            except (ReadError, OSError) as exc:
                log.warning("layer %r not drawn: %s", getattr(layer, "name", "?"), exc)
                continue
        if jobs and not cancel():
            labels_mod.draw_labels(painter, settings, list(reversed(jobs)))  # the top layer's labels first
    finally:
        painter.restore()


def layer_key(settings: MapSettings, layer: Any) -> tuple[Any, ...]:
    """What a layer's image depends on: the frame and the layer's data, style and filters (not its opacity).
    The time window counts only for a layer with a time field: moving the slider redraws only those."""
    filters = layer.filter_state() if hasattr(layer, "filter_state") else None
    if settings.time_window is not None and not (filters and filters.get("time_field")):
        settings = dataclasses.replace(settings, time_window=None)
    return (settings, getattr(layer, "data_version", None), getattr(layer, "crs", None),
            style_key(getattr(layer, "style", {}) or {}), tuple(getattr(layer, "bands", ()) or ()),
            getattr(layer, "source", None), style_key(filters) if filters else None)


def _layer_image(settings: MapSettings, layer: Any, cache: RenderCache | None, cancel: Cancel,
                 jobs: list[labels_mod.LabelJob]) -> QImage | None:
    key = layer_key(settings, layer)
    if cache is not None:
        held = cache.layer_image(layer, key)
        if held is not None:
            image, layer_jobs = held
            jobs.extend(layer_jobs)
            return image
    w, h = settings.size
    image = cache.take_image_buffer(layer, (w, h)) if cache is not None else None
    if image is None:
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    p = QPainter(image)
    layer_jobs: list[labels_mod.LabelJob] = []
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ok = draw_layer(p, settings, layer, cache=cache, cancel=cancel, label_jobs=layer_jobs)
    finally:
        p.end()
    if not ok:
        return None
    if cache is not None:
        cache.store_layer_image(layer, key, (image, layer_jobs))
    jobs.extend(layer_jobs)
    return image


def draw_layer(painter: QPainter, settings: MapSettings, layer: Any, *, cache: RenderCache | None = None,
               cancel: Cancel = _never, label_jobs: list[Any] | None = None) -> bool:
    """Draw one layer (ignoring its visibility and opacity). False when cancelled part way."""
    from gisdesk.layers import RasterLayer, TileLayer, VectorLayer

    if isinstance(layer, VectorLayer):
        return _draw_vector(painter, settings, layer, cache, cancel, label_jobs)
    if isinstance(layer, RasterLayer):
        return _draw_raster(painter, settings, layer)
    if isinstance(layer, TileLayer):  # an XYZ basemap: the cached tiles, warped (never fetches)
        from gisdesk.render.tiles import draw_tiles

        return draw_tiles(painter, settings, layer)
    return True  # an unavailable layer (missing source) has nothing to draw


# ------------------------------------------------------------------------------------------------
# vector layers
# ------------------------------------------------------------------------------------------------
def _renderer(style: dict[str, Any], layer: Any) -> Any:
    from gisdesk.styles.renderers import renderer_from_dict

    try:
        return renderer_from_dict(style)
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("layer %r: its style cannot be used (%s); drawing it with the default symbol",
                    getattr(layer, "name", "?"), exc)
        return renderer_from_dict({})


def _draw_vector(painter: QPainter, settings: MapSettings, layer: Any, cache: RenderCache | None,
                 cancel: Cancel, label_jobs: list[Any] | None) -> bool:
    if layer.crs is None and settings.crs is None:
        return True
    data, version = snapshot(layer)
    if cache is not None:
        geom = cache.geometry(layer, settings.crs)
    else:
        geom = prepare_data(data, layer.crs, settings.crs)
    style = layer.style or {}
    renderer = _renderer(style, layer)
    if getattr(renderer, "kind", None) == "heatmap":
        return _draw_heatmap(painter, settings, layer, geom, renderer)
    try:
        if cache is not None:
            sym_row, symbols = cache.classes(layer, style, renderer)
        else:
            sym_row, symbols = classify(renderer, attributes_of(data))
    except (ValueError, TypeError, KeyError) as exc:  # e.g. classes on a column that is no longer numeric
        log.warning("layer %r: its style cannot classify the data (%s); drawing it with the default symbol",
                    layer.name, exc)
        renderer = _renderer({}, layer)
        sym_row, symbols = classify(renderer, attributes_of(data))
    if not symbols:
        return True
    shown = layer.visible_rows(settings.time_window) if hasattr(layer, "visible_rows") else None
    if shown is not None:  # rows outside the time window or the filters are not drawn (nor labelled)
        sym_row = np.where(shown, sym_row, -1).astype(np.int32, copy=False)
    pens = [_pen(s, settings) for s in symbols]
    brushes = [_brush(s) for s in symbols]
    for fam in (geom.polygons, geom.lines):
        if len(fam):
            if cancel():
                return False
            if not _draw_parts(painter, settings, fam, sym_row, symbols, pens, brushes, cancel):
                return False
    if len(geom.points):
        if cancel():
            return False
        if not _draw_points(painter, settings, geom.points, sym_row, symbols, pens, brushes, cancel,
                            by_class=bool(style.get("symbol_levels"))):
            return False
    label_settings = getattr(renderer, "labels", None)
    if label_jobs is not None and label_settings is not None and getattr(label_settings, "enabled", True):
        marker_r = None
        if len(geom.points):  # point labels go beside their marker
            marker_r = np.zeros(len(sym_row))
            radii = np.array([settings.mm_to_px(s.size) / 2.0 for s in symbols])
            drawn_rows = sym_row >= 0
            marker_r[drawn_rows] = radii[sym_row[drawn_rows]]
        if cache is not None:
            anchors = cache.anchors(layer, settings.crs)
        else:
            anchors = data_anchors(data, layer.crs, settings.crs)
        geometries = None if isinstance(data, PointData) else data.geometry.values
        job = labels_mod.make_job(layer, settings, label_settings, anchors, sym_row >= 0, marker_r,
                                  geometries=geometries, version=version)
        if job is not None:
            label_jobs.append(job)
    return True


def _pen(symbol: Any, settings: MapSettings) -> QPen:
    if symbol.stroke[3] == 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(*symbol.stroke), settings.mm_to_px(symbol.stroke_width))  # 0: a 1-pixel hairline
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _brush(symbol: Any) -> QBrush:
    if symbol.fill[3] == 0:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(QColor(*symbol.fill))


def _stroke_margin_px(symbols: Sequence[Any], settings: MapSettings) -> float:
    return max((settings.mm_to_px(s.stroke_width) / 2.0 for s in symbols), default=0.0) + 1.0


def _draw_parts(painter: QPainter, settings: MapSettings, fam: PartArrays, sym_row: np.ndarray,
                symbols: Sequence[Any], pens: list[QPen], brushes: list[QBrush], cancel: Cancel) -> bool:
    res = settings.resolution()
    minx, miny, maxx, maxy = settings.visible_extent()
    m = _stroke_margin_px(symbols, settings) * res
    parts = fam.query((minx - m, miny - m, maxx + m, maxy + m))
    if not len(parts):
        return True
    sym = sym_row[fam.rows[parts]]
    b = fam.bounds[parts]
    big_enough = ((b[:, 2] - b[:, 0]) >= SUBPIXEL * res) | ((b[:, 3] - b[:, 1]) >= SUBPIXEL * res)
    keep = (sym >= 0) & big_enough
    parts, sym, b = parts[keep], sym[keep], b[keep]
    if not len(parts):
        return True
    lim = CLIP_BEYOND_PX * res
    huge = (b[:, 0] < minx - lim) | (b[:, 2] > maxx + lim) | (b[:, 1] < miny - lim) | (b[:, 3] > maxy + lim)
    order = np.argsort(sym, kind="stable")
    parts, sym, huge = parts[order], sym[order], huge[order]
    vs, ve = fam.vertex_ranges(parts)
    lens = ve - vs
    idx = gather_ranges(vs, ve)
    x, y, starts = fam.x[idx], fam.y[idx], fam.starts[idx]
    if huge.any():
        x, y, starts, lens, sym = _clip_huge(fam, parts, huge, sym, x, y, starts, lens,
                                             (minx - 2 * m, miny - 2 * m, maxx + 2 * m, maxy + 2 * m), sym_row)
    # to pixels, then drop vertices in the pixel of their predecessor (ring/line ends are kept)
    px = (x - minx) / res
    py = (maxy - y) / res
    keepv = _decimate(px, py, starts)
    part_id = np.repeat(np.arange(len(lens)), lens)
    kept_per_part = np.bincount(part_id[keepv], minlength=len(lens))
    px, py, starts = px[keepv], py[keepv], starts[keepv]
    # one path per symbol group
    group_ends = np.flatnonzero(np.r_[sym[1:] != sym[:-1], True])
    vert_end = np.cumsum(kept_per_part)
    is_polygon = fam.kind == "polygon"
    first_part = 0
    for last_part in group_ends:
        if cancel():
            return False
        s = int(sym[last_part])
        a = int(vert_end[first_part - 1]) if first_part > 0 else 0
        e = int(vert_end[last_part])
        first_part = last_part + 1
        if e <= a:
            continue
        path = path_from_rings(px[a:e], py[a:e], starts[a:e], WINDING)
        if is_polygon:
            painter.setPen(pens[s])
            painter.setBrush(brushes[s])
            painter.drawPath(path)
        elif pens[s].style() != Qt.PenStyle.NoPen:
            painter.strokePath(path, pens[s])
    return True


def _decimate(px: np.ndarray, py: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Keep a vertex unless it lies in the same pixel as the previous one of its ring (ends always kept)."""
    n = len(px)
    keep = np.ones(n, dtype=bool)
    if n < 3:
        return keep
    cx, cy = np.floor(px), np.floor(py)
    same = np.zeros(n, dtype=bool)
    same[1:] = (cx[1:] == cx[:-1]) & (cy[1:] == cy[:-1])
    ends = np.zeros(n, dtype=bool)
    ends[:-1] = starts[1:]
    ends[-1] = True
    keep = ~same | starts | ends
    return keep


def _clip_huge(fam: PartArrays, parts: np.ndarray, huge: np.ndarray, sym: np.ndarray, x: np.ndarray,
               y: np.ndarray, starts: np.ndarray, lens: np.ndarray, box: tuple[float, float, float, float],
               sym_row: np.ndarray) -> tuple[np.ndarray, ...]:
    """Replace the parts reaching far outside the frame by their clipped versions (kept in symbol order)."""
    geoms = fam.geometries(parts[huge])
    clipped = shapely.clip_by_rect(geoms, *box)
    c_parts, c_pos = explode(clipped)
    _pts, c_lines, c_polys = flatten(c_parts, c_pos)
    cfam = c_polys if fam.kind == "polygon" else c_lines
    c_sym = sym[huge][cfam.rows] if len(cfam) else np.zeros(0, dtype=sym.dtype)
    # the parts that stay, then the clipped ones; re-sorted by symbol
    vstart = np.cumsum(lens) - lens
    stay = ~huge
    all_x = np.concatenate([x, cfam.x])
    all_y = np.concatenate([y, cfam.y])
    all_s = np.concatenate([starts, cfam.starts])
    all_start = np.concatenate([vstart[stay], cfam.offsets[:-1] + len(x)])
    all_len = np.concatenate([lens[stay], np.diff(cfam.offsets)])
    all_sym = np.concatenate([sym[stay], c_sym])
    order = np.argsort(all_sym, kind="stable")
    idx = gather_ranges(all_start[order], all_start[order] + all_len[order])
    return all_x[idx], all_y[idx], all_s[idx], all_len[order], all_sym[order]


def _draw_points(painter: QPainter, settings: MapSettings, pts: PointArrays, sym_row: np.ndarray,
                 symbols: Sequence[Any], pens: list[QPen], brushes: list[QBrush], cancel: Cancel,
                 by_class: bool = False) -> bool:
    """Markers in feature order, or with ``by_class`` (the style's ``symbol_levels``, as QGIS calls it) class
    by class in the renderer's order, so the last class (e.g. overdue requests) is always on top."""
    res = settings.resolution()
    minx, miny, maxx, maxy = settings.visible_extent()
    w, h = settings.size
    diam = [max(settings.mm_to_px(s.size), 1.0) for s in symbols]
    stroke = [settings.mm_to_px(s.stroke_width) if s.stroke[3] > 0 else 0.0 for s in symbols]
    m = (max(d + sw for d, sw in zip(diam, stroke, strict=True)) / 2.0 + 1.0) * res
    box = (minx - m, miny - m, maxx + m, maxy + m)
    if pts.covers(box):  # everything in view: no gathers (a million points cost ~20 ms per copy)
        x, y = pts.x, pts.y
        sym = sym_row if pts.rows_are_positions and len(sym_row) == len(pts) else sym_row[pts.rows]
    else:
        idx = pts.query(box)
        if not len(idx):
            return True
        x, y, sym = pts.x[idx], pts.y[idx], sym_row[pts.rows[idx]]
    if len(sym) and sym.min() < 0:
        keep = sym >= 0
        x, y, sym = x[keep], y[keep], sym[keep]
    if not len(sym):
        return True
    px = (x - minx) / res
    py = (maxy - y) / res
    n = len(sym)
    if n > DENSE_POINTS or n > w * h:
        if by_class:
            order = np.argsort(sym, kind="stable")
            px, py, sym = px[order], py[order], sym[order]
        specs = [(s.fill, s.stroke, d, sw, s.shape) for s, d, sw in zip(symbols, diam, stroke, strict=True)]
        argb = splat_points(px, py, sym, specs, w, h)
        painter.drawImage(QPointF(0, 0), qimage_from_argb32(argb, copy=False))
        del argb  # (the QImage above only borrowed it while drawing)
        return True
    order = np.lexsort((py, sym))  # by symbol, then top to bottom (compact paths fill faster)
    px, py, sym = px[order], py[order], sym[order]
    group_ends = np.flatnonzero(np.r_[sym[1:] != sym[:-1], True])
    first = 0
    for last in group_ends:
        if cancel():
            return False
        s = int(sym[last])
        a, e = first, int(last) + 1
        first = e
        painter.setPen(pens[s])
        painter.setBrush(brushes[s])
        r = diam[s] / 2.0
        shape = symbols[s].shape
        if marker_outline(shape) is None:
            # circles one by one: Qt draws an ellipse ~5x faster than its share of a path of many overlapping
            # circles (8,000: ~40 ms against ~280 ms in paths of 500), and each marker covers the ones under it
            # as in QGIS
            xs, ys = px[a:e].tolist(), py[a:e].tolist()
            for c in range(0, len(xs), _CIRCLES_PER_CHECK):
                if c and cancel():
                    return False
                for cx, cy in zip(xs[c:c + _CIRCLES_PER_CHECK], ys[c:c + _CIRCLES_PER_CHECK], strict=True):
                    painter.drawEllipse(QPointF(cx, cy), r, r)
            continue
        for c in range(a, e, MARKERS_PER_PATH):
            c_end = min(e, c + MARKERS_PER_PATH)
            painter.drawPath(markers_path(px[c:c_end], py[c:c_end], r, shape))
    return True


def markers_path(x: np.ndarray, y: np.ndarray, radius: float, shape: str = "circle") -> QPainterPath:
    """One path holding a marker of ``shape`` and half-size ``radius`` (pixels) around each (x, y), built with
    numpy (no loop per marker). Each shape is a closed subpath; overlapping markers merge (winding fill)."""
    outline = marker_outline(shape)
    if outline is None:
        return circles_path(x, y, radius)
    n, k = len(x), len(outline)
    if n == 0:
        return QPainterPath()
    ring = np.vstack([outline, outline[:1]]) * radius  # closed: the outline's corners all get a join
    xs = (np.asarray(x, dtype=np.float64)[:, None] + ring[None, :, 0]).ravel()
    ys = (np.asarray(y, dtype=np.float64)[:, None] + ring[None, :, 1]).ravel()
    starts = np.zeros((n, k + 1), dtype=bool)
    starts[:, 0] = True
    return path_from_rings(xs, ys, starts.ravel(), WINDING)


def draw_legend_patch(painter: QPainter, rect: QRectF, symbol: Any, geometry: str | None,
                      dpi: float = 96.0) -> None:
    """A legend swatch of ``symbol`` (a ``SingleSymbol``) in ``rect``: a marker of the symbol's shape for
    points (its size in mm at ``dpi``, kept inside the rectangle), a stroke for lines, a filled box
    otherwise. One function for the layers panel, the legend and print layouts."""
    pen = QPen(QColor(*symbol.stroke), max(symbol.stroke_width * dpi / 25.4, 1.0))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if symbol.stroke[3] == 0:
        pen = QPen(Qt.PenStyle.NoPen)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if geometry == "line":
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left() + 1, rect.center().y()), QPointF(rect.right() - 1, rect.center().y()))
        elif geometry == "point":
            room = max(min(rect.width(), rect.height()) - 2.0 - pen.widthF(), 1.0)
            d = min(max(symbol.size * dpi / 25.4, 4.0), room)  # readable, and inside the swatch
            painter.setPen(pen)
            painter.setBrush(_brush(symbol))
            c = rect.center()
            painter.drawPath(markers_path(np.array([c.x()]), np.array([c.y()]), d / 2.0, symbol.shape))
        else:
            painter.setPen(pen)
            painter.setBrush(_brush(symbol))
            inset = pen.widthF() / 2.0 + 1.0
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    finally:
        painter.restore()


# ------------------------------------------------------------------------------------------------
# heatmaps and rasters
# ------------------------------------------------------------------------------------------------
def _draw_heatmap(painter: QPainter, settings: MapSettings, layer: Any, geom: Any, renderer: Any) -> bool:
    """A density surface of the layer's points (``gisdesk.styles`` HeatmapRenderer: kernel, weights, ramp)."""
    pts = geom.points
    if not len(pts):
        return True
    res = settings.resolution()
    minx, miny, maxx, maxy = settings.visible_extent()
    w, h = settings.size
    radius_px = max(renderer.radius_px(settings.dpi), 1.0)
    m = (radius_px + 1) * res
    idx = pts.query((minx - m, miny - m, maxx + m, maxy + m))
    shown = layer.visible_rows(settings.time_window)
    if shown is not None:
        idx = idx[shown[pts.rows[idx]]]
    if not len(idx):
        return True
    weights = renderer.weights_for(layer.attributes)
    if weights is not None:
        weights = np.asarray(weights, dtype=np.float64)[pts.rows[idx]]
    px = (pts.x[idx] - minx) / res
    py = (maxy - pts.y[idx]) / res
    grid = renderer.density_grid(px, py, w, h, radius_px, weights=weights)
    painter.drawImage(QPointF(0, 0), qimage_from_rgba(renderer.colorize(grid)))
    return True


def _draw_raster(painter: QPainter, settings: MapSettings, layer: Any) -> bool:
    from gisdesk.render.raster import raster_argb

    argb = raster_argb(layer, settings)
    if argb is not None:
        painter.drawImage(QPointF(0, 0), qimage_from_argb32(argb, copy=False))
    return True


# ------------------------------------------------------------------------------------------------
# numpy -> QImage
# ------------------------------------------------------------------------------------------------
def qimage_from_rgba(rgba: np.ndarray) -> QImage:
    """A QImage (owning its pixels) from (h, w, 4) straight-alpha RGBA bytes."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def qimage_from_argb32(argb: np.ndarray, copy: bool = True) -> QImage:
    """A QImage from (h, w) uint32 premultiplied ARGB values. ``copy=False``: the image borrows the array's
    memory, so it is valid only while the array lives (draw it at once)."""
    argb = np.ascontiguousarray(argb, dtype=np.uint32)
    h, w = argb.shape
    image = QImage(argb.data, w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy() if copy else image
