"""The "Filter" dock: which rows of the current layer are shown, by the values of its columns.

For a ``ServiceRequestLayer`` it offers the columns an officer filters by (``FILTER_FIELDS``: category, status,
state, urgency, agency, ward), one collapsible page each; for another vector layer, the text/categorical
columns with at most ``MAX_DISTINCT`` distinct values, one at a time, picked from a combo box. Each column is a
checkable list of its distinct values with their counts in the layer (most frequent first, empty values
grouped as "(empty)"), "All"/"None" buttons (acting on the values the search box leaves visible) and a search
box (any case, with or without accents) when the list is long.

The model is ``VectorLayer.filters`` (column -> allowed values; saved in the project, applied by
``visible_rows`` everywhere). Every user action sets it once, holding only the columns where some value is
unchecked. The dock follows the layer (``events.filter``: checks updated, ``events.data``: values recounted)
and the project's time window (the "N of M shown" line); the echo of its own changes is ignored.

Citizen values are data: they are shown as list items (plain text), never as tooltips or labels that Qt
could read as rich text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from gisdesk.layers.service_requests import FILTER_FIELDS, ServiceRequestLayer
from gisdesk.layers.vector import VectorLayer
from gisdesk.widgets.attribute_table import fold_text
from gisdesk.widgets.weak import weak_slot

__all__ = ["MAX_DISTINCT", "SEARCH_FROM", "LayerFilterDock", "ValueEntry", "ValueFilterList", "value_entries"]

#: a column of a plain vector layer is offered when it has at most this many distinct values
MAX_DISTINCT = 200
#: a value list gets a search box from this many values
SEARCH_FROM = 12
_SAMPLE = 5_000  # rows looked at first to rule out a column with many distinct values cheaply
_ENTRY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ValueEntry:
    """One line of a value list: the text shown, how many rows hold it, and the raw values it stands for
    (the "(empty)" line stands for missing values and blank strings together)."""

    label: str
    count: int
    values: tuple[Any, ...]
    empty: bool = False


def _plain(value: Any) -> Any:
    """A JSON-friendly Python scalar for a value from pandas (numpy scalars unwrapped)."""
    return value.item() if isinstance(value, np.generic) else value


def _is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def value_entries(series: pd.Series, label: Callable[[Any], str] = str) -> list[ValueEntry]:
    """The distinct values of ``series`` with their counts (one vectorised ``value_counts``), most frequent
    first, ties in alphabetical order; missing and blank values as one entry with ``empty=True`` (label "")."""
    counts = series.value_counts(dropna=False, sort=False)
    keys = [_plain(k) for k in counts.index]
    numbers = counts.to_numpy(dtype=np.int64)
    out: list[ValueEntry] = []
    empty_values: list[Any] = []
    empty_count = 0
    for key, n in zip(keys, numbers, strict=True):  # one step per distinct value, not per row
        if _is_empty(key):
            empty_count += int(n)
            if isinstance(key, str):
                empty_values.append(key)
        else:
            out.append(ValueEntry(" ".join(label(key).split()), int(n), (key,)))
    if empty_count:
        # None is what the model (and a project file) keeps for "missing"; an object column can also hold NaN
        missing: list[Any] = [None]
        if series.dtype == object:
            missing.append(np.nan)
        out.append(ValueEntry("", empty_count, tuple(missing + empty_values), empty=True))
    out.sort(key=lambda e: (-e.count, e.empty, e.label.casefold()))
    return out


def _offerable(series: pd.Series) -> bool:
    """A text, categorical or boolean column with at most MAX_DISTINCT distinct values."""
    dtype = series.dtype
    if not (isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_bool_dtype(dtype)
            or pd.api.types.is_string_dtype(dtype) or dtype == object):
        return False
    try:
        if len(series) > _SAMPLE and series.iloc[:_SAMPLE].nunique(dropna=False) > MAX_DISTINCT:
            return False
        if series.nunique(dropna=False) > MAX_DISTINCT:
            return False
        if dtype == object:  # object columns: only those holding text (and empty cells)
            kinds = {type(v) for v in series.dropna().unique()}
            return bool(kinds) and all(issubclass(k, str) for k in kinds)
    except TypeError:  # unhashable values (lists, dicts)
        return False
    return True


class ValueFilterList(QWidget):
    """The checkable values of one column, with "All"/"None" and a search box for long lists.
    ``changed`` is emitted once per user action (a click on a value, All, None)."""

    changed = Signal()

    def __init__(self, column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self._entries: list[ValueEntry] = []
        self._folded: list[str] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search values"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setToolTip(self.tr("Show the rows with any of the listed values"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.setToolTip(self.tr("Hide the rows with any of the listed values"))
        self.none_button.clicked.connect(lambda: self.check_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    # -- content ---------------------------------------------------------------------------------
    @property
    def entries(self) -> list[ValueEntry]:
        return list(self._entries)

    def set_entries(self, entries: list[ValueEntry], allowed: list[Any] | None) -> None:
        """Show ``entries`` checked as ``allowed`` says (None: all checked). Emits nothing."""
        self._entries = list(entries)
        self._folded = [fold_text(e.label) for e in entries]
        locale = QLocale()
        empty = self.tr("(empty)")
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, entry in enumerate(entries):
                text = f"{empty if entry.empty else entry.label}  ({locale.toString(entry.count)})"
                item = QListWidgetItem(text)  # a list item draws plain text: citizen values stay text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(_ENTRY_ROLE, i)
                self.list.addItem(item)
        self.search.setVisible(len(entries) >= SEARCH_FROM)
        if len(entries) < SEARCH_FROM and self.search.text():
            with QSignalBlocker(self.search):
                self.search.clear()
        self.set_allowed(allowed)
        self._search_changed(self.search.text())

    def set_allowed(self, allowed: list[Any] | None) -> None:
        """Check the values in ``allowed`` (None: every value). Emits nothing."""
        keep = None if allowed is None else _ValueSet(allowed)
        with QSignalBlocker(self.list):
            for i, entry in enumerate(self._entries):
                on = keep is None or any(keep.has(v) for v in entry.values)
                self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[bool]:
        return [self.list.item(i).checkState() == Qt.CheckState.Checked for i in range(self.list.count())]

    def allowed(self) -> list[Any] | None:
        """The raw values of the checked lines; None when every line is checked (no filter on the column)."""
        states = self.checked()
        if all(states):
            return None
        return [v for entry, on in zip(self._entries, states, strict=True) if on for v in entry.values]

    def item_for(self, label: str) -> QListWidgetItem | None:
        """The item of the value shown as ``label`` ("" for the empty values)."""
        for i, entry in enumerate(self._entries):
            if entry.label == label and (entry.empty == (label == "")):
                return self.list.item(i)
        return None

    # -- user actions ----------------------------------------------------------------------------
    def check_all(self, on: bool) -> None:
        """Check (or uncheck) every value the search leaves visible; one ``changed``."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        touched = False
        with QSignalBlocker(self.list):
            for i in range(self.list.count()):
                item = self.list.item(i)
                if not self.list.isRowHidden(i) and item.checkState() != state:
                    item.setCheckState(state)
                    touched = True
        if touched:
            self.changed.emit()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _search_changed(self, text: str) -> None:
        needle = fold_text(" ".join(text.split()))
        empty = fold_text(self.tr("(empty)"))
        for i, folded in enumerate(self._folded):
            shown = not needle or needle in (empty if self._entries[i].empty else folded)
            self.list.setRowHidden(i, not shown)


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


class _ValueSet:
    """Membership for filter values: hashable values by hash, NaN and None both meaning "missing"."""

    def __init__(self, values: list[Any]) -> None:
        self._set: set[Any] = set()
        self._missing = False
        for v in values:
            if _missing(v):
                self._missing = True
            else:
                try:
                    self._set.add(v)
                except TypeError:
                    pass

    def has(self, value: Any) -> bool:
        if _missing(value):
            return self._missing
        try:
            return value in self._set
        except TypeError:
            return False


class LayerFilterDock(QDockWidget):
    """The "Filter" dock. ``set_project(project)`` follows its time window; ``set_layer(layer)`` (the layer
    panel's current layer) shows that layer's filters (None or a raster: disabled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LayerFilterDock")
        self.setWindowTitle(self.tr("Filter"))
        self._project: Any = None
        self._layer: VectorLayer | None = None
        self._project_slots: list[tuple[Any, Any]] = []
        self._layer_slots: list[tuple[Any, Any]] = []
        self._own = False  # True while the dock sets layer.filters (its echo is ignored)
        self._lists: dict[str, ValueFilterList] = {}
        self._column: str | None = None  # the column shown for a plain vector layer
        self._entries_key: tuple[int, int] | None = None  # (layer id, data version) of the cached entries
        self._entries_cache: dict[str, list[ValueEntry]] = {}
        self._build()
        self.set_layer(None)

    # -- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.column_label = QLabel(self.tr("Column"))
        self.column_combo = QComboBox()
        self.column_combo.setToolTip(self.tr("The column whose values you choose"))
        self.column_combo.activated.connect(self._column_chosen)
        column_row = QHBoxLayout()
        column_row.addWidget(self.column_label)
        column_row.addWidget(self.column_combo, 1)

        self.toolbox = QToolBox()  # service requests: one page per filter field
        self.single = QWidget()  # other layers: the chosen column's list
        self.single_layout = QVBoxLayout(self.single)
        self.single_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.toolbox)
        self.stack.addWidget(self.single)

        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every row of the layer again"))
        self.clear_button.clicked.connect(self.clear_filters)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.clear_button)

        layout = QVBoxLayout(body)
        layout.addWidget(self.message)
        layout.addLayout(column_row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.state_label)
        self.setWidget(body)

    def field_label(self, column: str) -> str:
        """The translated name of a service-request filter field (other columns: their own name)."""
        labels = {"service_name": self.tr("Category"), "status": self.tr("Status"), "state": self.tr("State"),
                  "urgency": self.tr("Urgency"), "agency_responsible": self.tr("Agency"),
                  "ward_name": self.tr("Ward")}
        return labels.get(column, column)

    def _value_label(self, column: str) -> Callable[[Any], str]:
        if isinstance(self._layer, ServiceRequestLayer) and column in ("status", "state"):
            codes = {"open": self.tr("Open"), "closed": self.tr("Closed"), "overdue": self.tr("Overdue")}
            return lambda v: codes.get(v, str(v)) if isinstance(v, str) else str(v)
        return str

    # -- binding -----------------------------------------------------------------------------------
    @property
    def project(self) -> Any:
        return self._project

    @property
    def layer(self) -> VectorLayer | None:
        return self._layer

    def set_project(self, project: Any) -> None:
        """Follow ``project``'s time window (for the shown count); a layer not in it is let go."""
        for signal, slot in self._project_slots:
            signal.disconnect(slot)
        self._project_slots = []
        self._project = project
        if project is not None:
            self._project_slots = [(project.events.time_window, self._forward("_show_counts")),
                                   (project.layers.events.removed, self._forward("_layer_removed"))]
            for signal, slot in self._project_slots:
                signal.connect(slot)
            if self._layer is not None and self._layer not in list(project.layers):
                self.set_layer(None)
                return
        self._show_counts()

    def set_layer(self, layer: Any) -> None:
        """Show the filters of ``layer`` (a VectorLayer); anything else disables the dock."""
        for signal, slot in self._layer_slots:
            signal.disconnect(slot)
        self._layer_slots = []
        self._layer = layer if isinstance(layer, VectorLayer) else None
        self._entries_key, self._entries_cache = None, {}
        if self._layer is not None:
            self._layer_slots = [(self._layer.events.filter, self._forward("_layer_filter_changed")),
                                 (self._layer.events.data, self._forward("_layer_data_changed"))]
            for signal, slot in self._layer_slots:
                signal.connect(slot)
        if layer is None:
            self.message.setText(self.tr("Select a layer to filter its rows."))
        elif self._layer is None:
            self.message.setText(self.tr("Only vector layers can be filtered."))
        else:
            self.message.setText("")
        self.message.setVisible(self._layer is None)
        self._rebuild()

    def _forward(self, method: str) -> Callable[..., None]:
        return weak_slot(self, method)  # psygnal must not keep a deleted dock alive

    def _layer_removed(self, _index: int, layer: Any) -> None:
        if layer is self._layer:
            self.set_layer(None)

    def _layer_filter_changed(self, _state: Any = None) -> None:
        if self._own:
            return  # our own change: the checks already say it
        self._sync_checks()
        self._show_counts()

    def _layer_data_changed(self) -> None:
        self._rebuild()

    # -- content -----------------------------------------------------------------------------------
    def fields(self) -> list[str]:
        """The columns the dock offers for the current layer."""
        layer = self._layer
        if layer is None:
            return []
        table = layer.attributes
        if isinstance(layer, ServiceRequestLayer):
            filters = layer.filters
            out = []
            for col in FILTER_FIELDS:
                # a field the source did not fill (every value empty) is not offered, unless filtered
                if col in table.columns and (col in filters or any(not e.empty for e in self.entries(col))):
                    out.append(col)
            return out
        geometry = layer.geometry_name
        return [str(c) for c in table.columns if str(c) != geometry and _offerable(table[c])]

    def entries(self, column: str) -> list[ValueEntry]:
        """The values of ``column`` in the current layer with their counts (kept until the data changes)."""
        layer = self._layer
        key = (id(layer), layer.data_version)
        if self._entries_key != key:
            self._entries_key, self._entries_cache = key, {}
        held = self._entries_cache.get(column)
        if held is None:
            held = self._entries_cache[column] = value_entries(layer.attributes[column], self._value_label(column))
        return held

    def value_list(self, column: str) -> ValueFilterList:
        """The value list of ``column`` (for a plain layer, the chosen column only)."""
        return self._lists[column]

    def lists(self) -> dict[str, ValueFilterList]:
        return dict(self._lists)

    def column(self) -> str | None:
        """The column shown for a plain vector layer (None for service requests or without a column)."""
        return self._column

    def set_column(self, column: str) -> None:
        """Show ``column``'s values (a plain vector layer)."""
        index = self.column_combo.findData(column)
        if index < 0:
            raise KeyError(column)
        self.column_combo.setCurrentIndex(index)
        self._column_chosen(index)

    def _column_chosen(self, index: int) -> None:
        column = self.column_combo.itemData(index)
        if column is not None and column != self._column:
            self._column = column
            self._show_single()

    def _rebuild(self) -> None:
        """Rebuild every list for the current layer (a new layer or new data)."""
        self._clear_lists()
        layer = self._layer
        requests = isinstance(layer, ServiceRequestLayer)
        fields = self.fields()
        self.column_label.setVisible(layer is not None and not requests)
        self.column_combo.setVisible(layer is not None and not requests)
        with QSignalBlocker(self.column_combo):
            self.column_combo.clear()
            if layer is not None and not requests:
                for col in fields:
                    self.column_combo.addItem(col, col)
        if requests:
            self._column = None
            self.stack.setCurrentWidget(self.toolbox)
            for col in fields:
                widget = self._make_list(col)
                self.toolbox.addItem(widget, self.field_label(col))
        elif layer is not None:
            self.stack.setCurrentWidget(self.single)
            if self._column not in fields:
                filtered = [c for c in fields if c in layer.filters]
                self._column = (filtered or fields or [None])[0]
            if self._column is not None:
                with QSignalBlocker(self.column_combo):
                    self.column_combo.setCurrentIndex(self.column_combo.findData(self._column))
            self._show_single()
        else:
            self._column = None
        self.widget().setEnabled(layer is not None)
        if layer is not None and not fields:
            self.message.setText(self.tr("This layer has no column with few enough values to filter by."))
            self.message.setVisible(True)
        elif layer is not None:
            self.message.setVisible(False)
        self._show_titles()
        self._show_counts()

    def _clear_lists(self) -> None:
        while self.toolbox.count():
            widget = self.toolbox.widget(0)
            self.toolbox.removeItem(0)
            widget.deleteLater()
        for widget in self._lists.values():
            widget.setParent(None)
            widget.deleteLater()
        self._lists = {}

    def _show_single(self) -> None:
        for widget in self._lists.values():
            widget.setParent(None)
            widget.deleteLater()
        self._lists = {}
        if self._layer is not None and self._column is not None:
            self.single_layout.addWidget(self._make_list(self._column))

    def _make_list(self, column: str) -> ValueFilterList:
        layer = self._layer
        widget = ValueFilterList(column)
        widget.set_entries(self.entries(column), layer.filters.get(column))
        widget.changed.connect(lambda col=column: self._list_changed(col))
        self._lists[column] = widget
        return widget

    def _sync_checks(self) -> None:
        filters = self._layer.filters if self._layer is not None else {}
        for column, widget in self._lists.items():
            widget.set_allowed(filters.get(column))
        self._show_titles()

    def _show_titles(self) -> None:
        filters = self._layer.filters if self._layer is not None else {}
        for i in range(self.toolbox.count()):
            column = self.toolbox.widget(i).column
            label = self.field_label(column)
            self.toolbox.setItemText(i, self.tr("%s (filtered)") % label if column in filters else label)
        for i in range(self.column_combo.count()):
            column = self.column_combo.itemData(i)
            self.column_combo.setItemText(i, self.tr("%s (filtered)") % column if column in filters else column)
        self.clear_button.setEnabled(bool(filters))

    # -- changing the filters ----------------------------------------------------------------------
    def _list_changed(self, column: str) -> None:
        if self._layer is None:
            return
        filters = self._layer.filters
        allowed = self._lists[column].allowed()
        if allowed is None:
            filters.pop(column, None)
        else:
            filters[column] = allowed
        self._set_filters(filters)

    def clear_filters(self) -> None:
        """Show every row again: no attribute filter on the layer."""
        if self._layer is not None:
            self._set_filters({})
            self._sync_checks()

    def _set_filters(self, filters: dict[str, list[Any]]) -> None:
        self._own = True
        try:
            self._layer.filters = filters
        finally:
            self._own = False
        self._show_titles()
        self._show_counts()

    # -- counts ------------------------------------------------------------------------------------
    def _window(self) -> Any:
        return None if self._project is None else self._project.time_window

    def _show_counts(self, *_: Any) -> None:
        layer = self._layer
        if layer is None:
            self.count_label.setText("")
            self.state_label.setText("")
            self.state_label.setVisible(False)
            return
        window = self._window()
        try:
            mask = layer.visible_rows(window)
        except (ValueError, TypeError):  # a time column without zones: the time window cannot apply
            mask = layer.visible_rows(None)
            window = None
        total = len(layer)
        shown = total if mask is None else int(np.count_nonzero(mask))
        locale = QLocale()
        requests = isinstance(layer, ServiceRequestLayer)
        template = self.tr("%s of %s requests shown") if requests else self.tr("%s of %s features shown")
        self.count_label.setText(template % (locale.toString(shown), locale.toString(total)))
        self.state_label.setVisible(requests)
        if requests:
            c = layer.counts(window)
            self.state_label.setText(self.tr("Open: %s (overdue: %s), closed: %s") % (
                locale.toString(c["open"]), locale.toString(c["overdue"]), locale.toString(c["closed"])))
        else:
            self.state_label.setText("")

    def shown_text(self) -> str:
        """The "N of M shown" line (and, for requests, the open/overdue/closed line)."""
        parts = [self.count_label.text()]
        if self.state_label.text():
            parts.append(self.state_label.text())
        return "\n".join(parts)

