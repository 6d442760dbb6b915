"""open_path end to end: every format, through the doctors, on real files and on the sample's legacy files."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, Polygon

from gisdesk.core.errors import ReadError
from gisdesk.io import open_path, read_vector
from gisdesk.layers import RasterLayer, VectorLayer

Q = "shapefile_quirks"


def _layer(path, **kw):
    result = open_path(path, **kw)
    assert result.layers, result.report.to_text()
    return result.layers[0], result.report


def test_gpkg_all_layers(shared_data):
    result = open_path(shared_data / Q / "mapshaper/gpkg_crs_quirks/mixed_crs.gpkg")
    assert len(result.layers) == 2
    crss = sorted(lyr.crs for lyr in result.layers)
    assert crss == ["EPSG:2269", "EPSG:4326"]
    assert {lyr.source_layer for lyr in result.layers} == {lyr.name for lyr in result.layers}


def test_gpkg_without_crs_gets_a_guess_per_layer(shared_data):
    result = open_path(shared_data / Q / "mapshaper/gpkg_crs_quirks/missing_crs_mixed_ranges.gpkg")
    statuses = {lyr.name: lyr.report.crs_status for lyr in result.layers}
    assert len(statuses) == 2
    # the layer in degrees is guessed as lon/lat; the one in feet cannot be placed
    assert sorted(statuses.values()) == ["guessed", "none"]


def test_data_only_gpkg_keeps_attribute_rows(shared_data):
    result = open_path(shared_data / Q / "mapshaper/gpkg_crs_quirks/data_only_tables.gpkg")
    counts = sorted(len(lyr) for lyr in result.layers)
    assert counts == [5, 6]
    for lyr in result.layers:
        assert lyr.data.geometry.isna().all()
        assert lyr.report.null_geometries == len(lyr)


def test_geojson_kml_fgb(shared_data):
    kml, rep = _layer(shared_data / "vietnam_admin/vn_63_provinces_odv_kml/diaphantinhvn.kml")
    assert len(kml) == 63 and kml.crs == "EPSG:4326"
    assert "Thừa Thiên Huế" in set(kml.data["ten_tinh"])
    hue, _ = _layer(shared_data / "vietnam_admin/hue_communes_gadm41/hue.json")
    assert len(hue) == 152 and hue.crs == "EPSG:4326"
    assert hue.report.crs_status in ("declared", "guessed")
    fgb = open_path(shared_data / Q / "mapshaper/flatgeobuf_empty/empty.fgb")
    assert len(fgb.layers[0]) == 0


def test_lying_crs_is_reported(shared_data):
    layer, report = _layer(shared_data / "vietnam_admin/vn_provinces_highcharts/vn-all.geo.json")
    assert layer.crs == "EPSG:32648"
    assert any(m.category == "crs" and m.level == "warning" for m in report.all_messages())
    assert layer.report.repaired == 1  # the one self-intersecting province


def test_nfd_names_are_normalised(shared_data):
    layer, report = _layer(shared_data / "vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv")
    import unicodedata

    wards = layer.data["ward"].dropna()
    assert all(unicodedata.is_normalized("NFC", w) for w in wards)
    assert len(layer) == 3311 and layer.crs == "EPSG:4326"


def test_eth_lookalike_is_reported(shared_data):
    _, report = _layer(shared_data / "vietnam_admin/thua_thien_hue_districts_gadm2/thua_thien_hue.geojson")
    assert any("Ð" in m.text or "U+00D0" in m.text for m in report.all_messages()), report.to_text()


def test_zip_with_shapefile_in_subfolder(shared_data):
    layer, report = _layer(shared_data / Q / "pyshp/REL_zip/REL.zip")
    assert len(layer) == 1 and layer.crs == "EPSG:31287"
    assert layer.source.endswith("REL.zip!REL/REL.shp") or "!REL" in layer.source
    # the source with its member re-opens the same layer (what a project reload does)
    again = read_vector(layer.source)
    assert len(again) == 1


def test_mixed_case_zip(shared_data):
    layer, report = _layer(shared_data / Q / "shapefile-js/zips/mixedcase.zip")
    assert len(layer) == 40 and layer.crs == "EPSG:26986"
    assert layer.report.repaired == 1


def test_missing_shx_is_rebuilt_without_writing_beside_the_files(shared_data):
    folder = shared_data / Q / "pyshp/latin1_no_shx"
    before = sorted(p.name for p in folder.iterdir())
    layer, report = _layer(folder / "latin1.shp")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert layer.data["Name"].tolist() == ["Ñandú"] or "Ñandú" in layer.data.iloc[0].tolist()
    assert any(m.category == "sidecar" for m in report.all_messages())


def test_garbage_cpg_falls_back_to_detection(shared_data):
    layer, report = _layer(shared_data / Q / "shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg.shp")
    values = set(layer.data.iloc[:, 0])
    assert "Hněvošický háj" in values
    assert any("cpg" in m.text.lower() for m in report.all_messages())


def test_ansi_1250_cpg(shared_data):
    layer, _ = _layer(shared_data / Q / "shapefile-js/codepage_ansi1250/codepage.shp")
    assert "Hněvošický háj" in set(layer.data.iloc[:, 0])


def test_ldid_without_cpg(shared_data):
    folder = shared_data / Q / "mapshaper/ldid_chinese_no_cpg"
    dbf = next(folder.glob("*.dbf"))
    layer, _ = _layer(dbf)
    assert any("简体" in str(v) for v in layer.data.astype(str).to_numpy().ravel())


def test_null_shapes_kept(shared_data):
    layer, report = _layer(shared_data / Q / "mbostock-shapefile/null/null.shp")
    assert len(layer) == 9 and layer.report.null_geometries == 4


def test_absurd_coordinates_removed(shared_data):
    folder = shared_data / Q / "mapshaper/invalid_coords"
    path = next(folder.glob("*.shp"))
    layer, report = _layer(path)
    assert layer.extent is None or all(abs(v) < 1e15 for v in layer.extent)
    assert any(m.category == "geometry" and m.level == "warning" for m in report.all_messages())


def test_open_ring_geojson(shared_data):
    layer, report = _layer(shared_data / Q / "mapshaper/geojson_quirks/openring.json")
    assert len(layer) == 1 and layer.data.geometry.iloc[0].is_valid


def test_rasters(shared_data):
    dem, report = _layer(shared_data / "raster/central_vietnam_dem_danang/dem.tif")
    assert isinstance(dem, RasterLayer) and dem.crs == "EPSG:4326"
    rot, rep = _layer(shared_data / "raster/rasterio_tests/rotated.tif")
    assert any(m.category == "crs" for m in rep.all_messages())
    hgt, _ = _layer(shared_data / "raster/rasterio_tests/N10W110.hgt.zip")
    assert isinstance(hgt, RasterLayer) and hgt.width == 1201


def test_sample_legacy_files(sample_data):
    legacy = sample_data / "legacy"
    if not legacy.exists():
        pytest.fail("sample_data/legacy is missing: run python sample_data/make_sample.py")
    tcvn, rep = _layer(next((legacy / "tcvn3_wards").glob("*.shp")))
    assert set(tcvn.report.encoding.values()) <= {"tcvn3", "ascii"} and "tcvn3" in tcvn.report.encoding.values()
    assert tcvn.crs == "EPSG:9214"
    names = " ".join(tcvn.data.select_dtypes(include=["object", "str"]).astype(str).to_numpy().ravel())
    assert "Phường" in names or "Xã" in names
    vni, _ = _layer(next((legacy / "vni_roads").glob("*.shp")))
    assert "vni" in vni.report.encoding.values()
    noprj, _ = _layer(next((legacy / "no_prj_points").glob("*.shp")))
    assert noprj.crs == "EPSG:9214" and noprj.report.crs_status == "guessed"


# -- broken input: one error type, a message naming the file and the problem --------------------
def _write(path, data: bytes):
    path.write_bytes(data)
    return path


BROKEN = [
    ("empty.shp", b"", "empty"),
    ("empty.gpkg", b"", "empty"),
    ("random.gpkg", bytes(range(256)) * 8, "not"),
    ("random.bin", bytes(range(256)) * 8, "not a format"),
    ("corrupt.zip", b"PK\x03\x04" + b"\x00garbage" * 20, "zip"),
    ("archive.rar", b"Rar!\x1a\x07\x00" + b"\x00" * 100, "RAR"),
    ("doc.shp", b"%PDF-1.4\n" + b"x" * 200, "PDF"),
    ("table.csv", b"\x00\x01\x02\xff\xfe" * 50, ""),
]


@pytest.mark.parametrize(("name", "data", "fragment"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_inputs(tmp_path, name, data, fragment):
    path = _write(tmp_path / name, data)
    with pytest.raises(ReadError) as info:
        open_path(path)
    assert str(path) in str(info.value)
    assert fragment.lower() in info.value.problem.lower()


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        open_path(tmp_path / "nope.shp")


def test_truncated_shapefile_reads_what_is_there(tmp_path, shared_data):
    src = shared_data / Q / "fiona/coutwildrnp"
    for p in src.iterdir():
        data = p.read_bytes()
        if p.suffix == ".shp":
            data = data[: len(data) * 2 // 3]
        (tmp_path / p.name).write_bytes(data)
    layer, report = _layer(tmp_path / "coutwildrnp.shp")
    assert 0 < len([g for g in layer.data.geometry if g is not None]) < 67
    assert any(m.level == "warning" and ("truncat" in m.text.lower() or "lost" in m.text.lower())
               for m in report.all_messages()), report.to_text()


def test_wrong_extension_is_read_by_content(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(107.5, 16.4)], crs=4326)
    gdf.to_file(tmp_path / "x.gpkg", engine="pyogrio")
    renamed = tmp_path / "x.geojson"
    (tmp_path / "x.gpkg").rename(renamed)
    layer, report = _layer(renamed)
    assert len(layer) == 1
    assert any("content" in m.text for m in report.all_messages())


def test_zip_of_several_datasets(tmp_path):
    gdf = gpd.GeoDataFrame({"ten": ["Phường Vỹ Dạ"]},
                           geometry=[Polygon([(0, 0), (1, 0), (1, 1)])], crs=4326)
    gdf.to_file(tmp_path / "a.geojson", engine="pyogrio")
    gdf.to_file(tmp_path / "b.gpkg", engine="pyogrio")
    with zipfile.ZipFile(tmp_path / "both.zip", "w") as zf:
        zf.write(tmp_path / "a.geojson", "Thu muc/a.geojson")
        zf.write(tmp_path / "b.gpkg", "b.gpkg")
        zf.writestr("readme.txt", "not data")
    result = open_path(tmp_path / "both.zip")
    assert len(result.layers) == 2
    assert all(isinstance(lyr, VectorLayer) and lyr.data["ten"].iloc[0] == "Phường Vỹ Dạ" for lyr in result.layers)
    assert np.isclose(result.layers[0].data.geometry.iloc[0].area, 0.5)


def test_xlsx_sheets_become_layers_and_reload_from_state(tmp_path):
    from openpyxl import Workbook

    from gisdesk.core.registry import layer_from_state

    wb = Workbook()
    ws = wb.active
    ws.title = "Phản ánh"
    ws.append(["Mã", "Nội dung", "Vĩ độ", "Kinh độ"])
    ws.append(["00123", "Đèn đường hỏng", "16,4637", "107,5909"])
    ws.append(["00124", "Ngập nước", 16.47, 107.6])
    ws.append(["00125", "Không có toạ độ", None, None])
    ws2 = wb.create_sheet("Trạm")
    ws2.append(["ten", "lat", "lon"])
    ws2.append(["Trạm Kim Long", 16.4615, 107.5542])
    wb.save(tmp_path / "bao_cao.xlsx")
    result = open_path(tmp_path / "bao_cao.xlsx")
    assert [lyr.name for lyr in result.layers] == ["Phản ánh", "Trạm"]
    first = result.layers[0]
    assert first.crs == "EPSG:4326" and len(first) == 3
    assert first.data["Mã"].tolist() == ["00123", "00124", "00125"]
    assert first.data.geometry.iloc[0].x == pytest.approx(107.5909)
    assert first.data.geometry.iloc[2] is None  # kept as an attribute-only row
    rebuilt = layer_from_state(first.get_state())
    assert rebuilt.name == "Phản ánh" and len(rebuilt) == 3


def test_flatgeobuf_and_csv_with_forced_columns(tmp_path):
    gdf = gpd.GeoDataFrame({"ten": ["Kim Long", "Vỹ Dạ"]}, geometry=[Point(560000, 1820000), Point(565000, 1821000)],
                           crs="EPSG:9214")
    gdf.to_file(tmp_path / "a.fgb", engine="pyogrio")
    layer, _ = _layer(tmp_path / "a.fgb")
    assert layer.crs == "EPSG:9214" and sorted(layer.data["ten"]) == ["Kim Long", "Vỹ Dạ"]  # FGB orders by its index
    (tmp_path / "b.csv").write_text("ten;dong;bac\nKim Long;560000;1820000\n", encoding="utf-8")
    layer, report = _layer(tmp_path / "b.csv", x="dong", y="bac", crs="EPSG:9214")
    assert layer.crs == "EPSG:9214" and layer.data.geometry.iloc[0].x == 560000
    assert layer.read_options == {"x": "dong", "y": "bac", "crs": "EPSG:9214"}
