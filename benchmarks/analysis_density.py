"""Hot spots and kernel density on 1,000,000 points around Huế, with QGIS's heatmap beside gisdesk's density.

    .venv/bin/python benchmarks/analysis_density.py [--n 1000000] [--repeat 3] [--no-qgis]

Data (made once, deterministic, cached in benchmarks/.cache/density/, which git ignores): N service-request
points in EPSG:9214 (VN-2000 / TM-3 107-00), 80% in 40 clusters of 300-1500 m spread around the centre of
Huế, 20% spread evenly over a 40 x 30 km area, in a GeoPackage with a spatial index.

Measured, in one run:

* gisdesk, in process (the layer read once; times of ``run_algorithm``, the first run apart because it imports
  esda/libpysal, scipy and rasterio):
  ``hotspots`` on a 500 m hexagon grid with 999 permutations, and ``kernel_density`` with a 500 m bandwidth
  and 50 m cells (quartic kernel; points per km², and raw values for the comparison with QGIS);
* QGIS's ``qgis:heatmapkerneldensityestimation`` (radius 500 m, pixel 50 m, quartic, raw values) on the same
  GeoPackage, through PyQGIS (Debian's /usr/bin/python3, QT_QPA_PLATFORM=offscreen; the algorithm alone,
  the layer opened beforehand) and as a whole ``qgis_process`` run; QGIS has no Getis-Ord Gi*;
* the whole ``gisdesk run kernel_density`` process from start to the written GeoTIFF, beside ``qgis_process``.

QGIS's raw heatmap and gisdesk's raw output are the same quantity (each point adds (1 - d²/r²)² within the
radius), on differently anchored 50 m grids. Each is checked against the exact sum at a sample of its own cell
centres (every point within the radius, found with a k-d tree), and gisdesk's is interpolated (bilinear) at
QGIS's cell centres and compared with QGIS's where that is at least 1% of its maximum. Times are the minimum
(median in brackets).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import common  # benchmarks/common.py (the script's own folder is on sys.path)

_env, _ratio, _s, _f = common.env, common.ratio, common.seconds, common.times

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache" / "density"
OUT = CACHE / "out"
QGIS_PYTHON = "/usr/bin/python3"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
CRS = "EPSG:9214"
CENTRE = (561_000.0, 1_818_000.0)  # central Huế in EPSG:9214
SEED = 20250706
RADIUS, PIXEL, HEX = 500.0, 50.0, 500.0


def points_path(n: int) -> Path:
    return CACHE / f"requests_{n}.gpkg"


def make_data(n: int) -> None:
    path = points_path(n)
    if path.exists():
        return
    import geopandas as gpd
    import numpy as np

    print(f"making {path} ...", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    cx, cy = CENTRE
    centres = np.column_stack([rng.normal(cx, 5000, 40), rng.normal(cy, 4000, 40)])
    spread = rng.uniform(300, 1500, 40)
    k = int(n * 0.8)
    which = rng.integers(0, 40, k)
    xy = np.concatenate([centres[which] + rng.normal(0, 1, (k, 2)) * spread[which, None],
                         np.column_stack([rng.uniform(cx - 20_000, cx + 20_000, n - k),
                                          rng.uniform(cy - 15_000, cy + 15_000, n - k)])])
    gdf = gpd.GeoDataFrame({"service_request_id": [f"HUE-{i:07d}" for i in range(n)]},
                           geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=CRS)
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    gdf.to_file(tmp, layer="requests", engine="pyogrio")
    tmp.replace(path)


def _timed(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return [min(times), statistics.median(times)], out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# -- workers (each in its own process, printing one JSON line) ------------------------------------------------
def worker_gisdesk(n: int, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    t = time.perf_counter()
    from gisdesk.analysis import Context, Feedback, run_algorithm
    from gisdesk.io.readers import open_path

    imports = time.perf_counter() - t
    t = time.perf_counter()
    points = open_path(points_path(n), layer="requests").layers[0]
    load = time.perf_counter() - t
    ctx = Context(crs=CRS)

    def hot():
        return run_algorithm("hotspots", {"points": points, "units": "hexagons", "cell_size": HEX,
                                          "permutations": 999}, ctx, Feedback())

    def kde(output="density"):
        return run_algorithm("kernel_density", {"points": points, "bandwidth": RADIUS, "cell_size": PIXEL,
                                                "kernel": "quartic", "scale": output}, ctx, Feedback())

    t = time.perf_counter()
    hot()
    hot_first = time.perf_counter() - t
    hot_t, h = _timed(hot, repeat)
    t = time.perf_counter()
    kde()
    kde_first = time.perf_counter() - t
    kde_t, k = _timed(kde, repeat)
    raw = kde("raw")
    classes = h.layer["hotspot_class"].value_counts().to_dict()
    return {"imports": imports, "load": load, "hot_first": hot_first, "hot": hot_t, "kde_first": kde_first,
            "kde": kde_t, "hot_summary": h.summary, "kde_summary": k.summary, "classes": classes,
            "cells": len(h.layer), "raw": raw.raster, "peak_mb": _peak_mb()}


def worker_qgis(n: int, repeat: int, out: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t = time.perf_counter()
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    setup = time.perf_counter() - t
    layer = QgsVectorLayer(f"{points_path(n)}|layername=requests", "requests", "ogr")
    assert layer.isValid(), "QGIS could not open the GeoPackage"
    alg = QgsApplication.processingRegistry().createAlgorithmById("qgis:heatmapkerneldensityestimation")
    params = {"INPUT": layer, "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "KERNEL": 0, "OUTPUT_VALUE": 0,
              "OUTPUT": out}
    times = []
    for _ in range(repeat):
        if os.path.exists(out):
            os.remove(out)
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        t = time.perf_counter()
        _res, ok = alg.run(params, context, feedback)
        times.append(time.perf_counter() - t)
        assert ok and os.path.exists(out), "qgis:heatmapkerneldensityestimation failed"
    result = {"algorithm": [min(times), statistics.median(times)], "setup": setup, "version": Qgis.QGIS_VERSION,
              "peak_mb": _peak_mb()}
    del layer, params, context
    qgs.exitQgis()
    return result


# -- driver ---------------------------------------------------------------------------------------------------
def _worker(python: str, args: list[str]) -> dict:
    proc = subprocess.run([python, str(Path(__file__)), *args], capture_output=True, text=True, cwd=ROOT,
                          env=_env(), timeout=7200, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args[:2]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _whole(cmd: list[str], output: Path, repeat: int) -> tuple[list[float], str] | str:
    times, text = [], ""
    for _ in range(repeat):
        if output.exists():
            output.unlink()
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=7200, check=False)
        times.append(time.perf_counter() - t)
        text = proc.stdout + proc.stderr
        if proc.returncode != 0 or not output.exists():
            lines = [ln for ln in text.strip().splitlines() if ln.strip()]
            return lines[-1] if lines else f"failed (exit code {proc.returncode})"
    return [min(times), statistics.median(times)], text


def compare(n: int, ours: str, theirs: str, sample: int = 2000) -> dict:
    """Both raw surfaces against the exact sum at their own cell centres (a random sample of cells holding at least
    1% of the maximum; the exact value sums (1 - d²/r²)² over every point within the radius, found with a k-d
    tree), and gisdesk's interpolated (bilinear) at QGIS's cell centres against QGIS's."""
    import numpy as np
    import pyogrio
    import rasterio
    import shapely
    from scipy.ndimage import map_coordinates
    from scipy.spatial import cKDTree

    geoms = pyogrio.read_dataframe(points_path(n), layer="requests", columns=[]).geometry.values
    px, py = shapely.get_x(geoms), shapely.get_y(geoms)
    tree = cKDTree(np.column_stack([px, py]))
    rng = np.random.default_rng(1)

    def exact_errors(path: str) -> tuple[float, float, float]:
        with rasterio.open(path) as ds:
            a = ds.read(1, masked=True).filled(np.nan).astype(np.float64)
            t = ds.transform
        rr, cc = np.nonzero(a >= 0.01 * np.nanmax(a))
        pick = rng.choice(len(rr), min(sample, len(rr)), replace=False)
        rr, cc = rr[pick], cc[pick]
        cx, cy = t.c + (cc + 0.5) * t.a, t.f + (rr + 0.5) * t.e
        exact = np.empty(len(rr))
        for i, near in enumerate(tree.query_ball_point(np.column_stack([cx, cy]), RADIUS)):
            d2 = (px[near] - cx[i]) ** 2 + (py[near] - cy[i]) ** 2
            exact[i] = ((1.0 - d2 / RADIUS**2) ** 2).sum()
        rel = np.abs(a[rr, cc] - exact) / exact
        return float(np.median(rel)), float(np.percentile(rel, 99)), float(rel.max())

    with rasterio.open(theirs) as q, rasterio.open(ours) as g:
        qa = q.read(1, masked=True).filled(np.nan).astype(np.float64)
        ga = g.read(1).astype(np.float64)
        qt, gt = q.transform, g.transform
    rows, cols = np.indices(qa.shape)
    gc = (qt.c + (cols + 0.5) * qt.a - gt.c) / gt.a - 0.5
    gr = (qt.f + (rows + 0.5) * qt.e - gt.f) / gt.e - 0.5
    gi = map_coordinates(ga, [gr.ravel(), gc.ravel()], order=1, mode="constant", cval=0.0).reshape(qa.shape)
    ok = np.isfinite(qa)
    top = float(np.nanmax(qa))
    big = ok & (qa >= 0.01 * top)
    rel = np.abs(gi[big] - qa[big]) / qa[big]
    return {"qgis_max": top, "gisdesk_max": float(ga.max()), "corr": float(np.corrcoef(gi[ok], qa[ok])[0, 1]),
            "median_rel": float(np.median(rel)), "p99_rel": float(np.percentile(rel, 99)),
            "qgis_shape": list(qa.shape), "gisdesk_exact": exact_errors(ours), "qgis_exact": exact_errors(theirs),
            "sample": sample}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-qgis", action="store_true")
    ap.add_argument("--worker", choices=["gisdesk", "qgis"], help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "gisdesk":
        print(json.dumps(worker_gisdesk(args.n, args.repeat)))
        return
    if args.worker == "qgis":
        print(json.dumps(worker_qgis(args.n, args.repeat, args.out)))
        return

    n = args.n
    make_data(n)
    OUT.mkdir(parents=True, exist_ok=True)
    src = f"{points_path(n)}|layername=requests"
    qgis = not args.no_qgis and Path(QGIS_PROCESS).exists() and subprocess.run(
        [QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, env=_env(), check=False).returncode == 0
    if not args.no_qgis and not qgis:
        print("QGIS is not installed (apt-get install -y qgis python3-qgis qgis-providers): gisdesk only.")
    print(f"{os.cpu_count()} CPU(s); {n:,} points; times: minimum of {args.repeat} (median in brackets)", flush=True)

    print("gisdesk in process ...", flush=True)
    g = _worker(sys.executable, ["--worker", "gisdesk", "--n", str(n), "--repeat", str(args.repeat)])
    print("whole gisdesk run kernel_density ...", flush=True)
    g_tif = OUT / "gisdesk_kde.tif"
    g_cli = _whole([sys.executable, "-m", "gisdesk", "run", "kernel_density", "--points", src, "--bandwidth",
                    str(RADIUS), "--cell-size", str(PIXEL), "-o", str(g_tif)], g_tif, max(1, args.repeat // 2 + 1))
    q = q_cli = cmp = None
    q_exec = None
    if qgis:
        print("QGIS in process ...", flush=True)
        q_tif = OUT / "qgis_heatmap.tif"
        q = _worker(QGIS_PYTHON, ["--worker", "qgis", "--n", str(n), "--repeat", str(args.repeat),
                                  "--out", str(q_tif)])
        cmp = compare(n, g["raw"], str(q_tif))
        print("whole qgis_process ...", flush=True)
        q_out = OUT / "qgis_process_heatmap.tif"
        q_cli = _whole([QGIS_PROCESS, "run", "qgis:heatmapkerneldensityestimation", "--", f"INPUT={src}",
                        f"RADIUS={RADIUS}", f"PIXEL_SIZE={PIXEL}", "KERNEL=0", "OUTPUT_VALUE=0", f"OUTPUT={q_out}"],
                       q_out, max(1, args.repeat // 2 + 1))
        if isinstance(q_cli, tuple):
            m = re.search(r"Execution completed in ([\d.]+) seconds", q_cli[1])
            q_exec = float(m.group(1)) if m else None
    print()
    report(n, g, g_cli, q, q_cli, q_exec, cmp)


def report(n, g, g_cli, q, q_cli, q_exec, cmp) -> None:
    if q:
        print(f"QGIS {q['version']}")
    w = 58
    print(f"{'':{w}} {'QGIS':>18} {'gisdesk':>18} {'ratio':>7}")
    g_whole = g_cli[0] if isinstance(g_cli, tuple) else g_cli
    q_whole = q_cli[0] if isinstance(q_cli, tuple) else q_cli
    rows = [
        (f"hot spots, {HEX:g} m hexagons, 999 permutations", None, g["hot"]),
        ("  first run (imports esda, libpysal)", None, [g["hot_first"], g["hot_first"]]),
        (f"kernel density, r {RADIUS:g} m, {PIXEL:g} m cells, quartic", q and q["algorithm"], g["kde"]),
        ("  first run (imports scipy.signal, rasterio)", None, [g["kde_first"], g["kde_first"]]),
        ("kernel density, whole process to the .tif", q_whole, g_whole),
    ]
    for label, qv, gv in rows:
        print(f"  {label:{w - 2}} {_f(qv):>18} {_f(gv):>18} {_ratio(gv, qv):>7}")
    if isinstance(g_cli, str):
        print(f"  (gisdesk run: {g_cli})")
    if isinstance(q_cli, str):
        print(f"  (qgis_process: {q_cli})")
    if q_exec is not None:
        print(f"  (qgis_process reports the algorithm itself took {q_exec:.2f} s)")
    print(f"\ngisdesk: imports {_s(g['imports'])}, reading the GeoPackage {_s(g['load'])}, peak memory "
          f"{g['peak_mb']:.0f} MB; {g['cells']:,} hexagon cells tested")
    if q:
        print(f"QGIS: start and processing registry {_s(q['setup'])}, peak memory {q['peak_mb']:.0f} MB")
    if cmp:
        print(f"raw surfaces, gisdesk (interpolated) vs QGIS on QGIS's {cmp['qgis_shape'][1]} x "
              f"{cmp['qgis_shape'][0]} grid: maxima {cmp['gisdesk_max']:.1f} / {cmp['qgis_max']:.1f}, correlation "
              f"{cmp['corr']:.5f}, relative difference where QGIS >= 1% of its max: median "
              f"{100 * cmp['median_rel']:.2f}%, 99th percentile {100 * cmp['p99_rel']:.2f}%")
        for name, key in (("gisdesk", "gisdesk_exact"), ("QGIS", "qgis_exact")):
            med, p99, worst = cmp[key]
            print(f"  {name:8} against the exact sum at {cmp['sample']:,} of its own cells: median error "
                  f"{100 * med:.2f}%, 99th percentile {100 * p99:.2f}%, worst {100 * worst:.1f}%")
    print("hot spots:", ", ".join(f"{k} {v:,}" for k, v in sorted(g["classes"].items())))
    for line in g["hot_summary"] + g["kde_summary"]:
        print(f"  {line}")


if __name__ == "__main__":
    main()
