"""PostGIS layers on the real throwaway server: whole vs by view, view fetches against a local filter, the
loaded-extent skip, filters pushed as parameters, the time window, project round trip without a password,
unavailable layers when the connection, the password or the server is missing, push-down counts."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from gisdesk.analysis.base import Context, LayerInput, run_algorithm
from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.db import connections as dbc
from gisdesk.db import layer as dbl
from gisdesk.db import publish
from gisdesk.db.errors import DatabaseError, Kind
from gisdesk.layers.base import UnavailableLayer
from gisdesk.layers.service_requests import ServiceRequestLayer
from gisdesk.layers.vector import VectorLayer

N = 6_000
T0 = pd.Timestamp("2025-07-01T00:00:00+07:00")


@pytest.fixture(scope="module")
def ldata(pg_server):
    """Schema ``ly``: ``yeu_cau`` (6,000 points in EPSG:4326 with a category, a count and a time),
    ``requests`` (the same as Open311 requests), ``phuong`` (a 3 x 3 grid of wards)."""
    rng = np.random.default_rng(3)
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA IF EXISTS ly CASCADE")
        su.execute(f'CREATE SCHEMA ly AUTHORIZATION "{pg_server.user}"')
    x = rng.uniform(107.54, 107.62, N)
    y = rng.uniform(16.43, 16.51, N)
    t = pd.Series(T0 + pd.to_timedelta(rng.integers(0, 30 * 24, N), "h"))
    pts = gpd.GeoDataFrame({"ma_yc": np.arange(N), "loai": rng.choice(["rác", "đèn", "ngập"], N),
                            "muc": rng.integers(1, 4, N), "thoi_gian": t},
                           geometry=shapely.points(x, y), crs="EPSG:4326")
    reqs = gpd.GeoDataFrame({"service_request_id": [f"R{i}" for i in range(N)],
                             "service_name": pts["loai"], "status": rng.choice(["open", "closed"], N),
                             "requested_datetime": t, "updated_datetime": t + pd.Timedelta(hours=5)},
                            geometry=shapely.points(x, y), crs="EPSG:4326")
    wards = gpd.GeoDataFrame({"ma": np.arange(9) + 100, "ten": [f"Phường {i}" for i in range(9)]},
                             geometry=[shapely.box(107.55 + 0.02 * (i % 3), 16.44 + 0.02 * (i // 3),
                                                   107.57 + 0.02 * (i % 3), 16.46 + 0.02 * (i // 3))
                                       for i in range(9)], crs="EPSG:4326")
    with dbc.connect(pg_server.connection(), pg_server.password) as pg:
        publish.publish_layer(pg, pts, "ly", "yeu_cau")
        publish.publish_layer(pg, reqs, "ly", "requests")
        publish.publish_layer(pg, wards, "ly", "phuong")
    yield {"pts": pts, "reqs": reqs, "wards": wards}
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA ly CASCADE")


def _open(pg_server, table, **kw):
    return dbl.open_postgis_layer(pg_server.connection(), pg_server.password, "ly", table, **kw)


VIEW = (107.56, 16.45, 107.58, 16.47)  # lon/lat


def _in_box(gdf, box):
    x, y = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()
    return (x >= box[0]) & (x <= box[2]) & (y >= box[1]) & (y <= box[3])


def _ids_in(gdf, box, grow=0.0, mask=None):
    box = (box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow)
    keep = _in_box(gdf, box) if mask is None else _in_box(gdf, box) & mask
    return gdf.loc[keep, "ma_yc"].tolist()


def test_whole_or_view_by_threshold(pg_server, ldata):
    whole = _open(pg_server, "yeu_cau")
    assert whole.strategy == "whole" and len(whole) == N and whole.loaded_extent is None
    assert isinstance(whole, VectorLayer) and whole.points is not None  # points as arrays
    assert whole.time_field == "thoi_gian"  # its one timestamptz column drives the time slider
    assert not whole.needs_fetch(VIEW, "EPSG:4326")
    assert whole.fetch_view(VIEW, "EPSG:4326") is False
    view = _open(pg_server, "yeu_cau", threshold=1000)
    assert view.strategy == "view" and len(view) == 0
    assert list(view.attributes.columns) == list(whole.attributes.columns)
    ext = view.extent  # the table's extent, not the (empty) data's
    assert ext is not None and ext[0] == pytest.approx(107.54, abs=0.01) and ext[3] == pytest.approx(16.51, abs=0.01)
    polys = _open(pg_server, "phuong")
    assert polys.strategy == "whole" and polys.geometry_family == "polygon" and len(polys) == 9
    for lyr in (whole, view, polys):
        lyr.close()


def test_view_fetch_loads_only_the_extent(pg_server, ldata):
    layer = _open(pg_server, "yeu_cau", threshold=1000)
    fired = []
    layer.events.data.connect(lambda: fired.append(1))
    assert layer.needs_fetch(VIEW, "EPSG:4326")
    assert layer.fetch_view(VIEW, "EPSG:4326", margin=0.0) is True
    assert fired == [1]
    got = set(layer.data["ma_yc"])
    # the index answers with float4 boxes rounded outward: a point within ~1e-5 degree of an edge may come too
    assert set(_ids_in(ldata["pts"], VIEW)) <= got <= set(_ids_in(ldata["pts"], VIEW, 1e-4))
    assert 0 < len(got) < N / 4
    # identify/select/filter work on the loaded rows like any vector layer
    rows = layer.query_bbox((107.565, 16.455, 107.575, 16.465))
    assert len(rows) == int(_in_box(layer.data, (107.565, 16.455, 107.575, 16.465)).sum()) > 0
    layer.selection = rows[:3]
    assert list(layer.selection) == sorted(rows[:3])
    layer.close()


def test_view_in_the_city_crs_and_skip_inside_the_loaded_extent(pg_server, ldata):
    layer = _open(pg_server, "yeu_cau", threshold=1000)
    tr = Transformer.from_crs(4326, 9214, always_xy=True)
    view = tr.transform_bounds(*VIEW)
    assert layer.fetch_view(view, "EPSG:9214") is True  # margin 25 %: a bit more than the view
    loaded = layer.loaded_extent
    assert loaded[0] < VIEW[0] and loaded[2] > VIEW[2]
    assert _in_box(ldata["pts"], VIEW).sum() < len(layer) <= _in_box(ldata["pts"], loaded).sum()
    # a small pan stays inside what is loaded: nothing read, no event
    fired = []
    layer.events.data.connect(lambda: fired.append(1))
    dx = (view[2] - view[0]) * 0.1
    nudged = (view[0] + dx, view[1], view[2] + dx, view[3])
    assert not layer.needs_fetch(nudged, "EPSG:9214")
    assert layer.fetch_view(nudged, "EPSG:9214") is False and fired == []
    # a pan out of it reads again
    far = (view[0] + 5 * dx * 10, view[1], view[2] + 5 * dx * 10, view[3])
    assert layer.needs_fetch(far, "EPSG:9214")
    assert layer.fetch_view(far, "EPSG:9214") is True and fired == [1]
    layer.close()


def test_filters_are_pushed_as_parameters(pg_server, ldata, pg):
    layer = _open(pg_server, "yeu_cau", threshold=1000)
    layer.filters = {"loai": ["rác"], "muc": [1, 2]}
    where, tcol, tw = layer.pushed_filters()
    assert where == (("loai", "in", ["rác"]), ("muc", "in", [1, 2])) and tcol is None and tw is None
    plan = layer.plan_fetch(VIEW, "EPSG:4326", margin=0.0)
    from gisdesk.db.source import build_query

    q, params = build_query(pg, "ly", "yeu_cau", bbox=plan.box, where=list(plan.where))
    text = q.as_string(pg)
    assert "rác" not in text and ["rác"] in params and [1, 2] in params  # values travel as parameters
    assert layer.apply_fetch(plan, layer.read(plan))
    pts = ldata["pts"]
    m = (pts["loai"] == "rác") & pts["muc"].isin([1, 2])
    got = set(layer.attributes["ma_yc"])
    assert set(_ids_in(pts, VIEW, 0, m)) <= got <= set(_ids_in(pts, VIEW, 1e-4, m))
    # changing a filter needs a new read even for the same view
    assert not layer.needs_fetch(VIEW, "EPSG:4326")
    layer.filters = {"loai": ["rác"]}
    assert layer.needs_fetch(VIEW, "EPSG:4326")
    # a hostile value is just a value
    layer.filters = {"loai": ["x'; DROP TABLE ly.yeu_cau; --"]}
    assert layer.fetch_view(VIEW, "EPSG:4326") and len(layer) == 0
    assert pg.execute("SELECT count(*) FROM ly.yeu_cau").fetchone()[0] == N
    # "no value" mixed with values does not map to one SQL condition: applied locally only
    layer.filters = {"loai": ["rác", None]}
    assert layer.pushed_filters()[0] == ()
    layer.fetch_view(VIEW, "EPSG:4326", margin=0.0)
    mask = layer.visible_rows()
    assert set(layer.attributes.loc[mask, "loai"]) == {"rác"}
    assert len(_ids_in(pts, VIEW, 0, pts["loai"] == "rác")) <= int(mask.sum()) <= len(
        _ids_in(pts, VIEW, 1e-4, pts["loai"] == "rác"))
    layer.close()


def test_time_window_is_pushed(pg_server, ldata):
    layer = _open(pg_server, "yeu_cau", threshold=1000)
    win = TimeWindow.of(T0 + pd.Timedelta(days=3), T0 + pd.Timedelta(days=5))
    assert layer.fetch_view(VIEW, "EPSG:4326", win, margin=0.0)
    pts = ldata["pts"]
    m = (pts["thoi_gian"] >= win.start) & (pts["thoi_gian"] < win.end)
    got = set(layer.attributes["ma_yc"])
    assert set(_ids_in(pts, VIEW, 0, m)) <= got <= set(_ids_in(pts, VIEW, 1e-4, m))
    assert layer.visible_rows(win).all()
    assert layer.needs_fetch(VIEW, "EPSG:4326", None)  # another window, another read
    layer.close()


def test_request_table_becomes_a_request_layer(pg_server, ldata):
    layer = _open(pg_server, "requests", threshold=1000)
    assert isinstance(layer, ServiceRequestLayer) and isinstance(layer, dbl.PostGISLayer)
    assert layer.time_end_field == "closed_at"
    win = TimeWindow.of(T0 + pd.Timedelta(days=3), T0 + pd.Timedelta(days=5))
    where = layer.pushed_filters(win)[0]
    assert where[0][:2] == ("requested_datetime", "<")  # only the end: a request may still be open
    layer.filters = {"state": ["closed"]}  # a derived column: local only
    assert layer.pushed_filters()[0] == ()
    assert layer.fetch_view(VIEW, "EPSG:4326", margin=0.0)
    assert set(layer.attributes["state"]) <= {"open", "closed", "overdue"}
    shown = layer.attributes["state"][layer.visible_rows()]
    assert len(shown) and set(shown) == {"closed"}
    layer.close()


@pytest.fixture
def stores(tmp_path, monkeypatch, pg_server):
    monkeypatch.setattr(dbc, "default_store_path", lambda: tmp_path / "config" / "connections.json")
    conn = pg_server.connection(name="Sở TN&MT")
    dbc.ConnectionStore().save(conn)
    dbc.PasswordStore().set(conn, pg_server.password)
    yield conn
    dbc.forget_session_passwords()


def test_project_round_trip_without_the_password(pg_server, ldata, stores, tmp_path):
    layer = dbl.open_postgis_layer(stores, pg_server.password, "ly", "yeu_cau", threshold=1000, name="Yêu cầu")
    layer.filters = {"loai": ["đèn"]}
    layer.style = {"kind": "single", "symbol": {"color": [10, 20, 30, 255]}}
    project = Project(layers=[layer])
    path = project.save(tmp_path / "p.gdp")
    text = path.read_text(encoding="utf-8")
    assert pg_server.password not in text
    entry = json.loads(text)["layers"][0]
    assert entry["type"] == "postgis" and entry["connection"] == "Sở TN&MT"
    assert (entry["schema"], entry["table"], entry["column"]) == ("ly", "yeu_cau", "geom")
    assert "password" not in json.dumps(entry).lower()
    again = Project.load(path)
    lyr = again.layers[0]
    assert isinstance(lyr, dbl.PostGISLayer) and lyr.name == "Yêu cầu" and lyr.strategy == "view"
    assert lyr.filters == {"loai": ["đèn"]} and lyr.style == layer.style and lyr.time_field == "thoi_gian"
    assert lyr.fetch_view(VIEW, "EPSG:4326") and set(lyr.attributes["loai"]) == {"đèn"}
    layer.close()
    lyr.close()


def test_missing_password_connection_or_server_gives_unavailable_layers(pg_server, ldata, stores, tmp_path):
    layer = dbl.open_postgis_layer(stores, pg_server.password, "ly", "phuong")
    path = Project(layers=[layer]).save(tmp_path / "p.gdp")
    layer.close()
    dbc.forget_session_passwords()  # a new session on a computer without a keyring
    project = Project.load(path)
    lyr = project.layers[0]
    assert isinstance(lyr, UnavailableLayer)
    assert "no password is stored" in lyr.problem and "Sở TN&MT" in lyr.problem
    assert lyr.get_state()["connection"] == "Sở TN&MT"  # saving again loses nothing
    dbc.ConnectionStore().remove("Sở TN&MT")
    lyr = Project.load(path).layers[0]
    assert isinstance(lyr, UnavailableLayer) and "is not saved on this computer" in lyr.problem
    # the server is down
    dead = pg_server.connection(name="Sở TN&MT", port=1, connect_timeout=2)
    dbc.ConnectionStore().save(dead)
    dbc.PasswordStore().set(dead, "x")
    lyr = Project.load(path).layers[0]
    assert isinstance(lyr, UnavailableLayer) and "connection refused" in lyr.problem.lower()


def test_open_errors_are_database_errors(pg_server, ldata):
    with pytest.raises(DatabaseError) as ei:
        dbl.open_postgis_layer(pg_server.connection(), "wrong", "ly", "yeu_cau")
    assert ei.value.kind == Kind.AUTH
    with pytest.raises(DatabaseError) as ei:
        _open(pg_server, "nope")
    assert ei.value.kind == Kind.NOT_FOUND


def test_cancel_stops_a_running_read(pg_server, ldata):
    layer = _open(pg_server, "yeu_cau", threshold=1000)
    plan = layer.plan_fetch(VIEW, "EPSG:4326")
    with pytest.raises(DatabaseError) as ei:
        layer.read(plan, cancel=lambda: True)
    assert ei.value.kind == Kind.CANCELLED
    # the layer still works afterwards
    assert layer.apply_fetch(plan, layer.read(plan)) and len(layer) > 0
    layer.close()


def _local_counts(points, wards, window=None):
    res = run_algorithm("count_points_in_polygons", {"points": LayerInput(points), "polygons": LayerInput(wards)},
                        Context(time_window=window, styles=False))
    return res.layer["count"].to_numpy()


def test_pushdown_count_equals_the_local_count(pg_server, ldata):
    whole = _open(pg_server, "yeu_cau")
    view = _open(pg_server, "yeu_cau", threshold=1000)
    wards = _open(pg_server, "phuong")
    assert dbl.pushdown_count(whole, wards) is None  # loaded whole: counted locally (the rule)
    assert dbl.pushdown_count(VectorLayer(ldata["pts"]), wards) is None  # not both in the database
    win = TimeWindow.of(T0 + pd.Timedelta(days=2), T0 + pd.Timedelta(days=9))
    view.filters = {"loai": ["rác", "ngập"]}
    whole.filters = {"loai": ["rác", "ngập"]}
    out = dbl.pushdown_count(view, wards, win)
    assert out is not None and list(out["ten"]) == [f"Phường {i}" for i in range(9)]
    np.testing.assert_array_equal(out["count"].to_numpy(), _local_counts(whole, wards, win))
    forced = dbl.pushdown_count(whole, wards, win, force=True)
    np.testing.assert_array_equal(forced["count"].to_numpy(), out["count"].to_numpy())
    near = dbl.pushdown_within_distance(view, wards, 0.0, win, columns=["ma_yc"])
    pts = ldata["pts"]
    inside = pts.geometry.intersects(ldata["wards"].union_all()) & pts["loai"].isin(["rác", "ngập"]) & (
        pts["thoi_gian"] >= win.start) & (pts["thoi_gian"] < win.end)
    assert near is not None and sorted(near["ma_yc"]) == sorted(pts.loc[inside, "ma_yc"])
    for lyr in (whole, view, wards):
        lyr.close()


def test_the_count_tool_pushes_down_for_a_layer_read_by_view(pg_server, ldata):
    """The toolbox's count on a by-view layer counts every row of the table (on the server), not the few
    loaded for the map; with a category asked for it counts what is loaded and says so."""
    view = _open(pg_server, "yeu_cau", threshold=1000)
    whole = _open(pg_server, "yeu_cau")
    wards = _open(pg_server, "phuong")
    view.fetch_view(VIEW, "EPSG:4326")
    loaded = len(view.data)
    assert 0 < loaded < N
    res = run_algorithm("count_points_in_polygons", {"points": LayerInput(view), "polygons": LayerInput(wards)},
                        Context(styles=False))
    np.testing.assert_array_equal(res.layer["count"].to_numpy(), _local_counts(whole, wards))
    assert "counted by the database server" in " ".join(res.summary)
    res = run_algorithm("count_points_in_polygons", {"points": LayerInput(view), "polygons": LayerInput(wards),
                                                     "category": "loai"}, Context(styles=False))
    assert res.layer["count"].sum() <= loaded
    assert "only the" in " ".join(res.summary) and "loaded for the map took part" in " ".join(res.summary)
    for lyr in (whole, view, wards):
        lyr.close()


def test_the_within_distance_tool_pushes_down_for_a_layer_read_by_view(pg_server, ldata):
    """'New layer' of the features within a distance searches every row on the server for a by-view layer;
    'Select' can only name loaded rows, and says so."""
    view = _open(pg_server, "yeu_cau", threshold=1000)
    wards = _open(pg_server, "phuong")
    view.fetch_view(VIEW, "EPSG:4326")
    values = {"input": LayerInput(view), "near": LayerInput(wards), "distance": 0.0, "mode": "new_layer"}
    res = run_algorithm("within_distance", values, Context(styles=False))
    pts = ldata["pts"]
    inside = pts.geometry.intersects(ldata["wards"].union_all())
    assert sorted(res.layer["ma_yc"]) == sorted(pts.loc[inside, "ma_yc"])  # every row, not only the loaded ones
    assert len(res.layer) > len(view.data)
    got = res.layer.set_index("ma_yc").geometry
    want = pts.set_index("ma_yc").geometry
    assert np.allclose(got.x.to_numpy(), want.loc[got.index].x.to_numpy())  # the points where they are
    assert str(res.layer.crs) == str(view.crs) and "found by the database server" in " ".join(res.summary)
    res = run_algorithm("within_distance", {**values, "mode": "select"}, Context(styles=False))
    assert len(res.selection[1]) <= len(view.data) and "only the features loaded" in " ".join(res.summary)
    for lyr in (view, wards):
        lyr.close()


def test_any_tool_on_a_layer_read_by_view_says_only_loaded_features_took_part(pg_server, ldata):
    view = _open(pg_server, "yeu_cau", threshold=1000)
    view.fetch_view(VIEW, "EPSG:4326")
    res = run_algorithm("buffer", {"input": LayerInput(view), "distance": 10.0}, Context(styles=False))
    assert len(res.layer) == len(view.data)
    assert f"only the {len(view.data):,} features loaded for the current map view took part" in " ".join(res.summary)
    view.close()
