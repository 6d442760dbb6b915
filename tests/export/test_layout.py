"""Print layouts (Qt-free): the JSON round trip, the defaults, the page geometry and the scale helpers."""

from __future__ import annotations

import json
import unicodedata

import pytest

from gisdesk.export.layout import (
    PrintLayout,
    default_layouts,
    extent_at_scale,
    ground_metres,
    layout_boxes,
    layouts_from_list,
    layouts_to_list,
    metres_per_unit,
    nice_scale_bar,
    page_size_mm,
)


def test_page_sizes():
    assert page_size_mm("A4", "landscape") == (297.0, 210.0)
    assert page_size_mm("a4", "portrait") == (210.0, 297.0)
    assert page_size_mm("A3", "portrait") == (297.0, 420.0)
    assert page_size_mm("A0", "landscape") == (1189.0, 841.0)
    with pytest.raises(ValueError, match="unknown page size"):
        page_size_mm("Letter")
    with pytest.raises(ValueError, match="orientation"):
        page_size_mm("A4", "sideways")


def test_round_trip_through_json_keeps_everything():
    lay = PrintLayout(name="Phú Hội 1:5000", page="A3", orientation="portrait", margins_mm=12,
                      title="Phản ánh hiện trường — phường Phú Hội", subtitle="Tuần 47", author="Tổ GIS",
                      sources="OSM; UBND", extent_mode="explicit", extent=(1, 2, 3, 4), scale=5000,
                      legend=False, scale_bar=True, north_arrow=False, date=False)
    data = json.loads(json.dumps(lay.to_dict(), ensure_ascii=False))
    back = PrintLayout.from_dict(data)
    assert back == lay
    assert data["extent"] == [1.0, 2.0, 3.0, 4.0] and data["scale"] == 5000.0


def test_from_dict_normalises_text_keeps_unknown_keys_and_rejects_garbage():
    nfd = unicodedata.normalize("NFD", "Phường Phú Hội")
    lay = PrintLayout.from_dict({"name": "x", "title": nfd, "photo_frame": {"step": 1000}})
    assert lay.title == unicodedata.normalize("NFC", nfd) and lay.title != nfd
    assert lay.to_dict()["photo_frame"] == {"step": 1000}  # written by a newer version: kept on save
    for bad, message in [({"page": "B5"}, "page size"), ({"scale": -5}, "scale"),
                         ({"extent_mode": "explicit"}, "needs an extent"), ({"title": 5}, "must be text"),
                         ({"extent_mode": "somewhere"}, "extent mode"), ({"margins_mm": 200}, "margins"),
                         ({"grid": "utm"}, "grid"), ({"grid": {"step": 1}}, "must be text"),
                         ({"grid_interval": 0}, "grid interval"), ({"table_max_rows": 0}, "1 to 500"),
                         ({"table_columns": "status"}, "list of names"), ({"atlas_layer": 3}, "must be text"),
                         ({"table_layer": "  "}, "layer or column name")]:
        with pytest.raises(ValueError, match=message):
            PrintLayout.from_dict(bad)
    layouts, problems = layouts_from_list([{"name": "ok"}, {"page": "B5"}, 7])
    assert [lay.name for lay in layouts] == ["ok"]
    assert len(problems) == 2 and "print layout 2" in problems[0]
    assert layouts_from_list("nope")[1] and layouts_from_list(None) == ([], [])


def test_defaults():
    layouts = default_layouts(title="Bản đồ")
    names = [lay.name for lay in layouts]
    assert len(set(names)) == len(names)
    first = layouts[0]
    assert (first.page, first.orientation, first.legend, first.scale) == ("A4", "landscape", True, None)
    assert any(lay.page == "A3" and lay.orientation == "portrait" for lay in layouts)
    assert any(lay.scale == 5000 for lay in layouts)
    assert layouts_from_list(json.loads(json.dumps(layouts_to_list(layouts))))[0] == layouts


def _inside(inner, outer):
    return (inner[0] >= outer[0] - 1e-9 and inner[1] >= outer[1] - 1e-9
            and inner[0] + inner[2] <= outer[0] + outer[2] + 1e-9 and inner[1] + inner[3] <= outer[1] + outer[3] + 1e-9)


def _overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("with_table", [False, True], ids=["plain", "table+overview"])
@pytest.mark.parametrize("lay", default_layouts(title="T"), ids=lambda lay: lay.name)
def test_boxes_fit_the_page_without_overlapping(lay, with_table):
    lay.subtitle = "S"
    lay.author = "A"
    if with_table:
        lay.table_layer = "Phản ánh"
        lay.overview = True
    b = layout_boxes(lay)
    pw, ph = b.page
    m = lay.margins_mm
    printable = (m, m, pw - 2 * m, ph - 2 * m)
    parts = [r for r in (b.map, b.title, b.legend, b.footer, b.table) if r is not None]
    assert len(parts) == (5 if with_table else 4)
    for r in parts:
        assert _inside(r, printable)
    for i, r in enumerate(parts):
        for other in parts[i + 1:]:
            assert not _overlap(r, other)
    assert _inside(b.north_arrow, b.map)
    main_share = 0.5 if not with_table else 0.3
    assert b.map[2] * b.map[3] > main_share * pw * ph  # the map is the page's main item
    assert b.legend[0] > b.map[0] + b.map[2] and b.title[1] < b.map[1] < b.footer[1]
    if with_table:
        assert _inside(b.overview, b.map) and not _overlap(b.overview, b.north_arrow)
        assert b.overview[0] < b.map[0] + 5 * b.factor  # bottom-left corner
        assert b.overview[1] + b.overview[3] > b.map[1] + b.map[3] - 5 * b.factor
        tx, ty, tw, th = b.table
        if lay.orientation == "landscape":  # a column between the map and the legend, full height
            assert b.map[0] + b.map[2] < tx < b.legend[0] and th == pytest.approx(b.map[3])
            assert tw >= 80 * b.factor or tw >= 0.39 * (pw - 2 * m)
        else:  # a band across the page, above the footer
            assert tw == pytest.approx(pw - 2 * m) and b.map[1] + b.map[3] < ty < b.footer[1]
            assert th >= 60 * b.factor
    else:
        assert b.table is None and b.overview is None


def test_items_grow_with_the_page_and_absent_items_give_room():
    a4 = layout_boxes(PrintLayout(page="A4", title="T"))
    a0 = layout_boxes(PrintLayout(page="A0", title="T", margins_mm=10))
    assert a0.factor == pytest.approx(4.0, rel=0.01) and a4.factor == 1.0
    assert a0.title[3] == pytest.approx(4 * a4.title[3], rel=0.01)
    bare = layout_boxes(PrintLayout(page="A4", legend=False, scale_bar=False, date=False, north_arrow=False))
    assert bare.map == (10.0, 10.0, 277.0, 190.0)
    assert bare.title is bare.legend is bare.footer is bare.north_arrow is None


def test_nice_scale_bar_lengths():
    bar = nice_scale_bar(10.0, 90.0)  # 1:10,000, room for 900 m: a 500 m bar of 50 mm
    assert (bar.length_m, bar.length_mm, bar.unit, bar.segments) == (500.0, 50.0, "m", 5)
    bar = nice_scale_bar(610.0, 90.0)  # 54.9 km of room: 50 km
    assert (bar.length_m, bar.unit, bar.label(bar.length_m)) == (50000.0, "km", "50")
    assert nice_scale_bar(5.0, 80.0).length_m == 200.0
    assert nice_scale_bar(1.0, 100.0).length_m == 100.0
    with pytest.raises(ValueError):
        nice_scale_bar(0.0, 50.0)


def test_ground_metres_and_fixed_scale_extent():
    # one degree of longitude at Huế's latitude (16.46° N) on WGS 84: 106.8 km (cos(lat) × 111.32 km)
    d = ground_metres("EPSG:4326", 107.0, 16.46, 108.0, 16.46)
    assert d == pytest.approx(106_800, rel=0.003)
    # VN-2000 / TM-3 107-00: grid metres are ground metres to within the scale factor (0.9999 on the meridian)
    assert metres_per_unit("EPSG:9214", 560_000, 1_815_000) == pytest.approx(1.0, abs=3e-4)
    ext = extent_at_scale((559_000, 1_814_000, 561_000, 1_816_000), (200.0, 150.0), 5000, "EPSG:9214")
    assert ext[2] - ext[0] == pytest.approx(1000.0, rel=5e-4)  # 200 mm × 5 m/mm
    assert ext[3] - ext[1] == pytest.approx(750.0, rel=5e-4)
    assert (ext[0] + ext[2]) / 2 == pytest.approx(560_000)
    geo = extent_at_scale((107.5, 16.4, 107.7, 16.5), (200.0, 150.0), 5000, "EPSG:4326")
    assert ground_metres("EPSG:4326", geo[0], 16.45, geo[2], 16.45) == pytest.approx(1000.0, rel=1e-3)


def test_layout_module_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class BlockQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked: ' + name)\n"
        "sys.meta_path.insert(0, BlockQt())\n"
        "import gisdesk.export.layout as m\n"
        "m.layout_boxes(m.default_layouts()[0]); m.metres_per_unit('EPSG:9214', 560000, 1815000)\n"
        "assert 'PySide6' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_grid_overview_table_and_atlas_fields_round_trip():
    nfd = unicodedata.normalize("NFD", "Tên phường")
    lay = PrintLayout(grid="map", grid_interval=1000, overview=True, overview_layer="Phường/xã (2025)",
                      table_layer="Phản ánh", table_columns=["id", "category"], table_max_rows=30,
                      table_open_only=False, atlas_layer="Phường/xã (2025)", atlas_name_field=nfd, atlas_mask=False)
    back = PrintLayout.from_dict(json.loads(json.dumps(lay.to_dict())))
    assert back.atlas_name_field == unicodedata.normalize("NFC", nfd)
    back.atlas_name_field = lay.atlas_name_field
    assert back == lay
    plain = PrintLayout.from_dict({"name": "old file"})  # a layout saved before these fields existed
    assert (plain.grid, plain.overview, plain.table_layer, plain.atlas_layer) == ("none", False, None, None)


def test_scale_bar_numbers_have_a_decimal_comma():
    """The page is Vietnamese: half a kilometre is written 0,5."""
    bar = nice_scale_bar(2.5, 100.0)  # 1:2,500: a 250 m bar
    assert bar.label(500.0) == "500"
    from gisdesk.export.layout import ScaleBar

    assert ScaleBar(length_m=1000.0, length_mm=40.0, segments=4, unit="km").label(500.0) == "0,5"
