"""Publishing layers to the real server: types, Vietnamese names, NULL geometries, +07:00 times, index and
key, and all-or-nothing: a bad value, a missing schema or a cancel leave the database as it was."""

from __future__ import annotations

import datetime as dt
import unicodedata

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.db import catalog, publish, source
from gisdesk.db.errors import DatabaseError, Kind


def _layer(n=5, crs="EPSG:4326"):
    rng = np.random.default_rng(1)
    names = ["Phú Hội", unicodedata.normalize("NFD", "Vĩnh Ninh"), "Thuận Hòa", None, "Xuân Phú"]
    return gpd.GeoDataFrame({
        "Tên phường": [names[i % 5] for i in range(n)],
        "so_luong": np.arange(n, dtype=np.int64),
        "ty_le": rng.random(n),
        "da_xu_ly": [bool(i % 2) for i in range(n)],
        "thoi_gian": pd.to_datetime([f"2025-07-{1 + i % 28:02d}T08:30:00+07:00" for i in range(n)], format="ISO8601"),
        "ngay": [dt.date(2025, 7, 1 + i % 28) for i in range(n)],
        "Số ĐT": pd.array([None if i % 3 == 0 else i for i in range(n)], dtype="Int64"),
    }, geometry=[None if i == 3 else shapely.Point(107.58 + i * 1e-3, 16.46) for i in range(n)], crs=crs)


def _exists(pg, schema, table):
    return pg.execute("SELECT to_regclass(format('%%I.%%I', %s::text, %s::text)) IS NOT NULL",
                      [schema, table]).fetchone()[0]


def test_publish_round_trip(pg, schema):
    gdf = _layer()
    res = publish.publish_layer(pg, gdf, schema, "phản_ánh")
    assert (res.rows, res.srid, res.geometry_type, res.primary_key, res.geometry_column) == (5, 4326, "POINT", "gid",
                                                                                               "geom")
    assert res.columns == {"Tên phường": "text", "so_luong": "bigint", "ty_le": "double precision",
                           "da_xu_ly": "boolean", "thoi_gian": "timestamptz", "ngay": "date", "Số ĐT": "bigint"}
    info = catalog.geometry_table(pg, schema, "phản_ánh")
    assert (info.geometry_type, info.srid, info.has_spatial_index, info.primary_key) == ("POINT", 4326, True, "gid")
    assert info.rows == 5  # analysed
    back = source.read_table(pg, schema, "phản_ánh").sort_values("gid").reset_index(drop=True)
    assert list(back["gid"]) == [1, 2, 3, 4, 5]
    assert list(back["Tên phường"].fillna("-")) == ["Phú Hội", "Vĩnh Ninh", "Thuận Hòa", "-", "Xuân Phú"]  # NFC
    assert unicodedata.is_normalized("NFC", back["Tên phường"][1])
    assert back["thoi_gian"][0] == pd.Timestamp("2025-07-01T08:30:00+07:00")
    assert str(back["thoi_gian"].dtype).endswith("Asia/Ho_Chi_Minh]")
    assert back["ngay"][2] == dt.date(2025, 7, 3)
    assert list(back["Số ĐT"].isna()) == [True, False, False, True, False]
    assert back.geometry[3] is None and back.geometry[4].equals(gdf.geometry[4])
    np.testing.assert_allclose(back["ty_le"], gdf["ty_le"])
    assert list(back["da_xu_ly"]) == list(gdf["da_xu_ly"])


def test_if_exists_fail_and_append(pg, schema):
    publish.publish_layer(pg, _layer(3), schema, "t")
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, _layer(3), schema, "t")
    assert ei.value.kind == Kind.EXISTS and "already exists" in str(ei.value)
    res = publish.publish_layer(pg, _layer(4).to_crs(9214), schema, "t", if_exists="append")  # reprojected back
    assert res.rows == 4 and res.srid == 4326
    back = source.read_table(pg, schema, "t")
    assert len(back) == 7 and back["gid"].is_unique
    assert back.geometry.dropna().x.between(107.57, 107.59).all()
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, _layer(2).assign(extra=1), schema, "t", if_exists="append")
    assert ei.value.kind == Kind.BAD_INPUT and "extra" in str(ei.value)
    assert len(source.read_table(pg, schema, "t")) == 7


def test_replace_swaps_in_the_new_table(pg, schema):
    publish.publish_layer(pg, _layer(3), schema, "t")
    res = publish.publish_layer(pg, _layer(5).drop(columns=["ngay"]), schema, "t", if_exists="replace")
    assert res.rows == 5
    back = source.read_table(pg, schema, "t")
    assert len(back) == 5 and "ngay" not in back.columns
    tables = {t.table for t in catalog.list_geometry_tables(pg, schema)}
    assert tables == {"t"}  # no leftover temporary table
    idx = {r[0] for r in pg.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", [schema])}
    assert idx == {"t_pkey", "t_geom_gist"}
    # and again (the index names are free again)
    publish.publish_layer(pg, _layer(2), schema, "t", if_exists="replace")
    assert len(source.read_table(pg, schema, "t")) == 2


def _bad_last_row(n=6):
    gdf = _layer(n)
    gdf.loc[n - 1, "Tên phường"] = "Phú\x00Hội"  # PostgreSQL text cannot hold NUL: the server refuses the last row
    return gdf


def test_bad_value_leaves_nothing(pg, schema, monkeypatch):
    monkeypatch.setattr(publish, "BATCH", 2)  # the bad row is in the last of three COPY batches
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, _bad_last_row(), schema, "moi")
    assert ei.value.kind == Kind.BAD_INPUT and "0x00" in str(ei.value)
    assert not _exists(pg, schema, "moi")


def test_value_too_big_is_refused(pg, schema):
    gdf = _layer(3)
    gdf["so_luong"] = pd.Series([1, 2, 2 ** 70], dtype=object)
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, gdf, schema, "moi")
    assert ei.value.kind == Kind.BAD_INPUT and '"so_luong"' in str(ei.value) and "Nothing was written" in str(ei.value)
    assert not _exists(pg, schema, "moi")


def test_bad_value_on_replace_keeps_the_old_table(pg, schema):
    publish.publish_layer(pg, _layer(3), schema, "cu")
    with pytest.raises(DatabaseError):
        publish.publish_layer(pg, _bad_last_row(), schema, "cu", if_exists="replace")
    back = source.read_table(pg, schema, "cu")
    assert len(back) == 3
    assert {t.table for t in catalog.list_geometry_tables(pg, schema)} == {"cu"}
    with pytest.raises(DatabaseError):
        publish.publish_layer(pg, _bad_last_row(), schema, "cu", if_exists="append")
    assert len(source.read_table(pg, schema, "cu")) == 3


def test_missing_schema(pg):
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, _layer(2), "khong_co_schema", "t")
    assert ei.value.kind == Kind.NOT_FOUND and 'no schema "khong_co_schema"' in str(ei.value)


@pytest.mark.parametrize("if_exists", ["fail", "replace"])
def test_cancel_midway_rolls_back(pg, schema, monkeypatch, if_exists):
    if if_exists == "replace":
        publish.publish_layer(pg, _layer(3), schema, "t")
    monkeypatch.setattr(publish, "BATCH", 10)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) >= 3  # after 20 rows were sent

    seen = []
    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(pg, _layer(100), schema, "t", if_exists=if_exists, cancel=cancel,
                              progress=seen.append)
    assert ei.value.kind == Kind.CANCELLED and "left as it was" in str(ei.value)
    assert len(calls) == 3 and seen and max(seen) < 0.9
    if if_exists == "fail":
        assert not _exists(pg, schema, "t")
    else:
        assert len(source.read_table(pg, schema, "t")) == 3
    assert pg.execute("SELECT 1").fetchone() == (1,)  # the connection is fine afterwards


def test_lost_connection_while_publishing_leaves_nothing(pg_server, pg, su, schema, monkeypatch):
    from gisdesk.db import connections as dbc

    victim = dbc.connect(pg_server.connection(), pg_server.password)
    monkeypatch.setattr(publish, "BATCH", 10)

    def cancel():  # the "cancel" hook is where we pull the plug: the server ends the session mid-COPY
        su.execute("SELECT pg_terminate_backend(%s)", [victim.info.backend_pid])
        return False

    with pytest.raises(DatabaseError) as ei:
        publish.publish_layer(victim, _layer(100), schema, "t", cancel=cancel)
    assert ei.value.kind == Kind.LOST
    victim.close()
    assert not _exists(pg, schema, "t")


def test_geometry_types_and_srid(pg, schema):
    polys = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.box(0, 0, 1, 1),
                                                       shapely.MultiPolygon([shapely.box(2, 2, 3, 3)])],
                             crs="EPSG:9214")
    res = publish.publish_layer(pg, polys, schema, "vung")
    assert (res.geometry_type, res.srid) == ("MULTIPOLYGON", 9214)  # EPSG:9214 works without spatial_ref_sys
    back = source.read_table(pg, schema, "vung")
    assert (back.geom_type == "MultiPolygon").all() and back.crs.to_epsg() == 9214
    mixed = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.Point(0, 0), shapely.LineString([(0, 0), (1, 1)])],
                             crs="EPSG:4326")
    assert publish.publish_layer(pg, mixed, schema, "tron").geometry_type == "GEOMETRY"
    z = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(0, 0, 5)], crs="EPSG:4326")
    assert publish.publish_layer(pg, z, schema, "z").geometry_type == "POINTZ"
    empty = publish.publish_layer(pg, _layer(3).iloc[:0], schema, "rong")
    assert (empty.rows, empty.geometry_type) == (0, "GEOMETRY") and len(source.read_table(pg, schema, "rong")) == 0
    res = publish.publish_layer(pg, _layer(3), schema, "vn2000", srid=9214)
    back = source.read_table(pg, schema, "vn2000")
    assert back.crs.to_epsg() == 9214 and back.geometry.dropna().x.gt(500_000).all()


def test_names(pg, schema):
    gdf = _layer(2)
    gdf[unicodedata.normalize("NFD", "Ghi chú")] = ["a", "b"]
    gdf["geom"] = [1, 2]  # clashes with the geometry column's name
    gdf["anh"] = [b"\x00\xff", None]
    res = publish.publish_layer(pg, gdf, schema, unicodedata.normalize("NFD", "Phản ánh của dân"))
    assert res.table == "Phản ánh của dân" and "Ghi chú" in res.columns and "geom_2" in res.columns
    assert res.columns["anh"] == "bytea"
    assert pg.execute(f'SELECT anh FROM "{schema}"."Phản ánh của dân" ORDER BY gid').fetchall() == [(b"\x00\xff",),
                                                                                                   (None,)]
    assert catalog.geometry_table(pg, schema, "Phản ánh của dân").primary_key == "gid"
    with pytest.raises(DatabaseError, match="longer than PostgreSQL allows"):
        publish.publish_layer(pg, gdf, schema, "phường_" * 10)  # 80 characters, 110 bytes
    with pytest.raises(DatabaseError, match="no coordinate system"):
        publish.publish_layer(pg, gdf.set_crs(None, allow_override=True), schema, "x")
    with pytest.raises(ValueError):
        publish.publish_layer(pg, gdf, schema, "x", if_exists="merge")
    hostile = 'x"; DROP TABLE "' + schema + '"."Phản ánh của dân"; --'
    publish.publish_layer(pg, _layer(1), schema, hostile)
    assert _exists(pg, schema, hostile) and _exists(pg, schema, "Phản ánh của dân")


def test_column_types():
    frame = pd.DataFrame({
        "i": [1, 2], "f": [1.0, np.nan], "b": [True, False], "s": ["a", None], "o_int": pd.Series([1, None], dtype=object),
        "naive": pd.to_datetime(["2025-01-01", "2025-01-02"]), "mixed": pd.Series([1, "a"], dtype=object),
        "cat": pd.Categorical(["x", "y"]), "nb": pd.array([True, None], dtype="boolean"),
    })
    assert publish.column_types(frame) == {"i": "bigint", "f": "double precision", "b": "boolean", "s": "text",
                                           "o_int": "bigint", "naive": "timestamp", "mixed": "text", "cat": "text",
                                           "nb": "boolean"}
