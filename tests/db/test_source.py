"""Reading PostGIS tables against the real throwaway server: whole, by view (bbox in another CRS, proven to
use the GiST index), by time window, with structured filters (hostile values and column names stay
harmless), mixed SRIDs, NULL geometries, Vietnamese text in NFD coming back NFC, times in +07:00, points
straight into arrays."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest
import shapely
from psycopg import sql
from pyproj import Transformer

from gisdesk.core.timewindow import TimeWindow
from gisdesk.db import source
from gisdesk.db.errors import DatabaseError, Kind

HUE = ZoneInfo("Asia/Ho_Chi_Minh")
N_POINTS = 20_000
WARDS = {  # name -> lon/lat box; NFD on purpose for one of them (it must come back NFC)
    "Phú Hội": (107.58, 16.45, 107.60, 16.47),
    unicodedata.normalize("NFD", "Vĩnh Ninh"): (107.60, 16.45, 107.62, 16.47),
    "Thuận Hòa": (107.56, 16.47, 107.58, 16.49),
}
T0 = dt.datetime(2025, 7, 1, tzinfo=HUE)


@pytest.fixture(scope="module")
def data(pg_server):
    """Schema ``src``: ``phuong`` (polygons in EPSG:9214, Huế's VN-2000 / TM-3 — unknown to PostGIS 3.3's
    spatial_ref_sys), ``yeu_cau`` (20,000 points in EPSG:4326 with a time and a category, GiST-indexed,
    analysed; row 0 has no geometry), ``tron`` (no SRID constraint: 4326, 9214, SRID 0 and NULL rows)."""
    rng = np.random.default_rng(7)
    to_9214 = Transformer.from_crs(4326, 9214, always_xy=True)
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA IF EXISTS src CASCADE")
        su.execute(f'CREATE SCHEMA src AUTHORIZATION "{pg_server.user}"')
    pts_x = rng.uniform(107.55, 107.63, N_POINTS)
    pts_y = rng.uniform(16.44, 16.50, N_POINTS)
    times = [T0 + dt.timedelta(hours=int(h)) for h in rng.integers(0, 24 * 30, N_POINTS)]
    cats = rng.choice(["rác thải", "đèn đường", "ngập úng"], N_POINTS)
    from gisdesk.db import connections as dbc

    with dbc.connect(pg_server.connection(), pg_server.password) as pg:
        pg.execute('CREATE TABLE src.phuong (id integer PRIMARY KEY, "Tên phường" text, geom geometry(Polygon, 9214))')
        for i, (name, (x0, y0, x1, y1)) in enumerate(WARDS.items(), start=1):
            poly = shapely.transform(shapely.box(x0, y0, x1, y1).segmentize(0.001),
                                     lambda c: np.column_stack(to_9214.transform(c[:, 0], c[:, 1])))
            pg.execute("INSERT INTO src.phuong VALUES (%s, %s, ST_GeomFromWKB(%s, 9214))",
                       [i, name, shapely.to_wkb(poly)])
        pg.execute("CREATE TABLE src.yeu_cau (id bigint PRIMARY KEY, loai text, thoi_gian timestamptz, "
                   "so_luong integer, geom geometry(Point, 4326))")
        with pg.cursor() as cur, cur.copy("COPY src.yeu_cau FROM STDIN") as copy:
            for i in range(N_POINTS):
                ewkb = None if i == 0 else f"SRID=4326;POINT({float(pts_x[i])!r} {float(pts_y[i])!r})"
                copy.write_row([i, str(cats[i]), times[i], None if i % 10 == 0 else i % 7, ewkb])
        pg.execute("CREATE INDEX ON src.yeu_cau USING gist (geom)")
        pg.execute("ANALYZE src.yeu_cau")
        pg.execute("CREATE TABLE src.tron (id integer PRIMARY KEY, ten text, geom geometry)")
        x9214, y9214 = to_9214.transform(107.59, 16.46)
        pg.execute("INSERT INTO src.tron VALUES (1, 'wgs', 'SRID=4326;POINT(107.59 16.46)'), "
                   "(2, 'vn2000', ST_SetSRID(ST_MakePoint(%s, %s), 9214)), (3, 'wgs2', 'SRID=4326;POINT(107.6 16.47)'),"
                   " (4, 'none', 'POINT(1 2)'), (5, 'null', NULL)", [x9214, y9214])
    pts_x[0] = pts_y[0] = np.nan
    yield {"x": pts_x, "y": pts_y, "times": times, "cats": cats}
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA src CASCADE")


class Report:
    def __init__(self):
        self.items = []

    def info(self, category, text, count=None):
        self.items.append(("info", category, text))

    def warn(self, category, text, count=None):
        self.items.append(("warn", category, text))


def test_read_whole_table(pg, data):
    gdf = source.read_table(pg, "src", "phuong")
    assert gdf.crs.to_epsg() == 9214
    assert list(gdf.columns) == ["id", "Tên phường", "geom"] and gdf.geometry.name == "geom"
    assert list(gdf["Tên phường"]) == ["Phú Hội", "Vĩnh Ninh", "Thuận Hòa"]  # NFD in the table, NFC out
    assert all(unicodedata.is_normalized("NFC", s) for s in gdf["Tên phường"])
    assert gdf["id"].dtype == "int64"
    assert (gdf.geom_type == "Polygon").all() and gdf.geometry.is_valid.all()
    # the polygon comes back where it was put
    lon, lat = Transformer.from_crs(9214, 4326, always_xy=True).transform(*gdf.geometry.iloc[0].centroid.coords[0])
    assert lon == pytest.approx(107.59, abs=1e-4) and lat == pytest.approx(16.46, abs=1e-4)


def test_types_nulls_and_times(pg, data):
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("id", "<", 20)])
    assert len(gdf) == 19 + 1  # ids 0..19
    gdf = gdf.sort_values("id").reset_index(drop=True)
    assert gdf.geometry.iloc[0] is None  # NULL geometry kept as an attribute-only row
    assert gdf.geometry.iloc[1:].notna().all()
    assert str(gdf["thoi_gian"].dtype) == "datetime64[us, Asia/Ho_Chi_Minh]"
    assert gdf["thoi_gian"].iloc[3] == pd.Timestamp(data["times"][3])
    assert gdf["thoi_gian"].iloc[3].utcoffset() == dt.timedelta(hours=7)
    assert gdf["so_luong"].dtype == "Int64" and pd.isna(gdf["so_luong"].iloc[10])
    assert gdf.geometry.iloc[5].x == pytest.approx(data["x"][5])


def test_columns_and_limit(pg, data):
    gdf = source.read_table(pg, "src", "yeu_cau", columns=["loai"], limit=5)
    assert list(gdf.columns) == ["loai", "geom"] and len(gdf) == 5
    with pytest.raises(DatabaseError) as ei:
        source.read_table(pg, "src", "yeu_cau", columns=["khong_co"])
    assert ei.value.kind == Kind.BAD_INPUT and "khong_co" in str(ei.value)


def _inside(data, box, slack=0.0):
    x, y = data["x"], data["y"]
    return (np.isfinite(x) & (x >= box[0] - slack) & (x <= box[2] + slack) & (y >= box[1] - slack)
            & (y <= box[3] + slack))


def _matches_box(ids, data, box):
    """``&&`` is a float4 bounding-box test: everything inside, plus at most what lies within 1e-4 of the edge."""
    ids = {int(i) for i in ids}
    return set(np.flatnonzero(_inside(data, box))) <= ids <= set(np.flatnonzero(_inside(data, box, 1e-4)))


def test_bbox_in_table_crs(pg, data):
    box = (107.58, 16.45, 107.60, 16.47)
    gdf = source.read_table(pg, "src", "yeu_cau", bbox=box)
    assert _inside(data, box).sum() > 100
    assert _matches_box(gdf["id"], data, box)


def test_bbox_in_another_crs_is_reprojected_client_side(pg, data):
    """The view is in EPSG:9214 (the city's CRS, absent from spatial_ref_sys): a server-side ST_Transform
    would fail; the box is reprojected with pyproj instead (densified, so it covers the whole view)."""
    box = (107.58, 16.45, 107.60, 16.47)
    t = Transformer.from_crs(4326, 9214, always_xy=True)
    box9214 = t.transform_bounds(*box)
    gdf = source.read_table(pg, "src", "yeu_cau", bbox=box9214, bbox_crs="EPSG:9214")
    # the box in 9214 covers the lon/lat box (it is its envelope) and not much more
    assert set(np.flatnonzero(_inside(data, box))) <= set(gdf["id"])
    assert len(gdf) < 1.1 * _inside(data, box).sum()
    # and the other way: a 4326 view of the 9214 wards
    wards = source.read_table(pg, "src", "phuong", bbox=(107.585, 16.455, 107.595, 16.465), bbox_crs="EPSG:4326")
    assert list(wards["Tên phường"]) == ["Phú Hội"]


def _plan(pg, q, params):
    return json.dumps(pg.execute(sql.SQL("EXPLAIN (FORMAT JSON) ") + q, params).fetchone()[0])


def test_bbox_uses_the_spatial_index(pg, data):
    q, params = source.build_query(pg, "src", "yeu_cau", bbox=(107.59, 16.46, 107.595, 16.465))
    plan = _plan(pg, q, params)
    assert "yeu_cau_geom_idx" in plan and "Seq Scan" not in plan
    q_all, p_all = source.build_query(pg, "src", "yeu_cau")
    assert "Seq Scan" in _plan(pg, q_all, p_all)  # without a box: a plain scan, as it should


@pytest.mark.parametrize("window", [
    TimeWindow.of("2025-07-03T00:00:00+07:00", "2025-07-05T00:00:00+07:00"),
    (dt.datetime(2025, 7, 3, tzinfo=HUE), dt.datetime(2025, 7, 4, 17, tzinfo=dt.UTC)),  # same instants, mixed zones
])
def test_time_window(pg, data, window):
    gdf = source.read_table(pg, "src", "yeu_cau", time_column="thoi_gian", time_window=window, columns=["id"])
    t = np.array(data["times"], dtype=object)
    expected = {i for i, v in enumerate(t) if dt.datetime(2025, 7, 3, tzinfo=HUE) <= v < dt.datetime(2025, 7, 5, tzinfo=HUE)}
    assert set(gdf["id"]) == expected and len(expected) > 100


def test_time_window_needs_aware_times_and_a_column(pg, data):
    with pytest.raises(DatabaseError, match="no time zone"):
        source.read_table(pg, "src", "yeu_cau", time_column="thoi_gian",
                          time_window=(dt.datetime(2025, 7, 3), None))
    with pytest.raises(DatabaseError, match="time column"):
        source.read_table(pg, "src", "yeu_cau", time_window=(T0, None))


def test_structured_filters(pg, data):
    cats = data["cats"]
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("loai", "=", "đèn đường")], columns=["id"])
    assert len(gdf) == (cats == "đèn đường").sum()
    nfd = unicodedata.normalize("NFD", "ngập úng")  # the user typed NFD: normalised before comparing
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("loai", "in", [nfd, "rác thải"])], columns=["id"])
    assert len(gdf) == np.isin(cats, ["ngập úng", "rác thải"]).sum()
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("so_luong", "is null"), ("id", "<", 100)], columns=["id"])
    assert set(gdf["id"]) == set(range(0, 100, 10))
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("loai", "ILIKE", "%ĐƯỜNG")], columns=["id"])
    assert len(gdf) == (cats == "đèn đường").sum()


def test_hostile_value_is_only_a_value(pg, data):
    hostile = "'; DROP TABLE src.yeu_cau; --"
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("loai", "=", hostile)])
    assert len(gdf) == 0
    gdf = source.read_table(pg, "src", "yeu_cau", where=[("loai", "in", [hostile, "rác thải"])], columns=["id"])
    assert len(gdf) == (data["cats"] == "rác thải").sum()
    assert pg.execute("SELECT count(*) FROM src.yeu_cau").fetchone()[0] == N_POINTS


@pytest.mark.parametrize("column", ['loai" = loai; DROP TABLE src.yeu_cau; --', "loai; --", 42, None])
def test_hostile_column_name_is_refused(pg, data, column):
    with pytest.raises(DatabaseError) as ei:
        source.read_table(pg, "src", "yeu_cau", where=[(column, "=", "x")])
    assert ei.value.kind == Kind.BAD_INPUT and "no column" in str(ei.value)
    assert pg.execute("SELECT count(*) FROM src.yeu_cau").fetchone()[0] == N_POINTS


@pytest.mark.parametrize("bad", [("loai", "; DROP", "x"), ("loai", "= 1 OR 1=1 --", "x"), ("loai",), ("loai", "="),
                                 ("loai", "in", "rác thải"), ("loai", "is null", 3), "loai = 'x'"])
def test_bad_filters_are_refused(pg, data, bad):
    with pytest.raises(DatabaseError) as ei:
        source.read_table(pg, "src", "yeu_cau", where=[bad])
    assert ei.value.kind == Kind.BAD_INPUT


def test_mixed_srids(pg, data):
    rep = Report()
    gdf = source.read_table(pg, "src", "tron", report=rep)
    assert gdf.crs.to_epsg() == 4326  # the most common SRID
    by = dict(zip(gdf["ten"], gdf.geometry, strict=True))
    assert by["vn2000"].x == pytest.approx(107.59, abs=1e-6) and by["vn2000"].y == pytest.approx(16.46, abs=1e-6)
    assert by["wgs"].x == pytest.approx(107.59)
    assert by["none"] is None and by["null"] is None
    warns = [t for kind, _, t in rep.items if kind == "warn"]
    assert any("mixes coordinate systems" in t for t in warns)
    assert any("1 row of" in t and "SRID" in t for t in warns)
    # by view: one envelope per SRID present
    sub = source.read_table(pg, "src", "tron", bbox=(107.585, 16.455, 107.595, 16.465), bbox_crs="EPSG:4326")
    assert sorted(sub["ten"]) == ["vn2000", "wgs"]
    in9214 = source.read_table(pg, "src", "tron", crs="EPSG:9214")
    assert in9214.crs.to_epsg() == 9214
    assert in9214.geometry[in9214["ten"] == "wgs"].iloc[0].distance(
        in9214.geometry[in9214["ten"] == "vn2000"].iloc[0]) < 0.01


def test_read_points_arrays(pg, data):
    pd_ = source.read_points(pg, "src", "yeu_cau", columns=[])
    assert len(pd_) == N_POINTS and len(pd_.table.columns) == 0
    assert np.isnan(pd_.x).sum() == 1  # the NULL geometry row
    assert np.allclose(np.sort(pd_.x[np.isfinite(pd_.x)]), np.sort(data["x"][np.isfinite(data["x"])]))
    box = (107.58, 16.45, 107.60, 16.47)
    view = source.read_points(pg, "src", "yeu_cau", columns=[], bbox=box)  # no NULLs: the fast numpy path
    assert abs(len(view) - _inside(data, box).sum()) <= 10 and np.isfinite(view.x).all()
    full = source.read_points(pg, "src", "yeu_cau", bbox=box, columns=["id", "loai"])
    assert _matches_box(full.table["id"], data, box) and len(full) == len(view)
    assert list(full.table.columns) == ["id", "loai"]
    assert np.allclose(full.x, data["x"][full.table["id"].to_numpy()])
    assert str(full.crs) == "EPSG:4326"
    with pytest.raises(DatabaseError, match="not a single-point column"):
        source.read_points(pg, "src", "phuong")


def test_estimate_and_strategy(pg, data):
    est = source.estimate_rows(pg, "src", "yeu_cau")
    assert 0.9 * N_POINTS <= est <= 1.1 * N_POINTS
    small = source.estimate_rows(pg, "src", "yeu_cau", bbox=(107.59, 16.46, 107.595, 16.465))
    assert small < est / 20
    assert source.load_strategy(pg, "src", "yeu_cau") == "whole"
    assert source.load_strategy(pg, "src", "yeu_cau", threshold=1000) == "view"
    assert source.load_strategy(pg, "src", "yeu_cau", threshold=1000, bbox=(107.59, 16.46, 107.595, 16.465)) == "whole"


def test_missing_table(pg, data):
    with pytest.raises(DatabaseError) as ei:
        source.read_table(pg, "src", "khong_co")
    assert ei.value.kind == Kind.NOT_FOUND and '"src"."khong_co"' in str(ei.value)


def test_statement_timeout_while_reading(pg_server, data):
    from gisdesk.db import connections as dbc

    with dbc.connect(pg_server.connection(), pg_server.password, statement_timeout_ms=1) as slow:
        with pytest.raises(DatabaseError) as ei:
            # a self-join the server cannot finish in 1 ms
            source.read_table(slow, "src", "yeu_cau", where=[("id", ">=", 0)])
            slow.execute("SELECT count(*) FROM src.yeu_cau a, src.yeu_cau b")
        assert ei.value.kind == Kind.STATEMENT_TIMEOUT


def test_awkward_values_survive_the_csv_path(pg, schema):
    """Rows come through COPY (FORMAT csv) parsed by pyarrow: text that looks like NULL/NaN, empty vs NULL, commas,
    quotes and newlines, huge integers, NaN/Infinity, infinite times, NULLs of every type, json and numeric."""
    pg.execute(f'CREATE TABLE "{schema}".k (id bigint PRIMARY KEY, s text, f float8, b boolean, t timestamptz, '
               "ts timestamp, d date, j jsonb, n numeric(10,2), v varchar(5), geom geometry(Point, 4326))")
    rows = [
        (1, "null", float("nan"), True, "2025-07-01T08:00:00+07:00", "2025-07-01 08:00", "2025-07-01", '{"a": 1}',
         "1.25", "ab", "SRID=4326;POINT(107.5 16.4)"),
        (2, "", float("inf"), None, "infinity", None, None, None, None, None, None),
        (3, None, None, False, None, "-infinity", "2000-02-29", "[]", "-3", "x", "SRID=4326;POINT(107.6 16.5)"),
        (2 ** 62 + 1, 'a,"b"\nc', -1e308, False, "1900-01-01T00:00:00+07:00", None, "1969-12-31", None, None, "NaN",
         None),
    ]
    with pg.cursor() as cur:
        cur.executemany(f'INSERT INTO "{schema}".k VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)', rows)
    gdf = source.read_table(pg, schema, "k").sort_values("id").reset_index(drop=True)
    assert list(gdf["id"]) == [1, 2, 3, 2 ** 62 + 1] and gdf["id"].dtype == "int64"
    assert list(gdf["s"].isna()) == [False, False, True, False]
    assert list(gdf["s"][[0, 1, 3]]) == ["null", "", 'a,"b"\nc']
    assert np.isnan(gdf["f"][0]) and gdf["f"][1] == np.inf and np.isnan(gdf["f"][2]) and gdf["f"][3] == -1e308
    assert gdf["b"].dtype == "boolean" and list(gdf["b"].isna()) == [False, True, False, False]
    assert gdf["t"][0] == pd.Timestamp("2025-07-01T08:00:00+07:00") and pd.isna(gdf["t"][1]) and pd.isna(gdf["t"][2])
    assert gdf["t"][3] == pd.Timestamp("1900-01-01T00:00:00+07:00")
    assert gdf["ts"][0] == pd.Timestamp("2025-07-01 08:00") and gdf["ts"].dt.tz is None and pd.isna(gdf["ts"][2])
    assert list(gdf["d"]) == [dt.date(2025, 7, 1), None, dt.date(2000, 2, 29), dt.date(1969, 12, 31)]
    assert json.loads(gdf["j"][0]) == {"a": 1} and pd.isna(gdf["j"][1])
    assert gdf["n"][0] == 1.25 and gdf["n"][2] == -3 and np.isnan(gdf["n"][1])
    assert list(gdf["v"].fillna("-")) == ["ab", "-", "x", "NaN"]
    assert gdf.geometry[0].equals(shapely.Point(107.5, 16.4)) and gdf.geometry[1] is None
    empty = source.read_table(pg, schema, "k", where=[("id", "<", 0)])
    assert len(empty) == 0 and list(empty.columns) == list(gdf.columns)
    pts = source.read_points(pg, schema, "k", columns=["s", "b"])
    assert list(pts.table.columns) == ["s", "b"] and np.isnan(pts.x).sum() == 2
