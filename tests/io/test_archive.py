"""Zip handling (gisdesk.io.archive): listing data sets at any depth, safe extraction, clear refusals."""

from __future__ import annotations

import random
import shutil
import tempfile
import warnings
import zipfile
from pathlib import Path

import pyogrio
import pytest

from gisdesk.io.archive import extracted, list_datasets, sniff
from gisdesk.io.errors import ReadError
from gisdesk.io.report import ImportReport, LayerReport
from gisdesk.io.shapefile import gdal_openable

Q = "shapefile_quirks"
ZIPS = f"{Q}/shapefile-js/zips"
RAR = "vietnam_admin/quang_tri_districts_shp_rar/shapefile_QT.rar"


def feature_count(path: Path) -> int:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Measured \(M\) geometry types are not supported", category=UserWarning)
        return int(pyogrio.read_info(path)["features"])


# ---------------------------------------------------------------------------------------------
# Real zips: zip -> data sets listed, and what the first one reads as through the shapefile doctor.

REAL_ZIPS = [
    # GDAL's /vsizip/ on these two says "not recognized": the shapefile sits in a folder of the zip.
    pytest.param(f"{Q}/pyshp/REL_zip/REL.zip", ["REL/releaseArea20090407.shp"], 1, "Polygon Z", id="REL-subfolder"),
    pytest.param(f"{ZIPS}/T8Th4_6n.zip", ["export/POLYLINE.shp"], 1, "LineString", id="export-subfolder"),
    pytest.param(f"{ZIPS}/mixedcase.zip", ["senate.shp"], 40, "Polygon", id="upper-case-DBF"),
    pytest.param(f"{ZIPS}/noshp.zip", ["counties.dbf"], 14, None, id="dbf-only"),
    pytest.param(f"{ZIPS}/train_stations.zip", ["train_stations.shp"], 361, "Point", id="geoserver-cst"),
    pytest.param(f"{ZIPS}/qgis.zip", ["qgis.shp"], 2, "Polygon", id="qgis-mshp"),
    pytest.param(f"{ZIPS}/zero-len-line.zip", ["zero-len-line.shp"], 3, "LineString", id="null-shape"),
    pytest.param(f"{ZIPS}/SHP_Exclude.zip", ["TestExclude.shp"], 1, "Polygon", id="no-prj"),
]


@pytest.mark.parametrize(("rel", "datasets", "features", "geometry_type"), REAL_ZIPS)
def test_real_zips(shared_data, rel, datasets, features, geometry_type):
    zip_path = shared_data / rel
    assert list_datasets(zip_path) == datasets
    report = ImportReport(str(zip_path))
    with extracted(zip_path, report) as folder:
        member = folder / datasets[0]
        assert member.is_file()
        with gdal_openable(member, LayerReport(member.stem)) as shp:
            info = pyogrio.read_info(shp.path)
            assert info["features"] == features
            assert info["geometry_type"] == geometry_type
    assert not folder.exists(), "the temporary folder must be removed on exit"
    assert any("Unpacked" in m.text for m in report.messages)


def test_geoserver_cst_gives_the_encoding(shared_data):
    with extracted(shared_data / f"{ZIPS}/train_stations.zip") as folder:
        with gdal_openable(folder / "train_stations.shp") as shp:
            assert shp.cpg_text == "UTF-8" and shp.cpg_encoding is not None
            assert shp.parts.cst is not None and shp.parts.cpg is None


def test_mixed_case_members_are_found(shared_data):
    with extracted(shared_data / f"{ZIPS}/mixedcase.zip", member="senate.shp") as folder:
        names = sorted(p.name for p in folder.iterdir())
        assert names == ["senate.DBF", "senate.prj", "senate.sbn", "senate.sbx", "senate.shp", "senate.shp.xml", "senate.shx"]
        with gdal_openable(folder / "senate.shp") as shp:
            assert shp.has_dbf and shp.parts.dbf.name == "senate.DBF"
            assert not shp.repaired  # GDAL finds senate.DBF by itself (it tries lower, then upper case)
            assert "SENATOR" in list(pyogrio.read_info(shp.path)["fields"])


def test_file_geodatabase_and_raster_in_zip_are_listed(shared_data):
    gdb_zip = shared_data / f"{Q}/fiona/misc/testopenfilegdb.gdb.zip"
    assert list_datasets(gdb_zip) == ["testopenfilegdb.gdb"]
    with extracted(gdb_zip, member="testopenfilegdb.gdb") as folder:
        assert (folder / "testopenfilegdb.gdb").is_dir()
        assert len(list((folder / "testopenfilegdb.gdb").iterdir())) > 100
    assert list_datasets(shared_data / "raster/rasterio_tests/N10W110.hgt.zip") == ["N10W110.hgt"]


def test_member_extraction_takes_only_that_dataset(shared_data, tmp_path):
    both = tmp_path / "both.zip"
    with zipfile.ZipFile(both, "w") as out:
        for src in ("qgis.zip", "zero-len-line.zip"):
            with zipfile.ZipFile(shared_data / ZIPS / src) as zf:
                for info in zf.infolist():
                    out.writestr(f"data/{info.filename}", zf.read(info))
        out.writestr("__MACOSX/data/._qgis.shp", b"junk")
        out.writestr("data/readme.txt", "hello")
    assert list_datasets(both) == ["data/qgis.shp", "data/zero-len-line.shp"]
    with extracted(both, member="data/qgis.shp") as folder:
        names = sorted(p.name for p in (folder / "data").iterdir())
        assert names == ["qgis.cpg", "qgis.dbf", "qgis.mshp", "qgis.prj", "qgis.shp", "qgis.shx"]
        assert not (folder / "__MACOSX").exists()


# ---------------------------------------------------------------------------------------------
# Broken and unsupported archives


def _corrupt_zip(shared_data, tmp_path):
    data = (shared_data / f"{ZIPS}/qgis.zip").read_bytes()
    (tmp_path / "x.zip").write_bytes(data[: len(data) // 2])  # cut off: no central directory


def _nothing_readable(shared_data, tmp_path):
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as zf:
        zf.writestr("docs/readme.txt", "Gửi anh chị bản đồ")
        zf.writestr("docs/letter.docx", b"PK\x03\x04 not really")


def _empty_archive(shared_data, tmp_path):
    with zipfile.ZipFile(tmp_path / "x.zip", "w"):
        pass


def _zero_bytes(shared_data, tmp_path):
    (tmp_path / "x.zip").write_bytes(b"")


def _rar(shared_data, tmp_path):
    shutil.copyfile(shared_data / RAR, tmp_path / "x.zip")  # a RAR with the wrong name is still a RAR


def _seven_zip(shared_data, tmp_path):
    (tmp_path / "x.zip").write_bytes(b"7z\xbc\xaf\x27\x1c" + bytes(100))


def _random(shared_data, tmp_path):
    (tmp_path / "x.zip").write_bytes(random.Random(7).randbytes(3000))


def _html(shared_data, tmp_path):
    (tmp_path / "x.zip").write_text("<!DOCTYPE html><html><head><title>Đăng nhập</title></head></html>", encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        pytest.param(_corrupt_zip, "is a damaged ZIP archive", id="corrupt-zip"),
        pytest.param(_nothing_readable, "holds no data set that gisdesk can read (it holds: docs/letter.docx, docs/readme.txt)",
                     id="nothing-readable"),
        pytest.param(_empty_archive, "is an empty ZIP archive", id="empty-archive"),
        pytest.param(_zero_bytes, "is empty (0 bytes)", id="zero-bytes"),
        pytest.param(_rar, "is a RAR archive, which gisdesk cannot open", id="rar-renamed"),
        pytest.param(_seven_zip, "is a 7-Zip archive", id="7z"),
        pytest.param(_random, "is not a ZIP archive: it looks like unrecognised binary data", id="random-bytes"),
        pytest.param(_html, "is not a ZIP archive: it looks like an HTML web page", id="html-download-page"),
    ],
)
def test_broken_archives_raise_read_error(shared_data, tmp_path, make, fragment):
    make(shared_data, tmp_path)
    with pytest.raises(ReadError) as err:
        list_datasets(tmp_path / "x.zip")
    assert fragment in err.value.problem
    assert err.value.path == str(tmp_path / "x.zip")
    if make is _nothing_readable:  # unpacking it is fine; it just holds nothing to read
        with extracted(tmp_path / "x.zip") as folder:
            assert (folder / "docs/readme.txt").read_text(encoding="utf-8") == "Gửi anh chị bản đồ"
        return
    with pytest.raises(ReadError) as err2:
        with extracted(tmp_path / "x.zip"):
            pass
    assert err2.value.problem == err.value.problem


def test_real_rar_asks_the_user_to_unpack(shared_data):
    with pytest.raises(ReadError) as err:
        list_datasets(shared_data / RAR)
    assert "RAR" in err.value.problem and "unpack it" in err.value.problem and ".zip" in err.value.problem
    assert "shapefile_QT.rar" in str(err.value)


def test_damaged_member_data(shared_data, tmp_path):
    src = shared_data / f"{Q}/pyshp/REL_zip/REL.zip"
    zip_path = tmp_path / "REL.zip"
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("REL/releaseArea20090407.shp")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra or b"")
    for i in range(start + 10, start + info.compress_size - 5):
        data[i] ^= 0x5A
    zip_path.write_bytes(bytes(data))
    assert list_datasets(zip_path) == ["REL/releaseArea20090407.shp"]  # the table of contents is fine
    with pytest.raises(ReadError, match="is damaged: 'REL/releaseArea20090407.shp' inside it cannot be unpacked"):
        with extracted(zip_path):
            pass


def test_password_protected_zip(tmp_path):
    zip_path = tmp_path / "secret.zip"
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("roads.geojson", '{"type": "FeatureCollection", "features": []}')
    data = bytearray(zip_path.read_bytes())
    data[6] |= 0x01  # local header: encrypted
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # central directory: encrypted
    zip_path.write_bytes(bytes(data))
    with pytest.raises(ReadError, match="password-protected"):
        with extracted(zip_path):
            pass


def test_zip_slip_members_are_skipped(tmp_path):
    outside = Path(tempfile.gettempdir()) / "gisdesk-zip-slip-test.geojson"
    outside.unlink(missing_ok=True)
    zip_path = tmp_path / "evil.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr("../gisdesk-zip-slip-test.geojson", "{}")
        zf.writestr("/etc/gisdesk-zip-slip-test.geojson", "{}")
        zf.writestr("C:/Windows/gisdesk.geojson", "{}")
        zf.writestr("good/roads.geojson", '{"type": "FeatureCollection", "features": []}')
    assert list_datasets(zip_path) == ["good/roads.geojson"]
    report = ImportReport(str(zip_path))
    with extracted(zip_path, report) as folder:
        files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        assert files == ["good/roads.geojson"]
    assert not outside.exists()
    warning = [m for m in report.messages if m.level == "warning" and m.category == "dropped"]
    assert warning and warning[0].count == 3 and "unsafe paths" in warning[0].text


def test_zip_bomb_is_refused(tmp_path):
    zip_path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("huge.csv", b"0" * 3_000_000)
    assert zip_path.stat().st_size < 20_000
    assert list_datasets(zip_path) == ["huge.csv"]  # listing is harmless
    with pytest.raises(ReadError) as err:
        with extracted(zip_path, max_total=1_000_000):
            pass
    assert "would unpack to 2.9 MB" in err.value.problem and "was not unpacked" in err.value.problem
    with extracted(zip_path) as folder:  # under the default limit it unpacks
        assert (folder / "huge.csv").stat().st_size == 3_000_000


def test_utf8_names_without_the_utf8_flag(tmp_path):
    # Many Windows tools write UTF-8 names without setting the zip's UTF-8 flag.
    zip_path = tmp_path / "hue.zip"
    name = "Huế/Phường Thuận Hòa.geojson"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.writestr(name, '{"type": "FeatureCollection", "features": []}')
    data = bytearray(zip_path.read_bytes())
    data[7] &= ~0x08  # clear the UTF-8 flag (bit 11) in the local header...
    central = data.index(b"PK\x01\x02")
    data[central + 9] &= ~0x08  # ...and in the central directory
    zip_path.write_bytes(bytes(data))
    with zipfile.ZipFile(zip_path) as zf:
        assert not zf.infolist()[0].flag_bits & 0x800
    assert list_datasets(zip_path) == [name]
    with extracted(zip_path, member=name) as folder:
        assert (folder / name).is_file()


@pytest.mark.parametrize(
    ("rel", "kind"),
    [
        ("raster/rasterio_tests/RGB.byte.tif", "tiff"),
        (RAR, "rar"),
        (f"{ZIPS}/qgis.zip", "zip"),
        (f"{Q}/fiona/coutwildrnp/coutwildrnp.shp", "shp"),
        (f"{Q}/shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg.cpg", "html"),
        (f"{Q}/mapshaper/csv_encodings/wkt.csv", "text"),
        (f"{Q}/mapshaper/gpkg_crs_quirks/mixed_crs.gpkg", "sqlite"),
        (f"{Q}/mapshaper/flatgeobuf_empty/empty.fgb", "fgb"),
    ],
)
def test_sniff(shared_data, rel, kind):
    assert sniff(shared_data / rel) == kind
