"""Drawing a print layout (``gisdesk.export.layout``) to a vector PDF or a PNG, with Qt.

``export_layout(project, layout, path, dpi=300)`` draws the page with one QPainter whose units are device
pixels at ``dpi`` (a QPdfWriter at that resolution, or a QImage of the page's size at that dpi). The map frame
is ``gisdesk.render.draw_map`` (the canvas's drawing path) with a ``MapSettings`` of the frame's size in device
pixels at the output dpi, so symbol sizes in mm print at their size; on a PDF polygons and lines stay vector
paths and text stays text (Qt embeds subsets of the fonts). Title, legend (``styles.legend.legend_for`` and
``render.draw.draw_legend_patch``), scale bar (ground metres measured on the ellipsoid at the map's centre),
north arrow, date (Asia/Ho_Chi_Minh), author and sources go around it.

The file is written to a temporary file beside the target and renamed into place only when complete
(``core.fileutil.atomic_path``): a cancel or an error leaves no file. Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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
from gisdesk.render.draw import draw_legend_patch, draw_map
from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans")  # both have Vietnamese glyphs
FORMATS = (".pdf", ".png")
#: the largest PNG side in pixels (an A0 at 600 dpi is ~28,000)
MAX_PNG_SIDE = 30000


@dataclass(frozen=True)
class PrintResult:
    path: Path
    status: str  # "ok" | "cancelled" | "error"
    pages: int = 0
    error: str = ""
    map_settings: MapSettings | None = None  # the map frame as drawn (extent, size, dpi)
    scale_bar: ScaleBar | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class _Cancelled(Exception):
    pass


_SINGLE = object()  # legend marker: the next row is a single-symbol layer (patch + layer name, bold)


def export_layout(project: Any, layout: PrintLayout, path: str | os.PathLike[str], *, dpi: float = 300,
                  extent: Extent | None = None, window: Any = None,
                  cancel: Callable[[], bool] | None = None, progress: Callable[[float], None] | None = None,
                  now: dt.datetime | None = None) -> PrintResult:
    """Draw ``layout`` with ``project``'s layers into ``path`` (.pdf or .png); see the module docstring.

    ``extent``: the canvas's view (extent mode "canvas"; default the project's saved view, else all layers).
    ``window``: the time window (default ``project.time_window``). ``cancel()`` is polled between items and
    layers; ``progress(fraction)`` is called as the page is drawn (0 to 1, 1 once the file is in place).
    Safe to run on a worker thread (QPdfWriter and QImage are not GUI objects). Never raises for a file or
    drawing problem: the result says "error" with the reason.
    """
    path = Path(path)
    cancel = cancel or (lambda: False)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        return PrintResult(path, "error", error=f"{path.name}: choose a .pdf or .png file")
    if not dpi or not (25 <= float(dpi) <= 1200):
        return PrintResult(path, "error", error=f"a resolution of {dpi} dpi is outside 25 to 1200")
    try:
        boxes = layout_boxes(layout)
        map_extent = resolve_extent(project, layout, boxes, extent)
    except ValueError as exc:
        return PrintResult(path, "error", error=str(exc))
    window = project.time_window if window is None else window
    page = _Page(project, layout, boxes, map_extent, float(dpi), window, cancel, now, progress)
    try:
        with atomic_path(path, suffix=suffix) as tmp:
            if suffix == ".pdf":
                _write_pdf(page, tmp)
            else:
                _write_png(page, tmp)
    except _Cancelled:
        return PrintResult(path, "cancelled")
    except OSError as exc:
        return PrintResult(path, "error", error=f"{path}: could not write the file ({exc.strerror or exc})")
    page.report(1.0)
    return PrintResult(path, "ok", pages=1, map_settings=page.map_settings, scale_bar=page.scale_bar)


def render_preview(project: Any, layout: PrintLayout, *, dpi: float = 48, extent: Extent | None = None,
                   window: Any = None, cancel: Callable[[], bool] | None = None,
                   now: dt.datetime | None = None) -> QImage:
    """The page drawn into a QImage at ``dpi`` (a low resolution for the layout dialog's preview), through the
    same ``_Page`` as the PDF. ValueError when the layout cannot be placed or has nothing to show; a null image
    when cancelled."""
    boxes = layout_boxes(layout)
    map_extent = resolve_extent(project, layout, boxes, extent)
    window = project.time_window if window is None else window
    page = _Page(project, layout, boxes, map_extent, float(dpi), window, cancel or (lambda: False), now)
    try:
        return _page_image(page)
    except _Cancelled:
        return QImage()


def print_layout(project: Any, layout: PrintLayout, printer: Any, *, extent: Extent | None = None,
                 window: Any = None, cancel: Callable[[], bool] | None = None,
                 progress: Callable[[float], None] | None = None, now: dt.datetime | None = None) -> PrintResult:
    """Draw ``layout`` on a ``QPrinter`` the user set up in the system print dialog (its printer, copies,
    colour mode). The page size and orientation are the layout's; the drawing uses the printer's resolution.
    Never raises for a printing problem: the result says "error" with the reason."""
    from PySide6.QtPrintSupport import QPrinter

    target = Path(printer.outputFileName() or printer.printerName() or "printer")
    cancel = cancel or (lambda: False)
    try:
        boxes = layout_boxes(layout)
        map_extent = resolve_extent(project, layout, boxes, extent)
    except ValueError as exc:
        return PrintResult(target, "error", error=str(exc))
    w_mm, h_mm = boxes.page
    size = QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, layout.page)
    printer.setFullPage(True)
    if not printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                             QPageLayout.Unit.Millimeter)):
        return PrintResult(target, "error", error=f"the printer does not take a {layout.page} {layout.orientation} page")
    dpi = float(printer.resolution())
    window = project.time_window if window is None else window
    page = _Page(project, layout, boxes, map_extent, dpi, window, cancel, now, progress)
    painter = QPainter()
    if not painter.begin(printer):
        return PrintResult(target, "error", error="the printer could not be started")
    try:
        page.draw(painter)
    except _Cancelled:
        printer.abort() if hasattr(printer, "abort") else None
        return PrintResult(target, "cancelled")
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        return PrintResult(target, "error", error="the printer reported an error")
    page.report(1.0)
    return PrintResult(target, "ok", pages=1, map_settings=page.map_settings, scale_bar=page.scale_bar)


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
            raise ValueError(f"layout {layout.name!r}: the project has no layer named {layout.layer_name!r}")
        ext = _layer_extent(layer, project.crs)
        if ext is None:
            raise ValueError(f"layout {layout.name!r}: layer {layout.layer_name!r} has no location to show")
        ext = _grow(ext, 0.03)
    else:
        ext = canvas or getattr(project, "view_extent", None) or _full_extent(project)
        if ext is None:
            raise ValueError("nothing to print: no layer has a location")
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
# devices
# ------------------------------------------------------------------------------------------------
def _write_pdf(page: _Page, tmp: Path) -> None:
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
        raise OSError("Qt could not start the PDF")
    # images (aggregated dense markers, rasters) deflated, not JPEG: crisp markers, and smaller here
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    try:
        page.draw(painter)
    finally:
        painter.end()
    del writer  # closes the file before it is renamed
    if tmp.stat().st_size == 0:
        raise OSError("the PDF came out empty")


def _page_image(page: _Page) -> QImage:
    w_px, h_px = (round(v * page.dpi / 25.4) for v in page.boxes.page)
    if max(w_px, h_px) > MAX_PNG_SIDE:
        raise OSError(f"a {w_px}×{h_px} pixel image is too large; choose a lower resolution")
    image = QImage(w_px, h_px, QImage.Format.Format_RGB32)
    if image.isNull():
        raise OSError(f"not enough memory for a {w_px}×{h_px} pixel image")
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
        raise OSError("Qt could not encode the PNG")


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
                 progress: Callable[[float], None] | None = None) -> None:
        self.project, self.layout, self.boxes, self.dpi = project, layout, boxes, dpi
        self.window, self.cancel, self.progress = window, cancel, progress
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
            draw_map(p, self.map_settings, list(self.project.layers), cancel=self.cancel)
        finally:
            p.restore()
        self.check()
        p.save()
        p.setPen(QPen(QColor(0, 0, 0), self.mm(0.3)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x, y, *self.map_settings.size))
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
        from gisdesk.styles.legend import legend_for

        items: list[Any] = []
        for layer in reversed(list(self.project.layers)):  # the top layer first, as on the panel
            if not getattr(layer, "visible", True):
                continue
            try:
                rows = legend_for(layer.name, layer.style, getattr(layer, "geometry_family", None))
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
        fm = QFontMetricsF(p.font())
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
    return QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, width_px)


def _legend_title() -> str:
    return "Chú giải"  # Vietnamese UI text: the print layout's language (i18n to come with the GUI)


def _sources_label() -> str:
    return "Nguồn dữ liệu"
