"""TileLayer (no Qt): tile arithmetic, fetching from a tile server on 127.0.0.1, the disk cache (age, size cap),
failures recorded per tile, the offline status, and the layer's state in a project file.

``TileServer`` (also used by ``tests/render/test_tiles.py``) serves generated 256 x 256 PNGs of one colour
per tile (``tile_colour``), plus routes that fail: 404, slow (for timeouts), garbage bytes, and a PNG
signature followed by garbage. Every request the tests make is checked to go to 127.0.0.1.
"""

from __future__ import annotations

import math
import os
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gisdesk.layers.tiles import (
    HALF_WORLD,
    TileLayer,
    TilePlan,
    plan_view,
    tile_bounds,
    tile_range,
    tile_span,
    tiles_from_state,
    zoom_for_resolution,
)

HUE_LONLAT = (107.5847, 16.4637)


# ------------------------------------------------------------------------------------------------
# a tile server on 127.0.0.1
# ------------------------------------------------------------------------------------------------
def tile_colour(z: int, x: int, y: int) -> tuple[int, int, int]:
    """A colour per tile; neighbours differ by 67 (red, along x) or 101 (green, along y) levels."""
    return ((x * 67 + 13 * z) % 200 + 40, (y * 101 + 7 * z) % 200 + 40, (z * 37) % 200 + 40)


def solid_png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A PNG of one colour (written by hand: no imaging library needed)."""
    row = b"\x00" + bytes(rgb) * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(row * size))
            + chunk(b"IEND", b""))


class TileServer:
    """``/tiles/z/x/y.png`` a PNG of ``tile_colour``; ``/missing/...`` 404; ``/slow/...`` answers after
    ``slow_s``; ``/garbage/...`` HTML; ``/fakepng/...`` a PNG signature then garbage."""

    def __init__(self, slow_s: float = 2.0) -> None:
        self.requests: list[str] = []
        self.proxied: list[str] = []  # absolute-URI requests: the server was used as an HTTP proxy
        self.user_agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path
                if path.startswith("http://"):
                    server.proxied.append(path)
                    path = "/" + path.split("/", 3)[3]
                server.requests.append(path)
                server.user_agents.append(self.headers.get("User-Agent", ""))
                parts = path.strip("/").split("/")
                route = parts[0]
                try:
                    z, x, y = int(parts[1]), int(parts[2]), int(parts[3].split(".")[0])
                except (IndexError, ValueError):
                    self.send_error(400)
                    return
                if route == "missing":
                    self.send_error(404)
                    return
                if route == "slow":
                    time.sleep(slow_s)
                if route == "garbage":
                    body, ctype = b"<html><body>not a tile, sorry</body></html>", "text/html"
                elif route == "fakepng":
                    body, ctype = b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 40, "image/png"
                else:
                    body, ctype = solid_png(tile_colour(z, x, y)), "image/png"
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeout)
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()
        self.running = True

    def url(self, route: str = "tiles") -> str:
        return f"http://127.0.0.1:{self.port}/{route}/{{z}}/{{x}}/{{y}}.png"

    def tile_requests(self, route: str = "tiles") -> set[tuple[int, int, int]]:
        out = set()
        for path in self.requests:
            parts = path.strip("/").split("/")
            if parts[0] == route:
                out.add((int(parts[1]), int(parts[2]), int(parts[3].split(".")[0])))
        return out

    def stop(self) -> None:
        if self.running:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.running = False


@pytest.fixture(autouse=True)
def _local_network_only(monkeypatch):
    """No proxy from the environment, and any request to a host other than 127.0.0.1 fails the test."""
    import httpx

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    real = httpx.HTTPTransport.handle_request

    def guarded(self, request):
        assert request.url.host == "127.0.0.1", f"a test tried to reach {request.url}"
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guarded)


@pytest.fixture
def server():
    s = TileServer()
    yield s
    s.stop()


def make_layer(url: str, tmp_path, **kw) -> TileLayer:
    kw.setdefault("timeout", 0.5)
    layer = TileLayer(url, cache_dir=tmp_path / "cache", **kw)
    return layer


def wait_idle(layer: TileLayer, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while layer._inflight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not layer._inflight, "tile downloads did not finish"


def lonlat_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The usual slippy-map formula (OSM wiki), independent of the layer's Mercator arithmetic."""
    n = 1 << z
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return x, y


def expected_tiles(extent_9214, z):
    """The tiles covering a view in EPSG:9214 at zoom z, from lon/lat of its densified outline."""
    import numpy as np
    from pyproj import Transformer

    minx, miny, maxx, maxy = extent_9214
    t = np.linspace(0, 1, 41)
    xs = np.concatenate([minx + (maxx - minx) * t, np.full(41, maxx), maxx - (maxx - minx) * t, np.full(41, minx)])
    ys = np.concatenate([np.full(41, miny), miny + (maxy - miny) * t, np.full(41, maxy), maxy - (maxy - miny) * t])
    lon, lat = Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(xs, ys)
    tx = [lonlat_tile(a, b, z) for a, b in zip(lon, lat, strict=True)]
    x0, x1 = min(p[0] for p in tx), max(p[0] for p in tx)
    y0, y1 = min(p[1] for p in tx), max(p[1] for p in tx)
    return {(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)}


# a 1.2 x 0.9 km view in the centre of Huế (EPSG:9214), drawn 480 x 360 px: 2.5 m per pixel -> zoom 16
VIEW_9214 = (560000.0, 1815000.0, 561200.0, 1815900.0)
VIEW_SIZE = (480, 360)


# ------------------------------------------------------------------------------------------------
# tile arithmetic
# ------------------------------------------------------------------------------------------------
def test_tile_arithmetic_agrees_with_the_lonlat_formula():
    from pyproj import Transformer

    x, y = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True).transform(*HUE_LONLAT)
    for z in (0, 5, 12, 16, 19):
        tx, ty = lonlat_tile(*HUE_LONLAT, z)
        assert tile_range((x - 1, y - 1, x + 1, y + 1), z) == (tx, ty, tx, ty)
        b = tile_bounds(z, tx, ty)
        assert b[0] <= x < b[2] and b[1] < y <= b[3]
    assert tile_bounds(0, 0, 0) == pytest.approx((-HALF_WORLD, -HALF_WORLD, HALF_WORLD, HALF_WORLD))
    # an extent ending exactly on tile edges takes no extra row or column
    assert tile_range(tile_bounds(10, 800, 450), 10) == (800, 450, 800, 450)


def test_zoom_follows_the_resolution_at_96_dpi():
    res16 = tile_span(16) / 256
    assert zoom_for_resolution(res16) == 16
    assert zoom_for_resolution(res16 * 1.3) == 16 and zoom_for_resolution(res16 * 1.6) == 15
    assert zoom_for_resolution(res16 / 2) == 17
    # at 300 dpi the same paper size shows the same tiles: 3.125 times the pixels, the same zoom
    assert zoom_for_resolution(res16 * 96 / 300, dpi=300) == 16
    # a view of exactly 2 x 2 tiles at their resolution
    b = TilePlan(16, 52350, 30100, 52351, 30101).bounds
    plan = plan_view(b, "EPSG:3857", (512, 512))
    assert (plan.zoom, plan.x0, plan.y0, plan.x1, plan.y1) == (16, 52350, 30100, 52351, 30101)
    assert len(plan.tiles) == 4
    # clamped by the layer's zoom range, and by the tile budget
    assert plan_view(b, "EPSG:3857", (512, 512), max_zoom=14).zoom == 14
    assert plan_view(b, "EPSG:3857", (512, 512), min_zoom=17).zoom == 17
    capped = plan_view(b, "EPSG:3857", (512, 512), min_zoom=18, max_tiles=20)
    assert capped.zoom == 17 and len(capped.tiles) <= 20
    # a view outside the Mercator square shows nothing; a geographic view near the pole is clipped
    assert plan_view((1e8, 1e8, 2e8, 2e8), "EPSG:3857", (100, 100)) is None
    assert plan_view((100, 80, 110, 90), "EPSG:4326", (100, 100)) is not None


def test_template_validation_and_urls(tmp_path):
    with pytest.raises(ValueError, match="http"):
        TileLayer("ftp://example.org/{z}/{x}/{y}.png", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="needs"):
        TileLayer("http://127.0.0.1/tiles/{z}/{x}.png", cache_dir=tmp_path)
    layer = TileLayer("http://{s}.127.0.0.1/{z}/{x}/{-y}.png", subdomains="ab", cache_dir=tmp_path)
    assert layer.tile_url((3, 1, 2)) == "http://b.127.0.0.1/3/1/5.png"
    assert layer.tile_url((3, 2, 2)) == "http://a.127.0.0.1/3/2/5.png"
    assert layer.crs == "EPSG:3857" and layer.extent is None
    assert layer.name == "127.0.0.1"  # the host when no name is given


# ------------------------------------------------------------------------------------------------
# fetching and the cache
# ------------------------------------------------------------------------------------------------
def test_fetches_exactly_the_tiles_of_the_view_and_caches_them(server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    arrived = threading.Event()
    layer.events.data.connect(arrived.set)
    plan = layer.view_tiles(VIEW_9214, "EPSG:9214", VIEW_SIZE)
    assert plan.zoom == 16
    queued = layer.fetch_view(VIEW_9214, "EPSG:9214", VIEW_SIZE)
    assert arrived.wait(5)
    wait_idle(layer)
    want = expected_tiles(VIEW_9214, 16)
    assert queued == len(want)
    assert server.tile_requests() == want
    assert len(server.requests) == len(want)  # each tile once
    assert all(ua.startswith("gisdesk/") for ua in server.user_agents)
    for z, x, y in want:
        p = tmp_path / "cache" / str(z) / str(x) / f"{y}.png"
        assert p.read_bytes() == solid_png(tile_colour(z, x, y))
    assert layer.data_version > 0 and layer.status() == ""
    # the same view again, even from a new layer over the same cache: not one request
    again = make_layer(server.url(), tmp_path)
    assert again.fetch_view(VIEW_9214, "EPSG:9214", VIEW_SIZE) == 0
    wait_idle(again)
    assert len(server.requests) == len(want)
    assert again.status() == ""
    layer.close()
    again.close()


def test_default_cache_folder_is_per_url_template_in_the_user_cache(server, tmp_path):
    import platformdirs

    layer = TileLayer(server.url())
    root = layer.cache.root
    assert root.parent == Path(platformdirs.user_cache_dir("gisdesk", appauthor=False)) / "tiles"
    assert TileLayer(server.url()).cache.root == root
    assert TileLayer(server.url("other")).cache.root != root
    assert str(root).startswith(os.environ["XDG_CACHE_HOME"])  # conftest: never the real user's cache


def test_failures_are_recorded_per_tile_and_never_raise(server, tmp_path):
    tiles = [(16, 52340, 30110), (16, 52341, 30110)]
    for route, kind, words in (("missing", "http", "HTTP 404"), ("garbage", "image", "not an image")):
        layer = make_layer(server.url(route), tmp_path / route)
        assert layer.ensure_tiles(tiles, timeout=5) == 0
        errors = layer.errors
        assert set(errors) == set(tiles) and all(e.kind == kind for e in errors.values())
        assert words in next(iter(errors.values())).message
        assert not (tmp_path / route / "cache" / "16").exists()  # nothing cached
        status = layer.status()
        assert "2 of 2 tiles could not be loaded" in status and words in status
        # failed tiles are not asked for again at once
        before = len(server.requests)
        assert layer.fetch_tiles(tiles) == 0
        assert len(server.requests) == before
        layer.close()


def test_a_slow_server_times_out_and_the_layer_says_it_is_offline(server, tmp_path):
    layer = make_layer(server.url("slow"), tmp_path, timeout=0.3)
    t0 = time.monotonic()
    assert layer.ensure_tiles([(16, 52340, 30110)], timeout=5) == 0
    assert time.monotonic() - t0 < 1.5
    err = layer.errors[(16, 52340, 30110)]
    assert err.kind == "network" and "did not answer in 0.3 s" in err.message
    assert layer.status() == "offline: showing cached tiles (0 of 1)"
    layer.close()


def test_ensure_tiles_gives_up_after_its_timeout(server, tmp_path):
    layer = make_layer(server.url("slow"), tmp_path, timeout=5.0)
    t0 = time.monotonic()
    assert layer.ensure_tiles([(16, 52340, 30110)], timeout=0.3) == 0
    assert time.monotonic() - t0 < 1.0
    layer.close()


def test_offline_the_cached_tiles_stay_and_the_status_counts_them(server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    plan = layer.view_tiles(VIEW_9214, "EPSG:9214", VIEW_SIZE)
    layer.ensure_tiles(plan.tiles, timeout=5)
    server.stop()  # no network from here on
    shifted = (VIEW_9214[0] + 600, VIEW_9214[1], VIEW_9214[2] + 600, VIEW_9214[3])
    plan2 = layer.view_tiles(shifted, "EPSG:9214", VIEW_SIZE)
    overlap = set(plan.tiles) & set(plan2.tiles)
    assert 0 < len(overlap) < len(plan2.tiles)
    arrived = []
    layer.events.data.connect(lambda: arrived.append(1))
    queued = layer.fetch_tiles(plan2.tiles)  # never raises
    assert queued == len(plan2.tiles) - len(overlap)
    wait_idle(layer)
    assert not arrived  # nothing new
    assert layer.status() == f"offline: showing cached tiles ({len(overlap)} of {len(plan2.tiles)})"
    for t in overlap:
        assert layer.cached_tile(t) == solid_png(tile_colour(*t))
    layer.close()


def test_old_tiles_are_fetched_again_online_and_kept_offline(server, tmp_path):
    layer = make_layer(server.url(), tmp_path, max_age_days=30)
    tile = (16, 52340, 30110)
    layer.ensure_tiles([tile], timeout=5)
    path = layer.cache.path(tile)
    old = time.time() - 40 * 86400
    os.utime(path, (old, old))
    assert layer.cache.state(tile) == "stale"
    assert layer.cached_tile(tile) is not None  # still drawn
    assert layer.ensure_tiles([tile], timeout=5) == 1
    assert len(server.requests) == 2 and layer.cache.state(tile) == "fresh"
    os.utime(path, (old, old))
    server.stop()
    assert layer.ensure_tiles([tile], timeout=5) == 1  # offline: the old tile is what we have
    assert layer.cached_tile(tile) == solid_png(tile_colour(*tile))
    assert layer.status() == "offline: showing cached tiles (1 of 1)"
    layer.close()


def test_the_cache_stays_under_its_size_cap(server, tmp_path):
    one = len(solid_png(tile_colour(16, 0, 0)))
    layer = make_layer(server.url(), tmp_path, cache_max_bytes=int(one * 4.5), max_parallel=1)
    tiles = [(16, 52340 + i, 30110) for i in range(10)]
    for t in tiles:  # one after another: the written order is the age order
        layer.ensure_tiles([t], timeout=5)
        time.sleep(0.01)
    assert layer.cache.total_bytes() <= one * 4.5
    kept = [t for t in tiles if layer.cache.state(t) is not None]
    assert 2 <= len(kept) <= 4
    assert tiles[-1] in kept and tiles[0] not in kept  # the oldest went first
    layer.close()


def test_stale_queued_tiles_of_an_old_view_are_dropped(server, tmp_path):
    layer = make_layer(server.url("slow"), tmp_path, max_parallel=1, timeout=0.2)
    server_tiles = [(16, 52340 + i, 30110) for i in range(6)]
    assert layer.fetch_tiles(server_tiles) == 6
    layer.fetch_tiles([])  # the view moved away before most started
    wait_idle(layer)
    assert len(server.requests) <= 2
    layer.close()


def test_nothing_is_fetched_without_a_call(server, tmp_path):
    layer = make_layer(server.url(), tmp_path)
    layer.view_tiles(VIEW_9214, "EPSG:9214", VIEW_SIZE)
    assert layer.cached_tile((16, 52340, 30110)) is None
    layer.status()
    time.sleep(0.05)
    assert server.requests == []


# ------------------------------------------------------------------------------------------------
# state and project files
# ------------------------------------------------------------------------------------------------
def test_state_round_trips_through_a_project_file(server, tmp_path):
    from gisdesk.core.project import Project
    from gisdesk.core.registry import layer_from_state

    layer = TileLayer(server.url(), name="Bản đồ nền", attribution="© test contributors", min_zoom=3,
                      max_zoom=17, opacity=0.7, proxy="http://127.0.0.1:9")
    state = layer.get_state()
    assert state["type"] == "tiles" and state["source"] == server.url()
    assert "proxy" not in state and "cache_dir" not in state  # this computer's settings stay out of the file
    again = layer_from_state(state)
    assert isinstance(again, TileLayer) and again.get_state() == state
    assert tiles_from_state(state).get_state() == state
    project = Project(name="p")
    project.add_layer(layer)
    (tmp_path / "sub").mkdir()
    path = project.save(tmp_path / "sub" / "p.gisdesk")
    loaded = Project.load(path)
    assert not loaded.load_problems
    (got,) = loaded.layers
    assert isinstance(got, TileLayer) and got.get_state() == state
    assert got.url == server.url() and got.cache.root == layer.cache.root
    assert server.requests == []  # opening a project fetches nothing


def test_a_broken_tile_entry_opens_as_an_unavailable_layer(tmp_path):
    import json

    from gisdesk.core.project import FORMAT, VERSION, Project

    path = tmp_path / "p.gisdesk"
    path.write_text(json.dumps({"format": FORMAT, "version": VERSION, "name": "p", "crs": "EPSG:9214",
                                "layers": [{"type": "tiles", "name": "b", "source": "not a url"}]}))
    loaded = Project.load(path)
    (layer,) = loaded.layers
    assert type(layer).__name__ == "UnavailableLayer"
    assert "http" in loaded.load_problems[0]


def test_after_a_network_failure_the_layer_stops_asking_for_a_while(server, tmp_path):
    layer = make_layer(server.url(), tmp_path, max_parallel=1)
    statuses = []
    layer.on_status = statuses.append
    server.stop()
    tiles = [(16, 52340 + i, 30110) for i in range(6)]
    assert layer.fetch_tiles(tiles) == 6
    wait_idle(layer)
    assert layer.requests_made == 1  # the first refused connection; the others were not tried
    assert all(layer.errors[t].kind == "network" for t in tiles)
    deadline = time.monotonic() + 5  # the last worker reports the status just after it leaves the in-flight set
    while not statuses and time.monotonic() < deadline:
        time.sleep(0.01)
    assert statuses[-1] == "offline: showing cached tiles (0 of 6)"
    # a new view while offline: nothing is asked for, and the status says why the map is empty
    more = [(16, 52340 + i, 30111) for i in range(3)]
    assert layer.fetch_tiles(more) == 0
    assert layer.ensure_tiles(more, timeout=5) == 0 and layer.requests_made == 1
    assert layer.status() == "offline: showing cached tiles (0 of 3)"
    layer.close()


def test_the_proxy_given_by_the_caller_is_used(server, tmp_path):
    # nothing listens on port 9 of 127.0.0.1: the tile can only come through the proxy (our server)
    layer = make_layer("http://127.0.0.1:9/tiles/{z}/{x}/{y}.png", tmp_path, proxy=f"http://127.0.0.1:{server.port}")
    assert layer.ensure_tiles([(16, 52340, 30110)], timeout=5) == 1
    assert server.proxied == ["http://127.0.0.1:9/tiles/16/52340/30110.png"]
    layer.set_proxy(None)  # no proxy now: port 9 refuses, the tile is not fetched
    assert layer.ensure_tiles([(16, 52340, 30111)], timeout=5) == 0
    assert layer.errors[(16, 52340, 30111)].kind == "network" and len(server.proxied) == 1
    layer.close()


def test_downloads_run_on_daemon_threads_so_closing_the_app_never_waits(server, tmp_path):
    layer = make_layer(server.url("slow"), tmp_path, timeout=0.3)
    layer.fetch_tiles([(16, 52340, 30110)])
    threads = [t for t in threading.enumerate() if t.name.startswith("gisdesk-tiles")]
    assert threads and all(t.daemon for t in threads)
    layer.close()
