"""Command line: ``gisdesk [PROJECT_OR_FILES...]`` opens the GUI; subcommands work headless.

    gisdesk info FILE [--json]                 layers, CRS, counts, encoding and the import report
    gisdesk convert IN OUT [--to-crs EPSG] [--layer NAME]
                                               write GPKG, GeoJSON, Shapefile (UTF-8 + .cpg), FlatGeobuf,
                                               CSV or XLSX, applying the import doctors
    gisdesk render PROJECT_OR_FILES... -o OUT.png [--size 1600x1000] [--extent minx,miny,maxx,maxy]
                   [--crs EPSG] [--style LAYER:COLUMN] [--repeat N]
                                               draw the map as the canvas would, without a window
    gisdesk run --list | ALGORITHM --PARAM VALUE ... -o OUT
                                               run an analysis of the toolbox (see gisdesk.cli_run)
    gisdesk export PROJECT -o OUT.pdf|.png|.html [--layout NAME] [--dpi N]
                                               a print layout to PDF/PNG, or the offline interactive map

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

SUBCOMMANDS = ("info", "convert", "render")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_stdio()
    if argv and argv[0] in SUBCOMMANDS:
        return _run_subcommand(argv)
    if argv and argv[0] == "run":
        from gisdesk.cli_run import run_command

        return run_command(argv[1:])
    if argv and argv[0] == "export":
        from gisdesk.cli_export import export_command

        return export_command(argv[1:])
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
        "       gisdesk render PROJECT_OR_FILES... -o OUT.png [--size 1600x1000] [--extent minx,miny,maxx,maxy]\n"
        "                      [--crs EPSG] [--style LAYER:COLUMN] [--repeat N]\n"
        "       gisdesk run --list | ALGORITHM --PARAM VALUE ... -o OUT [--project P] [--time-window START/END]\n"
        "       gisdesk export PROJECT -o OUT.pdf|OUT.png|OUT.html [--layout NAME] [--dpi N]\n"
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

    p_render = sub.add_parser("render", help="draw a project or files into an image, as the canvas would")
    p_render.add_argument("inputs", nargs="+", metavar="PROJECT_OR_FILES", help="a .gisdesk project and/or data files")
    p_render.add_argument("-o", "--output", required=True, help="the image to write (.png)")
    p_render.add_argument("--size", default="1600x1000", help="WIDTHxHEIGHT in pixels (default 1600x1000)")
    p_render.add_argument("--extent", help="minx,miny,maxx,maxy in the map CRS (default: all layers)")
    p_render.add_argument("--crs", help="the map CRS (default: the project's, or the first layer's)")
    p_render.add_argument("--style", action="append", default=[], metavar="LAYER:COLUMN",
                          help="colour LAYER by the values of COLUMN (categorized); may be repeated")
    p_render.add_argument("--repeat", type=int, help="render N times after loading, timing each render")
    return parser


def _run_subcommand(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from gisdesk.core.errors import ReadError

    try:
        if args.command == "info":
            return _info(args)
        if args.command == "convert":
            return _convert(args)
        if args.command == "render":
            return _render(args)
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


RENDER_MAX_SIDE = 20000
_QT_APP: Any = None  # the QGuiApplication `render` made (kept alive: Qt allows one per process)


def _render(args: argparse.Namespace) -> int:
    """``gisdesk render``: load, style, draw with ``gisdesk.render.draw_map`` and write the image atomically."""
    import os
    import time

    width, height = _parse_size(args.size)
    extent = _parse_extent(args.extent) if args.extent else None
    if args.repeat is not None and args.repeat < 1:
        raise _BadInput(f"--repeat {args.repeat}: give a number of renders of 1 or more")
    out = Path(args.output)
    fmt = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}.get(out.suffix.lower())
    if fmt is None:
        raise _BadInput(f"{args.output}: write a .png (or .jpg) image")
    crs = None
    if args.crs:
        from pyproj.exceptions import CRSError

        from gisdesk.core.crs import crs_to_string

        try:
            crs = crs_to_string(args.crs)
        except CRSError as exc:
            raise _BadInput(f"--crs {args.crs}: not a CRS gisdesk knows ({exc})") from exc
    project = _render_project(args.inputs, crs)
    for spec in args.style:
        _apply_category_style(project, spec)
    if extent is None:
        extent = _full_extent(project)
        if extent is None:
            raise _BadInput("nothing to draw: no layer has a location (give --extent)")
    # Qt: a QGuiApplication (fonts) on the offscreen platform unless the caller chose one
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _QT_APP
    _QT_APP = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "gisdesk"])
    from gisdesk.core.fileutil import atomic_path
    from gisdesk.render import MapSettings, RenderCache, render_image

    try:
        settings = MapSettings(extent=extent, size=(width, height), crs=project.crs)
    except ValueError as exc:
        raise _BadInput(str(exc)) from exc
    cache = RenderCache()
    layers = list(project.layers)
    image = None
    if any(getattr(layer, "type_name", None) == "tiles" for layer in layers):
        from gisdesk.render.tiles import ensure_view_tiles

        ensure_view_tiles(layers, settings, timeout=10)  # a basemap's tiles; offline, what is cached
    for k in range(args.repeat or 1):
        cache.clear_images()  # each repeat draws every layer again (the prepared data stays in memory)
        t0 = time.perf_counter()
        image = render_image(settings, layers, cache=cache)
        if args.repeat is not None:
            print(f"render {k + 1}: {time.perf_counter() - t0:.3f} s", flush=True)
    if settings.background[3] == 255:  # an opaque map: no alpha channel to store
        image = image.convertToFormat(image.Format.Format_RGB32)
    # PNG: Qt's "quality" 80 is zlib level ~2: about the size of the default level, 3-4 times faster
    quality = 80 if fmt == "PNG" else 90
    try:
        with atomic_path(out, suffix=out.suffix) as tmp:
            if not image.save(str(tmp), fmt, quality):
                raise OSError("Qt could not encode the image")
    except OSError as exc:
        raise _BadInput(f"{out}: could not write the image ({exc})") from exc
    print(f"{out}: {width}x{height}, {len(layers)} layer(s), CRS {project.crs}")
    for problem in project.load_problems:
        print(f"gisdesk: not drawn: {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT if project.load_problems else EXIT_OK


def _parse_size(text: str) -> tuple[int, int]:
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise _BadInput(f"--size {text}: give WIDTHxHEIGHT in pixels, e.g. 1600x1000") from None
    if not (1 <= w <= RENDER_MAX_SIDE and 1 <= h <= RENDER_MAX_SIDE):
        raise _BadInput(f"--size {text}: each side must be 1 to {RENDER_MAX_SIDE} pixels")
    return w, h


def _parse_extent(text: str) -> tuple[float, float, float, float]:
    import math

    try:
        vals = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        vals = []
    if len(vals) != 4 or not all(math.isfinite(v) for v in vals):
        raise _BadInput(f"--extent {text}: give four numbers minx,miny,maxx,maxy")
    minx, miny, maxx, maxy = vals
    if maxx <= minx or maxy <= miny:
        raise _BadInput(f"--extent {text}: maxx must be greater than minx and maxy greater than miny")
    return minx, miny, maxx, maxy


def _render_project(inputs: list[str], crs: str | None) -> Any:
    """A project from a .gisdesk file and/or data files (files are added on top, with default styles)."""
    from gisdesk.core.errors import ProjectError
    from gisdesk.core.project import SUFFIX, Project
    from gisdesk.io import open_path

    project = None
    files = []
    for item in inputs:
        if item.lower().endswith(SUFFIX):
            if project is not None:
                raise _BadInput("give at most one project file")
            try:
                project = Project.load(item)
            except ProjectError as exc:
                raise _BadInput(str(exc)) from exc
        else:
            files.append(item)
    layers = []
    for item in files:
        result = open_path(item)
        for m in result.report.all_messages():
            if m.level != "info":
                print(f"gisdesk: {m.text}", file=sys.stderr)
        layers.extend(result.layers)
    if project is None:
        first = next((lyr.crs for lyr in layers if getattr(lyr, "crs", None)), None)
        project = Project(name=Path(files[0]).stem if files else "", crs=crs or first or "EPSG:9214")
    for layer in layers:
        project.add_layer(layer)
    if crs:
        project.crs = crs
    return project


def _full_extent(project: Any) -> tuple[float, float, float, float] | None:
    """All visible layers in the project CRS, with a 3 % margin (as the canvas zooms to full)."""
    from gisdesk.render.geometry import transform_extent

    boxes = []
    for layer in project.layers:
        ext = layer.extent if layer.visible else None
        if ext is None:
            continue
        box = transform_extent(ext, layer.crs or project.crs, project.crs)
        if box is not None:
            boxes.append(box)
    if not boxes:
        return None
    minx, miny = min(b[0] for b in boxes), min(b[1] for b in boxes)
    maxx, maxy = max(b[2] for b in boxes), max(b[3] for b in boxes)
    if maxx <= minx or maxy <= miny:  # a single point: 500 map units around it
        minx, miny, maxx, maxy = minx - 500, miny - 500, maxx + 500, maxy + 500
    dx, dy = (maxx - minx) * 0.03, (maxy - miny) * 0.03
    return minx - dx, miny - dy, maxx + dx, maxy + dy


def _apply_category_style(project: Any, spec: str) -> None:
    """``--style LAYER:COLUMN``: a categorized style from the column's distinct values."""
    from gisdesk.layers import VectorLayer

    name, sep, column = spec.rpartition(":")
    if not sep or not name or not column:
        raise _BadInput(f"--style {spec}: give LAYER:COLUMN, e.g. requests:service_code")
    matches = [lyr for lyr in project.layers if isinstance(lyr, VectorLayer)
               and name in (lyr.name, getattr(lyr, "source_layer", None))]
    if not matches:
        matches = [lyr for lyr in project.layers if isinstance(lyr, VectorLayer) and lyr.name.casefold() == name.casefold()]
    if not matches:
        names = ", ".join(lyr.name for lyr in project.layers if isinstance(lyr, VectorLayer)) or "none"
        raise _BadInput(f"--style {spec}: no vector layer named {name!r} (vector layers: {names})")
    layer = matches[0]
    layer.style = category_style(layer, column, spec)


def category_style(layer: Any, column: str, spec: str = "") -> dict[str, Any]:
    """A categorized style for ``layer`` from the distinct values of ``column`` (``gisdesk.styles``:
    the most frequent values get a colour each, the rest a grey "other"); the layer's current single
    symbol (marker size, outline, fill transparency) is the template."""
    from gisdesk.styles import SingleSymbol
    from gisdesk.styles.renderers import categorized_for

    style = layer.style or {}
    template = None
    if style.get("kind", "single") == "single":
        try:
            template = SingleSymbol.from_dict({k: v for k, v in style.items() if k != "labels"})
        except ValueError:
            template = None
    try:
        return categorized_for(layer.attributes, column, template=template, geometry_family=layer.geometry_family)
    except ValueError as exc:
        raise _BadInput(f"--style {spec or column}: layer {layer.name!r}: {exc}") from exc


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
