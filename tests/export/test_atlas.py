"""The ward atlas (``gisdesk.export.printing.export_atlas``): one page per ward, read back with poppler."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from gisdesk.core.project import Project
from gisdesk.export.layout import PrintLayout, layout_boxes

from .test_printing import _png_array, needs_poppler

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "hue_sample.gisdesk"
WARDS = "Phường/xã (2025)"
REQUESTS = "Phản ánh của người dân"
THREE = ["Phường Phú Xuân", "Phường Vỹ Dạ", "Phường Kim Long"]


def _run(*args: str) -> str:
    out = subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8").stdout
    return unicodedata.normalize("NFC", out)


@pytest.fixture(scope="module")
def project():
    return Project.load(SAMPLE)


@pytest.fixture(scope="module")
def small(project):
    """The sample's layers with the wards filtered to three (the same layer objects, a new project)."""
    from gisdesk.core.registry import layer_from_state

    wards = next(lyr for lyr in project.layers if lyr.name == WARDS)
    state = wards.get_state()
    state["filters"] = {"name": THREE}
    copy = layer_from_state(state)
    layers = [copy if lyr is wards else lyr for lyr in project.layers]
    return Project(name="ba phường", crs=project.crs, layers=layers)


def _layout(**kw):
    base = {"title": "Phản ánh đang mở", "atlas_layer": WARDS, "atlas_name_field": "name", "table_layer": REQUESTS}
    base.update(kw)
    return PrintLayout(**base)


@needs_poppler
def test_the_ward_atlas_has_a_page_per_ward_named_in_order(project, tmp_path, qapp):
    from gisdesk.export.printing import export_atlas

    out = tmp_path / "atlas.pdf"
    seen: list[float] = []
    result = export_atlas(project, _layout(), out, dpi=40, progress=seen.append)
    assert result.ok, result.error
    assert result.pages == 40 and result.files == (out,)
    assert re.search(r"^Pages:\s+40$", _run("pdfinfo", str(out)), re.MULTILINE)
    wards = next(lyr for lyr in project.layers if lyr.name == WARDS)
    names = sorted(wards.attributes["name"], key=lambda n: (_ascii(n).casefold(), n))
    for page in (1, 2, 40):
        text = _run("pdftotext", "-f", str(page), "-l", str(page), str(out), "-")
        assert f"Phản ánh đang mở — {names[page - 1]}" in text
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas.pdf"]


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@needs_poppler
def test_each_page_lists_only_the_open_requests_inside_its_ward(small, tmp_path, qapp):
    import shapely

    from gisdesk.export.printing import atlas_pages, export_atlas
    from gisdesk.render.geometry import transform_coords

    layout = _layout(table_max_rows=500)
    out = tmp_path / "three.pdf"
    result = export_atlas(small, layout, out, dpi=40)
    assert result.ok and result.pages == 3, result.error
    requests = next(lyr for lyr in small.layers if lyr.name == REQUESTS)
    table = requests.attributes
    x, y = transform_coords(requests.points.x, requests.points.y, requests.crs, small.crs)
    is_open = (table["state"] != "closed").to_numpy()
    for i, page in enumerate(atlas_pages(small, layout)):
        inside = is_open & shapely.intersects_xy(page.geometry, x, y)
        expected = set(table["service_request_id"][inside])
        text = _run("pdftotext", "-f", str(i + 1), "-l", str(i + 1), str(out), "-")
        assert f"— {page.name}" in text
        listed = set(re.findall(r"HUE-\d{4}-\d{6}", text))
        shown = re.search(r"— (\d+) phản ánh chưa đóng", text)
        assert shown and int(shown.group(1)) == len(expected)
        # at 500 rows the frame's height is the limit: every listed id is an open request of this ward
        assert listed and listed <= expected
        more = re.search(r"… và (\d+) phản ánh khác", text)
        assert len(listed) + (int(more.group(1)) if more else 0) == len(expected)


@needs_poppler
def test_the_mask_dims_what_lies_outside_the_ward(small, tmp_path, qapp):
    from gisdesk.export.printing import atlas_pages, export_atlas

    arrays = {}
    for mask in (True, False):
        layout = _layout(atlas_mask=mask, table_layer=None, legend=False)
        out = tmp_path / f"m{mask}.pdf"
        assert export_atlas(small, layout, out, dpi=40).ok
        _run("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", str(out), str(tmp_path / f"m{mask}"))
        arrays[mask] = _png_array(tmp_path / f"m{mask}.png").astype(float)
    page = atlas_pages(small, _layout())[0]
    boxes = layout_boxes(_layout(table_layer=None, legend=False, title="T"))
    x, y, fw, fh = (v / 25.4 * 50 for v in boxes.map)
    frame = (slice(int(y) + 3, int(y + fh) - 3), slice(int(x) + 3, int(x + fw) - 3))
    on, off = arrays[True][frame], arrays[False][frame]
    changed = np.abs(on - off).max(axis=2) > 12
    brighter = on.mean(axis=2) >= off.mean(axis=2) - 1
    assert changed.mean() > 0.3  # most of the frame (the land outside the ward) is dimmed ...
    assert brighter[changed].mean() > 0.9  # ... towards white
    # ... while the ward itself is not: around a point inside it the two pages agree
    import shapely

    from gisdesk.export.printing import _atlas_extent
    from gisdesk.render.settings import MapSettings

    lay = _layout(table_layer=None, legend=False)
    settings = MapSettings(_atlas_extent(page, lay, boxes, small.crs), (round(fw), round(fh)), small.crs)
    inner = shapely.point_on_surface(shapely.buffer(page.geometry, -150))
    minx, _, _, maxy = settings.visible_extent()
    res = settings.resolution()
    px, py = int(x + (inner.x - minx) / res), int(y + (maxy - inner.y) / res)
    patch = (slice(py - 1, py + 2), slice(px - 1, px + 2))
    assert np.abs(arrays[True][patch] - arrays[False][patch]).max() <= 12


def test_one_file_per_page_with_slugged_names(small, tmp_path, qapp):
    from gisdesk.export.printing import export_atlas, slugify

    assert slugify("Phường Đông Ba") == "phuong-dong-ba" and slugify("Xã Phú Vinh — 2025") == "xa-phu-vinh-2025"
    out = tmp_path / "out" / "atlas.pdf"
    result = export_atlas(small, _layout(), out, per_file=True, dpi=30)
    assert result.ok and result.pages == 3, result.error
    names = sorted(p.name for p in out.parent.iterdir())
    assert names == ["atlas_01_phuong-kim-long.pdf", "atlas_02_phuong-phu-xuan.pdf", "atlas_03_phuong-vy-da.pdf"]
    assert [p.name for p in result.files] == names
    png = export_atlas(small, _layout(), tmp_path / "png" / "p.png", dpi=30)  # a PNG is one file per page
    assert png.ok and sorted(p.name for p in (tmp_path / "png").iterdir()) == [
        "p_01_phuong-kim-long.png", "p_02_phuong-phu-xuan.png", "p_03_phuong-vy-da.png"]


@pytest.mark.parametrize("per_file", [False, True])
def test_cancel_between_pages_leaves_nothing(small, tmp_path, qapp, per_file):
    from gisdesk.export.printing import export_atlas

    pages_started: list[float] = []

    def progress(frac: float) -> None:
        pages_started.append(frac)

    def cancel() -> bool:
        return any(f >= 1 / 3 for f in pages_started)  # once the second page has begun

    result = export_atlas(small, _layout(), tmp_path / "a.pdf", per_file=per_file, dpi=30, cancel=cancel,
                          progress=progress)
    assert result.status == "cancelled"
    assert list(tmp_path.iterdir()) == []


def test_errors_name_the_problem(project, tmp_path, qapp):
    from gisdesk.export.printing import export_atlas, export_layout, render_preview

    cases = [(_layout(atlas_layer="nope"), "no layer named 'nope'"),
             (_layout(atlas_layer=REQUESTS), "has no polygons"),
             (_layout(atlas_name_field="ten_phuong"), "no column 'ten_phuong'"),
             (_layout(table_layer="nope"), "no layer named 'nope' for the table"),
             (_layout(table_columns=["service_request_id", "bogus"]), "no column 'bogus'"),
             (PrintLayout(), "has no atlas layer")]
    for layout, message in cases:
        result = export_atlas(project, layout, tmp_path / "x.pdf", dpi=30)
        assert result.status == "error" and message in result.error, (message, result.error)
    assert list(tmp_path.iterdir()) == []
    # export_layout draws a layout's atlas (and says the same); the preview shows one of its pages
    assert "has no polygons" in export_layout(project, _layout(atlas_layer=REQUESTS), tmp_path / "y.pdf").error
    with pytest.raises(ValueError, match="has no polygons"):
        render_preview(project, _layout(atlas_layer=REQUESTS), dpi=25)


def test_preview_and_printer_show_the_atlas(small, tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    from gisdesk.export.printing import print_layout, render_preview

    image = render_preview(small, _layout(), dpi=25, atlas_page=1)
    assert not image.isNull() and image.width() == round(297 * 25 / 25.4)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = print_layout(small, _layout(), printer)
    assert result.ok and result.pages == 3, result.error
    single = print_layout(small, _layout(), printer, atlas=False)
    assert single.ok and single.pages == 1
