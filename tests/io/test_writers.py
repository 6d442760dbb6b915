"""Writers: round trips per format, Vietnamese text, aware datetimes, CRS, shapefile names, atomicity."""

from __future__ import annotations

import errno
import tempfile
import unicodedata
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pyogrio
import pytest
import shapely

from gisdesk.core.crs import crs_to_string
from gisdesk.io import writers
from gisdesk.io.report import LayerReport
from gisdesk.io.writers import WriteError, shapefile_field_names, write_layer

VY_DA = unicodedata.normalize("NFC", "Phường Vỹ Dạ")
A_LUOI = unicodedata.normalize("NFC", "xã A Lưới 4")
WHEN = pd.to_datetime(
    ["2024-05-01T08:30:00+07:00", None, "2025-07-01T00:00:00+07:00"], format="ISO8601"
).tz_convert("Asia/Ho_Chi_Minh")


@pytest.fixture
def hue() -> gpd.GeoDataFrame:
    """Three rows in Huế's VN-2000 CRS: Vietnamese text, an aware datetime, nulls, a null geometry."""
    return gpd.GeoDataFrame(
        {
            "tên": [VY_DA, A_LUOI, None],
            "dân_số": [21500, None, 3200],
            "cập_nhật": WHEN,
        },
        geometry=[shapely.Point(560000, 1820000), None, shapely.Point(561500, 1821250)],
        crs="EPSG:9214",
    )


def _read(path: Path, **kw) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return pyogrio.read_dataframe(path, **kw)


def _texts(report: LayerReport, category: str | None = None) -> str:
    return "\n".join(m.text for m in report.messages if category is None or m.category == category)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _assert_times(values, *, as_text: bool = False):
    """Instants equal to WHEN and the +07:00 offset kept (a real datetime or ISO text)."""
    got = pd.to_datetime(pd.Series(values), format="ISO8601") if as_text else pd.Series(values)
    assert got.isna().tolist() == [False, True, False]
    for g, w in zip(got[[0, 2]], WHEN[[0, 2]]):
        assert g == w
        assert g.utcoffset() == pd.Timedelta(hours=7)


# --------------------------------------------------------------------------- GDAL formats


def test_gpkg_round_trip(hue, tmp_path):
    out = write_layer(hue, tmp_path / "wards.gpkg", layer_name="phường")
    assert out == tmp_path / "wards.gpkg"
    assert pyogrio.list_layers(out)[:, 0].tolist() == ["phường"]
    back = _read(out, layer="phường")
    assert back["tên"].tolist()[:2] == [VY_DA, A_LUOI] and pd.isna(back["tên"][2])
    assert back["dân_số"].isna().tolist() == [False, True, False]
    _assert_times(back["cập_nhật"])  # GDAL keeps the offset in GeoPackage
    assert back.geometry.isna().tolist() == [False, True, False]
    assert crs_to_string(back.crs) == "EPSG:9214"
    assert back.geometry.iloc[0].equals(hue.geometry.iloc[0])
    assert _listing(tmp_path) == ["wards.gpkg"]


def test_geojson_is_reprojected_to_wgs84(hue, tmp_path):
    report = LayerReport("wards")
    out = write_layer(hue, tmp_path / "wards.geojson", report=report)
    text = out.read_text(encoding="utf-8")
    assert VY_DA in text and '"crs"' not in text  # RFC 7946: no crs member, raw UTF-8
    assert "2024-05-01T08:30:00+07:00" in text
    back = _read(out)
    assert crs_to_string(back.crs) == "EPSG:4326"
    lon, lat = back.geometry.iloc[0].x, back.geometry.iloc[0].y
    assert 107.4 < lon < 107.7 and 16.3 < lat < 16.6  # Huế
    expected = hue.to_crs(4326).geometry.iloc[0]
    assert lon == pytest.approx(expected.x, abs=1e-7) and lat == pytest.approx(expected.y, abs=1e-7)
    _assert_times(back["cập_nhật"])
    assert back.geometry.isna().tolist() == [False, True, False]
    assert "reprojected from EPSG:9214 to EPSG:4326" in _texts(report, "crs")


def test_geojson_explicit_other_crs_is_not_rfc7946(hue, tmp_path):
    report = LayerReport("x")
    out = write_layer(hue, tmp_path / "x.json", to_crs="EPSG:3405", report=report)
    assert '"crs"' in out.read_text(encoding="utf-8")
    assert crs_to_string(_read(out).crs) == "EPSG:3405"
    assert "not RFC 7946" in _texts(report, "crs")


def test_geojson_without_crs_warns(hue, tmp_path):
    report = LayerReport("x")
    write_layer(hue.set_crs(None, allow_override=True), tmp_path / "x.geojson", report=report)
    assert "has no CRS" in _texts(report, "crs")


def test_fgb_round_trip_with_null_geometry(hue, tmp_path):
    report = LayerReport("x")
    out = write_layer(hue, tmp_path / "wards.fgb", report=report)
    back = _read(out)
    assert back["tên"].tolist()[:2] == [VY_DA, A_LUOI]
    _assert_times(back["cập_nhật"])
    assert back.geometry.isna().tolist() == [False, True, False]
    assert crs_to_string(back.crs) == "EPSG:9214"
    assert "without a spatial index" in _texts(report, "geometry")


def test_shapefile_round_trip(hue, tmp_path):
    report = LayerReport("x")
    out = write_layer(hue, tmp_path / "wards.shp", report=report)
    assert _listing(tmp_path) == ["wards.cpg", "wards.dbf", "wards.prj", "wards.shp", "wards.shx"]
    assert (tmp_path / "wards.cpg").read_text(encoding="ascii").strip() == "UTF-8"
    back = _read(out)
    assert crs_to_string(back.crs) == "EPSG:9214"
    # "cập_nhật" is 8 characters but 12 bytes of UTF-8: cut to 10 bytes at a character boundary
    assert back.columns.tolist() == ["tên", "dân_số", "cập_nh", "geometry"]
    assert "1 field was renamed: cập_nhật → cập_nh" in _texts(report, "columns")
    assert back["tên"].tolist()[:2] == [VY_DA, A_LUOI]
    _assert_times(back["cập_nh"], as_text=True)  # DBF has no time type: ISO text with offset
    assert back["cập_nh"][0] == "2024-05-01T08:30:00+07:00"
    assert back.geometry.isna().tolist() == [False, True, False]
    assert "no date-and-time type" in _texts(report, "columns")


def test_shapefile_field_names_are_cut_by_bytes_and_reported(tmp_path):
    gdf = gpd.GeoDataFrame(
        {"tên_đường_phố": ["Lê Lợi"], "tên_đường_phụ": ["Hùng Vương"], "population_2024": [1], "population_2025": [2]},
        geometry=[shapely.Point(107.58, 16.46)],
        crs="EPSG:4326",
    )
    report = LayerReport("roads")
    out = write_layer(gdf, tmp_path / "roads.shp", report=report)
    back = _read(out)  # GDAL itself would cut these names mid-character and make the file unreadable
    names = back.columns.tolist()[:-1]
    assert all(len(n.encode("utf-8")) <= 10 for n in names)
    assert len({n.casefold() for n in names}) == 4
    assert back.iloc[0, :4].tolist() == ["Lê Lợi", "Hùng Vương", 1, 2]
    text = _texts(report, "columns")
    assert "4 fields were renamed" in text and "population_2024 → population" in text
    assert "population_2025 → populati_1" in text


def test_shapefile_field_names_unit():
    names = shapefile_field_names(["a_very_long_name", "A_VERY_LONG_NAME_2", "a_very_lon", "đường_phố_huế", "", "x"])
    assert names["a_very_lon"] == "a_very_lon"  # fits: kept, wins over the cut names
    assert names["a_very_long_name"] == "a_very_l_1"
    assert names["A_VERY_LONG_NAME_2"] == "A_VERY_L_2"
    assert names["đường_phố_huế"] == "đường_"  # 10 bytes of UTF-8, never half a character
    assert names[""] == "field"
    assert names["x"] == "x"


def test_shapefile_long_text_is_cut_at_a_character(tmp_path):
    long = "Hương " * 60  # 420 bytes in UTF-8
    gdf = gpd.GeoDataFrame({"ghi_chú": [long]}, geometry=[shapely.Point(0, 0)], crs="EPSG:4326")
    report = LayerReport("x")
    back = _read(write_layer(gdf, tmp_path / "t.shp", report=report))
    value = back["ghi_chú"][0]
    assert long.startswith(value.rstrip()) and len(value.encode("utf-8")) <= 254
    assert "cut" in _texts(report, "dropped")


def test_shapefile_refuses_mixed_geometry_families(tmp_path):
    gdf = gpd.GeoDataFrame(
        {"a": [1, 2]}, geometry=[shapely.Point(0, 0), shapely.box(0, 0, 1, 1)], crs="EPSG:4326"
    )
    with pytest.raises(WriteError, match="only one kind of geometry") as info:
        write_layer(gdf, tmp_path / "mixed.shp")
    assert "GeoPackage" in info.value.problem
    assert _listing(tmp_path) == []


def test_shapefile_single_and_multi_polygons_are_fine(tmp_path):
    mp = shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)])
    gdf = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.box(0, 0, 1, 1), mp], crs="EPSG:4326")
    back = _read(write_layer(gdf, tmp_path / "p.shp"))
    assert back.geometry.iloc[1].equals(mp)


def test_shapefile_rewrite_removes_stale_sidecars(hue, tmp_path):
    target = tmp_path / "wards.shp"
    write_layer(hue, target)
    for ext in (".qix", ".sbn", ".sbx"):
        target.with_suffix(ext).write_bytes(b"old index")
    write_layer(hue.iloc[:1], target)
    assert _listing(tmp_path) == ["wards.cpg", "wards.dbf", "wards.prj", "wards.shp", "wards.shx"]
    assert len(_read(target)) == 1


# --------------------------------------------------------------------------- CSV / Excel


def test_csv_wkt_and_bom(hue, tmp_path):
    report = LayerReport("x")
    out = write_layer(hue, tmp_path / "wards.csv", report=report)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfWKT,")  # BOM so Excel on Windows reads UTF-8
    assert VY_DA.encode("utf-8") in raw
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert df["tên"].tolist()[:2] == [VY_DA, A_LUOI]
    assert df["WKT"][0] == "POINT (560000 1820000)" and pd.isna(df["WKT"][1])
    _assert_times(df["cập_nhật"], as_text=True)
    assert df["dân_số"].isna().tolist() == [False, True, False]
    # GDAL reads the WKT column back as geometry
    back = _read(out)
    assert back.geometry.isna().tolist() == [False, True, False]
    assert back.geometry.iloc[2].equals(hue.geometry.iloc[2])
    assert "EPSG:9214" in _texts(report, "crs")


def test_xlsx_wkt_lonlat_and_text_stays_text(hue, tmp_path):
    gdf = hue.assign(ghi_chú=["=HYPERLINK(\"http://x\")", "bình thường", "+84 234 3822 123"])
    report = LayerReport("x")
    out = write_layer(gdf, tmp_path / "wards.xlsx", report=report)
    df = pd.read_excel(out)
    assert df.columns.tolist() == ["tên", "dân_số", "cập_nhật", "ghi_chú", "lon", "lat", "WKT"]
    assert df["tên"].tolist()[:2] == [VY_DA, A_LUOI]
    assert df["WKT"][0] == "POINT (560000 1820000)"
    expected = hue.to_crs(4326).geometry.iloc[0]
    assert df["lon"][0] == pytest.approx(expected.x) and df["lat"][0] == pytest.approx(expected.y)
    assert pd.isna(df["lon"][1])
    _assert_times(df["cập_nhật"], as_text=True)
    ws = openpyxl.load_workbook(out)["wards"]
    cell = ws["D2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"  # never a formula


# --------------------------------------------------------------------------- GeoPackage layers


def test_gpkg_append_keeps_other_layers(hue, tmp_path):
    target = tmp_path / "hue.gpkg"
    write_layer(hue, target, layer_name="phường")
    write_layer(hue.iloc[:1], target, layer_name="xã", append_layer=True)
    assert sorted(pyogrio.list_layers(target)[:, 0]) == ["phường", "xã"]
    # same name again: that layer is replaced, the other kept
    write_layer(hue.iloc[:2], target, layer_name="xã", append_layer=True)
    assert len(_read(target, layer="xã")) == 2 and len(_read(target, layer="phường")) == 3
    # without append the file is replaced by one holding just this layer
    write_layer(hue, target, layer_name="mới")
    assert pyogrio.list_layers(target)[:, 0].tolist() == ["mới"]
    assert _listing(tmp_path) == ["hue.gpkg"]


def test_to_crs(hue, tmp_path):
    back = _read(write_layer(hue, tmp_path / "w.gpkg", to_crs="EPSG:4326"))
    assert crs_to_string(back.crs) == "EPSG:4326"
    assert 107.4 < back.geometry.iloc[0].x < 107.7
    with pytest.raises(WriteError, match="has no CRS"):
        write_layer(hue.set_crs(None, allow_override=True), tmp_path / "n.gpkg", to_crs="EPSG:4326")


# --------------------------------------------------------------------------- errors and atomicity


def test_unsupported_extension_and_driver(hue, tmp_path):
    with pytest.raises(WriteError, match="'.kml'"):
        write_layer(hue, tmp_path / "x.kml")
    with pytest.raises(WriteError, match="not supported"):
        write_layer(hue, tmp_path / "x.gpkg", driver="MapInfo File")
    with pytest.raises(WriteError, match="several layers"):
        write_layer(hue, tmp_path / "x.shp", append_layer=True)
    # a forced driver wins over the extension
    out = write_layer(hue, tmp_path / "x.data", driver="GeoJSON")
    assert pyogrio.read_info(out)["driver"] == "GeoJSON"
    assert _listing(tmp_path) == ["x.data"]


@pytest.mark.parametrize("name", ["old.gpkg", "old.shp", "old.geojson", "old.fgb"])
def test_failed_write_leaves_old_file_and_no_leftovers(hue, tmp_path, monkeypatch, name):
    target = tmp_path / name
    write_layer(hue, target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    real = pyogrio.write_dataframe

    def half_then_fail(df, path, **kw):
        real(df.iloc[:1], path, **kw)  # a real half-written file in the temporary folder
        Path(path).with_suffix(".junk").write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pyogrio, "write_dataframe", half_then_fail)
    with pytest.raises(WriteError, match="disk is full"):
        write_layer(hue.iloc[:2], target)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # previous file(s) intact, no temp folder or junk left
    monkeypatch.undo()
    assert len(_read(target)) == 3


def test_failed_csv_write_leaves_old_file(hue, tmp_path, monkeypatch):
    target = tmp_path / "old.csv"
    write_layer(hue, target)
    before = target.read_bytes()

    def boom(self, path, **kw):
        Path(path).write_text("WKT,half", encoding="utf-8")
        raise RuntimeError("simulated crash")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(WriteError, match="simulated crash"):
        write_layer(hue, target)
    assert target.read_bytes() == before
    assert _listing(tmp_path) == ["old.csv"]


def test_permission_error_becomes_write_error(hue, tmp_path, monkeypatch):
    # a read-only share: the temp file beside the target cannot be made (chmod cannot show it: CI runs as root)
    def denied(*a, **kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    with pytest.raises(WriteError) as info:
        write_layer(hue, tmp_path / "x.gpkg")
    assert "permission denied" in info.value.problem and str(tmp_path) in info.value.problem
    assert info.value.path == str(tmp_path / "x.gpkg")


def test_replace_failure_keeps_old_file(hue, tmp_path, monkeypatch):
    target = tmp_path / "w.gpkg"
    write_layer(hue, target)
    before = target.read_bytes()

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writers.os, "replace", locked)
    with pytest.raises(WriteError, match="open in another program"):
        write_layer(hue.iloc[:1], target)
    assert target.read_bytes() == before
    assert _listing(tmp_path) == ["w.gpkg"]


def test_target_is_a_folder(hue, tmp_path):
    (tmp_path / "x.gpkg").mkdir()
    with pytest.raises(WriteError, match="folder"):
        write_layer(hue, tmp_path / "x.gpkg")


def test_all_null_geometry_layer(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[None, None], crs="EPSG:9214")
    for name in ("t.gpkg", "t.fgb", "t.shp", "t.csv", "t.xlsx"):
        write_layer(gdf, tmp_path / name)
    assert np.all(_read(tmp_path / "t.gpkg").geometry.isna())
    assert len(_read(tmp_path / "t.shp")) == 2


def test_xlsx_control_characters_mixed_columns_and_a_folder_named_like_an_archive(tmp_path):
    """Text with control characters (an .xlsx cannot hold them: the file would not open) loses them and the
    report says how many; a column mixing numbers and text is written as text; a folder whose name holds
    ".xlsx" or ".zip" (GDAL would take it for an archive) does not break the write."""
    gdf = gpd.GeoDataFrame(
        {"mô_tả": ["ổ gà\x01 trước nhà", "ngập\x0b sâu", "bình thường"], "mã": [12, "A-7", None],
         "số": [1.5, np.nan, 3.0]},
        geometry=[shapely.Point(107.58, 16.46), None, shapely.Point(107.6, 16.47)], crs="EPSG:4326")
    folder = tmp_path / "báo cáo.xlsx.zip"
    report = LayerReport("x")
    out = write_layer(gdf, folder / "phản ánh.xlsx", report=report)
    assert sorted(p.name for p in folder.iterdir()) == ["phản ánh.xlsx"]
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["mô_tả", "mã", "số", "lon", "lat", "WKT"]
    assert [r[0] for r in rows[1:]] == ["ổ gà trước nhà", "ngập sâu", "bình thường"]
    assert [r[1] for r in rows[1:]] == ["12", "A-7", None]
    assert rows[1][2] == 1.5 and rows[2][2] is None
    assert "2 texts held control characters" in _texts(report, "columns")
