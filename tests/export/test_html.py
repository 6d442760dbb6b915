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
from gisdesk.export.html import ASSETS, export_html
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
    c = layer["columns"].index(name)
    return [layer["dicts"][c][v[c]] if v[c] >= 0 else None for v in layer["v"]]


def test_layers_styles_and_counts(tmp_path: Path) -> None:
    text, page, result = _export(tmp_path)
    # the visible layers, in draw order, in the layer switcher (names escaped); the hidden one left out
    assert _overlay_names(text) == ["Wards", "Phản ánh &lt;requests&gt;"]
    assert set(page.layers) == {"Wards", "Phản ánh <requests>"}
    assert [(i.name, i.features, i.mode) for i in result.layers] == [("Wards", 2, "features"),
                                                                      ("Phản ánh <requests>", 12, "features")]
    wards = page.layers["Wards"]
    assert len(wards["geometries"]) == 2 and len(wards["s"]) == 2
    lon, lat = np.array(wards["geometries"][0]["coordinates"][0]).mean(axis=0)
    assert 107.5 < lon < 107.7 and 16.4 < lat < 16.5  # reprojected from UTM to WGS 84
    assert wards["symbols"][0]["fillColor"] == "#ffff00" and wards["symbols"][0]["fillOpacity"] == pytest.approx(
        80 / 255, abs=1e-3)
    req = page.layers["Phản ánh <requests>"]
    assert len(req["xy"]) == 12
    # categorized colours per feature: open rows red, closed rows blue, sizes from the symbols
    colours = [req["symbols"][s]["fillColor"] for s in req["s"]]
    statuses = _column(req, "status")
    assert colours == ["#ff0000" if s == "open" else "#0000ff" for s in statuses]
    radius = {req["symbols"][s]["fillColor"]: req["symbols"][s]["radius"] for s in req["s"]}
    assert radius["#ff0000"] == pytest.approx(3 * 96 / 25.4 / 2, abs=0.01)
    # legend: headings and class labels, escaped
    assert "Closed &lt;b&gt;done&lt;/b&gt;" in text and "Legend" in text
    # times in the popup in the city's zone
    assert _column(req, "requested_datetime")[0] == "2025-06-01 00:00"
    assert "All times" in text


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
    assert "Time window: 2025-06-03 00:00 – 2025-06-06 00:00" in text


def test_no_external_urls(tmp_path: Path) -> None:
    text, page, _ = _export(tmp_path)
    rest = text
    for f in sorted(ASSETS.rglob("*.js")) + sorted(ASSETS.rglob("*.css")):  # the vendored code, inlined
        body = re.sub(r"^//# sourceMappingURL=.*$", "", f.read_text(encoding="utf-8"), flags=re.MULTILINE)
        for piece in re.split(r"url\(images/[\w.-]+\)", body):  # images inlined as data: URIs
            rest = rest.replace(piece, "")
    assert "http://" not in rest and "https://" not in rest
    assert not [a for t, a in page.tags if t in ("script", "link", "img") and (a.get("src") or a.get("href"))]
    # an online basemap is the one thing that goes online, when asked for
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    text, _, result = _export(tmp_path, basemap=tiles, basemap_attribution="© Example")
    assert tiles in text and "Example" in text
    assert any("basemap" in n for n in result.notes)


def test_large_point_layers_cluster_or_heatmap(tmp_path: Path) -> None:
    text, page, result = _export(tmp_path, cluster_threshold=5)
    assert result.layers[1].mode == "clustered" and "clustered" in " ".join(result.notes)
    assert "L.markerClusterGroup" in text and "MarkerClusterGroup" in text  # vendored plugin inlined
    assert len(page.layers["Phản ánh <requests>"]["xy"]) == 12
    text, page, result = _export(tmp_path, heatmap_threshold=5)
    assert result.layers[1].mode == "heatmap" and "heatmap" in " ".join(result.notes)
    assert "L.heatLayer(" in text and "Phản ánh <requests>" not in page.layers
    assert "L.markerClusterGroup" not in text  # plugins only inlined when used


def test_raster_layer_skipped_with_note(tmp_path: Path, sample_data: Path) -> None:
    from gisdesk.layers.raster import RasterLayer

    project = _project()
    project.add_layer(RasterLayer(str(sample_data / "elevation.tif"), name="Elevation"))
    _, _, result = _export(tmp_path, project)
    assert ("Elevation", "skipped") in [(i.name, i.mode) for i in result.layers]
    assert any("Elevation" in n and "left out" in n for n in result.notes)


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
    out.resources = performance.getEntriesByType("resource").map(function (e) { return e.name; });
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


def test_draws_and_opens_a_popup_in_headless_chromium_offline(tmp_path: Path) -> None:
    _chromium()
    text, _, _ = _export(tmp_path)
    probe = tmp_path / "probe.html"
    # a spy for the XSS payload before any page script, and the probe after the page's own script
    text = text.replace("<head>", "<head><script>window.alert = function () { window.__xss = true; };</script>", 1)
    probe.write_text(text.replace("</html>", _PROBE + "</html>"), encoding="utf-8")
    done = _run_chromium("--dump-dom", probe.as_uri())
    m = re.search(r'<pre id="gd-probe">(.*?)</pre>', done.stdout, re.DOTALL)
    assert m, f"the probe did not run: {done.stderr[-2000:]}"
    out = json.loads(html.unescape(m.group(1)))
    assert out["leaflet"] == "1.9.4"
    assert out["paths"] >= 2 + 12  # two ward polygons and twelve circle markers drawn as SVG paths
    assert out["layers"] == ["Wards", "Phản ánh <requests>"]
    assert XSS in out["popup_text"] and out["popup_imgs"] == 0 and out["xss"] is False
    assert [r for r in out["resources"] if not r.startswith(("file:", "data:"))] == []
    # and a screenshot a person can look at
    png = tmp_path / "map.png"
    _run_chromium(f"--screenshot={png}", (tmp_path / "map.html").as_uri())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a blank page is a few kB
