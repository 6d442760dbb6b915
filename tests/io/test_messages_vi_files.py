"""The readers, their doctors and the writers speak Vietnamese when the UI does (``vietnamese_model``): real bad
input gives the Vietnamese ReadError / WriteError problem and import-report lines, with numbers written 1.234."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from geopandas import GeoDataFrame, points_from_xy

from gisdesk.io.errors import ReadError
from gisdesk.io.readers import open_path
from gisdesk.io.writers import WriteError, write_layer

Q = "shapefile_quirks"


def _texts(report, category):
    return [m.text for lr in report.layers for m in lr.messages if m.category == category]


def test_shapefile_without_prj_reports_in_vietnamese(shared_data, vietnamese_model):
    report = open_path(shared_data / Q / "pyshp/blockgroups_no_prj/blockgroups.shp").report
    assert _texts(report, "sidecar") == ["blockgroups không có tệp .prj, nên không khai báo hệ tọa độ."]
    (crs,) = _texts(report, "crs")
    # the "missing" clause, the guess and its coordinates (decimal comma), then the caution
    assert crs.startswith("Không có tệp .prj: Tọa độ (x từ -122,515 đến -122,328, y từ 37,6529 đến 37,8634) khớp "
                          "với kinh độ/vĩ độ tính bằng độ, nên có vẻ là WGS 84 (EPSG:4326).")
    assert crs.endswith("Đây là phỏng đoán, hãy kiểm tra lại.")
    assert ("Lớp có lẫn Polygon (655) và MultiPolygon (8); cả hai đều là vùng, nên không cần thay đổi gì."
            in _texts(report, "geometry"))


def test_the_same_file_in_english_without_the_fixture(shared_data):
    report = open_path(shared_data / Q / "pyshp/blockgroups_no_prj/blockgroups.shp").report
    assert _texts(report, "sidecar") == ["blockgroups has no .prj file, so it declares no coordinate reference system."]
    assert _texts(report, "crs")[0].startswith("No .prj: The coordinates (x -122.515 to -122.328")


def _tcvn3_shapefile(folder, names):
    """A shapefile whose .dbf holds TCVN3 bytes and no .cpg (as old Huế office files do)."""
    raw = [n.encode("tcvn3").decode("latin1") for n in names]  # one character per byte of the file
    gdf = GeoDataFrame({"ten": raw}, geometry=points_from_xy(np.linspace(107.55, 107.62, len(raw)),
                                                             np.full(len(raw), 16.46)), crs="EPSG:4326")
    path = folder / "phuong.shp"
    gdf.to_file(path, encoding="latin1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def test_tcvn3_dbf_is_detected_and_said_in_vietnamese(tmp_path, vietnamese_model):
    names = ["Phú Hội", "Vĩnh Ninh", "Thuận Thành", "Phường Đúc", "Thừa Thiên Huế", "An Cựu", "Kim Long", "Hương Sơ"]
    result = open_path(_tcvn3_shapefile(tmp_path, names))
    assert list(result.layers[0].attributes["ten"]) == names
    encoding = _texts(result.report, "encoding")
    assert encoding[0] == ("Tệp này không khai báo bảng mã (không có tệp .cpg dùng được và tệp .dbf không có mã ngôn "
                           "ngữ), nên bảng mã được suy ra từ chính văn bản.")
    (detected,) = [t for t in encoding if t.startswith("Văn bản trong cột ten")]
    # "Kim Long" is plain ASCII: 7 values tell the encodings apart
    assert detected == ("Văn bản trong cột ten được nhận diện là TCVN3 (ABC, phông .VnTime) và đã được giải mã theo "
                        "bảng mã đó (7/7 giá trị khác nhau có ký tự ngoài ASCII đọc thành chữ tiếng Việt theo TCVN3 "
                        "(ABC, phông .VnTime); đứng thứ hai: Windows-1252 Tây Âu (cp1252), với 2/7).")


def test_truncated_shapefile_says_what_was_lost_with_vietnamese_numbers(tmp_path, vietnamese_model):
    n = 2500
    gdf = GeoDataFrame({"ma": np.arange(n)}, geometry=points_from_xy(np.linspace(107.5, 107.7, n), np.full(n, 16.46)),
                       crs="EPSG:4326")
    path = tmp_path / "diem.shp"
    gdf.to_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: 100 + 28 * 1234 + 10])  # 1,234 whole point records and a piece of the next
    result = open_path(path)
    assert len(result.layers[0].data) == 1234
    assert _texts(result.report, "dropped") == [
        ("diem.shp bị cắt cụt: phần đầu tệp ghi 70.100 byte nhưng tệp chỉ có 34.662 (có lẽ tệp chưa được sao chép "
         "hoặc tải về đầy đủ). Đã đọc 1.234/2.500 hình; 1.266 hình còn lại bị mất.")]


def test_truncated_files_give_a_vietnamese_read_error(shared_data, tmp_path, vietnamese_model):
    shp = tmp_path / "cut.shp"
    shp.write_bytes((shared_data / Q / "pyshp/blockgroups_no_prj/blockgroups.shp").read_bytes()[:60])
    with pytest.raises(ReadError) as info:
        open_path(shp)
    assert info.value.problem == ("quá ngắn để là một shapefile (60 byte; riêng phần đầu tệp đã cần 100): có lẽ tệp "
                                  "bị cắt cụt khi sao chép hoặc tải về.")
    assert str(info.value) == f"{shp}: {info.value.problem}"

    zipped = tmp_path / "REL.zip"
    whole = (shared_data / Q / "pyshp/REL_zip/REL.zip").read_bytes()
    zipped.write_bytes(whole[: len(whole) // 2])  # the table of contents is at the end: it is gone
    with pytest.raises(ReadError) as info:
        open_path(zipped)
    assert info.value.problem == ("là tệp nén ZIP bị hỏng: không đọc được mục lục của tệp (có lẽ tệp chưa được sao "
                                  "chép hoặc tải về đầy đủ). Hãy xin một bản sao mới.")


def test_a_file_of_another_kind_is_named_in_vietnamese(tmp_path, vietnamese_model):
    fake = tmp_path / "ban_do.shp"
    fake.write_bytes(b"%PDF-1.7\n" + b"x" * 200)
    with pytest.raises(ReadError) as info:
        open_path(fake)
    assert info.value.problem.startswith("là một tài liệu PDF, không phải tệp dữ liệu bản đồ (Shapefile (.shp, kể cả "
                                         "trong tệp .zip), GeoPackage (.gpkg)")


def test_writer_errors_and_notes_in_vietnamese(tmp_path, vietnamese_model):
    n = 1200
    mixed = GeoDataFrame({"ten": ["a"] * (n + 1)},
                         geometry=[*points_from_xy(np.arange(n), np.zeros(n)), shapely.box(0, 0, 1, 1)],
                         crs="EPSG:9214")
    with pytest.raises(WriteError) as info:
        write_layer(mixed, tmp_path / "out.shp")
    assert info.value.problem.startswith("shapefile chỉ chứa được một loại hình học, nhưng lớp này có điểm (1.200), "
                                         "vùng (1).")
    with pytest.raises(WriteError) as info:
        write_layer(mixed, tmp_path / "out.xyz")
    assert info.value.problem == ("không lưu được với đuôi tệp '.xyz'; hãy dùng .gpkg, .geojson, .shp, .fgb, .csv "
                                  "hoặc .xlsx.")


def test_report_text_in_vietnamese(vietnamese_model):
    """The window's Import report shows ``to_text``: its own words and numbers follow the language too."""
    from gisdesk.io.report import ImportReport, LayerReport

    layer = LayerReport("wards", driver="ESRI Shapefile", features_read=1234, features_kept=1200,
                        geometry_types={"Polygon": 1200}, crs="EPSG:9214", crs_status="guessed",
                        encoding={"ten": "TCVN3"}, encoding_status="detected")
    layer.warn("sidecar", "x.prj is missing")
    report = ImportReport("/data/wards.shp", layers=[layer])
    report.add("info", "read", "opened")
    assert report.to_text().splitlines() == [
        "/data/wards.shp",
        "  THÔNG TIN đọc: opened",
        "  lớp 'wards' (ESRI Shapefile): 1.200/1.234 đối tượng; Polygon 1.200",
        "    Hệ tọa độ: EPSG:9214 (đoán)",
        "    Bảng mã: TCVN3 (tự nhận diện)",
        "    CẢNH BÁO tệp đi kèm: x.prj is missing",
    ]


def test_report_text_in_english():
    from gisdesk.io.report import LayerReport

    layer = LayerReport("wards", driver="GPKG", features_read=3, features_kept=3, crs_status="none")
    layer.warn("crs", "no CRS")
    assert layer.to_text().splitlines() == [
        "  layer 'wards' (GPKG): 3 of 3 features; no geometry", "    CRS: none (none)", "    WARNING CRS: no CRS"]
