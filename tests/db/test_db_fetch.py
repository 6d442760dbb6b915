"""ViewFetcher with the real MapCanvas and the real throwaway server: a pan fetches (debounced, on a worker),
a stale read is cancelled and dropped when the view moves on, a lost connection mid-read comes out as
``failed(layer, message)`` and the app goes on."""

from __future__ import annotations

import os

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Transformer

from gisdesk.core.project import Project
from gisdesk.db import connections as dbc
from gisdesk.db import layer as dbl
from gisdesk.db import publish

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 4_000
TO_9214 = Transformer.from_crs(4326, 9214, always_xy=True)


@pytest.fixture(scope="module")
def table(pg_server):
    rng = np.random.default_rng(5)
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA IF EXISTS vf CASCADE")
        su.execute(f'CREATE SCHEMA vf AUTHORIZATION "{pg_server.user}"')
    x, y = rng.uniform(107.54, 107.62, N), rng.uniform(16.43, 16.51, N)
    pts = gpd.GeoDataFrame({"ma": np.arange(N), "loai": rng.choice(["a", "b"], N)}, geometry=shapely.points(x, y),
                           crs="EPSG:4326")
    with dbc.connect(pg_server.connection(), pg_server.password) as pg:
        publish.publish_layer(pg, pts, "vf", "pts")
    yield pts
    with pg_server.superuser() as su:
        su.execute("DROP SCHEMA vf CASCADE")


@pytest.fixture
def setup(qtbot, pg_server, table):
    from gisdesk.widgets.db_fetch import ViewFetcher
    from gisdesk.widgets.map_canvas import MapCanvas

    layer = dbl.open_postgis_layer(pg_server.connection(), pg_server.password, "vf", "pts", threshold=100)
    assert layer.strategy == "view"
    project = Project(crs="EPSG:9214")
    project.add_layer(layer)
    canvas = MapCanvas(project)
    canvas.resize(300, 300)
    qtbot.addWidget(canvas)
    fetcher = ViewFetcher(canvas, project, parent=canvas)
    yield canvas, fetcher, layer
    fetcher.shutdown()
    canvas.shutdown()
    layer.close()


def _view(lon0, lat0, lon1, lat1):
    return TO_9214.transform_bounds(lon0, lat0, lon1, lat1)


def _ids_in(pts, box, grow=1e-4):
    x, y = pts.geometry.x.to_numpy(), pts.geometry.y.to_numpy()
    return set(pts.loc[(x >= box[0] - grow) & (x <= box[2] + grow) & (y >= box[1] - grow) & (y <= box[3] + grow),
                       "ma"])


def _wait_waiting_query(qtbot, pg_server, timeout=10_000):
    """Run the event loop until a gisdesk read is blocked on a lock; its backend pid."""
    found = []
    with pg_server.superuser() as su:
        def blocked():
            row = su.execute("SELECT pid FROM pg_stat_activity WHERE application_name = 'gisdesk' "
                             "AND wait_event_type = 'Lock'").fetchone()
            if row:
                found.append(row[0])
            return bool(row)

        qtbot.waitUntil(blocked, timeout=timeout)
    return found[0]


def test_pan_fetches_the_view(qtbot, setup, table):
    canvas, fetcher, layer = setup
    with qtbot.waitSignal(fetcher.fetched, timeout=10_000) as sig:
        canvas.set_extent(_view(107.56, 16.45, 107.57, 16.46))
    assert sig.args[0] == "pts" and sig.args[1] == len(layer) > 0
    loaded = layer.loaded_extent
    assert set(layer.attributes["ma"]) <= _ids_in(table, loaded)
    first = layer.data_version
    # a small pan inside what is loaded reads nothing
    ext = canvas.extent
    canvas.set_extent((ext[0] + 20, ext[1], ext[2] + 20, ext[3]))
    qtbot.wait(400)
    assert not fetcher.running and layer.data_version == first
    # a pan away reads the new view
    with qtbot.waitSignal(fetcher.fetched, timeout=10_000):
        canvas.set_extent(_view(107.60, 16.48, 107.61, 16.49))
    assert layer.loaded_extent != loaded and set(layer.attributes["ma"]) <= _ids_in(table, layer.loaded_extent)
    assert _ids_in(table, (107.60, 16.48, 107.61, 16.49), 0) <= set(layer.attributes["ma"])


def test_debounce_reads_once_for_a_burst_of_changes(qtbot, setup, table):
    canvas, fetcher, layer = setup
    fetched = []
    fetcher.fetched.connect(lambda n, k: fetched.append(k))
    for i in range(5):
        canvas.set_extent(_view(107.56 + 0.01 * i, 16.45, 107.57 + 0.01 * i, 16.46))
    qtbot.waitUntil(lambda: bool(fetched), timeout=10_000)
    qtbot.wait(300)
    assert len(fetched) == 1 and fetcher.dropped == 0
    assert _ids_in(table, (107.60, 16.45, 107.61, 16.46), 0) <= set(layer.attributes["ma"])


def test_a_stale_read_is_cancelled_and_dropped(qtbot, setup, table, pg_server):
    canvas, fetcher, layer = setup
    su = pg_server.superuser(autocommit=False)
    try:
        su.execute("LOCK TABLE vf.pts IN ACCESS EXCLUSIVE MODE")  # reads now wait
        canvas.set_extent(_view(107.56, 16.45, 107.57, 16.46))
        _wait_waiting_query(qtbot, pg_server)
        with qtbot.waitSignal(fetcher.fetched, timeout=10_000):
            canvas.set_extent(_view(107.60, 16.48, 107.61, 16.49))  # the first read is now stale
            qtbot.waitUntil(lambda: fetcher.dropped == 1, timeout=10_000)  # cancelled on the server
            su.rollback()  # the lock goes: the current read ends
    finally:
        su.close()
    assert fetcher.dropped == 1
    assert _ids_in(table, (107.60, 16.48, 107.61, 16.49), 0) <= set(layer.attributes["ma"])
    assert not (_ids_in(table, (107.56, 16.45, 107.57, 16.46), 0) & set(layer.attributes["ma"]))


def test_lost_connection_mid_read_is_a_plain_message(qtbot, setup, table, pg_server):
    canvas, fetcher, layer = setup
    su = pg_server.superuser(autocommit=False)
    try:
        su.execute("LOCK TABLE vf.pts IN ACCESS EXCLUSIVE MODE")
        with qtbot.waitSignal(fetcher.failed, timeout=10_000) as sig:
            canvas.set_extent(_view(107.56, 16.45, 107.57, 16.46))
            pid = _wait_waiting_query(qtbot, pg_server)
            with pg_server.superuser() as killer:
                killer.execute("SELECT pg_terminate_backend(%s)", [pid])
    finally:
        su.rollback()
        su.close()
    name, message = sig.args
    assert name == "pts" and "connection to the server was lost" in message
    assert "Traceback" not in message and len(layer) == 0  # the layer keeps what it had
    # the next pan reconnects and works
    with qtbot.waitSignal(fetcher.fetched, timeout=10_000):
        canvas.set_extent(_view(107.60, 16.48, 107.61, 16.49))
    assert len(layer) > 0


def test_server_down_is_a_plain_message(qtbot, setup, pg_server):
    canvas, fetcher, layer = setup
    layer.close()  # no idle connection to reuse
    layer.connection = pg_server.connection(port=1, connect_timeout=2)
    with qtbot.waitSignal(fetcher.failed, timeout=10_000) as sig:
        canvas.set_extent(_view(107.56, 16.45, 107.57, 16.46))
    assert "connection refused" in sig.args[1].lower()
