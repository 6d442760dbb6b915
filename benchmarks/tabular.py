"""Reading a big citizen-request CSV with ``gisdesk.io.tabular.read_table``, before and after.

A deterministic 100,000-row CSV in the style of a city 311 export is written to a temp folder (ids with
leading zeros, Vietnamese text, dd/mm/yyyy and US 12-hour dates, decimal commas, latitude/longitude with
blanks and garbage, numbers with thousands separators, a "(lat, lon)" location column, state-plane x/y)
and read with ``read_table`` (min and median of ``--repeat`` runs). Unless ``--no-baseline`` is given, the
per-cell version of ``gisdesk/io/tabular.py`` (``git show f82b959:...``, the last commit before the
columns were vectorised) is loaded into a temp module and timed on the same file, so "before" and "after"
come from one run.

    .venv/bin/python benchmarks/tabular.py [--n 100000] [--repeat 3] [--delimiter ';'] [--no-baseline]

Goal: 100k rows well under 3 s.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# the last commit with the per-cell (pure Python) reader, before the columns were vectorised
BASELINE_REV = "f82b959"

CATEGORIES = ["Rác thải, vệ sinh môi trường", "Chiếu sáng công cộng", "Hư hỏng đường giao thông", "Cây xanh",
              "Ngập úng, thoát nước", "Trật tự đô thị, lấn chiếm vỉa hè", "Tiếng ồn", "Cấp nước"]
WARDS = ["Phường Vỹ Dạ", "Phường Phú Xuân", "Phường Thuận Hóa", "Phường Kim Long", "Phường An Cựu",
         "Xã A Lưới 4", "Phường Hương Thủy", "Phường Thủy Xuân"]
WORDS = ["đèn", "đường", "hỏng", "rác", "ngập", "cây", "đổ", "nước", "ống", "vỡ", "kiệt", "số", "trước", "nhà",
         "chợ", "cầu", "gần", "trường", "học", "báo", "lâu", "ngày", "chưa", "xử", "lý"]
STATUSES = ["Đã tiếp nhận", "Đang xử lý", "Đã xử lý", "Closed", "Open"]
GARBAGE = ["N/A", "không có", "?", "16.4x", "-", "chưa có", "0", "abc"]


def make_csv(path: Path, n: int, delimiter: str = ",", encoding: str = "utf-8", seed: int = 7) -> None:
    """A deterministic city-request export of ``n`` rows (see the module docstring)."""
    rng = np.random.default_rng(seed)
    header = [
        "Unique Key", "Mã yêu cầu", "Created Date", "Ngày tạo", "Closed Date", "Lĩnh vực", "Phường", "Trạng thái",
        "Nội dung", "Incident Zip", "Số tiền", "Diện tích (m2)", "Priority", "Rating", "Latitude", "Longitude",
        "X Coordinate (State Plane)", "Y Coordinate (State Plane)", "Location", "Agency", "Borough", "Open Data Channel Type",
    ]
    key = 40_000_000 + np.arange(n) * 3 + rng.integers(0, 3, n)
    code = rng.integers(0, 10**6, n)
    t0 = np.datetime64("2023-01-01T00:00:00")
    created = t0 + rng.integers(0, 730 * 86400, n).astype("timedelta64[s]")
    closed = created + rng.integers(600, 20 * 86400, n).astype("timedelta64[s]")
    cat = rng.integers(0, len(CATEGORIES), n)
    ward = rng.integers(0, len(WARDS), n)
    status = rng.integers(0, len(STATUSES), n)
    nwords = rng.integers(3, 14, n)
    zips = rng.integers(500, 99999, n)
    money = rng.integers(0, 50_000_000, n)
    area = rng.integers(1, 100_000, n) / 100
    prio = rng.integers(1, 4, n)
    rating = np.round(rng.random(n) * 5, 1)
    lat = 16.46 + rng.normal(0, 0.04, n)
    lon = 107.58 + rng.normal(0, 0.05, n)
    blank = rng.random(n) < 0.08
    junk = rng.random(n) < 0.01
    x = 1_000_000 + rng.normal(0, 20_000, n)
    y = 200_000 + rng.normal(0, 20_000, n)
    word_idx = rng.integers(0, len(WORDS), (n, 14))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        w.writerow(header)
        for i in range(n):
            c = created[i].astype(object)
            d = closed[i].astype(object)
            us = d.strftime("%m/%d/%Y %I:%M:%S %p")
            if blank[i]:
                la = lo = loc = ""
                xs = ys = ""
            elif junk[i]:
                la, lo = GARBAGE[i % len(GARBAGE)], f"{lon[i]:.6f}"
                loc, xs, ys = "(0, 0)", "", ""
            else:
                la, lo = f"{lat[i]:.12f}", f"{lon[i]:.12f}"
                loc = f"({la}, {lo})"
                xs, ys = f"{int(x[i])}", f"{int(y[i])}"
            text = " ".join(WORDS[k] for k in word_idx[i, : nwords[i]]).capitalize()
            w.writerow([
                str(key[i]),
                f"{code[i]:07d}",                       # ids with leading zeros
                us if i % 2 else c.strftime("%m/%d/%Y %I:%M:%S %p"),
                c.strftime("%d/%m/%Y %H:%M"),           # dd/mm/yyyy
                us if i % 7 else "",
                CATEGORIES[cat[i]],
                WARDS[ward[i]],
                STATUSES[status[i]],
                text,
                f"{zips[i]:05d}",
                f"{money[i]:,}",                         # thousands separators: text
                f"{area[i]:.2f}".replace(".", ","),      # decimal commas
                str(prio[i]) if i % 50 else "N/A",
                f"{rating[i]:.1f}",
                la, lo, xs, ys, loc,
                "UBND TP Huế" if i % 3 else "HUE-IOC",
                "THỪA THIÊN HUẾ",
                ["PHONE", "ONLINE", "MOBILE", "UNKNOWN"][i % 4],
            ])


def load_baseline(rev: str = BASELINE_REV) -> ModuleType | None:
    """``gisdesk/io/tabular.py`` at commit ``rev`` as a separate module, or None outside a git checkout."""
    try:
        src = subprocess.run(
            ["git", "show", f"{rev}:gisdesk/io/tabular.py"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    tmp = Path(tempfile.mkdtemp(prefix="gisdesk_bench_")) / "tabular_baseline.py"
    tmp.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("tabular_baseline", tmp)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["tabular_baseline"] = mod
    spec.loader.exec_module(mod)
    return mod


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--no-baseline", action="store_true", help=f"do not time the version of {BASELINE_REV}")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one run of the current version")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    from gisdesk.io import tabular
    from gisdesk.io.report import LayerReport

    with tempfile.TemporaryDirectory(prefix="gisdesk_bench_") as tmp:
        path = Path(tmp) / "requests.csv"
        t = time.perf_counter()
        make_csv(path, args.n, args.delimiter)
        print(f"wrote {args.n:,} rows, {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s "
              f"(delimiter {args.delimiter!r})")

        def run(mod: ModuleType) -> None:
            mod.read_table(path, LayerReport("requests"))

        if args.profile:
            import cProfile
            import pstats

            with cProfile.Profile() as prof:
                run(tabular)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
            return

        rows = []
        base = None if args.no_baseline else load_baseline()
        if base is not None:
            rows.append((f"before: read_table ({BASELINE_REV})", *timed(lambda: run(base), args.repeat)))
        rows.append(("after: read_table (working tree)", *timed(lambda: run(tabular), args.repeat)))
        print(f"{'reader':40} {'min s':>8} {'median s':>9}")
        for name, lo, med in rows:
            print(f"{name:40} {lo:8.3f} {med:9.3f}")
        if len(rows) == 2:
            print(f"speed-up: {rows[0][1] / rows[1][1]:.1f}x (min); goal: {args.n:,} rows well under 3 s")


if __name__ == "__main__":
    main()
