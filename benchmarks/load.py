"""Reading 1,000,000 points from a GeoPackage into a VectorLayer (with every import doctor) beside bare
``geopandas.read_file(engine="pyogrio", use_arrow=True)``, in one run.

Goal (issue 2): the doctors cost at most 20% over bare geopandas.

    .venv/bin/python benchmarks/load.py [--n 1000000] [--repeat 3]

The GeoPackage is made once (deterministic) and cached in benchmarks/.cache/.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

CACHE = Path(__file__).resolve().parent / ".cache"

CATEGORIES = ["Rác thải, vệ sinh môi trường", "Chiếu sáng công cộng", "Hư hỏng đường giao thông", "Cây xanh",
              "Ngập úng, thoát nước", "Trật tự đô thị, lấn chiếm vỉa hè", "Tiếng ồn", "Cấp nước"]
WARDS = ["Phường Vỹ Dạ", "Phường Phú Xuân", "Phường Thuận Hóa", "Phường Kim Long", "Phường An Cựu",
         "Xã A Lưới 4", "Phường Hương Thủy", "Phường Thủy Xuân"]


def make_points(path: Path, n: int) -> None:
    rng = np.random.default_rng(42)
    lon = 107.58 + rng.normal(0, 0.05, n)
    lat = 16.46 + rng.normal(0, 0.04, n)
    t0 = pd.Timestamp("2024-11-01T00:00:00+07:00")
    df = pd.DataFrame({
        "service_request_id": [f"HUE-{i:07d}" for i in range(n)],
        "service_name": np.array(CATEGORIES, dtype=object)[rng.integers(0, len(CATEGORIES), n)],
        "status": np.where(rng.random(n) < 0.05, "open", "closed"),
        "ward_name": np.array(WARDS, dtype=object)[rng.integers(0, len(WARDS), n)],
        "requested_datetime": t0 + pd.to_timedelta(rng.integers(0, 730 * 86400, n), unit="s"),
        "priority": rng.integers(1, 4, n).astype("int32"),
    })
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.gpkg")
    gdf.to_file(tmp, layer="requests", engine="pyogrio")
    tmp.replace(path)


def timed(fn, repeat: int) -> tuple[float, object]:
    times = []
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
        del out
        out = None
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = CACHE / f"points_{args.n}.gpkg"
    if not path.exists():
        print(f"making {path} ...", flush=True)
        make_points(path, args.n)

    from gisdesk.io import open_path

    # warm the OS cache and imports once
    gpd.read_file(path, engine="pyogrio", use_arrow=True)
    open_path(path)

    bare_min, bare_med = timed(lambda: gpd.read_file(path, engine="pyogrio", use_arrow=True), args.repeat)
    ours_min, ours_med = timed(lambda: open_path(path).layers[0], args.repeat)
    layer = open_path(path).layers[0]
    print(f"points: {len(layer):,}  file: {path.stat().st_size / 1e6:.1f} MB  repeat: {args.repeat}")
    print(f"{'reader':52} {'min s':>8} {'median s':>9}")
    print(f"{'geopandas.read_file(engine=pyogrio, use_arrow=True)':52} {bare_min:8.3f} {bare_med:9.3f}")
    print(f"{'gisdesk open_path -> VectorLayer (all doctors)':52} {ours_min:8.3f} {ours_med:9.3f}")
    print(f"overhead of the doctors: {100 * (ours_min / bare_min - 1):+.1f}% (min), "
          f"{100 * (ours_med / bare_med - 1):+.1f}% (median); goal <= +20%")


if __name__ == "__main__":
    main()
