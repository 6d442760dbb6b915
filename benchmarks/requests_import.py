"""Service-request import benchmark: ``normalise_requests`` and the analysis reading of a plain layer on 1,000,000 rows.

    .venv/bin/python benchmarks/requests_import.py [--n 1000000] [--repeat 3] [--profile]

Builds a source table of n requests in the classic NYC 311 export layout (41 columns, US 12-hour text dates,
statuses and categories in the export's words, State Plane x/y, a "(lat, lon)" location column): the 1,000
rows of ``city_services/nyc311_2018_1000rows`` (read in place from the shared test data) repeated, with unique
keys, the times moved by a random offset of up to a year (so most time texts are distinct, as in a real
export) and the positions jittered. Then times:

* ``normalise_requests`` of that table with the detected mapping (what importing a file does after reading it);
* ``analysis.requests_input.request_input`` on the same table as a plain point layer (what ``gisdesk run``
  does before Trends or ServiceLevels).

Prints the best of ``--repeat`` runs and rows/s. ``--profile`` prints the top of a cProfile of one
normalisation instead.
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
NYC = ROOT.parent / "shared" / "data" / "city_services" / "nyc311_2018_1000rows" / "311_Service_Requests.csv"
TIME_COLS = ("Created Date", "Closed Date", "Due Date", "Resolution Action Updated Date")


def make_source(n: int):
    """A SourceTable of n NYC-311-like rows (see the module docstring)."""
    from gisdesk.io.report import LayerReport
    from gisdesk.io.service_requests import SourceTable, read_source

    if not NYC.exists():
        raise SystemExit(f"{NYC} is missing: the benchmark repeats that export")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        base = read_source(NYC).frame
    reps = -(-n // len(base))
    frame = pd.concat([base] * reps, ignore_index=True).iloc[:n].reset_index(drop=True)
    rng = np.random.default_rng(11)
    frame["Unique Key"] = pd.array(np.arange(40_000_000, 40_000_000 + n), dtype="Int64")
    shift = pd.to_timedelta(rng.integers(0, 365 * 86_400, n), unit="s")
    fmt = "%m/%d/%Y %I:%M:%S %p"
    for c in TIME_COLS:
        t = pd.to_datetime(frame[c], format=fmt, errors="coerce") + shift
        frame[c] = pd.array(t.dt.strftime(fmt).where(t.notna()), dtype="str")
    for c, scale in (("Latitude", 0.01), ("Longitude", 0.01)):
        frame[c] = frame[c] + rng.normal(0, scale, n)
    return SourceTable("nyc311_x1000.csv", frame, "CSV", LayerReport(name="bench")), frame


def time_normalise(source_frame: pd.DataFrame, repeat: int) -> float:
    from gisdesk.io.report import LayerReport
    from gisdesk.io.service_requests import SourceTable, detect_mapping, normalise_requests

    best = float("inf")
    for _ in range(repeat):
        src = SourceTable("bench.csv", source_frame, "CSV", LayerReport(name="bench"))
        mapping, notes = detect_mapping(list(source_frame.columns), source_frame.head(500))
        t0 = time.perf_counter()
        normalise_requests(src, mapping, notes=notes)
        best = min(best, time.perf_counter() - t0)
    return best


def time_analysis(source_frame: pd.DataFrame, repeat: int) -> float:
    from gisdesk.analysis.base import Context, LayerInput
    from gisdesk.analysis.requests_input import request_input
    from gisdesk.layers import PointData, VectorLayer

    x = source_frame["Longitude"].to_numpy(dtype=float, na_value=np.nan)
    y = source_frame["Latitude"].to_numpy(dtype=float, na_value=np.nan)
    layer = VectorLayer(PointData(source_frame, x, y, crs="EPSG:4326"), name="requests")
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        request_input(LayerInput(layer), Context(), need=("requested_datetime", "status"))
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    _, frame = make_source(args.n)
    distinct = {c: frame[c].nunique() for c in (*TIME_COLS, "Status", "Complaint Type", "Agency")}
    print(f"{args.n:,} rows; distinct values: " + ", ".join(f"{c} {k:,}" for c, k in distinct.items()))
    if args.profile:
        import cProfile
        import pstats

        from gisdesk.io.report import LayerReport
        from gisdesk.io.service_requests import SourceTable, normalise_requests

        with cProfile.Profile() as prof:
            normalise_requests(SourceTable("bench.csv", frame, "CSV", LayerReport(name="bench")))
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return
    t = time_normalise(frame, args.repeat)
    print(f"normalise_requests: {t:.2f} s ({args.n / t:,.0f} rows/s)")
    t = time_analysis(frame, args.repeat)
    print(f"request_input on a plain layer: {t:.2f} s ({args.n / t:,.0f} rows/s)")


if __name__ == "__main__":
    main()
