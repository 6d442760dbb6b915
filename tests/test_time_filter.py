"""One time window, applied the same way everywhere: the map, the attribute table, identify, selection and
exports show the same rows (QGIS users complain that its temporal filter is ignored by some of these)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer

HOUR = 3600 * 10**9


def _requests(n=200) -> VectorLayer:
    """n requests on a 20 x 10 grid (100 m apart), one per hour from 2025-06-01 00:00 +07:00; every third
    one closed 5 hours after it was made."""
    i = np.arange(n)
    requested = pd.Series(pd.Timestamp("2025-06-01T00:00+07:00") + pd.to_timedelta(i, unit="h")).dt.tz_convert("UTC")
    closed = requested.where(i % 3 == 0) + pd.Timedelta(hours=5)
    table = pd.DataFrame({"service_request_id": [f"R{k:03d}" for k in i], "requested_datetime": requested,
                          "closed_datetime": closed, "status": np.where(i % 3 == 0, "closed", "open"),
                          "service_code": np.where(i % 2 == 0, "VSMT", "GTDB")})
    x = 560_000 + (i % 20) * 100.0
    y = 1_820_000 + (i // 20) * 100.0
    layer = VectorLayer(PointData(table, x, y, crs="EPSG:9214"), name="requests")
    layer.set_time_fields("requested_datetime")
    return layer


def test_window_mask_half_open_and_spans():
    layer = _requests()
    w = TimeWindow.of("2025-06-01T10:00+07:00", "2025-06-01T20:00+07:00")
    assert np.flatnonzero(layer.visible_rows(w)).tolist() == list(range(10, 20))
    layer.set_time_fields("requested_datetime", "closed_datetime")
    # open requests stay "on" after they were made; closed ones until they were closed (5 h later)
    rows = np.flatnonzero(layer.visible_rows(w)).tolist()
    t = layer.attributes["requested_datetime"]
    c = layer.attributes["closed_datetime"]
    expected = np.flatnonzero(((t < w.end) & (c.isna() | (c >= w.start))).to_numpy())
    assert rows == expected.tolist()
    # made before 20:00 and open, or closed at 10:00 or later: 0 and 3 closed at 05:00 and 08:00 are out,
    # 6 (closed 11:00) is in; nothing made at 20:00 or later
    assert rows[:6] == [1, 2, 4, 5, 6, 7] and rows[-1] == 19
    assert layer.visible_rows(None) is None


def test_filters_combine_with_time_and_round_trip():
    layer = _requests()
    layer.filters = {"service_code": ["VSMT"]}
    w = TimeWindow.of("2025-06-01T10:00+07:00", "2025-06-01T20:00+07:00")
    assert np.flatnonzero(layer.visible_rows(w)).tolist() == [10, 12, 14, 16, 18]
    assert np.flatnonzero(layer.visible_rows(None)).tolist() == list(range(0, 200, 2))
    state = layer.get_state()
    assert state["time_field"] == "requested_datetime" and state["filters"] == {"service_code": ["VSMT"]}
    state.pop("type")
    again = VectorLayer(**state)
    assert np.array_equal(again.visible_rows(w), layer.visible_rows(w))


def test_project_time_window_is_saved_but_not_an_edit(tmp_path):
    project = Project(crs="EPSG:9214")
    seen = []
    project.events.time_window.connect(seen.append)
    w = TimeWindow.last(24, now="2025-06-02T00:00+07:00")
    project.time_window = w
    assert seen == [w] and not project.modified
    data = project.to_dict(tmp_path)
    again, _ = Project.shell_from_dict(data, tmp_path)
    assert again.time_window == w
    with pytest.raises(ValueError, match="no time zone"):
        TimeWindow.of("2025-06-01 00:00", "2025-06-02 00:00")


def test_canvas_table_identify_selection_and_export_agree(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    from gisdesk.io.writers import write_layer
    from gisdesk.widgets.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    layer = _requests()
    project = Project(crs="EPSG:9214")
    project.add_layer(layer)
    project.mark_saved()
    window.set_project(project)
    window.layer_panel.set_current_layer(layer)
    canvas = window.canvas
    canvas.set_extent((559_900, 1_819_900, 562_000, 1_821_000))
    project.time_window = TimeWindow.of("2025-06-01T10:00+07:00", "2025-06-01T20:00+07:00")
    assert canvas.wait_for_render()
    shown = np.flatnonzero(layer.visible_rows(project.time_window)).tolist()
    assert shown == list(range(10, 20))
    # the table lists those rows only
    model = window.attribute_table.model
    assert model.rowCount() == 10 and model.total_count == 200
    ids = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert ids == {f"R{k:03d}" for k in shown}
    # selecting everything in view selects only the rows in the window
    w, h = canvas.width(), canvas.height()
    canvas.select_in_pixel_polygon([(0, 0), (w, 0), (w, h), (0, h)])
    assert layer.selection.tolist() == shown
    # identify under a hidden request finds nothing; under a shown one finds it
    from PySide6.QtCore import QPointF

    def hits_at(row):
        p = canvas.settings().map_to_pixel().map(QPointF(layer.points.x[row], layer.points.y[row]))
        return [r for lyr, r in canvas.identify(p.x(), p.y()) if lyr is layer]

    assert hits_at(15) == [15] and hits_at(25) == []
    # the picture: markers only where shown requests are
    img = canvas._image.convertToFormat(canvas._image.Format.Format_RGBA8888)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    def painted(row):
        p = canvas.settings().map_to_pixel().map(QPointF(layer.points.x[row], layer.points.y[row]))
        px = arr[int(p.y()), int(p.x())]
        return tuple(px[:3]) != (255, 255, 255)
    assert painted(12) and not painted(25) and not painted(5)
    # an export writes the same rows
    out = write_layer(layer.shown_data(project.time_window), tmp_path / "shown.gpkg")
    import pyogrio

    assert sorted(pyogrio.read_dataframe(out)["service_request_id"]) == [f"R{k:03d}" for k in shown]
    # moving the window updates all of them
    project.time_window = project.time_window.shifted(5 * HOUR)
    assert canvas.wait_for_render()
    assert model.rowCount() == 10
    assert {model.data(model.index(r, 0)) for r in range(10)} == {f"R{k:03d}" for k in range(15, 25)}
    assert not project.modified  # moving the time slider is not an edit
