"""RasterLayer: a raster read through rasterio, only the window and resolution asked for.

The dataset is opened for metadata when the layer is made and again for each read (a rasterio
dataset must not be shared between threads; opening a local GeoTIFF is cheap and GDAL keeps its
block cache across opens). ``read()`` never reads the whole raster at full resolution unless that is
what was asked: it passes ``out_shape`` to GDAL, which then reads from the overviews when the file has
them and decimates otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from gisdesk.core.crs import crs_to_string
from gisdesk.core.errors import ReadError
from gisdesk.core.i18n import tr, trf
from gisdesk.layers.base import Layer

if TYPE_CHECKING:
    from affine import Affine

# rasterio (its own GDAL: ~25 MB and 0.15 s to load) is imported when a raster is first opened

#: the longest side a read returns when the caller does not say (a screen is ~4k pixels wide)
DEFAULT_MAX_SIDE = 2048
#: a raster's value range (its colour stretch) is taken from a read of at most this many pixels on the long side
STATS_MAX_SIDE = 1024


@dataclass(frozen=True)
class RasterView:
    """What ``RasterLayer.read`` returns: a masked array (bands, rows, cols) and where it sits."""

    data: np.ma.MaskedArray
    transform: Affine
    bounds: tuple[float, float, float, float]
    crs: str | None


class RasterLayer(Layer):
    type_name = "raster"

    def __init__(
        self,
        source: str,
        *,
        name: str = "",
        bands: list[int] | None = None,
        crs: str | None = None,
        style: dict[str, Any] | None = None,
        visible: bool = True,
        opacity: float = 1.0,
    ) -> None:
        super().__init__(name=name, source=str(source), style=style, visible=visible, opacity=opacity)
        import rasterio
        from rasterio.errors import RasterioError

        try:
            with rasterio.open(self.source) as ds:
                self.width, self.height, self.count = ds.width, ds.height, ds.count
                self.dtypes = tuple(ds.dtypes)
                self.nodata = ds.nodata
                self.transform = ds.transform
                self.bounds = _envelope(ds.transform, ds.width, ds.height)
                self._crs = crs_to_string(ds.crs) if ds.crs else None
                self._crs_override = crs_to_string(crs) if crs else None
                self.overviews = ds.overviews(1) if ds.count else []
                self.driver = ds.driver
        except RasterioError as exc:
            raise ReadError(self.source, trf("cannot open as a raster ({error})", error=exc)) from exc
        if not self.count:
            raise ReadError(self.source, tr("the raster has no bands"))
        if not name:
            self.name = _stem(self.source)
        self.bands = list(bands) if bands else ([1, 2, 3] if self.count >= 3 else [1])
        self._value_ranges: dict[int, tuple[float, float]] = {}  # band -> (low, high), see value_range
        bad = [b for b in self.bands if not 1 <= b <= self.count]
        if bad:
            raise ReadError(self.source, trf("band(s) {bands} do not exist (the raster has {n})",
                                             bands=", ".join(map(str, bad)), n=self.count))

    def value_range(self, band: int) -> tuple[float, float]:
        """The lowest and highest valid value of ``band`` over the whole raster (read at most
        ``STATS_MAX_SIDE`` pixels on the long side, overviews when there are), cached: the stretch of a
        one-band raster, so its colours and its legend do not change as the map moves. (0, 1) with no valid
        value."""
        cache = self._value_ranges
        if band not in cache:
            view = self.read(out_shape=_fit(self.height, self.width, STATS_MAX_SIDE), bands=[band])
            vals = np.ma.compressed(view.data[0]) if view is not None else np.zeros(0)
            vals = vals[np.isfinite(vals)] if vals.dtype.kind == "f" else vals
            cache[band] = (float(vals.min()), float(vals.max())) if vals.size else (0.0, 1.0)
        return cache[band]

    @property
    def crs(self) -> str | None:
        """The file's CRS, or the one the user set for a raster that has none (or a wrong one)."""
        return self._crs_override or self._crs

    @property
    def extent(self) -> tuple[float, float, float, float]:
        return self.bounds  # type: ignore[return-value]

    @property
    def is_rotated(self) -> bool:
        return not (self.transform.b == 0 and self.transform.d == 0)

    def read(
        self,
        bounds: tuple[float, float, float, float] | None = None,
        out_shape: tuple[int, int] | None = None,
        *,
        bands: list[int] | None = None,
        resampling: Any = None,
    ) -> RasterView | None:
        """Read ``bounds`` (layer CRS; default: whole raster) at ``out_shape`` (rows, cols).

        Without ``out_shape`` the window is read at its own resolution, capped so that the longest
        side is at most ``DEFAULT_MAX_SIDE``. Returns None when ``bounds`` misses the raster.
        ``resampling``: a ``rasterio.enums.Resampling`` (default: nearest).
        """
        import rasterio
        from rasterio.enums import Resampling
        from rasterio.errors import RasterioError, WindowError
        from rasterio.transform import Affine
        from rasterio.windows import Window, from_bounds

        if resampling is None:
            resampling = Resampling.nearest
        bands = bands or self.bands
        full = Window(0, 0, self.width, self.height)
        if bounds is None or self.is_rotated:
            window = full
        else:
            window = from_bounds(*bounds, transform=self.transform)
            try:
                window = window.intersection(full)
            except WindowError:  # the bounds miss the raster
                return None
        if window.width <= 0 or window.height <= 0:
            return None
        if out_shape is None:
            scale = max(window.width, window.height) / DEFAULT_MAX_SIDE
            scale = max(scale, 1.0)
            out_shape = (max(1, math.ceil(window.height / scale)), max(1, math.ceil(window.width / scale)))
        rows, cols = int(out_shape[0]), int(out_shape[1])
        try:
            with rasterio.open(self.source) as ds:
                data = ds.read(bands, window=window, out_shape=(len(bands), rows, cols),
                               masked=True, resampling=resampling)
                wt = ds.window_transform(window)
        except RasterioError as exc:
            raise ReadError(self.source, trf("reading the raster failed ({error}); the file may be corrupt",
                                             error=exc)) from exc
        transform = wt @ Affine.scale(window.width / cols, window.height / rows)
        return RasterView(
            data=data,
            transform=transform,
            bounds=_envelope(transform, cols, rows),
            crs=self.crs,
        )

    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state["bands"] = list(self.bands)
        state["crs"] = self._crs_override
        return state


def raster_from_state(state: dict[str, Any]) -> RasterLayer:
    state = dict(state)
    state.pop("type", None)
    source = state.pop("source")
    return RasterLayer(source, **state)


def _fit(rows: int, cols: int, max_side: int) -> tuple[int, int]:
    scale = max(rows, cols, 1) / max_side
    if scale <= 1:
        return rows, cols
    return max(1, math.ceil(rows / scale)), max(1, math.ceil(cols / scale))


def _envelope(transform: Affine, cols: int, rows: int) -> tuple[float, float, float, float]:
    """The axis-aligned bounds of a grid, also when its geotransform is rotated."""
    xs, ys = zip(*(transform @ corner for corner in ((0, 0), (cols, 0), (0, rows), (cols, rows))), strict=True)
    return (min(xs), min(ys), max(xs), max(ys))


def _stem(path: str) -> str:
    import os

    base = os.path.basename(path.rstrip("/\\"))
    return base.rsplit(".", 1)[0] if "." in base else base
