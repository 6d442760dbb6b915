"""The offline interactive HTML map (gisdesk.export.html): structure, styles, escaping, time window, offline,
and a real look in headless Chromium with the network blocked."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.export.html import ASSETS, _pack, export_html, raster_image, unpack
from gisdesk.layers.vector import PointData, VectorLayer

XSS = "<img src=x onerror=alert(1)>"
XSS_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
OPEN_RED, CLOSED_BLUE = (255, 0, 0, 255), (0, 0, 255, 255)
CATEGORIZED = {"kind": "categorized", "column": "status", "categories": [
    {"value": "open", "label": "Open", "symbol": {"fill": list(OPEN_RED), "stroke": [255, 255, 255, 255],
                                                  "stroke_width": 0.2, "size": 3}},
    {"value": "closed", "label": "Closed <b>done</b>", "symbol": {"fill": list(CLOSED_BLUE),
                                                                  "stroke": [255, 255, 255, 255],
                                                                  "stroke_width": 0.2, "size": 2}}],
    "other": None}


def _requests(n: int = 12) -> VectorLayer:
    rng = np.random.default_rng(1)
    times = pd.date_range("2025-06-01", periods=n, freq="D", tz="+07:00").tz_convert("UTC")
    table = pd.DataFrame({
        "service_request_id": [f"R{i:03d}" for i in range(n)],
        "status": ["open" if i % 3 == 0 else "closed" for i in range(n)],
        "description": [XSS if i == 0 else f"Rác thải ở ngõ {i} & cống" for i in range(n)],
        "reporter_name": [f"Nguyễn Văn {i}" for i in range(n)],
        "requested_datetime": times,
    })
    x = 107.58 + rng.uniform(-0.02, 0.02, n)
    y = 16.46 + rng.uniform(-0.02, 0.02, n)
    return VectorLayer(PointData(table, x, y, crs="EPSG:4326"), name="Phản ánh <requests>",
                       style=CATEGORIZED, time_field="requested_datetime")


def _wards() -> VectorLayer:
    # two squares in UTM 48N around Huế (reprojected to WGS 84 on export)
    cx, cy = 773000.0, 1822000.0
    gdf = gpd.GeoDataFrame({"ward_name": ["Phường Phú Hội", "Phường Vỹ Dạ"]},
                           geometry=[shapely.box(cx - 2000, cy - 2000, cx, cy), shapely.box(cx, cy - 2000,
                                                                                           cx + 2000, cy)],
                           crs="EPSG:32648")
    return VectorLayer(gdf, name="Wards", style={"kind": "single", "fill": [255, 255, 0, 80],
                                                 "stroke": [60, 60, 60, 255], "stroke_width": 0.8})


def _project() -> Project:
    hidden = VectorLayer(gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(107.6, 16.5)], crs="EPSG:4326"),
                         name="Hidden layer", visible=False)
    return Project(name="Huế test", layers=[_wards(), _requests(), hidden])


class _Page(HTMLParser):
    """The tags of a page, and its gisdesk layer JSON blocks."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.layers: dict[str, dict] = {}
        self._in_layer: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script" and a.get("class") == "gisdesk-layer":
            self._in_layer = a["data-layer"]

    def handle_data(self, data: str) -> None:
        if self._in_layer is not None:
            self.layers[self._in_layer] = json.loads(data)
            self._in_layer = None


def _export(tmp_path: Path, project: Project | None = None, **kw) -> tuple[str, _Page, object]:
    out = tmp_path / "map.html"
    result = export_html(project or _project(), out, **kw)
    assert result.ok, result
    text = out.read_text(encoding="utf-8")
    return text, _Page(text), result


def _overlay_names(text: str) -> list[str]:
    block = re.search(r"overlays\s*:\s*\{(.*?)\}", text, re.DOTALL).group(1)
    return [json.loads(k) for k in re.findall(r'("(?:[^"\\]|\\.)*")\s*:\s*feature_group_', block)]


def _column(layer: dict, name: str) -> list[str | None]:
    """A popup column's values as the page shows them (decoded as the page's script does)."""
    col = next(c for c in layer["columns"] if c["name"] == name)
    n = layer["n"]
    if "codes" not in col:
        return col["dict"]
    codes = unpack(col["codes"], n)
    if "time" in col:
        return [None if k < 0 else pd.Timestamp((col["time"] + int(k)) * 60, unit="s").strftime("%Y-%m-%d %H:%M")
                for k in codes]
    return [col["dict"][k] if k >= 0 else None for k in codes]


def _symbols(layer: dict) -> list[dict]:
    s = unpack(layer["s"], layer["n"]) if "s" in layer else np.zeros(layer["n"], dtype=int)
    return [layer["symbols"][k] for k in s]


def test_layers_styles_and_counts(tmp_path: Path) -> None:
    text, page, result = _export(tmp_path)
    # the visible layers, in draw order, in the layer switcher (names escaped); the hidden one left out
    assert _overlay_names(text) == ["Wards", "Phản ánh &lt;requests&gt;"]
    assert set(page.layers) == {"Wards", "Phản ánh <requests>"}
    assert [(i.name, i.features, i.mode) for i in result.layers] == [("Wards", 2, "features"),
                                                                      ("Phản ánh <requests>", 12, "features")]
    wards = page.layers["Wards"]
    assert len(wards["geometries"]) == 2 and wards["n"] == 2
    lon, lat = np.array(wards["geometries"][0]["coordinates"][0]).mean(axis=0)
    assert 107.5 < lon < 107.7 and 16.4 < lat < 16.5  # reprojected from UTM to WGS 84
    assert wards["symbols"][0]["fillColor"] == "#ffff00" and wards["symbols"][0]["fillOpacity"] == pytest.approx(
        80 / 255, abs=1e-3)
    req = page.layers["Phản ánh <requests>"]
    assert req["n"] == 12
    lon, lat = unpack(req["xy"]["x"], 12) / 1e6, unpack(req["xy"]["y"], 12) / 1e6
    layer = _requests()
    assert np.allclose(lon, layer.points.x, atol=1e-6) and np.allclose(lat, layer.points.y, atol=1e-6)
    # categorized colours per feature: open rows red, closed rows blue, sizes from the symbols (one per class)
    colours = [s["fillColor"] for s in _symbols(req)]
    statuses = _column(req, "status")
    assert colours == ["#ff0000" if s == "open" else "#0000ff" for s in statuses]
    assert len(req["symbols"]) == 2
    radius = {s["fillColor"]: s["radius"] for s in _symbols(req)}
    assert radius["#ff0000"] == pytest.approx(3 * 96 / 25.4 / 2, abs=0.01)
    # legend: headings and class labels, escaped
    assert "Closed &lt;b&gt;done&lt;/b&gt;" in text and "Chú giải" in text
    # times in the popup in the city's zone
    assert _column(req, "requested_datetime")[0] == "2025-06-01 00:00"
    assert "Toàn bộ thời gian" in text


def test_citizen_text_stays_text(tmp_path: Path) -> None:
    text, page, _ = _export(tmp_path)
    assert not [t for t, _ in page.tags if t == "img"]
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]
    assert "<b>" not in text
    assert XSS_ESCAPED in text  # the description is there, as escaped text
    req = page.layers["Phản ánh <requests>"]
    assert XSS_ESCAPED in _column(req, "description")
    assert "Rác thải ở ngõ 1 &amp; cống" in _column(req, "description")


def test_personal_columns_left_out_by_default(tmp_path: Path) -> None:
    text, page, _ = _export(tmp_path)
    assert "reporter_name" not in page.layers["Phản ánh <requests>"]["columns"]
    assert "Nguyễn Văn 3" not in text
    _, page, _ = _export(tmp_path, keep_personal=True)
    assert _column(page.layers["Phản ánh <requests>"], "reporter_name")[3] == "Nguyễn Văn 3"


def test_time_window_applied(tmp_path: Path) -> None:
    project = _project()
    project.time_window = TimeWindow.of("2025-06-03T00:00+07:00", "2025-06-06T00:00+07:00")
    text, page, result = _export(tmp_path, project)
    ids = _column(page.layers["Phản ánh <requests>"], "service_request_id")
    assert ids == ["R002", "R003", "R004"]
    assert "R001" not in text and "R005" not in text
    assert result.layers[1].features == 3
    assert "Khoảng thời gian: 03/06/2025 00:00 – 06/06/2025 00:00 (giờ Việt Nam)" in text  # a Vietnamese page


def test_no_external_urls(tmp_path: Path) -> None:
    text, page, _ = _export(tmp_path)
    rest = text
    for f in sorted(ASSETS.rglob("*.js")) + sorted(ASSETS.rglob("*.css")):  # the vendored code, inlined
        body = re.sub(r"^//# sourceMappingURL=.*$", "", f.read_text(encoding="utf-8"), flags=re.MULTILINE)
        for piece in re.split(r"url\(images/[\w.-]+\)", body):  # images inlined as data: URIs
            rest = rest.replace(piece, "")
    assert "http://" not in rest and "https://" not in rest
    assert not [a for t, a in page.tags if t in ("script", "link", "img") and (a.get("src") or a.get("href"))]



def _urls_outside_assets(text: str) -> list[str]:
    rest = text
    for f in sorted(ASSETS.rglob("*.js")) + sorted(ASSETS.rglob("*.css")):  # the vendored code, inlined
        body = re.sub(r"^//# sourceMappingURL=.*$", "", f.read_text(encoding="utf-8"), flags=re.MULTILINE)
        for piece in re.split(r"url\(images/[\w.-]+\)", body):
            rest = rest.replace(piece, "")
    return re.findall(r"(?:https?:)?//[\w.-]+", rest)


def test_online_basemap_only_when_asked(tmp_path: Path) -> None:
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    text, page, result = _export(tmp_path, basemap=tiles, basemap_attribution="© Example")
    assert tiles in text and "Example" in text and json.dumps("Bản đồ nền") in text  # the switcher's base layer
    assert any("tiles.example.org" in n for n in result.notes)
    assert set(_urls_outside_assets(text)) == {"https://tiles.example.org"}  # that host and no other
    assert not [a for t, a in page.tags if t in ("script", "link", "img") and (a.get("src") or a.get("href"))]
    for bad in ("tiles.example.org/{z}/{x}/{y}.png", "file:///tmp/{z}/{x}/{y}.png", "https://t.example.org/a.png"):
        with pytest.raises(ValueError, match="basemap"):
            export_html(_project(), tmp_path / "bad.html", basemap=bad)
    assert not (tmp_path / "bad.html").exists()
    if shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome"):
        out = _probe(tmp_path, text)  # the network is blocked: the tiles fail, but they were asked for there
        assert out["tiles"] and all(t.startswith("https://tiles.example.org/") for t in out["tiles"])
        assert {r.split("/")[2] for r in out["resources"] if r.startswith("http")} <= {"tiles.example.org"}


def test_large_point_layers_cluster_or_heatmap(tmp_path: Path) -> None:
    text, page, result = _export(tmp_path, cluster_threshold=5)
    assert result.layers[1].mode == "clustered" and "clustered" in " ".join(result.notes)
    assert "L.markerClusterGroup" in text and "MarkerClusterGroup" in text  # vendored plugin inlined
    assert page.layers["Phản ánh <requests>"]["n"] == 12
    text, page, result = _export(tmp_path, heatmap_threshold=5)
    assert result.layers[1].mode == "heatmap" and "heatmap" in " ".join(result.notes)
    assert "L.heatLayer(" in text and "Phản ánh <requests>" not in page.layers
    assert "L.markerClusterGroup" not in text  # plugins only inlined when used


SHAPES = ("circle", "square", "triangle", "diamond", "star", "pentagon", "hexagon", "cross", "x")


def _facilities() -> VectorLayer:
    """45 points in nine service categories (9, 8, ... 1 of each) styled with the request layer's category
    icons: one marker shape per category."""
    from gisdesk.layers.service_requests import default_style

    names = [f"Loại {k} <{k}>" for k in range(9) for _ in range(9 - k)]
    rng = np.random.default_rng(2)
    table = pd.DataFrame({"service_name": names})
    layer = VectorLayer(PointData(table, 107.56 + rng.uniform(0, 0.03, len(names)),
                                  16.45 + rng.uniform(0, 0.03, len(names)), crs="EPSG:4326"), name="Icons")
    layer.style = default_style("category", table)
    return layer


def _star_layer() -> VectorLayer:
    gdf = gpd.GeoDataFrame({"kind": ["a", "b", "c"]},
                           geometry=shapely.points([107.57, 107.575, 107.58], [16.47, 16.47, 16.47]),
                           crs="EPSG:4326")
    return VectorLayer(gdf, name="Stars", style={"kind": "single", "fill": [250, 200, 0, 255],
                                                 "stroke": [0, 0, 0, 255], "stroke_width": 0.3, "size": 4,
                                                 "shape": "star"})


def _elevation(sample_data: Path):
    from gisdesk.layers.raster import RasterLayer

    return RasterLayer(str(sample_data / "elevation.tif"), name="Độ cao (m)", style={"kind": "raster",
                                                                                     "ramp": "terrain"},
                       opacity=0.8)


def _png_from_page(text: str) -> tuple[bytes, list[list[float]], float]:
    """The raster overlay of the page: its PNG, its bounds and its opacity (from the folium script)."""
    m = re.search(r'L\.imageOverlay\(\s*"data:image/png;base64,([A-Za-z0-9+/=]+)",\s*(\[\[.*?\]\]),\s*(\{.*?\})',
                  text, re.DOTALL)
    assert m, "no image overlay in the page"
    import base64

    opacity = float(re.search(r'"opacity":\s*([\d.]+)', m.group(3)).group(1))
    return base64.b64decode(m.group(1)), json.loads(m.group(2)), opacity


def test_raster_layer_as_image_overlay(tmp_path: Path, sample_data: Path) -> None:
    from PySide6.QtGui import QImage
    from rasterio.warp import transform_bounds

    elevation = _elevation(sample_data)
    project = Project(name="Huế", layers=[elevation, _wards()])
    text, _, result = _export(tmp_path, project)
    assert [(i.name, i.mode) for i in result.layers] == [("Độ cao (m)", "image"), ("Wards", "features")]
    assert _overlay_names(text) == ["Độ cao (m)", "Wards"]  # in the layer switcher, below the wards
    png, bounds, opacity = _png_from_page(text)
    assert opacity == pytest.approx(0.8)
    # the overlay covers the raster's bounds in lon/lat (within a pixel of the Web Mercator grid)
    west, south, east, north = transform_bounds(elevation.crs, "EPSG:4326", *elevation.bounds, densify_pts=21)
    (s_, w_), (n_, e_) = bounds
    img = QImage.fromData(png, "PNG")
    assert not img.isNull() and max(img.width(), img.height()) <= 2048
    assert [w_, s_, e_, n_] == pytest.approx([west, south, east, north], abs=1e-5)  # ~1 m
    # coloured with the terrain ramp where there is data, transparent where there is none (the corners of
    # the reprojected grid lie outside the raster)
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine())
    arr = arr[:, :img.width() * 4].reshape(img.height(), img.width(), 4)
    centre = arr[img.height() // 2, img.width() // 2]
    assert centre[3] == 255 and tuple(centre[:3]) != (0, 0, 0)
    assert (arr[..., 3] == 0).any()
    from gisdesk.render.raster import TERRAIN

    lowland = np.array(TERRAIN[0][:3])
    assert (np.abs(arr[..., :3].astype(int) - lowland).sum(axis=-1) < 30).any()  # lowland green is there
    # the legend shows the ramp with the value range of the data
    import rasterio

    with rasterio.open(elevation.source) as ds:
        band = ds.read(1, masked=True, out_shape=(1450 // 2 + 1, 2167 // 2 + 1))
    assert re.search(r'<div class="gd-lh">Độ cao \(m\)</div><div class="gd-rampline">-?\d+<span class="gd-ramp"',
                     text)
    hi = int(re.search(r'class="gd-ramp"[^>]*></span>(-?\d+)</div>', text).group(1))
    assert abs(hi - int(band.max())) <= 0.02 * int(band.max())


def test_raster_image_is_capped_and_rgb_ramps_free(sample_data: Path) -> None:
    rgba, (south, west, north, east), value_range = raster_image(_elevation(sample_data), max_side=300)
    assert max(rgba.shape[:2]) == 300 and rgba.shape[2] == 4 and rgba.dtype == np.uint8
    assert south < north and west < east and value_range[0] < value_range[1]


def test_marker_shapes_in_data_and_legend(tmp_path: Path) -> None:
    icons, stars = _facilities(), _star_layer()
    project = Project(name="Shapes", layers=[icons, stars])
    text, page, _ = _export(tmp_path, project)
    data = page.layers["Icons"]
    by_name = {c["value"]: c["symbol"].get("shape", "circle") for c in icons.style["categories"]}
    assert sorted(set(by_name.values())) == sorted(SHAPES)  # the nine icons
    shapes = [s["shape"] for s in _symbols(data)]
    assert shapes == [by_name[v] for v in icons.points.table["service_name"]]
    for s in data["symbols"]:  # a polygon outline for all but the circle, and a class naming the shape
        assert ("outline" in s) == (s["shape"] != "circle") and f"gd-m-{s['shape']}" in s["className"]
    assert [s["shape"] for s in _symbols(page.layers["Stars"])] == ["star"] * 3
    assert len(page.layers["Stars"]["symbols"]) == 1 and "s" not in page.layers["Stars"]
    # the legend draws each shape as an inline SVG, its labels escaped
    for shape in SHAPES:
        assert f'class="gd-sw gd-sw-{shape}"' in text
    assert "Loại 3 &lt;3&gt;" in text and "Loại 3 <3>" not in text.replace("\\u003c", "")


def test_symbol_levels_draw_classes_in_order(tmp_path: Path) -> None:
    layer = _requests(30)
    layer.style = {**CATEGORIZED, "symbol_levels": True}
    _, page, _ = _export(tmp_path, Project(name="L", layers=[layer]))
    req = page.layers["Phản ánh <requests>"]
    statuses = _column(req, "status")
    assert statuses == sorted(statuses, key=lambda s: s != "open")  # all "open" (class 0) first, then closed
    ids = _column(req, "service_request_id")
    assert sorted(ids) == [f"R{i:03d}" for i in range(30)]  # popups still match their features


def test_pack_round_trip() -> None:
    for values in ([0], [5, 5, 5], [-1, 0, 63, 64, 4095, 4096], list(range(-3, 10_000, 7)), [2**40, -2**40]):
        p = _pack(values)
        assert unpack(p, len(values)).tolist() == values
        assert set(p["c"]) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
    assert _pack([7, 7])["w"] == 0 and _pack(list(range(64)))["w"] == 1 and _pack(list(range(65)))["w"] == 2


def test_large_layer_stays_small(tmp_path: Path) -> None:
    """20,000 requests: ~3 bytes per value for codes and coordinates, times as minutes, empty columns left out."""
    n = 20_000
    rng = np.random.default_rng(3)
    times = pd.Timestamp("2025-01-01", tz="+07:00") + pd.to_timedelta(rng.integers(0, 365 * 24 * 60, n), "min")
    table = pd.DataFrame({
        "service_request_id": [f"HUE-2025-{i:06d}" for i in range(n)],
        "status": rng.choice(["open", "closed"], n),
        "requested_datetime": times,
        "media_url": [None] * n,
        "age_hours": np.round(rng.uniform(0, 2000, n), 2),
    })
    layer = VectorLayer(PointData(table, 107.5 + rng.uniform(0, 0.2, n), 16.4 + rng.uniform(0, 0.15, n),
                                  crs="EPSG:4326"), name="Big", style=CATEGORIZED)
    out = tmp_path / "big.html"
    result = export_html(Project(name="B", layers=[layer]), out)
    page = _Page(out.read_text(encoding="utf-8"))
    data = page.layers["Big"]
    assert [c["name"] for c in data["columns"]] == ["service_request_id", "status", "requested_datetime",
                                                    "age_hours"]
    assert _column(data, "requested_datetime")[:3] == [t.strftime("%Y-%m-%d %H:%M") for t in times[:3]]
    assert _column(data, "age_hours")[:3] == [f"{v:g}" for v in table["age_hours"][:3]]
    assert _column(data, "service_request_id")[-1] == "HUE-2025-019999"
    # ids 17+3, status 1, time 4, hours ~9, xy 3+3 bytes: well under 50 bytes a request
    payload = len(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    assert payload / n < 50, payload / n
    assert result.size_bytes < 1_600_000


def test_cancel_and_file_error_leave_no_file(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    result = export_html(_project(), out, cancel=lambda: True)
    assert result.status == "cancelled" and not out.exists()
    assert list(tmp_path.iterdir()) == []
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = export_html(_project(), blocker / "map.html")
    assert result.status == "error" and "Could not write" in result.error


# -- headless Chromium, network blocked ----------------------------------------------------------------------

_PROBE = """<script>
window.addEventListener("load", function () { setTimeout(function () {
  var out = {leaflet: typeof L !== "undefined" ? L.version : null};
  var map = null;
  for (var k in window) { if (k.indexOf("map_") === 0 && window[k] instanceof L.Map) { map = window[k]; } }
  out.paths = document.querySelectorAll("path.leaflet-interactive").length;
  var target = null;
  map.eachLayer(function (l) {
    if (l.getPopup && l.getPopup() && l.getLatLng) {
      var c = l.getPopup().getContent(); c = typeof c === "function" ? c(l) : c;
      if (c.indexOf("onerror") >= 0) { target = l; }
    }
  });
  if (target) { target.openPopup(); }
  setTimeout(function () {
    var p = document.querySelector(".leaflet-popup-content");
    out.popup_text = p ? p.textContent : null;
    out.popup_imgs = p ? p.querySelectorAll("img").length : null;
    out.xss = !!window.__xss;
    out.layers = Array.prototype.map.call(
      document.querySelectorAll(".leaflet-control-layers-overlays label span span"),
      function (s) { return s.textContent.trim(); });
    out.images = Array.prototype.map.call(document.querySelectorAll("img.leaflet-image-layer"),
      function (i) { return [i.naturalWidth, i.getBoundingClientRect().width, i.getBoundingClientRect().height,
                             i.complete]; });
    out.shapes = {};
    Array.prototype.forEach.call(document.querySelectorAll("path.gd-m"), function (p) {
      var k = p.getAttribute("class").match(/gd-m-(\\w+)/)[1]; out.shapes[k] = (out.shapes[k] || 0) + 1; });
    out.tiles = Array.prototype.map.call(document.querySelectorAll("img.leaflet-tile"),
      function (i) { return i.getAttribute("src"); });
    out.resources = performance.getEntriesByType("resource").map(function (e) { return e.name; });
    out.scale = Array.prototype.map.call(document.querySelectorAll(".leaflet-control-scale-line"),
      function (s) { return s.textContent.trim(); });
    var pre = document.createElement("pre"); pre.id = "gd-probe"; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 300);
}, 300); });
</script>"""


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("GISDESK_REQUIRE_SHARED") == "1":
        pytest.fail("Chromium is missing (the dev script installs the Debian package 'chromium')")
    pytest.skip("Chromium is not installed (apt-get install chromium)")


def _run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    offline = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
               "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
               "--window-size=1000,700", "--virtual-time-budget=5000"]
    return subprocess.run([_chromium(), *offline, *args], capture_output=True, text=True, timeout=90,
                          check=False)


def _probe(tmp_path: Path, text: str) -> dict:
    probe = tmp_path / "probe.html"
    # a spy for the XSS payload before any page script, and the probe after the page's own script
    text = text.replace("<head>", "<head><script>window.alert = function () { window.__xss = true; };</script>", 1)
    probe.write_text(text.replace("</html>", _PROBE + "</html>"), encoding="utf-8")
    done = _run_chromium("--dump-dom", probe.as_uri())
    m = re.search(r'<pre id="gd-probe">(.*?)</pre>', done.stdout, re.DOTALL)
    assert m, f"the probe did not run: {done.stderr[-2000:]}"
    return json.loads(html.unescape(m.group(1)))


def test_draws_and_opens_a_popup_in_headless_chromium_offline(tmp_path: Path, sample_data: Path) -> None:
    _chromium()
    project = _project()
    project.layers.insert(0, _elevation(sample_data))
    project.add_layer(_facilities())
    project.add_layer(_star_layer())
    text, _, _ = _export(tmp_path, project)
    out = _probe(tmp_path, text)
    assert out["leaflet"] == "1.9.4"
    assert out["paths"] >= 2 + 12 + 45 + 3  # ward polygons, circle markers, icons, stars: SVG paths
    assert out["layers"] == ["Độ cao (m)", "Wards", "Phản ánh <requests>", "Icons", "Stars"]
    # the raster is drawn: one image, decoded, with a size on the page
    assert len(out["images"]) == 1
    natural, width, height, complete = out["images"][0]
    assert complete and natural > 0 and width > 50 and height > 50
    # every marker drawn with its shape: the icons 9, 8, ... 1 of each shape, the three stars, the 12 circles
    expected = {shape: 9 - k for k, shape in enumerate(SHAPES)}
    expected["star"] += 3
    expected["circle"] += 12
    assert out["shapes"] == expected
    assert out["tiles"] == []  # no basemap, no tile
    assert len(out["scale"]) == 1 and re.fullmatch(r"\d+ k?m", out["scale"][0]), out["scale"]  # metric only
    assert XSS in out["popup_text"] and out["popup_imgs"] == 0 and out["xss"] is False
    assert [r for r in out["resources"] if not r.startswith(("file:", "data:"))] == []
    # and a screenshot a person can look at
    png = tmp_path / "map.png"
    _run_chromium(f"--screenshot={png}", (tmp_path / "map.html").as_uri())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a blank page is a few kB


def test_a_basemap_layer_of_the_project_is_the_pages_basemap(tmp_path: Path) -> None:
    """A visible XYZ tile layer the user added to the map becomes the page's basemap (the only host named);
    without one, nothing is fetched (test_no_external_urls)."""
    from gisdesk.layers.tiles import TileLayer

    project = _project()
    project.add_layer(TileLayer("https://tiles.hue.gov.vn/{z}/{x}/{y}.png", name="Nền", attribution="© TP Huế"))
    out = tmp_path / "map.html"
    result = export_html(project, out)
    assert result.ok, result.error
    text = out.read_text(encoding="utf-8")
    assert set(_urls_outside_assets(text)) == {"https://tiles.hue.gov.vn"}  # that host and no other
    assert "TP Hu" in text and any("tiles.hue.gov.vn" in n for n in result.notes)  # its attribution too
