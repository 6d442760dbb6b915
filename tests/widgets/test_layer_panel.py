"""The layers panel: top layer first, visibility, reorder, opacity, remove, rename, all undoable; icons that show
a point layer's marker shape; the service-request styles of the context menu."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from shapely.geometry import LineString, Point, box

from gisdesk.core.project import Project
from gisdesk.layers.base import UnavailableLayer
from gisdesk.layers.service_requests import STATE_COLOURS, ServiceRequestLayer, default_style
from gisdesk.layers.vector import VectorLayer
from gisdesk.styles.renderers import LabelSettings
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


# -- icons: marker shapes ---------------------------------------------------------------------------------------
def _image(icon):
    return icon.pixmap(16, 16).toImage()


def _alpha(image, x, y):
    return image.pixelColor(x, y).alpha()


def _marker_box(image):
    """The bounding box (x0, y0, x1, y1) of the pixels an icon paints."""
    xs = [x for x in range(image.width()) for y in range(image.height()) if _alpha(image, x, y) > 0]
    ys = [y for x in range(image.width()) for y in range(image.height()) if _alpha(image, x, y) > 0]
    return min(xs), min(ys), max(xs), max(ys)


def _marker_icon(shape):
    style = {"kind": "single", "fill": [0, 0, 255, 255], "stroke": [0, 0, 0, 0], "size": 2.0, "shape": shape}
    return _image(layer_icon(_layer(shape, [Point(0, 0), Point(1, 1)], style)))


def test_point_icon_shows_the_marker_shape(qapp):
    icons = {shape: _marker_icon(shape) for shape in ("circle", "triangle", "square")}
    corners = {}
    for shape, image in icons.items():
        x0, y0, x1, y1 = _marker_box(image)
        assert x1 - x0 >= 10 and y1 - y0 >= 10  # as large as the icon allows, whatever the marker's size in mm
        assert image.pixelColor(8, 9).getRgb() == (0, 0, 255, 255)  # filled with the symbol's colour
        # one pixel in from each corner of the marker's box: top-left, top-right, bottom-left, bottom-right
        corners[shape] = [_alpha(image, x, y) for x, y in
                          ((x0 + 1, y0 + 1), (x1 - 1, y0 + 1), (x0 + 1, y1 - 1), (x1 - 1, y1 - 1))]
    empty, filled = (lambda a: a < 40), (lambda a: a > 160)
    tl, tr, bl, br = corners["triangle"]
    assert empty(tl) and empty(tr) and filled(bl) and filled(br)  # a triangle pointing up
    assert all(empty(a) for a in corners["circle"])
    assert all(filled(a) for a in corners["square"])
    assert icons["triangle"] != icons["circle"] != icons["square"]


def test_categorized_point_icon_shows_the_first_categories(qapp):
    colours = [[255, 0, 0, 255], [0, 160, 0, 255], [0, 0, 255, 255], [0, 0, 0, 255], [255, 0, 255, 255]]
    cats = [{"value": i, "symbol": {"fill": c, "stroke": [255, 255, 255, 255], "stroke_width": 0.2,
                                     "shape": "square"}} for i, c in enumerate(colours)]
    style = {"kind": "categorized", "column": "n", "categories": cats, "other": None}
    image = _image(layer_icon(_layer("x", [Point(0, 0), Point(1, 1)], style)))
    # a 2 x 2 grid of the first four markers, in the style's order; the fifth category is left out
    for (x, y), colour in zip(((4, 4), (12, 4), (4, 12), (12, 12)), colours, strict=False):
        assert list(image.pixelColor(x, y).getRgb()) == colour
    assert not any(image.pixelColor(x, y).getRgb()[:3] == (255, 0, 255) for x in range(16) for y in range(16))
    assert _alpha(image, 8, 8) == 0  # separate markers, not colour bars
    # the same style on polygons: colour bars across the icon
    bars = _image(layer_icon(_layer("p", [box(0, 0, 1, 1)], style)))
    assert _alpha(bars, 8, 8) == 255


def test_request_icons_follow_their_style(qapp):
    state = _image(layer_icon(_requests()))
    present = {tuple(state.pixelColor(x, y).getRgb()) for x in range(16) for y in range(16)}
    assert tuple(STATE_COLOURS["overdue"]) in present and tuple(STATE_COLOURS["open"]) in present


def test_icons_are_cached_until_the_style_changes(panel, project, stack):
    model = panel.model
    first = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole).cacheKey() == first.cacheKey()
    stack.push(SetStyleCommand(project.layers[2], {"kind": "single", "fill": [0, 0, 255, 255], "shape": "star"}))
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole).cacheKey() != first.cacheKey()


# -- service requests: styles from the context menu ----------------------------------------------------------------
def _requests(name="requests"):
    names = ["Vệ sinh môi trường"] * 4 + ["Giao thông"] * 3 + ["Chiếu sáng"] * 2 + [None]
    statuses = ["open", "closed"] * 5
    gdf = gpd.GeoDataFrame({"service_request_id": [str(i) for i in range(10)], "service_name": names,
                            "status": statuses},
                           geometry=[Point(i, i) for i in range(10)], crs="EPSG:9214")
    gdf["expected_datetime"] = pd.Series(pd.Timestamp("2025-06-01T08:00+07:00"), index=gdf.index).dt.as_unit("ms")
    return ServiceRequestLayer(gdf, name=name, now="2025-06-10T12:00+07:00")


def _menu_texts(panel):
    return [a.text() for a in panel.context_menu().actions() if not a.isSeparator()]


def test_request_styles_in_the_context_menu_undoable(qtbot, stack):
    requests = _requests()
    other = _layer("stations", [Point(0, 0)])
    project = Project(layers=[other, requests])
    panel = LayerPanel(project, stack)
    qtbot.addWidget(panel)
    style_actions = ["Style by &state", "Style by &category (icons)"]
    panel.set_current_layer(other)
    assert not set(style_actions) & set(_menu_texts(panel))  # only for request layers
    assert not panel.apply_request_style("category")
    panel.set_current_layer(requests)
    texts = _menu_texts(panel)
    assert texts[texts.index("&Properties…") + 1:texts.index("&Properties…") + 3] == style_actions
    assert requests.style == default_style("state")
    icon_before = _image(panel.model.data(panel.model.index(0), Qt.ItemDataRole.DecorationRole))

    panel.act_style_category.trigger()
    by_category = default_style("category", requests.attributes)
    assert requests.style == by_category
    assert [c["symbol"].get("shape", "circle") for c in requests.style["categories"][:3]] == [
        "circle", "square", "triangle"]
    assert stack.count() == 1 and "requests" in stack.undoText()
    icon_after = _image(panel.model.data(panel.model.index(0), Qt.ItemDataRole.DecorationRole))
    assert icon_after != icon_before  # the icon follows
    stack.undo()  # Ctrl+Z
    assert requests.style == default_style("state")
    stack.redo()
    assert requests.style == by_category

    panel.act_style_state.trigger()
    assert requests.style == default_style("state") and stack.count() == 2
    panel.act_style_state.trigger()  # already styled by state: no empty undo step
    assert stack.count() == 2


def test_request_styles_keep_the_labels(qtbot, stack):
    requests = _requests()
    labels = LabelSettings("service_name").to_dict()
    requests.style = {**default_style("state"), "labels": labels}
    panel = LayerPanel(Project(layers=[requests]), stack)
    qtbot.addWidget(panel)
    assert panel.apply_request_style("category", requests)
    assert requests.style["labels"] == labels and requests.style["column"] == "service_name"
    stack.undo()
    assert requests.style == {**default_style("state"), "labels": labels}


def test_the_list_is_set_up_for_dragging_layers(panel):
    """What a mouse drag in the list relies on. The drag itself cannot run headless: Qt's offscreen platform
    ends every QDrag at once with IgnoreAction, and a view in InternalMove mode refuses drops that do not come
    from its own drag; the drop that the drag ends in is ``dropMimeData``, tested above."""
    from PySide6.QtWidgets import QAbstractItemView

    view = panel.view
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert view.dragEnabled() and view.acceptDrops() and view.showDropIndicator()
    assert view.defaultDropAction() == Qt.DropAction.MoveAction
    model = panel.model
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled  # between rows
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDropEnabled)  # never onto a layer as a child
    assert model.supportedDropActions() == Qt.DropAction.MoveAction
