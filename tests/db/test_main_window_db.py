"""The main window's database entries, against the throwaway server: the browser dock, adding a PostGIS layer
(and a clear message when the server refuses), publishing the current layer."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from gisdesk.db.publish import publish_layer

pytestmark = pytest.mark.usefixtures("qapp")


def test_menus_offer_the_database(window):
    layer_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.act_add in a.menu().actions())
    assert window.act_db_browser in layer_menu.actions() and window.act_publish in layer_menu.actions()
    assert window._db_stores is None  # nothing of psycopg at start-up
    dock = window.show_database_browser()
    assert dock is window.show_database_browser()  # one dock
    assert dock.isVisibleTo(window) and dock.toggleViewAction() in window.view_menu.actions()


def test_add_a_postgis_layer_and_a_refused_password(qtbot, window, pg, pg_server, schema):
    wards = gpd.GeoDataFrame({"tên": ["Phường Phú Hội", "Phường Vỹ Dạ"]},
                             geometry=[shapely.box(107.58, 16.45, 107.6, 16.47), shapely.box(107.6, 16.45, 107.62, 16.47)],
                             crs="EPSG:4326")
    publish_layer(pg, wards, schema, "phường")
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.add_postgis_layer(pg_server.connection(), pg_server.password, schema, "phường", "geom")
    assert [layer.name for layer in window.project.layers] and len(window.project.layers) == 1
    layer = window.project.layers[0]
    assert sorted(layer.data["tên"]) == ["Phường Phú Hội", "Phường Vỹ Dạ"]
    assert window.shown_warnings == []
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.add_postgis_layer(pg_server.connection(), "wrong password", schema, "phường", "geom")
    assert len(window.project.layers) == 1
    assert window.shown_warnings and "password" in window.shown_warnings[0].lower()


def test_publish_offers_the_current_vector_layer(window):
    from gisdesk.layers.vector import VectorLayer

    assert window.publish_layer(object()) is None
    assert "vector layer" in window.statusBar().currentMessage()
    layer = VectorLayer(gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(107.6, 16.46)], crs="EPSG:4326"),
                        name="Điểm")
    window.project.add_layer(layer)
    dialog = window.publish_layer(layer)
    assert dialog is not None and dialog.isVisible() and dialog.layer is layer
    dialog.close()


def test_a_large_table_is_read_by_view_as_the_map_moves(qtbot, window, pg, pg_server, schema):
    """The first PostGIS layer starts the window's view fetcher; panning to part of the table reads that part."""
    import numpy as np

    from gisdesk.db.layer import open_postgis_layer

    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(107.50, 107.70, 400), rng.uniform(16.40, 16.55, 400)
    pts = gpd.GeoDataFrame({"k": np.arange(400)}, geometry=shapely.points(lon, lat), crs="EPSG:4326")
    publish_layer(pg, pts, schema, "điểm")
    layer = open_postgis_layer(pg_server.connection(), pg_server.password, schema, "điểm", threshold=50)
    assert layer.strategy == "view" and window.view_fetcher is None
    window.project.crs = "EPSG:4326"
    window.project.add_layer(layer)
    assert window.view_fetcher is not None
    with qtbot.waitSignal(window.view_fetcher.fetched, timeout=20_000):
        window.canvas.set_extent((107.50, 16.40, 107.55, 16.45))
    gdf = layer.data
    x, y = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()
    inside = int(((lon <= 107.60) & (lat <= 16.50)).sum())  # the view plus its margin, at most
    assert 0 < len(x) <= inside
    assert x.max() < 107.6 and y.max() < 16.5
