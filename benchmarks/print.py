"""Print benchmark: an A4 map page to PDF, gisdesk beside QGIS on the same files, the same page, in one run.

    .venv/bin/python benchmarks/print.py [--sizes 100000,1000000] [--repeat 3] [--keep DIR] [--data DIR]
                                         [--profile] [--no-qgis]

Data: the rendering benchmark's (``benchmarks/render.py``'s ``make_data``): ~400 ward polygons (a Voronoi
tessellation of a 60 x 40 km area around Huế, EPSG:9214, outlines densified to 250 m) and N service-request
points (70% clustered, a ``category`` column with 8 values), in GeoPackages, made in a temporary folder
(``--data DIR`` makes them there once and reuses them).

The page (both programs): A4 landscape, 10 mm margins; the map frame (219 x 174 mm, black frame 0.3 mm) showing
the area grown to the frame's shape; wards without fill, outlined dark grey 0.26 mm; requests as round markers
of 0.79 mm without outline, categorized in 8 colours (the rendering benchmark's styles); the legend (titled
"Chú giải") in the 55 mm column on the right; the scale bar (the same length and segments) in the footer. No
title, north arrow, date or sources. Placed by ``gisdesk.export.layout.layout_boxes``; QGIS gets the same boxes.

Measured, per size:

* export to PDF at 300 dpi, in process (the imports and the data loading done beforehand):
  gisdesk ``export_layout(project, layout, path, dpi=300)`` against QGIS 3.22's
  ``QgsLayoutExporter(layout).exportToPdf(path, PdfExportSettings(dpi=300))`` (QGIS reads its GeoPackage
  provider during the export; gisdesk has the layer in memory since ``Project.load``, timed apart);
* whole process, from start to the PDF written: ``gisdesk export PROJECT -o OUT.pdf --layout benchmark``
  against a PyQGIS script that opens both files, builds the layout and exports it;
* the PDF's size;
* crispness: a region of the map frame rendered from both PDFs with ``pdftoppm -r 300``; markers in the same
  places, the edge sharpness (mean colour gradient, QGIS's vector markers = 1.00) and the resolution of the
  images gisdesk embeds (``pdfimages -list``);
* if ``gisdesk.export.printing.export_atlas`` exists: the sample project's ward atlas (one page per ward, with
  the table of the wards' open requests).

Goal (issue 6): at 1,000,000 points at most 1/5 of QGIS's time and 1/4 of its file size, markers crisp at
300 dpi; the ward atlas in under 10 s. QGIS runs with Debian's /usr/bin/python3 (python3-qgis),
QT_QPA_PLATFORM=offscreen. Times are the minimum of ``--repeat`` runs. Page previews (50 dpi) and the crops
are written to ``--keep DIR`` (with the PDFs) or to a temporary ``gisdesk-print-bench`` folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # benchmarks/common.py (the script's own folder is on sys.path)
import render  # benchmarks/render.py: the data, its styles, and QGIS's layers with the same renderers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QGIS_PYTHON = "/usr/bin/python3"
DPI = 300
LAYOUT_NAME = "benchmark"
SAMPLE = ROOT / "sample_data" / "hue_sample.gisdesk"
ATLAS_LAYER = "Phường/xã (2025)"
ATLAS_NAME_FIELD = "name"
ATLAS_TABLE = "Phản ánh của người dân"
#: the crispness crop, in mm from the page's top-left corner (inside the map frame): x, y, width, height
CROP_MM = (95.0, 60.0, 30.0, 22.0)
GOAL_TIME, GOAL_SIZE, GOAL_ATLAS_S, GOAL_POINTS = 5.0, 4.0, 10.0, 1_000_000


def _use_data_dir(data: Path) -> None:
    """render.py's data helpers write to its module-level CACHE folder: point it at ``data``."""
    render.CACHE = data


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# ------------------------------------------------------------------------------------------------
# the page and the project (gisdesk's virtualenv)
# ------------------------------------------------------------------------------------------------
def make_spec(n: int, data: Path, out: Path) -> dict:
    """Write the gisdesk project with the benchmark layout; return what both workers need."""
    sys.path.insert(0, str(ROOT))
    from gisdesk.export.layout import PrintLayout, layout_boxes

    base = PrintLayout(name=LAYOUT_NAME, page="A4", orientation="landscape", title="", subtitle="", author="",
                       sources="", legend=True, scale_bar=True, north_arrow=False, date=False)
    boxes = layout_boxes(base)
    fw, fh = boxes.map[2], boxes.map[3]
    minx, miny, maxx, maxy = render.AREA
    res = max((maxx - minx) / fw, (maxy - miny) / fh)  # map units per mm: the area fits, grown to the frame
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    extent = (cx - res * fw / 2, cy - res * fh / 2, cx + res * fw / 2, cy + res * fh / 2)
    layout = PrintLayout(**{**base.to_dict(), "extent_mode": "explicit", "extent": extent})
    doc = json.loads(render.project_path(n).read_text(encoding="utf-8"))
    doc["name"] = f"print benchmark {n}"
    doc["layouts"] = [layout.to_dict()]
    project = data / f"print_{n}.gisdesk"
    project.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"n": n, "data": str(data), "project": str(project), "extent": list(extent), "dpi": DPI,
            "page": list(boxes.page), "map": list(boxes.map), "legend": list(boxes.legend),
            "footer": list(boxes.footer), "factor": boxes.factor,
            "gisdesk_pdf": str(out / f"gisdesk_{n}.pdf"), "qgis_pdf": str(out / f"qgis_{n}.pdf"),
            "qgis_cli_pdf": str(out / f"qgis_cli_{n}.pdf"), "gisdesk_cli_pdf": str(out / f"gisdesk_cli_{n}.pdf")}


# ------------------------------------------------------------------------------------------------
# workers (each runs in its own process and prints one JSON line)
# ------------------------------------------------------------------------------------------------
def worker_gisdesk(spec: dict, repeat: int, profile: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    t = time.perf_counter()
    from PySide6.QtGui import QGuiApplication

    import gisdesk.io  # noqa: F401 - registers the readers
    from gisdesk.core.project import Project
    from gisdesk.export.layout import project_layouts
    from gisdesk.export.printing import export_layout

    app = QGuiApplication.instance() or QGuiApplication([])
    imports = time.perf_counter() - t
    t = time.perf_counter()
    project = Project.load(spec["project"])
    load = time.perf_counter() - t
    layout = next(lay for lay in project_layouts(project)[0] if lay.name == LAYOUT_NAME)
    path = Path(spec["gisdesk_pdf"])
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = export_layout(project, layout, path, dpi=spec["dpi"])
        times.append(time.perf_counter() - t)
        if not result.ok:
            raise RuntimeError(f"gisdesk export failed: {result.status} {result.error}")
    top = None
    if profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        export_layout(project, layout, path, dpi=spec["dpi"])
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats("tottime").print_stats(15)
        stats.sort_stats("cumulative").print_stats(25)
        top = buf.getvalue()
    bar = result.scale_bar
    out = {"imports": imports, "load": load, "times": times, "size": path.stat().st_size,
           "visible_extent": list(result.map_settings.visible_extent()),
           "scale_bar": {"length_m": bar.length_m, "length_mm": bar.length_mm, "segments": bar.segments,
                         "unit": bar.unit},
           "peak_mb": _peak_mb(), "profile": top}
    del app
    return out


def worker_atlas(out_dir: str) -> dict:
    """The sample project's ward atlas, if ``export_atlas`` exists."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    import dataclasses

    from PySide6.QtGui import QGuiApplication

    import gisdesk.io  # noqa: F401 - registers the readers
    from gisdesk.core.project import Project
    from gisdesk.export import printing
    from gisdesk.export.layout import project_layouts

    if not hasattr(printing, "export_atlas"):
        return {"available": False}
    app = QGuiApplication.instance() or QGuiApplication([])
    t = time.perf_counter()
    project = Project.load(SAMPLE)
    load = time.perf_counter() - t
    base = project_layouts(project)[0][0]
    layout = dataclasses.replace(base, atlas_layer=ATLAS_LAYER, atlas_name_field=ATLAS_NAME_FIELD,
                                 table_layer=ATLAS_TABLE)
    path = Path(out_dir) / "atlas.pdf"
    t = time.perf_counter()
    result = printing.export_atlas(project, layout, path)
    seconds = time.perf_counter() - t
    status = getattr(result, "status", "?")
    out = {"available": True, "load": load, "seconds": seconds, "status": status,
           "error": getattr(result, "error", ""), "pages": getattr(result, "pages", None),
           "size": path.stat().st_size if path.exists() else None, "path": str(path)}
    del app
    return out


def _qgis_layout(spec: dict, bar: dict):
    """QgsApplication, the layers, the project and the print layout (the page of ``make_spec``)."""
    from qgis.core import (
        QgsLayoutExporter,  # noqa: F401 - imported here so a missing module fails before the timing
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemScaleBar,
        QgsLayoutMeasurement,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QColor

    _use_data_dir(Path(spec["data"]))
    qgs, wards, points, _ = render._qgis_setup(spec["n"])  # the same styles as the rendering benchmark
    project = QgsProject()
    project.setCrs(wards.crs())
    project.addMapLayer(wards, False)
    project.addMapLayer(points, False)
    root = project.layerTreeRoot()
    root.addLayer(points)  # the top layer first, as in gisdesk's legend
    root.addLayer(wards)
    mm = QgsUnitTypes.LayoutMillimeters
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)

    x, y, w, h = spec["map"]
    frame = QgsLayoutItemMap(layout)
    frame.setCrs(wards.crs())
    layout.addLayoutItem(frame)
    frame.attemptMove(QgsLayoutPoint(x, y, mm))
    frame.attemptResize(QgsLayoutSize(w, h, mm))
    frame.setLayers([points, wards])
    frame.setKeepLayerSet(True)
    extent = QgsRectangle(*spec["extent"])
    frame.setExtent(extent)  # (on a map without an extent zoomToExtent does nothing; setExtent may resize it)
    frame.attemptResize(QgsLayoutSize(w, h, mm))
    frame.zoomToExtent(extent)  # the frame's size kept, the extent grown to its shape (it has it already)
    frame.setFrameEnabled(True)
    frame.setFrameStrokeColor(QColor(0, 0, 0))
    frame.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, mm))
    frame.setBackgroundColor(QColor(255, 255, 255))

    lx, ly, _, _ = spec["legend"]
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Chú giải")
    legend.setLinkedMap(frame)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(lx, ly, mm))

    fx, fy, _, fh = spec["footer"]
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(frame)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers if bar["unit"] == "km" else QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel(bar["unit"])
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(bar["segments"])
    per_segment = bar["length_m"] / bar["segments"]
    scalebar.setUnitsPerSegment(per_segment / 1000.0 if bar["unit"] == "km" else per_segment)
    scalebar.setHeight(1.6)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(fx, fy + fh / 2 - 4.0, mm))
    scalebar.update()
    return qgs, project, layout, (wards, points, frame, legend, scalebar)


def _qgis_export(layout, path: str, dpi: int) -> None:
    from qgis.core import QgsLayoutExporter

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    status = QgsLayoutExporter(layout).exportToPdf(path, settings)
    if status != QgsLayoutExporter.Success:
        raise RuntimeError(f"QGIS exportToPdf returned {status}")


def worker_qgis(spec: dict, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t = time.perf_counter()
    qgs, project, layout, items = _qgis_layout(spec, spec["scale_bar"])
    setup = time.perf_counter() - t
    from qgis.core import Qgis

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        _qgis_export(layout, spec["qgis_pdf"], spec["dpi"])
        times.append(time.perf_counter() - t)
    out = {"setup": setup, "times": times, "size": Path(spec["qgis_pdf"]).stat().st_size,
           "version": Qgis.QGIS_VERSION, "peak_mb": _peak_mb()}
    del layout, items  # the layout and the layers must go before exitQgis(), or it crashes at exit
    project.clear()
    del project
    qgs.exitQgis()
    return out


def worker_qgis_cli(spec: dict) -> None:
    """The QGIS counterpart of ``gisdesk export PROJECT -o OUT.pdf``: start, open both files, lay out, export."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qgs, project, layout, items = _qgis_layout(spec, spec["scale_bar"])
    _qgis_export(layout, spec["qgis_cli_pdf"], spec["dpi"])
    del layout, items
    project.clear()
    del project
    qgs.exitQgis()


# ------------------------------------------------------------------------------------------------
# crispness (gisdesk's virtualenv: numpy; poppler's pdftoppm and pdfimages)
# ------------------------------------------------------------------------------------------------
def _read_ppm(path: Path):
    import numpy as np

    raw = path.read_bytes()
    fields, pos = [], 0
    while len(fields) < 4:  # P6 width height maxval, separated by whitespace
        while raw[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not raw[pos:pos + 1].isspace():
            pos += 1
        fields.append(raw[start:pos])
    w, h = int(fields[1]), int(fields[2])
    return np.frombuffer(raw, dtype=np.uint8, count=w * h * 3, offset=pos + 1).reshape(h, w, 3)


def _crop(pdf: Path, dest: Path, dpi: int = DPI):
    """The CROP_MM region of the PDF's first page at ``dpi``: an array, also saved as ``dest`` (.png)."""
    x, y, w, h = (round(v * dpi / 25.4) for v in CROP_MM)
    args = ["-f", "1", "-l", "1", "-r", str(dpi), "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    subprocess.run(["pdftoppm", *args, "-singlefile", str(pdf), str(dest.with_suffix(""))], check=True)
    ppm = dest.with_suffix(".ppm")
    img = _read_ppm(ppm)
    subprocess.run(["pdftoppm", *args, "-png", "-singlefile", str(pdf), str(dest.with_suffix(""))], check=True)
    ppm.unlink()
    return img


def _preview(pdf: Path, dest: Path) -> None:
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "50", "-png", "-singlefile", str(pdf),
                    str(dest.with_suffix(""))], check=True)


def _images(pdf: Path) -> list[str]:
    """``pdfimages -list`` rows: "WIDTHxHEIGHT @ PPI" of the images and soft masks."""
    proc = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=False)
    rows = []
    for line in proc.stdout.splitlines()[2:]:
        f = line.split()
        if len(f) >= 14:
            rows.append(f"{f[2]} {f[3]}x{f[4]} @ {f[12]} ppi")
    return rows


def crispness(gis_pdf: Path, qgis_pdf: Path | None, folder: Path, n: int) -> dict:
    """Edge sharpness and agreement of the crop rendered from both PDFs (see the module docstring)."""
    import numpy as np

    g = _crop(gis_pdf, folder / f"crop_gisdesk_{n}.png").astype(np.float64)
    out: dict = {"gisdesk_images": _images(gis_pdf), "crops": [str(folder / f"crop_gisdesk_{n}.png")]}

    def sharpness(img) -> float:  # mean |colour gradient| over the pixels that are not white
        dx = np.abs(np.diff(img, axis=1)).sum(axis=2)[:-1, :]
        dy = np.abs(np.diff(img, axis=0)).sum(axis=2)[:, :-1]
        ink = (img[:-1, :-1] < 250).any(axis=2)
        return float((dx + dy)[ink].mean()) if ink.any() else 0.0

    def ink(img):
        return (img < 200).any(axis=2)

    out["gisdesk_sharpness"] = sharpness(g)
    out["gisdesk_ink"] = float(ink(g).mean())
    if qgis_pdf is not None and qgis_pdf.exists():
        q = _crop(qgis_pdf, folder / f"crop_qgis_{n}.png").astype(np.float64)
        out["crops"].append(str(folder / f"crop_qgis_{n}.png"))
        out["qgis_sharpness"] = sharpness(q)
        out["qgis_ink"] = float(ink(q).mean())
        a, b = ink(g), ink(q)
        out["ink_overlap"] = float((a & b).sum() / max((a | b).sum(), 1))  # intersection over union
        # the shift (pixels) that lines gisdesk's picture up best with QGIS's
        m = 3
        inner = b[m:-m, m:-m]

        def iou(dx: int, dy: int) -> float:
            moved = a[m + dy:a.shape[0] - m + dy, m + dx:a.shape[1] - m + dx]
            return float((moved & inner).sum() / max((moved | inner).sum(), 1))

        best = max((iou(dx, dy), dx, dy) for dx in range(-m, m + 1) for dy in range(-m, m + 1))
        out["best_shift"] = [best[1], best[2], best[0]]
        out["mean_abs_diff"] = float(np.abs(g - q).mean())
    return out


# ------------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------------
def _worker(python: str, kind: str, spec_path: Path, repeat: int = 1, extra: tuple[str, ...] = ()) -> dict:
    proc = subprocess.run([python, str(Path(__file__)), "--worker", kind, "--spec", str(spec_path),
                           "--repeat", str(repeat), *extra], capture_output=True, text=True, cwd=ROOT,
                          env=common.env(), timeout=3600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _have_qgis() -> str | None:
    if not Path(QGIS_PYTHON).exists():
        return None
    proc = subprocess.run([QGIS_PYTHON, "-c", "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)"],
                          capture_output=True, text=True, env=common.env(), check=False)
    return proc.stdout.strip() if proc.returncode == 0 else None


def _mb(v: int | None) -> str:
    return "-" if v is None else f"{v / 1e6:.1f} MB"


def _size_ratio(g: int | None, q: int | None) -> str:
    return common.ratio(float(g), float(q)) if g and q else ""


def measure(sizes: list[int], repeat: int, data: Path, out: Path, pictures: Path, qgis: str | None,
            profile: bool) -> None:
    _use_data_dir(data)
    # the data is made in a child process: a driver grown to ~800 MB making 1M points would hand its peak
    # memory (ru_maxrss survives fork and exec on Linux) to every worker it starts
    subprocess.run([sys.executable, str(Path(__file__)), "--worker", "data", "--spec", str(data),
                    "--sizes", ",".join(map(str, sizes))], cwd=ROOT, env=common.env(), check=True)
    common.compile_bytecode()
    rows = []
    for n in sizes:
        print(f"measuring {n:,} points ...", flush=True)
        spec = make_spec(n, data, out)
        spec_path = data / f"print_{n}.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        g = _worker(sys.executable, "gisdesk", spec_path, repeat, ("--profile",) if profile and n == max(sizes) else ())
        spec["scale_bar"] = g["scale_bar"]  # QGIS draws the bar gisdesk chose (same length and segments)
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        g_cli = common_whole([sys.executable, "-m", "gisdesk", "export", spec["project"], "-o",
                              spec["gisdesk_cli_pdf"], "--layout", LAYOUT_NAME, "--dpi", str(DPI)])
        q = q_cli = None
        if qgis:
            q = _worker(QGIS_PYTHON, "qgis", spec_path, repeat)
            q_cli = common_whole([QGIS_PYTHON, str(Path(__file__)), "--worker", "qgis-cli", "--spec", str(spec_path)])
        gpdf, qpdf = Path(spec["gisdesk_pdf"]), Path(spec["qgis_pdf"])
        _preview(gpdf, pictures / f"page_gisdesk_{n}.png")
        if q:
            _preview(qpdf, pictures / f"page_qgis_{n}.png")
        crisp = crispness(gpdf, qpdf if q else None, pictures, n)
        rows.append((n, g, g_cli, q, q_cli, crisp))
    print("measuring the sample project's ward atlas ...", flush=True)
    spec_path = data / "atlas.json"
    spec_path.write_text(json.dumps({"out": str(out)}), encoding="utf-8")
    try:
        atlas = _worker(sys.executable, "atlas", spec_path)
    except RuntimeError as exc:
        atlas = {"available": True, "status": "error", "error": str(exc).strip().splitlines()[-1]}
    print()
    report(rows, atlas, repeat, qgis, pictures)


def common_whole(cmd: list[str]) -> tuple[float, float, float] | str:
    """(wall seconds, -, max RSS MB) of one run of ``cmd`` from start to exit, or why it failed."""
    try:
        return render._whole_process(cmd, 1, common.env())
    except RuntimeError as exc:
        return str(exc).strip().splitlines()[-1]


def report(rows, atlas: dict, repeat: int, qgis: str | None, pictures: Path) -> None:
    w = 34
    fmt, ratio = common.times, common.ratio
    print(f"A4 landscape page, {DPI} dpi PDF; QGIS {qgis or '(not installed)'}; {os.cpu_count()} CPU(s); "
          f"in-process times: minimum of {repeat}")
    print(f"{'':{w}} {'QGIS':>12} {'gisdesk':>12} {'gisdesk/QGIS':>13}   goal")
    verdicts = []
    for n, g, g_cli, q, q_cli, crisp in rows:
        q = q or {}
        gt, qt = min(g["times"]), (min(q["times"]) if q else None)
        big = n == max(r[0] for r in rows) and n >= GOAL_POINTS  # the goal is set at 1M points
        print(f"{n:,} points")
        if repeat > 1:  # the first export of the process (QGIS: also its first read of the GeoPackage)
            g1, q1 = g["times"][0], (q["times"][0] if q else None)
            print(f"  {'export to PDF, first':{w - 2}} {fmt(q1):>12} {fmt(g1):>12} {ratio(g1, q1):>13}")
        label = f"export to PDF, best of {repeat}" if repeat > 1 else "export to PDF (in process)"
        print(f"  {label:{w - 2}} {fmt(qt):>12} {fmt(gt):>12} {ratio(gt, qt):>13}   "
              + (f"<= 1/{GOAL_TIME:g} of QGIS" if big else ""))
        gw = g_cli[0] if isinstance(g_cli, tuple) else g_cli
        qw = q_cli[0] if isinstance(q_cli, tuple) else q_cli
        print(f"  {'whole process, start to PDF':{w - 2}} {fmt(qw):>12} {fmt(gw):>12} {ratio(gw, qw):>13}")
        print(f"  {'PDF size':{w - 2}} {_mb(q.get('size')):>12} {_mb(g['size']):>12} "
              f"{_size_ratio(g['size'], q.get('size')):>13}   " + (f"<= 1/{GOAL_SIZE:g} of QGIS" if big else ""))
        if isinstance(g_cli, str):
            print(f"  (gisdesk export: {g_cli})")
        if isinstance(q_cli, str):
            print(f"  (QGIS script: {q_cli})")
        qm = f"{q['peak_mb']:.0f} MB" if q else "-"
        print(f"  {'peak memory (in-process worker)':{w - 2}} {qm:>12} {g['peak_mb']:>9.0f} MB")
        qm = f"{q_cli[2]:.0f} MB" if isinstance(q_cli, tuple) else "-"
        gm = f"{g_cli[2]:.0f} MB" if isinstance(g_cli, tuple) else "-"
        print(f"  {'peak memory, whole process':{w - 2}} {qm:>12} {gm:>12}")
        print(f"  {'gisdesk: imports / project load':{w - 2}} {'':>12} "
              f"{common.seconds(g['imports'])} / {common.seconds(g['load'])}"
              + (f"; QGIS start, open, lay out: {common.seconds(q['setup'])}" if q else ""))
        line = f"  crispness ({CROP_MM[2]:g} x {CROP_MM[3]:g} mm of the map at {DPI} dpi): gisdesk sharpness " \
               f"{crisp['gisdesk_sharpness']:.0f}"
        if "qgis_sharpness" in crisp:
            rel = crisp["gisdesk_sharpness"] / crisp["qgis_sharpness"] if crisp["qgis_sharpness"] else 0.0
            line += (f", QGIS {crisp['qgis_sharpness']:.0f} (gisdesk/QGIS {rel:.2f}); ink "
                     f"{100 * crisp['gisdesk_ink']:.1f}% / {100 * crisp['qgis_ink']:.1f}% of the crop, overlap "
                     f"(IoU) {crisp['ink_overlap']:.2f} ({crisp['best_shift'][2]:.2f} with gisdesk's picture shifted "
                     f"{crisp['best_shift'][0]:+d}, {crisp['best_shift'][1]:+d} px), mean |difference| "
                     f"{crisp['mean_abs_diff']:.1f} of 255")
        print(line)
        print(f"  gisdesk's PDF images: {', '.join(crisp['gisdesk_images']) or 'none (all vector)'}")
        if big and q:
            verdicts.append(("time", qt / gt >= GOAL_TIME, f"1/{qt / gt:.1f}"))
            verdicts.append(("size", q["size"] / g["size"] >= GOAL_SIZE, f"1/{q['size'] / g['size']:.1f}"))
    if verdicts:
        n = max(r[0] for r in rows)
        print(f"goal at {n:,} points: " + ", ".join(f"{k} {v} ({'met' if ok else 'NOT met'})" for k, ok, v in verdicts))
    if not atlas.get("available"):
        print("atlas: not available")
    elif atlas.get("status") != "ok":
        print(f"atlas: {atlas.get('status')} ({atlas.get('error')})")
    else:
        ok = "met" if atlas["seconds"] < GOAL_ATLAS_S else "NOT met"
        print(f"atlas (sample project, one page per ward, table of open requests): {atlas['pages']} pages in "
              f"{common.seconds(atlas['seconds'])}, {_mb(atlas['size'])} (goal < {GOAL_ATLAS_S:g} s: {ok}); "
              f"project load {common.seconds(atlas['load'])}")
    for n, g, *_ in rows:
        if g.get("profile"):
            print(f"\ncProfile of one gisdesk export at {n:,} points:\n{g['profile']}")
    print(f"page previews (50 dpi) and crops ({DPI} dpi): {pictures}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="numbers of points, comma-separated")
    ap.add_argument("--repeat", type=int, default=3, help="in-process exports per program (the minimum is shown)")
    ap.add_argument("--keep", type=Path, help="keep the PDFs (and the pictures) in this folder")
    ap.add_argument("--data", type=Path, help="make the GeoPackages in this folder once and reuse them "
                                              "(default: a temporary folder)")
    ap.add_argument("--profile", action="store_true", help="cProfile one gisdesk export at the largest size")
    ap.add_argument("--no-qgis", action="store_true", help="measure gisdesk only")
    ap.add_argument("--worker", choices=["data", "gisdesk", "qgis", "qgis-cli", "atlas"], help=argparse.SUPPRESS)
    ap.add_argument("--spec", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker == "data":
        _use_data_dir(args.spec)
        render.make_data([int(v) for v in args.sizes.split(",")])
        return
    if args.worker:
        spec = json.loads(args.spec.read_text(encoding="utf-8"))
        if args.worker == "gisdesk":
            print(json.dumps(worker_gisdesk(spec, args.repeat, args.profile)))
        elif args.worker == "qgis":
            print(json.dumps(worker_qgis(spec, args.repeat)))
        elif args.worker == "qgis-cli":
            worker_qgis_cli(spec)
            print("{}")
        else:
            print(json.dumps(worker_atlas(spec["out"])))
        return

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    qgis = None if args.no_qgis else _have_qgis()
    if not args.no_qgis and qgis is None:
        print("QGIS (python3-qgis for /usr/bin/python3) is not installed: measuring gisdesk only.\n"
              "  apt-get install -y qgis python3-qgis qgis-providers", flush=True)
    with tempfile.TemporaryDirectory(prefix="gisdesk-print-bench-") as tmp:
        data = args.data or Path(tmp) / "data"
        out = args.keep or Path(tmp) / "out"
        pictures = args.keep or Path(tempfile.gettempdir()) / "gisdesk-print-bench"
        for folder in (data, out, pictures):
            folder.mkdir(parents=True, exist_ok=True)
        measure(sizes, max(1, args.repeat), data, out, pictures, qgis, args.profile)


if __name__ == "__main__":
    if shutil.which("time") is None and not Path("/usr/bin/time").exists():  # pragma: no cover
        sys.exit("needs /usr/bin/time (apt-get install time)")
    main()
