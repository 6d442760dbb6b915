"""GUI start-up on the bundled Huế sample, this checkout beside an earlier commit, runs alternating.

    .venv/bin/python benchmarks/gui_start.py [--against REV] [--repeat 6]

From process start (``python -m gisdesk hue_sample.gisdesk``, offscreen, bytecode cached): the main window on
screen, the first map frame with a layer, and the frame with every layer (``GISDESK_TIMING=1`` lines, as in
``benchmarks/render.py``). With ``--against``, REV is checked out in a temporary git worktree and the two trees
are started in turn, so a slow moment of the machine hits both: compare the pair, not figures from another
day. Prints the minimum and the median of each.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # benchmarks/common.py (the script's own folder is on sys.path)

ROOT = common.ROOT
SAMPLE = ROOT / "sample_data" / "hue_sample.gisdesk"
MARKS = ("window", "first", "all")


def start_once(tree: Path) -> dict[str, float]:
    """Seconds from process start to each mark, for the gisdesk package in ``tree``."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "gisdesk", str(SAMPLE)], cwd=tree, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True,
                            env=common.env(GISDESK_TIMING="1", GISDESK_QUIT_AFTER_LOAD="1", PYTHONPATH=str(tree)))
    got: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.perf_counter() - t0
        what = line.split(":", 1)[-1].strip() if line.startswith("gisdesk-timing:") else ""
        if what == "window":
            got.setdefault("window", now)
        elif what.startswith("drawn") and not what.startswith("drawn layers=0"):
            got.setdefault("first", now)
            if what.endswith(" all"):
                got.setdefault("all", now)
    proc.wait(timeout=120)
    return got


def summary(runs: list[dict[str, float]]) -> str:
    parts = []
    for mark in MARKS:
        values = [r[mark] for r in runs if mark in r]
        parts.append(f"{mark} {common.times((min(values), statistics.median(values))) if values else '-'}")
    return ", ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", help="an earlier commit to start beside this checkout (e.g. a session's start)")
    ap.add_argument("--repeat", type=int, default=6)
    args = ap.parse_args()
    trees = {"this checkout": ROOT}
    with tempfile.TemporaryDirectory(prefix="gisdesk-gui-start-") as tmp:
        if args.against:
            other = Path(tmp) / "other"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(other), args.against],
                           check=True)
            trees[args.against] = other
        try:
            for tree in trees.values():
                subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "gisdesk")], env=common.env(),
                               check=False, capture_output=True)
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for _ in range(args.repeat):
                for name, tree in trees.items():
                    runs[name].append(start_once(tree))
            print(f"GUI start on {SAMPLE.name}, min (median) of {args.repeat} runs, alternating:")
            for name in trees:
                print(f"  {name:>14}: {summary(runs[name])}")
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(trees[args.against])],
                               check=False)


if __name__ == "__main__":
    main()
