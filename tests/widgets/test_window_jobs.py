"""Work the main window starts in the background: opening sensors (success and a clear failure)."""

from __future__ import annotations

import pytest

from gisdesk.core.project import Project

pytestmark = pytest.mark.usefixtures("qapp")


def test_open_sensors_adds_a_sensor_layer(qtbot, window, sample_data):
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_sensors(f"{sample_data / 'sensors.zip'}!sensors.gpkg")
    assert [type(layer).__name__ for layer in window.project.layers] == ["SensorLayer"]
    assert window.sensor_dock.isVisibleTo(window) and window.shown_warnings == []


def test_a_file_that_is_not_sensors_says_why(qtbot, window, tmp_path):
    bad = tmp_path / "readings.csv"
    bad.write_text("nothing,useful\n1,2\n", encoding="utf-8")
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_sensors(str(bad))
    assert len(window.project.layers) == 0
    assert window.shown_warnings and "readings.csv" in window.shown_warnings[0]
    assert "Could not open" in window.report_view.toPlainText()


def test_print_layouts_dialog_follows_the_project(window):
    project_menu = window.menuBar().actions()[0].menu()
    assert window.act_print in project_menu.actions()
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    dialog = window.show_print_layouts()
    assert dialog.project is window.project and dialog.isVisible()
    assert window.show_print_layouts() is dialog  # one per project
    window.set_project(Project(name="other"))
    assert not dialog.isVisible()
    again = window.show_print_layouts()
    assert again is not dialog and again.project is window.project
    again.close()


def test_add_basemap_from_settings(window):
    from gisdesk.settings import Settings

    assert window.add_basemap() is None  # no URL set: a warning, no layer, nothing fetched
    assert window.shown_warnings and "Settings" in window.shown_warnings[-1] and len(window.project.layers) == 0
    prefs = Settings(window.settings)
    prefs.basemap_url = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    prefs.basemap_attribution = "© Sở TN&MT"
    layer = window.add_basemap()
    assert window.project.layers[0] is layer and layer.attribution == "© Sở TN&MT" and layer.on_status is not None
    assert window.act_basemap in window.menuBar().actions()[3].menu().actions()  # Layer menu
    prefs.basemap_url = ""


def test_the_start_page_shows_while_the_project_is_empty(qtbot, window):
    import geopandas as gpd
    import shapely

    from gisdesk.layers.vector import VectorLayer

    window.show()
    assert window.central.currentWidget() is window.start_page
    assert window.table_dock.isHidden() and window.time_dock.isHidden()  # the page gets the room
    layer = VectorLayer(gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(107.6, 16.46)], crs="EPSG:4326"),
                        name="p")
    window.project.add_layer(layer)
    assert window.central.currentWidget() is window.canvas
    assert not window.table_dock.isHidden() and not window.time_dock.isHidden()
    window.project.layers.remove(layer)
    assert window.central.currentWidget() is window.start_page
