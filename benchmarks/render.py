"""Rendering benchmark: gisdesk beside QGIS on the same files, the same picture, in one run.

    .venv/bin/python benchmarks/render.py [--sizes 100000 1000000] [--repeat 5] [--no-qgis]

Data (made once, deterministic, cached in benchmarks/.cache/render/): ~400 ward polygons (a Voronoi
tessellation of a 60 x 40 km area around Huế, EPSG:9214) and 100,000 / 1,000,000 service-request points
(EPSG:9214, clustered like a city, 8 categories) in GeoPackages with spatial indexes, plus a gisdesk
project per size that references them with the styles below.

The picture (both programs): a white 1600 x 1000 image at 96 dpi; wards without fill, outlined in dark grey
0.26 mm; requests as round markers of 3 px (0.79375 mm) without outline, categorized in 8 colours.

Measured, per size:

* full render (first): the first frame after loading (gisdesk: includes preparing/indexing the data);
* full re-render: the same frame again with the data in memory (gisdesk: layer images dropped, so every
  layer is really drawn again; QGIS: a new QgsMapRendererParallelJob, reading the GeoPackage again, and
  also from a QGIS memory layer);
* zoomed re-render: the centre of the map, 1/50 of the full extent's area (each side / sqrt(50));
* whole process: from process start to the PNG written (``gisdesk render PROJECT -o OUT.png`` against a
  QGIS script that loads the two files, renders once and saves the PNG);
* peak memory (max RSS) of the measuring process with the data loaded and drawn;
* the GUI on the sample project: from process start to the main window on screen, to the first map frame
  with a layer, and to the frame with every layer (the layers are read in parallel and drawn as they come).

gisdesk runs with Python's bytecode cache (as installed; ``PYTHONDONTWRITEBYTECODE`` is dropped for the
measured processes).

QGIS runs with Debian's /usr/bin/python3 (python3-qgis), QT_QPA_PLATFORM=offscreen, QgsMapRendererParallelJob.
Times are the minimum (and median) of ``--repeat`` runs. The rendered PNGs are kept in the cache folder.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import common  # benchmarks/common.py (the script's own folder is on sys.path)

_compile_bytecode, _env, _ratio, _s, _fmt_t = common.compile_bytecode, common.env, common.ratio, common.seconds, common.times

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache" / "render"
OUT = CACHE / "out"
QGIS_PYTHON = "/usr/bin/python3"

MAP_CRS = "EPSG:9214"
AREA = (535000.0, 1790000.0, 595000.0, 1830000.0)  # 60 x 40 km around Huế, EPSG:9214
SIZE = (1600, 1000)
DPI = 96.0
MARKER_MM = 3 * 25.4 / DPI  # 3 px
WARD_OUTLINE_MM = 0.26
CATEGORIES = ["VSMT", "CSCC", "GTDB", "CXDT", "NGAP", "TTDT", "TIENGON", "CAPNUOC"]
COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
           (227, 119, 194), (23, 190, 207)]
SEED = 20250701


# ------------------------------------------------------------------------------------------------
# the frame
# ------------------------------------------------------------------------------------------------
def full_extent() -> tuple[float, float, float, float]:
    """AREA grown to the image's aspect ratio (both programs get exactly this extent)."""
    minx, miny, maxx, maxy = AREA
    res = max((maxx - minx) / SIZE[0], (maxy - miny) / SIZE[1])
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return (cx - res * SIZE[0] / 2, cy - res * SIZE[1] / 2, cx + res * SIZE[0] / 2, cy + res * SIZE[1] / 2)


def zoom_extent() -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = full_extent()
    k = 1 / math.sqrt(50)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    hw, hh = (maxx - minx) * k / 2, (maxy - miny) * k / 2
    return (cx - hw, cy - hh, cx + hw, cy + hh)


# ------------------------------------------------------------------------------------------------
# data (gisdesk's virtualenv)
# ------------------------------------------------------------------------------------------------
def wards_path() -> Path:
    return CACHE / "wards.gpkg"


def points_path(n: int) -> Path:
    return CACHE / f"requests_{n}.gpkg"


def project_path(n: int) -> Path:
    return CACHE / f"bench_{n}.gisdesk"


def make_data(sizes: list[int]) -> None:
    import geopandas as gpd
    import numpy as np
    import shapely

    CACHE.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    minx, miny, maxx, maxy = AREA
    centres = np.column_stack([rng.uniform(minx, maxx, 400), rng.uniform(miny, maxy, 400)])
    if not wards_path().exists():
        print(f"making {wards_path()} ...", flush=True)
        cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(centres)))
        cells = shapely.intersection(cells, shapely.box(*AREA))
        cells = cells[~shapely.is_empty(cells)]
        # densify the outlines a little, as real boundaries have many vertices
        cells = shapely.segmentize(cells, 250.0)
        gdf = gpd.GeoDataFrame({"code": [f"W{i:03d}" for i in range(len(cells))]}, geometry=cells, crs=MAP_CRS)
        _write(gdf, wards_path(), "wards")
    for n in sizes:
        path = points_path(n)
        if not path.exists():
            print(f"making {path} ...", flush=True)
            r = np.random.default_rng(SEED + n)
            clustered = int(n * 0.7)
            hubs = centres[r.integers(0, 40, clustered)]
            xy = np.concatenate([hubs + r.normal(0, 1500, (clustered, 2)),
                                 np.column_stack([r.uniform(minx, maxx, n - clustered),
                                                  r.uniform(miny, maxy, n - clustered)])])
            xy[:, 0] = np.clip(xy[:, 0], minx, maxx)
            xy[:, 1] = np.clip(xy[:, 1], miny, maxy)
            p = np.array([0.28, 0.16, 0.14, 0.12, 0.1, 0.09, 0.06, 0.05])
            cat = np.array(CATEGORIES, dtype=object)[r.choice(8, n, p=p)]
            gdf = gpd.GeoDataFrame({
                "service_request_id": [f"HUE-{i:07d}" for i in range(n)],
                "category": cat,
                "status": np.where(r.random(n) < 0.05, "open", "closed"),
            }, geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=MAP_CRS)
            _write(gdf, path, "requests")
        _write_project(n)


def _write(gdf, path: Path, layer: str) -> None:
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    gdf.to_file(tmp, layer=layer, engine="pyogrio")
    tmp.replace(path)


def _write_project(n: int) -> None:
    cats = [{"value": c, "label": c, "symbol": {"kind": "single", "fill": [*col, 255], "stroke": [0, 0, 0, 0],
                                                "stroke_width": 0.0, "size": MARKER_MM}}
            for c, col in zip(CATEGORIES, COLOURS, strict=True)]
    project = {
        "format": "gisdesk-project", "version": 1, "name": f"benchmark {n}", "crs": MAP_CRS,
        "layers": [
            {"type": "vector", "name": "wards", "source": wards_path().name, "source_layer": "wards",
             "visible": True, "opacity": 1.0, "read_options": {},
             "style": {"kind": "single", "fill": [0, 0, 0, 0], "stroke": [60, 60, 60, 255],
                       "stroke_width": WARD_OUTLINE_MM, "size": 2}},
            {"type": "vector", "name": "requests", "source": points_path(n).name, "source_layer": "requests",
             "visible": True, "opacity": 1.0, "read_options": {},
             "style": {"kind": "categorized", "column": "category", "categories": cats, "other": None}},
        ],
    }
    project_path(n).write_text(json.dumps(project, indent=1), encoding="utf-8")


# ------------------------------------------------------------------------------------------------
# workers (each runs in its own process and prints one JSON line)
# ------------------------------------------------------------------------------------------------
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def worker_gisdesk(n: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    t = time.perf_counter()
    from PySide6.QtGui import QGuiApplication

    import gisdesk.io  # noqa: F401 - registers the readers
    from gisdesk.core.project import Project
    from gisdesk.render import MapSettings, RenderCache, render_image

    app = QGuiApplication.instance() or QGuiApplication([])
    imports = time.perf_counter() - t
    t = time.perf_counter()
    project = Project.load(project_path(n))
    load = time.perf_counter() - t
    layers = list(project.layers)
    full = MapSettings(full_extent(), SIZE, MAP_CRS, dpi=DPI)
    zoom = MapSettings(zoom_extent(), SIZE, MAP_CRS, dpi=DPI)
    cache = RenderCache()
    t = time.perf_counter()
    img = render_image(full, layers, cache=cache)
    first = time.perf_counter() - t
    img.save(str(OUT / f"gisdesk_full_{n}.png"))

    def again(settings):
        cache.clear_images()
        return render_image(settings, layers, cache=cache)

    rerender = _timed(lambda: again(full), repeat)
    t = time.perf_counter()
    img = again(zoom)
    zoom_first = time.perf_counter() - t
    img.save(str(OUT / f"gisdesk_zoom_{n}.png"))
    zoom_again = _timed(lambda: again(zoom), repeat)
    cached = _timed(lambda: render_image(full, layers, cache=cache), repeat)  # unchanged layers: blits
    del app
    return {"imports": imports, "load": load, "first": first, "rerender": rerender, "zoom_first": zoom_first,
            "zoom": zoom_again, "cached_frame": cached, "peak_mb": _peak_mb()}


def _qgis_setup(n: int):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsRectangle,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()
    wards = QgsVectorLayer(f"{wards_path()}|layername=wards", "wards", "ogr")
    points = QgsVectorLayer(f"{points_path(n)}|layername=requests", "requests", "ogr")
    assert wards.isValid() and points.isValid(), "QGIS could not open the GeoPackages"
    outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "60,60,60,255",
                                          "outline_width": str(WARD_OUTLINE_MM), "outline_width_unit": "MM"})
    wards.setRenderer(QgsSingleSymbolRenderer(outline))
    cats = []
    for value, colour in zip(CATEGORIES, COLOURS, strict=True):
        sym = QgsMarkerSymbol.createSimple({"name": "circle", "size": f"{MARKER_MM:.5f}", "size_unit": "MM",
                                            "color": ",".join(map(str, colour)) + ",255", "outline_style": "no"})
        cats.append(QgsRendererCategory(value, sym, value))
    points.setRenderer(QgsCategorizedSymbolRenderer("category", cats))

    def settings(extent, layers):
        ms = QgsMapSettings()
        ms.setLayers(layers)  # top first
        ms.setDestinationCrs(QgsCoordinateReferenceSystem(MAP_CRS))
        ms.setOutputSize(QSize(*SIZE))
        ms.setOutputDpi(DPI)
        ms.setBackgroundColor(QColor(255, 255, 255))
        ms.setFlag(QgsMapSettings.Antialiasing, True)
        ms.setExtent(QgsRectangle(*extent))
        return ms

    return qgs, wards, points, settings


def _qgis_render(ms):
    from qgis.core import QgsMapRendererParallelJob

    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def worker_qgis(n: int, repeat: int) -> dict:
    t = time.perf_counter()
    qgs, wards, points, settings = _qgis_setup(n)
    setup = time.perf_counter() - t
    result = _measure_qgis(n, repeat, wards, points, settings)
    result["setup"] = setup
    del wards, points  # layers must go before exitQgis() (the measurement's own references went with it)
    qgs.exitQgis()
    return result


def _measure_qgis(n: int, repeat: int, wards, points, settings) -> dict:
    from qgis.core import QgsFeatureRequest

    full = settings(full_extent(), [points, wards])
    zoom = settings(zoom_extent(), [points, wards])
    t = time.perf_counter()
    img = _qgis_render(full)
    first = time.perf_counter() - t
    img.save(str(OUT / f"qgis_full_{n}.png"))
    rerender = _timed(lambda: _qgis_render(full), repeat)
    t = time.perf_counter()
    img = _qgis_render(zoom)
    zoom_first = time.perf_counter() - t
    img.save(str(OUT / f"qgis_zoom_{n}.png"))
    zoom_again = _timed(lambda: _qgis_render(zoom), repeat)
    # the same from a memory layer (data in memory, as gisdesk holds it)
    t = time.perf_counter()
    mem = points.materialize(QgsFeatureRequest())
    mem.setRenderer(points.renderer().clone())
    materialize = time.perf_counter() - t
    mem_full = settings(full_extent(), [mem, wards])
    mem_rerender = _timed(lambda: _qgis_render(mem_full), repeat)
    mem_zoom = _timed(lambda: _qgis_render(settings(zoom_extent(), [mem, wards])), repeat)
    return {"first": first, "rerender": rerender, "zoom_first": zoom_first, "zoom": zoom_again,
            "materialize": materialize, "mem_rerender": mem_rerender, "mem_zoom": mem_zoom, "peak_mb": _peak_mb()}


def worker_qgis_cli(n: int) -> None:
    """The QGIS counterpart of ``gisdesk render PROJECT -o OUT.png``: start, open both files, draw, save."""
    qgs, wards, points, settings = _qgis_setup(n)
    img = _qgis_render(settings(full_extent(), [points, wards]))
    img.save(str(OUT / f"qgis_cli_{n}.png"))
    del img, points, wards
    qgs.exitQgis()


# ------------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------------
def _worker(python: str, kind: str, n: int, repeat: int, env: dict | None = None) -> dict:
    proc = subprocess.run([python, str(Path(__file__)), "--worker", kind, "--n", str(n), "--repeat", str(repeat)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=3600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _whole_process(cmd: list[str], repeat: int, env: dict | None = None) -> tuple[float, float, float]:
    """(min, median wall seconds, max RSS MB) of a command, from process start to exit."""
    times, rss = [], 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=3600, check=False)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0:
            raise RuntimeError(f"{cmd} failed:\n{proc.stderr[-3000:]}")
        rss = max(rss, float(proc.stderr.strip().splitlines()[-1]) / 1024.0)
    return min(times), statistics.median(times), rss


def _gui_first_frames(repeat: int) -> dict[str, tuple[float, float]]:
    """The GUI on the sample project, from process start: (min, median) seconds to the window on screen, to
    the first map frame with a layer, and to the frame with every layer (``gui_start.start_once``)."""
    import gui_start  # benchmarks/gui_start.py

    runs = [gui_start.start_once(ROOT) for _ in range(repeat)]
    marks = {k: [r[k] for r in runs if k in r] for k in gui_start.MARKS}
    return {k: (min(v), statistics.median(v)) for k, v in marks.items() if v}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-qgis", action="store_true", help="measure gisdesk only")
    ap.add_argument("--worker", choices=["gisdesk", "qgis", "qgis-cli"], help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "gisdesk":
        print(json.dumps(worker_gisdesk(args.n, args.repeat)))
        return
    if args.worker == "qgis":
        print(json.dumps(worker_qgis(args.n, args.repeat)))
        return
    if args.worker == "qgis-cli":
        worker_qgis_cli(args.n)
        print("{}")
        return

    make_data(args.sizes)
    OUT.mkdir(parents=True, exist_ok=True)
    _compile_bytecode()
    qgis = not args.no_qgis
    if qgis and not (Path(QGIS_PYTHON).exists() and subprocess.run(
            [QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, env=_env(), check=False).returncode == 0):
        print("QGIS (python3-qgis for /usr/bin/python3) is not installed: measuring gisdesk only.\n"
              "  apt-get install -y qgis python3-qgis qgis-providers", flush=True)
        qgis = False
    if qgis:
        version = subprocess.run([QGIS_PYTHON, "-c", "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)"],
                                 capture_output=True, text=True, env=_env(), check=False).stdout.strip()
        print(f"QGIS {version}", flush=True)
    print(f"{os.cpu_count()} CPU(s); times: minimum of {args.repeat} (median in brackets)\n", flush=True)
    py = sys.executable
    rows = []
    for n in args.sizes:
        print(f"measuring {n:,} points ...", flush=True)
        g = _worker(py, "gisdesk", n, args.repeat, _env())
        g_cli = _whole_process([py, "-m", "gisdesk", "render", str(project_path(n)), "-o",
                                str(OUT / f"gisdesk_cli_{n}.png")], max(1, args.repeat // 2 + 1), _env())
        q = q_cli = None
        if qgis:
            q = _worker(QGIS_PYTHON, "qgis", n, args.repeat, _env())
            q_cli = _whole_process([QGIS_PYTHON, str(Path(__file__)), "--worker", "qgis-cli", "--n", str(n)],
                                   max(1, args.repeat // 2 + 1), _env())
        rows.append((n, g, g_cli, q, q_cli))
    sample = _whole_process([py, "-m", "gisdesk", "render", str(ROOT / "sample_data" / "hue_sample.gisdesk"), "-o",
                             str(OUT / "sample.png")], 3, _env())
    gui = _gui_first_frames(max(3, args.repeat))
    print()
    _report(rows, sample, gui)


def _report(rows, sample, gui) -> None:
    w = 36
    print(f"{'':{w}} {'QGIS':>20} {'gisdesk':>20} {'gisdesk/QGIS':>14}   goal")
    for n, g, g_cli, q, q_cli in rows:
        q = q or {}
        print(f"{n:,} points")
        lines = [
            ("full render, first frame", q.get("first"), g["first"], ""),
            ("full re-render, data in memory", q.get("rerender"), g["rerender"], "<= 1/10 of QGIS (1M)"),
            ("  QGIS from a memory layer", q.get("mem_rerender"), None, ""),
            ("zoomed 1/50 render, first", q.get("zoom_first"), g["zoom_first"], ""),
            ("zoomed 1/50 re-render", q.get("zoom"), g["zoom"], "< 35 ms"),
            ("  QGIS from a memory layer", q.get("mem_zoom"), None, ""),
            ("unchanged frame (cached images)", None, g["cached_frame"], ""),
            ("whole process to PNG", q_cli[:2] if q_cli else None, g_cli[:2], "<= 1/3 of QGIS"),
        ]
        for label, qv, gv, goal in lines:
            print(f"  {label:{w - 2}} {_fmt_t(qv):>20} {_fmt_t(gv):>20} {_ratio(gv, qv):>14}   {goal}")
        qpeak = f"{q['peak_mb']:.0f} MB" if q else "-"
        print(f"  {'peak memory, loaded and drawn':{w - 2}} {qpeak:>20} {g['peak_mb']:>17.0f} MB {'':>14}   "
              "< 500 MB (1M)")
        qcli = f"{q_cli[2]:.0f} MB" if q_cli else "-"
        print(f"  {'peak memory, whole process':{w - 2}} {qcli:>20} {g_cli[2]:>17.0f} MB")
        print(f"  {'gisdesk: imports / project load':{w - 2}} {'':>20} {_s(g['imports']) + ' / ' + _s(g['load']):>20}")
    print(f"\nsample project (every layer, 50,000 requests), whole process to PNG: {_fmt_t(sample[:2])}, "
          f"{sample[2]:.0f} MB")
    print("sample project in the GUI, from process start (goal: first frame < 1.5 s):")
    for key, label in (("window", "main window on screen"), ("first", "first map frame with a layer"),
                       ("all", "frame with every layer")):
        if key in gui:
            print(f"  {label:{w - 2}} {'':>20} {_fmt_t(gui[key]):>20}")
    print(f"images: {OUT}")


if __name__ == "__main__":
    if shutil.which("time") is None and not Path("/usr/bin/time").exists():  # pragma: no cover
        sys.exit("needs /usr/bin/time (apt-get install time)")
    main()
