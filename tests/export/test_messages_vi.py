"""The export, print, style, layer and render messages in Vietnamese (``vietnamese_model``: the model's tables,
numbers written 1.234,5), made by real bad input: a layout with a bad scale, a page or map written where a file
stands in for the folder, an export whose selection is all hidden, a style on a column holding no number, a
file that is no raster, a map with no extent."""

from __future__ import annotations

import os

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.export import ExportError, export_layer
from gisdesk.export.layout import PrintLayout, layouts_from_list
from gisdesk.layers import PointData, VectorLayer
from gisdesk.styles.renderers import GraduatedRenderer, renderer_from_dict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 1234  # enough rows for a thousands separator


def _requests() -> VectorLayer:
    """1,234 requests in Huế, one a minute from 1 May 2024 08:00 +07:00."""
    rng = np.random.default_rng(8)
    table = pd.DataFrame({
        "service_request_id": [f"R{i}" for i in range(N)],
        "requested_datetime": pd.date_range("2024-05-01 08:00+07:00", periods=N, freq="min").tz_convert("UTC"),
        "ward": rng.choice(["Phú Hội", "Vỹ Dạ", "Thuận Hóa"], N),
    })
    x = 107.58 + rng.random(N) * 0.03
    y = 16.45 + rng.random(N) * 0.03
    layer = VectorLayer(PointData(table, x, y, crs="EPSG:4326"), name="Phản ánh")
    layer.set_time_fields("requested_datetime")
    return layer


def _project() -> Project:
    wards = gpd.GeoDataFrame({"ten": ["Phú Hội"]}, geometry=[shapely.box(107.58, 16.45, 107.61, 16.48)],
                             crs="EPSG:4326")
    return Project(name="Huế", layers=[VectorLayer(wards, name="Phường/xã")])


def test_layout_checks_speak_vietnamese_with_vietnamese_numbers(vietnamese_model):
    with pytest.raises(ValueError) as info:
        PrintLayout(scale=-1234.5)
    assert str(info.value) == "tỷ lệ phải có dạng 1:N với N > 0, nhưng nhận được -1.234,5"
    with pytest.raises(ValueError) as info:
        PrintLayout.from_dict({"margins_mm": 80.5})
    assert str(info.value) == "lề 80,5 mm không vừa với trang khổ A4"
    with pytest.raises(ValueError) as info:
        PrintLayout.from_dict({"scale": "lớn"})
    assert str(info.value) == "trường 'scale' của bố cục in phải là một số, nhưng nhận được 'lớn'"
    layouts, problems = layouts_from_list([{"name": "ok"}, {"page": "B5"}])
    assert [lay.name for lay in layouts] == ["ok"]
    assert problems == ["bố cục in thứ 2: khổ giấy 'B5' không hợp lệ (hãy chọn một trong A4, A3, A0); đã bỏ qua"]


def test_layout_checks_stay_english_without_a_translator():
    with pytest.raises(ValueError, match=r"a scale is 1:N with N > 0, got -1,234.5$"):
        PrintLayout(scale=-1234.5)


def test_printing_where_a_file_stands_for_the_folder_says_why_in_vietnamese(vietnamese_model, tmp_path, qapp):
    from gisdesk.export.printing import export_layout

    blocker = tmp_path / "không_phải_thư_mục"
    blocker.write_text("x")
    target = blocker / "bản đồ.pdf"
    result = export_layout(_project(), PrintLayout(title="Phú Hội"), target, dpi=50)
    assert result.status == "error"
    assert result.error == (f"{target}: không ghi được tệp (một phần trong đường dẫn thư mục là một tệp, không "
                            "phải thư mục); chưa có gì được ghi")
    low = export_layout(_project(), PrintLayout(), tmp_path / "thấp.png", dpi=12.5)
    assert low.error == "độ phân giải 12,5 dpi nằm ngoài khoảng 25 đến 1200"
    missing = export_layout(_project(), PrintLayout(table_layer="Không có"), tmp_path / "bảng.png", dpi=50)
    assert missing.error == "dự án không có lớp nào tên 'Không có' cho khung bảng"
    assert sorted(p.name for p in tmp_path.iterdir()) == [blocker.name]


def test_html_map_where_a_file_stands_for_the_folder_in_vietnamese(vietnamese_model, tmp_path):
    from gisdesk.export.html import export_html

    blocker = tmp_path / "tệp"
    blocker.write_text("x")
    result = export_html(_project(), blocker / "map.html")
    assert result.status == "error"
    assert result.error == (f"Không ghi được {blocker / 'map.html'}: một phần trong đường dẫn thư mục là một tệp, "
                            "không phải thư mục.")


def test_data_export_errors_and_notes_in_vietnamese(vietnamese_model, tmp_path):
    layer = _requests()
    layer.selection = list(range(N))
    # a window a year later hides every request
    later = TimeWindow.of("2025-05-01T00:00+07:00", "2025-05-02T00:00+07:00")
    with pytest.raises(ExportError) as info:
        export_layer(layer, tmp_path / "chọn.gpkg", scope="selection", window=later)
    assert info.value.problem == ("cả 1.234 đối tượng đã chọn của lớp 'Phản ánh' đều bị bộ lọc hoặc khoảng thời "
                                  "gian ẩn đi, nên không có gì để xuất; hãy mở rộng khoảng thời gian hoặc bỏ bộ lọc.")
    # the first 234 minutes: 1,000 requests left out
    window = TimeWindow.of("2024-05-01T08:00+07:00", "2024-05-01T11:54+07:00")
    result = export_layer(layer, tmp_path / "hiển thị.gpkg", scope="shown", window=window)
    assert result.rows == 234
    assert result.notes[:2] == [
        "Đã ghi 234 đối tượng vào hiển thị.gpkg (các đối tượng đang hiển thị trên bản đồ).",
        "Đã bỏ qua 1.000/1.234 đối tượng bị bộ lọc hoặc khoảng thời gian ẩn đi.",
    ]
    with pytest.raises(ExportError) as info:
        export_layer(layer, tmp_path / "x.gpkg", crs="EPSG:999999")
    assert info.value.problem.startswith("'EPSG:999999' không phải hệ tọa độ mà chương trình này nhận biết được (")


def test_style_errors_in_vietnamese(vietnamese_model):
    data = _requests().attributes
    with pytest.raises(ValueError) as info:
        GraduatedRenderer.from_data(data, "ward")
    assert str(info.value) == "cột 'ward' không chứa số nào để phân lớp"
    with pytest.raises(ValueError) as info:
        renderer_from_dict({"kind": "heatmap", "max_value": -1234.5})
    assert str(info.value) == ("kiểu hiển thị heatmap bị lỗi: giá trị tối đa (max_value) phải lớn hơn 0 (hoặc None "
                               "để tự động), nhưng nhận được -1234,5")
    with pytest.raises(ValueError) as info:
        renderer_from_dict({"kind": "categorized", "column": "ward", "categories": [{"value": "a"}]})
    assert str(info.value) == ("kiểu hiển thị categorized bị lỗi: mỗi nhóm phải là một từ điển (dict) có 'value' và "
                               "'symbol', nhưng nhận được {'value': 'a'}")


def test_default_style_labels_and_legend_words_on_screen_in_vietnamese(vietnamese_model):
    """The default styles keep English labels in the style dict; the screen shows them through tr()."""
    from gisdesk.core.i18n import tr
    from gisdesk.layers.sensors import default_style as sensor_style
    from gisdesk.layers.service_requests import default_style
    from gisdesk.styles.legend import legend_for

    rows = legend_for("Phản ánh", default_style("state"), "point", translate=tr)
    assert [r.label for r in rows[1:]] == ["Đã đóng", "Đang mở", "Quá hạn"]
    rows = legend_for("Trạm", sensor_style(), "point", translate=tr)
    assert "Vượt ngưỡng" in [r.label for r in rows] and "Không có số liệu" in [r.label for r in rows]
    assert legend_for("Nhiệt", {"kind": "heatmap"}, "point", translate=tr)[1].ramp_labels == ("thấp", "cao")
    assert default_style("state")["categories"][0]["label"] == "Closed"  # the saved style stays English


def test_layer_and_render_errors_in_vietnamese(vietnamese_model, tmp_path):
    from gisdesk.core.errors import ReadError
    from gisdesk.layers.raster import RasterLayer
    from gisdesk.render.settings import MapSettings

    text = tmp_path / "không phải ảnh.tif"
    text.write_text("đây là văn bản", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        RasterLayer(str(text))
    assert info.value.problem.startswith("không mở được dưới dạng raster (")
    with pytest.raises(ValueError) as info:
        MapSettings((0.0, 0.0, 0.0, 5.0), (800, 600), "EPSG:9214")
    assert str(info.value) == ("phạm vi bản đồ cần maxx > minx và maxy > miny, nhưng nhận được (0.0, 0.0, 0.0, 5.0)")
    with pytest.raises(ValueError) as info:
        _requests().set_time_fields("ngày")
    assert str(info.value) == "lớp 'Phản ánh' không có cột 'ngày'"
