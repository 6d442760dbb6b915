"""Drawing an XYZ tile layer (``gisdesk.layers.tiles.TileLayer``) into a map frame of any CRS.

``draw_tiles`` never touches the network: it takes the tiles of the view (``TileLayer.view_tiles``: the zoom
follows the frame's resolution at 96 dpi) from the disk cache, pastes them into one Web Mercator mosaic
(a missing tile is filled from a cached parent tile up to ``PARENT_LEVELS`` zooms coarser, scaled up), and
puts the mosaic into the frame. Over a city-sized view Web Mercator and the map CRS (EPSG:9214, a transverse
Mercator) are related by an affine map to far better than a pixel: the mosaic is then drawn by Qt with that
transform (fitted on a 5 x 5 grid of points reprojected with pyproj, used when its largest error is at most
``AFFINE_TOLERANCE_PX``). Larger views are warped with ``rasterio.warp.reproject`` (bilinear, on
premultiplied ARGB so transparent edges do not darken). Tiles whose bytes do not decode are recorded as errors on the layer and
removed from the cache. The attribution is written in the bottom-right corner.

Fetching is separate:

* the canvas calls ``request_view_tiles(layers, settings)`` (GUI thread) whenever it starts a frame: the
  missing tiles are downloaded in the background and the layer's ``events.data`` fires on the GUI thread
  when they are on disk, so the canvas draws again;
* an export (print layout, ``gisdesk render``) calls ``ensure_view_tiles(layers, settings, timeout)`` before
  drawing; offline it returns after the timeout at most (at once when the tiles failed recently) and the
  export draws what is cached.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTransform

from gisdesk.core.i18n import tr
from gisdesk.layers.tiles import TILE_SIZE, WEB_MERCATOR, TileLayer, TilePlan, _to_mercator, tile_span
from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)

#: a missing tile is drawn from a cached ancestor up to this many zoom levels coarser
PARENT_LEVELS = 4
#: the mosaic is drawn with one affine transform when that is this close (frame pixels) to the true mapping
AFFINE_TOLERANCE_PX = 0.25
#: on a vector device (PDF, printer) the warped tiles are drawn at this many dpi at most
VECTOR_DEVICE_DPI = 150.0

__all__ = ["draw_tiles", "ensure_view_tiles", "request_view_tiles", "tile_layers"]


def tile_layers(layers: Sequence[Any]) -> list[TileLayer]:
    """The visible tile layers among ``layers``."""
    return [lay for lay in layers if isinstance(lay, TileLayer) and lay.visible and lay.opacity > 0]


def _plan(layer: TileLayer, settings: MapSettings) -> TilePlan | None:
    return layer.view_tiles(settings.visible_extent(), settings.crs, settings.size, settings.dpi)


# ------------------------------------------------------------------------------------------------
# fetching
# ------------------------------------------------------------------------------------------------
class _GuiDispatcher(QObject):
    """Runs callables on the thread it lives in (made on the GUI thread): worker threads emit ``call``."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Any) -> None:
        fn()


_dispatcher: _GuiDispatcher | None = None


def _gui_dispatch() -> Any:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _GuiDispatcher()
    return _dispatcher.call.emit


def request_view_tiles(layers: Sequence[Any], settings: MapSettings) -> int:
    """Start the background download of the missing tiles of this frame for every visible tile layer.
    Call it on the GUI thread; each layer's ``events.data`` then fires on the GUI thread. Returns the number
    of tiles queued."""
    queued = 0
    for layer in tile_layers(layers):
        if layer.dispatch is None:
            layer.dispatch = _gui_dispatch()
        plan = _plan(layer, settings)
        queued += layer.fetch_tiles(plan.tiles if plan is not None else [])
    return queued


def ensure_view_tiles(layers: Sequence[Any], settings: MapSettings, timeout: float = 10.0) -> None:
    """Download the missing tiles of this frame (exports), waiting ``timeout`` seconds at most in all."""
    import time

    deadline = time.monotonic() + max(0.0, float(timeout))
    for layer in tile_layers(layers):
        plan = _plan(layer, settings)
        if plan is not None:
            layer.ensure_tiles(plan.tiles, timeout=max(0.0, deadline - time.monotonic()))


# ------------------------------------------------------------------------------------------------
# drawing
# ------------------------------------------------------------------------------------------------
def _decode(layer: TileLayer, tile: tuple[int, int, int]) -> QImage | None:
    data = layer.cached_tile(tile)
    if data is None:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        layer.record_error(tile, "image", tr("the cached tile is not an image it can read"), drop_cached=True)
        return None
    return image


def _ancestor(layer: TileLayer, tile: tuple[int, int, int]) -> tuple[QImage, QRectF] | None:
    """A cached coarser tile covering ``tile`` and the part of it that does."""
    z, x, y = tile
    for k in range(1, PARENT_LEVELS + 1):
        if z - k < layer.min_zoom or z - k < 0:
            return None
        image = _decode(layer, (z - k, x >> k, y >> k))
        if image is not None:
            n = 1 << k
            fw, fh = image.width() / n, image.height() / n
            return image, QRectF((x % n) * fw, (y % n) * fh, fw, fh)
    return None


def _mosaic(layer: TileLayer, plan: TilePlan) -> tuple[np.ndarray, int]:
    """(rows*256, cols*256) uint32 premultiplied ARGB of the plan's tiles, and how many were drawn."""
    argb = np.zeros((plan.rows * TILE_SIZE, plan.columns * TILE_SIZE), dtype=np.uint32)
    image = QImage(argb.data, argb.shape[1], argb.shape[0], 4 * argb.shape[1],
                   QImage.Format.Format_ARGB32_Premultiplied)
    drawn = 0
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for tile in plan.tiles:
            _z, x, y = tile
            target = QRectF((x - plan.x0) * TILE_SIZE, (y - plan.y0) * TILE_SIZE, TILE_SIZE, TILE_SIZE)
            tile_image = _decode(layer, tile)
            if tile_image is not None:
                p.drawImage(target, tile_image, QRectF(tile_image.rect()))
                drawn += 1
                continue
            parent = _ancestor(layer, tile)
            if parent is not None:
                p.drawImage(target, parent[0], parent[1])
    finally:
        p.end()
    return argb, drawn


def _warp(argb: np.ndarray, plan: TilePlan, settings: MapSettings, size: tuple[int, int]) -> np.ndarray:
    """The mosaic (EPSG:3857) in the frame's grid of ``size`` pixels (uint32 premultiplied ARGB)."""
    from rasterio.enums import Resampling
    from rasterio.transform import Affine
    from rasterio.warp import reproject

    w, h = size
    minx, _miny, maxx, maxy = settings.visible_extent()
    res = (maxx - minx) / w
    tile_res = tile_span(plan.zoom) / TILE_SIZE
    left, _b, _r, top = plan.bounds
    src = np.ascontiguousarray(argb.view(np.uint8).reshape(argb.shape[0], argb.shape[1], 4).transpose(2, 0, 1))
    dst = np.zeros((4, h, w), dtype=np.uint8)
    reproject(source=src, destination=dst,
              src_transform=Affine(tile_res, 0.0, left, 0.0, -tile_res, top), src_crs=WEB_MERCATOR,
              dst_transform=Affine(res, 0.0, minx, 0.0, -res, maxy), dst_crs=settings.crs,
              resampling=Resampling.bilinear, init_dest_nodata=False)
    return np.ascontiguousarray(dst.transpose(1, 2, 0)).view(np.uint32).reshape(h, w)


def _affine_to_frame(plan: TilePlan, settings: MapSettings,
                     block: tuple[float, float, float, float] | None = None) -> tuple[QTransform | None, float]:
    """The affine map from mosaic pixels to frame pixels fitted on a 5 x 5 grid over ``block`` (x0, y0, x1, y1
    in frame pixels; default: the whole frame), and its largest error there in frame pixels (Web Mercator
    and a city-sized view in a transverse Mercator CRS are affine to a small fraction of a pixel)."""
    w, h = settings.size
    bx0, by0, bx1, by1 = block if block is not None else (0.0, 0.0, float(w), float(h))
    minx, _miny, _maxx, maxy = settings.visible_extent()
    res = settings.resolution()
    gx, gy = np.meshgrid(np.linspace(bx0, bx1, 5), np.linspace(by0, by1, 5))
    px, py = gx.ravel(), gy.ravel()
    mx, my = minx + px * res, maxy - py * res
    if settings.crs != WEB_MERCATOR:
        try:
            mx, my = _to_mercator(settings.crs).transform(mx, my)
        except Exception:  # noqa: BLE001 - outside the CRS's area: let the warper handle it
            return None, math.inf
    mx, my = np.asarray(mx, dtype=np.float64), np.asarray(my, dtype=np.float64)
    if not (np.isfinite(mx).all() and np.isfinite(my).all()):
        return None, math.inf
    tile_res = tile_span(plan.zoom) / TILE_SIZE
    left, _b, _r, top = plan.bounds
    u, v = (mx - left) / tile_res, (top - my) / tile_res
    a = np.column_stack([u, v, np.ones_like(u)])
    coef, *_ = np.linalg.lstsq(a, np.column_stack([px, py]), rcond=None)
    err = float(np.abs(a @ coef - np.column_stack([px, py])).max())
    (m11, m12), (m21, m22), (dx, dy) = coef
    return QTransform(m11, m12, m21, m22, dx, dy), err


def _affine_blocks(plan: TilePlan, settings: MapSettings) -> list[tuple[QRectF, QTransform]] | None:
    """The frame cut into 1, 2 x 2, 4 x 4 or 8 x 8 blocks (the fewest that work), each with an affine map
    within ``AFFINE_TOLERANCE_PX``; None when even 8 x 8 blocks are not affine enough."""
    w, h = settings.size
    for n in (1, 2, 4, 8):
        xs = np.linspace(0, w, n + 1).round()
        ys = np.linspace(0, h, n + 1).round()
        out = []
        for j in range(n):
            for i in range(n):
                box = (float(xs[i]), float(ys[j]), float(xs[i + 1]), float(ys[j + 1]))
                if box[2] <= box[0] or box[3] <= box[1]:
                    continue
                transform, err = _affine_to_frame(plan, settings, box)
                if transform is None or err > AFFINE_TOLERANCE_PX:
                    break
                out.append((QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1]), transform))
            else:
                continue
            break
        else:
            return out
    return None


def draw_tiles(painter: QPainter, settings: MapSettings, layer: TileLayer) -> bool:
    """Draw the cached tiles of ``layer`` for this frame (never fetches). Always True (nothing to cancel)."""
    plan = _plan(layer, settings)
    if plan is None:
        layer.note_view([])
        return True
    layer.note_view(plan.tiles)
    argb, _drawn = _mosaic(layer, plan)
    if argb.any():
        w, h = settings.size
        mosaic = QImage(argb.data, argb.shape[1], argb.shape[0], 4 * argb.shape[1],
                        QImage.Format.Format_ARGB32_Premultiplied)
        blocks = _affine_blocks(plan, settings)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            if blocks is not None:  # Qt's bilinear resampling: ~20 ms for a full screen
                op = Qt.ClipOperation.IntersectClip if painter.hasClipping() else Qt.ClipOperation.ReplaceClip
                for rect, transform in blocks:
                    painter.save()
                    if len(blocks) > 1:
                        painter.setClipRect(rect, op)
                    painter.setTransform(transform, True)
                    painter.drawImage(QPointF(0, 0), mosaic)
                    painter.restore()
            else:  # a view too large for one affine map: GDAL's warper (slower, exact)
                out = (w, h)
                if not isinstance(painter.device(), QImage) and settings.dpi > VECTOR_DEVICE_DPI:
                    k = VECTOR_DEVICE_DPI / settings.dpi
                    out = (max(1, round(w * k)), max(1, round(h * k)))
                warped = _warp(argb, plan, settings, out)
                image = QImage(warped.data, out[0], out[1], 4 * out[0], QImage.Format.Format_ARGB32_Premultiplied)
                painter.drawImage(QRectF(0, 0, w, h), image, QRectF(0, 0, out[0], out[1]))
                del image, warped  # the QImage only borrowed the array while drawing
        finally:
            painter.restore()
        del mosaic
    if layer.attribution:
        _draw_attribution(painter, settings, layer.attribution)
    return True


def _draw_attribution(painter: QPainter, settings: MapSettings, text: str) -> None:
    w, h = settings.size
    font = QFont()
    font.setPixelSize(max(8, round(settings.mm_to_px(2.2))))
    fm = QFontMetricsF(font)
    pad = max(2.0, settings.mm_to_px(0.6))
    tw = min(fm.horizontalAdvance(text), w - 2 * pad)
    box = QRectF(w - tw - 2 * pad, h - fm.height() - 2 * pad, tw + 2 * pad, fm.height() + 2 * pad)
    painter.save()
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRect(box)
        painter.setFont(font)
        painter.setPen(QColor(40, 40, 40))
        elided = fm.elidedText(text, Qt.TextElideMode.ElideLeft, tw)
        painter.drawText(QPointF(box.left() + pad, box.bottom() - pad - fm.descent()), elided)
    finally:
        painter.restore()
