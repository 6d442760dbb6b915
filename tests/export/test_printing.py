"""Print layouts drawn to PDF and PNG (``gisdesk.export.printing``), read back with poppler's tools."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from gisdesk.core.project import Project
from gisdesk.export.layout import PrintLayout, layout_boxes

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE = "Phản ánh hiện trường — phường Phú Hội"
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "hue_sample.gisdesk"
WARD_STROKE = (60, 60, 60)  # the sample's "Phường/xã (2025)" outline colour

# in CI (GISDESK_REQUIRE_SHARED=1) a missing poppler is a failure, not a skip: the dev script installs it
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None and os.environ.get("GISDESK_REQUIRE_SHARED") != "1",
                                   reason="poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed")


@pytest.fixture(scope="module")
def project():
    return Project.load(SAMPLE)


@pytest.fixture(scope="module")
def sample_pdf(project, tmp_path_factory, qapp):
    from gisdesk.export.printing import export_layout

    out = tmp_path_factory.mktemp("print") / "phu_hoi.pdf"
    layout = PrintLayout(title=TITLE, subtitle="Tuần 47", author="Tổ GIS phường", sources="OpenStreetMap")
    result = export_layout(project, layout, out, dpi=300)
    return out, result, layout


def _png_array(path: Path) -> np.ndarray:
    """(h, w, 3) uint8 RGB of a PNG, read with Qt."""
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    buf = np.frombuffer(image.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return buf[:, : 3 * w].reshape(h, w, 3).copy()


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8").stdout


@needs_poppler
def test_pdf_page_text_and_legend(sample_pdf, project):
    out, result, _ = sample_pdf
    assert result.status == "ok" and result.pages == 1 and result.error == ""
    info = _run("pdfinfo", str(out))
    assert "Pages:           1" in info
    assert "842 x 595 pts" in info  # A4 landscape
    text = unicodedata.normalize("NFC", _run("pdftotext", "-layout", str(out), "-"))
    assert TITLE in text  # text stays text, Vietnamese glyphs included
    assert "Tuần 47" in text and "Tổ GIS phường" in text and "OpenStreetMap" in text
    for layer in project.layers:
        if layer.visible:
            assert layer.name in text, layer.name
    assert "Trường học" in text  # a class of the categorized facilities layer
    assert "km" in text  # the scale bar's unit
    # the elevation raster's legend: its ramp with the values it spans (the whole raster's, as on screen)
    from gisdesk.layers import RasterLayer
    from gisdesk.render.raster import raster_legend

    (raster,) = [layer for layer in project.layers if isinstance(layer, RasterLayer)]
    low, high = raster_legend(raster)[1].ramp_labels
    assert f"{low} – {high}" in text, (low, high)
    # the fonts travel with the file (Vietnamese prints on any machine)
    fonts = _run("pdffonts", str(out)).strip().splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    # images (the raster, aggregated markers) are deflated, never JPEG: markers stay crisp
    images = _run("pdfimages", "-list", str(out)).strip().splitlines()[2:]
    assert images and not any(" jpeg " in line for line in images), images
    # nothing else was left in the folder (the temporary file was renamed into place)
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


@needs_poppler
def test_pdf_page_renders_the_map(sample_pdf):
    out, _, _ = sample_pdf
    for res in (50, 120):
        png = out.parent / f"page{res}"
        _run("pdftoppm", "-r", str(res), "-png", "-singlefile", str(out), str(png))
        rgb = _png_array(png.with_suffix(".png"))
        png.with_suffix(".png").unlink()
        h, w, _ = rgb.shape
        assert abs(w - 297 / 25.4 * res) <= 1 and abs(h - 210 / 25.4 * res) <= 1
        assert rgb.std() > 20  # not a blank page
        x, y, fw, fh = (v / 25.4 * res for v in layout_boxes(sample_pdf[2]).map)
        frame = rgb[int(y) + 3:int(y + fh) - 3, int(x) + 3:int(x + fw) - 3].astype(int)
        ward = (np.abs(frame - np.array(WARD_STROKE)).max(axis=2) <= 10).sum()
        assert ward > 0.002 * frame.shape[0] * frame.shape[1], ward  # the wards' outline colour is drawn
        outside = rgb[: int(y) - 2, :].reshape(-1, 3)  # above the map frame: the white title band
        assert (outside.min(axis=1) > 200).mean() > 0.9


@needs_poppler
def test_polygons_lines_and_text_stay_vectors(project, tmp_path, qapp):
    """A page of the wards, roads and river only: the PDF holds no image at all, yet draws the outlines."""
    from gisdesk.core.registry import layer_from_state
    from gisdesk.export.printing import export_layout

    keep = ("Phường/xã (2025)", "Đường chính", "Sông, đầm phá")
    layers = [layer_from_state(lyr.get_state()) for lyr in project.layers if lyr.name in keep]
    assert len(layers) == 3
    vector_only = Project(name="v", crs=project.crs, layers=layers)
    out = tmp_path / "vector.pdf"
    layout = PrintLayout(title=TITLE)
    result = export_layout(vector_only, layout, out, dpi=300, extent=project.view_extent)
    assert result.ok, result.error
    images = _run("pdfimages", "-list", str(out)).strip().splitlines()
    assert len(images) == 2, images  # the header lines only: no raster anywhere on the page
    assert TITLE in unicodedata.normalize("NFC", _run("pdftotext", str(out), "-"))
    _run("pdftoppm", "-r", "100", "-png", "-singlefile", str(out), str(tmp_path / "v"))
    rgb = _png_array(tmp_path / "v.png")
    x, y, fw, fh = (v / 25.4 * 100 for v in layout_boxes(layout).map)
    frame = rgb[int(y) + 3:int(y + fh) - 3, int(x) + 3:int(x + fw) - 3].astype(int)
    assert (np.abs(frame - np.array(WARD_STROKE)).max(axis=2) <= 10).sum() > 300


def test_png_at_150_dpi(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    out = tmp_path / "map.png"
    result = export_layout(project, PrintLayout(title=TITLE), out, dpi=150)
    assert result.status == "ok", result.error
    rgb = _png_array(out)
    assert rgb.shape[:2] == (1240, 1754)  # A4 landscape at 150 dpi: 210 × 297 mm
    assert result.map_settings.dpi == 150
    x, y, fw, fh = (v / 25.4 * 150 for v in layout_boxes(PrintLayout(title=TITLE)).map)
    assert result.map_settings.size == (round(fw), round(fh))
    frame = rgb[int(y) + 3:int(y + fh) - 3, int(x) + 3:int(x + fw) - 3].astype(int)
    assert (np.abs(frame - np.array(WARD_STROKE)).max(axis=2) <= 10).sum() > 500


def test_scale_bar_matches_the_map_scale(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    # a known extent around the citadel, EPSG:9214 (metres)
    ext = (556_000.0, 1_815_000.0, 562_000.0, 1_819_000.0)
    layout = PrintLayout(extent_mode="explicit", extent=ext, legend=False)
    result = export_layout(project, layout, tmp_path / "bar.png", dpi=100)
    assert result.ok, result.error
    bar = result.scale_bar
    frame_w_mm = layout_boxes(layout).map[2]
    s = result.map_settings
    vis = s.visible_extent()
    frame_m_per_mm = (vis[2] - vis[0]) / (s.width * 25.4 / s.dpi)
    assert frame_w_mm == pytest.approx(s.width * 25.4 / s.dpi, abs=0.3)
    assert bar.length_m / bar.length_mm == pytest.approx(frame_m_per_mm, rel=0.01)
    assert bar.length_m / bar.length_mm == pytest.approx(s.scale_denominator() / 1000, rel=0.01)
    assert bar.length_m in (1000.0, 2000.0, 500.0, 200.0) and bar.length_mm <= 0.45 * frame_w_mm + 1e-9


def test_scale_bar_in_a_geographic_crs_is_in_ground_metres(tmp_path, qapp):
    from gisdesk.export.layout import ground_metres
    from gisdesk.export.printing import export_layout

    project = Project(name="geo", crs="EPSG:4326")
    layout = PrintLayout(extent_mode="explicit", extent=(107.50, 16.40, 107.70, 16.52), legend=False)
    result = export_layout(project, layout, tmp_path / "geo.png", dpi=72)
    assert result.ok, result.error
    s, bar = result.map_settings, result.scale_bar
    vis = s.visible_extent()
    cy = (vis[1] + vis[3]) / 2
    ground = ground_metres("EPSG:4326", vis[0], cy, vis[2], cy)  # along the map's centre line
    assert bar.length_m / bar.length_mm == pytest.approx(ground / (s.width * 25.4 / s.dpi), rel=0.01)
    # a degree of longitude is ~cos(16.46°) of a degree of latitude: treating degrees as equal would be 4 % off
    naive = (vis[2] - vis[0]) * 110_574 / (s.width * 25.4 / s.dpi)
    assert abs(bar.length_m / bar.length_mm / naive - 1) > 0.03


def test_fixed_scale_5000(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    layout = PrintLayout(page="A4", orientation="portrait", extent_mode="explicit",
                         extent=(558_000.0, 1_816_000.0, 560_000.0, 1_817_000.0), scale=5000)
    result = export_layout(project, layout, tmp_path / "5000.png", dpi=96)
    assert result.ok, result.error
    frame_w_mm = layout_boxes(layout).map[2]
    vis = result.map_settings.visible_extent()
    assert vis[2] - vis[0] == pytest.approx(frame_w_mm * 5.0, rel=2e-3)  # 5 m of ground per mm of paper
    assert (vis[0] + vis[2]) / 2 == pytest.approx(559_000.0, abs=5)
    assert result.map_settings.scale_denominator() == pytest.approx(5000, rel=2e-3)


def test_layer_extent_mode(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    wards = next(lyr for lyr in project.layers if lyr.name == "Phường/xã (2025)")
    result = export_layout(project, PrintLayout(extent_mode=f"layer:{wards.name}"), tmp_path / "w.png", dpi=50)
    assert result.ok, result.error
    vis = result.map_settings.visible_extent()
    ext = wards.extent
    assert vis[0] <= ext[0] and vis[2] >= ext[2] and vis[1] <= ext[1] and vis[3] >= ext[3]
    missing = export_layout(project, PrintLayout(extent_mode="layer:nope"), tmp_path / "x.png", dpi=50)
    assert missing.status == "error" and "nope" in missing.error
    assert not (tmp_path / "x.png").exists()


def test_write_into_a_file_as_folder_fails_and_leaves_nothing(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    for name in ("out.pdf", "out.png"):
        result = export_layout(project, PrintLayout(title=TITLE), blocker / name, dpi=50)
        assert result.status == "error" and str(blocker) in result.error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]
    bad = export_layout(project, PrintLayout(), tmp_path / "out.svg", dpi=50)
    assert bad.status == "error" and ".pdf or .png" in bad.error


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_cancel_leaves_no_file(project, tmp_path, qapp, suffix):
    from gisdesk.export.printing import export_layout

    target = tmp_path / f"old{suffix}"
    target.write_bytes(b"the user's previous export")
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3  # part way through the map layers

    result = export_layout(project, PrintLayout(title=TITLE), target, dpi=72, cancel=cancel)
    assert result.status == "cancelled"
    assert target.read_bytes() == b"the user's previous export"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left


def test_runs_on_a_worker_thread_with_progress(project, tmp_path, qapp):
    from concurrent.futures import ThreadPoolExecutor

    from gisdesk.export.printing import export_layout

    seen: list[float] = []
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(export_layout, project, PrintLayout(title=TITLE), tmp_path / "bg.pdf", dpi=100,
                             progress=seen.append)
        result = future.result(timeout=60)
    assert result.ok, result.error
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 3
    assert (tmp_path / "bg.pdf").read_bytes().startswith(b"%PDF-")


@needs_poppler
def test_print_through_a_qprinter(project, tmp_path, qapp):
    """Direct printing draws the same page on a QPrinter (here one that prints to a PDF file, as a system
    print dialog's "Print to file" does): the layout's page size, the title as text, at the printer's dpi."""
    from PySide6.QtPrintSupport import QPrinter

    from gisdesk.export.printing import print_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    layout = PrintLayout(page="A3", orientation="portrait", title=TITLE)
    result = print_layout(project, layout, printer)
    assert result.ok, result.error
    assert result.map_settings.dpi == printer.resolution()
    info = _run("pdfinfo", str(out))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    assert "842 x 1191 pts" in info  # A3 portrait
    assert TITLE in unicodedata.normalize("NFC", _run("pdftotext", str(out), "-"))


def test_preview_image_is_the_page_at_low_dpi(project, qapp):
    from gisdesk.export.printing import render_preview

    layout = PrintLayout(title=TITLE)
    image = render_preview(project, layout, dpi=40)
    assert (image.width(), image.height()) == (round(297 * 40 / 25.4), round(210 * 40 / 25.4))
    px = image.convertToFormat(image.Format.Format_RGB888)
    arr = np.frombuffer(px.constBits(), dtype=np.uint8, count=px.bytesPerLine() * px.height())
    assert (arr < 250).mean() > 0.05  # something is drawn, not a white page
    assert render_preview(project, layout, dpi=40, cancel=lambda: True).isNull()
    with pytest.raises(ValueError, match="no layer named"):
        render_preview(project, PrintLayout(extent_mode="layer:nope"), dpi=40)


# ------------------------------------------------------------------------------------------------
# table frame, coordinate grid, overview inset
# ------------------------------------------------------------------------------------------------
REQUESTS = "Phản ánh của người dân"
CITADEL = (556_000.0, 1_815_000.0, 562_000.0, 1_819_000.0)


@pytest.fixture(scope="module")
def items_pdf(project, tmp_path_factory, qapp):
    from gisdesk.export.printing import export_layout

    out = tmp_path_factory.mktemp("items") / "items.pdf"
    layout = PrintLayout(title=TITLE, extent_mode="explicit", extent=CITADEL, table_layer=REQUESTS,
                         table_max_rows=12, grid="map", grid_interval=1000, overview=True)
    result = export_layout(project, layout, out, dpi=100)
    assert result.ok, result.error
    return out, result, layout, project


def _open_requests_in(project, extent, layout=None, settings=None):
    """The open requests located in ``extent``, oldest first; with ``layout`` and ``settings`` (the map frame as
    drawn) not those under the overview inset."""
    from gisdesk.render.geometry import transform_coords

    req = next(lyr for lyr in project.layers if lyr.name == REQUESTS)
    x, y = transform_coords(req.points.x, req.points.y, req.crs, project.crs)
    inside = (x >= extent[0]) & (x <= extent[2]) & (y >= extent[1]) & (y <= extent[3])
    if layout is not None:
        b = layout_boxes(layout)
        res_mm = settings.resolution() * settings.dpi / 25.4  # map units per mm of paper
        ox, oy = b.map[0] + (x - extent[0]) / res_mm, b.map[1] + (extent[3] - y) / res_mm
        ov = b.overview
        inside &= ~((ox >= ov[0]) & (ox <= ov[0] + ov[2]) & (oy >= ov[1]) & (oy <= ov[1] + ov[3]))
    table = req.attributes
    keep = inside & (table["state"] != "closed").to_numpy()
    return table[keep].sort_values(["requested_datetime"], kind="stable")


@needs_poppler
def test_table_frame_lists_the_oldest_open_requests_numbered(items_pdf, project):
    out, result, layout, _ = items_pdf
    expected = _open_requests_in(project, result.map_settings.visible_extent(), layout, result.map_settings)
    assert len(expected) > 12
    text = unicodedata.normalize("NFC", _run("pdftotext", "-layout", str(out), "-"))
    assert f"{REQUESTS} — {len(expected)} phản ánh chưa đóng" in text
    assert f"… và {len(expected) - 12} phản ánh khác" in text
    for header in ("Mã", "Ngày nhận", "Loại", "Địa chỉ", "Trạng thái"):
        assert header in text
    rows = re.findall(r"^\s*.*?\b(\d{1,2})\s+(HUE-\d{4}-\d{6})\s+(\d\d/\d\d/\d{4})", text, re.MULTILINE)
    assert [int(n) for n, _, _ in rows] == list(range(1, 13))
    assert [rid for _, rid, _ in rows] == list(expected["service_request_id"][:12])  # oldest first
    first = expected.iloc[0]["requested_datetime"].tz_convert("Asia/Ho_Chi_Minh").strftime("%d/%m/%Y")
    assert rows[0][2] == first  # dates in Huế's time, dd/mm/yyyy
    assert "Quá hạn" in text or "Đang mở" in text  # states in Vietnamese


@needs_poppler
def test_numbers_on_the_map_match_the_table(items_pdf):
    out, _result, layout, _ = items_pdf
    x, y, w, h = (v / 25.4 * 72 for v in layout_boxes(layout).map)  # PDF points
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                       _run("pdftotext", "-bbox", str(out), "-"))
    in_frame = [(float(a), float(b), t) for a, b, t in words if x < float(a) < x + w and y < float(b) < y + h]
    grid_lines = {b for _, b, t in in_frame if t == "000"}  # the grid's labels ("1 816 000"), not numbers
    numbers = [int(t) for _, b, t in in_frame if t.isdigit() and len(t) <= 2 and b not in grid_lines]
    assert sorted(numbers) == list(range(1, 13))  # each listed row has its number on the map, once
    text = " ".join(t for _, _, t in in_frame)
    assert "HUE-" not in text  # (the table is outside the map frame)


@needs_poppler
def test_numbers_on_the_map_do_not_cover_each_other_or_the_north_arrow(items_pdf):
    out, _result, layout, _ = items_pdf
    boxes = layout_boxes(layout)
    x, y, w, h = (v / 25.4 * 72 for v in boxes.map)
    ax, ay, aw, ah = (v / 25.4 * 72 for v in boxes.north_arrow)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\d{1,2})</word>',
                       _run("pdftotext", "-bbox", str(out), "-"))
    numbers = [tuple(map(float, b[:4])) for b in words
               if x < float(b[0]) < x + w and y < float(b[1]) < y + h and b[4] != "000"]
    assert len(numbers) >= 12
    for i, a in enumerate(numbers):
        assert not (a[0] < ax + aw and ax < a[2] and a[1] < ay + ah and ay < a[3]), a  # off the arrow
        for b in numbers[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_spread_callouts_separates_close_circles_and_keeps_lone_ones():
    from gisdesk.export.printing import _in_box, spread_callouts

    rng = np.random.default_rng(3)
    anchors = np.vstack([rng.normal(500, 12, (30, 2)), [[100.0, 100.0], [100.0, 100.0], [900.0, 50.0]]])
    radii = np.full(len(anchors), 8.0)
    arrow = (880.0, 20.0, 960.0, 100.0)
    centres = spread_callouts(anchors, radii, (0.0, 0.0, 1000.0, 1000.0), gap=1.0, obstacles=[arrow])
    dist = np.hypot(*(centres[:, None] - centres[None]).transpose(2, 0, 1))
    np.fill_diagonal(dist, np.inf)
    assert dist.min() >= 17.0 - 1e-3  # 2 radii and the gap
    assert not _in_box(centres, radii, arrow).any()  # the one under the north arrow moved off it
    assert np.hypot(*(centres[30] - centres[31])) >= 17.0 - 1e-3  # two on the very same spot
    assert ((centres >= 8.0) & (centres <= 992.0)).all()  # inside the frame
    alone = spread_callouts(np.array([[300.0, 300.0], [600.0, 600.0]]), np.array([8.0, 8.0]), (0, 0, 1000, 1000))
    assert np.allclose(alone, [[300.0, 300.0], [600.0, 600.0]])  # far apart: on their locations


def test_table_layer_problems_are_errors(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout, render_preview

    bad = export_layout(project, PrintLayout(table_layer="nope"), tmp_path / "t.pdf", dpi=30)
    assert bad.status == "error" and "no layer named 'nope' for the table frame" in bad.error
    raster = export_layout(project, PrintLayout(table_layer="Độ cao (m)"), tmp_path / "t.pdf", dpi=30)
    assert raster.status == "error" and "vector layer" in raster.error
    with pytest.raises(ValueError, match="no column 'bogus'"):
        render_preview(project, PrintLayout(table_layer=REQUESTS, table_columns=["bogus"]), dpi=25)
    assert list(tmp_path.iterdir()) == []


@needs_poppler
def test_chosen_columns_and_closed_rows_of_another_layer(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    layout = PrintLayout(extent_mode="explicit", extent=CITADEL, table_layer="Cơ sở công cộng",
                         table_columns=["kind"], table_max_rows=5, page="A4", orientation="portrait")
    out = tmp_path / "f.pdf"
    assert export_layout(project, layout, out, dpi=50).ok
    text = unicodedata.normalize("NFC", _run("pdftotext", "-layout", str(out), "-"))
    assert re.search(r"Cơ sở công cộng — \d+ đối tượng", text) and "kind" in text
    assert re.search(r"… và \d+ đối tượng khác", text)


@needs_poppler
def test_map_grid_labels_and_lines(items_pdf):
    out, result, layout, _ = items_pdf
    text = _run("pdftotext", str(out), "-")
    vis = result.map_settings.visible_extent()
    xs = [v for v in range(557_000, 562_000, 1000) if vis[0] < v < vis[2]]
    assert any(f"{v:,}".replace(",", " ") in text for v in xs)  # "558 000"
    assert re.search(r"1 81\d 000", text)
    # the lines: against the same page without the grid, the pixel column at a grid x changes along most of
    # the frame's height, a column between two lines does not
    import dataclasses

    from gisdesk.export.printing import export_layout

    plain = out.parent / "nogrid.pdf"
    assert export_layout(result_project(items_pdf), dataclasses.replace(layout, grid="none"), plain, dpi=100).ok
    images = []
    for pdf in (out, plain):
        _run("pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(pdf.with_suffix("")))
        images.append(_png_array(pdf.with_suffix(".png")).astype(int))
    fx, fy, _fw, fh = (v / 25.4 * 100 for v in layout_boxes(layout).map)
    res = result.map_settings.resolution() * 100 / result.map_settings.dpi  # map units per pixel at 100 dpi
    rows = slice(int(fy) + 40, int(fy + fh) - 60)

    def changed(v: float) -> float:
        col = round(fx + (v - vis[0]) / res)
        a, b = images[0][rows, col - 1:col + 2], images[1][rows, col - 1:col + 2]
        return float((np.abs(a - b).max(axis=2) > 6).any(axis=1).mean())

    assert changed(xs[1]) > 0.6
    assert changed(xs[1] + 500) < 0.1


def result_project(items):
    return items[3]


@needs_poppler
def test_lonlat_graticule_is_labelled_in_degrees(project, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    out = tmp_path / "ll.pdf"
    layout = PrintLayout(extent_mode="explicit", extent=CITADEL, grid="lonlat", legend=False)
    assert export_layout(project, layout, out, dpi=50).ok
    text = unicodedata.normalize("NFC", _run("pdftotext", str(out), "-"))
    assert re.search(r"107°\d\d′E", text) and re.search(r"16°\d\d′N", text)


@needs_poppler
def test_overview_inset_shows_the_page_extent_in_red(items_pdf):
    out, _result, layout, _ = items_pdf
    _run("pdftoppm", "-r", "100", "-png", "-singlefile", str(out), str(out.parent / "ov"))
    rgb = _png_array(out.parent / "ov.png").astype(int)
    ox, oy, ow, oh = (v / 25.4 * 100 for v in layout_boxes(layout).overview)
    inset = rgb[int(oy):int(oy + oh), int(ox):int(ox + ow)]
    red = (inset[..., 0] > 180) & (inset[..., 1] < 80) & (inset[..., 2] < 80)
    assert red.sum() > 40
    rows, cols = np.nonzero(red)
    assert cols.max() - cols.min() > 5 and rows.max() - rows.min() > 3  # a rectangle, not a dot
    # the inset shows the whole ward layer: the page's extent is a small part of it
    assert (cols.max() - cols.min()) * (rows.max() - rows.min()) < 0.5 * inset.shape[0] * inset.shape[1]
    inner = inset[3:-3, 3:-3]  # (inside the inset's black border)
    grey = (inner.max(axis=2) - inner.min(axis=2) < 12) & (inner.mean(axis=2) < 200)
    assert grey.mean() > 0.03  # the wards' (thin) grey outlines on white


@needs_poppler
def test_the_page_is_in_vietnamese(sample_pdf):
    """The default styles' labels (request states, sensor levels) print in the page's language."""
    out, _, _ = sample_pdf
    text = unicodedata.normalize("NFC", _run("pdftotext", str(out), "-"))
    for vi in ("Chú giải", "Nguồn dữ liệu", "Đang mở", "Đã đóng", "Quá hạn", "Vượt ngưỡng", "Không có số liệu"):
        assert vi in text, vi
    for en in ("Overdue", "Closed", "Over the limit", "No data"):
        assert en not in text, en
