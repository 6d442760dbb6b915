"""TileLayer: an XYZ (slippy map) basemap with an on-disk cache that keeps working offline.

The layer is a URL template such as ``https://tile.example.org/{z}/{x}/{y}.png`` (``{s}`` picks one of
``subdomains``, ``{-y}`` is the TMS row), an attribution, a zoom range and an opacity. Nothing is fetched
unless the user added such a layer: gisdesk has no default online URL.

Tiles are Web Mercator (EPSG:3857) squares of 256 pixels. For a view (extent, CRS, pixel size, dpi)
``view_tiles`` picks the zoom whose tile pixels are closest to the screen's pixels at 96 dpi (so a print at
300 dpi shows the same tiles at the same physical size, not unreadable street names) and lists the tiles
covering the view (``TilePlan``).

Fetching never happens while drawing. Drawing (``gisdesk.render.tiles``) uses what is on disk; the canvas
calls ``fetch_view``/``fetch_tiles`` (background threads, at most ``max_parallel`` requests at a time), and
``events.data`` fires once new tiles are on disk (through ``dispatch`` when the GUI set one, so the signal
fires on the GUI thread). Exports call the synchronous ``ensure_tiles`` first.

The cache lives in ``platformdirs.user_cache_dir("gisdesk")/tiles/<hash of the template>/z/x/y.png``.
Tiles older than ``max_age_days`` are fetched again when the server answers, but still drawn when it does
not. When the cache grows past ``cache_max_bytes`` the least recently written tiles are removed.

Failures (timeout, server unreachable, HTTP errors, bytes that are not an image) are recorded per tile and
never raise to the caller; a failed tile is not asked for again for ``RETRY_AFTER_S`` seconds, and after a
network failure (timeout, unreachable) the layer asks for no tile at all for that long: offline, a view
costs one failed request, not one per tile. ``status()``
sums them up for the user, e.g. "offline: showing cached tiles (12 of 20)".
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from gisdesk import __version__
from gisdesk.core.i18n import tr, trf
from gisdesk.layers.base import Layer

log = logging.getLogger(__name__)

Tile = tuple[int, int, int]  # (z, x, y), y counted from the north (XYZ / Google scheme)
Extent = tuple[float, float, float, float]

WEB_MERCATOR = "EPSG:3857"
TILE_SIZE = 256
#: the width of the Web Mercator world in metres
WORLD = 2.0 * math.pi * 6378137.0
HALF_WORLD = WORLD / 2.0
USER_AGENT = f"gisdesk/{__version__} (desktop GIS for Hue city; python-httpx)"

DEFAULT_TIMEOUT_S = 5.0
DEFAULT_MAX_PARALLEL = 4
DEFAULT_MAX_AGE_DAYS = 30.0
DEFAULT_CACHE_MAX_BYTES = 256 * 1024 * 1024
#: a view never needs more tiles than this (a 4K screen needs ~170); beyond, a coarser zoom is used
MAX_TILES_PER_VIEW = 256
#: a tile that failed is not requested again before this many seconds
RETRY_AFTER_S = 30.0
#: while a batch is downloading, ``events.data`` fires at most this often (the last tile always fires it)
NOTIFY_EVERY_S = 0.5

#: module-wide proxy for new layers (the Settings dialog's value); None: httpx reads the usual environment
_default_proxy: str | None = None


def set_default_proxy(url: str | None) -> None:
    """The proxy (``http://host:port``) tile layers made from now on use; None or "" for none."""
    global _default_proxy
    _default_proxy = url or None


def default_proxy() -> str | None:
    return _default_proxy


# ------------------------------------------------------------------------------------------------
# Web Mercator tile arithmetic
# ------------------------------------------------------------------------------------------------
def tile_span(z: int) -> float:
    """The width of a tile of zoom ``z`` in EPSG:3857 metres."""
    return WORLD / (1 << z)


def tile_bounds(z: int, x: int, y: int) -> Extent:
    """(minx, miny, maxx, maxy) of a tile in EPSG:3857."""
    s = tile_span(z)
    return (-HALF_WORLD + x * s, HALF_WORLD - (y + 1) * s, -HALF_WORLD + (x + 1) * s, HALF_WORLD - y * s)


def tile_range(extent: Extent, z: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1), inclusive, of the tiles of zoom ``z`` covering ``extent`` (EPSG:3857)."""
    s = tile_span(z)
    n = (1 << z) - 1
    eps = s * 1e-9  # an extent ending exactly on a tile edge does not take the next tile

    def clamp(v: float) -> int:
        return min(n, max(0, math.floor(v)))

    minx, miny, maxx, maxy = extent
    x0 = clamp((minx + HALF_WORLD) / s)
    x1 = clamp((maxx - eps + HALF_WORLD) / s)
    y0 = clamp((HALF_WORLD - maxy) / s)
    y1 = clamp((HALF_WORLD - miny - eps) / s)
    return x0, y0, x1, y1


def zoom_for_resolution(res_3857: float, dpi: float = 96.0) -> int:
    """The zoom whose tile pixels are closest (in log scale) to ``res_3857`` metres per pixel at ``dpi``,
    taken at 96 dpi so that tiles keep their size on paper."""
    res96 = res_3857 * float(dpi) / 96.0
    if not (res96 > 0 and math.isfinite(res96)):
        return 0
    return max(0, round(math.log2(WORLD / (TILE_SIZE * res96))))


@dataclass(frozen=True)
class TilePlan:
    """The tiles covering a view: zoom, inclusive tile range, the tiles (row by row) and the EPSG:3857
    bounds of their mosaic."""

    zoom: int
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def tiles(self) -> list[Tile]:
        return [(self.zoom, x, y) for y in range(self.y0, self.y1 + 1) for x in range(self.x0, self.x1 + 1)]

    @property
    def columns(self) -> int:
        return self.x1 - self.x0 + 1

    @property
    def rows(self) -> int:
        return self.y1 - self.y0 + 1

    @property
    def bounds(self) -> Extent:
        a = tile_bounds(self.zoom, self.x0, self.y0)
        b = tile_bounds(self.zoom, self.x1, self.y1)
        return (a[0], b[1], b[2], a[3])


_local = threading.local()  # pyproj transformers are not shared between threads


def _to_mercator(crs: str) -> Any:
    cache = getattr(_local, "transformers", None)
    if cache is None:
        cache = _local.transformers = {}
    t = cache.get(crs)
    if t is None:
        from pyproj import Transformer

        t = cache[crs] = Transformer.from_crs(crs, WEB_MERCATOR, always_xy=True)
    return t


def mercator_extent(extent: Extent, crs: str) -> Extent | None:
    """``extent`` (in ``crs``) as EPSG:3857 bounds clipped to the Web Mercator square; None when it misses."""
    if crs != WEB_MERCATOR:
        from pyproj.crs import CRS

        try:
            if CRS.from_user_input(crs).is_geographic:  # keep latitudes where Mercator is finite
                extent = (extent[0], max(extent[1], -85.0511), extent[2], min(extent[3], 85.0511))
                if extent[3] <= extent[1]:
                    return None
            out = _to_mercator(crs).transform_bounds(*extent, densify_pts=21)
        except Exception:  # noqa: BLE001 - pyproj raises or returns inf outside the CRS's area
            return None
    else:
        out = extent
    if not all(math.isfinite(v) for v in out):
        return None
    minx, miny, maxx, maxy = (min(max(v, -HALF_WORLD), HALF_WORLD) for v in out)
    if maxx <= minx or maxy <= miny:
        return None
    return (minx, miny, maxx, maxy)


def plan_view(extent: Extent, crs: str, size: tuple[int, int], dpi: float = 96.0, *, min_zoom: int = 0,
              max_zoom: int = 19, max_tiles: int = MAX_TILES_PER_VIEW) -> TilePlan | None:
    """The tiles to draw a view of ``size`` pixels over ``extent`` (in ``crs``); None when it shows no tile."""
    merc = mercator_extent(extent, crs)
    if merc is None:
        return None
    w, h = max(1, int(size[0])), max(1, int(size[1]))
    res = math.sqrt(((merc[2] - merc[0]) / w) * ((merc[3] - merc[1]) / h))
    z = min(max(zoom_for_resolution(res, dpi), int(min_zoom)), int(max_zoom))
    while True:
        x0, y0, x1, y1 = tile_range(merc, z)
        if (x1 - x0 + 1) * (y1 - y0 + 1) <= max_tiles or z <= 0:
            return TilePlan(z, x0, y0, x1, y1)
        z -= 1


# ------------------------------------------------------------------------------------------------
# the disk cache
# ------------------------------------------------------------------------------------------------
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def looks_like_image(data: bytes) -> bool:
    """True for PNG, JPEG, GIF and WebP bytes (by their signature; decoding happens when drawing)."""
    if len(data) < 12:
        return False
    if data.startswith(_IMAGE_MAGIC):
        return True
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def cache_root() -> Path:
    """``user_cache_dir("gisdesk")/tiles``."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("gisdesk", appauthor=False)) / "tiles"


def template_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


class TileCache:
    """Tiles on disk as ``<root>/z/x/y.png``; a size cap (oldest written go first) and an age."""

    def __init__(self, root: str | os.PathLike[str], *, max_bytes: int = DEFAULT_CACHE_MAX_BYTES,
                 max_age_s: float = DEFAULT_MAX_AGE_DAYS * 86400.0) -> None:
        self.root = Path(root)
        self.max_bytes = int(max_bytes)
        self.max_age_s = float(max_age_s)
        self._lock = threading.Lock()
        self._total: int | None = None  # bytes on disk, counted on the first write

    def path(self, tile: Tile) -> Path:
        z, x, y = tile
        return self.root / str(z) / str(x) / f"{y}.png"

    def read(self, tile: Tile) -> tuple[bytes, bool] | None:
        """(bytes, fresh) of a cached tile, or None. Stale tiles (older than the age) are still returned."""
        p = self.path(tile)
        try:
            with open(p, "rb") as f:
                data = f.read()
                mtime = os.fstat(f.fileno()).st_mtime
        except OSError:
            return None
        return data, (time.time() - mtime) <= self.max_age_s

    def state(self, tile: Tile) -> str | None:
        """"fresh", "stale" or None (not cached)."""
        try:
            mtime = self.path(tile).stat().st_mtime
        except OSError:
            return None
        return "fresh" if (time.time() - mtime) <= self.max_age_s else "stale"

    def write(self, tile: Tile, data: bytes) -> None:
        """Store ``data`` (atomically: a reader never sees half a tile), then keep the cache under its cap."""
        p = self.path(tile)
        p.parent.mkdir(parents=True, exist_ok=True)
        try:
            old = p.stat().st_size
        except OSError:
            old = 0
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, p)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        with self._lock:
            if self._total is None:
                self._total = self._scan_total()
            else:
                self._total += len(data) - old
            if self._total > self.max_bytes:
                self._prune()

    def discard(self, tile: Tile) -> None:
        p = self.path(tile)
        try:
            size = p.stat().st_size
            p.unlink()
        except OSError:
            return
        with self._lock:
            if self._total is not None:
                self._total -= size

    def total_bytes(self) -> int:
        with self._lock:
            self._total = self._scan_total()
            return self._total

    def _files(self) -> list[tuple[float, int, str]]:
        out = []
        for dirpath, _dirs, files in os.walk(self.root):
            for name in files:
                if not name.endswith(".png"):
                    continue
                full = os.path.join(dirpath, name)
                try:
                    st = os.stat(full)
                except OSError:
                    continue
                out.append((st.st_mtime, st.st_size, full))
        return out

    def _scan_total(self) -> int:
        return sum(size for _m, size, _p in self._files())

    def _prune(self) -> None:
        """Remove the oldest tiles until the cache holds at most 80 % of its cap (lock held)."""
        files = sorted(self._files())
        total = sum(size for _m, size, _p in files)
        target = int(self.max_bytes * 0.8)
        for _mtime, size, full in files:
            if total <= target:
                break
            try:
                os.unlink(full)
            except OSError:
                continue
            total -= size
        self._total = total


# ------------------------------------------------------------------------------------------------
# the download threads
# ------------------------------------------------------------------------------------------------
class _DaemonPool:
    """``submit(fn, *args) -> Future`` on at most ``n`` daemon threads. Unlike ``ThreadPoolExecutor``, whose
    threads the interpreter waits for at exit, closing the app never waits for a slow tile server."""

    def __init__(self, n: int, name: str) -> None:
        self._n, self._name = n, name
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None] = (
            queue.SimpleQueue())
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        with self._lock:
            if self._closed:
                fut.cancel()
                return fut
            self._queue.put((fut, fn, args))
            if len(self._threads) < self._n:
                t = threading.Thread(target=self._work, name=f"{self._name}-{len(self._threads)}", daemon=True)
                self._threads.append(t)
                t.start()
        return fut

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            fut, fn, args = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
                fut.set_exception(exc)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while True:  # drop what has not started
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
            for _ in self._threads:
                self._queue.put(None)


# ------------------------------------------------------------------------------------------------
# the layer
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TileError:
    kind: str  # "network" (timeout, unreachable: we are offline), "http" (e.g. 404) or "image" (not an image)
    message: str
    when: float  # time.monotonic()


def validate_template(url: str) -> str:
    """The template stripped, or ValueError with a plain message."""
    url = str(url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(trf("a tile URL starts with http:// or https:// (got {url!r})", url=url))
    if "{z}" not in url or "{x}" not in url or ("{y}" not in url and "{-y}" not in url):
        raise ValueError(trf("a tile URL needs {{z}}, {{x}} and {{y}} in it (got {url!r})", url=url))
    return url


class TileLayer(Layer):
    """An XYZ tile basemap; see the module docstring."""

    type_name = "tiles"

    def __init__(
        self,
        url: str,
        *,
        name: str = "",
        attribution: str = "",
        min_zoom: int = 0,
        max_zoom: int = 19,
        subdomains: str | Sequence[str] = "abc",
        style: dict[str, Any] | None = None,
        visible: bool = True,
        opacity: float = 1.0,
        cache_dir: str | os.PathLike[str] | None = None,
        proxy: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        max_parallel: int = DEFAULT_MAX_PARALLEL,
        cache_max_bytes: int = DEFAULT_CACHE_MAX_BYTES,
        max_age_days: float = DEFAULT_MAX_AGE_DAYS,
    ) -> None:
        url = validate_template(url)
        super().__init__(name=name or _host_name(url), source=url, style=style,
                         visible=visible, opacity=opacity)
        self.attribution = str(attribution or "")
        self.min_zoom = max(0, int(min_zoom))
        self.max_zoom = max(self.min_zoom, min(24, int(max_zoom)))
        self.subdomains = [str(s) for s in subdomains] if subdomains else []
        if "{s}" in url and not self.subdomains:
            raise ValueError(trf("the tile URL has {{s}} but no subdomains are given"))
        # network and cache settings belong to this computer, not to the project: not in get_state()
        self.proxy = proxy if proxy is not None else _default_proxy
        self.timeout = float(timeout)
        self.max_parallel = max(1, int(max_parallel))
        root = Path(cache_dir) if cache_dir is not None else cache_root() / template_key(url)
        self.cache = TileCache(root, max_bytes=cache_max_bytes, max_age_s=float(max_age_days) * 86400.0)
        #: ``dispatch(fn)`` runs ``fn`` on the thread that owns the layer (the GUI sets it); None: call at once
        self.dispatch: Callable[[Callable[[], None]], None] | None = None
        self.data_version = 0
        self._lock = threading.RLock()
        self._errors: dict[Tile, TileError] = {}
        self._inflight: dict[Tile, Future[bool]] = {}
        self._wanted: set[Tile] = set()
        self._view: list[Tile] = []  # the tiles of the last view asked for or drawn (for ``status``)
        self._batch_new = 0
        self._last_notify = 0.0
        self._client: Any = None
        self._executor: _DaemonPool | None = None
        self._offline_until = 0.0  # after a network failure, no request before this (time.monotonic())
        self._offline_reason = ""
        #: ``on_status(text)`` is called (through ``dispatch``) when a batch of downloads ends: the status bar
        self.on_status: Callable[[str], None] | None = None
        self.requests_made = 0  # HTTP requests sent (tests and the status bar's curiosity)

    # -- model ------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return str(self.source)

    @property
    def crs(self) -> str:
        return WEB_MERCATOR

    @property
    def extent(self) -> Extent | None:
        return None  # the whole world: "zoom to layer" and "zoom to full" ignore a basemap

    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state.update(attribution=self.attribution, min_zoom=self.min_zoom, max_zoom=self.max_zoom,
                     subdomains="".join(self.subdomains) if all(len(s) == 1 for s in self.subdomains)
                     else list(self.subdomains))
        return state

    def tile_url(self, tile: Tile) -> str:
        z, x, y = tile
        url = self.url.replace("{z}", str(z)).replace("{x}", str(x))
        url = url.replace("{-y}", str((1 << z) - 1 - y)).replace("{y}", str(y))
        if "{s}" in url:
            url = url.replace("{s}", self.subdomains[(x + y) % len(self.subdomains)])
        return url

    def view_tiles(self, extent: Extent, crs: str, size: tuple[int, int], dpi: float = 96.0) -> TilePlan | None:
        """The tiles that draw this view (same rule for the canvas, the background fetch and exports)."""
        return plan_view(extent, crs, size, dpi, min_zoom=self.min_zoom, max_zoom=self.max_zoom)

    # -- cached tiles (drawing) ------------------------------------------------------------------
    def cached_tile(self, tile: Tile) -> bytes | None:
        """The tile's bytes from the disk cache (fresh or stale), or None."""
        held = self.cache.read(tile)
        return None if held is None else held[0]

    def note_view(self, tiles: Iterable[Tile]) -> None:
        """Remember the tiles of the view being drawn (what ``status`` counts)."""
        with self._lock:
            self._view = list(tiles)

    def record_error(self, tile: Tile, kind: str, message: str, *, drop_cached: bool = False) -> None:
        """Note that ``tile`` failed (e.g. a cached file that does not decode: ``drop_cached`` removes it)."""
        with self._lock:
            now = time.monotonic()
            self._errors[tile] = TileError(kind, message, now)
            if kind == "network":
                self._offline_until = now + RETRY_AFTER_S
                self._offline_reason = message
        if drop_cached:
            self.cache.discard(tile)

    @property
    def errors(self) -> dict[Tile, TileError]:
        with self._lock:
            return dict(self._errors)

    def status_counts(self) -> dict[str, int]:
        """For the last view: ``wanted``, ``cached`` (on disk), ``loading``, ``offline`` (tiles that failed for
        want of a network), ``failed`` (HTTP errors and non-images)."""
        with self._lock:
            view = list(self._view)
            errs = {t: self._errors[t] for t in view if t in self._errors}
            loading = sum(1 for t in view if t in self._inflight)
        cached = sum(1 for t in view if self.cache.state(t) is not None)
        return {"wanted": len(view), "cached": cached, "loading": loading,
                "offline": sum(1 for e in errs.values() if e.kind == "network"),
                "failed": sum(1 for e in errs.values() if e.kind != "network")}

    def status(self) -> str:
        """One line for the user about the last view ("" when every tile is there and nothing failed)."""
        c = self.status_counts()
        n, m = c["cached"], c["wanted"]
        if c["offline"] or (m > n and time.monotonic() < self._offline_until):
            return trf("offline: showing cached tiles ({n} of {m})", n=n, m=m)
        if c["failed"]:
            with self._lock:
                last = max((e for t, e in self._errors.items() if t in set(self._view) and e.kind != "network"),
                           key=lambda e: e.when)
            return trf("{k} of {m} tiles could not be loaded ({reason})", k=c["failed"], m=m,
                                                                                reason=last.message)
        if c["loading"]:
            return trf("loading tiles ({n} of {m})", n=n, m=m)
        return ""

    # -- fetching -----------------------------------------------------------------------------------
    def _needs_fetch(self, tile: Tile, now: float) -> bool:
        if now < self._offline_until:
            return False
        err = self._errors.get(tile)
        if err is not None and now - err.when < RETRY_AFTER_S:
            return False
        return self.cache.state(tile) != "fresh"

    def fetch_view(self, extent: Extent, crs: str, size: tuple[int, int], dpi: float = 96.0) -> int:
        """Start fetching, in the background, the missing or stale tiles of this view; the number queued."""
        plan = self.view_tiles(extent, crs, size, dpi)
        return self.fetch_tiles(plan.tiles if plan is not None else [])

    def fetch_tiles(self, tiles: Sequence[Tile]) -> int:
        """Background fetch of those of ``tiles`` that are missing or stale. Tiles queued for an earlier view
        that are not in ``tiles`` are dropped before they start. ``events.data`` fires when new tiles are on
        disk. Returns the number of tiles queued."""
        tiles = list(tiles)
        now = time.monotonic()
        with self._lock:
            self._wanted = set(tiles)
            self._view = tiles
            todo = [t for t in tiles if t not in self._inflight and self._needs_fetch(t, now)]
            for t in todo:
                self._inflight[t] = self._pool().submit(self._background_one, t)
        return len(todo)

    def ensure_tiles(self, tiles: Sequence[Tile], timeout: float = 10.0) -> int:
        """Fetch the missing or stale ``tiles`` and wait for them at most ``timeout`` seconds (exports).
        Never raises; returns how many of ``tiles`` are then on disk."""
        tiles = list(tiles)
        now = time.monotonic()
        with self._lock:
            self._wanted |= set(tiles)
            self._view = tiles
            futures = []
            for t in tiles:
                fut = self._inflight.get(t)
                if fut is None and self._needs_fetch(t, now):
                    fut = self._inflight[t] = self._pool().submit(self._background_one, t)
                if fut is not None:
                    futures.append(fut)
        if futures:
            wait_futures(futures, timeout=max(0.0, float(timeout)))
        return sum(1 for t in tiles if self.cache.state(t) is not None)

    def ensure_view(self, extent: Extent, crs: str, size: tuple[int, int], dpi: float = 96.0,
                    timeout: float = 10.0) -> int:
        plan = self.view_tiles(extent, crs, size, dpi)
        return self.ensure_tiles(plan.tiles if plan is not None else [], timeout)

    def set_proxy(self, url: str | None) -> None:
        """Use the proxy ``url`` (None or "": none, the environment's) from the next request on."""
        with self._lock:
            self.proxy = url or None
            client, self._client = self._client, None
        if client is not None:
            client.close()

    def close(self) -> None:
        """Stop the downloads (queued ones are dropped) and close the HTTP connections."""
        with self._lock:
            self._wanted = set()
            pool, self._executor = self._executor, None
            client, self._client = self._client, None
        if pool is not None:
            pool.close()
        if client is not None:
            try:
                client.close()
            except Exception as exc:  # noqa: BLE001 - closing must not fail the caller
                log.debug("closing the tile HTTP client: %s", exc)

    def _pool(self) -> _DaemonPool:
        if self._executor is None:
            self._executor = _DaemonPool(self.max_parallel, "gisdesk-tiles")
        return self._executor

    def _http(self) -> Any:
        with self._lock:
            if self._client is None:
                import httpx

                self._client = httpx.Client(
                    timeout=httpx.Timeout(self.timeout), headers={"User-Agent": USER_AGENT},
                    follow_redirects=True, proxy=self.proxy or None, trust_env=self.proxy is None,
                    limits=httpx.Limits(max_connections=self.max_parallel,
                                        max_keepalive_connections=self.max_parallel))
            return self._client

    def _background_one(self, tile: Tile) -> bool:
        got = False
        try:
            with self._lock:
                still_wanted = tile in self._wanted
                offline = time.monotonic() < self._offline_until
            if still_wanted and offline:  # the server just failed us: do not wait on it for every tile
                self.record_error(tile, "network", self._offline_reason)
            elif still_wanted:
                got = self._download(tile)
        except Exception as exc:  # noqa: BLE001 - a worker records, it never raises
            log.warning("tile %s: %s", tile, exc)
            self.record_error(tile, "network", f"{type(exc).__name__}: {exc}")
        finally:
            with self._lock:
                self._inflight.pop(tile, None)
                if got:
                    self.data_version += 1
                    self._batch_new += 1
                last = not self._inflight
                now = time.monotonic()
                notify = self._batch_new > 0 and (last or now - self._last_notify >= NOTIFY_EVERY_S)
                if notify:
                    self._batch_new = 0
                    self._last_notify = now
            if notify:
                self._notify()
            if last and self.on_status is not None:
                self._call_on_owner(lambda: self.on_status(self.status()) if self.on_status else None)
        return got

    def _download(self, tile: Tile) -> bool:
        """One request; True when a new image is on disk. Failures are recorded, never raised."""
        import httpx

        url = self.tile_url(tile)
        with self._lock:
            self.requests_made += 1
        try:
            r = self._http().get(url)
        except httpx.TimeoutException:
            self.record_error(tile, "network", trf("the tile server did not answer in {s:g} s", s=self.timeout))
            return False
        except httpx.TransportError as exc:
            self.record_error(tile, "network", trf("the tile server cannot be reached ({e})", e=exc))
            return False
        except httpx.HTTPError as exc:
            self.record_error(tile, "http", str(exc))
            return False
        if r.status_code != 200:
            self.record_error(tile, "http", trf("the tile server answered HTTP {code}", code=r.status_code))
            return False
        data = r.content
        if not looks_like_image(data):
            self.record_error(tile, "image", tr("the tile server sent something that is not an image"))
            return False
        try:
            self.cache.write(tile, data)
        except OSError as exc:
            self.record_error(tile, "http", trf("the tile cannot be saved in the cache ({e})", e=exc))
            return False
        with self._lock:
            self._errors.pop(tile, None)
            self._offline_until = 0.0
        return True

    def _notify(self) -> None:
        self._call_on_owner(self.events.data.emit)

    def _call_on_owner(self, fn: Callable[[], Any]) -> None:
        dispatch = self.dispatch
        if dispatch is None:
            fn()
        else:
            dispatch(fn)


def _host_name(url: str) -> str:
    host = urlsplit(url).netloc.split("@")[-1].split(":")[0]
    return host.replace("{s}.", "").replace("{s}", "") or "tiles"


def tiles_from_state(state: dict[str, Any]) -> TileLayer:
    state = dict(state)
    state.pop("type", None)
    url = state.pop("source", None) or state.pop("url", None)
    allowed = {"name", "attribution", "min_zoom", "max_zoom", "subdomains", "style", "visible", "opacity"}
    return TileLayer(url, **{k: v for k, v in state.items() if k in allowed})
