"""The analysis toolbox: the tool list and search, the generated dialog, runs with progress, errors and Cancel,
and where results go in the main window."""

from __future__ import annotations

import threading

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.analysis import base
from gisdesk.analysis.base import Algorithm, AnalysisError, Param, Result, input_points
from gisdesk.core.project import Project
from gisdesk.layers import PointData, VectorLayer
from gisdesk.widgets.toolbox import AlgorithmDialog, ToolboxDock

pytestmark = pytest.mark.usefixtures("qapp")


class MeanOfColumn(Algorithm):
    id = "test_mean_of_column"
    name = "Mean of a column"
    group = "Tests"
    description = "The mean of a numeric column of the points that take part."
    time_aware = True
    params = (
        Param("points", "layer", "Points", geometry="point"),
        Param("value", "field", "Value", parent="points", numeric=True),
        Param("scale", "number", "Scale", default=1.0, minimum=0.5, unit="m"),
        Param("as_layer", "bool", "As a layer", default=False),
    )

    def run(self, values, context, feedback):
        li = values["points"]
        x, y, rows = input_points(li, context)
        v = li.layer.attributes[values["value"]].to_numpy()[rows]
        if (v < 0).any():
            raise AnalysisError("Negative values cannot be averaged here.")
        feedback.progress(0.5, "Averaging")
        mean = float(v.mean()) * values["scale"]
        if values["as_layer"]:
            gdf = gpd.GeoDataFrame({"mean": [mean]}, geometry=[shapely.Point(x.mean(), y.mean())],
                                   crs=li.layer.crs)
            return Result(name="Mean point", layer=gdf, style={"kind": "single", "fill": [255, 0, 0, 255],
                                                              "stroke": [0, 0, 0, 255], "stroke_width": 0.2,
                                                              "size": 3},
                          summary=[f"{len(rows)} points"])
        return Result(name="Mean", table=pd.DataFrame({"n": [len(rows)], "mean": [mean]}),
                      chart={"title": "t", "x": ["a", "b"], "series": {"s": [1, 2]}},
                      summary=[f"{len(rows)} points"], selection=("points", rows[:1]))


class WaitsForCancel(Algorithm):
    id = "test_waits_for_cancel"
    name = "Waits for cancel"
    group = "Tests"
    description = "Loops until cancelled."
    params = (Param("points", "layer", "Points"),)
    started = threading.Event()

    def run(self, values, context, feedback):
        WaitsForCancel.started.set()
        for i in range(2000):
            feedback.progress(i / 2000, "waiting")
            threading.Event().wait(0.005)
        return Result(name="never")


@pytest.fixture
def tools(monkeypatch):
    monkeypatch.setitem(base._REGISTRY, MeanOfColumn.id, MeanOfColumn)
    monkeypatch.setitem(base._REGISTRY, WaitsForCancel.id, WaitsForCancel)


@pytest.fixture
def discard_on_close(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _project():
    table = pd.DataFrame({"v": [1.0, 2.0, 3.0, 6.0], "kind": ["a", "b", "a", "b"]})
    pts = VectorLayer(PointData(table, np.arange(4) * 100.0 + 560000, np.full(4, 1820000.0), crs="EPSG:9214"),
                      name="requests")
    wards = VectorLayer(gpd.GeoDataFrame({"name": ["A"]}, geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:9214"),
                        name="wards")
    project = Project(name="t", crs="EPSG:9214")
    project.add_layer(wards)
    project.add_layer(pts)
    return project, pts, wards


def test_toolbox_lists_tools_by_group_and_filters(qtbot, tools):
    dock = ToolboxDock()
    qtbot.addWidget(dock)
    shown = dock.shown_tools()
    assert MeanOfColumn.id in shown and WaitsForCancel.id in shown
    dock.search.setText("test_mean_of")
    assert dock.shown_tools() == [MeanOfColumn.id]
    dock.search.setText("no such tool")
    assert dock.shown_tools() == []
    dock.search.setText("waits for")
    with qtbot.waitSignal(dock.open_requested) as got:
        dock.search.returnPressed.emit()
    assert got.args == [WaitsForCancel]


def test_dialog_offers_fitting_layers_and_columns(qtbot, tools):
    project, pts, _wards = _project()
    dialog = AlgorithmDialog(MeanOfColumn, project, current_layer=pts)
    qtbot.addWidget(dialog)
    combo = dialog.editors["points"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["requests"]  # no polygon layer offered
    fields = dialog.editors["value"]
    assert [fields.itemText(i) for i in range(fields.count())] == ["v"]  # numeric columns only
    assert dialog.editors["scale"].suffix() == " m"
    box = dialog.selected_boxes["points"]
    assert not box.isEnabled()
    pts.selection = [1, 2]
    dialog._update_selected_box("points")
    assert box.isEnabled() and "(2)" in box.text()
    values = dialog.values()
    assert values["value"] == "v" and values["scale"] == 1.0 and values["as_layer"] is False
    assert values["points"].layer is pts and values["points"].selected_only is False


def test_run_gives_a_result_with_progress(qtbot, tools):
    project, pts, _ = _project()
    dialog = AlgorithmDialog(MeanOfColumn, project, current_layer=pts)
    qtbot.addWidget(dialog)
    dialog.set_value("scale", 2.0)
    with qtbot.waitSignal(dialog.result_ready, timeout=10000) as got:
        job = dialog.run()
        assert job is not None and not dialog.run_button.isEnabled()
    alg, result, values = got.args
    assert alg is MeanOfColumn
    assert result.table["mean"].tolist() == [6.0]  # (1+2+3+6)/4 × 2
    assert values["scale"] == 2.0
    assert dialog.progress.value() == 1000


def test_wrong_input_is_shown_and_the_dialog_stays(qtbot, tools):
    project, pts, _ = _project()
    pts.attributes.loc[0, "v"] = -1.0
    dialog = AlgorithmDialog(MeanOfColumn, project, current_layer=pts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "Negative values" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.run_button.isEnabled()
    # a check that fails before running: selected only with nothing selected is refused by the checkbox,
    # a scale below the minimum by the spin box; an empty layer list by the check
    empty = Project(name="e", crs="EPSG:9214")
    d2 = AlgorithmDialog(MeanOfColumn, empty)
    qtbot.addWidget(d2)
    assert d2.run() is None
    assert "'Points' is required" in d2.error_label.text()


def test_cancel_stops_the_run_and_adds_nothing(qtbot, tools):
    project, pts, _ = _project()
    WaitsForCancel.started.clear()
    dialog = AlgorithmDialog(WaitsForCancel, project, current_layer=pts)
    qtbot.addWidget(dialog)
    job = dialog.run()
    assert WaitsForCancel.started.wait(10)
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        dialog.cancel_button.click()
    assert "Cancelled" in dialog.status.text()
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_closing_the_dialog_while_running_cancels_quietly(qtbot, tools):
    project, pts, _ = _project()
    WaitsForCancel.started.clear()
    dialog = AlgorithmDialog(WaitsForCancel, project, current_layer=pts)
    job = dialog.run()
    assert WaitsForCancel.started.wait(10)
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        dialog.reject()
        dialog.deleteLater()
    assert not job.running


def test_results_land_in_the_main_window(qtbot, tools, discard_on_close):
    from gisdesk.widgets.main_window import MainWindow

    project, pts, _ = _project()
    win = MainWindow(project)
    qtbot.addWidget(win)
    dock = win.show_toolbox()
    assert MeanOfColumn.id in dock.shown_tools()
    dialog = win.open_algorithm(MeanOfColumn)
    dialog.set_value("points", pts)
    # a table result: in the results dock, with its chart; its selection applied to the input layer
    with qtbot.waitSignal(dialog.result_ready, timeout=10000):
        dialog.run()
    tab = win.results_dock.tabs.currentWidget()
    assert tab.model.rowCount() == 1 and tab.chart is not None
    assert list(pts.selection) == [0]
    assert "4 points" in win.report_view.toPlainText()
    out = tab.result.table
    # a layer result: a new styled layer
    dialog = win.open_algorithm(MeanOfColumn)
    dialog.set_value("points", pts)
    dialog.set_value("as_layer", True)
    n = len(project.layers)
    with qtbot.waitSignal(dialog.result_ready, timeout=10000):
        dialog.run()
    assert len(project.layers) == n + 1
    added = project.layers[-1]
    assert added.name == "Mean point" and added.style["fill"] == [255, 0, 0, 255]
    assert out["n"].tolist() == [4]


def test_a_raster_result_is_kept_in_the_results_folder(qtbot, tmp_path, discard_on_close):
    import rasterio
    from rasterio.transform import from_origin

    from gisdesk.widgets.main_window import MainWindow

    project, _, _ = _project()
    win = MainWindow(project)
    qtbot.addWidget(win)
    tif = tmp_path / "density.tif"
    with rasterio.open(tif, "w", driver="GTiff", width=4, height=3, count=1, dtype="float32", crs="EPSG:9214",
                       transform=from_origin(560000, 1820300, 100, 100), nodata=-1) as ds:
        ds.write(np.arange(12, dtype="float32").reshape(1, 3, 4))
    layer = win.add_analysis_result(MeanOfColumn, Result(name="Density: requests", raster=tif), {})
    assert not tif.exists()  # moved, not copied
    kept = layer.source if hasattr(layer, "source") else None
    assert kept and "results" in str(kept) and str(kept).endswith(".tif")
    assert layer in project.layers and layer.name == "Density: requests"
