"""The table readers speak Vietnamese: CSV/XLSX tables (io/tabular.py), exports of service requests
(io/service_requests.py), sensor files (io/sensors.py) and the request fields of an analysis
(analysis/requests_input.py) write their report lines and errors through tr()/trf(), with the numbers as the
UI language writes them (1.234 in Vietnamese).

The ``vietnamese_model`` fixture installs the Vietnamese tables (no Qt); without it the same files give the
English texts, which the other tests of these modules assert.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.io.sensors import read_sensor_file
from gisdesk.io.service_requests import read_requests
from gisdesk.io.tabular import read_table


def _texts(report: LayerReport) -> list[str]:
    return [m.text for m in report.messages]


def _one(report: LayerReport, start: str) -> str:
    found = [t for t in _texts(report) if t.startswith(start)]
    assert len(found) == 1, (start, _texts(report))
    return found[0]


@pytest.fixture
def broken_points(tmp_path: Path) -> Path:
    """1,500 rows, of which 1,234 have an unreadable latitude; decimal commas in the others (';'-separated)."""
    rows = ["id;lat;lon;note"]
    rows += [f"{i};abc;;x" for i in range(1234)]
    rows += [f"{i};16,46;107,59;y" for i in range(1234, 1500)]
    path = tmp_path / "diem.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_csv_with_broken_coordinates_is_reported_in_vietnamese(broken_points: Path, vietnamese_model):
    report = LayerReport("diem")
    gdf = read_table(broken_points, report)
    assert len(gdf) == 1500 and int(gdf.geometry.notna().sum()) == 266
    assert _one(report, "Đã đọc") == "Đã đọc 1.500 dòng và 4 cột (phân cách bằng dấu chấm phẩy, UTF-8)."
    assert _one(report, "Vị trí điểm") == (
        "Vị trí điểm lấy từ 'lat'/'lon': các cột 'lat' và 'lon' có tên là vĩ độ và kinh độ "
        "(266/1.500 dòng có vị trí dùng được).")
    lost = _one(report, "1.234 dòng")
    assert lost.startswith("1.234 dòng không có tọa độ dùng được (lat/lon trống hoặc không đọc được: "
                           "1.234 không đọc được, ví dụ 'abc' ở dòng 2; 'abc' ở dòng 3; 'abc' ở dòng 4)")
    assert lost.endswith("đã giữ lại thành dòng chỉ có thuộc tính.")
    assert "Cột 'lon' dùng dấu phẩy thập phân (ví dụ '107,59'); đã được đọc thành số." in _texts(report)
    assert not [t for t in _texts(report) if re.search(r"\d,\d{3}\b", t)]  # no English thousands separators


def test_the_same_csv_in_english(broken_points: Path):
    report = LayerReport("diem")
    read_table(broken_points, report)
    assert "Read 1,500 rows and 4 columns (semicolon-separated, UTF-8)." in _texts(report)
    assert _one(report, "1,234 rows have no usable coordinates")


def test_read_errors_in_vietnamese(tmp_path: Path, vietnamese_model):
    with pytest.raises(ReadError, match="tệp không tồn tại"):
        read_table(tmp_path / "khong_co.csv", LayerReport("x"))
    (tmp_path / "rong.csv").write_bytes(b"\xef\xbb\xbf \r\n")
    with pytest.raises(ReadError, match="tệp trống"):
        read_table(tmp_path / "rong.csv", LayerReport("x"))
    (tmp_path / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ReadError, match=r"sổ tính Excel \.xls kiểu cũ; hãy lưu lại thành \.xlsx"):
        read_table(tmp_path / "cu.xls", LayerReport("x"))


def test_nyc311_export_in_vietnamese(shared_data: Path, vietnamese_model):
    """The real NYC 311 export (1,000 requests, 107 without a position, 10 closed before they were made)."""
    path = shared_data / "city_services" / "nyc311_2018_1000rows" / "311_Service_Requests.csv"
    report = read_requests(path).report
    assert _one(report, "Đã đọc") == "Đã đọc 1.000 dòng và 41 cột (phân cách bằng dấu phẩy, UTF-8)."
    assert _one(report, "893/1.000") == "893/1.000 phản ánh có vị trí (893 từ 'Latitude'/'Longitude')."
    assert _one(report, "107/1.000") == (
        "107/1.000 phản ánh không có vị trí dùng được (107 phản ánh hoàn toàn không có tọa độ); vẫn được giữ "
        "trong bảng nhưng không hiện trên bản đồ.")
    assert _one(report, "Trạng thái:") == "Trạng thái: 31 đang mở, 969 đã đóng (từ 6 giá trị trạng thái khác nhau)."
    closed = _one(report, "10 phản ánh được đóng trước khi được gửi")
    assert "phản ánh '37695674'" in closed
    layout = _one(report, "Các cột có dạng cấu trúc tệp xuất 311 của New York: đã nhận ra 15 trường.")
    assert "Các cột được dùng: service_request_id <- 'Unique Key';" in layout
    assert "theo hệ tọa độ chưa biết." in layout
    zone = _one(report, "Các phản ánh nằm quanh 40.72°N, 73.94°W")
    assert "đã được đọc theo giờ Asia/Ho_Chi_Minh" in zone


@pytest.fixture
def bad_readings(tmp_path: Path) -> Path:
    """A wide sensor table of one station: 10 PM2.5 values that are not numbers, 4 'no data' codes (-9999)."""
    lines = ["station,time,pm25,temperature"]
    for i in range(30):
        value = "abc" if i % 3 == 0 else ("-9999" if i % 5 == 0 else str(10 + i))
        lines.append(f"Trạm A,2024-05-{1 + i // 24:02d} {i % 24:02d}:00,{value},{20 + i % 5}")
    path = tmp_path / "tram.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sensor_file_with_bad_readings_in_vietnamese(bad_readings: Path, vietnamese_model):
    data = read_sensor_file(bad_readings)
    report = data.report
    assert len(data.readings) == 46
    assert "10 giá trị không phải là số; các số đo đó đã bị loại bỏ." in _texts(report)
    assert "4 số đo mang mã 'không có dữ liệu' (-9999); đã bị loại bỏ." in _texts(report)
    assert _one(report, "Thời gian trong cột 'time' không ghi múi giờ") == (
        "Thời gian trong cột 'time' không ghi múi giờ; đã được coi là giờ địa phương theo Asia/Ho_Chi_Minh "
        "(UTC+07:00).")
    assert "Số đo được ghi khoảng 60 phút một lần." in _texts(report)
    assert _one(report, "46 số đo của 2 thông số tại 1 trạm") == (
        "46 số đo của 2 thông số tại 1 trạm, từ 30/04/2024 17:00 đến 01/05/2024 22:00 UTC.")
    assert _one(report, "Tệp không có cột tọa độ").endswith("để đưa các trạm lên bản đồ.")


def test_sensor_readings_with_thousands_in_vietnamese(sensors_dir_vi: Path, vietnamese_model):
    """The aqi.in readings of the Huế stations: counts above 1.000 get the Vietnamese separator."""
    data = read_sensor_file(sensors_dir_vi / "vietnam_aqiin_stations" / "DERIVED_hue_station_readings.csv")
    last = _texts(data.report)[-1]
    assert re.fullmatch(r"\d{1,3}(\.\d{3})+ số đo của \d+ thông số tại \d+ trạm, từ .* UTC\.", last), last


@pytest.fixture
def sensors_dir_vi(shared_data: Path) -> Path:
    return shared_data / "sensors"


def test_sensor_errors_in_vietnamese(tmp_path: Path, vietnamese_model):
    path = tmp_path / "tram.csv"
    path.write_text("ten tram,ghi chu\nTrạm A,x\n", encoding="utf-8")
    with pytest.raises(ReadError, match="không tìm thấy số đo nào: cần có cột thông số và cột giá trị"):
        read_sensor_file(path)
    with pytest.raises(ReadError, match="đây là một thư mục, không phải bảng dữ liệu cảm biến"):
        read_sensor_file(tmp_path)
