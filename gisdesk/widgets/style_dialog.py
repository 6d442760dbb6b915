"""The style dialog of a vector layer: single symbol, categorized, graduated, heatmap, and labels.

``StyleDialog(layer, undo_stack).style()`` returns the style dict (the ``gisdesk.styles`` forms, checked
by ``renderer_from_dict``); Apply/OK set it on the layer through a ``SetStyleCommand`` so it can be
undone. Categories and classes are built from the layer's data by ``CategorizedRenderer.from_data``
and ``GraduatedRenderer.from_data`` in a worker thread (natural breaks pull in scikit-learn, and a
million rows take a moment); ``style()`` computes them on the spot if they are not ready.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QLinearGradient, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core import workers
from gisdesk.core.i18n import tr as model_tr
from gisdesk.styles.renderers import CategorizedRenderer, LabelSettings, renderer_from_dict
from gisdesk.styles.single import MARKER_SHAPES, SingleSymbol
from gisdesk.widgets.layer_panel import geometry_family
from gisdesk.widgets.undo import SetStyleCommand

try:  # added by the styles work of the same issue; the dialog degrades without them
    from gisdesk.styles.renderers import GraduatedRenderer
except ImportError:  # pragma: no cover - only before the styles change lands
    GraduatedRenderer = None  # type: ignore[assignment,misc]
try:
    from gisdesk.styles.ramps import RAMPS
except ImportError:  # pragma: no cover
    RAMPS = {"heat": ((0, 0, 255, 0), (0, 255, 255, 170), (0, 255, 0, 200), (255, 255, 0, 230), (255, 0, 0, 255))}

__all__ = ["KINDS", "METHODS", "ColorButton", "StyleDialog"]

RGBA = tuple[int, int, int, int]
KINDS = ("single", "categorized", "graduated", "heatmap")
METHODS = ("equal_interval", "quantiles", "natural_breaks")
_CAN_CATEGORIZE = hasattr(CategorizedRenderer, "from_data")
_CAN_GRADUATE = GraduatedRenderer is not None and hasattr(GraduatedRenderer, "from_data")


def _rgba(value: Any, default: RGBA = (200, 200, 200, 255)) -> RGBA:
    try:
        vals = [int(v) for v in value]
    except (TypeError, ValueError):
        return default
    if len(vals) == 3:
        vals.append(255)
    return (vals[0], vals[1], vals[2], vals[3]) if len(vals) == 4 else default


def _qcolor(rgba: Any) -> QColor:
    r, g, b, a = _rgba(rgba)
    return QColor(r, g, b, a)


def _swatch(rgba: Any, size: QSize = QSize(24, 16)) -> QIcon:  # noqa: B008 - an immutable value
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    # a checkerboard shows transparency
    half = size.height() // 2
    for x in range(0, size.width() if _rgba(rgba)[3] < 255 else 0, half):
        for y in range(0, size.height(), half):
            if (x // half + y // half) % 2:
                painter.fillRect(x, y, half, half, QColor(200, 200, 200))
            else:
                painter.fillRect(x, y, half, half, QColor(255, 255, 255))
    painter.fillRect(0, 0, size.width(), size.height(), _qcolor(rgba))
    painter.setPen(QColor(90, 90, 90))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return QIcon(pixmap)


def _shape_icon(shape: str, size: int = 16) -> QIcon:
    """A dark marker of ``shape`` for the shape combo (drawn as the map draws markers)."""
    from PySide6.QtCore import QRectF

    from gisdesk.render.draw import draw_legend_patch

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    symbol = SingleSymbol(fill=(60, 60, 60, 255), stroke=(0, 0, 0, 0), size=size * 25.4 / 96.0, shape=shape)
    draw_legend_patch(painter, QRectF(0, 0, size, size), symbol, "point")
    painter.end()
    return QIcon(pixmap)


def _ramp_icon(stops: Any, size: QSize = QSize(64, 14)) -> QIcon:  # noqa: B008
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    gradient = QLinearGradient(0, 0, size.width(), 0)
    stops = list(stops)
    for i, c in enumerate(stops):
        gradient.setColorAt(i / max(1, len(stops) - 1), _qcolor(c))
    painter.fillRect(0, 0, size.width(), size.height(), QBrush(gradient))
    painter.end()
    return QIcon(pixmap)


class ColorButton(QToolButton):
    """A button showing a colour; a click opens QColorDialog (with alpha). ``color()`` is RGBA 0-255."""

    color_changed = Signal(object)

    def __init__(self, rgba: Any = (200, 200, 200, 255), title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._color: RGBA = _rgba(rgba)
        self.setIconSize(QSize(36, 16))
        self.clicked.connect(self.choose)
        self._refresh()

    def color(self) -> RGBA:
        return self._color

    def set_color(self, rgba: Any) -> None:
        rgba = _rgba(rgba, self._color)
        if rgba != self._color:
            self._color = rgba
            self._refresh()
            self.color_changed.emit(rgba)

    def choose(self) -> None:
        colour = QColorDialog.getColor(_qcolor(self._color), self, self._title,
                                       QColorDialog.ColorDialogOption.ShowAlphaChannel)
        if colour.isValid():
            self.set_color((colour.red(), colour.green(), colour.blue(), colour.alpha()))

    def _refresh(self) -> None:
        self.setIcon(_swatch(self._color, QSize(36, 16)))
        self.setToolTip("rgba({}, {}, {}, {})".format(*self._color))


class _JobSignals(QObject):
    done = Signal(int, object, str)  # generation, result (list of dicts) or None, error text


class _ClassifyJob(QRunnable):
    def __init__(self, fn: Callable[[], Any], generation: int) -> None:
        super().__init__()
        self.fn, self.generation = fn, generation
        self.signals = _JobSignals()

    def run(self) -> None:  # worker thread
        try:
            result, error = self.fn(), ""
        except (ValueError, TypeError) as exc:  # e.g. a column holding no numbers
            result, error = None, str(exc)
        try:
            self.signals.done.emit(self.generation, result, error)
        except RuntimeError:  # the dialog was closed and deleted meanwhile: nobody is waiting
            pass


class _ClassTable(QTableWidget):
    """Categories or classes: colour swatch (double-click to change), value or range, editable label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.entries: list[dict[str, Any]] = []
        self.colour_key = "fill"  # "stroke" for line layers
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setIconSize(QSize(24, 16))
        self.itemChanged.connect(self._item_changed)
        self.cellDoubleClicked.connect(self._double_clicked)

    def set_entries(self, entries: list[dict[str, Any]], value_text: Callable[[dict[str, Any]], str]) -> None:
        self.blockSignals(True)
        self.entries = [dict(e, symbol=dict(e["symbol"])) for e in entries]
        self.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            swatch = QTableWidgetItem(_swatch(entry["symbol"].get(self.colour_key)), value_text(entry))
            swatch.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, 0, swatch)
            # a default style's label (Open, Overdue, a sensor level) in the UI language; a typed one as it is
            self.setItem(row, 1, QTableWidgetItem(model_tr(str(entry.get("label", "")))))
        self.blockSignals(False)

    def set_colour(self, row: int, rgba: Any) -> None:
        self.entries[row]["symbol"][self.colour_key] = list(_rgba(rgba))
        self.item(row, 0).setIcon(_swatch(rgba))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and 0 <= item.row() < len(self.entries):
            self.entries[item.row()]["label"] = item.text()

    def _double_clicked(self, row: int, column: int) -> None:
        if column != 0:
            return
        colour = QColorDialog.getColor(_qcolor(self.entries[row]["symbol"].get(self.colour_key)), self, "",
                                       QColorDialog.ColorDialogOption.ShowAlphaChannel)
        if colour.isValid():
            self.set_colour(row, (colour.red(), colour.green(), colour.blue(), colour.alpha()))


class StyleDialog(QDialog):
    """Edit ``layer``'s style. ``style()`` -> dict; ``apply()`` pushes it on ``undo_stack``."""

    classified = Signal(str)  # kind whose categories/classes were (re)built in the background

    def __init__(self, layer: Any, undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not hasattr(layer, "attributes"):
            raise TypeError(f"the style dialog is for vector layers, not {type(layer).__name__}")
        self.layer = layer
        self.undo_stack = undo_stack
        self.family = geometry_family(layer)
        self._generation = {"categorized": 0, "graduated": 0}
        self._built_for: dict[str, tuple[Any, ...] | None] = {"categorized": None, "graduated": None}
        self._jobs: list[_ClassifyJob] = []
        self.setWindowTitle(self.tr("Style of “%s”") % layer.name)

        data = layer.attributes
        geometry_name = layer.geometry_name
        self.columns = [str(c) for c in data.columns if c != geometry_name]
        self.numeric_columns = [c for c in self.columns if pd.api.types.is_numeric_dtype(data[c].dtype)
                                and not pd.api.types.is_bool_dtype(data[c].dtype)]

        self.kind_combo = QComboBox()
        for kind, label in zip(KINDS, (self.tr("Single symbol"), self.tr("Categorized"), self.tr("Graduated"),
                                       self.tr("Heatmap")), strict=True):
            self.kind_combo.addItem(label, kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._single_page())
        self.pages.addWidget(self._categorized_page())
        self.pages.addWidget(self._graduated_page())
        self.pages.addWidget(self._heatmap_page())
        self._disable_kind("categorized", _CAN_CATEGORIZE and bool(self.columns))
        self._disable_kind("graduated", _CAN_GRADUATE and bool(self.numeric_columns))
        self._disable_kind("heatmap", self.family == "point")
        self.labels_box = self._labels_box()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)

        form = QFormLayout()
        form.addRow(self.tr("Renderer"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.labels_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.set_style(layer.style)

    # -- pages -------------------------------------------------------------------------------------
    def _single_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fill_button = ColorButton(title=self.tr("Fill colour"))
        self.stroke_button = ColorButton(title=self.tr("Outline colour"))
        self.stroke_width = QDoubleSpinBox()
        self.stroke_width.setRange(0.0, 20.0)
        self.stroke_width.setSingleStep(0.1)
        self.stroke_width.setDecimals(2)
        self.stroke_width.setSuffix(" mm")
        self.size_spin = QDoubleSpinBox()
        self.size_spin.setRange(0.1, 50.0)
        self.size_spin.setSingleStep(0.2)
        self.size_spin.setDecimals(2)
        self.size_spin.setSuffix(" mm")
        form.addRow(self.tr("Fill"), self.fill_button)
        form.addRow(self.tr("Outline"), self.stroke_button)
        form.addRow(self.tr("Outline width"), self.stroke_width)
        form.addRow(self.tr("Marker size"), self.size_spin)
        # point layers: the marker's shape (categories and classes built from the data take it too)
        self.shape_combo = QComboBox()
        self.shape_combo.setIconSize(QSize(16, 16))
        names = {"circle": self.tr("Circle"), "square": self.tr("Square"), "triangle": self.tr("Triangle"),
                 "diamond": self.tr("Diamond"), "star": self.tr("Star"), "pentagon": self.tr("Pentagon"),
                 "hexagon": self.tr("Hexagon"), "cross": self.tr("Cross"), "x": self.tr("Diagonal cross")}
        for shape in MARKER_SHAPES:
            self.shape_combo.addItem(_shape_icon(shape), names.get(shape, shape), shape)
        if self.family == "point":
            form.addRow(self.tr("Marker shape"), self.shape_combo)
        else:
            self.shape_combo.hide()
        return page

    def _categorized_page(self) -> QWidget:
        page = QWidget()
        self.cat_column = QComboBox()
        self.cat_column.addItems(self.columns)
        self.cat_button = QPushButton(self.tr("Classify"))
        self.cat_table = _ClassTable()
        self.cat_table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Legend")])
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Column")))
        row.addWidget(self.cat_column, 1)
        row.addWidget(self.cat_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.cat_table, 1)
        self._other: dict[str, Any] | None = None
        self.cat_column.currentIndexChanged.connect(lambda _i: self.classify("categorized"))
        self.cat_button.clicked.connect(lambda: self.classify("categorized"))
        return page

    def _graduated_page(self) -> QWidget:
        page = QWidget()
        self.grad_column = QComboBox()
        self.grad_column.addItems(self.numeric_columns)
        self.grad_method = QComboBox()
        for method, label in zip(METHODS, (self.tr("Equal interval"), self.tr("Quantiles (equal count)"),
                                           self.tr("Natural breaks (Jenks)")), strict=True):
            self.grad_method.addItem(label, method)
        self.grad_method.setCurrentIndex(1)
        self.grad_k = QSpinBox()
        self.grad_k.setRange(2, 12)
        self.grad_k.setValue(5)
        self.grad_ramp = QComboBox()
        self.grad_ramp.setIconSize(QSize(64, 14))
        for name, stops in RAMPS.items():
            if name != "heat":
                self.grad_ramp.addItem(_ramp_icon(stops), name, name)
        self.grad_button = QPushButton(self.tr("Classify"))
        self.grad_table = _ClassTable()
        self.grad_table.setHorizontalHeaderLabels([self.tr("Range"), self.tr("Legend")])
        form = QFormLayout()
        form.addRow(self.tr("Column"), self.grad_column)
        form.addRow(self.tr("Method"), self.grad_method)
        form.addRow(self.tr("Classes"), self.grad_k)
        form.addRow(self.tr("Colour ramp"), self.grad_ramp)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.grad_button)
        layout.addWidget(self.grad_table, 1)
        for combo in (self.grad_column, self.grad_method, self.grad_ramp):
            combo.currentIndexChanged.connect(lambda _i: self.classify("graduated"))
        self.grad_k.valueChanged.connect(lambda _v: self.classify("graduated"))
        self.grad_button.clicked.connect(lambda: self.classify("graduated"))
        return page

    def _heatmap_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.heat_radius = QDoubleSpinBox()
        self.heat_radius.setRange(0.5, 100.0)
        self.heat_radius.setSingleStep(1.0)
        self.heat_radius.setValue(10.0)
        self.heat_radius.setSuffix(" mm")
        self.heat_weight = QComboBox()
        self.heat_weight.addItem(self.tr("(none: every point counts 1)"), None)
        for c in self.numeric_columns:
            self.heat_weight.addItem(c, c)
        self.heat_ramp = QComboBox()
        self.heat_ramp.setIconSize(QSize(64, 14))
        for name, stops in RAMPS.items():
            self.heat_ramp.addItem(_ramp_icon(stops), name, name)
        self.heat_ramp.setCurrentIndex(max(0, self.heat_ramp.findData("heat")))
        self.heat_max = QDoubleSpinBox()
        self.heat_max.setRange(0.0, 1e12)
        self.heat_max.setDecimals(2)
        self.heat_max.setSpecialValueText(self.tr("automatic"))
        form.addRow(self.tr("Radius"), self.heat_radius)
        form.addRow(self.tr("Weight"), self.heat_weight)
        form.addRow(self.tr("Colour ramp"), self.heat_ramp)
        form.addRow(self.tr("Maximum value"), self.heat_max)
        return page

    def _labels_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Labels"))
        box.setCheckable(True)
        box.setChecked(False)
        form = QFormLayout(box)
        self.label_column = QComboBox()
        self.label_column.addItems(self.columns)
        self.label_size = QDoubleSpinBox()
        self.label_size.setRange(4.0, 72.0)
        self.label_size.setValue(8.0)
        self.label_size.setSuffix(" pt")
        self.label_color = ColorButton((30, 30, 30, 255), self.tr("Text colour"))
        self.halo_color = ColorButton((255, 255, 255, 220), self.tr("Halo colour"))
        self.halo_width = QDoubleSpinBox()
        self.halo_width.setRange(0.0, 5.0)
        self.halo_width.setSingleStep(0.1)
        self.halo_width.setValue(0.6)
        self.halo_width.setSuffix(" mm")
        form.addRow(self.tr("Column"), self.label_column)
        form.addRow(self.tr("Size"), self.label_size)
        form.addRow(self.tr("Colour"), self.label_color)
        form.addRow(self.tr("Halo"), self.halo_color)
        form.addRow(self.tr("Halo width"), self.halo_width)
        if not self.columns:
            box.setEnabled(False)
        return box

    def _disable_kind(self, kind: str, enabled: bool) -> None:
        item = self.kind_combo.model().item(KINDS.index(kind))
        item.setEnabled(enabled)

    # -- state in and out --------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(KINDS.index(kind))

    def set_style(self, style: dict[str, Any] | None) -> None:
        """Show ``style`` (a layer style dict) in the dialog."""
        style = dict(style or {})
        kind = style.get("kind", "single")
        if kind not in KINDS:
            kind = "single"
        symbol = style if kind == "single" else self._first_symbol(style)
        self.fill_button.set_color(symbol.get("fill", (200, 200, 200, 255)))
        self.stroke_button.set_color(symbol.get("stroke", (60, 60, 60, 255)))
        self.stroke_width.setValue(float(symbol.get("stroke_width", 0.5)))
        self.size_spin.setValue(float(symbol.get("size", 3.0)))
        self.shape_combo.setCurrentIndex(max(0, self.shape_combo.findData(symbol.get("shape", "circle"))))
        widgets = (self.cat_column, self.grad_column, self.grad_method, self.grad_k, self.grad_ramp)
        for w in widgets:
            w.blockSignals(True)
        colour_key = "stroke" if self.family == "line" else "fill"
        self.cat_table.colour_key = self.grad_table.colour_key = colour_key
        if kind == "categorized" and style.get("column") in self.columns:
            self.cat_column.setCurrentText(style["column"])
            self._other = style.get("other")
            self.cat_table.set_entries(list(style.get("categories", [])), self._category_text)
            self._built_for["categorized"] = self._params("categorized")
        if kind == "graduated" and style.get("column") in self.numeric_columns:
            self.grad_column.setCurrentText(style["column"])
            if style.get("method") in METHODS:
                self.grad_method.setCurrentIndex(METHODS.index(style["method"]))
            self.grad_k.setValue(int(style.get("k", 5)))
            if isinstance(style.get("ramp"), str) and self.grad_ramp.findData(style["ramp"]) >= 0:
                self.grad_ramp.setCurrentIndex(self.grad_ramp.findData(style["ramp"]))
            self.grad_table.set_entries(list(style.get("classes", [])), self._class_text)
            self._built_for["graduated"] = self._params("graduated")
        for w in widgets:
            w.blockSignals(False)
        if kind == "heatmap":
            self.heat_radius.setValue(float(style.get("radius_mm", 10.0)))
            weight = style.get("weight")
            self.heat_weight.setCurrentIndex(max(0, self.heat_weight.findData(weight)) if weight else 0)
            ramp = style.get("ramp")
            index = next((self.heat_ramp.findData(n) for n, stops in RAMPS.items()
                          if ramp == n or (isinstance(ramp, list) and [list(c) for c in stops] == ramp)), -1)
            if index >= 0:
                self.heat_ramp.setCurrentIndex(index)
            self.heat_max.setValue(float(style.get("max_value") or 0.0))
        labels = style.get("labels")
        self.labels_box.setChecked(bool(labels) and bool(labels.get("enabled", True))
                                   and labels.get("column") in self.columns)
        if labels and labels.get("column") in self.columns:
            self.label_column.setCurrentText(labels["column"])
            self.label_size.setValue(float(labels.get("size_pt", 8.0)))
            self.label_color.set_color(labels.get("color", (30, 30, 30, 255)))
            self.halo_color.set_color(labels.get("halo_color", (255, 255, 255, 220)))
            self.halo_width.setValue(float(labels.get("halo_width_mm", 0.6)))
        self.kind_combo.blockSignals(True)
        self.set_kind(kind)
        self.kind_combo.blockSignals(False)
        self.pages.setCurrentIndex(KINDS.index(kind))

    def style(self) -> dict[str, Any]:
        """The style as shown (categories/classes are built now if they are not ready).

        ValueError when categories/classes could not be built (the reason is in ``status``).
        """
        kind = self.kind
        labels = self._labels()
        if kind == "single":
            d: dict[str, Any] = self._symbol().to_dict()
        elif kind == "categorized":
            self._ensure_built("categorized")
            d = {"kind": "categorized", "column": self.cat_column.currentText(),
                 "categories": [dict(e) for e in self.cat_table.entries], "other": self._other}
        elif kind == "graduated":
            self._ensure_built("graduated")
            d = {"kind": "graduated", "column": self.grad_column.currentText(),
                 "method": self.grad_method.currentData(), "k": self.grad_k.value(),
                 "classes": [dict(e) for e in self.grad_table.entries], "ramp": self.grad_ramp.currentData()}
        else:
            d = {"kind": "heatmap", "radius_mm": self.heat_radius.value(),
                 "ramp": [list(c) for c in RAMPS[self.heat_ramp.currentData()]],
                 "weight": self.heat_weight.currentData(),
                 "max_value": self.heat_max.value() or None}
        if kind in ("categorized", "graduated") and not (d.get("categories") or d.get("classes")):
            raise ValueError(self.status.text() or self.tr("There is nothing to draw with: no classes"))
        if labels is not None:
            d["labels"] = labels
        return renderer_from_dict(d).to_dict()  # checks the dict and puts it in its canonical form

    def apply(self) -> bool:
        """Set the style on the layer (an undoable command). False if unchanged or not valid (see ``status``)."""
        try:
            style = self.style()
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        if style == self.layer.style:
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(SetStyleCommand(self.layer, style))
        else:
            self.layer.style = style
        return True

    def _ok(self) -> None:
        try:
            self.style()
        except ValueError as exc:  # stay open and say why
            self.status.setText(str(exc))
            return
        self.apply()
        self.accept()

    # -- helpers -----------------------------------------------------------------------------------------
    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        kind = KINDS[index]
        if kind in self._built_for and self._built_for[kind] != self._params(kind):
            self.classify(kind)

    def _symbol(self) -> SingleSymbol:
        shape = self.shape_combo.currentData() if self.family == "point" else "circle"
        return SingleSymbol(fill=self.fill_button.color(), stroke=self.stroke_button.color(),
                            stroke_width=round(self.stroke_width.value(), 3), size=round(self.size_spin.value(), 3),
                            shape=shape or "circle")

    @staticmethod
    def _first_symbol(style: dict[str, Any]) -> dict[str, Any]:
        for key in ("categories", "classes"):
            for entry in style.get(key) or []:
                if isinstance(entry, dict) and isinstance(entry.get("symbol"), dict):
                    return entry["symbol"]
        return {}

    def _labels(self) -> dict[str, Any] | None:
        if not self.labels_box.isChecked() or not self.label_column.currentText():
            return None
        return LabelSettings(column=self.label_column.currentText(), size_pt=self.label_size.value(),
                             color=self.label_color.color(), halo_color=self.halo_color.color(),
                             halo_width_mm=round(self.halo_width.value(), 3)).to_dict()

    def _params(self, kind: str) -> tuple[Any, ...]:
        if kind == "categorized":
            return (self.cat_column.currentText(),)
        return (self.grad_column.currentText(), self.grad_method.currentData(), self.grad_k.value(),
                self.grad_ramp.currentData())

    def _builder(self, kind: str) -> Callable[[], tuple[list[dict[str, Any]], Any]]:
        data, family, template = self.layer.attributes, self.family, self._symbol()
        if kind == "categorized":
            column = self.cat_column.currentText()

            def build() -> tuple[list[dict[str, Any]], Any]:
                d = CategorizedRenderer.from_data(data, column, template=template,
                                                  geometry_family=family).to_dict()
                return d["categories"], d.get("other")
        else:
            column, method, k, ramp = self._params("graduated")

            def build() -> tuple[list[dict[str, Any]], Any]:
                d = GraduatedRenderer.from_data(data, column, method, k, ramp, template=template,
                                                geometry_family=family).to_dict()
                return d["classes"], None
        return build

    def classify(self, kind: str) -> None:
        """(Re)build the categories or classes of ``kind`` from the data, in a worker thread."""
        if (kind == "categorized" and not (_CAN_CATEGORIZE and self.columns)) or (
                kind == "graduated" and not (_CAN_GRADUATE and self.numeric_columns)):
            return
        self._generation[kind] += 1
        job = _ClassifyJob(self._builder(kind), self._generation[kind])
        params = self._params(kind)
        job.signals.done.connect(lambda gen, result, error: self._classified(kind, params, gen, result, error),
                                 Qt.ConnectionType.QueuedConnection)
        self._jobs.append(job)
        self.status.setText(self.tr("Classifying…"))
        workers.submit(job.run)

    def _classified(self, kind: str, params: tuple[Any, ...], generation: int, result: Any, error: str) -> None:
        self._jobs = [j for j in self._jobs if j.generation != generation]
        if generation != self._generation[kind]:
            return  # a newer request is on its way
        self._show_built(kind, params, result, error)
        self.classified.emit(kind)

    def _show_built(self, kind: str, params: tuple[Any, ...], result: Any, error: str) -> None:
        if result is None:
            self.status.setText(self.tr("Could not classify: %s") % error)
            entries, other = [], None
        else:
            entries, other = result
            self.status.setText("")
        if kind == "categorized":
            self._other = other
            self.cat_table.set_entries(entries, self._category_text)
        else:
            self.grad_table.set_entries(entries, self._class_text)
        self._built_for[kind] = params

    def _ensure_built(self, kind: str) -> None:
        params = self._params(kind)
        if self._built_for[kind] == params:
            return
        self._generation[kind] += 1  # whatever is running is now stale
        try:
            result, error = self._builder(kind)(), ""
        except (ValueError, TypeError) as exc:
            result, error = None, str(exc)
        self._show_built(kind, params, result, error)

    def _category_text(self, entry: dict[str, Any]) -> str:
        value = entry.get("value")
        return self.tr("(no value)") if value is None else str(value)

    @staticmethod
    def _class_text(entry: dict[str, Any]) -> str:
        return f"{entry.get('lower')} – {entry.get('upper')}"
