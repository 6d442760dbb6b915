"""The map canvas: a thin widget that asks a RenderJob for images and blits them.

Journey 1 of DESIGN.md: a model event schedules one coalesced refresh -> the canvas builds a frozen
MapSettings -> a RenderJob draws on a worker into a QImage -> the canvas only blits it. While panning or
zooming it shows the last image shifted/scaled until the new one arrives.

Map tools (pan, identify, select by rectangle / polygon, measure distance / area) are small objects that
get the mouse events; the canvas draws their rubber bands on top of the map image.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from pyproj import Geod
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QWidget

from gisdesk.core.crs import WGS84, to_crs
from gisdesk.core.project import Project
from gisdesk.layers import VectorLayer
from gisdesk.render.cache import RenderCache
from gisdesk.render.geometry import transform_coords, transform_extent
from gisdesk.render.job import RenderJob
from gisdesk.render.paths import circles_path, path_from_rings
from gisdesk.render.settings import MapSettings

GEOD = Geod(ellps="WGS84")
IDENTIFY_TOLERANCE_PX = 4
ZOOM_STEP = 1.25


def _reproject(geoms: Any, src: str | None, dst: str | None) -> Any:
    """Geometries from ``src`` to ``dst`` with the renderer's cached per-thread transformers."""
    if not src or not dst or src == dst:
        return geoms
    return shapely.transform(geoms, lambda xy: np.column_stack(transform_coords(xy[:, 0], xy[:, 1], src, dst)))


class MapCanvas(QWidget):
    """Shows the project's visible layers in the project CRS."""

    extent_changed = Signal(object)  # (minx, miny, maxx, maxy) shown, project CRS
    cursor_moved = Signal(float, float)  # map coordinates, project CRS
    rendered = Signal(float)  # seconds the last render took
    identified = Signal(object)  # list[(layer, row position)] under a click
    measured = Signal(str, float)  # ("distance" | "area", metres or square metres)
    tool_changed = Signal(str)

    def __init__(self, project: Project | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.cache = RenderCache()
        self._project: Project | None = None
        self._extent: tuple[float, float, float, float] | None = None
        self._image: QImage | None = None
        self._image_settings: MapSettings | None = None
        self._job: RenderJob | None = None
        self._job_started = 0.0
        self._job_inputs: tuple[Any, frozenset[int]] | None = None  # (settings, layer ids) of the running job
        self._render_again = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(15)
        self._refresh.timeout.connect(self._start_render)
        self._drag_from: QPointF | None = None
        self._drag_extent: tuple[float, float, float, float] | None = None
        self._tool = "pan"
        self._rubber: list[QPointF] = []  # rectangle corners, polygon or measure vertices (pixels)
        self._hover: QPointF | None = None
        # layer -> (key, selection array, overlay arrays); weak, so removed layers drop out
        self._selection_cache: weakref.WeakKeyDictionary[Any, tuple[Any, Any, Any]] = weakref.WeakKeyDictionary()
        if project is not None:
            self.set_project(project)

    # -- project binding ---------------------------------------------------------------------
    @property
    def project(self) -> Project | None:
        return self._project

    def set_project(self, project: Project) -> None:
        if self._project is not None:
            self._unbind(self._project)
        self._project = project
        ev = project.layers.events
        for sig in (ev.inserted, ev.removed, ev.moved, ev.reordered):
            sig.connect(self._layers_changed)
        project.events.crs.connect(self._crs_changed)
        project.events.time_window.connect(self.schedule_refresh)
        for layer in project.layers:
            layer.events.all.connect(self._layer_event)
        self._image = None
        self._extent = None
        if project.view_extent is not None:
            self.set_extent(project.view_extent)
        else:
            self.zoom_to_full()

    def _unbind(self, project: Project) -> None:
        ev = project.layers.events
        for sig in (ev.inserted, ev.removed, ev.moved, ev.reordered):
            sig.disconnect(self._layers_changed)
        project.events.crs.disconnect(self._crs_changed)
        project.events.time_window.disconnect(self.schedule_refresh)
        for layer in project.layers:
            layer.events.all.disconnect(self._layer_event)

    def _layers_changed(self, *args: Any) -> None:
        if args and len(args) == 2 and hasattr(args[1], "events"):
            index, layer = args
            if layer in self._project.layers:
                layer.events.all.connect(self._layer_event)
            else:
                layer.events.all.disconnect(self._layer_event)
        if self._extent is None:
            self.zoom_to_full()
        else:
            self.schedule_refresh()

    def _layer_event(self, info: Any) -> None:
        if info.signal.name == "selection":
            self.update()  # selection highlight is an overlay: no re-render
            return
        self.schedule_refresh()

    def _crs_changed(self, crs: str) -> None:
        if self._extent is not None and self._image_settings is not None:
            old = self._image_settings.crs
            self._extent = transform_extent(self._extent, old, crs)
        self._image = None
        if self._extent is None:
            self.zoom_to_full()
        else:
            self.set_extent(self._extent)

    # -- extent ------------------------------------------------------------------------------
    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        return self._extent

    def settings(self) -> MapSettings | None:
        if self._project is None or self._extent is None:
            return None
        size = (max(1, self.width()), max(1, self.height()))
        return MapSettings(extent=self._extent, size=size, crs=self._project.crs, dpi=self.logicalDpiX() or 96.0,
                           time_window=self._project.time_window)

    def set_extent(self, extent: Sequence[float]) -> None:
        minx, miny, maxx, maxy = (float(v) for v in extent)
        if not np.isfinite([minx, miny, maxx, maxy]).all():
            return
        w, h = maxx - minx, maxy - miny
        if w <= 0 and h <= 0:  # a single point: show 1 km around it (or 0.01°)
            pad = 0.01 if to_crs(self._project.crs).is_geographic else 500.0
            minx, miny, maxx, maxy = minx - pad, miny - pad, minx + pad, miny + pad
        elif h <= 0:  # points in a row (one latitude): as tall as it is wide
            miny, maxy = miny - w / 2, maxy + w / 2
        elif w <= 0:
            minx, maxx = minx - h / 2, maxx + h / 2
        self._extent = (minx, miny, maxx, maxy)
        settings = self.settings()
        if settings is not None:
            self._extent = settings.visible_extent()
        self.extent_changed.emit(self._extent)
        self.schedule_refresh()
        self.update()

    def full_extent(self) -> tuple[float, float, float, float] | None:
        if self._project is None:
            return None
        boxes = [self.layer_extent(layer) for layer in self._project.layers if layer.visible]
        boxes = [b for b in boxes if b is not None]
        if not boxes:
            return None
        arr = np.array(boxes)
        return (arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max())

    def layer_extent(self, layer: Any) -> tuple[float, float, float, float] | None:
        ext = layer.extent
        if ext is None or layer.crs is None or self._project is None:
            return None
        if layer.crs == self._project.crs:
            return tuple(ext)
        if ext[2] <= ext[0] or ext[3] <= ext[1]:  # a single point: transform it as such
            x, y = transform_coords(np.array(ext[0:1]), np.array(ext[1:2]), layer.crs, self._project.crs)
            return (float(x[0]), float(y[0]), float(x[0]), float(y[0]))
        return transform_extent(ext, layer.crs, self._project.crs)

    def zoom_to_full(self) -> None:
        ext = self.full_extent()
        if ext is not None:
            self.set_extent(_pad(ext, 0.03))

    def zoom_to_layer(self, layer: Any) -> None:
        ext = self.layer_extent(layer)
        if ext is not None:
            self.set_extent(_pad(ext, 0.05))

    def zoom_by(self, factor: float, center: tuple[float, float] | None = None) -> None:
        if self._extent is None:
            return
        minx, miny, maxx, maxy = self._extent
        cx, cy = center or ((minx + maxx) / 2, (miny + maxy) / 2)
        self.set_extent((cx - (cx - minx) * factor, cy - (cy - miny) * factor,
                         cx + (maxx - cx) * factor, cy + (maxy - cy) * factor))

    def pan_by_pixels(self, dx: float, dy: float) -> None:
        settings = self.settings()
        if settings is None:
            return
        x0, y0 = settings.pixel_to_map(0, 0)
        x1, y1 = settings.pixel_to_map(dx, dy)
        minx, miny, maxx, maxy = self._extent
        self.set_extent((minx - (x1 - x0), miny - (y1 - y0), maxx - (x1 - x0), maxy - (y1 - y0)))

    def scale_denominator(self) -> float | None:
        settings = self.settings()
        return settings.scale_denominator() if settings is not None else None

    # -- rendering ---------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        """Coalesce any number of change events into one render shortly after."""
        self._refresh.start()

    def refresh_now(self) -> None:
        self._refresh.stop()
        self._start_render()

    def _start_render(self) -> None:
        settings = self.settings()
        if settings is None:
            return
        layers = [layer for layer in self._project.layers if layer.visible]
        if any(getattr(layer, "type_name", None) == "tiles" for layer in layers):
            from gisdesk.render.tiles import request_view_tiles

            request_view_tiles(layers, settings)  # missing basemap tiles load in the background, then redraw
        if not layers and self._job is None:
            # nothing to draw (a project whose layers are still being read): a blank canvas needs no worker,
            # and a render job now would only compete with the reads for the interpreter
            self._image = None
            self._image_settings = None
            self.update()
            return
        ids = frozenset(map(id, layers))
        if self._job is not None:
            held_settings, held_ids = self._job_inputs or (None, frozenset())
            if held_settings == settings and held_ids < ids:
                # layers arriving (a project opening): let the frame in progress reach the screen, then draw
                # again with the newcomers; cancelling would show nothing until the last layer is in
                self._render_again = True
                return
            self._job.cancel()
        import time

        self._render_again = False
        job = RenderJob(settings, layers, self.cache)
        job.finished.connect(self._render_finished)
        self._job = job
        self._job_inputs = (settings, ids)
        self._job_started = time.perf_counter()
        job.start()

    @property
    def rendering(self) -> bool:
        return self._job is not None

    def _render_finished(self, image: QImage, settings: MapSettings) -> None:
        import time

        if self.sender() is not self._job:
            return  # a stale job finished after a newer one started
        self._job = None
        self._job_inputs = None
        self._image = image
        self._image_settings = settings
        self.rendered.emit(time.perf_counter() - self._job_started)
        self.update()
        if self._render_again:
            self._render_again = False
            self._start_render()

    def shutdown(self) -> None:
        """Stop pending and running renders (the window is closing): nothing may call back into a dead widget."""
        self._refresh.stop()
        self._render_again = False
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            try:
                job.finished.disconnect(self._render_finished)
            except (RuntimeError, TypeError):
                pass
            job.wait(10)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def wait_for_render(self, timeout_ms: int = 30_000) -> bool:
        """Tests and the headless path: process events until no render is pending."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        timer = QElapsedTimer()
        timer.start()
        while (self._refresh.isActive() or self._job is not None) and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
        return self._job is None and not self._refresh.isActive()

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        settings = self.settings()
        if self._image is not None and self._image_settings is not None and settings is not None:
            # the last image, placed where its extent lies in the current view (shifted/scaled while panning)
            src = self._image_settings.visible_extent()
            tr = settings.map_to_pixel()
            top_left = tr.map(QPointF(src[0], src[3]))
            bottom_right = tr.map(QPointF(src[2], src[1]))
            painter.drawImage(QRectF(top_left, bottom_right), self._image)
        if settings is not None:
            self._draw_selection(painter, settings)
            self._draw_rubber(painter)
        painter.end()

    def _draw_selection(self, painter: QPainter, settings: MapSettings) -> None:
        """Selected features as an overlay (no re-render): outlines and point circles, one path per layer.

        The selection's coordinates in the project CRS are worked out once per selection (``_selection_xy``);
        a paint (many per second while panning) only maps them to pixels.
        """
        if self._project is None:
            return
        painter.setPen(QPen(QColor(255, 200, 0), 2))
        painter.setBrush(QColor(255, 230, 0, 70))
        tr = settings.map_to_pixel()
        for layer in self._project.layers:
            if not isinstance(layer, VectorLayer) or not layer.visible or layer.selection.size == 0:
                continue
            line_xy, starts, point_xy = self._selection_xy(layer)
            if len(line_xy):
                px, py = _apply(tr, line_xy)
                painter.drawPath(path_from_rings(px, py, starts))
            if len(point_xy):
                px, py = _apply(tr, point_xy)
                painter.drawPath(circles_path(px, py, 5.0))

    def _selection_xy(self, layer: VectorLayer) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(outline vertices, subpath starts, point vertices) of the layer's selection in the project CRS, cached."""
        key = (layer.data_version, self._project.crs)  # a new selection is a new array: checked by identity below
        cached = self._selection_cache.get(layer)
        if cached is not None and cached[0] == key and cached[1] is layer.selection:
            return cached[2]
        geoms = layer.geometries(layer.selection)
        geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
        geoms = _reproject(geoms, layer.crs, self._project.crs)
        type_id = shapely.get_type_id(geoms)
        lines = np.concatenate([shapely.get_parts(shapely.boundary(geoms[np.isin(type_id, (3, 6))])),
                                shapely.get_parts(geoms[np.isin(type_id, (1, 2, 5))])])
        line_xy, index = shapely.get_coordinates(lines, return_index=True)
        starts = np.r_[True, index[1:] != index[:-1]] if len(index) else np.zeros(0, dtype=bool)
        point_xy = shapely.get_coordinates(geoms[np.isin(type_id, (0, 4))])
        value = (line_xy, starts, point_xy)
        self._selection_cache[layer] = (key, layer.selection, value)
        return value

    def _draw_rubber(self, painter: QPainter) -> None:
        if not self._rubber:
            return
        painter.setPen(QPen(QColor(220, 30, 30), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(220, 30, 30, 40))
        pts = list(self._rubber)
        if self._hover is not None and self._tool in ("select_polygon", "measure_distance", "measure_area"):
            pts.append(self._hover)
        if self._tool == "select_rect" and len(pts) == 2:
            painter.drawRect(QRectF(pts[0], pts[1]).normalized())
        elif self._tool == "measure_distance":
            painter.drawPolyline(QPolygonF(pts))
        else:
            painter.drawPolygon(QPolygonF(pts))

    # -- tools -------------------------------------------------------------------------------
    TOOLS = ("pan", "identify", "select_rect", "select_polygon", "measure_distance", "measure_area")

    @property
    def tool(self) -> str:
        return self._tool

    def set_tool(self, name: str) -> None:
        if name not in self.TOOLS:
            raise ValueError(name)
        self._tool = name
        self._rubber = []
        self.setCursor(Qt.CursorShape.OpenHandCursor if name == "pan" else Qt.CursorShape.CrossCursor)
        self.tool_changed.emit(name)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._tool == "pan"
        ):
            self._drag_from = pos
            self._drag_extent = self._extent
            return
        if event.button() != Qt.MouseButton.LeftButton:
            if event.button() == Qt.MouseButton.RightButton and self._rubber:
                self._finish_rubber()
            return
        if self._tool == "identify":
            self.identified.emit(self.identify(pos.x(), pos.y()))
        elif self._tool == "select_rect":
            self._rubber = [pos, pos]
        elif self._tool in ("select_polygon", "measure_distance", "measure_area"):
            self._rubber.append(pos)
            self._emit_measure()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        settings = self.settings()
        if settings is not None:
            self.cursor_moved.emit(*settings.pixel_to_map(pos.x(), pos.y()))
        if self._drag_from is not None and self._drag_extent is not None:
            dx, dy = pos.x() - self._drag_from.x(), pos.y() - self._drag_from.y()
            self._extent = self._drag_extent
            self.pan_by_pixels(dx, dy)
            return
        if self._tool == "select_rect" and len(self._rubber) == 2:
            self._rubber[1] = pos
        self._hover = pos
        if self._rubber:
            self._emit_measure()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None:
            self._drag_from = None
            self._drag_extent = None
            return
        if self._tool == "select_rect" and len(self._rubber) == 2:
            a, b = self._rubber
            self._rubber = []
            additive = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.select_in_pixel_polygon([(a.x(), a.y()), (b.x(), a.y()), (b.x(), b.y()), (a.x(), b.y())],
                                         additive=additive, point_tolerance=True)
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._tool in ("select_polygon", "measure_distance", "measure_area") and self._rubber:
            self._finish_rubber()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._rubber = []
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._rubber:
            self._finish_rubber()
        else:
            super().keyPressEvent(event)

    def _finish_rubber(self) -> None:
        pts = [(p.x(), p.y()) for p in self._rubber]
        if self._tool == "select_polygon" and len(pts) >= 3:
            self.select_in_pixel_polygon(pts)
            self._rubber = []
        elif self._tool.startswith("measure"):
            self._emit_measure(final=True)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        settings = self.settings()
        if settings is None:
            return
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        pos = event.position()
        center = settings.pixel_to_map(pos.x(), pos.y())
        self.zoom_by(ZOOM_STEP ** (-steps), center)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        if self._extent is not None:
            self.set_extent(self._extent)
        elif self._project is not None:
            self.zoom_to_full()
        super().resizeEvent(event)

    # -- identify / select / measure (usable without a mouse: tests, scripts) -----------------
    def _map_geometry(self, pixel_points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        settings = self.settings()
        return [settings.pixel_to_map(x, y) for x, y in pixel_points]

    def _to_layer_crs(self, geom: Any, layer: Any) -> Any:
        return _reproject(geom, self._project.crs, layer.crs)

    def identify(self, px: float, py: float) -> list[tuple[Any, int]]:
        """Features under pixel (px, py) within a few pixels, topmost layer first."""
        if self._project is None or self._extent is None:
            return []
        tol = IDENTIFY_TOLERANCE_PX
        ring = self._map_geometry([(px - tol, py - tol), (px + tol, py - tol), (px + tol, py + tol),
                                   (px - tol, py + tol)])
        area = shapely.Polygon(ring)
        hits: list[tuple[Any, int]] = []
        for layer in reversed(self._project.layers):
            if not isinstance(layer, VectorLayer) or not layer.visible or layer.crs is None:
                continue
            rows = self._shown(layer, layer.query_geometry(self._to_layer_crs(area, layer)))
            hits.extend((layer, int(r)) for r in rows)
        return hits

    def _shown(self, layer: Any, rows: np.ndarray) -> np.ndarray:
        """``rows`` without those hidden by the time window or the layer's filters (what is not drawn cannot
        be identified or selected)."""
        mask = layer.visible_rows(self._project.time_window)
        return rows if mask is None else rows[mask[rows]]

    def select_in_pixel_polygon(self, pixel_points: Sequence[tuple[float, float]], *, additive: bool = False,
                                point_tolerance: bool = False) -> dict[str, int]:
        """Select the features of the visible vector layers that intersect a polygon given in pixels.

        A click-sized rectangle (under 3 px) selects what is under the click instead.
        Returns {layer name: number selected}.
        """
        if self._project is None or self._extent is None:
            return {}
        xs = [p[0] for p in pixel_points]
        ys = [p[1] for p in pixel_points]
        if point_tolerance and max(xs) - min(xs) < 3 and max(ys) - min(ys) < 3:
            cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
            tol = IDENTIFY_TOLERANCE_PX
            pixel_points = [(cx - tol, cy - tol), (cx + tol, cy - tol), (cx + tol, cy + tol), (cx - tol, cy + tol)]
        area = shapely.Polygon(self._map_geometry(pixel_points))
        if not area.is_valid:
            area = shapely.make_valid(area)
        counts: dict[str, int] = {}
        for layer in self._project.layers:
            if not isinstance(layer, VectorLayer) or not layer.visible or layer.crs is None:
                continue
            rows = self._shown(layer, layer.query_geometry(self._to_layer_crs(area, layer)))
            if additive:
                rows = np.union1d(layer.selection, rows)
            layer.selection = rows
            counts[layer.name] = len(rows)
        return counts

    def clear_selection(self) -> None:
        if self._project is None:
            return
        for layer in self._project.layers:
            if isinstance(layer, VectorLayer):
                layer.selection = []

    def measure_pixels(self, pixel_points: Sequence[tuple[float, float]], kind: str) -> float:
        """Geodesic length (m) of a polyline, or area (m²) of a polygon, given in pixels."""
        pts = self._map_geometry(pixel_points)
        return measure_geodesic(pts, self._project.crs, kind)

    def _emit_measure(self, final: bool = False) -> None:
        if not self._tool.startswith("measure") or not self._rubber:
            return
        pts = [(p.x(), p.y()) for p in self._rubber]
        if self._hover is not None and not final:
            pts.append((self._hover.x(), self._hover.y()))
        kind = "distance" if self._tool == "measure_distance" else "area"
        if (kind == "distance" and len(pts) >= 2) or (kind == "area" and len(pts) >= 3):
            self.measured.emit(kind, self.measure_pixels(pts, kind))


def measure_geodesic(points: Sequence[tuple[float, float]], crs: str, kind: str) -> float:
    """Length in metres (kind="distance") or area in m² (kind="area") on the WGS 84 ellipsoid."""
    arr = np.asarray(points, dtype=float)
    lon, lat = transform_coords(arr[:, 0], arr[:, 1], crs, WGS84)
    if kind == "distance":
        return float(GEOD.line_length(lon, lat))
    if kind == "area":
        area, _ = GEOD.polygon_area_perimeter(lon, lat)
        return float(abs(area))
    raise ValueError(kind)


def _pad(ext: Sequence[float], frac: float) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = ext
    dx, dy = (maxx - minx) * frac, (maxy - miny) * frac
    return (minx - dx, miny - dy, maxx + dx, maxy + dy)


def _apply(tr: Any, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A QTransform (no rotation/shear used here) applied to an (n, 2) array with numpy."""
    x, y = xy[:, 0], xy[:, 1]
    return tr.m11() * x + tr.m21() * y + tr.dx(), tr.m12() * x + tr.m22() * y + tr.dy()
