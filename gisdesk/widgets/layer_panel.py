"""The layers panel: the project's layers, top layer first (as in QGIS).

``LayerListModel`` is a Qt list model over ``project.layers`` (which is bottom first: view row ``r``
is layer index ``n - 1 - r``). It follows the psygnal events of the list (``inserting``/
``inserted``, ``removing``/``removed``, ``moving``/``moved``) with the matching Qt ``begin*/end*``
calls, and every layer's events (name, visibility, opacity, style, data) with ``dataChanged``.
Every change it makes (check box, rename, drag to reorder) goes through a ``QUndoCommand`` on the
undo stack it was given.

``LayerPanel`` is the widget: the list, an opacity slider for the current layer and a context menu
(zoom to layer, rename, properties, remove; for service requests, their "by state" and "by category (icons)"
styles). It emits ``zoom_to_layer(layer)``, ``properties_requested(layer)`` and ``current_layer_changed(layer)``.

A layer's icon is its legend swatch (``draw_legend_patch``, as in the legend and print layouts): a point layer
shows its marker's shape and colours, a categorized point layer its first four categories' markers. Icons are
cached by the model and redrawn only when the layer's style or data change.
"""

from __future__ import annotations

import dataclasses
import json
import weakref
from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core.crs import crs_label
from gisdesk.layers.service_requests import ServiceRequestLayer
from gisdesk.layers.service_requests import default_style as request_style
from gisdesk.render.draw import draw_legend_patch
from gisdesk.settings import fmt_int
from gisdesk.styles.single import SingleSymbol
from gisdesk.widgets.undo import (
    RemoveLayerCommand,
    RenameLayerCommand,
    ReorderLayersCommand,
    SetOpacityCommand,
    SetStyleCommand,
    SetVisibleCommand,
)

__all__ = ["LayerListModel", "LayerPanel", "geometry_family", "layer_icon"]

_Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-gisdesk-layer-rows"
LayerRole = Qt.ItemDataRole.UserRole + 1


# -- icons ---------------------------------------------------------------------------------------
def geometry_family(layer: Any) -> str | None:
    """"polygon", "line" or "point" (the most common kind of geometry), or None (no geometry/raster)."""
    return getattr(layer, "geometry_family", None)


def _qcolor(rgba: Any) -> QColor:
    r, g, b, *a = (list(rgba) + [255])[:4]
    return QColor(int(r), int(g), int(b), int(a[0]) if a else 255)


# the fallback swatch for a symbol that cannot be read
_GREY = SingleSymbol()
# most categories shown in a categorized point layer's icon (a 2 x 2 grid at 16 px)
ICON_CATEGORIES = 4
# the largest outline drawn in an icon, millimetres (a 2 mm outline would fill a 16 px marker)
_ICON_OUTLINE_MM = 0.4
# a line layer's stroke in its icon, millimetres (thin lines stay visible, thick ones stay a line)
_ICON_LINE_MM = (0.4, 0.9)


def _symbol(d: Any) -> SingleSymbol:
    """The ``SingleSymbol`` of a symbol dict (a single style or a class's symbol); grey when unreadable."""
    try:
        return SingleSymbol.from_dict(d)
    except ValueError:
        return _GREY


def _icon_symbol(symbol: SingleSymbol, family: str | None) -> SingleSymbol:
    """``symbol`` as drawn in an icon: a marker as large as the swatch allows (the icon shows its shape and
    colours, not its size), outlines and strokes kept readable at 16 px."""
    if family == "line":
        lo, hi = _ICON_LINE_MM
        return dataclasses.replace(symbol, stroke_width=min(max(symbol.stroke_width, lo), hi))
    size = 1000.0 if family == "point" else symbol.size  # draw_legend_patch keeps it inside the swatch
    return dataclasses.replace(symbol, size=size, stroke_width=min(symbol.stroke_width, _ICON_OUTLINE_MM))


def _marker_cells(n: int, size: float) -> list[QRectF]:
    """Where ``n`` (1-4) markers go in a ``size`` icon: the whole icon for one; else the cells of a 2 x 2 grid
    (two on a diagonal, three as two above one). A cell's marker is ``size / 2 - 1`` wide (7 px at 16 px) and
    centred a quarter of the icon in from its side, so at 16 px the markers of a row sit on whole pixels
    (0-7 and 9-16) with a clear gap. The cells overlap by the margins draw_legend_patch leaves."""
    if n <= 1:
        return [QRectF(0, 0, size, size)]
    marker = size / 2 - 1
    c = marker + 3  # draw_legend_patch leaves 2 px and a pen width (1 px, even without an outline) of room
    lo, hi, mid = marker / 2 - c / 2, size - marker / 2 - c / 2, size / 2 - c / 2
    spots = {2: [(lo, lo), (hi, hi)], 3: [(lo, lo), (hi, lo), (mid, hi)]}.get(
        n, [(lo, lo), (hi, lo), (lo, hi), (hi, hi)])
    return [QRectF(x, y, c, c) for x, y in spots]


def _class_symbols(style: dict[str, Any]) -> list[SingleSymbol]:
    entries = style.get("categories") or style.get("classes") or []
    symbols = [_symbol(e["symbol"]) for e in entries[:ICON_CATEGORIES] if isinstance(e, dict) and "symbol" in e]
    if not symbols and isinstance(style.get("other"), dict):
        symbols = [_symbol(style["other"])]
    return symbols or [_GREY]


def _draw_icon(painter: QPainter, size: int, style: dict[str, Any], family: str | None) -> None:
    kind = style.get("kind", "single")
    rect = QRectF(0, 0, size, size)
    if kind == "single":
        draw_legend_patch(painter, rect, _icon_symbol(_symbol(style), family), family)
    elif kind == "categorized" and family == "point":  # the first categories' markers: shapes and colours
        symbols = _class_symbols(style)
        for cell, sym in zip(_marker_cells(len(symbols), size), symbols, strict=True):
            if sym.fill[3]:  # a 7 px marker reads by its fill: an outline (often a white halo) only shrinks it
                sym = dataclasses.replace(sym, stroke=(0, 0, 0, 0))
            draw_legend_patch(painter, cell, _icon_symbol(sym, "point"), "point")
    elif kind in ("categorized", "graduated"):  # colour bars
        symbols = _class_symbols(style)
        w = size / len(symbols)
        for i, sym in enumerate(symbols):
            colour = sym.stroke if family == "line" else sym.fill
            painter.fillRect(QRectF(i * w, 2, w, size - 4), _qcolor(colour))
        painter.setPen(QPen(QColor(60, 60, 60), 1.0))
        painter.drawRect(QRectF(0.5, 2.5, size - 1, size - 5))
    else:  # heatmap, raster, anything else: a colour ramp
        from gisdesk.render.raster import ramp_lut  # names ("grey", "terrain", "YlOrRd"...) or colour lists

        default = "grey" if kind == "raster" else "heat"
        lut = ramp_lut(style.get("ramp") or default)
        ramp = [tuple(int(v) for v in lut[i]) for i in (0, 64, 128, 192, 255)]
        gradient = QLinearGradient(0, size, size, 0)
        for i, c in enumerate(ramp):
            gradient.setColorAt(i / max(1, len(ramp) - 1), _qcolor(c))
        painter.fillRect(QRectF(1, 1, size - 2, size - 2), QBrush(gradient))


def layer_icon(layer: Any, size: int = 16) -> QIcon:
    """A swatch for the layer's style: its symbol (a point layer's marker shape), the first few categories'
    markers of a categorized point layer, class colours, or a colour ramp. Drawn at the screen's pixel ratio."""
    if getattr(layer, "problem", None):
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    style = layer.style or {}
    app = QApplication.instance()
    ratio = max(1.0, app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _draw_icon(painter, size, style, geometry_family(layer))
    finally:
        painter.end()
    return QIcon(pixmap)


# -- the model -------------------------------------------------------------------------------------
class LayerListModel(QAbstractListModel):
    """The project's layers, top first; checkable (visibility), editable (name), drag-and-drop reorder."""

    def __init__(self, project: Any, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.project: Any = None
        self._layer_slots: dict[int, tuple[Any, Any]] = {}
        self._list_slots: list[tuple[Any, Any]] = []
        self._icons: dict[int, QIcon] = {}
        self._move_done = False
        self._move_ok = True
        self.set_project(project)

    # -- binding ------------------------------------------------------------------------------------
    def set_project(self, project: Any) -> None:
        self.beginResetModel()
        self._unbind()
        self.project = project
        if project is not None:
            self._bind()
        self.endResetModel()

    def _unbind(self) -> None:
        for signal, slot in self._list_slots:
            signal.disconnect(slot)
        self._list_slots = []
        for layer, slot in self._layer_slots.values():
            layer.events.all.disconnect(slot)
        self._layer_slots = {}
        self._icons.clear()

    def _bind(self) -> None:
        ref = weakref.ref(self)

        def forward(method: str) -> Any:
            def slot(*args: Any) -> None:  # plain functions: psygnal must not keep the model alive
                model = ref()
                if model is not None and shiboken6.isValid(model):
                    getattr(model, method)(*args)
            return slot

        ev = self.project.layers.events
        for name in ("inserting", "inserted", "removing", "removed", "moving", "moved", "changed", "reordered"):
            slot = forward(f"_on_{name}")
            getattr(ev, name).connect(slot)
            self._list_slots.append((getattr(ev, name), slot))
        for layer in self.project.layers:
            self._watch(layer)

    def _watch(self, layer: Any) -> None:
        ref = weakref.ref(self)

        def slot(info: Any) -> None:
            model = ref()
            if model is not None and shiboken6.isValid(model):
                model._layer_event(layer, info.signal.name)

        layer.events.all.connect(slot)
        self._layer_slots[id(layer)] = (layer, slot)

    def _unwatch(self, layer: Any) -> None:
        entry = self._layer_slots.pop(id(layer), None)
        if entry is not None:
            layer.events.all.disconnect(entry[1])
        self._icons.pop(id(layer), None)

    # list events (index = position in project.layers, bottom first; Qt rows are top first)
    def _on_inserting(self, index: int) -> None:
        n = len(self.project.layers)
        norm = max(0, n + index) if index < 0 else min(index, n)
        self.beginInsertRows(QModelIndex(), n - norm, n - norm)

    def _on_inserted(self, index: int, layer: Any) -> None:
        self._watch(layer)
        self.endInsertRows()

    def _on_removing(self, index: int) -> None:
        row = len(self.project.layers) - 1 - index
        self.beginRemoveRows(QModelIndex(), row, row)

    def _on_removed(self, index: int, layer: Any) -> None:
        if not any(x is layer for x in self.project.layers):
            self._unwatch(layer)
        self.endRemoveRows()

    def _on_moving(self, index: int, dest: int) -> None:
        n = len(self.project.layers)
        row = n - 1 - index
        self._move_ok = self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), n - dest)
        if not self._move_ok:
            self.beginResetModel()

    def _on_moved(self, index: int, dest: int, layer: Any) -> None:
        if self._move_ok:
            self.endMoveRows()
        else:
            self.endResetModel()
        self._move_done = True

    def _on_changed(self, *_: Any) -> None:
        self.beginResetModel()
        for layer, slot in list(self._layer_slots.values()):
            layer.events.all.disconnect(slot)
        self._layer_slots = {}
        for layer in self.project.layers:
            self._watch(layer)
        self.endResetModel()

    def _on_reordered(self) -> None:
        if self._move_done:  # move() emits moved then reordered: already handled
            self._move_done = False
            return
        self.beginResetModel()
        self.endResetModel()

    def _layer_event(self, layer: Any, name: str) -> None:
        if name in ("style", "data"):
            self._icons.pop(id(layer), None)
        if name in ("name", "visible", "opacity", "style", "data"):
            row = self.row_of(layer)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    # -- lookups --------------------------------------------------------------------------------------
    def layer(self, row: int) -> Any:
        n = len(self.project.layers) if self.project is not None else 0
        return self.project.layers[n - 1 - row] if 0 <= row < n else None

    def row_of(self, layer: Any) -> int:
        if self.project is None:
            return -1
        n = len(self.project.layers)
        for i, x in enumerate(self.project.layers):
            if x is layer:
                return n - 1 - i
        return -1

    def index_of(self, layer: Any) -> QModelIndex:
        row = self.row_of(layer)
        return self.index(row) if row >= 0 else QModelIndex()

    # -- Qt model API ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.project is None else len(self.project.layers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        layer = self.layer(index.row()) if index.isValid() else None
        if layer is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(id(layer))
            if icon is None:
                icon = self._icons[id(layer)] = layer_icon(layer)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = getattr(layer, "problem", None)
            if problem:
                return problem
            lines = [layer.name, layer.source or "", crs_label(layer.crs) if layer.crs else ""]
            if hasattr(layer, "attributes"):  # a vector layer (``data`` would build its geometries)
                lines.append(self.tr("%s features") % fmt_int(len(layer)))
            return "\n".join(x for x in lines if x)
        if role == LayerRole:
            return layer
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        layer = self.layer(index.row()) if index.isValid() else None
        if layer is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            visible = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if visible != layer.visible:
                self.undo_stack.push(SetVisibleCommand(layer, visible))
            return True
        if role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name or name == layer.name:
                return False
            others = [x.name for x in self.project.layers if x is not layer]
            if name in others:  # keep names unique: the project looks layers up by name
                n = 2
                while f"{name} ({n})" in others:
                    n += 1
                name = f"{name} ({n})"
            self.undo_stack.push(RenameLayerCommand(layer, name))
            return True
        return False

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, not on a layer
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    # -- reordering -------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME_TYPE, QByteArray(json.dumps(rows).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        """Move the dragged rows before view row ``row`` (-1: to the bottom; onto a layer: before it)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            rows = [int(r) for r in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move_rows(rows, row)
        # The move is done; returning False keeps the view from "removing the source rows" of a
        # MoveAction (there is nothing to remove: the layers moved).
        return False

    def moveRows(self, source_parent: _Index, source_row: int, count: int, destination_parent: _Index,
                 destination_child: int) -> bool:
        """Qt's move (used by QListView's internal drag): rows ``source_row..+count`` before ``destination_child``."""
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        if source_row < 0 or source_row + count > self.rowCount():
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: no move
        return self.move_rows(range(source_row, source_row + count), destination_child)

    def move_rows(self, rows: Sequence[int], before_row: int) -> bool:
        """Move the layers shown at view ``rows`` to just above view row ``before_row`` (one undo step)."""
        n = self.rowCount()
        rows = sorted({r for r in rows if 0 <= r < n})
        if not rows:
            return False
        before_row = max(0, min(int(before_row), n))
        shown = [self.layer(r) for r in range(n)]  # top first
        moved = [shown[r] for r in rows]
        kept = [layer for r, layer in enumerate(shown) if r not in rows]
        insert_at = sum(1 for r in range(before_row) if r not in rows)
        new_shown = kept[:insert_at] + moved + kept[insert_at:]
        if all(a is b for a, b in zip(new_shown, shown, strict=True)):
            return False
        self.undo_stack.push(ReorderLayersCommand(self.project, list(reversed(new_shown))))
        return True


# -- the panel -----------------------------------------------------------------------------------
class LayerPanel(QWidget):
    """The layers dock's content: the layer list and the current layer's opacity."""

    zoom_to_layer = Signal(object)
    properties_requested = Signal(object)
    current_layer_changed = Signal(object)

    def __init__(self, project: Any, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.model = LayerListModel(project, undo_stack, self)
        self._opacity_start: float | None = None
        self._current: Any = None

        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setIconSize(QSize(16, 16))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda index: self.properties_requested.emit(self.model.layer(index.row())))

        self.opacity_label = QLabel(self.tr("Opacity"))
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setToolTip(self.tr("Opacity of the current layer"))
        self.opacity_value = QLabel()
        self.opacity_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.opacity_label)
        row.addWidget(self.opacity_slider, 1)
        row.addWidget(self.opacity_value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

        self.act_zoom = QAction(self.tr("&Zoom to Layer"), self)
        self.act_zoom.triggered.connect(lambda: self._emit_for_current(self.zoom_to_layer))
        self.act_rename = QAction(self.tr("Re&name"), self)
        self.act_rename.setShortcut(Qt.Key.Key_F2)
        self.act_rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_rename.triggered.connect(self._rename_current)
        self.act_properties = QAction(self.tr("&Properties…"), self)
        self.act_properties.triggered.connect(lambda: self._emit_for_current(self.properties_requested))
        self.act_remove = QAction(self.tr("&Remove Layer"), self)
        self.act_remove.triggered.connect(self.remove_selected)
        # service requests only: their two ready-made styles
        self.act_style_state = QAction(self.tr("Style by &state"), self)
        self.act_style_state.setStatusTip(self.tr("Colour the requests by state: overdue, open, closed"))
        self.act_style_state.triggered.connect(lambda: self.apply_request_style("state"))
        self.act_style_category = QAction(self.tr("Style by &category (icons)"), self)
        self.act_style_category.setStatusTip(
            self.tr("Give each of the most frequent categories of requests its own marker shape and colour"))
        self.act_style_category.triggered.connect(lambda: self.apply_request_style("category"))
        self.addActions([self.act_rename])

        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        self.opacity_slider.sliderPressed.connect(self._opacity_pressed)
        self.opacity_slider.sliderReleased.connect(self._opacity_released)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.dataChanged.connect(self._data_changed)
        self.model.modelReset.connect(self._sync_current)
        self.model.rowsRemoved.connect(self._sync_current)
        self.model.rowsInserted.connect(self._sync_current)
        self._sync_current()

    # -- project ---------------------------------------------------------------------------------------
    @property
    def project(self) -> Any:
        return self.model.project

    def set_project(self, project: Any) -> None:
        """Show another project (the panel disconnects from the old one). Clear the undo stack too."""
        self.model.set_project(project)
        self._sync_current()

    def current_layer(self) -> Any:
        index = self.view.currentIndex()
        return self.model.layer(index.row()) if index.isValid() else None

    def set_current_layer(self, layer: Any) -> None:
        index = self.model.index_of(layer)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def selected_layers(self) -> list[Any]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        layers = [self.model.layer(r) for r in rows]
        if not layers and self.current_layer() is not None:
            layers = [self.current_layer()]
        return layers

    def remove_selected(self) -> None:
        """Remove the selected layers (one undo step)."""
        layers = self.selected_layers()
        if not layers:
            return
        if len(layers) == 1:
            self.undo_stack.push(RemoveLayerCommand(self.project, layers[0]))
            return
        self.undo_stack.beginMacro(self.tr("Remove %d layers") % len(layers))
        for layer in layers:
            self.undo_stack.push(RemoveLayerCommand(self.project, layer))
        self.undo_stack.endMacro()

    # -- current layer and opacity -----------------------------------------------------------------------
    def _current_changed(self, *_: Any) -> None:
        self._sync_current()

    def _sync_current(self, *_: Any) -> None:
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))  # emits currentChanged -> here again
            return
        layer = self.current_layer()
        self._show_opacity(layer)
        if layer is not self._current:
            self._current = layer
            self.current_layer_changed.emit(layer)

    def _show_opacity(self, layer: Any) -> None:
        enabled = layer is not None
        for w in (self.opacity_slider, self.opacity_label, self.opacity_value):
            w.setEnabled(enabled)
        if self.opacity_slider.isSliderDown():
            return
        value = round((layer.opacity if enabled else 1.0) * 100)
        self.opacity_slider.blockSignals(True)
        self.opacity_slider.setValue(value)
        self.opacity_slider.blockSignals(False)
        self.opacity_value.setText(f"{value} %")

    def _data_changed(self, top_left: QModelIndex, *_: Any) -> None:
        layer = self.current_layer()
        if layer is not None and self.model.layer(top_left.row()) is layer:
            self._show_opacity(layer)

    def _opacity_pressed(self) -> None:
        layer = self.current_layer()
        self._opacity_start = layer.opacity if layer is not None else None

    def _opacity_changed(self, value: int) -> None:
        self.opacity_value.setText(f"{value} %")
        layer = self.current_layer()
        if layer is None:
            return
        if self.opacity_slider.isSliderDown():
            layer.opacity = value / 100  # live preview; one undo step on release
        else:
            self.undo_stack.push(SetOpacityCommand(layer, value / 100, mergeable=True))

    def _opacity_released(self) -> None:
        layer = self.current_layer()
        start, self._opacity_start = self._opacity_start, None
        if layer is None or start is None:
            return
        new = self.opacity_slider.value() / 100
        if new != start:
            self.undo_stack.push(SetOpacityCommand(layer, new, old=start))

    # -- context menu ---------------------------------------------------------------------------------------
    def _emit_for_current(self, signal: Any) -> None:
        layer = self.current_layer()
        if layer is not None:
            signal.emit(layer)

    def _rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def context_menu(self) -> QMenu:
        """The menu for the current layer (also shown on right click)."""
        menu = QMenu(self)
        layer = self.current_layer()
        has_extent = layer is not None and getattr(layer, "extent", None) is not None
        self.act_zoom.setEnabled(has_extent)
        for action in (self.act_zoom, self.act_rename, self.act_properties):
            menu.addAction(action)
        if isinstance(layer, ServiceRequestLayer):
            menu.addSeparator()
            menu.addAction(self.act_style_state)
            menu.addAction(self.act_style_category)
        menu.addSeparator()
        menu.addAction(self.act_remove)
        for action in (self.act_rename, self.act_properties, self.act_remove):
            action.setEnabled(layer is not None)
        return menu

    def apply_request_style(self, kind: str, layer: Any = None) -> bool:
        """Give a service-request layer (default: the current layer) its "state" or "category" style, as one
        undo step; the layer's labels are kept. False when there is nothing to do (not a request layer, or
        the style is already that one)."""
        if kind not in ("state", "category"):
            raise ValueError(f"unknown request style {kind!r}; expected 'state' or 'category'")
        layer = self.current_layer() if layer is None else layer
        if not isinstance(layer, ServiceRequestLayer):
            return False
        try:
            style = request_style("state") if kind == "state" else request_style("category", layer.attributes)
        except ValueError:
            QMessageBox.warning(self, self.tr("Style by category"),
                                self.tr("The requests of “%s” have no category to style them by.") % layer.name)
            return False
        old = layer.style or {}
        if "labels" in old:
            style["labels"] = old["labels"]
        if style == old:
            return False
        self.undo_stack.push(SetStyleCommand(layer, style))
        return True

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self.context_menu().popup(self.view.viewport().mapToGlobal(pos))
