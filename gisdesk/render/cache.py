"""RenderCache: what a frame can reuse from the last one, per layer. Thread-safe.

Per layer (held weakly: a removed layer's entries go with it):

* ``geometry(layer, crs)``: the layer's geometry exploded, flattened to numpy arrays and reprojected to the
  map CRS (``geometry.PreparedGeometry``, with its spatial index), keyed on (data_version, layer CRS, map CRS):
  reprojection happens once per layer and CRS, not per frame;
* ``classes(layer, style)``: the symbol index of every row from the style's renderer, keyed on
  (data_version, style);
* ``anchors(layer, crs)``: label anchor points per row;
* ``layer_image(layer, key)``: the layer's last image and the key it was drawn for (map settings and the
  layer's drawing state); an unchanged layer is blitted, not redrawn.

Each slot keeps the latest key only. Two threads asking for the same missing entry wait for one computation
(a cancelled frame that is still preparing a layer hands its result to the frame that replaced it).
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np

from gisdesk.layers.vector import PointData
from gisdesk.render.geometry import PreparedGeometry, prepare_geometries, prepare_points, transform_coords

_STALE = object()  # the key of an image kept only for its memory


class _Entry:
    __slots__ = ("__weakref__", "locks", "values")

    def __init__(self) -> None:
        self.locks: dict[str, threading.Lock] = {}
        self.values: dict[str, tuple[Any, Any]] = {}


class RenderCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: weakref.WeakKeyDictionary[Any, _Entry] = weakref.WeakKeyDictionary()

    # -- generic slot ----------------------------------------------------------------------------
    def _slot(self, layer: Any, slot: str, key: Any, compute: Callable[[], Any]) -> Any:
        with self._lock:
            entry = self._entries.get(layer)
            if entry is None:
                entry = self._entries[layer] = _Entry()
            lock = entry.locks.setdefault(slot, threading.Lock())
        with lock:
            held = entry.values.get(slot)
            if held is not None and held[0] == key:
                return held[1]
            value = compute()
            entry.values[slot] = (key, value)
            return value

    def _peek(self, layer: Any, slot: str) -> tuple[Any, Any] | None:
        with self._lock:
            entry = self._entries.get(layer)
            return None if entry is None else entry.values.get(slot)

    # -- vector data ------------------------------------------------------------------------------
    def geometry(self, layer: Any, crs: str) -> PreparedGeometry:
        """The layer's geometry prepared for drawing in ``crs`` (built once per data version and CRS)."""
        data, version = snapshot(layer)
        key = (version, layer.crs, crs)
        return self._slot(layer, "geometry", key, lambda: prepare_data(data, layer.crs, crs))

    def classes(self, layer: Any, style: dict[str, Any], renderer: Any) -> tuple[np.ndarray, list[Any]]:
        """(symbol index per row, symbols) from ``renderer.classify`` (once per data version and style)."""
        data, version = snapshot(layer)
        key = (version, style_key(style))
        return self._slot(layer, "classes", key, lambda: classify(renderer, attributes_of(data)))

    def anchors(self, layer: Any, crs: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, y, size) per row: a label anchor in ``crs`` (NaN without geometry) and the feature's size."""
        data, version = snapshot(layer)
        key = (version, layer.crs, crs)
        return self._slot(layer, "anchors", key, lambda: data_anchors(data, layer.crs, crs))

    # -- images ------------------------------------------------------------------------------------
    def layer_image(self, layer: Any, key: Any) -> Any:
        """The image last drawn for ``layer`` if it was drawn for ``key``, else None."""
        held = self._peek(layer, "image")
        if held is not None and held[0] == key:
            return held[1]
        return None

    def store_layer_image(self, layer: Any, key: Any, image: Any) -> None:
        with self._lock:
            entry = self._entries.get(layer)
            if entry is None:
                entry = self._entries[layer] = _Entry()
            entry.values["image"] = (key, image)

    def take_image_buffer(self, layer: Any, size: tuple[int, int]) -> Any:
        """The layer's last QImage, removed from the cache, when it has ``size``: a frame that draws the
        layer again paints into it instead of allocating (and page-faulting) a new 6 MB image."""
        with self._lock:
            entry = self._entries.get(layer)
            held = None if entry is None else entry.values.get("image")
            if held is None:
                return None
            image = held[1][0] if isinstance(held[1], tuple) else held[1]
            if (image.width(), image.height()) != tuple(size):
                return None
            del entry.values["image"]
            return image

    def clear_images(self) -> None:
        """Forget the layer images (the prepared data stays): the next frame draws every layer again.
        The images' memory is kept for reuse."""
        with self._lock:
            for entry in self._entries.values():
                held = entry.values.get("image")
                if held is not None:
                    entry.values["image"] = (_STALE, held[1])

    def invalidate(self, layer: Any) -> None:
        with self._lock:
            self._entries.pop(layer, None)

    def clear(self) -> None:
        with self._lock:
            self._entries = weakref.WeakKeyDictionary()


def snapshot(layer: Any) -> tuple[Any, int]:
    """(data, data_version) read consistently while another thread may replace the data. ``data`` is the
    layer's ``PointData`` when it holds its points as arrays (nothing is built), else its GeoDataFrame."""
    for _ in range(10):
        version = layer.data_version
        data = _data_of(layer)
        if layer.data_version == version:
            return data, version
    return _data_of(layer), layer.data_version


def _data_of(layer: Any) -> Any:
    points = getattr(layer, "points", None)
    return points if points is not None else layer.data


def attributes_of(data: Any) -> Any:
    """The attribute frame of what ``snapshot`` returned."""
    return data.table if isinstance(data, PointData) else data


def prepare_data(data: Any, src: str | None, dst: str | None) -> PreparedGeometry:
    if isinstance(data, PointData):
        return prepare_points(data.x, data.y, src, dst)
    return prepare_geometries(data.geometry.values, src, dst)


def data_anchors(data: Any, src: str | None, dst: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if isinstance(data, PointData):
        x, y = transform_coords(data.x, data.y, src, dst)
        bad = ~(np.isfinite(x) & np.isfinite(y))
        x, y = np.where(bad, np.nan, x), np.where(bad, np.nan, y)
        return x, y, np.zeros(len(x))
    return label_anchors(data.geometry.values, src, dst)


def style_key(style: dict[str, Any]) -> str:
    return json.dumps(style, sort_keys=True, default=str)


def classify(renderer: Any, data: Any) -> tuple[np.ndarray, list[Any]]:
    index, symbols = renderer.classify(data)
    index = np.asarray(index, dtype=np.int32)
    if len(index) != len(data):
        raise ValueError(f"the style's renderer classified {len(index)} rows of {len(data)}")  # programming error
    index = np.where(index < len(symbols), index, -1).astype(np.int32)
    return index, list(symbols)


def label_anchors(geoms: Any, src: str | None, dst: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    import shapely

    g = np.asarray(geoms, dtype=object)
    n = len(g)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    size = np.zeros(n)
    ok = ~(shapely.is_missing(g) | shapely.is_empty(g))
    if ok.any():
        pts = shapely.point_on_surface(g[ok])
        xy = shapely.get_coordinates(pts)
        if len(xy) == int(ok.sum()):
            tx, ty = transform_coords(xy[:, 0], xy[:, 1], src, dst)
            x[ok], y[ok] = tx, ty
        b = shapely.bounds(g[ok])
        size[ok] = np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
    bad = ~(np.isfinite(x) & np.isfinite(y))
    x[bad] = np.nan
    y[bad] = np.nan
    return x, y, size
