"""CSV / XLSX tables: point columns found automatically, hand-typed values read, every row kept."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.io.tabular import PointColumns, find_point_columns, list_sheets, parse_coordinate, read_table

CITY = Path("city_services")
SENSORS = Path("sensors")
CSV_ENC = Path("shapefile_quirks/mapshaper/csv_encodings")
WARDS = Path("vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv")


def read(path, **kw) -> tuple[gpd.GeoDataFrame, LayerReport]:
    report = LayerReport(Path(path).stem)
    return read_table(path, report, **kw), report


def texts(report: LayerReport, category: str, level: str | None = None) -> list[str]:
    return [m.text for m in report.messages if m.category == category and (level is None or m.level == level)]


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def xy(gdf: gpd.GeoDataFrame) -> list[tuple[float, float] | None]:
    return [None if g is None else (round(g.x, 6), round(g.y, 6)) for g in gdf.geometry]


# ------------------------------------------------------------------------------------------------
# real files


@pytest.fixture(scope="module")
def nyc2018(shared_data: Path):
    return read(shared_data / CITY / "nyc311_2018_1000rows/311_Service_Requests.csv")


def test_nyc311_classic_export_uses_lat_lon_not_state_plane(nyc2018, shared_data: Path):
    gdf, report = nyc2018
    assert len(gdf) == 1000 and gdf.crs == "EPSG:4326"
    assert (report.features_read, report.features_kept, report.null_geometries) == (1000, 1000, 107)
    assert gdf.geometry.isna().sum() == 107
    # latitude/longitude won over the X/Y State Plane feet columns, which stay as attributes
    has = gdf.geometry.notna()
    assert np.allclose(gdf.geometry[has].x, gdf.loc[has, "Longitude"]) and np.allclose(gdf.geometry[has].y, gdf.loc[has, "Latitude"])
    assert gdf.loc[has, "X Coordinate (State Plane)"].min() > 900_000
    (used,) = [t for t in texts(report, "columns") if t.startswith("Point positions")]
    assert "'Latitude'/'Longitude'" in used and "X Coordinate (State Plane)" in used
    (missing,) = [m for m in report.messages if m.level == "warning" and m.category == "columns"]
    assert missing.count == 107
    assert missing.text.startswith("107 rows have no usable coordinates (empty or unreadable Latitude/Longitude")
    assert missing.text.endswith("they were kept as attribute-only rows.")
    assert (report.crs, report.crs_status) == ("EPSG:4326", "assumed")


def test_nyc311_types(nyc2018):
    gdf, _ = nyc2018
    assert str(gdf["Unique Key"].dtype) == "Int64"
    assert gdf["Incident Zip"].dropna().str.fullmatch(r"\d{5}").all()  # ZIP codes are codes, kept as text
    assert gdf["Created Date"].iloc[0] == "06/26/2018 10:58:54 AM"
    assert gdf["Location"].iloc[0] == "(40.690092327843345, -73.84642755940943)"


def test_nyc311_socrata_layout(shared_data: Path):
    gdf, report = read(shared_data / CITY / "nyc311_2023_500rows_socrata_api/311_Service_Requests.csv")
    assert len(gdf) == 500 and report.null_geometries == 68
    assert gdf.geometry.iloc[0].x == pytest.approx(-73.85163266355892)
    assert gdf["location"].iloc[0].startswith("{'latitude': '40.90644975417781'")
    assert str(gdf[":@computed_region_efsh_h5xi"].dtype) == "Int64"


def test_socrata_location_column_alone_places_the_rows(shared_data: Path, tmp_path: Path):
    # Only the dict-like "location" column is left: it is parsed (bonus).
    src = pd.read_csv(shared_data / CITY / "nyc311_2023_500rows_socrata_api/311_Service_Requests.csv", dtype=str)
    src = src[["unique_key", "location"]]
    path = tmp_path / "only_location.csv"
    src.to_csv(path, index=False)
    gdf, report = read(path)
    assert find_point_columns(src).kind == "location"
    assert report.null_geometries == 68
    assert gdf.geometry.iloc[0].x == pytest.approx(-73.85163266355892)
    assert gdf.geometry.iloc[0].y == pytest.approx(40.90644975417781)


@pytest.fixture(scope="module")
def wards(shared_data: Path):
    return read(shared_data / WARDS)


def test_wards_pick_lat_lon_and_mention_the_snapped_pair(wards):
    gdf, report = wards
    assert len(gdf) == 3311 and report.null_geometries == 0
    assert np.allclose(gdf.geometry.x, gdf["lon"]) and np.allclose(gdf.geometry.y, gdf["lat"])
    (used,) = [t for t in texts(report, "columns") if t.startswith("Point positions")]
    assert "'lat'/'lon'" in used and "'snapped_lat'/'snapped_lon'" in used


def test_wards_codes_are_five_digit_text_and_names_nfc(wards, shared_data: Path):
    gdf, report = wards
    raw = pd.read_csv(shared_data / WARDS, dtype=str)
    assert sum(unicodedata.normalize("NFC", w) != w for w in raw["ward"]) == 122  # the file's NFD names
    assert all(unicodedata.is_normalized("NFC", w) for w in gdf["ward"])
    hue = gdf[gdf["province"] == "Huế"]
    assert len(hue) == 40
    assert hue.loc[hue["ward"] == "phường Vỹ Dạ", "code"].tolist() == ["19777"]
    assert gdf["code"].str.fullmatch(r"\d{5}").all()
    assert raw["code"].iloc[0] == "9552.0" and gdf["code"].iloc[0] == "09552"
    assert any("leading zeros" in t for t in texts(report, "columns", "warning"))


def test_explicit_columns_override(shared_data: Path):
    gdf, report = read(shared_data / WARDS, x="snapped_lon", y="SNAPPED_LAT")  # names matched without case
    assert np.allclose(gdf.geometry.x, gdf["snapped_lon"])
    assert "as asked" in texts(report, "columns")[0]
    with pytest.raises(ReadError, match="no column named 'toa_do_x'"):
        read(shared_data / WARDS, x="toa_do_x", y="lat")
    with pytest.raises(ValueError):
        read(shared_data / WARDS, x="lon")


@pytest.mark.parametrize(
    ("rel", "rows"),
    [
        (SENSORS / "openaq_export_toronto/openaq_location_3145071_measurments.csv", 1000),
        (SENSORS / "openaq_export_toronto/openaq_location_1274949_measurments.csv", 4658),
        (SENSORS / "vietnam_aqiin_stations/unified_stations_metadata.csv", 263),
        (SENSORS / "vietnam_aqiin_stations/DERIVED_hue_station_readings.csv", 9128),
    ],
)
def test_sensor_exports(shared_data: Path, rel, rows):
    gdf, report = read(shared_data / rel)
    assert len(gdf) == rows and report.null_geometries == 0 and gdf.crs == "EPSG:4326"
    assert np.allclose(gdf.geometry.y, gdf["latitude"])
    assert not report.warnings
    if "openaq" in str(rel):
        assert str(gdf["location_id"].dtype) == "Int64"
        assert gdf["country_iso"].isna().all()
    if "hue_station" in str(rel):
        minx, miny, maxx, maxy = gdf.total_bounds
        assert 107.0 < minx and maxx < 108.2 and 15.9 < miny and maxy < 16.8
        assert (gdf["unit"] == "µg/m³").all()


def test_utf16_le_bom_csv_that_gdal_fails_on(shared_data: Path):
    gdf, report = read(shared_data / CSV_ENC / "utf16_le_bom.csv")
    assert list(gdf.columns[:3]) == ["election_dt", "county_name", "polling_place_id"]
    assert gdf["polling_place_name"].iloc[0] == "ALAMANCE CIVITAN CLUB HOUSE"
    assert gdf["zip"].iloc[0] == "27215"
    assert any("UTF-16 little-endian" in t for t in texts(report, "encoding"))
    assert gdf.geometry.isna().all() and gdf.crs is None
    assert any("No coordinate columns were found" in t for t in texts(report, "columns", "warning"))


def test_utf8_bom_header_is_clean(shared_data: Path):
    gdf, _ = read(shared_data / CSV_ENC / "utf8_bom.csv")
    assert gdf.columns[0] == "election_dt"


def test_semicolon_csv_with_wkt_column(shared_data: Path):
    gdf, report = read(shared_data / CSV_ENC / "wkt.csv")
    assert list(gdf.columns) == ["id", "name", "amount", "city", "geometry"]
    assert gdf["name"].tolist() == ["Kevin", "Eva", "Jimmy;Muff"]
    assert gdf["city"].tolist()[:2] == ["Rapperswil", "Zürich"] and pd.isna(gdf["city"].iloc[2])
    assert xy(gdf) == [(8.8249, 47.2274), (8.5435, 47.3768), (7.4397, 46.9487)]
    assert gdf.crs == "EPSG:4326"
    assert "semicolon" in texts(report, "read")[0]


# ------------------------------------------------------------------------------------------------
# hand-typed values


def test_parse_coordinate_examples():
    assert parse_coordinate("16,4637") == (16.4637, None, None)
    assert parse_coordinate(" 16.4637° ")[0] == 16.4637
    v, problem, hemi = parse_coordinate('16°27\'49.3"N')
    assert v == pytest.approx(16 + 27 / 60 + 49.3 / 3600) and problem is None and hemi == "lat"
    v, _, hemi = parse_coordinate("107 35 12 E")
    assert v == pytest.approx(107 + 35 / 60 + 12 / 3600) and hemi == "lon"
    assert parse_coordinate("107°35'12\" Đ")[2] == "lon"  # Đông
    assert parse_coordinate("16°27'49\" B")[2] == "lat"  # Bắc
    assert parse_coordinate("33.5 S")[0] == -33.5
    assert parse_coordinate("1 820 000")[0] == 1_820_000
    assert parse_coordinate("1.820.000,5")[0] == 1_820_000.5
    assert parse_coordinate("n/a")[1] == "empty"
    assert parse_coordinate("gần chợ")[1] == "unreadable"
    assert parse_coordinate("16°75'N")[1] == "unreadable"  # 75 minutes
    assert parse_coordinate(-1.797e308)[1] == "absurd"
    assert parse_coordinate("-1.79769313486232E+308")[1] == "absurd"


HAND_TYPED = """Tên;Vĩ độ;Kinh độ;Ghi chú
Vỹ Dạ;16,4637;107,5909;comma decimals
Phú Hội;16.4631;107.5981;plain
Kim Long;16°27'49.3"N;107°33'12"E;DMS
Thuận An;107 35 12 E;16 33 40 N;DMS swapped, hemispheres say so
Đông Ba;107.5881;16.4732;swapped by range
Trống;;;empty
Sai;n/a;không rõ;unreadable
Xa;95.2;107.6;out of range
Lỗi;-1.797e308;-1.797e308;sentinel
Không;0;0;placeholder
"""


def test_hand_typed_csv(tmp_path: Path):
    gdf, report = read(write(tmp_path, "tram.csv", HAND_TYPED))
    assert len(gdf) == 10 and gdf.crs == "EPSG:4326"
    pts = xy(gdf)
    assert pts[0] == (107.5909, 16.4637)
    assert pts[2] == (round(107 + 33 / 60 + 12 / 3600, 6), round(16 + 27 / 60 + 49.3 / 3600, 6))
    assert pts[3] == (round(107 + 35 / 60 + 12 / 3600, 6), round(16 + 33 / 60 + 40 / 3600, 6))
    assert pts[4] == (107.5881, 16.4732)
    assert pts[5:] == [None] * 5
    swapped = [m for m in report.messages if "wrong way round" in m.text]
    assert len(swapped) == 1 and swapped[0].count == 2 and "lines 5, 6" in swapped[0].text
    (bad,) = [m for m in report.messages if "no usable coordinates" in m.text]
    assert bad.count == 5
    for piece in ("1 empty", "1 unreadable, e.g. 'không rõ' on line 8", "1 out of range", "1 absurd", "1 0/0 placeholder"):
        assert piece in bad.text
    assert gdf["Ghi chú"].iloc[0] == "comma decimals"


def test_whole_columns_swapped(tmp_path: Path):
    content = "name,lat,lon\nA,107.59,16.46\nB,107.60,16.47\nC,107.61,16.48\n"
    gdf, report = read(write(tmp_path, "swapped.csv", content))
    assert xy(gdf)[0] == (107.59, 16.46)
    assert any("holds longitudes" in t for t in texts(report, "columns", "warning"))


@pytest.mark.parametrize(
    ("header", "x", "y"),
    [
        (["lat", "lon"], "lon", "lat"),
        (["Latitude", "Longitude"], "Longitude", "Latitude"),
        (["LAT", "LNG"], "LNG", "LAT"),
        (["lat", "long"], "long", "lat"),
        (["y", "x"], "x", "y"),
        (["kinh_do", "vi_do"], "kinh_do", "vi_do"),  # kinh độ = longitude, vĩ độ = latitude
        (["Kinh độ", "Vĩ độ"], "Kinh độ", "Vĩ độ"),
        (["KINH ĐỘ (E)", "VĨ ĐỘ (N)"], "KINH ĐỘ (E)", "VĨ ĐỘ (N)"),
        ([unicodedata.normalize("NFD", "Vĩ độ"), unicodedata.normalize("NFD", "Kinh độ")],
         unicodedata.normalize("NFD", "Kinh độ"), unicodedata.normalize("NFD", "Vĩ độ")),
        (["Northing", "Easting"], "Easting", "Northing"),
        (["toa_do_x", "toa_do_y"], "toa_do_x", "toa_do_y"),
        (["POINT_X", "POINT_Y"], "POINT_X", "POINT_Y"),
        (["startLat", "startLon"], "startLon", "startLat"),
    ],
)
def test_find_point_columns_by_name(header, x, y):
    projected = x in ("x", "Easting", "toa_do_x", "POINT_X")
    values = {x: [560_000.0, 561_000.0], y: [1_820_000.0, 1_821_000.0]} if projected else {
        x: ["107.59", "107.60"], y: ["16.46", "16.47"]}
    df = pd.DataFrame({name: values[name] for name in header} | {"Tên": ["a", "b"]})
    found = find_point_columns(df)
    assert isinstance(found, PointColumns)
    assert (found.kind, found.x, found.y, found.degrees) == ("xy", x, y, None if projected else True)


@pytest.mark.parametrize("name", ["geom", "geometry", "WKT", "the_geom", "hình học"])
def test_find_wkt_column(name):
    df = pd.DataFrame({"id": [1, 2], name: ["POINT (107.59 16.46)", "POLYGON ((0 0, 1 0, 1 1, 0 0))"]})
    found = find_point_columns(df)
    assert (found.kind, found.wkt) == ("wkt", name)


def test_find_nothing():
    assert find_point_columns(pd.DataFrame({"name": ["a"], "longueur": [3]})) is None


def test_xy_column_holding_empty_lat_lon_falls_back_to_better_pair():
    df = pd.DataFrame({"lat": [None] * 4, "lon": [None] * 4, "X": [560_000.0] * 4, "Y": [1_820_000.0] * 4})
    found = find_point_columns(df)
    assert (found.x, found.y) == ("X", "Y") and "'lat'/'lon'" in found.alternatives


def test_projected_xy_get_the_doctors_guess(tmp_path: Path):
    t = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True)
    rows = [t.transform(107.5851, 16.4637), t.transform(107.6186, 16.4533)]
    content = "ma_tram;toa_do_x;toa_do_y\n" + "".join(f"{i:03d};{x:.2f};{y:.2f}\n".replace(".", ",") for i, (x, y) in enumerate(rows))
    gdf, report = read(write(tmp_path, "vn2000.csv", content))
    assert (gdf.crs, report.crs_status) == ("EPSG:9214", "guessed")
    assert gdf.geometry.iloc[0].x == pytest.approx(rows[0][0], abs=0.01)
    assert gdf["ma_tram"].tolist() == ["000", "001"]
    (guess,) = texts(report, "crs", "warning")
    assert "EPSG:9214" in guess and "guess" in guess
    gdf2, report2 = read(write(tmp_path, "vn2000b.csv", content), crs="EPSG:3405")
    assert (gdf2.crs, report2.crs_status) == ("EPSG:3405", "overridden")
    assert not report2.warnings  # the caller's choice is taken (UTM 48N puts these in Laos, but that is a place)
    gdf3, report3 = read(write(tmp_path, "vn2000c.csv", content), crs="EPSG:4326")
    assert gdf3.crs == "EPSG:4326"
    assert any("not longitude/latitude degrees" in t for t in texts(report3, "crs", "warning"))


def test_no_point_columns(tmp_path: Path):
    gdf, report = read(write(tmp_path, "plain.csv", "ten,dan_so\nVỹ Dạ,49684\nPhú Hội,20000\n"))
    assert gdf.geometry.isna().all() and gdf.crs is None and report.crs_status == "none"
    assert gdf["dan_so"].tolist() == [49684, 20000]
    assert any("No coordinate columns were found" in t for t in texts(report, "columns", "warning"))


def test_codes_keep_leading_zeros(tmp_path: Path):
    content = "ma_xa,sdt,so_ho,id,ratio,note\n01234,0905123456,12,7,\"0,5\",a\n19777,0234382111,n/a,8,\"1,25\",b\n"
    gdf, report = read(write(tmp_path, "codes.csv", content))
    assert gdf["ma_xa"].tolist() == ["01234", "19777"]
    assert gdf["sdt"].tolist() == ["0905123456", "0234382111"]
    assert str(gdf["id"].dtype) == "Int64"
    assert gdf["so_ho"].iloc[0] == 12 and pd.isna(gdf["so_ho"].iloc[1])  # 'n/a' read as empty, said so
    assert any("'n/a'" in t for t in texts(report, "columns"))
    assert gdf["ratio"].tolist() == ["0,5", "1,25"]  # comma-separated file: decimal commas are ambiguous


def test_decimal_commas_in_a_semicolon_file(tmp_path: Path):
    gdf, _ = read(write(tmp_path, "dc.csv", "ten;dien_tich\nA;8,93\nB;48,92\n"))
    assert gdf["dien_tich"].tolist() == [8.93, 48.92]


# ------------------------------------------------------------------------------------------------
# encodings, delimiters, damaged files

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """cp1258 stores tone marks as separate combining bytes; Python's codec needs them decomposed."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out.append((base + "".join(c for c in d if c in TONES)).encode("cp1258"))
    return b"".join(out)


VN_TABLE = "ten,phuong,lat,lon\nTrạm Huế,Phường Vỹ Dạ,16.4779,107.611\nChợ Đông Ba,Phường Đông Ba,16.4732,107.5881\n"


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "UTF-16 big-endian"),
        (lambda s: s.encode("utf-16-le"), "UTF-16-LE"),  # no BOM
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "UTF-8"),
        (to_cp1258, "cp1258"),
        (lambda s: s.encode("tcvn3"), "tcvn3"),
        (lambda s: s.encode("vni"), "vni"),
    ],
)
def test_encodings(tmp_path: Path, encode, expected):
    gdf, report = read(write(tmp_path, "enc.csv", encode(VN_TABLE)))
    assert gdf["ten"].tolist() == ["Trạm Huế", "Chợ Đông Ba"]
    assert gdf["phuong"].tolist() == ["Phường Vỹ Dạ", "Phường Đông Ba"]
    assert all(unicodedata.is_normalized("NFC", v) for v in gdf["phuong"])
    assert gdf.geometry.notna().all()
    assert any(expected in t for t in texts(report, "encoding") + texts(report, "read"))


@pytest.mark.parametrize(("delim", "name"), [("\t", "tab"), ("|", "vertical bar"), (";", "semicolon")])
def test_delimiters(tmp_path: Path, delim, name):
    content = VN_TABLE.replace(",", delim)
    gdf, report = read(write(tmp_path, "d.csv", content))
    assert list(gdf.columns) == ["ten", "phuong", "lat", "lon", "geometry"]
    assert f"{name}-separated" in texts(report, "read")[-1]


def test_excel_sep_hint_line(tmp_path: Path):
    gdf, _ = read(write(tmp_path, "sep.csv", "sep=;\nten;lat;lon\nA;16,46;107,59\n"))
    assert xy(gdf) == [(107.59, 16.46)]


def test_ragged_rows_and_truncated_last_line(tmp_path: Path):
    content = (
        "id,ten,lat,lon\n"
        "1,A,16.46,107.59\n"
        "2,B,16.47,107.60,extra,values\n"  # more fields than the header: dropped
        "3,C,16.48\n"  # fewer fields: kept, lon empty
        "4,D,16.49,107.62,,\n"  # trailing empty fields: fine
        "5,E,16.4"  # cut off
    )
    gdf, report = read(write(tmp_path, "ragged.csv", content))
    assert gdf["id"].tolist() == [1, 3, 4]
    assert (report.features_read, report.features_kept, report.dropped) == (5, 3, 2)
    dropped = texts(report, "dropped")
    assert any("more fields than the header (line 3)" in t for t in dropped)
    assert any("last line (6) is incomplete" in t for t in dropped)
    assert any("fewer fields than the header (line 4)" in t for t in texts(report, "read"))
    assert xy(gdf)[1] is None


def test_unterminated_quote(tmp_path: Path):
    content = 'id,ten,lat,lon\n1,A,16.46,107.59\n2,"B,16.47,107.60\n3,C,16.48,107.61\n'
    gdf, report = read(write(tmp_path, "quote.csv", content))
    assert gdf["id"].tolist() == [1]
    assert any("never closed" in t and "lines 3 to 4" in t for t in texts(report, "dropped"))
    assert report.dropped == 2


def test_unterminated_quote_in_a_big_file(tmp_path: Path):
    # past the csv module's field size limit (128 KiB) it raises instead of swallowing
    body = "".join(f"{i},name {i},16.{i:04d},107.5\n" for i in range(2, 12000))
    content = 'id,ten,lat,lon\n1,"A,16.46,107.59\n' + body
    gdf, report = read(write(tmp_path, "bigquote.csv", content))
    assert len(gdf) == 0
    (msg,) = texts(report, "dropped")
    assert "A quote opened on line 2 is never closed" in msg and "to 12000" in msg


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (bytes(range(256)) * 20, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Excel .xls"),
    ],
)
def test_bad_files_raise_read_error(tmp_path: Path, content, problem):
    path = write(tmp_path, "bad.csv", content)
    with pytest.raises(ReadError, match=problem) as info:
        read(path)
    assert info.value.path == str(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ReadError, match="does not exist"):
        read(tmp_path / "nope.csv")


# ------------------------------------------------------------------------------------------------
# XLSX


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Trạm quan trắc"
    ws.append(["DANH SÁCH TRẠM QUAN TRẮC KHÔNG KHÍ"])  # a title row above the header
    ws.append([])
    ws.append(["Tên trạm", "Vĩ độ", "Kinh độ", "Mã phường", "Mã số", "Số dân", "Diện tích"])
    ws.append(["Vỹ Dạ", "16,4637", "107,5909", "01234", 19777, 49684, 8.93])
    ws.append(["Phú Hội", 16.4631, 107.5981, "19774", 1234, "43569", "48,92"])
    ws.append(["Kim Long", "16°27'49.3\"N", "107°33'12\"E", "19753", 567, 10752, 2.5])
    ws.append(["Đảo ngược", "107.59", "16.46", "19750", 12, None, 1.0])
    ws.append(["Trống", None, None, "19749", 5, 1, 1.5])
    ws.append(["Sai", "#N/A", "chưa đo", "19748", 5, 2, 1.5])
    for row in range(4, 10):
        ws.cell(row, 5).number_format = "00000"  # codes shown with leading zeros
    wb.create_sheet("Trống")  # an empty sheet
    other = wb.create_sheet("Nguồn")
    other.append(["nguon", "lat", "lon"])
    other.append(["aqi.in", 16.4678, 107.5906])
    path = tmp_path / "tram.xlsx"
    wb.save(path)
    return path


def test_xlsx_list_sheets(workbook: Path, tmp_path: Path):
    assert list_sheets(workbook) == ["Trạm quan trắc", "Trống", "Nguồn"]
    assert list_sheets(write(tmp_path, "a.csv", "a,b\n1,2\n")) == []


def test_xlsx_hand_typed_sheet(workbook: Path):
    gdf, report = read(workbook)
    assert report.driver == "XLSX" and len(gdf) == 6
    assert any("Skipped 1 title row" in t for t in texts(report, "read"))
    assert any("'Trống', 'Nguồn'" in t for t in texts(report, "read"))
    pts = xy(gdf)
    assert pts[0] == (107.5909, 16.4637) and pts[1] == (107.5981, 16.4631)
    assert pts[2] == (round(107 + 33 / 60 + 12 / 3600, 6), round(16 + 27 / 60 + 49.3 / 3600, 6))
    assert pts[3] == (107.59, 16.46)  # swapped back
    assert pts[4:] == [None, None]
    (bad,) = [m for m in report.messages if "no usable coordinates" in m.text]
    assert bad.count == 2 and "'chưa đo' on row 9" in bad.text
    assert gdf["Mã phường"].tolist()[:2] == ["01234", "19774"]
    assert gdf["Mã số"].tolist()[:4] == ["19777", "01234", "00567", "00012"]  # number format 00000
    assert gdf["Số dân"].tolist()[:3] == [49684, 43569, 10752]  # numbers stored as text become numbers
    assert str(gdf["Số dân"].dtype) == "Int64"
    assert gdf["Tên trạm"].iloc[3] == "Đảo ngược"


def test_xlsx_pick_sheets(workbook: Path):
    gdf, report = read(workbook, sheet="Nguồn")
    assert xy(gdf) == [(107.5906, 16.4678)]
    gdf2, _ = read(workbook, sheet=2)
    assert gdf2["nguon"].tolist() == ["aqi.in"]
    gdf3, _ = read(workbook, sheet="nguon")  # case and accents do not matter
    assert len(gdf3) == 1
    with pytest.raises(ReadError, match="sheet 'Trống' is empty"):
        read(workbook, sheet="Trống")
    with pytest.raises(ReadError, match="no sheet named 'Sheet9'"):
        read(workbook, sheet="Sheet9")
    with pytest.raises(ReadError, match="no sheet number 7"):
        read(workbook, sheet=7)


def test_xlsx_empty_first_sheet_is_skipped(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.title = "Trống"
    ws = wb.create_sheet("Dữ liệu")
    ws.append(["Vĩ độ", "Kinh độ"])
    ws.append([16.46, 107.59])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    gdf, _ = read(path)
    assert xy(gdf) == [(107.59, 16.46)]
    empty = openpyxl.Workbook()
    empty_path = tmp_path / "empty.xlsx"
    empty.save(empty_path)
    with pytest.raises(ReadError, match="every sheet of the workbook is empty"):
        read(empty_path)


def test_broken_xlsx(tmp_path: Path):
    path = write(tmp_path, "broken.xlsx", b"PK\x03\x04" + bytes(300))
    with pytest.raises(ReadError, match="not a readable Excel workbook"):
        read(path)
    with pytest.raises(ReadError):
        list_sheets(path)


def test_reading_never_writes_beside_the_file(workbook: Path, shared_data: Path):
    before = sorted(p.name for p in workbook.parent.iterdir())
    read(workbook)
    assert sorted(p.name for p in workbook.parent.iterdir()) == before
    wkt_dir = shared_data / CSV_ENC
    before = sorted(p.name for p in wkt_dir.iterdir())
    read(wkt_dir / "wkt.csv")
    assert sorted(p.name for p in wkt_dir.iterdir()) == before


def test_geometry_from_shapely_is_point(tmp_path: Path):
    gdf, _ = read(write(tmp_path, "p.csv", "lat,lon\n16.46,107.59\n"))
    assert shapely.get_type_id(gdf.geometry.values[0]) == 0


def test_table_only_without_points(tmp_path):
    """points=False: the rows and their typed columns, no geometry, no words about coordinates."""
    from gisdesk.io.report import LayerReport
    from gisdesk.io.tabular import read_table

    path = tmp_path / "t.csv"
    path.write_text("Mã,Vĩ độ,Kinh độ,Số\nA,16.46,107.59,1\nB,,,2\n", encoding="utf-8")
    report = LayerReport("t")
    gdf = read_table(path, report, points=False)
    assert gdf["Mã"].tolist() == ["A", "B"] and gdf["Số"].tolist() == [1, 2]
    assert gdf.geometry.isna().all() and gdf.crs is None
    assert not any("coordinate" in m.text.lower() or "position" in m.text.lower() for m in report.messages)
    with_points = read_table(path, LayerReport("t"))
    assert with_points.geometry.notna().sum() == 1


# ------------------------------------------------------------------------------------------------
# the vectorised reader gives exactly what the per-cell reader gave

# the last commit with the per-cell (pure Python) reader; its read_table is the reference
REFERENCE_REV = "f82b959"


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """``gisdesk/io/tabular.py`` as it was at REFERENCE_REV, imported as a separate module."""
    import importlib.util
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    try:
        src = subprocess.run(
            ["git", "show", f"{REFERENCE_REV}:gisdesk/io/tabular.py"], cwd=root, check=True, capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"the reference reader (git {REFERENCE_REV}) is not available: {exc}")
    path = tmp_path_factory.mktemp("reference") / "tabular_reference.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("tabular_reference", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["tabular_reference"] = mod
    spec.loader.exec_module(mod)
    yield mod
    sys.modules.pop("tabular_reference", None)


@pytest.fixture
def arrow_reads(monkeypatch) -> list[bool]:
    """One entry per CSV read: whether Arrow's fast path read it (True) or the careful reader did."""
    from gisdesk.io import tabular

    seen: list[bool] = []
    real = tabular._read_csv_arrow

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)
        seen.append(out is not None)
        return out

    monkeypatch.setattr(tabular, "_read_csv_arrow", spy)
    return seen


def _ungrouped(text: str) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


def assert_same_read(reference, path: Path, **kw) -> tuple[gpd.GeoDataFrame, LayerReport]:
    """read_table and the reference give equal frames (values, dtypes, geometries, CRS) and reports."""
    old_report, new_report = LayerReport(path.stem), LayerReport(path.stem)
    old = reference.read_table(path, old_report, **kw)
    new = read_table(path, new_report, **kw)
    assert list(new.columns) == list(old.columns)
    pd.testing.assert_frame_equal(
        pd.DataFrame(new.drop(columns="geometry")), pd.DataFrame(old.drop(columns="geometry")), check_dtype=True
    )
    assert new.crs == old.crs
    old_g, new_g = old.geometry.values, new.geometry.values
    assert (new_g.isna() == old_g.isna()).all()
    has = ~old_g.isna()
    assert shapely.equals_exact(np.asarray(new_g[has]), np.asarray(old_g[has]), tolerance=0).all()
    # the messages now write counts with thousands separators ("20,000 rows"; the reference wrote "20000")
    assert [(m.level, m.category, _ungrouped(m.text), m.count) for m in new_report.messages] == [
        (m.level, m.category, _ungrouped(m.text), m.count) for m in old_report.messages
    ]
    for attr in ("driver", "encoding", "encoding_status", "crs", "crs_status", "features_read", "features_kept",
                 "dropped", "null_geometries"):
        assert getattr(new_report, attr) == getattr(old_report, attr), attr
    return new, new_report


VI_WORDS = ["đèn", "đường", "hỏng", "rác", "ngập", "cây", "đổ", "nước", "ống", "vỡ", "kiệt", "Huế", "trước", "nhà"]
LAT_QUIRKS = ["", "N/A", "không có", "16,4637", "16°27'49.3\"N", "107.5909", "0", "95.5", "-1.797e308", "abc",
              " 16.46 ", "16.4637 B", "nan", "inf", "1e999", "#N/A", "16.46\u00a0"]


def request_rows(n: int, seed: int) -> tuple[list[str], list[list[str]]]:
    """A city-request export with every kind of column the readers care about, hand-typed quirks included."""
    import random

    rng = random.Random(seed)
    header = ["Mã hồ sơ", "Unique Key", "Ngày tạo", "Created Date", "Nội dung", "Số tiền", "Diện tích", "Rating",
              "Mã phường", "Điểm", "Trống", "Latitude", "Longitude", "Location", "X", "Y", "Kênh"]
    rows = []
    for i in range(n):
        lat, lon = 16.46 + rng.gauss(0, 0.04), 107.58 + rng.gauss(0, 0.05)
        la, lo = f"{lat:.{rng.randint(4, 14)}f}", f"{lon:.{rng.randint(4, 14)}f}"
        r = rng.random()
        if r < 0.05:
            la, lo = lo, la  # the wrong way round
        elif r < 0.12:
            la = rng.choice(LAT_QUIRKS)
        elif r < 0.15:
            la = lo = ""
        loc = "" if r < 0.1 else rng.choice([f"({lat:.6f}, {lon:.6f})", f"{lat:.5f}, {lon:.5f}", f"({lat}, {lon})"])
        if rng.random() < 0.02:
            loc = rng.choice(["{'latitude': '16.46', 'longitude': '107.59'}", "POINT (107.5 16.4)", "?", "(1e999, 5)"])
        text = " ".join(rng.choice(VI_WORDS) for _ in range(rng.randint(1, 9)))
        if rng.random() < 0.05:
            text = rng.choice([f' {text} ', f'{text}, "trích"', f"{text};{text}", "\u00a0" + text])
        d = rng.randint(1, 28)
        rows.append([
            f"{rng.randint(0, 999999):06d}",
            "N/A" if rng.random() < 0.01 else str(40_000_000 + i),
            f"{d:02d}/{rng.randint(1, 12):02d}/2024 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            (f"{rng.randint(1, 12):02d}/{d:02d}/2024 {rng.randint(1, 12):02d}:{rng.randint(0, 59):02d}:00 "
             f"{rng.choice(['AM', 'PM'])}"),
            text,
            f"{rng.randint(0, 10**8):,}",
            rng.choice([f"{rng.randint(1, 9999)},{rng.randint(0, 99):02d}", str(rng.randint(1, 99)), ""]),
            rng.choice([f"{rng.random() * 5:.1f}", "-", "", " 4.5 ", "3"]),
            f"{rng.choice([19777, 1234, 19750, 19751, 567])}.0",
            str(rng.randint(-5, 100)),
            "",
            la, lo, loc,
            "" if r < 0.15 else str(560_000 + rng.randint(0, 20_000)),
            "" if r < 0.15 else str(1_810_000 + rng.randint(0, 20_000)),
            rng.choice(["Tổng đài 1022", "Hue-S", "Zalo", "web"]),
        ])
    return header, rows


def write_table(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8",
                newline: str = "\r\n", prefix: str = "") -> Path:
    import csv
    import io as _io

    buf = _io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    w.writerow(header)
    w.writerows(rows)
    text = prefix + buf.getvalue()
    if encoding == "cp1258":  # one character at a time, each kind once
        table = {ch: to_cp1258(ch) for ch in set(text)}
        path.write_bytes(b"".join(map(table.__getitem__, text)))
    else:
        path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("n", "delimiter", "encoding", "newline"),
    [
        (20_000, ",", "utf-8", "\r\n"),
        (20_000, ";", "cp1258", "\n"),
        (300, "\t", "utf-8-sig", "\n"),
        (300, "|", "utf-16", "\r\n"),
        (300, ";", "utf-8", "\n"),
    ],
)
def test_same_result_as_the_per_cell_reader(reference, tmp_path: Path, arrow_reads, n, delimiter, encoding, newline):
    header, rows = request_rows(n, seed=n + ord(delimiter))
    path = write_table(tmp_path / "requests.csv", header, rows, delimiter, encoding, newline)
    gdf, _ = assert_same_read(reference, path)
    assert arrow_reads == [True]  # the fast path did the work
    assert len(gdf) == n and gdf.crs == "EPSG:4326"
    assert str(gdf["Unique Key"].dtype) == "Int64" and gdf["Mã hồ sơ"].str.len().eq(6).all()
    assert gdf["Mã phường"].isin(["19777", "01234", "19750", "19751", "00567"]).all()
    if delimiter != ",":
        assert str(gdf["Diện tích"].dtype) == "float64"
    if n <= 1000:  # the other readings of the same table
        assert_same_read(reference, path, points=False)
        assert_same_read(reference, path, x="X", y="Y", crs="EPSG:32648")
        assert_same_read(reference, path, x="Longitude", y="Latitude")
        assert_same_read(reference, path, x="X", y="Y")


def test_same_result_on_awkward_csv_layouts(reference, tmp_path: Path, arrow_reads):
    """Blank lines, rows of blank fields, ragged and cut-off rows, line breaks inside quotes, a "sep=" line,
    quotes in odd places, a WKT column, projected x/y: the Arrow fast path must either agree or step aside."""
    header, rows = request_rows(60, seed=5)
    base = write_table(tmp_path / "base.csv", header, rows).read_bytes().decode("utf-8")
    lines = base.split("\r\n")
    variants = {
        "blank_lines": "\r\n".join(lines[:5] + ["", ""] + lines[5:20] + [""] + lines[20:]),
        "blank_fields": "\r\n".join(lines[:3] + [",,,,,,,,,,,,,,,,"] + lines[3:]),
        "blank_before_header": "\r\n\r\n" + base,
        "blank_fields_before_header": ",,,,\r\n" + base,
        "space_line": "\r\n".join(lines[:4] + ["   "] + lines[4:]),
        "ragged": "\r\n".join(lines[:4] + [lines[4] + ",extra"] + [lines[5].rsplit(",", 3)[0]] + lines[6:]),
        "trailing_empty_fields": "\r\n".join(lines[:4] + [lines[4] + ",,"] + lines[5:]),
        "cut_off": base.rstrip("\r\n").rsplit(",", 3)[0],
        "no_final_newline": base.rstrip("\r\n"),
        "quoted_newline": base.replace("đèn", '"đèn\nsáng"', 1).replace(',"đèn\nsáng"', ',"x\r\ny"', 1),
        "open_quote": "\r\n".join(lines[:10] + ['"open' + lines[10]] + lines[11:]),
        "quote_mid_field": "\r\n".join(lines[:3] + [lines[3].replace(",", ',ab"c"d', 1)] + lines[4:]),
        "text_after_quote": 'a,"b"x,lat,lon\r\n"1"2,"q""r",16.4,107.5\r\n',
        "sep_hint": "sep=;\r\n" + base.replace(",", ";"),
        "bare_cr": base.replace("\r\n", "\r"),
        "lf": base.replace("\r\n", "\n"),
        "nul": base.replace("đèn", "đè\x00n", 1),
        "wkt": 'id,wkt,name\r\n1,POINT (107.5 16.4),a\r\n2,"LINESTRING (0 0, 1 1)",b\r\n3,,c\r\n4,SRID=4326;POINT (1 2),d\r\n'
               '5,garbage,e\r\n6,0101000000000000000000F03F0000000000000040,f\r\n',
        "projected": "id,x,y\r\n1,560000,1810000\r\n2,561000.5,1811000\r\n3,,\r\n4,-1.797e308,5\r\n",
        "nothing": "a,b\r\n1,2\r\n3,4\r\n",
        "all_blank_column": "a,b,c\r\n1,,x\r\n2, ,y\r\n",
        "duplicate_names": "a,a,,lat,lon\r\n1,2,3,16.4,107.5\r\n",
        "unicode_digits": "id,n,lat,lon\r\n١٢,１２,１６.４,107.5\r\n7,8,16.5,107.6\r\n",
        "long_ints": "id,n\r\n12345678901234567,1\r\n2,2\r\n",
        "leading_space_header": " lat , lon \r\n16.4,107.5\r\n",
        "only_header": "lat,lon\r\n",
        "booleans_and_nas": "a,b,c\r\nTRUE,null,-\r\nFALSE,1,2\r\n",
    }
    multi = [list(r) for r in rows]
    multi[7][4], multi[9][4], multi[12][4] = "đèn\nsáng", "a\r\nb", "hai\n\ndòng"
    variants["quoted_line_breaks"] = write_table(tmp_path / "m.csv", header, multi).read_bytes().decode("utf-8")
    variants["location_only"] = 'id,Location\r\n1,"(' + "9" * 400 + '.5, 16.4)"\r\n2,"(16.4, 107.5)"\r\n3,"107.5, 16.4"\r\n'
    variants["one_odd_quote"] = "\r\n".join(lines[:3] + [lines[3].replace(",", ',ab"c', 1)] + lines[4:])
    fast: dict[str, bool] = {}
    for name, text in variants.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(text.encode("utf-8"))
        arrow_reads.clear()
        try:
            assert_same_read(reference, path)
        except ReadError as exc:  # both must refuse it the same way
            with pytest.raises(ReadError) as ref_exc:
                reference.read_table(path, LayerReport(name))
            assert str(ref_exc.value) == str(exc), name
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc
        fast[name] = arrow_reads == [True]
    # both readers had their share
    assert all(fast[k] for k in ("blank_lines", "blank_fields", "blank_before_header", "lf", "sep_hint",
                                 "no_final_newline", "quote_mid_field", "text_after_quote", "wkt", "location_only"))
    assert not any(fast[k] for k in ("blank_fields_before_header", "space_line", "ragged", "trailing_empty_fields",
                                     "cut_off", "quoted_line_breaks", "open_quote", "bare_cr", "nul", "one_odd_quote"))


def test_same_result_on_random_csv_fragments(reference, tmp_path: Path):
    """Small random files of quotes, delimiters, line breaks and blanks: every one read as before."""
    import random

    rng = random.Random(11)
    pieces = ["16.46", "107.58", "abc", "", " ", '"', '""', '"x,y"', ",", ",", ",", "\n", "\r\n", "\n\n", "0", "Huế",
              '"a\nb"', "N/A", "0012", "1,5", "  7 "]
    for k in range(150):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(5, 60)))
        text = "lat,lon,name\n" + body
        path = tmp_path / f"frag{k}.csv"
        path.write_bytes(text.encode("utf-8"))
        try:
            assert_same_read(reference, path)
        except ReadError as exc:
            with pytest.raises(ReadError) as ref_exc:
                reference.read_table(path, LayerReport("x"))
            assert str(ref_exc.value) == str(exc)
        except AssertionError as exc:
            raise AssertionError(f"{text!r}: {exc}") from exc


def test_same_result_on_a_workbook(reference, tmp_path: Path):
    header, rows = request_rows(1500, seed=3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["BÁO CÁO PHẢN ÁNH HIỆN TRƯỜNG"])
    ws.append(header)
    for i, row in enumerate(rows):
        cells: list[object] = list(row)
        if i % 3 == 0:  # typed cells, as Excel stores them
            cells[1] = int(row[1]) if row[1].isdigit() else None
            for j in (11, 12):
                try:
                    cells[j] = float(row[j])
                except ValueError:
                    pass
            cells[7] = None if row[7].strip() in ("", "-") else float(row[7])
        ws.append(cells)
    path = tmp_path / "requests.xlsx"
    wb.save(path)
    gdf, report = assert_same_read(reference, path)
    assert len(gdf) == 1500 and report.driver == "XLSX"


def test_parse_values_agree_with_parse_coordinate():
    from gisdesk.io.tabular import _PROBLEMS, _parse_values

    values = [None, *LAT_QUIRKS, "+16.5", ".5", "5.", "-0", "1e-400", "1" * 400, "١٢", "１６.５", "1_000", 16.5,
              float("nan"), 3, True, float("inf"), "16.4637\u2007", "−16.5", "  "]
    for vals in (values, [v for v in values if v is None or isinstance(v, str)]):
        out, problems, hemis = _parse_values(vals)
        for v, o, p, h in zip(vals, out, problems, hemis, strict=True):
            exp_v, exp_p, exp_h = parse_coordinate(v)
            assert _PROBLEMS[p] == exp_p, v
            assert (o == exp_v) if exp_v is not None and exp_p is None else np.isnan(o), v
            assert [None, "lat", "lon"][h] == exp_h, v


def test_whitespace_list_is_what_str_strip_removes():
    import sys

    from gisdesk.io.tabular import _WHITESPACE

    assert set(_WHITESPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
