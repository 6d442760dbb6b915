"""``gisdesk export``: a project to paper or to the web, headless.

    gisdesk export PROJECT.gisdesk -o OUT.pdf|OUT.png|OUT.html [--layout NAME] [--dpi N]
                   [--atlas LAYER] [--per-file]

PDF and PNG use a print layout of the project (``--layout NAME``; the first one by default, or the default A4
landscape layout when the project has none); HTML writes the offline interactive map of the visible layers.
``--atlas LAYER`` prints one page per polygon of LAYER (e.g. the wards), the map zoomed to it, into one
multi-page PDF, or with ``--per-file`` (always for PNG) one file per page named OUT_NN_<name>.pdf|png; it
replaces the layout's own atlas layer. A layout that has an atlas layer prints its atlas without --atlas.
The project's saved view and time window apply. Exit codes: 0 written, 2 bad input or a failed export.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def export_command(argv: list[str]) -> int:
    """``argv`` after the word "export"."""
    parser = argparse.ArgumentParser(prog="gisdesk export", description=__doc__.strip().splitlines()[0],
                                     epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", help="the .gisdesk project")
    parser.add_argument("-o", "--output", required=True, help="the file to write: .pdf, .png or .html")
    parser.add_argument("--layout", help="the name of the project's print layout (PDF/PNG)")
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the PDF's images or the PNG (default 300)")
    parser.add_argument("--atlas", metavar="LAYER", help="one page per polygon of this layer (e.g. the wards)")
    parser.add_argument("--per-file", action="store_true", help="an atlas as one file per page")
    args = parser.parse_args(argv)
    from gisdesk.core.errors import ProjectError
    from gisdesk.core.project import Project

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png", ".html", ".htm"):
        return _fail(f"{args.output}: write a .pdf, .png or .html file")
    if not 30 <= args.dpi <= 1200:
        return _fail(f"--dpi {args.dpi}: give a resolution between 30 and 1200")
    if suffix in (".html", ".htm") and (args.atlas or args.per_file):
        return _fail("--atlas and --per-file make PDF or PNG pages; an HTML map has no pages")
    try:
        project = Project.load(args.project)
    except ProjectError as exc:
        return _fail(str(exc))
    for problem in project.load_problems:
        print(f"gisdesk: {problem}", file=sys.stderr)
    if suffix in (".html", ".htm"):
        from gisdesk.export.html import export_html

        result = export_html(project, out, window=project.time_window)
        if not result.ok:
            return _fail(result.error or f"{out}: the export was cancelled")
        for note in result.notes:
            print(note)
        print(f"wrote {out} ({result.size_bytes / 1e6:.1f} MB)")
        return EXIT_OK
    from gisdesk.export.layout import project_layouts

    layouts, problems = project_layouts(project)
    for problem in problems:
        print(f"gisdesk: {problem}", file=sys.stderr)
    if args.layout:
        chosen = [lay for lay in layouts if lay.name == args.layout]
        if not chosen:
            return _fail(f"--layout {args.layout!r}: the project has no such layout; it has: "
                         + ", ".join(lay.name for lay in layouts))
        layout = chosen[0]
    else:
        layout = layouts[0]
    if args.atlas is not None:
        import dataclasses

        from gisdesk.export.printing import atlas_pages

        if not any(lyr.name == args.atlas for lyr in project.layers):
            return _fail(f"--atlas {args.atlas!r}: the project has no such layer; it has: "
                         + ", ".join(lyr.name for lyr in project.layers))
        layout = dataclasses.replace(layout, atlas_layer=args.atlas)
        try:
            atlas_pages(project, layout, project.time_window)
        except ValueError as exc:
            return _fail(f"--atlas {args.atlas!r}: {exc}")
    elif args.per_file and not layout.atlas_layer:
        return _fail(f"--per-file: layout {layout.name!r} has no atlas; give --atlas LAYER")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts need a QGuiApplication, not a screen
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "gisdesk"])
    from gisdesk.export.printing import export_atlas, export_layout

    if layout.atlas_layer:
        result = export_atlas(project, layout, out, per_file=args.per_file, dpi=args.dpi, window=project.time_window)
    else:
        result = export_layout(project, layout, out, dpi=args.dpi, extent=project.view_extent,
                               window=project.time_window)
    del app
    if result.status != "ok":
        return _fail(result.error or f"{out}: the export was cancelled")
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    if len(result.files) > 1:
        print(f"wrote {len(result.files)} files into {out.parent} ({layout.name}, {pages}, {args.dpi} dpi): "
              f"{result.files[0].name} … {result.files[-1].name}")
    else:
        print(f"wrote {out} ({layout.name}, {pages}, {args.dpi} dpi)")
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"gisdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
