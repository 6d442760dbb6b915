"""Interactive HTML map (folium/Leaflet) of what the map shows, working offline.

``export_html(project, path)`` writes one self-contained HTML file:

* the visible vector layers in their draw order (bottom first), each a folium ``FeatureGroup`` listed in a
  layer switcher (``LayerControl``), coloured with the layer's style (``renderer_from_dict(...).classify``:
  one symbol per feature), reprojected to EPSG:4326; only the rows the map shows (``layer.shown_data`` with
  the project's time window, which the caption states);
* a popup per feature with its attributes, every value HTML-escaped (citizen text is data, never markup);
  personal columns (reporter name, phone, email...) are left out unless ``keep_personal=True``;
* point layers above ``cluster_threshold`` rows are clustered (Leaflet.markercluster), above
  ``heatmap_threshold`` (or styled as a heatmap) drawn as a heatmap (Leaflet.heat) without popups;
* a legend from the layer styles (escaped HTML);
* no basemap by default (a plain background); ``basemap`` (a tile URL template) adds a tile layer, the only
  thing that then goes online.

Offline: Leaflet and its plugins are vendored in ``gisdesk/export/assets`` (with their licences) and inlined
into the file; folium's default CDN links are removed from every element, and the rendered page is checked
for any remaining external ``<script src>``/``<link href>`` before it is written.

Each layer's features are embedded as a ``<script type="application/json" class="gisdesk-layer">`` block
(``data-layer`` = the layer name): a GeoJSON FeatureCollection whose features carry ``s`` (the index of
their symbol in ``symbols``, Leaflet path options) and ``p`` (the escaped popup HTML). ``<`` and ``>`` are
written as ``\\u003c``/``\\u003e`` in that JSON, so no data can close the script element.
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

import numpy as np
import pandas as pd

from gisdesk.core.fileutil import atomic_path
from gisdesk.core.timewindow import CITY_TZ

ASSETS = Path(__file__).resolve().parent / "assets"
WGS84 = "EPSG:4326"
PX_PER_MM = 96.0 / 25.4
COORD_DECIMALS = 6  # ~0.1 m at Huế's latitude
HUE_CENTER = (16.4637, 107.5909)
BACKGROUND = "#f4f3ef"
MAX_ZOOM = 20  # the map's zoom range must be bounded for clustering


# Vendored files: (folder, file) in the order they are inlined
_CSS = (("leaflet", "leaflet.css"), ("leaflet.markercluster", "MarkerCluster.css"),
        ("leaflet.markercluster", "MarkerCluster.Default.css"))
_JS_LEAFLET = ("leaflet", "leaflet.js")
_JS_CLUSTER = ("leaflet.markercluster", "leaflet.markercluster.js")
_JS_HEAT = ("leaflet.heat", "leaflet-heat.js")


@dataclass
class HtmlLayerInfo:
    """What became of one layer: ``mode`` is "features", "clustered", "heatmap" or "skipped"."""

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
    project's name). ``basemap``: a tile URL template ("https://.../{z}/{x}/{y}.png") to draw under the
    layers (the page then loads tiles from there); None: no basemap, no network access at all.
    ``cancel``: called between steps; when it returns True the export stops and nothing is written.
    Never raises for a file problem: the result says ``status="error"`` and why.
    """
    import folium

    path = Path(path)
    result = HtmlResult(path=path)
    if window is None:
        window = getattr(project, "time_window", None)
    title = title if title is not None else (getattr(project, "name", "") or "gisdesk map")

    def check() -> None:
        if cancel is not None and cancel():
            raise _Cancelled

    try:
        check()
        fmap = folium.Map(location=HUE_CENTER, zoom_start=12, tiles=None, control_scale=True,
                          prefer_canvas=False)
        fmap.options["maxZoom"] = MAX_ZOOM  # folium leaves it out without tiles; clustering needs it
        fmap.get_root().title = title
        if basemap:
            folium.TileLayer(tiles=basemap, attr=basemap_attribution or "Basemap", name="Basemap",
                             overlay=False, control=True).add_to(fmap)
            result.notes.append("The basemap is loaded from the tile server given; the rest works offline.")
        bounds: list[tuple[float, float, float, float]] = []
        legend_layers: list[tuple[str, str, Any, str | None]] = []
        need = {"cluster": False, "heat": False}
        for i, layer in enumerate(project.layers):
            check()
            if not getattr(layer, "visible", True):
                continue
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
        result.notes.append("The export was cancelled; no file was written.")
    except OSError as exc:
        result.status = "error"
        result.error = f"Could not write {path}: {exc.strerror or exc}."
    return result


# -- layers -----------------------------------------------------------------------------------------------------


def _add_layer(fmap: Any, layer: Any, index: int, window: Any, cluster_threshold: int, heatmap_threshold: int,
               keep_personal: bool, need: dict[str, bool], bounds: list[Any],
               legend_layers: list[Any]) -> HtmlLayerInfo:
    import folium
    from folium.plugins import HeatMap, MarkerCluster

    from gisdesk.layers.vector import VectorLayer
    from gisdesk.styles.renderers import SingleRenderer, renderer_from_dict

    name = str(layer.name)
    if not isinstance(layer, VectorLayer):
        kind = getattr(layer, "type_name", type(layer).__name__)
        return HtmlLayerInfo(name, 0, "skipped",
                             f"Layer {name!r} ({kind}) was left out: only vector layers go into the HTML map.")
    note = ""
    try:
        renderer = renderer_from_dict(layer.style)
    except ValueError as exc:
        renderer = SingleRenderer()
        note = f"Layer {name!r} has a broken style ({exc}); it is drawn with the default symbol."
    style = layer.style if not note else None
    family = layer.geometry_family
    table, geoms = _shown(layer, window)
    opacity = float(getattr(layer, "opacity", 1.0))

    keep = np.array([g is not None for g in geoms], dtype=bool)
    if keep.any():
        import shapely

        keep &= ~shapely.is_empty(np.where(keep, geoms, shapely.Point()))
    table = table[keep].reset_index(drop=True)
    geoms = geoms[keep]
    n = len(geoms)
    legend_layers.append((name, layer.style if style is not None else {}, family, None))
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True, show=True)
    group.add_to(fmap)
    if n == 0:
        return HtmlLayerInfo(name, 0, "features", note)
    import shapely

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
        why = ("its style is a heatmap" if renderer.kind == "heatmap"
               else f"it has {n:,} points (more than {heatmap_threshold:,})")
        extra = f"Layer {name!r} is drawn as a heatmap because {why}; its points have no popups."
        return HtmlLayerInfo(name, n, "heatmap", _join(note, extra))

    index_, symbols = renderer.classify(table)
    drawn = index_ >= 0
    table, geoms, index_ = table[drawn].reset_index(drop=True), geoms[drawn], index_[drawn]
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
        note = _join(note, f"Layer {name!r} has {len(geoms):,} points (more than {cluster_threshold:,}): "
                           "its markers are clustered.")
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
    """Leaflet path options for a ``SingleSymbol`` (sizes in mm at 96 dpi, as on screen)."""
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
    if family == "point":
        style["radius"] = round(max(sym.size * PX_PER_MM / 2.0, 1.0), 2)
    return style


def _hex(c: Sequence[int]) -> str:
    return f"#{int(c[0]):02x}{int(c[1]):02x}{int(c[2]):02x}"


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip()


# -- popups and the embedded data -----------------------------------------------------------------------------


def _payload(geoms: np.ndarray, symbol_index: np.ndarray, table: pd.DataFrame, symbols: list[dict[str, Any]],
             keep_personal: bool) -> str:
    """The layer's JSON (script-safe text), columnar to stay small for tens of thousands of features:

    ``symbols`` (Leaflet path options), ``columns`` (escaped column names), ``dicts`` (per column, its distinct
    values as escaped HTML text), ``s`` (per feature, its symbol), ``v`` (per feature, per column, the position
    of its value in ``dicts``; -1: no value), and the geometries in EPSG:4326: ``xy`` ([lon, lat] per feature)
    when all are points, else ``geometries`` (GeoJSON geometry objects).
    """
    import shapely

    columns, dicts, codes = _popup_columns(table, keep_personal)
    n = len(geoms)
    v = np.column_stack(codes) if codes else np.zeros((n, 0), dtype=np.int64)
    v_text = "[" + ",".join("[" + ",".join(map(str, row)) + "]" for row in v.tolist()) + "]"
    head = {"symbols": symbols, "columns": columns, "dicts": dicts}
    parts = [json.dumps(head, ensure_ascii=False)[:-1], ',"s":', json.dumps(symbol_index.tolist()),
             ',"v":', v_text]
    types = shapely.get_type_id(geoms)
    if n and bool((types == 0).all()):
        xy = np.round(shapely.get_coordinates(geoms), COORD_DECIMALS)
        parts += [',"xy":', json.dumps(xy.tolist())]
    else:
        rounded = shapely.transform(geoms, lambda c: np.round(c, COORD_DECIMALS))
        parts += [',"geometries":[', ",".join(shapely.to_geojson(rounded).tolist()), "]"]
    parts.append("}")
    return _script_safe("".join(parts))


def _popup_columns(table: pd.DataFrame, keep_personal: bool) -> tuple[list[str], list[list[str]], list[Any]]:
    """Per shown column: its escaped name, its distinct values as escaped text, and each row's code."""
    from gisdesk.export.data import personal_columns  # one rule for every export: names, phones, e-mails...

    personal = set() if keep_personal else set(personal_columns([str(c) for c in table.columns]))
    names: list[str] = []
    dicts: list[list[str]] = []
    codes: list[Any] = []
    for col in table.columns:
        if str(col) in personal:
            continue
        text = _as_text(table[col])
        code, uniques = pd.factorize(text, use_na_sentinel=True)
        uniques = list(uniques)
        if "" in uniques:  # an empty value shows nothing, like a missing one
            empty = uniques.index("")
            code = np.where(code == empty, -1, code - (code > empty))
            uniques.pop(empty)
        names.append(html.escape(str(col)))
        dicts.append([html.escape(u) for u in uniques])
        codes.append(np.asarray(code, dtype=np.int64))
    return names, dicts, codes


def _as_text(s: pd.Series) -> np.ndarray:
    """Column values as display text (NFC; times in the city's zone; missing values as ""), object array."""
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        t = s.dt.tz_convert(CITY_TZ).dt.strftime("%Y-%m-%d %H:%M")
        return t.fillna("").to_numpy(dtype=object)
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
    return unicodedata.normalize("NFC", str(v))


def _script_safe(text: str) -> str:
    """JSON text safe inside a <script> element: no '<' or '>' (so no '</script>' nor '<!--')."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


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
(function () { try {
    var d = JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent);
    // values and column names are HTML-escaped text: the popup shows them as text
    function popup(i) {
        var v = d.v[i], rows = "";
        for (var c = 0; c < d.columns.length; c++) {
            if (v[c] >= 0) { rows += "<tr><th>" + d.columns[c] + "</th><td>" + d.dicts[c][v[c]] + "</td></tr>"; }
        }
        return '<table class="gd-popup">' + rows + "</table>";
    }
    function bind(l, i) {
        if (d.columns.length) { l.bindPopup(function () { return popup(i); }, {maxWidth: 420}); }
        return l;
    }
    var layers = [], i;
    if (d.xy) {
        for (i = 0; i < d.xy.length; i++) {
            layers.push(bind(L.circleMarker([d.xy[i][1], d.xy[i][0]], d.symbols[d.s[i]]), i));
        }
    } else {
        for (i = 0; i < d.geometries.length; i++) {
            var sym = d.symbols[d.s[i]];
            var g = L.geoJSON(d.geometries[i], {
                pointToLayer: function (f, latlng) { return L.circleMarker(latlng, sym); },
                style: function () { return sym; }
            });
            g.eachLayer(function (l) { layers.push(bind(l, i)); });
        }
    }
    var target = {{ this.target.get_name() }};
    if (target.addLayers) { target.addLayers(layers); }
    else { for (i = 0; i < layers.length; i++) { target.addLayer(layers[i]); } }
} catch (e) { console.error("gisdesk: layer {{ this.get_name() }} failed to draw: " + e); } })();
{% endmacro %}
""")

        def __init__(self, payload: str, layer_name: str, index: int, target: Any) -> None:
            super().__init__()
            self._name = f"gisdesk_layer_{index}"
            self.payload = payload
            self.layer_name = layer_name
            self.target = target

    return Features


def _features(payload: str, layer_name: str, index: int, target: Any) -> Any:
    return _features_class()(payload, layer_name, index, target)


# -- title, caption, legend -----------------------------------------------------------------------------------


def _add_overlays(fmap: Any, title: str, window: Any, legend_layers: list[Any]) -> None:
    from branca.element import Element

    when = (f"Time window: {window.label()} ({CITY_TZ})" if window is not None
            and (window.start_ns is not None or window.end_ns is not None) else "All times")
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
.gd-sw.gd-point {{ border-radius: 50%; width: 12px; }}
.gd-ramp {{ display: inline-block; width: 90px; height: 10px; vertical-align: middle; margin: 0 4px; }}
table.gd-popup th {{ text-align: left; padding-right: 8px; vertical-align: top; color: #444; }}
table.gd-popup td {{ white-space: pre-wrap; word-break: break-word; }}
</style>"""
    fmap.get_root().header.add_child(Element(css), name="gisdesk_css")
    fmap.get_root().html.add_child(Element(box + legend), name="gisdesk_overlays")


def _legend_html(legend_layers: list[Any]) -> str:
    from gisdesk.styles.legend import legend_for

    parts: list[str] = []
    for name, style, family, _ in reversed(legend_layers):  # top layer first, as in the layers panel
        try:
            items = legend_for(name, style, family)
        except ValueError:
            items = legend_for(name, None, family)
        for item in items:
            label = html.escape(item.label)
            if item.role == "heading":
                parts.append(f'<div class="gd-lh">{label}</div>')
            elif item.role == "ramp":
                stops = ", ".join(f"rgba({c[0]},{c[1]},{c[2]},{c[3] / 255:.3f})" for c in item.ramp)
                lo, hi = (html.escape(t) for t in (*item.ramp_labels, "", "")[:2])
                parts.append(f'<div>{label}: {lo}<span class="gd-ramp" style="background: linear-gradient('
                             f'to right, {stops})"></span>{hi}</div>')
            else:
                parts.append(f"<div>{_swatch(item.symbol, item.geometry)}{label}</div>")
    if not parts:
        return ""
    return '<div class="gd-box gd-legend"><div class="gd-h">Legend</div>' + "".join(parts) + "</div>"


def _swatch(sym: Any, family: str | None) -> str:
    f, s = sym.fill, sym.stroke
    if family == "line":
        css = f"height: 0; border-top: {max(sym.stroke_width * PX_PER_MM, 1):.1f}px solid " \
              f"rgba({s[0]},{s[1]},{s[2]},{s[3] / 255:.3f}); margin-bottom: 4px"
    else:
        css = (f"background: rgba({f[0]},{f[1]},{f[2]},{f[3] / 255:.3f}); "
               f"border: 1px solid rgba({s[0]},{s[1]},{s[2]},{s[3] / 255:.3f})")
    cls = "gd-sw gd-point" if family == "point" else "gd-sw"
    return f'<span class="{cls}" style="{css}"></span>'


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
    return "<style>\n" + css + "\n</style>\n" + "".join(f"<script>\n{j}\n</script>\n" for j in js)


_EXTERNAL = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
                       re.IGNORECASE)


def _check_offline(page: str) -> None:
    m = _EXTERNAL.search(page)
    if m:
        raise RuntimeError(f"the HTML map would load an external resource: {m.group(0)!r}")
