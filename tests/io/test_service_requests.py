"""Service-request exports -> the Open311 frame (gisdesk.io.service_requests).

The real NYC 311 files in ../shared/data/city_services are imported as a user would, and every count is
checked against an independent pandas reading of the same file. Vietnamese exports are built in tmp_path.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.io.service_requests import (
    DEFAULT_STATUS_MAP,
    ColumnMapping,
    detect_mapping,
    normalise_requests,
    parse_datetimes,
    read_requests,
    read_source,
)
from gisdesk.layers import VectorLayer
from gisdesk.layers.schema import CITY_TIMEZONE, REQUEST_DATETIME_FIELDS, REQUEST_FIELDS

NYC = "America/New_York"
US_FORMAT = "%m/%d/%Y %I:%M:%S %p"


@pytest.fixture(scope="module")
def city(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("shared_data") / "city_services"


def _csv2018(city: Path) -> Path:
    return city / "nyc311_2018_1000rows" / "311_Service_Requests.csv"


def _json2018(city: Path) -> Path:
    return city / "nyc311_2018_1000rows" / "fhrw-4uyv.json"


def _csv2023(city: Path) -> Path:
    return city / "nyc311_2023_500rows_socrata_api" / "311_Service_Requests.csv"


def _msg(report: LayerReport, *words: str):
    """The one message whose text contains all ``words``."""
    found = [m for m in report.messages if all(w in m.text for w in words)]
    assert len(found) == 1, (words, report.to_text())
    return found[0]


def _no_msg(report: LayerReport, *words: str) -> None:
    assert not [m for m in report.messages if all(w in m.text for w in words)], report.to_text()


def _ny_utc(texts: pd.Series, fmt: str | None = None) -> pd.Series:
    """Independent reference: naive New York wall times -> UTC."""
    naive = pd.to_datetime(texts, format=fmt) if fmt else pd.to_datetime(texts, format="ISO8601")
    return naive.dt.tz_localize(NYC, ambiguous=True, nonexistent="shift_forward").dt.tz_convert("UTC")


def _check_frame_shape(frame: pd.DataFrame, n: int) -> None:
    assert len(frame) == n
    assert tuple(frame.columns[: len(REQUEST_FIELDS)]) == REQUEST_FIELDS
    for f in REQUEST_DATETIME_FIELDS:
        assert str(frame[f].dtype) == "datetime64[ms, UTC]", f
    assert frame["lat"].dtype == np.float64 and frame["long"].dtype == np.float64
    assert set(frame["status"].dropna()) <= {"open", "closed"}
    assert frame["status"].notna().all()
    assert pd.api.types.is_string_dtype(frame["service_request_id"].dtype)


# --------------------------------------------------------------------------------------------------
# real files


def test_nyc_classic_export_as_a_user_would(city: Path):
    path = _csv2018(city)
    raw = pd.read_csv(path, dtype=str)
    data = read_requests(path, tz=NYC)
    frame, report = data.frame, data.report
    _check_frame_shape(frame, len(raw))
    assert data.notes is not None and data.notes.layout == "nyc311"
    assert data.mapping["service_request_id"] == "Unique Key" and data.mapping["lat"] == "Latitude"
    assert data.mapping.dayfirst is False  # "06/26/2018": month first

    assert frame["service_request_id"].tolist() == raw["Unique Key"].tolist()
    assert frame["service_name"].tolist() == raw["Complaint Type"].fillna("").replace("", None).tolist()
    # unmapped columns follow the fields, as read
    extras = list(frame.columns[len(REQUEST_FIELDS):])
    assert "Agency Name" in extras and "Location" in extras and "X Coordinate (State Plane)" in extras
    assert "Unique Key" not in extras and "Latitude" not in extras
    # PROVENANCE: 107 rows without Latitude/Longitude (and without Location or X/Y either)
    no_loc = int(raw["Latitude"].isna().sum())
    assert no_loc == 107
    assert int(frame["lat"].isna().sum()) == no_loc == report.null_geometries
    msg = _msg(report, "have no usable location")
    assert msg.level == "warning" and msg.count == no_loc and f"{no_loc} with no coordinates at all" in msg.text
    has = raw["Latitude"].notna().to_numpy()
    np.testing.assert_array_equal(frame["lat"].to_numpy()[has], raw["Latitude"].astype(float).to_numpy()[has])
    np.testing.assert_array_equal(frame["long"].to_numpy()[has], raw["Longitude"].astype(float).to_numpy()[has])

    # US 12-hour text, read as New York wall time
    for field, col in (("requested_datetime", "Created Date"), ("closed_datetime", "Closed Date"),
                       ("expected_datetime", "Due Date"), ("updated_datetime", "Resolution Action Updated Date")):
        expected = _ny_utc(raw[col], US_FORMAT)
        assert int(frame[field].notna().sum()) == int(raw[col].notna().sum()), field
        pd.testing.assert_series_equal(frame[field], expected.astype("datetime64[ms, UTC]"), check_names=False)
    assert frame["requested_datetime"][0] == pd.Timestamp("2018-06-26 14:58:54", tz="UTC")  # 10:58:54 AM EDT
    assert int(frame["closed_datetime"].isna().sum()) == 14
    _msg(report, "were read as America/New_York time")
    _no_msg(report, "not a date")

    # statuses: Closed 969 / Pending 14 / Open 7 / In Progress 5 / Assigned 4 / Email Sent 1
    assert frame["status_detail"].value_counts().to_dict() == raw["Status"].value_counts().to_dict()
    closed = int((raw["Status"] == "Closed").sum())
    assert (frame["status"] == "closed").sum() == closed == 969
    assert (frame["status"] == "open").sum() == len(raw) - closed
    _no_msg(report, "not known as open or closed")

    # closed before created: a real quirk of this file
    created = pd.to_datetime(raw["Created Date"], format=US_FORMAT)
    closed_at = pd.to_datetime(raw["Closed Date"], format=US_FORMAT)
    before = int((closed_at < created).sum())
    assert before == 10
    assert _msg(report, "closed before").count == before

    # ready for a layer
    points = data.points()
    layer = VectorLayer(points, name="311")
    assert len(layer) == 1000 and int(points.present.sum()) == 1000 - no_loc
    assert layer.crs == "EPSG:4326"


def test_nyc_export_read_in_the_city_zone_says_the_zone_looks_wrong(city: Path):
    data = read_requests(_csv2018(city))  # the default zone: Huế
    assert data.mapping.tz == CITY_TIMEZONE
    assert data.frame["requested_datetime"][0] == pd.Timestamp("2018-06-26 03:58:54", tz="UTC")  # 10:58:54 +07
    msg = _msg(data.report, "lie around 40.", "73.", "Asia/Ho_Chi_Minh")
    assert msg.level == "warning"
    _no_msg(read_requests(_csv2018(city), tz=NYC).report, "lie around")


def test_socrata_json_array(city: Path):
    from gisdesk.io import open_path

    path = _json2018(city)
    with pytest.raises(ReadError):  # the quirk: GDAL cannot open it
        open_path(path)
    raw = pd.read_json(path, dtype=False)
    data = read_requests(path, tz=NYC)
    frame, report = data.frame, data.report
    _check_frame_shape(frame, len(raw))
    assert report.driver == "Socrata JSON" and data.notes is not None and data.notes.layout == "socrata"
    assert frame["service_request_id"].tolist() == raw["unique_key"].tolist()
    assert int(frame["lat"].isna().sum()) == int(raw["latitude"].isna().sum()) == 0
    np.testing.assert_allclose(frame["lat"], raw["latitude"].astype(float))
    # the GeoJSON `location` objects are kept as JSON text, not as dicts
    loc = json.loads(frame["location"][0])
    assert loc["type"] == "Point" and loc["coordinates"] == raw["location"][0]["coordinates"]

    # dates: ISO without a zone; one closing date is the 1900-01-01 placeholder
    created = _ny_utc(raw["created_date"])
    pd.testing.assert_series_equal(frame["requested_datetime"], created.astype("datetime64[ms, UTC]"),
                                   check_names=False)
    closed_raw = pd.to_datetime(raw["closed_date"], format="ISO8601")
    placeholders = int((closed_raw.dt.year < 1970).sum())
    assert placeholders == 1
    assert int(frame["closed_datetime"].isna().sum()) == int(raw["closed_date"].isna().sum()) + placeholders
    msg = _msg(report, "before 1970", "closed_date")
    assert msg.count == placeholders and "1900-01-01" in msg.text

    counts = raw["status"].value_counts()
    assert (frame["status"] == "closed").sum() == counts["Closed"] == 966
    assert (frame["status"] == "open").sum() == len(raw) - counts["Closed"]
    before = int(((closed_raw < pd.to_datetime(raw["created_date"])) & (closed_raw.dt.year >= 1970)).sum())
    assert _msg(report, "closed before").count == before


def test_socrata_json_positions_from_the_location_objects(city: Path):
    path = _json2018(city)
    mapping, _ = detect_mapping(*_columns_and_sample(path))
    mapping["lat"] = mapping["long"] = None
    data = read_requests(path, mapping)
    raw = pd.read_json(path, dtype=False)
    np.testing.assert_allclose(data.frame["lat"], raw["latitude"].astype(float), atol=1e-9)
    np.testing.assert_allclose(data.frame["long"], raw["longitude"].astype(float), atol=1e-9)
    _msg(data.report, "1,000 of 1,000 requests have a location", "from 'location'")


def _columns_and_sample(path: Path) -> tuple[list[str], pd.DataFrame]:
    src = read_source(path)
    return list(src.frame.columns), src.frame.head(200)


def test_socrata_api_csv(city: Path):
    path = _csv2023(city)
    raw = pd.read_csv(path, dtype=str)
    data = read_requests(path, tz=NYC)
    frame, report = data.frame, data.report
    _check_frame_shape(frame, 500)
    assert data.notes is not None and data.notes.layout == "socrata"
    assert data.mapping["requested_datetime"] == "created_date" and data.mapping.location == "location"

    no_lat = raw["latitude"].isna()
    assert int(no_lat.sum()) == 68
    assert int(frame["lat"].isna().sum()) == 68 == report.null_geometries
    # why: a few rows have nothing at all, the others only half of the State Plane pair (and no location)
    x, y = raw["x_coordinate_state_plane"].notna(), raw["y_coordinate_state_plane"].notna()
    assert not (no_lat & raw["location"].notna()).any()
    nothing = int((no_lat & ~x & ~y).sum())
    half = int((no_lat & (x ^ y)).sum())
    assert nothing + half == 68
    msg = _msg(report, "have no usable location")
    assert msg.count == 68 and f"{nothing} with no coordinates at all" in msg.text
    assert f"{half} with only half a coordinate pair" in msg.text

    pd.testing.assert_series_equal(frame["requested_datetime"], _ny_utc(raw["created_date"]).astype("datetime64[ms, UTC]"),
                                   check_names=False)
    assert int(frame["closed_datetime"].notna().sum()) == int(raw["closed_date"].notna().sum())
    assert frame["expected_datetime"].isna().all()  # this export has no due date
    # In Progress 261 / Closed 232 / Open 5 / Assigned 2
    assert frame["status_detail"].value_counts().to_dict() == raw["status"].value_counts().to_dict()
    assert (frame["status"] == "closed").sum() == 232 and (frame["status"] == "open").sum() == 268
    # :@computed_region columns are kept
    assert ":@computed_region_7mpf_4k6g" in frame.columns


def test_socrata_location_strings_and_state_plane(city: Path):
    path = _csv2023(city)
    raw = pd.read_csv(path, dtype=str)
    columns, sample = _columns_and_sample(path)
    lat_ref, lon_ref = raw["latitude"].astype(float).to_numpy(), raw["longitude"].astype(float).to_numpy()

    # positions from the "{'latitude': ..., 'longitude': ..., 'human_address': ...}" strings only
    only_location, _ = detect_mapping(columns, sample)
    only_location["lat"] = only_location["long"] = None
    only_location.x = only_location.y = None
    data = read_requests(path, only_location)
    np.testing.assert_allclose(data.frame["lat"], lat_ref, equal_nan=True)
    np.testing.assert_allclose(data.frame["long"], lon_ref, equal_nan=True)

    # positions from State Plane X/Y only: without a CRS they cannot be placed, and the report says so
    only_xy, _ = detect_mapping(columns, sample)
    only_xy["lat"] = only_xy["long"] = None
    only_xy.location = None
    both = (raw["x_coordinate_state_plane"].notna() & raw["y_coordinate_state_plane"].notna()).to_numpy()
    data = read_requests(path, only_xy)
    assert data.frame["lat"].isna().all()
    msg = _msg(data.report, "CRS is not known", "EPSG:2263")
    assert msg.category == "crs" and msg.count == int(both.sum())
    # ... with EPSG:2263 (NY Long Island, US feet) they land within a few metres of the published lat/lon
    only_xy.xy_crs = "EPSG:2263"
    data = read_requests(path, only_xy)
    got = data.frame["lat"].notna().to_numpy()
    np.testing.assert_array_equal(got, both)
    assert np.abs(data.frame["lat"].to_numpy()[got] - lat_ref[got]).max() < 2e-5
    assert np.abs(data.frame["long"].to_numpy()[got] - lon_ref[got]).max() < 2e-5
    _msg(data.report, "converted from EPSG:2263")


# --------------------------------------------------------------------------------------------------
# Vietnamese exports

VN_HEADER = ["Mã phản ánh", "Lĩnh vực", "Nội dung", "Trạng thái", "Thời gian gửi", "Hạn xử lý", "Ngày hoàn thành",
             "Đơn vị xử lý", "Địa chỉ", "Phường/Xã", "Vĩ độ", "Kinh độ", "Mức độ khẩn", "Số điện thoại"]
SCRIPT = "Rác tràn ra đường <script>alert(1)</script> & <b>gấp</b>"
HUE = [(16.4637, 107.5909), (16.4700, 107.5800), (16.4550, 107.6000), (16.4800, 107.5700), (16.4620, 107.5950)]


def _vn_rows() -> list[list[str]]:
    def c(v: float) -> str:  # decimal commas, as Vietnamese Excel writes them
        return f"{v}".replace(".", ",")

    return [
        ["PA-0001", "Môi trường", SCRIPT, "Đã xử lý", "15/03/2024 08:30", "20/03/2024", "16/03/2024 17:05",
         "UBND phường Phú Hội", "12 Lê Lợi", "Phú Hội", c(HUE[0][0]), c(HUE[0][1]), "Khẩn", "0905123456"],
        ["PA-0002", "Giao thông", "Ổ gà", "Đang xử lý", "15/03/2024 09:00 +07:00", "20/03/2024", "", "Sở GTVT", "",
         "Vĩnh Ninh", c(HUE[1][0]), c(HUE[1][1]), "Thường", ""],
        ["PA-0003", "Chiếu sáng", "Đèn hỏng", "Chờ xử lý", "16/03/2024 21:15", "25/03/2024", "", "", "", "", "0", "0",
         "", ""],
        # latitude and longitude typed the wrong way round
        ["PA-0004", "Cây xanh", "Cây đổ", "Đã tiếp nhận", "17/03/2024 07:45", "", "", "", "", "", c(HUE[2][1]),
         c(HUE[2][0]), "", ""],
        ["PA-0005", "Môi trường", "Khói", "Hoàn thành", "31/02/2024 10:00", "", "18/03/2024 10:00", "", "", "", "", "",
         "", ""],
        ["PA-0005", "Môi trường", "Khói (gửi lại)", "Tạm dừng", "18/03/2024 10:00", "", "", "", "", "", "abc",
         "107,59", "", ""],
        ["PA-0007", "Khác", "Ghi nhầm toạ độ Hà Nội", "Đã xử lý", "19/03/2024 10:00", "", "19/03/2024 12:00", "", "",
         "", "21,0285", "105,8542", "", ""],
        ["PA-0008", "Cấp nước", "Vỡ ống", "", "20/03/2024 06:00", "", "20/03/2024 09:00", "", "", "", c(HUE[3][0]),
         c(HUE[3][1]), "", ""],
        ["PA-0009", "Cấp nước", "Mất nước", "", "21/03/2024 06:00", "", "", "", "", "", c(HUE[4][0]), c(HUE[4][1]),
         "", ""],
    ]


def _write_vn_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(VN_HEADER)
        w.writerows(_vn_rows())
    return path


def test_vietnamese_csv_export(tmp_path: Path):
    path = _write_vn_csv(tmp_path / "phan_anh_thang_3.csv")
    data = read_requests(path)
    frame, report = data.frame, data.report
    _check_frame_shape(frame, 9)
    assert data.notes is not None and data.notes.layout == "vietnamese" and data.notes.confidence == 1.0
    m = data.mapping
    assert (m["service_request_id"], m["service_name"], m["description"], m["status"]) == (
        "Mã phản ánh", "Lĩnh vực", "Nội dung", "Trạng thái")
    assert (m["requested_datetime"], m["expected_datetime"], m["closed_datetime"]) == (
        "Thời gian gửi", "Hạn xử lý", "Ngày hoàn thành")
    assert (m["agency_responsible"], m["address"], m["ward_name"], m["urgency"]) == (
        "Đơn vị xử lý", "Địa chỉ", "Phường/Xã", "Mức độ khẩn")
    assert (m["lat"], m["long"], m.dayfirst) == ("Vĩ độ", "Kinh độ", True)

    # citizen text stays plain text, exactly as written
    assert frame["description"][0] == SCRIPT
    # phone numbers keep their leading zero (an unmapped column, kept after the fields)
    assert frame["Số điện thoại"][0] == "0905123456"

    # dd/mm/yyyy in Huế time; "+07:00" written in the value gives the same instant
    req = frame["requested_datetime"]
    assert req[0] == pd.Timestamp("2024-03-15 01:30", tz="UTC")
    assert req[1] == pd.Timestamp("2024-03-15 02:00", tz="UTC")
    assert frame["expected_datetime"][0] == pd.Timestamp("2024-03-19 17:00", tz="UTC")  # 20/03 00:00 +07
    assert pd.isna(req[4])  # 31/02/2024
    assert data.date_only == {"expected_datetime": 3}  # "20/03/2024": a deadline without a time
    bad = _msg(report, "not a date", "Thời gian gửi")
    assert bad.count == 1 and "31/02/2024 10:00" in bad.text
    assert _msg(report, "mix time zones", "+07:00 (1)").level == "warning"

    # statuses: Vietnamese wording -> open/closed, the wording kept in status_detail
    assert frame["status"].tolist() == ["closed", "open", "open", "open", "closed", "open", "closed", "closed", "open"]
    assert frame["status_detail"][0] == "Đã xử lý" and pd.isna(frame["status_detail"][7])
    unknown = _msg(report, "not known as open or closed")
    assert unknown.count == 1 and "'Tạm dừng' (1)" in unknown.text
    empty = _msg(report, "have no status")
    assert empty.count == 2 and "1 with a closing time was taken as closed" in empty.text

    # positions: decimal commas, one pair swapped back, 0/0 dropped, "abc" unreadable, one empty
    assert (frame["lat"][0], frame["long"][0]) == HUE[0]
    assert (frame["lat"][3], frame["long"][3]) == HUE[2]
    assert _msg(report, "wrong way round").count == 1
    assert frame["lat"].isna().tolist() == [False, False, True, False, True, True, False, False, False]
    miss = _msg(report, "have no usable location")
    assert miss.count == 3
    assert "1 with no coordinates at all" in miss.text and "1 with coordinates that cannot be read" in miss.text
    assert "1 with a 0 latitude or longitude" in miss.text and "PA-0003" in miss.text
    assert _msg(report, "dropped as impossible").category == "dropped"
    # the Hà Nội point is kept but called out
    far = _msg(report, "km from the others")
    assert far.count == 1 and "PA-0007" in far.text
    assert frame["lat"][6] == 21.0285

    dup = _msg(report, "share 1 id")
    assert dup.count == 2 and "'PA-0005' ×2" in dup.text
    assert report.null_geometries == 3 and report.features_kept == 9


def test_vietnamese_names_in_nfd_and_status_map_override(tmp_path: Path):
    """Headers and cells in decomposed Unicode (macOS, some web forms) still match; the user's status map wins."""
    path = tmp_path / "nfd.csv"
    rows = [[unicodedata.normalize("NFD", v) for v in r] for r in [VN_HEADER, *_vn_rows()]]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    mapping = ColumnMapping.from_dict({**detect_mapping(VN_HEADER)[0].to_dict(),
                                       "status_map": {"TẠM DỪNG": "closed"}})
    data = read_requests(path, mapping)
    assert data.frame["status"][5] == "closed"
    assert data.frame["status_detail"][5] == "Tạm dừng"  # NFC again
    assert data.frame["ward_name"][1] == "Vĩnh Ninh"
    _no_msg(data.report, "not known as open or closed")


def test_vietnamese_xlsx_export(tmp_path: Path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phản ánh"
    ws.append(["BÁO CÁO PHẢN ÁNH HIỆN TRƯỜNG THÁNG 3/2024"])
    ws.append(["Mã PA", "Lĩnh vực", "Nội dung", "Trạng thái", "Thời gian gửi", "Hạn xử lý", "Ngày hoàn thành",
               "Vĩ độ", "Kinh độ", "Kênh tiếp nhận"])
    ws.append(["000123", "Môi trường", SCRIPT, "Đã xử lý", dt.datetime(2024, 3, 15, 8, 30), 45371.0,
               "16/03/2024 17:05", 16.4637, 107.5909, "Hue-S"])
    ws.append(["000124", "Giao thông", "Ổ gà", "Đang xử lý", dt.datetime(2024, 3, 15, 9, 0), 45372.5, None, 16.47,
               107.58, "Zalo"])
    path = tmp_path / "phan_anh.xlsx"
    wb.save(path)

    data = read_requests(path)
    frame = data.frame
    _check_frame_shape(frame, 2)
    assert frame["service_request_id"].tolist() == ["000123", "000124"]
    assert frame["description"][0] == SCRIPT
    assert frame["source"].tolist() == ["Hue-S", "Zalo"]
    # a date cell, an Excel serial number and dd/mm/yyyy text, all in Huế time
    assert frame["requested_datetime"][0] == pd.Timestamp("2024-03-15 01:30", tz="UTC")
    assert frame["expected_datetime"].tolist() == [pd.Timestamp("2024-03-19 17:00", tz="UTC"),  # 45371 = 20/03/2024
                                                   pd.Timestamp("2024-03-21 05:00", tz="UTC")]  # 45372.5 = 21/03 12:00
    assert frame["closed_datetime"][0] == pd.Timestamp("2024-03-16 10:05", tz="UTC")
    assert frame["status"].tolist() == ["closed", "open"]
    _msg(data.report, "Skipped 1 title row")


def test_geojson_and_geopackage_exports(tmp_path: Path):
    import geopandas as gpd
    import shapely

    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [107.5909, 16.4637]},
         "properties": {"Mã phản ánh": "A1", "Trạng thái": "Chờ xử lý", "Thời gian gửi": "2024-03-15T08:30:00+07:00"}},
        {"type": "Feature", "geometry": None,
         "properties": {"Mã phản ánh": "A2", "Trạng thái": "Hoàn thành", "Thời gian gửi": "2024-03-16T01:30:00Z"}},
    ]}
    gj = tmp_path / "pa.geojson"
    gj.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    data = read_requests(gj)
    assert data.frame["service_request_id"].tolist() == ["A1", "A2"]
    assert (data.frame["lat"][0], data.frame["long"][0]) == (16.4637, 107.5909)
    assert np.isnan(data.frame["lat"][1])
    assert data.frame["requested_datetime"].tolist() == [pd.Timestamp("2024-03-15 01:30", tz="UTC"),
                                                         pd.Timestamp("2024-03-16 01:30", tz="UTC")]
    _msg(data.report, "from the file's point geometry")

    # a GeoPackage in Huế's VN-2000 TM-3: positions come back to WGS 84
    pts = [shapely.Point(107.5909, 16.4637), shapely.Point(107.58, 16.47)]
    gdf = gpd.GeoDataFrame({"ma_pa": ["B1", "B2"], "trang_thai": ["Đã xử lý", "Mới"],
                            "ngay_tao": ["15/03/2024 08:30", "16/03/2024 09:00"]},
                           geometry=pts, crs="EPSG:4326").to_crs("EPSG:9214")
    gp = tmp_path / "pa.gpkg"
    gdf.to_file(gp)
    data = read_requests(gp)
    np.testing.assert_allclose(data.frame["long"], [107.5909, 107.58], atol=1e-7)
    np.testing.assert_allclose(data.frame["lat"], [16.4637, 16.47], atol=1e-7)
    assert data.frame["status"].tolist() == ["closed", "open"]
    assert data.notes is not None and data.notes.layout == "vietnamese"
    _msg(data.report, "converted from EPSG:9214")


def test_open311_json_and_socrata_rows_json(tmp_path: Path):
    records = [
        {"service_request_id": 638344, "status": "closed", "status_notes": "Duplicate request.",
         "service_name": "Sidewalk and Curb Issues", "service_code": "006", "description": None,
         "requested_datetime": "2010-04-14T06:37:38-08:00", "updated_datetime": "2010-04-14T06:37:38-08:00",
         "expected_datetime": "2010-04-15T06:37:38-08:00", "address": "8TH AVE and JUDAH ST", "zipcode": 94122,
         "lat": 37.762221815, "long": -122.4651145, "media_url": "http://city.gov.s3.amazonaws.com/requests/m.jpg",
         "extra_key": {"nested": True}},
        {"service_request_id": "638349", "status": "open", "service_name": "Potholes", "service_code": "007",
         "requested_datetime": "2010-04-19T06:37:38-08:00", "lat": 37.76, "long": -122.46},
    ]
    path = tmp_path / "requests.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    data = read_requests(path)
    assert data.notes is not None and data.notes.layout == "open311"
    f = data.frame
    assert f["service_request_id"].tolist() == ["638344", "638349"]  # ids as strings
    assert f["service_code"].tolist() == ["006", "007"] and f["zipcode"][0] == "94122"
    assert f["requested_datetime"][0] == pd.Timestamp("2010-04-14 14:37:38", tz="UTC")
    assert f["status"].tolist() == ["closed", "open"]
    assert json.loads(f["extra_key"][0]) == {"nested": True}  # unknown keys kept
    _no_msg(data.report, "were read as")  # every time carried its zone

    rows_json = {"meta": {"view": {"columns": [
        {"fieldName": ":sid"}, {"fieldName": "unique_key"}, {"fieldName": "created_date"}, {"fieldName": "status"},
        {"fieldName": "complaint_type"}, {"fieldName": "latitude"}, {"fieldName": "longitude"}]}},
        "data": [[1, "11", "2012-06-26T13:38:54", "Closed", "Noise", "40.7", "-73.9"],
                 [2, "12", "2012-06-27T13:38:54", "Open", "Noise", None, None]]}
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows_json), encoding="utf-8")
    data = read_requests(path, tz=NYC)
    assert data.report.driver == "Socrata rows.json"
    assert data.frame["service_request_id"].tolist() == ["11", "12"] and ":sid" not in data.frame.columns
    assert data.frame["lat"].isna().tolist() == [False, True]


# --------------------------------------------------------------------------------------------------
# detection


def test_detect_mapping_on_each_layout(city: Path):
    nyc, notes = detect_mapping(*_columns_and_sample(_csv2018(city)))
    assert notes.layout == "nyc311" and notes.confidence == 1.0
    assert (nyc["requested_datetime"], nyc["closed_datetime"], nyc["expected_datetime"]) == (
        "Created Date", "Closed Date", "Due Date")
    assert nyc["updated_datetime"] == "Resolution Action Updated Date"
    assert (nyc["service_name"], nyc["description"], nyc["agency_responsible"]) == ("Complaint Type", "Descriptor", "Agency")
    assert (nyc["address"], nyc["zipcode"], nyc["source"]) == ("Incident Address", "Incident Zip", "Open Data Channel Type")
    assert (nyc.location, nyc.x, nyc.y, nyc.xy_crs) == ("Location", "X Coordinate (State Plane)",
                                                         "Y Coordinate (State Plane)", None)
    assert any("EPSG:2263" in n for n in notes.notes)

    soc, notes = detect_mapping(*_columns_and_sample(_csv2023(city)))
    assert notes.layout == "socrata"
    assert (soc["service_request_id"], soc["status"], soc["lat"], soc["long"]) == (
        "unique_key", "status", "latitude", "longitude")
    assert soc["expected_datetime"] is None

    o311, notes = detect_mapping(list(REQUEST_FIELDS))
    assert notes.layout == "open311"
    assert all(o311[f] == f for f in REQUEST_FIELDS)

    # case-, accent-, space- and punctuation-insensitive
    vn, notes = detect_mapping(["MA PHAN ANH", "linh_vuc", "NỘI DUNG", "trang thai", "ThờiGianGửi", "han_xu_ly",
                                "Phuong/Xa", "VI DO", "KINH DO", "Muc do khan", "Ngày tạo phản ánh"])
    assert notes.layout == "vietnamese"
    assert (vn["service_request_id"], vn["service_name"], vn["description"], vn["status"]) == (
        "MA PHAN ANH", "linh_vuc", "NỘI DUNG", "trang thai")
    assert (vn["requested_datetime"], vn["expected_datetime"], vn["ward_name"], vn["urgency"]) == (
        "ThờiGianGửi", "han_xu_ly", "Phuong/Xa", "Muc do khan")
    assert (vn["lat"], vn["long"]) == ("VI DO", "KINH DO")

    unknown, notes = detect_mapping(["foo", "bar"])
    assert notes.confidence == 0 and not unknown.columns_used


def test_detect_mapping_lets_values_decide(tmp_path: Path):
    sample = pd.DataFrame({
        "Created Date": ["yes", "no", "yes"],  # named like the request time, but not dates
        "Created": ["13/02/2024 08:00", "14/02/2024 09:00", "15/02/2024 10:00"],
        "Status": ["Closed", "Frozen", "Open"],
        "Latitude": ["north", "south", "east"],  # not numbers: no position from these
        "Longitude": ["a", "b", "c"],
        "Vị trí": ["16.4637, 107.5909", "(16.47, 107.58)", "POINT (107.6 16.455)"],
    })
    mapping, notes = detect_mapping(list(sample.columns), sample)
    assert mapping["requested_datetime"] == "Created"
    assert mapping["lat"] is None and mapping.location == "Vị trí"
    assert mapping["address"] is None  # "Vị trí" holds positions, so it is not the address
    assert mapping.dayfirst is True  # 13/02/2024
    assert any("'Frozen'" in n for n in notes.notes)

    # month first when a second number is above 12; a guess when nothing shows the order
    us = pd.DataFrame({"Created Date": ["02/13/2024 08:00:00 AM"]})
    assert detect_mapping(["Created Date"], us)[0].dayfirst is False
    vague = pd.DataFrame({"Thời gian gửi": ["05/06/2024 08:00", "07/08/2024 09:00"]})
    mapping, notes = detect_mapping(["Thời gian gửi"], vague)
    assert mapping.dayfirst is None  # a guess: the whole file decides when it is read
    assert any("read as day/month/year" in n and "Check a few dates" in n for n in notes.notes)

    # a name that contains a known name is a guess; the longest known name wins
    sample = pd.DataFrame({"Ngày tạo phản ánh": ["13/02/2024 08:00"], "Ngày hoàn thành xử lý": ["14/02/2024 08:00"],
                           "Trạng thái hiện tại": ["Đã xử lý"]})
    mapping, notes = detect_mapping(list(sample.columns), sample)
    assert mapping["requested_datetime"] == "Ngày tạo phản ánh"
    assert mapping["closed_datetime"] == "Ngày hoàn thành xử lý"
    assert mapping["status"] == "Trạng thái hiện tại"
    assert "a guess" in notes.reasons["closed_datetime"] and notes.confidence < 0.7


# --------------------------------------------------------------------------------------------------
# the mapping


def test_mapping_round_trip_and_validation():
    m = ColumnMapping(fields={"service_request_id": "Mã phản ánh", "status": "Trạng thái", "lat": "Vĩ độ"},
                      location="Vị trí", x="X", y="Y", xy_crs="EPSG:9214", tz="Asia/Bangkok", dayfirst=True,
                      status_map={"Tạm dừng": "open", "Hủy bỏ": "closed"})
    saved = json.loads(json.dumps(m.to_dict(), ensure_ascii=False))
    back = ColumnMapping.from_dict(saved)
    assert back == m
    assert back["ward_name"] is None and back.status_of("HỦY BỎ") == "closed" and back.status_of("??") is None
    assert ColumnMapping.from_dict({}) == ColumnMapping()
    assert ColumnMapping.from_dict({"fields": {"future_field": "x", "status": "S"}})["status"] == "S"
    with pytest.raises(ValueError, match="open"):
        ColumnMapping(status_map={"Closed": "done"})
    with pytest.raises(ValueError, match="time zone"):
        ColumnMapping(tz="Hue/Vietnam")
    with pytest.raises(ValueError, match="not request fields"):
        ColumnMapping(fields={"colour": "x"})
    with pytest.raises(ValueError, match="CRS"):
        ColumnMapping(xy_crs="EPSG:999999")
    with pytest.raises(KeyError):
        m["colour"] = "x"
    # the defaults cover the common English and Vietnamese wording
    for text, status in (("Closed", "closed"), ("In Progress", "open"), ("Email Sent", "open"), ("Started", "open"),
                         ("Đã xử lý", "closed"), ("Đang xử lý", "open"), ("Chờ xử lý", "open"),
                         ("Đã tiếp nhận", "open"), ("Hoàn thành", "closed"), ("da xu ly", "closed")):
        assert ColumnMapping().status_of(text) == status, text
    assert set(DEFAULT_STATUS_MAP.values()) == {"open", "closed"}


def test_a_saved_mapping_on_a_file_that_lacks_a_column(tmp_path: Path):
    path = _write_vn_csv(tmp_path / "pa.csv")
    mapping = detect_mapping(VN_HEADER)[0]
    mapping["source"] = "Kênh tiếp nhận"  # not in this export
    data = read_requests(path, mapping)
    assert data.frame["source"].isna().all()
    assert _msg(data.report, "'Kênh tiếp nhận'", "does not have").level == "warning"


# --------------------------------------------------------------------------------------------------
# date-times


@pytest.mark.parametrize(
    ("text", "expected_utc", "tz"),
    [
        ("06/26/2018 10:58:54 AM", "2018-06-26 14:58:54", NYC),
        ("06/26/2018 10:58:54 PM", "2018-06-27 02:58:54", NYC),
        ("06/26/2018 10:58:54 AM -04:00", "2018-06-26 14:58:54", CITY_TIMEZONE),  # the offset wins over tz
        ("6/26/18 9:05 p.m.", "2018-06-27 01:05:00", NYC),
        ("2023-12-10T12:00:00.000", "2023-12-10 17:00:00", NYC),
        ("2024-03-12T08:30:00+07:00", "2024-03-12 01:30:00", NYC),
        ("2024-03-12 08:30:00Z", "2024-03-12 08:30:00", CITY_TIMEZONE),
        ("2024-3-5 8:05", "2024-03-05 01:05:00", CITY_TIMEZONE),
        ("26/06/2018 10:58", "2018-06-26 03:58:00", CITY_TIMEZONE),
        ("26-06-2018", "2018-06-25 17:00:00", CITY_TIMEZONE),
        ("08:30 26/06/2024", "2024-06-26 01:30:00", CITY_TIMEZONE),
        ("26/06/2018 10:58 CH", "2018-06-26 15:58:00", CITY_TIMEZONE),  # chiều = PM
        ("ngày 26 tháng 6 năm 2018", "2018-06-25 17:00:00", CITY_TIMEZONE),
        ("Jun 26, 2018 10:58 AM", "2018-06-26 03:58:00", CITY_TIMEZONE),
        (43277.5, "2018-06-26 05:00:00", CITY_TIMEZONE),  # Excel: 26/06/2018 12:00
        ("43277", "2018-06-25 17:00:00", CITY_TIMEZONE),
        (1700000000, "2023-11-14 22:13:20", CITY_TIMEZONE),  # Unix seconds are UTC
        (dt.datetime(2018, 6, 26, 10, 58), "2018-06-26 03:58:00", CITY_TIMEZONE),
    ],
)
def test_parse_datetimes_formats(text, expected_utc, tz):
    got = parse_datetimes([text], tz)
    assert got.parsed == 1 and got.unparsed == 0, got
    assert got.values[0] == pd.Timestamp(expected_utc, tz="UTC")
    assert str(got.values.dtype) == "datetime64[ms, UTC]"


def test_parse_datetimes_reports_what_it_could_not_read():
    values = pd.Series(["26/06/2018 10:58", "abc", "31/02/2024", None, "", "n/a", "01/01/1900", "tomorrow",
                        "27/06/2018 09:00 +07:00", "2018-06-28T01:00:00Z", True])
    got = parse_datetimes(values, CITY_TIMEZONE)
    assert got.parsed == 3 and got.empty == 3
    assert got.unparsed == 4 and got.examples == ["abc", "31/02/2024", "tomorrow", "True"]
    assert got.implausible == 1 and got.implausible_examples == ["01/01/1900"]
    assert got.naive == 1 and got.offsets == {"+07:00": 1, "UTC": 1} and got.mixed_zones
    assert got.dayfirst is True and not got.dayfirst_guessed
    assert got.values.isna().tolist() == [False, True, True, True, True, True, True, True, False, False, True]


def test_parse_datetimes_day_month_order_and_daylight_saving():
    assert parse_datetimes(["05/06/2024"]).values[0] == pd.Timestamp("2024-06-04 17:00", tz="UTC")
    guessed = parse_datetimes(["05/06/2024"])
    assert guessed.dayfirst is True and guessed.dayfirst_guessed and guessed.date_only == 1
    us = parse_datetimes(["05/06/2024 10:00:00 AM"], NYC)
    assert us.dayfirst is False and us.values[0] == pd.Timestamp("2024-05-06 14:00", tz="UTC")
    assert parse_datetimes(["05/06/2024"], dayfirst=False).values[0] == pd.Timestamp("2024-05-05 17:00", tz="UTC")
    # 01:30 happens twice on 3 Nov 2024 in New York, 02:30 never on 10 March
    dst = parse_datetimes(["2024-11-03 01:30", "2024-03-10 02:30", "2024-07-01 12:00"], NYC)
    assert dst.dst_adjusted == 2 and dst.values[2] == pd.Timestamp("2024-07-01 16:00", tz="UTC")


def test_parse_datetimes_on_typed_columns():
    aware = pd.Series(pd.to_datetime(["2024-01-01T00:00+07:00", None], format="ISO8601"))
    got = parse_datetimes(aware)
    assert got.values[0] == pd.Timestamp("2023-12-31 17:00", tz="UTC") and got.empty == 1 and got.naive == 0
    naive = pd.Series(pd.to_datetime(["2024-01-01 07:00"]))
    assert parse_datetimes(naive).values[0] == pd.Timestamp("2024-01-01 00:00", tz="UTC")
    serials = pd.Series([45371.0, np.nan, 12.0])
    got = parse_datetimes(serials)
    assert got.values[0] == pd.Timestamp("2024-03-19 17:00", tz="UTC") and got.unparsed == 1 and got.empty == 1


# --------------------------------------------------------------------------------------------------
# bad input


def test_bad_files_raise_read_error(tmp_path: Path):
    cases = {
        "missing.csv": None,
        "empty.json": b"",
        "cut.json": b'[{"unique_key": "1", "status": "Open"}, {"unique_ke',
        "numbers.json": b"[1, 2, 3]",
        "object.json": b'{"hello": "world"}',
        "binary.csv": bytes(range(256)) * 40,
        "fake.xlsx": b"PK\x03\x04 this is not a workbook",
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(ReadError) as err:
            read_requests(path)
        assert name in str(err.value), name
    # a readable table that holds no requests at all
    other = tmp_path / "population.csv"
    other.write_text("province,population\nHuế,1160000\n", encoding="utf-8")
    with pytest.raises(ReadError, match="no column looks like a service request field"):
        read_requests(other)
    with pytest.raises(ReadError, match="folder"):
        read_requests(tmp_path)


def test_an_empty_export_and_mixed_json_items(tmp_path: Path):
    """No requests this month is not an error: an empty frame with the fields, and a warning."""
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    data = read_requests(path)
    _check_frame_shape(data.frame, 0)
    _msg(data.report, "holds no requests")
    header_only = tmp_path / "header.csv"
    header_only.write_text(";".join(VN_HEADER) + "\n", encoding="utf-8")
    data = normalise_requests(read_source(header_only))
    _check_frame_shape(data.frame, 0)
    assert data.mapping["service_request_id"] == "Mã phản ánh" and data.report.warnings

    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"service_request_id": "1", "status": "open", "so_nha": 12},
                                {"service_request_id": 2, "so_nha": "12A"}, 42, "x"]), encoding="utf-8")
    data = read_requests(path)
    assert len(data.frame) == 2 and _msg(data.report, "not records").count == 2
    assert data.frame["service_request_id"].tolist() == ["1", "2"]
    assert data.frame["so_nha"].tolist() == ["12", "12A"]  # a mixed unmapped column becomes text


def test_impossible_and_projected_positions(tmp_path: Path):
    import pyproj

    # VN-2000 / TM-3 107-00 metres typed into the latitude/longitude columns
    e, n = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True).transform(107.5909, 16.4637)
    path = tmp_path / "pa.csv"
    path.write_text(
        "Mã phản ánh,Trạng thái,Vĩ độ,Kinh độ\n"
        "1,Mới,95.5,200.1\n"  # out of range
        f"2,Mới,{n:.3f},{e:.3f}\n"  # projected, named as degrees
        "3,Mới,16.4637,107.5909\n"
        "4,Mới,-1.797e308,107.5\n",  # the 'no data' sentinel
        encoding="utf-8",
    )
    data = read_requests(path)
    assert data.frame["lat"].isna().tolist() == [True, True, False, True]
    miss = _msg(data.report, "have no usable location")
    assert miss.count == 3 and "2 with coordinates outside any possible range" in miss.text  # incl. the sentinel
    assert "1 with projected coordinates whose CRS is not known" in miss.text
    assert _msg(data.report, "CRS is not known", "EPSG:9214").category == "crs"

    mapping = ColumnMapping.from_dict({**data.mapping.to_dict(), "xy_crs": "EPSG:9214"})
    data = read_requests(path, mapping)
    assert data.frame["lat"].isna().tolist() == [True, False, False, True]
    assert abs(data.frame["lat"][1] - 16.4637) < 1e-7 and abs(data.frame["long"][1] - 107.5909) < 1e-7


# -- reading once per distinct value ---------------------------------------------------------------------
# normalise_requests reads each distinct value of a column once and maps the result back to the rows. These
# tests hold it against a plain reading of every row on its own (the oracle below is the per-row text rule of the
# implementation before that change) and against the report the earlier implementation gave for the same frame.


def _old_text(v):
    """The per-value text rule of ``_as_text`` before the per-distinct-value reading (the reference)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, str):
        v = unicodedata.normalize("NFC", v).strip()
        return v or None
    if isinstance(v, bool | np.bool_):
        return "true" if v else "false"
    if isinstance(v, int | np.integer):
        return str(int(v))
    if isinstance(v, float | np.floating):
        if np.isnan(v):
            return None
        return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    return str(v)


def _tricky(arrow_text: bool) -> pd.DataFrame:
    """Mixed day orders, naive and aware times, unreadable and placeholder dates, Vietnamese and English statuses
    (one NFD), NFD text, integral float codes, a swapped and a 0/0 position, a location column, mixed cells."""
    nfd = unicodedata.normalize("NFD", "Cây xanh ")
    frame = pd.DataFrame({
        "Mã phản ánh": [12.0, 13.0, None, 14.5, 1e16, 12.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0],
        "Ngày tạo": ["26/06/2018 10:58", "06/26/2018 10:58:54 AM", "2018-06-26T10:58:54+07:00", "2024-03-12 08:30Z",
                     "không", "ngày 5 tháng 6 năm 2024 lúc 10:30", "31/02/2018", "hôm qua", "  05/06/2024  ",
                     "01/01/1900", "43277.5", "26/06/2018 10:58"],
        "Ngày hoàn thành": [None, "27/06/2018 08:00", "", "2018-06-27T01:00:00Z", "N/A", "2024-06-06", "lúc nào",
                            "12/06/2024 25:00", "1719800000", "20240607", "06/06/2024 8:5", "27-06-2018"],
        "Trạng thái": ["Đã xử lý", unicodedata.normalize("NFD", "Đang xử lý"), "closed", "In Progress", " ", None,
                       "Chờ phê duyệt", "Chờ phê duyệt", "OPEN", "Hoàn thành", "pending", "Từ chối"],
        "Lĩnh vực": [nfd, "Cây xanh", " Chiếu sáng", "", None, "12", "Cây xanh", nfd, "Rác", "Rác", "Rác", "x"],
        "Mã lĩnh vực": [12.0, 12.0, 3.0, None, 4.5, 12.0, 7.0, 7.0, 8.0, 9.0, 10.0, 11.0],
        "Vĩ độ": [16.46, 16.47, None, 0.0, 107.6, 16.5, 16.4, 16.41, 16.42, 16.43, 16.44, 16.45],
        "Kinh độ": [107.59, 107.6, None, 0.0, 16.46, 107.5, 107.55, 107.56, 107.57, 107.58, 107.59, 107.61],
        "Vị trí": ["(16.46, 107.59)", None, "POINT (107.6 16.47)", "abc"] + [None] * 8,
        "ghi chú": [{"a": 1}, "x", 3, None] + ["z"] * 8,
    })
    if arrow_text:
        for c in ("Ngày tạo", "Ngày hoàn thành", "Trạng thái", "Lĩnh vực", "Vị trí"):
            frame[c] = pd.array(frame[c], dtype="str")
    else:
        frame = frame.astype(object).astype({"Vĩ độ": float, "Kinh độ": float})
    return frame


def _normalise(frame: pd.DataFrame, **options):
    from gisdesk.io.service_requests import SourceTable

    report = LayerReport(name="tricky")
    mapping, notes = detect_mapping(list(frame.columns), frame)
    mapping = ColumnMapping.from_dict({**mapping.to_dict(), **options})
    return normalise_requests(SourceTable("tricky.csv", frame.copy(), "CSV", report), mapping, notes=notes)


@pytest.mark.parametrize("arrow_text", [False, True])
@pytest.mark.parametrize("dayfirst", [True, False])
def test_distinct_value_reading_matches_reading_every_row(arrow_text, dayfirst):
    frame = _tricky(arrow_text)
    data = _normalise(frame, dayfirst=dayfirst)
    out, mapping = data.frame, data.mapping
    # text: the old per-value rule, row by row
    for f, c in (("service_request_id", "Mã phản ánh"), ("service_name", "Lĩnh vực"), ("service_code", "Mã lĩnh vực")):
        expected = [_old_text(v) for v in frame[c].to_numpy(dtype=object)]
        assert [None if pd.isna(v) else v for v in out[f]] == expected, f
    assert list(out["service_code"][:3]) == ["12", "12", "3"] and out["service_request_id"][4] == "1e+16"
    assert out["service_name"][0] == "Cây xanh" == unicodedata.normalize("NFC", "Cây xanh")
    # times: each value parsed on its own, in the same zone and day order
    for f, c in (("requested_datetime", "Ngày tạo"), ("closed_datetime", "Ngày hoàn thành")):
        one_by_one = [parse_datetimes(pd.Series([v], dtype=object), mapping.tz, dayfirst).values.iloc[0]
                      for v in frame[c].to_numpy(dtype=object)]
        assert out[f].tolist() == pd.Series(one_by_one, dtype="datetime64[ms, UTC]").tolist(), f
    # statuses: each word looked up on its own; empty ones follow the closing time; unknown ones are open
    for i, v in enumerate(frame["Trạng thái"].to_numpy(dtype=object)):
        text = _old_text(v)
        known = mapping.status_of(text) if text else None
        closed = pd.notna(out["closed_datetime"][i])
        assert out["status"][i] == (known or ("closed" if text is None and closed else "open")), i
        assert (None if pd.isna(out["status_detail"][i]) else out["status_detail"][i]) == text
    assert out["status_detail"][1] == "Đang xử lý" and out["status"][1] == "open"


_TRICKY_MESSAGES = [  # what the implementation that read every row said about _tricky(), day order decided
    ("warning", ("3 values of 'Ngày tạo' (requested_datetime) are not a date (e.g. '06/26/2018 10:58:54 AM', "
                "'31/02/2018', 'hôm qua'); they were left empty."), 3),
    ("warning", ("1 date of 'Ngày tạo' (requested_datetime) is before 1970 or after 2100 (e.g. '01/01/1900'), which "
                "is a placeholder, not a date; left empty."), 1),
    ("warning", ("The times in 'Ngày tạo' (requested_datetime) mix time zones: +07:00 (1), UTC (1) and 5 without a "
                "zone (read as Asia/Ho_Chi_Minh time). Each was converted with its own zone; check that the export "
                "is consistent."), None),
    ("warning", ("2 values of 'Ngày hoàn thành' (closed_datetime) are not a date (e.g. 'lúc nào', '12/06/2024 "
                "25:00'); they were left empty."), 2),
    ("warning", ("The times in 'Ngày hoàn thành' (closed_datetime) mix time zones: UTC (1) and 5 without a zone "
                "(read as Asia/Ho_Chi_Minh time). Each was converted with its own zone; check that the export is "
                "consistent."), None),
    ("info", ("Times without a zone in 'Ngày tạo', 'Ngày hoàn thành' were read as Asia/Ho_Chi_Minh time "
             "(UTC+07:00)."), None),
    ("warning", ("2 requests have a status that is not known as open or closed: 'Chờ phê duyệt' (2); they were "
                "taken as open. Map these statuses in the column mapping."), 2),
    ("warning", "2 requests have no status; 1 with a closing time was taken as closed, the other 1 as open.", 2),
    ("info", "Statuses: 7 open, 5 closed (from 9 distinct status values).", None),
    ("info", "11 of 12 requests have a location (10 from 'Vĩ độ'/'Kinh độ'; 1 from 'Vị trí').", None),
    ("warning", "1 request has latitude and longitude the wrong way round; it was swapped back.", 1),
    ("warning", ("1 of 12 requests have no usable location (1 with a 0 latitude or longitude (a placeholder, not a "
                "place), e.g. request '14.5' in 'Vĩ độ'/'Kinh độ'); they were kept in the table but are not on "
                "the map."), 1),
    ("warning", ("1 position was dropped as impossible (0/0 placeholders or values out of range); those requests "
                "have no location."), 1),
    ("warning", "1 request has no id; it was kept.", 1),
    ("warning", "2 requests share 1 id (e.g. '12' ×2); all were kept: check the export for repeated rows.", 2),
    ("warning", "1 request was closed before it was made (e.g. request '14.5'); the times were kept as given.", 1),
]


@pytest.mark.parametrize("arrow_text", [False, True])
def test_distinct_value_reading_reports_as_before(arrow_text):
    data = _normalise(_tricky(arrow_text))
    got = [(m.level, m.text, m.count) for m in data.report.messages][1:]  # after the mapping summary
    assert got == _TRICKY_MESSAGES
    assert data.frame["requested_datetime"].notna().sum() == 7 and data.date_only == {
        "requested_datetime": 1, "closed_datetime": 3}


def test_read_request_fields_reads_some_fields():
    from gisdesk.io.service_requests import read_request_fields

    frame = _tricky(True)
    mapping, _ = detect_mapping(list(frame.columns), frame)
    full = _normalise(frame).frame
    part = read_request_fields(frame.iloc[2:9], mapping, ("status", "service_name", "requested_datetime"))
    assert set(part.values) == {"status", "status_detail", "service_name", "requested_datetime", "closed_datetime"}
    for f, s in part.values.items():
        pd.testing.assert_series_equal(s, full[f].iloc[2:9].reset_index(drop=True), check_names=False)
    assert part.unknown_statuses == [("Chờ phê duyệt", 2)] and part.times["requested_datetime"].unparsed == 2
    with pytest.raises(ValueError, match="'lat'"):
        read_request_fields(frame, mapping, ("lat",))


def test_many_distinct_times_decide_the_day_order_as_before():
    """More than 20,000 date texts: the day order comes from the distinct ones, as when every row was read."""
    rng = np.random.default_rng(5)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300 * 86_400, 30_000), unit="s")
    text = days.strftime("%d/%m/%Y %H:%M:%S")
    frame = pd.DataFrame({"Created Date": pd.array(np.r_[text, text[:5000]], dtype="str"),
                          "Status": ["Closed", "Open", "Email Sent"] * 11_666 + ["Closed", "Open"]})
    data = _normalise(frame, dayfirst=None)  # decided from the values, not by the detection
    # 12131: the dates above 12 among the 20,000 distinct texts sampled, as the earlier implementation said
    assert "were read as day/month/year (12,131 dates have a first number above 12" in data.report.to_text()
    expected = pd.to_datetime(pd.Series(np.r_[text, text[:5000]]), format="%d/%m/%Y %H:%M:%S")
    expected = expected.dt.tz_localize(CITY_TIMEZONE).dt.tz_convert("UTC").astype("datetime64[ms, UTC]")
    assert (data.frame["requested_datetime"] == expected).all()


@pytest.mark.parametrize("fmt", ["%m/%d/%Y %I:%M:%S %p", "%d/%m/%Y %H:%M", "%m/%d/%Y"])
def test_fixed_width_date_reading_matches_pandas(fmt):
    """Zero-padded date texts are read by byte position (the fast path of a million-row import); every text,
    padded or not, valid or not, reads as pandas reads it."""
    from gisdesk.io.service_requests import _NAT, _strptime_ms

    texts = ["01/05/2018 09:03:00 PM", "12/31/2018 12:00:00 AM", "12/31/2018 12:30:00 pm", "02/30/2018 10:00:00 AM",
             "13/01/2018 10:00:00 AM", "1/5/2018 9:03:00 PM", "01/05/2018 09:03:00 XM", "0ế/05/2018 09:03:00 PM",
             "01/0:/2018 09:03:00 PM", "01/05/2018 00:03:00 AM", "ab", None, "31/12/2018 23:59", "29/02/2020 00:00",
             "29/02/2019 00:00", "3/4/2018 7:05", "05/06/2018", "5/6/2018", "05/06/2018 ", "12/12/2018 12:12",
             "12/25/2018", "1/31/2019"]
    values = pd.Series(texts, dtype=object)
    got = _strptime_ms(values, fmt)
    expected = pd.to_datetime(values, format=fmt, errors="coerce")
    read = [None if g == _NAT else pd.Timestamp(g, unit="ms") for g in got]
    assert read == [None if pd.isna(e) else e for e in expected]
    assert sum(r is not None for r in read) >= 3  # (the format reads some of them)
