"""The shapefile sidecar doctor (gisdesk.io.shapefile) on real quirky files and on broken copies.

Real files are read in place from ``shared_data`` (never copied into the repo); broken inputs
are made from them in ``tmp_path``.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import random
import shutil
import stat
import struct
import warnings
from pathlib import Path

import pyogrio
import pytest

from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.io.shapefile import (
    check_shp,
    find_parts,
    gdal_openable,
    read_cpg,
    read_dbf_header,
    read_prj,
    rebuild_shx,
    scan_records,
)

Q = "shapefile_quirks"
COUT = f"{Q}/fiona/coutwildrnp/coutwildrnp"  # 67 polygons, EPSG:4326, .cpg


def feature_count(path: Path) -> int:
    """What GDAL reads from ``path`` (M shape types make pyogrio warn that M is dropped: expected here)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Measured \(M\) geometry types are not supported", category=UserWarning)
        return int(pyogrio.read_info(path)["features"])


def has_message(report: LayerReport, category: str, *fragments: str, level: str | None = None) -> bool:
    for m in report.find(category):
        if level is not None and m.level != level:
            continue
        if all(f.lower() in m.text.lower() for f in fragments):
            return True
    return False


def snapshot(folder: Path) -> dict[str, tuple[int, float, str]]:
    """Name -> (size, mtime, sha256) of every file in ``folder``: proof that nothing was written there."""
    out = {}
    for p in sorted(folder.iterdir()):
        st = p.stat()
        out[p.name] = (st.st_size, st.st_mtime, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


def copy_set(shared_data: Path, stem: str, dest: Path, exts=("shp", "shx", "dbf", "prj", "cpg")) -> Path:
    """Copy members of a real shapefile into ``dest`` (a tmp_path folder); returns the new .shp path."""
    dest.mkdir(parents=True, exist_ok=True)
    src = shared_data / stem
    for ext in exts:
        f = src.with_name(f"{src.name}.{ext}")
        if f.exists():
            shutil.copyfile(f, dest / f"{src.name}.{ext}")
    return dest / f"{src.name}.shp"


# ---------------------------------------------------------------------------------------------
# Real quirky files: path -> features GDAL reads through the doctor, whether a temporary copy was
# needed, and the messages (category, level, keywords) that must be in the report.

REAL_CASES = [
    pytest.param(f"{Q}/pyshp/latin1_no_shx/latin1.shp", 1, True,
                 [("sidecar", "warning", (".shx", "missing", "rebuilt", "not changed"))], id="no-shx"),
    pytest.param(f"{Q}/pyshp/corrupt_too_long/corrupt_too_long.shp", 10, False,
                 [("sidecar", "info", ("5 byte", "extra data", "ignored"))], id="trailing-junk"),
    pytest.param(f"{Q}/pyshp/blockgroups_no_prj/blockgroups.shp", 663, False,
                 [("sidecar", "info", ("no .prj",))], id="no-prj-sbn"),
    pytest.param(f"{Q}/shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg.shp", 2, True,
                 [("sidecar", "warning", ("htmlcpg.cpg", "web page", "ignored")),
                  ("sidecar", "warning", (".shx", "missing"))], id="html-cpg"),
    pytest.param(f"{Q}/shapefile-js/htmlprj_html_as_prj_no_shx/htmlprj.shp", 2, True,
                 [("sidecar", "warning", ("htmlprj.prj", "web page", "no declared coordinate system"))], id="html-prj"),
    pytest.param(f"{Q}/shapefile-js/utf_cpg/utf.shp", 2, False,
                 [], id="utf8-cpg"),
    pytest.param(f"{Q}/shapefile-js/polylinez_multipointz/export_multipointz.shp", 1, False, [],
                 id="shx-length-off-but-offsets-right"),
    pytest.param(f"{Q}/mbostock-shapefile/m_values_shp_only/polygonm.shp", 1, True,
                 [("sidecar", "warning", (".shx", "missing")),
                  ("sidecar", "warning", ("no attribute table", "only the shapes"))], id="shp-only-M"),
    pytest.param(f"{Q}/mbostock-shapefile/m_values_shp_only/polylinem.shp", 2, True,
                 [("sidecar", "warning", ("no attribute table",))], id="shp-only-polylineM"),
    pytest.param(f"{Q}/mbostock-shapefile/number-null-property/number-null-property.shp", 4, True,
                 [("sidecar", "warning", (".shx", "missing"))], id="shp-dbf-only"),
    pytest.param(f"{Q}/mbostock-shapefile/empty/empty.shp", 0, False, [], id="empty-layer"),
    # GDAL alone reads 8 of these 22 points: the .shx header says 8 and two entries point mid-record.
    pytest.param(f"{Q}/mapshaper/shplib_esri_samples/3dpoints.shp", 22, True,
                 [("sidecar", "warning", ("3dpoints.shx", "does not match", "22 records", "rebuilt"))],
                 id="damaged-shx"),
    pytest.param(f"{Q}/mapshaper/corrupt_shp_issue518_519/data_corruption_error.shp", 8, False, [],
                 id="record-numbers-from-5"),
    pytest.param(f"{Q}/mapshaper/corrupt_shp_issue518_519/max_callstack_error.shp", 138, False, [],
                 id="record-numbers-repeat"),
    pytest.param(f"{Q}/mapshaper/dbf_cpg_encodings/euckr.dbf", 1, False,
                 [("sidecar", "info", ("no .shp", "attribute table"))], id="dbf-alone"),
    pytest.param(f"{Q}/mapshaper/ldid_chinese_no_cpg/chinese.shp", 1, False, [], id="ldid-only"),
    pytest.param(f"{COUT}.shp", 67, False, [], id="clean"),
    pytest.param("vietnam_admin/quang_tri_districts_shp_rar/QT_xa/QT_xa.shp", 10, False,
                 [], id="quang-tri-unpacked"),
]


@pytest.mark.parametrize(("rel", "features", "repaired", "expected"), REAL_CASES)
def test_real_quirky_files(shared_data, rel, features, repaired, expected):
    path = shared_data / rel
    report = LayerReport(path.stem)
    with gdal_openable(path, report) as shp:
        assert feature_count(shp.path) == features
        assert shp.repaired is repaired
        assert (shp.path.parent != path.parent) is repaired
        assert shp.records_lost == 0
        temp_folder = shp.path.parent
    if repaired:
        assert not temp_folder.exists(), "the temporary copy must be removed on exit"
    for category, level, fragments in expected:
        assert has_message(report, category, *fragments, level=level), (category, fragments, report.messages)
    if not expected:
        assert not report.warnings, report.warnings


def test_clean_set_is_not_copied_and_reports_nothing_alarming(shared_data):
    report = LayerReport("cout")
    with gdal_openable(shared_data / f"{COUT}.shp", report) as shp:
        assert shp.path == shared_data / f"{COUT}.shp"
        assert shp.has_shp and shp.has_dbf
        assert shp.records_complete == shp.records_declared == shp.dbf_records == 67
        assert shp.prj_wkt is not None and shp.prj_wkt.startswith("GEOGCS")
        assert codecs.lookup(shp.cpg_encoding).name == "iso8859-1"
        assert shp.header.shape_type_name == "Polygon"
    assert report.warnings == []


def test_dbf_path_and_wrong_case_path_find_the_shp(shared_data):
    with gdal_openable(shared_data / f"{COUT}.dbf") as shp:
        assert shp.path.name == "coutwildrnp.shp"
    with gdal_openable(shared_data / f"{Q}/fiona/coutwildrnp/COUTWILDRNP.SHP") as shp:
        assert shp.path.name == "coutwildrnp.shp" and feature_count(shp.path) == 67


def test_html_sidecars_are_left_out_of_the_copy(shared_data):
    with gdal_openable(shared_data / f"{Q}/shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg.shp") as shp:
        names = sorted(p.name for p in shp.path.parent.iterdir())
        assert names == ["htmlcpg.dbf", "htmlcpg.prj", "htmlcpg.shp", "htmlcpg.shx"]
        assert shp.cpg_encoding is None and shp.cpg_text is None
    with gdal_openable(shared_data / f"{Q}/shapefile-js/htmlprj_html_as_prj_no_shx/htmlprj.shp") as shp:
        assert shp.prj_wkt is None
        assert not (shp.path.parent / "htmlprj.prj").exists()
        assert pyogrio.read_info(shp.path)["crs"] is None
        assert shp.cpg_encoding is not None and codecs.lookup(shp.cpg_encoding).name == "utf-8"


def test_cpg_ansi_1250(shared_data):
    report = LayerReport("codepage")
    parts = find_parts(shared_data / f"{Q}/shapefile-js/codepage_ansi1250/codepage.shp")
    enc = read_cpg(parts, report)
    with gdal_openable(parts.shp) as shp:
        assert shp.cpg_text == "ANSI 1250"
    assert enc is not None and codecs.lookup(enc).name == "cp1250"


def test_cst_is_read_like_a_cpg(shared_data, tmp_path):
    # GeoServer's SHAPE-ZIP writes the charset in a .cst; GDAL ignores it.
    shp = copy_set(shared_data, COUT, tmp_path, exts=("shp", "shx", "dbf"))
    (tmp_path / "coutwildrnp.cst").write_text("UTF-8")
    parts = find_parts(shp)
    assert parts.cst == tmp_path / "coutwildrnp.cst" and parts.cpg is None
    assert codecs.lookup(read_cpg(parts)).name == "utf-8"


def test_m_shape_type_is_flagged(shared_data):
    with gdal_openable(shared_data / f"{Q}/mbostock-shapefile/m_values_shp_only/pointm.shp") as shp:
        assert shp.has_m and not shp.has_z and not shp.has_dbf
        assert shp.header.shape_type_name == "PointM"
    with gdal_openable(shared_data / f"{Q}/shapefile-js/polylinez_multipointz/export_polylinez.shp") as shp:
        assert shp.has_z and not shp.has_m


def test_ldid_is_passed_on(shared_data):
    with gdal_openable(shared_data / f"{Q}/mapshaper/ldid_chinese_no_cpg/chinese.shp") as shp:
        assert shp.ldid == 0x7A
        assert shp.cpg_encoding is None
    with gdal_openable(shared_data / f"{COUT}.shp") as shp:
        assert shp.ldid is None  # byte is 0: not set


def test_find_parts_real_sidecars(shared_data):
    parts = find_parts(shared_data / "vietnam_admin/quang_tri_districts_shp_rar/QT_xa/QT_xa.prj")
    assert parts.stem == "QT_xa"
    assert parts.shp.name == "QT_xa.shp" and parts.shx.name == "QT_xa.shx" and parts.dbf.name == "QT_xa.dbf"
    assert parts.cpg.name == "QT_xa.cpg" and parts.prj.name == "QT_xa.prj"
    assert sorted(p.name for p in parts.others) == ["QT_xa.sbn", "QT_xa.sbx", "QT_xa.shp.xml"]
    assert parts.gdal_finds_all()


def test_find_parts_mixed_case(tmp_path, shared_data):
    src = shared_data / COUT
    names = {"shp": "Roads.SHP", "shx": "roads.Shx", "dbf": "ROADS.dbf", "prj": "roads.PRJ", "cpg": "Roads.cpg"}
    for ext, name in names.items():
        shutil.copyfile(src.with_name(f"coutwildrnp.{ext}"), tmp_path / name)
    for extra in ("Roads.shp.xml", "roads.sbn", "roads2.shp", "roads.backup.txt"):
        (tmp_path / extra).write_bytes(b"x")
    parts = find_parts(tmp_path / "roads.dbf")  # a path whose case differs from the file on disk
    assert (parts.shp.name, parts.shx.name, parts.dbf.name) == ("Roads.SHP", "roads.Shx", "ROADS.dbf")
    assert (parts.prj.name, parts.cpg.name, parts.cst) == ("roads.PRJ", "Roads.cpg", None)
    assert sorted(p.name for p in parts.others) == ["Roads.shp.xml", "roads.sbn"]
    assert not parts.gdal_finds_all()
    # GDAL alone cannot open this set; through the doctor it reads everything, CRS and attributes included.
    with pytest.raises(pyogrio.errors.DataSourceError):
        pyogrio.read_info(tmp_path / "Roads.SHP")
    before = snapshot(tmp_path)
    with gdal_openable(tmp_path / "Roads.SHP") as shp:
        assert shp.repaired
        info = pyogrio.read_info(shp.path)
        assert info["features"] == 67 and info["crs"] == "EPSG:4326" and "NAME" in list(info["fields"])
    assert snapshot(tmp_path) == before


def test_upper_case_set_needs_no_copy(tmp_path, shared_data):
    # GDAL finds .SHX/.DBF/.PRJ/.CPG by itself (it tries lower, then upper case).
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        shutil.copyfile(shared_data / f"{COUT}.{ext}", tmp_path / f"senate.{ext.upper()}")
    with gdal_openable(tmp_path / "senate.SHP") as shp:
        assert not shp.repaired and feature_count(shp.path) == 67


def test_missing_file_and_sidecar_alone(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        find_parts(tmp_path / "nothing.shp")
    (tmp_path / "lonely.prj").write_text('GEOGCS["WGS 84"]')
    with pytest.raises(ReadError, match=r"no \.shp .*and no \.dbf") as err:
        with gdal_openable(tmp_path / "lonely.prj"):
            pass
    assert "lonely.prj" in str(err.value)


# ---------------------------------------------------------------------------------------------
# .shx rebuilding and the record walk


@pytest.mark.parametrize(
    "stem",
    [COUT, f"{Q}/pyshp/blockgroups_no_prj/blockgroups", "vietnam_admin/quang_tri_districts_shp_rar/QT_xa/QT_xa",
     f"{Q}/mapshaper/shplib_esri_samples/csah", f"{Q}/mbostock-shapefile/null/null"],
)
def test_rebuilt_shx_equals_the_real_one(shared_data, stem):
    data, count = rebuild_shx(shared_data / f"{stem}.shp")
    original = (shared_data / f"{stem}.shx").read_bytes()
    assert data == original
    assert count == (len(original) - 100) // 8


def test_rebuilt_shx_for_3dpoints_fixes_the_index(shared_data):
    stem = shared_data / f"{Q}/mapshaper/shplib_esri_samples/3dpoints"
    data, count = rebuild_shx(stem.with_suffix(".shp"))
    assert count == 22 == read_dbf_header(stem.with_suffix(".dbf")).records
    assert struct.unpack(">i", data[24:28])[0] * 2 == len(data) == 100 + 22 * 8
    assert data != stem.with_suffix(".shx").read_bytes()


def test_check_shp_header(shared_data):
    info = check_shp(shared_data / f"{Q}/pyshp/corrupt_too_long/corrupt_too_long.shp")
    assert (info.declared_size, info.actual_size, info.extra_bytes, info.truncated) == (1144, 1145, 1, False)
    assert info.shape_type_name == "PolyLine"
    scan = scan_records(info.path, info)
    assert scan.count == 10 and scan.end == 1140


# ---------------------------------------------------------------------------------------------
# Broken inputs made in tmp_path


def _truncate(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


def _patch(path: Path, offset: int, data: bytes) -> None:
    b = bytearray(path.read_bytes())
    b[offset : offset + len(data)] = data
    path.write_bytes(bytes(b))


def test_truncated_shp_reads_complete_records(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path)
    _truncate(shp_path, 50_000)  # mid-record 26 of 67
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert shp.repaired
        assert (shp.records_complete, shp.records_declared, shp.records_lost) == (25, 67, 42)
        gdf = pyogrio.read_dataframe(shp.path)
        assert len(gdf) == 25 and gdf.geometry.notna().all()
        assert gdf["NAME"].iloc[0] == pyogrio.read_dataframe(shared_data / f"{COUT}.shp")["NAME"].iloc[0]
    msgs = [m for m in report.find("dropped") if m.count == 42]
    assert msgs and "cut off" in msgs[0].text and "25 of 67" in msgs[0].text and "coutwildrnp.shp" in msgs[0].text


def test_truncated_shp_without_shx_or_dbf(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path, exts=("shp",))
    _truncate(shp_path, 50_000)
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert feature_count(shp.path) == 25
        assert shp.records_declared is None and not shp.has_dbf
    assert has_message(report, "dropped", "cut off", "25 complete shapes")
    assert has_message(report, "sidecar", "no attribute table")


def test_damaged_record_without_shx_reads_up_to_the_damage(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path, exts=("shp", "dbf"))
    offset = scan_records(shared_data / f"{COUT}.shp").offsets[9]
    _patch(shp_path, offset + 8, struct.pack("<i", 77))  # record 10's shape type
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert feature_count(shp.path) == 9 and shp.records_lost == 58
    assert has_message(report, "dropped", "damaged at byte", "record 10", "9 of 67")


def test_wrong_file_length_in_header_is_harmless(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path, exts=("shp", "dbf"))
    _patch(shp_path, 24, struct.pack(">i", 123))
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert feature_count(shp.path) == 67 and shp.records_lost == 0
    assert not report.find("dropped")


def _tiff(shared_data, tmp_path):
    shutil.copyfile(shared_data / "raster/rasterio_tests/RGB.byte.tif", tmp_path / "roads.shp")


def _csv(shared_data, tmp_path):
    (tmp_path / "roads.shp").write_text("id;name;x;y\n1;Huế;107.58;16.46\n", encoding="utf-8")


def _random(shared_data, tmp_path):
    (tmp_path / "roads.shp").write_bytes(random.Random(9994).randbytes(5000))


def _empty(shared_data, tmp_path):
    (tmp_path / "roads.shp").write_bytes(b"")


def _short(shared_data, tmp_path):
    (tmp_path / "roads.shp").write_bytes((shared_data / f"{COUT}.shp").read_bytes()[:60])


def _bad_magic(shared_data, tmp_path):
    shutil.copyfile(shared_data / f"{COUT}.shp", tmp_path / "roads.shp")
    _patch(tmp_path / "roads.shp", 0, b"\x00\x00\x27\x0b")


def _bad_type(shared_data, tmp_path):
    shutil.copyfile(shared_data / f"{COUT}.shp", tmp_path / "roads.shp")
    _patch(tmp_path / "roads.shp", 32, struct.pack("<i", 99))


def _zip_named_shp(shared_data, tmp_path):
    shutil.copyfile(shared_data / f"{Q}/shapefile-js/zips/qgis.zip", tmp_path / "roads.shp")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        pytest.param(_tiff, "is a TIFF/GeoTIFF raster image with a .shp name", id="geotiff-renamed"),
        pytest.param(_csv, "is plain text (for example a CSV table) with a .shp name", id="csv-renamed"),
        pytest.param(_random, "does not start with the shapefile signature", id="random-bytes"),
        pytest.param(_empty, "is empty (0 bytes)", id="zero-bytes"),
        pytest.param(_short, "too short to be a shapefile (60 bytes", id="shorter-than-header"),
        pytest.param(_bad_magic, "does not start with the shapefile signature", id="header-magic-flipped"),
        pytest.param(_bad_type, "unknown shape type (99)", id="header-shape-type-flipped"),
        pytest.param(_zip_named_shp, "is a ZIP archive with a .shp name", id="zip-renamed"),
    ],
)
def test_broken_shp_raises_read_error(shared_data, tmp_path, make, fragment):
    make(shared_data, tmp_path)
    with pytest.raises(ReadError) as err:
        with gdal_openable(tmp_path / "roads.shp", LayerReport("roads")):
            pass
    assert fragment in err.value.problem
    assert str(err.value).startswith(str(tmp_path / "roads.shp"))


def test_missing_dbf_reads_geometry_only(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path, exts=("shp", "shx", "prj"))
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert not shp.has_dbf and not shp.repaired
        assert list(pyogrio.read_info(shp.path)["fields"]) == []
    assert has_message(report, "sidecar", "no attribute table (.dbf)", "only the shapes", level="warning")


def test_html_dbf_is_left_out(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path)
    (tmp_path / "coutwildrnp.dbf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert not shp.has_dbf and shp.repaired
        assert feature_count(shp.path) == 67
    assert has_message(report, "sidecar", "coutwildrnp.dbf", "HTML web page", "only the shapes")


def test_truncated_dbf_keeps_all_shapes(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path)
    dbf = tmp_path / "coutwildrnp.dbf"
    _truncate(dbf, dbf.stat().st_size // 2)
    # GDAL alone fails on the whole layer ("fread failed on DBF file").
    with pytest.raises(pyogrio.errors.FeatureError):
        pyogrio.read_dataframe(shp_path)
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        gdf = pyogrio.read_dataframe(shp.path)
        assert len(gdf) == 67 and gdf.geometry.notna().all()
        n = shp.dbf_records
        assert 0 < n < 67
        assert gdf["NAME"].iloc[: n].str.len().gt(0).all()
        assert gdf["NAME"].iloc[n:].fillna("").eq("").all()
    msgs = [m for m in report.find("dropped") if m.count == 67 - n]
    assert msgs and "cut off" in msgs[0].text and "empty attributes" in msgs[0].text


def test_dbf_with_more_rows_than_shapes(shared_data, tmp_path):
    shp_path = copy_set(shared_data, COUT, tmp_path, exts=("shp", "dbf"))
    # Keep only 60 shapes: cut the .shp after record 60 and fix its header length.
    offsets = scan_records(shp_path).offsets
    _truncate(shp_path, offsets[60])
    _patch(shp_path, 24, struct.pack(">i", offsets[60] // 2))
    report = LayerReport("cout")
    with gdal_openable(shp_path, report) as shp:
        assert feature_count(shp.path) == 60
    assert has_message(report, "dropped", "67 rows", "60 shapes", "not loaded")


# ---------------------------------------------------------------------------------------------
# Nothing is ever written beside the user's files


def test_source_folder_is_never_written(shared_data, tmp_path):
    src = tmp_path / "share"
    shp_path = copy_set(shared_data, f"{Q}/shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg", src)
    for p in src.iterdir():
        p.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    src.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)  # read-only share (root ignores it: see snapshot)
    try:
        before = snapshot(src)
        with gdal_openable(shp_path, LayerReport("h")) as shp:
            assert not shp.path.is_relative_to(src)
            gdf = pyogrio.read_dataframe(shp.path)
            assert len(gdf) == 2
        assert snapshot(src) == before
        assert not (src / "htmlcpg.shx").exists()
    finally:
        src.chmod(stat.S_IRWXU)


def test_shared_folder_without_shx_is_untouched(shared_data):
    # GDAL's SHAPE_RESTORE_SHX would write latin1.shx here; the doctor must not.
    folder = shared_data / f"{Q}/pyshp/latin1_no_shx"
    before = snapshot(folder)
    with gdal_openable(folder / "latin1.shp") as shp:
        gdf = pyogrio.read_dataframe(shp.path, encoding="latin1")
        assert gdf["Name"].iloc[0] == "Ñandú"
    assert snapshot(folder) == before == snapshot(folder)
    assert sorted(before) == ["latin1.dbf", "latin1.shp"]


def test_prj_reader_messages(tmp_path, shared_data):
    shp = copy_set(shared_data, COUT, tmp_path)
    report = LayerReport("cout")
    assert read_prj(find_parts(shp), report).startswith("GEOGCS")
    (tmp_path / "coutwildrnp.prj").write_text("this is not a projection")
    assert read_prj(find_parts(shp), report) is None
    assert has_message(report, "sidecar", "coutwildrnp.prj", "not hold a coordinate system", level="warning")
    (tmp_path / "coutwildrnp.prj").write_bytes(b"")
    assert read_prj(find_parts(shp), report) is None
    assert has_message(report, "sidecar", "coutwildrnp.prj is empty")
    os.remove(tmp_path / "coutwildrnp.prj")
    assert read_prj(find_parts(shp), report) is None
    assert has_message(report, "sidecar", "no .prj", level="info")


def test_cpg_with_several_lines_is_garbage(tmp_path, shared_data):
    shp = copy_set(shared_data, COUT, tmp_path)
    (tmp_path / "coutwildrnp.cpg").write_text("UTF-8\nsome notes\n")
    report = LayerReport("cout")
    assert read_cpg(find_parts(shp), report) is None
    assert has_message(report, "sidecar", "coutwildrnp.cpg", "single encoding name")
