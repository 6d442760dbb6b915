"""PostGIS benchmark: 1,000,000 service requests in a throwaway PostgreSQL + PostGIS, gisdesk beside QGIS.

    .venv/bin/python benchmarks/postgis.py [--rows 1000000] [--repeat 3] [--no-qgis]

Data (made each run, deterministic): the 40 wards of ``sample_data/hue_admin.gpkg`` (layer ``wards``) and
``--rows`` requests around Huế (70 % clustered around the wards' centres, the rest spread over the city's
box), with a ``category`` (8 values) and a ``requested_datetime`` (timestamptz, the first half of 2025),
published with :func:`gisdesk.db.publish.publish_layer` in EPSG:4326 (GiST index, ANALYZE) to a server
started by :func:`gisdesk.db.testserver.start_server` (server and client share this machine's cores).

Measured:

(a) time to first frame zoomed to one ward (the ward with the most requests, its bounding box): gisdesk
    ``open_postgis_layer`` (the planner's estimate picks "view") + ``fetch_view`` of the ward's extent in the
    city CRS (EPSG:9214, with the default 25 % margin) + ``render_image`` 1200 x 800 of that view with the
    wards on top (QGuiApplication offscreen); QGIS 3.22 (Debian's /usr/bin/python3) opens the same table as
    a ``postgres`` provider layer (QgsDataSourceUri) and renders the same extent with
    ``QgsMapRendererSequentialJob`` to a QImage. Both draw their default single symbol. The first run of each
    is "cold" (server cache warm from publishing, client caches empty); then the minimum of ``--repeat``.
(b) counts per ward: pushed down (``pushdown_count``: one ``ST_Intersects`` join on the server) vs loaded
    whole (``read_points``, arrays) and counted locally with ``gisdesk.analysis`` (count_points_in_polygons);
    both results must be equal, ward by ward.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import env, seconds

QGIS_PYTHON = "/usr/bin/python3"
SCHEMA = "bench"
SIZE = (1200, 800)
CITY_CRS = "EPSG:9214"
CATEGORIES = ["VSMT", "CSCC", "GTDB", "CXDT", "NGAP", "TTDT", "TIENGON", "CAPNUOC"]
SEED = 20250707
#: the load threshold used: the default (200,000), or 0 for smaller --rows so the layer still loads by view
THRESHOLD = [200_000]


# ------------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------------
def make_data(rows: int):
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    wards = gpd.read_file(ROOT / "sample_data" / "hue_admin.gpkg", layer="wards", engine="pyogrio")
    wards = wards[["code", "name", "population", "geometry"]]
    r = np.random.default_rng(SEED)
    centres = shapely.get_coordinates(wards.geometry.representative_point().values)
    minx, miny, maxx, maxy = wards.total_bounds
    clustered = int(rows * 0.7)
    xy = np.concatenate([centres[r.integers(0, len(centres), clustered)] + r.normal(0, 1500, (clustered, 2)),
                         np.column_stack([r.uniform(minx, maxx, rows - clustered),
                                          r.uniform(miny, maxy, rows - clustered)])])
    p = np.array([0.28, 0.16, 0.14, 0.12, 0.1, 0.09, 0.06, 0.05])
    t0 = pd.Timestamp("2025-01-01T00:00:00+07:00")
    times = t0 + pd.to_timedelta(r.integers(0, 181 * 24 * 3600, rows), "s")
    pts = gpd.GeoDataFrame({
        "service_request_id": [f"HUE-{i:07d}" for i in range(rows)],
        "category": np.array(CATEGORIES, dtype=object)[r.choice(8, rows, p=p)],
        "requested_datetime": times,
    }, geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=CITY_CRS).to_crs(4326)
    return wards.to_crs(4326), pts


def publish(server, wards, pts) -> float:
    from gisdesk.db import connections as dbc
    from gisdesk.db.publish import publish_layer

    with server.superuser() as su:
        su.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        su.execute(f'CREATE SCHEMA {SCHEMA} AUTHORIZATION "{server.user}"')
    t = time.perf_counter()
    with dbc.connect(server.connection(), server.password) as pg:
        publish_layer(pg, wards, SCHEMA, "wards")
        publish_layer(pg, pts, SCHEMA, "requests")
    return time.perf_counter() - t


# ------------------------------------------------------------------------------------------------
# gisdesk
# ------------------------------------------------------------------------------------------------
def gisdesk_first_frame(server, view, repeat: int) -> dict:
    from PySide6.QtGui import QGuiApplication

    from gisdesk.db.layer import open_postgis_layer
    from gisdesk.render.draw import render_image
    from gisdesk.render.settings import MapSettings

    _app = QGuiApplication.instance() or QGuiApplication([])
    conn = server.connection(name="bench")
    runs = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        layer = open_postgis_layer(conn, server.password, SCHEMA, "requests", threshold=THRESHOLD[0])
        t1 = time.perf_counter()
        wards = open_postgis_layer(conn, server.password, SCHEMA, "wards")
        t2 = time.perf_counter()
        layer.fetch_view(view, CITY_CRS)
        t3 = time.perf_counter()
        image = render_image(MapSettings(extent=view, size=SIZE, crs=CITY_CRS), [layer, wards])
        t4 = time.perf_counter()
        runs.append({"open": t1 - t0, "open_wards": t2 - t1, "fetch": t3 - t2, "render": t4 - t3, "total": t4 - t0,
                     "rows": len(layer), "strategy": layer.strategy})
        layer.close()
        wards.close()
    image.save(str(ROOT / "benchmarks" / ".cache" / "postgis_gisdesk.png"))
    return {"cold": runs[0], "warm": min(runs[1:], key=lambda d: d["total"]),
            "warm_median": statistics.median(d["total"] for d in runs[1:])}


def gisdesk_counts(server) -> dict:
    import numpy as np

    from gisdesk.analysis.base import Context, LayerInput, run_algorithm
    from gisdesk.db.layer import open_postgis_layer, pushdown_count

    conn = server.connection(name="bench")
    wards = open_postgis_layer(conn, server.password, SCHEMA, "wards")
    view_pts = open_postgis_layer(conn, server.password, SCHEMA, "requests", threshold=THRESHOLD[0])
    t = time.perf_counter()
    pushed = pushdown_count(view_pts, wards)
    t_push = time.perf_counter() - t
    assert pushed is not None, "the count was not pushed down"
    t = time.perf_counter()
    whole = open_postgis_layer(conn, server.password, SCHEMA, "requests", threshold=10**12)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    res = run_algorithm("count_points_in_polygons", {"points": LayerInput(whole), "polygons": LayerInput(wards)},
                        Context(styles=False))
    t_count = time.perf_counter() - t
    local = res.layer["count"].to_numpy()
    equal = bool(np.array_equal(pushed["count"].to_numpy(), local))
    for lyr in (wards, view_pts, whole):
        lyr.close()
    return {"pushed": t_push, "load": t_load, "count": t_count, "local": t_load + t_count, "equal": equal,
            "total": int(pushed["count"].sum()), "max": int(pushed["count"].max()),
            "top": int(pushed["count"].to_numpy().argmax())}


# ------------------------------------------------------------------------------------------------
# QGIS (its own process, Debian's python3)
# ------------------------------------------------------------------------------------------------
def worker_qgis(args: dict) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsDataSourceUri,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize

    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()
    runs = []
    image = None
    for _ in range(args["repeat"] + 1):
        t0 = time.perf_counter()
        layers = []
        for table in ("requests", "wards"):
            uri = QgsDataSourceUri()
            uri.setConnection(args["host"], str(args["port"]), args["database"], args["user"], args["password"])
            uri.setDataSource(SCHEMA, table, "geom", "", "gid")
            lyr = QgsVectorLayer(uri.uri(False), table, "postgres")
            assert lyr.isValid(), f"QGIS could not open {SCHEMA}.{table}"
            layers.append(lyr)
        t1 = time.perf_counter()
        settings = QgsMapSettings()
        settings.setLayers([layers[1], layers[0]])  # top first: wards over the requests
        settings.setDestinationCrs(QgsCoordinateReferenceSystem(CITY_CRS))
        settings.setOutputSize(QSize(*SIZE))
        settings.setExtent(QgsRectangle(*args["view"]))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        t2 = time.perf_counter()
        runs.append({"open": t1 - t0, "render": t2 - t1, "total": t2 - t0})
        del job, settings, layers, lyr
    image.save(str(ROOT / "benchmarks" / ".cache" / "postgis_qgis.png"))
    out = {"cold": runs[0], "warm": min(runs[1:], key=lambda d: d["total"]),
           "warm_median": statistics.median(d["total"] for d in runs[1:]), "version": Qgis.QGIS_VERSION}
    del image
    qgs.exitQgis()
    return out


def run_qgis(server, view, repeat: int) -> dict | str:
    conn = server.connection()
    args = {"host": conn.host, "port": conn.port, "database": conn.database, "user": conn.user,
            "password": server.password, "view": list(view), "repeat": repeat}
    proc = subprocess.run([QGIS_PYTHON, str(Path(__file__)), "--worker-qgis"], input=json.dumps(args),
                          capture_output=True, text=True, cwd=ROOT, env=env(), timeout=1800, check=False)
    if proc.returncode != 0:
        return f"QGIS failed: {proc.stderr.strip()[-1500:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-qgis", action="store_true", help="measure gisdesk only")
    ap.add_argument("--worker-qgis", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker_qgis:
        print(json.dumps(worker_qgis(json.loads(sys.stdin.read()))))
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (ROOT / "benchmarks" / ".cache").mkdir(parents=True, exist_ok=True)
    from pyproj import Transformer

    from gisdesk.db.testserver import start_server

    qgis = not args.no_qgis and Path(QGIS_PYTHON).exists() and subprocess.run(
        [QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, env=env(), check=False).returncode == 0
    if not args.no_qgis and not qgis:
        print("QGIS (python3-qgis for /usr/bin/python3) is not installed: measuring gisdesk only.", flush=True)
    if args.rows <= THRESHOLD[0]:
        THRESHOLD[0] = 0
        print(f"{args.rows:,} rows is under the load threshold: the layer is forced to load by view", flush=True)
    t = time.perf_counter()
    wards, pts = make_data(args.rows)
    print(f"made {len(pts):,} requests and {len(wards)} wards in {seconds(time.perf_counter() - t)}", flush=True)
    server = start_server()
    try:
        t_pub = publish(server, wards, pts)
        print(f"published to PostGIS (COPY, GiST index, ANALYZE) in {seconds(t_pub)}", flush=True)
        counts = gisdesk_counts(server)
        top = wards.iloc[counts["top"]]
        view = Transformer.from_crs(4326, CITY_CRS, always_xy=True).transform_bounds(*top.geometry.bounds)
        ff = gisdesk_first_frame(server, view, args.repeat)
        q = run_qgis(server, view, args.repeat) if qgis else None
    finally:
        server.stop()

    print(f"\n{args.rows:,} requests, {len(wards)} wards; zoomed to ward {top['name']} ({ff['warm']['rows']:,} requests "
          f"loaded for the view + margin, strategy {ff['warm']['strategy']!r}); {SIZE[0]} x {SIZE[1]} px; "
          f"{os.cpu_count()} cores shared by server and client")
    print("\n(a) time to first frame zoomed to one ward")
    qv = f"QGIS {q['version']}" if isinstance(q, dict) else "QGIS"
    print(f"  {'':34}{'gisdesk':>12}   {qv}")
    for label, key in (("cold (first run)", "cold"), ("warm (min of repeats)", "warm")):
        g = ff[key]
        qq = q[key]["total"] if isinstance(q, dict) else None
        print(f"  {label:34}{seconds(g['total']):>12}   {(seconds(qq) if qq is not None else '-'):>8}")
    g = ff["warm"]
    print(f"    gisdesk warm: open {seconds(g['open'])} + wards {seconds(g['open_wards'])} + fetch "
          f"{seconds(g['fetch'])} + render {seconds(g['render'])}")
    if isinstance(q, dict):
        print(f"    QGIS warm: open layers {seconds(q['warm']['open'])} + render (reads as it draws) "
              f"{seconds(q['warm']['render'])}")
    elif isinstance(q, str):
        print(f"  {q}")
    print("\n(b) counts per ward")
    print(f"  pushed down (SQL ST_Intersects join)       {seconds(counts['pushed']):>10}")
    print(f"  loaded whole + counted locally             {seconds(counts['local']):>10}  "
          f"(load {seconds(counts['load'])} + count {seconds(counts['count'])})")
    print(f"  results equal, ward by ward: {counts['equal']}  (total {counts['total']:,}, max {counts['max']:,})")
    if not counts["equal"]:
        sys.exit("the pushed-down and local counts differ")


if __name__ == "__main__":
    main()
