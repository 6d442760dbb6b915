"""Drawing a print layout (``gisdesk.export.layout``) to a vector PDF or a PNG, with Qt.

``export_layout(project, layout, path, dpi=300)`` draws the page with one QPainter whose units are device
pixels at ``dpi`` (a QPdfWriter at that resolution, or a QImage of the page's size at that dpi). The map frame
is ``gisdesk.render.draw_map`` (the canvas's drawing path) with a ``MapSettings`` of the frame's size in device
pixels at the output dpi, so symbol sizes in mm print at their size; on a PDF polygons and lines stay vector
paths and text stays text (Qt embeds subsets of the fonts). Title, legend (``styles.legend.legend_for`` and
``render.draw.draw_legend_patch``), scale bar (ground metres measured on the ellipsoid at the map's centre),
north arrow, date (Asia/Ho_Chi_Minh), author and sources go around it.

Optional items (``PrintLayout`` fields):

* the attribute table frame (``table_layer``): the layer's shown rows (its filters and the time window; for
  service requests with ``table_open_only`` the ones not closed) whose location lies in the map frame (on an
  atlas page: inside the page's feature), numbered 1..n; the same numbers are drawn on the map as small
  numbered circles on the features, so a row is matched to its dot. Order: service requests oldest first (the
  longest waiting at the top); other layers north to south, then west to east. Rows beyond
  ``table_max_rows`` (or beyond what the frame holds) are counted on a last line ("… và 123 phản ánh khác");
* the coordinate grid (``grid``): "map" draws lines at a round interval of the project CRS's units, labelled
  inside the frame's top and left edges ("1 770 000"); "lonlat" a WGS 84 graticule ("107°35′E"), each
  meridian and parallel densified and projected, so it is the right curve in a projected CRS. Thin grey
  vector lines; labels that would cover the north arrow or the overview are left out;
* the overview inset (``overview``): ``overview_layer`` (default: the atlas layer, else the visible polygon
  layer covering the largest extent, e.g. the wards) over its whole extent in the map frame's bottom-left
  corner, with the page's extent as a red rectangle; what the inset covers is not listed in the table.

``export_atlas`` draws one page per feature of ``layout.atlas_layer`` (see its docstring) into a multi-page
PDF or one file per page.

The file is written to a temporary file beside the target and renamed into place only when complete
(``core.fileutil.atomic_path``): a cancel or an error leaves no file. Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import shapely
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from gisdesk.core.fileutil import atomic_path
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.export.layout import (
    Extent,
    LayoutBoxes,
    PrintLayout,
    ScaleBar,
    extent_at_scale,
    ground_metres,
    layout_boxes,
    nice_scale_bar,
)
from gisdesk.export.oserror import os_problem
from gisdesk.export.page_text import page_text
from gisdesk.render.cache import RenderCache, data_anchors
from gisdesk.render.draw import draw_layer, draw_legend_patch, draw_map
from gisdesk.render.geometry import transform_coords, transform_extent
from gisdesk.render.paths import ODD_EVEN, path_from_rings
from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans")  # both have Vietnamese glyphs
FORMATS = (".pdf", ".png")
#: the largest PNG side in pixels (an A0 at 600 dpi is ~28,000)
MAX_PNG_SIDE = 30000
#: raster layers (elevation, flood depth) go into a PDF or to a printer at this resolution at most
RASTER_DPI = 150.0


@dataclass(frozen=True)
class PrintResult:
    path: Path
    status: str  # "ok" | "cancelled" | "error"
    pages: int = 0
    error: str = ""
    map_settings: MapSettings | None = None  # the map frame as drawn (extent, size, dpi; an atlas: its last page)
    scale_bar: ScaleBar | None = None
    files: tuple[Path, ...] = ()  # the files written (an atlas with one file per page: each page's file)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class _Cancelled(Exception):
    pass


_SINGLE = object()  # legend marker: the next row is a single-symbol layer (patch + layer name, bold)


def export_layout(project: Any, layout: PrintLayout, path: str | os.PathLike[str], *, dpi: float = 300,
                  extent: Extent | None = None, window: Any = None,
                  cancel: Callable[[], bool] | None = None, progress: Callable[[float], None] | None = None,
                  now: dt.datetime | None = None, atlas: bool | None = None) -> PrintResult:
    """Draw ``layout`` with ``project``'s layers into ``path`` (.pdf or .png); see the module docstring.

    A layout with an ``atlas_layer`` is drawn as its atlas (``export_atlas``: a multi-page PDF, or a PNG per
    page) unless ``atlas`` is False (then the single page of ``extent``).

    ``extent``: the canvas's view (extent mode "canvas"; default the project's saved view, else all layers).
    ``window``: the time window (default ``project.time_window``). ``cancel()`` is polled between items and
    layers; ``progress(fraction)`` is called as the page is drawn (0 to 1, 1 once the file is in place).
    Safe to run on a worker thread (QPdfWriter and QImage are not GUI objects). Never raises for a file or
    drawing problem: the result says "error" with the reason.
    """
    if atlas or (atlas is None and layout.atlas_layer):
        return export_atlas(project, layout, path, dpi=dpi, window=window, cancel=cancel, progress=progress,
                            now=now)
    path = Path(path)
    cancel = cancel or (lambda: False)
    suffix = path.suffix.lower()
    refused = _refused_output(path, dpi)
    if refused is not None:
        return refused
    window = project.time_window if window is None else window
    try:
        boxes = layout_boxes(layout)
        map_extent = resolve_extent(project, layout, boxes, extent)
        shared = _prepare(project, layout, window)
    except ValueError as exc:
        return PrintResult(path, "error", error=str(exc))
    page = _Page(project, layout, boxes, map_extent, float(dpi), window, cancel, now, progress, shared=shared)
    try:
        with atomic_path(path, suffix=suffix) as tmp:
            if suffix == ".pdf":
                _write_pdf(page, tmp)
            else:
                _write_png(page, tmp)
    except _Cancelled:
        return PrintResult(path, "cancelled")
    except OSError as exc:
        return PrintResult(path, "error", error=_write_problem(path, exc))
    page.report(1.0)
    return PrintResult(path, "ok", pages=1, map_settings=page.map_settings, scale_bar=page.scale_bar,
                       files=(path,))


def render_preview(project: Any, layout: PrintLayout, *, dpi: float = 48, extent: Extent | None = None,
                   window: Any = None, cancel: Callable[[], bool] | None = None,
                   now: dt.datetime | None = None, atlas_page: int = 0) -> QImage:
    """The page drawn into a QImage at ``dpi`` (a low resolution for the layout dialog's preview), through the
    same ``_Page`` as the PDF; for a layout with an atlas, its page ``atlas_page`` (0 = the first). ValueError
    when the layout cannot be placed or has nothing to show; a null image when cancelled."""
    window = project.time_window if window is None else window
    shared = _prepare(project, layout, window)
    if layout.atlas_layer:
        pages = atlas_pages(project, layout, window)
        pg = pages[max(0, min(int(atlas_page), len(pages) - 1))]
        lay = _atlas_layout(layout, pg)
        boxes = layout_boxes(lay)
        page = _Page(project, lay, boxes, _atlas_extent(pg, layout, boxes, project.crs), float(dpi), window,
                     cancel or (lambda: False), now, shared=shared, feature=pg.geometry)
    else:
        boxes = layout_boxes(layout)
        map_extent = resolve_extent(project, layout, boxes, extent)
        page = _Page(project, layout, boxes, map_extent, float(dpi), window, cancel or (lambda: False), now,
                     shared=shared)
    try:
        return _page_image(page)
    except _Cancelled:
        return QImage()


def print_layout(project: Any, layout: PrintLayout, printer: Any, *, extent: Extent | None = None,
                 window: Any = None, cancel: Callable[[], bool] | None = None,
                 progress: Callable[[float], None] | None = None, now: dt.datetime | None = None,
                 atlas: bool | None = None) -> PrintResult:
    """Draw ``layout`` on a ``QPrinter`` the user set up in the system print dialog (its printer, copies,
    colour mode). The page size and orientation are the layout's; the drawing uses the printer's resolution.
    A layout with an ``atlas_layer`` prints its atlas, one printer page per feature, unless ``atlas`` is False.
    Never raises for a printing problem: the result says "error" with the reason."""
    from PySide6.QtPrintSupport import QPrinter

    target = Path(printer.outputFileName() or printer.printerName() or "printer")
    cancel = cancel or (lambda: False)
    window = project.time_window if window is None else window
    use_atlas = bool(atlas or (atlas is None and layout.atlas_layer))
    try:
        shared = _prepare(project, layout, window)
        if use_atlas:
            pages = atlas_pages(project, layout, window)
            boxes = layout_boxes(_atlas_layout(layout, pages[0]))
        else:
            boxes = layout_boxes(layout)
            map_extent = resolve_extent(project, layout, boxes, extent)
    except ValueError as exc:
        return PrintResult(target, "error", error=str(exc))
    w_mm, h_mm = boxes.page
    size = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, layout.page)
    printer.setFullPage(True)
    if not printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                             QPageLayout.Unit.Millimeter)):
        return PrintResult(target, "error", error=(
            trf("the printer does not take a {page} landscape page", page=layout.page)
            if layout.orientation == "landscape" else
            trf("the printer does not take a {page} portrait page", page=layout.page)))
    dpi = float(printer.resolution())
    if use_atlas:
        objects: Iterable[_Page] = _atlas_page_objects(project, layout, pages, dpi, window, cancel, now, progress,
                                                       shared)
    else:
        objects = [_Page(project, layout, boxes, map_extent, dpi, window, cancel, now, progress, shared=shared)]
    painter = QPainter()
    if not painter.begin(printer):
        return PrintResult(target, "error", error=tr("the printer could not be started"))
    count = 0
    try:
        for page in objects:
            if count and not printer.newPage():
                return PrintResult(target, "error", error=tr("the printer could not start a new page"))
            page.draw(painter)
            count += 1
    except _Cancelled:
        printer.abort() if hasattr(printer, "abort") else None
        return PrintResult(target, "cancelled")
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        return PrintResult(target, "error", error=tr("the printer reported an error"))
    if progress is not None:
        progress(1.0)
    return PrintResult(target, "ok", pages=count, map_settings=page.map_settings, scale_bar=page.scale_bar)


def _refused_output(path: Path, dpi: float) -> PrintResult | None:
    """The error result for a file type or resolution the page cannot be written at; None when both are fine."""
    if path.suffix.lower() not in FORMATS:
        return PrintResult(path, "error", error=trf("{name}: choose a .pdf or .png file", name=path.name))
    if not dpi or not (25 <= float(dpi) <= 1200):
        return PrintResult(path, "error", error=trf("a resolution of {dpi:g} dpi is outside 25 to 1200",
                                                    dpi=float(dpi or 0)))
    return None


def _write_problem(path: Path, exc: OSError) -> str:
    """"<path>: could not write the file (why)", the usual reasons in the UI's language."""
    return trf("{path}: could not write the file ({why}); nothing was written", path=str(path), why=os_problem(exc))


# ------------------------------------------------------------------------------------------------
# the map extent
# ------------------------------------------------------------------------------------------------
def resolve_extent(project: Any, layout: PrintLayout, boxes: LayoutBoxes, canvas: Extent | None) -> Extent:
    """The extent (project CRS) the map frame shows. ValueError when there is nothing to show."""
    if layout.extent_mode == "explicit":
        ext = layout.extent
    elif layout.layer_name is not None:
        layer = next((lyr for lyr in project.layers if lyr.name == layout.layer_name), None)
        if layer is None:
            raise ValueError(trf("layout {name!r}: the project has no layer named {layer!r}", name=layout.name,
                                 layer=layout.layer_name))
        ext = _layer_extent(layer, project.crs)
        if ext is None:
            raise ValueError(trf("layout {name!r}: layer {layer!r} has no location to show", name=layout.name,
                                 layer=layout.layer_name))
        ext = _grow(ext, 0.03)
    else:
        ext = canvas or getattr(project, "view_extent", None) or _full_extent(project)
        if ext is None:
            raise ValueError(tr("nothing to print: no layer has a location"))
    ext = tuple(float(v) for v in ext)  # type: ignore[assignment]
    if layout.scale is not None:
        ext = extent_at_scale(ext, (boxes.map[2], boxes.map[3]), layout.scale, project.crs)
    return ext  # type: ignore[return-value]


def _layer_extent(layer: Any, crs: str) -> Extent | None:
    from gisdesk.render.geometry import transform_extent

    ext = layer.extent
    if ext is None:
        return None
    return transform_extent(ext, layer.crs or crs, crs)


def _full_extent(project: Any) -> Extent | None:
    boxes = [b for b in (_layer_extent(lyr, project.crs) for lyr in project.layers if lyr.visible) if b]
    if not boxes:
        return None
    ext = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return _grow(ext, 0.03)


def _grow(ext: Extent, frac: float) -> Extent:
    minx, miny, maxx, maxy = ext
    if maxx <= minx or maxy <= miny:
        minx, miny, maxx, maxy = minx - 500, miny - 500, maxx + 500, maxy + 500
    dx, dy = (maxx - minx) * frac, (maxy - miny) * frac
    return (minx - dx, miny - dy, maxx + dx, maxy + dy)


# ------------------------------------------------------------------------------------------------
# what the pages of one export share: prepared layer data, the table's rows, the overview
# ------------------------------------------------------------------------------------------------
class _PreparedOnlyCache(RenderCache):
    """A render cache that keeps the prepared (reprojected, indexed) layer data and the symbol classes between
    the pages of an export, but no layer images (every page has its own extent, and a 300 dpi image per
    layer would only cost memory)."""

    def layer_image(self, layer: Any, key: Any) -> Any:
        return None

    def store_layer_image(self, layer: Any, key: Any, image: Any) -> None:
        return None

    def take_image_buffer(self, layer: Any, size: tuple[int, int]) -> Any:
        return None


#: the service-request columns a table shows when the layout names none, with their Vietnamese headers
REQUEST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("service_request_id", "Mã"), ("requested_datetime", "Ngày nhận"), ("service_name", "Loại"),
    ("address", "Địa chỉ"), ("state", "Trạng thái"))
_REQUEST_HEADERS = {**dict(REQUEST_COLUMNS), "ward_name": "Phường/xã", "status": "Tình trạng",
                    "urgency": "Mức khẩn", "agency_responsible": "Đơn vị xử lý", "description": "Nội dung",
                    "due_datetime": "Hạn xử lý", "closed_at": "Ngày đóng"}
STATE_TEXT = {"open": "Đang mở", "overdue": "Quá hạn", "closed": "Đã đóng"}
#: columns of other layers a table prefers (in this order) when the layout names none
_PREFERRED = ("code", "ma", "id", "name", "ten", "type", "loai", "kind", "status")
#: the table frame's rows on A4, in mm (scaled by the page factor)
TABLE_ROW_MM = 3.6
TABLE_HEADING_MM = 5.5
TABLE_HEADER_MM = 4.2


#: what a layout names a layer for: the error when the project has no such layer
_NO_LAYER = {
    "table frame": N_("the project has no layer named {name!r} for the table frame"),
    "overview": N_("the project has no layer named {name!r} for the overview"),
    "atlas": N_("the project has no layer named {name!r} for the atlas"),
}


def _layer_named(project: Any, name: str, what: str) -> Any:
    layer = next((lyr for lyr in project.layers if lyr.name == name), None)
    if layer is None:
        raise ValueError(trf(_NO_LAYER[what], name=name))
    return layer


def _to_project_crs(layer: Any, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) per row of a vector layer in ``crs``: the point, or a point on the surface of a line/polygon
    (NaN without a geometry)."""
    points = layer.points
    if points is not None:
        x, y = transform_coords(points.x, points.y, layer.crs, crs)
        bad = ~(np.isfinite(x) & np.isfinite(y))
        return np.where(bad, np.nan, x), np.where(bad, np.nan, y)
    x, y, _ = data_anchors(layer.data, layer.crs, crs)
    return x, y


class _TableSource:
    """The table layer's rows that may be listed (prepared once per export): their order, their location in the
    project CRS, the columns and headers. ``pick`` chooses a page's rows."""

    def __init__(self, project: Any, layout: PrintLayout, window: Any) -> None:
        from gisdesk.core.timewindow import times_ns
        from gisdesk.layers import VectorLayer
        from gisdesk.layers.service_requests import ServiceRequestLayer

        layer = _layer_named(project, str(layout.table_layer), "table frame")
        if not isinstance(layer, VectorLayer):
            raise ValueError(trf("the table frame needs a vector layer; {name!r} has no attribute table",  # noqa: TRY004 - one error type for bad layouts
                                 name=layer.name))
        self.layer = layer
        self.requests = isinstance(layer, ServiceRequestLayer)
        table = layer.attributes
        cols = [str(c) for c in table.columns if str(c) != layer.geometry_name]
        if layout.table_columns:
            missing = [c for c in layout.table_columns if c not in cols]
            if missing:
                raise ValueError(trf("the table frame's layer {name!r} has no column {columns}", name=layer.name,
                                     columns=", ".join(repr(c) for c in missing)))
            self.columns = list(layout.table_columns)
        elif self.requests:
            self.columns = [c for c, _ in REQUEST_COLUMNS if c in cols]
        else:
            preferred = sorted((c for c in cols if c.lower() in _PREFERRED), key=lambda c: _PREFERRED.index(c.lower()))
            self.columns = (preferred + [c for c in cols if c not in preferred])[:4]
        self.headers = [_REQUEST_HEADERS.get(c, c) if self.requests else c for c in self.columns]
        shown = layer.visible_rows(window)
        keep = np.ones(len(layer), dtype=bool) if shown is None else shown.copy()
        self.open_only = bool(self.requests and layout.table_open_only and "state" in cols)
        if self.open_only:  # "open" and "overdue" (ServiceRequestLayer's derived state): not closed
            keep &= (table["state"].astype("str") != "closed").to_numpy(dtype=bool, na_value=True)
        x, y = _to_project_crs(layer, project.crs)
        keep &= np.isfinite(x) & np.isfinite(y)
        rows = np.flatnonzero(keep)
        tf = layer.time_field
        if self.requests and tf in cols:  # oldest first: the request waiting longest at the top
            t = times_ns(table[tf]).astype(np.int64)[rows]
            t = np.where(t == np.iinfo(np.int64).min, np.iinfo(np.int64).max, t)  # no time: last
            order = np.lexsort((rows, t))
        else:  # reading order: north to south, then west to east
            order = np.lexsort((x[rows], -y[rows]))
        self.rows = rows[order]
        self.x, self.y = x[self.rows], y[self.rows]
        self.noun = "phản ánh" if self.requests else "đối tượng"

    def pick(self, extent: Extent, feature: Any = None) -> np.ndarray:
        """Positions in ``self.rows`` (in table order) of the rows inside ``extent`` and, given, ``feature``."""
        minx, miny, maxx, maxy = extent
        x, y = self.x, self.y
        inside = (x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy)
        idx = np.flatnonzero(inside)
        if feature is not None and len(idx):
            idx = idx[shapely.intersects_xy(feature, x[idx], y[idx])]
        return idx

    def cells(self, idx: np.ndarray) -> list[list[str]]:
        """The text of the listed rows' cells (dates as dd/mm/yyyy in Huế's time, states in Vietnamese)."""
        sub = self.layer.attributes.iloc[self.rows[idx]]
        out: list[list[str]] = [[] for _ in range(len(idx))]
        for col in self.columns:
            values = _column_text(sub[col], col if self.requests else "")
            for row, v in zip(out, values, strict=True):
                row.append(v)
        return out

    def heading(self, total: int) -> str:
        what = f"{total} {self.noun}" + (" chưa đóng" if self.open_only else "")
        return f"{self.layer.name} — {what}"


def spread_callouts(anchors: np.ndarray, radii: np.ndarray, frame: tuple[float, float, float, float],
                    gap: float = 0.0, iterations: int = 200,
                    obstacles: Sequence[tuple[float, float, float, float]] = ()) -> np.ndarray:
    """Centres for circles of ``radii`` near their ``anchors`` ((n, 2) pixels) so that no two overlap (``gap``
    between them), none covers an ``obstacle`` (x0, y0, x1, y1: the north arrow, the overview) and each stays
    inside ``frame`` (x0, y0, x1, y1). Overlapping pairs are pushed apart one pair at a time (each by half the
    overlap, along the line between them; circles on the very same spot get spread around it), a circle on an
    obstacle moves off its nearest side, then the circles that touch nothing drift back towards their anchors.
    Circles far from the others stay on their anchors."""
    anchors = np.asarray(anchors, dtype=float)
    r = np.asarray(radii, dtype=float)
    n = len(anchors)
    lo = np.array(frame[:2]) + r[:, None]
    hi = np.maximum(lo, np.array(frame[2:]) - r[:, None])
    pos = np.clip(anchors.copy(), lo, hi)
    if n == 0 or (n == 1 and not obstacles):
        return pos
    need = r[:, None] + r[None, :] + gap
    turn = 2 * np.pi * np.arange(n) / n  # a fixed direction per circle, for circles on the same spot
    for _ in range(iterations):
        d = pos[:, None, :] - pos[None, :, :]
        overlap = need - np.hypot(d[..., 0], d[..., 1])
        pairs = np.argwhere(np.triu(overlap > 1e-3, k=1))
        blocked = [(i, box) for box in obstacles for i in np.flatnonzero(_in_box(pos, r, box))]
        if not len(pairs) and not blocked:
            break
        for i, (x0, y0, x1, y1) in blocked:  # off the nearest side of the box (and still in the frame)
            cx, cy = pos[i]
            moves = [(cx - (x0 - r[i]), (x0 - r[i], cy)), ((x1 + r[i]) - cx, (x1 + r[i], cy)),
                     (cy - (y0 - r[i]), (cx, y0 - r[i])), ((y1 + r[i]) - cy, (cx, y1 + r[i]))]
            inside = [(cost, target) for cost, target in moves
                      if np.all(np.asarray(target) >= lo[i] - 1e-9) and np.all(np.asarray(target) <= hi[i] + 1e-9)]
            pos[i] = min(inside or moves, key=lambda m: m[0])[1]
        for i, j in pairs:
            v = pos[i] - pos[j]
            dist = math.hypot(v[0], v[1])
            if dist < 1e-9:
                v, dist = np.array([math.cos(turn[i]), math.sin(turn[i])]), 1.0
            short = need[i, j] - dist
            if short <= 0:
                continue
            step = v / dist * (short / 2 + 1e-3)
            pos[i] = np.clip(pos[i] + step, lo[i], hi[i])
            pos[j] = np.clip(pos[j] - step, lo[j], hi[j])
        d = pos[:, None, :] - pos[None, :, :]
        touching = (need - np.hypot(d[..., 0], d[..., 1]) > -1.0)
        np.fill_diagonal(touching, False)
        free = ~touching.any(axis=1)
        for box in obstacles:  # (nor one next to an obstacle: it would drift back onto it)
            free &= ~_in_box(pos, r + 1.0, box)
        pos[free] += (anchors[free] - pos[free]) * 0.1
    return pos


def _in_box(pos: np.ndarray, r: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """Which circles (centres ``pos``, radii ``r``) reach into the rectangle ``box``."""
    x0, y0, x1, y1 = box
    dx = np.maximum(np.maximum(x0 - pos[:, 0], pos[:, 0] - x1), 0.0)
    dy = np.maximum(np.maximum(y0 - pos[:, 1], pos[:, 1] - y1), 0.0)
    return np.hypot(dx, dy) < r - 1e-6


def _column_text(series: pd.Series, request_column: str) -> list[str]:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        text = series.dt.tz_convert(TIMEZONE).dt.strftime("%d/%m/%Y")
    elif pd.api.types.is_datetime64_dtype(series.dtype):
        text = series.dt.strftime("%d/%m/%Y")
    elif pd.api.types.is_float_dtype(series.dtype):
        # the page's way: thousands spaced, a decimal comma ("1 234,5")
        text = series.map(lambda v: "" if pd.isna(v) else f"{v:,.6g}".replace(",", " ").replace(".", ","))
    elif request_column == "state":
        text = series.map(lambda v: STATE_TEXT.get(str(v), "" if pd.isna(v) else str(v)))
    else:
        text = series.astype("object").map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v))
                                           else unicodedata.normalize("NFC", str(v)))
    return [("" if v is None or (not isinstance(v, str) and pd.isna(v)) else " ".join(str(v).split()))
            for v in text.tolist()]


@dataclass(frozen=True)
class _Overview:
    layer: Any
    extent: Extent


@dataclass
class _Shared:
    """What every page of one export shares (prepared once; an atlas reuses it page after page)."""

    cache: RenderCache
    table: _TableSource | None = None
    overview: _Overview | None = None


def _prepare(project: Any, layout: PrintLayout, window: Any) -> _Shared:
    """ValueError naming the problem (a table or overview layer the project does not have...)."""
    shared = _Shared(_PreparedOnlyCache())
    if layout.table_layer:
        shared.table = _TableSource(project, layout, window)
    if layout.overview:
        shared.overview = _overview_source(project, layout)
    return shared


def _overview_source(project: Any, layout: PrintLayout) -> _Overview | None:
    from gisdesk.layers import VectorLayer

    if layout.overview_layer:
        layer = _layer_named(project, layout.overview_layer, "overview")
    elif layout.atlas_layer and any(lyr.name == layout.atlas_layer for lyr in project.layers):
        layer = _layer_named(project, layout.atlas_layer, "overview")
    else:  # the visible polygon layer covering the most (the wards, not the land-use plan of the centre)
        polys = [lyr for lyr in project.layers if isinstance(lyr, VectorLayer) and lyr.visible
                 and lyr.geometry_family == "polygon" and _layer_extent(lyr, project.crs) is not None]
        if not polys:
            log.info("overview: the project has no visible polygon layer to draw; no overview")
            return None

        def area(lyr: Any) -> float:
            e = _layer_extent(lyr, project.crs)
            return (e[2] - e[0]) * (e[3] - e[1])

        layer = max(reversed(polys), key=area)  # (ties: the top one)
    ext = _layer_extent(layer, project.crs)
    if ext is None:
        raise ValueError(trf("the overview layer {name!r} has no location to show", name=layer.name))
    return _Overview(layer, _grow(ext, 0.05))


# ------------------------------------------------------------------------------------------------
# atlas
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AtlasPage:
    """One atlas page: the feature's row in the layer, its name, its geometry in the project CRS."""

    row: int
    name: str
    geometry: Any


def atlas_pages(project: Any, layout: PrintLayout, window: Any = None) -> list[AtlasPage]:
    """The pages of ``layout``'s atlas: one per shown polygon of ``layout.atlas_layer`` (its filters and the
    time window apply), ordered by ``atlas_name_field`` when it is set (alphabetically, diacritics aside), else
    in the layer's order; named by that field (default: a "name"/"ten" column). ValueError for an unknown
    layer or field, or a layer without polygons."""
    from gisdesk.layers import VectorLayer

    if not layout.atlas_layer:
        raise ValueError(trf("layout {name!r} has no atlas layer", name=layout.name))
    layer = _layer_named(project, layout.atlas_layer, "atlas")
    if not isinstance(layer, VectorLayer) or layer.points is not None:
        raise ValueError(trf("the atlas layer {name!r} has no polygons: an atlas needs a layer of areas "
                             "(e.g. the wards)", name=layer.name))
    table = layer.attributes
    cols = [str(c) for c in table.columns if str(c) != layer.geometry_name]
    field = layout.atlas_name_field
    if field is not None and field not in cols:
        raise ValueError(trf("the atlas layer {name!r} has no column {field!r} to name its pages",
                             name=layer.name, field=field))
    name_col = field or next((c for c in cols if c.lower() in ("name", "ten", "tên")), None)
    geoms = layer.geometries()
    polygon = np.isin(shapely.get_type_id(geoms), (3, 6)) & ~shapely.is_empty(geoms)
    shown = layer.visible_rows(window)
    keep = polygon if shown is None else polygon & shown
    rows = np.flatnonzero(keep)
    if not len(rows):
        raise ValueError(trf("the atlas layer {name!r} has no polygons shown (its filters or the time window "
                             "hide them): an atlas needs a layer of areas (e.g. the wards)", name=layer.name)
                         if polygon.any() else
                         trf("the atlas layer {name!r} has no polygons: an atlas needs a layer of areas "
                             "(e.g. the wards)", name=layer.name))
    names = ([str(v) if not pd.isna(v) else "" for v in table[name_col].iloc[rows]] if name_col
             else ["" for _ in rows])
    names = [unicodedata.normalize("NFC", n) or f"{i + 1}" for i, n in enumerate(names)]
    src = layer.crs or project.crs

    def to_project(coords: np.ndarray) -> np.ndarray:
        x, y = transform_coords(coords[:, 0], coords[:, 1], src, project.crs)
        return np.column_stack([x, y])

    projected = shapely.transform(geoms[rows], to_project)
    pages = [AtlasPage(int(r), n, g) for r, n, g in zip(rows, names, projected, strict=True)]
    if field is not None:
        pages.sort(key=lambda pg: (_ascii(pg.name).casefold(), pg.name))
    return pages


def _ascii(text: str) -> str:
    """``text`` without Vietnamese diacritics (đ -> d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """A file-name part: ASCII lower case, words joined by "-" ("Phường Phú Xuân" -> "phuong-phu-xuan")."""
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-") or "trang"


def _atlas_layout(layout: PrintLayout, page: AtlasPage) -> PrintLayout:
    title = f"{layout.title} — {page.name}" if layout.title else page.name
    return dataclasses.replace(layout, title=title)


def _atlas_extent(page: AtlasPage, layout: PrintLayout, boxes: LayoutBoxes, crs: str) -> Extent:
    ext = _grow(tuple(float(v) for v in shapely.bounds(page.geometry)), 0.06)  # type: ignore[arg-type]
    if layout.scale is not None:
        ext = extent_at_scale(ext, (boxes.map[2], boxes.map[3]), layout.scale, crs)
    return ext


def _atlas_page_objects(project: Any, layout: PrintLayout, pages: list[AtlasPage], dpi: float, window: Any,
                        cancel: Callable[[], bool], now: dt.datetime | None,
                        progress: Callable[[float], None] | None, shared: _Shared) -> Iterator[_Page]:
    """The atlas's ``_Page``s, made one at a time (each page's progress scaled into the whole)."""
    n = len(pages)
    boxes = layout_boxes(_atlas_layout(layout, pages[0]))
    for i, pg in enumerate(pages):
        if cancel():
            raise _Cancelled
        lay = _atlas_layout(layout, pg)

        def report(frac: float, i: int = i) -> None:
            if progress is not None:
                progress(min(0.99, (i + frac) / n))

        yield _Page(project, lay, boxes, _atlas_extent(pg, layout, boxes, project.crs), dpi, window, cancel, now,
                    report, shared=shared, feature=pg.geometry)


def export_atlas(project: Any, layout: PrintLayout, path: str | os.PathLike[str], *, per_file: bool = False,
                 dpi: float = 300, window: Any = None, cancel: Callable[[], bool] | None = None,
                 progress: Callable[[float], None] | None = None, now: dt.datetime | None = None) -> PrintResult:
    """One page per feature of ``layout.atlas_layer`` (``atlas_pages``): the map zoomed to the feature (fitted
    with a margin, or at the layout's fixed scale around its centre), the title "<layout title> — <name>",
    what lies outside the feature dimmed (``atlas_mask``), the table frame listing the rows inside the feature.

    ``path`` .pdf: one multi-page PDF; with ``per_file`` (always for .png) one file per page named
    ``<stem>_<NN>_<name slug>.pdf|png`` beside ``path`` (``result.files``). Everything is written into a
    temporary file or folder and moved into place only when every page succeeded: a cancel or an error leaves
    nothing new. ``progress(fraction)`` per page, ``cancel()`` polled between pages and layers. Never raises
    for a file or drawing problem; ``result.pages`` is the number of pages."""
    path = Path(path)
    cancel = cancel or (lambda: False)
    suffix = path.suffix.lower()
    refused = _refused_output(path, dpi)
    if refused is not None:
        return refused
    window = project.time_window if window is None else window
    try:
        pages = atlas_pages(project, layout, window)
        layout_boxes(_atlas_layout(layout, pages[0]))
        shared = _prepare(project, layout, window)
    except ValueError as exc:
        return PrintResult(path, "error", error=trf("layout {name!r}: {error}", name=layout.name, error=exc))
    if progress is not None:
        progress(0.0)
    objects = _atlas_page_objects(project, layout, pages, float(dpi), window, cancel, now, progress, shared)
    last: list[_Page] = []

    def remember(it: Iterable[_Page]) -> Iterator[_Page]:
        for page in it:
            last[:] = [page]
            yield page

    files: tuple[Path, ...] = ()
    try:
        if suffix == ".pdf" and not per_file:
            with atomic_path(path, suffix=suffix) as tmp:
                _write_pdf(remember(objects), tmp)
            files = (path,)
        else:
            files = _write_per_file(remember(objects), pages, path, suffix)
    except _Cancelled:
        return PrintResult(path, "cancelled")
    except OSError as exc:
        return PrintResult(path, "error", error=_write_problem(path, exc))
    if progress is not None:
        progress(1.0)
    page = last[0]
    return PrintResult(path, "ok", pages=len(pages), map_settings=page.map_settings, scale_bar=page.scale_bar,
                       files=files)


def _write_per_file(objects: Iterable[_Page], pages: list[AtlasPage], path: Path, suffix: str) -> tuple[Path, ...]:
    width = max(2, len(str(len(pages))))
    names = [f"{path.stem}_{i + 1:0{width}d}_{slugify(pg.name)}{suffix}" for i, pg in enumerate(pages)]
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{path.stem}.", dir=path.parent))
    try:
        for page, name in zip(objects, names, strict=True):
            tmp = folder / name
            if suffix == ".pdf":
                _write_pdf(page, tmp)
            else:
                _write_png(page, tmp)
        targets = tuple(path.parent / name for name in names)
        for name, target in zip(names, targets, strict=True):
            os.replace(folder / name, target)
        return targets
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------------------------------------
# devices
# ------------------------------------------------------------------------------------------------
def _write_pdf(pages: _Page | Iterable[_Page], tmp: Path) -> None:
    """One page, or the pages of an atlas (made one at a time: only one page's data is held at once)."""
    it = iter([pages] if isinstance(pages, _Page) else pages)
    page = next(it)
    w_mm, h_mm = page.boxes.page
    writer = QPdfWriter(str(tmp))
    writer.setResolution(round(page.dpi))
    writer.setTitle(page.layout.title or page.layout.name)
    writer.setCreator("gisdesk")
    size = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, page.layout.page)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("Qt could not start the PDF"))
    # images (aggregated dense markers, rasters) deflated, not JPEG: crisp markers, and smaller here
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    try:
        page.draw(painter)
        for page in it:
            if not writer.newPage():
                raise OSError(tr("Qt could not add a page to the PDF"))
            page.draw(painter)
    finally:
        painter.end()
    del writer  # closes the file before it is renamed
    if tmp.stat().st_size == 0:
        raise OSError(tr("the PDF came out empty"))


def _page_image(page: _Page) -> QImage:
    w_px, h_px = (round(v * page.dpi / 25.4) for v in page.boxes.page)
    if max(w_px, h_px) > MAX_PNG_SIDE:
        raise OSError(trf("a {w}×{h} pixel image is too large; choose a lower resolution", w=w_px, h=h_px))
    image = QImage(w_px, h_px, QImage.Format.Format_RGB32)
    if image.isNull():
        raise OSError(trf("not enough memory for a {w}×{h} pixel image", w=w_px, h=h_px))
    image.fill(QColor(255, 255, 255))
    dpm = round(page.dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    painter = QPainter(image)
    try:
        page.draw(painter)
    finally:
        painter.end()
    return image


def _write_png(page: _Page, tmp: Path) -> None:
    image = _page_image(page)
    if not image.save(str(tmp), "PNG", 80):
        raise OSError(tr("Qt could not encode the PNG"))


# ------------------------------------------------------------------------------------------------
# the page
# ------------------------------------------------------------------------------------------------
def layout_font(size_pt: float, bold: bool = False) -> QFont:
    """Noto Sans (else DejaVu Sans): fonts with every Vietnamese glyph."""
    families = set(QFontDatabase.families())
    family = next((f for f in FONT_FAMILIES if f in families), FONT_FAMILIES[-1])
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


class _Page:
    def __init__(self, project: Any, layout: PrintLayout, boxes: LayoutBoxes, extent: Extent, dpi: float,
                 window: Any, cancel: Callable[[], bool], now: dt.datetime | None,
                 progress: Callable[[float], None] | None = None, *, shared: _Shared | None = None,
                 feature: Any = None) -> None:
        self.project, self.layout, self.boxes, self.dpi = project, layout, boxes, dpi
        self.window, self.cancel, self.progress = window, cancel, progress
        self.shared = shared if shared is not None else _Shared(_PreparedOnlyCache())
        self.feature = feature  # an atlas page's feature (project CRS): the table lists the rows inside it
        self._table: _TableRows | None = None
        self.now = now or dt.datetime.now(TIMEZONE)
        self.f = boxes.factor
        _, _, w, h = self.rect(boxes.map)
        self.map_settings = MapSettings(extent=extent, size=(max(1, round(w)), max(1, round(h))),
                                        crs=project.crs, dpi=dpi, time_window=window)
        self.scale_bar: ScaleBar | None = None

    def mm(self, v: float) -> float:
        return v * self.dpi / 25.4

    def rect(self, r: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return tuple(self.mm(v) for v in r)  # type: ignore[return-value]

    def qrect(self, r: tuple[float, float, float, float]) -> QRectF:
        return QRectF(*self.rect(r))

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(fraction)

    def check(self) -> None:
        if self.cancel():
            raise _Cancelled

    def draw(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.report(0.0)
        self.check()
        self.draw_map(p)
        self.check()
        self.report(0.8)
        if self.boxes.title:
            self.draw_title(p)
        if self.boxes.legend:
            self.draw_legend(p)
        if self.boxes.table and self.shared.table is not None:
            self.draw_table(p)
        self.check()
        if self.boxes.footer:
            self.draw_footer(p)
        if self.boxes.north_arrow:
            self.draw_north_arrow(p)
        self.check()
        self.report(0.9)

    # -- map frame -------------------------------------------------------------------------------
    def draw_map(self, p: QPainter) -> None:
        frame = self.qrect(self.boxes.map)
        x, y = frame.left(), frame.top()
        p.save()
        try:
            p.translate(x, y)
            w, h = self.map_settings.size
            p.setClipRect(QRectF(0, 0, w, h))
            self.draw_layers(p)
            self.check()
            if self.feature is not None and self.layout.atlas_mask:
                self.draw_mask(p)
            if self.layout.grid != "none":
                self.draw_grid(p)
            if self.shared.table is not None and self.boxes.table:
                self.draw_numbers(p)
        finally:
            p.restore()
        self.check()
        p.save()
        p.setPen(QPen(QColor(0, 0, 0), self.mm(0.3)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x, y, *self.map_settings.size))
        p.restore()
        if self.boxes.overview and self.shared.overview is not None:
            self.check()
            self.draw_overview(p)

    def draw_layers(self, p: QPainter) -> None:
        """The project's layers (``draw_map``). On a PDF or a printer, raster layers are drawn at
        ``RASTER_DPI`` at most (an elevation model's cells are far coarser than that; a 300 dpi image per page
        would only cost time and megabytes), between ``draw_map`` calls for the layers below and above."""
        from gisdesk.layers import RasterLayer

        layers = list(self.project.layers)
        if any(getattr(layer, "type_name", None) == "tiles" and layer.visible for layer in layers):
            from gisdesk.render.tiles import ensure_view_tiles

            ensure_view_tiles(layers, self.map_settings, timeout=10)  # offline: what is cached is drawn
        if isinstance(p.device(), QImage) or self.dpi <= RASTER_DPI:
            draw_map(p, self.map_settings, layers, cache=self.shared.cache, cancel=self.cancel)
            return
        settings = self.map_settings
        segment: list[Any] = []
        for layer in [*layers, None]:
            is_raster = isinstance(layer, RasterLayer) and layer.visible and layer.opacity > 0
            if layer is not None and not is_raster:
                segment.append(layer)
                continue
            if segment or settings is self.map_settings:  # (the first call paints the background)
                draw_map(p, settings, segment, cache=self.shared.cache, cancel=self.cancel)
                settings = dataclasses.replace(self.map_settings, background=(0, 0, 0, 0))
                segment = []
            self.check()
            if layer is not None:
                self.draw_raster(p, layer)

    def draw_raster(self, p: QPainter, layer: Any) -> None:
        from gisdesk.core.errors import ReadError
        from gisdesk.render.draw import qimage_from_argb32
        from gisdesk.render.raster import raster_argb

        w, h = self.map_settings.size
        k = RASTER_DPI / self.dpi
        low = MapSettings(extent=self.map_settings.visible_extent(), size=(max(1, round(w * k)), max(1, round(h * k))),
                          crs=self.map_settings.crs, dpi=RASTER_DPI, time_window=self.window)
        try:
            argb = raster_argb(layer, low)
        except (ReadError, OSError) as exc:
            log.warning("layer %r not drawn: %s", layer.name, exc)
            return
        if argb is None:
            return
        p.save()
        p.setOpacity(float(layer.opacity))
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(QRectF(0, 0, w, h), qimage_from_argb32(argb, copy=False))
        p.restore()
        del argb

    def to_pixels(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Project-CRS coordinates to pixels of the map frame (origin at its top-left corner)."""
        minx, _, _, maxy = self.map_settings.visible_extent()
        res = self.map_settings.resolution()
        return (np.asarray(x, dtype=np.float64) - minx) / res, (maxy - np.asarray(y, dtype=np.float64)) / res

    def polygon_path(self, geom: Any) -> QPainterPath:
        """The rings of a (multi)polygon in project CRS as one path in frame pixels (odd-even: holes stay out)."""
        rings = shapely.get_rings(shapely.get_parts(geom))
        coords, ring_id = shapely.get_coordinates(rings, return_index=True)
        if not len(coords):
            return QPainterPath()
        px, py = self.to_pixels(coords[:, 0], coords[:, 1])
        starts = np.r_[True, ring_id[1:] != ring_id[:-1]]
        return path_from_rings(px, py, starts, ODD_EVEN)

    # -- atlas mask ------------------------------------------------------------------------------
    def draw_mask(self, p: QPainter) -> None:
        """Dim what lies outside the atlas feature (white, 60 % opaque) and outline the feature."""
        w, h = self.map_settings.size
        feature = self.polygon_path(self.feature)
        mask = QPainterPath()
        mask.addRect(QRectF(-2, -2, w + 4, h + 4))
        mask.addPath(feature)
        mask.setFillRule(Qt.FillRule.OddEvenFill)
        p.save()
        p.fillPath(mask, QColor(255, 255, 255, 155))
        pen = QPen(QColor(30, 30, 30), self.mm(0.6))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(feature, pen)
        p.restore()

    # -- table frame and the numbers on the map ---------------------------------------------------
    def table_rows(self) -> _TableRows:
        """The rows this page lists (computed once: the table and the numbers on the map agree)."""
        if self._table is None:
            src = self.shared.table
            assert src is not None and self.boxes.table is not None
            idx = src.pick(self.map_settings.visible_extent(), self.feature)
            if self.boxes.overview and self.shared.overview is not None and len(idx):
                # what lies under the overview inset is not on the map: not listed either
                fx, fy = self.boxes.map[0], self.boxes.map[1]
                ox, oy, ow, oh = self.rect((self.boxes.overview[0] - fx, self.boxes.overview[1] - fy,
                                            self.boxes.overview[2], self.boxes.overview[3]))
                px, py = self.to_pixels(src.x[idx], src.y[idx])
                idx = idx[~((px >= ox) & (px <= ox + ow) & (py >= oy) & (py <= oy + oh))]
            total = len(idx)
            f = self.f
            room = self.boxes.table[3] - (TABLE_HEADING_MM + TABLE_HEADER_MM) * f
            fits = max(int(room // (TABLE_ROW_MM * f)), 1)
            n = min(total, self.layout.table_max_rows, fits)
            if n < total and n == fits:
                n = max(n - 1, 0)  # room for the "… và N khác" line
            idx_n = idx[:n]
            self._table = _TableRows(src.heading(total), ["#", *src.headers], src.cells(idx_n), src.x[idx_n],
                                     src.y[idx_n], total, total - n, src.noun)
        return self._table

    def draw_numbers(self, p: QPainter) -> None:
        """Numbered circles (1..n, as in the table) on the listed rows' locations; number 1 on top. Where circles
        would overlap (requests close together), they are moved apart (``spread_callouts``) and a thin leader
        line joins each moved circle to a dot on its location, so every number stays readable."""
        rows = self.table_rows()
        if not len(rows.x):
            return
        px, py = self.to_pixels(rows.x, rows.y)
        font = self.font(5.5, bold=True)
        fm = _metrics(p, font)
        labels = [str(i + 1) for i in range(len(px))]
        radii = np.array([max(fm.horizontalAdvance(t) / 2 + self.mm(0.5 * self.f), fm.height() / 2) for t in labels])
        w, h = self.map_settings.size  # (the painter is at the frame's top left)
        anchors = np.column_stack([px, py]).astype(float)
        keep_off = [(r.left(), r.top(), r.right(), r.bottom()) for r in self.avoid_rects()]
        centres = spread_callouts(anchors, radii, (0.0, 0.0, float(w), float(h)), gap=self.mm(0.3 * self.f),
                                  obstacles=keep_off)
        moved = np.hypot(*(centres - anchors).T) > radii * 0.35
        colour = QColor(150, 20, 20)
        p.save()
        p.setFont(font)
        if moved.any():  # leaders and location dots under every circle
            p.setPen(QPen(colour, self.mm(0.18 * self.f)))
            p.setBrush(colour)
            dot = self.mm(0.45 * self.f)
            for i in np.flatnonzero(moved):
                a, c = QPointF(*anchors[i]), QPointF(*centres[i])
                p.drawLine(a, c)
                p.drawEllipse(a, dot, dot)
        p.setPen(QPen(colour, self.mm(0.25 * self.f)))
        for i in range(len(px) - 1, -1, -1):
            r = float(radii[i])
            c = QPointF(*centres[i])
            p.setBrush(QColor(255, 255, 255, 235))
            p.drawEllipse(c, r, r)
            p.save()
            p.setPen(QColor(0, 0, 0))
            p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, labels[i])
            p.restore()
        p.restore()

    def draw_table(self, p: QPainter) -> None:
        x, y, w, _ = self.boxes.table  # type: ignore[misc]
        f = self.f
        rows = self.table_rows()
        pad = 0.8 * f
        p.save()
        p.setPen(QColor(0, 0, 0))
        p.setFont(self.font(8, bold=True))
        p.drawText(self.qrect((x, y, w, TABLE_HEADING_MM * f)),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _elide(p, rows.heading, self.mm(w)))
        top = y + TABLE_HEADING_MM * f
        body, head = self.font(6.5), self.font(6.5, bold=True)
        # column widths: each column's widest text, the widest ones shortened alike when the frame is narrow
        fm_b, fm_h = _metrics(p, body), _metrics(p, head)
        natural = []
        for k, header in enumerate(rows.headers):
            texts = [str(i + 1) for i in range(len(rows.cells))] if k == 0 else [r[k - 1] for r in rows.cells]
            wide = max([fm_h.horizontalAdvance(header), *(fm_b.horizontalAdvance(t) for t in texts)])
            natural.append(wide / self.dpi * 25.4 + 2 * pad + 0.3 * f)  # (a hair of slack: no "…" from rounding)
        widths = _fit_widths(natural, w, 12.0 * f)
        p.fillRect(self.qrect((x, top, w, TABLE_HEADER_MM * f)), QColor(225, 225, 225))
        p.setFont(head)
        cx = x
        for header, cw in zip(rows.headers, widths, strict=True):
            p.drawText(self.qrect((cx + pad, top, cw - 2 * pad, TABLE_HEADER_MM * f)),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _elide(p, header, self.mm(cw - 2 * pad)))
            cx += cw
        top += TABLE_HEADER_MM * f
        row_h = TABLE_ROW_MM * f
        p.setFont(body)
        for i, cells in enumerate(rows.cells):
            if i % 2:
                p.fillRect(self.qrect((x, top, w, row_h)), QColor(244, 244, 244))
            cx = x
            for k, (text, cw) in enumerate(zip([str(i + 1), *cells], widths, strict=True)):
                p.setFont(head if k == 0 else body)
                p.drawText(self.qrect((cx + pad, top, cw - 2 * pad, row_h)),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           _elide(p, text, self.mm(cw - 2 * pad)))
                cx += cw
            top += row_h
        p.setPen(QPen(QColor(160, 160, 160), self.mm(0.15)))
        p.drawLine(QPointF(self.mm(x), self.mm(top)), QPointF(self.mm(x + w), self.mm(top)))
        if rows.more:
            p.setPen(QColor(0, 0, 0))
            p.setFont(self.font(6.5, bold=False))
            p.drawText(self.qrect((x + pad, top, w - 2 * pad, row_h)),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"… và {rows.more} {rows.noun} khác")
        elif not rows.cells:
            p.setPen(QColor(80, 80, 80))
            p.drawText(self.qrect((x + pad, top, w - 2 * pad, row_h)),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"Không có {rows.noun} nào")
        p.restore()

    # -- coordinate grid -------------------------------------------------------------------------
    def avoid_rects(self) -> list[QRectF]:
        """Frame-pixel rectangles the grid labels keep off: the north arrow and the overview."""
        fx, fy = self.boxes.map[0], self.boxes.map[1]
        out = []
        for box in (self.boxes.north_arrow, self.boxes.overview if self.shared.overview is not None else None):
            if box is not None:
                r = QRectF(*self.rect((box[0] - fx, box[1] - fy, box[2], box[3])))
                out.append(r.adjusted(-self.mm(1), -self.mm(1), self.mm(1), self.mm(1)))
        return out

    def draw_grid(self, p: QPainter) -> None:
        s = self.map_settings
        w, h = s.size
        vis = s.visible_extent()
        lines: list[tuple[np.ndarray, np.ndarray]] = []  # pixel polylines
        top_labels: list[tuple[float, str]] = []  # (x px where the line meets the top edge, text)
        left_labels: list[tuple[float, str]] = []  # (y px where the line meets the left edge, text)
        if self.layout.grid == "map":
            span = max(vis[2] - vis[0], vis[3] - vis[1])
            step = self.layout.grid_interval or _nice_step(span / 6.0)
            step = max(step, _nice_step(span / 100.0))  # at most ~100 lines
            for v in np.arange(math.ceil(vis[0] / step) * step, vis[2], step):
                px, _ = self.to_pixels(np.array([v, v]), np.array([vis[1], vis[3]]))
                lines.append((px, np.array([h + 1.0, -1.0])))
                top_labels.append((float(px[0]), _grid_number(v, step)))
            for v in np.arange(math.ceil(vis[1] / step) * step, vis[3], step):
                _, py = self.to_pixels(np.array([vis[0], vis[2]]), np.array([v, v]))
                lines.append((np.array([-1.0, w + 1.0]), py))
                left_labels.append((float(py[0]), _grid_number(v, step)))
        else:
            geo = transform_extent(vis, s.crs, GRATICULE_CRS)
            if geo is None:
                log.warning("grid: the map's extent has no longitude/latitude; no graticule drawn")
                return
            span = max(geo[2] - geo[0], geo[3] - geo[1])
            step = self.layout.grid_interval or _graticule_step(span / 6.0)
            step = max(step, _graticule_step(span / 100.0))
            lat = np.linspace(geo[1] - step, geo[3] + step, 120)
            for lon in np.arange(math.ceil(geo[0] / step) * step, geo[2] + 1e-12, step):
                lon = round(lon / step) * step
                x, y = transform_coords(np.full(len(lat), lon), lat, GRATICULE_CRS, s.crs)
                px, py = self.to_pixels(x, y)
                lines.append((px, py))
                cross = _crossing(py, px, 0.0)
                if cross is not None:
                    top_labels.append((cross, _dms(lon, "E", "W", step)))
            lon = np.linspace(geo[0] - step, geo[2] + step, 120)
            for la in np.arange(math.ceil(geo[1] / step) * step, geo[3] + 1e-12, step):
                la = round(la / step) * step
                x, y = transform_coords(lon, np.full(len(lon), la), GRATICULE_CRS, s.crs)
                px, py = self.to_pixels(x, y)
                lines.append((px, py))
                cross = _crossing(px, py, 0.0)
                if cross is not None:
                    left_labels.append((cross, _dms(la, "N", "S", step)))
        p.save()
        pen = QPen(QColor(110, 110, 110, 210), self.mm(0.12 * self.f))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for px, py in lines:
            ok = np.isfinite(px) & np.isfinite(py)
            if ok.sum() < 2:
                continue
            path = QPainterPath(QPointF(float(px[ok][0]), float(py[ok][0])))
            for a, b in zip(px[ok][1:], py[ok][1:], strict=True):
                path.lineTo(float(a), float(b))
            p.drawPath(path)
        font = self.font(5.5)
        fm = _metrics(p, font)
        p.setFont(font)
        pad = self.mm(0.5)
        taken = self.avoid_rects()
        edge = self.mm(0.8)
        frame = QRectF(0, 0, w, h)
        for pos, text, along_top in ([(v, t, True) for v, t in top_labels] + [(v, t, False) for v, t in left_labels]):
            tw, th = fm.horizontalAdvance(text) + 2 * pad, fm.height()
            r = QRectF(pos - tw / 2, edge, tw, th) if along_top else QRectF(edge, pos - th / 2, tw, th)
            if not frame.contains(r) or any(r.intersects(o) for o in taken):
                continue
            taken.append(r.adjusted(-pad, -pad, pad, pad))
            p.fillRect(r, QColor(255, 255, 255, 215))
            p.setPen(QColor(50, 50, 50))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        p.restore()

    # -- overview inset --------------------------------------------------------------------------
    def draw_overview(self, p: QPainter) -> None:
        ov = self.shared.overview
        assert ov is not None and self.boxes.overview is not None
        rect = self.qrect(self.boxes.overview)
        size = (max(1, round(rect.width())), max(1, round(rect.height())))
        # symbols at 40 % of their size: the wards' outlines stay thin in a small frame
        settings = MapSettings(extent=ov.extent, size=size, crs=self.project.crs, dpi=self.dpi * 0.4)
        p.save()
        try:
            p.translate(rect.left(), rect.top())
            p.setClipRect(QRectF(0, 0, *size))
            p.fillRect(QRectF(0, 0, *size), QColor(255, 255, 255))
            draw_layer(p, settings, ov.layer, cache=self.shared.cache, cancel=self.cancel)
            # the main map's extent, in red (at least 1.5 mm wide so a street-level page still shows)
            vis = self.map_settings.visible_extent()
            minx, _, _, maxy = settings.visible_extent()
            res = settings.resolution()
            x0, x1 = (vis[0] - minx) / res, (vis[2] - minx) / res
            y0, y1 = (maxy - vis[3]) / res, (maxy - vis[1]) / res
            least = self.mm(1.5)
            if x1 - x0 < least:
                x0, x1 = (x0 + x1 - least) / 2, (x0 + x1 + least) / 2
            if y1 - y0 < least:
                y0, y1 = (y0 + y1 - least) / 2, (y0 + y1 + least) / 2
            p.setPen(QPen(QColor(220, 20, 20), self.mm(0.5 * self.f)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        finally:
            p.restore()
        p.save()
        p.setPen(QPen(QColor(0, 0, 0), self.mm(0.25)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
        p.restore()

    # -- text ------------------------------------------------------------------------------------
    def font(self, pt: float, bold: bool = False) -> QFont:
        return layout_font(pt * self.f, bold)

    def draw_title(self, p: QPainter) -> None:
        x, y, w, _ = self.boxes.title  # type: ignore[misc]
        p.save()
        p.setPen(QColor(0, 0, 0))
        top = y
        if self.layout.title:
            p.setFont(self.font(16, bold=True))
            p.drawText(self.qrect((x, top, w, 10 * self.f)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.layout.title)
            top += 10 * self.f
        if self.layout.subtitle:
            p.setFont(self.font(10))
            p.setPen(QColor(60, 60, 60))
            p.drawText(self.qrect((x, top, w, 6 * self.f)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.layout.subtitle)
        p.restore()

    # -- legend ----------------------------------------------------------------------------------
    def legend_items(self) -> list[Any]:
        from gisdesk.core.errors import ReadError
        from gisdesk.layers import RasterLayer
        from gisdesk.render.raster import raster_legend
        from gisdesk.styles.legend import legend_for

        items: list[Any] = []
        for layer in reversed(list(self.project.layers)):  # the top layer first, as on the panel
            if not getattr(layer, "visible", True):
                continue
            if isinstance(layer, RasterLayer):  # its name, then its colour ramp with the values it spans
                try:
                    items.extend(raster_legend(layer))
                except ReadError as exc:
                    log.warning("layer %r: no legend (%s)", layer.name, exc)
                continue
            try:
                rows = legend_for(layer.name, layer.style, getattr(layer, "geometry_family", None),
                                  translate=page_text)
            except ValueError as exc:
                log.warning("layer %r: no legend (%s)", layer.name, exc)
                continue
            if len(rows) == 2 and rows[1].role == "symbol" and not rows[1].label:
                # a single symbol: its patch beside the layer name, on one row
                rows = [dataclasses.replace(rows[1], label=rows[0].label, heading=False)]
                items.append(_SINGLE)
            items.extend(rows)
        return items

    def draw_legend(self, p: QPainter) -> None:
        x, y, w, h = self.boxes.legend  # type: ignore[misc]
        f = self.f
        row, patch_w, pad = 5.0 * f, 7.0 * f, 1.5 * f
        p.save()
        p.setFont(self.font(10, bold=True))
        p.setPen(QColor(0, 0, 0))
        p.drawText(self.qrect((x, y, w, 6 * f)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   _legend_title())
        top = y + 7.5 * f
        bottom = y + h
        heading_font, label_font = self.font(8, bold=True), self.font(7.5)
        items = self.legend_items()
        single = False
        for i, item in enumerate(items):
            if item is _SINGLE:
                single = True
                continue
            if single and i > 1:
                top += 1.5 * f
            if top + row > bottom:
                p.setFont(label_font)
                p.drawText(self.qrect((x, top - row, w, row)), Qt.AlignmentFlag.AlignRight, "…")
                log.info("legend: %d rows did not fit on the page", len(items) - i)
                break
            if item.role == "heading":
                if i > 0:
                    top += 1.5 * f
                p.setFont(heading_font)
                p.setPen(QColor(0, 0, 0))
                text = _elide(p, item.label, self.mm(w))
                p.drawText(self.qrect((x, top, w, row)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           text)
            elif item.role == "ramp":
                grad = QLinearGradient(self.mm(x), 0, self.mm(x + patch_w * 3), 0)
                n = len(item.ramp)
                for k, c in enumerate(item.ramp):
                    grad.setColorAt(k / max(n - 1, 1), QColor(*c))
                p.fillRect(self.qrect((x + pad, top + 1 * f, patch_w * 3, row - 2 * f)), QBrush(grad))
                if item.ramp_labels:
                    p.setFont(label_font)
                    p.drawText(self.qrect((x + patch_w * 3 + 2 * pad, top, w, row)),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, " – ".join(item.ramp_labels))
            else:
                if item.symbol is not None:
                    draw_legend_patch(p, self.qrect((x + pad, top + 0.5 * f, patch_w, row - 1 * f)), item.symbol,
                                      item.geometry, self.dpi)
                p.setFont(heading_font if single else label_font)
                single = False
                p.setPen(QColor(0, 0, 0))
                lx = x + pad + patch_w + 2 * pad
                text = _elide(p, item.label, self.mm(x + w - lx))
                p.drawText(self.qrect((lx, top, x + w - lx, row)),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            top += row
        p.restore()

    # -- footer: scale bar, date, author, sources ------------------------------------------------------
    def metres_per_mm(self) -> float:
        """Ground metres per mm of paper along the bar's line (the map's centre line), on the ellipsoid."""
        s = self.map_settings
        minx, miny, maxx, maxy = s.visible_extent()
        cy = (miny + maxy) / 2.0
        # measure across the middle half of the frame (a short line: its geodesic is the ground length)
        x0, x1 = minx + (maxx - minx) * 0.25, maxx - (maxx - minx) * 0.25
        paper_mm = (x1 - x0) / s.resolution() * 25.4 / self.dpi
        return ground_metres(s.crs, x0, cy, x1, cy) / paper_mm

    def draw_footer(self, p: QPainter) -> None:
        x, y, w, h = self.boxes.footer  # type: ignore[misc]
        f = self.f
        text_x = x
        if self.layout.scale_bar:
            self.scale_bar = nice_scale_bar(self.metres_per_mm(), min(0.45 * self.boxes.map[2], 90 * f))
            used = self.draw_scale_bar(p, x, y, h)
            text_x = x + used + 8 * f
        lines = []
        if self.layout.date:
            lines.append(self.now.astimezone(TIMEZONE).strftime("%d/%m/%Y"))
        if self.layout.author:
            lines.append(self.layout.author)
        if self.layout.sources:
            lines.append(f"{_sources_label()}: {self.layout.sources}")
        if lines:
            p.save()
            p.setFont(self.font(7))
            p.setPen(QColor(40, 40, 40))
            box = self.qrect((text_x, y, x + w - text_x, h))
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                       "\n".join(lines))
            p.restore()

    def draw_scale_bar(self, p: QPainter, x: float, y: float, h: float) -> float:
        """The bar at (x, y) in mm in a band of height h; returns its width in mm (with labels)."""
        bar = self.scale_bar
        assert bar is not None
        f = self.f
        bar_h = 1.6 * f
        top = y + h / 2.0
        seg = bar.length_mm / bar.segments
        p.save()
        p.setPen(QPen(QColor(0, 0, 0), self.mm(0.2)))
        for k in range(bar.segments):
            p.setBrush(QColor(0, 0, 0) if k % 2 == 0 else QColor(255, 255, 255))
            p.drawRect(self.qrect((x + k * seg, top, seg, bar_h)))
        p.setFont(self.font(7))
        fm = _metrics(p, p.font())
        for k, frac in ((0, 0.0), (bar.segments // 2, None), (bar.segments, 1.0)):
            value = bar.length_m * (k / bar.segments if frac is None else frac)
            label = bar.label(value) + (f" {bar.unit}" if k == bar.segments else "")
            cx = self.mm(x + k * seg)
            tw = fm.horizontalAdvance(label)
            left = cx - tw / 2.0 if k < bar.segments else cx - fm.horizontalAdvance(bar.label(value)) / 2.0
            p.drawText(QPointF(left, self.mm(top - 0.8 * f)), label)
        scale_text = f"1:{_round_scale(self.map_settings.scale_denominator()):,}".replace(",", ".")
        p.drawText(QPointF(self.mm(x), self.mm(top + bar_h + 3.2 * f)), scale_text)
        p.restore()
        return bar.length_mm + 10 * f

    def draw_north_arrow(self, p: QPainter) -> None:
        x, y, s, _ = self.boxes.north_arrow  # type: ignore[misc]
        cx = self.mm(x + s / 2)
        top, bottom = self.mm(y + s * 0.32), self.mm(y + s)
        half = self.mm(s * 0.22)
        p.save()
        p.setBrush(QColor(255, 255, 255, 200))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(self.qrect((x, y, s, s)), self.mm(1), self.mm(1))
        left = QPainterPath()
        left.moveTo(cx, top)
        left.lineTo(cx - half, bottom - self.mm(s * 0.05))
        left.lineTo(cx, bottom - self.mm(s * 0.2))
        left.closeSubpath()
        right = QPainterPath()
        right.moveTo(cx, top)
        right.lineTo(cx + half, bottom - self.mm(s * 0.05))
        right.lineTo(cx, bottom - self.mm(s * 0.2))
        right.closeSubpath()
        p.setPen(QPen(QColor(0, 0, 0), self.mm(0.2)))
        p.setBrush(QColor(0, 0, 0))
        p.drawPath(left)
        p.setBrush(QColor(255, 255, 255))
        p.drawPath(right)
        p.setFont(self.font(9, bold=True))
        p.drawText(self.qrect((x, y, s, s * 0.32)), Qt.AlignmentFlag.AlignCenter, "N")
        p.restore()


def _round_scale(n: float) -> int:
    """A scale denominator to 2-3 significant figures (1:4,987 prints as 1:5,000)."""
    if n <= 0 or not math.isfinite(n):
        return 0
    k = max(math.floor(math.log10(n)) - 1, 0)
    return int(round(n / 10 ** k) * 10 ** k)


def _elide(p: QPainter, text: str, width_px: float) -> str:
    """``text`` cut with "…" to ``width_px`` device pixels (measured with the device's resolution)."""
    return _metrics(p, p.font()).elidedText(text, Qt.TextElideMode.ElideRight, width_px)


def _metrics(p: QPainter, font: QFont) -> QFontMetricsF:
    """Font metrics in the painter's device pixels (a font's points are device pixels × 72 / its dpi)."""
    device = p.device()
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def _legend_title() -> str:
    return page_text("Legend")


def _sources_label() -> str:
    return page_text("Data sources")


@dataclass(frozen=True)
class _TableRows:
    """What one page's table frame lists."""

    heading: str
    headers: list[str]  # "#" first
    cells: list[list[str]]
    x: np.ndarray  # project CRS of the listed rows (the numbers drawn on the map)
    y: np.ndarray
    total: int  # rows in the page's frame (or atlas feature)
    more: int  # of which not listed
    noun: str


def _fit_widths(natural: list[float], room: float, min_cut: float = 12.0) -> list[float]:
    """Column widths filling ``room``: each its natural width when all fit (the spare shared out). Else the
    short columns (at most 30 % of the room: numbers, codes, dates, states) keep their width and the long
    ones are cut to a common width (short: at most 30 % of the room); when that leaves them less than ``min_cut`` each, every column is cut."""
    total = sum(natural)
    if total <= room:
        extra = (room - total) / len(natural)
        return [v + extra for v in natural]
    short = [v <= room * 0.3 for v in natural]
    rest_room = room - sum(v for v, k in zip(natural, short, strict=True) if k)
    n_long = len(natural) - sum(short)
    if n_long and rest_room >= min_cut * n_long:
        cut = _water_fill([v for v, k in zip(natural, short, strict=True) if not k], rest_room)
        it = iter(cut)
        return [v if k else next(it) for v, k in zip(natural, short, strict=True)]
    return _water_fill(natural, room)


def _water_fill(natural: list[float], room: float) -> list[float]:
    """The widest columns cut to a common width so that the widths sum to ``room``."""
    lo, hi = 0.0, max(natural)
    for _ in range(40):
        mid = (lo + hi) / 2
        if sum(min(v, mid) for v in natural) > room:
            hi = mid
        else:
            lo = mid
    widths = [min(v, lo) for v in natural]
    spare = room - sum(widths)
    return [v + spare / len(widths) for v in widths]


#: the graticule's CRS: WGS 84 longitude and latitude (what a GPS shows)
GRATICULE_CRS = "EPSG:4326"
_DEGREE_STEPS = (10.0, 5.0, 2.0, 1.0, 30 / 60, 20 / 60, 15 / 60, 10 / 60, 5 / 60, 2 / 60, 1 / 60,
                 30 / 3600, 20 / 3600, 15 / 3600, 10 / 3600, 5 / 3600, 2 / 3600, 1 / 3600)


def _nice_step(raw: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at least ``raw``."""
    if not (raw > 0 and math.isfinite(raw)):
        return 1.0
    k = math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0 ** k >= raw * (1 - 1e-9):
            return m * 10.0 ** k
    return 10.0 ** (k + 1)


def _graticule_step(raw: float) -> float:
    """The smallest round angle (degrees, minutes, seconds) at least ``raw`` degrees."""
    best = _DEGREE_STEPS[0]
    for step in _DEGREE_STEPS:
        if step >= raw * (1 - 1e-9):
            best = step
    return best


def _grid_number(v: float, step: float) -> str:
    """A grid coordinate with thousands spaced ("1 770 000"), the decimals the step needs and a decimal comma, as
    the (Vietnamese) page writes numbers."""
    dec = 0 if step >= 1 else min(8, len(f"{step:.8f}".rstrip("0").split(".")[1]))
    text = f"{v:,.{dec}f}".replace(",", " ").replace(".", ",")
    return text.replace("-0", "0") if abs(v) < 10 ** -dec else text


def _dms(value: float, pos: str, neg: str, step: float) -> str:
    """An angle as degrees, minutes (and seconds when the step needs them): "107°35′E"."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, sec = divmod(rest, 60)
    if step >= 1 - 1e-9 and m == 0 and sec == 0:
        return f"{d}°{hemi}"
    if step >= 1 / 60 - 1e-9 and sec == 0:
        return f"{d}°{m:02d}′{hemi}"
    return f"{d}°{m:02d}′{sec:02d}″{hemi}"


def _crossing(a: np.ndarray, b: np.ndarray, level: float) -> float | None:
    """Where the polyline crosses ``a == level``: the interpolated ``b`` there (None when it does not)."""
    ok = np.isfinite(a) & np.isfinite(b)
    a, b = a[ok], b[ok]
    if len(a) < 2:
        return None
    d = a - level
    hit = np.flatnonzero((d[:-1] <= 0) != (d[1:] <= 0))
    if not len(hit):
        return None
    i = int(hit[0])
    t = d[i] / (d[i] - d[i + 1])
    return float(b[i] + t * (b[i + 1] - b[i]))
