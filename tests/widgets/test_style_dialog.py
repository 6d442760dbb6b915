"""The style dialog returns the style dict of each kind and applies it through the undo stack."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from PySide6.QtGui import QUndoStack
from shapely.geometry import Point, box

from gisdesk.layers.vector import VectorLayer
from gisdesk.styles.renderers import renderer_from_dict
from gisdesk.widgets import style_dialog as sd
from gisdesk.widgets.style_dialog import ColorButton, StyleDialog

WARDS = ["Vỹ Dạ", "Phú Hội", "Vỹ Dạ", "An Cựu", None, "Phú Hội", "Vỹ Dạ", "Kim Long"]


@pytest.fixture
def polygons():
    n = len(WARDS)
    df = gpd.GeoDataFrame({"ward": pd.array(WARDS, dtype="str"), "pop": [10.0, 20, 30, 40, 50, 60, 70, 80],
                           "code": [f"W{i}" for i in range(n)]},
                          geometry=[box(i, 0, i + 1, 1) for i in range(n)], crs="EPSG:9214")
    return VectorLayer(df, name="wards", style={"kind": "single", "fill": [235, 225, 195, 120],
                                                "stroke": [175, 165, 135, 255], "stroke_width": 0.15, "size": 3.0})


@pytest.fixture
def points():
    rng = np.random.default_rng(1)
    df = gpd.GeoDataFrame({"weight": rng.uniform(0, 5, 50), "kind": ["a", "b"] * 25},
                          geometry=[Point(x, y) for x, y in rng.uniform(0, 100, (50, 2))], crs="EPSG:9214")
    return VectorLayer(df, name="requests")


@pytest.fixture
def dialog(qtbot, polygons):
    d = StyleDialog(polygons, QUndoStack())
    qtbot.addWidget(d)
    return d


def test_opens_on_the_layer_style(dialog, polygons):
    assert dialog.kind == "single"
    assert dialog.style() == polygons.style | {"kind": "single"}
    assert dialog.fill_button.color() == (235, 225, 195, 120)


def test_single_symbol(dialog):
    dialog.fill_button.set_color((10, 20, 30, 40))
    dialog.stroke_button.set_color((1, 2, 3))
    dialog.stroke_width.setValue(1.25)
    dialog.size_spin.setValue(4.5)
    assert dialog.style() == {"kind": "single", "fill": [10, 20, 30, 40], "stroke": [1, 2, 3, 255],
                              "stroke_width": 1.25, "size": 4.5}


def test_color_button_uses_the_colour_dialog(qtbot, monkeypatch):
    from PySide6.QtGui import QColor

    button = ColorButton((0, 0, 0, 255))
    qtbot.addWidget(button)
    monkeypatch.setattr(sd.QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor(1, 2, 3, 4)))
    with qtbot.waitSignal(button.color_changed) as blocker:
        button.click()
    assert blocker.args == [(1, 2, 3, 4)] and button.color() == (1, 2, 3, 4)


def test_categorized(dialog):
    dialog.set_kind("categorized")
    dialog.cat_column.setCurrentText("ward")
    style = dialog.style()
    assert style["kind"] == "categorized" and style["column"] == "ward"
    values = [c["value"] for c in style["categories"]]
    assert values[:2] == ["Vỹ Dạ", "Phú Hội"]  # most frequent first
    assert set(values) == {"Vỹ Dạ", "Phú Hội", "An Cựu", "Kim Long", None}
    fills = [tuple(c["symbol"]["fill"]) for c in style["categories"]]
    assert len(set(fills)) == len(fills)
    # the outline of the single symbol carries over to every category (polygons: colour on the fill)
    assert all(c["symbol"]["stroke"] == [175, 165, 135, 255] for c in style["categories"])
    assert renderer_from_dict(style).classify(dialog.layer.data)[0].tolist() == [
        values.index(w) for w in WARDS]


def test_categorized_is_built_in_the_background_and_editable(qtbot, dialog, monkeypatch):
    dialog.set_kind("categorized")
    with qtbot.waitSignal(dialog.classified, timeout=10_000):
        dialog.cat_column.setCurrentText("code")
    assert dialog.cat_table.rowCount() == 8
    dialog.cat_table.item(0, 1).setText("Phường đầu")  # edit a legend text
    dialog.cat_table.set_colour(0, (9, 9, 9, 255))
    style = dialog.style()  # up to date: not rebuilt
    assert style["categories"][0]["label"] == "Phường đầu"
    assert style["categories"][0]["symbol"]["fill"] == [9, 9, 9, 255]


def test_graduated(dialog):
    dialog.set_kind("graduated")
    dialog.grad_column.setCurrentText("pop")
    dialog.grad_method.setCurrentIndex(sd.METHODS.index("equal_interval"))
    dialog.grad_k.setValue(7)
    dialog.grad_ramp.setCurrentIndex(dialog.grad_ramp.findData("Blues"))
    style = dialog.style()
    assert {k: style[k] for k in ("kind", "column", "method", "k", "ramp")} == {
        "kind": "graduated", "column": "pop", "method": "equal_interval", "k": 7, "ramp": "Blues"}
    classes = style["classes"]
    assert len(classes) == 7
    assert classes[0]["lower"] == 10.0 and classes[-1]["upper"] == 80.0
    assert [c["upper"] for c in classes] == pytest.approx([20, 30, 40, 50, 60, 70, 80])
    assert classes[0]["symbol"]["fill"] != classes[-1]["symbol"]["fill"]


def test_graduated_methods(dialog):
    dialog.set_kind("graduated")
    for method in sd.METHODS:
        dialog.grad_method.setCurrentIndex(sd.METHODS.index(method))
        dialog.grad_k.setValue(4)
        style = dialog.style()
        assert style["method"] == method and 1 <= len(style["classes"]) <= 4
    assert not dialog.kind_combo.model().item(sd.KINDS.index("heatmap")).isEnabled()  # polygons: no heatmap


def test_heatmap_for_points(qtbot, points):
    dialog = StyleDialog(points)
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.model().item(sd.KINDS.index("heatmap")).isEnabled()
    dialog.set_kind("heatmap")
    dialog.heat_radius.setValue(15)
    style = dialog.style()
    assert style == {"kind": "heatmap", "radius_mm": 15.0, "ramp": [list(c) for c in sd.RAMPS["heat"]],
                     "weight": None, "max_value": None}
    dialog.heat_weight.setCurrentIndex(dialog.heat_weight.findData("weight"))
    dialog.heat_max.setValue(12.5)
    assert dialog.style()["weight"] == "weight" and dialog.style()["max_value"] == 12.5
    dialog.apply()  # no undo stack: set directly
    assert points.style["kind"] == "heatmap"
    again = StyleDialog(points)  # opens on the heatmap
    qtbot.addWidget(again)
    assert again.kind == "heatmap" and again.style() == points.style


def test_labels(dialog):
    dialog.labels_box.setChecked(True)
    dialog.label_column.setCurrentText("ward")
    dialog.label_size.setValue(10)
    dialog.halo_width.setValue(1.0)
    dialog.halo_color.set_color((250, 250, 250, 200))
    assert dialog.style()["labels"] == {"column": "ward", "size_pt": 10.0, "color": [30, 30, 30, 255],
                                        "halo_color": [250, 250, 250, 200], "halo_width_mm": 1.0, "enabled": True}
    dialog.labels_box.setChecked(False)
    assert "labels" not in dialog.style()


def test_apply_goes_through_the_undo_stack(dialog, polygons):
    before = polygons.style
    dialog.set_kind("categorized")
    dialog.cat_column.setCurrentText("ward")
    assert dialog.apply()
    assert polygons.style["kind"] == "categorized"
    assert not dialog.apply()  # unchanged: nothing pushed
    assert dialog.undo_stack.count() == 1
    dialog.undo_stack.undo()
    assert polygons.style == before
    dialog.undo_stack.redo()
    assert polygons.style == dialog.style()


def test_reopening_keeps_edited_categories(qtbot, dialog, polygons):
    dialog.set_kind("categorized")
    dialog.cat_column.setCurrentText("ward")
    dialog._ensure_built("categorized")
    dialog.cat_table.set_colour(1, (1, 1, 1, 255))
    dialog.apply()
    again = StyleDialog(polygons)
    qtbot.addWidget(again)
    assert again.kind == "categorized" and again.style() == polygons.style


def test_bad_column_for_graduated_says_why(qtbot):
    df = gpd.GeoDataFrame({"x": [np.nan, np.nan]}, geometry=[Point(0, 0), Point(1, 1)], crs=9214)
    dialog = StyleDialog(VectorLayer(df, name="empty"))
    qtbot.addWidget(dialog)
    dialog.set_kind("graduated")
    with pytest.raises(ValueError, match="no numbers"):
        dialog.style()  # no classes: nothing half-made reaches the layer
    assert "no numbers" in dialog.status.text()
    before = dialog.layer.style
    assert not dialog.apply()
    dialog.buttons.accepted.emit()  # OK stays open
    assert dialog.layer.style == before and dialog.result() == 0


def test_raster_layers_are_refused(qtbot):
    from gisdesk.layers.base import Layer

    with pytest.raises(TypeError):
        StyleDialog(Layer(name="raster"))
