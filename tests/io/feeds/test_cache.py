"""The feed cache: a GeoPackage point layer + metadata that round-trips a normalised frame exactly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io.feeds import cache as cache_mod
from gisdesk.io.feeds.cache import read_cache, write_cache
from gisdesk.io.feeds.open311 import normalise_requests
from gisdesk.io.writers import WriteError
from gisdesk.layers.schema import REQUEST_FIELDS

ROWS = [
    {"service_request_id": "HUE-1", "status": "Đang xử lý", "description": "Cây đổ trên đường Lê Lợi",
     "requested_datetime": "2024-10-28T08:15:00+07:00", "updated_datetime": "2024-10-28T09:00:00Z",
     "lat": 16.4637, "long": 107.5909, "kenh_tiep_nhan": "Hue-S"},
    {"service_request_id": "HUE-2", "status": "closed", "description": "Ngập sâu 40 cm, phường Phú Hội",
     "requested_datetime": "2024-10-29T23:59:59.123+07:00", "updated_datetime": "2024-10-30T10:00:00+07:00"},
    {"service_request_id": "HUE-3", "status": "open", "description": "<b>not markup</b> & \"quotes\"",
     "requested_datetime": "2024-10-30T01:00:00-05:00", "lat": 16.47, "long": 107.6},
]


@pytest.fixture
def frame():
    return normalise_requests(ROWS)


def test_round_trip(frame, tmp_path):
    path = tmp_path / "feeds" / "hue.gpkg"
    synced = pd.Timestamp("2024-10-31T12:00:00+07:00")
    meta = {"endpoint": "https://open311.hue.gov.vn/v2/", "jurisdiction_id": "hue", "last_sync": synced,
            "newest_updated": frame["updated_datetime"].max(), "requests": 3, "truncated_windows": []}
    assert write_cache(frame, path, meta=meta) == path
    back, got_meta = read_cache(path)
    pd.testing.assert_frame_equal(back, frame)
    assert list(back.columns) == [*REQUEST_FIELDS, "kenh_tiep_nhan"]
    assert str(back["requested_datetime"].dtype) == "datetime64[ms, UTC]"
    assert back.loc[1, "requested_datetime"] == pd.Timestamp("2024-10-29T16:59:59.123Z")
    assert back.loc[2, "description"] == '<b>not markup</b> & "quotes"'
    assert got_meta["endpoint"] == meta["endpoint"] and got_meta["jurisdiction_id"] == "hue"
    assert pd.Timestamp(got_meta["last_sync"]) == synced
    assert pd.Timestamp(got_meta["newest_updated"]) == pd.Timestamp("2024-10-30T03:00:00Z")
    assert got_meta["truncated_windows"] == [] and got_meta["requests"] == 3


def test_it_is_a_point_layer_in_wgs84_that_keeps_rows_without_location(frame, tmp_path):
    path = tmp_path / "hue.gpkg"
    write_cache(frame, path, meta={})
    info = pyogrio.read_info(path, layer="service_requests")
    assert info["geometry_type"] == "Point" and info["crs"] == "EPSG:4326" and info["features"] == 3
    gdf = pyogrio.read_dataframe(path, layer="service_requests")
    assert gdf.geometry.isna().tolist() == [False, True, False]
    assert gdf.geometry.iloc[0].x == pytest.approx(107.5909) and gdf.geometry.iloc[0].y == pytest.approx(16.4637)


def test_awkward_columns_round_trip(tmp_path):
    df = pd.DataFrame({
        "fid": ["a", "b"], "FID": ["c", None], "geom": ["g", "h"], "Lat": ["x", "y"], "lat": [16.4, np.nan],
        "long": [107.6, np.nan], "empty_text": pd.Series([None, None], dtype="str"),
        "empty_time": pd.Series([pd.NaT, pd.NaT], dtype="datetime64[ms, UTC]"),
        "count": pd.array([3, None], dtype="Int64"), "flag": pd.array([True, None], dtype="boolean"),
        "nested": [{"a": [1, 2]}, None],
    })
    path = tmp_path / "odd.gpkg"
    write_cache(df, path, meta={})
    back, _ = read_cache(path)
    assert list(back.columns) == list(df.columns)
    expected = df.assign(nested=pd.Series(['{"a": [1, 2]}', None], dtype="str"))
    pd.testing.assert_frame_equal(back, expected)


def test_empty_frame(tmp_path):
    empty = normalise_requests([])
    write_cache(empty, tmp_path / "e.gpkg", meta={"endpoint": "x"})
    back, meta = read_cache(tmp_path / "e.gpkg")
    pd.testing.assert_frame_equal(back, empty)
    assert meta == {"endpoint": "x"}


def test_naive_datetimes_are_refused(tmp_path):
    df = pd.DataFrame({"t": pd.to_datetime(["2024-01-01 10:00"])})
    with pytest.raises(ValueError, match="without a time zone"):
        write_cache(df, tmp_path / "n.gpkg", meta={})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["garbage", "half", "header_only", "empty"])
def test_damaged_files_raise_read_error(frame, tmp_path, damage):
    good = tmp_path / "good.gpkg"
    write_cache(frame, good, meta={"endpoint": "x"})
    data = good.read_bytes()
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes({"garbage": b"\x00\x01not a geopackage" * 100, "half": data[: len(data) // 2],
                     "header_only": data[:100], "empty": b""}[damage])
    with pytest.raises(ReadError) as info:
        read_cache(bad)
    assert str(bad) in str(info.value)
    assert "damaged or incomplete" in info.value.problem or "not a gisdesk feed cache" in info.value.problem
    assert "sqlite" not in info.value.problem.lower() and "DRIVER" not in info.value.problem  # plain words


def test_missing_and_foreign_files(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        read_cache(tmp_path / "nope.gpkg")
    other = tmp_path / "other.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"a": ["1"]}), other, layer="things", driver="GPKG")
    with pytest.raises(ReadError, match="not a gisdesk feed cache"):
        read_cache(other)


def test_a_failed_write_leaves_the_previous_copy(frame, tmp_path, monkeypatch):
    path = tmp_path / "hue.gpkg"
    write_cache(frame, path, meta={"endpoint": "x"})
    before = path.read_bytes()
    real = pyogrio.write_dataframe
    calls = []

    def fail_on_meta(df, target, **kw):
        calls.append(kw["layer"])
        if kw["layer"] == cache_mod.META_LAYER:
            raise pyogrio.errors.DataSourceError("No space left on device")
        return real(df, target, **kw)

    monkeypatch.setattr(cache_mod.pyogrio, "write_dataframe", fail_on_meta)
    with pytest.raises(WriteError, match="No space left on device.*previous copy"):
        write_cache(frame.iloc[:1], path, meta={"endpoint": "y"})
    assert calls == ["service_requests", cache_mod.META_LAYER]  # the first layer was written, to the temp file
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["hue.gpkg"]
