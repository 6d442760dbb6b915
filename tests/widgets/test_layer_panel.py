"""The layers panel: top layer first, visibility, reorder, opacity, remove, rename, all undoable."""

from __future__ import annotations

import geopandas as gpd
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from shapely.geometry import LineString, Point, box

from gisdesk.core.project import Project
from gisdesk.layers.base import UnavailableLayer
from gisdesk.layers.vector import VectorLayer
from gisdesk.widgets.layer_panel import LayerListModel, LayerPanel, geometry_family, layer_icon
from gisdesk.widgets.undo import AddLayerCommand, MoveLayerCommand, SetStyleCommand, apply_order


def _layer(name, geoms, style=None):
    return VectorLayer(gpd.GeoDataFrame({"n": range(len(geoms))}, geometry=geoms, crs="EPSG:9214"), name=name,
                       style=style or {"kind": "single", "fill": [200, 0, 0, 255]})


@pytest.fixture
def project():
    return Project(layers=[
        _layer("wards", [box(0, 0, 1, 1), box(1, 0, 2, 1)]),
        _layer("roads", [LineString([(0, 0), (1, 1)])]),
        _layer("stations", [Point(0, 0), Point(1, 1), None]),
    ])


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def panel(qtbot, project, stack):
    p = LayerPanel(project, stack)
    qtbot.addWidget(p)
    p.show()
    return p


def names(model):
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def test_model_is_consistent(qapp, qtmodeltester, project, stack):
    model = LayerListModel(project, stack)
    qtmodeltester.check(model)
    project.add_layer(_layer("new", [Point(5, 5)]))
    project.layers.move(0, 3)
    del project.layers[1]
    qtmodeltester.check(model)


def test_top_layer_first_with_icons_and_tooltips(panel, project):
    model = panel.model
    assert names(model) == ["stations", "roads", "wards"]
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.data(model.index(0), Qt.ItemDataRole.DecorationRole).isNull()
    assert "EPSG:9214" in model.data(model.index(2), Qt.ItemDataRole.ToolTipRole)
    assert panel.current_layer() is project.layers[2]  # the top layer is current at first
    assert [geometry_family(x) for x in project.layers] == ["polygon", "line", "point"]


def test_icons_for_every_kind(qapp):
    for style in ({"kind": "categorized", "categories": [{"symbol": {"fill": [1, 2, 3, 255]}}]},
                  {"kind": "heatmap", "ramp": [[0, 0, 255, 0], [255, 0, 0, 255]]}, {"kind": "raster"}, {}):
        assert not layer_icon(_layer("x", [Point(0, 0)], style)).isNull()
    broken = UnavailableLayer({"name": "gone", "source": "/nowhere.shp"}, "file not found")
    assert not layer_icon(broken).isNull()


def test_toggle_visibility_undo_redo(panel, project, stack):
    model = panel.model
    stations = project.layers[2]
    assert model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert stations.visible is False
    assert stack.count() == 1 and "stations" in stack.undoText()
    stack.undo()
    assert stations.visible is True
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    stack.redo()
    assert stations.visible is False
    stations.visible = True  # from elsewhere (e.g. the map): the row follows
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_reorder_with_move_rows_and_undo(panel, project, stack):
    model = panel.model
    # drag the top layer (stations) below the bottom one
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert names(model) == ["roads", "wards", "stations"]
    assert project.layers.names() == ["stations", "wards", "roads"]  # bottom first
    stack.undo()
    assert names(model) == ["stations", "roads", "wards"]
    stack.redo()
    assert names(model) == ["roads", "wards", "stations"]
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # onto itself: nothing
    assert stack.count() == 1


def test_reorder_by_drop_mime_data(panel, project, stack):
    model = panel.model
    mime = model.mimeData([model.index(2)])  # wards (bottom)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # to the top
    assert names(model) == ["wards", "stations", "roads"]
    # two rows at once, dropped onto a layer: they go above it
    mime = model.mimeData([model.index(1), model.index(2)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0))
    assert names(model) == ["stations", "roads", "wards"]
    stack.undo()
    stack.undo()
    assert names(model) == ["stations", "roads", "wards"] and project.layers.names() == ["wards", "roads",
                                                                                         "stations"]


def test_remove_and_undo_puts_it_back_at_its_index(panel, project, stack):
    roads = project.layers[1]
    panel.set_current_layer(roads)
    panel.remove_selected()
    assert project.layers.names() == ["wards", "stations"]
    assert names(panel.model) == ["stations", "wards"]
    stack.undo()
    assert project.layers[1] is roads
    assert names(panel.model) == ["stations", "roads", "wards"]
    roads.visible = False  # still watched after coming back
    assert panel.model.data(panel.model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_remove_several_is_one_step(panel, project, stack):
    sm = panel.view.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    sm.select(panel.model.index(0), QItemSelectionModel.SelectionFlag.Select)
    sm.select(panel.model.index(2), QItemSelectionModel.SelectionFlag.Select)
    panel.remove_selected()
    assert project.layers.names() == ["roads"]
    assert stack.count() == 1
    stack.undo()
    assert project.layers.names() == ["wards", "roads", "stations"]


def test_rename_keeps_names_unique(panel, project, stack):
    model = panel.model
    assert model.setData(model.index(0), "Trạm", Qt.ItemDataRole.EditRole)
    assert project.layers[2].name == "Trạm"
    assert model.setData(model.index(0), "roads", Qt.ItemDataRole.EditRole)
    assert project.layers[2].name == "roads (2)"
    assert not model.setData(model.index(0), "  ", Qt.ItemDataRole.EditRole)
    stack.undo()
    stack.undo()
    assert project.layers[2].name == "stations"


def test_opacity_slider(panel, project, stack):
    top = project.layers[2]
    slider = panel.opacity_slider
    # keyboard steps: each changes the layer, consecutive ones merge into one undo step
    slider.setValue(90)
    slider.setValue(80)
    assert top.opacity == pytest.approx(0.8)
    assert stack.count() == 1
    stack.undo()
    assert top.opacity == 1.0 and slider.value() == 100  # the slider follows the layer
    # a drag previews live and is one undo step
    slider.setSliderDown(True)
    slider.setValue(40)
    slider.setValue(30)
    assert top.opacity == pytest.approx(0.3)
    slider.setSliderDown(False)  # emits sliderReleased
    assert stack.count() == 1  # the undone keyboard step was replaced by the drag
    stack.undo()
    assert top.opacity == 1.0
    stack.redo()
    assert top.opacity == pytest.approx(0.3)
    panel.set_current_layer(project.layers[0])
    assert slider.value() == 100


def test_context_menu_signals(qtbot, panel, project):
    panel.set_current_layer(project.layers[0])
    menu = panel.context_menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Zoom to Layer", "Re&name", "&Properties…", "&Remove Layer"]
    with qtbot.waitSignal(panel.zoom_to_layer) as blocker:
        panel.act_zoom.trigger()
    assert blocker.args == [project.layers[0]]
    with qtbot.waitSignal(panel.properties_requested) as blocker:
        panel.act_properties.trigger()
    assert blocker.args == [project.layers[0]]
    with qtbot.waitSignal(panel.current_layer_changed) as blocker:
        panel.set_current_layer(project.layers[1])
    assert blocker.args == [project.layers[1]]


def test_rows_follow_the_project(panel, project, stack):
    stack.push(AddLayerCommand(project, _layer("wards", [Point(0, 0)])))
    assert names(panel.model)[0] == "wards (2)"
    stack.undo()
    assert names(panel.model) == ["stations", "roads", "wards"]
    stack.push(MoveLayerCommand(project, project.layers[2], 0))
    assert names(panel.model) == ["roads", "wards", "stations"]
    project.layers[0].name = "Trạm"  # renamed elsewhere
    assert names(panel.model)[-1] == "Trạm"
    project.layers.reverse()
    assert names(panel.model) == ["Trạm", "wards", "roads"]


def test_style_change_updates_icon_and_undoes(panel, project, stack):
    wards = project.layers[0]
    before = panel.model.data(panel.model.index(2), Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
    stack.push(SetStyleCommand(wards, {"kind": "single", "fill": [0, 0, 255, 255]}))
    after = panel.model.data(panel.model.index(2), Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
    assert before != after
    stack.undo()
    assert wards.style["fill"] == [200, 0, 0, 255]


def test_set_project_disconnects_the_old_one(panel, project):
    old_connections = len(project.layers.events.inserted)
    per_layer = [len(x.events.all) for x in project.layers]
    other = Project(layers=[_layer("only", [Point(0, 0)])])
    panel.set_project(other)
    assert len(project.layers.events.inserted) == old_connections - 1
    assert [len(x.events.all) for x in project.layers] == [n - 1 for n in per_layer]
    project.add_layer(_layer("ignored", [Point(0, 0)]))
    assert names(panel.model) == ["only"]
    assert panel.current_layer() is other.layers[0]


def test_apply_order_rejects_other_layers(project):
    with pytest.raises(ValueError):
        apply_order(project.layers, [project.layers[0]])
