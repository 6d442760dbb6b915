"""Data export: formats round-trip, scopes (all / shown / selection) with a filter and a time window, personal
columns left out by default, reprojection, a 1M-point layer exporting 10 rows cheaply, and clean failures."""

from __future__ import annotations

import subprocess
import sys
import time
import unicodedata

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from gisdesk.core.timewindow import TimeWindow
from gisdesk.export import ExportCancelled, ExportError, export_layer, personal_columns
from gisdesk.io.writers import WriteError
from gisdesk.layers import PointData, VectorLayer
from tests.conftest import ROOT

# six requests in Huế (lon/lat), one per day from 1 May 2024 08:00 +07:00
LON = np.array([107.5800, 107.5850, 107.5900, 107.5950, 107.6000, 107.6050])
LAT = np.array([16.4600, 16.4620, 16.4640, 16.4660, 16.4680, 16.4700])
TIMES = pd.to_datetime([f"2024-05-0{d} 08:00+07:00" for d in range(1, 7)]).tz_convert("UTC")


def request_table() -> pd.DataFrame:
    return pd.DataFrame({
        "service_request_id": [f"R{i}" for i in range(6)],
        "status": ["open", "closed", "open", "open", "closed", "open"],
        "description": ["Rác ở Vỹ Dạ", "Đèn hỏng", "Ngập nước", "=cmd|' /C calc'!A0", "Cây đổ", "Ổ gà"],
        "address": ["Lê Lợi", "Hùng Vương", "Trần Hưng Đạo", "Nguyễn Huệ", "Đống Đa", "Bà Triệu"],
        "requested_datetime": TIMES,
        "reporter_name": ["Nguyễn Văn A", "Trần Thị B", "Lê C", "Phạm D", "Hoàng E", "Võ F"],
        "reporter_phone": ["0901", "0902", "0903", "0904", "0905", "0906"],
    })


def point_layer(**kwargs) -> VectorLayer:
    layer = VectorLayer(PointData(request_table(), LON.copy(), LAT.copy(), crs="EPSG:4326"), name="Phản ánh",
                        **kwargs)
    return layer


def gdf_layer() -> VectorLayer:
    gdf = gpd.GeoDataFrame(request_table(), geometry=shapely.points(LON, LAT), crs="EPSG:4326")
    return VectorLayer(gdf, name="requests")


# window: 2 May 00:00 to 5 May 00:00 (+07:00) keeps R1, R2, R3; the filter status=open keeps R2, R3
WINDOW = TimeWindow.of("2024-05-02T00:00+07:00", "2024-05-05T00:00+07:00")


def filtered_layer(kind=point_layer) -> VectorLayer:
    layer = kind()
    layer.set_time_fields("requested_datetime")
    layer.filters = {"status": ["open"]}
    return layer


def ids(path, **kw) -> list[str]:
    return pyogrio.read_dataframe(path, **kw)["service_request_id"].tolist()


# -- formats ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".shp", ".fgb", ".csv", ".xlsx"])
def test_each_format_round_trips(tmp_path, suffix):
    layer = point_layer()
    path = tmp_path / f"out{suffix}"
    result = export_layer(layer, path, scope="all")
    assert result.path == path and path.exists()
    assert result.rows == 6
    back = pyogrio.read_dataframe(path)
    if suffix == ".fgb":  # a FlatGeobuf with a spatial index stores its features in index (Hilbert) order
        back = back.sort_values("service_request_id", ignore_index=True)
    id_col, desc_col = ("service_re", "descriptio") if suffix == ".shp" else ("service_request_id", "description")
    assert back[id_col].tolist() == [f"R{i}" for i in range(6)]
    assert [unicodedata.normalize("NFC", s) for s in back[desc_col]] == request_table()["description"].tolist()
    if suffix == ".xlsx":  # geometry as WKT text plus lon/lat columns
        assert np.allclose(back["lon"].astype(float), LON) and np.allclose(back["lat"].astype(float), LAT)
    else:
        assert isinstance(back, gpd.GeoDataFrame)
        assert np.allclose(back.geometry.x, LON) and np.allclose(back.geometry.y, LAT)
    # no temporary leftovers beside the file
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_shapefile_gets_a_utf8_cpg(tmp_path):
    result = export_layer(point_layer(), tmp_path / "out.shp", scope="all")
    assert (tmp_path / "out.cpg").read_text().strip() == "UTF-8"
    assert (tmp_path / "out.prj").exists()
    assert result.report.find("columns")  # the renamed DBF fields are reported
    assert any("renamed" in note for note in result.notes)


def test_gpkg_layer_name_is_the_layer_name(tmp_path):
    export_layer(point_layer(), tmp_path / "out.gpkg", scope="all")
    assert [name for name, _ in pyogrio.list_layers(tmp_path / "out.gpkg")] == ["Phản ánh"]
    export_layer(point_layer(), tmp_path / "named.gpkg", scope="all", layer_name="requests")
    assert [name for name, _ in pyogrio.list_layers(tmp_path / "named.gpkg")] == ["requests"]


# -- scopes ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [point_layer, gdf_layer])
def test_scopes_with_a_filter_and_a_time_window(tmp_path, kind):
    layer = filtered_layer(kind)
    layer.selection = [0, 2, 3, 5]  # R0 and R5 are outside the window: hidden
    r_all = export_layer(layer, tmp_path / "all.gpkg", scope="all", window=WINDOW)
    r_shown = export_layer(layer, tmp_path / "shown.gpkg", scope="shown", window=WINDOW)
    r_sel = export_layer(layer, tmp_path / "sel.gpkg", scope="selection", window=WINDOW)
    assert ids(tmp_path / "all.gpkg") == [f"R{i}" for i in range(6)]
    assert ids(tmp_path / "shown.gpkg") == ["R2", "R3"]
    assert ids(tmp_path / "sel.gpkg") == ["R2", "R3"]
    assert (r_all.rows, r_shown.rows, r_sel.rows) == (6, 2, 2)
    assert any("4 of 6" in n for n in r_shown.notes)
    assert any("2 selected features are hidden" in n for n in r_sel.notes)
    # without the window only the filter applies
    export_layer(layer, tmp_path / "nowin.gpkg", scope="shown")
    assert ids(tmp_path / "nowin.gpkg") == ["R0", "R2", "R3", "R5"]
    # the aware times survive
    back = pyogrio.read_dataframe(tmp_path / "shown.gpkg")
    assert pd.Timestamp(back["requested_datetime"].iloc[0]) == TIMES[2]


def test_empty_selection_is_a_clear_error_and_writes_nothing(tmp_path):
    layer = point_layer()
    with pytest.raises(ExportError, match="nothing is selected"):
        export_layer(layer, tmp_path / "sel.gpkg", scope="selection")
    layer = filtered_layer()
    layer.selection = [0, 5]  # both outside the window
    with pytest.raises(ExportError, match="all hidden"):
        export_layer(layer, tmp_path / "sel.gpkg", scope="selection", window=WINDOW)
    with pytest.raises(ExportError, match="nothing to export"):
        export_layer(layer, tmp_path / "shown.gpkg", scope="shown",
                     window=TimeWindow.of("2030-01-01T00:00+07:00", "2030-01-02T00:00+07:00"))
    assert list(tmp_path.iterdir()) == []


# -- personal columns -----------------------------------------------------------------------------------------
def test_personal_columns_are_left_out_by_default(tmp_path):
    result = export_layer(point_layer(), tmp_path / "public.geojson", scope="all")
    cols = set(pyogrio.read_dataframe(tmp_path / "public.geojson").columns)
    assert "reporter_name" not in cols and "reporter_phone" not in cols
    assert {"description", "address", "status"} <= cols
    assert result.dropped_columns == ["reporter_name", "reporter_phone"]
    assert any("reporter_name, reporter_phone" in n for n in result.notes)

    kept = export_layer(point_layer(), tmp_path / "internal.geojson", scope="all", keep_personal=True)
    back = pyogrio.read_dataframe(tmp_path / "internal.geojson")
    assert back["reporter_name"].tolist() == request_table()["reporter_name"].tolist()
    assert kept.dropped_columns == []
    assert any("personal data" in n for n in kept.notes)


def test_personal_columns_by_name_in_english_and_vietnamese():
    nfd = unicodedata.normalize("NFD", "Số điện thoại")
    columns = ["service_request_id", "description", "address", "ward_name", "service_name", "status",
               "reporter_name", "reporter_phone", "Email", "e-mail", "first_name", "LastName", "contact_info",
               "Họ tên", "HỌ VÀ TÊN", "Người phản ánh", nfd, "Điện thoại", "SĐT", "sđt", "phoneNumber",
               "Tên phường", "Địa chỉ", "Nội dung", "hotel", "telemetry", "urgency", "lat", "long"]
    found = personal_columns(columns)
    assert found == ["reporter_name", "reporter_phone", "Email", "e-mail", "first_name", "LastName", "contact_info",
                     "Họ tên", "HỌ VÀ TÊN", "Người phản ánh", nfd, "Điện thoại", "SĐT", "sđt", "phoneNumber"]


def test_vietnamese_personal_headers_are_dropped_on_export(tmp_path):
    table = pd.DataFrame({"Mã": ["A", "B"], "Họ tên": ["Nguyễn Văn A", "Lê B"], "SĐT": ["09", "08"],
                          "Nội dung": ["Rác", "Đèn"]})
    layer = VectorLayer(PointData(table, LON[:2], LAT[:2], crs="EPSG:4326"), name="vn")
    result = export_layer(layer, tmp_path / "vn.gpkg", scope="all")
    assert list(pyogrio.read_dataframe(tmp_path / "vn.gpkg").columns) == ["Mã", "Nội dung", "geometry"]
    assert result.dropped_columns == ["Họ tên", "SĐT"]


# -- CRS ------------------------------------------------------------------------------------------------------
def test_reprojects_to_the_chosen_crs(tmp_path):
    result = export_layer(point_layer(), tmp_path / "vn2000.gpkg", scope="all", crs="EPSG:9214")
    back = pyogrio.read_dataframe(tmp_path / "vn2000.gpkg")
    assert back.crs.to_epsg() == 9214 and result.crs == "EPSG:9214"
    ex, ey = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True).transform(LON, LAT)
    assert np.allclose(back.geometry.x, ex, atol=1e-6) and np.allclose(back.geometry.y, ey, atol=1e-6)
    assert 500_000 < ex[0] < 600_000 and 1_800_000 < ey[0] < 1_850_000  # really metres of VN-2000 at Huế
    assert any("reprojected" in n for n in result.notes)


def test_unknown_crs_is_refused(tmp_path):
    with pytest.raises(ExportError, match="EPSG:999999"):
        export_layer(point_layer(), tmp_path / "x.gpkg", scope="all", crs="EPSG:999999")
    assert list(tmp_path.iterdir()) == []


# -- a million points ---------------------------------------------------------------------------------------------
def test_ten_selected_of_a_million_points_build_ten_geometries(tmp_path, monkeypatch):
    n = 1_000_000
    rng = np.random.default_rng(1)
    table = pd.DataFrame({"id": np.arange(n), "reporter_phone": np.full(n, "0901")})
    layer = VectorLayer(PointData(table, 107.5 + rng.random(n) * 0.1, 16.4 + rng.random(n) * 0.1,
                                  crs="EPSG:4326"), name="big")
    layer.selection = np.arange(0, n, n // 10)
    built = []
    real_points = shapely.points

    def counting_points(x, *args, **kwargs):
        built.append(np.size(x))
        return real_points(x, *args, **kwargs)

    monkeypatch.setattr(shapely, "points", counting_points)
    t0 = time.perf_counter()
    result = export_layer(layer, tmp_path / "ten.gpkg", scope="selection")
    elapsed = time.perf_counter() - t0
    assert result.rows == 10
    assert built == [10]
    assert not layer.geometries_built
    assert elapsed < 2.0, elapsed
    assert pyogrio.read_dataframe(tmp_path / "ten.gpkg")["id"].tolist() == list(range(0, n, n // 10))


# -- failures ---------------------------------------------------------------------------------------------------
def test_unknown_suffix_writes_nothing(tmp_path):
    with pytest.raises(WriteError, match="extension '.kml'"):
        export_layer(point_layer(), tmp_path / "out.kml", scope="all")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_writes_nothing(tmp_path, monkeypatch):
    """A read-only share: the folder refuses new files (simulated, since the tests may run as root, whom
    permissions do not stop)."""
    import errno
    import tempfile

    folder = tmp_path / "ro"
    folder.mkdir()

    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(WriteError, match="permission denied") as info:
        export_layer(point_layer(), folder / "out.gpkg", scope="all")
    assert str(folder / "out.gpkg") in str(info.value)
    assert list(folder.iterdir()) == []


def test_folder_that_cannot_be_made_writes_nothing(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(WriteError) as info:
        export_layer(point_layer(), blocker / "out.gpkg", scope="all")
    assert str(blocker / "out.gpkg") in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]


def test_failed_write_leaves_the_previous_file(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous")
    mixed = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.Point(0, 0), shapely.box(0, 0, 1, 1)], crs="EPSG:4326")
    with pytest.raises(WriteError, match="one kind of geometry"):
        export_layer(VectorLayer(mixed, name="mixed"), tmp_path / "out.shp", scope="all")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
    assert path.read_bytes() == b"previous"


def test_cancel_before_writing_writes_nothing(tmp_path):
    with pytest.raises(ExportCancelled):
        export_layer(point_layer(), tmp_path / "out.gpkg", scope="all", cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(tmp_path):
    seen = []
    export_layer(point_layer(), tmp_path / "out.fgb", scope="all", progress=lambda f, m: seen.append(f))
    assert seen[0] < seen[-1] == 1.0 and seen == sorted(seen)


def test_export_package_imports_no_qt():
    code = ("import sys\nimport gisdesk.export, gisdesk.export.data\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
