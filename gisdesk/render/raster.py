"""Rasters: read at the resolution of the screen, warp into the frame's pixel grid, colour with numpy.

``RasterLayer.read`` asks GDAL for the visible window at about as many pixels as it covers on screen (GDAL
reads from overviews when the file has them), ``rasterio.warp.reproject`` puts it into the frame's grid
in the map CRS, and a colour ramp turns it into RGBA:

* one band: a grey ramp (or the style's ``"ramp"``: "terrain" or any ``gisdesk.styles.ramps`` name or
  list of colours), stretched from the minimum to the maximum of what was read, or the style's
  ``"min"``/``"max"``; nodata is transparent;
* three or more bands: RGB (bytes as they are, other types stretched per band).

Style dict (all optional): ``{"kind": "raster", "ramp": "grey", "min": 0, "max": 100, "bands": [1]}``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from gisdesk.render.geometry import transform_extent

if TYPE_CHECKING:  # colouring a raster needs no Qt (the HTML export uses it); only the signature names it
    from gisdesk.render.settings import MapSettings

# a hypsometric ramp for elevation: lowland greens, hills yellow-tan, mountains brown, peaks white
TERRAIN: tuple[tuple[int, int, int, int], ...] = (
    (86, 150, 96, 255), (128, 182, 106, 255), (190, 205, 130, 255), (225, 205, 150, 255),
    (200, 165, 115, 255), (160, 125, 95, 255), (140, 115, 100, 255), (245, 245, 245, 255),
)
GREY: tuple[tuple[int, int, int, int], ...] = ((0, 0, 0, 255), (255, 255, 255, 255))


def raster_argb(layer: Any, settings: MapSettings) -> np.ndarray | None:
    """(height, width) uint32 premultiplied ARGB of the raster in the frame's grid, or None when nothing shows."""
    from rasterio.enums import Resampling
    from rasterio.transform import Affine
    from rasterio.warp import reproject

    w, h = settings.size
    view_ext = settings.visible_extent()
    res = settings.resolution()
    map_crs = settings.crs
    src_crs = layer.crs or map_crs
    style = layer.style or {}
    bands = [int(b) for b in style.get("bands") or layer.bands]
    # the part of the raster that shows, in the raster's CRS
    wanted = transform_extent(view_ext, map_crs, src_crs)
    if wanted is None:
        return None
    rb = layer.extent
    read_ext = (max(wanted[0], rb[0]), max(wanted[1], rb[1]), min(wanted[2], rb[2]), min(wanted[3], rb[3]))
    if read_ext[2] <= read_ext[0] or read_ext[3] <= read_ext[1]:
        return None
    # how many screen pixels that part covers: read about that many raster pixels (never more than native)
    on_screen = transform_extent(read_ext, src_crs, map_crs)
    if on_screen is None:
        return None
    cols = max(1, math.ceil((on_screen[2] - on_screen[0]) / res))
    rows = max(1, math.ceil((on_screen[3] - on_screen[1]) / res))
    if not layer.is_rotated:
        native_cols = (read_ext[2] - read_ext[0]) / abs(layer.transform.a)
        native_rows = (read_ext[3] - read_ext[1]) / abs(layer.transform.e)
        cols = max(1, min(cols, math.ceil(native_cols)))
        rows = max(1, min(rows, math.ceil(native_rows)))
    else:
        cols, rows = max(1, min(cols, layer.width)), max(1, min(rows, layer.height))
    view = layer.read(read_ext, (rows, cols), bands=bands, resampling=Resampling.nearest)
    if view is None:
        return None
    data = view.data
    src = np.ma.filled(data.astype(np.float32), np.nan)
    t = view.transform
    if (view.crs or map_crs) == map_crs and t.b == 0 and t.d == 0 and t.a > 0 and t.e < 0:
        dst = _resample_nearest(src, t, view_ext, res, w, h)  # same CRS, north up: a gather, no warp
    else:
        dst = np.full((src.shape[0], h, w), np.nan, dtype=np.float32)
        dst_transform = Affine(res, 0.0, view_ext[0], 0.0, -res, view_ext[3])
        reproject(source=src, destination=dst, src_transform=t, src_crs=view.crs or map_crs,
                  src_nodata=np.nan, dst_transform=dst_transform, dst_crs=map_crs, dst_nodata=np.nan,
                  resampling=Resampling.nearest, num_threads=2)
    return colorize(dst, style, stretch_ranges(layer, style, bands, data.dtype))


def _resample_nearest(src: np.ndarray, t: Any, view_ext: tuple[float, ...], res: float, w: int,
                      h: int) -> np.ndarray:
    """Nearest-neighbour resampling of a north-up grid into the frame's grid (same CRS) by index gathers."""
    nb, rows, cols = src.shape
    xc = view_ext[0] + (np.arange(w) + 0.5) * res
    yc = view_ext[3] - (np.arange(h) + 0.5) * res
    ci = np.floor((xc - t.c) / t.a).astype(np.int64)
    ri = np.floor((yc - t.f) / t.e).astype(np.int64)
    okc = (ci >= 0) & (ci < cols)
    okr = (ri >= 0) & (ri < rows)
    dst = np.full((nb, h, w), np.nan, dtype=np.float32)
    if okc.any() and okr.any():
        c0, c1 = np.flatnonzero(okc)[[0, -1]]
        r0, r1 = np.flatnonzero(okr)[[0, -1]]
        dst[:, r0:r1 + 1, c0:c1 + 1] = src[:, ri[r0:r1 + 1][:, None], ci[c0:c1 + 1][None, :]]
    return dst


def stretch_ranges(layer: Any, style: dict[str, Any], bands: list[int],
                   dtype: Any = None) -> list[tuple[float, float]] | None:
    """The (low, high) value each shown band is stretched over: for one band the style's ``min``/``max``, else the
    whole raster's range (``RasterLayer.value_range``: the same on screen, on paper and in the HTML map, however
    the map is zoomed); for RGB each band's range, or None for 8-bit RGB (shown as it is)."""
    if len(bands) >= 3:
        if np.dtype(dtype or layer.dtypes[bands[0] - 1]) == np.uint8:
            return None
        return [layer.value_range(b) for b in bands[:3]]
    lo, hi = style.get("min"), style.get("max")
    if lo is None or hi is None:  # the raster is read only for an end the style leaves open
        data_lo, data_hi = layer.value_range(bands[0])
        lo = data_lo if lo is None else lo
        hi = data_hi if hi is None else hi
    return [(float(lo), float(hi))]


def colorize(dst: np.ndarray, style: dict[str, Any], ranges: list[tuple[float, float]] | None) -> np.ndarray:
    """Premultiplied ARGB32 pixels for warped bands ``dst`` (NaN = no data), stretched over ``ranges``
    (``stretch_ranges``; None: 8-bit RGB as it is)."""
    nb, h, w = dst.shape
    if nb >= 3:
        valid = np.isfinite(dst[0]) & np.isfinite(dst[1]) & np.isfinite(dst[2])
        out = np.full((h, w), 0xFF000000, dtype=np.uint32)
        for i, shift in zip(range(3), (16, 8, 0), strict=True):
            band = dst[i]
            if ranges is None:
                v = np.clip(np.nan_to_num(band), 0, 255).astype(np.uint32)
            else:
                v = _stretch(band, *ranges[i]).astype(np.uint32)
            out |= v << np.uint32(shift)
        return np.where(valid, out, np.uint32(0))
    band = dst[0]
    valid = np.isfinite(band)
    if not valid.any():
        return np.zeros((h, w), dtype=np.uint32)
    assert ranges is not None
    lo, hi = ranges[0]
    idx = _stretch(band, lo, hi)
    lut = _premultiplied(ramp_lut(style.get("ramp") or "grey"))
    return np.where(valid, lut[idx], np.uint32(0))


def _premultiplied(lut: np.ndarray) -> np.ndarray:
    """(n, 4) straight RGBA bytes -> (n,) premultiplied ARGB32 values."""
    c = lut.astype(np.uint32)
    a = c[:, 3]
    r, g, b = ((c[:, i] * a + 127) // 255 for i in range(3))
    return (a << np.uint32(24)) | (r << np.uint32(16)) | (g << np.uint32(8)) | b


def ramp_lut(ramp: Any) -> np.ndarray:
    """(256, 4) uint8 colours for a ramp name ("grey", "terrain", a ``gisdesk.styles.ramps`` name) or list."""
    if isinstance(ramp, str) and ramp.casefold() in ("grey", "gray"):
        stops = GREY
    elif isinstance(ramp, str) and ramp.casefold() == "terrain":
        stops = TERRAIN
    else:
        try:
            from gisdesk.styles.ramps import ramp_lut as styles_lut

            return styles_lut(ramp, 256)
        except (ImportError, ValueError):
            stops = GREY
    arr = np.asarray(stops, dtype=np.float64)
    pos = np.linspace(0.0, 1.0, 256)
    xp = np.linspace(0.0, 1.0, len(arr))
    return np.clip(np.rint(np.stack([np.interp(pos, xp, arr[:, c]) for c in range(4)], axis=1)), 0, 255).astype(
        np.uint8)


def raster_legend(layer: Any) -> list[Any]:
    """The legend rows of a raster layer: its name, then for one band its colour ramp from the low to the high
    value of its stretch (``stretch_ranges``), with the numbers as a (Vietnamese) page writes them."""
    from gisdesk.styles.legend import LegendItem

    items = [LegendItem(str(layer.name), heading=True)]
    style = dict(layer.style or {})
    bands = [int(b) for b in style.get("bands") or layer.bands]
    if len(bands) >= 3:
        return items
    lo, hi = stretch_ranges(layer, style, bands)[0]  # type: ignore[index]
    lut = ramp_lut(style.get("ramp") or "grey")
    stops = tuple(tuple(int(v) for v in lut[k]) for k in np.linspace(0, 255, 9).round().astype(int))
    items.append(LegendItem("", ramp=stops, ramp_labels=(page_number(lo), page_number(hi))))
    return items


def page_number(v: float) -> str:
    """A legend value on a page: whole numbers as they are, others to 3 significant digits, decimal comma."""
    text = f"{v:.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:.3g}"
    return text.replace(".", ",")


def _stretch(band: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """uint8 0-255 from ``lo`` to ``hi`` (NaN gives 0; the caller masks it)."""
    span = hi - lo if hi > lo else 1.0
    t = (band - np.float32(lo)) * np.float32(255.0 / span)
    np.clip(t, 0, 255, out=t)
    t = np.nan_to_num(t, copy=False, nan=0.0)
    return (t + np.float32(0.5)).astype(np.uint8)
