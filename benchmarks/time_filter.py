"""Time-slider benchmark: a new time window over 1,000,000 service requests, filtered and redrawn.

    .venv/bin/python benchmarks/time_filter.py [--n 1000000] [--repeat 10]

Builds a ServiceRequestLayer of n synthetic requests over one year (points around Huế, EPSG:4326, drawn in
EPSG:9214 at 1600 x 1000) with the default state style, renders the full frame once (data prepared and cached,
as on screen), then moves a 7-day window by one day ``--repeat`` times and times each step: the row mask for
the new window (time + span until closed) and the redraw of the layer (the canvas's layer image is keyed on
the window, so the layer is really drawn again). Goal (issue 4): under 200 ms per step.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np
import pandas as pd


def make_layer(n: int):
    from gisdesk.layers import PointData, ServiceRequestLayer

    rng = np.random.default_rng(7)
    start = pd.Timestamp("2025-01-01T00:00+07:00").value
    year = 365 * 24 * 3600 * 10**9
    req = np.sort(rng.integers(start, start + year, n))
    closed = rng.random(n) < 0.9
    close_t = np.where(closed, req + rng.integers(3600 * 10**9, 20 * 24 * 3600 * 10**9, n), np.iinfo(np.int64).min)
    table = pd.DataFrame({
        "service_request_id": pd.array([f"HUE-{i:07d}" for i in range(n)], dtype="str"),
        "status": pd.array(np.where(closed, "closed", "open"), dtype="str"),
        "service_code": pd.array(rng.choice(["VSMT", "CSCC", "GTDB", "CXDT", "NGAP"], n), dtype="str"),
        "requested_datetime": pd.DatetimeIndex(req.view("datetime64[ns]")).tz_localize("UTC").as_unit("ms"),
        "closed_datetime": pd.DatetimeIndex(close_t.view("datetime64[ns]")).tz_localize("UTC").as_unit("ms"),
        "expected_datetime": pd.DatetimeIndex((req + 3 * 24 * 3600 * 10**9).view("datetime64[ns]"))
        .tz_localize("UTC").as_unit("ms"),
    })
    x = 107.58 + rng.normal(0, 0.05, n)
    y = 16.46 + rng.normal(0, 0.04, n)
    return ServiceRequestLayer(PointData(table, x, y, crs="EPSG:4326"), name="requests",
                               now="2026-01-01T00:00+07:00")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from gisdesk.core.timewindow import TimeWindow
    from gisdesk.render import MapSettings, RenderCache, render_image
    from gisdesk.render.geometry import transform_extent

    t = time.perf_counter()
    layer = make_layer(args.n)
    print(f"{args.n:,} requests made and derived fields computed in {time.perf_counter() - t:.2f} s")
    extent = transform_extent(layer.extent, layer.crs, "EPSG:9214")
    window = TimeWindow.of("2025-06-01T00:00+07:00", "2025-06-08T00:00+07:00")
    settings = MapSettings(extent=extent, size=(1600, 1000), crs="EPSG:9214", time_window=window)
    cache = RenderCache()
    t = time.perf_counter()
    render_image(settings, [layer], cache=cache)
    print(f"first frame (reprojection, index, classes): {time.perf_counter() - t:.3f} s")
    steps, masks = [], []
    day = 24 * 3600 * 10**9
    for _ in range(args.repeat):
        window = window.shifted(day)
        settings = MapSettings(extent=extent, size=(1600, 1000), crs="EPSG:9214", time_window=window)
        t = time.perf_counter()
        shown = layer.visible_rows(window)
        t_mask = time.perf_counter() - t
        render_image(settings, [layer], cache=cache)
        steps.append(time.perf_counter() - t)
        masks.append(t_mask)
    print(f"new 7-day window, {int(shown.sum()):,} of {args.n:,} shown (last step)")
    print(f"  row mask:        {min(masks) * 1000:.1f} ms (median {statistics.median(masks) * 1000:.1f} ms)")
    print(f"  mask + redraw:   {min(steps) * 1000:.1f} ms (median {statistics.median(steps) * 1000:.1f} ms)   "
          "goal < 200 ms")


if __name__ == "__main__":
    main()
