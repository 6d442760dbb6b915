"""Command line: ``gisdesk [PROJECT_OR_FILES...]`` opens the GUI; subcommands work headless.

    gisdesk info FILE [--json]                 layers, CRS, counts, encoding and the import report
    gisdesk convert IN OUT [--to-crs EPSG] [--layer NAME]
                                               write GPKG, GeoJSON, Shapefile (UTF-8 + .cpg), FlatGeobuf,
                                               CSV or XLSX, applying the import doctors

Exit codes: 0 ok, 2 bad input (the message is on stderr), 1 an unexpected error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gisdesk import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 2

SUBCOMMANDS = ("info", "convert")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_stdio()
    if argv and argv[0] in SUBCOMMANDS:
        return _run_subcommand(argv)
    if argv and argv[0] in ("-h", "--help"):
        print(_help_text())
        return EXIT_OK
    if argv and argv[0] == "--version":
        print(f"gisdesk {__version__}")
        return EXIT_OK
    from gisdesk.app import run_gui  # Qt only when the GUI is asked for

    return run_gui(argv)


def _help_text() -> str:
    return (
        "usage: gisdesk [--lang vi|en] [PROJECT.gisdesk | FILE ...]   open the desktop app (Vietnamese by default)\n"
        "       gisdesk info FILE [--json]\n"
        "       gisdesk convert IN OUT [--to-crs EPSG] [--layer NAME]\n"
        "       gisdesk --version"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gisdesk", description="gisdesk headless tools")
    sub = parser.add_subparsers(dest="command", required=True)

    p_info = sub.add_parser("info", help="describe a file: layers, CRS, counts, encoding, import report")
    p_info.add_argument("file")
    p_info.add_argument("--json", action="store_true", help="print the report as JSON")

    p_conv = sub.add_parser("convert", help="convert a file, applying the import doctors")
    p_conv.add_argument("input")
    p_conv.add_argument("output", help="output file: .gpkg .geojson .shp .fgb .csv .xlsx")
    p_conv.add_argument("--to-crs", help="reproject to this CRS (e.g. EPSG:9214 or 9214)")
    p_conv.add_argument("--layer", help="read only this layer of the input")
    return parser


def _run_subcommand(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from gisdesk.core.errors import ReadError

    try:
        if args.command == "info":
            return _info(args)
        if args.command == "convert":
            return _convert(args)
    except ReadError as exc:
        print(f"gisdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _BadInput as exc:
        print(f"gisdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK  # pragma: no cover - argparse ensures a known command


class _BadInput(Exception):
    pass


def _info(args: argparse.Namespace) -> int:
    from gisdesk.core.project import SUFFIX

    if args.file.lower().endswith(SUFFIX):
        return _info_project(args)
    from gisdesk.io import open_path

    result = open_path(args.file)
    if args.json:
        payload: dict[str, Any] = {"path": args.file, "layers": [], "report": result.report.to_dict()}
        for layer in result.layers:
            payload["layers"].append(_layer_summary(layer))
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    for layer in result.layers:
        s = _layer_summary(layer)
        print(f"{s['name']}  [{s['type']}]")
        for key in ("features", "geometry_types", "crs", "crs_status", "extent", "encoding", "size", "bands"):
            if s.get(key) not in (None, {}, []):
                print(f"  {key}: {s[key]}")
    print()
    print("import report:")
    print(result.report.to_text())
    return EXIT_OK


def _info_project(args: argparse.Namespace) -> int:
    from gisdesk.core.errors import ProjectError
    from gisdesk.core.project import Project

    try:
        project = Project.load(args.file)
    except ProjectError as exc:
        raise _BadInput(str(exc)) from exc
    layers = [_layer_summary(layer) for layer in project.layers]
    if args.json:
        print(json.dumps({"path": args.file, "name": project.name, "crs": project.crs, "layers": layers,
                          "load_problems": project.load_problems}, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    print(f"project {project.name!r}  CRS {project.crs}  {len(layers)} layer(s), bottom first")
    for s in layers:
        count = f"{s['features']} features" if "features" in s else s.get("size") or s.get("problem", "")
        print(f"  {s['name']}  [{s['type']}]  {count}  {s['crs'] or 'no CRS'}  <- {s['source']}")
    for problem in project.load_problems:
        print(f"  problem: {problem}")
    return EXIT_BAD_INPUT if project.load_problems else EXIT_OK


def _layer_summary(layer: Any) -> dict[str, Any]:
    from gisdesk.layers import RasterLayer, VectorLayer

    out: dict[str, Any] = {"name": layer.name, "type": layer.type_name, "source": layer.source, "crs": layer.crs}
    if getattr(layer, "problem", None):
        out["problem"] = layer.problem
    rep = getattr(layer, "report", None)
    if rep is not None:
        out["crs_status"] = rep.crs_status
    ext = layer.extent
    out["extent"] = [round(v, 6) for v in ext] if ext else None
    if isinstance(layer, VectorLayer):
        out["features"] = len(layer)
        out["geometry_types"] = layer.geometry_types
        if rep is not None and rep.encoding:
            out["encoding"] = dict(rep.encoding)
    elif isinstance(layer, RasterLayer):
        out["size"] = f"{layer.width} x {layer.height}"
        out["bands"] = layer.count
    return out


def _convert(args: argparse.Namespace) -> int:
    from gisdesk.io import open_path
    from gisdesk.io.writers import WriteError, write_layer
    from gisdesk.layers import VectorLayer

    if args.to_crs:
        from pyproj.exceptions import CRSError

        from gisdesk.core.crs import crs_to_string

        try:
            args.to_crs = crs_to_string(args.to_crs)
        except CRSError as exc:
            raise _BadInput(f"--to-crs {args.to_crs}: not a CRS gisdesk knows ({exc})") from exc
    result = open_path(args.input, layer=args.layer)
    vectors = [lyr for lyr in result.layers if isinstance(lyr, VectorLayer)]
    if not vectors:
        raise _BadInput(f"{args.input}: holds no vector layer to convert")
    out = Path(args.output)
    multi_ok = out.suffix.lower() == ".gpkg"
    if len(vectors) > 1 and not multi_ok:
        names = ", ".join(v.name for v in vectors)
        raise _BadInput(f"{args.input}: holds {len(vectors)} layers ({names}); choose one with --layer, "
                        "or convert to .gpkg to keep them all")
    for m in result.report.all_messages():
        if m.level != "info":
            print(f"gisdesk: {m.text}", file=sys.stderr)
    from gisdesk.io.report import LayerReport

    try:
        for i, layer in enumerate(vectors):
            wr = LayerReport(name=layer.name)
            written = write_layer(layer.data, out, layer_name=layer.name if multi_ok else None,
                                  to_crs=args.to_crs, append_layer=multi_ok and i > 0, report=wr)
            for m in wr.messages:
                print(f"gisdesk: {layer.name}: {m.text}", file=sys.stderr)
            print(f"{layer.name}: {len(layer)} features -> {written}")
    except WriteError as exc:
        raise _BadInput(str(exc)) from exc
    return EXIT_OK


def _utf8_stdio() -> None:
    """Vietnamese text on a Windows console: write UTF-8 rather than fail on cp1252."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
