"""Interactive HTML map (folium/Leaflet) of what the map shows, working offline.

``export_html(project, path)`` writes one self-contained HTML file:

* the visible layers in their draw order (bottom first), each listed in a layer switcher (``LayerControl``);
* vector layers coloured with the layer's style (``renderer_from_dict(...).classify``: one symbol per
  feature, shared per class), reprojected to EPSG:4326; only the rows the map shows (``layer.shown_data``
  with the project's time window, which the caption states). Point markers keep their symbol's ``shape``
  (square, triangle, star, cross... as ``gisdesk.styles.single.marker_outline`` draws them on screen);
* raster layers drawn with their style (colour ramp, min/max; ``gisdesk.render.raster.colorize``, as on
  screen) into a PNG in Web Mercator (at most ``RASTER_MAX_SIDE`` pixels on its long side), embedded as a
  ``data:`` URI in an image overlay with the layer's opacity, below the vector layers;
* a popup per feature with its attributes, every value HTML-escaped (citizen text is data, never markup);
  personal columns (reporter name, phone, email...) are left out unless ``keep_personal=True``;
* point layers above ``cluster_threshold`` rows are clustered (Leaflet.markercluster), above
  ``heatmap_threshold`` (or styled as a heatmap) drawn as a heatmap (Leaflet.heat) without popups;
* a legend from the layer styles (escaped HTML; a raster's colour ramp with its value range);
* no basemap by default (a plain background, no request anywhere); ``basemap`` (a tile URL template) adds
  a tile layer, the only thing that then goes online.

The page's fixed texts (legend heading, time caption, legend words) are Vietnamese, the language of the
maps the city hands out, like the printed page (``gisdesk.export.printing``).

Offline: Leaflet and its plugins are vendored in ``gisdesk/export/assets`` (with their licences) and inlined
into the file; folium's default CDN links are removed from every element, and the rendered page is checked
for any remaining external ``<script src>``/``<link href>`` before it is written.

Each vector layer's features are embedded as a ``<script type="application/json" class="gisdesk-layer">``
block (``data-layer`` = the layer name), drawn by one shared script (``gisdesk.draw``). The block is
columnar and packed to stay small for tens of thousands of features (see ``_payload``): coordinates as
integer micro-degrees (~0.1 m), integers as fixed-width base-64 digit strings, each column's distinct values
once, times as minutes. ``<`` and ``>`` are written as ``\\u003c``/``\\u003e`` in that JSON, so no data can close
the script element.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from gisdesk.core.fileutil import atomic_path
from gisdesk.core.i18n import tr, trf
from gisdesk.core.timewindow import CITY_TZ
from gisdesk.export.oserror import os_problem
from gisdesk.export.page_text import page_text

ASSETS = Path(__file__).resolve().parent / "assets"
WGS84 = "EPSG:4326"
WEB_MERCATOR = "EPSG:3857"
PX_PER_MM = 96.0 / 25.4
COORD_DECIMALS = 6  # ~0.1 m at Huế's latitude
#: lines and polygons are simplified by this much (metres, as degrees at the equator): under a pixel up to zoom 18
SIMPLIFY_M = 0.5
RASTER_MAX_SIDE = 2048  # pixels on the long side of a raster's PNG
HUE_CENTER = (16.4637, 107.5909)
BACKGROUND = "#f4f3ef"
MAX_ZOOM = 20  # the map's zoom range must be bounded for clustering
RASTER_Z = 250  # raster panes: above a basemap's tiles (200), below the vector layers (400)

#: the page's fixed texts, Vietnamese (the page's language, as on the printed page)
_vi = page_text  # the page's language: gisdesk.export.page_text


# Vendored files: (folder, file) in the order they are inlined
_CSS = (("leaflet", "leaflet.css"), ("leaflet.markercluster", "MarkerCluster.css"),
        ("leaflet.markercluster", "MarkerCluster.Default.css"))
_JS_LEAFLET = ("leaflet", "leaflet.js")
_JS_CLUSTER = ("leaflet.markercluster", "leaflet.markercluster.js")
_JS_HEAT = ("leaflet.heat", "leaflet-heat.js")

#: the digits of the packed integer strings (base 64, JSON- and script-safe)
_DIGITS = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"


@dataclass
class HtmlLayerInfo:
    """What became of one layer: ``mode`` is "features", "clustered", "heatmap", "image" or "skipped"."""

    name: str
    features: int
    mode: str
    note: str = ""


@dataclass
class HtmlResult:
    """The outcome of ``export_html``: ``status`` "ok" | "cancelled" | "error" (``error`` says why; no file is
    left half-written), the layers written and plain-English ``notes`` (skipped layers, clustering, ...)."""

    path: Path
    status: str = "ok"
    layers: list[HtmlLayerInfo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    size_bytes: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class _Cancelled(Exception):
    pass


def export_html(
    project: Any,
    path: str | Path,
    *,
    window: Any = None,
    title: str | None = None,
    basemap: str | None = None,
    basemap_attribution: str | None = None,
    cluster_threshold: int = 2000,
    heatmap_threshold: int = 50000,
    keep_personal: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> HtmlResult:
    """Write the project's visible layers as an offline interactive HTML map at ``path`` (atomically).

    ``window``: the time window (default: ``project.time_window``). ``title``: the page title (default: the
    project's name). ``basemap``: None (the default): no basemap and no network access at all; or an http(s)
    tile URL template ("https://tile.example.org/{z}/{x}/{y}.png", ValueError when it is not one) drawn under
    the layers with ``basemap_attribution`` (HTML, as Leaflet shows it): the page then loads tiles from that
    host, and from nowhere else. ``cancel``: called between steps; when it returns True the export stops and
    nothing is written. Never raises for a file problem: the result says ``status="error"`` and why.
    """
    import folium

    path = Path(path)
    result = HtmlResult(path=path)
    if window is None:
        window = getattr(project, "time_window", None)
    title = title if title is not None else (getattr(project, "name", "") or "gisdesk map")
    if basemap is None:  # a basemap layer the user added to the map (an XYZ tile layer) is their choice to go online
        tiles = next((lyr for lyr in project.layers if getattr(lyr, "type_name", None) == "tiles"
                      and getattr(lyr, "visible", True) and "{-y}" not in lyr.url), None)
        if tiles is not None:
            basemap, basemap_attribution = tiles.url, basemap_attribution or tiles.attribution or None
    tile_host = _basemap_host(basemap) if basemap is not None else None

    def check() -> None:
        if cancel is not None and cancel():
            raise _Cancelled

    try:
        check()
        fmap = folium.Map(location=HUE_CENTER, zoom_start=12, tiles=None, control_scale=False,
                          prefer_canvas=False)
        _metric_scale().add_to(fmap)  # folium's scale shows miles too
        fmap.options["maxZoom"] = MAX_ZOOM  # folium leaves it out without tiles; clustering needs it
        fmap.get_root().title = title
        if basemap is not None:
            folium.TileLayer(tiles=basemap, attr=basemap_attribution or tile_host, name=_vi("Basemap"),
                             overlay=False, control=True, max_zoom=MAX_ZOOM).add_to(fmap)
            result.notes.append(trf("The basemap is loaded from {host}; the rest works offline.", host=tile_host))
        bounds: list[tuple[float, float, float, float]] = []
        legend_layers: list[tuple[str, Any, Any, Any]] = []
        need = {"cluster": False, "heat": False}
        for i, layer in enumerate(project.layers):
            check()
            if not getattr(layer, "visible", True):
                continue
            if getattr(layer, "type_name", "") == "tiles":
                continue  # the basemap, above
            if getattr(layer, "type_name", "") == "raster":
                info = _add_raster(fmap, layer, i, bounds, legend_layers)
            else:
                info = _add_layer(fmap, layer, i, window, cluster_threshold, heatmap_threshold, keep_personal,
                                  need, bounds, legend_layers)
            result.layers.append(info)
            if info.note:
                result.notes.append(info.note)
        check()
        if bounds:
            b = np.array(bounds)
            fmap.fit_bounds([[float(b[:, 1].min()), float(b[:, 0].min())],
                             [float(b[:, 3].max()), float(b[:, 2].max())]])
        folium.LayerControl(collapsed=False).add_to(fmap)
        _add_overlays(fmap, title, window, legend_layers)
        _strip_cdn_links(fmap)
        fmap.get_root().header.add_child(folium.Element(_inline_assets(need)), name="gisdesk_assets")
        page = fmap.get_root().render()
        _check_offline(page)
        check()
        data = page.encode("utf-8")
        with atomic_path(path, suffix=".html.tmp") as tmp:
            tmp.write_bytes(data)
            check()
        result.size_bytes = len(data)
    except _Cancelled:
        result.status = "cancelled"
        result.notes.append(tr("The export was cancelled; no file was written."))
    except OSError as exc:
        result.status = "error"
        result.error = trf("Could not write {path}: {problem}.", path=str(path), problem=os_problem(exc))
    return result


def _basemap_host(template: str) -> str:
    """The host of a tile URL template; ValueError when it is no http(s) template with {z}, {x} and {y}."""
    parts = urlsplit(str(template))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(trf("the basemap must be an http(s) tile URL, got {url!r}", url=template))
    missing = [k for k in ("{z}", "{x}", "{y}") if k not in template]
    if missing:
        raise ValueError(trf("the basemap URL {url!r} lacks {missing}", url=template, missing=", ".join(missing)))
    return parts.hostname


# -- vector layers ----------------------------------------------------------------------------------------------


def _add_layer(fmap: Any, layer: Any, index: int, window: Any, cluster_threshold: int, heatmap_threshold: int,
               keep_personal: bool, need: dict[str, bool], bounds: list[Any],
               legend_layers: list[Any]) -> HtmlLayerInfo:
    import folium
    import shapely
    from folium.plugins import HeatMap, MarkerCluster

    from gisdesk.layers.vector import VectorLayer
    from gisdesk.styles.renderers import SingleRenderer, renderer_from_dict

    name = str(layer.name)
    if not isinstance(layer, VectorLayer):
        kind = getattr(layer, "type_name", type(layer).__name__)
        return HtmlLayerInfo(name, 0, "skipped",
                             trf("Layer {name!r} ({kind}) was left out: the HTML map holds vector and raster "
                                 "layers only.", name=name, kind=kind))
    note = ""
    try:
        renderer = renderer_from_dict(layer.style)
    except ValueError as exc:
        renderer = SingleRenderer()
        note = trf("Layer {name!r} has a broken style ({error}); it is drawn with the default symbol.",
                   name=name, error=exc)
    style = layer.style if not note else None
    family = layer.geometry_family
    table, geoms = _shown(layer, window)
    opacity = float(getattr(layer, "opacity", 1.0))

    keep = np.array([g is not None for g in geoms], dtype=bool)
    if keep.any():
        keep &= ~shapely.is_empty(np.where(keep, geoms, shapely.Point()))
    table = table[keep].reset_index(drop=True)
    geoms = geoms[keep]
    n = len(geoms)
    legend_layers.append((name, style if style is not None else {}, family, None))
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True, show=True)
    group.add_to(fmap)
    if n == 0:
        return HtmlLayerInfo(name, 0, "features", note)

    bounds.append(tuple(shapely.total_bounds(geoms)))
    is_points = family == "point"
    if is_points and (renderer.kind == "heatmap" or n > heatmap_threshold):
        coords = shapely.get_coordinates(shapely.centroid(geoms))
        weights = renderer.weights_for(table) if renderer.kind == "heatmap" else None
        pts = np.round(coords[:, ::-1], COORD_DECIMALS)
        if weights is not None:
            pts = np.column_stack([pts, weights])
        ramp = renderer.ramp if renderer.kind == "heatmap" else None
        gradient = ({round(k / (len(ramp) - 1), 3): _hex(c) for k, c in enumerate(ramp)}
                    if ramp is not None and len(ramp) > 1 else None)
        radius = renderer.radius_px() if renderer.kind == "heatmap" else 12
        HeatMap(pts.tolist(), name=None, radius=float(radius), gradient=gradient, min_opacity=0.3,
                overlay=True, control=False).add_to(group)
        need["heat"] = True
        extra = (trf("Layer {name!r} is drawn as a heatmap because its style is a heatmap; its points have no "
                     "popups.", name=name) if renderer.kind == "heatmap" else
                 trf("Layer {name!r} is drawn as a heatmap because it has {n:,} points (more than {limit:,}); its "
                     "points have no popups.", name=name, n=n, limit=heatmap_threshold))
        return HtmlLayerInfo(name, n, "heatmap", _join(note, extra))

    index_, symbols = renderer.classify(table)
    drawn = index_ >= 0
    table, geoms, index_ = table[drawn].reset_index(drop=True), geoms[drawn], index_[drawn]
    if isinstance(style, dict) and style.get("symbol_levels"):
        order = np.argsort(index_, kind="stable")  # class by class: the last class drawn on top, as on screen
        table, geoms, index_ = table.iloc[order].reset_index(drop=True), geoms[order], index_[order]
    used = np.unique(index_)
    remap = np.full(len(symbols), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    leaflet_symbols = [_leaflet_style(symbols[k], family, opacity) for k in used]
    payload = _payload(geoms, remap[index_], table, leaflet_symbols, keep_personal)
    mode = "features"
    target: Any = group
    if is_points and len(geoms) > cluster_threshold:
        target = MarkerCluster(name=None, overlay=True, control=False,
                               options={"chunkedLoading": True, "disableClusteringAtZoom": 18})
        target.add_to(group)
        need["cluster"] = True
        mode = "clustered"
        note = _join(note, trf("Layer {name!r} has {n:,} points (more than {limit:,}): its markers are clustered.",
                               name=name, n=len(geoms), limit=cluster_threshold))
    _features(payload, name, index, target).add_to(fmap)
    return HtmlLayerInfo(name, len(geoms), mode, note)


def _shown(layer: Any, window: Any) -> tuple[pd.DataFrame, np.ndarray]:
    """The rows the map shows: (attribute table, shapely geometries in EPSG:4326)."""
    import shapely
    from pyproj import Transformer

    points = layer.points
    if points is not None and not layer.geometries_built:  # arrays: no GeoDataFrame for a big point layer
        mask = layer.visible_rows(window)
        table, x, y = points.table, points.x, points.y
        if mask is not None:
            table, x, y = table[mask].reset_index(drop=True), x[mask], y[mask]
        crs = layer.crs
        if crs is not None and crs != WGS84:
            x, y = Transformer.from_crs(crs, WGS84, always_xy=True).transform(x, y)
        ok = np.isfinite(x) & np.isfinite(y)
        geoms = np.full(len(x), None, dtype=object)
        geoms[ok] = shapely.points(np.asarray(x)[ok], np.asarray(y)[ok])
        return table, geoms
    gdf = layer.shown_data(window)
    if gdf.crs is not None:
        gdf = gdf.to_crs(WGS84)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    return pd.DataFrame(gdf.drop(columns=gdf.geometry.name)), geoms


def _leaflet_style(sym: Any, family: str | None, opacity: float) -> dict[str, Any]:
    """Leaflet path options for a ``SingleSymbol`` (sizes in mm at 96 dpi, as on screen). Point symbols also
    carry ``shape`` and, but for circles, ``outline`` (the marker polygon in the unit box, y down) and a
    ``className`` naming the shape."""
    from gisdesk.styles.single import marker_outline

    fill_a = sym.fill[3] / 255.0 * opacity
    stroke_a = sym.stroke[3] / 255.0 * opacity
    style: dict[str, Any] = {
        "stroke": bool(stroke_a > 0 and sym.stroke_width > 0),
        "color": _hex(sym.stroke),
        "opacity": round(stroke_a, 3),
        "weight": round(max(sym.stroke_width * PX_PER_MM, 0.5), 2),
        "fill": bool(family != "line" and fill_a > 0),
        "fillColor": _hex(sym.fill),
        "fillOpacity": round(fill_a, 3),
    }
    if family == "point" or family is None:
        shape = getattr(sym, "shape", "circle")
        style["radius"] = round(max(sym.size * PX_PER_MM / 2.0, 1.0), 2)
        style["shape"] = shape
        style["className"] = f"gd-m gd-m-{shape}"
        outline = marker_outline(shape)
        if outline is not None:
            style["outline"] = np.round(outline, 4).tolist()
    return style


def _hex(c: Sequence[int]) -> str:
    return f"#{int(c[0]):02x}{int(c[1]):02x}{int(c[2]):02x}"


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip()


# -- raster layers ----------------------------------------------------------------------------------------------


def _add_raster(fmap: Any, layer: Any, index: int, bounds: list[Any], legend_layers: list[Any]) -> HtmlLayerInfo:
    """One raster as a PNG image overlay in Web Mercator, in its own pane under the vector layers."""
    import folium
    from folium.map import CustomPane

    from gisdesk.core.errors import ReadError
    from gisdesk.render.raster import raster_legend

    name = str(layer.name)
    try:
        drawn = raster_image(layer)
    except ReadError as exc:
        return HtmlLayerInfo(name, 0, "skipped", trf("Layer {name!r} was left out: {error}", name=name, error=exc))
    if drawn is None:
        return HtmlLayerInfo(name, 0, "skipped",
                             trf("Layer {name!r} was left out: it has no coordinate system (or no pixel with "
                                 "data) to place it on the map.", name=name))
    rgba, (south, west, north, east), _ = drawn
    pane = f"gisdesk_raster_{index}"
    CustomPane(pane, z_index=RASTER_Z + index, pointer_events=False).add_to(fmap)
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True, show=True)
    group.add_to(fmap)
    folium.raster_layers.ImageOverlay(
        rgba, bounds=[[south, west], [north, east]], opacity=float(getattr(layer, "opacity", 1.0)),
        pixelated=False, pane=pane, className="gd-raster", interactive=False,
    ).add_to(group)
    bounds.append((west, south, east, north))
    legend_layers.append((name, layer.style or {}, None, raster_legend(layer)))
    return HtmlLayerInfo(name, 1, "image", "")


def raster_image(layer: Any, max_side: int = RASTER_MAX_SIDE
                 ) -> tuple[np.ndarray, tuple[float, float, float, float], tuple[float, float] | None] | None:
    """A raster layer drawn with its style in Web Mercator: ((h, w, 4) uint8 straight RGBA, its bounds as
    (south, west, north, east) in degrees, (low, high) the values the colour ramp spans, or None for RGB).
    The whole raster is read at up to ``max_side`` pixels on the long side (overviews when there are), warped
    with nearest neighbours (as on screen) and coloured by ``gisdesk.render.raster.colorize``.
    None when the raster has no CRS or no valid pixel."""
    from pyproj import Transformer
    from rasterio.enums import Resampling
    from rasterio.transform import from_bounds
    from rasterio.warp import calculate_default_transform, reproject, transform_bounds

    from gisdesk.render.raster import colorize, stretch_ranges

    if layer.crs is None:
        return None
    style = dict(layer.style or {})
    bands = [int(b) for b in style.get("bands") or layer.bands]
    view = layer.read(bands=bands)
    if view is None:
        return None
    data = view.data
    nb, rows, cols = data.shape
    src = np.ma.filled(data.astype(np.float32), np.nan)
    # the raster's bounds in Web Mercator (edges densified), at about the resolution it has (GDAL's choice)
    left, bottom, right, top = transform_bounds(view.crs, WEB_MERCATOR, *view.bounds, densify_pts=21)
    res = abs(calculate_default_transform(view.crs, WEB_MERCATOR, cols, rows, *view.bounds)[0].a)
    w, h = max(1, math.ceil((right - left) / res)), max(1, math.ceil((top - bottom) / res))
    scale = max(w, h) / max_side
    if scale > 1:
        w, h = max(1, math.ceil(w / scale)), max(1, math.ceil(h / scale))
    transform = from_bounds(left, bottom, right, top, w, h)
    dst = np.full((nb, h, w), np.nan, dtype=np.float32)
    reproject(source=src, destination=dst, src_transform=view.transform, src_crs=view.crs, src_nodata=np.nan,
              dst_transform=transform, dst_crs=WEB_MERCATOR, dst_nodata=np.nan, resampling=Resampling.nearest,
              num_threads=2)
    if not np.isfinite(dst).any():
        return None
    ranges = stretch_ranges(layer, style, bands, data.dtype)
    argb = colorize(dst, style, ranges)
    rgba = _unpremultiply(argb)
    lon, lat = Transformer.from_crs(WEB_MERCATOR, WGS84, always_xy=True).transform([left, right], [bottom, top])
    value_range = ranges[0] if nb < 3 and ranges else None
    return rgba, (float(lat[0]), float(lon[0]), float(lat[1]), float(lon[1])), value_range


def _unpremultiply(argb: np.ndarray) -> np.ndarray:
    """(h, w) premultiplied ARGB32 -> (h, w, 4) straight RGBA bytes."""
    a = (argb >> np.uint32(24)).astype(np.uint32)
    out = np.empty((*argb.shape, 4), dtype=np.uint8)
    safe = np.maximum(a, 1)
    for k, shift in enumerate((16, 8, 0)):
        c = (argb >> np.uint32(shift)) & np.uint32(0xFF)
        out[..., k] = np.minimum((c * 255 + safe // 2) // safe, 255).astype(np.uint8)
    out[..., 3] = a.astype(np.uint8)
    return out


# -- popups and the embedded data -----------------------------------------------------------------------------


def _pack(values: Any) -> dict[str, Any]:
    """Integers as ``{"o": offset, "w": width, "c": digits}``: value i is ``o`` plus the i-th group of ``w``
    base-64 digits (``_DIGITS``) of ``c`` (``w`` 0: every value is ``o``). ~3 bytes a value where JSON
    numbers take 6 or more."""
    v = np.asarray(values, dtype=np.int64)
    if not len(v):
        return {"o": 0, "w": 0, "c": ""}
    o = int(v.min())
    rel = (v - o).astype(np.uint64)
    w = _digits(int(rel.max()))
    if w == 0:
        return {"o": o, "w": 0, "c": ""}
    shifts = np.arange(w - 1, -1, -1, dtype=np.uint64) * np.uint64(6)
    digits = (rel[:, None] >> shifts[None, :]) & np.uint64(63)
    text = np.frombuffer(_DIGITS, dtype=np.uint8)[digits].tobytes().decode("ascii")
    return {"o": o, "w": w, "c": text}


def _digits(top: int) -> int:
    """How many base-64 digits ``top`` (>= 0) takes (0 for 0)."""
    w = 0
    while top >> (6 * w):
        w += 1
    return w


def unpack(p: dict[str, Any], n: int) -> np.ndarray:
    """The integers of a ``_pack`` dict (``n`` of them): what the page's script reads (tests, tools)."""
    w = int(p["w"])
    if w == 0:
        return np.full(n, int(p["o"]), dtype=np.int64)
    lut = np.zeros(256, dtype=np.int64)
    lut[np.frombuffer(_DIGITS, dtype=np.uint8)] = np.arange(64)
    d = lut[np.frombuffer(p["c"].encode("ascii"), dtype=np.uint8)].reshape(n, w)
    out = np.zeros(n, dtype=np.int64)
    for k in range(w):
        out = out * 64 + d[:, k]
    return out + int(p["o"])


def _payload(geoms: np.ndarray, symbol_index: np.ndarray, table: pd.DataFrame, symbols: list[dict[str, Any]],
             keep_personal: bool) -> str:
    """The layer's JSON (script-safe text), columnar and packed to stay small for tens of thousands of features:

    * ``n``: the number of features; ``symbols``: Leaflet path options (shared by the features of a class);
      ``s``: per feature, its symbol (packed; absent when there is one symbol);
    * ``columns``: per popup column ``{"name": escaped name, "dict": distinct values as escaped HTML text,
      "codes": packed position of each feature's value in ``dict`` (-1: no value)}`` or, when that is no
      smaller, ``{"name", "dict": the i-th feature's value (null: no value)}``, or for times ``{"name", "time": minutes, "codes": packed minutes after
      ``time`` (-1: no value)}``, shown "YYYY-MM-DD HH:MM" in the city's time. Columns without any value
      are left out (a popup shows no empty rows);
    * the geometries in EPSG:4326: ``xy`` (``{"x": packed, "y": packed}`` in micro-degrees) when all are
      points, else ``geometries`` (GeoJSON geometry objects, coordinates rounded to 6 decimals, lines and
      polygons simplified by ``SIMPLIFY_M``).
    """
    import shapely

    n = len(geoms)
    head: dict[str, Any] = {"n": n, "symbols": symbols}
    if len(symbols) > 1:
        head["s"] = _pack(symbol_index)
    head["columns"] = _popup_columns(table, keep_personal)
    types = shapely.get_type_id(geoms)
    if n and bool((types == 0).all()):
        xy = np.rint(shapely.get_coordinates(geoms) * 10 ** COORD_DECIMALS).astype(np.int64)
        head["xy"] = {"x": _pack(xy[:, 0]), "y": _pack(xy[:, 1])}
        return _script_safe(json.dumps(head, ensure_ascii=False, separators=(",", ":")))
    tolerance = SIMPLIFY_M / 111_320.0  # metres as degrees (of latitude; a little less for longitude)
    simple = np.where(types >= 1, shapely.simplify(geoms, tolerance, preserve_topology=True), geoms)
    rounded = shapely.transform(simple, lambda c: np.round(c, COORD_DECIMALS))
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"geometries":[' + ",".join(shapely.to_geojson(rounded).tolist()) + "]}"
    return _script_safe(text)


def _popup_columns(table: pd.DataFrame, keep_personal: bool) -> list[dict[str, Any]]:
    """Per shown column (personal ones left out unless kept, empty ones left out): see ``_payload``."""
    from gisdesk.export.data import personal_columns  # one rule for every export: names, phones, e-mails...

    personal = set() if keep_personal else set(personal_columns([str(c) for c in table.columns]))
    out: list[dict[str, Any]] = []
    n = len(table)
    for col in table.columns:
        if str(col) in personal:
            continue
        name = html.escape(str(col))
        s = table[col]
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            minutes = _local_minutes(s)
            ok = minutes >= 0
            if not ok.any():
                continue
            base = int(minutes[ok].min())
            out.append({"name": name, "time": base, "codes": _pack(np.where(ok, minutes - base, -1))})
            continue
        code, uniques = pd.factorize(_as_text(s), use_na_sentinel=True)
        uniques = list(uniques)
        if "" in uniques:  # an empty value shows nothing, like a missing one
            empty = uniques.index("")
            code = np.where(code == empty, -1, code - (code > empty))
            uniques.pop(empty)
        if not uniques:
            continue
        escaped = [html.escape(u) for u in uniques]
        code = np.asarray(code, dtype=np.int64)
        # distinct values and a code per row, or (when that is no smaller) the values row by row
        size = np.array([len(u.encode("utf-8")) + 3 for u in escaped], dtype=np.int64)
        has = code >= 0
        width = _digits(len(uniques))  # codes run from -1 to len - 1
        by_dict = int(size.sum()) + n * width
        by_row = int(size[code[has]].sum()) + 5 * int((~has).sum())
        if by_row <= by_dict:
            rows = np.array([*escaped, None], dtype=object)[code]  # -1 (missing) picks the trailing None
            out.append({"name": name, "dict": rows.tolist()})
        else:
            out.append({"name": name, "dict": escaped, "codes": _pack(code)})
    return out


def _local_minutes(s: pd.Series) -> np.ndarray:
    """Aware times as whole minutes of the city's wall clock since 1970-01-01 00:00 (missing: -1; times
    before 1970 are shown as missing)."""
    wall = s.dt.tz_convert(CITY_TZ).dt.tz_localize(None).astype("datetime64[ns]")
    ns = wall.to_numpy().view(np.int64)
    missing = wall.isna().to_numpy() | (ns < 0)
    return np.where(missing, -1, ns // 60_000_000_000)


def _as_text(s: pd.Series) -> np.ndarray:
    """Column values as display text (NFC; missing values as ""), object array."""
    if pd.api.types.is_float_dtype(s.dtype):
        vals = s.to_numpy(dtype=np.float64, na_value=np.nan)
        code, uniques = pd.factorize(vals, use_na_sentinel=True)
        text = np.array([f"{u:.0f}" if float(u).is_integer() else f"{u:.6g}" for u in uniques] + [""],
                        dtype=object)
        return text[code]  # -1 (missing) picks the trailing ""
    code, uniques = pd.factorize(s, use_na_sentinel=True)  # format each distinct value once
    text = np.array([_one_text(u) for u in uniques] + [""], dtype=object)
    return text[code]


def _one_text(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    if isinstance(v, pd.Timestamp) and v.tzinfo is not None:
        return v.tz_convert(CITY_TZ).strftime("%Y-%m-%d %H:%M")
    return unicodedata.normalize("NFC", str(v))


def _script_safe(text: str) -> str:
    """JSON text safe inside a <script> element: no '<' or '>' (so no '</script>' nor '<!--')."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# The page's own script (inlined once, after Leaflet): reads the packed layer JSON, draws shaped markers.
_GISDESK_JS = r"""
(function () {
  "use strict";
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", DEC = {};
  for (var k = 0; k < 64; k++) { DEC[DIGITS.charCodeAt(k)] = k; }
  function at(p, i) {  // the i-th integer of a packed array
    var v = 0, s = p.c, e = (i + 1) * p.w;
    for (var j = i * p.w; j < e; j++) { v = v * 64 + DEC[s.charCodeAt(j)]; }
    return v + p.o;
  }
  function pad(x) { return (x < 10 ? "0" : "") + x; }
  function time(m) {  // minutes of the city's wall clock -> "YYYY-MM-DD HH:MM"
    var t = new Date(m * 60000);
    return t.getUTCFullYear() + "-" + pad(t.getUTCMonth() + 1) + "-" + pad(t.getUTCDate()) + " " +
      pad(t.getUTCHours()) + ":" + pad(t.getUTCMinutes());
  }
  function value(col, i) {  // escaped HTML text, or null
    var k = col.codes ? at(col.codes, i) : i;
    if (k < 0) { return null; }
    if (col.time !== undefined) { return time(col.time + k); }
    var v = col.dict[k];
    return v === undefined ? null : v;
  }
  // a circle marker, or the polygon of its symbol's shape (options.outline: the unit box, y down)
  var Marker = L.CircleMarker.extend({
    _updateBounds: function () {
      var r = this._radius * (this.options.outline ? 1.42 : 1) + this._clickTolerance();
      this._pxBounds = L.bounds(this._point.subtract([r, r]), this._point.add([r, r]));
    },
    _updatePath: function () {
      var o = this.options.outline;
      if (!o) { L.CircleMarker.prototype._updatePath.call(this); return; }
      var pts = [], p = this._point, r = this._radius;
      if (!this._empty()) {
        for (var j = 0; j < o.length; j++) { pts.push(L.point(p.x + o[j][0] * r, p.y + o[j][1] * r)); }
      }
      this._parts = pts.length ? [pts] : [];
      this._renderer._updatePoly(this, true);
    }
  });
  function draw(d, target) {
    var n = d.n, cols = d.columns, layers = [], i;
    function popup(i) {
      var rows = "";
      for (var c = 0; c < cols.length; c++) {
        var v = value(cols[c], i);
        if (v !== null) { rows += "<tr><th>" + cols[c].name + "</th><td>" + v + "</td></tr>"; }
      }
      return '<table class="gd-popup">' + rows + "</table>";
    }
    function bind(l, i) {
      if (cols.length) { l.bindPopup(function () { return popup(i); }, {maxWidth: 420}); }
      return l;
    }
    function sym(i) { return d.symbols[d.s ? at(d.s, i) : 0]; }
    if (d.xy) {
      for (i = 0; i < n; i++) {
        layers.push(bind(new Marker([at(d.xy.y, i) / 1e6, at(d.xy.x, i) / 1e6], sym(i)), i));
      }
    } else {
      for (i = 0; i < n; i++) {
        var s = sym(i);
        L.geoJSON(d.geometries[i], {
          pointToLayer: function (f, latlng) { return new Marker(latlng, s); },
          style: function () { return s; }
        }).eachLayer(function (l) { layers.push(bind(l, i)); });
      }
    }
    if (target.addLayers) { target.addLayers(layers); }
    else { for (i = 0; i < layers.length; i++) { target.addLayer(layers[i]); } }
  }
  window.gisdesk = {at: at, value: value, draw: draw, Marker: Marker};
})();
"""


@functools.cache
def _features_class() -> type:
    from branca.element import MacroElement
    from jinja2 import Template

    class Features(MacroElement):
        """A layer's features: a JSON block in the page, and the script that draws them into ``target``."""

        _template = Template("""
{% macro html(this, kwargs) %}
<script type="application/json" class="gisdesk-layer" id="{{ this.get_name() }}_data"
 data-layer="{{ this.layer_name|e }}">{{ this.payload }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
try {
    gisdesk.draw(JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent),
                 {{ this.target.get_name() }});
} catch (e) { console.error("gisdesk: layer {{ this.get_name() }} failed to draw: " + e); }
{% endmacro %}
""")

        def __init__(self, payload: str, layer_name: str, index: int, target: Any) -> None:
            super().__init__()
            self._name = f"gisdesk_layer_{index}"
            self.payload = payload
            self.layer_name = layer_name
            self.target = target

    return Features


def _metric_scale() -> Any:
    """Leaflet's scale control in metres and kilometres only."""
    from branca.element import MacroElement
    from jinja2 import Template

    scale = MacroElement()
    scale._name = "MetricScale"
    scale._template = Template("""
{% macro script(this, kwargs) %}
L.control.scale({metric: true, imperial: false}).addTo({{ this._parent.get_name() }});
{% endmacro %}
""")
    return scale


def _features(payload: str, layer_name: str, index: int, target: Any) -> Any:
    return _features_class()(payload, layer_name, index, target)


# -- title, caption, legend -----------------------------------------------------------------------------------


def _add_overlays(fmap: Any, title: str, window: Any, legend_layers: list[Any]) -> None:
    from branca.element import Element

    when = (f"{_vi('Time window')}: {window.label(time_format='%d/%m/%Y %H:%M')} ({_vi('time zone')})" if window is not None
            and (window.start_ns is not None or window.end_ns is not None) else _vi("All times"))
    box = ('<div class="gd-box gd-title"><div class="gd-h">' + html.escape(title) + "</div>"
           '<div class="gd-when">' + html.escape(when) + "</div></div>")
    legend = _legend_html(legend_layers)
    css = f"""<style>
.folium-map.leaflet-container {{ background: {BACKGROUND}; }}
.gd-box {{ position: absolute; z-index: 1000; background: rgba(255,255,255,0.92); padding: 6px 10px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 13px/1.35 "Noto Sans", "DejaVu Sans",
  Arial, sans-serif; }}
.gd-title {{ top: 10px; left: 55px; max-width: 60%; }}
.gd-h {{ font-weight: bold; font-size: 16px; }}
.gd-legend {{ bottom: 30px; right: 10px; max-height: 55%; overflow-y: auto; }}
.gd-legend .gd-lh {{ font-weight: bold; margin-top: 4px; }}
.gd-sw {{ display: inline-block; width: 14px; height: 12px; margin-right: 6px; vertical-align: middle;
  box-sizing: border-box; }}
svg.gd-sw {{ width: 14px; height: 14px; overflow: visible; }}
.gd-ramp {{ display: inline-block; width: 90px; height: 10px; vertical-align: middle; margin: 0 4px; }}
.leaflet-control-layers {{ font: 13px/1.35 "Noto Sans", "DejaVu Sans", Arial, sans-serif; }}
table.gd-popup th {{ text-align: left; padding-right: 8px; vertical-align: top; color: #444; }}
table.gd-popup td {{ white-space: pre-wrap; word-break: break-word; }}
</style>"""
    fmap.get_root().header.add_child(Element(css), name="gisdesk_css")
    fmap.get_root().html.add_child(Element(box + legend), name="gisdesk_overlays")


def _legend_html(legend_layers: list[Any]) -> str:
    from gisdesk.styles.legend import legend_for

    parts: list[str] = []
    for name, style, family, given in reversed(legend_layers):  # top layer first, as in the layers panel
        if given is not None:
            items = given
        else:
            try:
                items = legend_for(name, style, family, translate=_vi)
            except ValueError:
                items = legend_for(name, None, family, translate=_vi)
        for item in items:
            label = html.escape(item.label)
            if item.role == "heading":
                parts.append(f'<div class="gd-lh">{label}</div>')
            elif item.role == "ramp":
                stops = ", ".join(f"rgba({c[0]},{c[1]},{c[2]},{c[3] / 255:.3f})" for c in item.ramp)
                lo, hi = (html.escape(t) for t in (*item.ramp_labels, "", "")[:2])
                lead = f"{label}: " if label else ""
                parts.append(f'<div class="gd-rampline">{lead}{lo}<span class="gd-ramp" style="background: '
                             f'linear-gradient(to right, {stops})"></span>{hi}</div>')
            else:
                parts.append(f"<div>{_swatch(item.symbol, item.geometry)}{label}</div>")
    if not parts:
        return ""
    return ('<div class="gd-box gd-legend"><div class="gd-h">' + html.escape(_vi("Legend")) + "</div>"
            + "".join(parts) + "</div>")


def _rgba_css(c: Sequence[int]) -> str:
    return f"rgba({c[0]},{c[1]},{c[2]},{c[3] / 255:.3f})"


def _swatch(sym: Any, family: str | None) -> str:
    from gisdesk.styles.single import marker_outline

    f, s = sym.fill, sym.stroke
    if family == "point":  # the marker's shape, as an inline SVG (no external resource)
        d = min(max(sym.size * PX_PER_MM, 6.0), 14.0)
        r = d / 2.0
        sw = min(max(sym.stroke_width * PX_PER_MM, 0.5), 2.0) if s[3] else 0
        paint = f'fill="{_rgba_css(f)}" stroke="{_rgba_css(s)}" stroke-width="{sw:.2f}"'
        outline = marker_outline(sym.shape)
        if outline is None:
            shape = f'<circle cx="0" cy="0" r="{r:.2f}" {paint}/>'
        else:
            pts = " ".join(f"{x * r:.2f},{y * r:.2f}" for x, y in outline)
            shape = f'<polygon points="{pts}" {paint} stroke-linejoin="round"/>'
        return (f'<svg class="gd-sw gd-sw-{sym.shape}" viewBox="-7 -7 14 14" aria-hidden="true">'
                f"{shape}</svg>")
    if family == "line":
        css = f"height: 0; border-top: {max(sym.stroke_width * PX_PER_MM, 1):.1f}px solid " \
              f"{_rgba_css(s)}; margin-bottom: 4px"
    else:
        css = f"background: {_rgba_css(f)}; border: 1px solid {_rgba_css(s)}"
    return f'<span class="gd-sw" style="{css}"></span>'


# -- offline: vendored assets ---------------------------------------------------------------------------------


def _strip_cdn_links(fmap: Any) -> None:
    """Empty every element's CDN link lists (folium's Map, plugins): the vendored copies are inlined instead."""
    from folium.elements import JSCSSMixin

    stack = [fmap.get_root()]
    while stack:
        el = stack.pop()
        if isinstance(el, JSCSSMixin):
            el.default_js = []
            el.default_css = []
        stack.extend(getattr(el, "_children", {}).values())


@functools.cache
def _asset(folder: str, name: str) -> str:
    text = (ASSETS / folder / name).read_text(encoding="utf-8")
    if name.endswith(".css"):
        def data_uri(m: re.Match[str]) -> str:
            png = (ASSETS / folder / m.group(1)).read_bytes()
            return "url(data:image/png;base64," + base64.b64encode(png).decode("ascii") + ")"

        text = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, text)
    text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise RuntimeError(f"vendored asset {folder}/{name} cannot be inlined")  # a broken vendored file
    return text


def _inline_assets(need: dict[str, bool]) -> str:
    css = "\n".join(_asset(*a) for a in _CSS if need["cluster"] or a[0] == "leaflet")
    js = [_asset(*_JS_LEAFLET)]
    if need["cluster"]:
        js.append(_asset(*_JS_CLUSTER))
    if need["heat"]:
        js.append(_asset(*_JS_HEAT))
    js.append(_GISDESK_JS)
    return "<style>\n" + css + "\n</style>\n" + "".join(f"<script>\n{j}\n</script>\n" for j in js)


_EXTERNAL = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
                       re.IGNORECASE)


def _check_offline(page: str) -> None:
    m = _EXTERNAL.search(page)
    if m:
        raise RuntimeError(f"the HTML map would load an external resource: {m.group(0)!r}")  # programming error
