"""MapSettings: what a frame shows (extent, CRS) and how (pixel size, dpi, background).

A frozen, hashable value: the canvas builds one per frame, a ``RenderJob`` hands it back with the image,
and the layer-image cache keys on it. Pixel coordinates have x to the right and y downwards, (0, 0) at
the top-left corner of the top-left pixel; map coordinates are in ``crs`` with x east (always_xy).
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QTransform

from gisdesk.core.i18n import tr, trf

Extent = tuple[float, float, float, float]
RGBA = tuple[int, int, int, int]

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class MapSettings:
    """A map frame. ``draw_map`` keeps the aspect ratio: the extent is grown to fit ``size``."""

    extent: Extent  # (minx, miny, maxx, maxy) in ``crs``
    size: tuple[int, int]  # output pixels (width, height)
    crs: str  # the project CRS, "EPSG:xxxx" or WKT2
    dpi: float = 96.0  # symbol sizes are in mm: px = mm * dpi / 25.4
    background: RGBA = (255, 255, 255, 255)
    time_window: Any = None  # core.timewindow.TimeWindow: time-aware layers draw only the rows inside it

    def __post_init__(self) -> None:
        try:
            extent = tuple(float(v) for v in self.extent)
        except (TypeError, ValueError):
            extent = ()
        try:
            size = tuple(int(v) for v in self.size)
        except (TypeError, ValueError):
            size = ()
        try:
            background = tuple(int(v) for v in self.background)
        except (TypeError, ValueError):
            background = ()
        try:
            dpi = float(self.dpi)
        except (TypeError, ValueError):
            dpi = math.nan
        if len(extent) != 4 or not all(math.isfinite(v) for v in extent):
            raise ValueError(trf("a map extent is 4 finite numbers (minx, miny, maxx, maxy), got {extent!r}",
                                 extent=self.extent))
        if not (extent[2] > extent[0] and extent[3] > extent[1]):
            raise ValueError(trf("a map extent needs maxx > minx and maxy > miny, got {extent!r}", extent=self.extent))
        if len(size) != 2 or size[0] < 1 or size[1] < 1:
            raise ValueError(trf("a map size is (width, height) of at least 1 pixel, got {size!r}", size=self.size))
        if len(background) == 3:
            background = (*background, 255)
        if len(background) != 4:
            raise ValueError(trf("background is an RGBA colour, got {background!r}", background=self.background))
        if not (dpi > 0 and math.isfinite(dpi)):
            raise ValueError(trf("dpi must be a positive number, got {dpi!r}", dpi=self.dpi))
        if not self.crs:
            raise ValueError(tr("a map needs a CRS"))
        object.__setattr__(self, "extent", extent)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "background", background)
        object.__setattr__(self, "dpi", float(self.dpi))

    # -- geometry of the frame -------------------------------------------------------------------
    @property
    def width(self) -> int:
        return self.size[0]

    @property
    def height(self) -> int:
        return self.size[1]

    def resolution(self) -> float:
        """Map units per pixel (the same along x and y)."""
        minx, miny, maxx, maxy = self.extent
        return max((maxx - minx) / self.size[0], (maxy - miny) / self.size[1])

    def visible_extent(self) -> Extent:
        """The extent actually shown: ``extent`` grown around its centre to the aspect ratio of ``size``."""
        minx, miny, maxx, maxy = self.extent
        res = self.resolution()
        cx, cy = (minx + maxx) / 2.0, (miny + maxy) / 2.0
        hw, hh = res * self.size[0] / 2.0, res * self.size[1] / 2.0
        return (cx - hw, cy - hh, cx + hw, cy + hh)

    def map_to_pixel(self) -> QTransform:
        """Map coordinates -> pixel coordinates (y flipped)."""
        minx, _, _, maxy = self.visible_extent()
        res = self.resolution()
        return QTransform(1.0 / res, 0.0, 0.0, -1.0 / res, -minx / res, maxy / res)

    def pixel_to_map(self, x: float, y: float) -> tuple[float, float]:
        minx, _, _, maxy = self.visible_extent()
        res = self.resolution()
        return (minx + float(x) * res, maxy - float(y) * res)

    def mm_to_px(self, mm: float) -> float:
        return float(mm) * self.dpi / MM_PER_INCH

    def scale_denominator(self) -> float:
        """N of the scale 1:N at this dpi. Geographic CRSs: geodesic metres per pixel at the centre."""
        m_per_px = _metres_per_pixel(self.crs, self.visible_extent(), self.resolution())
        return m_per_px / (MM_PER_INCH / 1000.0 / self.dpi)

    # -- copies -------------------------------------------------------------------------------------
    def with_extent(self, extent: Any) -> MapSettings:
        return dataclasses.replace(self, extent=tuple(extent))

    def with_size(self, size: Any) -> MapSettings:
        return dataclasses.replace(self, size=tuple(size))


@functools.lru_cache(maxsize=32)
def _crs_units(crs: str) -> tuple[bool, float, Any]:
    """(is geographic, metres per unit of the first axis, Geod or None) for a CRS string."""
    from gisdesk.core.crs import to_crs

    c = to_crs(crs)
    if c.is_geographic:
        return True, 1.0, c.get_geod()
    factor = 1.0
    if c.axis_info:
        factor = float(c.axis_info[0].unit_conversion_factor or 1.0)
    return False, factor, None


def _metres_per_pixel(crs: str, extent: Extent, res: float) -> float:
    geographic, factor, geod = _crs_units(crs)
    if not geographic:
        return res * factor
    cx, cy = (extent[0] + extent[2]) / 2.0, (extent[1] + extent[3]) / 2.0
    cy = max(-89.9, min(89.9, cy))
    half = res / 2.0
    _, _, dist = geod.inv(cx - half, cy, cx + half, cy)
    if not (dist > 0):  # a pixel wider than the globe or a degenerate ellipsoid: use the meridian
        _, _, dist = geod.inv(cx, cy - half, cx, cy + half)
    return float(dist)
