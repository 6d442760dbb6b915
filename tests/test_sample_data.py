"""The bundled Huế sample project in ``sample_data/``: the committed files, and the script that makes them.

The script is run (``--quick``, twice, into temp folders) to check that it works without
``/work/shared``, is deterministic, and makes the same layers and fields as the committed files.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import re
import sqlite3
import subprocess
import sys
import unicodedata
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
import shapely
from pyproj import CRS, Transformer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
SCRIPT = SAMPLE / "make_sample.py"

COMMITTED_FILES = [
    "hue_sample.gisdesk",
    "hue_admin.gpkg",
    "hue_base.gpkg",
    "elevation.tif",
    "flood_depth.tif",
    "service_requests.zip",
    "sensors.zip",
    "README.md",
    "make_sample.py",
    "legacy/tcvn3_wards/ranh_gioi_phuong.shp",
    "legacy/tcvn3_wards/ranh_gioi_phuong.shx",
    "legacy/tcvn3_wards/ranh_gioi_phuong.dbf",
    "legacy/tcvn3_wards/ranh_gioi_phuong.prj",
    "legacy/vni_roads/duong.shp",
    "legacy/vni_roads/duong.shx",
    "legacy/vni_roads/duong.dbf",
    "legacy/vni_roads/duong.prj",
    "legacy/no_prj_points/diem.shp",
    "legacy/no_prj_points/diem.shx",
    "legacy/no_prj_points/diem.dbf",
    "legacy/no_prj_points/diem.cpg",
]
GENERATED = [f for f in COMMITTED_FILES if f not in ("README.md", "make_sample.py")]
ZIPPED = {"service_requests.gpkg": "service_requests.zip", "sensors.gpkg": "sensors.zip"}


def dataset(folder: Path, name: str) -> str:
    """A path GDAL opens: the GeoPackage itself, or inside its zip for the two shipped zipped."""
    if name in ZIPPED:
        return f"/vsizip/{(folder / ZIPPED[name]).as_posix()}/{name}"
    return str(folder / name)
OPEN311_FIELDS = [
    "service_request_id", "service_code", "service_name", "status", "status_detail",
    "requested_datetime", "updated_datetime", "expected_datetime", "address", "description",
    "agency_responsible", "urgency", "ward_code", "ward_name", "source", "reporter_name", "reporter_phone",
]
PLUS7 = pd.Timedelta(hours=7)

# Known legacy byte strings, written out by hand (not produced by the codecs under test).
TCVN3_VY_DA = b"Ph\xad\xeang V\xfc D\xb9"  # "Phường Vỹ Dạ" in TCVN3 (ABC)
VNI_QL1A = b"Quo\xe1c lo\xe4 1A"  # "Quốc lộ 1A" in VNI-Windows
VNI_HUNG_VUONG = b"Hu\xf8ng V\xf6\xf4ng"  # "Hùng Vương" in VNI-Windows


# ------------------------------------------------------------------------------------------------
# fixtures
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def make_sample():
    """The script as a module (for its constants); importing it writes nothing."""
    spec = importlib.util.spec_from_file_location("make_sample_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def _run_quick(out: Path) -> None:
    # -W error: the script itself must run without warnings
    proc = subprocess.run(
        [sys.executable, "-W", "error", str(SCRIPT), "--quick", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, f"make_sample.py --quick failed:\n{proc.stdout}\n{proc.stderr}"


@pytest.fixture(scope="module")
def quick_builds(tmp_path_factory) -> tuple[Path, Path]:
    a = tmp_path_factory.mktemp("quick_a")
    b = tmp_path_factory.mktemp("quick_b")
    _run_quick(a)
    _run_quick(b)
    return a, b


@pytest.fixture(scope="module")
def wards() -> gpd.GeoDataFrame:
    return gpd.read_file(SAMPLE / "hue_admin.gpkg", layer="wards")


@pytest.fixture(scope="module")
def outline() -> gpd.GeoDataFrame:
    return gpd.read_file(SAMPLE / "hue_admin.gpkg", layer="city_outline")


@pytest.fixture(scope="module")
def project():
    """The sample project, opened as gisdesk opens it (read only by the tests)."""
    from gisdesk.core.project import Project

    return Project.load(SAMPLE / "hue_sample.gisdesk")


@pytest.fixture(scope="module")
def facilities() -> gpd.GeoDataFrame:
    return gpd.read_file(SAMPLE / "hue_base.gpkg", layer="facilities")


@pytest.fixture(scope="module")
def requests_df() -> gpd.GeoDataFrame:
    # GDAL reads "2025-01-01T08:15:00+07:00" correctly, but warns because the GeoPackage standard
    # asks for UTC ("...Z"). The sample keeps the +07:00 offset on purpose (see sample_data/README.md).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Non-conformant content for record", category=RuntimeWarning)
        return pyogrio.read_dataframe(dataset(SAMPLE, "service_requests.gpkg"), layer="requests")


@pytest.fixture(scope="module")
def readings() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Non-conformant content for record", category=RuntimeWarning)
        return pyogrio.read_dataframe(dataset(SAMPLE, "sensors.gpkg"), layer="readings")


def _sha256_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _is_nfc(values) -> bool:
    return all(unicodedata.is_normalized("NFC", v) for v in values if isinstance(v, str))


# ------------------------------------------------------------------------------------------------
# the files and the script
# ------------------------------------------------------------------------------------------------
def test_committed_files_exist_and_fit_the_size_budget():
    missing = [f for f in COMMITTED_FILES if not (SAMPLE / f).is_file()]
    assert not missing, f"missing from sample_data/: {missing}"
    total = sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 15_000_000, f"sample_data/ holds {total / 1e6:.1f} MB, over the ~15 MB budget"
    assert (SAMPLE / "elevation.tif").stat().st_size <= 4_000_000


def test_script_runs_without_shared_data_and_is_deterministic(quick_builds):
    a, b = quick_builds
    hashes_a, hashes_b = _sha256_tree(a), _sha256_tree(b)
    assert sorted(hashes_a) == sorted(GENERATED)
    differing = [name for name in hashes_a if hashes_a[name] != hashes_b[name]]
    assert not differing, f"two runs of make_sample.py differ in {differing}"
    text = SCRIPT.read_text(encoding="utf-8")
    assert "/work/shared" not in text and "shared/data" not in text  # it embeds what it needs


def test_quick_build_has_the_committed_layers_and_fields(quick_builds):
    quick, _ = quick_builds
    for name in ("hue_admin.gpkg", "hue_base.gpkg", "service_requests.gpkg", "sensors.gpkg"):
        committed_layers = pyogrio.list_layers(dataset(SAMPLE, name)).tolist()
        assert pyogrio.list_layers(dataset(quick, name)).tolist() == committed_layers, name
        for layer, _geom in committed_layers:
            ref = pyogrio.read_info(dataset(SAMPLE, name), layer=layer)
            new = pyogrio.read_info(dataset(quick, name), layer=layer)
            for key in ("fields", "dtypes", "geometry_type", "crs"):
                assert list(np.atleast_1d(new[key])) == list(np.atleast_1d(ref[key])), (name, layer, key)
    # the wards do not depend on the size settings: the quick build makes the very same layer
    ref = gpd.read_file(SAMPLE / "hue_admin.gpkg", layer="wards")
    new = gpd.read_file(quick / "hue_admin.gpkg", layer="wards")
    pd.testing.assert_frame_equal(ref.drop(columns="geometry"), new.drop(columns="geometry"))
    assert ref.geometry.geom_equals_exact(new.geometry, tolerance=0.001).all()
    # nor do the facilities (their own random stream, placed from the wards only)
    ref = gpd.read_file(SAMPLE / "hue_base.gpkg", layer="facilities")
    new = gpd.read_file(quick / "hue_base.gpkg", layer="facilities")
    pd.testing.assert_frame_equal(ref.drop(columns="geometry"), new.drop(columns="geometry"))
    assert ref.geometry.geom_equals_exact(new.geometry, tolerance=0.001).all()


def test_readme_explains_real_synthetic_and_regeneration():
    text = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for needle in ("python sample_data/make_sample.py", "What is real", "synthetic", "EPSG:9214", "Voronoi"):
        assert needle in text


# ------------------------------------------------------------------------------------------------
# wards
# ------------------------------------------------------------------------------------------------
def test_wards_are_the_40_units_of_2025(wards, make_sample):
    assert len(wards) == 40
    assert wards.crs.to_epsg() == 9214
    assert _is_nfc(wards["name"]) and _is_nfc(wards["type"])
    assert wards["code"].map(lambda c: isinstance(c, str) and re.fullmatch(r"\d{5}", c) is not None).all()
    assert wards["code"].is_unique
    assert set(wards["type"]) == {"phường", "xã"}
    assert (wards["version"] == "2025-07-01").all()
    assert wards["name"].str.match(r"^(Phường|Xã) ").all()
    row = wards.set_index("code").loc["19777"]
    assert row["name"] == "Phường Vỹ Dạ" and row["type"] == "phường" and row["population"] == 49684
    # population is unknown for one ward and must stay null, not 0
    assert wards.loc[wards["population"].isna(), "name"].tolist() == ["Phường Thủy Xuân"]
    assert len(make_sample.WARDS) == 40


def test_ward_polygons_tile_the_outline(wards, outline):
    assert wards.is_valid.all() and (wards.geom_type == "MultiPolygon").all()
    assert outline.crs.to_epsg() == 9214 and len(outline) == 1
    city = outline.geometry.iloc[0]
    total = wards.area.sum()
    union = shapely.union_all(wards.geometry.values)
    assert total == pytest.approx(city.area, rel=1e-6)
    assert union.area == pytest.approx(total, rel=1e-6)  # no overlaps
    assert union.symmetric_difference(city).area < 1e-6 * city.area  # no gaps, nothing outside
    overlaps = sum(a.intersection(b).area for a, b in itertools.combinations(wards.geometry, 2))
    assert overlaps < 1.0  # m²
    # a real-world sanity check: the Citadel (Kinh thành) is in Phường Phú Xuân
    x, y = Transformer.from_crs(4326, 9214, always_xy=True).transform(107.575, 16.472)
    phu_xuan = wards.set_index("code").geometry.loc["19753"]
    assert phu_xuan.contains(shapely.Point(x, y))
    # roughly the size of Huế (official 4,947 km²)
    assert 4_500 < city.area / 1e6 < 5_500


# ------------------------------------------------------------------------------------------------
# service requests
# ------------------------------------------------------------------------------------------------
def test_requests_have_open311_fields_and_sane_values(requests_df, make_sample):
    df = requests_df
    assert len(df) == make_sample.COMMITTED.requests
    assert [c for c in OPEN311_FIELDS if c not in df.columns] == []
    assert df.crs.to_epsg() == 4326
    assert df["service_request_id"].is_unique
    assert df["service_request_id"].str.fullmatch(r"HUE-20(24|25|26)-\d{6}").all()
    assert set(df["status"]) == {"open", "closed"}
    assert 0.02 < (df["status"] == "open").mean() < 0.08
    closed_detail = set(df.loc[df["status"] == "closed", "status_detail"])
    assert closed_detail == {"Đã xử lý", "Từ chối"}
    assert set(df["urgency"]) == {"normal", "urgent"}
    assert set(df["source"]) == {"Hue-S", "Hotline 1022", "Zalo"}
    assert df["reporter_phone"].dropna().str.fullmatch(r"09\d{8}").all()
    for col in ("service_name", "status_detail", "address", "description", "agency_responsible", "ward_name",
                "reporter_name"):
        assert _is_nfc(df[col]), col
    # text that exercises HTML escaping later
    desc = df["description"]
    assert desc.str.contains("<").any() and desc.str.contains("&").any() and desc.str.contains('"').any()


def test_request_datetimes_are_aware_plus_seven(requests_df, tmp_path):
    df = requests_df
    start = pd.Timestamp("2024-11-01T00:00:00+07:00")
    end = pd.Timestamp("2026-10-31T23:59:59+07:00")
    for col in ("requested_datetime", "updated_datetime", "expected_datetime"):
        s = df[col]
        assert isinstance(s.dtype, pd.DatetimeTZDtype), col
        assert s.notna().all(), col
        assert (s.map(lambda t: t.utcoffset()) == PLUS7).all(), col
    assert df["requested_datetime"].between(start, end).all()
    assert (df["expected_datetime"] >= df["requested_datetime"]).all()
    assert (df["updated_datetime"] >= df["requested_datetime"]).all()
    # the offset is kept in the file itself
    with zipfile.ZipFile(SAMPLE / "service_requests.zip") as zf:
        zf.extract("service_requests.gpkg", tmp_path)
    con = sqlite3.connect(f"file:{tmp_path / 'service_requests.gpkg'}?mode=ro", uri=True)
    try:
        raw = con.execute("SELECT requested_datetime FROM requests LIMIT 1").fetchone()[0]
    finally:
        con.close()
    assert raw.endswith("+07:00")
    assert df["requested_datetime"].iloc[0] == pd.Timestamp(raw)
    # flood season: most "Ngập úng" requests come in October and November
    ngap = df.loc[df["service_code"] == "NGAP", "requested_datetime"]
    assert ngap.dt.month.isin([10, 11]).mean() > 0.5
    # some open requests are overdue
    open_ = df["status"] == "open"
    assert (open_ & (df["expected_datetime"] < end)).sum() > 0


def test_request_points_lie_in_their_ward(requests_df, wards):
    df = requests_df
    x, y = Transformer.from_crs(4326, 9214, always_xy=True).transform(df.geometry.x.to_numpy(), df.geometry.y.to_numpy())
    by_code = wards.set_index("code")
    assert set(df["ward_code"]) <= set(by_code.index)
    for code, idx in df.groupby("ward_code").indices.items():
        inside = shapely.contains_xy(by_code.geometry.loc[code], x[idx], y[idx])
        assert inside.all(), f"{(~inside).sum()} requests of ward {code} lie outside it"
        assert (df["ward_name"].iloc[idx] == by_code.loc[code, "name"]).all()
    # denser in the city centre than in the rural communes
    per_ward = df["ward_code"].value_counts()
    assert per_ward.get("19753", 0) > 10 * per_ward.get("20101", 0)


# ------------------------------------------------------------------------------------------------
# public facilities
# ------------------------------------------------------------------------------------------------
FACILITY_KINDS = {"school": "Trường học", "market": "Chợ", "health": "Trạm y tế", "police": "Công an",
                  "fire": "Phòng cháy chữa cháy"}
ID_PREFIX = {"school": "SCH", "market": "MKT", "health": "HEA", "police": "POL", "fire": "FIR"}


def test_facilities_layer_fields_and_kinds(facilities):
    f = facilities
    assert "facilities" in pyogrio.list_layers(SAMPLE / "hue_base.gpkg")[:, 0]
    assert f.crs.to_epsg() == 9214
    assert list(f.columns) == ["facility_id", "kind", "name", "kind_vi", "ward_code", "address", "geometry"]
    assert (f.geom_type == "Point").all() and f.geometry.notna().all()
    assert 200 <= len(f) <= 600  # a few hundred
    assert f["facility_id"].is_unique and f["name"].is_unique
    prefix = f["facility_id"].str.extract(r"^([A-Z]{3})-\d{3}$")[0]
    assert (prefix == f["kind"].map(ID_PREFIX)).all()
    assert set(f["kind"]) == set(FACILITY_KINDS)
    assert (f["kind_vi"] == f["kind"].map(FACILITY_KINDS)).all()
    for col in ("name", "kind_vi", "address"):
        assert f[col].notna().all() and _is_nfc(f[col]), col
    schools = f.loc[f["kind"] == "school", "name"]
    for level in ("Tiểu học", "THCS", "THPT"):
        assert schools.str.startswith(f"Trường {level} ").sum() > 10, level
    assert schools.str.match(r"^Trường (Tiểu học|THCS|THPT) ").all()
    assert f.loc[f["kind"] == "market", "name"].str.startswith("Chợ ").all()


def test_facilities_lie_in_their_ward(facilities, wards, outline):
    f = facilities
    x, y = f.geometry.x.to_numpy(), f.geometry.y.to_numpy()
    # the ward each point lies in, found independently of ward_code
    containing = np.full(len(f), -1)
    for i, geom in enumerate(wards.geometry):
        inside = shapely.contains_xy(geom, x, y)
        assert not np.any(inside & (containing >= 0)), "a point in two wards"
        containing[inside] = i
    assert (containing >= 0).all(), "a facility lies in no ward"
    assert (f["ward_code"].to_numpy() == wards["code"].to_numpy()[containing]).all()
    assert shapely.contains_xy(outline.geometry.iloc[0], x, y).all()
    water = gpd.read_file(SAMPLE / "hue_base.gpkg", layer="river").union_all()
    assert shapely.distance(water, f.geometry.values).min() > 100  # on land, off the river and the lagoon
    # every ward: one health station and one police station, at least one school and one market
    per_ward = f.groupby(["ward_code", "kind"]).size().unstack(fill_value=0)
    assert set(per_ward.index) == set(wards["code"])
    assert (per_ward["health"] == 1).all() and (per_ward["police"] == 1).all()
    assert (per_ward["school"] >= 1).all() and (per_ward["market"] >= 1).all()
    # the health stations are named after their ward
    names = wards.set_index("code")["name"]
    health = f[f["kind"] == "health"]
    expected = [f"Trạm y tế {names[c][0].lower()}{names[c][1:]}" for c in health["ward_code"]]
    assert health["name"].tolist() == expected
    # the address names the facility's ward
    lowered = f["ward_code"].map(lambda c: names[c][0].lower() + names[c][1:])
    assert all(addr.endswith(", " + ward) for addr, ward in zip(f["address"], lowered, strict=True))
    # more schools where more people live
    schools = per_ward["school"]
    assert schools["19753"] > 5 * schools["19918"]  # Phú Xuân (130,000 people) vs Phú Hồ (2,355)


def test_real_markets_are_in_their_ward(facilities):
    markets = facilities[facilities["kind"] == "market"].set_index("name")
    expected = {"Chợ Đông Ba": "19753", "Chợ Tây Lộc": "19753", "Chợ Bến Ngự": "19789", "Chợ An Cựu": "19815",
                "Chợ Kim Long": "19774", "Chợ Vỹ Dạ": "19777", "Chợ Thuận An": "19900", "Chợ Sịa": "19867"}
    assert {name: markets.loc[name, "ward_code"] for name in expected} == expected
    # Chợ Đông Ba stands where the real one does: by the Trường Tiền bridge, on Trần Hưng Đạo
    x, y = Transformer.from_crs(4326, 9214, always_xy=True).transform(107.5880, 16.4720)
    assert markets.loc["Chợ Đông Ba", "geometry"].distance(shapely.Point(x, y)) < 300
    assert "Trần Hưng Đạo" in markets.loc["Chợ Đông Ba", "address"]


def test_facilities_are_near_enough_to_the_requests_to_measure(facilities, requests_df):
    """The point of the layer: proximity questions have non-trivial answers (some requests near a facility,
    most not)."""
    x, y = Transformer.from_crs(4326, 9214, always_xy=True).transform(requests_df.geometry.x.to_numpy(),
                                                                      requests_df.geometry.y.to_numpy())
    tree = shapely.STRtree(facilities.geometry.values)
    _, dist = tree.query_nearest(shapely.points(x, y), return_distance=True, all_matches=False)
    assert len(dist) == len(requests_df)
    assert 0.15 < (dist <= 300).mean() < 0.6
    assert 200 < np.median(dist) < 1500


# ------------------------------------------------------------------------------------------------
# sensors
# ------------------------------------------------------------------------------------------------
def test_stations(wards):
    st = gpd.read_file(dataset(SAMPLE, "sensors.gpkg"), layer="stations")
    assert len(st) == 60 and st["station_id"].is_unique
    assert st.crs.to_epsg() == 4326
    assert st["kind"].value_counts().to_dict() == {"air_quality": 30, "water_level": 16, "rainfall": 14}
    assert set(st["ward_code"]) <= set(wards["code"])
    assert _is_nfc(st["name"])
    assert st["installed"].notna().all()


def test_readings_are_hourly_and_plausible(readings):
    r = readings
    assert list(r.columns) == ["station_id", "parameter", "observed_at", "value", "unit"]
    assert set(r["parameter"]) == {"PM2.5", "PM10", "water_level", "rainfall"}
    assert isinstance(r["observed_at"].dtype, pd.DatetimeTZDtype)
    assert (r["observed_at"].map(lambda t: t.utcoffset()) == PLUS7).all()
    assert (r["observed_at"].dt.minute == 0).all() and (r["observed_at"].dt.second == 0).all()
    assert r.groupby("parameter")["unit"].agg(set).map(len).eq(1).all()
    assert r.loc[r["parameter"] == "PM2.5", "unit"].iloc[0] == "µg/m³"
    assert r["station_id"].nunique() == 60
    steps = r.groupby(["station_id", "parameter"])["observed_at"].diff().dropna()
    assert (steps >= pd.Timedelta(hours=1)).all()
    assert (steps % pd.Timedelta(hours=1) == pd.Timedelta(0)).all()
    assert (steps == pd.Timedelta(hours=1)).mean() > 0.99
    pm = r[r["parameter"] == "PM2.5"]
    assert pm["value"].between(0, 500).all()
    daily = pm.groupby(["station_id", pm["observed_at"].dt.date])["value"].mean()
    assert 0 < (daily > 50).mean() < 0.2  # some exceedances of the QCVN 05:2023 24-h limit
    kim_long = r[(r["station_id"] == "WL01")]["value"]
    assert 2.5 < kim_long.max() < 6.5 and kim_long.min() < 1.5  # floods lift the river by metres
    assert (r.loc[r["parameter"] == "rainfall", "value"] >= 0).all()


# ------------------------------------------------------------------------------------------------
# rasters
# ------------------------------------------------------------------------------------------------
def test_rasters():
    with rasterio.open(SAMPLE / "elevation.tif") as ds:
        assert ds.crs.to_epsg() == 9214
        assert ds.dtypes[0] == "int16" and ds.nodata == -32768
        assert ds.profile["tiled"] and ds.block_shapes[0] == (256, 256)
        assert ds.compression.name.lower() == "lzw"
        assert len(ds.overviews(1)) >= 3
        assert 30 <= ds.res[0] <= 100
        z = ds.read(1, masked=True, out_shape=(ds.height // 4, ds.width // 4))
    assert z.min() <= 0 and 1200 < z.max() < 2000
    with rasterio.open(SAMPLE / "flood_depth.tif") as ds:
        assert ds.crs.to_epsg() == 9214 and ds.dtypes[0] == "float32" and ds.nodata == -9999
        assert ds.overviews(1)
        d = ds.read(1, masked=True)
    assert d.min() >= 0 and d.max() > 1.0


# ------------------------------------------------------------------------------------------------
# legacy files for the import doctors
# ------------------------------------------------------------------------------------------------
def test_tcvn3_wards_dbf_holds_tcvn3_bytes(wards):
    folder = SAMPLE / "legacy" / "tcvn3_wards"
    assert not (folder / "ranh_gioi_phuong.cpg").exists()
    assert CRS.from_wkt((folder / "ranh_gioi_phuong.prj").read_text()).to_epsg() == 9214
    raw = (folder / "ranh_gioi_phuong.dbf").read_bytes()
    assert raw[29] == 0  # no language driver id either: nothing declares the encoding
    assert TCVN3_VY_DA in raw
    assert "Phường Vỹ Dạ".encode() not in raw
    import gisdesk.io.encoding  # noqa: F401  (the "tcvn3" codec)

    df = pyogrio.read_dataframe(folder / "ranh_gioi_phuong.shp", encoding="latin1")
    names = [v.encode("latin1").decode("tcvn3") for v in df["TEN"]]
    assert names == wards["name"].tolist()
    assert len(df) == 40


def test_vni_roads_dbf_holds_vni_bytes():
    folder = SAMPLE / "legacy" / "vni_roads"
    assert not (folder / "duong.cpg").exists()
    assert CRS.from_wkt((folder / "duong.prj").read_text()).to_epsg() == 9214
    raw = (folder / "duong.dbf").read_bytes()
    assert VNI_QL1A in raw and VNI_HUNG_VUONG in raw
    assert "Quốc lộ 1A".encode() not in raw


def test_no_prj_points():
    folder = SAMPLE / "legacy" / "no_prj_points"
    assert not (folder / "diem.prj").exists()
    assert (folder / "diem.cpg").read_text().strip() == "UTF-8"
    df = pyogrio.read_dataframe(folder / "diem.shp")
    assert df.crs is None
    assert "Đại Nội" in set(df["TEN"])
    assert df.geometry.x.between(500_000, 640_000).all() and df.geometry.y.between(1_760_000, 1_860_000).all()


# ------------------------------------------------------------------------------------------------
# the project file
# ------------------------------------------------------------------------------------------------
def test_project_file_lists_existing_sources():
    path = SAMPLE / "hue_sample.gisdesk"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "gisdesk-project" and data["version"] == 1
    assert data["crs"] == "EPSG:9214" and data["name"] == "Huế — dự án mẫu"
    order = [(layer["source"], layer.get("source_layer")) for layer in data["layers"]]
    assert order == [
        ("elevation.tif", None),
        ("hue_base.gpkg", "landuse"),
        ("hue_admin.gpkg", "wards"),
        ("hue_base.gpkg", "river"),
        ("hue_base.gpkg", "roads"),
        ("hue_base.gpkg", "facilities"),
        ("service_requests.zip!service_requests.gpkg", "requests"),
        ("sensors.zip!sensors.gpkg", None),
    ]
    for layer in data["layers"]:
        assert "\\" not in layer["source"] and not Path(layer["source"]).is_absolute()
        file_part, _, member = layer["source"].partition("!")
        source = path.parent / file_part
        assert source.is_file(), layer["source"]
        if member:
            source = dataset(path.parent, member)
        assert 0 <= layer["opacity"] <= 1 and layer["visible"] is True
        if layer["type"] == "vector":
            assert layer["source_layer"] in pyogrio.list_layers(source)[:, 0]
            style = layer["style"]
            symbols = [style] if style["kind"] == "single" else [c["symbol"] for c in style["categories"]]
            assert style["kind"] == ("categorized" if layer["source_layer"] == "facilities" else "single")
            for symbol in symbols:
                for key in ("fill", "stroke"):
                    assert len(symbol[key]) == 4 and all(isinstance(v, int) and 0 <= v <= 255 for v in symbol[key])
        elif layer["type"] == "service_requests":  # styled by state by default, columns mapped on load
            assert layer["source_layer"] in pyogrio.list_layers(source)[:, 0]
            assert "style" not in layer and layer["deadlines"] == {}
        elif layer["type"] == "sensors":  # stations + readings, styled by level against QCVN by default
            assert {"stations", "readings"} <= set(pyogrio.list_layers(source)[:, 0])
            assert "style" not in layer and layer["parameter"] == "pm25"
        else:
            assert layer["type"] == "raster" and layer["style"] == {"kind": "raster", "ramp": "terrain"}


def test_project_shows_the_facilities_by_kind(project, facilities):
    """"Cơ sở công cộng": above the roads, below the requests, visible, a colour and a marker shape per kind."""
    from gisdesk.styles.renderers import CategorizedRenderer, renderer_from_dict
    from gisdesk.styles.single import MARKER_SHAPES

    assert not project.load_problems
    names = [lyr.name for lyr in project.layers]
    assert names.index("Đường chính") < names.index("Cơ sở công cộng") < names.index("Phản ánh của người dân")
    lyr = project.layers[names.index("Cơ sở công cộng")]
    assert lyr.visible and lyr.crs == "EPSG:9214"
    renderer = renderer_from_dict(lyr.style)
    assert isinstance(renderer, CategorizedRenderer) and renderer.column == "kind" and renderer.other is None
    assert {c.value: c.label for c in renderer.categories} == FACILITY_KINDS
    symbols = [c.symbol for c in renderer.categories]
    assert len({s.fill for s in symbols}) == len(symbols)  # distinct colours
    assert len({s.shape for s in symbols}) == len(symbols) and {s.shape for s in symbols} <= set(MARKER_SHAPES)
    index, _ = renderer.classify(facilities)
    assert (index >= 0).all()  # every facility is drawn
    assert np.bincount(index).tolist() == [int((facilities["kind"] == c.value).sum()) for c in renderer.categories]


def test_project_opens_the_sensors_as_a_sensor_layer_with_readings(project):
    """The sample's sensors are a first-class SensorLayer: stations with their hourly readings, the latest
    PM2.5 of each air-quality sensor against the QCVN 05:2023 limit (45 µg/m³ from 2026), a reading chart per
    station, exceedance counts; the rain and river gauges show "no data" for PM2.5."""
    from gisdesk.layers.sensors import SensorLayer, default_style

    assert not project.load_problems
    lyr = project.layers[-1]
    assert isinstance(lyr, SensorLayer) and lyr.name == "Trạm quan trắc"
    assert lyr.source.endswith("sensors.zip!sensors.gpkg") and lyr.style == default_style()
    assert lyr.parameter == "pm25" and lyr.unit == "µg/m³"
    assert set(lyr.parameters) == {"pm25", "pm10", "water_level", "rainfall"}
    a = lyr.attributes.set_index("station_id")
    assert len(a) == 60 and lyr.crs == "EPSG:4326" and np.isfinite(lyr.points.x).all()
    air = a["kind"] == "air_quality"
    assert (a.loc[air, "latest_time"] == pd.Timestamp("2026-10-31T23:00+07:00")).all()
    assert (a.loc[air, "limit"] == 45.0).all()
    assert set(a.loc[air, "level"]) <= {"good", "moderate", "over"} and (a.loc[~air, "level"] == "no data").all()
    assert a.loc[air, "exceedances"].sum() > 0  # some local days over the 24-hour limit
    # the readings behind a station, as the chart shows them: hourly, the same as in the file
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Non-conformant content for record", category=RuntimeWarning)
        raw = pyogrio.read_dataframe(dataset(SAMPLE, "sensors.gpkg"), layer="readings",
                                     where="station_id = 'AQ01' AND parameter = 'PM2.5'")
    chart = lyr.readings_for("AQ01")
    assert len(chart) == len(raw) > 2000
    assert chart["value"].tolist() == raw.sort_values("observed_at")["value"].tolist()
    assert (chart["datetime"] == raw.sort_values("observed_at")["observed_at"].dt.tz_convert("UTC")).all()
    assert a.loc["AQ01", "latest_value"] == chart["value"].iloc[-1]
