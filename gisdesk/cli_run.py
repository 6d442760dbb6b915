"""``gisdesk run``: any analysis of the toolbox, headless.

    gisdesk run --list
    gisdesk run ALGORITHM --help
    gisdesk run ALGORITHM [--project P.gisdesk] [--time-window START/END] --PARAM VALUE ... -o OUT

A layer parameter takes a file (``FILE``, ``FILE|layername=NAME``, a zip member ``A.zip!B.gpkg|layername=N``)
or, with ``--project``, the name of one of the project's layers (then its filters and type come with it:
service requests, sensors). OUT's suffix picks the format: .gpkg/.geojson/.shp/.fgb for a layer, .csv/.xlsx for
a table, .tif for a raster. The summary goes to stdout, warnings to stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class _BadInput(Exception):
    pass


def run_command(argv: list[str]) -> int:
    """``argv`` after the word "run"."""
    from gisdesk.analysis import AnalysisError, algorithms
    from gisdesk.core.errors import ReadError

    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return EXIT_OK
    if argv[0] == "--list":
        return _list(algorithms())
    alg_id = argv[0]
    algs = algorithms()
    if alg_id not in algs:
        print(f"gisdesk: there is no analysis called {alg_id!r}; `gisdesk run --list` lists them.", file=sys.stderr)
        return EXIT_BAD_INPUT
    alg = algs[alg_id]
    parser = algorithm_parser(alg)
    args = parser.parse_args(argv[1:])
    try:
        return _run(alg, args)
    except (AnalysisError, ReadError, _BadInput) as exc:
        print(f"gisdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _list(algs: dict[str, Any]) -> int:
    groups: dict[str, list[Any]] = {}
    for alg in algs.values():
        groups.setdefault(alg.group, []).append(alg)
    for group in sorted(groups):
        print(f"{group}:")
        for alg in groups[group]:
            print(f"  {alg.id:<28} {alg.name}")
    return EXIT_OK


def option_name(param_name: str) -> str:
    return "--" + param_name.replace("_", "-")


def algorithm_parser(alg: Any) -> argparse.ArgumentParser:
    """The argument parser of one algorithm, built from its declared parameters."""
    parser = argparse.ArgumentParser(prog=f"gisdesk run {alg.id}", description=f"{alg.name}. {alg.description}",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    for p in alg.params:
        what = {"layer": "FILE_OR_LAYER", "raster": "FILE_OR_LAYER", "field": "COLUMN", "number": "NUMBER",
                "integer": "N", "choice": "|".join(c[0] for c in p.choices), "bool": "yes|no",
                "text": "TEXT"}[p.kind]
        bits = [p.label]
        if p.geometry:
            bits.append(f"{p.geometry} layer")
        if p.unit:
            bits.append(f"in {p.unit}")
        if p.default is not None:
            bits.append(f"default {p.default}")
        elif p.optional:
            bits.append("optional")
        text = "; ".join(bits) + (f". {p.help}" if p.help else "")
        parser.add_argument(option_name(p.name), dest=p.name, metavar=what, help=text.replace("%", "%%"),
                            required=not p.optional and p.default is None)
    parser.add_argument("-o", "--output", required=True, help="the file to write (.gpkg .geojson .csv .xlsx .tif)")
    parser.add_argument("--project", help="a .gisdesk project whose layers may be named as inputs")
    parser.add_argument("--time-window", metavar="START/END",
                        help="only time-aware rows inside this window (ISO times; naive times are +07:00)")
    return parser


def _run(alg: Any, args: argparse.Namespace) -> int:
    from gisdesk.analysis import Context, Feedback, run_algorithm
    from gisdesk.analysis.outputs import write_result

    project = _load_project(args.project) if args.project else None
    values: dict[str, Any] = {}
    for p in alg.params:
        raw = getattr(args, p.name)
        if raw is None:
            continue
        values[p.name] = _layer_value(raw, p, project) if p.kind in ("layer", "raster") else raw
    window = _time_window(args.time_window) if args.time_window else None
    crs = project.crs if project is not None else None
    feedback = Feedback(_progress_printer() if sys.stderr.isatty() else None)
    t0 = time.perf_counter()
    result = run_algorithm(alg, values, Context(time_window=window, crs=crs, styles=False), feedback)
    elapsed = time.perf_counter() - t0
    for level, text in feedback.messages:
        print(f"gisdesk: {level}: {text}", file=sys.stderr)
    from gisdesk.analysis import check_values

    out = write_result(result, args.output, check_values(alg, values))
    for line in result.summary:
        print(line)
    print(f"{alg.name}: {elapsed:.3f} s; wrote {out}")
    return EXIT_OK


def _load_project(path: str) -> Any:
    from gisdesk.core.errors import ProjectError
    from gisdesk.core.project import Project

    try:
        return Project.load(path)
    except ProjectError as exc:
        raise _BadInput(str(exc)) from exc


def _layer_value(raw: str, p: Any, project: Any) -> Any:
    if project is not None:
        for layer in project.layers:
            if layer.name == raw:
                return layer
    from gisdesk.io import open_path

    source, layer_name = split_layer_spec(raw)
    if not Path(source.split("!")[0]).exists():
        where = " or a layer of the project" if project is not None else ""
        raise _BadInput(f"{p.label}: {raw!r} is not a file{where}.")
    from gisdesk.io.sensors import holds_sensors

    if p.kind == "layer" and layer_name is None and holds_sensors(source):
        from gisdesk.io import open_sensors

        return open_sensors(source)  # stations with their readings, as the project's sensor layers
    result = open_path(source, layer=layer_name)
    for m in result.report.all_messages():
        if m.level != "info":
            print(f"gisdesk: {m.text}", file=sys.stderr)
    wanted = "raster" if p.kind == "raster" else "vector"
    layers = [lyr for lyr in result.layers if (hasattr(lyr, "geometry_family")) == (wanted == "vector")]
    if p.kind == "layer" and p.geometry and len(layers) > 1:
        layers = [lyr for lyr in layers if lyr.geometry_family in (p.geometry, None)] or layers
    if not layers:
        raise _BadInput(f"{p.label}: {source} holds no {wanted} layer.")
    if len(layers) > 1:
        names = ", ".join(lyr.name for lyr in layers)
        raise _BadInput(f"{p.label}: {source} holds several layers ({names}); name one as "
                        f"'{source}|layername=NAME'.")
    return layers[0]


def split_layer_spec(raw: str) -> tuple[str, str | None]:
    """'FILE|layername=NAME' -> ('FILE', 'NAME'); 'FILE' -> ('FILE', None)."""
    if "|" in raw:
        source, _, opt = raw.partition("|")
        key, _, name = opt.partition("=")
        if key.strip().lower() != "layername" or not name:
            raise _BadInput(f"{raw!r}: after '|' only 'layername=NAME' is understood.")
        return source, name
    return raw, None


def _time_window(text: str) -> Any:
    from gisdesk.core.timewindow import TimeWindow

    start, sep, end = text.partition("/")
    if not sep:
        raise _BadInput(f"--time-window {text!r}: give START/END, e.g. 2025-03-01/2025-04-01T00:00+07:00 "
                        "(either side may be empty).")
    try:
        return TimeWindow.of(_local(start), _local(end))
    except (ValueError, TypeError) as exc:
        raise _BadInput(f"--time-window {text!r}: {exc}") from exc


def _local(text: str) -> Any:
    import pandas as pd

    from gisdesk.layers.schema import CITY_TIMEZONE

    if not text.strip():
        return None
    ts = pd.Timestamp(text.strip())
    return ts.tz_localize(CITY_TIMEZONE) if ts.tzinfo is None else ts


def _progress_printer() -> Any:
    last = [-1]

    def show(fraction: float, message: str) -> None:
        pct = int(fraction * 100)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{pct:3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)
            if pct >= 100:
                print(file=sys.stderr)

    return show
