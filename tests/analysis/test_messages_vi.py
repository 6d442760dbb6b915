"""The analysis tools speak Vietnamese: summaries, result names, check_values' rules and AnalysisError sentences
come from gisdesk/i18n/model_vi/analysis.py, with numbers written the Vietnamese way (1.234 and 0,5)."""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pytest

from gisdesk.analysis.base import AnalysisError, Context, Feedback, check_values, get_algorithm, run_algorithm


def vn(n: int) -> str:
    """A whole number as Vietnamese writes it: 12.345."""
    return f"{int(n):,}".replace(",", ".")


@pytest.fixture
def vietnamese_toolbox(vietnamese_model):
    """As the app: the model's texts (context "gisdesk") and the toolbox's names and labels (context "analysis")
    in Vietnamese, so a check_values sentence names the tool and the parameter as the dialog shows them."""
    from gisdesk.core import i18n
    from gisdesk.i18n.analysis_vi import VI as ANALYSIS_VI

    def translate(context: str, text: str) -> str:
        table = vietnamese_model if context == "gisdesk" else ANALYSIS_VI if context == "analysis" else {}
        return table.get(text, text)

    i18n.set_translator(translate)  # the vietnamese_model fixture restores English afterwards
    return vietnamese_model


@pytest.fixture(scope="module")
def nyc(shared_data):
    from gisdesk.io.readers import open_path

    base = shared_data / "city_services"
    requests = open_path(base / "nyc311_2018_1000rows/311_Service_Requests.csv").layers[0]
    zips = open_path(base / "nyc_zipcodes_epsg2263/nyc_zipcodes.shp").layers[0]
    return requests, zips


def test_count_points_in_polygons_summary_in_vietnamese(nyc, vietnamese_model):
    requests, zips = nyc
    res = run_algorithm("count_points_in_polygons", {"points": requests, "polygons": zips,
                                                     "category": "Complaint Type"}, Context(), Feedback())
    # independent count of the points that fall in a ZIP code
    pts = requests.data
    pts = pts[~(pts.geometry.isna() | pts.geometry.is_empty)].to_crs(zips.crs)
    joined = gpd.sjoin(pts[["geometry"]], zips.data[["geometry"]], predicate="intersects", how="inner")
    inside = len(np.unique(joined.index))
    assert res.name == f"{requests.name} theo {zips.name}"
    assert res.summary[0] == f"Đã đếm {inside} điểm của {requests.name} trong 263 đa giác của {zips.name}."
    assert "Đã bỏ qua 107 điểm không có vị trí." in res.summary  # the file's rows without lat/lon
    kinds = requests.data.loc[np.unique(joined.index), "Complaint Type"].value_counts()  # most common first
    assert (f"'Complaint Type' có {len(kinds)} giá trị khác nhau trong các điểm được đếm: 29 giá trị phổ biến nhất có "
            f"cột riêng; {len(kinds) - 29} giá trị còn lại ({kinds.iloc[29:].sum()} điểm) được đếm chung trong cột "
            "n_other.") in res.summary
    # no English sentence is left
    assert not any(re.search(r"\b(points?|polygons?|were|was|left out)\b", s) for s in res.summary), res.summary


def test_hot_spots_summary_in_vietnamese_with_vietnamese_numbers(nyc, vietnamese_model):
    requests, _ = nyc
    res = run_algorithm("hotspots", {"points": requests, "cell_size": 250, "permutations": 1999}, Context(),
                        Feedback())
    cells = len(res.layer)
    assert cells >= 1000 and res.name == f"Điểm nóng của {requests.name}"
    empty = int((res.layer["count"] == 0).sum())
    assert (f"Đã đếm 893 điểm trên lưới {vn(cells)} ô lục giác cỡ 250 m (mỗi ô 0,0541 km²): gồm các ô có điểm và "
            f"vòng ô trống tiếp giáp với chúng ({vn(cells - empty)} ô có điểm, {vn(empty)} ô trống).") in res.summary
    assert "Lân cận: mỗi ô lục giác cùng 6 ô lục giác chung cạnh với nó." in res.summary
    assert ("Mức ý nghĩa: giá trị p giả định từ 1.999 lần hoán vị ngẫu nhiên giá trị của các vùng khác (ngẫu nhiên "
            "hóa có điều kiện, hạt giống cố định 12345, hai phía).") in res.summary
    gi = res.layer["gi_bin"].to_numpy()
    assert (f"Kết quả: {vn((gi > 0).sum())} điểm nóng ({vn((gi == 3).sum())} ở độ tin cậy 99%), "
            f"{vn((gi < 0).sum())} điểm lạnh ({vn((gi == -3).sum())} ở độ tin cậy 99%), {vn((gi == 0).sum())} ô lục "
            "giác không có ý nghĩa thống kê.") in res.summary
    # the legend is Vietnamese, the column's values stay the data's English
    labels = [c["label"] for c in res.style["categories"]]
    assert labels[0] == "Điểm nóng, độ tin cậy 99%"
    assert res.style["categories"][0]["value"] == "Hot spot, 99% confidence"
    assert set(res.layer["hotspot_class"]) <= {c["value"] for c in res.style["categories"]}


def test_a_bad_parameter_gives_a_vietnamese_sentence(nyc, vietnamese_toolbox):
    requests, zips = nyc
    hot = get_algorithm("hotspots")
    with pytest.raises(AnalysisError) as err:
        check_values(hot, {"points": requests, "cell_size": 5})
    assert str(err.value) == "Điểm nóng (Getis-Ord Gi*): 'Kích thước ô' phải từ 10 m trở lên (đang là 5)."
    with pytest.raises(AnalysisError) as err:
        check_values(hot, {"points": zips})
    assert str(err.value) == ("Điểm nóng (Getis-Ord Gi*): 'Lớp điểm' phải là một lớp điểm; nyc_zipcodes lại chứa "
                              "các đối tượng đa giác.")
    with pytest.raises(AnalysisError) as err:  # a decimal comma in the rule
        check_values(get_algorithm("kernel_density"), {"points": requests, "cell_size": 0.25})
    assert str(err.value) == ("Mật độ hạt nhân (raster bản đồ nhiệt): 'Kích thước ô' phải từ 0,5 m trở lên (đang là "
                              "0,25).")


def test_an_analysis_error_from_a_run_is_vietnamese(nyc, vietnamese_toolbox):
    requests, _ = nyc
    with pytest.raises(AnalysisError) as err:
        run_algorithm("kernel_density", {"points": requests, "bandwidth": 1500, "cell_size": 2500}, Context(),
                      Feedback())
    assert str(err.value) == ("Mật độ hạt nhân: băng thông (1,5 km) nhỏ hơn kích thước ô (2,5 km) nên mỗi điểm sẽ chỉ "
                              "rơi vào một ô. Hãy dùng ô không quá 250 m hoặc băng thông lớn hơn.")
    with pytest.raises(AnalysisError) as err:
        run_algorithm("hotspots", {"points": requests, "cell_size": 10, "empty_cells": "all"}, Context(), Feedback())
    message = str(err.value)
    assert re.fullmatch(r"Điểm nóng: lưới lục giác với ô 10 m sẽ cần \d{1,3}(\.\d{3})+ ô ở đây \(cho phép tối đa "
                        r"100\.000 ô\)\. Hãy chọn kích thước ô từ \d+ m trở lên, hoặc bớt điểm \(dùng khoảng thời "
                        r"gian hoặc bộ lọc\)\.", message), message


def test_group_labels_in_result_tables_follow_the_language(vietnamese_model):
    """The groups a result table adds (no agency, outside the wards, no location) are written in the UI language,
    and the tool still recognises them: they stay off the "most overdue" list and get their own summary line."""
    from tests.analysis.test_service_levels import request_layer, run, wards

    res = run({"requests": request_layer(), "by": "ward", "wards": wards(), "ward_label": "name"})
    assert list(res.table["ward"]) == ["Ward A", "Ward B", "(ngoài các phường/xã)", "(không có vị trí)"]
    text = "\n".join(res.summary)
    assert "có trong bảng với tên '(ngoài các phường/xã)' (0 đang mở, 0 quá hạn)" in text and "'(không có vị trí)'" in text, text
    assert "(ngoài các phường/xã): " not in text  # not named among the wards with overdue requests
    res = run({"requests": request_layer(), "by": "agency"})
    assert "(không rõ đơn vị xử lý)" in set(res.table["agency"])
