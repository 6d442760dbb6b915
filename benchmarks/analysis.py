"""Analysis benchmark: counting 1,000,000 points in ~400 polygons, gisdesk beside QGIS on the same GeoPackages.

    .venv/bin/python benchmarks/analysis.py [--n 1000000] [--repeat 5] [--no-qgis]

Data (made once, deterministic, cached in benchmarks/.cache/analysis/, which git ignores): ~400 ward polygons
(a Voronoi tessellation of a 60 x 40 km area around Huế, EPSG:9214, outlines densified to 250 m, with a
population column) and N service-request points (EPSG:9214, 70% clustered around 40 centres, 8 categories,
open/closed), in GeoPackages with spatial indexes. No point lies exactly on a ward boundary: QGIS counts a point
when the polygon *contains* it, gisdesk when it *intersects* it (a point on a border counts in both wards), and
the two must agree here.

Measured, in one run:

* gisdesk, in process (the layers read once): ``count_points_in_polygons`` through ``run_algorithm`` (the
  points' arrays, the point-in-polygon step, the output table, the natural-breaks style), plain and with the
  category, status and population options; the point-in-polygon step alone (``overlay.locate_points``);
* the same count done the usual ways in Python: geopandas ``sjoin`` + ``groupby`` and a shapely ``STRtree``
  query + ``bincount`` (the points built as shapely geometries beforehand, not timed);
* QGIS's ``native:countpointsinpolygon`` through PyQGIS (Debian's /usr/bin/python3, QT_QPA_PLATFORM=offscreen),
  the algorithm alone, the layers opened beforehand, output to a memory layer;
* whole processes, from start to the written GeoPackage: ``gisdesk run count_points_in_polygons --points P
  --polygons Q -o OUT.gpkg`` against ``/usr/bin/qgis_process.bin run native:countpointsinpolygon``.

The counts of every method are checked against QGIS's. Times are the minimum (median in brackets) of
``--repeat`` runs (whole processes and the slow Python ways: of fewer). gisdesk runs with Python's bytecode
cache, as installed (``PYTHONDONTWRITEBYTECODE`` is dropped for the measured processes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import common  # benchmarks/common.py (the script's own folder is on sys.path)

_compile_bytecode, _env, _ratio = common.compile_bytecode, common.env, common.ratio
_s, _fmt = common.seconds, common.times

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache" / "analysis"
OUT = CACHE / "out"
QGIS_PYTHON = "/usr/bin/python3"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
ALG = "count_points_in_polygons"

CRS = "EPSG:9214"
AREA = (535000.0, 1790000.0, 595000.0, 1830000.0)  # 60 x 40 km around Huế, EPSG:9214
N_WARDS = 400
CATEGORIES = ["VSMT", "CSCC", "GTDB", "CXDT", "NGAP", "TTDT", "TIENGON", "CAPNUOC"]
SEED = 20250705


# ------------------------------------------------------------------------------------------------
# data (gisdesk's virtualenv)
# ------------------------------------------------------------------------------------------------
def wards_path() -> Path:
    return CACHE / "wards.gpkg"


def points_path(n: int) -> Path:
    return CACHE / f"requests_{n}.gpkg"


def make_data(n: int) -> None:
    import geopandas as gpd
    import numpy as np
    import shapely

    CACHE.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    minx, miny, maxx, maxy = AREA
    centres = np.column_stack([rng.uniform(minx, maxx, N_WARDS), rng.uniform(miny, maxy, N_WARDS)])
    if not wards_path().exists():
        print(f"making {wards_path()} ...", flush=True)
        cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(centres)))
        cells = shapely.intersection(cells, shapely.box(*AREA))
        cells = shapely.segmentize(cells[~shapely.is_empty(cells)], 250.0)
        gdf = gpd.GeoDataFrame({"code": [f"W{i:03d}" for i in range(len(cells))],
                                "population": rng.integers(2_000, 60_000, len(cells)).astype(np.int64)},
                               geometry=cells, crs=CRS)
        _write(gdf, wards_path(), "wards")
    path = points_path(n)
    if not path.exists():
        print(f"making {path} ...", flush=True)
        r = np.random.default_rng(SEED + n)
        clustered = int(n * 0.7)
        xy = np.concatenate([centres[r.integers(0, 40, clustered)] + r.normal(0, 1500, (clustered, 2)),
                             np.column_stack([r.uniform(minx, maxx, n - clustered),
                                              r.uniform(miny, maxy, n - clustered)])])
        out = ~((xy[:, 0] > minx) & (xy[:, 0] < maxx) & (xy[:, 1] > miny) & (xy[:, 1] < maxy))
        # outside the area: drawn again inside it (not clipped, which would put them on the outer boundary)
        xy[out] = np.column_stack([r.uniform(minx, maxx, out.sum()), r.uniform(miny, maxy, out.sum())])
        wards = gpd.read_file(wards_path(), engine="pyogrio")
        pts = shapely.points(xy)
        on_border = shapely.STRtree(shapely.boundary(wards.geometry.values)).query(pts, predicate="intersects")[0]
        if len(on_border):  # (astronomically unlikely with random floats) nudge them off the border
            xy[on_border] += 0.01
        p = np.array([0.28, 0.16, 0.14, 0.12, 0.1, 0.09, 0.06, 0.05])
        gdf = gpd.GeoDataFrame({
            "service_request_id": [f"HUE-{i:07d}" for i in range(n)],
            "category": np.array(CATEGORIES, dtype=object)[r.choice(8, n, p=p)],
            "status": np.where(r.random(n) < 0.05, "open", "closed"),
        }, geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=CRS)
        _write(gdf, path, "requests")


def _write(gdf, path: Path, layer: str) -> None:
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    gdf.to_file(tmp, layer=layer, engine="pyogrio")  # GPKG: with a spatial index
    tmp.replace(path)


# ------------------------------------------------------------------------------------------------
# workers (each runs in its own process and prints one JSON line)
# ------------------------------------------------------------------------------------------------
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _timed(fn, repeat: int) -> tuple[list[float], object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return [min(times), statistics.median(times)], out


def worker_gisdesk(n: int, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    import numpy as np

    t = time.perf_counter()
    from gisdesk.analysis import Context, Feedback, run_algorithm
    from gisdesk.analysis.overlay import locate_points
    from gisdesk.io.readers import open_path

    imports = time.perf_counter() - t
    t = time.perf_counter()
    points = open_path(points_path(n), layer="requests").layers[0]
    wards = open_path(wards_path(), layer="wards").layers[0]
    load = time.perf_counter() - t

    def count(**extra):
        return run_algorithm(ALG, {"points": points, "polygons": wards, **extra}, Context(), Feedback())

    t = time.perf_counter()
    first = count()  # the first run imports what the count needs (scipy.ndimage, mapclassify)
    first_run = time.perf_counter() - t
    plain, res = _timed(count, repeat)
    full, res_full = _timed(lambda: count(category="category", status="status", population="population"), repeat)
    counts = res.layer["count"].tolist()
    assert res_full.layer["count"].tolist() == counts == first.layer["count"].tolist()
    cat_cols = [c for c in res_full.layer.columns if c.startswith("n_") and not c.startswith("n_status_")]
    assert (res_full.layer[cat_cols].sum(axis=1) == res_full.layer["count"]).all()

    x, y = points.points.x, points.points.y
    geoms = np.asarray(wards.geometry.values, dtype=object)
    locate, loc = _timed(lambda: locate_points(x, y, geoms), repeat)
    assert loc.counts(len(geoms)).tolist() == counts

    # the usual ways in Python, on shapely points built beforehand
    import geopandas as gpd
    import shapely

    pts_geoms = shapely.points(x, y)
    pts_gdf = gpd.GeoDataFrame(geometry=pts_geoms, crs=points.crs)
    polys_gdf = gpd.GeoDataFrame(geometry=wards.geometry.values, crs=wards.crs)
    slow = max(1, min(repeat, 3))

    def sjoin():
        j = gpd.sjoin(pts_gdf, polys_gdf, predicate="intersects", how="inner")
        return j.groupby("index_right").size().reindex(range(len(polys_gdf)), fill_value=0).tolist()

    sj, sj_counts = _timed(sjoin, slow)
    def strtree():
        tree = shapely.STRtree(geoms)
        _, gi = tree.query(pts_geoms, predicate="intersects")
        return np.bincount(gi, minlength=len(geoms)).tolist()

    st, st_counts = _timed(strtree, slow)
    return {"imports": imports, "load": load, "first_run": first_run, "plain": plain, "full": full,
            "locate": locate, "sjoin": sj, "strtree": st, "counts": counts, "codes": res.layer["code"].tolist(),
            "sjoin_agrees": sj_counts == counts, "strtree_agrees": st_counts == counts,
            "exact_tests": loc.stats["exact_tests"], "grid": loc.stats["grid"], "columns": len(res_full.layer.columns),
            "summary": res_full.summary, "peak_mb": _peak_mb()}


def _qgis_start():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.analysis import QgsNativeAlgorithms
    from qgis.core import QgsApplication

    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    return qgs


def worker_qgis(n: int, repeat: int) -> dict:
    t = time.perf_counter()
    qgs = _qgis_start()
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    setup = time.perf_counter() - t
    wards = QgsVectorLayer(f"{wards_path()}|layername=wards", "wards", "ogr")
    points = QgsVectorLayer(f"{points_path(n)}|layername=requests", "requests", "ogr")
    assert wards.isValid() and points.isValid(), "QGIS could not open the GeoPackages"
    alg = QgsApplication.processingRegistry().createAlgorithmById("native:countpointsinpolygon")
    params = {"POLYGONS": wards, "POINTS": points, "FIELD": "NUMPOINTS", "OUTPUT": "TEMPORARY_OUTPUT"}
    times = []
    layer = None
    for _ in range(repeat):
        layer = None  # the previous output goes before the next run
        context = QgsProcessingContext()
        feedback = QgsProcessingFeedback()
        t = time.perf_counter()
        res, ok = alg.run(params, context, feedback)
        layer = context.takeResultLayer(res["OUTPUT"])
        times.append(time.perf_counter() - t)
        assert ok and layer is not None, "native:countpointsinpolygon failed"
    feats = sorted((f["code"], int(f["NUMPOINTS"])) for f in layer.getFeatures())
    out = {"algorithm": [min(times), statistics.median(times)], "setup": setup, "codes": [c for c, _ in feats],
           "counts": [k for _, k in feats], "version": Qgis.QGIS_VERSION, "peak_mb": _peak_mb()}
    del layer, context, wards, points, params  # layers must go before exitQgis()
    qgs.exitQgis()
    return out


# ------------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------------
def _worker(python: str, kind: str, n: int, repeat: int, env: dict | None = None) -> dict:
    proc = subprocess.run([python, str(Path(__file__)), "--worker", kind, "--n", str(n), "--repeat", str(repeat)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=3600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _whole_process(cmd: list[str], repeat: int, output: Path, env: dict | None = None
                   ) -> tuple[float, float, float] | str:
    """(min, median wall seconds, max RSS MB) of a command from start to exit, or the reason it failed."""
    times, rss = [], 0.0
    for _ in range(repeat):
        if output.exists():
            output.unlink()
        t = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=3600, check=False)
        times.append(time.perf_counter() - t)
        lines = proc.stderr.strip().splitlines()
        if proc.returncode != 0 or not output.exists():
            why = [ln for ln in lines[:-1] if ln.strip() and not ln.startswith("Command exited")]
            return why[-1] if why else f"failed (exit code {proc.returncode})"
        rss = max(rss, float(lines[-1]) / 1024.0)
    return min(times), statistics.median(times), rss


def _gpkg_counts(path: Path, column: str) -> list[int] | None:
    import pyogrio

    try:
        df = pyogrio.read_dataframe(path, read_geometry=False)
    except Exception:  # noqa: BLE001 - a missing or unreadable output is reported as such
        return None
    if column not in df.columns:
        return None
    return [int(v) for _, v in sorted(zip(df["code"], df[column], strict=True))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="number of points (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-qgis", action="store_true", help="measure gisdesk only")
    ap.add_argument("--worker", choices=["gisdesk", "qgis"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "gisdesk":
        print(json.dumps(worker_gisdesk(args.n, args.repeat)))
        return
    if args.worker == "qgis":
        print(json.dumps(worker_qgis(args.n, args.repeat)))
        return

    n = args.n
    make_data(n)
    OUT.mkdir(parents=True, exist_ok=True)
    _compile_bytecode()
    qgis = not args.no_qgis
    if qgis and not (Path(QGIS_PYTHON).exists() and Path(QGIS_PROCESS).exists() and subprocess.run(
            [QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, env=_env(), check=False).returncode == 0):
        print("QGIS (qgis_process and python3-qgis for /usr/bin/python3) is not installed: measuring gisdesk only.\n"
              "  apt-get install -y qgis python3-qgis qgis-providers", flush=True)
        qgis = False
    print(f"{os.cpu_count()} CPU(s); times: minimum of {args.repeat} (median in brackets)", flush=True)
    whole_repeat = max(1, args.repeat // 2 + 1)
    points_src = f"{points_path(n)}|layername=requests"
    wards_src = f"{wards_path()}|layername=wards"

    print("measuring gisdesk in process ...", flush=True)
    g = _worker(sys.executable, "gisdesk", n, args.repeat, _env())
    print("measuring the whole gisdesk process ...", flush=True)
    g_out = OUT / "gisdesk_count.gpkg"
    g_cli = _whole_process([sys.executable, "-m", "gisdesk", "run", ALG, "--points", points_src, "--polygons",
                            wards_src, "-o", str(g_out)], whole_repeat, g_out, _env())
    g_cli_counts = _gpkg_counts(g_out, "count") if not isinstance(g_cli, str) else None
    q = q_cli = q_cli_counts = None
    if qgis:
        print("measuring QGIS ...", flush=True)
        q = _worker(QGIS_PYTHON, "qgis", n, args.repeat, _env())
        print("measuring the whole qgis_process ...", flush=True)
        q_out = OUT / "qgis_count.gpkg"
        q_cli = _whole_process([QGIS_PROCESS, "run", "native:countpointsinpolygon", "--",
                                f"POLYGONS={wards_src}", f"POINTS={points_src}", "FIELD=NUMPOINTS",
                                f"OUTPUT={q_out}"], whole_repeat, q_out, _env())
        q_cli_counts = _gpkg_counts(q_out, "NUMPOINTS") if not isinstance(q_cli, str) else None
    print()
    _report(n, g, g_cli, g_cli_counts, q, q_cli, q_cli_counts)


def _report(n, g, g_cli, g_cli_counts, q, q_cli, q_cli_counts) -> None:
    w = 44
    if q:
        print(f"QGIS {q['version']}")
    print(f"{n:,} points, {len(g['counts'])} polygons (EPSG:9214)\n")
    print(f"{'':{w}} {'QGIS':>20} {'gisdesk':>20} {'gisdesk/QGIS':>13}   goal")
    rows = [
        ("count points in polygons (in process)", q and q["algorithm"], g["plain"], "<= 1/10 of QGIS"),
        ("  + per category, per status, per 1,000", None, g["full"], ""),
        ("  point-in-polygon step alone", None, g["locate"], ""),
        ("whole process, start to .gpkg written", q_cli[:2] if isinstance(q_cli, tuple) else q_cli,
         g_cli[:2] if isinstance(g_cli, tuple) else g_cli, "<= 1/3 of QGIS"),
    ]
    for label, qv, gv, goal in rows:
        print(f"  {label:{w - 2}} {_fmt(qv):>20} {_fmt(gv):>20} {_ratio(gv, qv):>13}   {goal}")
    if isinstance(g_cli, tuple) or isinstance(q_cli, tuple):
        qm = f"{q_cli[2]:.0f} MB" if isinstance(q_cli, tuple) else "-"
        gm = f"{g_cli[2]:.0f} MB" if isinstance(g_cli, tuple) else "-"
        print(f"  {'peak memory, whole process':{w - 2}} {qm:>20} {gm:>20}")
    if isinstance(g_cli, str):
        print(f"  (gisdesk run: {g_cli})")
    if isinstance(q_cli, str):
        print(f"  (qgis_process: {q_cli})")
    print(f"\n{'the same count done the usual ways':{w}} {'':>20} {'time':>20} {'gisdesk is':>13}")
    for label, key in (("geopandas sjoin + groupby", "sjoin"), ("shapely STRtree query + bincount", "strtree")):
        print(f"  {label:{w - 2}} {'':>20} {_fmt(g[key]):>20} {_ratio(g['plain'], g[key]):>13}")
    grid = g["grid"] or {}
    print(f"\ngisdesk: imports {_s(g['imports'])}, reading both GeoPackages {_s(g['load'])}, first count "
          f"{_s(g['first_run'])} (imports scipy.ndimage, mapclassify); peak memory of the measuring process "
          f"{g['peak_mb']:.0f} MB (with 1M shapely points for the sjoin and STRtree runs)")
    if grid:
        print(f"grid: {grid['nx']} x {grid['ny']} cells of {grid['cell_size']:.1f} m, {grid['regions']} regions, "
              f"{grid['marked_cells']:,} cells near a boundary; {g['exact_tests']:,} points tested exactly "
              f"({100 * g['exact_tests'] / n:.1f}%)")
    if q:
        print(f"QGIS: start and processing registry {_s(q['setup'])}, peak memory {q['peak_mb']:.0f} MB")
    # agreement
    checks = [("geopandas sjoin", g["sjoin_agrees"]), ("shapely STRtree", g["strtree_agrees"])]
    if g_cli_counts is not None:
        checks.append(("gisdesk run output", g_cli_counts == [k for _, k in sorted(zip(g["codes"], g["counts"],
                                                                                          strict=True))]))
    if q:
        mine = dict(zip(g["codes"], g["counts"], strict=True))
        theirs = dict(zip(q["codes"], q["counts"], strict=True))
        diff = {c: (mine.get(c), theirs.get(c)) for c in set(mine) | set(theirs) if mine.get(c) != theirs.get(c)}
        checks.append(("QGIS native:countpointsinpolygon", not diff))
        if diff:
            print(f"counts differing from QGIS's in {len(diff)} polygons, e.g. {sorted(diff.items())[:5]}")
        if q_cli_counts is not None:
            checks.append(("qgis_process output", q_cli_counts == [theirs[c] for c in sorted(theirs)]))
    print("counts agree with gisdesk's: " + ", ".join(f"{name} {'yes' if ok else 'NO'}" for name, ok in checks)
          + f" (total {sum(g['counts']):,})")
    print("summary of the full count:")
    for line in g["summary"]:
        print(f"  {line}")


if __name__ == "__main__":
    if shutil.which("time") is None and not Path("/usr/bin/time").exists():  # pragma: no cover
        sys.exit("needs /usr/bin/time (apt-get install time)")
    main()
