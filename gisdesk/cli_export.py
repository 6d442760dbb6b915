"""``gisdesk export``: a project to paper or to the web, headless.

    gisdesk export PROJECT.gisdesk -o OUT.pdf|OUT.png|OUT.html [--layout NAME] [--dpi N]

PDF and PNG use a print layout of the project (``--layout NAME``; the first one by default, or the default A4
landscape layout when the project has none); HTML writes the offline interactive map of the visible layers.
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
    args = parser.parse_args(argv)
    from gisdesk.core.errors import ProjectError
    from gisdesk.core.project import Project

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png", ".html", ".htm"):
        return _fail(f"{args.output}: write a .pdf, .png or .html file")
    if not 30 <= args.dpi <= 1200:
        return _fail(f"--dpi {args.dpi}: give a resolution between 30 and 1200")
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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts need a QGuiApplication, not a screen
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "gisdesk"])
    from gisdesk.export.printing import export_layout

    result = export_layout(project, layout, out, dpi=args.dpi, extent=project.view_extent,
                           window=project.time_window)
    del app
    if result.status != "ok":
        return _fail(result.error or f"{out}: the export was cancelled")
    print(f"wrote {out} ({layout.name}, {result.pages} page{'s' if result.pages != 1 else ''}, {args.dpi} dpi)")
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"gisdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
